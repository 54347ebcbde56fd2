/* pd-warning-card.c — one warning, in plain words, with where to get help
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-warning-card"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-warning-card.h"

struct _PdWarningCard
{
  GtkBox     parent_instance;

  GtkLabel  *heading;
  GtkLabel  *text;
  GtkWidget *links;
  char      *title;
  char      *body;
  char      *title_english;
  char      *body_english;
};

G_DEFINE_FINAL_TYPE (PdWarningCard, pd_warning_card, GTK_TYPE_BOX)

static void
pd_warning_card_finalize (GObject *object)
{
  PdWarningCard *self = PD_WARNING_CARD (object);

  g_free (self->title);
  g_free (self->body);
  g_free (self->title_english);
  g_free (self->body_english);

  G_OBJECT_CLASS (pd_warning_card_parent_class)->finalize (object);
}

static void
pd_warning_card_class_init (PdWarningCardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_warning_card_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "pd-warning-card");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pd_warning_card_init (PdWarningCard *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
}

GtkWidget *
pd_warning_card_new (const char *title,
                     const char *body,
                     gboolean    serious)
{
  PdWarningCard *self = g_object_new (PD_TYPE_WARNING_CARD, NULL);
  GtkWidget *heading_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (serious ? "dialog-warning-symbolic"
                                                          : "dialog-information-symbolic");
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (body);

  gtk_widget_add_css_class (GTK_WIDGET (self), serious ? "pd-serious" : "pd-info");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  serious ? _("Warning") : _("Information"), -1);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3,
                                  -1);
  gtk_box_append (GTK_BOX (heading_box), icon);
  gtk_box_append (GTK_BOX (heading_box), heading);
  gtk_box_append (GTK_BOX (self), heading_box);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_box_append (GTK_BOX (self), text);

  self->heading = GTK_LABEL (heading);
  self->text = GTK_LABEL (text);
  self->title = g_strdup (title);
  self->body = g_strdup (body);

  self->links = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_visible (self->links, FALSE);
  gtk_box_append (GTK_BOX (self), self->links);

  return GTK_WIDGET (self);
}

/* Opens in the person's browser. */
void
pd_warning_card_add_link (PdWarningCard *self,
                          const char    *label,
                          const char    *uri)
{
  GtkWidget *link;

  g_return_if_fail (PD_IS_WARNING_CARD (self));

  link = gtk_link_button_new_with_label (uri, label);
  gtk_widget_set_halign (link, GTK_ALIGN_START);
  /* Long names wrap rather than widen the window. */
  if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (link))))
    {
      GtkLabel *text = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link)));
      gtk_label_set_wrap (text, TRUE);
      gtk_label_set_xalign (text, 0);
    }
  gtk_widget_set_tooltip_text (link, uri);
  gtk_box_append (GTK_BOX (self->links), link);
  gtk_widget_set_visible (self->links, TRUE);
}

/* A line under the warning, such as a phone number. */
void
pd_warning_card_add_text (PdWarningCard *self,
                          const char    *text)
{
  GtkWidget *label;

  g_return_if_fail (PD_IS_WARNING_CARD (self));

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_box_append (GTK_BOX (self->links), label);
  gtk_widget_set_visible (self->links, TRUE);
}

static void
english_toggled_cb (GtkToggleButton *button,
                    PdWarningCard   *self)
{
  gboolean english = gtk_toggle_button_get_active (button);

  gtk_label_set_text (self->heading, english ? self->title_english : self->title);
  gtk_label_set_text (self->text, english ? self->body_english : self->body);
}

/* A volunteer and the person can read the same warning side by side: one
 * click shows the English original. Nothing to do when both are the same. */
void
pd_warning_card_set_english (PdWarningCard *self,
                             const char    *title,
                             const char    *body)
{
  GtkWidget *button;

  g_return_if_fail (PD_IS_WARNING_CARD (self));

  if (g_strcmp0 (title, self->title) == 0 && g_strcmp0 (body, self->body) == 0)
    return;

  self->title_english = g_strdup (title);
  self->body_english = g_strdup (body);

  button = gtk_toggle_button_new_with_label (_("Show in English"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "pd-english");
  g_signal_connect (button, "toggled", G_CALLBACK (english_toggled_cb), self);
  gtk_box_append (GTK_BOX (self), button);
}

#define SERIOUS_WARNINGS (PD_WARNING_W1_NOT_IN_PROCEEDINGS | PD_WARNING_W2_RECORD \
                          | PD_WARNING_W5_DISMISSAL_RISK | PD_WARNING_UNKNOWN_STATUS)

/* The card for one warning, with the places that help with it, and for the
 * dismissal risk the person's own reasons. */
GtkWidget *
pd_warning_card_new_for_case (PdWarning  warning,
                              PdCase    *pd_case)
{
  g_autofree char *body = pd_rules_warning_dup_body (warning);
  g_autofree char *body_english = pd_rules_warning_dup_body_in (warning, TRUE);
  GtkWidget *card = pd_warning_card_new (pd_rules_warning_get_title (warning), body,
                                         (warning & SERIOUS_WARNINGS) != 0);
  const PdResource *resources;
  guint n_resources;

  pd_warning_card_set_english (PD_WARNING_CARD (card),
                               pd_rules_warning_get_title_english (warning), body_english);

  if (warning == PD_WARNING_W5_DISMISSAL_RISK && pd_case != NULL)
    {
      PdRiskReason reasons = pd_rules_get_dismissal_risk_reasons (pd_case);

      for (guint bit = 1; bit <= PD_RISK_UNDER_TWO_YEARS; bit <<= 1)
        if (reasons & bit)
          pd_warning_card_add_text (PD_WARNING_CARD (card),
                                    pd_rules_risk_reason_get_label (bit));
    }

  resources = pd_rules_get_resources (&n_resources);
  for (guint i = 0; i < n_resources; i++)
    {
      const PdResource *resource = &resources[i];
      g_autofree char *description = NULL;

      if ((resource->warnings & warning) == 0)
        continue;
      if (resource->url != NULL)
        pd_warning_card_add_link (PD_WARNING_CARD (card), pd_resource_get_title (resource),
                                  resource->url);
      description = pd_resource_dup_description (resource);
      if (resource->phone != NULL)
        {
          /* Translators: a place to get help, then its phone number. */
          g_autofree char *line = g_strdup_printf (_("%s — phone %s"),
                                                   resource->url == NULL
                                                   ? pd_resource_get_title (resource)
                                                   : description,
                                                   resource->phone);
          pd_warning_card_add_text (PD_WARNING_CARD (card), line);
        }
      else if (!resource->confirmed)
        pd_warning_card_add_text (PD_WARNING_CARD (card), description);
    }

  return card;
}
