/* pd-date-row.c — a date typed as month name, day and year: never 03/04
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-date-row"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pd-clock.h"
#include "pd-date-row.h"
#include "pd-fields.h"

struct _PdDateRow
{
  AdwPreferencesRow parent_instance;

  GtkLabel         *title_label;
  GtkDropDown      *month;
  GtkEntry         *day;
  GtkEntry         *year;
  GtkLabel         *message;

  char             *value;
  char             *past_warning;
  guint             updating : 1;
  guint             invalid : 1;
};

G_DEFINE_FINAL_TYPE (PdDateRow, pd_date_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_PAST_WARNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_message (PdDateRow  *self,
              const char *text,
              gboolean    is_error)
{
  GtkAccessible *fields[] = {
    GTK_ACCESSIBLE (self->month), GTK_ACCESSIBLE (self->day), GTK_ACCESSIBLE (self->year),
  };

  self->invalid = text != NULL && is_error;

  gtk_label_set_text (self->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
  if (is_error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->message), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->message), "warning");
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gtk_accessible_update_state (fields[i], GTK_ACCESSIBLE_STATE_INVALID,
                                   self->invalid ? GTK_ACCESSIBLE_INVALID_TRUE
                                                 : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
      if (text != NULL)
        gtk_accessible_update_relation (fields[i], GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                        self->message, -1);
      else
        gtk_accessible_reset_relation (fields[i], GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }

  if (self->invalid)
    gtk_widget_add_css_class (GTK_WIDGET (self), "pd-invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "pd-invalid");
}

static void
set_value_internal (PdDateRow  *self,
                    const char *iso)
{
  if (g_strcmp0 (self->value, iso) == 0)
    return;

  g_free (self->value);
  self->value = g_strdup (iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static gboolean
parse_number (const char *text,
              int        *out)
{
  char *end;
  long n;

  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  n = strtol (text, &end, 10);
  *out = (int) n;
  return *end == '\0';
}

/* Only a complete, real date is stored; what is typed is never thrown away. */
static void
parts_changed (PdDateRow *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *year_text = NULL;
  guint month = gtk_drop_down_get_selected (self->month);
  int day = 0, year = 0;
  GDate date;

  if (self->updating)
    return;

  day_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->day))));
  year_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->year))));

  if (month == 0 && *day_text == '\0' && *year_text == '\0')
    {
      show_message (self, NULL, FALSE);
      set_value_internal (self, NULL);
      return;
    }

  if (*day_text != '\0' && !parse_number (day_text, &day))
    {
      show_message (self, _("Type the day as a number, like 9 or 24."), TRUE);
      return;
    }
  if (*year_text != '\0' && !parse_number (year_text, &year))
    {
      show_message (self, _("Type the year as a number, like 1990."), TRUE);
      return;
    }

  if (month == 0 || *day_text == '\0' || strlen (year_text) < 4)
    {
      show_message (self, _("Choose the month, then type the day and the four numbers of "
                            "the year."), FALSE);
      return;
    }

  if (!pd_date_from_dmy (day, (int) month, year, &date, &error))
    {
      show_message (self, error->message, TRUE);
      return;
    }

  if (self->past_warning != NULL && pd_clock_days_until (&date) < 0)
    show_message (self, self->past_warning, FALSE);
  else
    show_message (self, NULL, FALSE);

  iso = pd_date_to_iso (&date);
  set_value_internal (self, iso);
}

const char *
pd_date_row_get_value (PdDateRow *self)
{
  g_return_val_if_fail (PD_IS_DATE_ROW (self), NULL);

  return self->value;
}

void
pd_date_row_set_parts (PdDateRow  *self,
                       guint       month,
                       const char *day,
                       const char *year)
{
  g_return_if_fail (PD_IS_DATE_ROW (self));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->month, month <= 12 ? month : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->day), day != NULL ? day : "");
  gtk_editable_set_text (GTK_EDITABLE (self->year), year != NULL ? year : "");
  self->updating = FALSE;
  parts_changed (self);
}

