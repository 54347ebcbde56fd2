/* pd-answer-form.c — the answer part of one interview screen, for any
 * kind of question in the catalogue: adding a question needs no code here.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-answer-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pd-date-row.h"
#include "pd-fields.h"
#include "pd-answer-form.h"

struct _PdAnswerForm
{
  GtkBox            parent_instance;

  const PdQuestion *question;
  PdCase           *pd_case;

  GtkWidget        *first;      /* what gets the focus */
  GtkWidget        *input;      /* what the error message is tied to */
  GtkLabel         *message;
  GPtrArray        *checks;     /* choice kinds: GtkCheckButton, data "value" */
  GtkWidget        *list_box;   /* LIST: one boxed list per entry */
  guint             loading : 1;
};

G_DEFINE_FINAL_TYPE (PdAnswerForm, pd_answer_form, GTK_TYPE_BOX)

static void
show_message (PdAnswerForm *self,
              const char     *text)
{
  gtk_label_set_text (self->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);

  if (self->input == NULL)
    return;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->input), GTK_ACCESSIBLE_STATE_INVALID,
                               text != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                            : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (text != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self->input),
                                    GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, self->message, -1);
  else
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->input),
                                   GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

/* -- choices ---------------------------------------------------------------- */

static void
choice_toggled_cb (GtkCheckButton *check,
                   PdAnswerForm   *self)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) values = NULL;

  if (self->loading)
    return;

  if (self->question->kind != PD_QUESTION_MULTI_CHOICE)
    {
      /* Saved the moment it is chosen. */
      if (gtk_check_button_get_active (check))
        pd_case_set_text (self->pd_case, self->question->id,
                          g_object_get_data (G_OBJECT (check), "value"));
      show_message (self, NULL);
      return;
    }

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *each = g_ptr_array_index (self->checks, i);
      if (gtk_check_button_get_active (each))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (each), "value"));
    }
  values = g_strv_builder_end (builder);
  pd_case_set_choices (self->pd_case, self->question->id, (const char * const *) values);
}

static char *
option_subtitle (const PdOption *option)
{
  const char *help = pd_option_get_help (option);
  const char *limits = pd_option_get_limits (option);

  if (help != NULL && limits != NULL)
    return g_strdup_printf ("%s\n%s", help, limits);
  return g_strdup (help != NULL ? help : limits);
}

static void
build_choices (PdAnswerForm *self)
{
  const PdQuestion *q = self->question;
  gboolean multi = q->kind == PD_QUESTION_MULTI_CHOICE;
  g_auto (GStrv) chosen = multi ? pd_case_dup_choices (self->pd_case, q->id) : NULL;
  const char *current = multi ? NULL : pd_case_get_text (self->pd_case, q->id);
  GtkWidget *list = boxed_list ();
  GtkCheckButton *group = NULL;

  for (guint i = 0; i < q->n_options; i++)
    {
      const PdOption *option = &q->options[i];
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *check;

      /* Options that do not apply at this stage (e.g. outcomes) are not offered. */
      if (!pd_interview_option_is_visible (option, self->pd_case))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pd_option_get_label (option));
      subtitle = option_subtitle (option);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      pd_option_get_label (option), -1);
      if (!multi)
        {
          if (group == NULL)
            group = GTK_CHECK_BUTTON (check);
          else
            gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       g_strcmp0 (current, option->value) == 0);
        }
      else
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                     chosen != NULL
                                     && g_strv_contains ((const char * const *) chosen,
                                                         option->value));
      g_object_set_data (G_OBJECT (check), "value", (gpointer) option->value);
      g_signal_connect (check, "toggled", G_CALLBACK (choice_toggled_cb), self);
      g_ptr_array_add (self->checks, check);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);

      if (self->first == NULL)
        self->first = row;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pd_question_get_title (q), -1);
  self->input = list;
  gtk_box_append (GTK_BOX (self), list);
}

/* -- one text-like answer ------------------------------------------------------ */

