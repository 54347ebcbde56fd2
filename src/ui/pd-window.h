/* pd-window.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-application.h"
#include "pd-case-info.h"

G_BEGIN_DECLS

#define PD_TYPE_WINDOW (pd_window_get_type ())

G_DECLARE_FINAL_TYPE (PdWindow, pd_window, PD, WINDOW, AdwApplicationWindow)

PdWindow *pd_window_new          (PdApplication *application);
PdCase   *pd_window_get_case     (PdWindow      *self);
void      pd_window_new_case     (PdWindow      *self);
gboolean  pd_window_open_case    (PdWindow      *self,
                                  const char    *id);
gboolean  pd_window_close_case   (PdWindow      *self,
                                  GError       **error);
void      pd_window_reload_cases (PdWindow      *self);
void      pd_window_restore      (PdWindow      *self,
                                  const char    *case_id,
                                  const char    *place);
const char *pd_window_get_place  (PdWindow      *self);
PdCaseInfo *pd_window_lookup_info (PdWindow    *self,
                                   const char  *id);

G_END_DECLS
