/* ui-util.c — what the widget tests share
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "ui-util.h"

/* English, private XDG folders, and a registered application. */
PdApplication *
ui_test_init (int    *argc,
              char ***argv)
{
  PdApplication *app;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  app = pd_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  adw_init ();
  return app;
}

/* Every widget of @type under @root, in tree order, into @found. */
void
ui_find_all (GtkWidget *root,
             GType      type,
             GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ui_find_all (child, type, found);
}

/* The first widget of @type under @root; with @title, the first row of
 * that type with that title. */
GtkWidget *
ui_find_titled (GtkWidget  *root,
                GType       type,
                const char *title)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  ui_find_all (root, type, found);
  for (guint i = 0; i < found->len; i++)
    if (title == NULL
        || g_strcmp0 (adw_preferences_row_get_title (found->pdata[i]), title) == 0)
      return found->pdata[i];
  return NULL;
}

AdwMessageDialog *
ui_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

void
ui_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* Runs the main loop until @done says so. The limit is a safety net for a
 * hang, not a timing test: generous for ASan on a busy machine. */
void
ui_spin_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 180 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}
