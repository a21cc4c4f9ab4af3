/* hyr-plan-export.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-plan-export"

#include "config.h"

#include <glib/gi18n-lib.h>
/* libical-glib asks its users to acknowledge that its API may change. */
#define LIBICAL_GLIB_UNSTABLE_API 1
#include <libical-glib/libical-glib.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-week-plan-private.h"

#define PRODID "-//Hypertrophy Running//Planner " PACKAGE_VERSION "//EN"

/**
 * hyr_plan_export_error_quark:
 *
 * Gets the error domain of the exports of week plans, whose codes are
 * #HyrPlanExportError.
 *
 * Returns: the #GQuark of %HYR_PLAN_EXPORT_ERROR
 */
G_DEFINE_QUARK (hyr-plan-export-error-quark, hyr_plan_export_error)

static gboolean
check_plans (GPtrArray  *plans,
             GError    **error)
{
  if (plans->len == 0)
    {
      g_set_error_literal (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_NO_WEEKS,
                           "There are no weeks to export");
      return FALSE;
    }

  for (guint i = 0; i < plans->len; i++)
    {
      if (!HYR_IS_WEEK_PLAN (g_ptr_array_index (plans, i)))
        {
          g_set_error_literal (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_INVALID_ARGUMENT,
                               "Only week plans can be exported");
          return FALSE;
        }
    }

  return TRUE;
}

/* Removes the soft hyphens (U+00AD) a translation may put in long words so
 * that a narrow card can break them: a file for other programs carries the
 * words whole. Returns @text, changed in place. */
static char *
strip_soft_hyphens (char *text)
{
  char *out = text;

  for (const char *in = text; *in != '\0'; in++)
    {
      if ((guchar)in[0] == 0xC2 && (guchar)in[1] == 0xAD)
        {
          in++;
          continue;
        }
      *out++ = *in;
    }
  *out = '\0';

  return text;
}

/**
 * hyr_plan_export_json:
 * @plans: (element-type HyrWeekPlan): the weeks to export
 * @error: return location for a #GError
 *
 * Writes several weeks as one JSON document,
 * `{ "version": 2, "weeks": [ … ] }`, each week as
 * hyr_week_plan_to_json() describes it.
 *
 * Fails with %HYR_PLAN_EXPORT_ERROR_NO_WEEKS when @plans is empty and with
 * %HYR_PLAN_EXPORT_ERROR_INVALID_ARGUMENT when it holds something other
 * than a #HyrWeekPlan.
 *
 * Returns: (transfer full): the JSON text, or %NULL with @error set
 */
char *
hyr_plan_export_json (GPtrArray  *plans,
                      GError    **error)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *weeks;

  g_return_val_if_fail (plans != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_plans (plans, error))
    return NULL;

  object = json_object_new ();
  weeks = json_array_new ();
  json_object_set_int_member (object, "version", HYR_WEEK_PLAN_JSON_VERSION);
  for (guint i = 0; i < plans->len; i++)
    json_array_add_element (weeks, _hyr_week_plan_to_node (g_ptr_array_index (plans, i)));
  json_object_set_array_member (object, "weeks", weeks);

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, object);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);

  return strip_soft_hyphens (json_generator_to_data (generator, NULL));
}

/* The sets are written from the sets themselves, in the user's unit: a
 * rep range and its reps in reserve are part of them, and a load not
 * known yet is left out rather than written as 0 kg. */
static const char *
session_status_text (HyrSessionStatus status)
{
  switch (status)
    {
    case HYR_SESSION_STATUS_DONE:
      return _("Done.");
    case HYR_SESSION_STATUS_PARTIAL:
      return _("Partly done.");
    case HYR_SESSION_STATUS_MISSED:
      return _("Missed.");
    case HYR_SESSION_STATUS_SKIPPED:
      return _("Skipped.");
    case HYR_SESSION_STATUS_PLANNED:
    default:
      return "";
    }
}

