/* test-case.c — the case document: round trip, unknown fields, bad files
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "pd-case.h"

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "fixtures", name, NULL);
  g_autoptr (GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static JsonNode *
parse (const char *data,
       gsize       length)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_new (void)
{
  g_autoptr (PdCase) a = pd_case_new ();
  g_autoptr (PdCase) b = pd_case_new ();
  g_autofree char *display = NULL;

  g_assert_cmpstr (pd_case_get_id (a), !=, pd_case_get_id (b));
  g_assert_false (pd_case_get_read_only (a));
  g_assert_cmpint (pd_case_get_version (a), ==, PD_CASE_VERSION);

  display = pd_case_dup_display_name (a);
  g_assert_cmpstr (display, ==, "New request");
  g_clear_pointer (&display, g_free);

  pd_case_set_text (a, PD_KEY_FULL_NAME, "Ana Silva");
  display = pd_case_dup_display_name (a);
  g_assert_cmpstr (display, ==, "Ana Silva");
  g_clear_pointer (&display, g_free);

  pd_case_set_name (a, "  Ana — Monday  ");
  display = pd_case_dup_display_name (a);
  g_assert_cmpstr (display, ==, "Ana — Monday");
}

static void
test_round_trip_keeps_unknown (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  gsize length;

  data = read_fixture ("sample-case.json", &length);
  pd_case = pd_case_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pd_case);

  g_assert_cmpstr (pd_case_get_id (pd_case), ==, "6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c9a10");
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_FULL_NAME), ==, "María José Pérez López");
  g_assert_null (pd_case_get_text (pd_case, "a_later_answer"));  /* not a string */

  bytes = pd_case_to_bytes (pd_case);
  before = parse (data, length);
  after = parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (json_node_equal (before, after));
}

static void
count_cb (PdCase     *pd_case,
          const char *key,
          guint      *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr (PdCase) pd_case = pd_case_new ();
  guint phone_count = 0, all_count = 0;
  guint64 generation = pd_case_get_generation (pd_case);

  g_signal_connect (pd_case, "changed::phone", G_CALLBACK (count_cb), &phone_count);
  g_signal_connect (pd_case, "changed", G_CALLBACK (count_cb), &all_count);

  pd_case_set_text (pd_case, PD_KEY_PHONE, "555");
  pd_case_set_text (pd_case, PD_KEY_EMAIL, "a@b.c");
  g_assert_cmpuint (phone_count, ==, 1);
  g_assert_cmpuint (all_count, ==, 2);
  generation++;
  g_assert_cmpuint (pd_case_get_generation (pd_case), ==, generation + 1);
  pd_case_set_text (pd_case, PD_KEY_PHONE, "555");  /* same value: no change */
  g_assert_cmpuint (pd_case_get_generation (pd_case), ==, generation + 1);
  pd_case_set_text (pd_case, PD_KEY_PHONE, "");     /* empty removes */
  g_assert_null (pd_case_get_text (pd_case, PD_KEY_PHONE));
  g_assert_cmpuint (pd_case_get_generation (pd_case), ==, generation + 2);
}

static void
test_choices (void)
{
  g_autoptr (PdCase) pd_case = pd_case_new ();
  const char *picked[] = { "spouse", "child", NULL };
  const char *none[] = { NULL };
  g_auto (GStrv) back = NULL;
  guint64 generation;

  g_assert_null (pd_case_dup_choices (pd_case, "family"));
  pd_case_set_choices (pd_case, "family", picked);
  back = pd_case_dup_choices (pd_case, "family");
  g_assert_cmpstrv (back, picked);
  g_clear_pointer (&back, g_strfreev);

  generation = pd_case_get_generation (pd_case);
  pd_case_set_choices (pd_case, "family", picked);   /* same: no change */
  g_assert_cmpuint (pd_case_get_generation (pd_case), ==, generation);

  pd_case_set_choices (pd_case, "family", none);     /* answered "none of these" */
  back = pd_case_dup_choices (pd_case, "family");
  g_assert_nonnull (back);
  g_assert_cmpuint (g_strv_length (back), ==, 0);

  pd_case_set_choices (pd_case, "family", NULL);
  g_assert_null (pd_case_get_answer (pd_case, "family"));
}

static void
expect_error (const char *data,
              gssize      length,
              int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = NULL;

  if (length < 0)
    length = strlen (data);
  pd_case = pd_case_new_from_data (data, length, &error);
  g_assert_null (pd_case);
  if (code >= 0)
    g_assert_error (error, PD_CASE_ERROR, code);
  else
    g_assert_true (error != NULL && error->domain == PD_CASE_ERROR);
  g_assert_nonnull (error->message);
}

