/* pd-language.c — the interface language, chosen inside the app
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-language"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "pd-language.h"

/* The languages people in U.S. immigration court most often speak, each
 * listed in its own name so a person can find theirs without reading
 * English. */
static const PdLanguage languages[] = {
  { "en", "English", FALSE },
  { "es", "Español", FALSE },
  { "pt_BR", "Português (Brasil)", FALSE },
  { "ht", "Kreyòl ayisyen", FALSE },
  { "fr", "Français", FALSE },
  { "ar", "العربية", TRUE },
  { "fa", "فارسی", TRUE },
  { "ps", "پښتو", TRUE },
  { "zh_CN", "简体中文", FALSE },
  { "vi", "Tiếng Việt", FALSE },
  { "ru", "Русский", FALSE },
  { "uk", "Українська", FALSE },
  { "tr", "Türkçe", FALSE },
  { "pa", "ਪੰਜਾਬੀ", FALSE },
};

const PdLanguage *
pd_language_get_all (guint *n_languages)
{
  *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

const PdLanguage *
pd_language_lookup (const char *code)
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strcmp (languages[i].code, code) == 0)
      return &languages[i];
  return NULL;
}

/* English is built in; the others need their catalogue. */
gboolean
pd_language_is_available (const char *code,
                          const char *localedir)
{
  g_autofree char *path = NULL;

  if (g_strcmp0 (code, "en") == 0)
    return TRUE;
  path = g_build_filename (localedir, code, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static gboolean
is_plain_c (const char *locale)
{
  return locale == NULL || strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0;
}

/* Call before anything is translated and before any thread starts (setenv
 * is not thread-safe): sets LANGUAGE for @code, and, since glibc ignores
 * LANGUAGE under the plain C locale (bare containers, some CI), moves
 * messages to C.UTF-8 then. NULL keeps the system's language. */
void
pd_language_apply (const char *code)
{
  const char *messages;

  setlocale (LC_ALL, "");

  if (code == NULL || pd_language_lookup (code) == NULL)
    return;

  g_setenv ("LANGUAGE", code, TRUE);

  messages = setlocale (LC_MESSAGES, NULL);
  if (is_plain_c (messages) && setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
    g_warning ("The C.UTF-8 locale is missing: the interface stays in English");
  if (is_plain_c (setlocale (LC_CTYPE, NULL)))
    setlocale (LC_CTYPE, "C.UTF-8");
}

/* The language the interface is shown in: the first of the user's
 * languages we have, else English. */
const char *
pd_language_get_effective (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const PdLanguage *language = pd_language_lookup (names[i]);

      if (language != NULL)
        return language->code;
    }
  return "en";
}
