/* pd-fields.c — validation and formatting of A-numbers and dates
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-fields"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pd-clock.h"
#include "pd-fields.h"

#define PD_YEAR_MIN 1900
#define PD_YEAR_MAX 2100

G_DEFINE_QUARK (pd-field-error-quark, pd_field_error)

/* An A-number is an optional "A" and 8 or 9 digits (EOIR Practice Manual 1.6);
 * people type it with spaces, dashes or a "#". Stored as 9 digits. */
gboolean
pd_a_number_normalize (const char  *input,
                       char       **out_digits,
                       GError     **error)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  const char *p = input;
  gboolean all_zero = TRUE;

  g_return_val_if_fail (out_digits != NULL, FALSE);

  *out_digits = NULL;

  if (p == NULL)
    p = "";
  while (g_ascii_isspace (*p))
    p++;

  if (*p == '\0')
    {
      g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_EMPTY,
                           _("Type your A-number. It is on your Notice to Appear."));
      return FALSE;
    }

  if (*p == 'A' || *p == 'a')
    p++;

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          if (*p != '0')
            all_zero = FALSE;
        }
      else if (*p != ' ' && *p != '-' && *p != '#' && *p != '\t')
        {
          g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                               _("An A-number has only numbers after the letter A."));
          return FALSE;
        }
    }

  if (digits->len != 8 && digits->len != 9)
    {
      g_set_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An A-number has 8 or 9 digits. This one has %u digit.",
                                "An A-number has 8 or 9 digits. This one has %u digits.",
                                digits->len),
                   (guint) digits->len);
      return FALSE;
    }

  if (all_zero)
    {
      g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                           _("This A-number is only zeros. Check your Notice to Appear."));
      return FALSE;
    }

  if (digits->len == 8)
    g_string_prepend_c (digits, '0');

  *out_digits = g_string_free (g_steal_pointer (&digits), FALSE);
  return TRUE;
}

/* "A123-456-789": the way EOIR prints it, easy to read back on the phone. */
char *
pd_a_number_format (const char *digits)
{
  g_return_val_if_fail (digits != NULL, NULL);

  if (strlen (digits) != 9)
    return g_strdup (digits);

  return g_strdup_printf ("A%.3s-%.3s-%.3s", digits, digits + 3, digits + 6);
}

gboolean
pd_date_from_dmy (int     day,
                  int     month,
                  int     year,
                  GDate  *out_date,
                  GError **error)
{
  g_return_val_if_fail (out_date != NULL, FALSE);

  g_date_clear (out_date, 1);

  if (year < PD_YEAR_MIN || year > PD_YEAR_MAX)
    {
      g_set_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                   _("Type the year with four numbers, between %d and %d."),
                   PD_YEAR_MIN, PD_YEAR_MAX);
      return FALSE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                           _("Choose a month."));
      return FALSE;
    }

  if (!g_date_valid_dmy (day, month, year))
    {
      guint8 last = g_date_get_days_in_month (month, year);

      g_set_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                   _("This month has days 1 to %u. Check the day."), (guint) last);
      return FALSE;
    }

  g_date_set_dmy (out_date, day, month, year);
  return TRUE;
}

gboolean
pd_date_parse_iso (const char  *iso,
                   GDate       *out_date,
                   GError     **error)
{
  int y, m, d;
  char tail;

  g_return_val_if_fail (out_date != NULL, FALSE);

  g_date_clear (out_date, 1);

  if (iso == NULL || *iso == '\0')
    {
      g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_EMPTY,
                           _("No date was given."));
      return FALSE;
    }

  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-'
      || sscanf (iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    {
      g_set_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                   _("“%s” is not a date."), iso);
      return FALSE;
    }

  return pd_date_from_dmy (d, m, y, out_date, error);
}

char *
pd_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/* Month names come from our catalogue, not from LC_TIME: the interface
 * language can differ from the system's (see the languages issue). */
const char *
pd_month_name (guint month)
{
  static const char * const months[] = {
    NC_("month name", "January"), NC_("month name", "February"),
    NC_("month name", "March"), NC_("month name", "April"),
    NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"),
    NC_("month name", "September"), NC_("month name", "October"),
    NC_("month name", "November"), NC_("month name", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", months[month - 1]);
}

/* The month as it stands inside a full date, which in some languages is not
 * the form used on its own (Russian and Ukrainian use the genitive). */
static const char *
month_in_date (guint month)
{
  /* Translators: the month inside a full date, e.g. "March" in "March 3, 2027".
   * Use the grammatical form your language needs there (the genitive in
   * Russian: "марта"); where it is the same, copy the month's name. */
  static const char * const months[] = {
    NC_("month in a date", "January"), NC_("month in a date", "February"),
    NC_("month in a date", "March"), NC_("month in a date", "April"),
    NC_("month in a date", "May"), NC_("month in a date", "June"),
    NC_("month in a date", "July"), NC_("month in a date", "August"),
    NC_("month in a date", "September"), NC_("month in a date", "October"),
    NC_("month in a date", "November"), NC_("month in a date", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month in a date", months[month - 1]);
}

/* A date in the interface language, with the month as a word: never 03/04. */
char *
pd_date_format_long (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a full date: %1$s is the month name, %2$d the day, %3$d the
   * year, e.g. "March 3, 2027". Reorder as your language writes dates, for
   * example "%2$d de %1$s de %3$d". */
  return g_strdup_printf (C_("long date", "%1$s %2$d, %3$d"),
                          month_in_date (g_date_get_month (date)),
                          (int) g_date_get_day (date),
                          (int) g_date_get_year (date));
}

const char *
pd_month_name_english (guint month)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return months[month - 1];
}

/* Documents for the government are in English whatever the interface language. */
char *
pd_date_format_english (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%s %u, %u",
                          pd_month_name_english (g_date_get_month (date)),
                          (guint) g_date_get_day (date),
                          (guint) g_date_get_year (date));
}

/* "today", "tomorrow", "in 12 days", "3 days ago" — counted from pd_clock_today(). */
char *
pd_date_describe_distance (const GDate *date)
{
  int days;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  days = pd_clock_days_until (date);

  if (days == 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("tomorrow"));
  if (days == -1)
    return g_strdup (_("yesterday"));
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days),
                            days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", -days),
                          -days);
}

/* "Next hearing March 3, 2027 (in 100 days)", or that it has passed. */
char *
pd_date_describe_hearing (const GDate *date)
{
  g_autofree char *when = NULL;
  g_autofree char *distance = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  when = pd_date_format_long (date);
  distance = pd_date_describe_distance (date);

  if (pd_clock_days_until (date) < 0)
    /* Translators: a court date that has passed, e.g. "Hearing was March 3, 2027 (3 days ago)". */
    return g_strdup_printf (_("Hearing was %s (%s)"), when, distance);
  /* Translators: e.g. "Next hearing March 3, 2027 (in 100 days)". */
  return g_strdup_printf (_("Next hearing %s (%s)"), when, distance);
}
