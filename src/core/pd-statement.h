/* pd-statement.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_STATEMENT_SECTION "statement"

/**
 * PdStatementPrompt:
 * @id: stable: the key of the answer in case.json
 * @title: untranslated (N_)
 * @hint: untranslated: what to write about
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *hint;
} PdStatementPrompt;

const PdStatementPrompt *pd_statement_get_prompts                (guint                   *n_prompts);
const char              *pd_statement_prompt_get_title           (const PdStatementPrompt *prompt);
const char              *pd_statement_prompt_get_hint            (const PdStatementPrompt *prompt);

const char              *pd_statement_get_answer                 (PdCase                  *pd_case,
                                                                  const char              *prompt_id,
                                                                  gboolean                 english);
void                     pd_statement_set_answer                 (PdCase                  *pd_case,
                                                                  const char              *prompt_id,
                                                                  gboolean                 english,
                                                                  const char              *text);
const char              *pd_statement_get_setting                (PdCase                  *pd_case,
                                                                  const char              *name);
void                     pd_statement_set_setting                (PdCase                  *pd_case,
                                                                  const char              *name,
                                                                  const char              *value);

gboolean                 pd_statement_has_content                (PdCase                  *pd_case);
GPtrArray               *pd_statement_dup_paragraphs             (PdCase                  *pd_case);
GPtrArray               *pd_statement_dup_certificates           (PdCase                  *pd_case);
GPtrArray               *pd_statement_dup_document_certificates  (PdCase                  *pd_case);

G_END_DECLS
