/* pd-settings.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PD_TYPE_SETTINGS (pd_settings_get_type ())

G_DECLARE_FINAL_TYPE (PdSettings, pd_settings, PD, SETTINGS, GObject)

PdSettings *pd_settings_new         (const char  *base_dir);
gboolean    pd_settings_save        (PdSettings  *self,
                                     GError     **error);
int         pd_settings_get_int     (PdSettings  *self,
                                     const char  *key,
                                     int          fallback);
void        pd_settings_set_int     (PdSettings  *self,
                                     const char  *key,
                                     int          value);
const char *pd_settings_get_string  (PdSettings  *self,
                                     const char  *key);
void        pd_settings_set_string  (PdSettings  *self,
                                     const char  *key,
                                     const char  *value);
gboolean    pd_settings_get_boolean (PdSettings  *self,
                                     const char  *key);
void        pd_settings_set_boolean (PdSettings  *self,
                                     const char  *key,
                                     gboolean     value);

G_END_DECLS
