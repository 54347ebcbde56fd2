/* pd-print.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-text-doc.h"

G_BEGIN_DECLS

void pd_print_text_doc (GtkWindow  *parent,
                        PdTextDoc  *doc,
                        const char *job_name,
                        const char *error_heading);

void pd_save_text_doc  (GtkWidget       *widget,
                        AdwToastOverlay *toasts,
                        PdTextDoc       *doc,
                        const char      *title,
                        const char      *suggested_name,
                        const char      *error_heading,
                        const char      *done);

G_END_DECLS
