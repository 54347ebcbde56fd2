/* pd-import.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pd-checklist.h"

G_BEGIN_DECLS

#define PD_IMPORT_ERROR (pd_import_error_quark ())

typedef enum
{
  PD_IMPORT_ERROR_EMPTY,
  PD_IMPORT_ERROR_UNREADABLE,
  PD_IMPORT_ERROR_NOT_A_FILE,
  PD_IMPORT_ERROR_WRITE,
} PdImportError;

/**
 * PdImportProgress:
 * @done: bytes copied so far
 * @total: bytes to copy (0 until known)
 *
 * Written by the copying thread with atomic stores; read it with
 * pd_import_progress_get() from any thread.
 */
typedef struct
{
  gint64 done;
  gint64 total;
} PdImportProgress;

GQuark          pd_import_error_quark      (void);

PdDocumentFile *pd_import_file             (const char          *case_dir,
                                            GFile               *source,
                                            PdImportProgress    *progress,
                                            GCancellable        *cancellable,
                                            GError             **error);
void            pd_import_file_async       (const char          *case_dir,
                                            GFile               *source,
                                            PdImportProgress    *progress,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
PdDocumentFile *pd_import_file_finish      (GAsyncResult        *result,
                                            GError             **error);
void            pd_import_progress_get     (PdImportProgress    *progress,
                                            gint64              *done,
                                            gint64              *total);
char           *pd_content_type_sniff      (const guchar        *data,
                                            gsize                length,
                                            const char          *name);
gboolean        pd_import_delete_stored    (const char          *case_dir,
                                            const char          *stored,
                                            GError             **error);
void            pd_import_clean_partial    (const char          *case_dir);

G_END_DECLS