static void
entry_changed_cb (GtkEditable    *editable,
                  PdAnswerForm   *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *normalized = NULL;
  const char *text = gtk_editable_get_text (editable);

  if (self->loading)
    return;

  if (pd_interview_validate_answer (self->question, text, &normalized, &error))
    {
      show_message (self, NULL);
      pd_case_set_text (self->pd_case, self->question->id, normalized);
    }
  else if (self->question->kind == PD_QUESTION_A_NUMBER)
    {
      /* Kept as typed, as in the details form: nothing typed is lost. */
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      pd_case_set_text (self->pd_case, self->question->id, stripped);
    }
  else if (g_error_matches (error, PD_FIELD_ERROR, PD_FIELD_ERROR_EMPTY))
    pd_case_set_text (self->pd_case, self->question->id, NULL);
}

static void
buffer_changed_cb (GtkTextBuffer  *buffer,
                   PdAnswerForm   *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->loading)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  pd_case_set_text (self->pd_case, self->question->id, g_strstrip (text));
  show_message (self, NULL);
}

static void
date_changed_cb (PdDateRow      *row,
                 GParamSpec     *pspec,
                 PdAnswerForm   *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "key");

  if (self->loading || key == NULL)
    return;
  pd_case_set_text (self->pd_case, key, pd_date_row_get_value (row));
}

static GtkWidget *
date_row (PdAnswerForm *self,
          const char     *title,
          const char     *key,
          const char     *value)
{
  GtkWidget *row = g_object_new (PD_TYPE_DATE_ROW, "title", title, NULL);

  pd_date_row_set_value (PD_DATE_ROW (row), value);
  if (key != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "key", g_strdup (key), g_free);
      g_signal_connect (row, "notify::value", G_CALLBACK (date_changed_cb), self);
    }
  return row;
}

static void
build_single (PdAnswerForm *self)
{
  const PdQuestion *q = self->question;
  const char *stored = pd_case_get_text (self->pd_case, q->id);

  switch ((int) q->kind)
    {
    case PD_QUESTION_LONG_TEXT:
      {
        GtkWidget *scroller = gtk_scrolled_window_new ();
        GtkWidget *view = gtk_text_view_new ();
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
        gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 9);
        gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 9);
        gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
        gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
        gtk_text_buffer_set_text (buffer, stored != NULL ? stored : "", -1);
        g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), self);
        gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        pd_question_get_title (q),
                                        GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);
        gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
        gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
        gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                        GTK_POLICY_AUTOMATIC);
        gtk_widget_add_css_class (scroller, "card");
        gtk_widget_add_css_class (scroller, "pd-long-text");
        gtk_box_append (GTK_BOX (self), scroller);
        self->first = self->input = view;
        break;
      }

    case PD_QUESTION_DATE:
      {
        GtkWidget *list = boxed_list ();
        GtkWidget *row = date_row (self, pd_question_get_title (q), q->id, stored);

        gtk_list_box_append (GTK_LIST_BOX (list), row);
        gtk_box_append (GTK_BOX (self), list);
        self->first = self->input = row;
        break;
      }

    default:
      {
        GtkWidget *entry = gtk_entry_new ();
        g_autofree char *shown = NULL;

        if (q->kind == PD_QUESTION_A_NUMBER && stored != NULL && strlen (stored) == 9)
          shown = pd_a_number_format (stored);
        else
          shown = g_strdup (stored);
        gtk_editable_set_text (GTK_EDITABLE (entry), shown != NULL ? shown : "");
        if (q->kind == PD_QUESTION_NUMBER)
          {
            gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
            gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
            gtk_widget_set_halign (entry, GTK_ALIGN_START);
          }
        gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        pd_question_get_title (q), -1);
        g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), self);
        gtk_box_append (GTK_BOX (self), entry);
        self->first = self->input = entry;
        break;
      }
    }
}

/* -- several fields: FORM (each its own key) and LIST entries -------------------- */

