/* test-letter-view.c — the Letter place through its widgets: settings rows, the
 * English version of what the person wrote, editing a paragraph, a changed
 * answer offered and not forced, words and pages.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pd-interview.h"
#include "pd-letter.h"
#include "pd-letter-view.h"
#include "pd-paragraph-editor.h"
#include "pd-statement.h"
#include "pd-statement-view.h"
#include "pd-window.h"
#include "ui-util.h"

static PdApplication *app;

static GtkWidget *
find_editor (GtkWidget  *root,
             const char *id)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  ui_find_all (root, PD_TYPE_PARAGRAPH_EDITOR, found);
  for (guint i = 0; i < found->len; i++)
    if (g_str_equal (pd_paragraph_editor_get_id (found->pdata[i]), id))
      return found->pdata[i];
  return NULL;
}

static GtkWidget *
find_titled (GtkWidget  *root,
             GType       type,
             const char *title)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  ui_find_all (root, type, found);
  for (guint i = 0; i < found->len; i++)
    {
      const char *label = G_TYPE_CHECK_INSTANCE_TYPE (found->pdata[i], ADW_TYPE_PREFERENCES_ROW)
                          ? adw_preferences_row_get_title (found->pdata[i])
                          : gtk_button_get_label (found->pdata[i]);
      if (g_strcmp0 (label, title) == 0)
        return found->pdata[i];
    }
  return NULL;
}

static GtkTextBuffer *
buffer_of (GtkWidget *editor)
{
  g_autoptr (GPtrArray) views = g_ptr_array_new ();

  ui_find_all (editor, GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  return gtk_text_view_get_buffer (views->pdata[0]);
}

static const PdLetterParagraph *
paragraph (GPtrArray  *paragraphs,
           const char *id)
{
  for (guint i = 0; i < paragraphs->len; i++)
    if (g_str_equal (((PdLetterParagraph *) paragraphs->pdata[i])->id, id))
      return paragraphs->pdata[i];
  return NULL;
}

static void
test_edit_and_update (void)
{
  PdWindow *window = pd_window_new (app);
  g_autoptr (GPtrArray) paragraphs = NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *view, *editor, *row, *button;
  GtkTextBuffer *buffer;
  PdCase *pd_case;
  gboolean counted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL);
  pd_case = pd_window_get_case (window);
  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "Ana Lucía Silva");
  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "pending");
  pd_case_set_text (pd_case, PD_KEY_OUTCOME, "admin_closure");
  pd_case_set_text (pd_case, PD_KEY_WORK, "yes");
  pd_case_set_text (pd_case, PD_KEY_TAXES, "yes");
  pd_case_set_text (pd_case, PD_KEY_WORK_DETAILS, "Limpio casas.");
  view = NULL;
  {
    g_autoptr (GPtrArray) views = g_ptr_array_new ();
    ui_find_all (GTK_WIDGET (window), PD_TYPE_LETTER_VIEW, views);
    g_assert_cmpuint (views->len, ==, 1);
    view = views->pdata[0];
  }

  /* Settings rows write to the case. */
  row = find_titled (view, ADW_TYPE_ENTRY_ROW, "OPLA office: email or address");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "opla-charlotte@example.gov");
  g_assert_cmpstr (pd_letter_get_setting (pd_case, "office"), ==, "opla-charlotte@example.gov");
  row = find_titled (view, ADW_TYPE_COMBO_ROW, "Signature");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  g_assert_cmpstr (pd_letter_get_setting (pd_case, "signature"), ==, "electronic");
  row = find_titled (view, ADW_TYPE_COMBO_ROW, "If they say no, ask instead for");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  g_assert_cmpstr (pd_letter_get_setting (pd_case, "fallback"), ==, "continuance");

  /* What they wrote in Spanish reaches the letter only once it is in English. */
  editor = find_editor (view, "work");
  g_assert_nonnull (editor);
  {
    g_autofree char *text = pd_letter_dup_text (pd_case);
    g_assert_null (strstr (text, "Limpio"));
  }
  row = find_titled (view, ADW_TYPE_EXPANDER_ROW, "Your work");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "In English: not yet");
  {
    g_autoptr (GPtrArray) views = g_ptr_array_new ();

    ui_find_all (row, GTK_TYPE_TEXT_VIEW, views);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[0]), "I clean houses.", -1);
  }
  g_assert_cmpstr (pd_letter_get_english (pd_case, PD_KEY_WORK_DETAILS), ==, "I clean houses.");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "In English: done");
  paragraphs = pd_letter_build (pd_case);
  g_assert_cmpstr (paragraph (paragraphs, "work")->text, ==,
                   "I work in the United States. I clean houses. I have filed my U.S. taxes.");

  /* Typing in a paragraph is an edit, saved with the draft it started from. */
  buffer = buffer_of (editor);
  gtk_text_buffer_set_text (buffer, "I clean houses in Charlotte.", -1);
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  paragraphs = pd_letter_build (pd_case);
  g_assert_true (paragraph (paragraphs, "work")->edited);
  g_assert_false (paragraph (paragraphs, "work")->outdated);
  g_assert_cmpstr (paragraph (paragraphs, "work")->text, ==, "I clean houses in Charlotte.");

  /* An answer changes: the edit stays, the new draft is offered. */
  pd_case_set_text (pd_case, PD_KEY_TAXES, "no");
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  paragraphs = pd_letter_build (pd_case);
  g_assert_true (paragraph (paragraphs, "work")->outdated);
  {
    g_autofree char *text = NULL;
    g_object_get (buffer, "text", &text, NULL);
    g_assert_cmpstr (text, ==, "I clean houses in Charlotte.");
  }
  ui_find_all (editor, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]),
                   "I work in the United States. I clean houses.") == 0)
      g_assert_true (gtk_widget_is_visible (labels->pdata[i]));

  /* Taking the new draft replaces the edit. */
  button = find_titled (editor, GTK_TYPE_BUTTON, "Use the _New Draft");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  paragraphs = pd_letter_build (pd_case);
  g_assert_false (paragraph (paragraphs, "work")->edited);
  {
    g_autofree char *text = NULL;
    g_object_get (buffer, "text", &text, NULL);
    g_assert_cmpstr (text, ==, "I work in the United States. I clean houses.");
  }

  /* Words and pages, counted as the PDF will be laid out. */
  for (int i = 0; i < 100 && !counted; i++)
    {
      g_autoptr (GPtrArray) all = g_ptr_array_new ();

      ui_spin (20);
      ui_find_all (view, GTK_TYPE_LABEL, all);
      for (guint j = 0; j < all->len; j++)
        if (g_str_has_suffix (gtk_label_get_text (all->pdata[j]), " · 1 page"))
          counted = TRUE;
    }
  g_assert_true (counted);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_statement (void)
{
  PdWindow *window = pd_window_new (app);
  g_autoptr (GPtrArray) found = g_ptr_array_new ();
  g_autoptr (GPtrArray) views = g_ptr_array_new ();
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  g_autoptr (GPtrArray) switches = g_ptr_array_new ();
  GtkWidget *statement, *row;
  PdCase *pd_case;
  gboolean previewed = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL);
  pd_case = pd_window_get_case (window);
  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "Ana Lucía Silva");
  ui_find_all (GTK_WIDGET (window), PD_TYPE_STATEMENT_VIEW, found);
  g_assert_cmpuint (found->len, ==, 1);
  statement = found->pdata[0];

  /* Two text areas per prompt: in their words, then in English. */
  ui_find_all (statement, GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 10);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[0]), "Soy panadera.", -1);
  g_assert_cmpstr (pd_statement_get_answer (pd_case, "who", FALSE), ==, "Soy panadera.");
  g_assert_false (pd_statement_has_content (pd_case));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[1]), "I am a baker.", -1);
  g_assert_cmpstr (pd_statement_get_answer (pd_case, "who", TRUE), ==, "I am a baker.");

  ui_find_all (statement, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (labels->pdata[i]), "DECLARATION OF Ana Lucía Silva"))
      previewed = strstr (gtk_label_get_text (labels->pdata[i]), "2. I am a baker.") != NULL;
  g_assert_true (previewed);

  /* Someone who does not read English: whoever reads it to them is asked for. */
  row = find_titled (statement, ADW_TYPE_ENTRY_ROW, "Who reads it to you: full name");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (row));
  ui_find_all (statement, GTK_TYPE_SWITCH, switches);
  gtk_switch_set_active (switches->pdata[0], FALSE);
  g_assert_cmpstr (pd_statement_get_setting (pd_case, "reads_english"), ==, "no");
  g_assert_true (gtk_widget_get_visible (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "Rosa Díaz");
  g_assert_cmpstr (pd_statement_get_setting (pd_case, "interpreter"), ==, "Rosa Díaz");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/letter/edit-and-update", test_edit_and_update);
  g_test_add_func ("/letter/statement", test_statement);


  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
