/* pd-import.c — copies a chosen file into the case folder, hashing it on the way
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass: each block read from the original is hashed and written to
 * cases/<id>/files/<uuid>.<ext> (mode 0600, flushed to disk before the case
 * refers to it). The original is only read. A cancelled or failed copy
 * leaves nothing behind. iPhone photos (HEIC) are turned into JPEG.
 */

#define G_LOG_DOMAIN "pd-import"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gfiledescriptorbased.h>
#include <nettle/sha2.h>
#include <string.h>
#include <unistd.h>

#include "pd-heic.h"
#include "pd-import.h"

#define BLOCK_SIZE (1024 * 1024)
#define SNIFF_SIZE 4096

G_DEFINE_QUARK (pd-import-error-quark, pd_import_error)

void
pd_import_progress_get (PdImportProgress *progress,
                        gint64           *done,
                        gint64           *total)
{
  if (done != NULL)
    *done = __atomic_load_n (&progress->done, __ATOMIC_RELAXED);
  if (total != NULL)
    *total = __atomic_load_n (&progress->total, __ATOMIC_RELAXED);
}

static void
progress_set_total (PdImportProgress *progress,
                    gint64            value)
{
  if (progress != NULL)
    __atomic_store_n (&progress->total, value, __ATOMIC_RELAXED);
}

static void
progress_set_done (PdImportProgress *progress,
                   gint64            value)
{
  if (progress != NULL)
    __atomic_store_n (&progress->done, value, __ATOMIC_RELAXED);
}

/* The MIME type from the first bytes, for the types that matter to the
 * packet, then from the name. */
char *
pd_content_type_sniff (const guchar *data,
                       gsize         length,
                       const char   *name)
{
  static const char *heif_brands[] = { "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
                                       "msf1" };
  g_autofree char *guessed = NULL;
  g_autofree char *mime = NULL;

  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return g_strdup ("application/pdf");
  if (length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
    return g_strdup ("image/jpeg");
  if (length >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return g_strdup ("image/png");
  if (length >= 12 && memcmp (data + 4, "ftyp", 4) == 0)
    for (guint i = 0; i < G_N_ELEMENTS (heif_brands); i++)
      if (memcmp (data + 8, heif_brands[i], 4) == 0)
        return g_strdup ("image/heic");

  guessed = g_content_type_guess (name, data, length, NULL);
  mime = g_content_type_get_mime_type (guessed);
  return g_strdup (mime != NULL ? mime : "application/octet-stream");
}

static const char *
extension_for (const char *content_type,
               const char *name)
{
  const char *dot;

  if (g_str_equal (content_type, "application/pdf"))
    return ".pdf";
  if (g_str_equal (content_type, "image/jpeg"))
    return ".jpg";
  if (g_str_equal (content_type, "image/png"))
    return ".png";
  if (g_str_equal (content_type, "image/heic"))
    return ".heic";

  /* Other types keep a short, plain extension so that opening them works. */
  dot = name != NULL ? strrchr (name, '.') : NULL;
  if (dot == NULL || strlen (dot) < 2 || strlen (dot) > 8)
    return "";
  for (const char *p = dot + 1; *p; p++)
    if (!g_ascii_isalnum (*p))
      return "";
  return dot;
}

static char *
display_name_of (GFile     *source,
                 GFileInfo *info)
{
  const char *display = info != NULL ? g_file_info_get_display_name (info) : NULL;
  g_autofree char *base = NULL;

  if (display != NULL && g_utf8_validate (display, -1, NULL))
    return g_strdup (display);
  /* A name that is not UTF-8 is shown with its odd bytes replaced. */
  base = g_file_get_basename (source);
  return base != NULL ? g_utf8_make_valid (base, -1) : g_strdup ("?");
}

static void
set_read_error (GError    **error,
                const char *name,
                GError     *cause)
{
  g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_UNREADABLE,
               /* Translators: %1$s is a file name, %2$s the system's reason. */
               _("“%1$s” could not be read (%2$s). Nothing was added. Check that the file "
                 "opens on this computer, or copy it here again."),
               name, cause->message);
}

static void
set_write_error (GError    **error,
                 const char *name,
                 GError     *cause)
{
  g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_WRITE,
               /* Translators: %1$s is a file name, %2$s the system's reason. */
               _("“%1$s” could not be copied into your request (%2$s). Nothing was added. "
                 "Check that the disk has space."),
               name, cause->message);
}

