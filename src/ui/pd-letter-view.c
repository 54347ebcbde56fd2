/* pd-letter-view.c — the Letter place: the request letter, its settings, the
 * English versions of what the person wrote, export and print
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-letter-view"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "pd-interview.h"
#include "pd-language.h"
#include "pd-letter.h"
#include "pd-letter-pdf.h"
#include "pd-letter-view.h"
#include "pd-certificates-view.h"
#include "pd-statement-view.h"
#include "pd-paragraph-editor.h"
#include "pd-print.h"
#include "pd-rules.h"
#include "pd-undo-toast.h"

struct _PdLetterView
{
  AdwBin           parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkWidget       *english_note;
  AdwEntryRow     *office_row;
  AdwComboRow     *sent_by_row;
  AdwComboRow     *fallback_row;
  AdwComboRow     *signature_row;
  AdwPreferencesGroup *english_group;
  AdwEntryRow     *english_by_row;
  GtkWidget       *admissions_note;
  GtkWidget       *paragraphs_box;
  GtkLabel        *count_label;
  PdStatementView *statement_view;
  PdCertificatesView *certificates_view;

  PdCase          *pd_case;
  gulong           changed_id;
  GHashTable      *editors;        /* paragraph id → PdParagraphEditor */
  GPtrArray       *english_rows;   /* rows made per free-text answer */
  GPtrArray       *fallbacks;      /* option values behind fallback_row; "" = none */
  char            *structure;
  char            *fallback_key;
  guint            count_id;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (PdLetterView, pd_letter_view, ADW_TYPE_BIN)

static const char *sent_by_values[] = { NULL, "email", "mail", "hand" };

static const struct
{
  const char *key;
  const char *title;
} english_titles[] = {
  { PD_KEY_WORK_DETAILS, N_("Your work") },
  { PD_KEY_CARE_DETAILS, N_("The care you give or need") },
  { PD_KEY_APPLICATION_DETAILS, N_("Your applications") },
  { PD_KEY_COMMUNITY_DETAILS, N_("What you do in your community") },
  { PD_KEY_RECORD_DETAILS, N_("Your history, and what you have done since") },
};

/* ------------------------------------------------------------------------ */
/* Words and pages                                                           */

static gboolean
count_cb (gpointer user_data)
{
  PdLetterView *self = user_data;
  g_autoptr (PdTextDoc) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  g_autofree char *label = NULL;
  PangoContext *context;
  guint n_words, n_pages;

  self->count_id = 0;
  if (self->pd_case == NULL)
    return G_SOURCE_REMOVE;

  text = pd_letter_dup_text (self->pd_case);
  n_words = pd_letter_count_words (text);
  /* Laid out exactly as the PDF will be. */
  doc = pd_letter_build_doc (self->pd_case);
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 72);
  n_pages = pd_text_doc_paginate (doc, context, PD_PAGE_WIDTH - 2 * PD_PAGE_MARGIN,
                                  PD_PAGE_HEIGHT - 2 * PD_PAGE_MARGIN);
  g_object_unref (context);

  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", n_words),
                           n_words);
  /* Translators: "412 words · 2 pages". */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s · %2$u page", "%1$s · %2$u pages",
                                        n_pages),
                           words, n_pages);
  gtk_label_set_text (self->count_label, label);
  return G_SOURCE_REMOVE;
}

static void
queue_count (PdLetterView *self)
{
  if (self->count_id == 0)
    self->count_id = g_timeout_add (300, count_cb, self);
}

/* ------------------------------------------------------------------------ */
/* Settings rows                                                             */

static void
fill_fallbacks (PdLetterView *self)
{
  g_autoptr (GPtrArray) options = pd_rules_dup_options (self->pd_case);
  g_autoptr (GtkStringList) labels = NULL;
  const PdOption *chosen = pd_rules_get_chosen_outcome (self->pd_case);
  const char *fallback = pd_letter_get_setting (self->pd_case, "fallback");
  g_autofree char *key = NULL;
  guint selected = 0;

  /* The list is rebuilt only when the choices change (never while the
   * person is choosing in it); otherwise only the choice is shown. */
  key = g_strdup_printf ("%s|%u", chosen != NULL ? chosen->value : "", options->len);
  if (g_strcmp0 (key, self->fallback_key) != 0)
    {
      g_free (self->fallback_key);
      self->fallback_key = g_steal_pointer (&key);

      labels = gtk_string_list_new (NULL);
      g_ptr_array_set_size (self->fallbacks, 0);
      g_ptr_array_add (self->fallbacks, g_strdup (""));
      gtk_string_list_append (labels, _("Nothing else"));
      for (guint i = 0; i < options->len; i++)
        {
          const PdOption *option = options->pdata[i];

          if (chosen != NULL && g_str_equal (option->value, chosen->value))
            continue;
          g_ptr_array_add (self->fallbacks, g_strdup (option->value));
          gtk_string_list_append (labels, pd_option_get_label (option));
        }
      adw_combo_row_set_model (self->fallback_row, G_LIST_MODEL (labels));
    }

  for (guint i = 1; i < self->fallbacks->len; i++)
    if (g_strcmp0 (fallback, self->fallbacks->pdata[i]) == 0)
      selected = i;
  if (adw_combo_row_get_selected (self->fallback_row) != selected)
    adw_combo_row_set_selected (self->fallback_row, selected);
}

