/* test-crash-save.c — a process saving a growing case is killed at random
 * moments; the case on disk must always be the previous or the new state.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pd-store.h"

#define RUNS 200

static gint64
counter_of (PdCase *pd_case)
{
  const char *text = pd_case_get_text (pd_case, "counter");

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

G_GNUC_NORETURN static void
child_main (const char *base,
            const char *id,
            int         ack_fd)
{
  g_autoptr (PdStore) store = pd_store_new (base);
  g_autoptr (PdCase) pd_case = pd_store_open_case (store, id, NULL);
  g_autoptr (GString) notes = NULL;
  gint64 counter;

  if (pd_case == NULL)
    _exit (3);

  counter = counter_of (pd_case);
  notes = g_string_new (pd_case_get_text (pd_case, "notes"));

  for (;;)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, ++counter);

      /* The case grows with every save, as a real one does. */
      g_string_append (notes, "A line the person typed into their statement. ");
      pd_case_set_text (pd_case, "notes", notes->str);
      pd_case_set_text (pd_case, "counter", text);
      if (!pd_store_save_case (store, pd_case, NULL))
        _exit (4);
      if (write (ack_fd, &counter, sizeof counter) != sizeof counter)
        _exit (5);
    }
}

static void
test_kill_during_save (void)
{
  g_autofree char *base = g_dir_make_tmp ("discretion-crash-XXXXXX", NULL);
  g_autoptr (PdStore) store = pd_store_new (base);
  g_autoptr (PdCase) first = pd_store_create_case (store, NULL);
  g_autofree char *id = g_strdup (pd_case_get_id (first));
  guint corrupt = 0, lost = 0, saves = 0;
  gint64 known = -1;
  GRand *rand = g_rand_new_with_seed (20261123);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr (PdStore) reader = NULL;
      g_autoptr (PdCase) loaded = NULL;
      g_autoptr (GError) error = NULL;
      int fds[2];
      pid_t pid;
      gint64 ack, last_ack = known;
      int status;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          child_main (base, id, fds[1]);
        }
      close (fds[1]);

      g_usleep (g_rand_int_range (rand, 1000, 40000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      while (read (fds[0], &ack, sizeof ack) == sizeof ack)
        {
          last_ack = ack;
          saves++;
        }
      close (fds[0]);

      /* Open as the app would: a damaged file would be set aside and fail. */
      reader = pd_store_new (base);
      loaded = pd_store_open_case (reader, id, &error);
      if (loaded == NULL)
        {
          corrupt++;
          g_test_message ("run %u: %s", run, error->message);
          if (!pd_store_restore_backup (reader, id, NULL))
            break;
          continue;
        }

      /* Either the last acknowledged save, or the one in flight. */
      if (counter_of (loaded) != last_ack && counter_of (loaded) != last_ack + 1)
        {
          lost++;
          g_test_message ("run %u: on disk %" G_GINT64_FORMAT ", acknowledged %" G_GINT64_FORMAT,
                          run, counter_of (loaded), last_ack);
        }
      known = counter_of (loaded);
    }

  g_rand_free (rand);
  g_print ("# figures: crash during save: runs %u, saves %u, corrupt %u, lost %u\n",
           RUNS, saves, corrupt, lost);
  g_assert_cmpuint (corrupt, ==, 0);
  g_assert_cmpuint (lost, ==, 0);
  g_assert_cmpuint (saves, >, 0);

  pd_remove_tree (base, NULL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/kill-during-save", test_kill_during_save);

  return g_test_run ();
}
