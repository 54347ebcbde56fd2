/* pd-checklist-view.c — the Documents place: the checklist, attaching, progress
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-checklist-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pd-checklist-pdf.h"
#include "pd-print.h"
#include "pd-checklist-view.h"
#include "pd-evidence-row.h"
#include "pd-import.h"
#include "pd-pages-dialog.h"
#include "pd-undo-toast.h"

typedef struct
{
  PdCase *pd_case;
  char  *case_dir;
  GFile *file;
  char  *item_id;
  char  *document_id;   /* add as a page of this document; NULL: a new document */
} ImportJob;

struct _PdChecklistView
{
  AdwBin            parent_instance;

  AdwToastOverlay  *toast_overlay;
  GtkLabel         *progress_label;
  GtkProgressBar   *progress_bar;
  GtkWidget        *groups_box;
  GtkRevealer      *copy_revealer;
  GtkLabel         *copy_label;
  GtkProgressBar   *copy_bar;

  PdCase           *pd_case;
  char             *case_dir;
  gulong            changed_id;
  char             *structure_key;
  GPtrArray        *rows;            /* PdEvidenceRow, borrowed */

  /* Copying files in, one at a time. */
  GQueue            jobs;
  ImportJob        *current;
  GCancellable     *import_cancellable;
  PdImportProgress  progress;
  guint             progress_id;
  guint             n_done;
  guint             n_total;
  GString          *failures;

  /* A removed document, while its Undo toast is shown. */
  JsonNode         *removed;
  guint             removed_position;
  AdwToast         *undo_toast;

  gboolean          disposed;
};

G_DEFINE_FINAL_TYPE (PdChecklistView, pd_checklist_view, ADW_TYPE_BIN)

static void
import_job_free (ImportJob *job)
{
  g_object_unref (job->pd_case);
  g_free (job->case_dir);
  g_object_unref (job->file);
  g_free (job->item_id);
  g_free (job->document_id);
  g_free (job);
}

/* ------------------------------------------------------------------------ */
/* The list                                                                  */

static char *
dup_structure_key (PdChecklistView *self)
{
  g_autoptr (GPtrArray) items = pd_checklist_dup_items (self->pd_case);
  g_autoptr (GPtrArray) kept = pd_checklist_dup_kept_items (self->pd_case);
  g_autoptr (GString) key = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (key, "%s ", ((PdEvidenceItem *) items->pdata[i])->id);
  g_string_append_c (key, '|');
  for (guint i = 0; i < kept->len; i++)
    g_string_append_printf (key, "%s ", ((PdEvidenceItem *) kept->pdata[i])->id);
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
files_dropped_cb (PdEvidenceRow   *row,
                  GSList          *files,
                  PdChecklistView *self);

static GtkWidget *
add_group (PdChecklistView *self,
           const char      *title,
           const char      *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (self->groups_box), group);
  return group;
}

