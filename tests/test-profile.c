/* test-profile.c — the profile and the lift log in the state
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr.h"
#include "hyr-test-store.h"
#include "planner-fixture-store.h"

static char *
state_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-profile-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "state.json", NULL);
}

static int
ymd (GDateTime *when)
{
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);
  return year * 10000 + month * 100 + day;
}

static HyrState *
reload (const char *path)
{
  g_autoptr(GError) error = NULL;
  HyrState *state = hyr_state_load (path, &error);

  g_assert_no_error (error);
  return state;
}

static void
test_defaults (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  HyrProfile *profile = hyr_state_get_profile (state);

  g_assert_true (hyr_state_get_profile (state) == profile);
  g_assert_cmpfloat (hyr_profile_get_body_mass (profile), ==, 0);
  g_assert_cmpint (hyr_profile_get_goal (profile), ==, HYR_GOAL_HYPERTROPHY);
  g_assert_cmpuint (hyr_profile_get_run_days (profile), ==, 3);
  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, 3);
  g_assert_cmpint (hyr_profile_get_long_run_day (profile), ==, G_DATE_SUNDAY);
  g_assert_null (hyr_profile_get_race_date (profile));
  g_assert_null (hyr_profile_get_block_start (profile));
  g_assert_cmpfloat (hyr_profile_get_plate_increment (profile), ==, 2.5);
  for (HyrLift lift = HYR_LIFT_SQUAT; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
    {
      g_assert_cmpfloat (hyr_profile_get_training_max (profile, lift), ==, 0);
      g_assert_null (hyr_profile_get_training_max_since (profile, lift));
    }
}

static void
on_changed (HyrProfile *profile,
            guint      *count)
{
  (*count)++;
}

static void
test_round_trip (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrState) loaded = NULL;
  g_autoptr(GDateTime) race = g_date_time_new_local (2026, 10, 11, 9, 30, 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (state);
  HyrProfile *again;
  JsonObject *section, *squat;
  guint changes = 0;
  g_autofree char *today = NULL;

  g_signal_connect (profile, "changed", G_CALLBACK (on_changed), &changes);

  hyr_profile_set_body_mass (profile, 82.5);
  hyr_profile_set_goal (profile, HYR_GOAL_MARATHON);
  hyr_profile_set_run_days (profile, 5);
  hyr_profile_set_lift_days (profile, 2);
  hyr_profile_set_long_run_day (profile, G_DATE_SATURDAY);
  hyr_profile_set_race_date (profile, race);
  hyr_profile_set_plate_increment (profile, 2.26796);
  hyr_profile_set_lifting_novice (profile, TRUE);
  /* A tested 1RM of 150 kg gives a training max of 135 kg. */
  hyr_profile_set_one_rep_max (profile, HYR_LIFT_SQUAT, 150);
  hyr_profile_set_training_max (profile, HYR_LIFT_BENCH_PRESS, 80);
  g_assert_cmpuint (changes, ==, 10);
  g_assert_cmpfloat_with_epsilon (hyr_profile_get_training_max (profile, HYR_LIFT_SQUAT), 135, 1e-9);

  /* Only the calendar date of the race is kept. */
  g_assert_cmpint (ymd (hyr_profile_get_race_date (profile)), ==, 20261011);
  g_assert_cmpint (g_date_time_get_hour (hyr_profile_get_race_date (profile)), ==, 0);

  g_assert_true (hyr_profile_save (profile, &error));
  g_assert_no_error (error);

  section = hyr_state_get_section (state, "profile");
  g_assert_cmpstr (json_object_get_string_member (section, "goal"), ==, "marathon");
  g_assert_cmpstr (json_object_get_string_member (section, "race-date"), ==, "2026-10-11");
  squat = json_object_get_object_member (json_object_get_object_member (section, "training-maxes"),
                                         "squat");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (squat, "kg"), 135, 1e-9);
  today = g_date_time_format (now, "%Y-%m-%d");
  g_assert_cmpstr (json_object_get_string_member (squat, "since"), ==, today);

  loaded = reload (path);
  again = hyr_state_get_profile (loaded);
  g_assert_cmpfloat (hyr_profile_get_body_mass (again), ==, 82.5);
  g_assert_cmpint (hyr_profile_get_goal (again), ==, HYR_GOAL_MARATHON);
  g_assert_cmpuint (hyr_profile_get_run_days (again), ==, 5);
  g_assert_cmpuint (hyr_profile_get_lift_days (again), ==, 2);
  g_assert_cmpint (hyr_profile_get_long_run_day (again), ==, G_DATE_SATURDAY);
  g_assert_cmpint (ymd (hyr_profile_get_race_date (again)), ==, 20261011);
  g_assert_cmpfloat (hyr_profile_get_plate_increment (again), ==, 2.26796);
  g_assert_true (hyr_profile_get_lifting_novice (again));
  g_assert_cmpfloat_with_epsilon (hyr_profile_get_training_max (again, HYR_LIFT_SQUAT), 135, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_profile_get_training_max (again, HYR_LIFT_BENCH_PRESS), 80, 1e-9);
  g_assert_cmpfloat (hyr_profile_get_training_max (again, HYR_LIFT_DEADLIFT), ==, 0);
  g_assert_nonnull (hyr_profile_get_training_max_since (again, HYR_LIFT_SQUAT));
}

