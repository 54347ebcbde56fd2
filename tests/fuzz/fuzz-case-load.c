/* fuzz-case-load.c — libFuzzer harness: arbitrary bytes as a case file, read
 * from memory and through a store folder (list, open, restore the .bak).
 *
 * A crash or a sanitizer report stops the run. A GLib warning or critical and
 * broken promises about the data (a case that loads but is saved as a file
 * that does not, a damaged file not kept aside byte for byte, a restored
 * backup that does not open) are findings too: with DISCRETION_FUZZ_FINDINGS
 * set to a folder they are written there and the run goes on; without it
 * (replaying one file) they abort. DISCRETION_FUZZ_ROUNDTRIP=0 skips the
 * save-and-load-again check. Run it with build-aux/fuzz.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#if defined(__has_feature)
# if __has_feature(address_sanitizer)
#  include <sanitizer/lsan_interface.h>
#  define HAVE_LSAN 1
# endif
#endif

#include "pd-case-info.h"
#include "pd-fields.h"
#include "pd-store.h"

/* The id of tests/fixtures/sample-case.json, so mutations of it open. */
#define CASE_ID "6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c9a10"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *base_dir;
static char *case_dir;
static gboolean check_roundtrip = TRUE;
static const char *findings_dir;
static GHashTable *findings;  /* kind → count */
static const uint8_t *input;
static size_t input_size;

/* A broken promise about the data: kept (the first few of each kind), or fatal. */
G_GNUC_PRINTF (2, 3) static void
finding (const char *kind,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;
  guint count;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (findings_dir == NULL)
    {
      fprintf (stderr, "FINDING %s: %s\n", kind, message);
      abort ();
    }

  count = GPOINTER_TO_UINT (g_hash_table_lookup (findings, kind)) + 1;
  g_hash_table_insert (findings, (gpointer) kind, GUINT_TO_POINTER (count));
  if (count == 1)
    fprintf (stderr, "FINDING %s: %s\n", kind, message);
  if (count <= 5)
    {
      g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA1, input, input_size);
      g_autofree char *name = g_strdup_printf ("%s-%s", kind, sum);
      g_autofree char *path = g_build_filename (findings_dir, name, NULL);

      g_file_set_contents (path, (const char *) input, input_size, NULL);
    }
}

static void
remove_base_dir (void)
{
  if (base_dir != NULL)
    pd_remove_tree (base_dir, NULL);
}

/* A GLib warning or critical is a finding: kept with the run going on (code
 * after a g_return_if_fail () goes on safely), or abort () when replaying —
 * not G_BREAKPOINT's SIGTRAP, as libFuzzer keeps the input only on SIGABRT. */
static GLogWriterOutput
warnings_are_findings (GLogLevelFlags   log_level,
                       const GLogField *fields,
                       gsize            n_fields,
                       gpointer         user_data)
{
  const char *message = "";

  if (!(log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)))
    return G_LOG_WRITER_HANDLED;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
      message = fields[i].value;
  if (findings_dir == NULL || (log_level & G_LOG_LEVEL_ERROR))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }
  finding ("glib-warning", "%s", message);
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *tmp = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (tmp, "discretion-fuzz-XXXXXX", NULL);

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("DISCRETION_NOW", "2026-05-01T10:00:00Z", TRUE);
  /* Anything GLib or we would warn about is a finding too. */
  g_log_set_writer_func (warnings_are_findings, NULL, NULL);
  check_roundtrip = g_strcmp0 (g_getenv ("DISCRETION_FUZZ_ROUNDTRIP"), "0") != 0;
  findings_dir = g_getenv ("DISCRETION_FUZZ_FINDINGS");
  findings = g_hash_table_new (g_str_hash, g_str_equal);

  base_dir = g_mkdtemp (g_steal_pointer (&template));
  if (base_dir == NULL)
    abort ();
  case_dir = g_build_filename (base_dir, "cases", CASE_ID, NULL);
  atexit (remove_base_dir);
  return 0;
}

/* json-glib 1.6 accepts two top-level values ("{…} {…}"), keeps the last and
 * leaks the first. Such input is a finding of its own, kept out of the rest
 * so that the leak does not stop the run each time. */
