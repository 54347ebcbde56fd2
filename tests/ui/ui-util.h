/* ui-util.h — what the widget tests share: finding widgets, running the main
 * loop until something is done, and setting up the application
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pd-application.h"

G_BEGIN_DECLS

PdApplication    *ui_test_init    (int         *argc,
                                   char      ***argv);
void              ui_find_all     (GtkWidget   *root,
                                   GType        type,
                                   GPtrArray   *found);
GtkWidget        *ui_find_titled  (GtkWidget   *root,
                                   GType        type,
                                   const char  *title);
AdwMessageDialog *ui_find_dialog  (void);
void              ui_spin         (guint        ms);
void              ui_spin_until   (gboolean   (*done) (gpointer),
                                   gpointer     data);

G_END_DECLS
