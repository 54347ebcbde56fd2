/* pd-case-page.c — one open request: its name, hearing countdown and places
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-case-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-case-page.h"
#include "pd-checklist-view.h"
#include "pd-letter-view.h"
#include "pd-packet-view.h"
#include "pd-clock.h"
#include "pd-details-view.h"
#include "pd-interview-view.h"
#include "pd-fields.h"

struct _PdCasePage
{
  AdwBin            parent_instance;

  AdwWindowTitle   *window_title;
  GtkWidget        *hearing_box;
  GtkLabel         *hearing_label;
  GtkRevealer      *banner_revealer;
  GtkLabel         *banner_label;
  AdwViewStack     *places;
  AdwViewSwitcherBar *switcher_bar;
  PdDetailsView    *details_view;
  PdInterviewView  *interview_view;
  PdChecklistView  *checklist_view;
  PdLetterView     *letter_view;
  PdPacketView     *packet_view;

  PdCase           *pd_case;
  gulong            changed_id;
  char             *save_error;
};

G_DEFINE_FINAL_TYPE (PdCasePage, pd_case_page, ADW_TYPE_BIN)

char *
pd_case_page_dup_subtitle (PdCasePage *self)
{
  GDate hearing;

  g_return_val_if_fail (PD_IS_CASE_PAGE (self), NULL);

  if (self->pd_case == NULL || !pd_case_get_hearing_date (self->pd_case, &hearing))
    return g_strdup (_("No hearing date yet"));
  return pd_date_describe_hearing (&hearing);
}

static void
update_banner (PdCasePage *self)
{
  const char *message = NULL;

  if (self->save_error != NULL)
    message = self->save_error;
  else if (self->pd_case != NULL && pd_case_get_read_only (self->pd_case))
    message = _("This request was made with a newer version of Discretion. You can read it "
                "here, but changes cannot be saved.");

  if (message != NULL)
    gtk_label_set_text (self->banner_label, message);
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
update_title (PdCasePage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GDate hearing;

  if (self->pd_case == NULL)
    return;

  title = pd_case_dup_display_name (self->pd_case);
  subtitle = pd_case_page_dup_subtitle (self);
  adw_window_title_set_title (self->window_title, title);
  /* Below the header bar, not in it: it wraps instead of being cut off in
   * a narrow window. */
  gtk_label_set_text (self->hearing_label, subtitle);
  if (pd_case_get_hearing_date (self->pd_case, &hearing) && pd_clock_days_until (&hearing) < 0)
    gtk_widget_add_css_class (self->hearing_box, "pd-past");
  else
    gtk_widget_remove_css_class (self->hearing_box, "pd-past");
}

static void
case_changed_cb (PdCasePage *self,
                 const char *key,
                 PdCase     *pd_case)
{
  if (g_strcmp0 (key, "name") == 0 || g_strcmp0 (key, PD_KEY_FULL_NAME) == 0
      || g_strcmp0 (key, PD_KEY_HEARING_DATE) == 0)
    update_title (self);
}

/* @case_dir: the case's folder, where attached files are copied. */
void
pd_case_page_set_case (PdCasePage *self,
                       PdCase     *pd_case,
                       const char *case_dir)
{
  g_return_if_fail (PD_IS_CASE_PAGE (self));
  g_return_if_fail (pd_case == NULL || PD_IS_CASE (pd_case));

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_set_object (&self->pd_case, pd_case);
  g_clear_pointer (&self->save_error, g_free);

  pd_details_view_set_case (self->details_view, pd_case);
  pd_interview_view_set_case (self->interview_view, pd_case);
  pd_checklist_view_set_case (self->checklist_view, pd_case, case_dir);
  pd_letter_view_set_case (self->letter_view, pd_case);
  pd_packet_view_set_case (self->packet_view, pd_case, case_dir);

  if (pd_case != NULL)
    {
      self->changed_id = g_signal_connect_swapped (pd_case, "changed",
                                                   G_CALLBACK (case_changed_cb), self);
      adw_view_stack_set_visible_child_name (self->places, "interview");
    }

  update_title (self);
  update_banner (self);
}

void
pd_case_page_set_save_error (PdCasePage   *self,
                             const GError *error)
{
  g_return_if_fail (PD_IS_CASE_PAGE (self));

  g_clear_pointer (&self->save_error, g_free);
  if (error != NULL)
    /* Translators: %s says why saving failed, e.g. "No space left on device". */
    self->save_error = g_strdup_printf (_("Your latest changes are not saved yet: %s. They are "
                                          "kept while Discretion stays open, and saving is "
                                          "tried again."),
                                        error->message);
  update_banner (self);
}

const char *
pd_case_page_get_place (PdCasePage *self)
{
  g_return_val_if_fail (PD_IS_CASE_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->places);
}

void
pd_case_page_set_place (PdCasePage *self,
                        const char *place)
{
  g_return_if_fail (PD_IS_CASE_PAGE (self));

  if (adw_view_stack_get_child_by_name (self->places, place) != NULL)
    adw_view_stack_set_visible_child_name (self->places, place);
}

void
pd_case_page_focus_first (PdCasePage *self)
{
  g_return_if_fail (PD_IS_CASE_PAGE (self));

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->places), "details") == 0)
    pd_details_view_focus_first (self->details_view);
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->places), "documents") == 0)
    pd_checklist_view_focus_first (self->checklist_view);
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->places), "letter") == 0)
    pd_letter_view_focus_first (self->letter_view);
  else
    pd_interview_view_focus_first (self->interview_view);
}

static void
update_switcher (PdCasePage *self)
{
  GtkSelectionModel *pages = adw_view_stack_get_pages (self->places);

  /* One place needs no switcher; the later places add theirs. */
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    g_list_model_get_n_items (G_LIST_MODEL (pages)) > 1);
  g_object_unref (pages);
}

/* Going to a place brings the keyboard focus into it. */
static void
place_changed_cb (PdCasePage *self)
{
  if (self->pd_case == NULL)
    return;

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->places), "interview") == 0)
    pd_interview_view_refresh (self->interview_view);
  pd_case_page_focus_first (self);
}

/* case.show-place: another part of the app sends the person to a place. */
static void
show_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  pd_case_page_set_place (PD_CASE_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
pd_case_page_dispose (GObject *object)
{
  PdCasePage *self = PD_CASE_PAGE (object);

  if (self->pd_case != NULL)
    g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  g_clear_pointer (&self->save_error, g_free);
  /* The template's one child is the bin's child: the parent class unparents it. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (pd_case_page_parent_class)->dispose (object);
}

static void
pd_case_page_class_init (PdCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_case_page_dispose;

  g_type_ensure (PD_TYPE_DETAILS_VIEW);
  g_type_ensure (PD_TYPE_INTERVIEW_VIEW);
  g_type_ensure (PD_TYPE_CHECKLIST_VIEW);
  g_type_ensure (PD_TYPE_LETTER_VIEW);
  g_type_ensure (PD_TYPE_PACKET_VIEW);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/discretionapp/Discretion/pd-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, window_title);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, hearing_box);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, hearing_label);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, places);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, details_view);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, interview_view);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, checklist_view);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, letter_view);
  gtk_widget_class_bind_template_child (widget_class, PdCasePage, packet_view);

  gtk_widget_class_install_action (widget_class, "case.show-place", "s", show_place_action);
}

static void
pd_case_page_init (PdCasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_switcher (self);
  g_signal_connect_swapped (self->places, "notify::visible-child",
                            G_CALLBACK (place_changed_cb), self);
}
