/* pd-packet-view.c — the Packet place: what is still missing, the order of
 * the tabs, and building the one PDF to send
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-packet-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-checklist.h"
#include "pd-fields.h"
#include "pd-letter.h"
#include "pd-packet.h"
#include "pd-packet-view.h"
#include "pd-rules.h"
#include "pd-statement.h"
#include "pd-undo-toast.h"
#include "pd-warning-card.h"

#define EMAIL_BUDGET (20 * 1000 * 1000)

struct _PdPacketView
{
  AdwBin               parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkWidget           *warnings_box;
  AdwPreferencesGroup *checks_group;
  AdwPreferencesGroup *order_group;
  GtkLabel            *next_label;
  GtkRevealer         *build_revealer;
  GtkProgressBar      *build_bar;

  PdCase              *pd_case;
  char                *case_dir;
  gulong               changed_id;
  GPtrArray           *rows;         /* rows put in the two groups */
  PdWarning            shown_warnings;

  GCancellable        *cancellable;
  guint                progress_id;
  gint                 done;         /* pages, written by the building thread */
  gint                 total;
};

G_DEFINE_FINAL_TYPE (PdPacketView, pd_packet_view, ADW_TYPE_BIN)

/* ------------------------------------------------------------------------ */
/* Checks                                                                    */

static void
go_clicked_cb (GtkButton    *button,
               PdPacketView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "case.show-place", "s",
                              (const char *) g_object_get_data (G_OBJECT (button), "place"));
}

