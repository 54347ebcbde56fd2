/* pd-details-view.c — the Details place: who the person is, and their court
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-details-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pd-date-row.h"
#include "pd-details-view.h"
#include "pd-fields.h"

struct _PdDetailsView
{
  AdwBin               parent_instance;

  AdwPreferencesPage  *page;
  AdwEntryRow         *full_name;
  AdwEntryRow         *a_number;
  AdwActionRow        *a_number_message;
  PdDateRow           *birth_date;
  AdwEntryRow         *country;
  AdwEntryRow         *address_street;
  AdwEntryRow         *address_city;
  AdwEntryRow         *address_state;
  AdwEntryRow         *address_zip;
  AdwEntryRow         *phone;
  AdwEntryRow         *email;
  AdwEntryRow         *court;
  PdDateRow           *hearing_date;
  AdwComboRow         *hearing_type;
  GtkSwitch           *detained;
  AdwEntryRow         *request_name;

  PdCase              *pd_case;
  gulong               changed_id;
  guint                loading : 1;
};

G_DEFINE_FINAL_TYPE (PdDetailsView, pd_details_view, ADW_TYPE_BIN)

/* Plain text fields: widget offset in the struct → answer key. */
static const struct {
  gsize       offset;
  const char *key;
} text_fields[] = {
  { G_STRUCT_OFFSET (PdDetailsView, full_name), PD_KEY_FULL_NAME },
  { G_STRUCT_OFFSET (PdDetailsView, country), PD_KEY_COUNTRY },
  { G_STRUCT_OFFSET (PdDetailsView, address_street), PD_KEY_ADDRESS_STREET },
  { G_STRUCT_OFFSET (PdDetailsView, address_city), PD_KEY_ADDRESS_CITY },
  { G_STRUCT_OFFSET (PdDetailsView, address_state), PD_KEY_ADDRESS_STATE },
  { G_STRUCT_OFFSET (PdDetailsView, address_zip), PD_KEY_ADDRESS_ZIP },
  { G_STRUCT_OFFSET (PdDetailsView, phone), PD_KEY_PHONE },
  { G_STRUCT_OFFSET (PdDetailsView, email), PD_KEY_EMAIL },
  { G_STRUCT_OFFSET (PdDetailsView, court), PD_KEY_COURT },
};

static const char * const hearing_types[] = { NULL, "master", "individual" };

#define FIELD(self, i) (*(AdwEntryRow **) G_STRUCT_MEMBER_P ((self), text_fields[i].offset))

static void
set_editable_text (GtkEditable *editable,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
text_changed_cb (GtkEditable   *editable,
                 PdDetailsView *self)
{
  const char *key = g_object_get_data (G_OBJECT (editable), "pd-key");
  g_autofree char *value = NULL;

  if (self->loading || self->pd_case == NULL)
    return;

  value = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  pd_case_set_text (self->pd_case, key, value);
}

static void
name_changed_cb (GtkEditable   *editable,
                 PdDetailsView *self)
{
  if (self->loading || self->pd_case == NULL)
    return;

  pd_case_set_name (self->pd_case, gtk_editable_get_text (editable));
}

static void
show_a_number_message (PdDetailsView *self,
                       const char    *message)
{
  GtkAccessible *field = GTK_ACCESSIBLE (self->a_number);

  gtk_widget_set_visible (GTK_WIDGET (self->a_number_message), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->a_number_message),
                                 message != NULL ? message : "");

  gtk_accessible_update_state (field, GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->a_number), "error");
      gtk_accessible_update_relation (field, GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                      self->a_number_message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->a_number), "error");
      gtk_accessible_reset_relation (field, GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }
}

/* A valid A-number is stored as 9 digits; anything else is kept as typed,
 * with a message, so nothing typed is lost. */
static void
a_number_changed_cb (GtkEditable   *editable,
                     PdDetailsView *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*typed == '\0')
    show_a_number_message (self, NULL);
  else if (pd_a_number_normalize (typed, &digits, &error))
    show_a_number_message (self, NULL);
  else
    show_a_number_message (self, error->message);

  if (self->loading || self->pd_case == NULL)
    return;

  pd_case_set_text (self->pd_case, PD_KEY_A_NUMBER, digits != NULL ? digits : typed);
}

static void
date_changed_cb (PdDateRow     *row,
                 GParamSpec    *pspec,
                 PdDetailsView *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "pd-key");

  if (self->loading || self->pd_case == NULL)
    return;

  pd_case_set_text (self->pd_case, key, pd_date_row_get_value (row));
}

static void
hearing_type_changed_cb (AdwComboRow   *row,
                         GParamSpec    *pspec,
                         PdDetailsView *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || self->pd_case == NULL || selected >= G_N_ELEMENTS (hearing_types))
    return;

  pd_case_set_text (self->pd_case, PD_KEY_HEARING_TYPE, hearing_types[selected]);
}

static void
detained_changed_cb (GtkSwitch     *widget,
                     GParamSpec    *pspec,
                     PdDetailsView *self)
{
  if (self->loading || self->pd_case == NULL)
    return;

  pd_case_set_text (self->pd_case, PD_KEY_DETAINED,
                    gtk_switch_get_active (widget) ? "yes" : "no");
}

