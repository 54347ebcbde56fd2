/* pd-pages-dialog.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_PAGES_DIALOG (pd_pages_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PdPagesDialog, pd_pages_dialog, PD, PAGES_DIALOG, AdwWindow)

GtkWidget *pd_pages_dialog_show (GtkWindow  *parent,
                                 PdCase     *pd_case,
                                 const char *case_dir,
                                 const char *document_id);

G_END_DECLS
