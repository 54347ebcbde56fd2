/* pd-details-view.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_DETAILS_VIEW (pd_details_view_get_type ())

G_DECLARE_FINAL_TYPE (PdDetailsView, pd_details_view, PD, DETAILS_VIEW, AdwBin)

void pd_details_view_set_case    (PdDetailsView *self,
                                  PdCase        *pd_case);
void pd_details_view_focus_first (PdDetailsView *self);

G_END_DECLS
