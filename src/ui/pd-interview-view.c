/* pd-interview-view.c — the Interview place: one question per screen, Back
 * and Next, warnings the moment they apply, a review and a summary.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-interview-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pd-explainer.h"
#include "pd-fields.h"
#include "pd-interview-view.h"
#include "pd-answer-form.h"
#include "pd-rules.h"
#include "pd-warning-card.h"

typedef enum
{
  SCREEN_INTRO,
  SCREEN_QUESTION,
  SCREEN_STOP,
  SCREEN_REVIEW,
  SCREEN_SUMMARY,
} Screen;

/* Warnings raised by an answer on the screen where it is given. */
#define INLINE_WARNINGS (PD_WARNING_W1_NOT_IN_PROCEEDINGS | PD_WARNING_W2_RECORD \
                         | PD_WARNING_UNKNOWN_STATUS)

struct _PdInterviewView
{
  AdwBin            parent_instance;

  GtkWidget        *progress_box;
  GtkLabel         *section_label;
  GtkLabel         *position_label;
  GtkProgressBar   *progress;
  GtkStack         *stack;
  GtkScrolledWindow *scroller;
  GtkBox           *content;
  GtkButton        *back_button;
  GtkButton        *next_button;

  PdCase           *pd_case;
  gulong            changed_id;

  Screen            screen;
  const PdQuestion *question;
  PdAnswerForm   *form;
  GtkBox           *warnings_box;
  PdWarning         baseline;
  gboolean          back_to_review;
};

G_DEFINE_FINAL_TYPE (PdInterviewView, pd_interview_view, ADW_TYPE_BIN)

static void show_question (PdInterviewView *self, const PdQuestion *question);

/* -- building blocks ----------------------------------------------------------- */

static gboolean
scroll_to_top_cb (gpointer user_data)
{
  g_autoptr (PdInterviewView) self = user_data;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  return G_SOURCE_REMOVE;
}

static void
clear_content (PdInterviewView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  self->form = NULL;
  self->warnings_box = NULL;
  gtk_stack_set_visible_child_name (self->stack, "screen");
  /* Each screen starts at its top, once the new content is laid out (moving
   * the focus would otherwise leave it scrolled). */
  g_idle_add_full (G_PRIORITY_LOW, scroll_to_top_cb, g_object_ref (self), NULL);
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

static GtkWidget *
add_heading (GtkBox     *box,
             const char *text,
             const char *css_class,
             int         level)
{
  GtkWidget *label = add_label (box, text, css_class);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);
  return label;
}

static void
add_warning_cards (GtkBox    *box,
                   PdWarning  warnings,
                   PdCase    *pd_case)
{
  for (guint bit = 1; bit <= PD_WARNING_OTHER_PEOPLE; bit <<= 1)
    if (warnings & bit)
      gtk_box_append (box, pd_warning_card_new_for_case (bit, pd_case));
}

static void
set_progress (PdInterviewView *self,
              const char      *section,
              const char      *position,
              double           fraction)
{
  gtk_label_set_text (self->section_label, section);
  gtk_label_set_text (self->position_label, position != NULL ? position : "");
  gtk_progress_bar_set_fraction (self->progress, fraction);
}

static void
set_buttons (PdInterviewView *self,
             gboolean         can_go_back,
             const char      *next_label)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.back", can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.next", next_label != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), next_label != NULL);
  if (next_label != NULL)
    gtk_button_set_label (self->next_button, next_label);
}

/* -- answers in words, for the review ------------------------------------------ */

