/* pd-statement-view.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_STATEMENT_VIEW (pd_statement_view_get_type ())

G_DECLARE_FINAL_TYPE (PdStatementView, pd_statement_view, PD, STATEMENT_VIEW, AdwBin)

void pd_statement_view_set_case (PdStatementView *self,
                                 PdCase          *pd_case);

G_END_DECLS