/* One body mass for every view: the host's latest record unless the user
 * chose to override it in the profile; the profile's without a record. */
static void
test_body_mass_resolved (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrState) loaded = NULL;
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (state);
  HyrBodyMassSource source;

  g_assert_false (hyr_profile_get_body_mass_override (profile));

  /* Nothing known anywhere. */
  g_assert_cmpfloat (hyr_profile_resolve_body_mass (profile, HYR_ACTIVITY_STORE (store), now, &source),
                     ==, 0);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_NONE);

  /* Entered, no record: the entered one. */
  hyr_profile_set_body_mass (profile, 82.5);
  g_assert_cmpfloat (hyr_profile_resolve_body_mass (profile, HYR_ACTIVITY_STORE (store), now, &source),
                     ==, 82.5);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_PROFILE);
  g_assert_cmpfloat (hyr_profile_resolve_body_mass (profile, NULL, now, &source), ==, 82.5);

  /* A record in the tracker wins over a value entered earlier. */
  hyr_test_store_set_body_mass (store, 79.0);
  g_assert_cmpfloat (hyr_profile_resolve_body_mass (profile, HYR_ACTIVITY_STORE (store), now, &source),
                     ==, 79.0);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_HOST);

  /* Unless the user overrides it, which is kept in the state. */
  hyr_profile_set_body_mass_override (profile, TRUE);
  g_assert_cmpfloat (hyr_profile_resolve_body_mass (profile, HYR_ACTIVITY_STORE (store), now, &source),
                     ==, 82.5);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_PROFILE);
  g_assert_true (hyr_profile_save (profile, &error));
  g_assert_no_error (error);

  loaded = reload (path);
  g_assert_true (hyr_profile_get_body_mass_override (hyr_state_get_profile (loaded)));
  g_assert_cmpfloat (hyr_profile_resolve_body_mass (hyr_state_get_profile (loaded),
                                                    HYR_ACTIVITY_STORE (store), now, &source),
                     ==, 82.5);

  /* An override without a usable mass is no override. */
  hyr_profile_set_body_mass (profile, 0);
  g_assert_cmpfloat (hyr_profile_resolve_body_mass (profile, HYR_ACTIVITY_STORE (store), now, &source),
                     ==, 79.0);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_HOST);
}

/* First run: guesses from the history. Six weeks before Monday 2 March
 * 2026 with runs on Tuesday, Thursday and Sunday (the longest), and a
 * Saturday run in two of them: (6 × 3 + 2) ÷ 6 = 3.3 → 3 run days, the
 * long run on Sunday; walks do not count. A logged squat AMRAP set of
 * 100 kg × 5 estimates a 1RM of 100 × (1 + 5 ÷ 30) = 116.67 kg (Epley),
 * a training max of 105 kg. */
