/* pd-application.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-settings.h"
#include "pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_APPLICATION (pd_application_get_type ())

G_DECLARE_FINAL_TYPE (PdApplication, pd_application, PD, APPLICATION, AdwApplication)

PdApplication *pd_application_new               (void);
PdStore       *pd_application_get_store        (PdApplication *self);
PdSettings    *pd_application_get_settings     (PdApplication *self);
void           pd_application_set_restore      (PdApplication *self,
                                                const char    *case_id,
                                                const char    *place);
void           pd_application_restart          (PdApplication *self,
                                                const char    *case_id,
                                                const char    *place);
char         **pd_application_get_restart_argv (PdApplication *self);

G_END_DECLS
