/* pd-store.c — where cases live on disk, and how they are saved
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-store"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pd-case-info.h"
#include "pd-clock.h"
#include "pd-store.h"

#define CASE_FILE    "case.json"
#define BACKUP_FILE  "case.json.bak"
#define DAMAGED_STEM "case.json.damaged-"
#define TRASH_PREFIX ".trash-"

struct _PdStore
{
  GObject     parent_instance;

  char       *base_dir;
  char       *cases_dir;

  /* Guards everything below: saves run on worker threads. */
  GMutex      lock;
  GHashTable *rotated;      /* ids whose .bak was rotated this session */
  GHashTable *generations;  /* id → Written: the snapshot last written */
  GHashTable *trashed;      /* ids in the trash: never written to */
};

G_DEFINE_FINAL_TYPE (PdStore, pd_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (pd-store-error-quark, pd_store_error)

static void
pd_store_finalize (GObject *object)
{
  PdStore *self = (PdStore *)object;

  g_clear_pointer (&self->base_dir, g_free);
  g_clear_pointer (&self->cases_dir, g_free);
  g_clear_pointer (&self->rotated, g_hash_table_unref);
  g_clear_pointer (&self->generations, g_hash_table_unref);
  g_clear_pointer (&self->trashed, g_hash_table_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (pd_store_parent_class)->finalize (object);
}

static void
pd_store_class_init (PdStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_store_finalize;
}

static void
pd_store_init (PdStore *self)
{
  g_mutex_init (&self->lock);
  self->rotated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->generations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->trashed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

PdStore *
pd_store_new (const char *base_dir)
{
  PdStore *self;

  g_return_val_if_fail (base_dir != NULL, NULL);

  self = g_object_new (PD_TYPE_STORE, NULL);
  self->base_dir = g_strdup (base_dir);
  self->cases_dir = g_build_filename (base_dir, "cases", NULL);

  return self;
}

PdStore *
pd_store_new_default (void)
{
  g_autofree char *base = g_build_filename (g_get_user_data_dir (), APP_ID, NULL);

  return pd_store_new (base);
}

const char *
pd_store_get_base_dir (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  return self->base_dir;
}

char *
pd_store_dup_case_dir (PdStore    *self,
                       const char *id)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL && strchr (id, '/') == NULL && id[0] != '.', NULL);

  return g_build_filename (self->cases_dir, id, NULL);
}

static char *
case_file (PdStore    *self,
           const char *id,
           const char *file)
{
  return g_build_filename (self->cases_dir, id, file, NULL);
}

static gboolean
make_private_dir (const char  *path,
                  GError     **error)
{
  GStatBuf st;

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  /* An existing folder keeps its mode: ours are private, whoever made them. */
  if (g_stat (path, &st) == 0 && (st.st_mode & 0777) != 0700)
    g_chmod (path, 0700);

  return TRUE;
}

gboolean
pd_store_ensure (PdStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (PD_IS_STORE (self), FALSE);

  return make_private_dir (self->base_dir, error)
         && make_private_dir (self->cases_dir, error);
}

/* Reads a case file, refusing sizes no request has before reading it all. */
static gboolean
read_case_file (const char  *path,
                char       **out_data,
                gsize       *out_length,
                GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_NOT_A_CASE,
                               _("A folder is where the request file should be."));
          return FALSE;
        }
      if (st.st_size > PD_CASE_MAX_BYTES)
        {
          g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_TOO_LARGE,
                               _("The file is much larger than any request, so it was not "
                                 "opened."));
          return FALSE;
        }
    }

  return g_file_get_contents (path, out_data, out_length, error);
}

static PdCase *
load_case_file (const char  *path,
                const char  *id,
                GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  gsize length;

  if (!read_case_file (path, &data, &length, error))
    return NULL;

  pd_case = pd_case_new_from_data (data, length, error);
  if (pd_case == NULL)
    return NULL;

  if (g_strcmp0 (pd_case_get_id (pd_case), id) != 0)
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_DAMAGED,
                           _("The file belongs to a different request than its folder."));
      return NULL;
    }

  return g_steal_pointer (&pd_case);
}

static gboolean
has_damaged_copy (const char *case_dir)
{
  g_autoptr (GDir) dir = g_dir_open (case_dir, 0, NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, DAMAGED_STEM))
      return TRUE;
  return FALSE;
}

