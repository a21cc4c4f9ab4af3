/* test-training-load.c — the load series against a naive reference
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <math.h>

#include <glib/gstdio.h>

#include "hyr.h"
#include "planner-fixture-store.h"

#define HISTORY_DAYS 200
#define SERIES_DAYS  120

typedef struct
{
  double load;
  double run_load;
  double lift_load;
  double run_distance;
} RefDay;

static void
assert_close (double      actual,
              double      expected,
              const char *what,
              guint       day)
{
  double tolerance = 1e-9 * MAX (1.0, fabs (expected));

  if (fabs (actual - expected) > tolerance)
    g_error ("%s on day %u: %.12g, expected %.12g", what, day, actual, expected);
}

/* A random but reproducible history of runs, strength sessions and rides,
 * every one with an RPE, so that each day's load is plain arithmetic:
 * session RPE × minutes. */
static PlannerFixtureStore *
make_history (GDateTime *first_day,
              RefDay    *reference,
              guint      n_days)
{
  PlannerFixtureStore *store = planner_fixture_store_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260105);

  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_full (first_day, 0, 0, d, 7, 15, 0);
      g_autoptr(GDateTime) evening = g_date_time_add_full (first_day, 0, 0, d, 18, 30, 0);

      if (g_rand_double (rand) < 0.6)
        {
          double km = g_rand_double_range (rand, 4, 22);
          double pace = g_rand_double_range (rand, 290, 420);
          double rpe = g_rand_int_range (rand, 2, 10);

          planner_fixture_store_add_run (store, morning, km, pace, 0, 0, rpe, NULL);
          reference[d].load += rpe * km * pace / 60.0;
          reference[d].run_load += rpe * km * pace / 60.0;
          reference[d].run_distance += km * 1000.0;
        }

      if (g_rand_double (rand) < 0.35)
        {
          double minutes = g_rand_double_range (rand, 40, 80);
          double rpe = g_rand_int_range (rand, 5, 9);

          planner_fixture_store_add_other (store, "Weight training", evening, minutes, 0, rpe);
          reference[d].load += rpe * minutes;
          reference[d].lift_load += rpe * minutes;
        }

      if (g_rand_double (rand) < 0.1)
        {
          double minutes = g_rand_double_range (rand, 30, 120);
          double rpe = g_rand_int_range (rand, 2, 6);

          planner_fixture_store_add_other (store, "Cycling", evening, minutes, 0, rpe);
          reference[d].load += rpe * minutes;
        }
    }

  return store;
}

/* The reference, written out as the definitions read rather than as the
 * library's recursion: CTL on day d is the closed-form exponentially
 * weighted sum Σ α (1 − α)^(d − k) load(k) over all days k ≤ d. */
static double
ewma (const RefDay *reference,
      guint         d,
      double        tau)
{
  double alpha = 1.0 - exp (-1.0 / tau);
  double sum = 0;

  for (guint k = 0; k <= d; k++)
    sum += alpha * pow (1.0 - alpha, d - k) * reference[k].load;

  return sum;
}

