/* pd-statement.c — the personal statement and the certificates, in English
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The person answers a few prompts in any language and gives (or gets) the
 * English beside each answer; only the English reaches the statement. The
 * wording is in data/letter/statement.txt. Stored in case.json under
 * "statement": answers.<prompt>.{original, english}, and the settings
 * reads_english, language, interpreter, interpreter_address,
 * interpreter_phone, translator, translator_address, translator_phone,
 * signature.
 */

#define G_LOG_DOMAIN "pd-statement"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-clock.h"
#include "pd-fields.h"
#include "pd-json.h"
#include "pd-letter.h"
#include "pd-statement.h"

static const PdStatementPrompt prompts[] = {
  { "who", N_("Who you are"),
    N_("Where you were born, your life before you came, and who you are today.") },
  { "journey", N_("How you came"),
    N_("When and how you came to the United States, and why. Write only what you want "
       "the government to know: a lawyer can help you decide.") },
  { "family", N_("Your family"),
    N_("The people in your family here and what you mean to each other. Write about the "
       "status only of relatives who are U.S. citizens or permanent residents.") },
  { "life", N_("Your work and your community"),
    N_("Your work, your studies, your place of worship, the people you help.") },
  { "removal", N_("If you had to leave"),
    N_("What would happen to you and to your family if you were sent away.") },
};

const PdStatementPrompt *
pd_statement_get_prompts (guint *n_prompts)
{
  if (n_prompts != NULL)
    *n_prompts = G_N_ELEMENTS (prompts);
  return prompts;
}

const char *
pd_statement_prompt_get_title (const PdStatementPrompt *prompt)
{
  return g_dgettext (GETTEXT_PACKAGE, prompt->title);
}

const char *
pd_statement_prompt_get_hint (const PdStatementPrompt *prompt)
{
  return g_dgettext (GETTEXT_PACKAGE, prompt->hint);
}

static JsonObject *
section (PdCase *pd_case)
{
  return pd_case_get_section (pd_case, PD_STATEMENT_SECTION);
}

/* What the person wrote for @prompt_id, in their words or in English. */
const char *
pd_statement_get_answer (PdCase     *pd_case,
                         const char *prompt_id,
                         gboolean    english)
{
  JsonObject *answers;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  answers = pd_json_child_object (section (pd_case), "answers", FALSE);
  return pd_json_string_member (pd_json_child_object (answers, prompt_id, FALSE),
                                english ? "english" : "original");
}

void
pd_statement_set_answer (PdCase     *pd_case,
                         const char *prompt_id,
                         gboolean    english,
                         const char *text)
{
  JsonObject *answer;

  g_return_if_fail (PD_IS_CASE (pd_case));

  if (g_strcmp0 (pd_statement_get_answer (pd_case, prompt_id, english), text) == 0)
    return;
  answer = pd_json_child_object (pd_json_child_object (section (pd_case), "answers", TRUE),
                                 prompt_id, TRUE);
  if (answer == NULL)
    return;
  json_object_set_string_member (answer, english ? "english" : "original", text != NULL ? text : "");
  pd_case_section_changed (pd_case, PD_STATEMENT_SECTION);
}

const char *
pd_statement_get_setting (PdCase     *pd_case,
                          const char *name)
{
  const char *value;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  value = pd_json_string_member (section (pd_case), name);
  return value != NULL && *value != '\0' ? value : NULL;
}

void
pd_statement_set_setting (PdCase     *pd_case,
                          const char *name,
                          const char *value)
{
  JsonObject *object;

  g_return_if_fail (PD_IS_CASE (pd_case));

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (pd_statement_get_setting (pd_case, name), value) == 0)
    return;
  object = section (pd_case);
  if (json_object_has_member (object, name) && pd_json_string_member (object, name) == NULL)
    return;   /* not ours to overwrite */
  if (value == NULL)
    json_object_remove_member (object, name);
  else
    json_object_set_string_member (object, name, value);
  pd_case_section_changed (pd_case, PD_STATEMENT_SECTION);
}

/* ------------------------------------------------------------------------ */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Whether any prompt has an English answer: a statement to print. */
gboolean
pd_statement_has_content (PdCase *pd_case)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (prompts); i++)
    if (!is_blank (pd_statement_get_answer (pd_case, prompts[i].id, TRUE)))
      return TRUE;
  return FALSE;
}

static void
put (GHashTable *facts,
     const char *name,
     const char *value)
{
  if (value != NULL && !is_blank (value))
    g_hash_table_insert (facts, (gpointer) name, g_strstrip (g_strdup (value)));
}

