/* pd-language-dialog.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pd-application.h"

G_BEGIN_DECLS

void pd_language_dialog_present (GtkWindow     *parent,
                                 PdApplication *application);

G_END_DECLS