static void
check_against_reference (double ctl_tau,
                         double atl_tau)
{
  g_autoptr(GDateTime) first_day = g_date_time_new_local (2025, 6, 19, 0, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_add_days (first_day, HISTORY_DAYS - SERIES_DAYS);
  g_autoptr(GDateTime) to = g_date_time_add_days (first_day, HISTORY_DAYS);
  g_autofree RefDay *reference = g_new0 (RefDay, HISTORY_DAYS);
  g_autoptr(PlannerFixtureStore) store = make_history (first_day, reference, HISTORY_DAYS);
  g_autoptr(HyrLoadSeries) series = NULL;
  g_autoptr(GError) error = NULL;

  series = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (store), NULL, from, to,
                                           ctl_tau, atl_tau, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hyr_load_series_get_n_days (series), ==, SERIES_DAYS);
  g_assert_cmpfloat (hyr_load_series_get_ctl_time_constant (series), ==, ctl_tau);
  g_assert_cmpfloat (hyr_load_series_get_atl_time_constant (series), ==, atl_tau);
  g_assert_cmpuint (hyr_load_series_get_n_estimated (series), ==, 0);

  for (guint i = 0; i < SERIES_DAYS; i++)
    {
      HyrLoadDay *day = hyr_load_series_get_day (series, i);
      guint d = HISTORY_DAYS - SERIES_DAYS + i;
      g_autoptr(GDateTime) expected_date = g_date_time_add_days (first_day, d);
      double acute = 0, chronic = 0, mean, variance = 0, monotony;

      g_assert_true (g_date_time_equal (hyr_load_day_get_date (day), expected_date));
      g_assert_false (hyr_load_day_get_estimated (day));

      for (guint k = d - 6; k <= d; k++)
        acute += reference[k].load;
      for (guint k = d - 27; k <= d; k++)
        chronic += reference[k].load;
      chronic /= 4;

      mean = acute / 7;
      for (guint k = d - 6; k <= d; k++)
        variance += (reference[k].load - mean) * (reference[k].load - mean) / 7;
      monotony = variance > 0 ? mean / sqrt (variance) : 0;

      assert_close (hyr_load_day_get_load (day), reference[d].load, "load", d);
      assert_close (hyr_load_day_get_run_load (day), reference[d].run_load, "run load", d);
      assert_close (hyr_load_day_get_lift_load (day), reference[d].lift_load, "lift load", d);
      assert_close (hyr_load_day_get_run_distance (day), reference[d].run_distance, "distance", d);
      assert_close (hyr_load_day_get_ctl (day), ewma (reference, d, ctl_tau), "CTL", d);
      assert_close (hyr_load_day_get_atl (day), ewma (reference, d, atl_tau), "ATL", d);
      assert_close (hyr_load_day_get_tsb (day),
                    ewma (reference, d - 1, ctl_tau) - ewma (reference, d - 1, atl_tau), "TSB", d);
      assert_close (hyr_load_day_get_acute (day), acute, "acute", d);
      assert_close (hyr_load_day_get_chronic (day), chronic, "chronic", d);
      assert_close (hyr_load_day_get_ratio (day), acute / chronic, "ratio", d);
      assert_close (hyr_load_day_get_monotony (day), monotony, "monotony", d);
      assert_close (hyr_load_day_get_strain (day), acute * monotony, "strain", d);
    }
}

static void
test_default_time_constants (void)
{
  check_against_reference (42, 7);
}

static void
test_adjusted_time_constants (void)
{
  check_against_reference (28, 5);
  check_against_reference (60, 10);
}

/* Without an RPE from the host: an easy run gets RPE 3 from its kind, a
 * strength session without heart rate 6, a ride 3 + 40 × (HR ÷ the
 * typical running HR − 1) = 3 + 40 × (154 / 140 − 1) = 7. Each such day is
 * flagged as estimated. */
