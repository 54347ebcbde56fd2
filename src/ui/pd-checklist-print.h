/* pd-checklist-print.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pd-case.h"

G_BEGIN_DECLS

void pd_checklist_print (PdCase    *pd_case,
                         GtkWindow *parent);

G_END_DECLS