static void
update_settings (PdLetterView *self)
{
  const char *office = pd_letter_get_setting (self->pd_case, "office");
  const char *sent_by = pd_letter_get_setting (self->pd_case, "sent_by");
  const char *english_by = pd_letter_get_setting (self->pd_case, "english_by");
  guint sent = 0;

  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->office_row)),
                 office != NULL ? office : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->office_row), office != NULL ? office : "");
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->english_by_row)),
                 english_by != NULL ? english_by : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->english_by_row),
                           english_by != NULL ? english_by : "");
  for (guint i = 1; i < G_N_ELEMENTS (sent_by_values); i++)
    if (g_strcmp0 (sent_by, sent_by_values[i]) == 0)
      sent = i;
  adw_combo_row_set_selected (self->sent_by_row, sent);
  adw_combo_row_set_selected (self->signature_row,
                              g_strcmp0 (pd_letter_get_setting (self->pd_case, "signature"),
                                         "electronic") == 0 ? 1 : 0);
  fill_fallbacks (self);
  self->updating = FALSE;
}

static void
office_changed_cb (PdLetterView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->office_row));

  if (!self->updating && self->pd_case != NULL)
    pd_letter_set_setting (self->pd_case, "office", *text != '\0' ? text : NULL);
}

static void
english_by_changed_cb (PdLetterView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->english_by_row));

  if (!self->updating && self->pd_case != NULL)
    pd_letter_set_setting (self->pd_case, "english_by", *text != '\0' ? text : NULL);
}

static void
sent_by_selected_cb (PdLetterView *self)
{
  guint selected = adw_combo_row_get_selected (self->sent_by_row);

  if (!self->updating && self->pd_case != NULL && selected < G_N_ELEMENTS (sent_by_values))
    pd_letter_set_setting (self->pd_case, "sent_by", sent_by_values[selected]);
}

static void
signature_selected_cb (PdLetterView *self)
{
  if (!self->updating && self->pd_case != NULL)
    pd_letter_set_setting (self->pd_case, "signature",
                           adw_combo_row_get_selected (self->signature_row) == 1
                           ? "electronic" : "ink");
}

static void
fallback_selected_cb (PdLetterView *self)
{
  guint selected = adw_combo_row_get_selected (self->fallback_row);
  const char *value;

  if (self->updating || self->pd_case == NULL || selected >= self->fallbacks->len)
    return;
  value = self->fallbacks->pdata[selected];
  pd_letter_set_setting (self->pd_case, "fallback", *value != '\0' ? value : "none");
}

/* ------------------------------------------------------------------------ */
/* English versions                                                          */

static void
english_changed_cb (GtkTextBuffer *buffer,
                    PdLetterView  *self)
{
  g_autofree char *text = NULL;

  if (self->updating || self->pd_case == NULL)
    return;
  g_object_get (buffer, "text", &text, NULL);
  pd_letter_set_english (self->pd_case, g_object_get_data (G_OBJECT (buffer), "key"), text);
  adw_expander_row_set_subtitle (g_object_get_data (G_OBJECT (buffer), "row"),
                                 text != NULL && *text != '\0' ? _("In English: done")
                                                               : _("In English: not yet"));
}

static void
same_clicked_cb (GtkButton    *button,
                 PdLetterView *self)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (button), "buffer");
  const char *key = g_object_get_data (G_OBJECT (buffer), "key");

  gtk_text_buffer_set_text (buffer, pd_interview_get_visible_text (self->pd_case, key), -1);
}

