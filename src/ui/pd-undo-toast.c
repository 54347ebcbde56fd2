/* pd-undo-toast.c — the toast shown after something is deleted or removed,
 * and the plain message dialog
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pd-undo-toast.h"

#define UNDO_TIMEOUT_S 10

/* "… removed" with an Undo button that activates @action_name. Toasts are
 * not read aloud, so the same action must also be on Ctrl+Z. */
AdwToast *
pd_undo_toast_new (const char *message,
                   const char *action_name)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, action_name);
  adw_toast_set_timeout (toast, UNDO_TIMEOUT_S);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  return toast;
}

/* A message with a Close button, over @widget's window. */
void
pd_show_message (GtkWidget  *widget,
                 const char *heading,
                 const char *body)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                             : NULL,
                                                       heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
