/* test-plan-export.c — JSON and iCalendar exports, read back
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#define LIBICAL_GLIB_UNSTABLE_API 1
#include <libical-glib/libical-glib.h>

#include "hyr.h"
#include "planner-fixture-store.h"

static GPtrArray *
make_plans (guint n_weeks)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 3, 4, 12, 0, 0);
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  g_autoptr(HyrPlanner) planner = NULL;
  HyrProfile *profile;
  GPtrArray *plans;

  for (int w = 1; w <= 6; w++)
    for (int d = 1; d < 7; d += 2)
      {
        g_autoptr(GDateTime) start = g_date_time_add_full (monday, 0, 0, -7 * w + d, 7, 0, 0);

        planner_fixture_store_add_run (store, start, 7, 350, 145, 20, 0, NULL);
      }

  planner = hyr_planner_new (HYR_ACTIVITY_STORE (store), state);
  hyr_planner_set_today (planner, today);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_training_max (profile, HYR_LIFT_SQUAT, 110);
  hyr_profile_set_training_max (profile, HYR_LIFT_DEADLIFT, 140);
  hyr_profile_set_training_max (profile, HYR_LIFT_BENCH_PRESS, 85);
  hyr_profile_set_training_max (profile, HYR_LIFT_OVERHEAD_PRESS, 55);

  plans = hyr_planner_plan_range (planner, monday, n_weeks, &error);
  g_assert_no_error (error);
  return plans;
}

static void
assert_session_matches (JsonObject *object,
                        HyrSession *session)
{
  g_autoptr(GDateTime) day = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "day"), NULL);
  JsonArray *exercises = json_object_get_array_member (object, "exercises");
  GPtrArray *expected = hyr_session_get_exercises (session);

  g_assert_true (g_date_time_equal (day, hyr_session_get_day (session)));
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, hyr_session_get_title (session));
  g_assert_cmpstr (json_object_get_string_member (object, "reason"), ==, hyr_session_get_reason (session));
  g_assert_cmpfloat (json_object_get_double_member (object, "duration"), ==, hyr_session_get_duration (session));
  g_assert_cmpuint (json_array_get_length (exercises), ==, expected->len);

  if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN)
    {
      GEnumValue *kind = g_enum_get_value (g_type_class_peek (HYR_TYPE_RUN_KIND),
                                           hyr_session_get_run_kind (session));

      g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "run");
      g_assert_cmpstr (json_object_get_string_member (object, "run-kind"), ==, kind->value_nick);
      g_assert_cmpfloat (json_object_get_double_member (object, "distance"), ==, hyr_session_get_distance (session));
      g_assert_true (json_object_has_member (object, "shoe-id"));
    }
  else
    {
      g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "lift");
      g_assert_cmpint (json_object_get_boolean_member (object, "heavy-legs"), ==,
                       hyr_session_get_heavy_legs (session));
    }

  for (guint e = 0; e < expected->len; e++)
    {
      HyrExercise *exercise = g_ptr_array_index (expected, e);
      JsonObject *read = json_array_get_object_element (exercises, e);
      JsonArray *sets = json_object_get_array_member (read, "sets");

      g_assert_cmpstr (json_object_get_string_member (read, "name"), ==, hyr_exercise_get_name (exercise));
      g_assert_cmpuint (json_array_get_length (sets), ==, hyr_exercise_get_sets (exercise)->len);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (read, "muscles")), ==,
                        g_strv_length ((char **)hyr_exercise_get_muscles (exercise)));

      for (guint s = 0; s < json_array_get_length (sets); s++)
        {
          JsonObject *set = json_array_get_object_element (sets, s);
          HyrLiftSet *lift_set = g_ptr_array_index (hyr_exercise_get_sets (exercise), s);

          /* A load not known yet is null, never 0 kg. */
          if (hyr_lift_set_get_weight (lift_set) > 0)
            g_assert_cmpfloat (json_object_get_double_member (set, "weight"), ==,
                               hyr_lift_set_get_weight (lift_set));
          else
            g_assert_true (json_object_get_null_member (set, "weight"));
          g_assert_cmpint (json_object_get_int_member (set, "reps"), ==, hyr_lift_set_get_reps (lift_set));
          if (hyr_lift_set_get_reps_max (lift_set) > 0)
            g_assert_cmpint (json_object_get_int_member (set, "reps-max"), ==,
                             hyr_lift_set_get_reps_max (lift_set));
          else
            g_assert_false (json_object_has_member (set, "reps-max"));
          if (hyr_lift_set_get_rir (lift_set) >= 0)
            g_assert_cmpfloat (json_object_get_double_member (set, "rir"), ==,
                               hyr_lift_set_get_rir (lift_set));
          else
            g_assert_false (json_object_has_member (set, "rir"));
          g_assert_cmpint (json_object_get_boolean_member (set, "amrap"), ==, hyr_lift_set_get_amrap (lift_set));
          g_assert_cmpfloat (json_object_get_double_member (set, "percent"), ==, hyr_lift_set_get_percent (lift_set));
        }
    }
}