static void list_store (PdAnswerForm *self);

static void
form_text_changed_cb (GtkEditable    *editable,
                      PdAnswerForm   *self)
{
  const char *key = g_object_get_data (G_OBJECT (editable), "key");
  g_autofree char *value = NULL;

  if (self->loading)
    return;
  if (self->question->kind == PD_QUESTION_LIST)
    {
      list_store (self);
      return;
    }
  value = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  pd_case_set_text (self->pd_case, key, value);
}

static void
form_combo_changed_cb (AdwComboRow    *row,
                       GParamSpec     *pspec,
                       PdAnswerForm   *self)
{
  const PdSubField *field = g_object_get_data (G_OBJECT (row), "field");
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading)
    return;
  if (self->question->kind == PD_QUESTION_LIST)
    {
      list_store (self);
      return;
    }
  pd_case_set_text (self->pd_case, field->id,
                    selected > 0 && selected <= field->n_options
                    ? field->options[selected - 1].value : NULL);
}

static void
list_date_changed_cb (PdDateRow      *row,
                      GParamSpec     *pspec,
                      PdAnswerForm   *self)
{
  if (!self->loading)
    list_store (self);
}

/* A row for one sub-field, showing @value; FORM rows save under the field's
 * own key, LIST rows save the whole list. */
static GtkWidget *
field_row (PdAnswerForm   *self,
           const PdSubField *field,
           const char       *value)
{
  GtkWidget *row;

  switch ((int) field->kind)
    {
    case PD_QUESTION_DATE:
      row = date_row (self, pd_sub_field_get_label (field),
                      self->question->kind == PD_QUESTION_FORM ? field->id : NULL, value);
      if (self->question->kind == PD_QUESTION_LIST)
        g_signal_connect (row, "notify::value", G_CALLBACK (list_date_changed_cb), self);
      break;

    case PD_QUESTION_SINGLE_CHOICE:
      {
        g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
        guint selected = 0;

        gtk_string_list_append (labels, C_("no choice made", "—"));
        for (guint i = 0; i < field->n_options; i++)
          {
            gtk_string_list_append (labels, pd_option_get_label (&field->options[i]));
            if (g_strcmp0 (value, field->options[i].value) == 0)
              selected = i + 1;
          }
        row = adw_combo_row_new ();
        /* The choice shows under the title, where long answers wrap in a
         * narrow window or a longer language. */
        adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pd_sub_field_get_label (field));
        adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
        g_signal_connect (row, "notify::selected", G_CALLBACK (form_combo_changed_cb), self);
        break;
      }

    default:
      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pd_sub_field_get_label (field));
      gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
      g_object_set_data_full (G_OBJECT (row), "key", g_strdup (field->id), g_free);
      g_signal_connect (row, "changed", G_CALLBACK (form_text_changed_cb), self);
      break;
    }

  g_object_set_data (G_OBJECT (row), "field", (gpointer) field);
  return row;
}

static char *
row_value (GtkWidget *row)
{
  const PdSubField *field = g_object_get_data (G_OBJECT (row), "field");

  if (PD_IS_DATE_ROW (row))
    return g_strdup (pd_date_row_get_value (PD_DATE_ROW (row)));
  if (ADW_IS_COMBO_ROW (row))
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
      return selected > 0 && selected <= field->n_options
             ? g_strdup (field->options[selected - 1].value) : NULL;
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Checks the rows of one FORM or LIST entry; the first problem is shown. */
static gboolean
check_rows (PdAnswerForm *self,
            GtkWidget      *list)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const PdSubField *field = g_object_get_data (G_OBJECT (row), "field");
      g_autoptr (GError) error = NULL;
      g_autofree char *value = NULL;
      g_autofree char *normalized = NULL;

      if (field == NULL)
        continue;
      if (PD_IS_DATE_ROW (row) && pd_date_row_get_invalid (PD_DATE_ROW (row)))
        {
          show_message (self, pd_date_row_get_message (PD_DATE_ROW (row)));
          gtk_widget_grab_focus (row);
          return FALSE;
        }
      value = row_value (row);
      if (!pd_interview_validate_field (field, value, &normalized, &error))
        {
          g_autofree char *message = g_strdup_printf ("%s: %s", pd_sub_field_get_label (field),
                                                      error->message);
          show_message (self, message);
          gtk_widget_grab_focus (row);
          return FALSE;
        }
    }
  return TRUE;
}