static char *
answer_words (const PdQuestion *q,
              PdCase           *pd_case)
{
  JsonNode *node = pd_case_get_answer (pd_case, q->id);
  const char *text = pd_case_get_text (pd_case, q->id);

  switch ((int) q->kind)
    {
    case PD_QUESTION_YES_NO_UNSURE:
    case PD_QUESTION_SINGLE_CHOICE:
      {
        const PdOption *option = pd_question_lookup_option (q, text);
        return option != NULL ? g_strdup (pd_option_get_label (option)) : NULL;
      }

    case PD_QUESTION_MULTI_CHOICE:
      {
        g_auto (GStrv) values = pd_case_dup_choices (pd_case, q->id);
        g_autoptr (GPtrArray) labels = g_ptr_array_new ();

        if (values == NULL)
          return NULL;
        if (values[0] == NULL)
          return g_strdup (_("None of these"));
        for (guint i = 0; values[i] != NULL; i++)
          {
            const PdOption *option = pd_question_lookup_option (q, values[i]);
            if (option != NULL)
              g_ptr_array_add (labels, (gpointer) pd_option_get_label (option));
          }
        g_ptr_array_add (labels, NULL);
        /* Translators: separates several chosen answers. */
        return g_strjoinv (_("; "), (char **) labels->pdata);
      }

    case PD_QUESTION_DATE:
      {
        GDate date;
        return pd_date_parse_iso (text, &date, NULL) ? pd_date_format_long (&date) : NULL;
      }

    case PD_QUESTION_A_NUMBER:
      return text != NULL && strlen (text) == 9 ? pd_a_number_format (text) : g_strdup (text);

    case PD_QUESTION_FORM:
      {
        g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

        for (guint i = 0; i < q->n_fields; i++)
          {
            const char *value = pd_case_get_text (pd_case, q->fields[i].id);
            GDate date;

            if (value == NULL)
              continue;
            if (q->fields[i].kind == PD_QUESTION_DATE && pd_date_parse_iso (value, &date, NULL))
              g_ptr_array_add (parts, pd_date_format_long (&date));
            else if (q->fields[i].kind == PD_QUESTION_SINGLE_CHOICE)
              {
                for (guint o = 0; o < q->fields[i].n_options; o++)
                  if (g_strcmp0 (q->fields[i].options[o].value, value) == 0)
                    g_ptr_array_add (parts,
                                     g_strdup (pd_option_get_label (&q->fields[i].options[o])));
              }
            else
              g_ptr_array_add (parts, g_strdup (value));
          }
        if (parts->len == 0)
          return NULL;
        g_ptr_array_add (parts, NULL);
        return g_strjoinv (", ", (char **) parts->pdata);
      }

    case PD_QUESTION_LIST:
      {
        guint n;

        if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
          return NULL;
        n = json_array_get_length (json_node_get_array (node));
        if (n == 0)
          return g_strdup (_("None"));
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
      }

    default:
      return g_strdup (text);
    }
}

/* -- screens ---------------------------------------------------------------------- */

static void
show_intro (PdInterviewView *self)
{
  self->screen = SCREEN_INTRO;
  self->question = NULL;
  self->form = NULL;
  gtk_stack_set_visible_child_name (self->stack, "intro");
  set_progress (self, _("Before you start"), NULL, 0);
  set_buttons (self, FALSE, _("_Start"));
}

static void
show_stop (PdInterviewView *self)
{
  self->screen = SCREEN_STOP;
  clear_content (self);
  set_progress (self, _("Stop here"), NULL, 0);
  add_heading (self->content, _("Talk to a Lawyer First"), "title-2", 1);
  gtk_box_append (self->content,
                  pd_warning_card_new_for_case (PD_WARNING_W1_NOT_IN_PROCEEDINGS, self->pd_case));
  set_buttons (self, TRUE, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
}

static void
edit_clicked_cb (GtkButton       *button,
                 PdInterviewView *self)
{
  const PdQuestion *q = g_object_get_data (G_OBJECT (button), "question");

  self->back_to_review = TRUE;
  show_question (self, q);
}

static void
show_review (PdInterviewView *self)
{
  const PdQuestion *questions;
  const char *section = NULL;
  GtkWidget *group = NULL;
  guint n;

  self->screen = SCREEN_REVIEW;
  self->back_to_review = FALSE;
  self->question = NULL;
  clear_content (self);
  set_progress (self, _("Review your answers"), NULL, 1.0);
  add_heading (self->content, _("Review Your Answers"), "title-2", 1);
  add_label (self->content, _("Check each answer. Use Edit to change one; you come back here "
                              "after."), "dim-label");

  questions = pd_interview_get_questions (&n);
  for (guint i = 0; i < n; i++)
    {
      const PdQuestion *q = &questions[i];
      g_autofree char *words = NULL;
      g_autofree char *edit_label = NULL;
      GtkWidget *row, *edit;

      if (!pd_interview_question_is_visible (q, self->pd_case))
        continue;

      if (g_strcmp0 (section, q->section) != 0)
        {
          section = q->section;
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (
            ADW_PREFERENCES_GROUP (group),
            pd_section_get_title (pd_interview_lookup_section (section)));
          gtk_box_append (self->content, group);
        }

      words = answer_words (q, self->pd_case);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pd_question_get_title (q));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   words != NULL ? words : _("Not answered"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_widget_add_css_class (row, "property");

      edit = gtk_button_new_with_label (_("Edit"));
      gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
      /* Translators: read by screen readers; %s is a question. */
      edit_label = g_strdup_printf (_("Edit: %s"), pd_question_get_title (q));
      gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      edit_label, -1);
      g_object_set_data (G_OBJECT (edit), "question", (gpointer) q);
      g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  set_buttons (self, TRUE, _("_See Summary"));
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

static GtkWidget *
bullet_list (const char * const *items)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint i = 0; items[i] != NULL; i++)
    {
      /* Translators: one item of a bulleted list. */
      g_autofree char *line = g_strdup_printf (_("• %s"), items[i]);
      add_label (GTK_BOX (box), line, NULL);
    }
  return box;
}