static void
test_estimated_rpe (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(GDateTime) first_day = g_date_time_new_local (2026, 1, 5, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_days (first_day, 14);
  g_autoptr(GDateTime) run_day = g_date_time_add_full (first_day, 0, 0, 10, 7, 0, 0);
  g_autoptr(GDateTime) lift_day = g_date_time_add_full (first_day, 0, 0, 11, 18, 0, 0);
  g_autoptr(GDateTime) ride_day = g_date_time_add_full (first_day, 0, 0, 12, 10, 0, 0);
  g_autoptr(HyrLoadSeries) series = NULL;
  g_autoptr(GError) error = NULL;

  for (guint d = 0; d < 10; d++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_full (first_day, 0, 0, d, 7, 0, 0);

      planner_fixture_store_add_run (store, start, 8, 360, 140, 0, 4, NULL);
    }

  planner_fixture_store_add_run (store, run_day, 8, 360, 0, 0, 0, NULL);
  planner_fixture_store_add_other (store, "Gym", lift_day, 60, 0, 0);
  planner_fixture_store_add_other (store, "Cycling", ride_day, 60, 154, 0);

  series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), first_day, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hyr_load_series_get_n_days (series), ==, 14);
  g_assert_cmpuint (hyr_load_series_get_n_sessions (series), ==, 13);
  g_assert_cmpuint (hyr_load_series_get_n_estimated (series), ==, 3);

  /* 10 recorded runs: RPE 4 × 48 min = 192. */
  g_assert_cmpfloat_with_epsilon (hyr_load_day_get_load (hyr_load_series_get_day (series, 9)), 192, 1e-9);
  g_assert_false (hyr_load_day_get_estimated (hyr_load_series_get_day (series, 9)));
  g_assert_cmpfloat_with_epsilon (hyr_load_day_get_load (hyr_load_series_get_day (series, 10)), 3 * 48, 1e-9);
  g_assert_true (hyr_load_day_get_estimated (hyr_load_series_get_day (series, 10)));
  g_assert_cmpfloat_with_epsilon (hyr_load_day_get_load (hyr_load_series_get_day (series, 11)), 6 * 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_load_day_get_lift_load (hyr_load_series_get_day (series, 11)), 6 * 60, 1e-9);
  g_assert_true (hyr_load_day_get_estimated (hyr_load_series_get_day (series, 11)));
  g_assert_cmpfloat_with_epsilon (hyr_load_day_get_load (hyr_load_series_get_day (series, 12)), 7 * 60, 1e-9);
  g_assert_true (hyr_load_day_get_estimated (hyr_load_series_get_day (series, 12)));
  g_assert_cmpfloat (hyr_load_day_get_load (hyr_load_series_get_day (series, 13)), ==, 0);
  g_assert_false (hyr_load_day_get_estimated (hyr_load_series_get_day (series, 13)));
}

static void
test_rpe_per_run_kind (void)
{
  g_assert_cmpfloat (hyr_training_load_estimate_rpe (HYR_RUN_KIND_RECOVERY), ==, 2);
  g_assert_cmpfloat (hyr_training_load_estimate_rpe (HYR_RUN_KIND_EASY), ==, 3);
  g_assert_cmpfloat (hyr_training_load_estimate_rpe (HYR_RUN_KIND_LONG), ==, 4);
  g_assert_cmpfloat (hyr_training_load_estimate_rpe (HYR_RUN_KIND_TEMPO), ==, 6);
  g_assert_cmpfloat (hyr_training_load_estimate_rpe (HYR_RUN_KIND_HILL), ==, 6);
  g_assert_cmpfloat (hyr_training_load_estimate_rpe (HYR_RUN_KIND_INTERVAL), ==, 7);
  g_assert_cmpfloat (hyr_training_load_estimate_rpe (HYR_RUN_KIND_RACE), ==, 9);
}

/* The series covers every calendar day whose midnight lies before @to. */
static void
test_days_and_lookup (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 3, 23, 10, 30, 0);
  g_autoptr(GDateTime) to_midnight = g_date_time_new_local (2026, 3, 30, 0, 0, 0);
  g_autoptr(GDateTime) to_morning = g_date_time_new_local (2026, 3, 30, 6, 0, 0);
  g_autoptr(GDateTime) inside = g_date_time_new_local (2026, 3, 29, 23, 0, 0);
  g_autoptr(GDateTime) outside = g_date_time_new_local (2026, 3, 22, 23, 0, 0);
  g_autoptr(HyrLoadSeries) week = NULL;
  g_autoptr(HyrLoadSeries) eight = NULL;
  g_autoptr(GError) error = NULL;
  HyrLoadDay *day;

  /* The week contains the change to summer time in Europe (29 March). */
  week = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), from, to_midnight, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hyr_load_series_get_n_days (week), ==, 7);

  eight = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), from, to_morning, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hyr_load_series_get_n_days (eight), ==, 8);

  day = hyr_load_series_lookup (week, inside);
  g_assert_nonnull (day);
  g_assert_true (day == hyr_load_series_get_day (week, 6));
  g_assert_cmpint (g_date_time_get_day_of_month (hyr_load_day_get_date (day)), ==, 29);
  g_assert_cmpint (g_date_time_get_hour (hyr_load_day_get_date (day)), ==, 0);
  g_assert_null (hyr_load_series_lookup (week, outside));
}

