/* pd-cli.c — the command line, which works without a display
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-case-info.h"
#include "pd-cli.h"
#include "pd-letter-pdf.h"
#include "pd-packet.h"

/* One line per case: id, name, last change. Unreadable cases go to stderr,
 * untouched, and make the exit code 1. */
int
pd_cli_list_cases (PdStore *store)
{
  g_autoptr (GPtrArray) infos = NULL;
  g_autoptr (GError) error = NULL;
  int status = PD_EXIT_OK;

  infos = pd_store_list (store, &error);
  if (infos == NULL)
    {
      g_printerr (_("Could not read the list of requests in “%s”: %s\n"),
                  pd_store_get_base_dir (store), error->message);
      return PD_EXIT_SOME_FAILED;
    }

  for (guint i = 0; i < infos->len; i++)
    {
      PdCaseInfo *info = g_ptr_array_index (infos, i);
      const GError *problem = pd_case_info_get_error (info);
      GDateTime *modified;
      g_autofree char *stamp = NULL;

      if (problem != NULL)
        {
          /* Translators: %s is a request's id, then what is wrong with it. */
          g_printerr (_("The request “%s” could not be read and was left as it is: %s\n"),
                      pd_case_info_get_id (info), problem->message);
          status = PD_EXIT_SOME_FAILED;
          continue;
        }

      modified = pd_case_info_get_modified (info);
      stamp = modified != NULL ? g_date_time_format_iso8601 (modified) : g_strdup ("-");
      g_print ("%s\t%s\t%s\n", pd_case_info_get_id (info), pd_case_info_get_title (info), stamp);
    }

  return status;
}

/* Opens a case by id, or by its folder (a case folder anywhere, e.g. on a
 * USB stick: only read, never written). */
static PdCase *
open_case_ref (PdStore     *store,
               const char  *case_ref,
               GError     **error)
{
  g_autofree char *json = g_build_filename (case_ref, "case.json", NULL);
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_test (case_ref, G_FILE_TEST_IS_DIR))
    return pd_store_open_case (store, case_ref, error);
  if (!g_file_get_contents (json, &data, &length, error))
    return NULL;
  return pd_case_new_from_data (data, length, error);
}

/* discretion --export-letter CASE --output FILE.pdf: the letter as the
 * Letter place shows it. No display needed. */
int
pd_cli_export_letter (PdStore    *store,
                      const char *case_ref,
                      const char *output)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = open_case_ref (store, case_ref, &error);

  if (pd_case == NULL)
    {
      /* Translators: %1$s is what was asked for (an id or a folder), %2$s why it failed. */
      g_printerr (_("The request “%1$s” could not be opened: %2$s\n"), case_ref, error->message);
      return PD_EXIT_SOME_FAILED;
    }
  if (!pd_letter_save_pdf (pd_case, output, &error))
    {
      /* Translators: %1$s is a file name, %2$s why it failed. */
      g_printerr (_("The letter could not be saved as “%1$s”: %2$s\n"), output, error->message);
      return PD_EXIT_SOME_FAILED;
    }
  return PD_EXIT_OK;
}

/* discretion --export-packet CASE --output FILE.pdf: the whole packet. */
int
pd_cli_export_packet (PdStore    *store,
                      const char *case_ref,
                      const char *output)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PdCase) pd_case = open_case_ref (store, case_ref, &error);
  g_autofree char *case_dir = NULL;

  if (pd_case == NULL)
    {
      g_printerr (_("The request “%1$s” could not be opened: %2$s\n"), case_ref, error->message);
      return PD_EXIT_SOME_FAILED;
    }
  case_dir = g_file_test (case_ref, G_FILE_TEST_IS_DIR)
             ? g_strdup (case_ref) : pd_store_dup_case_dir (store, pd_case_get_id (pd_case));
  if (!pd_packet_write (pd_case, case_dir, output, NULL, NULL, NULL, &error))
    {
      /* Translators: %1$s is a file name, %2$s why it failed. */
      g_printerr (_("The packet could not be saved as “%1$s”: %2$s\n"), output, error->message);
      return PD_EXIT_SOME_FAILED;
    }
  return PD_EXIT_OK;
}
