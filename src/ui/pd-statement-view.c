/* pd-statement-view.c — the personal statement: prompts answered in any
 * language with the English beside them, reading and signing, the English
 * statement as it will print
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-statement-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-print.h"
#include "pd-rules.h"
#include "pd-statement.h"
#include "pd-statement-pdf.h"
#include "pd-statement-view.h"
#include "pd-undo-toast.h"
#include "pd-warning-card.h"

struct _PdStatementView
{
  AdwBin           parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkWidget       *warning_box;
  GtkWidget       *prompts_box;
  GtkSwitch       *reads_switch;
  AdwEntryRow     *language_row;
  AdwEntryRow     *interpreter_row;
  AdwEntryRow     *interpreter_address_row;
  AdwEntryRow     *interpreter_phone_row;
  GtkSwitch       *typed_switch;
  GtkLabel        *preview_label;

  PdCase          *pd_case;
  gulong           changed_id;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (PdStatementView, pd_statement_view, ADW_TYPE_BIN)

static const struct
{
  const char *field;
  gsize       offset;
} setting_rows[] = {
  { "language", G_STRUCT_OFFSET (PdStatementView, language_row) },
  { "interpreter", G_STRUCT_OFFSET (PdStatementView, interpreter_row) },
  { "interpreter_address", G_STRUCT_OFFSET (PdStatementView, interpreter_address_row) },
  { "interpreter_phone", G_STRUCT_OFFSET (PdStatementView, interpreter_phone_row) },
};

#define SETTING_ROW(self, i) (*(AdwEntryRow **) G_STRUCT_MEMBER_P ((self), setting_rows[i].offset))

static void
update_preview (PdStatementView *self)
{
  g_autoptr (GPtrArray) paragraphs = pd_statement_dup_paragraphs (self->pd_case);
  g_autoptr (GPtrArray) certificates = pd_statement_dup_certificates (self->pd_case);
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean reads = !(g_strcmp0 (pd_statement_get_setting (self->pd_case, "reads_english"),
                                "no") == 0);

  if (paragraphs == NULL)
    g_string_append (text, _("The statement appears here once you have written at least one "
                             "answer in English, and your full name is in Details."));
  for (guint i = 0; paragraphs != NULL && i < paragraphs->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n\n" : "", (char *) paragraphs->pdata[i]);
  for (guint i = 0; paragraphs != NULL && i < certificates->len; i++)
    g_string_append_printf (text, "\n\n\n%s", (char *) certificates->pdata[i]);
  gtk_label_set_text (self->preview_label, text->str);

  gtk_widget_set_visible (GTK_WIDGET (self->interpreter_row), !reads);
  gtk_widget_set_visible (GTK_WIDGET (self->interpreter_address_row), !reads);
  gtk_widget_set_visible (GTK_WIDGET (self->interpreter_phone_row), !reads);
}

static void
case_changed_cb (PdStatementView *self,
                 const char      *key)
{
  update_preview (self);
}

/* ------------------------------------------------------------------------ */
/* Prompts                                                                   */

static void
answer_changed_cb (GtkTextBuffer   *buffer,
                   PdStatementView *self)
{
  g_autofree char *text = NULL;

  if (self->filling || self->pd_case == NULL)
    return;
  g_object_get (buffer, "text", &text, NULL);
  pd_statement_set_answer (self->pd_case, g_object_get_data (G_OBJECT (buffer), "prompt"),
                           GPOINTER_TO_INT (g_object_get_data (G_OBJECT (buffer), "english")),
                           text);
}

static void
same_clicked_cb (GtkButton       *button,
                 PdStatementView *self)
{
  GtkTextBuffer *original = g_object_get_data (G_OBJECT (button), "original");
  GtkTextBuffer *english = g_object_get_data (G_OBJECT (button), "english");
  g_autofree char *text = NULL;

  g_object_get (original, "text", &text, NULL);
  gtk_text_buffer_set_text (english, text, -1);
}

static GtkTextBuffer *
add_text (PdStatementView         *self,
          GtkWidget               *box,
          const PdStatementPrompt *prompt,
          gboolean                 english)
{
  GtkWidget *label = gtk_label_new (english ? _("In English") : _("In your words"));
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const char *text = pd_statement_get_answer (self->pd_case, prompt->id, english);
  /* Translators: %s is a part of the statement, e.g. "Your family". */
  g_autofree char *name = g_strdup_printf (english ? _("%s, in English") : _("%s, in your words"),
                                           pd_statement_prompt_get_title (prompt));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), !pd_case_get_read_only (self->pd_case));
  gtk_widget_set_size_request (view, -1, 88);
  gtk_widget_add_css_class (view, "card");
  if (english)
    gtk_widget_add_css_class (view, "pd-letter-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  g_object_set_data (G_OBJECT (buffer), "prompt", (gpointer) prompt->id);
  g_object_set_data (G_OBJECT (buffer), "english", GINT_TO_POINTER (english));
  self->filling = TRUE;
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  self->filling = FALSE;
  g_signal_connect (buffer, "changed", G_CALLBACK (answer_changed_cb), self);
  gtk_box_append (GTK_BOX (box), view);
  return buffer;
}

