/* test-packet-view.c — the Packet place through its widgets: what is missing
 * and the buttons that go to fix it, the order of the tabs, building the PDF
 * in the background.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pd-case-page.h"
#include "pd-checklist.h"
#include "pd-packet-view.h"
#include "pd-statement.h"
#include "pd-text-doc.h"
#include "pd-window.h"
#include "ui-util.h"

static PdApplication *app;

static void
attach_pdf (PdCase     *pd_case,
            const char *case_dir,
            const char *item,
            const char *name)
{
  g_autoptr (PdTextDoc) doc = pd_text_doc_new ();
  g_autofree char *stored = g_strconcat ("files/", name, NULL);
  g_autofree char *path = g_build_filename (case_dir, stored, NULL);
  g_autofree char *files = g_build_filename (case_dir, "files", NULL);
  PdDocumentFile file = { stored, (char *) name, 0, (char *) name, (char *) "application/pdf",
                          NULL };

  g_mkdir_with_parents (files, 0700);
  pd_text_doc_add (doc, PD_TEXT_BODY, name);
  g_assert_true (pd_text_doc_write_pdf (doc, path, NULL));
  g_free (pd_checklist_add_document (pd_case, item, &file));
}

static void
test_packet (void)
{
  PdWindow *window = pd_window_new (app);
  g_autoptr (GPtrArray) found = g_ptr_array_new ();
  g_autoptr (GPtrArray) exhibits = NULL;
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *case_dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *data = NULL;
  PdPacketView *view;
  PdCasePage *page;
  PdCase *pd_case;
  GtkWidget *row;
  gint64 end;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL);
  pd_case = pd_window_get_case (window);
  case_dir = g_build_filename (g_get_user_data_dir (), APP_ID, "cases", pd_case_get_id (pd_case),
                               NULL);
  out = g_build_filename (case_dir, "..", "packet.pdf", NULL);
  ui_find_all (GTK_WIDGET (window), PD_TYPE_PACKET_VIEW, found);
  g_assert_cmpuint (found->len, ==, 1);
  view = found->pdata[0];
  g_ptr_array_set_size (found, 0);
  ui_find_all (GTK_WIDGET (window), PD_TYPE_CASE_PAGE, found);
  page = found->pdata[0];

  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "Ana Lucía Silva");
  pd_case_set_text (pd_case, PD_KEY_A_NUMBER, "012345678");
  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "pending");
  pd_case_set_text (pd_case, PD_KEY_OUTCOME, "admin_closure");
  attach_pdf (pd_case, case_dir, "identity", "passport.pdf");
  attach_pdf (pd_case, case_dir, "background", "fbi.pdf");

  /* What is missing, with a button to the place that fixes it. */
  row = ui_find_titled (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "No personal statement yet");
  g_assert_nonnull (row);
  ui_find_all (row, GTK_TYPE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  g_signal_emit_by_name (buttons->pdata[0], "clicked");
  g_assert_cmpstr (pd_case_page_get_place (page), ==, "letter");
  pd_statement_set_answer (pd_case, "who", TRUE, "I am a baker.");
  g_assert_null (ui_find_titled (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "No personal statement yet"));

  /* The order of the tabs, from its rows. */
  g_assert_nonnull (ui_find_titled (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Background checks"));
  g_ptr_array_set_size (buttons, 0);
  ui_find_all (ui_find_titled (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Background checks"), GTK_TYPE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 2);
  g_signal_emit_by_name (buttons->pdata[0], "clicked");   /* up */
  exhibits = pd_checklist_dup_exhibits (pd_case);
  g_assert_cmpstr (exhibits->pdata[0], ==, "background");

  /* Built in the background, from a copy of the case. */
  pd_packet_view_build_to (view, out);
  g_assert_true (pd_packet_view_is_building (view));
  end = g_get_monotonic_time () + 180 * G_USEC_PER_SEC;   /* a safety net only */
  while (pd_packet_view_is_building (view))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (g_file_get_contents (out, &data, NULL, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  {
    g_autoptr (GPtrArray) labels = g_ptr_array_new ();
    gboolean next = FALSE;

    ui_find_all (GTK_WIDGET (view), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (strstr (gtk_label_get_text (labels->pdata[i]),
                  "Request for prosecutorial discretion \xe2\x80\x93 Ana Lucía Silva "
                  "\xe2\x80\x93 A012-345-678") != NULL)
        next = TRUE;
    g_assert_true (next);
  }
  g_unlink (out);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/packet/checks-order-build", test_packet);


  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
