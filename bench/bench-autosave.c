/* bench-autosave.c — a large case (300 attachment records, a 50 KB letter):
 * how long pd_case_to_bytes and pd_case_new_from_data take, and the longest
 * main-loop stall while PdAutosave saves it again and again.
 *   bench-autosave [SAVES]    prints "key=value" lines for bench/run
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "pd-autosave.h"

#define ATTACHMENTS 300
#define LETTER_BYTES (50 * 1024)
#define RUNS 51

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

static void
fill_large_case (PdCase *pd_case)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) attachments = NULL;
  g_autoptr (GString) letter = g_string_new (NULL);
  const char *items[] = { "passport", "birth_certificate", "lease", "pay_stubs", "tax_returns",
                          "school_records", "medical_records", "letters_of_support",
                          "church_letter", "photos" };

  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "María José Pérez López");
  pd_case_set_text (pd_case, PD_KEY_A_NUMBER, "012345678");
  pd_case_set_text (pd_case, PD_KEY_HEARING_DATE, "2027-03-03");

  json_builder_begin_array (builder);
  for (guint i = 0; i < ATTACHMENTS; i++)
    {
      g_autofree char *id = g_uuid_string_random ();
      g_autofree char *name = g_strdup_printf ("Scan %03u — página %u.pdf", i, i % 7 + 1);
      g_autofree char *stored = g_strdup_printf ("files/%s.pdf", id);
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, id, -1);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "item");
      json_builder_add_string_value (builder, items[i % G_N_ELEMENTS (items)]);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, stored);
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, 150000 + i * 1234);
      json_builder_set_member_name (builder, "sha256");
      json_builder_add_string_value (builder, sha);
      json_builder_set_member_name (builder, "added");
      json_builder_add_string_value (builder, "2026-05-01T10:00:00Z");
      json_builder_set_member_name (builder, "pages");
      json_builder_add_int_value (builder, i % 7 + 1);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, "Copia del original, con traducción certificada.");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  attachments = json_builder_get_root (builder);
  pd_case_set_answer (pd_case, "attachments", attachments);

  while (letter->len < LETTER_BYTES)
    g_string_append (letter, "I respectfully ask the Office of the Principal Legal Advisor to "
                             "exercise prosecutorial discretion in this case. «Señora Pérez» "
                             "has lived in Charlotte since 2009 and cares for her children.\n");
  pd_case_set_text (pd_case, "letter", letter->str);
}

typedef struct
{
  GMainLoop  *loop;
  PdCase     *pd_case;
  gint64      last_tick;
  gint64      longest_gap;
  guint       saves;
  guint       wanted;
  guint       edits;
} Stall;

static gboolean
tick_cb (gpointer data)
{
  Stall *stall = data;
  gint64 now = g_get_monotonic_time ();

  if (stall->last_tick != 0)
    stall->longest_gap = MAX (stall->longest_gap, now - stall->last_tick);
  stall->last_tick = now;
  return G_SOURCE_CONTINUE;
}

/* A person typing: a change every 100 ms keeps the case dirty. */
static gboolean
edit_cb (gpointer data)
{
  Stall *stall = data;
  g_autofree char *text = g_strdup_printf ("edit %u", ++stall->edits);

  pd_case_set_text (stall->pd_case, "counter", text);
  return G_SOURCE_CONTINUE;
}

static void
saved_cb (PdAutosave *autosave,
          Stall      *stall)
{
  if (++stall->saves >= stall->wanted)
    g_main_loop_quit (stall->loop);
}

static gint64
longest_gap (PdStore *store,
             PdCase  *pd_case,
             guint    saves,
             gboolean with_autosave,
             guint    idle_ms)
{
  g_autoptr (PdAutosave) autosave = NULL;
  Stall stall = { 0 };
  guint tick, edit, stop = 0;

  stall.loop = g_main_loop_new (NULL, FALSE);
  stall.pd_case = pd_case;
  stall.wanted = saves;

  if (with_autosave)
    {
      autosave = pd_autosave_new (store, pd_case);
      g_signal_connect (autosave, "saved", G_CALLBACK (saved_cb), &stall);
    }
  else
    stop = g_timeout_add_once (idle_ms, (GSourceOnceFunc) g_main_loop_quit, stall.loop);

  tick = g_timeout_add (1, tick_cb, &stall);
  edit = g_timeout_add (100, edit_cb, &stall);
  g_main_loop_run (stall.loop);
  g_source_remove (tick);
  g_source_remove (edit);
  (void) stop;
  if (autosave != NULL)
    pd_autosave_flush (autosave, NULL);
  g_main_loop_unref (stall.loop);
  return stall.longest_gap;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = g_dir_make_tmp ("discretion-bench-XXXXXX", NULL);
  g_autoptr (PdStore) store = pd_store_new (base);
  g_autoptr (PdCase) pd_case = NULL;
  g_autoptr (GBytes) bytes = NULL;
  guint saves = argc > 1 ? (guint) atoi (argv[1]) : 12;
  double to_bytes[RUNS], from_data[RUNS];
  gint64 gap, baseline;
  gint64 start;

  setlocale (LC_ALL, "C.UTF-8");
  pd_case = pd_store_create_case (store, NULL);
  g_assert (pd_case != NULL);
  fill_large_case (pd_case);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr (PdCase) loaded = NULL;
      gsize length;
      const char *data;

      g_clear_pointer (&bytes, g_bytes_unref);
      start = g_get_monotonic_time ();
      bytes = pd_case_to_bytes (pd_case);
      to_bytes[i] = (g_get_monotonic_time () - start) / 1000.0;

      data = g_bytes_get_data (bytes, &length);
      start = g_get_monotonic_time ();
      loaded = pd_case_new_from_data (data, length, NULL);
      from_data[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert (loaded != NULL);
    }

  /* The same loop, ticks and edits without autosave: the noise floor. */
  baseline = longest_gap (store, pd_case, 0, FALSE, 3000);
  start = g_get_monotonic_time ();
  gap = longest_gap (store, pd_case, saves, TRUE, 0);

  printf ("case_bytes=%" G_GSIZE_FORMAT "\n", g_bytes_get_size (bytes));
  printf ("to_bytes_median_ms=%.3f\n", median (to_bytes, RUNS));
  printf ("from_data_median_ms=%.3f\n", median (from_data, RUNS));
  printf ("autosave_saves=%u\n", saves);
  printf ("autosave_seconds=%.1f\n", (g_get_monotonic_time () - start) / 1e6);
  printf ("autosave_longest_gap_ms=%.2f\n", gap / 1000.0);
  printf ("baseline_longest_gap_ms=%.2f\n", baseline / 1000.0);

  pd_remove_tree (base, NULL);
  return 0;
}