static void
assert_week_matches (JsonObject  *object,
                     HyrWeekPlan *plan)
{
  JsonArray *sessions = json_object_get_array_member (object, "sessions");
  JsonObject *muscles = json_object_get_object_member (object, "sets-per-muscle");
  JsonArray *warnings = json_object_get_array_member (object, "warnings");
  const char * const *expected_warnings = hyr_week_plan_get_warnings (plan);
  g_autofree char *week_start = g_date_time_format (hyr_week_plan_get_week_start (plan), "%Y-%m-%d");
  g_autoptr(GList) names = json_object_get_members (muscles);

  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, HYR_WEEK_PLAN_JSON_VERSION);
  g_assert_cmpstr (json_object_get_string_member (object, "week-start"), ==, week_start);
  g_assert_cmpint (json_object_get_boolean_member (object, "recovery-week"), ==,
                   hyr_week_plan_get_recovery_week (plan));
  g_assert_cmpint (json_object_get_int_member (object, "wave-week"), ==, hyr_week_plan_get_wave_week (plan));
  g_assert_cmpstr (json_object_get_string_member (object, "summary"), ==, hyr_week_plan_get_summary (plan));
  g_assert_cmpfloat (json_object_get_double_member (object, "run-distance"), ==,
                     hyr_week_plan_get_run_distance (plan));
  g_assert_cmpuint (json_array_get_length (warnings), ==, g_strv_length ((char **)expected_warnings));
  for (guint i = 0; expected_warnings[i] != NULL; i++)
    g_assert_cmpstr (json_array_get_string_element (warnings, i), ==, expected_warnings[i]);

  g_assert_cmpuint (g_list_length (names), ==, 8);
  for (const GList *l = names; l != NULL; l = l->next)
    g_assert_cmpfloat (json_object_get_double_member (muscles, l->data), ==,
                       hyr_week_plan_get_muscle_sets (plan, l->data));

  g_assert_cmpuint (json_array_get_length (sessions), ==, hyr_week_plan_get_sessions (plan)->len);
  for (guint i = 0; i < json_array_get_length (sessions); i++)
    assert_session_matches (json_array_get_object_element (sessions, i),
                            g_ptr_array_index (hyr_week_plan_get_sessions (plan), i));
}

static guint
count_unloaded_sets (GPtrArray *plans)
{
  guint n = 0;

  for (guint p = 0; p < plans->len; p++)
    {
      GPtrArray *sessions = hyr_week_plan_get_sessions (g_ptr_array_index (plans, p));

      for (guint i = 0; i < sessions->len; i++)
        {
          GPtrArray *exercises = hyr_session_get_exercises (g_ptr_array_index (sessions, i));

          for (guint e = 0; e < exercises->len; e++)
            {
              GPtrArray *sets = hyr_exercise_get_sets (g_ptr_array_index (exercises, e));

              for (guint k = 0; k < sets->len; k++)
                n += hyr_lift_set_get_weight (g_ptr_array_index (sets, k)) == 0;
            }
        }
    }

  return n;
}

static void
test_json_round_trip (void)
{
  g_autoptr(GPtrArray) plans = make_plans (2);
  HyrWeekPlan *plan = g_ptr_array_index (plans, 0);
  g_autofree char *text = hyr_week_plan_to_json (plan);
  g_autofree char *range_text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) range_parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *weeks;

  /* The assistance work's sets have no load yet: the null weights are
   * tested, not only the numbers. */
  g_assert_cmpuint (count_unloaded_sets (plans), >, 0);

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  assert_week_matches (json_node_get_object (json_parser_get_root (parser)), plan);

  range_text = hyr_plan_export_json (plans, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (range_parser, range_text, -1, &error));
  g_assert_no_error (error);
  weeks = json_object_get_array_member (json_node_get_object (json_parser_get_root (range_parser)), "weeks");
  g_assert_cmpuint (json_array_get_length (weeks), ==, 2);
  for (guint i = 0; i < 2; i++)
    assert_week_matches (json_array_get_object_element (weeks, i), g_ptr_array_index (plans, i));
}

static guint
count_sessions (GPtrArray *plans)
{
  guint n = 0;

  for (guint i = 0; i < plans->len; i++)
    n += hyr_week_plan_get_sessions (g_ptr_array_index (plans, i))->len;

  return n;
}