static void
test_bad_files (void)
{
  expect_error ("", 0, PD_CASE_ERROR_EMPTY);
  expect_error ("  \n ", -1, PD_CASE_ERROR_EMPTY);
  expect_error ("{", -1, PD_CASE_ERROR_PARSE);
  expect_error ("not json", -1, PD_CASE_ERROR_PARSE);
  expect_error ("[1,2,3]", -1, PD_CASE_ERROR_NOT_A_CASE);
  expect_error ("{\"format\":\"something-else\",\"version\":1,\"id\":\"x\"}", -1,
                PD_CASE_ERROR_NOT_A_CASE);
  expect_error ("{\"format\":\"discretion-case\",\"id\":\"x\"}", -1,
                PD_CASE_ERROR_NOT_A_CASE);
  expect_error ("{\"format\":\"discretion-case\",\"version\":\"1\",\"id\":\"x\"}", -1,
                PD_CASE_ERROR_NOT_A_CASE);
  expect_error ("{\"format\":\"discretion-case\",\"version\":0,\"id\":\"x\"}", -1,
                PD_CASE_ERROR_NOT_A_CASE);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1}", -1, PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"../x\"}", -1,
                PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":7}", -1,
                PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\",\"name\":[]}", -1,
                PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\",\"answers\":[]}",
                -1, PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\",\"modified\":5}",
                -1, PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\",\"name\":\"\xff\"}",
                -1, PD_CASE_ERROR_PARSE);
  expect_error ("{\"format\":\"discretion-case\"\0}", 27, PD_CASE_ERROR_PARSE);

  /* Found by fuzzing: json-glib accepts these, but the case would not
   * survive its next save unchanged. */
  expect_error ("// only a comment", -1, -1);
  expect_error ("/* a comment */\n", -1, -1);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"a\"}"
                "{\"format\":\"discretion-case\",\"version\":1,\"id\":\"b\"}", -1,
                PD_CASE_ERROR_PARSE);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\","
                "\"name\":\"x\\ud800y\"}", -1, PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\","
                "\"n\":1e400}", -1, PD_CASE_ERROR_DAMAGED);
  expect_error ("{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\","
                "\"name\":\"a\\u0000b\"}", -1, PD_CASE_ERROR_PARSE);
}

static void
test_truncated_everywhere (void)
{
  g_autofree char *data = NULL;
  gsize length;

  data = read_fixture ("sample-case.json", &length);

  /* Every proper prefix is refused; none crashes. (A prefix can only parse
   * if it drops just trailing whitespace.) */
  for (gsize cut = 0; cut < length; cut++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PdCase) pd_case = pd_case_new_from_data (data, cut, &error);

      if (pd_case != NULL)
        {
          for (gsize i = cut; i < length; i++)
            g_assert_true (g_ascii_isspace (data[i]));
          continue;
        }
      g_assert_nonnull (error);
      g_assert_true (error->domain == PD_CASE_ERROR);
    }
}

static void
test_deep_nesting (void)
{
  gsize depth = 200000;
  g_autoptr (GString) deep = g_string_new ("{\"format\":\"discretion-case\",\"version\":1,"
                                           "\"id\":\"x\",\"deep\":");

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (deep, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');

  expect_error (deep->str, deep->len, PD_CASE_ERROR_TOO_DEEP);

  /* Brackets inside strings do not count. */
  g_assert_true (pd_json_check_depth ("{\"a\":\"[[[[[[[[[[\\\"[[[[\"}", 22, 2));
  g_assert_false (pd_json_check_depth ("[[[", 3, 2));
}

static void
test_huge_string (void)
{
  gsize size = 10 * 1024 * 1024;
  g_autoptr (GString) big = g_string_sized_new (size + 100);
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = NULL;

  g_string_append (big, "{\"format\":\"discretion-case\",\"version\":1,\"id\":\"x\",\"name\":\"");
  for (gsize i = 0; i < size; i++)
    g_string_append_c (big, 'n');
  g_string_append (big, "\"}");

  /* Large but possible: opened, not crashed. */
  pd_case = pd_case_new_from_data (big->str, big->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (pd_case_get_name (pd_case)), ==, size);
}

static void
test_future_version_read_only (void)
{
  const char *data = "{\"format\":\"discretion-case\",\"version\":99,\"id\":\"abc\","
                     "\"name\":\"From the future\",\"new_thing\":{\"a\":1}}";
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GBytes) bytes = NULL;

  pd_case = pd_case_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_true (pd_case_get_read_only (pd_case));
  g_assert_cmpint (pd_case_get_version (pd_case), ==, 99);

  /* Serialising keeps the version that wrote it. */
  bytes = pd_case_to_bytes (pd_case);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"version\" : 99"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case/new", test_new);
  g_test_add_func ("/case/round-trip-keeps-unknown", test_round_trip_keeps_unknown);
  g_test_add_func ("/case/changed", test_changed_signal);
  g_test_add_func ("/case/choices", test_choices);
  g_test_add_func ("/case/bad-files", test_bad_files);
  g_test_add_func ("/case/truncated-everywhere", test_truncated_everywhere);
  g_test_add_func ("/case/deep-nesting", test_deep_nesting);
  g_test_add_func ("/case/huge-string", test_huge_string);
  g_test_add_func ("/case/future-version", test_future_version_read_only);

  return g_test_run ();
}
