/* test-checklist.c — items from answers, their state, documents and exhibits
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-interview.h"
#include "test-util.h"

#define NOW "2026-11-15T12:00:00Z"

static const char *base_answers =
  "{ \"case_status\": \"pending\", \"full_name\": \"Test Person\", \"a_number\": \"012345678\","
  "  \"court\": \"Charlotte, NC\", \"detained\": \"no\","
  "  \"entry_date\": \"2024-01-01\", \"entry_manner\": \"without_inspection\","
  "  \"came_as_child\": \"no\", \"proof_two_years\": \"yes\","
  "  \"record_criminal\": \"no\", \"record_immigration\": [], \"record_papers_voting\": [],"
  "  \"us_family\": [], \"work\": \"no\", \"education\": [], \"military\": [],"
  "  \"community\": [], \"care\": [], \"victim_complaint\": [], \"applications\": [],"
  "  \"foreign_documents\": [] }";

#define ALWAYS "letter statement identity court-notice background"

typedef struct
{
  const char *name;
  const char *answers;   /* members set over base_answers */
  const char *items;     /* exactly these, in this order */
} Profile;

static const Profile profiles[] = {
  { "nothing in the person's favour yet", "{}", ALWAYS },
  {
    "long-resident parent of U.S. citizens",
    "{ \"entry_date\": \"2009-06-01\", \"us_family\": [\"children\"],"
    "  \"children\": [{ \"name\": \"Ana\", \"status\": \"citizen\" }],"
    "  \"work\": \"yes\", \"taxes\": \"yes\", \"community\": [\"religious\"],"
    "  \"care\": [\"care_child\"] }",
    "letter statement identity court-notice family presence work support-letters medical "
    "background",
  },
  {
    "DUI conviction, documents in Spanish",
    "{ \"entry_date\": \"2013-03-01\", \"record_criminal\": \"yes\","
    "  \"record_convicted\": \"yes\", \"work\": \"yes\","
    "  \"foreign_documents\": [{ \"title\": \"Birth certificate\", \"language\": \"Spanish\" }] }",
    "letter statement identity court-notice presence work background record translations",
  },
  {
    "came as a child, studied, military family, victim, asylum applicant",
    "{ \"entry_date\": \"2008-07-01\", \"came_as_child\": \"yes\","
    "  \"education\": [\"high_school\"], \"military\": [\"family\"],"
    "  \"victim_complaint\": [\"victim\"], \"applications\": [\"asylum\"] }",
    "letter statement identity court-notice presence education childhood military victim "
    "applications background",
  },
  {
    "never served a Notice to Appear: answers past the stop do not count",
    "{ \"case_status\": \"never\", \"work\": \"yes\", \"record_criminal\": \"yes\" }",
    ALWAYS,
  },
};

static PdCase *
case_from_profile (const char *answers)
{
  return test_case_from_profile (base_answers, answers);
}

static char *
ids_of (GPtrArray *items)
{
  g_autoptr (GString) ids = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const PdEvidenceItem *item = g_ptr_array_index (items, i);

      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, item->id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static PdDocumentFile *
fake_file (const char *stored,
           const char *sha256,
           const char *type,
           guint64     size)
{
  PdDocumentFile *file = g_new0 (PdDocumentFile, 1);

  file->stored = g_strdup (stored);
  file->name = g_strdup ("scan.pdf");
  file->sha256 = g_strdup (sha256);
  file->content_type = g_strdup (type);
  file->size = size;
  return file;
}

static void
test_profiles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      g_autoptr (PdCase) pd_case = case_from_profile (profiles[i].answers);
      g_autoptr (GPtrArray) items = pd_checklist_dup_items (pd_case);
      g_autofree char *ids = ids_of (items);

      g_test_message ("profile: %s", profiles[i].name);
      g_assert_cmpstr (ids, ==, profiles[i].items);
    }
}