/* A runner who started 10 days before the series: a run a day at RPE 5
 * for 50 min (250 a day). On the series' first day the 28-day window
 * holds 11 days (2750, "chronic" 687.5 a week) against an acute load of
 * 1750: a ratio of 2.55, a "spike" made by the missing history. No ratio
 * is given until the 28th day of history. */
static void
test_ratio_needs_28_days (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_add_days (started, 10);
  g_autoptr(GDateTime) to = g_date_time_add_days (started, 40);
  g_autoptr(HyrLoadSeries) series = NULL;
  g_autoptr(GError) error = NULL;

  for (int d = 0; d < 40; d++)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_full (started, 0, 0, d, 7, 0, 0);

      planner_fixture_store_add_run (store, morning, 10, 300, 0, 0, 5, NULL);
    }

  series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), from, to, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < hyr_load_series_get_n_days (series); i++)
    {
      HyrLoadDay *day = hyr_load_series_get_day (series, i);
      guint history_days = 10 + i + 1;

      g_assert_cmpfloat (hyr_load_day_get_chronic (day), >, 0);
      if (history_days < 28)
        {
          g_assert_false (hyr_load_day_get_ratio_known (day));
          g_assert_cmpfloat (hyr_load_day_get_ratio (day), ==, 0);
        }
      else
        {
          /* 7 × 250 ÷ (28 × 250 ÷ 4) = 1 */
          g_assert_true (hyr_load_day_get_ratio_known (day));
          g_assert_cmpfloat_with_epsilon (hyr_load_day_get_ratio (day), 1, 1e-9);
        }
    }
}

/* Every figure of every day, to the last bit. */
static void
assert_identical_series (HyrLoadSeries *a,
                         HyrLoadSeries *b)
{
  g_assert_cmpuint (hyr_load_series_get_n_days (a), ==, hyr_load_series_get_n_days (b));
  g_assert_cmpuint (hyr_load_series_get_n_sessions (a), ==, hyr_load_series_get_n_sessions (b));
  g_assert_cmpuint (hyr_load_series_get_n_estimated (a), ==, hyr_load_series_get_n_estimated (b));

  for (guint i = 0; i < hyr_load_series_get_n_days (a); i++)
    {
      HyrLoadDay *x = hyr_load_series_get_day (a, i);
      HyrLoadDay *y = hyr_load_series_get_day (b, i);

      g_assert_true (g_date_time_equal (hyr_load_day_get_date (x), hyr_load_day_get_date (y)));
      g_assert_cmpint (hyr_load_day_get_estimated (x), ==, hyr_load_day_get_estimated (y));
      g_assert_cmpfloat (hyr_load_day_get_load (x), ==, hyr_load_day_get_load (y));
      g_assert_cmpfloat (hyr_load_day_get_run_load (x), ==, hyr_load_day_get_run_load (y));
      g_assert_cmpfloat (hyr_load_day_get_lift_load (x), ==, hyr_load_day_get_lift_load (y));
      g_assert_cmpfloat (hyr_load_day_get_run_distance (x), ==, hyr_load_day_get_run_distance (y));
      g_assert_cmpfloat (hyr_load_day_get_ctl (x), ==, hyr_load_day_get_ctl (y));
      g_assert_cmpfloat (hyr_load_day_get_atl (x), ==, hyr_load_day_get_atl (y));
      g_assert_cmpfloat (hyr_load_day_get_tsb (x), ==, hyr_load_day_get_tsb (y));
      g_assert_cmpfloat (hyr_load_day_get_acute (x), ==, hyr_load_day_get_acute (y));
      g_assert_cmpfloat (hyr_load_day_get_chronic (x), ==, hyr_load_day_get_chronic (y));
      g_assert_cmpint (hyr_load_day_get_ratio_known (x), ==, hyr_load_day_get_ratio_known (y));
      g_assert_cmpfloat (hyr_load_day_get_ratio (x), ==, hyr_load_day_get_ratio (y));
      g_assert_cmpfloat (hyr_load_day_get_monotony (x), ==, hyr_load_day_get_monotony (y));
      g_assert_cmpfloat (hyr_load_day_get_strain (x), ==, hyr_load_day_get_strain (y));
    }
}

