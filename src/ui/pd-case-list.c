/* pd-case-list.c — the start page: every request on this computer
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-case-list"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pd-case-list.h"
#include "pd-fields.h"

struct _PdCaseList
{
  AdwBin      parent_instance;

  GtkStack   *stack;
  GtkListBox *list_box;

  GHashTable *infos;  /* id → PdCaseInfo */
};

G_DEFINE_FINAL_TYPE (PdCaseList, pd_case_list, ADW_TYPE_BIN)

static char *
describe_modified (GDateTime *modified)
{
  g_autoptr (GDateTime) local = NULL;
  g_autofree char *date = NULL;
  GDate day;

  if (modified == NULL)
    return NULL;

  local = g_date_time_to_local (modified);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  date = pd_date_format_long (&day);
  /* Translators: %s is a date, e.g. "Changed March 3, 2027". */
  return g_strdup_printf (_("Changed %s"), date);
}

static char *
describe_case (PdCaseInfo *info)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *a_number = pd_case_info_get_a_number (info);
  g_autofree char *digits = NULL;
  GDate hearing;

  if (pd_a_number_normalize (a_number, &digits, NULL))
    g_ptr_array_add (parts, pd_a_number_format (digits));

  if (pd_case_info_get_hearing (info, &hearing))
    g_ptr_array_add (parts, pd_date_describe_hearing (&hearing));

  if (pd_case_info_get_read_only (info))
    g_ptr_array_add (parts, g_strdup (_("Made with a newer version: read only")));
  else
    g_ptr_array_add (parts, describe_modified (pd_case_info_get_modified (info)));

  g_ptr_array_add (parts, NULL);
  /* Translators: separates facts about a request in one line. */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* Built when first opened: a clinic computer can list hundreds of requests. */
static void
create_menu (GtkMenuButton *button,
             gpointer       user_data)
{
  PdCaseInfo *info = user_data;
  g_autoptr (GMenu) menu = NULL;
  g_autoptr (GMenuItem) rename = NULL;
  g_autoptr (GMenuItem) delete = NULL;
  const char *id = pd_case_info_get_id (info);

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  if (pd_case_info_get_error (info) == NULL && !pd_case_info_get_read_only (info))
    {
      rename = g_menu_item_new (_("_Rename…"), NULL);
      g_menu_item_set_action_and_target (rename, "win.rename-case", "s", id);
      g_menu_append_item (menu, rename);
    }
  delete = g_menu_item_new (_("_Delete…"), NULL);
  g_menu_item_set_action_and_target (delete, "win.delete-case", "s", id);
  g_menu_append_item (menu, delete);

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
create_menu_button (PdCaseInfo *info)
{
  g_autofree char *label = NULL;
  GtkWidget *button;

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu,
                                         g_object_ref (info), g_object_unref);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Options"));
  /* Translators: %s is the request's name; read by screen readers. */
  label = g_strdup_printf (_("Options for %s"), pd_case_info_get_title (info));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return button;
}

static GtkWidget *
create_row (PdCaseInfo *info)
{
  const GError *error = pd_case_info_get_error (info);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-case");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", pd_case_info_get_id (info));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pd_case_info_get_title (info));

  if (error != NULL)
    {
      g_autofree char *subtitle =
        g_strdup_printf ("%s %s", _("This request could not be read."), error->message);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Damaged request"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  else
    {
      g_autofree char *subtitle = describe_case (info);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_menu_button (info));
  icon = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);

  return row;
}

void
pd_case_list_set_infos (PdCaseList *self,
                        GPtrArray  *infos)
{
  GtkWidget *child;

  g_return_if_fail (PD_IS_CASE_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_hash_table_remove_all (self->infos);

  for (guint i = 0; i < infos->len; i++)
    {
      PdCaseInfo *info = g_ptr_array_index (infos, i);

      g_hash_table_insert (self->infos, g_strdup (pd_case_info_get_id (info)),
                           g_object_ref (info));
      gtk_list_box_append (self->list_box, create_row (info));
    }

  gtk_stack_set_visible_child_name (self->stack, infos->len > 0 ? "list" : "empty");
}

/* Keyboard and screen reader users land on the newest request. */
gboolean
pd_case_list_focus_first (PdCaseList *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PD_IS_CASE_LIST (self), FALSE);

  row = gtk_list_box_get_row_at_index (self->list_box, 0);
  return row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row));
}

PdCaseInfo *
pd_case_list_lookup (PdCaseList *self,
                     const char *id)
{
  g_return_val_if_fail (PD_IS_CASE_LIST (self), NULL);

  return g_hash_table_lookup (self->infos, id);
}

static void
pd_case_list_dispose (GObject *object)
{
  PdCaseList *self = PD_CASE_LIST (object);

  g_clear_pointer (&self->infos, g_hash_table_unref);
  /* The template's one child is the bin's child: the parent class unparents it. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_case_list_parent_class)->dispose (object);
}

static void
pd_case_list_class_init (PdCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_case_list_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-case-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PdCaseList, stack);
  gtk_widget_class_bind_template_child (widget_class, PdCaseList, list_box);
}

static void
pd_case_list_init (PdCaseList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->infos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}
