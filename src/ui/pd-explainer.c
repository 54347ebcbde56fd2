/* pd-explainer.c — "What is prosecutorial discretion?", in plain words
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-explainer"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-explainer.h"
#include "pd-fields.h"
#include "pd-policy.h"

struct _PdExplainer
{
  AdwBin           parent_instance;

  GtkToggleButton *english_button;
  GtkStack        *stack;
  GtkWidget       *english;   /* made when first asked for */
};

#define CONTENT_RESOURCE "/io/github/discretionapp/Discretion/pd-explainer-content.ui"
/* A domain with no catalogue: GtkBuilder leaves every string in English. */
#define ENGLISH_DOMAIN GETTEXT_PACKAGE "-english-original"

G_DEFINE_FINAL_TYPE (PdExplainer, pd_explainer, ADW_TYPE_BIN)

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  /* Opens in the person's browser (through the portal in the Flatpak). */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* The page's text, in the interface language or in English. */
static GtkWidget *
load_content (gboolean english)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  GDate reviewed;

  gtk_builder_set_translation_domain (builder, english ? ENGLISH_DOMAIN : GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_resource (builder, CONTENT_RESOURCE, &error))
    g_error ("%s: %s", CONTENT_RESOURCE, error->message);

  pd_date_parse_iso (PD_POLICY_REVIEWED, &reviewed, NULL);
  if (english)
    {
      date = pd_date_format_english (&reviewed);
      heading = g_strdup_printf ("Policy information reviewed: %s", date);
    }
  else
    {
      date = pd_date_format_long (&reviewed);
      /* Translators: %s is a date, e.g. "November 23, 2026". */
      heading = g_strdup_printf (_("Policy information reviewed: %s"), date);
    }
  gtk_label_set_text (GTK_LABEL (gtk_builder_get_object (builder, "policy_heading")), heading);

  return g_object_ref (GTK_WIDGET (gtk_builder_get_object (builder, "content")));
}

static void
english_toggled_cb (PdExplainer *self)
{
  gboolean english = gtk_toggle_button_get_active (self->english_button);

  if (english && self->english == NULL)
    {
      self->english = load_content (TRUE);
      gtk_stack_add_named (self->stack, self->english, "english");
      g_object_unref (self->english);
    }
  gtk_stack_set_visible_child_name (self->stack, english ? "english" : "translated");
}

static void
pd_explainer_dispose (GObject *object)
{
  /* The template's one child is the bin's child: the parent class unparents it. */
  adw_bin_set_child (ADW_BIN (object), NULL);

  G_OBJECT_CLASS (pd_explainer_parent_class)->dispose (object);
}

static void
pd_explainer_class_init (PdExplainerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_explainer_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-explainer.ui");
  gtk_widget_class_bind_template_child (widget_class, PdExplainer, english_button);
  gtk_widget_class_bind_template_child (widget_class, PdExplainer, stack);
  gtk_widget_class_install_action (widget_class, "explainer.open-link", "s", open_link_action);
}

static void
pd_explainer_init (PdExplainer *self)
{
  GtkWidget *translated;

  gtk_widget_init_template (GTK_WIDGET (self));

  translated = load_content (FALSE);
  gtk_stack_add_named (self->stack, translated, "translated");
  g_object_unref (translated);

  /* One click to the English original, for a volunteer reading along. */
  gtk_widget_set_visible (GTK_WIDGET (self->english_button),
                          g_strcmp0 (_("What Is Prosecutorial Discretion?"),
                                     "What Is Prosecutorial Discretion?") != 0);
  g_signal_connect_swapped (self->english_button, "toggled",
                            G_CALLBACK (english_toggled_cb), self);
}

GtkWidget *
pd_explainer_new (void)
{
  return g_object_new (PD_TYPE_EXPLAINER, NULL);
}

/* The same page in its own window, from the menu at any time. */
void
pd_explainer_show_window (GtkWindow *parent)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("About Prosecutorial Discretion"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 640);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), pd_explainer_new ());
  adw_window_set_content (ADW_WINDOW (window), box);

  /* Escape closes it, like other secondary windows. */
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);

  gtk_window_present (GTK_WINDOW (window));
}
