/* test-import.c — copying files into a case: bytes, hash, mode, bad files
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pd-import.h"

typedef struct
{
  char *dir;        /* a case folder */
  char *outside;    /* where the person's own files are */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("pd-import-case-XXXXXX", NULL);
  f->outside = g_dir_make_tmp ("pd-import-home-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  g_assert_nonnull (f->outside);
}

static void
remove_all (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_all (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_all (f->dir);
  remove_all (f->outside);
  g_free (f->dir);
  g_free (f->outside);
}

static char *
write_outside (Fixture    *f,
               const char *name,
               const void *data,
               gsize       length)
{
  char *path = g_build_filename (f->outside, name, NULL);

  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

static guint
count_files (Fixture *f)
{
  g_autofree char *files = g_build_filename (f->dir, "files", NULL);
  g_autoptr (GDir) dir = g_dir_open (files, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  gsize length = 3 * 1024 * 1024 + 17;   /* more than one block */
  g_autofree guchar *bytes = g_malloc (length);
  g_autofree char *source_path = NULL;
  g_autofree char *expected_sha = NULL;
  g_autofree char *stored_path = NULL;
  g_autofree char *copy = NULL;
  g_autoptr (GFile) source = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = NULL;
  PdImportProgress progress = { 0, 0 };
  gsize copy_length;
  struct stat st_before, st_after;

  memcpy (bytes, "%PDF-1.7\n", 9);
  for (gsize i = 9; i < length; i++)
    bytes[i] = (guchar) (i * 7 + i / 1000);
  source_path = write_outside (f, "Lease scan.pdf", bytes, length);
  g_assert_cmpint (chmod (source_path, 0444), ==, 0);
  g_assert_cmpint (g_stat (source_path, &st_before), ==, 0);
  expected_sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, bytes, length);
  source = g_file_new_for_path (source_path);

  file = pd_import_file (f->dir, source, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_assert_cmpstr (file->name, ==, "Lease scan.pdf");
  g_assert_cmpstr (file->sha256, ==, expected_sha);
  g_assert_cmpstr (file->content_type, ==, "application/pdf");
  g_assert_cmpuint (file->size, ==, length);
  g_assert_true (g_str_has_prefix (file->stored, "files/"));
  g_assert_true (g_str_has_suffix (file->stored, ".pdf"));
  g_assert_null (file->converted_from);
  g_assert_cmpint (progress.done, ==, (gint64) length);
  g_assert_cmpint (progress.total, ==, (gint64) length);

  stored_path = g_build_filename (f->dir, file->stored, NULL);
  g_assert_true (g_file_get_contents (stored_path, &copy, &copy_length, NULL));
  g_assert_cmpmem (copy, copy_length, bytes, length);
  g_assert_cmpint (g_stat (stored_path, &st_after), ==, 0);
  g_assert_cmpint (st_after.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files (f), ==, 1);

  /* The original is only read. */
  g_assert_cmpint (g_stat (source_path, &st_after), ==, 0);
  g_assert_cmpint (st_after.st_mtime, ==, st_before.st_mtime);
  g_assert_cmpint (st_after.st_mode & 0777, ==, 0444);

  /* The folder the copies go in is private too. */
  {
    g_autofree char *files = g_build_filename (f->dir, "files", NULL);
    g_assert_cmpint (g_stat (files, &st_after), ==, 0);
    g_assert_cmpint (st_after.st_mode & 0777, ==, 0700);
  }

  g_assert_true (pd_import_delete_stored (f->dir, file->stored, NULL));
  g_assert_cmpuint (count_files (f), ==, 0);
  /* Only files inside files/ are ever deleted. */
  g_assert_true (pd_import_delete_stored (f->dir, "../x", NULL));
}

static void
test_odd_names (Fixture       *f,
                gconstpointer  data)
{
  /* Latin-1 bytes, as a USB stick from an old camera might hold. */
  const char *raw_name = "Acta de nacimiento \xe9 (1).png";
  g_autofree char *path = g_build_filename (f->outside, raw_name, NULL);
  g_autoptr (GFile) source = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = NULL;

  g_assert_true (g_file_set_contents (path, "\x89PNG\r\n\x1a\nrest", 12, NULL));
  file = pd_import_file (f->dir, source, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (file->name, -1, NULL));
  g_assert_true (g_str_has_prefix (file->name, "Acta de nacimiento "));
  g_assert_cmpstr (file->content_type, ==, "image/png");
  g_assert_true (g_str_has_suffix (file->stored, ".png"));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = write_outside (f, "empty.pdf", "", 0);
  g_autoptr (GFile) source = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = pd_import_file (f->dir, source, NULL, NULL, &error);

  g_assert_null (file);
  g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "empty.pdf"));
  g_assert_cmpuint (count_files (f), ==, 0);
}

static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = NULL;
  g_autoptr (GFile) missing = g_file_new_build_filename (f->outside, "gone.jpg", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (f->outside);
  /* Reading it fails even for root: an I/O error in the middle of a read. */
  g_autoptr (GFile) broken = g_file_new_for_path ("/proc/self/mem");

  file = pd_import_file (f->dir, missing, NULL, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "gone.jpg"));
  g_clear_error (&error);

  file = pd_import_file (f->dir, folder, NULL, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_NOT_A_FILE);
  g_clear_error (&error);

  file = pd_import_file (f->dir, broken, NULL, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_UNREADABLE);
  g_clear_error (&error);

  if (geteuid () != 0)
    {
      g_autofree char *path = write_outside (f, "locked.pdf", "%PDF-1.4", 8);
      g_autoptr (GFile) locked = g_file_new_for_path (path);

      g_assert_cmpint (chmod (path, 0), ==, 0);
      file = pd_import_file (f->dir, locked, NULL, NULL, &error);
      g_assert_null (file);
      g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_UNREADABLE);
      g_clear_error (&error);
    }

  g_assert_cmpuint (count_files (f), ==, 0);
}

