/* pd-statement-pdf.c — the statement with its certificates, and the
 * translator's certificates, on US Letter paper, in English
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-statement-pdf"

#include "config.h"

#include <string.h>

#include "pd-statement.h"
#include "pd-statement-pdf.h"

static void
add_certificates (PdTextDoc *doc,
                  GPtrArray *certificates)
{
  for (guint i = 0; i < certificates->len; i++)
    {
      const char *text = certificates->pdata[i];
      const char *newline = strchr (text, '\n');

      /* Each on its own page; its first line is its title. */
      pd_text_doc_add (doc, PD_TEXT_PAGE_BREAK, "");
      if (newline != NULL)
        {
          g_autofree char *title = g_strndup (text, newline - text);

          pd_text_doc_add (doc, PD_TEXT_HEADING, title);
          pd_text_doc_add (doc, PD_TEXT_BODY, g_strchug ((char *) newline + 1));
        }
      else
        pd_text_doc_add (doc, PD_TEXT_BODY, text);
    }
}

/* The statement, then its certificates (interpretation, translation). An
 * empty document when there is no statement yet. */
PdTextDoc *
pd_statement_build_doc (PdCase *pd_case)
{
  PdTextDoc *doc = pd_text_doc_new ();
  g_autoptr (GPtrArray) paragraphs = pd_statement_dup_paragraphs (pd_case);
  g_autoptr (GPtrArray) certificates = pd_statement_dup_certificates (pd_case);

  pd_text_doc_set_english (doc, TRUE);
  for (guint i = 0; paragraphs != NULL && i < paragraphs->len; i++)
    pd_text_doc_add (doc, i == 0 ? PD_TEXT_HEADING : PD_TEXT_BODY, paragraphs->pdata[i]);
  if (paragraphs != NULL)
    add_certificates (doc, certificates);
  return doc;
}

/* The translator's certificates for the documents not in English, one a page. */
PdTextDoc *
pd_certificates_build_doc (PdCase *pd_case)
{
  PdTextDoc *doc = pd_text_doc_new ();
  g_autoptr (GPtrArray) certificates = pd_statement_dup_document_certificates (pd_case);

  pd_text_doc_set_english (doc, TRUE);
  add_certificates (doc, certificates);
  return doc;
}