/* The one in-memory history computes the series from its columns; the
 * host's store packs what it reads for the series, with the weeks before.
 * With estimated loads of every run kind (races by title and by distance,
 * hills, long runs, intervals), heart rates, a user's correction and
 * rides, and after a change of one day, both give the same series, to
 * the last bit. */
static void
test_history_same_as_host (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrActivityStore) history = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
  g_autoptr(GDateTime) first_day = g_date_time_new_local (2025, 6, 19, 0, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_add_days (first_day, 60);
  g_autoptr(GDateTime) to = g_date_time_add_days (first_day, 200);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autofree char *dir = g_dir_make_tmp ("hyr-load-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrRunClassifier) corrector = hyr_run_classifier_new (state);
  g_autoptr(GError) error = NULL;
  const char *corrected = NULL;

  for (guint d = 0; d < 200; d++)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_full (first_day, 0, 0, d, 7, 15, 0);
      g_autoptr(GDateTime) evening = g_date_time_add_full (first_day, 0, 0, d, 18, 30, 0);
      double pick = g_rand_double (rand);

      if (pick < 0.65)
        {
          double km = d % 29 == 0 ? 10.0 : d % 7 == 6 ? 24 : g_rand_double_range (rand, 3, 14);
          double pace = d % 29 == 0 ? 250 : g_rand_double_range (rand, 260, 420);
          double hr = d % 3 == 0 ? 0 : g_rand_double_range (rand, 120, 175);
          double ascent = d % 11 == 0 ? km * 30 : g_rand_double_range (rand, 0, 60);
          const char *title = d % 37 == 0 ? "City Parkrun" : d % 5 == 0 ? "Morning run" : NULL;
          double rpe = d % 4 == 0 ? g_rand_int_range (rand, 2, 10) : 0;
          HyrActivity *run = planner_fixture_store_add_run (store, morning, km, pace, hr, ascent, rpe, title);

          if (corrected == NULL && d > 80 && rpe == 0)
            corrected = hyr_activity_get_id (run);
        }
      if (pick > 0.5)
        planner_fixture_store_add_other (store, d % 2 ? "Weight training" : "Cycling", evening,
                                         g_rand_double_range (rand, 30, 90),
                                         d % 3 ? g_rand_double_range (rand, 100, 160) : 0, 0);
    }

  for (guint pass = 0; pass < 3; pass++)
    {
      g_autoptr(HyrLoadSeries) direct = NULL;
      g_autoptr(HyrLoadSeries) packed = NULL;

      if (pass == 1)
        {
          /* The user says one easy-looking run was an interval session. */
          g_assert_nonnull (corrected);
          g_assert_true (hyr_run_classifier_correct (corrector, corrected, HYR_RUN_KIND_INTERVAL, &error));
          g_assert_no_error (error);
        }
      else if (pass == 2)
        {
          /* A new run on day 150: the history re-reads that day only. */
          g_autoptr(GDateTime) day = g_date_time_add_days (first_day, 150);
          g_autoptr(GDateTime) noon = g_date_time_add_hours (day, 12);
          g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);

          planner_fixture_store_add_run (store, noon, 21.1, 280, 165, 10, 0, "Half marathon race");
          hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), day, next);
        }

      direct = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (store), state, from, to,
                                               42, 7, &error);
      g_assert_no_error (error);
      packed = hyr_training_load_compute_full (history, state, from, to, 42, 7, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hyr_load_series_get_n_estimated (direct), >, 100);
      assert_identical_series (direct, packed);
    }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The history keeps the last series it worked out and, after a change,
 * works out only the days from the week of the change on: the days
 * before are the very objects of the series before, those from the
 * change on new, and every figure is what a history read afresh gives.
 * Runs come in as a runner records them, on the last day, on a day weeks
 * back, in the warm-up before the range, after the range; a day is
 * re-read where nothing changed; a run moves the reference of the weeks
 * after it (a long run makes the next runs look short). */
