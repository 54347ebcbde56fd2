/* pd-explainer.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PD_TYPE_EXPLAINER (pd_explainer_get_type ())

G_DECLARE_FINAL_TYPE (PdExplainer, pd_explainer, PD, EXPLAINER, AdwBin)

GtkWidget *pd_explainer_new         (void);
void       pd_explainer_show_window (GtkWindow *parent);

G_END_DECLS