static void
test_catalogue (void)
{
  const PdEvidenceItem *catalogue;
  guint n;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  catalogue = pd_checklist_get_catalogue (&n);
  g_assert_cmpuint (n, >=, 17);
  for (guint i = 0; i < n; i++)
    {
      const PdEvidenceItem *item = &catalogue[i];

      g_test_message ("item: %s", item->id);
      g_assert_true (g_hash_table_add (ids, (gpointer) item->id));
      g_assert_true (pd_checklist_lookup (item->id) == item);
      g_assert_cmpuint (strlen (item->title), >, 0);
      g_assert_cmpuint (strlen (item->why), >, 0);
      g_assert_cmpuint (strlen (item->examples), >, 0);
      g_assert_nonnull (pd_evidence_group_get_title (item->group));
      /* Each item has a way to apply. */
      g_assert_true (item->always || item->factors != 0 || item->negatives != 0
                     || g_str_equal (item->id, PD_EVIDENCE_TRANSLATIONS));
      /* Groups come in order, so the checklist can show them one after another. */
      if (i > 0)
        g_assert_cmpint (item->group, >=, catalogue[i - 1].group);
      /* What is kept for reference never becomes an exhibit. */
      if (item->need == PD_EVIDENCE_REFERENCE)
        g_assert_false (item->exhibit);
    }
  g_assert_null (pd_checklist_lookup ("no-such-item"));
  g_assert_null (pd_checklist_lookup (NULL));
}

static void
test_status_and_note (void)
{
  g_autoptr (PdCase) pd_case = case_from_profile ("{}");
  g_autoptr (PdCase) reloaded = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  guint ready, total;
  guint64 generation;

  g_assert_cmpint (pd_checklist_get_status (pd_case, "identity"), ==, PD_EVIDENCE_STATUS_NEEDED);
  g_assert_cmpstr (pd_checklist_get_note (pd_case, "identity"), ==, "");
  pd_checklist_get_progress (pd_case, &ready, &total);
  /* letter, statement, identity, background; the court papers are not sent. */
  g_assert_cmpuint (ready, ==, 0);
  g_assert_cmpuint (total, ==, 4);

  generation = pd_case_get_generation (pd_case);
  pd_checklist_set_status (pd_case, "identity", PD_EVIDENCE_STATUS_HAVE);
  pd_checklist_set_status (pd_case, "background", PD_EVIDENCE_STATUS_NOT_APPLICABLE);
  pd_checklist_set_note (pd_case, "identity", "Passport is at my sister’s house");
  g_assert_cmpuint (pd_case_get_generation (pd_case), ==, generation + 3);
  /* Setting what is already there changes nothing. */
  pd_checklist_set_note (pd_case, "identity", "Passport is at my sister’s house");
  pd_checklist_set_status (pd_case, "identity", PD_EVIDENCE_STATUS_HAVE);
  g_assert_cmpuint (pd_case_get_generation (pd_case), ==, generation + 3);

  pd_checklist_get_progress (pd_case, &ready, &total);
  g_assert_cmpuint (ready, ==, 1);
  g_assert_cmpuint (total, ==, 3);

  bytes = pd_case_to_bytes (pd_case);
  reloaded = pd_case_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_checklist_get_status (reloaded, "identity"), ==, PD_EVIDENCE_STATUS_HAVE);
  g_assert_cmpint (pd_checklist_get_status (reloaded, "background"), ==,
                   PD_EVIDENCE_STATUS_NOT_APPLICABLE);
  g_assert_cmpstr (pd_checklist_get_note (reloaded, "identity"), ==,
                   "Passport is at my sister’s house");
}

