/* pd-clock.c — the one source of "now" for the whole app
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-clock"

#include "pd-clock.h"

/* DISCRETION_NOW=2026-05-01T10:00:00Z pins the clock, so countdowns, reminders
 * and "that date is in the past" checks are testable. */
GDateTime *
pd_clock_now (void)
{
  const char *fixed = g_getenv ("DISCRETION_NOW");

  if (fixed != NULL && *fixed != '\0')
    {
      g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
      GDateTime *dt = g_date_time_new_from_iso8601 (fixed, utc);

      if (dt != NULL)
        return dt;
      g_warning ("DISCRETION_NOW=%s is not an ISO 8601 date and time; using the real clock",
                 fixed);
    }

  return g_date_time_new_now_utc ();
}

void
pd_clock_today (GDate *out_today)
{
  g_autoptr (GDateTime) now = pd_clock_now ();
  g_autoptr (GDateTime) local = g_date_time_to_local (now);

  g_date_clear (out_today, 1);
  g_date_set_dmy (out_today,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/* Days from today until @date: 0 is today, negative is in the past. */
int
pd_clock_days_until (const GDate *date)
{
  GDate today;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  pd_clock_today (&today);
  return g_date_days_between (&today, date);
}