void
pd_date_row_set_value (PdDateRow  *self,
                       const char *iso)
{
  GDate date;

  g_return_if_fail (PD_IS_DATE_ROW (self));

  if (iso != NULL && pd_date_parse_iso (iso, &date, NULL))
    {
      g_autofree char *day = g_strdup_printf ("%u", (guint) g_date_get_day (&date));
      g_autofree char *year = g_strdup_printf ("%u", (guint) g_date_get_year (&date));

      pd_date_row_set_parts (self, g_date_get_month (&date), day, year);
    }
  else
    pd_date_row_set_parts (self, 0, NULL, NULL);
}

const char *
pd_date_row_get_message (PdDateRow *self)
{
  g_return_val_if_fail (PD_IS_DATE_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->message)))
    return NULL;
  return gtk_label_get_text (self->message);
}

gboolean
pd_date_row_get_invalid (PdDateRow *self)
{
  g_return_val_if_fail (PD_IS_DATE_ROW (self), FALSE);

  return self->invalid;
}

static void
update_labels (PdDateRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  g_autofree char *month = NULL;
  g_autofree char *day = NULL;
  g_autofree char *year = NULL;

  gtk_label_set_text (self->title_label, title);

  /* Translators: accessible names of the three parts of a date field;
   * %s is the field, e.g. "Date of birth: month". */
  month = g_strdup_printf (_("%s: month"), title);
  day = g_strdup_printf (_("%s: day"), title);
  year = g_strdup_printf (_("%s: year"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->month),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, month, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  /* GTK 4.8 leaves the drop-down's own button unnamed for screen readers. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->month));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, month, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, day, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, year, -1);
}

static void
pd_date_row_finalize (GObject *object)
{
  PdDateRow *self = PD_DATE_ROW (object);

  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->past_warning, g_free);

  G_OBJECT_CLASS (pd_date_row_parent_class)->finalize (object);
}

static void
pd_date_row_dispose (GObject *object)
{
  /* The template's one child is the bin's child: the parent class unparents it. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (object), NULL);

  G_OBJECT_CLASS (pd_date_row_parent_class)->dispose (object);
}

static void
pd_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdDateRow *self = PD_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    case PROP_PAST_WARNING:
      g_value_set_string (value, self->past_warning);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdDateRow *self = PD_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      pd_date_row_set_value (self, g_value_get_string (value));
      break;

    case PROP_PAST_WARNING:
      g_free (self->past_warning);
      self->past_warning = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Focusing the row focuses its first part, the month. */
static gboolean
pd_date_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (PD_DATE_ROW (widget)->month));
}

static void
pd_date_row_class_init (PdDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->grab_focus = pd_date_row_grab_focus;

  object_class->finalize = pd_date_row_finalize;
  object_class->dispose = pd_date_row_dispose;
  object_class->get_property = pd_date_row_get_property;
  object_class->set_property = pd_date_row_set_property;

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Shown (not as an error) when the date is before today. */
  properties[PROP_PAST_WARNING] =
    g_param_spec_string ("past-warning", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PdDateRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PdDateRow, month);
  gtk_widget_class_bind_template_child (widget_class, PdDateRow, day);
  gtk_widget_class_bind_template_child (widget_class, PdDateRow, year);
  gtk_widget_class_bind_template_child (widget_class, PdDateRow, message);
}

static void
pd_date_row_init (PdDateRow *self)
{
  g_autoptr (GtkStringList) months = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (months, C_("month not chosen", "Month"));
  for (guint m = 1; m <= 12; m++)
    gtk_string_list_append (months, pd_month_name (m));
  gtk_drop_down_set_model (self->month, G_LIST_MODEL (months));

  g_signal_connect_swapped (self->month, "notify::selected", G_CALLBACK (parts_changed), self);
  g_signal_connect_swapped (self->day, "changed", G_CALLBACK (parts_changed), self);
  g_signal_connect_swapped (self->year, "changed", G_CALLBACK (parts_changed), self);
  g_signal_connect (self, "notify::title", G_CALLBACK (update_labels), NULL);
  update_labels (self);
}
