/* pd-print.c — printing a paginated document through the system's dialog,
 * and saving it as PDF where the person chooses
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pd-print.h"
#include "pd-undo-toast.h"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PdTextDoc         *doc)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  guint n_pages = pd_text_doc_paginate (doc, pango, gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));

  /* The layouts hold their own references to it. */
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PdTextDoc         *doc)
{
  pd_text_doc_draw_page (doc, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* Shows the print dialog for @doc (US Letter, 1-inch margins); takes it.
 * @error_heading says what could not be printed. */
void
pd_print_text_doc (GtkWindow  *parent,
                   PdTextDoc  *doc,
                   const char *job_name,
                   const char *error_heading)
{
  g_autoptr (GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr (GError) error = NULL;

  g_return_if_fail (doc != NULL);

  gtk_page_setup_set_paper_size (setup, letter);
  gtk_page_setup_set_top_margin (setup, 1, GTK_UNIT_INCH);
  gtk_page_setup_set_bottom_margin (setup, 1, GTK_UNIT_INCH);
  gtk_page_setup_set_left_margin (setup, 1, GTK_UNIT_INCH);
  gtk_page_setup_set_right_margin (setup, 1, GTK_UNIT_INCH);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "doc", doc, (GDestroyNotify) pd_text_doc_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), doc);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    pd_show_message (GTK_WIDGET (parent), error_heading, error->message);
}

typedef struct
{
  GtkWidget       *widget;
  AdwToastOverlay *toasts;
  PdTextDoc       *doc;
  char            *error_heading;
  char            *done;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->widget);
  g_object_unref (job->toasts);
  pd_text_doc_free (job->doc);
  g_free (job->error_heading);
  g_free (job->done);
  g_free (job);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  SaveJob         *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr (GError) error = NULL;

      if (path == NULL || !pd_text_doc_write_pdf (job->doc, path, &error))
        pd_show_message (job->widget, job->error_heading, error != NULL ? error->message : NULL);
      else
        adw_toast_overlay_add_toast (job->toasts, adw_toast_new (job->done));
    }
  save_job_free (job);
  g_object_unref (chooser);
}

/* Asks where to save @doc (taken), writes it as PDF there, and says so in
 * @toasts, or why not. */
void
pd_save_text_doc (GtkWidget       *widget,
                  AdwToastOverlay *toasts,
                  PdTextDoc       *doc,
                  const char      *title,
                  const char      *suggested_name,
                  const char      *error_heading,
                  const char      *done)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  SaveJob *job = g_new0 (SaveJob, 1);

  job->widget = g_object_ref (widget);
  job->toasts = g_object_ref (toasts);
  job->doc = doc;
  job->error_heading = g_strdup (error_heading);
  job->done = g_strdup (done);

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
