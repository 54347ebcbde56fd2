/* pd-document-row.c — one attached document: what it is, what to fix, its menu
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-document-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-document-row.h"
#include "pd-fields.h"
#include "pd-thumbnail.h"

struct _PdDocumentRow
{
  AdwActionRow  parent_instance;

  GtkImage     *thumbnail;
  GtkWidget    *problem_icon;
  GtkMenuButton *menu_button;
  GMenu        *language_menu;

  PdCase       *pd_case;
  char         *case_dir;
  PdDocument   *document;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PdDocumentRow, pd_document_row, ADW_TYPE_ACTION_ROW)

static char *
describe_problems (PdDocumentRow        *self,
                   const PdDocumentFile *file,
                   PdFileProblem         problems)
{
  g_autoptr (GString) text = g_string_new (NULL);

#define ADD_LINE(line) G_STMT_START { \
    if (text->len > 0) g_string_append_c (text, '\n'); \
    g_string_append (text, line); \
  } G_STMT_END

  if (problems & PD_FILE_PROBLEM_MISSING)
    ADD_LINE (_("This file is no longer in your request’s folder. Remove it here and attach "
                "it again."));
  else if (problems & PD_FILE_PROBLEM_CHANGED)
    ADD_LINE (_("This file was changed after it was added. Open it to check that it is the "
                "right one."));
  if (problems & PD_FILE_PROBLEM_NOT_FOR_PACKET)
    {
      if (file->content_type != NULL && g_str_has_prefix (file->content_type, "image/"))
        ADD_LINE (_("The packet takes only PDF, JPEG and PNG files. Open this picture, save "
                    "it as JPEG or PNG, then attach that copy."));
      else
        ADD_LINE (_("The packet takes only PDF, JPEG and PNG files. Open this file in the "
                    "program that made it, save or print it as PDF, then attach the PDF."));
    }
  if (problems & PD_FILE_PROBLEM_LARGE)
    ADD_LINE (_("Larger than 10 MB: too big for many email systems. A smaller scan may be "
                "needed."));
  if (problems & PD_FILE_PROBLEM_DUPLICATE)
    {
      const char *other = pd_checklist_find_sha256 (self->pd_case, file->sha256,
                                                    self->document->id);
      const PdEvidenceItem *item = pd_checklist_lookup (other);
      g_autofree char *line = NULL;

      /* Translators: %s is a checklist item, e.g. "Proof of who you are". */
      line = g_strdup_printf (_("The same file is also attached under “%s”."),
                              item != NULL ? pd_evidence_item_get_title (item) : "");
      ADD_LINE (line);
    }
#undef ADD_LINE

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update (PdDocumentRow *self)
{
  const PdDocument *document = self->document;
  g_autoptr (GString) subtitle = g_string_new (NULL);
  g_autoptr (GString) problems_text = g_string_new (NULL);
  g_autoptr (GDateTime) added = NULL;
  guint64 total_size = 0;
  PdFileProblem all_problems = PD_FILE_PROBLEM_NONE;
  PdDocumentFile *first = document->files->len > 0 ? document->files->pdata[0] : NULL;
  g_autofree char *menu_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), pd_document_get_label (document));

  for (guint i = 0; i < document->files->len; i++)
    {
      PdDocumentFile *file = document->files->pdata[i];
      PdFileProblem problems = pd_checklist_check_file (self->pd_case, self->case_dir,
                                                        document, file);
      g_autofree char *text = describe_problems (self, file, problems);

      total_size += file->size;
      all_problems |= problems;
      if (*text == '\0')
        continue;
      if (problems_text->len > 0)
        g_string_append_c (problems_text, '\n');
      if (document->files->len > 1)
        /* Translators: %u is a page number; the reason comes after it. */
        g_string_append_printf (problems_text, _("Page %u: "), i + 1);
      g_string_append (problems_text, text);
    }

  if (first != NULL)
    {
      g_autofree char *type = g_content_type_get_description (first->content_type != NULL
                                                              ? first->content_type
                                                              : "application/octet-stream");
      g_string_append (subtitle, type);
    }
  if (document->files->len > 1)
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages",
                                           document->files->len),
                              document->files->len);
    }
  {
    g_autofree char *size = g_format_size (total_size);
    g_string_append (subtitle, " · ");
    g_string_append (subtitle, size);
  }
  added = document->added != NULL ? g_date_time_new_from_iso8601 (document->added, NULL) : NULL;
  if (added != NULL)
    {
      g_autoptr (GDateTime) local = g_date_time_to_local (added);
      GDate date;
      g_autofree char *day = NULL;
      g_autofree char *line = NULL;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
      day = pd_date_format_long (&date);
      /* Translators: %s is a date, e.g. "23 November 2026". */
      line = g_strdup_printf (_("added %s"), day);
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, line);
    }
  if (first != NULL && first->converted_from != NULL)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, _("iPhone photo, turned into JPEG for the packet."));
    }
  if (document->language != NULL)
    {
      g_autofree char *line = NULL;

      /* Translators: %s is a language name, e.g. "Spanish". */
      line = g_strdup_printf (_("In %s: needs an English translation with a certificate."),
                              pd_document_language_get_label (document->language));
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, line);
    }
  if (problems_text->len > 0)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, problems_text->str);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  if (all_problems & (PD_FILE_PROBLEM_MISSING | PD_FILE_PROBLEM_CHANGED
                      | PD_FILE_PROBLEM_NOT_FOR_PACKET | PD_FILE_PROBLEM_LARGE
                      | PD_FILE_PROBLEM_DUPLICATE))
    gtk_widget_add_css_class (GTK_WIDGET (self), "pd-problem");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "pd-problem");
  gtk_widget_set_visible (self->problem_icon, problems_text->len > 0);

  /* Translators: %s is what the person calls a document. */
  menu_label = g_strdup_printf (_("Actions for “%s”"), pd_document_get_label (document));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);

  pd_thumbnail_set_image (self->thumbnail, self->case_dir,
                          all_problems & PD_FILE_PROBLEM_MISSING ? NULL : first,
                          self->cancellable);
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                   */

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PdDocumentRow *self = user_data;
  PdDocumentFile *first;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;

  if (self->document->files->len == 0)
    return;
  first = self->document->files->pdata[0];
  path = g_build_filename (self->case_dir, first->stored, NULL);
  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri != NULL)
    g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
