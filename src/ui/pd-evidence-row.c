/* pd-evidence-row.c — one checklist item: why, examples, status, note, files
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-evidence-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-document-row.h"
#include "pd-evidence-row.h"

struct _PdEvidenceRow
{
  AdwExpanderRow        parent_instance;

  GtkImage             *status_icon;
  GtkLabel             *why_label;
  GtkLabel             *examples_label;
  AdwComboRow          *status_row;
  AdwEntryRow          *note_row;
  GtkWidget            *attach_row;

  PdCase               *pd_case;
  char                 *case_dir;
  const PdEvidenceItem *item;
  gboolean              kept;        /* no longer applies; shown greyed */
  GPtrArray            *document_rows;
  char                 *documents_key;
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (PdEvidenceRow, pd_evidence_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  FILES_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Letters and statements are written in the Letter place, not attached. */
static gboolean
takes_files (const PdEvidenceItem *item)
{
  return item->group != PD_EVIDENCE_GROUP_REQUEST;
}

/* What the documents look like now: rows are rebuilt only when it changes. */
static char *
dup_documents_key (PdEvidenceRow *self,
                   GPtrArray     *documents)
{
  g_autoptr (GString) key = g_string_new (NULL);

  for (guint i = 0; i < documents->len; i++)
    {
      PdDocument *document = documents->pdata[i];

      g_string_append_printf (key, "%s|%s|%s|%u|", document->id,
                              pd_document_get_label (document),
                              document->language != NULL ? document->language : "",
                              document->files->len);
      for (guint j = 0; j < document->files->len; j++)
        {
          PdDocumentFile *file = document->files->pdata[j];
          g_string_append_printf (key, "%s:%u,", file->stored,
                                  pd_checklist_check_file (self->pd_case, self->case_dir,
                                                           document, file));
        }
      g_string_append_c (key, ';');
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
update_documents (PdEvidenceRow *self)
{
  g_autoptr (GPtrArray) documents = pd_checklist_dup_documents (self->pd_case, self->item->id);
  g_autofree char *key = dup_documents_key (self, documents);
  gboolean editable = !pd_case_get_read_only (self->pd_case);

  if (g_strcmp0 (key, self->documents_key) == 0)
    return;
  g_free (self->documents_key);
  self->documents_key = g_steal_pointer (&key);

  for (guint i = 0; i < self->document_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->document_rows->pdata[i]);
  g_ptr_array_set_size (self->document_rows, 0);
  if (self->attach_row != NULL && gtk_widget_get_parent (self->attach_row) != NULL)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->attach_row);

  for (guint i = 0; i < documents->len; i++)
    {
      GtkWidget *row = pd_document_row_new (self->pd_case, self->case_dir,
                                            documents->pdata[i], editable);

      g_ptr_array_add (self->document_rows, row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
    }
  if (self->attach_row != NULL)
    {
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->attach_row);
      gtk_widget_set_sensitive (self->attach_row, editable);
    }
}

static void
update_summary (PdEvidenceRow *self)
{
  PdEvidenceStatus status = pd_checklist_get_status (self->pd_case, self->item->id);
  g_autoptr (GPtrArray) documents = pd_checklist_dup_documents (self->pd_case, self->item->id);
  g_autoptr (GString) subtitle = g_string_new (NULL);
  g_autofree char *tab = NULL;
  const char *icon;

  if (self->kept)
    g_string_append (subtitle, _("No longer matches your answers: kept with its files"));
  else
    g_string_append (subtitle, pd_evidence_need_get_label (self->item->need));
  if (self->item->need != PD_EVIDENCE_REFERENCE)
    {
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, pd_evidence_status_get_label (status));
    }
  if (documents->len > 0)
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents",
                                           documents->len),
                              documents->len);
    }
  tab = pd_checklist_dup_tab (self->pd_case, self->item->id);
  if (tab != NULL)
    {
      g_string_append (subtitle, " · ");
      /* Translators: the exhibit's tab in the packet, e.g. "Tab C". */
      g_string_append_printf (subtitle, _("Tab %s"), tab);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);

  switch (status)
    {
    case PD_EVIDENCE_STATUS_HAVE:
      icon = "emblem-ok-symbolic";
      break;
    case PD_EVIDENCE_STATUS_NOT_APPLICABLE:
      icon = "action-unavailable-symbolic";
      break;
    case PD_EVIDENCE_STATUS_NEEDED:
    default:
      icon = self->item->need == PD_EVIDENCE_REFERENCE ? "folder-documents-symbolic"
                                                        : "radio-symbolic";
      break;
    }
  gtk_image_set_from_icon_name (self->status_icon, icon);
  if (status == PD_EVIDENCE_STATUS_HAVE)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  if (self->kept || status == PD_EVIDENCE_STATUS_NOT_APPLICABLE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "pd-greyed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "pd-greyed");

  self->updating = TRUE;
  adw_combo_row_set_selected (self->status_row, status);
  self->updating = FALSE;
}