static void
show_summary (PdInterviewView *self)
{
  PdWarning warnings = pd_rules_get_warnings (self->pd_case);
  PdFactor factors = pd_rules_get_positive_factors (self->pd_case);
  const PdOption *outcome = pd_rules_get_chosen_outcome (self->pd_case);
  const char *stage_note = pd_rules_get_stage_note (self->pd_case);
  g_autoptr (GPtrArray) factor_labels = g_ptr_array_new ();
  g_auto (GStrv) reminders = pd_rules_dup_reminders ();

  self->screen = SCREEN_SUMMARY;
  clear_content (self);
  set_progress (self, _("Summary"), NULL, 1.0);
  add_heading (self->content, _("Your Summary"), "title-2", 1);

  if (warnings & (PD_WARNING_W2_RECORD | PD_WARNING_UNKNOWN_STATUS | PD_WARNING_W5_DISMISSAL_RISK))
    {
      add_heading (self->content, _("What applies to you"), "title-4", 2);
      add_warning_cards (self->content,
                         warnings & (PD_WARNING_W2_RECORD | PD_WARNING_UNKNOWN_STATUS
                                     | PD_WARNING_W5_DISMISSAL_RISK),
                         self->pd_case);
    }

  add_heading (self->content, _("Facts in your favor"), "title-4", 2);
  for (guint bit = 1; bit <= PD_FACTOR_COMMUNITY; bit <<= 1)
    if (factors & bit)
      g_ptr_array_add (factor_labels, (gpointer) pd_rules_factor_get_label (bit));
  g_ptr_array_add (factor_labels, NULL);
  if (factor_labels->len > 1)
    gtk_box_append (self->content, bullet_list ((const char * const *) factor_labels->pdata));
  else
    add_label (self->content, _("None found from your answers yet. Your letter will be "
                                "stronger with facts like these: family here, years here, "
                                "work, school, health or care for others."), "dim-label");

  add_heading (self->content, _("What you will ask for"), "title-4", 2);
  if (outcome != NULL)
    {
      add_label (self->content, pd_option_get_label (outcome), "heading");
      if (pd_option_get_help (outcome) != NULL)
        add_label (self->content, pd_option_get_help (outcome), NULL);
      if (pd_option_get_limits (outcome) != NULL)
        add_label (self->content, pd_option_get_limits (outcome), NULL);
    }
  else
    add_label (self->content, _("You have not chosen yet."), "dim-label");
  if (stage_note != NULL)
    add_label (self->content, stage_note, NULL);

  add_heading (self->content, _("Always remember"), "title-4", 2);
  gtk_box_append (self->content, bullet_list ((const char * const *) reminders));

  add_heading (self->content, _("What to do next"), "title-4", 2);
  add_label (self->content, _("Gather the documents that prove these facts: papers that show "
                              "who you are, your family’s status, your years here, your work "
                              "and anything else you told us about. Keep the originals; send "
                              "copies."), NULL);

  add_warning_cards (self->content, PD_WARNING_W3_NOTARIO | PD_WARNING_W4_FIND_HELP,
                     self->pd_case);

  set_buttons (self, TRUE, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
}

/* Shows the warnings an answer on this screen has just raised. */
static void
update_inline_warnings (PdInterviewView *self)
{
  PdWarning now, fresh;
  GtkWidget *child;

  if (self->warnings_box == NULL)
    return;

  now = pd_rules_get_warnings (self->pd_case);
  fresh = now & ~self->baseline & INLINE_WARNINGS;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box))) != NULL)
    gtk_box_remove (self->warnings_box, child);
  add_warning_cards (self->warnings_box, fresh, self->pd_case);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), fresh != 0);
}

