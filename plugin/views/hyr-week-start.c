/* hyr-week-start.c — the first day of the user's week
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "hyr-week-start.h"

/**
 * hyr_week_start_for_locale:
 *
 * The first day of the week in the user's locale (LC_TIME), as GTK's
 * calendar reads it: Monday in Germany, Sunday in the United States,
 * Saturday in Egypt. The C and POSIX locales are nobody's choice (bare
 * systems and test runs use them): they get Monday, as ISO 8601 has it.
 *
 * Returns: the weekday
 */
GDateWeekday
hyr_week_start_for_locale (void)
{
  const char *name = setlocale (LC_TIME, NULL);
  union { unsigned int word; char *string; } origin;
  int first_weekday;
  int origin_weekday;
  int day;

  if (name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 ||
      g_str_has_prefix (name, "C."))
    return G_DATE_MONDAY;

#ifdef _NL_TIME_FIRST_WEEKDAY
  /* _NL_TIME_WEEK_1STDAY is a date (19971130, a Sunday, or 19971201, a
   * Monday) that day 1 of _NL_TIME_FIRST_WEEKDAY counts from. */
  first_weekday = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (origin.word == 19971130)
    origin_weekday = 0;
  else if (origin.word == 19971201)
    origin_weekday = 1;
  else
    return G_DATE_MONDAY;

  if (first_weekday < 1 || first_weekday > 7)
    return G_DATE_MONDAY;

  /* 0 is Sunday here; GDateWeekday counts Monday 1 … Sunday 7. */
  day = (origin_weekday + first_weekday - 1) % 7;
  return day == 0 ? G_DATE_SUNDAY : (GDateWeekday)day;
#else
  (void)origin;
  (void)first_weekday;
  (void)origin_weekday;
  (void)day;
  return G_DATE_MONDAY;
#endif
}

/**
 * hyr_week_start_get:
 * @settings: the plugin's settings
 *
 * The first day of the week the views use: the week-start key's day, or
 * the locale's when the key says "locale" (its default).
 *
 * Returns: the weekday
 */
GDateWeekday
hyr_week_start_get (GSettings *settings)
{
  int value;

  g_return_val_if_fail (G_IS_SETTINGS (settings), G_DATE_MONDAY);

  /* The enum's values are the weekdays' numbers, Monday 1 … Sunday 7, and
   * 0 for the locale's. */
  value = g_settings_get_enum (settings, "week-start");
  if (value < G_DATE_MONDAY || value > G_DATE_SUNDAY)
    return hyr_week_start_for_locale ();

  return (GDateWeekday)value;
}
