/* pd-case-info.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_CASE_INFO (pd_case_info_get_type ())

G_DECLARE_FINAL_TYPE (PdCaseInfo, pd_case_info, PD, CASE_INFO, GObject)

PdCaseInfo   *pd_case_info_new_for_case  (PdCase       *pd_case);
PdCaseInfo   *pd_case_info_new_for_error (const char   *id,
                                          const GError *error,
                                          gboolean      has_backup);

const char   *pd_case_info_get_id        (PdCaseInfo   *self);
const char   *pd_case_info_get_title     (PdCaseInfo   *self);
GDateTime    *pd_case_info_get_modified  (PdCaseInfo   *self);
const char   *pd_case_info_get_a_number  (PdCaseInfo   *self);
gboolean      pd_case_info_get_hearing   (PdCaseInfo   *self,
                                          GDate        *out_date);
gboolean      pd_case_info_get_read_only (PdCaseInfo   *self);
const GError *pd_case_info_get_error     (PdCaseInfo   *self);
gboolean      pd_case_info_get_has_backup (PdCaseInfo  *self);

G_END_DECLS
