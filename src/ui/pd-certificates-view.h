/* pd-certificates-view.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_CERTIFICATES_VIEW (pd_certificates_view_get_type ())

G_DECLARE_FINAL_TYPE (PdCertificatesView, pd_certificates_view, PD, CERTIFICATES_VIEW, AdwBin)

void pd_certificates_view_set_case (PdCertificatesView *self,
                                    PdCase             *pd_case);

G_END_DECLS