static void
rebuild_english (PdLetterView *self)
{
  for (guint i = 0; i < self->english_rows->len; i++)
    adw_preferences_group_remove (self->english_group, self->english_rows->pdata[i]);
  g_ptr_array_set_size (self->english_rows, 0);

  for (guint i = 0; i < G_N_ELEMENTS (english_titles); i++)
    {
      const char *original = pd_interview_get_visible_text (self->pd_case, english_titles[i].key);
      const char *english = pd_letter_get_english (self->pd_case, english_titles[i].key);
      GtkWidget *row, *box, *view, *button, *label;
      GtkTextBuffer *buffer;

      if (original == NULL || *original == '\0')
        continue;

      row = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(english_titles[i].title));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                     english != NULL && *english != '\0'
                                     ? _("In English: done") : _("In English: not yet"));

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      /* Translators: %s is what the person wrote, in their own words. */
      label = gtk_label_new (NULL);
      {
        g_autofree char *what = g_strdup_printf (_("You wrote: %s"), original);
        gtk_label_set_text (GTK_LABEL (label), what);
      }
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);

      view = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
      gtk_widget_add_css_class (view, "card");
      gtk_widget_set_size_request (view, -1, 72);
      gtk_text_view_set_editable (GTK_TEXT_VIEW (view), !pd_case_get_read_only (self->pd_case));
      {
        /* Translators: %s is e.g. "Your work". */
        g_autofree char *name = g_strdup_printf (_("%s, in English"), _(english_titles[i].title));
        gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      }
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
      g_object_set_data (G_OBJECT (buffer), "key", (gpointer) english_titles[i].key);
      g_object_set_data (G_OBJECT (buffer), "row", row);
      self->updating = TRUE;
      gtk_text_buffer_set_text (buffer, english != NULL ? english : "", -1);
      self->updating = FALSE;
      g_signal_connect (buffer, "changed", G_CALLBACK (english_changed_cb), self);
      gtk_box_append (GTK_BOX (box), view);

      button = gtk_button_new_with_mnemonic (_("It Is Already in _English"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (button), "buffer", buffer);
      g_signal_connect (button, "clicked", G_CALLBACK (same_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);
      adw_preferences_group_add (self->english_group, row);
      g_ptr_array_add (self->english_rows, row);
    }

  /* Who translated comes after what was translated. */
  g_object_ref (self->english_by_row);
  adw_preferences_group_remove (self->english_group, GTK_WIDGET (self->english_by_row));
  adw_preferences_group_add (self->english_group, GTK_WIDGET (self->english_by_row));
  g_object_unref (self->english_by_row);
}

/* ------------------------------------------------------------------------ */
/* Paragraphs                                                                */

static gboolean
interface_is_english (void)
{
  const char *language = pd_language_get_effective ();

  return language == NULL || g_str_has_prefix (language, "en");
}

static void
refresh (PdLetterView *self)
{
  g_autoptr (GPtrArray) paragraphs = NULL;
  g_autoptr (GString) structure = g_string_new (NULL);
  g_autoptr (GString) english_keys = g_string_new (NULL);
  PdNegative negatives;

  if (self->pd_case == NULL)
    return;

  paragraphs = pd_letter_build (self->pd_case);
  for (guint i = 0; i < paragraphs->len; i++)
    g_string_append_printf (structure, "%s ", ((PdLetterParagraph *) paragraphs->pdata[i])->id);
  for (guint i = 0; i < G_N_ELEMENTS (english_titles); i++)
    {
      const char *original = pd_interview_get_visible_text (self->pd_case, english_titles[i].key);
      if (original != NULL && *original != '\0')
        g_string_append_printf (english_keys, "%s ", english_titles[i].key);
    }
  g_string_append_printf (structure, "| %s", english_keys->str);

  if (g_strcmp0 (structure->str, self->structure) != 0)
    {
      GtkWidget *child;

      g_free (self->structure);
      self->structure = g_strdup (structure->str);
      /* Editors are kept by id, so typing in one survives a new order. */
      while ((child = gtk_widget_get_first_child (self->paragraphs_box)) != NULL)
        {
          g_object_ref (child);
          gtk_box_remove (GTK_BOX (self->paragraphs_box), child);
          g_object_unref (child);
        }
      for (guint i = 0; i < paragraphs->len; i++)
        {
          PdLetterParagraph *paragraph = paragraphs->pdata[i];
          GtkWidget *editor = g_hash_table_lookup (self->editors, paragraph->id);

          if (editor == NULL)
            {
              editor = pd_paragraph_editor_new (self->pd_case, paragraph->id,
                                                !interface_is_english ());
              g_hash_table_insert (self->editors, g_strdup (paragraph->id),
                                   g_object_ref_sink (editor));
            }
          gtk_box_append (GTK_BOX (self->paragraphs_box), editor);
        }
      rebuild_english (self);
    }

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PdLetterParagraph *paragraph = paragraphs->pdata[i];
      PdParagraphEditor *editor = g_hash_table_lookup (self->editors, paragraph->id);

      pd_paragraph_editor_update (editor, paragraph);
    }

  negatives = pd_rules_get_negative_factors (self->pd_case);
  gtk_widget_set_visible (self->admissions_note,
                          (negatives & (PD_NEGATIVE_FALSE_DOCUMENTS | PD_NEGATIVE_FALSE_WORK_PAPERS
                                        | PD_NEGATIVE_FALSE_CITIZENSHIP | PD_NEGATIVE_VOTED)) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->english_group), self->english_rows->len > 0);
  update_settings (self);
  queue_count (self);
}