static void
add_row (PdChecklistView      *self,
         GtkWidget            *group,
         const PdEvidenceItem *item,
         gboolean              kept,
         GHashTable           *expanded)
{
  GtkWidget *row = pd_evidence_row_new (self->pd_case, self->case_dir, item, kept);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (expanded, item->id));
  g_signal_connect (row, "files-dropped", G_CALLBACK (files_dropped_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
}

static void
rebuild (PdChecklistView *self)
{
  g_autoptr (GPtrArray) items = pd_checklist_dup_items (self->pd_case);
  g_autoptr (GPtrArray) kept = pd_checklist_dup_kept_items (self->pd_case);
  g_autoptr (GHashTable) expanded = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *child;
  GtkWidget *group = NULL;
  int last_group = -1;

  /* Rows that were open stay open. */
  for (guint i = 0; i < self->rows->len; i++)
    if (adw_expander_row_get_expanded (self->rows->pdata[i]))
      g_hash_table_add (expanded,
                        (gpointer) pd_evidence_row_get_item (self->rows->pdata[i])->id);
  g_ptr_array_set_size (self->rows, 0);
  while ((child = gtk_widget_get_first_child (self->groups_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->groups_box), child);

  for (guint i = 0; i < items->len; i++)
    {
      const PdEvidenceItem *item = items->pdata[i];

      if ((int) item->group != last_group)
        {
          group = add_group (self, pd_evidence_group_get_title (item->group), NULL);
          last_group = item->group;
        }
      add_row (self, group, item, FALSE, expanded);
    }

  if (kept->len > 0)
    {
      group = add_group (self, _("No Longer Needed"),
                         _("Your answers changed, so these are not asked for any more. "
                           "What you attached is kept, in case you need it again."));
      for (guint i = 0; i < kept->len; i++)
        add_row (self, group, kept->pdata[i], TRUE, expanded);
    }
}

static void
update_progress (PdChecklistView *self)
{
  g_autofree char *text = NULL;
  guint ready, total;

  pd_checklist_get_progress (self->pd_case, &ready, &total);
  /* Translators: "8 of 12 ready": documents the person has, of those needed. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u ready",
                                       "%1$u of %2$u ready", total),
                          ready, total);
  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) ready / total : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
refresh (PdChecklistView *self)
{
  g_autofree char *key = NULL;

  if (self->pd_case == NULL)
    return;

  key = dup_structure_key (self);
  if (g_strcmp0 (key, self->structure_key) != 0)
    {
      g_free (self->structure_key);
      self->structure_key = g_steal_pointer (&key);
      rebuild (self);
    }
  else
    for (guint i = 0; i < self->rows->len; i++)
      pd_evidence_row_refresh (self->rows->pdata[i]);
  update_progress (self);
}

static void
case_changed_cb (PdChecklistView *self,
                 const char      *key,
                 PdCase          *pd_case)
{
  if (g_strcmp0 (key, "name") == 0)
    return;
  refresh (self);
}

/* ------------------------------------------------------------------------ */
/* Copying files in                                                          */

static void import_next (PdChecklistView *self);

static gboolean
progress_tick_cb (gpointer user_data)
{
  PdChecklistView *self = user_data;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  gint64 done, total;

  if (self->current == NULL)
    return G_SOURCE_CONTINUE;

  pd_import_progress_get (&self->progress, &done, &total);
  name = g_file_get_basename (self->current->file);
  if (name != NULL && !g_utf8_validate (name, -1, NULL))
    g_clear_pointer (&name, g_free);
  /* Translators: %1$s is a file name; %2$u of %3$u count the files being copied. */
  text = g_strdup_printf (_("Copying “%1$s” (%2$u of %3$u)…"), name != NULL ? name : "",
                          self->n_done + 1, self->n_total);
  gtk_label_set_text (self->copy_label, text);
  gtk_progress_bar_set_fraction (self->copy_bar, total > 0 ? (double) done / total : 0);
  return G_SOURCE_CONTINUE;
}

static void
show_failures (PdChecklistView *self)
{
  if (self->failures == NULL || self->failures->len == 0)
    return;
  pd_show_message (GTK_WIDGET (self), _("Some Files Were Not Added"), self->failures->str);
  g_string_truncate (self->failures, 0);
}

static void
import_finished (PdChecklistView *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->import_cancellable);
  gtk_revealer_set_reveal_child (self->copy_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.cancel-copy", FALSE);
  self->n_done = self->n_total = 0;
  show_failures (self);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (PdChecklistView) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = pd_import_file_finish (result, &error);
  ImportJob *job = g_steal_pointer (&self->current);

  if (self->disposed)
    {
      /* The window went away while copying: nothing refers to the copy. */
      if (file != NULL)
        pd_import_delete_stored (job->case_dir, file->stored, NULL);
      import_job_free (job);
      return;
    }

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->failures != NULL)
        {
          if (self->failures->len > 0)
            g_string_append (self->failures, "\n\n");
          g_string_append (self->failures, error->message);
        }
    }
  else if (job->pd_case != self->pd_case)
    {
      /* The case was closed meanwhile: nothing refers to the copy. */
      pd_import_delete_stored (job->case_dir, file->stored, NULL);
    }
  else
    {
      const char *other = pd_checklist_find_sha256 (self->pd_case, file->sha256, NULL);
      g_autofree char *new_id = NULL;

      if (job->document_id != NULL && pd_checklist_add_page (self->pd_case, job->document_id, file))
        ;
      else
        new_id = pd_checklist_add_document (self->pd_case, job->item_id, file);

      if (other != NULL)
        {
          const PdEvidenceItem *item = pd_checklist_lookup (other);
          /* Translators: %1$s is a file name, %2$s a checklist item. */
          g_autofree char *message = g_strdup_printf (_("“%1$s” is also attached under “%2$s”"),
                                                      file->name,
                                                      item != NULL
                                                      ? pd_evidence_item_get_title (item) : "");
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
        }
    }

  import_job_free (job);
  self->n_done++;
  import_next (self);
}

static void
import_next (PdChecklistView *self)
{
  if (self->current != NULL)
    return;

  self->current = g_queue_pop_head (&self->jobs);
  if (self->current == NULL)
    {
      import_finished (self);
      return;
    }

  if (self->import_cancellable == NULL)
    self->import_cancellable = g_cancellable_new ();
  self->progress.done = 0;
  self->progress.total = 0;
  progress_tick_cb (self);
  pd_import_file_async (self->current->case_dir, self->current->file, &self->progress,
                        self->import_cancellable, import_done_cb, g_object_ref (self));
}

/* Copies @files into the case, as new documents of @item_id or, with
 * @document_id, as that document's next pages. */
void
pd_checklist_view_import (PdChecklistView *self,
                          const char      *item_id,
                          const char      *document_id,
                          GListModel      *files)
{
  guint n;

  g_return_if_fail (PD_IS_CHECKLIST_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  if (self->pd_case == NULL || pd_case_get_read_only (self->pd_case))
    return;

  n = g_list_model_get_n_items (files);
  for (guint i = 0; i < n; i++)
    {
      ImportJob *job = g_new0 (ImportJob, 1);

      job->pd_case = g_object_ref (self->pd_case);
      job->case_dir = g_strdup (self->case_dir);
      job->file = g_list_model_get_item (files, i);
      job->item_id = g_strdup (item_id);
      job->document_id = g_strdup (document_id);
      g_queue_push_tail (&self->jobs, job);
      self->n_total++;
    }
  if (n == 0)
    return;

  if (self->failures == NULL)
    self->failures = g_string_new (NULL);
  gtk_revealer_set_reveal_child (self->copy_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.cancel-copy", TRUE);
  if (self->progress_id == 0)
    self->progress_id = g_timeout_add (100, progress_tick_cb, self);
  import_next (self);
}

static void
cancel_imports (PdChecklistView *self)
{
  g_queue_clear_full (&self->jobs, (GDestroyNotify) import_job_free);
  self->n_total = self->n_done + (self->current != NULL ? 1 : 0);
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

static void
cancel_copy_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  cancel_imports (PD_CHECKLIST_VIEW (widget));
}

static void
files_dropped_cb (PdEvidenceRow   *row,
                  GSList          *files,
                  PdChecklistView *self)
{
  g_autoptr (GListStore) store = g_list_store_new (G_TYPE_FILE);

  for (GSList *l = files; l != NULL; l = l->next)
    g_list_store_append (store, l->data);
  pd_checklist_view_import (self, pd_evidence_row_get_item (row)->id, NULL, G_LIST_MODEL (store));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PdChecklistView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      pd_checklist_view_import (self, g_object_get_data (G_OBJECT (chooser), "item-id"),
                                g_object_get_data (G_OBJECT (chooser), "document-id"), files);
    }
  g_object_unref (chooser);
}

static void
choose_files (PdChecklistView *self,
              const char      *title,
              const char      *item_id,
              const char      *document_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) usable = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (usable, _("PDF files and photos"));
  gtk_file_filter_add_mime_type (usable, "application/pdf");
  gtk_file_filter_add_mime_type (usable, "image/*");
  gtk_file_filter_add_suffix (usable, "heic");
  gtk_file_filter_add_suffix (usable, "HEIC");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), usable);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_object_set_data_full (G_OBJECT (chooser), "item-id", g_strdup (item_id), g_free);
  g_object_set_data_full (G_OBJECT (chooser), "document-id", g_strdup (document_id), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);
  const PdEvidenceItem *item = pd_checklist_lookup (g_variant_get_string (parameter, NULL));
  g_autofree char *title = NULL;

  if (item == NULL)
    return;
  /* Translators: a file chooser's title; %s is a checklist item. */
  title = g_strdup_printf (_("Attach to “%s”"), pd_evidence_item_get_title (item));
  choose_files (self, title, item->id, NULL);
}