forward_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PdDocumentRow *self = user_data;
  g_autofree char *name = g_strconcat ("checklist.", g_action_get_name (G_ACTION (action)),
                                       NULL);

  gtk_widget_activate_action (GTK_WIDGET (self), name, "s", self->document->id);
}

static void
language_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PdDocumentRow *self = user_data;
  const char *language = g_variant_get_string (parameter, NULL);

  g_simple_action_set_state (action, parameter);
  pd_checklist_set_language (self->pd_case, self->document->id, language);
}

static void
row_activated_cb (PdDocumentRow *self)
{
  open_action (NULL, NULL, self);
}

static void
build_language_menu (PdDocumentRow *self)
{
  const char * const *languages = pd_document_languages ();
  g_autoptr (GMenuItem) english = g_menu_item_new (pd_document_language_get_label (NULL), NULL);

  g_menu_item_set_action_and_target (english, "document.language", "s", "English");
  g_menu_append_item (self->language_menu, english);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (pd_document_language_get_label (languages[i]),
                                                    NULL);

      g_menu_item_set_action_and_target (item, "document.language", "s", languages[i]);
      g_menu_append_item (self->language_menu, item);
    }
}

static void
pd_document_row_dispose (GObject *object)
{
  PdDocumentRow *self = PD_DOCUMENT_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->case_dir, g_free);
  g_clear_pointer (&self->document, pd_document_free);

  G_OBJECT_CLASS (pd_document_row_parent_class)->dispose (object);
}

static void
pd_document_row_class_init (PdDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_document_row_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PdDocumentRow, thumbnail);
  gtk_widget_class_bind_template_child (widget_class, PdDocumentRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PdDocumentRow, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, PdDocumentRow, language_menu);
}

static void
pd_document_row_init (PdDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "activated", G_CALLBACK (row_activated_cb), NULL);
}

GtkWidget *
pd_document_row_new (PdCase           *pd_case,
                     const char       *case_dir,
                     const PdDocument *document,
                     gboolean          editable)
{
  PdDocumentRow *self = g_object_new (PD_TYPE_DOCUMENT_ROW, NULL);
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { "open", open_action, NULL, NULL, NULL, { 0 } },
    { "describe", forward_action, NULL, NULL, NULL, { 0 } },
    { "add-pages", forward_action, NULL, NULL, NULL, { 0 } },
    { "pages", forward_action, NULL, NULL, NULL, { 0 } },
    { "remove", forward_action, NULL, NULL, NULL, { 0 } },
    { "language", language_action, "s", "'English'", NULL, { 0 } },
  };
  GAction *language;

  self->pd_case = g_object_ref (pd_case);
  self->case_dir = g_strdup (case_dir);
  self->document = g_new0 (PdDocument, 1);
  self->document->id = g_strdup (document->id);
  self->document->item_id = g_strdup (document->item_id);
  self->document->description = g_strdup (document->description);
  self->document->language = g_strdup (document->language);
  self->document->added = g_strdup (document->added);
  self->document->files = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_document_file_free);
  for (guint i = 0; i < document->files->len; i++)
    g_ptr_array_add (self->document->files, pd_document_file_copy (document->files->pdata[i]));

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);
  language = g_action_map_lookup_action (G_ACTION_MAP (group), "language");
  g_simple_action_set_state (G_SIMPLE_ACTION (language),
                             g_variant_new_string (document->language != NULL
                                                   ? document->language : "English"));
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (!g_str_equal (entries[i].name, "open"))
      g_simple_action_set_enabled (G_SIMPLE_ACTION (
        g_action_map_lookup_action (G_ACTION_MAP (group), entries[i].name)), editable);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (
    g_action_map_lookup_action (G_ACTION_MAP (group), "pages")),
    editable && document->files->len > 1);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "document", G_ACTION_GROUP (group));

  build_language_menu (self);
  update (self);
  return GTK_WIDGET (self);
}

const char *
pd_document_row_get_id (PdDocumentRow *self)
{
  g_return_val_if_fail (PD_IS_DOCUMENT_ROW (self), NULL);

  return self->document->id;
}