static void
test_history_brought_up_to_date (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrActivityStore) history = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
  g_autoptr(GDateTime) first_day = g_date_time_new_local (2025, 1, 6, 0, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_add_days (first_day, 300);
  g_autoptr(GDateTime) to = g_date_time_add_days (first_day, 420);
  g_autoptr(HyrLoadSeries) before = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GError) error = NULL;
  /* Days from first_day: the last day of the range, four weeks back, in
   * the warm-up, after the range, and nothing new. */
  const int changes[] = { 419, 392, 200, 430, -1, 419, 305 };

  for (guint d = 0; d < 420; d++)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_full (first_day, 0, 0, d, 7, 0, 0);
      g_autoptr(GDateTime) evening = g_date_time_add_full (first_day, 0, 0, d, 19, 0, 0);

      if (g_rand_double (rand) < 0.7)
        planner_fixture_store_add_run (store, morning, g_rand_double_range (rand, 4, 16),
                                       g_rand_double_range (rand, 250, 420),
                                       d % 3 ? g_rand_double_range (rand, 120, 175) : 0,
                                       d % 13 == 0 ? 400 : 20, d % 5 == 0 ? 5 : 0, NULL);
      if (d % 3 == 1)
        planner_fixture_store_add_other (store, d % 2 ? "Weight training" : "Cycling", evening, 50,
                                         d % 4 ? 140 : 0, 0);
    }

  before = hyr_training_load_compute_full (history, NULL, from, to, 42, 7, &error);
  g_assert_no_error (error);

  for (guint c = 0; c < G_N_ELEMENTS (changes); c++)
    {
      g_autoptr(HyrActivityStore) fresh = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
      g_autoptr(HyrLoadSeries) after = NULL;
      g_autoptr(HyrLoadSeries) expected = NULL;
      int day = changes[c] >= 0 ? changes[c] : 350;
      g_autoptr(GDateTime) midnight = g_date_time_add_days (first_day, day);
      g_autoptr(GDateTime) next = g_date_time_add_days (midnight, 1);
      g_autoptr(GDateTime) noon = g_date_time_add_hours (midnight, 12);
      int first_changed = -1;

      if (changes[c] >= 0)
        planner_fixture_store_add_run (store, noon, c % 2 ? 32 : 8, 300, 150, 0, 0, NULL);
      hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), midnight, next);

      after = hyr_training_load_compute_full (history, NULL, from, to, 42, 7, &error);
      g_assert_no_error (error);
      expected = hyr_training_load_compute_full (fresh, NULL, from, to, 42, 7, &error);
      g_assert_no_error (error);
      assert_identical_series (after, expected);

      /* Kept up to the week of the change (from its Monday, less a day
       * for time zones), new from there on. */
      for (guint i = 0; i < hyr_load_series_get_n_days (after); i++)
        {
          if (hyr_load_series_get_day (after, i) != hyr_load_series_get_day (before, i))
            {
              first_changed = i;
              break;
            }
        }
      {
        int offset = day - 300;   /* from the range's first day */

        /* A day re-read with nothing new in it is worked out again too:
         * the history cannot tell. */
        if (offset >= (int)hyr_load_series_get_n_days (after))
          g_assert_cmpint (first_changed, ==, -1);
        else
          {
            g_assert_cmpint (first_changed, <=, MAX (offset, 0));
            g_assert_cmpint (first_changed, >=, MAX (offset - 8, 0));
          }
      }

      g_clear_object (&before);
      before = g_steal_pointer (&after);
    }
}