static void
add_pages_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);
  g_autoptr (PdDocument) document = pd_checklist_dup_document (self->pd_case,
                                                               g_variant_get_string (parameter,
                                                                                     NULL));
  g_autofree char *title = NULL;

  if (document == NULL)
    return;
  /* Translators: a file chooser's title; %s is what the person calls a document. */
  title = g_strdup_printf (_("Add Pages to “%s”"), pd_document_get_label (document));
  choose_files (self, title, document->item_id, document->id);
}

static void
pages_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  pd_pages_dialog_show (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->pd_case,
                        self->case_dir, g_variant_get_string (parameter, NULL));
}

static void
describe_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PdChecklistView  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_strcmp0 (response, "save") == 0 && self->pd_case != NULL)
    pd_checklist_set_description (self->pd_case, g_object_get_data (G_OBJECT (dialog), "id"),
                                  gtk_editable_get_text (entry));
}

static void
describe_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (PdDocument) document = pd_checklist_dup_document (self->pd_case,
                                                               g_variant_get_string (parameter,
                                                                                     NULL));
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (document == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Describe This Paper"),
    _("Say what it is, for example “Lease, 2019–2021” or “Letter from my pastor”. The exhibit "
      "list in your packet uses it, so write it in English if you can.")));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), document->description != NULL
                                               ? document->description : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), pd_document_get_label (document));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Description"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "save", _("_Save"));
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (document->id), g_free);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (describe_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ------------------------------------------------------------------------ */
/* Remove, with Undo                                                         */

/* The removed document's files go once Undo is no longer offered, and
 * only once the saved case.json no longer refers to them: if saving failed,
 * the file on disk must still find its papers. */
static void
finish_removal (PdChecklistView *self)
{
  g_auto (GStrv) paths = NULL;
  g_autofree char *case_json = NULL;
  g_autofree char *saved = NULL;

  if (self->removed == NULL)
    return;
  if (self->case_dir != NULL)
    {
      case_json = g_build_filename (self->case_dir, "case.json", NULL);
      g_file_get_contents (case_json, &saved, NULL, NULL);
    }
  /* Each copy has its own name, so no other document uses these files. */
  paths = pd_checklist_dup_stored_paths (self->removed);
  for (guint i = 0; paths[i] != NULL && saved != NULL; i++)
    {
      g_autoptr (GError) error = NULL;

      if (strstr (saved, paths[i]) != NULL)
        continue;
      if (!pd_import_delete_stored (self->case_dir, paths[i], &error))
        g_warning ("Could not delete %s: %s", paths[i], error->message);
    }
  g_clear_pointer (&self->removed, json_node_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo", FALSE);
}

static void
undo_toast_dismissed_cb (PdChecklistView *self,
                         AdwToast        *toast)
{
  if (self->undo_toast == toast)
    {
      self->undo_toast = NULL;
      finish_removal (self);
    }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);
  g_autoptr (PdDocument) document = pd_checklist_dup_document (self->pd_case,
                                                               g_variant_get_string (parameter,
                                                                                     NULL));
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (document == NULL || pd_case_get_read_only (self->pd_case))
    return;

  if (self->undo_toast != NULL)
    {
      AdwToast *old = g_steal_pointer (&self->undo_toast);
      adw_toast_dismiss (old);
    }
  finish_removal (self);

  self->removed = pd_checklist_remove_document (self->pd_case, document->id,
                                                &self->removed_position);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo", TRUE);

  /* Translators: %s is what the person calls a document. Ctrl+Z also undoes. */
  message = g_strdup_printf (_("“%s” removed"), pd_document_get_label (document));
  toast = pd_undo_toast_new (message, "checklist.undo");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);
  g_autoptr (JsonNode) removed = g_steal_pointer (&self->removed);

  if (removed == NULL || self->pd_case == NULL)
    return;
  gtk_widget_action_set_enabled (widget, "checklist.undo", FALSE);
  if (self->undo_toast != NULL)
    {
      AdwToast *toast = g_steal_pointer (&self->undo_toast);
      adw_toast_dismiss (toast);
    }
  pd_checklist_restore_document (self->pd_case, removed, self->removed_position);
}

