/* pd-paragraph-editor.c — one paragraph of the letter, editable, with what
 * changed since the person edited it
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exhibit references show as "Tab C" in a text tag named "tab:<item id>";
 * reading the buffer back turns them into ⟦tab:<item id>⟧ again, so the
 * letter never keeps a tab letter written out.
 */

#define G_LOG_DOMAIN "pd-paragraph-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-letter.h"
#include "pd-paragraph-editor.h"
#include "pd-template.h"

struct _PdParagraphEditor
{
  GtkBox       parent_instance;

  GtkLabel    *title_label;
  GtkLabel    *note_label;
  GtkTextView *text_view;
  GtkWidget   *edited_box;
  GtkWidget   *outdated_box;
  GtkLabel    *draft_label;
  GtkButton   *reset_button;
  GtkButton   *keep_button;
  GtkButton   *take_button;

  PdCase      *pd_case;
  char        *id;
  char        *draft;
  char        *based_on;
  gboolean     edited;
  gboolean     filling;
};

G_DEFINE_FINAL_TYPE (PdParagraphEditor, pd_paragraph_editor, GTK_TYPE_BOX)

static const struct
{
  const char *id;
  const char *title;
  const char *note;
} kinds[] = {
  { "date", N_("Date"), N_("Today’s date, in English.") },
  { "recipient", N_("Addressed to"),
    N_("The government lawyers’ office (OPLA) for your court, and how you send the letter.") },
  { "re", N_("About your case"),
    N_("Your name as on your court papers, A-number, date of birth, court and next hearing.") },
  { "salutation", N_("Greeting"), N_("A polite greeting to the government lawyer.") },
  { "request", N_("What you ask for"),
    N_("Asks the government lawyers to use their discretion for the result you chose, and "
       "for your second choice if they say no.") },
  { "summary", N_("Summary"),
    N_("Your country of citizenship and the main reasons for your request.") },
  { "residence", N_("Time in the U.S."), N_("Since when, and how many years, you have lived here.") },
  { "family", N_("Family"),
    N_("Your family members who are U.S. citizens or permanent residents.") },
  { "work", N_("Work"), N_("Your work and your taxes.") },
  { "education", N_("Education"), N_("Your studies in the U.S.") },
  { "childhood", N_("Came as a child"), N_("That you came to the U.S. as a child.") },
  { "military", N_("Military service"), N_("Your service, or your family’s, in the U.S. military.") },
  { "care", N_("Care and health"), N_("The care you give, and health needs in your family.") },
  { "victim", N_("Victim or witness"),
    N_("That you were a victim or witness of a crime, or are part of a complaint.") },
  { "applications", N_("Applications"), N_("Your pending or approved applications.") },
  { "community", N_("Community"), N_("What you do in your community.") },
  { "negatives", N_("Your history"),
    N_("States honestly the arrests, court cases or immigration problems you told us about, "
       "with what you wrote about them. Talk to a lawyer before you send it.") },
  { "fairness", N_("Why discretion is fair"),
    N_("Asks the lawyers to weigh everything together, and says that using discretion saves "
       "the court’s and their time.") },
  { "background", N_("Background check"), N_("Says that you welcome a background check.") },
  { "enclosures", N_("Enclosures"), N_("The list of papers you send with the letter, by tab.") },
  { "closing", N_("Closing"), N_("Thanks them and closes the letter.") },
  { "signature", N_("Signature"), N_("Your signature, name, address and contact details.") },
};

/* ------------------------------------------------------------------------ */
/* Buffer ↔ stored text                                                      */

static GtkTextTag *
tab_tag (GtkTextBuffer *buffer,
         const char    *item)
{
  g_autofree char *name = g_strconcat ("tab:", item, NULL);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);

  if (tag == NULL)
    tag = gtk_text_buffer_create_tag (buffer, name, "weight", PANGO_WEIGHT_SEMIBOLD, NULL);
  return tag;
}

static void
fill_buffer (PdParagraphEditor *self,
             const char        *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr (GPtrArray) exhibits = pd_checklist_dup_exhibits (self->pd_case);
  const char *p = text;
  const char *open;
  GtkTextIter end;

  self->filling = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, "", -1);
  while ((open = strstr (p, PD_TAB_OPEN "tab:")) != NULL)
    {
      const char *item = open + strlen (PD_TAB_OPEN "tab:");
      const char *close = strstr (item, PD_TAB_CLOSE);
      g_autofree char *id = NULL;
      guint index;

      if (close == NULL)
        break;
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, open - p);
      id = g_strndup (item, close - item);
      if (g_ptr_array_find_with_equal_func (exhibits, id, g_str_equal, &index))
        {
          g_autofree char *tab = pd_exhibit_dup_tab (index);
          g_autofree char *label = g_strconcat ("Tab ", tab, NULL);

          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_insert_with_tags (buffer, &end, label, -1,
                                            tab_tag (buffer, id), NULL);
        }
      p = close + strlen (PD_TAB_CLOSE);
    }
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, p, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->filling = FALSE;
}

static const char *
tab_item_at (const GtkTextIter *iter)
{
  g_autoptr (GSList) tags = gtk_text_iter_get_tags (iter);

  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, "tab:"))
        return g_intern_string (name + 4);
    }
  return NULL;
}