static void
test_cannot_write (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_outside (f, "id.jpg", "\xff\xd8\xff\xe0 jpeg", 9);
  g_autofree char *files = g_build_filename (f->dir, "files", NULL);
  g_autoptr (GFile) source = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = NULL;

  /* Nothing can be written where files/ should be (as for root too). */
  g_assert_true (g_file_set_contents (files, "not a folder", -1, NULL));
  file = pd_import_file (f->dir, source, NULL, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "id.jpg"));
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_outside (f, "a.pdf", "%PDF-1.4 body", 13);
  g_autoptr (GFile) source = g_file_new_for_path (path);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = NULL;

  g_cancellable_cancel (cancellable);
  file = pd_import_file (f->dir, source, NULL, cancellable, &error);
  g_assert_null (file);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_files (f), ==, 0);

  /* What a killed copy leaves behind is cleaned up; finished copies stay. */
  {
    g_autofree char *files = g_build_filename (f->dir, "files", NULL);
    g_autofree char *part = g_build_filename (files, "abc.part", NULL);
    g_autofree char *kept = g_build_filename (files, "abc.pdf", NULL);

    g_assert_cmpint (g_mkdir_with_parents (files, 0700), ==, 0);
    g_assert_true (g_file_set_contents (part, "half", -1, NULL));
    g_assert_true (g_file_set_contents (kept, "%PDF", -1, NULL));
    pd_import_clean_partial (f->dir);
    g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
    g_unlink (kept);
  }
}

static void
test_heic (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "fixtures", "photo.heic",
                                                 NULL);
  g_autoptr (GFile) source = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = pd_import_file (f->dir, source, NULL, NULL, &error);
  g_autofree char *stored = NULL;
  g_autofree char *original = NULL;
  g_autofree char *expected_sha = NULL;
  g_autofree char *jpeg = NULL;
  gsize original_length, jpeg_length;
  struct stat st;

  g_assert_no_error (error);
  g_assert_cmpstr (file->content_type, ==, "image/jpeg");
  g_assert_cmpstr (file->converted_from, ==, "HEIC");
  g_assert_true (g_str_has_suffix (file->stored, ".jpg"));
  /* The hash is the original's, so choosing the same photo twice is noticed. */
  g_assert_true (g_file_get_contents (path, &original, &original_length, NULL));
  expected_sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) original,
                                              original_length);
  g_assert_cmpstr (file->sha256, ==, expected_sha);

  stored = g_build_filename (f->dir, file->stored, NULL);
  g_assert_true (g_file_get_contents (stored, &jpeg, &jpeg_length, NULL));
  g_assert_cmpuint (jpeg_length, ==, file->size);
  g_assert_cmpuint ((guchar) jpeg[0], ==, 0xFF);
  g_assert_cmpuint ((guchar) jpeg[1], ==, 0xD8);
  g_assert_cmpint (g_stat (stored, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* Only the JPEG is kept. */
  g_assert_cmpuint (count_files (f), ==, 1);
}

static void
test_sniff (void)
{
  static const struct
  {
    const char *data;
    gsize       length;
    const char *name;
    const char *type;
  } cases[] = {
    { "%PDF-1.4", 8, "x.bin", "application/pdf" },
    { "\xff\xd8\xff\xdb", 4, "photo", "image/jpeg" },
    { "\x89PNG\r\n\x1a\n", 8, "scan.jpg", "image/png" },
    { "\0\0\0\x18" "ftypheic\0\0\0\0", 16, "IMG_0001.HEIC", "image/heic" },
    { "\0\0\0\x18" "ftypmif1\0\0\0\0", 16, "x", "image/heic" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *type = pd_content_type_sniff ((const guchar *) cases[i].data,
                                                     cases[i].length, cases[i].name);
      g_assert_cmpstr (type, ==, cases[i].type);
    }
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PdDocumentFile **out = user_data;
  g_autoptr (GError) error = NULL;

  *out = pd_import_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = write_outside (f, "b.png", "\x89PNG\r\n\x1a\n12345678", 16);
  g_autoptr (GFile) source = g_file_new_for_path (path);
  PdImportProgress progress = { 0, 0 };
  PdDocumentFile *file = NULL;
  gint64 done, total;

  pd_import_file_async (f->dir, source, &progress, NULL, import_done_cb, &file);
  while (file == NULL)
    g_main_context_iteration (NULL, TRUE);
  pd_import_progress_get (&progress, &done, &total);
  g_assert_cmpint (done, ==, 16);
  g_assert_cmpint (total, ==, 16);
  g_assert_cmpstr (file->content_type, ==, "image/png");
  pd_document_file_free (file);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/copy", Fixture, NULL, fixture_set_up, test_copy, fixture_tear_down);
  g_test_add ("/import/odd-names", Fixture, NULL, fixture_set_up, test_odd_names,
              fixture_tear_down);
  g_test_add ("/import/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/import/unreadable", Fixture, NULL, fixture_set_up, test_unreadable,
              fixture_tear_down);
  g_test_add ("/import/cannot-write", Fixture, NULL, fixture_set_up, test_cannot_write,
              fixture_tear_down);
  g_test_add ("/import/cancelled", Fixture, NULL, fixture_set_up, test_cancelled,
              fixture_tear_down);
  g_test_add ("/import/heic", Fixture, NULL, fixture_set_up, test_heic, fixture_tear_down);
  g_test_add ("/import/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);
  g_test_add_func ("/import/sniff", test_sniff);

  return g_test_run ();
}
