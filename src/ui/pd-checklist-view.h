/* pd-checklist-view.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_CHECKLIST_VIEW (pd_checklist_view_get_type ())

G_DECLARE_FINAL_TYPE (PdChecklistView, pd_checklist_view, PD, CHECKLIST_VIEW, AdwBin)

void     pd_checklist_view_set_case    (PdChecklistView *self,
                                        PdCase          *pd_case,
                                        const char      *case_dir);
void     pd_checklist_view_import      (PdChecklistView *self,
                                        const char      *item_id,
                                        const char      *document_id,
                                        GListModel      *files);
gboolean pd_checklist_view_is_busy     (PdChecklistView *self);
void     pd_checklist_view_focus_first (PdChecklistView *self);

G_END_DECLS
