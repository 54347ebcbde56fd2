/* pd-letter-pdf.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pd-case.h"
#include "pd-text-doc.h"

G_BEGIN_DECLS

PdTextDoc *pd_letter_build_doc (PdCase      *pd_case);
gboolean   pd_letter_save_pdf  (PdCase      *pd_case,
                                const char  *path,
                                GError     **error);

G_END_DECLS
