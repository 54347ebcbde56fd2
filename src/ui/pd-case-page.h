/* pd-case-page.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_CASE_PAGE (pd_case_page_get_type ())

G_DECLARE_FINAL_TYPE (PdCasePage, pd_case_page, PD, CASE_PAGE, AdwBin)

void    pd_case_page_set_case       (PdCasePage   *self,
                                     PdCase       *pd_case,
                                     const char   *case_dir);
void    pd_case_page_set_save_error (PdCasePage   *self,
                                     const GError *error);
void    pd_case_page_focus_first    (PdCasePage   *self);
const char *pd_case_page_get_place  (PdCasePage   *self);
void    pd_case_page_set_place      (PdCasePage   *self,
                                     const char   *place);
char   *pd_case_page_dup_subtitle   (PdCasePage   *self);

G_END_DECLS