/* The warnings as they would be without this question's answer: what is
 * left over when it is answered is what the answer raised. */
static PdWarning
warnings_without (PdCase           *pd_case,
                  const PdQuestion *q)
{
  g_autoptr (GBytes) bytes = pd_case_to_bytes (pd_case);
  g_autoptr (PdCase) copy = pd_case_new_from_data (g_bytes_get_data (bytes, NULL),
                                                   g_bytes_get_size (bytes), NULL);

  if (copy == NULL)
    return pd_rules_get_warnings (pd_case);

  if (q->kind == PD_QUESTION_FORM)
    for (guint i = 0; i < q->n_fields; i++)
      pd_case_set_answer (copy, q->fields[i].id, NULL);
  else
    pd_case_set_answer (copy, q->id, NULL);

  return pd_rules_get_warnings (copy);
}

static void
english_toggled_cb (GtkToggleButton *button,
                    PdInterviewView *self)
{
  const PdQuestion *q = g_object_get_data (G_OBJECT (button), "question");
  GtkLabel *title = g_object_get_data (G_OBJECT (button), "title");
  GtkLabel *why = g_object_get_data (G_OBJECT (button), "why");
  GtkLabel *help = g_object_get_data (G_OBJECT (button), "help");
  gboolean english = gtk_toggle_button_get_active (button);
  g_autofree char *why_text = NULL;

  why_text = english ? g_strdup_printf ("Why we ask: %s", q->why)
                     : g_strdup_printf (_("Why we ask: %s"), pd_question_get_why (q));
  gtk_label_set_text (title, english ? q->title : pd_question_get_title (q));
  gtk_label_set_text (why, why_text);
  if (help != NULL)
    gtk_label_set_text (help, english ? q->help : pd_question_get_help (q));
}

/* The question as written in English, one click away, when the interface
 * is in another language (a volunteer can read along). */