static GHashTable *
dup_facts (PdCase *pd_case)
{
  GHashTable *facts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  PdTemplate *template = pd_letter_get_template ("statement.txt");
  GDate date, today;
  char *piece;

  put (facts, "full_name", pd_case_get_text (pd_case, PD_KEY_FULL_NAME));
  if (pd_date_parse_iso (pd_case_get_text (pd_case, PD_KEY_BIRTH_DATE), &date, NULL))
    g_hash_table_insert (facts, (gpointer) "birth_date", pd_date_format_english (&date));
  put (facts, "country", pd_case_get_text (pd_case, PD_KEY_COUNTRY));
  if ((piece = pd_template_fill (template, "born", facts, NULL, NULL)) != NULL)
    g_hash_table_insert (facts, (gpointer) "born", piece);
  if ((piece = pd_template_fill (template, "citizen", facts, NULL, NULL)) != NULL)
    g_hash_table_insert (facts, (gpointer) "citizen", piece);

  pd_clock_today (&today);
  if (g_strcmp0 (pd_statement_get_setting (pd_case, "signature"), "electronic") == 0
      && g_hash_table_contains (facts, "full_name"))
    {
      g_autofree char *today_text = pd_date_format_english (&today);

      g_hash_table_insert (facts, (gpointer) "signature_line",
                           g_strconcat ("/s/ ", (char *) g_hash_table_lookup (facts, "full_name"),
                                        NULL));
      g_hash_table_insert (facts, (gpointer) "date_line", g_strconcat ("Date: ", today_text, NULL));
    }
  else
    {
      g_hash_table_insert (facts, (gpointer) "signature_line",
                           g_strdup ("______________________________"));
      g_hash_table_insert (facts, (gpointer) "date_line", g_strdup ("Date: ______________________"));
    }

  put (facts, "language", pd_statement_get_setting (pd_case, "language"));
  put (facts, "interpreter", pd_statement_get_setting (pd_case, "interpreter"));
  put (facts, "interpreter_address", pd_statement_get_setting (pd_case, "interpreter_address"));
  put (facts, "interpreter_phone", pd_statement_get_setting (pd_case, "interpreter_phone"));
  put (facts, "translator", pd_statement_get_setting (pd_case, "translator"));
  put (facts, "translator_address", pd_statement_get_setting (pd_case, "translator_address"));
  put (facts, "translator_phone", pd_statement_get_setting (pd_case, "translator_phone"));
  return facts;
}

static void
add_section (GPtrArray  *blocks,
             const char *name,
             GHashTable *facts)
{
  char *text = pd_template_fill (pd_letter_get_template ("statement.txt"), name, facts, NULL,
                                 NULL);

  if (text != NULL)
    g_ptr_array_add (blocks, text);
}

/* The statement as paragraphs, numbered, in English; NULL when there is
 * nothing to say yet (no English answer) or no name. */
GPtrArray *
pd_statement_dup_paragraphs (PdCase *pd_case)
{
  g_autoptr (GHashTable) facts = NULL;
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *identity = NULL;
  guint number = 1;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  facts = dup_facts (pd_case);
  if (!pd_statement_has_content (pd_case) || !g_hash_table_contains (facts, "full_name"))
    return NULL;

  add_section (blocks, "statement.title", facts);
  add_section (blocks, "statement.opening", facts);
  identity = pd_template_fill (pd_letter_get_template ("statement.txt"), "statement.identity",
                               facts, NULL, NULL);
  if (identity != NULL)
    g_ptr_array_add (blocks, g_strdup_printf ("%u. %s", number++, identity));
  for (guint i = 0; i < G_N_ELEMENTS (prompts); i++)
    {
      const char *english = pd_statement_get_answer (pd_case, prompts[i].id, TRUE);
      g_autofree char *stripped = NULL;

      if (is_blank (english))
        continue;
      stripped = g_strstrip (g_strdup (english));
      g_ptr_array_add (blocks, g_strdup_printf ("%u. %s", number++, stripped));
    }
  add_section (blocks, "statement.closing", facts);
  add_section (blocks, "statement.signature", facts);
  return g_steal_pointer (&blocks);
}

/* The certificates that go with the statement: interpretation when the
 * person does not read English, translation when someone else wrote the
 * English. Each needs its facts (name, language); missing ones are left out. */
GPtrArray *
pd_statement_dup_certificates (PdCase *pd_case)
{
  g_autoptr (GHashTable) facts = NULL;
  GPtrArray *certificates = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PD_IS_CASE (pd_case), certificates);

  if (!pd_statement_has_content (pd_case))
    return certificates;
  facts = dup_facts (pd_case);
  if (g_strcmp0 (pd_statement_get_setting (pd_case, "reads_english"), "no") == 0)
    add_section (certificates, "interpretation", facts);
  /* Written in another language and put into English by the translator. */
  if (g_strcmp0 (pd_statement_get_setting (pd_case, "language"), "English") != 0)
    add_section (certificates, "statement-translation", facts);
  return certificates;
}

/* One translator's certificate per language of the attached documents not
 * in English, listing them; left out without a translator's name. */
GPtrArray *
pd_statement_dup_document_certificates (PdCase *pd_case)
{
  GPtrArray *certificates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) by_language = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) languages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) exhibits = NULL;

  g_return_val_if_fail (PD_IS_CASE (pd_case), certificates);

  exhibits = pd_checklist_dup_exhibits (pd_case);
  for (guint i = 0; i < exhibits->len; i++)
    {
      g_autoptr (GPtrArray) documents = pd_checklist_dup_documents (pd_case, exhibits->pdata[i]);

      for (guint j = 0; j < documents->len; j++)
        {
          PdDocument *document = documents->pdata[j];
          GPtrArray *list;

          if (document->language == NULL)
            continue;
          list = g_hash_table_lookup (by_language, document->language);
          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (by_language, g_strdup (document->language), list);
              g_ptr_array_add (languages, g_strdup (document->language));
            }
          g_ptr_array_add (list, g_strdup (pd_document_get_label (document)));
        }
    }

  for (guint i = 0; i < languages->len; i++)
    {
      g_autoptr (GHashTable) facts = dup_facts (pd_case);
      GPtrArray *list = g_hash_table_lookup (by_language, languages->pdata[i]);
      g_autoptr (GString) documents = g_string_new (NULL);
      const char *language = languages->pdata[i];

      /* "Other" is not a language name: the certificate needs the real one. */
      if (g_str_equal (language, "Other"))
        continue;
      for (guint j = 0; j < list->len; j++)
        g_string_append_printf (documents, "%s%u. %s", j > 0 ? "\n" : "", j + 1,
                                (char *) list->pdata[j]);
      g_hash_table_replace (facts, (gpointer) "language", g_strdup (language));
      g_hash_table_replace (facts, (gpointer) "documents", g_strdup (documents->str));
      add_section (certificates, "document-translation", facts);
    }
  return certificates;
}