static void
case_changed_cb (PdLetterView *self,
                 const char   *key)
{
  if (g_strcmp0 (key, "name") == 0)
    return;
  refresh (self);
}

void
pd_letter_view_set_case (PdLetterView *self,
                         PdCase       *pd_case)
{
  GtkWidget *child;

  g_return_if_fail (PD_IS_LETTER_VIEW (self));

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);
  g_clear_pointer (&self->structure, g_free);
  g_clear_pointer (&self->fallback_key, g_free);
  pd_statement_view_set_case (self->statement_view, pd_case);
  pd_certificates_view_set_case (self->certificates_view, pd_case);
  while ((child = gtk_widget_get_first_child (self->paragraphs_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->paragraphs_box), child);
  g_hash_table_remove_all (self->editors);
  for (guint i = 0; i < self->english_rows->len; i++)
    adw_preferences_group_remove (self->english_group, self->english_rows->pdata[i]);
  g_ptr_array_set_size (self->english_rows, 0);

  if (pd_case == NULL)
    return;

  gtk_widget_set_visible (self->english_note, !interface_is_english ());
  gtk_widget_set_sensitive (GTK_WIDGET (self->office_row), !pd_case_get_read_only (pd_case));
  self->changed_id = g_signal_connect_swapped (pd_case, "changed", G_CALLBACK (case_changed_cb),
                                               self);
  refresh (self);
}

void
pd_letter_view_focus_first (PdLetterView *self)
{
  g_return_if_fail (PD_IS_LETTER_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->office_row));
}

/* ------------------------------------------------------------------------ */
/* Export and print                                                          */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdLetterView *self = PD_LETTER_VIEW (widget);

  pd_save_text_doc (widget, self->toast_overlay, pd_letter_build_doc (self->pd_case),
                    _("Export Letter as PDF"),
                    /* Translators: the suggested file name; keep ".pdf". */
                    _("Request letter.pdf"), _("The Letter Could Not Be Saved"),
                    _("Letter saved as PDF"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdLetterView *self = PD_LETTER_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  pd_print_text_doc (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                     pd_letter_build_doc (self->pd_case), _("Request letter"),
                     _("The Letter Could Not Be Printed"));
}

/* ------------------------------------------------------------------------ */

static void
pd_letter_view_dispose (GObject *object)
{
  PdLetterView *self = PD_LETTER_VIEW (object);

  g_clear_handle_id (&self->count_id, g_source_remove);
  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->editors, g_hash_table_unref);
  g_clear_pointer (&self->english_rows, g_ptr_array_unref);
  g_clear_pointer (&self->fallbacks, g_ptr_array_unref);
  g_clear_pointer (&self->structure, g_free);
  g_clear_pointer (&self->fallback_key, g_free);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_letter_view_parent_class)->dispose (object);
}

static void
pd_letter_view_class_init (PdLetterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_letter_view_dispose;

  g_type_ensure (PD_TYPE_STATEMENT_VIEW);
  g_type_ensure (PD_TYPE_CERTIFICATES_VIEW);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-letter-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, english_note);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, office_row);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, sent_by_row);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, fallback_row);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, signature_row);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, english_group);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, english_by_row);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, admissions_note);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, paragraphs_box);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, statement_view);
  gtk_widget_class_bind_template_child (widget_class, PdLetterView, certificates_view);

  gtk_widget_class_install_action (widget_class, "letter.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "letter.print", NULL, print_action);
}

static void
pd_letter_view_init (PdLetterView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->english_rows = g_ptr_array_new ();
  self->fallbacks = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect_swapped (self->office_row, "changed", G_CALLBACK (office_changed_cb), self);
  g_signal_connect_swapped (self->english_by_row, "changed",
                            G_CALLBACK (english_by_changed_cb), self);
  g_signal_connect_swapped (self->sent_by_row, "notify::selected",
                            G_CALLBACK (sent_by_selected_cb), self);
  g_signal_connect_swapped (self->signature_row, "notify::selected",
                            G_CALLBACK (signature_selected_cb), self);
  g_signal_connect_swapped (self->fallback_row, "notify::selected",
                            G_CALLBACK (fallback_selected_cb), self);
}