static JsonNode *
entry_to_json (GtkWidget *list)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const PdSubField *field = g_object_get_data (G_OBJECT (row), "field");
      g_autofree char *value = NULL;

      if (field == NULL || (value = row_value (row)) == NULL || *value == '\0')
        continue;
      json_builder_set_member_name (builder, field->id);
      json_builder_add_string_value (builder, value);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The whole list, every time: entries are few. */
static void
list_store (PdAnswerForm *self)
{
  g_autoptr (JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  JsonArray *array = json_array_new ();

  for (GtkWidget *entry = gtk_widget_get_first_child (self->list_box); entry != NULL;
       entry = gtk_widget_get_next_sibling (entry))
    json_array_add_element (array, entry_to_json (g_object_get_data (G_OBJECT (entry),
                                                                     "rows")));
  json_node_take_array (node, array);
  pd_case_set_answer (self->pd_case, self->question->id, node);
}

static void add_list_entry (PdAnswerForm *self, JsonObject *values);

static void
remove_entry_cb (GtkButton      *button,
                 PdAnswerForm   *self)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (button), "entry");

  gtk_box_remove (GTK_BOX (self->list_box), entry);
  list_store (self);
}

static void
add_entry_cb (GtkButton    *button,
              PdAnswerForm *self)
{
  GtkWidget *entry;

  add_list_entry (self, NULL);
  list_store (self);

  /* Straight on to typing the new entry. */
  entry = gtk_widget_get_last_child (self->list_box);
  gtk_widget_grab_focus (gtk_widget_get_first_child (g_object_get_data (G_OBJECT (entry),
                                                                        "rows")));
}

static void
add_list_entry (PdAnswerForm *self,
                JsonObject     *values)
{
  const PdQuestion *q = self->question;
  GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *rows = boxed_list ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));
  guint number = 1;
  g_autofree char *label = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (self->list_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    number++;

  for (guint i = 0; i < q->n_fields; i++)
    {
      const char *value = values != NULL
        ? json_object_get_string_member_with_default (values, q->fields[i].id, NULL) : NULL;
      GtkWidget *row = field_row (self, &q->fields[i], value);

      gtk_list_box_append (GTK_LIST_BOX (rows), row);
    }

  /* Translators: %u numbers the entries of a list, e.g. the first child. */
  label = g_strdup_printf (_("Remove entry %u"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "entry", entry);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_entry_cb), self);

  g_object_set_data (G_OBJECT (entry), "rows", rows);
  gtk_box_append (GTK_BOX (entry), rows);
  gtk_box_append (GTK_BOX (entry), remove);
  gtk_box_append (GTK_BOX (self->list_box), entry);
}

