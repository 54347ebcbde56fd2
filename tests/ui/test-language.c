/* test-language.c — a right-to-left language chosen in settings.json lays
 * the window out right to left, whatever GTK's own catalogue says.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "pd-application.h"
#include "pd-language.h"

static void
write_settings (const char *json)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), APP_ID, NULL);
  g_autofree char *path = g_build_filename (dir, "settings.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
}

static void
test_rtl_from_settings (void)
{
  g_autoptr (PdApplication) app = NULL;

  write_settings ("{ \"language\": \"ar\", \"language-asked\": true }");
  /* As when GTK's own catalogue lacks the language (or the Flatpak does). */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);

  app = pd_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_assert_cmpstr (pd_language_get_effective (), ==, "ar");
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
}

static void
test_language_table (void)
{
  guint n;
  const PdLanguage *languages = pd_language_get_all (&n);

  /* English and the thirteen languages of the issue, each in its own name. */
  g_assert_cmpuint (n, ==, 14);
  g_assert_true (pd_language_lookup ("fa")->rtl);
  g_assert_true (pd_language_lookup ("ps")->rtl);
  g_assert_false (pd_language_lookup ("pa")->rtl);
  g_assert_cmpstr (pd_language_lookup ("es")->name, ==, "Español");
  g_assert_null (pd_language_lookup ("xx"));
  g_assert_true (pd_language_is_available ("en", "/nonexistent"));
  g_assert_false (pd_language_is_available ("es", "/nonexistent"));
  for (guint i = 0; i < n; i++)
    g_assert_true (g_utf8_validate (languages[i].name, -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* As main() does before anything is translated. */
  g_setenv ("LANG", "C.UTF-8", TRUE);
  pd_language_apply ("ar");
  gtk_disable_setlocale ();
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/language/table", test_language_table);
  g_test_add_func ("/language/rtl-from-settings", test_rtl_from_settings);

  return g_test_run ();
}
