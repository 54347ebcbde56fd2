/* test-store.c — folders, file modes, atomic saves, damaged files, .bak, trash
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "pd-autosave.h"
#include "pd-case-info.h"
#include "pd-settings.h"
#include "pd-store.h"

typedef struct
{
  char *base;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->base = g_dir_make_tmp ("discretion-store-XXXXXX", NULL);
  g_assert_nonnull (f->base);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (pd_remove_tree (f->base, NULL));
  g_free (f->base);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static char *
case_path (Fixture    *f,
           PdCase     *pd_case,
           const char *file)
{
  return g_build_filename (f->base, "cases", pd_case_get_id (pd_case), file, NULL);
}

static char *
contents (const char *path)
{
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  return data;
}

static void
test_create_modes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  g_autofree char *cases = g_build_filename (f->base, "cases", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *files = NULL;
  g_autofree char *json = NULL;

  /* A folder someone else made too open is made private. */
  g_chmod (f->base, 0755);

  pd_case = pd_store_create_case (store, &error);
  g_assert_no_error (error);

  dir = case_path (f, pd_case, NULL);
  files = case_path (f, pd_case, "files");
  json = case_path (f, pd_case, "case.json");

  g_assert_cmpuint (mode_of (f->base), ==, 0700);
  g_assert_cmpuint (mode_of (cases), ==, 0700);
  g_assert_cmpuint (mode_of (dir), ==, 0700);
  g_assert_cmpuint (mode_of (files), ==, 0700);
  g_assert_cmpuint (mode_of (json), ==, 0600);

  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "Ana Silva");
  g_assert_true (pd_store_save_case (store, pd_case, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (json), ==, 0600);
}

static void
test_save_open (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (PdStore) later = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (PdCase) again = NULL;
  g_autoptr (GPtrArray) infos = NULL;

  pd_case = pd_store_create_case (store, &error);
  g_assert_no_error (error);
  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "Ana Silva");
  pd_case_set_text (pd_case, PD_KEY_A_NUMBER, "012345678");
  g_assert_true (pd_store_save_case (store, pd_case, &error));

  later = pd_store_new (f->base);
  again = pd_store_open_case (later, pd_case_get_id (pd_case), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_case_get_text (again, PD_KEY_FULL_NAME), ==, "Ana Silva");
  g_assert_cmpstr (pd_case_get_text (again, PD_KEY_A_NUMBER), ==, "012345678");

  infos = pd_store_list (later, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 1);
  g_assert_cmpstr (pd_case_info_get_title (g_ptr_array_index (infos, 0)), ==, "Ana Silva");
  g_assert_null (pd_case_info_get_error (g_ptr_array_index (infos, 0)));
}

static void
test_list_empty (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->base, "nothing-here", NULL);
  g_autoptr (PdStore) store = pd_store_new (missing);
  g_autoptr (GPtrArray) infos = NULL;
  g_autoptr (GError) error = NULL;

  infos = pd_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 0);
  /* Listing writes nothing. */
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_damaged_kept_and_reported (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (PdStore) next_session = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (PdCase) restored = NULL;
  g_autoptr (GPtrArray) infos = NULL;
  g_autofree char *json = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *id = NULL;
  const char *damaged = "{\"format\":\"discretion-case\",\"version\":1,\"id\":";
  g_autoptr (GDir) listing = NULL;
  const char *name;
  gboolean found_aside = FALSE;

  pd_case = pd_store_create_case (store, &error);
  g_assert_no_error (error);
  id = g_strdup (pd_case_get_id (pd_case));
  json = case_path (f, pd_case, "case.json");
  dir = case_path (f, pd_case, NULL);
  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "First version");
  g_assert_true (pd_store_save_case (store, pd_case, NULL));

  /* Next session: the first save keeps the good file as .bak. */
  next_session = pd_store_new (f->base);
  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "Second version");
  g_assert_true (pd_store_save_case (next_session, pd_case, NULL));
  g_assert_true (pd_store_has_backup (next_session, id));

  /* Now the file is damaged (a crash, a bad disk, another program). */
  g_assert_true (g_file_set_contents (json, damaged, -1, NULL));

  /* Listing reports it and leaves it exactly as it is. */
  infos = pd_store_list (next_session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 1);
  g_assert_nonnull (pd_case_info_get_error (g_ptr_array_index (infos, 0)));
  g_assert_true (pd_case_info_get_has_backup (g_ptr_array_index (infos, 0)));
  {
    g_autofree char *now = contents (json);
    g_assert_cmpstr (now, ==, damaged);
  }

  /* Opening sets it aside under a new name, never overwrites it. */
  g_assert_null (pd_store_open_case (next_session, id, &error));
  g_assert_error (error, PD_CASE_ERROR, PD_CASE_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "case.json.damaged-"));
  g_clear_error (&error);
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "case.json.damaged-"))
      {
        g_autofree char *aside = g_build_filename (dir, name, NULL);
        g_autofree char *kept = contents (aside);
        g_assert_cmpstr (kept, ==, damaged);
        found_aside = TRUE;
      }
  g_assert_true (found_aside);

  /* The last good copy is offered and restores the first version. */
  g_assert_true (pd_store_restore_backup (next_session, id, &error));
  g_assert_no_error (error);
  restored = pd_store_open_case (next_session, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_case_get_text (restored, PD_KEY_FULL_NAME), ==, "First version");
}

