/* pd-letter-pdf.c — the request letter on US Letter paper, in English
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-letter-pdf"

#include "config.h"

#include "pd-letter.h"
#include "pd-letter-pdf.h"

/* One block per paragraph, exactly as the Letter place shows it. */
PdTextDoc *
pd_letter_build_doc (PdCase *pd_case)
{
  PdTextDoc *doc = pd_text_doc_new ();
  g_autoptr (GPtrArray) paragraphs = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PD_IS_CASE (pd_case), doc);

  pd_text_doc_set_english (doc, TRUE);
  paragraphs = pd_letter_build (pd_case);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PdLetterParagraph *paragraph = paragraphs->pdata[i];
      g_autofree char *text = NULL;

      if (*paragraph->text == '\0')
        continue;
      text = pd_letter_render (pd_case, paragraph->text);
      pd_text_doc_add (doc, PD_TEXT_BODY, text);
    }

  name = g_strdup (pd_case_get_text (pd_case, PD_KEY_FULL_NAME));
  if (name != NULL && *name != '\0')
    {
      g_autofree char *footer = g_strdup_printf ("Request for prosecutorial discretion \xe2\x80\x93 %s",
                                                 name);
      pd_text_doc_set_footer (doc, footer);
    }
  return doc;
}

gboolean
pd_letter_save_pdf (PdCase      *pd_case,
                    const char  *path,
                    GError     **error)
{
  g_autoptr (PdTextDoc) doc = pd_letter_build_doc (pd_case);

  return pd_text_doc_write_pdf (doc, path, error);
}
