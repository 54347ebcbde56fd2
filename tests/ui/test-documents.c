/* test-documents.c — the Documents place driven through its widgets: attach two
 * files by the path the file chooser takes, remove one and undo, bad files,
 * answers that change the list, and everything still there after reopening.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-checklist-view.h"
#include "pd-document-row.h"
#include "pd-evidence-row.h"
#include "pd-window.h"
#include "ui-util.h"

static PdApplication *app;

static gboolean
not_busy (gpointer data)
{
  return !pd_checklist_view_is_busy (data);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *data,
            gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

static guint
count_stored (const char *case_dir)
{
  g_autofree char *files = g_build_filename (case_dir, "files", NULL);
  g_autoptr (GDir) dir = g_dir_open (files, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
import_paths (PdChecklistView *view,
              const char      *item_id,
              const char      *document_id,
              const char * const *paths)
{
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_path (paths[i]);
      g_list_store_append (files, file);
    }
  /* What the file chooser's response does with the chosen files. */
  pd_checklist_view_import (view, item_id, document_id, G_LIST_MODEL (files));
  ui_spin_until (not_busy, view);
}

static void
test_attach_remove_undo_reopen (void)
{
  PdWindow *window = pd_window_new (app);
  g_autofree char *outside = g_dir_make_tmp ("pd-ui-home-XXXXXX", NULL);
  g_autofree char *passport = write_file (outside, "passport.pdf", "%PDF-1.4 passport", -1);
  g_autofree char *id_card = write_file (outside, "id card.png", "\x89PNG\r\n\x1a\nidcard", 14);
  g_autofree char *empty = write_file (outside, "empty.jpg", "", 0);
  g_autofree char *word = write_file (outside, "letter.docx", "PK\x03\x04 word", 9);
  g_autofree char *page2 = write_file (outside, "page 2.png", "\x89PNG\r\n\x1a\npage2", 13);
  g_autofree char *id = NULL;
  g_autofree char *case_dir = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  PdChecklistView *view;
  PdCase *pd_case;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL);
  pd_case = pd_window_get_case (window);
  id = g_strdup (pd_case_get_id (pd_case));
  case_dir = g_build_filename (g_get_user_data_dir (), APP_ID, "cases", id, NULL);
  view = PD_CHECKLIST_VIEW (ui_find_titled (GTK_WIDGET (window), PD_TYPE_CHECKLIST_VIEW, NULL));
  g_assert_nonnull (view);

  /* Attach two files to one item. */
  import_paths (view, "identity", NULL, (const char *[]) { passport, id_card, NULL });
  documents = pd_checklist_dup_documents (pd_case, "identity");
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpstr (pd_document_get_label (documents->pdata[0]), ==, "passport.pdf");
  g_assert_cmpstr (pd_document_get_label (documents->pdata[1]), ==, "id card.png");
  g_assert_cmpint (pd_checklist_get_status (pd_case, "identity"), ==, PD_EVIDENCE_STATUS_HAVE);
  g_assert_cmpuint (count_stored (case_dir), ==, 2);
  g_assert_nonnull (ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "passport.pdf"));
  g_assert_nonnull (ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "id card.png"));
  row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_EVIDENCE_ROW, "Proof of who you are");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Needed · I have it · 2 documents · Tab A");

  /* Another page for the passport. */
  import_paths (view, "identity", ((PdDocument *) documents->pdata[0])->id,
                (const char *[]) { page2, NULL });
  {
    g_autoptr (PdDocument) document =
      pd_checklist_dup_document (pd_case, ((PdDocument *) documents->pdata[0])->id);
    g_assert_cmpuint (document->files->len, ==, 2);
  }

  /* An empty file is refused with its name and a reason; a Word file is kept and flagged. */
  import_paths (view, "background", NULL, (const char *[]) { empty, word, NULL });
  g_assert_nonnull (ui_find_dialog ());
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ui_find_dialog ()), "“empty.jpg” is empty"));
  gtk_window_destroy (GTK_WINDOW (ui_find_dialog ()));
  row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "letter.docx");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "save or print it as PDF, then attach the PDF"));

  /* Cancel while a large file is being copied: nothing is added or left behind. */
  {
    g_autofree char *big = g_build_filename (outside, "big scan.pdf", NULL);
    g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
    g_autoptr (GFile) file = g_file_new_for_path (big);
    g_autofree char *data = g_malloc0 (64 << 20);
    guint before = count_stored (case_dir);

    memcpy (data, "%PDF-1.4", 8);
    g_assert_true (g_file_set_contents (big, data, 64 << 20, NULL));
    g_list_store_append (files, file);
    pd_checklist_view_import (view, "identity", NULL, G_LIST_MODEL (files));
    g_assert_true (pd_checklist_view_is_busy (view));
    gtk_widget_activate_action (GTK_WIDGET (view), "checklist.cancel-copy", NULL);
    ui_spin_until (not_busy, view);
    g_assert_null (ui_find_dialog ());
    g_assert_cmpuint (count_stored (case_dir), ==, before);
    g_clear_pointer (&documents, g_ptr_array_unref);
    documents = pd_checklist_dup_documents (pd_case, "identity");
    g_assert_cmpuint (documents->len, ==, 2);
  }

  /* Remove one: gone from the list, its file kept while Undo is offered. */
  row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "id card.png");
  gtk_widget_activate_action (row, "document.remove", NULL);
  g_clear_pointer (&documents, g_ptr_array_unref);
  documents = pd_checklist_dup_documents (pd_case, "identity");
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_null (ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "id card.png"));
  g_assert_cmpuint (count_stored (case_dir), ==, 4);

  /* Undo (Ctrl+Z or the toast's button) puts it back in its place. */
  gtk_widget_activate_action (GTK_WIDGET (view), "checklist.undo", NULL);
  g_clear_pointer (&documents, g_ptr_array_unref);
  documents = pd_checklist_dup_documents (pd_case, "identity");
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpstr (pd_document_get_label (documents->pdata[1]), ==, "id card.png");
  g_assert_nonnull (ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "id card.png"));

  /* Removed for good once Undo is no longer offered (here: closing the case). */
  row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "letter.docx");
  gtk_widget_activate_action (row, "document.remove", NULL);
  g_assert_cmpuint (count_stored (case_dir), ==, 4);

  /* Answers change the list; an item that stops applying keeps its files. */
  g_assert_null (ui_find_titled (GTK_WIDGET (view), PD_TYPE_EVIDENCE_ROW,
                           "Proof of your work and taxes"));
  pd_case_set_text (pd_case, PD_KEY_WORK, "yes");
  row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_EVIDENCE_ROW, "Proof of your work and taxes");
  g_assert_nonnull (row);
  import_paths (view, "work", NULL, (const char *[]) { word, NULL });
  pd_case_set_text (pd_case, PD_KEY_WORK, "no");
  row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_EVIDENCE_ROW, "Proof of your work and taxes");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "pd-greyed"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "No longer matches your answers: kept with its files · I have it · "
                   "1 document");

  /* Status and note, from their rows. */
  row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_EVIDENCE_ROW, "Background checks");
  ui_find_all (row, ADW_TYPE_COMBO_ROW, rows);
  adw_combo_row_set_selected (rows->pdata[0], PD_EVIDENCE_STATUS_NOT_APPLICABLE);
  g_assert_cmpint (pd_checklist_get_status (pd_case, "background"), ==,
                   PD_EVIDENCE_STATUS_NOT_APPLICABLE);
  g_ptr_array_set_size (rows, 0);
  ui_find_all (row, ADW_TYPE_ENTRY_ROW, rows);
  gtk_editable_set_text (rows->pdata[0], "FBI check requested in October");

  /* Back to the list saves; reopening shows the same state. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-cases", NULL);
  g_assert_null (pd_window_get_case (window));
  g_assert_cmpuint (count_stored (case_dir), ==, 4);   /* passport ×2, id card, work */
  pd_window_restore (window, id, "documents");
  pd_case = pd_window_get_case (window);
  g_assert_nonnull (pd_case);
  g_assert_cmpstr (pd_checklist_get_note (pd_case, "background"), ==,
                   "FBI check requested in October");
  g_assert_cmpint (pd_checklist_get_status (pd_case, "background"), ==,
                   PD_EVIDENCE_STATUS_NOT_APPLICABLE);
  g_clear_pointer (&documents, g_ptr_array_unref);
  documents = pd_checklist_dup_documents (pd_case, "identity");
  g_assert_cmpuint (documents->len, ==, 2);
  view = PD_CHECKLIST_VIEW (ui_find_titled (GTK_WIDGET (window), PD_TYPE_CHECKLIST_VIEW, NULL));
  g_assert_nonnull (ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "passport.pdf"));
  g_assert_nonnull (ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "id card.png"));

  /* A file that went missing from the case folder is shown as such. */
  {
    PdDocument *document = documents->pdata[1];
    g_autofree char *stored = g_build_filename (case_dir,
      ((PdDocumentFile *) document->files->pdata[0])->stored, NULL);

    g_assert_cmpint (g_unlink (stored), ==, 0);
    pd_case_set_text (pd_case, PD_KEY_COUNTRY, "Peru");   /* any change refreshes */
    row = ui_find_titled (GTK_WIDGET (view), PD_TYPE_DOCUMENT_ROW, "id card.png");
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                              "no longer in your request’s folder"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/documents/attach-remove-undo-reopen", test_attach_remove_undo_reopen);


  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
