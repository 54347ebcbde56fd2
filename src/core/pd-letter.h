/* pd-letter.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pd-case.h"
#include "pd-template.h"

G_BEGIN_DECLS

#define PD_LETTER_SECTION "letter"

/* Free-text answers that reach the letter only through an English version. */
#define PD_LETTER_N_ENGLISH_KEYS 5
extern const char * const pd_letter_english_keys[PD_LETTER_N_ENGLISH_KEYS];

/**
 * PdLetterParagraph:
 * @id: the template section it comes from ("request", "family"…)
 * @draft: what Discretion drafts from the case now ("" when the facts for
 *   it are gone); exhibit references as ⟦tab:item⟧
 * @text: what the letter says: the person's edit, or the draft
 * @edited: the person changed this paragraph
 * @outdated: edited, and the draft changed since: offer the new draft
 * @based_on: the draft the edit started from (NULL when not edited)
 */
typedef struct
{
  char     *id;
  char     *draft;
  char     *text;
  char     *based_on;
  gboolean  edited;
  gboolean  outdated;
} PdLetterParagraph;

GPtrArray  *pd_letter_build               (PdCase      *pd_case);
char       *pd_letter_render              (PdCase      *pd_case,
                                           const char  *text);
char       *pd_letter_dup_text            (PdCase      *pd_case);

void        pd_letter_set_paragraph       (PdCase      *pd_case,
                                           const char  *id,
                                           const char  *text,
                                           const char  *based_on);
void        pd_letter_take_draft          (PdCase      *pd_case,
                                           const char  *id);
void        pd_letter_keep_edit           (PdCase      *pd_case,
                                           const char  *id);

const char *pd_letter_get_setting         (PdCase      *pd_case,
                                           const char  *name);
void        pd_letter_set_setting         (PdCase      *pd_case,
                                           const char  *name,
                                           const char  *value);
const char *pd_letter_get_english         (PdCase      *pd_case,
                                           const char  *key);
void        pd_letter_set_english         (PdCase      *pd_case,
                                           const char  *key,
                                           const char  *text);

void        pd_letter_paragraph_free      (PdLetterParagraph *paragraph);

guint       pd_letter_count_words         (const char  *text);
PdTemplate *pd_letter_get_template        (const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdLetterParagraph, pd_letter_paragraph_free)

G_END_DECLS
