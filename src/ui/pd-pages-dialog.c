/* pd-pages-dialog.c — putting the photographed pages of one paper in order
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-pages-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-checklist.h"
#include "pd-pages-dialog.h"
#include "pd-thumbnail.h"

struct _PdPagesDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkListBox     *list;

  PdCase         *pd_case;
  char           *case_dir;
  char           *document_id;
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (PdPagesDialog, pd_pages_dialog, ADW_TYPE_WINDOW)

static void rebuild (PdPagesDialog *self,
                     int            focus_page,
                     int            focus_delta);

static void
move_clicked_cb (GtkButton     *button,
                 PdPagesDialog *self)
{
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "page"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  if (pd_checklist_move_page (self->pd_case, self->document_id, page, page + delta))
    rebuild (self, (int) page + delta, delta);
}

static GtkWidget *
move_button (PdPagesDialog *self,
             guint          page,
             int            delta,
             gboolean       enabled)
{
  GtkWidget *button = gtk_button_new_from_icon_name (delta < 0 ? "go-up-symbolic"
                                                               : "go-down-symbolic");
  g_autofree char *label = delta < 0
    /* Translators: %u is a page number. */
    ? g_strdup_printf (_("Move Page %u Up"), page + 1)
    /* Translators: %u is a page number. */
    : g_strdup_printf (_("Move Page %u Down"), page + 1);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, enabled);
  g_object_set_data (G_OBJECT (button), "page", GUINT_TO_POINTER (page));
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  return button;
}

/* Rebuilds the rows; keeps the keyboard on the page that moved. */
static void
rebuild (PdPagesDialog *self,
         int            focus_page,
         int            focus_delta)
{
  g_autoptr (PdDocument) document = pd_checklist_dup_document (self->pd_case, self->document_id);
  GtkWidget *child;
  GtkWidget *focus = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (document == NULL)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  adw_window_title_set_subtitle (self->window_title, pd_document_get_label (document));

  for (guint i = 0; i < document->files->len; i++)
    {
      PdDocumentFile *file = document->files->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *image = gtk_image_new ();
      GtkWidget *up = move_button (self, i, -1, i > 0);
      GtkWidget *down = move_button (self, i, +1, i + 1 < document->files->len);
      /* Translators: %u is a page number. */
      g_autofree char *title = g_strdup_printf (_("Page %u"), i + 1);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), file->name);
      gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                      -1);
      pd_thumbnail_set_image (GTK_IMAGE (image), self->case_dir, file, self->cancellable);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
      gtk_list_box_append (self->list, row);

      if ((int) i == focus_page)
        {
          /* At the top or bottom the button that was used is greyed out. */
          focus = focus_delta < 0 ? (i > 0 ? up : down) : (i + 1 < document->files->len ? down
                                                                                         : up);
        }
    }
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static void
pd_pages_dialog_dispose (GObject *object)
{
  PdPagesDialog *self = PD_PAGES_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->case_dir, g_free);
  g_clear_pointer (&self->document_id, g_free);

  G_OBJECT_CLASS (pd_pages_dialog_parent_class)->dispose (object);
}

static void
pd_pages_dialog_class_init (PdPagesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_pages_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-pages-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPagesDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PdPagesDialog, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_pages_dialog_init (PdPagesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
pd_pages_dialog_show (GtkWindow  *parent,
                      PdCase     *pd_case,
                      const char *case_dir,
                      const char *document_id)
{
  PdPagesDialog *self = g_object_new (PD_TYPE_PAGES_DIALOG, "transient-for", parent, NULL);

  self->pd_case = g_object_ref (pd_case);
  self->case_dir = g_strdup (case_dir);
  self->document_id = g_strdup (document_id);
  rebuild (self, -1, 0);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}