static void
add_check (PdPacketView *self,
           const char   *title,
           const char   *subtitle,
           const char   *place,
           const char   *button_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (place != NULL ? "dialog-warning-symbolic"
                                                                 : "emblem-ok-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (place != NULL)
    {
      GtkWidget *button = gtk_button_new_with_label (button_label);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "place", g_strdup (place), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (go_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  adw_preferences_group_add (self->checks_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
add_checks (PdPacketView *self)
{
  g_autoptr (GPtrArray) items = pd_checklist_dup_items (self->pd_case);
  g_autoptr (GPtrArray) exhibits = pd_checklist_dup_exhibits (self->pd_case);
  g_autoptr (GPtrArray) missing = g_ptr_array_new ();
  g_autoptr (GPtrArray) certificates = pd_statement_dup_document_certificates (self->pd_case);
  guint n_before = self->rows->len;
  guint64 size = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const PdEvidenceItem *item = items->pdata[i];

      if (item->need == PD_EVIDENCE_REQUIRED && item->group != PD_EVIDENCE_GROUP_REQUEST
          && pd_checklist_get_status (self->pd_case, item->id) == PD_EVIDENCE_STATUS_NEEDED)
        g_ptr_array_add (missing, (gpointer) pd_evidence_item_get_title (item));
    }
  if (missing->len > 0)
    {
      g_ptr_array_add (missing, NULL);
      {
        g_autofree char *list = g_strjoinv ("; ", (char **) missing->pdata);
        add_check (self, _("Needed papers not marked “I have it”"), list, "documents",
                   _("Documents"));
      }
    }

  for (guint i = 0; i < exhibits->len; i++)
    {
      g_autoptr (GPtrArray) documents = pd_checklist_dup_documents (self->pd_case,
                                                                    exhibits->pdata[i]);

      for (guint j = 0; j < documents->len; j++)
        {
          PdDocument *document = documents->pdata[j];

          for (guint k = 0; k < document->files->len; k++)
            {
              PdDocumentFile *file = document->files->pdata[k];
              PdFileProblem problems = pd_checklist_check_file (self->pd_case, self->case_dir,
                                                                document, file);

              size += file->size;
              if (problems & PD_FILE_PROBLEM_MISSING)
                add_check (self, file->name, _("No longer in your request’s folder."),
                           "documents", _("Documents"));
              else if (problems & PD_FILE_PROBLEM_NOT_FOR_PACKET)
                add_check (self, file->name,
                           _("Not a PDF, JPEG or PNG file, so it cannot go into the packet."),
                           "documents", _("Documents"));
            }
        }
    }

  if (pd_checklist_has_foreign_documents (self->pd_case) && certificates->len == 0)
    add_check (self, _("Papers not in English need a translator’s certificate"),
               _("Write the translator’s name under Letter, Certificates, and mark the language "
                 "of each paper in Documents."),
               "letter", _("Letter"));
  if (!pd_statement_has_content (self->pd_case))
    add_check (self, _("No personal statement yet"),
               _("Write it under Letter, Statement."), "letter", _("Letter"));
  if (pd_letter_get_setting (self->pd_case, "office") == NULL)
    add_check (self, _("The letter has no OPLA office yet"),
               _("Ask the court or a lawyer for its email or address."), "letter", _("Letter"));
  if (size > EMAIL_BUDGET)
    {
      g_autofree char *amount = g_format_size (size);
      /* Translators: %s is a size, e.g. "34.2 MB". */
      g_autofree char *text = g_strdup_printf (_("The papers come to about %s"), amount);

      add_check (self, text,
                 _("That is more than the 20 MB many email systems accept. Ask the office how to "
                   "send large files, or attach smaller scans."),
                 "documents", _("Documents"));
    }

  if (self->rows->len == n_before)
    add_check (self, _("Nothing is missing"), NULL, NULL, NULL);
}

/* ------------------------------------------------------------------------ */
/* Order                                                                     */

static void
move_clicked_cb (GtkButton    *button,
                 PdPacketView *self)
{
  pd_checklist_move_exhibit (self->pd_case, g_object_get_data (G_OBJECT (button), "item"),
                             GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta")));
}

static GtkWidget *
move_button (PdPacketView *self,
             const char   *item,
             const char   *title,
             int           delta,
             gboolean      enabled)
{
  GtkWidget *button = gtk_button_new_from_icon_name (delta < 0 ? "go-up-symbolic"
                                                               : "go-down-symbolic");
  /* Translators: %s is a group of papers, e.g. "Proof of who you are". */
  g_autofree char *label = g_strdup_printf (delta < 0 ? _("Move “%s” Up") : _("Move “%s” Down"),
                                            title);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, enabled && !pd_case_get_read_only (self->pd_case));
  g_object_set_data_full (G_OBJECT (button), "item", g_strdup (item), g_free);
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  return button;
}

static void
add_order (PdPacketView *self)
{
  g_autoptr (GPtrArray) exhibits = pd_checklist_dup_exhibits (self->pd_case);

  gtk_widget_set_visible (GTK_WIDGET (self->order_group), exhibits->len > 0);
  for (guint i = 0; i < exhibits->len; i++)
    {
      const PdEvidenceItem *item = pd_checklist_lookup (exhibits->pdata[i]);
      const char *title = item != NULL ? pd_evidence_item_get_title (item) : exhibits->pdata[i];
      g_autofree char *tab = pd_exhibit_dup_tab (i);
      /* Translators: the exhibit's tab in the packet, e.g. "Tab C". */
      g_autofree char *tab_label = g_strdup_printf (_("Tab %s"), tab);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tab_label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 move_button (self, exhibits->pdata[i], title, -1, i > 0));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 move_button (self, exhibits->pdata[i], title, +1,
                                              i + 1 < exhibits->len));
      adw_preferences_group_add (self->order_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* ------------------------------------------------------------------------ */

static void
clear_rows (PdPacketView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
refresh (PdPacketView *self)
{
  PdWarning warnings;

  if (self->pd_case == NULL)
    return;

  /* The dismissal risk for everyone before sending; the record one when it applies. */
  warnings = PD_WARNING_W5_DISMISSAL_RISK
             | (pd_rules_get_warnings (self->pd_case) & PD_WARNING_W2_RECORD);
  if (warnings != self->shown_warnings)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (self->warnings_box)) != NULL)
        gtk_box_remove (GTK_BOX (self->warnings_box), child);
      for (guint bit = 1; bit <= PD_WARNING_OTHER_PEOPLE; bit <<= 1)
        if (warnings & bit)
          gtk_box_append (GTK_BOX (self->warnings_box),
                          pd_warning_card_new_for_case (bit, self->pd_case));
      self->shown_warnings = warnings;
    }

  clear_rows (self);
  add_checks (self);
  add_order (self);
}

static void
case_changed_cb (PdPacketView *self,
                 const char   *key)
{
  if (g_strcmp0 (key, "name") == 0)
    return;
  refresh (self);
}

/* ------------------------------------------------------------------------ */
/* Building                                                                  */

typedef struct
{
  PdCase       *pd_case;     /* a copy, so the thread never shares one */
  char         *case_dir;
  char         *path;
  PdPacketView *view;        /* only for the counters; kept alive by the task */
} BuildJob;

static void
build_job_free (BuildJob *job)
{
  g_object_unref (job->pd_case);
  g_free (job->case_dir);
  g_free (job->path);
  g_free (job);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  PdPacketView *self = user_data;

  g_atomic_int_set (&self->done, (gint) done);
  g_atomic_int_set (&self->total, (gint) total);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BuildJob *job = task_data;
  GError *error = NULL;

  if (pd_packet_write (job->pd_case, job->case_dir, job->path, progress_cb, job->view,
                       cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  PdPacketView *self = user_data;
  gint done = g_atomic_int_get (&self->done);
  gint total = g_atomic_int_get (&self->total);
  g_autofree char *text = NULL;

  if (total > 0)
    {
      text = g_strdup_printf (_("Page %1$u of %2$u"), (guint) done, (guint) total);
      gtk_progress_bar_set_fraction (self->build_bar, (double) done / total);
      gtk_progress_bar_set_text (self->build_bar, text);
    }
  return G_SOURCE_CONTINUE;
}

static char *
dup_subject (PdCase *pd_case)
{
  g_autoptr (GString) subject = g_string_new ("Request for prosecutorial discretion");
  const char *name = pd_case_get_text (pd_case, PD_KEY_FULL_NAME);
  const char *a_number = pd_case_get_text (pd_case, PD_KEY_A_NUMBER);
  GDate hearing;

  if (name != NULL && *name != '\0')
    g_string_append_printf (subject, " \xe2\x80\x93 %s", name);
  if (a_number != NULL)
    {
      g_autofree char *formatted = pd_a_number_format (a_number);
      g_string_append_printf (subject, " \xe2\x80\x93 %s", formatted);
    }
  if (pd_case_get_hearing_date (pd_case, &hearing))
    {
      g_autofree char *date = pd_date_format_english (&hearing);
      g_string_append_printf (subject, " \xe2\x80\x93 hearing %s", date);
    }
  return g_string_free (g_steal_pointer (&subject), FALSE);
}

static void
build_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (PdPacketView) self = user_data;
  g_autoptr (GError) error = NULL;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  if (self->build_revealer == NULL)
    return;   /* disposed */
  gtk_revealer_set_reveal_child (self->build_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "packet.build", TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pd_show_message (GTK_WIDGET (self), _("The Packet Could Not Be Built"), error->message);
      return;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Packet saved as PDF")));
  if (self->pd_case != NULL)
    {
      g_autofree char *subject = dup_subject (self->pd_case);
      g_autofree char *next = g_strdup_printf (
        /* Translators: %s is an email subject line, in English. */
        _("Next: send the PDF to the OPLA office for your court, by email or the way the office "
          "asks. A subject line it can file easily gives your name, A-number and next hearing, "
          "for example:\n\n%s\n\nKeep a copy of everything you send, and write down when and "
          "how you sent it."), subject);
      gtk_label_set_text (self->next_label, next);
    }
}

/* Builds the packet into @path in a worker thread, with progress and Cancel. */
void
pd_packet_view_build_to (PdPacketView *self,
                         const char   *path)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GTask) task = NULL;
  BuildJob *job;

  g_return_if_fail (PD_IS_PACKET_VIEW (self));

  if (self->pd_case == NULL || self->cancellable != NULL)
    return;

  job = g_new0 (BuildJob, 1);
  bytes = pd_case_to_bytes (self->pd_case);
  job->pd_case = pd_case_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                        NULL);
  if (job->pd_case == NULL)
    job->pd_case = g_object_ref (self->pd_case);
  job->case_dir = g_strdup (self->case_dir);
  job->path = g_strdup (path);
  job->view = self;

  self->cancellable = g_cancellable_new ();
  g_atomic_int_set (&self->done, 0);
  g_atomic_int_set (&self->total, 0);
  gtk_progress_bar_set_fraction (self->build_bar, 0);
  gtk_progress_bar_set_text (self->build_bar, NULL);
  gtk_revealer_set_reveal_child (self->build_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "packet.build", FALSE);
  self->progress_id = g_timeout_add (100, progress_tick_cb, self);

  task = g_task_new (NULL, self->cancellable, build_done_cb, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) build_job_free);
  g_task_run_in_thread (task, build_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PdPacketView    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        pd_packet_view_build_to (self, path);
    }
  g_object_unref (chooser);
}

gboolean
pd_packet_view_is_building (PdPacketView *self)
{
  g_return_val_if_fail (PD_IS_PACKET_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

static void
build_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdPacketView *self = PD_PACKET_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Packet"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested file name; keep ".pdf". */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Request packet.pdf"));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdPacketView *self = PD_PACKET_VIEW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* ------------------------------------------------------------------------ */

void
pd_packet_view_set_case (PdPacketView *self,
                         PdCase       *pd_case,
                         const char   *case_dir)
{
  g_return_if_fail (PD_IS_PACKET_VIEW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);
  g_free (self->case_dir);
  self->case_dir = g_strdup (case_dir);
  self->shown_warnings = PD_WARNING_NONE;
  gtk_label_set_text (self->next_label, "");
  clear_rows (self);
  if (pd_case == NULL)
    return;
  self->changed_id = g_signal_connect_swapped (pd_case, "changed", G_CALLBACK (case_changed_cb),
                                               self);
  refresh (self);
}

static void
pd_packet_view_dispose (GObject *object)
{
  PdPacketView *self = PD_PACKET_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->case_dir, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->build_revealer = NULL;

  G_OBJECT_CLASS (pd_packet_view_parent_class)->dispose (object);
}

static void
pd_packet_view_class_init (PdPacketViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_packet_view_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-packet-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPacketView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdPacketView, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, PdPacketView, checks_group);
  gtk_widget_class_bind_template_child (widget_class, PdPacketView, order_group);
  gtk_widget_class_bind_template_child (widget_class, PdPacketView, next_label);
  gtk_widget_class_bind_template_child (widget_class, PdPacketView, build_revealer);
  gtk_widget_class_bind_template_child (widget_class, PdPacketView, build_bar);

  gtk_widget_class_install_action (widget_class, "packet.build", NULL, build_action);
  gtk_widget_class_install_action (widget_class, "packet.cancel", NULL, cancel_action);
}

static void
pd_packet_view_init (PdPacketView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}
