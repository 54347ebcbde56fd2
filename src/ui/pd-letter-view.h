/* pd-letter-view.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_LETTER_VIEW (pd_letter_view_get_type ())

G_DECLARE_FINAL_TYPE (PdLetterView, pd_letter_view, PD, LETTER_VIEW, AdwBin)

void pd_letter_view_set_case    (PdLetterView *self,
                                 PdCase       *pd_case);
void pd_letter_view_focus_first (PdLetterView *self);

G_END_DECLS
