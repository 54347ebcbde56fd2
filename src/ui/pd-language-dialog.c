/* pd-language-dialog.c — choosing the interface language, each listed in
 * its own name; the app starts again in it, back in the same place
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-language-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-language-dialog.h"
#include "pd-language.h"
#include "pd-window.h"

typedef struct
{
  PdApplication *application;
  GtkWindow     *parent;
} DialogData;

static void
dialog_data_free (DialogData *data)
{
  g_clear_object (&data->application);
  g_free (data);
}

/* Saves the choice and starts again in it, back where the person was. */
static void
choose (DialogData *data,
        const char *code)
{
  PdSettings *settings = pd_application_get_settings (data->application);
  gboolean changed = g_strcmp0 (code, pd_settings_get_string (settings, "language")) != 0;
  g_autoptr (GError) error = NULL;
  g_autofree char *case_id = NULL;
  const char *place = NULL;

  /* Asked once, at first start; the menu offers it at any time after. */
  pd_settings_set_boolean (settings, "language-asked", TRUE);
  if (changed)
    pd_settings_set_string (settings, "language", code);
  if (!pd_settings_save (settings, &error))
    g_warning ("Could not save the language: %s", error->message);

  if (!changed)
    return;

  if (PD_IS_WINDOW (data->parent) && pd_window_get_case (PD_WINDOW (data->parent)) != NULL)
    {
      case_id = g_strdup (pd_case_get_id (pd_window_get_case (PD_WINDOW (data->parent))));
      place = pd_window_get_place (PD_WINDOW (data->parent));
    }
  /* Nothing in the case changes: only the words around it. */
  pd_application_restart (data->application, case_id, place);
}

static void
language_clicked_cb (GtkButton *button,
                     gpointer   user_data)
{
  AdwMessageDialog *dialog = user_data;
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "pd-language-data");
  g_autofree char *code = g_strdup (g_object_get_data (G_OBJECT (button), "code"));

  g_object_ref (dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  choose (data, code);
  g_object_unref (dialog);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             DialogData       *data)
{
  PdSettings *settings = pd_application_get_settings (data->application);

  /* Closing it is an answer too: keep the language as it is. */
  if (!pd_settings_get_boolean (settings, "language-asked"))
    choose (data, pd_settings_get_string (settings, "language"));
}

/* One button a language, in its own name: a person who cannot read the
 * current language can still find theirs. */
static GtkWidget *
language_button (AdwMessageDialog *dialog,
                 const char       *code,
                 const char       *name,
                 gboolean          current)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_visible (check, current);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Current language"), -1);
  gtk_box_append (GTK_BOX (box), check);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "code", g_strdup (code), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (language_clicked_cb), dialog);
  return button;
}

void
pd_language_dialog_present (GtkWindow     *parent,
                            PdApplication *application)
{
  PdSettings *settings = pd_application_get_settings (application);
  const char *current = pd_settings_get_string (settings, "language");
  const char *localedir = g_getenv ("DISCRETION_LOCALEDIR");
  DialogData *data = g_new0 (DialogData, 1);
  AdwMessageDialog *dialog;
  GtkWidget *scroller, *list;
  const PdLanguage *languages;
  guint n;

  data->application = g_object_ref (application);
  data->parent = parent;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    parent, _("Language"),
    _("Choose the language of Discretion. The letter and the documents for the government "
      "are always in English.")));
  g_object_set_data_full (G_OBJECT (dialog), "pd-language-data", data,
                          (GDestroyNotify) dialog_data_free);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Language"), -1);
  gtk_box_append (GTK_BOX (list),
                  language_button (dialog, NULL, _("The computer’s language"), current == NULL));

  languages = pd_language_get_all (&n);
  for (guint i = 0; i < n; i++)
    if (pd_language_is_available (languages[i].code,
                                  localedir != NULL ? localedir : LOCALEDIR))
      gtk_box_append (GTK_BOX (list),
                      language_button (dialog, languages[i].code, languages[i].name,
                                       g_strcmp0 (current, languages[i].code) == 0));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  adw_message_dialog_set_extra_child (dialog, scroller);

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}
