/* test-letter.c — the request letter for realistic profiles: which paragraphs
 * appear, exhibit references, edits kept, and three reviewed letters compared
 * word for word (tests/core/letters/; DISCRETION_WRITE_LETTERS=1 rewrites
 * them, then read every word before committing).
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-interview.h"
#include "pd-letter.h"
#include "pd-template.h"
#include "test-util.h"

#define NOW "2026-11-23T12:00:00Z"

static const char *base_answers =
  "{ \"case_status\": \"pending\", \"full_name\": \"María José Pérez López\","
  "  \"a_number\": \"012345678\", \"birth_date\": \"1988-09-14\", \"country\": \"Honduras\","
  "  \"address_street\": \"1200 Elm Street, Apt 4B\", \"address_city\": \"Charlotte\","
  "  \"address_state\": \"NC\", \"address_zip\": \"28202\", \"phone\": \"(704) 555-0142\","
  "  \"email\": \"maria.perez@example.org\", \"court\": \"Charlotte, NC\","
  "  \"hearing_date\": \"2027-03-03\", \"hearing_type\": \"master\", \"detained\": \"no\","
  "  \"entry_date\": \"2024-01-01\", \"entry_manner\": \"without_inspection\","
  "  \"came_as_child\": \"no\", \"proof_two_years\": \"yes\","
  "  \"record_criminal\": \"no\", \"record_immigration\": [], \"record_papers_voting\": [],"
  "  \"us_family\": [], \"work\": \"no\", \"education\": [], \"military\": [],"
  "  \"community\": [], \"care\": [], \"victim_complaint\": [], \"applications\": [],"
  "  \"foreign_documents\": [], \"outcome\": \"admin_closure\" }";

typedef struct
{
  const char *name;       /* also the golden file's name, if any */
  const char *answers;
  const char *exhibits;   /* checklist items given a document, space separated */
  const char *english;    /* letter.english as JSON */
  const char *settings;   /* letter settings as JSON */
  const char *paragraphs; /* exactly these, in order */
  gboolean    golden;
} Profile;

static const Profile profiles[] = {
  {
    "parent-of-citizens",
    "{ \"entry_date\": \"2009-06-01\", \"us_family\": [\"children\", \"spouse\"],"
    "  \"spouse_status\": \"resident\","
    "  \"children\": [{ \"name\": \"Ana\", \"birth_date\": \"2012-04-02\", \"status\": \"citizen\" },"
    "                 { \"name\": \"Luis\", \"status\": \"citizen\" },"
    "                 { \"name\": \"Rosa\", \"status\": \"other\" }],"
    "  \"work\": \"yes\", \"work_details\": \"Trabajo en una panadería desde 2015.\","
    "  \"taxes\": \"yes\", \"community\": [\"religious\"], \"care\": [\"care_child\"] }",
    "identity family presence work support-letters background",
    "{ \"work_details\": \"I have worked at a bakery since 2015.\" }",
    "{ \"office\": \"OPLA Charlotte\", \"sent_by\": \"email\", \"fallback\": \"continuance\","
    "  \"signature\": \"electronic\" }",
    "date recipient re salutation request summary residence family work care community "
    "fairness background enclosures closing signature",
    TRUE,
  },
  {
    "conviction-long-resident",
    "{ \"entry_date\": \"2011-03-01\", \"record_criminal\": \"yes\","
    "  \"record_convicted\": \"yes\", \"record_details\": \"DUI en 2019.\","
    "  \"work\": \"yes\", \"taxes\": \"no\","
    "  \"record_papers_voting\": [\"false_work_papers\"],"
    "  \"foreign_documents\": [{ \"title\": \"Acta\", \"language\": \"Spanish\" }] }",
    "identity presence record",
    "{ \"record_details\": \"In 2019 I was convicted of driving under the influence in "
    "Mecklenburg County. I completed a treatment program and have not had another arrest.\" }",
    "{}",
    "date recipient re salutation request summary residence work negatives fairness "
    "background enclosures closing signature",
    TRUE,
  },
  {
    "asylum-applicant-on-appeal",
    "{ \"case_status\": \"appeal\", \"outcome\": \"not_opposing\","
    "  \"entry_date\": \"2020-09-01\", \"applications\": [\"asylum\"],"
    "  \"application_details\": \"Pedí asilo en 2021.\","
    "  \"victim_complaint\": [\"witness\"], \"education\": [\"enrolled\", \"other\"],"
    "  \"hearing_date\": null, \"detained\": \"yes\" }",
    "applications",
    "{}",
    "{ \"fallback\": \"admin_closure\", \"sent_by\": \"mail\" }",
    "date recipient re salutation request summary residence education victim applications "
    "fairness background enclosures closing signature",
    TRUE,
  },
  {
    "nothing entered yet",
    "{ \"outcome\": null, \"full_name\": null, \"country\": null }",
    "",
    "{}",
    "{}",
    "date recipient salutation fairness background closing",
    FALSE,
  },
};

