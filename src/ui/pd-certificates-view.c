/* pd-certificates-view.c — the translator and the certificates for the
 * papers not in English
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-certificates-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-checklist.h"
#include "pd-certificates-view.h"
#include "pd-print.h"
#include "pd-statement.h"
#include "pd-statement-pdf.h"
#include "pd-undo-toast.h"

struct _PdCertificatesView
{
  AdwBin           parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *translator_row;
  AdwEntryRow     *translator_address_row;
  AdwEntryRow     *translator_phone_row;
  GtkLabel        *preview_label;

  PdCase          *pd_case;
  gulong           changed_id;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (PdCertificatesView, pd_certificates_view, ADW_TYPE_BIN)

static void
update_preview (PdCertificatesView *self)
{
  g_autoptr (GPtrArray) certificates = pd_statement_dup_document_certificates (self->pd_case);
  g_autoptr (GString) text = g_string_new (NULL);

  if (certificates->len == 0)
    g_string_append (text,
                     !pd_checklist_has_foreign_documents (self->pd_case)
                     ? _("No attached paper is marked as being in another language. In "
                         "Documents, open a paper’s menu to choose its language.")
                     : pd_statement_get_setting (self->pd_case, "translator") == NULL
                     ? _("Write the translator’s name to make the certificates.")
                     : _("Choose the language of each paper in Documents (“Another "
                         "language” cannot go on a certificate)."));
  for (guint i = 0; i < certificates->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n\n\n" : "", (char *) certificates->pdata[i]);
  gtk_label_set_text (self->preview_label, text->str);
}

static void
case_changed_cb (PdCertificatesView *self)
{
  update_preview (self);
}

static void
row_changed_cb (AdwEntryRow        *row,
                PdCertificatesView *self)
{
  if (self->filling || self->pd_case == NULL)
    return;
  pd_statement_set_setting (self->pd_case, g_object_get_data (G_OBJECT (row), "field"),
                            gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
fill_row (PdCertificatesView *self,
          AdwEntryRow        *row)
{
  const char *value = pd_statement_get_setting (self->pd_case,
                                                g_object_get_data (G_OBJECT (row), "field"));

  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  gtk_widget_set_sensitive (GTK_WIDGET (row), !pd_case_get_read_only (self->pd_case));
}

void
pd_certificates_view_set_case (PdCertificatesView *self,
                               PdCase             *pd_case)
{
  g_return_if_fail (PD_IS_CERTIFICATES_VIEW (self));

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);
  if (pd_case == NULL)
    return;

  self->filling = TRUE;
  fill_row (self, self->translator_row);
  fill_row (self, self->translator_address_row);
  fill_row (self, self->translator_phone_row);
  self->filling = FALSE;
  self->changed_id = g_signal_connect_swapped (pd_case, "changed", G_CALLBACK (case_changed_cb),
                                               self);
  update_preview (self);
}

static gboolean
has_certificates (PdCertificatesView *self)
{
  g_autoptr (GPtrArray) certificates = pd_statement_dup_document_certificates (self->pd_case);

  if (certificates->len > 0)
    return TRUE;
  pd_show_message (GTK_WIDGET (self), _("No Certificates Yet"),
                   gtk_label_get_text (self->preview_label));
  return FALSE;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdCertificatesView *self = PD_CERTIFICATES_VIEW (widget);

  if (!has_certificates (self))
    return;
  pd_save_text_doc (widget, self->toast_overlay, pd_certificates_build_doc (self->pd_case),
                    _("Export Certificates as PDF"),
                    /* Translators: the suggested file name; keep ".pdf". */
                    _("Translator certificates.pdf"), _("The Certificates Could Not Be Saved"),
                    _("Certificates saved as PDF"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdCertificatesView *self = PD_CERTIFICATES_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!has_certificates (self))
    return;
  pd_print_text_doc (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                     pd_certificates_build_doc (self->pd_case), _("Translator certificates"),
                     _("The Certificates Could Not Be Printed"));
}

static void
pd_certificates_view_dispose (GObject *object)
{
  PdCertificatesView *self = PD_CERTIFICATES_VIEW (object);

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_certificates_view_parent_class)->dispose (object);
}

static void
pd_certificates_view_class_init (PdCertificatesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_certificates_view_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-certificates-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdCertificatesView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdCertificatesView, translator_row);
  gtk_widget_class_bind_template_child (widget_class, PdCertificatesView, translator_address_row);
  gtk_widget_class_bind_template_child (widget_class, PdCertificatesView, translator_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PdCertificatesView, preview_label);

  gtk_widget_class_install_action (widget_class, "certificates.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "certificates.print", NULL, print_action);
}

static void
pd_certificates_view_init (PdCertificatesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_set_data (G_OBJECT (self->translator_row), "field", (gpointer) "translator");
  g_object_set_data (G_OBJECT (self->translator_address_row), "field",
                     (gpointer) "translator_address");
  g_object_set_data (G_OBJECT (self->translator_phone_row), "field",
                     (gpointer) "translator_phone");
  g_signal_connect (self->translator_row, "changed", G_CALLBACK (row_changed_cb), self);
  g_signal_connect (self->translator_address_row, "changed", G_CALLBACK (row_changed_cb), self);
  g_signal_connect (self->translator_phone_row, "changed", G_CALLBACK (row_changed_cb), self);
}