/* The buffer as stored text: tagged "Tab C" back to ⟦tab:item⟧. */
static char *
dup_buffer_text (PdParagraphEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr (GString) out = g_string_new (NULL);
  GtkTextIter start, next, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  while (!gtk_text_iter_equal (&start, &end))
    {
      const char *item = tab_item_at (&start);

      next = start;
      if (!gtk_text_iter_forward_to_tag_toggle (&next, NULL))
        next = end;
      if (item != NULL)
        g_string_append_printf (out, PD_TAB_OPEN "tab:%s" PD_TAB_CLOSE, item);
      else
        {
          g_autofree char *slice = gtk_text_buffer_get_slice (buffer, &start, &next, FALSE);
          g_string_append (out, slice);
        }
      start = next;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ------------------------------------------------------------------------ */

static void
buffer_changed_cb (PdParagraphEditor *self)
{
  g_autofree char *text = NULL;

  if (self->filling || self->pd_case == NULL || pd_case_get_read_only (self->pd_case))
    return;

  text = dup_buffer_text (self);
  if (g_strcmp0 (text, self->draft) == 0 && !self->edited)
    return;
  /* An edit remembers the draft it started from. */
  pd_letter_set_paragraph (self->pd_case, self->id, text,
                           self->edited ? self->based_on : self->draft);
}

static void
reset_clicked_cb (PdParagraphEditor *self)
{
  pd_letter_take_draft (self->pd_case, self->id);
}

static void
keep_clicked_cb (PdParagraphEditor *self)
{
  pd_letter_keep_edit (self->pd_case, self->id);
}

/* Shows @paragraph; keeps what the person is typing. */
void
pd_paragraph_editor_update (PdParagraphEditor       *self,
                            const PdLetterParagraph *paragraph)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (PD_IS_PARAGRAPH_EDITOR (self));

  g_free (self->draft);
  self->draft = g_strdup (paragraph->draft);
  g_free (self->based_on);
  self->based_on = g_strdup (paragraph->based_on);
  self->edited = paragraph->edited;

  shown = dup_buffer_text (self);
  if (g_strcmp0 (shown, paragraph->text) != 0)
    fill_buffer (self, paragraph->text);
  else
    {
      /* Same words, but the exhibits may have new letters. */
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
      g_autofree char *before = NULL;
      g_autofree char *after = pd_letter_render (self->pd_case, paragraph->text);
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      before = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

      if (!gtk_widget_has_focus (GTK_WIDGET (self->text_view)) && g_strcmp0 (before, after) != 0)
        fill_buffer (self, paragraph->text);
    }

  gtk_widget_set_visible (self->edited_box, paragraph->edited && !paragraph->outdated);
  gtk_widget_set_visible (self->outdated_box, paragraph->outdated);
  if (paragraph->outdated)
    {
      g_autofree char *draft = pd_letter_render (self->pd_case, paragraph->draft);

      gtk_label_set_text (self->draft_label,
                          *draft != '\0' ? draft
                          : _("(Nothing: this paragraph is no longer part of the draft.)"));
    }
  gtk_text_view_set_editable (self->text_view, !pd_case_get_read_only (self->pd_case));
}

static void
pd_paragraph_editor_dispose (GObject *object)
{
  PdParagraphEditor *self = PD_PARAGRAPH_EDITOR (object);

  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->draft, g_free);
  g_clear_pointer (&self->based_on, g_free);

  G_OBJECT_CLASS (pd_paragraph_editor_parent_class)->dispose (object);
}

static void
pd_paragraph_editor_class_init (PdParagraphEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_paragraph_editor_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-paragraph-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, note_label);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, edited_box);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, outdated_box);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, draft_label);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, reset_button);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, keep_button);
  gtk_widget_class_bind_template_child (widget_class, PdParagraphEditor, take_button);
}

static void
pd_paragraph_editor_init (PdParagraphEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect_swapped (self->reset_button, "clicked", G_CALLBACK (reset_clicked_cb), self);
  g_signal_connect_swapped (self->take_button, "clicked", G_CALLBACK (reset_clicked_cb), self);
  g_signal_connect_swapped (self->keep_button, "clicked", G_CALLBACK (keep_clicked_cb), self);
}

/* @explain: show, in the interface language, what the paragraph says (for
 * people who do not read English). */
GtkWidget *
pd_paragraph_editor_new (PdCase     *pd_case,
                         const char *id,
                         gboolean    explain)
{
  PdParagraphEditor *self = g_object_new (PD_TYPE_PARAGRAPH_EDITOR, NULL);
  const char *title = id;

  self->pd_case = g_object_ref (pd_case);
  self->id = g_strdup (id);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].id, id))
      {
        title = _(kinds[i].title);
        gtk_label_set_text (self->note_label, _(kinds[i].note));
        gtk_widget_set_visible (GTK_WIDGET (self->note_label), explain);
      }
  gtk_label_set_text (self->title_label, title);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->note_label, NULL,
                                  -1);
  return GTK_WIDGET (self);
}

const char *
pd_paragraph_editor_get_id (PdParagraphEditor *self)
{
  g_return_val_if_fail (PD_IS_PARAGRAPH_EDITOR (self), NULL);

  return self->id;
}

void
pd_paragraph_editor_focus (PdParagraphEditor *self)
{
  g_return_if_fail (PD_IS_PARAGRAPH_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}