static void
test_kept_when_answers_change (void)
{
  g_autoptr (PdCase) pd_case = case_from_profile ("{ \"work\": \"yes\" }");
  g_autoptr (PdDocumentFile) file = fake_file ("files/a.pdf", "aa", "application/pdf", 10);
  g_autoptr (GPtrArray) kept = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_autofree char *document_id = NULL;
  g_autofree char *ids = NULL;

  document_id = pd_checklist_add_document (pd_case, "work", file);
  g_assert_nonnull (document_id);
  /* Attaching marks a needed item "I have it". */
  g_assert_cmpint (pd_checklist_get_status (pd_case, "work"), ==, PD_EVIDENCE_STATUS_HAVE);

  pd_case_set_text (pd_case, PD_KEY_WORK, "no");
  items = pd_checklist_dup_items (pd_case);
  ids = ids_of (items);
  g_assert_cmpstr (ids, ==, ALWAYS);
  kept = pd_checklist_dup_kept_items (pd_case);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_cmpstr (((PdEvidenceItem *) g_ptr_array_index (kept, 0))->id, ==, "work");
  documents = pd_checklist_dup_documents (pd_case, "work");
  g_assert_cmpuint (documents->len, ==, 1);

  /* An item that does not apply is never an exhibit. */
  g_clear_pointer (&kept, g_ptr_array_unref);
  kept = pd_checklist_dup_exhibits (pd_case);
  g_assert_cmpuint (kept->len, ==, 0);
}

static void
test_documents (void)
{
  g_autoptr (PdCase) pd_case = case_from_profile ("{}");
  g_autoptr (PdDocumentFile) page1 = fake_file ("files/p1.jpg", "11", "image/jpeg", 100);
  g_autoptr (PdDocumentFile) page2 = fake_file ("files/p2.jpg", "22", "image/jpeg", 200);
  g_autoptr (PdDocumentFile) page3 = fake_file ("files/p3.jpg", "33", "image/jpeg", 300);
  g_autoptr (PdDocumentFile) other = fake_file ("files/o.pdf", "44", "application/pdf", 5);
  g_autoptr (PdDocumentFile) unsafe = fake_file ("files/../case.json", "55", "x", 5);
  g_autoptr (PdDocument) document = NULL;
  g_autoptr (JsonNode) removed = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_auto (GStrv) paths = NULL;
  g_autofree char *lease = NULL;
  g_autofree char *passport = NULL;
  guint position = 99;

  lease = pd_checklist_add_document (pd_case, "identity", page1);
  g_assert_true (pd_checklist_add_page (pd_case, lease, page2));
  g_assert_true (pd_checklist_add_page (pd_case, lease, page3));
  passport = pd_checklist_add_document (pd_case, "identity", other);

  /* Pages can be put in another order. */
  g_assert_true (pd_checklist_move_page (pd_case, lease, 2, 0));
  g_assert_false (pd_checklist_move_page (pd_case, lease, 3, 0));
  document = pd_checklist_dup_document (pd_case, lease);
  g_assert_cmpstr (document->item_id, ==, "identity");
  g_assert_cmpuint (document->files->len, ==, 3);
  g_assert_cmpstr (((PdDocumentFile *) document->files->pdata[0])->stored, ==, "files/p3.jpg");
  g_assert_cmpstr (((PdDocumentFile *) document->files->pdata[1])->stored, ==, "files/p1.jpg");
  g_assert_cmpstr (((PdDocumentFile *) document->files->pdata[2])->stored, ==, "files/p2.jpg");
  g_assert_cmpuint (((PdDocumentFile *) document->files->pdata[2])->size, ==, 200);
  /* Without a description, it is called by its first file's name. */
  g_assert_cmpstr (pd_document_get_label (document), ==, "scan.pdf");
  g_clear_pointer (&document, pd_document_free);

  g_assert_true (pd_checklist_set_description (pd_case, lease, "Lease, 2019"));
  document = pd_checklist_dup_document (pd_case, lease);
  g_assert_cmpstr (pd_document_get_label (document), ==, "Lease, 2019");
  g_assert_null (document->language);
  g_clear_pointer (&document, pd_document_free);

  /* A document in another language brings in the translations item. */
  g_assert_false (pd_checklist_has_foreign_documents (pd_case));
  g_assert_true (pd_checklist_set_language (pd_case, passport, "Spanish"));
  g_assert_true (pd_checklist_has_foreign_documents (pd_case));
  g_assert_true (pd_checklist_applies (pd_case, pd_checklist_lookup (PD_EVIDENCE_TRANSLATIONS)));
  g_assert_cmpstr (pd_document_language_get_label ("Spanish"), ==, "Spanish");
  g_assert_cmpstr (pd_document_language_get_label (NULL), ==, "English");
  g_assert_true (pd_checklist_set_language (pd_case, passport, "English"));
  g_assert_false (pd_checklist_has_foreign_documents (pd_case));

  /* Removing, then Undo, puts it back where it was. */
  removed = pd_checklist_remove_document (pd_case, lease, &position);
  g_assert_nonnull (removed);
  g_assert_cmpuint (position, ==, 0);
  g_assert_null (pd_checklist_dup_document (pd_case, lease));
  paths = pd_checklist_dup_stored_paths (removed);
  g_assert_cmpuint (g_strv_length (paths), ==, 3);
  g_assert_cmpstr (paths[0], ==, "files/p3.jpg");
  pd_checklist_restore_document (pd_case, removed, position);
  documents = pd_checklist_dup_documents (pd_case, "identity");
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpstr (((PdDocument *) documents->pdata[0])->id, ==, lease);
  g_assert_cmpstr (((PdDocument *) documents->pdata[1])->id, ==, passport);

  /* Nothing outside the case's files/ folder can be recorded. */
  if (g_test_undefined ())
    {
      g_test_expect_message ("pd-checklist", G_LOG_LEVEL_CRITICAL, "*stored_path_is_safe*");
      g_assert_null (pd_checklist_add_document (pd_case, "identity", unsafe));
      g_test_assert_expected_messages ();
    }
}