static gboolean
has_second_root (const uint8_t *data,
                 size_t         size)
{
  guint depth = 0;
  gboolean in_string = FALSE, in_scalar = FALSE, done = FALSE;

  for (size_t i = 0; i < size; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            {
              in_string = FALSE;
              done = done || depth == 0;
            }
          continue;
        }
      if (in_scalar)
        {
          if (!g_ascii_isspace (c) && strchr ("{}[]\",:", c) == NULL)
            continue;
          in_scalar = FALSE;
          done = TRUE;
        }
      if (g_ascii_isspace (c))
        continue;
      if (depth == 0 && done)
        return TRUE;
      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        {
          if (depth > 0 && --depth == 0)
            done = TRUE;
        }
      else if (depth == 0)
        in_scalar = TRUE;
    }
  return FALSE;
}

/* json-glib 1.6 also leaks its string buffer when it fails on a string with a
 * \u escape (a malformed surrogate pair such as "\ud83d\u0041", and more: its
 * \u reading is loose). Such input is asked of json-glib alone, with the leak
 * checker looking away; our code does nothing with a file that does not parse
 * but refuse it. */
static gboolean
json_glib_would_leak (const uint8_t *data,
                      size_t         size)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_utf8_validate ((const char *) data, size, NULL) || memchr (data, '\0', size) != NULL
      || !pd_json_check_depth ((const char *) data, size, PD_CASE_MAX_DEPTH))
    return FALSE;
#ifdef HAVE_LSAN
  __lsan_disable ();
#endif
  parser = json_parser_new ();
  json_parser_load_from_data (parser, (const char *) data, size, &error);
  g_clear_object (&parser);
#ifdef HAVE_LSAN
  __lsan_enable ();
#endif
  return error != NULL && g_strstr_len ((const char *) data, size, "\\u") != NULL;
}