/* ------------------------------------------------------------------------ */
/* Print and save                                                            */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  pd_print_text_doc (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                     pd_checklist_build_doc (self->pd_case), _("Document checklist"),
                     _("The Checklist Could Not Be Printed"));
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (widget);

  pd_save_text_doc (widget, self->toast_overlay, pd_checklist_build_doc (self->pd_case),
                    _("Save Checklist as PDF"),
                    /* Translators: the suggested file name; keep ".pdf". */
                    _("Document checklist.pdf"), _("The Checklist Could Not Be Saved"),
                    _("Checklist saved as PDF"));
}

/* ------------------------------------------------------------------------ */

void
pd_checklist_view_set_case (PdChecklistView *self,
                            PdCase          *pd_case,
                            const char      *case_dir)
{
  g_return_if_fail (PD_IS_CHECKLIST_VIEW (self));

  cancel_imports (self);
  if (self->undo_toast != NULL)
    {
      AdwToast *toast = g_steal_pointer (&self->undo_toast);
      adw_toast_dismiss (toast);
    }
  finish_removal (self);

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);
  g_free (self->case_dir);
  self->case_dir = g_strdup (case_dir);
  g_clear_pointer (&self->structure_key, g_free);
  g_ptr_array_set_size (self->rows, 0);
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (self->groups_box)) != NULL)
      gtk_box_remove (GTK_BOX (self->groups_box), child);
  }

  if (pd_case == NULL)
    return;
  if (case_dir != NULL && !pd_case_get_read_only (pd_case))
    pd_import_clean_partial (case_dir);
  self->changed_id = g_signal_connect_swapped (pd_case, "changed",
                                               G_CALLBACK (case_changed_cb), self);
  refresh (self);
}