static HyrSession *
session_by_uid (GPtrArray  *plans,
                const char *uid)
{
  for (guint p = 0; p < plans->len; p++)
    {
      HyrWeekPlan *plan = g_ptr_array_index (plans, p);
      GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
      g_autofree char *week = g_date_time_format (hyr_week_plan_get_week_start (plan), "%Y-%m-%d");

      for (guint i = 0; i < sessions->len; i++)
        {
          g_autofree char *expected = g_strdup_printf ("%s-%u@hypertrophy-running", week, i);

          if (g_str_equal (expected, uid))
            return g_ptr_array_index (sessions, i);
        }
    }

  return NULL;
}

/* Parsed back with libical: one event per session, each with its title,
 * a description holding the reason and the sets, and local start and end
 * times in the zone the calendar defines. */
static void
check_icalendar (const char *expected_tzid)
{
  g_autoptr(GPtrArray) plans = make_plans (3);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = hyr_plan_export_icalendar (plans, &error);
  ICalComponent *calendar;
  ICalComponent *event;
  guint n_events = 0;

  g_assert_no_error (error);
  g_assert_nonnull (text);

  calendar = i_cal_parser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (i_cal_component_isa (calendar), ==, I_CAL_VCALENDAR_COMPONENT);

  if (expected_tzid != NULL)
    {
      ICalComponent *vtimezone = i_cal_component_get_first_component (calendar, I_CAL_VTIMEZONE_COMPONENT);
      ICalProperty *tzid;

      g_assert_nonnull (vtimezone);
      tzid = i_cal_component_get_first_property (vtimezone, I_CAL_TZID_PROPERTY);
      g_assert_nonnull (strstr (i_cal_property_get_tzid (tzid), expected_tzid));
      g_object_unref (tzid);
      g_object_unref (vtimezone);
    }

  for (event = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
       event != NULL;
       event = i_cal_component_get_next_component (calendar, I_CAL_VEVENT_COMPONENT))
    {
      HyrSession *session = session_by_uid (plans, i_cal_component_get_uid (event));
      ICalTime *start = i_cal_component_get_dtstart (event);
      ICalTime *end = i_cal_component_get_dtend (event);
      g_autoptr(GDateTime) local = g_date_time_to_local (hyr_session_get_day (session));
      const char *description = i_cal_component_get_description (event);
      GPtrArray *exercises;

      g_assert_nonnull (session);
      n_events++;
      g_assert_cmpstr (i_cal_component_get_summary (event), ==, hyr_session_get_title (session));
      g_assert_nonnull (strstr (description, hyr_session_get_reason (session)));

      /* Every exercise with its sets as the Planner tab writes them, in
       * kg; a load not known yet is left out, never "0 kg". */
      exercises = hyr_session_get_exercises (session);
      for (guint e = 0; e < exercises->len; e++)
        {
          HyrExercise *exercise = g_ptr_array_index (exercises, e);
          g_autofree char *sets = hyr_lift_set_format_sets (hyr_exercise_get_sets (exercise), "kg", ", ");
          g_autofree char *line = g_strdup_printf ("%s: %s", hyr_exercise_get_name (exercise), sets);

          g_assert_nonnull (strstr (description, line));
        }
      g_assert_null (strstr (description, " 0 kg"));

      /* The wall-clock time the user sees is the session's. */
      g_assert_cmpint (i_cal_time_get_year (start), ==, g_date_time_get_year (local));
      g_assert_cmpint (i_cal_time_get_month (start), ==, g_date_time_get_month (local));
      g_assert_cmpint (i_cal_time_get_day (start), ==, g_date_time_get_day_of_month (local));
      g_assert_cmpint (i_cal_time_get_hour (start), ==, g_date_time_get_hour (local));
      g_assert_cmpint (i_cal_time_as_timet (end) - i_cal_time_as_timet (start), ==,
                       (gint64)hyr_session_get_duration (session));

      if (expected_tzid != NULL)
        g_assert_nonnull (strstr (i_cal_time_get_tzid (start), expected_tzid));
      else
        g_assert_true (i_cal_time_is_utc (start));

      g_object_unref (start);
      g_object_unref (end);
      g_object_unref (event);
    }

  g_assert_cmpuint (n_events, ==, count_sessions (plans));
  g_object_unref (calendar);
}

static void
test_icalendar_local_zone (void)
{
  check_icalendar ("Europe/Berlin");
}

