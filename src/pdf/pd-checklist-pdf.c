/* pd-checklist-pdf.c — the checklist on paper, to take along when gathering papers
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In the interface language: it is for the person, not for the government.
 */

#define G_LOG_DOMAIN "pd-checklist-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-checklist.h"
#include "pd-checklist-pdf.h"
#include "pd-clock.h"
#include "pd-fields.h"
#include "pd-rules.h"

static void
add_item (PdTextDoc            *doc,
          PdCase               *pd_case,
          const PdEvidenceItem *item)
{
  PdEvidenceStatus status = pd_checklist_get_status (pd_case, item->id);
  g_autoptr (GPtrArray) documents = pd_checklist_dup_documents (pd_case, item->id);
  g_autofree char *line = NULL;
  g_autofree char *examples = NULL;
  const char *note = pd_checklist_get_note (pd_case, item->id);

  if (item->need == PD_EVIDENCE_REFERENCE)
    /* Translators: a checklist line: item, then "Keep, do not send". */
    line = g_strdup_printf (_("%1$s — %2$s"), pd_evidence_item_get_title (item),
                            pd_evidence_need_get_label (item->need));
  else
    /* Translators: a checklist line: item, how needed, and its status. */
    line = g_strdup_printf (_("%1$s — %2$s, %3$s"), pd_evidence_item_get_title (item),
                            pd_evidence_need_get_label (item->need),
                            pd_evidence_status_get_label (status));
  pd_text_doc_add (doc, status == PD_EVIDENCE_STATUS_NEEDED ? PD_TEXT_CHECK : PD_TEXT_CHECKED,
                   line);
  pd_text_doc_add (doc, PD_TEXT_SMALL, pd_evidence_item_get_why (item));
  examples = g_strdup_printf (_("For example: %s"), pd_evidence_item_get_examples (item));
  pd_text_doc_add (doc, PD_TEXT_SMALL, examples);
  for (guint i = 0; i < documents->len; i++)
    {
      /* Translators: an attached document in the printed checklist. */
      g_autofree char *attached = g_strdup_printf (_("Attached: %s"),
                                                   pd_document_get_label (documents->pdata[i]));
      pd_text_doc_add (doc, PD_TEXT_SMALL, attached);
    }
  if (*note != '\0')
    {
      /* Translators: the person's own note on a checklist item. */
      g_autofree char *text = g_strdup_printf (_("Note: %s"), note);
      pd_text_doc_add (doc, PD_TEXT_SMALL, text);
    }
}

PdTextDoc *
pd_checklist_build_doc (PdCase *pd_case)
{
  PdTextDoc *doc = pd_text_doc_new ();
  g_autoptr (GPtrArray) items = pd_checklist_dup_items (pd_case);
  g_autoptr (GDateTime) now = pd_clock_now ();
  g_autofree char *name = pd_case_dup_display_name (pd_case);
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *today = NULL;
  g_autofree char *body = NULL;
  GDate date;
  guint ready, total;
  int last_group = -1;

  g_return_val_if_fail (PD_IS_CASE (pd_case), doc);

  /* Translators: the printed checklist's title; %s is the request's name. */
  title = g_strdup_printf (_("Documents for %s"), name);
  pd_text_doc_add (doc, PD_TEXT_TITLE, title);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  today = pd_date_format_long (&date);
  pd_checklist_get_progress (pd_case, &ready, &total);
  /* Translators: %1$u of %2$u count documents; %3$s is today's date. */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%1$u of %2$u ready, on %3$s. Tick each box when you "
                                          "have the paper.",
                                          "%1$u of %2$u ready, on %3$s. Tick each box when you "
                                          "have the paper.", total),
                             ready, total, today);
  pd_text_doc_add (doc, PD_TEXT_BODY, summary);

  for (guint i = 0; i < items->len; i++)
    {
      const PdEvidenceItem *item = items->pdata[i];

      if (pd_checklist_get_status (pd_case, item->id) == PD_EVIDENCE_STATUS_NOT_APPLICABLE)
        continue;
      if ((int) item->group != last_group)
        {
          pd_text_doc_add (doc, PD_TEXT_HEADING, pd_evidence_group_get_title (item->group));
          last_group = item->group;
        }
      add_item (doc, pd_case, item);
    }

  pd_text_doc_add (doc, PD_TEXT_HEADING, pd_rules_warning_get_title (PD_WARNING_OTHER_PEOPLE));
  body = pd_rules_warning_dup_body (PD_WARNING_OTHER_PEOPLE);
  pd_text_doc_add (doc, PD_TEXT_BODY, body);
  pd_text_doc_set_footer (doc, title);
  return doc;
}

gboolean
pd_checklist_save_pdf (PdCase      *pd_case,
                       const char  *path,
                       GError     **error)
{
  g_autoptr (PdTextDoc) doc = pd_checklist_build_doc (pd_case);

  return pd_text_doc_write_pdf (doc, path, error);
}