/* Whether files are being copied in now. */
gboolean
pd_checklist_view_is_busy (PdChecklistView *self)
{
  g_return_val_if_fail (PD_IS_CHECKLIST_VIEW (self), FALSE);

  return self->current != NULL || !g_queue_is_empty (&self->jobs);
}

void
pd_checklist_view_focus_first (PdChecklistView *self)
{
  g_return_if_fail (PD_IS_CHECKLIST_VIEW (self));

  if (self->rows->len > 0)
    gtk_widget_grab_focus (self->rows->pdata[0]);
}

static void
pd_checklist_view_dispose (GObject *object)
{
  PdChecklistView *self = PD_CHECKLIST_VIEW (object);

  self->disposed = TRUE;
  cancel_imports (self);
  finish_removal (self);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->case_dir, g_free);
  g_clear_pointer (&self->structure_key, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->import_cancellable);
  if (self->failures != NULL)
    g_string_free (g_steal_pointer (&self->failures), TRUE);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_checklist_view_parent_class)->dispose (object);
}

static void
pd_checklist_view_class_init (PdChecklistViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_checklist_view_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-checklist-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdChecklistView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdChecklistView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PdChecklistView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PdChecklistView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, PdChecklistView, copy_revealer);
  gtk_widget_class_bind_template_child (widget_class, PdChecklistView, copy_label);
  gtk_widget_class_bind_template_child (widget_class, PdChecklistView, copy_bar);

  gtk_widget_class_install_action (widget_class, "checklist.attach", "s", attach_action);
  gtk_widget_class_install_action (widget_class, "checklist.add-pages", "s", add_pages_action);
  gtk_widget_class_install_action (widget_class, "checklist.pages", "s", pages_action);
  gtk_widget_class_install_action (widget_class, "checklist.describe", "s", describe_action);
  gtk_widget_class_install_action (widget_class, "checklist.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "checklist.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "checklist.cancel-copy", NULL,
                                   cancel_copy_action);
  gtk_widget_class_install_action (widget_class, "checklist.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "checklist.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "checklist.undo", NULL);
}

static void
pd_checklist_view_init (PdChecklistView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  g_queue_init (&self->jobs);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.cancel-copy", FALSE);
}