static PdCaseInfo *
list_one (PdStore    *self,
          const char *id)
{
  g_autofree char *dir = pd_store_dup_case_dir (self, id);
  g_autofree char *path = case_file (self, id, CASE_FILE);
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = NULL;

  pd_case = load_case_file (path, id, &error);
  if (pd_case != NULL)
    return pd_case_info_new_for_case (pd_case);

  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_clear_error (&error);
      if (has_damaged_copy (dir))
        g_set_error_literal (&error, PD_CASE_ERROR, PD_CASE_ERROR_DAMAGED,
                             _("The request file was damaged and has been set aside."));
      else
        g_set_error_literal (&error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_FOUND,
                             _("The folder has no request file."));
    }

  return pd_case_info_new_for_error (id, error, pd_store_has_backup (self, id));
}

static int
compare_infos (gconstpointer a,
               gconstpointer b)
{
  PdCaseInfo *ia = *(PdCaseInfo **)a;
  PdCaseInfo *ib = *(PdCaseInfo **)b;
  GDateTime *ma = pd_case_info_get_modified (ia);
  GDateTime *mb = pd_case_info_get_modified (ib);

  /* Newest first; cases without a date (unreadable) last, by id. */
  if (ma != NULL && mb != NULL)
    {
      int c = g_date_time_compare (mb, ma);
      if (c != 0)
        return c;
    }
  else if (ma != NULL || mb != NULL)
    return ma != NULL ? -1 : 1;

  return g_strcmp0 (pd_case_info_get_id (ia), pd_case_info_get_id (ib));
}

/* Reads each case.json and nothing else: never the attachments. */
GPtrArray *
pd_store_list (PdStore  *self,
               GError  **error)
{
  g_autoptr (GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  dir = g_dir_open (self->cases_dir, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&infos);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (name[0] == '.')
        continue;
      path = g_build_filename (self->cases_dir, name, NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;
      g_ptr_array_add (infos, list_one (self, name));
    }

  g_ptr_array_sort (infos, compare_infos);
  return g_steal_pointer (&infos);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *infos = pd_store_list (source_object, &error);

  if (infos == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, infos, (GDestroyNotify) g_ptr_array_unref);
}

void
pd_store_list_async (PdStore             *self,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (PD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pd_store_list_async);
  g_task_run_in_thread (task, list_thread);
}

GPtrArray *
pd_store_list_finish (PdStore       *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
write_private_file (const char  *path,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  /* Temporary file beside it, flushed, then renamed over: never truncated in place. */
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT
                                   | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

PdCase *
pd_store_create_case (PdStore  *self,
                      GError  **error)
{
  g_autoptr (PdCase) pd_case = pd_case_new ();
  g_autofree char *dir = NULL;
  g_autofree char *files = NULL;

  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  dir = pd_store_dup_case_dir (self, pd_case_get_id (pd_case));
  files = g_build_filename (dir, "files", NULL);

  if (!pd_store_ensure (self, error)
      || !make_private_dir (files, error)
      || !pd_store_save_case (self, pd_case, error))
    return NULL;

  return g_steal_pointer (&pd_case);
}

static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");

  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *target = n == 0
        ? g_strconcat (path, ".damaged-", stamp, NULL)
        : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);

      if (g_file_test (target, G_FILE_TEST_EXISTS))
        continue;
      if (g_rename (path, target) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s", g_strerror (saved_errno));
          return NULL;
        }
      return g_path_get_basename (target);
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "too many damaged copies");
  return NULL;
}

/* A file that does not parse is never overwritten: it is renamed aside, and
 * the error says where it went. A newer version opens read-only. */
PdCase *
pd_store_open_case (PdStore     *self,
                    const char  *id,
                    GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GError) aside_error = NULL;
  g_autofree char *aside = NULL;
  PdCase *pd_case;

  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  path = case_file (self, id, CASE_FILE);
  pd_case = load_case_file (path, id, &local_error);
  if (pd_case != NULL)
    return pd_case;

  /* Only a file we read and found damaged is set aside; a missing or
   * unreadable one is left exactly as it is. */
  if (local_error->domain != PD_CASE_ERROR
      || (local_error->code == PD_CASE_ERROR_NOT_A_CASE
          && g_file_test (path, G_FILE_TEST_IS_DIR)))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_FOUND,
                             _("This request’s file is missing."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  aside = set_aside (path, &aside_error);
  if (aside == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                _("The file could not be set aside (%s). "),
                                aside_error->message);
  else
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                /* Translators: %s is a file name; the message that follows
                                 * says what is wrong with it. */
                                _("It was kept as “%s”, unchanged. "), aside);
  return NULL;
}