static char *
describe_session (HyrSession *session,
                  const char *distance_unit,
                  const char *mass_unit)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *exercises = hyr_session_get_exercises (session);
  GPtrArray *steps = hyr_session_get_steps (session);
  g_autofree char *structure = steps->len > 0 ? hyr_workout_steps_format (steps, distance_unit) : NULL;

  /* The workout first, as a watch or a runner reads it, then why. */
  if (structure != NULL && *structure != '\0')
    g_string_append_printf (text, "%s\n\n", structure);
  if (hyr_session_get_status (session) != HYR_SESSION_STATUS_PLANNED)
    {
      g_string_append_printf (text, "%s\n\n", session_status_text (hyr_session_get_status (session)));
    }
  g_string_append (text, hyr_session_get_reason (session));

  if (exercises->len > 0)
    g_string_append_c (text, '\n');

  for (guint i = 0; i < exercises->len; i++)
    {
      HyrExercise *exercise = g_ptr_array_index (exercises, i);
      g_autofree char *sets = hyr_lift_set_format_sets (hyr_exercise_get_sets (exercise),
                                                        mass_unit, ", ");

      /* Translators: an exercise and its sets in a calendar event, as in
       * "Squat: 5 @ 72.5 kg, 5 @ 82.5 kg, 5+ @ 95 kg" */
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s: %s"), hyr_exercise_get_name (exercise), sets);
    }

  if (hyr_session_get_shoe_reason (session) != NULL && hyr_session_get_shoe_id (session) != NULL)
    g_string_append_printf (text, "\n\n%s", hyr_session_get_shoe_reason (session));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* libical-glib 3.0 declares no autoptr cleanups, hence the explicit
 * unrefs of its objects below. */
static ICalProperty *
time_property (ICalProperty *(*new_property) (ICalTime *),
               GDateTime     *when,
               ICalTimezone  *zone)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;
  GDateTime *wall;
  ICalTime *time;
  ICalProperty *property;

  /* The wall-clock time in the zone the calendar declares, or in UTC. */
  if (zone != NULL)
    wall = local = g_date_time_to_local (when);
  else
    wall = utc = g_date_time_to_utc (when);

  time = i_cal_time_new_null_time ();
  i_cal_time_set_date (time, g_date_time_get_year (wall), g_date_time_get_month (wall),
                       g_date_time_get_day_of_month (wall));
  i_cal_time_set_time (time, g_date_time_get_hour (wall), g_date_time_get_minute (wall),
                       g_date_time_get_second (wall));
  i_cal_time_set_timezone (time, zone != NULL ? zone : i_cal_timezone_get_utc_timezone ());
  property = new_property (time);
  g_object_unref (time);

  if (zone != NULL)
    {
      /* Depending on its version, libical adds the TZID itself or not. */
      ICalParameter *existing = i_cal_property_get_first_parameter (property,
                                                                    I_CAL_TZID_PARAMETER);

      if (existing == NULL)
        i_cal_property_take_parameter (property,
                                       i_cal_parameter_new_tzid (i_cal_timezone_get_tzid (zone)));
      g_clear_object (&existing);
    }

  return property;
}

/**
 * hyr_plan_export_icalendar:
 * @plans: (element-type HyrWeekPlan): the weeks to export
 * @error: return location for a #GError
 *
 * Writes the sessions of @plans as iCalendar events with loads in kg, as
 * hyr_plan_export_icalendar_full() describes.
 *
 * Returns: (transfer full): the iCalendar text, or %NULL with @error set
 */
char *
hyr_plan_export_icalendar (GPtrArray  *plans,
                           GError    **error)
{
  return hyr_plan_export_icalendar_full (plans, "km", "kg", error);
}

