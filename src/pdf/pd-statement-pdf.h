/* pd-statement-pdf.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pd-case.h"
#include "pd-text-doc.h"

G_BEGIN_DECLS

PdTextDoc *pd_statement_build_doc    (PdCase      *pd_case);
PdTextDoc *pd_certificates_build_doc (PdCase      *pd_case);

G_END_DECLS