static void
add_english_toggle (PdInterviewView  *self,
                    const PdQuestion *q,
                    GtkWidget        *title,
                    GtkWidget        *why,
                    GtkWidget        *help)
{
  GtkWidget *button;

  if (g_strcmp0 (q->title, pd_question_get_title (q)) == 0)
    return;

  button = gtk_toggle_button_new_with_label (_("Show in English"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "pd-english");
  g_object_set_data (G_OBJECT (button), "question", (gpointer) q);
  g_object_set_data (G_OBJECT (button), "title", title);
  g_object_set_data (G_OBJECT (button), "why", why);
  g_object_set_data (G_OBJECT (button), "help", help);
  g_signal_connect (button, "toggled", G_CALLBACK (english_toggled_cb), self);
  gtk_box_append (self->content, button);
}

static gboolean
first_of_section (const PdQuestion *q,
                  PdCase           *pd_case)
{
  const PdQuestion *previous = pd_interview_previous_visible (pd_case, q->id);

  return previous == NULL || g_strcmp0 (previous->section, q->section) != 0;
}

static void
show_question (PdInterviewView  *self,
               const PdQuestion *q)
{
  const PdSection *section = pd_interview_lookup_section (q->section);
  g_autofree char *position = NULL;
  g_autofree char *why = NULL;
  GtkWidget *title, *why_label, *help_label = NULL;
  GtkWidget *form;
  guint index = 0, total;

  self->screen = SCREEN_QUESTION;
  self->question = q;
  clear_content (self);

  /* Leaving and coming back resumes here. */
  pd_interview_set_position (self->pd_case, q->id);

  total = pd_interview_count_visible (self->pd_case, q->id, &index);
  /* Translators: progress in the interview, e.g. "Question 5 of 27". */
  position = g_strdup_printf (_("Question %u of about %u"), index, total);
  set_progress (self, pd_section_get_title (section), position,
                total > 0 && index > 0 ? (double) (index - 1) / total : 0);

  /* Notes that belong before a kind of question, once per section. */
  if (first_of_section (q, self->pd_case))
    {
      if (g_strcmp0 (q->section, "entry") == 0)
        add_warning_cards (self->content, PD_WARNING_ADMISSIONS, self->pd_case);
      else if (g_strcmp0 (q->section, "family") == 0)
        add_warning_cards (self->content, PD_WARNING_OTHER_PEOPLE, self->pd_case);
    }
  if (g_strcmp0 (q->id, PD_KEY_OUTCOME) == 0)
    add_warning_cards (self->content, PD_WARNING_W5_DISMISSAL_RISK, self->pd_case);

  title = add_heading (self->content, pd_question_get_title (q), "title-2", 1);
  /* Translators: %s explains why a question is asked. */
  why = g_strdup_printf (_("Why we ask: %s"), pd_question_get_why (q));
  why_label = add_label (self->content, why, "dim-label");
  if (pd_question_get_help (q) != NULL)
    help_label = add_label (self->content, pd_question_get_help (q), NULL);
  add_english_toggle (self, q, title, why_label, help_label);

  form = pd_answer_form_new (q, self->pd_case);
  self->form = PD_ANSWER_FORM (form);
  gtk_box_append (self->content, form);

  self->warnings_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_box_append (self->content, GTK_WIDGET (self->warnings_box));
  self->baseline = warnings_without (self->pd_case, q);
  update_inline_warnings (self);

  set_buttons (self, TRUE, self->back_to_review ? _("_Back to Review") : _("_Next"));
  pd_answer_form_focus (self->form);
}

/* -- moving ----------------------------------------------------------------------- */

static void
go_next (PdInterviewView *self)
{
  const PdQuestion *next;

  switch (self->screen)
    {
    case SCREEN_INTRO:
      {
        const char *resume = pd_interview_get_resume_id (self->pd_case);
        const PdQuestion *q = resume != NULL ? pd_interview_lookup (resume) : NULL;

        if (q == NULL || !pd_interview_question_is_visible (q, self->pd_case))
          q = pd_interview_next_visible (self->pd_case, NULL);
        show_question (self, q);
        return;
      }

    case SCREEN_QUESTION:
      if (!pd_answer_form_commit (self->form))
        return;
      if (pd_rules_should_stop (self->pd_case))
        {
          show_stop (self);
          return;
        }
      next = pd_interview_next_visible (self->pd_case, self->question->id);
      if (self->back_to_review || next == NULL)
        show_review (self);
      else
        show_question (self, next);
      return;

    case SCREEN_REVIEW:
      show_summary (self);
      return;

    case SCREEN_STOP:
    case SCREEN_SUMMARY:
    default:
      return;
    }
}

static const PdQuestion *
last_visible (PdCase *pd_case)
{
  const PdQuestion *q = NULL, *next;

  while ((next = pd_interview_next_visible (pd_case, q != NULL ? q->id : NULL)) != NULL)
    q = next;
  return q;
}

static void
go_back (PdInterviewView *self)
{
  const PdQuestion *previous;

  switch (self->screen)
    {
    case SCREEN_QUESTION:
      /* Going back never erases: what was typed here is already saved. */
      previous = pd_interview_previous_visible (self->pd_case, self->question->id);
      self->back_to_review = FALSE;
      if (previous != NULL)
        show_question (self, previous);
      else
        show_intro (self);
      return;

    case SCREEN_STOP:
      show_question (self, pd_interview_lookup (PD_KEY_CASE_STATUS));
      return;

    case SCREEN_REVIEW:
      show_question (self, last_visible (self->pd_case));
      return;

    case SCREEN_SUMMARY:
      show_review (self);
      return;

    case SCREEN_INTRO:
    default:
      return;
    }
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_next (PD_INTERVIEW_VIEW (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_back (PD_INTERVIEW_VIEW (widget));
}

/* Enter goes on, except where Enter means something itself: a button, a
 * link, a multi-line answer (there Ctrl+Enter goes on). */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PdInterviewView       *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (keyval == GDK_KEY_Left && mods == GDK_ALT_MASK && self->screen != SCREEN_INTRO)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "interview.back", NULL);
      return TRUE;
    }

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  if (mods == GDK_CONTROL_MASK)
    return gtk_widget_activate_action (GTK_WIDGET (self), "interview.next", NULL);
  if (mods != 0 || focus == NULL)
    return FALSE;
  if (GTK_IS_TEXT_VIEW (focus))
    return FALSE;
  if (GTK_IS_BUTTON (focus) && !GTK_IS_DROP_DOWN (gtk_widget_get_parent (focus)))
    return FALSE;
  if (gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "interview.next", NULL);
}