/* Brings the row up to date with the case, keeping focus and typing. */
void
pd_evidence_row_refresh (PdEvidenceRow *self)
{
  const char *note;

  g_return_if_fail (PD_IS_EVIDENCE_ROW (self));

  update_summary (self);
  note = pd_checklist_get_note (self->pd_case, self->item->id);
  /* Typing sets the note, so the text differs only after e.g. a restore. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note_row)), note) != 0)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), note);
      self->updating = FALSE;
    }
  update_documents (self);
}

static void
status_selected_cb (PdEvidenceRow *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  pd_checklist_set_status (self->pd_case, self->item->id, selected);
}

static void
note_changed_cb (PdEvidenceRow *self)
{
  if (self->updating)
    return;
  pd_checklist_set_note (self->pd_case, self->item->id,
                         gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
}

static void
attach_activated_cb (PdEvidenceRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "checklist.attach", "s", self->item->id);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PdEvidenceRow *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || pd_case_get_read_only (self->pd_case))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  g_signal_emit (self, signals[FILES_DROPPED], 0, files);
  return TRUE;
}

static void
pd_evidence_row_dispose (GObject *object)
{
  PdEvidenceRow *self = PD_EVIDENCE_ROW (object);

  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->case_dir, g_free);
  g_clear_pointer (&self->document_rows, g_ptr_array_unref);
  g_clear_pointer (&self->documents_key, g_free);
  g_clear_object (&self->attach_row);

  G_OBJECT_CLASS (pd_evidence_row_parent_class)->dispose (object);
}

static void
pd_evidence_row_class_init (PdEvidenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_evidence_row_dispose;

  /**
   * PdEvidenceRow::files-dropped:
   * @files: (element-type GFile): the files dropped on the row
   */
  signals[FILES_DROPPED] =
    g_signal_new ("files-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-evidence-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PdEvidenceRow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, PdEvidenceRow, why_label);
  gtk_widget_class_bind_template_child (widget_class, PdEvidenceRow, examples_label);
  gtk_widget_class_bind_template_child (widget_class, PdEvidenceRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, PdEvidenceRow, note_row);
}

static void
pd_evidence_row_init (PdEvidenceRow *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->document_rows = g_ptr_array_new ();

  for (PdEvidenceStatus s = PD_EVIDENCE_STATUS_NEEDED; s <= PD_EVIDENCE_STATUS_NOT_APPLICABLE; s++)
    gtk_string_list_append (statuses, pd_evidence_status_get_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_row, "notify::selected",
                            G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (note_changed_cb), self);
}

GtkWidget *
pd_evidence_row_new (PdCase               *pd_case,
                     const char           *case_dir,
                     const PdEvidenceItem *item,
                     gboolean              kept)
{
  PdEvidenceRow *self = g_object_new (PD_TYPE_EVIDENCE_ROW, NULL);
  g_autofree char *examples = NULL;
  gboolean editable = !pd_case_get_read_only (pd_case);

  self->pd_case = g_object_ref (pd_case);
  self->case_dir = g_strdup (case_dir);
  self->item = item;
  self->kept = kept;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), pd_evidence_item_get_title (item));
  gtk_label_set_text (self->why_label, pd_evidence_item_get_why (item));
  /* Translators: %s lists documents, e.g. "Passport, national ID card". */
  examples = g_strdup_printf (_("For example: %s"), pd_evidence_item_get_examples (item));
  gtk_label_set_text (self->examples_label, examples);
  gtk_widget_set_visible (GTK_WIDGET (self->status_row), item->need != PD_EVIDENCE_REFERENCE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->note_row), editable);

  if (takes_files (item))
    {
      GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
      GtkWidget *icon = gtk_image_new_from_icon_name ("mail-attachment-symbolic");

      self->attach_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->attach_row),
                                     _("_Attach Files…"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->attach_row), TRUE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->attach_row),
                                   _("PDF, JPEG or PNG work best. First black out other "
                                     "people’s details, like account and ID numbers. You can "
                                     "also drop files here."));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      "", -1);
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (self->attach_row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->attach_row), TRUE);
      g_signal_connect_swapped (self->attach_row, "activated",
                                G_CALLBACK (attach_activated_cb), self);
      /* Held while it is taken out and put back after the documents. */
      g_object_ref_sink (self->attach_row);

      g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
    }

  pd_evidence_row_refresh (self);
  return GTK_WIDGET (self);
}

const PdEvidenceItem *
pd_evidence_row_get_item (PdEvidenceRow *self)
{
  g_return_val_if_fail (PD_IS_EVIDENCE_ROW (self), NULL);

  return self->item;
}