static void
build_fields (PdAnswerForm *self)
{
  const PdQuestion *q = self->question;

  if (q->kind == PD_QUESTION_FORM)
    {
      GtkWidget *list = boxed_list ();

      for (guint i = 0; i < q->n_fields; i++)
        {
          const char *key = q->fields[i].id;
          GtkWidget *row = field_row (self, &q->fields[i], pd_case_get_text (self->pd_case, key));

          gtk_list_box_append (GTK_LIST_BOX (list), row);
          if (self->first == NULL)
            self->first = row;
        }
      self->input = list;
      gtk_box_append (GTK_BOX (self), list);
      return;
    }

  /* LIST */
  {
    JsonNode *stored = pd_case_get_answer (self->pd_case, q->id);
    GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

    self->list_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
    gtk_box_append (GTK_BOX (self), self->list_box);

    if (stored != NULL && JSON_NODE_HOLDS_ARRAY (stored))
      {
        JsonArray *array = json_node_get_array (stored);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            if (JSON_NODE_HOLDS_OBJECT (element))
              add_list_entry (self, json_node_get_object (element));
          }
      }

    gtk_widget_set_halign (add, GTK_ALIGN_START);
    gtk_widget_add_css_class (add, "pill");
    gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Add an entry"), -1);
    g_signal_connect (add, "clicked", G_CALLBACK (add_entry_cb), self);
    gtk_box_append (GTK_BOX (self), add);
    self->first = add;
    self->input = self->list_box;
  }
}

/* -- the form as a whole ------------------------------------------------------ */

/* Before going on: checks the answer, and stores what a choice left implicit
 * (nothing ticked means "none of these"). FALSE shows why. */
gboolean
pd_answer_form_commit (PdAnswerForm *self)
{
  const PdQuestion *q;
  g_autoptr (GError) error = NULL;
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (PD_IS_ANSWER_FORM (self), FALSE);

  q = self->question;
  show_message (self, NULL);

  switch ((int) q->kind)
    {
    case PD_QUESTION_MULTI_CHOICE:
      if (pd_case_get_answer (self->pd_case, q->id) == NULL)
        pd_case_set_choices (self->pd_case, q->id, (const char * const[]) { NULL });
      return TRUE;

    case PD_QUESTION_LIST:
      for (GtkWidget *entry = gtk_widget_get_first_child (self->list_box); entry != NULL;
           entry = gtk_widget_get_next_sibling (entry))
        if (!check_rows (self, g_object_get_data (G_OBJECT (entry), "rows")))
          return FALSE;
      list_store (self);
      return TRUE;

    case PD_QUESTION_FORM:
      return check_rows (self, self->input);

    case PD_QUESTION_DATE:
      if (pd_date_row_get_invalid (PD_DATE_ROW (self->input)))
        {
          show_message (self, pd_date_row_get_message (PD_DATE_ROW (self->input)));
          return FALSE;
        }
      break;

    default:
      break;
    }

  if (!pd_interview_validate_answer (q, pd_case_get_text (self->pd_case, q->id),
                                     &normalized, &error))
    {
      show_message (self, error->message);
      pd_answer_form_focus (self);
      return FALSE;
    }
  return TRUE;
}

void
pd_answer_form_focus (PdAnswerForm *self)
{
  g_return_if_fail (PD_IS_ANSWER_FORM (self));

  if (self->first != NULL)
    gtk_widget_grab_focus (self->first);
}

static void
pd_answer_form_dispose (GObject *object)
{
  PdAnswerForm *self = PD_ANSWER_FORM (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->pd_case);

  G_OBJECT_CLASS (pd_answer_form_parent_class)->dispose (object);
}

static void
pd_answer_form_class_init (PdAnswerFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_answer_form_dispose;
}

static void
pd_answer_form_init (PdAnswerForm *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->checks = g_ptr_array_new ();
}

GtkWidget *
pd_answer_form_new (const PdQuestion *question,
                      PdCase           *pd_case)
{
  PdAnswerForm *self = g_object_new (PD_TYPE_ANSWER_FORM, NULL);

  self->question = question;
  self->pd_case = g_object_ref (pd_case);
  self->loading = TRUE;

  switch ((int) question->kind)
    {
    case PD_QUESTION_YES_NO_UNSURE:
    case PD_QUESTION_SINGLE_CHOICE:
    case PD_QUESTION_MULTI_CHOICE:
      build_choices (self);
      break;

    case PD_QUESTION_FORM:
    case PD_QUESTION_LIST:
      build_fields (self);
      break;

    default:
      build_single (self);
      break;
    }

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message));

  self->loading = FALSE;
  return GTK_WIDGET (self);
}
