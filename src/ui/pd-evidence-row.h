/* pd-evidence-row.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-checklist.h"

G_BEGIN_DECLS

#define PD_TYPE_EVIDENCE_ROW (pd_evidence_row_get_type ())

G_DECLARE_FINAL_TYPE (PdEvidenceRow, pd_evidence_row, PD, EVIDENCE_ROW, AdwExpanderRow)

GtkWidget            *pd_evidence_row_new      (PdCase               *pd_case,
                                                const char           *case_dir,
                                                const PdEvidenceItem *item,
                                                gboolean              kept);
void                  pd_evidence_row_refresh  (PdEvidenceRow        *self);
const PdEvidenceItem *pd_evidence_row_get_item (PdEvidenceRow        *self);

G_END_DECLS