static void
build_prompts (PdStatementView *self)
{
  const PdStatementPrompt *prompts;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (self->prompts_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->prompts_box), child);

  prompts = pd_statement_get_prompts (&n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title = gtk_label_new (pd_statement_prompt_get_title (&prompts[i]));
      GtkWidget *hint = gtk_label_new (pd_statement_prompt_get_hint (&prompts[i]));
      GtkWidget *button = gtk_button_new_with_mnemonic (_("It Is Already in _English"));
      GtkTextBuffer *original, *english;

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_widget_add_css_class (title, "heading");
      gtk_box_append (GTK_BOX (box), title);
      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_box_append (GTK_BOX (box), hint);

      original = add_text (self, box, &prompts[i], FALSE);
      english = add_text (self, box, &prompts[i], TRUE);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_sensitive (button, !pd_case_get_read_only (self->pd_case));
      g_object_set_data (G_OBJECT (button), "original", original);
      g_object_set_data (G_OBJECT (button), "english", english);
      g_signal_connect (button, "clicked", G_CALLBACK (same_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);

      gtk_box_append (GTK_BOX (self->prompts_box), box);
    }
}

/* ------------------------------------------------------------------------ */
/* Settings                                                                  */

static void
setting_changed_cb (AdwEntryRow     *row,
                    PdStatementView *self)
{
  if (self->filling || self->pd_case == NULL)
    return;
  pd_statement_set_setting (self->pd_case, g_object_get_data (G_OBJECT (row), "field"),
                            gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
reads_changed_cb (PdStatementView *self)
{
  if (self->filling || self->pd_case == NULL)
    return;
  pd_statement_set_setting (self->pd_case, "reads_english",
                            gtk_switch_get_active (self->reads_switch) ? NULL : "no");
}

static void
typed_changed_cb (PdStatementView *self)
{
  if (self->filling || self->pd_case == NULL)
    return;
  pd_statement_set_setting (self->pd_case, "signature",
                            gtk_switch_get_active (self->typed_switch) ? "electronic" : NULL);
}

void
pd_statement_view_set_case (PdStatementView *self,
                            PdCase          *pd_case)
{
  g_return_if_fail (PD_IS_STATEMENT_VIEW (self));

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);
  if (pd_case == NULL)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (self->prompts_box)) != NULL)
        gtk_box_remove (GTK_BOX (self->prompts_box), child);
      return;
    }

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (setting_rows); i++)
    {
      const char *value = pd_statement_get_setting (pd_case, setting_rows[i].field);

      gtk_editable_set_text (GTK_EDITABLE (SETTING_ROW (self, i)), value != NULL ? value : "");
      gtk_widget_set_sensitive (GTK_WIDGET (SETTING_ROW (self, i)), !pd_case_get_read_only (pd_case));
    }
  gtk_switch_set_active (self->reads_switch,
                         g_strcmp0 (pd_statement_get_setting (pd_case, "reads_english"), "no") != 0);
  gtk_switch_set_active (self->typed_switch,
                         g_strcmp0 (pd_statement_get_setting (pd_case, "signature"),
                                    "electronic") == 0);
  self->filling = FALSE;

  build_prompts (self);
  self->changed_id = g_signal_connect_swapped (pd_case, "changed", G_CALLBACK (case_changed_cb),
                                               self);
  update_preview (self);
}

/* ------------------------------------------------------------------------ */
/* Export and print                                                          */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdStatementView *self = PD_STATEMENT_VIEW (widget);
  g_autoptr (GPtrArray) paragraphs = pd_statement_dup_paragraphs (self->pd_case);

  if (paragraphs == NULL)
    {
      pd_show_message (widget, _("Nothing to Save Yet"),
                       _("Write at least one answer in English, and your full name in Details."));
      return;
    }
  pd_save_text_doc (widget, self->toast_overlay, pd_statement_build_doc (self->pd_case),
                    _("Export Statement as PDF"),
                    /* Translators: the suggested file name; keep ".pdf". */
                    _("Personal statement.pdf"), _("The Statement Could Not Be Saved"),
                    _("Statement saved as PDF"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdStatementView *self = PD_STATEMENT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (GPtrArray) paragraphs = pd_statement_dup_paragraphs (self->pd_case);

  if (paragraphs == NULL)
    {
      pd_show_message (widget, _("Nothing to Print Yet"),
                       _("Write at least one answer in English, and your full name in Details."));
      return;
    }
  pd_print_text_doc (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                     pd_statement_build_doc (self->pd_case), _("Personal statement"),
                     _("The Statement Could Not Be Printed"));
}

/* ------------------------------------------------------------------------ */

static void
pd_statement_view_dispose (GObject *object)
{
  PdStatementView *self = PD_STATEMENT_VIEW (object);

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_statement_view_parent_class)->dispose (object);
}

static void
pd_statement_view_class_init (PdStatementViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_statement_view_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-statement-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, warning_box);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, prompts_box);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, reads_switch);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, language_row);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, interpreter_row);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, interpreter_address_row);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, interpreter_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, typed_switch);
  gtk_widget_class_bind_template_child (widget_class, PdStatementView, preview_label);

  gtk_widget_class_install_action (widget_class, "statement.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "statement.print", NULL, print_action);
}

static void
pd_statement_view_init (PdStatementView *self)
{
  g_autofree char *body = NULL;
  GtkWidget *card;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the statement: what is signed can be used against you. */
  body = pd_rules_warning_dup_body (PD_WARNING_ADMISSIONS);
  card = pd_warning_card_new (pd_rules_warning_get_title (PD_WARNING_ADMISSIONS), body, TRUE);
  gtk_box_append (GTK_BOX (self->warning_box), card);

  for (guint i = 0; i < G_N_ELEMENTS (setting_rows); i++)
    {
      g_object_set_data (G_OBJECT (SETTING_ROW (self, i)), "field",
                         (gpointer) setting_rows[i].field);
      g_signal_connect (SETTING_ROW (self, i), "changed", G_CALLBACK (setting_changed_cb), self);
    }
  g_signal_connect_swapped (self->reads_switch, "notify::active",
                            G_CALLBACK (reads_changed_cb), self);
  g_signal_connect_swapped (self->typed_switch, "notify::active",
                            G_CALLBACK (typed_changed_cb), self);
}