static void
test_icalendar_utc (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("TZ", "UTC", TRUE);
      check_icalendar (NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* In pounds where the user weighs in pounds: every set of the three weeks
 * is written in lb, and some have a load to write. */
static void
test_icalendar_pounds (void)
{
  g_autoptr(GPtrArray) plans = make_plans (3);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = hyr_plan_export_icalendar_full (plans, "km", "lb", &error);
  ICalComponent *calendar;
  ICalComponent *event;
  guint n_pounds = 0;

  g_assert_no_error (error);
  calendar = i_cal_parser_parse_string (text);
  g_assert_nonnull (calendar);

  for (event = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
       event != NULL;
       event = i_cal_component_get_next_component (calendar, I_CAL_VEVENT_COMPONENT))
    {
      HyrSession *session = session_by_uid (plans, i_cal_component_get_uid (event));
      GPtrArray *exercises = hyr_session_get_exercises (session);
      const char *description = i_cal_component_get_description (event);

      for (guint e = 0; e < exercises->len; e++)
        {
          HyrExercise *exercise = g_ptr_array_index (exercises, e);
          g_autofree char *sets = hyr_lift_set_format_sets (hyr_exercise_get_sets (exercise), "lb", ", ");
          g_autofree char *line = g_strdup_printf ("%s: %s\n", hyr_exercise_get_name (exercise), sets);
          g_autofree char *with_end = g_strconcat (description, "\n", NULL);

          g_assert_nonnull (strstr (with_end, line));
          g_assert_null (strstr (sets, " kg"));
          n_pounds += strstr (sets, " lb") != NULL;
        }

      g_object_unref (event);
    }

  g_assert_cmpuint (n_pounds, >, 0);
  g_object_unref (calendar);
}

/* German titles carry soft hyphens, so that a narrow card breaks
 * "Regenerations-lauf" and not "Regenerationsl-auf"; a file for other
 * programs has the words whole. */
static void
test_no_soft_hyphens (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("HYR_BUILD_DIR"), "po", NULL);
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *ical = NULL;
  gboolean hyphenated = FALSE;

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }
  g_setenv ("LANGUAGE", "de", TRUE);
  bindtextdomain ("hypertrophy-running", localedir);
  bind_textdomain_codeset ("hypertrophy-running", "UTF-8");

  plans = make_plans (4);
  for (guint w = 0; w < plans->len; w++)
    {
      GPtrArray *sessions = hyr_week_plan_get_sessions (g_ptr_array_index (plans, w));

      for (guint i = 0; i < sessions->len; i++)
        hyphenated |= strstr (hyr_session_get_title (g_ptr_array_index (sessions, i)), "\xc2\xad") != NULL;
    }
  json = hyr_plan_export_json (plans, &error);
  g_assert_no_error (error);
  ical = hyr_plan_export_icalendar (plans, &error);
  g_assert_no_error (error);

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, old_locale);

  g_assert_true (hyphenated);
  g_assert_null (strstr (json, "\xc2\xad"));
  g_assert_null (strstr (ical, "\xc2\xad"));
  g_assert_nonnull (strstr (json, "Ober"));
}

/* The exports fail in a domain of their own, no longer the planner's. */
static void
test_export_errors (void)
{
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GPtrArray) not_plans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *json = NULL;

  g_assert_cmpstr (g_quark_to_string (HYR_PLAN_EXPORT_ERROR), ==, "hyr-plan-export-error-quark");
  g_assert_cmpuint (HYR_PLAN_EXPORT_ERROR, !=, HYR_PLANNER_ERROR);

  ics = hyr_plan_export_icalendar (empty, &error);
  g_assert_error (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_NO_WEEKS);
  g_assert_false (g_error_matches (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT));
  g_assert_null (ics);
  g_clear_error (&error);

  json = hyr_plan_export_json (empty, &error);
  g_assert_error (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_NO_WEEKS);
  g_assert_null (json);
  g_clear_error (&error);

  /* A binding can hand over any object in the array. */
  g_ptr_array_add (not_plans, g_object_new (G_TYPE_OBJECT, NULL));
  json = hyr_plan_export_json (not_plans, &error);
  g_assert_error (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_INVALID_ARGUMENT);
  g_assert_null (json);
  g_clear_error (&error);

  ics = hyr_plan_export_icalendar_full (not_plans, "mi", "lb", &error);
  g_assert_error (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_INVALID_ARGUMENT);
  g_assert_null (ics);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("TZ") == NULL || !g_str_equal (g_getenv ("TZ"), "UTC"))
    g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-export/json-round-trip", test_json_round_trip);
  g_test_add_func ("/plan-export/icalendar-local-zone", test_icalendar_local_zone);
  g_test_add_func ("/plan-export/icalendar-utc", test_icalendar_utc);
  g_test_add_func ("/plan-export/icalendar-pounds", test_icalendar_pounds);
  g_test_add_func ("/plan-export/errors", test_export_errors);
  g_test_add_func ("/plan-export/no-soft-hyphens", test_no_soft_hyphens);

  return g_test_run ();
}
