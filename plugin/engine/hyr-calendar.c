/* hyr-calendar.c — calendar days, as the planner, the training load and the
 * lift diary count them
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hyr-calendar-private.h"

int
_hyr_julian_day (GDateTime *when)
{
  int year, month, day;
  GDate date;

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return (int)g_date_get_julian (&date);
}

GDateTime *
_hyr_midnight (GDateTime *when)
{
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);

  return g_date_time_new (g_date_time_get_timezone (when), year, month, day, 0, 0, 0);
}

GDateTime *
_hyr_date_at (GTimeZone *zone,
              int        julian_day,
              int        hour,
              int        minute)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);

  return g_date_time_new (zone,
                          g_date_get_year (&date),
                          g_date_get_month (&date),
                          g_date_get_day (&date),
                          hour, minute, 0);
}

char *
_hyr_format_date (GDateTime *when)
{
  return g_date_time_format (when, "%Y-%m-%d");
}

GDateTime *
_hyr_parse_date (const char *text,
                 GTimeZone  *zone)
{
  int year, month, day;
  char tail;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
    return NULL;

  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new (zone, year, month, day, 0, 0, 0);
}

const char *
_hyr_weekday_name (GDateWeekday weekday)
{
  switch (weekday)
    {
    case G_DATE_MONDAY:
      return _("Monday");
    case G_DATE_TUESDAY:
      return _("Tuesday");
    case G_DATE_WEDNESDAY:
      return _("Wednesday");
    case G_DATE_THURSDAY:
      return _("Thursday");
    case G_DATE_FRIDAY:
      return _("Friday");
    case G_DATE_SATURDAY:
      return _("Saturday");
    case G_DATE_SUNDAY:
      return _("Sunday");
    case G_DATE_BAD_WEEKDAY:
    default:
      g_return_val_if_reached ("");
    }
}
