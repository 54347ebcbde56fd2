/* pd-window.c — the main window: the list of requests and the open case
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-autosave.h"
#include "pd-case-info.h"
#include "pd-case-list.h"
#include "pd-case-page.h"
#include "pd-explainer.h"
#include "pd-language-dialog.h"
#include "pd-settings.h"
#include "pd-undo-toast.h"
#include "pd-window.h"

#define UNDO_TIMEOUT_S 10

struct _PdWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  PdCaseList          *case_list;
  PdCasePage          *case_page;

  PdStore             *store;
  PdSettings          *settings;
  PdCase              *pd_case;
  PdAutosave          *autosave;
  GCancellable        *list_cancellable;

  /* A deleted case waits in the store's trash while its toast is shown. */
  char                *pending_delete;
  AdwToast            *undo_toast;
};

G_DEFINE_FINAL_TYPE (PdWindow, pd_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_error (PdWindow     *self,
            const char   *heading,
            const GError *error)
{
  pd_show_message (GTK_WIDGET (self), heading, error != NULL ? error->message : NULL);
}

static void
list_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (PdWindow) self = user_data;
  g_autoptr (GPtrArray) infos = NULL;
  g_autoptr (GError) error = NULL;

  infos = pd_store_list_finish (PD_STORE (object), result, &error);
  if (infos == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("The list of requests could not be read"), error);
      return;
    }

  pd_case_list_set_infos (self->case_list, infos);

  /* On the list page with nothing focused (just started, or back from a
   * case), focus goes to the newest request. */
  if (self->pd_case == NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->case_list)))
        pd_case_list_focus_first (self->case_list);
    }
}

/* Off the main thread: a clinic computer may hold hundreds of cases. */
void
pd_window_reload_cases (PdWindow *self)
{
  g_return_if_fail (PD_IS_WINDOW (self));

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->list_cancellable = g_cancellable_new ();

  pd_store_list_async (self->store, self->list_cancellable, list_cb, g_object_ref (self));
}

/* What the list of requests shows for @id, once it has been read. */
PdCaseInfo *
pd_window_lookup_info (PdWindow   *self,
                       const char *id)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  return pd_case_list_lookup (self->case_list, id);
}

PdCase *
pd_window_get_case (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  return self->pd_case;
}

static void
autosave_error_cb (PdWindow   *self,
                   GParamSpec *pspec,
                   PdAutosave *autosave)
{
  pd_case_page_set_save_error (self->case_page, pd_autosave_get_error (autosave));
}

/* The case page is made when the first case opens, so the list of
 * requests comes up sooner. */
static void
ensure_case_page (PdWindow *self)
{
  if (self->case_page != NULL)
    return;

  self->case_page = g_object_new (PD_TYPE_CASE_PAGE, NULL);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->case_page), "case");
}

static void
show_case (PdWindow *self,
           PdCase   *pd_case)
{
  ensure_case_page (self);
  self->pd_case = g_object_ref (pd_case);
  self->autosave = pd_autosave_new (self->store, pd_case);
  g_signal_connect_object (self->autosave, "notify::error",
                           G_CALLBACK (autosave_error_cb), self, G_CONNECT_SWAPPED);

  {
    g_autofree char *case_dir = pd_store_dup_case_dir (self->store, pd_case_get_id (pd_case));
    pd_case_page_set_case (self->case_page, pd_case, case_dir);
  }
  gtk_stack_set_visible_child_name (self->stack, "case");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-cases", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-current", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-current", TRUE);
}

/* Saves the open case and goes back to the list. Fails, keeping the case
 * open, if it could not be saved. */
gboolean
pd_window_close_case (PdWindow  *self,
                      GError   **error)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  if (self->pd_case == NULL)
    return TRUE;

  if (!pd_autosave_flush (self->autosave, error))
    return FALSE;

  g_clear_object (&self->autosave);
  g_clear_object (&self->pd_case);
  if (self->case_page != NULL)
    pd_case_page_set_case (self->case_page, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "cases");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-cases", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-current", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-current", FALSE);
  pd_window_reload_cases (self);
  return TRUE;
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PdWindow         *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "case-id");
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "restore") != 0)
    {
      pd_window_reload_cases (self);
      return;
    }

  if (!pd_store_restore_backup (self->store, id, &error))
    {
      show_error (self, _("The earlier copy could not be restored"), error);
      return;
    }

  pd_window_open_case (self, id);
}