static void
apply_json (PdCase     *pd_case,
            const char *json,
            void      (*set) (PdCase *, const char *, const char *))
{
  g_autoptr (JsonNode) node = json_from_string (json, NULL);
  g_autoptr (GList) members = NULL;
  JsonObject *object;

  g_assert_nonnull (node);
  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    set (pd_case, l->data, json_object_get_string_member (object, l->data));
}

static PdCase *
case_for (const Profile *profile)
{
  PdCase *pd_case = test_case_from_profile (base_answers, profile->answers);
  g_auto (GStrv) items = g_strsplit (profile->exhibits, " ", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      PdDocumentFile file = { "files/x.pdf", (char *) "x.pdf", 1, (char *) items[i],
                              (char *) "application/pdf", NULL };

      if (*items[i] != '\0')
        g_free (pd_checklist_add_document (pd_case, items[i], &file));
    }
  apply_json (pd_case, profile->english, pd_letter_set_english);
  apply_json (pd_case, profile->settings, pd_letter_set_setting);
  return pd_case;
}

static char *
ids_of (GPtrArray *paragraphs)
{
  g_autoptr (GString) ids = g_string_new (NULL);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, ((PdLetterParagraph *) paragraphs->pdata[i])->id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_profiles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      const Profile *p = &profiles[i];
      g_autoptr (PdCase) pd_case = case_for (p);
      g_autoptr (GPtrArray) paragraphs = pd_letter_build (pd_case);
      g_autofree char *ids = ids_of (paragraphs);
      g_autofree char *text = pd_letter_dup_text (pd_case);

      g_test_message ("profile: %s", p->name);
      g_assert_cmpstr (ids, ==, p->paragraphs);

      /* Nothing unfinished, and only the English the person entered. */
      g_assert_null (strstr (text, "{{"));
      g_assert_null (strstr (text, "}}"));
      g_assert_null (strstr (text, "\xe2\x9f\xa6"));
      g_assert_null (strstr (text, "TODO"));
      g_assert_null (strstr (text, "panadería"));
      g_assert_null (strstr (text, "Pedí"));
      g_assert_null (strstr (text, "DUI en"));
      /* No claim about enforcement priorities, which no longer exist. */
      g_assert_null (strstr (text, "priorit"));
      /* A relative with another status is never named. */
      g_assert_null (strstr (text, "Rosa"));
      /* Admissions are left to the person and a lawyer. */
      g_assert_null (strstr (text, "false"));

      if (p->golden)
        {
          g_autofree char *path = g_test_build_filename (G_TEST_DIST, "letters", p->name, NULL);
          g_autofree char *file = g_strconcat (path, ".txt", NULL);
          g_autofree char *expected = NULL;

          if (g_getenv ("DISCRETION_WRITE_LETTERS") != NULL)
            g_assert_true (g_file_set_contents (file, text, -1, NULL));
          g_assert_true (g_file_get_contents (file, &expected, NULL, NULL));
          g_assert_cmpstr (text, ==, expected);
          /* A typical letter fits on two pages: about 600 words at most. */
          g_assert_cmpuint (pd_letter_count_words (text), <, 600);
        }
    }
}

static void
test_exhibit_references (void)
{
  g_autoptr (PdCase) pd_case = case_for (&profiles[0]);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  before = pd_letter_dup_text (pd_case);
  g_assert_nonnull (strstr (before, "for 17 years (see Tab C)."));
  g_assert_nonnull (strstr (before, "Tab D \xe2\x80\x93 Employment and tax records"));

  /* Reordering exhibits changes every letter, also in edited paragraphs. */
  pd_letter_set_paragraph (pd_case, "residence",
                           "I came in June 2009 (see \xe2\x9f\xa6tab:presence\xe2\x9f\xa7).",
                           "old draft");
  g_assert_true (pd_checklist_move_exhibit (pd_case, "presence", -2));
  after = pd_letter_dup_text (pd_case);
  g_assert_nonnull (strstr (after, "I came in June 2009 (see Tab A)."));
  g_assert_nonnull (strstr (after, "Tab A \xe2\x80\x93 Evidence of my residence"));

  /* A reference to something no longer an exhibit goes with its words. */
  pd_checklist_set_status (pd_case, "presence", PD_EVIDENCE_STATUS_NOT_APPLICABLE);
  g_clear_pointer (&after, g_free);
  after = pd_letter_dup_text (pd_case);
  g_assert_nonnull (strstr (after, "I came in June 2009."));
}