static void
test_first_run_guesses (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autoptr(HyrTestStore) empty = hyr_test_store_new ();
  g_autoptr(HyrLiftLog) log = hyr_lift_log_new (state);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 2, 12, 0, 0);
  g_autoptr(GDateTime) logged = g_date_time_new_local (2026, 2, 20, 18, 0, 0);
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (state);
  GDateWeekday long_run_day = 0;
  guint run_days = 0;

  g_assert_false (hyr_profile_get_saved (profile));

  for (int w = 1; w <= 6; w++)
    {
      g_autoptr(GDateTime) this_monday = g_date_time_new_local (2026, 3, 2, 7, 0, 0);
      g_autoptr(GDateTime) monday = g_date_time_add_days (this_monday, -7 * w);
      struct { int offset; double km; const char *sport; } runs[] = {
        { 1, 8, "Running" }, { 3, 6, "Running" }, { 6, 16, "Running" }, { 2, 5, "Walking" },
      };

      for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
        {
          g_autoptr(GDateTime) day = g_date_time_add_days (monday, runs[r].offset);
          g_autofree char *id = g_strdup_printf ("w%d-%u", w, r);

          hyr_test_store_add_activity (store, id, runs[r].sport, day, runs[r].km * 1000, 0, NULL);
        }
      if (w <= 2)
        {
          g_autoptr(GDateTime) saturday = g_date_time_add_days (monday, 5);
          g_autofree char *id = g_strdup_printf ("w%d-sat", w);

          hyr_test_store_add_activity (store, id, "Running", saturday, 5000, 0, NULL);
        }
    }

  g_assert_true (hyr_profile_guess_run_days (profile, HYR_ACTIVITY_STORE (store), now, &run_days, &long_run_day));
  g_assert_cmpuint (run_days, ==, 3);
  g_assert_cmpint (long_run_day, ==, G_DATE_SUNDAY);
  g_assert_false (hyr_profile_guess_run_days (profile, HYR_ACTIVITY_STORE (empty), now, &run_days, &long_run_day));

  g_assert_cmpfloat (hyr_profile_guess_training_max (profile, HYR_LIFT_SQUAT, now), ==, 0);
  g_assert_true (hyr_lift_log_record (log, HYR_LIFT_SQUAT, logged, 100, 5, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hyr_profile_guess_training_max (profile, HYR_LIFT_SQUAT, now),
                                  0.9 * 100 * (1 + 5 / 30.0), 1e-9);
  g_assert_cmpfloat (hyr_profile_guess_training_max (profile, HYR_LIFT_DEADLIFT, now), ==, 0);

  g_assert_true (hyr_profile_save (profile, &error));
  g_assert_no_error (error);
  g_assert_true (hyr_profile_get_saved (profile));
}

/* A hand-edited file cannot push the planner out of its ranges. */
static void
test_out_of_range_values_ignored (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  JsonObject *section = hyr_state_get_section (state, "profile");
  JsonObject *maxes = json_object_new ();
  JsonObject *squat = json_object_new ();
  HyrProfile *profile;

  json_object_set_int_member (section, "run-days", 9);
  json_object_set_int_member (section, "lift-days", -1);
  json_object_set_int_member (section, "long-run-day", 0);
  json_object_set_double_member (section, "plate-increment", -2.5);
  json_object_set_double_member (section, "body-mass", 1e9);
  json_object_set_string_member (section, "goal", "ultramarathon");
  json_object_set_string_member (section, "race-date", "2026-02-30");
  json_object_set_double_member (squat, "kg", 5000);
  json_object_set_object_member (maxes, "squat", squat);
  json_object_set_string_member (maxes, "bench-press", "heavy");
  json_object_set_object_member (section, "training-maxes", maxes);

  profile = hyr_state_get_profile (state);
  g_assert_cmpuint (hyr_profile_get_run_days (profile), ==, 3);
  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, 3);
  g_assert_cmpint (hyr_profile_get_long_run_day (profile), ==, 7);
  g_assert_cmpfloat (hyr_profile_get_plate_increment (profile), ==, 2.5);
  g_assert_cmpfloat (hyr_profile_get_body_mass (profile), ==, 0);
  g_assert_cmpint (hyr_profile_get_goal (profile), ==, HYR_GOAL_HYPERTROPHY);
  g_assert_null (hyr_profile_get_race_date (profile));
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_SQUAT), ==, 0);
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_BENCH_PRESS), ==, 0);
}

/* Someone else rewrites the section (a reload, another view): the shared
 * profile follows it. */
static void
test_follows_section (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  HyrProfile *profile = hyr_state_get_profile (state);
  guint changes = 0;

  g_signal_connect (profile, "changed", G_CALLBACK (on_changed), &changes);
  json_object_set_int_member (hyr_state_get_section (state, "profile"), "lift-days", 4);
  hyr_state_section_changed (state, "profile");

  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, 4);
  g_assert_cmpuint (changes, ==, 1);
}

/* A change of every section ("*") reloads the profile too; a change of
 * another section leaves it alone. */