static void
offer_backup (PdWindow     *self,
              const char   *id,
              const GError *error)
{
  AdwMessageDialog *dialog;
  gboolean has_backup = pd_store_has_backup (self->store, id);
  g_autofree char *body = NULL;

  if (has_backup)
    body = g_strdup_printf ("%s\n\n%s", error->message,
                            _("An earlier copy of this request was kept. You can go on from "
                              "that copy; changes made after it was saved will be missing."));
  else
    body = g_strdup (error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("This request could not be opened"),
                                                       body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  if (has_backup)
    {
      adw_message_dialog_add_response (dialog, "restore", _("_Use Earlier Copy"));
      adw_message_dialog_set_response_appearance (dialog, "restore",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
    }
  g_object_set_data_full (G_OBJECT (dialog), "case-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
pd_window_open_case (PdWindow   *self,
                     const char *id)
{
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);

  if (self->pd_case != NULL && g_strcmp0 (pd_case_get_id (self->pd_case), id) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "case");
      return TRUE;
    }

  if (!pd_window_close_case (self, &error))
    {
      show_error (self, _("Your changes could not be saved"), error);
      return FALSE;
    }

  pd_case = pd_store_open_case (self->store, id, &error);
  if (pd_case == NULL)
    {
      offer_backup (self, id, error);
      pd_window_reload_cases (self);
      return FALSE;
    }

  show_case (self, pd_case);
  pd_case_page_focus_first (self->case_page);
  return TRUE;
}

void
pd_window_new_case (PdWindow *self)
{
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (PD_IS_WINDOW (self));

  if (!pd_window_close_case (self, &error))
    {
      show_error (self, _("Your changes could not be saved"), error);
      return;
    }

  pd_case = pd_store_create_case (self->store, &error);
  if (pd_case == NULL)
    {
      show_error (self, _("A new request could not be created"), error);
      return;
    }

  show_case (self, pd_case);
  pd_case_page_focus_first (self->case_page);
}

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pd_window_new_case (PD_WINDOW (widget));
}

static void
open_case_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pd_window_open_case (PD_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_cases_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!pd_window_close_case (self, &error))
    show_error (self, _("Your changes could not be saved"), error);
}

/* Renaming: a case that is not open is opened, renamed and saved at once. */
static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PdWindow         *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "case-id");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;

  if (self->pd_case != NULL && g_strcmp0 (pd_case_get_id (self->pd_case), id) == 0)
    {
      pd_case_set_name (self->pd_case, gtk_editable_get_text (entry));
      return;
    }

  pd_case = pd_store_open_case (self->store, id, &error);
  if (pd_case != NULL)
    {
      pd_case_set_name (pd_case, gtk_editable_get_text (entry));
      pd_store_save_case (self->store, pd_case, &error);
    }
  if (error != NULL)
    show_error (self, _("The request could not be renamed"), error);
  pd_window_reload_cases (self);
}

static void
ask_rename (PdWindow   *self,
            const char *id,
            const char *current_name)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), _("Rename Request"),
    _("This name is shown in the list of requests on this computer. Leave it empty to use "
      "your full name.")));

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), current_name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Request name"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "rename", _("_Rename"));
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "case-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
rename_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  PdCaseInfo *info = pd_case_list_lookup (self->case_list, id);
  g_autoptr (PdCase) pd_case = NULL;

  if (self->pd_case != NULL && g_strcmp0 (pd_case_get_id (self->pd_case), id) == 0)
    ask_rename (self, id, pd_case_get_name (self->pd_case));
  else if (info != NULL && pd_case_info_get_error (info) == NULL)
    {
      pd_case = pd_store_open_case (self->store, id, NULL);
      ask_rename (self, id, pd_case != NULL ? pd_case_get_name (pd_case) : "");
    }
}

static void
rename_current_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (self->pd_case != NULL)
    ask_rename (self, pd_case_get_id (self->pd_case), pd_case_get_name (self->pd_case));
}

static void
finish_pending_delete (PdWindow *self)
{
  if (self->pending_delete == NULL)
    return;

  g_clear_pointer (&self->pending_delete, g_free);
  pd_store_empty_trash (self->store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

static void
undo_toast_dismissed_cb (PdWindow *self,
                         AdwToast *toast)
{
  if (self->undo_toast == toast)
    {
      self->undo_toast = NULL;
      finish_pending_delete (self);
    }
}

static void
delete_case (PdWindow   *self,
             const char *id,
             const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->pd_case != NULL && g_strcmp0 (pd_case_get_id (self->pd_case), id) == 0
      && !pd_window_close_case (self, &error))
    {
      show_error (self, _("Your changes could not be saved"), error);
      return;
    }

  /* One undo at a time: an earlier deletion becomes final. */
  if (self->undo_toast != NULL)
    {
      AdwToast *old = g_steal_pointer (&self->undo_toast);
      adw_toast_dismiss (old);
    }
  finish_pending_delete (self);

  if (!pd_store_trash_case (self->store, id, &error))
    {
      show_error (self, _("The request could not be deleted"), error);
      return;
    }

  self->pending_delete = g_strdup (id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", TRUE);

  /* Translators: %s is the request's name. Toasts are not read aloud, so
   * Ctrl+Z also undoes. */
  message = g_strdup_printf (_("“%s” deleted"), title);
  toast = pd_undo_toast_new (message, "win.undo");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  pd_window_reload_cases (self);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PdWindow         *self)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_case (self,
                 g_object_get_data (G_OBJECT (dialog), "case-id"),
                 g_object_get_data (G_OBJECT (dialog), "title"));
}

static void
ask_delete (PdWindow   *self,
            const char *id,
            const char *title)
{
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  /* Translators: %s is the request's name. */
  heading = g_strdup_printf (_("Delete “%s”?"), title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), heading,
    _("The answers, the letter and every file added to this request will be removed from "
      "this computer.")));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "delete", _("_Delete"));
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "case-id", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "title", g_strdup (title), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  PdCaseInfo *info = pd_case_list_lookup (self->case_list, id);

  if (info != NULL)
    ask_delete (self, id, pd_case_info_get_title (info));
}

