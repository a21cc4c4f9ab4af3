/* hyr-planner-format.c — calendar days, units and names for the Planner's widgets
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The leaves under the Planner page, its session cards and their
 * popovers: each of them formats with these, none calls up into another.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr-planner-format.h"


/* Dates: the Planner works in calendar days (julian day numbers), in
 * local time, as the planner does. */

/**
 * hyr_julian_of:
 * @when: a time
 *
 * Returns: the julian day number of @when's calendar day
 */
int
hyr_julian_of (GDateTime *when)
{
  GDate date;
  int y, m, d;

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return (int)g_date_get_julian (&date);
}

/**
 * hyr_julian_to_date:
 * @julian: a julian day number
 *
 * Returns: (transfer full): local midnight of the day
 */
GDateTime *
hyr_julian_to_date (int julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32)julian);
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0);
}

/**
 * hyr_julian_get_weekday:
 * @julian: a julian day number
 *
 * Returns: the day's weekday
 */
GDateWeekday
hyr_julian_get_weekday (int julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32)julian);
  return g_date_get_weekday (&date);
}

/**
 * hyr_julian_format:
 * @julian: a julian day number
 * @format: a strftime() format
 *
 * Returns: (transfer full): the day in @format, without the spaces around
 *   it ("%e" pads the day of the month)
 */
char *
hyr_julian_format (int         julian,
                   const char *format)
{
  GDate date;
  char buffer[128];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32)julian);
  if (g_date_strftime (buffer, sizeof buffer, format, &date) == 0)
    return g_strdup ("");
  return g_strstrip (g_strdup (buffer));
}

/* Units */

/**
 * hyr_format_distance:
 * @metres: a distance
 * @miles: %TRUE for miles, %FALSE for kilometres
 *
 * Returns: (transfer full): the distance to a tenth: "8.1 km"
 */
char *
hyr_format_distance (double   metres,
                     gboolean miles)
{
  if (miles)
    /* Translators: a distance in miles */
    return g_strdup_printf (_("%.1f mi"), hyr_units_distance_from_metres (metres, "mi"));

  /* Translators: a distance in kilometres */
  return g_strdup_printf (_("%.1f km"), hyr_units_distance_from_metres (metres, "km"));
}

/**
 * hyr_format_weight:
 * @kg: a mass
 * @pounds: %TRUE for pounds, %FALSE for kilograms
 *
 * Whole numbers without decimals, else one: "85 kg", "187.4 lb".
 *
 * Returns: (transfer full): the text
 */
char *
hyr_format_weight (double   kg,
                   gboolean pounds)
{
  double value = round (hyr_units_mass_from_kg (kg, pounds ? "lb" : "kg") * 10) / 10;
  g_autofree char *number = value == round (value) ? g_strdup_printf ("%.0f", value)
                                                   : g_strdup_printf ("%.1f", value);

  if (pounds)
    /* Translators: a weight in pounds; %s is the number */
    return g_strdup_printf (_("%s lb"), number);

  /* Translators: a weight in kilograms; %s is the number */
  return g_strdup_printf (_("%s kg"), number);
}

/**
 * hyr_format_duration:
 * @seconds: a duration
 *
 * Returns: (transfer full): the duration to the minute: "48 min",
 *   "1 h", "1 h 12 min"
 */
char *
hyr_format_duration (double seconds)
{
  int minutes = (int)round (seconds / 60);

  if (minutes < 60)
    /* Translators: a duration in minutes */
    return g_strdup_printf (_("%d min"), minutes);

  if (minutes % 60 == 0)
    /* Translators: a duration in whole hours */
    return g_strdup_printf (_("%d h"), minutes / 60);

  /* Translators: a duration in hours and minutes */
  return g_strdup_printf (_("%d h %d min"), minutes / 60, minutes % 60);
}

/**
 * hyr_format_recorded:
 * @activity: an activity the host recorded
 * @miles: %TRUE for miles, %FALSE for kilometres
 *
 * A recorded activity's figures: "8.1 km in 47 min" for a run, "60 min"
 * for the rest.
 *
 * Returns: (transfer full): the text
 */
char *
hyr_format_recorded (HyrActivity *activity,
                     gboolean     miles)
{
  g_autofree char *duration = hyr_format_duration (hyr_activity_get_duration (activity));
  g_autofree char *distance = NULL;

  if (hyr_activity_get_distance (activity) <= 0)
    return g_steal_pointer (&duration);

  distance = hyr_format_distance (hyr_activity_get_distance (activity), miles);
  /* Translators: a recorded run, its distance and time, as in "8.1 km in 47 min" */
  return g_strdup_printf (_("%s in %s"), distance, duration);
}

/* Names */

/**
 * hyr_format_session_name:
 * @session: a planned session
 *
 * What a session is called on its card and in the notification:
 * "Intervals", "Lower body".
 *
 * Returns: (transfer none): the name
 */
const char *
hyr_format_session_name (HyrSession *session)
{
  if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN)
    return hyr_run_kind_get_name (hyr_session_get_run_kind (session));

  return hyr_lift_focus_get_name (hyr_session_get_lift_focus (session));
}
