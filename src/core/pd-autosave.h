/* pd-autosave.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pd-store.h"

G_BEGIN_DECLS

#define PD_AUTOSAVE_DELAY_MS 700
#define PD_AUTOSAVE_RETRY_MS 5000

#define PD_TYPE_AUTOSAVE (pd_autosave_get_type ())

G_DECLARE_FINAL_TYPE (PdAutosave, pd_autosave, PD, AUTOSAVE, GObject)

PdAutosave   *pd_autosave_new       (PdStore     *store,
                                     PdCase      *pd_case);
const GError *pd_autosave_get_error (PdAutosave  *self);
gboolean      pd_autosave_is_idle   (PdAutosave  *self);
gboolean      pd_autosave_flush     (PdAutosave  *self,
                                     GError     **error);

G_END_DECLS
