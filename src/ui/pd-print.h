/* pd-print.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pd-text-doc.h"

G_BEGIN_DECLS

void pd_print_text_doc (GtkWindow  *parent,
                        PdTextDoc  *doc,
                        const char *job_name,
                        const char *error_heading);

G_END_DECLS