static void
test_follows_every_section (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  HyrProfile *profile = hyr_state_get_profile (state);
  guint changes = 0;

  g_signal_connect (profile, "changed", G_CALLBACK (on_changed), &changes);
  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 5);

  hyr_state_section_changed (state, "shoes");
  g_assert_cmpuint (hyr_profile_get_run_days (profile), ==, 3);
  g_assert_cmpuint (changes, ==, 0);

  hyr_state_section_changed (state, "*");
  g_assert_cmpuint (hyr_profile_get_run_days (profile), ==, 5);
  g_assert_cmpuint (changes, ==, 1);
}

/* The file on disk is damaged, so the state is read-only and empty; the
 * user enters values the state cannot keep, then chooses "Start Afresh"
 * in the state banner, which sets the file aside and announces "*": the
 * profile shows what the now writable, empty state holds (the defaults),
 * and saving works again. */
static void
test_start_afresh (void)
{
  g_autofree char *path = state_path ();
  g_autofree char *moved_to = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) reloaded = NULL;
  HyrProfile *profile;
  guint changes = 0;

  g_assert_true (g_file_set_contents (path, "{ \"version\": 1, \"profile\": [", -1, &error));
  g_assert_no_error (error);
  g_assert_null (hyr_state_load (path, &error));
  g_assert_nonnull (error);
  state = hyr_state_new_read_only (path, error);
  g_clear_error (&error);

  profile = hyr_state_get_profile (state);
  hyr_profile_set_run_days (profile, 5);
  hyr_profile_set_training_max (profile, HYR_LIFT_SQUAT, 120);
  g_assert_false (hyr_profile_save (profile, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_clear_error (&error);
  hyr_profile_set_lift_days (profile, 2);

  g_signal_connect (profile, "changed", G_CALLBACK (on_changed), &changes);
  g_assert_true (hyr_state_set_aside (state, &moved_to, &error));
  g_assert_no_error (error);
  g_assert_nonnull (moved_to);
  hyr_state_section_changed (state, "*");

  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (hyr_profile_get_run_days (profile), ==, 3);
  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, 3);
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_SQUAT), ==, 0);

  hyr_profile_set_run_days (profile, 4);
  g_assert_true (hyr_profile_save (profile, &error));
  g_assert_no_error (error);
  reloaded = reload (path);
  g_assert_cmpuint (hyr_profile_get_run_days (hyr_state_get_profile (reloaded)), ==, 4);
}

/* A read-only state (the file on disk was damaged) refuses the save; the
 * profile and the section go back to what they were, nothing crashes. */
static void
test_read_only_save_reverts (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT, "bad");
  g_autoptr(HyrState) state = hyr_state_new_read_only (path, reason);
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (state);

  hyr_profile_set_run_days (profile, 5);
  hyr_profile_set_training_max (profile, HYR_LIFT_DEADLIFT, 150);

  g_assert_false (hyr_profile_save (profile, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_assert_cmpuint (hyr_profile_get_run_days (profile), ==, 3);
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_DEADLIFT), ==, 0);
  g_assert_false (json_object_has_member (hyr_state_get_section (state, "profile"), "run-days"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_lift_log (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrState) loaded = NULL;
  g_autoptr(HyrLiftLog) log = hyr_lift_log_new (state);
  g_autoptr(HyrLiftLog) loaded_log = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 18, 18, 0, 0);
  g_autoptr(GDateTime) other_day = g_date_time_new_local (2026, 3, 19, 7, 0, 0);
  g_autoptr(GError) error = NULL;
  double weight = 0;
  guint reps = 0, required = 0;

  g_assert_false (hyr_lift_log_lookup (log, HYR_LIFT_SQUAT, day, NULL, NULL, NULL));

  g_assert_true (hyr_lift_log_record (log, HYR_LIFT_SQUAT, day, 102.5, 7, 5, &error));
  g_assert_no_error (error);
  g_assert_true (hyr_lift_log_lookup (log, HYR_LIFT_SQUAT, day, &weight, &reps, &required));
  g_assert_cmpfloat (weight, ==, 102.5);
  g_assert_cmpuint (reps, ==, 7);
  g_assert_cmpuint (required, ==, 5);
  g_assert_false (hyr_lift_log_lookup (log, HYR_LIFT_SQUAT, other_day, NULL, NULL, NULL));
  g_assert_false (hyr_lift_log_lookup (log, HYR_LIFT_DEADLIFT, day, NULL, NULL, NULL));

  /* Correcting the same day replaces the entry. */
  g_assert_true (hyr_lift_log_record (log, HYR_LIFT_SQUAT, day, 102.5, 4, 5, &error));
  g_assert_no_error (error);

  loaded = reload (path);
  loaded_log = hyr_lift_log_new (loaded);
  g_assert_true (hyr_lift_log_lookup (loaded_log, HYR_LIFT_SQUAT, day, &weight, &reps, &required));
  g_assert_cmpuint (reps, ==, 4);

  g_assert_true (hyr_lift_log_remove (log, HYR_LIFT_SQUAT, day, &error));
  g_assert_no_error (error);
  g_assert_false (hyr_lift_log_lookup (log, HYR_LIFT_SQUAT, day, NULL, NULL, NULL));
  g_assert_true (hyr_lift_log_remove (log, HYR_LIFT_SQUAT, day, &error));
  g_assert_no_error (error);
}