static void
test_edits (void)
{
  g_autoptr (PdCase) pd_case = case_for (&profiles[0]);
  g_autoptr (GPtrArray) paragraphs = pd_letter_build (pd_case);
  PdLetterParagraph *work = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *edited = NULL;

  for (guint i = 0; i < paragraphs->len; i++)
    if (g_str_equal (((PdLetterParagraph *) paragraphs->pdata[i])->id, "work"))
      work = paragraphs->pdata[i];
  g_assert_nonnull (work);
  g_assert_false (work->edited);
  draft = g_strdup (work->draft);
  edited = g_strconcat (draft, " I am a shift supervisor.", NULL);

  pd_letter_set_paragraph (pd_case, "work", edited, draft);
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  paragraphs = pd_letter_build (pd_case);
  for (guint i = 0; i < paragraphs->len; i++)
    if (g_str_equal (((PdLetterParagraph *) paragraphs->pdata[i])->id, "work"))
      work = paragraphs->pdata[i];
  g_assert_true (work->edited);
  g_assert_false (work->outdated);
  g_assert_cmpstr (work->text, ==, edited);

  /* An answer changes: the edit stays, the new draft is offered. */
  pd_case_set_text (pd_case, PD_KEY_TAXES, "no");
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  paragraphs = pd_letter_build (pd_case);
  for (guint i = 0; i < paragraphs->len; i++)
    if (g_str_equal (((PdLetterParagraph *) paragraphs->pdata[i])->id, "work"))
      work = paragraphs->pdata[i];
  g_assert_true (work->outdated);
  g_assert_cmpstr (work->text, ==, edited);
  g_assert_null (strstr (work->draft, "taxes"));

  /* Keeping the edit stops the offer; taking the draft drops the edit. */
  pd_letter_keep_edit (pd_case, "work");
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  paragraphs = pd_letter_build (pd_case);
  for (guint i = 0; i < paragraphs->len; i++)
    if (g_str_equal (((PdLetterParagraph *) paragraphs->pdata[i])->id, "work"))
      work = paragraphs->pdata[i];
  g_assert_false (work->outdated);
  g_assert_cmpstr (work->text, ==, edited);
  pd_letter_take_draft (pd_case, "work");
  g_clear_pointer (&paragraphs, g_ptr_array_unref);
  paragraphs = pd_letter_build (pd_case);
  for (guint i = 0; i < paragraphs->len; i++)
    if (g_str_equal (((PdLetterParagraph *) paragraphs->pdata[i])->id, "work"))
      work = paragraphs->pdata[i];
  g_assert_false (work->edited);
  g_assert_cmpstr (work->text, ==, work->draft);

  /* An emptied paragraph stays out of the letter. */
  pd_letter_set_paragraph (pd_case, "summary", "", "x");
  {
    g_autofree char *text = pd_letter_dup_text (pd_case);
    g_assert_null (strstr (text, "I am a citizen of Honduras"));
  }
}

static gboolean
is_exhibit (const char *id,
            gpointer    user_data)
{
  return g_str_equal (id, "work");
}

/* The small template language itself. */
static void
test_template (void)
{
  static const char *text =
    "# a comment\n"
    "[one]\n"
    "Hello {{name}}.{{?extra}}\n"
    "{{?missing}}\n"
    "\n"
    "Bye{{see:work}}{{See:work}}{{see:other}}\n"
    "\n"
    "[two]\n"
    "Needs {{gone}}.\n";
  static const char *bad[] = {
    "[a]\nx {{name\n", "[a]\nx {{}}\n", "[a]\nx {{a b}}\n", "[a]\nx\n[a]\ny\n",
    "[a]\n\xff\n",
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (PdTemplate) template = pd_template_new_from_data (text, strlen (text), &error);
  g_autoptr (GHashTable) facts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (pd_template_get_sections (template)->len, ==, 2);
  g_hash_table_insert (facts, (gpointer) "name", (gpointer) "Ana");
  g_hash_table_insert (facts, (gpointer) "gone", (gpointer) "");
  one = pd_template_fill (template, "one", facts, is_exhibit, NULL);
  g_assert_cmpstr (one, ==, "Hello Ana.\n\nBye (see \xe2\x9f\xa6tab:work\xe2\x9f\xa7) "
                            "See \xe2\x9f\xa6tab:work\xe2\x9f\xa7.");
  /* An empty fact counts as missing: the section goes. */
  two = pd_template_fill (template, "two", facts, is_exhibit, NULL);
  g_assert_null (two);
  g_assert_null (pd_template_fill (template, "three", facts, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autoptr (PdTemplate) refused = pd_template_new_from_data (bad[i], strlen (bad[i]),
                                                                  &local_error);
      g_test_message ("bad: %s", bad[i]);
      g_assert_null (refused);
      g_assert_error (local_error, PD_TEMPLATE_ERROR, PD_TEMPLATE_ERROR_SYNTAX);
    }
}

static void
test_words (void)
{
  g_assert_cmpuint (pd_letter_count_words (""), ==, 0);
  g_assert_cmpuint (pd_letter_count_words ("  one  two\nthree "), ==, 3);
  g_assert_cmpuint (pd_letter_count_words ("María José"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("DISCRETION_NOW", NOW, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/letter/profiles", test_profiles);
  g_test_add_func ("/letter/exhibit-references", test_exhibit_references);
  g_test_add_func ("/letter/edits", test_edits);
  g_test_add_func ("/letter/words", test_words);
  g_test_add_func ("/letter/template", test_template);

  return g_test_run ();
}