static void
load_a_number (PdDetailsView *self)
{
  const char *stored = pd_case_get_text (self->pd_case, PD_KEY_A_NUMBER);
  g_autofree char *shown = NULL;

  if (stored != NULL && strlen (stored) == 9 && pd_a_number_normalize (stored, &shown, NULL))
    {
      g_free (shown);
      shown = pd_a_number_format (stored);
    }
  else
    shown = g_strdup (stored);

  set_editable_text (GTK_EDITABLE (self->a_number), shown);
}

/* Fills every widget from the case, without writing back. */
static void
load (PdDetailsView *self,
      const char    *only_key)
{
  const char *type;

  self->loading = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (only_key == NULL || g_strcmp0 (only_key, text_fields[i].key) == 0)
      set_editable_text (GTK_EDITABLE (FIELD (self, i)),
                         pd_case_get_text (self->pd_case, text_fields[i].key));

  if (only_key == NULL || g_strcmp0 (only_key, "name") == 0)
    set_editable_text (GTK_EDITABLE (self->request_name), pd_case_get_name (self->pd_case));
  if (only_key == NULL)
    load_a_number (self);
  if (only_key == NULL || g_strcmp0 (only_key, PD_KEY_BIRTH_DATE) == 0)
    if (g_strcmp0 (pd_date_row_get_value (self->birth_date),
                   pd_case_get_text (self->pd_case, PD_KEY_BIRTH_DATE)) != 0)
      pd_date_row_set_value (self->birth_date,
                             pd_case_get_text (self->pd_case, PD_KEY_BIRTH_DATE));
  if (only_key == NULL || g_strcmp0 (only_key, PD_KEY_HEARING_DATE) == 0)
    if (g_strcmp0 (pd_date_row_get_value (self->hearing_date),
                   pd_case_get_text (self->pd_case, PD_KEY_HEARING_DATE)) != 0)
      pd_date_row_set_value (self->hearing_date,
                             pd_case_get_text (self->pd_case, PD_KEY_HEARING_DATE));

  type = pd_case_get_text (self->pd_case, PD_KEY_HEARING_TYPE);
  adw_combo_row_set_selected (self->hearing_type,
                              g_strcmp0 (type, "master") == 0 ? 1
                              : g_strcmp0 (type, "individual") == 0 ? 2 : 0);
  gtk_switch_set_active (self->detained,
                         g_strcmp0 (pd_case_get_text (self->pd_case, PD_KEY_DETAINED),
                                    "yes") == 0);

  self->loading = FALSE;
}

/* Another part of the app (the rename dialog, later the interview) changed
 * the case: show it here too. */
static void
case_changed_cb (PdDetailsView *self,
                 const char    *key,
                 PdCase        *pd_case)
{
  if (g_strcmp0 (key, PD_KEY_A_NUMBER) == 0)
    return;
  load (self, key);
}

/* Each request starts at the top (adw_preferences_page_scroll_to_top is 1.3). */
static void
scroll_to_top (PdDetailsView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->page));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      gtk_adjustment_set_value (
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child)), 0);
}

void
pd_details_view_set_case (PdDetailsView *self,
                          PdCase        *pd_case)
{
  g_return_if_fail (PD_IS_DETAILS_VIEW (self));

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);

  if (pd_case == NULL)
    return;

  load (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !pd_case_get_read_only (pd_case));
  self->changed_id = g_signal_connect_swapped (pd_case, "changed",
                                               G_CALLBACK (case_changed_cb), self);

  scroll_to_top (self);
}

void
pd_details_view_focus_first (PdDetailsView *self)
{
  g_return_if_fail (PD_IS_DETAILS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->full_name));
}

static void
pd_details_view_dispose (GObject *object)
{
  PdDetailsView *self = PD_DETAILS_VIEW (object);

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  /* The template's one child is the bin's child: the parent class unparents it. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_details_view_parent_class)->dispose (object);
}

static void
pd_details_view_class_init (PdDetailsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_details_view_dispose;

  g_type_ensure (PD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-details-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, page);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, full_name);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, a_number);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, a_number_message);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, birth_date);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, country);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, address_street);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, address_city);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, address_state);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, address_zip);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, phone);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, email);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, court);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, hearing_date);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, hearing_type);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, detained);
  gtk_widget_class_bind_template_child (widget_class, PdDetailsView, request_name);
}

static void
pd_details_view_init (PdDetailsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      AdwEntryRow *row = FIELD (self, i);

      g_object_set_data (G_OBJECT (row), "pd-key", (gpointer) text_fields[i].key);
      g_signal_connect (row, "changed", G_CALLBACK (text_changed_cb), self);
    }

  g_signal_connect (self->request_name, "changed", G_CALLBACK (name_changed_cb), self);
  g_signal_connect (self->a_number, "changed", G_CALLBACK (a_number_changed_cb), self);

  g_object_set_data (G_OBJECT (self->birth_date), "pd-key", (gpointer) PD_KEY_BIRTH_DATE);
  g_signal_connect (self->birth_date, "notify::value", G_CALLBACK (date_changed_cb), self);
  g_object_set_data (G_OBJECT (self->hearing_date), "pd-key",
                     (gpointer) PD_KEY_HEARING_DATE);
  g_signal_connect (self->hearing_date, "notify::value", G_CALLBACK (date_changed_cb), self);

  g_signal_connect (self->hearing_type, "notify::selected",
                    G_CALLBACK (hearing_type_changed_cb), self);
  g_signal_connect (self->detained, "notify::active", G_CALLBACK (detained_changed_cb), self);
}