/* A series of the last weeks of a long history, from the history: the
 * runs of reference start hundreds of activities into it, and the first
 * activity of a week is a strength session, no run. The series is the
 * host's. */
static void
test_window_far_into_history (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrActivityStore) history = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
  g_autoptr(GDateTime) first_day = g_date_time_new_utc (2024, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_add_days (first_day, 1000);
  g_autoptr(GDateTime) to = g_date_time_add_days (first_day, 1100);
  g_autoptr(HyrLoadSeries) direct = NULL;
  g_autoptr(HyrLoadSeries) packed = NULL;
  g_autoptr(GError) error = NULL;

  for (guint d = 0; d < 1100; d++)
    {
      g_autoptr(GDateTime) early = g_date_time_add_full (first_day, 0, 0, d, 0, 30, 0);
      g_autoptr(GDateTime) morning = g_date_time_add_full (first_day, 0, 0, d, 7, 0, 0);

      planner_fixture_store_add_other (store, "Weight training", early, 45, 0, 0);
      planner_fixture_store_add_run (store, morning, 5 + d % 9, 280 + (d % 5) * 25, 0, 0, 0, NULL);
    }

  packed = hyr_training_load_compute_full (history, NULL, from, to, 42, 7, &error);
  g_assert_no_error (error);
  direct = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (store), NULL, from, to, 42, 7, &error);
  g_assert_no_error (error);
  assert_identical_series (packed, direct);
}

static void
test_errors (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 3, 23, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 4, 23, 0, 0, 0);
  g_autoptr(GDateTime) far = g_date_time_new_local (2200, 1, 1, 0, 0, 0);
  g_autoptr(HyrLoadSeries) series = NULL;
  g_autoptr(GError) error = NULL;

  series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), to, from, &error);
  g_assert_error (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_RANGE);
  g_assert_null (series);
  g_clear_error (&error);

  series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), from, from, &error);
  g_assert_error (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_RANGE);
  g_clear_error (&error);

  series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), from, far, &error);
  g_assert_error (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_RANGE);
  g_clear_error (&error);

  series = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (store), NULL, from, to, 0, 7, &error);
  g_assert_error (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  series = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (store), NULL, from, to, 42, NAN, &error);
  g_assert_error (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_ARGUMENT);
  g_assert_null (series);
}

/* The training load has a domain of its own, no longer the planner's: a
 * host that tells the two apart by domain sees which failed. */
static void
test_error_domain (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 3, 23, 0, 0, 0);
  g_autoptr(HyrLoadSeries) series = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (g_quark_to_string (HYR_TRAINING_LOAD_ERROR), ==, "hyr-training-load-error-quark");
  g_assert_cmpuint (HYR_TRAINING_LOAD_ERROR, !=, HYR_PLANNER_ERROR);

  series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), from, from, &error);
  g_assert_null (series);
  g_assert_nonnull (error);
  g_assert_cmpuint (error->domain, ==, HYR_TRAINING_LOAD_ERROR);
  g_assert_false (g_error_matches (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_RANGE));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training-load/default-time-constants", test_default_time_constants);
  g_test_add_func ("/training-load/adjusted-time-constants", test_adjusted_time_constants);
  g_test_add_func ("/training-load/estimated-rpe", test_estimated_rpe);
  g_test_add_func ("/training-load/rpe-per-run-kind", test_rpe_per_run_kind);
  g_test_add_func ("/training-load/ratio-needs-28-days", test_ratio_needs_28_days);
  g_test_add_func ("/training-load/days-and-lookup", test_days_and_lookup);
  g_test_add_func ("/training-load/errors", test_errors);
  g_test_add_func ("/training-load/error-domain", test_error_domain);
  g_test_add_func ("/training-load/history-same-as-host", test_history_same_as_host);
  g_test_add_func ("/training-load/history-brought-up-to-date", test_history_brought_up_to_date);
  g_test_add_func ("/training-load/window-far-into-history", test_window_far_into_history);

  return g_test_run ();
}
