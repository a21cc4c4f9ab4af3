/* bench-planner.c — the load series of a 20-year history and a 16-week plan
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Prints how long the engine takes on a history the size of a 20-year
 * pytrainer database (14 600 activities), next to a baseline measured in
 * the same run: one query of the whole history from the store with a pass
 * over every activity, which any computation over that history pays.
 */

#include "hyr.h"
#include "planner-fixture-store.h"

#define YEARS 20
#define ACTIVITIES_PER_YEAR 730
#define SAMPLES 7

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, SAMPLES, sizeof (double), compare_doubles);
  return values[SAMPLES / 2];
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(GDateTime) end = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_add_years (end, -YEARS);
  g_autoptr(GRand) rand = g_rand_new_with_seed (14600);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autoptr(HyrState) state = hyr_state_new (path);
  guint n_days = YEARS * 365;
  guint n_activities = 0;
  double baseline[SAMPLES], load_ms[SAMPLES], plan_ms[SAMPLES], total = 0;
  gint64 t;

  g_assert_no_error (error);

  /* Two sessions a day on average: runs of 4–22 km, gym sessions, rides. */
  for (guint i = 0; i < YEARS * ACTIVITIES_PER_YEAR; i++)
    {
      guint day = i * n_days / (YEARS * ACTIVITIES_PER_YEAR);
      g_autoptr(GDateTime) when = g_date_time_add_full (start, 0, 0, day, i % 2 ? 18 : 7, 0, 0);
      double pick = g_rand_double (rand);

      if (pick < 0.6)
        planner_fixture_store_add_run (store, when, g_rand_double_range (rand, 4, 22),
                                       g_rand_double_range (rand, 290, 420),
                                       g_rand_double_range (rand, 125, 170), g_rand_double_range (rand, 0, 300),
                                       pick < 0.3 ? g_rand_int_range (rand, 2, 10) : 0, NULL);
      else if (pick < 0.9)
        planner_fixture_store_add_other (store, "Weight training", when,
                                         g_rand_double_range (rand, 40, 80), 0, 0);
      else
        planner_fixture_store_add_other (store, "Cycling", when, g_rand_double_range (rand, 30, 150),
                                         g_rand_double_range (rand, 110, 160), 0);
    }

  /* The store sorts on its first query: keep that out of every figure. */
  g_ptr_array_unref (hyr_activity_store_query (HYR_ACTIVITY_STORE (store), start, end));

  /* Each figure the median of SAMPLES runs, the three interleaved so a
   * busy machine slows them alike; each plan from a new planner, which
   * reads the history afresh (no cache carried between samples). */
  for (guint r = 0; r < SAMPLES; r++)
    {
      g_autoptr(GPtrArray) all = NULL;
      g_autoptr(HyrLoadSeries) series = NULL;
      g_autoptr(HyrPlanner) planner = NULL;
      g_autoptr(GPtrArray) plans = NULL;

      total = 0;
      t = g_get_monotonic_time ();
      all = hyr_activity_store_query (HYR_ACTIVITY_STORE (store), start, end);
      for (guint i = 0; i < all->len; i++)
        total += hyr_activity_get_duration (g_ptr_array_index (all, i));
      baseline[r] = elapsed_ms (t);
      n_activities = all->len;

      t = g_get_monotonic_time ();
      series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), start, end, &error);
      load_ms[r] = elapsed_ms (t);
      g_assert_no_error (error);
      n_days = hyr_load_series_get_n_days (series);

      planner = hyr_planner_new (HYR_ACTIVITY_STORE (store), state);
      hyr_planner_set_today (planner, end);
      t = g_get_monotonic_time ();
      plans = hyr_planner_plan_range (planner, end, 16, &error);
      plan_ms[r] = elapsed_ms (t);
      g_assert_no_error (error);
    }

  g_print ("history: %u activities over %d years (%.0f h); medians of %d runs\n",
           n_activities, YEARS, total / 3600, SAMPLES);
  g_print ("baseline, query + pass over the history: %8.1f ms\n", median (baseline));
  g_print ("load series over 20 years (%u days):  %8.1f ms (%.1f x baseline)\n",
           n_days, median (load_ms), median (load_ms) / median (baseline));
  g_print ("plan_range, 16 weeks:                  %8.1f ms (%.1f x baseline)\n",
           median (plan_ms), median (plan_ms) / median (baseline));

  return 0;
}