static void
test_lift_log_read_only (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT, "bad");
  g_autoptr(HyrState) state = hyr_state_new_read_only (path, reason);
  g_autoptr(HyrLiftLog) log = hyr_lift_log_new (state);
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 18, 18, 0, 0);
  g_autoptr(GError) error = NULL;

  g_assert_false (hyr_lift_log_record (log, HYR_LIFT_BENCH_PRESS, day, 80, 5, 3, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_assert_false (hyr_lift_log_lookup (log, HYR_LIFT_BENCH_PRESS, day, NULL, NULL, NULL));
  g_assert_cmpuint (json_object_get_size (hyr_state_get_section (state, "lift-log")), ==, 0);
}

/* Issue 14: a training max "since" early in year 1 made the planner step
 * back past the first day GDateTime can hold and dereference NULL. Dates a
 * person cannot have meant are read as unknown, so the planner never sees
 * them. */
static void
test_absurd_dates_unknown (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) other = NULL;
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(HyrWeekPlan) week = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  HyrProfile *profile;

  g_assert_true (g_file_set_contents (path,
                                      "{\"schema-version\": 1, \"sections\": {\"profile\": {"
                                      "\"training-maxes\": {"
                                      "\"squat\": {\"kg\": 120, \"since\": \"0001-01-02\"}}}}}",
                                      -1, NULL));
  state = reload (path);
  profile = hyr_state_get_profile (state);
  g_assert_null (hyr_profile_get_training_max_since (profile, HYR_LIFT_SQUAT));
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_SQUAT), ==, 120);

  planner = hyr_planner_new (HYR_ACTIVITY_STORE (store), state);
  hyr_planner_set_today (planner, monday);
  week = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  g_assert_nonnull (week);

  g_assert_true (g_file_set_contents (path,
                                      "{\"schema-version\": 1, \"sections\": {\"profile\": {"
                                      "\"race-date\": \"9999-12-31\", \"block-start\": \"1899-12-31\","
                                      "\"training-maxes\": {"
                                      "\"deadlift\": {\"kg\": 150, \"since\": \"2026-03-02\"}}}}}",
                                      -1, NULL));
  other = reload (path);
  profile = hyr_state_get_profile (other);
  g_assert_null (hyr_profile_get_race_date (profile));
  g_assert_null (hyr_profile_get_block_start (profile));
  g_assert_cmpint (ymd (hyr_profile_get_training_max_since (profile, HYR_LIFT_DEADLIFT)),
                   ==, 20260302);

  /* The setters keep such days out too. */
  day = g_date_time_new (utc, 1, 1, 1, 12, 0, 0);
  hyr_profile_set_race_date (profile, day);
  hyr_profile_set_block_start (profile, day);
  g_assert_null (hyr_profile_get_race_date (profile));
  g_assert_null (hyr_profile_get_block_start (profile));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile/defaults", test_defaults);
  g_test_add_func ("/profile/round-trip", test_round_trip);
  g_test_add_func ("/profile/body-mass-resolved", test_body_mass_resolved);
  g_test_add_func ("/profile/first-run-guesses", test_first_run_guesses);
  g_test_add_func ("/profile/out-of-range-values-ignored", test_out_of_range_values_ignored);
  g_test_add_func ("/profile/follows-section", test_follows_section);
  g_test_add_func ("/profile/follows-every-section", test_follows_every_section);
  g_test_add_func ("/profile/start-afresh", test_start_afresh);
  g_test_add_func ("/profile/read-only-save-reverts", test_read_only_save_reverts);
  g_test_add_func ("/profile/absurd-dates-unknown", test_absurd_dates_unknown);
  g_test_add_func ("/lift-log/record-lookup-remove", test_lift_log);
  g_test_add_func ("/lift-log/read-only", test_lift_log_read_only);

  return g_test_run ();
}
