/* test-statement.c — the personal statement and the certificates: only the
 * English reaches them, numbered paragraphs, which certificates appear
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-letter.h"
#include "pd-statement.h"
#include "test-util.h"

#define NOW "2026-11-23T12:00:00Z"

static const char *answers =
  "{ \"full_name\": \"María José Pérez López\", \"birth_date\": \"1988-09-14\","
  "  \"country\": \"Honduras\", \"case_status\": \"pending\", \"outcome\": \"admin_closure\" }";

static char *
joined (GPtrArray *blocks)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    g_string_append_printf (text, "%s\n\n", (char *) blocks->pdata[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_statement (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (answers);
  g_autoptr (GPtrArray) paragraphs = NULL;
  g_autofree char *text = NULL;
  guint n;

  g_assert_cmpuint (pd_statement_get_prompts (&n) != NULL, ==, TRUE);
  g_assert_cmpuint (n, ==, 5);
  g_assert_null (pd_statement_dup_paragraphs (pd_case));
  g_assert_false (pd_statement_has_content (pd_case));

  /* In their own words only: nothing to print yet. */
  pd_statement_set_answer (pd_case, "who", FALSE, "Nací en Tegucigalpa.");
  g_assert_false (pd_statement_has_content (pd_case));
  g_assert_null (pd_statement_dup_paragraphs (pd_case));

  pd_statement_set_answer (pd_case, "who", TRUE, "I was raised by my grandmother.");
  pd_statement_set_answer (pd_case, "removal", TRUE, "  My daughter would lose her mother.  ");
  pd_statement_set_answer (pd_case, "family", TRUE, "   ");
  g_assert_cmpstr (pd_statement_get_answer (pd_case, "who", FALSE), ==, "Nací en Tegucigalpa.");
  paragraphs = pd_statement_dup_paragraphs (pd_case);
  text = joined (paragraphs);
  g_test_message ("%s", text);
  g_assert_cmpstr (text, ==,
    "DECLARATION OF María José Pérez López\n\n"
    "I, María José Pérez López, declare as follows:\n\n"
    "1. My name is María José Pérez López. I was born on September 14, 1988. I am a citizen "
    "of Honduras.\n\n"
    "2. I was raised by my grandmother.\n\n"
    "3. My daughter would lose her mother.\n\n"
    "I declare under penalty of perjury that the information in this statement is true and "
    "correct to the best of my "
    "knowledge.\n\n"
    "______________________________\nMaría José Pérez López\nDate: ______________________\n\n");
  g_assert_null (strstr (text, "Nací"));

  /* A typed signature when the person chooses it. */
  pd_statement_set_setting (pd_case, "signature", "electronic");
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  paragraphs = pd_statement_dup_paragraphs (pd_case);
  text = joined (paragraphs);
  g_assert_nonnull (strstr (text, "/s/ María José Pérez López\nMaría José Pérez López\n"
                                  "Date: November 23, 2026"));

  /* The letter lists the statement among the enclosures. */
  g_clear_pointer (&text, g_free);
  text = pd_letter_dup_text (pd_case);
  g_assert_nonnull (strstr (text, "Enclosures:\nDeclaration of María José Pérez López"));
}

static void
test_certificates (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (answers);
  g_autoptr (GPtrArray) certificates = NULL;
  g_autofree char *text = NULL;
  PdDocumentFile file = { "files/a.pdf", (char *) "acta.pdf", 1, (char *) "aa",
                          (char *) "application/pdf", NULL };
  g_autofree char *birth = NULL;
  g_autofree char *school = NULL;
  g_autofree char *other = NULL;

  pd_statement_set_answer (pd_case, "who", TRUE, "I am a baker.");

  /* Reads English, wrote it in English: no certificate. */
  pd_statement_set_setting (pd_case, "language", "English");
  certificates = pd_statement_dup_certificates (pd_case);
  g_assert_cmpuint (certificates->len, ==, 0);
  g_clear_pointer (&certificates, g_ptr_array_unref);

  /* Does not read English: the interpreter's certificate, once named. */
  pd_statement_set_setting (pd_case, "reads_english", "no");
  pd_statement_set_setting (pd_case, "language", "Spanish");
  certificates = pd_statement_dup_certificates (pd_case);
  g_assert_cmpuint (certificates->len, ==, 0);
  g_clear_pointer (&certificates, g_ptr_array_unref);
  pd_statement_set_setting (pd_case, "interpreter", "Rosa Díaz");
  pd_statement_set_setting (pd_case, "translator", "Rosa Díaz");
  pd_statement_set_setting (pd_case, "translator_phone", "(704) 555-0100");
  certificates = pd_statement_dup_certificates (pd_case);
  g_assert_cmpuint (certificates->len, ==, 2);
  text = joined (certificates);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "CERTIFICATE OF INTERPRETATION\n\nI, Rosa Díaz, certify that "
                                  "I am competent to interpret between Spanish and English"));
  g_assert_nonnull (strstr (text, "CERTIFICATE OF TRANSLATION\n\nI, Rosa Díaz, certify that I "
                                  "am competent to translate from Spanish into English"));
  g_assert_nonnull (strstr (text, "Rosa Díaz\n(704) 555-0100\nDate:"));
  g_clear_pointer (&certificates, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);

  /* Documents: one certificate per language, listing its documents. */
  birth = pd_checklist_add_document (pd_case, "identity", &file);
  school = pd_checklist_add_document (pd_case, "identity", &file);
  other = pd_checklist_add_document (pd_case, "background", &file);
  pd_checklist_set_description (pd_case, birth, "Birth certificate");
  pd_checklist_set_description (pd_case, school, "School record, 1999");
  pd_checklist_set_language (pd_case, birth, "Spanish");
  pd_checklist_set_language (pd_case, school, "Spanish");
  pd_checklist_set_language (pd_case, other, "Other");
  certificates = pd_statement_dup_document_certificates (pd_case);
  g_assert_cmpuint (certificates->len, ==, 1);
  text = joined (certificates);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "from Spanish into English, and that the English translations "
                                  "of the following documents are complete and accurate"));
  g_assert_nonnull (strstr (text, "1. Birth certificate\n2. School record, 1999\n"));

  /* No translator named yet: no certificate, never a blank name. */
  pd_statement_set_setting (pd_case, "translator", NULL);
  g_clear_pointer (&certificates, g_ptr_array_unref);
  certificates = pd_statement_dup_document_certificates (pd_case);
  g_assert_cmpuint (certificates->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("DISCRETION_NOW", NOW, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/statement/paragraphs", test_statement);
  g_test_add_func ("/statement/certificates", test_certificates);

  return g_test_run ();
}
