/* main.c — starts Discretion, or answers the command line without a display
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "discretion"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "pd-application.h"
#include "pd-cli.h"
#include "pd-language.h"
#include "pd-settings.h"

/* The language chosen inside the app wins over the system's: clinic and
 * library computers run in English. Set here, before any thread starts. */
static void
init_i18n (void)
{
  const char *localedir = g_getenv ("DISCRETION_LOCALEDIR");
  g_autofree char *base = g_build_filename (g_get_user_data_dir (), APP_ID, NULL);
  g_autoptr (PdSettings) settings = pd_settings_new (base);

  pd_language_apply (pd_settings_get_string (settings, "language"));
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PdApplication) app = NULL;
  gboolean list_cases = FALSE;
  gboolean version = FALSE;
  g_autofree char *restore_case = NULL;
  g_autofree char *restore_place = NULL;
  g_autofree char *export_letter = NULL;
  g_autofree char *export_packet = NULL;
  g_autofree char *output = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "list-cases", 0, 0, G_OPTION_ARG_NONE, &list_cases,
      N_("Print the requests on this computer: id, name, last change"), NULL },
    { "export-letter", 0, 0, G_OPTION_ARG_FILENAME, &export_letter,
      N_("Save the request letter of a request as PDF (with --output)"), N_("ID-OR-FOLDER") },
    { "export-packet", 0, 0, G_OPTION_ARG_FILENAME, &export_packet,
      N_("Save the whole packet of a request as one PDF (with --output)"), N_("ID-OR-FOLDER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where --export-letter or --export-packet writes the PDF"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and quit"), NULL },
    /* Used only by the restart after a change of language. */
    { "restore-case", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &restore_case, NULL, NULL },
    { "restore-place", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &restore_place, NULL, NULL },
    { NULL }
  };

  init_i18n ();

  /* Parsed here, not by GApplication, so bad usage exits with 2. */
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Prepare a prosecutorial discretion request."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("Run “%s --help” to see the options.\n"), g_get_prgname ());
      return PD_EXIT_USAGE;
    }

  if (argc > 1)
    {
      g_printerr (_("Unexpected argument: %s\n"), argv[1]);
      g_printerr (_("Run “%s --help” to see the options.\n"), g_get_prgname ());
      return PD_EXIT_USAGE;
    }

  if (version)
    {
      g_print ("discretion %s\n", PACKAGE_VERSION);
      return PD_EXIT_OK;
    }

  if (export_letter != NULL || export_packet != NULL || output != NULL)
    {
      g_autoptr (PdStore) store = pd_store_new_default ();

      if ((export_letter == NULL) == (export_packet == NULL) || output == NULL)
        {
          g_printerr (_("Use --export-letter or --export-packet, with --output.\n"));
          return PD_EXIT_USAGE;
        }
      if (export_packet != NULL)
        return pd_cli_export_packet (store, export_packet, output);
      return pd_cli_export_letter (store, export_letter, output);
    }

  if (list_cases)
    {
      g_autoptr (PdStore) store = pd_store_new_default ();
      return pd_cli_list_cases (store);
    }

  /* gtk_init() would call setlocale() again and undo the plain-C fix above. */
  gtk_disable_setlocale ();
  app = pd_application_new ();
  pd_application_set_restore (app, restore_case, restore_place);
  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* A change of language takes effect by starting again (glibc caches
   * catalogues), back in the same place. */
  if (status == 0 && pd_application_get_restart_argv (app) != NULL)
    {
      char **restart = pd_application_get_restart_argv (app);

      execv ("/proc/self/exe", restart);
      execvp (restart[0], restart);
      g_printerr ("Could not start again: %s\n", g_strerror (errno));
      return 1;
    }

  return status;
}