static void
test_backup_of_another_case_refused (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (PdCase) pd_case = pd_store_create_case (store, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *bak = case_path (f, pd_case, "case.json.bak");
  g_autofree char *json = case_path (f, pd_case, "case.json");
  g_autofree char *before = contents (json);
  const char *other = "{\"format\":\"discretion-case\",\"version\":1,\"id\":\"other\"}";

  g_assert_true (g_file_set_contents (bak, other, -1, NULL));
  g_assert_false (pd_store_restore_backup (store, pd_case_get_id (pd_case), &error));
  g_assert_error (error, PD_CASE_ERROR, PD_CASE_ERROR_DAMAGED);
  {
    g_autofree char *after = contents (json);
    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_backup_rotated_once_per_session (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr (PdStore) first = pd_store_new (f->base);
  g_autoptr (PdStore) second = NULL;
  g_autoptr (PdStore) third = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  g_autofree char *bak = NULL;
  g_autofree char *text = NULL;

  pd_case = pd_store_create_case (first, NULL);
  bak = case_path (f, pd_case, "case.json.bak");
  pd_case_set_text (pd_case, PD_KEY_PHONE, "1");
  g_assert_true (pd_store_save_case (first, pd_case, NULL));

  second = pd_store_new (f->base);
  pd_case_set_text (pd_case, PD_KEY_PHONE, "2");
  g_assert_true (pd_store_save_case (second, pd_case, NULL));
  text = contents (bak);
  g_assert_nonnull (strstr (text, "\"phone\" : \"1\""));
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (mode_of (bak), ==, 0600);

  /* Later saves in the same session leave the .bak alone. */
  pd_case_set_text (pd_case, PD_KEY_PHONE, "3");
  g_assert_true (pd_store_save_case (second, pd_case, NULL));
  text = contents (bak);
  g_assert_nonnull (strstr (text, "\"phone\" : \"1\""));
  g_clear_pointer (&text, g_free);

  third = pd_store_new (f->base);
  pd_case_set_text (pd_case, PD_KEY_PHONE, "4");
  g_assert_true (pd_store_save_case (third, pd_case, NULL));
  text = contents (bak);
  g_assert_nonnull (strstr (text, "\"phone\" : \"3\""));
}

static void
test_future_version_not_overwritten (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_build_filename (f->base, "cases", "future", NULL);
  g_autofree char *json = g_build_filename (dir, "case.json", NULL);
  const char *future = "{\"format\":\"discretion-case\",\"version\":7,\"id\":\"future\","
                       "\"name\":\"Newer\"}";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (json, future, -1, NULL));

  pd_case = pd_store_open_case (store, "future", &error);
  g_assert_no_error (error);
  g_assert_true (pd_case_get_read_only (pd_case));

  g_assert_false (pd_store_save_case (store, pd_case, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY);
  {
    g_autofree char *now = contents (json);
    g_assert_cmpstr (now, ==, future);
  }
}

static void
test_directory_instead_of_file (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) infos = NULL;
  g_autofree char *json = g_build_filename (f->base, "cases", "odd", "case.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (json, 0700), ==, 0);

  infos = pd_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 1);
  g_assert_nonnull (pd_case_info_get_error (g_ptr_array_index (infos, 0)));

  g_assert_null (pd_store_open_case (store, "odd", &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (json, G_FILE_TEST_IS_DIR));
}

static void
test_trash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) infos = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *cases = g_build_filename (f->base, "cases", NULL);
  g_autoptr (GDir) listing = NULL;

  pd_case = pd_store_create_case (store, NULL);
  dir = case_path (f, pd_case, NULL);

  g_assert_true (pd_store_trash_case (store, pd_case_get_id (pd_case), &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  infos = pd_store_list (store, NULL);
  g_assert_cmpuint (infos->len, ==, 0);
  g_clear_pointer (&infos, g_ptr_array_unref);

  /* A late autosave does not bring a deleted case back. */
  pd_case_set_text (pd_case, PD_KEY_PHONE, "late");
  g_assert_true (pd_store_save_case (store, pd_case, NULL));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  g_assert_true (pd_store_untrash_case (store, pd_case_get_id (pd_case), &error));
  g_assert_no_error (error);
  infos = pd_store_list (store, NULL);
  g_assert_cmpuint (infos->len, ==, 1);
  g_clear_pointer (&infos, g_ptr_array_unref);

  g_assert_true (pd_store_trash_case (store, pd_case_get_id (pd_case), NULL));
  pd_store_empty_trash (store);
  listing = g_dir_open (cases, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr (GError) error = NULL;

  g_assert_true (pd_store_save_case_finish (PD_STORE (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_older_save_never_wins (Fixture       *f,
                            gconstpointer  data)
{
  for (guint round = 0; round < 20; round++)
    {
      g_autoptr (PdStore) store = pd_store_new (f->base);
      g_autoptr (PdCase) pd_case = pd_store_create_case (store, NULL);
      g_autoptr (PdStore) reader = pd_store_new (f->base);
      g_autoptr (PdCase) loaded = NULL;
      gboolean done = FALSE;

      pd_case_set_text (pd_case, PD_KEY_PHONE, "older");
      pd_store_save_case_async (store, pd_case, NULL, saved_cb, &done);
      pd_case_set_text (pd_case, PD_KEY_PHONE, "newer");
      g_assert_true (pd_store_save_case (store, pd_case, NULL));
      while (!done)
        g_main_context_iteration (NULL, TRUE);

      loaded = pd_store_open_case (reader, pd_case_get_id (pd_case), NULL);
      g_assert_cmpstr (pd_case_get_text (loaded, PD_KEY_PHONE), ==, "newer");
    }
}

/* Found by the widget test: a second object loaded from the same file was
 * dropped as "older" because its change counter started again at 0. */
static void
test_second_object_saved (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (PdCase) first = pd_store_create_case (store, NULL);
  g_autoptr (PdCase) second = NULL;
  g_autoptr (PdCase) check = NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *phone = g_strdup_printf ("%u", i);
      pd_case_set_text (first, PD_KEY_PHONE, phone);
      g_assert_true (pd_store_save_case (store, first, NULL));
    }

  second = pd_store_open_case (store, pd_case_get_id (first), NULL);
  pd_case_set_name (second, "Renamed");
  g_assert_true (pd_store_save_case (store, second, NULL));

  check = pd_store_open_case (store, pd_case_get_id (first), NULL);
  g_assert_cmpstr (pd_case_get_name (check), ==, "Renamed");
}

static gboolean
wait_idle (PdAutosave *autosave,
           guint       seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      if (pd_autosave_is_idle (autosave) && pd_autosave_get_error (autosave) == NULL)
        return TRUE;
      g_usleep (10000);
    }
  return FALSE;
}

static void
test_autosave (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr (PdStore) store = pd_store_new (f->base);
  g_autoptr (PdCase) pd_case = pd_store_create_case (store, NULL);
  g_autoptr (PdAutosave) autosave = pd_autosave_new (store, pd_case);
  g_autofree char *json = case_path (f, pd_case, "case.json");
  g_autofree char *dir = case_path (f, pd_case, NULL);
  g_autofree char *moved = g_strconcat (dir, ".moved", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  pd_case_set_text (pd_case, PD_KEY_EMAIL, "soon@example.org");
  g_assert_false (pd_autosave_is_idle (autosave));
  g_assert_true (wait_idle (autosave, 5));
  text = contents (json);
  g_assert_nonnull (strstr (text, "soon@example.org"));
  g_clear_pointer (&text, g_free);

  /* Flushing writes at once (as on close). */
  pd_case_set_text (pd_case, PD_KEY_EMAIL, "now@example.org");
  g_assert_true (pd_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  text = contents (json);
  g_assert_nonnull (strstr (text, "now@example.org"));
  g_clear_pointer (&text, g_free);

  /* The folder cannot be written (injected: a file where it should be):
   * the error is reported, the case kept in memory, saving resumes. */
  g_assert_cmpint (g_rename (dir, moved), ==, 0);
  g_assert_true (g_file_set_contents (dir, "in the way", -1, NULL));
  pd_case_set_text (pd_case, PD_KEY_EMAIL, "kept@example.org");
  g_assert_false (pd_autosave_flush (autosave, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (pd_autosave_get_error (autosave));
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_EMAIL), ==, "kept@example.org");
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (moved, dir), ==, 0);
  g_assert_true (pd_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  g_assert_null (pd_autosave_get_error (autosave));
  text = contents (json);
  g_assert_nonnull (strstr (text, "kept@example.org"));
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->base, "settings.json", NULL);
  g_autoptr (GError) error = NULL;

  {
    g_autoptr (PdSettings) settings = pd_settings_new (f->base);

    g_assert_cmpint (pd_settings_get_int (settings, "window-width", 880), ==, 880);
    pd_settings_set_int (settings, "window-width", 1024);
    pd_settings_set_boolean (settings, "window-maximized", TRUE);
    g_assert_true (pd_settings_save (settings, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mode_of (path), ==, 0600);
  }
  {
    g_autoptr (PdSettings) settings = pd_settings_new (f->base);

    g_assert_cmpint (pd_settings_get_int (settings, "window-width", 880), ==, 1024);
    g_assert_true (pd_settings_get_boolean (settings, "window-maximized"));
  }

  /* A damaged settings.json gives defaults and is never overwritten. */
  g_assert_true (g_file_set_contents (path, "{\"window-width\": 12", -1, NULL));
  g_test_expect_message ("pd-settings", G_LOG_LEVEL_WARNING, "*could not be read*");
  {
    g_autoptr (PdSettings) settings = pd_settings_new (f->base);
    g_autofree char *kept = NULL;

    g_test_assert_expected_messages ();
    g_assert_cmpint (pd_settings_get_int (settings, "window-width", 880), ==, 880);
    pd_settings_set_int (settings, "window-width", 700);
    g_assert_true (pd_settings_save (settings, NULL));
    kept = contents (path);
    g_assert_cmpstr (kept, ==, "{\"window-width\": 12");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/create-modes", test_create_modes);
  ADD ("/store/save-open", test_save_open);
  ADD ("/store/list-empty", test_list_empty);
  ADD ("/store/damaged-kept-and-reported", test_damaged_kept_and_reported);
  ADD ("/store/backup-rotated-once-per-session", test_backup_rotated_once_per_session);
  ADD ("/store/backup-of-another-case-refused", test_backup_of_another_case_refused);
  ADD ("/store/future-version-not-overwritten", test_future_version_not_overwritten);
  ADD ("/store/directory-instead-of-file", test_directory_instead_of_file);
  ADD ("/store/trash", test_trash);
  ADD ("/store/older-save-never-wins", test_older_save_never_wins);
  ADD ("/store/second-object-saved", test_second_object_saved);
  ADD ("/store/autosave", test_autosave);
  ADD ("/store/settings", test_settings);

  return g_test_run ();
}