gboolean
pd_store_has_backup (PdStore    *self,
                     const char *id)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PD_IS_STORE (self), FALSE);

  path = case_file (self, id, BACKUP_FILE);
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

gboolean
pd_store_restore_backup (PdStore     *self,
                         const char  *id,
                         GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *data = NULL;
  g_autoptr (PdCase) pd_case = NULL;
  gsize length;

  g_return_val_if_fail (PD_IS_STORE (self), FALSE);

  backup = case_file (self, id, BACKUP_FILE);
  path = case_file (self, id, CASE_FILE);

  if (!g_file_test (backup, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_NO_BACKUP,
                           _("There is no earlier copy of this request."));
      return FALSE;
    }

  if (!read_case_file (backup, &data, &length, error))
    return FALSE;
  pd_case = pd_case_new_from_data (data, length, error);
  if (pd_case == NULL)
    return FALSE;
  if (g_strcmp0 (pd_case_get_id (pd_case), id) != 0)
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_DAMAGED,
                           _("The earlier copy belongs to a different request."));
      return FALSE;
    }

  /* Whatever is in the way is kept, not overwritten. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *aside = set_aside (path, error);
      if (aside == NULL)
        return FALSE;
    }

  return write_private_file (path, data, length, error);
}

typedef struct
{
  char    *id;
  GBytes  *bytes;
  guint64  serial;
  guint64  generation;
} SaveJob;

typedef struct
{
  guint64 serial;
  guint64 generation;
} Written;

static void
save_job_free (SaveJob *job)
{
  g_free (job->id);
  g_bytes_unref (job->bytes);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_free)

static SaveJob *
save_job_new (PdCase *pd_case)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->id = g_strdup (pd_case_get_id (pd_case));
  job->bytes = pd_case_to_bytes (pd_case);
  job->serial = pd_case_get_serial (pd_case);
  job->generation = pd_case_get_generation (pd_case);
  return job;
}

/* The last good case.json from before this session becomes the .bak, once:
 * a bug in this session can then never overwrite it. */
static void
rotate_backup_locked (PdStore    *self,
                      const char *id)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *data = NULL;
  g_autoptr (PdCase) previous = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  if (g_hash_table_contains (self->rotated, id))
    return;
  g_hash_table_add (self->rotated, g_strdup (id));

  path = case_file (self, id, CASE_FILE);
  backup = case_file (self, id, BACKUP_FILE);

  if (!read_case_file (path, &data, &length, NULL))
    return;
  previous = pd_case_new_from_data (data, length, NULL);
  if (previous == NULL || g_strcmp0 (pd_case_get_id (previous), id) != 0)
    return;

  if (!write_private_file (backup, data, length, &error))
    g_warning ("Could not keep an earlier copy of %s: %s", id, error->message);
}

static gboolean
save_job_run (PdStore  *self,
              SaveJob  *job,
              GError  **error)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  Written *last;
  gsize length;
  const char *data;

  /* A deleted case is not brought back by a late autosave. */
  if (g_hash_table_contains (self->trashed, job->id))
    return TRUE;

  /* An older snapshot of the same object that lost the race is simply
   * dropped. (Another object loaded from the file is saved: the caller
   * means it.) */
  last = g_hash_table_lookup (self->generations, job->id);
  if (last != NULL && last->serial == job->serial && job->generation < last->generation)
    return TRUE;

  dir = pd_store_dup_case_dir (self, job->id);
  if (!pd_store_ensure (self, error) || !make_private_dir (dir, error))
    return FALSE;

  rotate_backup_locked (self, job->id);

  path = case_file (self, job->id, CASE_FILE);
  data = g_bytes_get_data (job->bytes, &length);
  /* Never write what could not be read back. */
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_FAILED,
                           _("The request contains text that is not valid, so it was not "
                             "saved."));
      return FALSE;
    }
  if (!write_private_file (path, data, length, error))
    return FALSE;

  if (last == NULL)
    {
      last = g_new (Written, 1);
      g_hash_table_insert (self->generations, g_strdup (job->id), last);
    }
  last->serial = job->serial;
  last->generation = job->generation;

  return TRUE;
}

