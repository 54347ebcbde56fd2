/* test-window.c — the window driven through its widgets: create a case,
 * edit fields, see the store save them; delete and undo.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pd-case-info.h"
#include "pd-date-row.h"
#include "pd-details-view.h"
#include "pd-window.h"
#include "ui-util.h"

static PdApplication *app;

static char *
case_json (PdCase *pd_case)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), APP_ID, "cases",
                                            pd_case_get_id (pd_case), "case.json", NULL);
  char *data = NULL;

  g_file_get_contents (path, &data, NULL, NULL);
  return data;
}

typedef struct {
  PdCase     *pd_case;
  const char *needle;
} Wait;

static gboolean
saved_contains (gpointer data)
{
  Wait *wait = data;
  g_autofree char *json = case_json (wait->pd_case);

  return json != NULL && strstr (json, wait->needle) != NULL;
}

typedef struct {
  PdWindow   *window;
  const char *id;
} Listed;

static gboolean
is_listed (gpointer data)
{
  Listed *listed = data;

  return pd_window_lookup_info (listed->window, listed->id) != NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return ui_find_dialog () == NULL;
}

static void
test_create_and_edit (void)
{
  PdWindow *window = pd_window_new (app);
  PdCase *pd_case;
  GtkWidget *row;
  GtkWidget *message;
  PdDateRow *birth;
  g_autofree char *id = NULL;
  g_autofree char *case_dir = NULL;
  Wait wait;

  gtk_window_present (GTK_WINDOW (window));
  ui_spin (200);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL);
  pd_case = pd_window_get_case (window);
  g_assert_nonnull (pd_case);
  id = g_strdup (pd_case_get_id (pd_case));
  wait.pd_case = pd_case;

  /* Type a name: the case changes at once, the file soon after. */
  /* In Details: the translator's page has a "Full name" too. */
  row = ui_find_titled (ui_find_titled (GTK_WIDGET (window), PD_TYPE_DETAILS_VIEW, NULL), ADW_TYPE_ENTRY_ROW,
                  "Full name");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Ana Lucía Silva");
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_FULL_NAME), ==, "Ana Lucía Silva");
  wait.needle = "Ana Lucía Silva";
  ui_spin_until (saved_contains, &wait);

  /* A bad A-number is kept as typed, flagged, and tied to its message. */
  row = ui_find_titled (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW,
                  "A-number (Alien Registration Number)");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "A 1234 567");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  message = ui_find_titled (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW,
                      "An A-number has 8 or 9 digits. This one has 7 digits.");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_visible (message));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row),
                                       GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, message);
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_A_NUMBER), ==, "A 1234 567");

  /* Fixed: stored as nine digits, the message goes. */
  gtk_editable_set_text (GTK_EDITABLE (row), "A-1234-5678");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_FALSE);
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_A_NUMBER), ==, "012345678");

  /* Dates: month as a word; an impossible day is refused with a reason. */
  birth = PD_DATE_ROW (ui_find_titled (GTK_WIDGET (window), PD_TYPE_DATE_ROW, "Date of birth"));
  g_assert_nonnull (birth);
  pd_date_row_set_parts (birth, 2, "30", "1990");
  g_assert_true (pd_date_row_get_invalid (birth));
  g_assert_cmpstr (pd_date_row_get_message (birth), ==,
                   "This month has days 1 to 28. Check the day.");
  g_assert_null (pd_case_get_text (pd_case, PD_KEY_BIRTH_DATE));
  pd_date_row_set_parts (birth, 2, "28", "1990");
  g_assert_false (pd_date_row_get_invalid (birth));
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_BIRTH_DATE), ==, "1990-02-28");

  /* Back to the list saves at once. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-cases", NULL);
  g_assert_null (pd_window_get_case (window));
  {
    g_autoptr (PdStore) store = pd_store_new_default ();
    g_autoptr (PdCase) saved = pd_store_open_case (store, id, NULL);

    g_assert_nonnull (saved);
    g_assert_cmpstr (pd_case_get_text (saved, PD_KEY_A_NUMBER), ==, "012345678");
    g_assert_cmpstr (pd_case_get_text (saved, PD_KEY_BIRTH_DATE), ==, "1990-02-28");
  }

  /* Rename from the list: the dialog's entry, saved at once. */
  ui_spin_until (is_listed, &(Listed) { window, id });
  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-case", "s", id);
  g_assert_nonnull (ui_find_dialog ());
  {
    GtkEditable *entry = g_object_get_data (G_OBJECT (ui_find_dialog ()), "entry");

    g_assert_nonnull (entry);
    gtk_editable_set_text (entry, "  Ana — Tuesday clinic  ");
    /* As a click does: the response, then the dialog closes. */
    adw_message_dialog_response (ui_find_dialog (), "rename");
    gtk_window_destroy (GTK_WINDOW (ui_find_dialog ()));
  }
  {
    g_autoptr (PdStore) store = pd_store_new_default ();
    g_autoptr (PdCase) renamed = pd_store_open_case (store, id, NULL);

    g_assert_cmpstr (pd_case_get_name (renamed), ==, "Ana — Tuesday clinic");
  }
  ui_spin_until (no_dialog, NULL);

  /* Delete asks first; Ctrl+Z's action brings it back. */
  case_dir = g_build_filename (g_get_user_data_dir (), APP_ID, "cases", id, NULL);
  /* The list is read off the main thread: wait until it shows the case. */
  ui_spin_until (is_listed, &(Listed) { window, id });
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-case", "s", id);
  g_assert_nonnull (ui_find_dialog ());
  adw_message_dialog_response (ui_find_dialog (), "delete");
  g_assert_false (g_file_test (case_dir, G_FILE_TEST_EXISTS));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (g_file_test (case_dir, G_FILE_TEST_IS_DIR));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/window/create-and-edit", test_create_and_edit);


  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
