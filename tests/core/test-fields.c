/* test-fields.c — A-numbers and dates, from tables of good and bad input
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "pd-clock.h"
#include "pd-fields.h"

static void
test_a_number_table (void)
{
  static const struct {
    const char *input;
    const char *expected;  /* NULL: refused */
  } cases[] = {
    { "123456789", "123456789" },
    { "A123456789", "123456789" },
    { "a123456789", "123456789" },
    { "A-123-456-789", "123456789" },
    { "A 123 456 789", "123456789" },
    { "  A123 456 789  ", "123456789" },
    { "A#123456789", "123456789" },
    { "12345678", "012345678" },
    { "A12345678", "012345678" },
    { "A-12-345-678", "012345678" },
    { "", NULL },
    { "   ", NULL },
    { "A", NULL },
    { "1234567", NULL },
    { "A1234567890", NULL },
    { "12345678901", NULL },
    { "B123456789", NULL },
    { "A12345678X", NULL },
    { "AA12345678", NULL },
    { "123.456.789", NULL },
    { "000000000", NULL },
    { "A00000000", NULL },
    { "１２３４５６７８９", NULL },  /* full-width digits are not ASCII digits */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *digits = NULL;
      gboolean ok = pd_a_number_normalize (cases[i].input, &digits, &error);

      g_test_message ("A-number %s", cases[i].input);
      if (cases[i].expected != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (digits, ==, cases[i].expected);
        }
      else
        {
          g_assert_false (ok);
          g_assert_null (digits);
          g_assert_error (error, PD_FIELD_ERROR, error->code);
          g_assert_nonnull (error->message);
        }
    }
}

static void
test_a_number_messages (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *digits = NULL;

  g_assert_false (pd_a_number_normalize ("1234567", &digits, &error));
  g_assert_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "8 or 9 digits"));
  g_assert_nonnull (strstr (error->message, "7 digits"));
  g_clear_error (&error);

  g_assert_false (pd_a_number_normalize ("", &digits, &error));
  g_assert_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_EMPTY);
}

static void
test_a_number_format (void)
{
  g_autofree char *formatted = pd_a_number_format ("012345678");

  g_assert_cmpstr (formatted, ==, "A012-345-678");
}

static void
test_date_table (void)
{
  static const struct {
    int day, month, year;
    gboolean valid;
  } cases[] = {
    { 1, 1, 2000, TRUE },
    { 29, 2, 2024, TRUE },    /* leap year */
    { 29, 2, 2000, TRUE },    /* divisible by 400 */
    { 29, 2, 1900, FALSE },   /* divisible by 100, not 400 */
    { 29, 2, 2025, FALSE },
    { 30, 2, 2024, FALSE },
    { 31, 4, 2026, FALSE },
    { 31, 12, 2026, TRUE },
    { 0, 5, 2026, FALSE },
    { 32, 1, 2026, FALSE },
    { 1, 0, 2026, FALSE },
    { 1, 13, 2026, FALSE },
    { 1, 1, 1899, FALSE },
    { 1, 1, 2101, FALSE },
    { 15, 6, 26, FALSE },     /* two-digit years are ambiguous */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      GDate date;
      gboolean ok = pd_date_from_dmy (cases[i].day, cases[i].month, cases[i].year, &date,
                                      &error);

      g_test_message ("date %d-%d-%d", cases[i].year, cases[i].month, cases[i].day);
      g_assert_cmpint (ok, ==, cases[i].valid);
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_true (g_date_valid (&date));
        }
      else
        g_assert_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID);
    }
}

static void
test_date_iso (void)
{
  static const struct {
    const char *iso;
    gboolean valid;
  } cases[] = {
    { "2027-03-03", TRUE },
    { "2024-02-29", TRUE },
    { "2023-02-29", FALSE },
    { "2027-3-3", FALSE },
    { "03/04/2027", FALSE },
    { "2027-03-03T00:00", FALSE },
    { "2027-03-03x", FALSE },
    { "", FALSE },
    { "yyyy-mm-dd", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;
      gboolean ok = pd_date_parse_iso (cases[i].iso, &date, NULL);

      g_test_message ("iso %s", cases[i].iso);
      g_assert_cmpint (ok, ==, cases[i].valid);
      if (ok)
        {
          g_autofree char *back = pd_date_to_iso (&date);
          g_assert_cmpstr (back, ==, cases[i].iso);
        }
    }
}

static void
test_date_words (void)
{
  GDate date;
  g_autofree char *english = NULL;
  g_autofree char *local = NULL;

  g_assert_true (pd_date_parse_iso ("2027-03-04", &date, NULL));
  english = pd_date_format_english (&date);
  g_assert_cmpstr (english, ==, "March 4, 2027");
  local = pd_date_format_long (&date);
  g_assert_cmpstr (local, ==, "March 4, 2027");
}

static void
test_clock (void)
{
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *distance = NULL;
  GDate date;

  g_setenv ("DISCRETION_NOW", "2026-05-01T10:00:00Z", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  now = pd_clock_now ();
  g_assert_cmpint (g_date_time_get_year (now), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (now), ==, 5);

  g_assert_true (pd_date_parse_iso ("2026-05-11", &date, NULL));
  g_assert_cmpint (pd_clock_days_until (&date), ==, 10);
  distance = pd_date_describe_distance (&date);
  g_assert_cmpstr (distance, ==, "in 10 days");
  g_clear_pointer (&distance, g_free);

  g_assert_true (pd_date_parse_iso ("2026-04-30", &date, NULL));
  g_assert_cmpint (pd_clock_days_until (&date), ==, -1);
  distance = pd_date_describe_distance (&date);
  g_assert_cmpstr (distance, ==, "yesterday");
  g_unsetenv ("DISCRETION_NOW");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fields/a-number/table", test_a_number_table);
  g_test_add_func ("/fields/a-number/messages", test_a_number_messages);
  g_test_add_func ("/fields/a-number/format", test_a_number_format);
  g_test_add_func ("/fields/date/table", test_date_table);
  g_test_add_func ("/fields/date/iso", test_date_iso);
  g_test_add_func ("/fields/date/words", test_date_words);
  g_test_add_func ("/fields/clock", test_clock);

  return g_test_run ();
}