static void
test_file_problems (void)
{
  g_autoptr (PdCase) pd_case = case_from_profile ("{}");
  g_autofree char *dir = g_dir_make_tmp ("pd-checklist-XXXXXX", NULL);
  g_autofree char *files = g_build_filename (dir, "files", NULL);
  g_autofree char *present = g_build_filename (files, "present.pdf", NULL);
  g_autoptr (PdDocumentFile) good = fake_file ("files/present.pdf", "ab", "application/pdf", 4);
  g_autoptr (PdDocumentFile) gone = fake_file ("files/gone.jpg", "cd", "image/jpeg", 4);
  g_autoptr (PdDocumentFile) word = fake_file ("files/w.docx", "ef",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 4);
  g_autoptr (PdDocumentFile) big = fake_file ("files/big.pdf", "gh", "application/pdf",
                                              PD_FILE_LARGE_BYTES + 1);
  g_autoptr (PdDocumentFile) again = fake_file ("files/present2.pdf", "ab", "application/pdf", 4);
  g_autoptr (GPtrArray) documents = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_cmpint (g_mkdir (files, 0700), ==, 0);
  g_assert_true (g_file_set_contents (present, "%PDF", 4, NULL));

  first = pd_checklist_add_document (pd_case, "identity", good);
  g_assert_cmpint (pd_checklist_check_file (pd_case, dir, NULL, good), ==, PD_FILE_PROBLEM_DUPLICATE);
  documents = pd_checklist_dup_documents (pd_case, "identity");
  g_assert_cmpint (pd_checklist_check_file (pd_case, dir, documents->pdata[0], good), ==,
                   PD_FILE_PROBLEM_NONE);
  g_assert_cmpint (pd_checklist_check_file (pd_case, dir, NULL, gone), ==,
                   PD_FILE_PROBLEM_MISSING);
  g_assert_cmpint (pd_checklist_check_file (pd_case, dir, NULL, word), ==,
                   PD_FILE_PROBLEM_MISSING | PD_FILE_PROBLEM_NOT_FOR_PACKET);
  g_assert_cmpint (pd_checklist_check_file (pd_case, dir, NULL, big), ==,
                   PD_FILE_PROBLEM_MISSING | PD_FILE_PROBLEM_LARGE);

  /* The same bytes attached under another item are found. */
  second = pd_checklist_add_document (pd_case, "background", again);
  g_assert_cmpstr (pd_checklist_find_sha256 (pd_case, "ab", second), ==, "identity");
  g_assert_cmpstr (pd_checklist_find_sha256 (pd_case, "ab", first), ==, "background");
  g_assert_null (pd_checklist_find_sha256 (pd_case, "zz", NULL));

  /* A file whose size changed since it was added. */
  g_assert_true (g_file_set_contents (present, "%PDF-1.4", -1, NULL));
  g_assert_cmpint (pd_checklist_check_file (pd_case, dir, documents->pdata[0], good), ==,
                   PD_FILE_PROBLEM_CHANGED | PD_FILE_PROBLEM_DUPLICATE);

  g_assert_true (pd_content_type_fits_packet ("image/png"));
  g_assert_false (pd_content_type_fits_packet ("image/heic"));
  g_assert_false (pd_content_type_fits_packet (NULL));

  g_unlink (present);
  g_rmdir (files);
  g_rmdir (dir);
}

