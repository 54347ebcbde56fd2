/* pd-document-row.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-checklist.h"

G_BEGIN_DECLS

#define PD_TYPE_DOCUMENT_ROW (pd_document_row_get_type ())

G_DECLARE_FINAL_TYPE (PdDocumentRow, pd_document_row, PD, DOCUMENT_ROW, AdwActionRow)

GtkWidget  *pd_document_row_new    (PdCase           *pd_case,
                                    const char       *case_dir,
                                    const PdDocument *document,
                                    gboolean          editable);
const char *pd_document_row_get_id (PdDocumentRow    *self);

G_END_DECLS