static gboolean
sync_stream (GOutputStream *stream)
{
  if (G_IS_FILE_DESCRIPTOR_BASED (stream))
    return fsync (g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (stream))) == 0;
  return TRUE;
}

/* Copies @source into @case_dir/files/, hashing it; converts HEIC to JPEG.
 * Runs in any thread. Returns the file's record for the case. */
PdDocumentFile *
pd_import_file (const char        *case_dir,
                GFile             *source,
                PdImportProgress  *progress,
                GCancellable      *cancellable,
                GError           **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GFileInputStream) input = NULL;
  g_autoptr (GFileOutputStream) output = NULL;
  struct sha256_ctx checksum;
  guint8 digest[SHA256_DIGEST_SIZE];
  g_autoptr (GFile) target = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (PdDocumentFile) file = g_new0 (PdDocumentFile, 1);
  g_autofree char *files_dir = g_build_filename (case_dir, "files", NULL);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *temp_path = NULL;
  g_autofree guchar *buffer = g_malloc (BLOCK_SIZE);
  guchar head[SNIFF_SIZE];
  gsize head_length = 0;
  guint64 copied = 0;

  g_return_val_if_fail (case_dir != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);

  /* nettle's SHA-256 uses the processor's SHA instructions where it has
   * them: about three times GLib's speed, which decides the copy's speed. */
  sha256_init (&checksum);
  info = g_file_query_info (source,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  file->name = display_name_of (source, info);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_read_error (error, file->name, local_error);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_NOT_A_FILE,
                   /* Translators: %s is a name chosen in the file chooser. */
                   _("“%s” is a folder or a device, not a file. Choose the files inside it."),
                   file->name);
      return NULL;
    }
  progress_set_total (progress, g_file_info_get_size (info));

  input = g_file_read (source, cancellable, &local_error);
  if (input == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_read_error (error, file->name, local_error);
      return NULL;
    }

  if (g_mkdir_with_parents (files_dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autoptr (GError) cause = g_error_new_literal (G_IO_ERROR,
                                                      g_io_error_from_errno (saved_errno),
                                                      g_strerror (saved_errno));
      set_write_error (error, file->name, cause);
      return NULL;
    }
  /* Named by what it holds once the first bytes are seen; ".part" until then. */
  temp_path = g_strdup_printf ("%s/%s.part", files_dir, uuid);
  target = g_file_new_for_path (temp_path);
  output = g_file_create (target, G_FILE_CREATE_PRIVATE, cancellable, &local_error);
  if (output == NULL)
    {
      set_write_error (error, file->name, local_error);
      return NULL;
    }

  for (;;)
    {
      gsize n_read = 0;

      if (!g_input_stream_read_all (G_INPUT_STREAM (input), buffer, BLOCK_SIZE, &n_read,
                                    cancellable, &local_error))
        {
          if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_autoptr (GError) cause = g_steal_pointer (&local_error);
              set_read_error (&local_error, file->name, cause);
            }
          goto failed;
        }
      if (n_read == 0)
        break;
      if (head_length < SNIFF_SIZE)
        {
          gsize take = MIN (n_read, SNIFF_SIZE - head_length);
          memcpy (head + head_length, buffer, take);
          head_length += take;
        }
      sha256_update (&checksum, n_read, buffer);
      if (!g_output_stream_write_all (G_OUTPUT_STREAM (output), buffer, n_read, NULL,
                                      cancellable, &local_error))
        {
          if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_autoptr (GError) cause = g_steal_pointer (&local_error);
              set_write_error (&local_error, file->name, cause);
            }
          goto failed;
        }
      copied += n_read;
      progress_set_done (progress, (gint64) copied);
    }

  if (copied == 0)
    {
      g_set_error (&local_error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_EMPTY,
                   /* Translators: %s is a file name. */
                   _("“%s” is empty (0 bytes), so it was not added. It may not have finished "
                     "downloading or copying: open it to check, then attach it again."),
                   file->name);
      goto failed;
    }

  if (!g_output_stream_flush (G_OUTPUT_STREAM (output), cancellable, &local_error)
      || !sync_stream (G_OUTPUT_STREAM (output))
      || !g_output_stream_close (G_OUTPUT_STREAM (output), cancellable, &local_error))
    {
      if (local_error == NULL)
        local_error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (errno),
                                           g_strerror (errno));
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autoptr (GError) cause = g_steal_pointer (&local_error);
          set_write_error (&local_error, file->name, cause);
        }
      goto failed;
    }

  file->size = copied;
  sha256_digest (&checksum, sizeof digest, digest);
  {
    GString *hex = g_string_sized_new (2 * sizeof digest);
    for (guint i = 0; i < sizeof digest; i++)
      g_string_append_printf (hex, "%02x", digest[i]);
    file->sha256 = g_string_free (hex, FALSE);
  }
  file->content_type = pd_content_type_sniff (head, head_length, file->name);

  if (g_str_equal (file->content_type, "image/heic"))
    {
      g_autofree char *jpeg_path = g_strdup_printf ("%s/%s.jpg", files_dir, uuid);
      guint64 jpeg_size = 0;

      /* A photo libheif cannot read is kept as it is, and flagged. */
      if (pd_heic_to_jpeg (temp_path, jpeg_path, &jpeg_size, NULL))
        {
          g_unlink (temp_path);
          file->stored = g_strdup_printf ("files/%s.jpg", uuid);
          file->size = jpeg_size;
          g_free (file->content_type);
          file->content_type = g_strdup ("image/jpeg");
          file->converted_from = g_strdup ("HEIC");
          return g_steal_pointer (&file);
        }
    }

  {
    g_autofree char *final_name = g_strconcat (uuid, extension_for (file->content_type,
                                                                    file->name), NULL);
    g_autofree char *final_path = g_build_filename (files_dir, final_name, NULL);

    if (g_rename (temp_path, final_path) != 0)
      {
        int saved_errno = errno;
        g_autoptr (GError) cause = g_error_new_literal (G_IO_ERROR,
                                                        g_io_error_from_errno (saved_errno),
                                                        g_strerror (saved_errno));
        set_write_error (&local_error, file->name, cause);
        goto failed;
      }
    file->stored = g_strconcat ("files/", final_name, NULL);
  }
  return g_steal_pointer (&file);

