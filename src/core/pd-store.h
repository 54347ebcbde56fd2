/* pd-store.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_STORE_ERROR (pd_store_error_quark ())

typedef enum
{
  PD_STORE_ERROR_NOT_FOUND,
  PD_STORE_ERROR_READ_ONLY,
  PD_STORE_ERROR_NO_BACKUP,
  PD_STORE_ERROR_FAILED,
} PdStoreError;

#define PD_TYPE_STORE (pd_store_get_type ())

G_DECLARE_FINAL_TYPE (PdStore, pd_store, PD, STORE, GObject)

GQuark      pd_store_error_quark      (void);

PdStore    *pd_store_new              (const char           *base_dir);
PdStore    *pd_store_new_default      (void);
const char *pd_store_get_base_dir     (PdStore              *self);
char       *pd_store_dup_case_dir     (PdStore              *self,
                                       const char           *id);
gboolean    pd_store_ensure           (PdStore              *self,
                                       GError              **error);

GPtrArray  *pd_store_list             (PdStore              *self,
                                       GError              **error);
void        pd_store_list_async       (PdStore              *self,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
GPtrArray  *pd_store_list_finish      (PdStore              *self,
                                       GAsyncResult         *result,
                                       GError              **error);

PdCase     *pd_store_create_case      (PdStore              *self,
                                       GError              **error);
PdCase     *pd_store_open_case        (PdStore              *self,
                                       const char           *id,
                                       GError              **error);
gboolean    pd_store_has_backup       (PdStore              *self,
                                       const char           *id);
gboolean    pd_store_restore_backup   (PdStore              *self,
                                       const char           *id,
                                       GError              **error);

gboolean    pd_store_save_case        (PdStore              *self,
                                       PdCase               *pd_case,
                                       GError              **error);
void        pd_store_save_case_async  (PdStore              *self,
                                       PdCase               *pd_case,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean    pd_store_save_case_finish (PdStore              *self,
                                       GAsyncResult         *result,
                                       GError              **error);

gboolean    pd_store_trash_case       (PdStore              *self,
                                       const char           *id,
                                       GError              **error);
gboolean    pd_store_untrash_case     (PdStore              *self,
                                       const char           *id,
                                       GError              **error);
void        pd_store_empty_trash      (PdStore              *self);

gboolean    pd_remove_tree            (const char           *path,
                                       GError              **error);

G_END_DECLS