static void
delete_current_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autofree char *title = NULL;

  if (self->pd_case == NULL)
    return;
  title = pd_case_dup_display_name (self->pd_case);
  ask_delete (self, pd_case_get_id (self->pd_case), title);
}

static void
language_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  pd_language_dialog_present (GTK_WINDOW (self),
                              PD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

/* Back where the person was before a restart for a change of language. */
void
pd_window_restore (PdWindow   *self,
                   const char *case_id,
                   const char *place)
{
  g_return_if_fail (PD_IS_WINDOW (self));

  if (case_id != NULL && pd_window_open_case (self, case_id) && place != NULL)
    pd_case_page_set_place (self->case_page, place);
}

/* Where the person is now: the open case and its place, or NULL. */
const char *
pd_window_get_place (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  if (self->pd_case == NULL || self->case_page == NULL)
    return NULL;
  return pd_case_page_get_place (self->case_page);
}

static void
about_pd_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pd_explainer_show_window (GTK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->pending_delete == NULL)
    return;

  id = g_steal_pointer (&self->pending_delete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
  if (self->undo_toast != NULL)
    {
      AdwToast *toast = g_steal_pointer (&self->undo_toast);
      adw_toast_dismiss (toast);
    }

  if (!pd_store_untrash_case (self->store, id, &error))
    show_error (self, _("The request could not be brought back"), error);
  pd_window_reload_cases (self);
}

static void
save_failed_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         PdWindow         *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  g_clear_object (&self->autosave);
  g_clear_object (&self->pd_case);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The window's size is an interface choice; which case was open is not
 * remembered (the next person at a shared computer must not land in it). */
static void
save_window_state (PdWindow *self)
{
  g_autoptr (GError) error = NULL;
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  pd_settings_set_int (self->settings, "window-width", width);
  pd_settings_set_int (self->settings, "window-height", height);
  pd_settings_set_boolean (self->settings, "window-maximized",
                           gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!pd_settings_save (self->settings, &error))
    g_warning ("Could not save the window size: %s", error->message);
}

static gboolean
pd_window_close_request (GtkWindow *window)
{
  PdWindow *self = PD_WINDOW (window);
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;

  finish_pending_delete (self);
  save_window_state (self);

  if (self->autosave == NULL || pd_autosave_flush (self->autosave, &error))
    return GTK_WINDOW_CLASS (pd_window_parent_class)->close_request (window);

  /* Never lose work silently: the person decides. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    window, _("Your latest changes could not be saved"), error->message));
  adw_message_dialog_format_body (dialog, "%s\n\n%s", error->message,
                                  _("If you close now, the changes since the last save "
                                    "will be lost. Free some space on the disk, or keep "
                                    "Discretion open and try again."));
  adw_message_dialog_add_response (dialog, "keep", _("_Keep Open"));
  adw_message_dialog_add_response (dialog, "discard", _("_Close Without Saving"));
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_failed_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
pd_window_dispose (GObject *object)
{
  PdWindow *self = PD_WINDOW (object);

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  g_clear_object (&self->autosave);
  g_clear_object (&self->pd_case);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_delete, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_WINDOW);

  G_OBJECT_CLASS (pd_window_parent_class)->dispose (object);
}

static void
pd_window_class_init (PdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_window_dispose;
  window_class->close_request = pd_window_close_request;

  g_type_ensure (PD_TYPE_CASE_LIST);
  g_type_ensure (PD_TYPE_CASE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discretionapp/Discretion/pd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, case_list);

  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "win.open-case", "s", open_case_action);
  gtk_widget_class_install_action (widget_class, "win.rename-case", "s", rename_case_action);
  gtk_widget_class_install_action (widget_class, "win.delete-case", "s", delete_case_action);
  gtk_widget_class_install_action (widget_class, "win.rename-current", NULL,
                                   rename_current_action);
  gtk_widget_class_install_action (widget_class, "win.delete-current", NULL,
                                   delete_current_action);
  gtk_widget_class_install_action (widget_class, "win.show-cases", NULL, show_cases_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.about-pd", NULL, about_pd_action);
  gtk_widget_class_install_action (widget_class, "win.language", NULL, language_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.show-cases", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0,
                                       "win.rename-current", NULL);
}

static void
pd_window_init (PdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-cases", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-current", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-current", FALSE);
}

PdWindow *
pd_window_new (PdApplication *application)
{
  PdWindow *self = g_object_new (PD_TYPE_WINDOW, "application", application, NULL);

  self->store = g_object_ref (pd_application_get_store (application));
  self->settings = g_object_ref (pd_application_get_settings (application));
  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (360, pd_settings_get_int (self->settings, "window-width", 880)),
                               MAX (360, pd_settings_get_int (self->settings, "window-height", 700)));
  if (pd_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  pd_window_reload_cases (self);

  return self;
}