failed:
  g_output_stream_close (G_OUTPUT_STREAM (output), NULL, NULL);
  g_unlink (temp_path);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

typedef struct
{
  char             *case_dir;
  GFile            *source;
  PdImportProgress *progress;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->case_dir);
  g_object_unref (job->source);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  PdDocumentFile *file = pd_import_file (job->case_dir, job->source, job->progress,
                                         cancellable, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, (GDestroyNotify) pd_document_file_free);
}

/* @progress must stay alive until @callback runs. */
void
pd_import_file_async (const char          *case_dir,
                      GFile               *source,
                      PdImportProgress    *progress,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->case_dir = g_strdup (case_dir);
  job->source = g_object_ref (source);
  job->progress = progress;
  g_task_set_source_tag (task, pd_import_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

PdDocumentFile *
pd_import_file_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Deletes a file the case no longer refers to. Only paths inside files/. */
gboolean
pd_import_delete_stored (const char  *case_dir,
                         const char  *stored,
                         GError     **error)
{
  g_autofree char *path = NULL;

  if (stored == NULL || !g_str_has_prefix (stored, "files/") || strstr (stored, "..") != NULL)
    return TRUE;
  path = g_build_filename (case_dir, stored, NULL);
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Deletes copies left half-made by a copy that never finished (the app was
 * killed, the computer stopped). Call it before any copy into the case starts. */
void
pd_import_clean_partial (const char *case_dir)
{
  g_autofree char *files = g_build_filename (case_dir, "files", NULL);
  g_autoptr (GDir) dir = g_dir_open (files, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".part"))
      {
        g_autofree char *path = g_build_filename (files, name, NULL);
        g_unlink (path);
      }
}