static void
test_exhibits (void)
{
  g_autoptr (PdCase) pd_case = case_from_profile ("{ \"work\": \"yes\", \"entry_date\": "
                                                  "\"2010-01-01\" }");
  g_autoptr (PdDocumentFile) file = fake_file ("files/x.pdf", "00", "application/pdf", 1);
  g_autoptr (GPtrArray) exhibits = NULL;
  g_autofree char *tab = NULL;
  g_autofree char *id = NULL;
  static const struct { guint index; const char *tab; } tabs[] = {
    { 0, "A" }, { 1, "B" }, { 25, "Z" }, { 26, "AA" }, { 27, "AB" }, { 51, "AZ" }, { 52, "BA" },
    { 701, "ZZ" }, { 702, "AAA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      g_autofree char *letters = pd_exhibit_dup_tab (tabs[i].index);
      g_assert_cmpstr (letters, ==, tabs[i].tab);
    }

  /* The letter, the statement and the court papers are never exhibits. */
  g_free (pd_checklist_add_document (pd_case, "letter", file));
  g_free (pd_checklist_add_document (pd_case, "court-notice", file));
  g_free (pd_checklist_add_document (pd_case, "work", file));
  g_free (pd_checklist_add_document (pd_case, "identity", file));
  id = pd_checklist_add_document (pd_case, "presence", file);
  exhibits = pd_checklist_dup_exhibits (pd_case);
  g_assert_cmpuint (exhibits->len, ==, 3);
  g_assert_cmpstr (exhibits->pdata[0], ==, "identity");
  g_assert_cmpstr (exhibits->pdata[1], ==, "presence");
  g_assert_cmpstr (exhibits->pdata[2], ==, "work");

  g_assert_true (pd_checklist_move_exhibit (pd_case, "work", -2));
  g_assert_false (pd_checklist_move_exhibit (pd_case, "work", -1));
  g_assert_false (pd_checklist_move_exhibit (pd_case, "letter", 1));
  tab = pd_checklist_dup_tab (pd_case, "identity");
  g_assert_cmpstr (tab, ==, "B");
  g_clear_pointer (&tab, g_free);

  /* Marking an item "does not apply" takes it out; the others close up. */
  pd_checklist_set_status (pd_case, "identity", PD_EVIDENCE_STATUS_NOT_APPLICABLE);
  tab = pd_checklist_dup_tab (pd_case, "presence");
  g_assert_cmpstr (tab, ==, "B");
  g_clear_pointer (&tab, g_free);
  g_assert_null (pd_checklist_dup_tab (pd_case, "identity"));

  /* A new exhibit goes after the ones the person ordered. */
  pd_checklist_set_status (pd_case, "identity", PD_EVIDENCE_STATUS_HAVE);
  tab = pd_checklist_dup_tab (pd_case, "work");
  g_assert_cmpstr (tab, ==, "A");
  g_clear_pointer (&tab, g_free);
  tab = pd_checklist_dup_tab (pd_case, "identity");
  g_assert_cmpstr (tab, ==, "B");
}

/* A checklist written by hand or damaged: odd members are passed over. */
static void
test_odd_json (void)
{
  static const char *bad_sections[] = { "[]", "\"x\"", "3", "null" };
  static const char *odd =
    "{ \"format\": \"discretion-case\", \"version\": 1, \"id\": \"abc\", \"name\": \"\","
    "  \"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-01T00:00:00Z\","
    "  \"answers\": {}, \"checklist\": { \"items\": {"
    "    \"identity\": { \"status\": 7, \"note\": [], \"documents\": ["
    "      3, { \"no-id\": true }, { \"id\": \"d1\", \"files\": ["
    "        { \"stored\": \"/etc/passwd\" }, { \"stored\": \"files/ok.pdf\", \"size\": -4 },"
    "        \"x\" ] } ] },"
    "    \"work\": [], \"presence\": { \"documents\": {} } },"
    "    \"exhibit_order\": [ 1, \"nope\", \"identity\", \"identity\" ] },"
    "  \"future\": { \"kept\": true } }";
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = pd_case_new_from_data (odd, strlen (odd), &error);
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) exhibits = NULL;
  g_autoptr (GPtrArray) kept = NULL;
  PdDocument *document;

  g_assert_no_error (error);
  g_assert_cmpint (pd_checklist_get_status (pd_case, "identity"), ==, PD_EVIDENCE_STATUS_NEEDED);
  g_assert_cmpstr (pd_checklist_get_note (pd_case, "identity"), ==, "");
  documents = pd_checklist_dup_documents (pd_case, "identity");
  g_assert_cmpuint (documents->len, ==, 1);
  document = documents->pdata[0];
  g_assert_cmpuint (document->files->len, ==, 1);
  g_assert_cmpstr (((PdDocumentFile *) document->files->pdata[0])->stored, ==, "files/ok.pdf");
  g_assert_cmpuint (((PdDocumentFile *) document->files->pdata[0])->size, ==, 0);
  exhibits = pd_checklist_dup_exhibits (pd_case);
  g_assert_cmpuint (exhibits->len, ==, 1);
  kept = pd_checklist_dup_kept_items (pd_case);
  g_assert_cmpuint (kept->len, ==, 0);

  /* A note cannot be written over a member it cannot read. */
  pd_checklist_set_note (pd_case, "work", "x");
  g_assert_cmpstr (pd_checklist_get_note (pd_case, "work"), ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (bad_sections); i++)
    {
      g_autofree char *data = g_strdup_printf (
        "{ \"format\": \"discretion-case\", \"version\": 1, \"id\": \"abc\", \"name\": \"\","
        "  \"created\": \"c\", \"modified\": \"m\", \"answers\": {}, \"checklist\": %s }",
        bad_sections[i]);
      g_autoptr (GError) local_error = NULL;
      g_autoptr (PdCase) refused = pd_case_new_from_data (data, strlen (data), &local_error);

      g_test_message ("checklist: %s", bad_sections[i]);
      g_assert_null (refused);
      g_assert_error (local_error, PD_CASE_ERROR, PD_CASE_ERROR_DAMAGED);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("DISCRETION_NOW", NOW, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checklist/catalogue", test_catalogue);
  g_test_add_func ("/checklist/profiles", test_profiles);
  g_test_add_func ("/checklist/status-and-note", test_status_and_note);
  g_test_add_func ("/checklist/kept-when-answers-change", test_kept_when_answers_change);
  g_test_add_func ("/checklist/documents", test_documents);
  g_test_add_func ("/checklist/file-problems", test_file_problems);
  g_test_add_func ("/checklist/exhibits", test_exhibits);
  g_test_add_func ("/checklist/odd-json", test_odd_json);

  return g_test_run ();
}
