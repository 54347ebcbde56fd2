/* bench-import.c — copies every file of a folder into a case folder through
 * the app's attachment code (pd_import_file_async, one file at a time, as
 * the Documents place does), on a main loop, and prints how long it took and
 * the longest gap between the ticks of a 1 ms timeout (a main-loop stall).
 *
 *   bench-import SOURCE_DIR CASE_DIR
 *
 * Copyright 2026 The Discretion developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <stdio.h>

#include "pd-import.h"

typedef struct
{
  GMainLoop       *loop;
  char            *case_dir;
  GPtrArray       *sources;
  guint            next;
  guint64          bytes;
  PdImportProgress progress;
  gint64           last_tick;
  gint64           longest_gap;
  gboolean         failed;
} Bench;

static gboolean
tick_cb (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 now = g_get_monotonic_time ();

  if (bench->last_tick != 0 && now - bench->last_tick > bench->longest_gap)
    bench->longest_gap = now - bench->last_tick;
  bench->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void import_next (Bench *bench);

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Bench *bench = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdDocumentFile) file = pd_import_file_finish (result, &error);

  if (file == NULL)
    {
      g_printerr ("bench-import: %s\n", error->message);
      bench->failed = TRUE;
      g_main_loop_quit (bench->loop);
      return;
    }
  bench->bytes += file->size;
  import_next (bench);
}

static void
import_next (Bench *bench)
{
  g_autoptr (GFile) source = NULL;

  if (bench->next == bench->sources->len)
    {
      g_main_loop_quit (bench->loop);
      return;
    }
  source = g_file_new_for_path (bench->sources->pdata[bench->next++]);
  pd_import_file_async (bench->case_dir, source, &bench->progress, NULL, done_cb, bench);
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { 0 };
  g_autoptr (GDir) dir = NULL;
  const char *name;
  gint64 start, elapsed;
  guint tick_id;

  if (argc != 3)
    {
      g_printerr ("usage: bench-import SOURCE_DIR CASE_DIR\n");
      return 2;
    }

  bench.case_dir = argv[2];
  bench.sources = g_ptr_array_new_with_free_func (g_free);
  dir = g_dir_open (argv[1], 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (bench.sources, g_build_filename (argv[1], name, NULL));
  bench.loop = g_main_loop_new (NULL, FALSE);

  /* The idle floor: the same loop with nothing else to do. */
  tick_id = g_timeout_add (1, tick_cb, &bench);
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < 300 * 1000)
    g_main_context_iteration (NULL, TRUE);
  printf ("idle_longest_gap_ms=%.2f\n", bench.longest_gap / 1000.0);

  bench.longest_gap = 0;
  bench.last_tick = 0;
  start = g_get_monotonic_time ();
  import_next (&bench);
  g_main_loop_run (bench.loop);
  elapsed = g_get_monotonic_time () - start;
  g_source_remove (tick_id);

  if (bench.failed)
    return 1;
  printf ("files=%u\n", bench.sources->len);
  printf ("bytes=%" G_GUINT64_FORMAT "\n", bench.bytes);
  printf ("import_s=%.3f\n", elapsed / 1e6);
  printf ("import_longest_gap_ms=%.2f\n", bench.longest_gap / 1000.0);
  return 0;
}
