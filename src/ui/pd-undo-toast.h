/* pd-undo-toast.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *pd_undo_toast_new   (const char *message,
                               const char *action_name);
void      pd_show_message     (GtkWidget  *widget,
                               const char *heading,
                               const char *body);

G_END_DECLS