static void
case_changed_cb (PdInterviewView *self,
                 const char      *key,
                 PdCase          *pd_case)
{
  if (self->screen == SCREEN_QUESTION && g_strcmp0 (key, PD_KEY_INTERVIEW_POSITION) != 0)
    update_inline_warnings (self);
}

/* -- public ------------------------------------------------------------------------ */

const char *
pd_interview_view_get_screen (PdInterviewView *self)
{
  static const char * const names[] = { "intro", "question", "stop", "review", "summary" };

  g_return_val_if_fail (PD_IS_INTERVIEW_VIEW (self), NULL);

  return names[self->screen];
}

void
pd_interview_view_set_case (PdInterviewView *self,
                            PdCase          *pd_case)
{
  const char *resume;
  const PdQuestion *q;

  g_return_if_fail (PD_IS_INTERVIEW_VIEW (self));

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);
  self->back_to_review = FALSE;

  if (pd_case == NULL)
    {
      clear_content (self);
      return;
    }

  self->changed_id = g_signal_connect_swapped (pd_case, "changed",
                                               G_CALLBACK (case_changed_cb), self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), !pd_case_get_read_only (pd_case));

  /* Coming back resumes at the question where they stopped; someone who
   * has not started sees what PD is first. */
  if (pd_case_get_text (pd_case, PD_KEY_INTERVIEW_POSITION) == NULL)
    {
      show_intro (self);
      return;
    }
  resume = pd_interview_get_resume_id (pd_case);
  q = resume != NULL ? pd_interview_lookup (resume) : NULL;
  if (q != NULL)
    show_question (self, q);
  else
    show_intro (self);
}

/* Shows the current screen again, with what other places changed (the
 * details form edits the same answers). */
void
pd_interview_view_refresh (PdInterviewView *self)
{
  g_return_if_fail (PD_IS_INTERVIEW_VIEW (self));

  if (self->pd_case == NULL)
    return;

  switch (self->screen)
    {
    case SCREEN_QUESTION:
      if (pd_interview_question_is_visible (self->question, self->pd_case))
        show_question (self, self->question);
      else
        show_review (self);
      break;

    case SCREEN_REVIEW:
      show_review (self);
      break;

    case SCREEN_SUMMARY:
      show_summary (self);
      break;

    case SCREEN_INTRO:
    case SCREEN_STOP:
    default:
      break;
    }
}

void
pd_interview_view_focus_first (PdInterviewView *self)
{
  g_return_if_fail (PD_IS_INTERVIEW_VIEW (self));

  if (self->screen == SCREEN_QUESTION && self->form != NULL)
    pd_answer_form_focus (self->form);
  else if (gtk_widget_get_visible (GTK_WIDGET (self->next_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

static void
pd_interview_view_dispose (GObject *object)
{
  PdInterviewView *self = PD_INTERVIEW_VIEW (object);

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  /* The template's one child is the bin's child: the parent class unparents it. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_interview_view_parent_class)->dispose (object);
}

static void
pd_interview_view_class_init (PdInterviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_interview_view_dispose;

  g_type_ensure (PD_TYPE_EXPLAINER);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-interview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, section_label);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, position_label);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, progress);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, content);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, back_button);
  gtk_widget_class_bind_template_child (widget_class, PdInterviewView, next_button);

  gtk_widget_class_install_action (widget_class, "interview.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "interview.back", NULL, back_action);
}

static void
pd_interview_view_init (PdInterviewView *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  show_intro (self);
}
