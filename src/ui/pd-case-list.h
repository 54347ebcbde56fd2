/* pd-case-list.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case-info.h"

G_BEGIN_DECLS

#define PD_TYPE_CASE_LIST (pd_case_list_get_type ())

G_DECLARE_FINAL_TYPE (PdCaseList, pd_case_list, PD, CASE_LIST, AdwBin)

void        pd_case_list_set_infos (PdCaseList *self,
                                    GPtrArray  *infos);
gboolean    pd_case_list_focus_first (PdCaseList *self);
PdCaseInfo *pd_case_list_lookup    (PdCaseList *self,
                                    const char *id);

G_END_DECLS