/* What the list and the details form read from a case. */
static void
read_everything (PdCase *pd_case)
{
  g_autofree char *display_name = pd_case_dup_display_name (pd_case);
  g_autoptr (GDateTime) created = pd_case_dup_created (pd_case);
  g_autoptr (GDateTime) modified = pd_case_dup_modified (pd_case);
  g_autoptr (PdCaseInfo) info = pd_case_info_new_for_case (pd_case);
  g_autofree char *title = g_strdup (pd_case_info_get_title (info));
  const char *keys[] = {
    PD_KEY_FULL_NAME, PD_KEY_A_NUMBER, PD_KEY_BIRTH_DATE, PD_KEY_COUNTRY,
    PD_KEY_ADDRESS_STREET, PD_KEY_ADDRESS_CITY, PD_KEY_ADDRESS_STATE, PD_KEY_ADDRESS_ZIP,
    PD_KEY_PHONE, PD_KEY_EMAIL, PD_KEY_COURT, PD_KEY_HEARING_DATE, PD_KEY_HEARING_TYPE,
    PD_KEY_DETAINED, "a_later_answer",
  };
  GDate date;

  /* Read for the reading: the sanitizers watch. */
  (void) display_name;
  (void) created;
  (void) modified;
  (void) title;
  pd_case_get_hearing_date (pd_case, &date);
  if (g_date_valid (&date))
    {
      g_free (pd_date_to_iso (&date));
      g_free (pd_date_format_long (&date));
      g_free (pd_date_format_english (&date));
      g_free (pd_date_describe_hearing (&date));
    }

  /* Every answer, as text, as choices, and through the field checks. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *text = pd_case_get_text (pd_case, keys[i]);
      g_auto (GStrv) choices = pd_case_dup_choices (pd_case, keys[i]);
      g_autofree char *digits = NULL;
      GDate parsed;

      (void) choices;

      if (text == NULL)
        continue;
      if (pd_a_number_normalize (text, &digits, NULL))
        g_free (pd_a_number_format (digits));
      pd_date_parse_iso (text, &parsed, NULL);
    }
}

static void
check_saves_and_reloads (PdCase *pd_case)
{
  g_autoptr (GBytes) first = pd_case_to_bytes (pd_case);
  g_autoptr (GBytes) second = NULL;
  g_autoptr (PdCase) again = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (first, &length);

  again = pd_case_new_from_data (data, length, &error);
  if (again == NULL)
    {
      finding ("roundtrip-unreadable",
               "a case that loaded was saved as a file that does not load (%s):\n%.*s",
               error->message, (int) MIN (length, 2000), data);
      return;
    }
  second = pd_case_to_bytes (again);
  if (!g_bytes_equal (first, second))
    finding ("roundtrip-changed",
             "saving, loading and saving again changed the file:\n%.*s\n----\n%.*s",
             (int) MIN (length, 2000), data, (int) MIN (g_bytes_get_size (second), 2000),
             (const char *) g_bytes_get_data (second, NULL));
}

static void
write_file (const char *name,
            const uint8_t *data,
            size_t      size)
{
  g_autofree char *path = g_build_filename (case_dir, name, NULL);

  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    abort ();
}

/* A damaged file is renamed to case.json.damaged-…, byte for byte. */
static gboolean
kept_aside (const uint8_t *data,
            size_t         size)
{
  g_autoptr (GDir) dir = g_dir_open (case_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *kept = NULL;
      gsize kept_size;

      if (!g_str_has_prefix (name, "case.json.damaged-"))
        continue;
      path = g_build_filename (case_dir, name, NULL);
      if (g_file_get_contents (path, &kept, &kept_size, NULL)
          && kept_size == size && memcmp (kept, data, size) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The same bytes as case.json and as its .bak, in a fresh store each time. */
static void
through_the_store (const uint8_t *data,
                   size_t         size)
{
  g_autoptr (PdStore) store = pd_store_new (base_dir);
  g_autoptr (GPtrArray) infos = NULL;
  g_autoptr (PdCase) opened = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *case_json = g_build_filename (case_dir, "case.json", NULL);

  pd_remove_tree (case_dir, NULL);
  if (g_mkdir_with_parents (case_dir, 0700) != 0)
    abort ();
  write_file ("case.json", data, size);
  write_file ("case.json.bak", data, size);

  infos = pd_store_list (store, &error);
  if (infos == NULL || infos->len != 1)
    abort ();
  {
    PdCaseInfo *info = g_ptr_array_index (infos, 0);
    const GError *info_error = pd_case_info_get_error (info);
    const char *title = pd_case_info_get_title (info);

    if (info_error == NULL && title == NULL)
      abort ();
  }

  opened = pd_store_open_case (store, CASE_ID, &error);
  if (opened != NULL)
    {
      read_everything (opened);
      return;
    }

  /* Damaged: set aside, never overwritten (nothing is left in its place);
   * then the .bak is offered. */
  g_clear_error (&error);
  if (g_file_test (case_json, G_FILE_TEST_EXISTS))
    {
      g_autofree char *left = NULL;
      gsize left_size;

      /* Only an unreadable-but-present file stays (e.g. a different id). */
      if (!g_file_get_contents (case_json, &left, &left_size, NULL)
          || left_size != size || memcmp (left, data, size) != 0)
        {
          finding ("store-changed", "a case file that did not open was changed");
        }
    }
  else if (!kept_aside (data, size))
    {
      finding ("store-not-kept",
               "a case file that did not open was not kept aside unchanged");
    }
  if (pd_store_restore_backup (store, CASE_ID, &error))
    {
      g_autoptr (PdCase) restored = pd_store_open_case (store, CASE_ID, NULL);
      if (restored == NULL)
        {
          finding ("restore-does-not-open",
                   "pd_store_restore_backup succeeded, then the case does not open");
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GError) error = NULL;

  input = data;
  input_size = size;

  if (has_second_root (data, size)
      && g_utf8_validate ((const char *) data, size, NULL)
      && memchr (data, '\0', size) == NULL)
    {
      finding ("json-two-roots", "json-glib accepts two top-level values and leaks one");
      return 0;
    }
  if (json_glib_would_leak (data, size))
    {
      finding ("json-escape-leak", "json-glib leaks when it fails on a \\u escape");
      return 0;
    }
  pd_case = pd_case_new_from_data ((const char *) data, size, &error);
  if (pd_case == NULL)
    {
      if (error == NULL || error->domain != PD_CASE_ERROR || error->message == NULL)
        abort ();
    }
  else
    {
      read_everything (pd_case);
      if (check_roundtrip && !pd_case_get_read_only (pd_case))
        check_saves_and_reloads (pd_case);
    }

  through_the_store (data, size);
  return 0;
}