/**
 * hyr_plan_export_icalendar_full:
 * @plans: (element-type HyrWeekPlan): the weeks to export
 * @distance_unit: (nullable): the unit of the runs' structure and paces,
 *   "km" or "mi"; %NULL for km
 * @mass_unit: (nullable): the unit of the loads, "kg" or "lb"; %NULL for kg
 * @error: return location for a #GError
 *
 * Writes the sessions of @plans as iCalendar (RFC 5545) events, written by
 * libical: each with its title as summary, and as description a run's
 * structure (as hyr_workout_steps_format() writes it, in @distance_unit),
 * the status of a session of a week that has begun, its reason, and its
 * sets (as hyr_lift_set_format_sets() writes them, loads in @mass_unit), and its start and end in the local time zone, which the
 * calendar carries as a VTIMEZONE. When libical does not know the local
 * zone, the times are written in UTC instead, which every calendar shows
 * at the right local time.
 *
 * Fails as hyr_plan_export_json() does, and with
 * %HYR_PLAN_EXPORT_ERROR_FAILED when libical names the local zone but has
 * no definition of it.
 *
 * Returns: (transfer full): the iCalendar text, or %NULL with @error set
 */
char *
hyr_plan_export_icalendar_full (GPtrArray   *plans,
                                const char  *distance_unit,
                                const char  *mass_unit,
                                GError     **error)
{
  g_autoptr(GTimeZone) local = NULL;
  ICalComponent *calendar;
  ICalTime *stamp;
  ICalTimezone *zone = NULL;
  const char *tzid;
  char *text;

  g_return_val_if_fail (plans != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_plans (plans, error))
    return NULL;

  local = g_time_zone_new_local ();
  tzid = g_time_zone_get_identifier (local);
  if (tzid != NULL && g_strcmp0 (tzid, "UTC") != 0 && g_strcmp0 (tzid, "Etc/UTC") != 0)
    zone = i_cal_timezone_get_builtin_timezone (tzid);

  calendar = i_cal_component_new_vcalendar ();
  i_cal_component_take_property (calendar, i_cal_property_new_version ("2.0"));
  i_cal_component_take_property (calendar, i_cal_property_new_prodid (PRODID));

  if (zone != NULL)
    {
      ICalComponent *vtimezone = i_cal_timezone_get_component (zone);

      if (vtimezone == NULL)
        {
          g_set_error (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_FAILED,
                       "libical has no definition of the time zone “%s”", tzid);
          g_object_unref (calendar);
          return NULL;
        }

      /* The zone keeps its own component; the calendar gets a copy. */
      i_cal_component_take_component (calendar, i_cal_component_clone (vtimezone));
      g_object_unref (vtimezone);
    }

  stamp = i_cal_time_new_current_with_zone (i_cal_timezone_get_utc_timezone ());

  for (guint p = 0; p < plans->len; p++)
    {
      HyrWeekPlan *plan = g_ptr_array_index (plans, p);
      GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
      g_autofree char *week = _hyr_format_date (hyr_week_plan_get_week_start (plan));

      for (guint i = 0; i < sessions->len; i++)
        {
          HyrSession *session = g_ptr_array_index (sessions, i);
          GDateTime *start = hyr_session_get_day (session);
          g_autoptr(GDateTime) end = g_date_time_add_seconds (start,
                                                              hyr_session_get_duration (session));
          g_autofree char *uid = g_strdup_printf ("%s-%u@hypertrophy-running", week, i);
          g_autofree char *description = describe_session (session, distance_unit, mass_unit);
          g_autofree char *summary = g_strdup (hyr_session_get_title (session));
          ICalComponent *event = i_cal_component_new_vevent ();

          i_cal_component_take_property (event, i_cal_property_new_uid (uid));
          i_cal_component_take_property (event, i_cal_property_new_dtstamp (stamp));
          i_cal_component_take_property (event, time_property (i_cal_property_new_dtstart,
                                                               start, zone));
          i_cal_component_take_property (event, time_property (i_cal_property_new_dtend,
                                                               end, zone));
          i_cal_component_take_property (event,
                                         i_cal_property_new_summary (strip_soft_hyphens (summary)));
          i_cal_component_take_property (event,
                                         i_cal_property_new_description (strip_soft_hyphens (description)));
          i_cal_component_take_property (event,
                                         i_cal_property_new_categories (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN
                                                                        ? _("Running") : _("Strength training")));
          i_cal_component_take_component (calendar, event);
        }
    }

  text = i_cal_component_as_ical_string (calendar);
  g_object_unref (stamp);
  g_object_unref (calendar);

  return text;
}