static gboolean
check_writable (PdCase  *pd_case,
                GError **error)
{
  if (pd_case_get_read_only (pd_case))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY,
                           _("This request was made with a newer version of Discretion, so "
                             "it can be read but not changed here."));
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_store_save_case (PdStore  *self,
                    PdCase   *pd_case,
                    GError  **error)
{
  g_autoptr (SaveJob) job = NULL;

  g_return_val_if_fail (PD_IS_STORE (self), FALSE);
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  if (!check_writable (pd_case, error))
    return FALSE;

  job = save_job_new (pd_case);
  return save_job_run (self, job, error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (save_job_run (source_object, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The JSON is made here, on the caller's thread (a snapshot); only the
 * writing happens on a worker thread. */
void
pd_store_save_case_async (PdStore             *self,
                          PdCase              *pd_case,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (PD_IS_STORE (self));
  g_return_if_fail (PD_IS_CASE (pd_case));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pd_store_save_case_async);

  if (!check_writable (pd_case, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, save_job_new (pd_case), (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
pd_store_save_case_finish (PdStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static char *
trash_dir (PdStore    *self,
           const char *id)
{
  g_autofree char *name = g_strconcat (TRASH_PREFIX, id, NULL);

  return g_build_filename (self->cases_dir, name, NULL);
}

static gboolean
rename_or_error (const char  *from,
                 const char  *to,
                 GError     **error)
{
  if (g_rename (from, to) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not move “%s”: %s"), from, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Deleting is two steps so it can be undone: into the trash, then emptied. */
gboolean
pd_store_trash_case (PdStore     *self,
                     const char  *id,
                     GError     **error)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *trash = NULL;

  g_return_val_if_fail (PD_IS_STORE (self), FALSE);

  dir = pd_store_dup_case_dir (self, id);
  trash = trash_dir (self, id);

  locker = g_mutex_locker_new (&self->lock);
  if (g_file_test (trash, G_FILE_TEST_EXISTS) && !pd_remove_tree (trash, error))
    return FALSE;
  if (!rename_or_error (dir, trash, error))
    return FALSE;
  g_hash_table_add (self->trashed, g_strdup (id));
  return TRUE;
}

gboolean
pd_store_untrash_case (PdStore     *self,
                       const char  *id,
                       GError     **error)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *trash = NULL;

  g_return_val_if_fail (PD_IS_STORE (self), FALSE);

  dir = pd_store_dup_case_dir (self, id);
  trash = trash_dir (self, id);

  locker = g_mutex_locker_new (&self->lock);
  if (!rename_or_error (trash, dir, error))
    return FALSE;
  g_hash_table_remove (self->trashed, id);
  return TRUE;
}

void
pd_store_empty_trash (PdStore *self)
{
  g_autoptr (GMutexLocker) locker = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_return_if_fail (PD_IS_STORE (self));

  locker = g_mutex_locker_new (&self->lock);
  dir = g_dir_open (self->cases_dir, 0, NULL);
  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;

      if (!g_str_has_prefix (name, TRASH_PREFIX))
        continue;
      path = g_build_filename (self->cases_dir, name, NULL);
      if (!pd_remove_tree (path, &error))
        g_warning ("Could not remove a deleted request: %s", error->message);
    }
}

/* Always FALSE, so a caller can return it. */
static gboolean
set_errno_error (GError     **error,
                 const char  *path)
{
  int saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s",
               path, g_strerror (saved_errno));
  return FALSE;
}

/* rm -rf that also gets through folders a person made unreadable. */
gboolean
pd_remove_tree (const char  *path,
                GError     **error)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return errno == ENOENT ? TRUE : set_errno_error (error, path);

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr (GDir) dir = NULL;
      const char *name;

      if ((st.st_mode & 0700) != 0700)
        g_chmod (path, 0700);
      dir = g_dir_open (path, 0, error);
      if (dir == NULL)
        return FALSE;
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          if (!pd_remove_tree (child, error))
            return FALSE;
        }
      return g_rmdir (path) == 0 || set_errno_error (error, path);
    }

  return g_unlink (path) == 0 || set_errno_error (error, path);
}
