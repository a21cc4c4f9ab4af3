/* test-planner-cache.c — the planner reads the history once per change
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr.h"
#include "hyr-test-store.h"

static HyrState *
new_state (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-planner-cache-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);

  g_assert_no_error (error);
  return hyr_state_new (path);
}

/* Six weeks of three 5 km runs (Monday, Wednesday, Saturday) before
 * Monday 2026-03-09. */
static void
add_history (HyrTestStore *store)
{
  for (int week = 1; week <= 6; week++)
    {
      static const int offsets[] = { 0, 2, 5 };

      for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
        {
          g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 9, 7, 0, 0);
          g_autoptr(GDateTime) start = g_date_time_add_days (monday, -7 * week + offsets[i]);
          g_autofree char *id = g_strdup_printf ("run-%d-%u", week, i);

          hyr_test_store_add_run (store, id, "Running", start, 1800, 5000, NULL);
        }
    }
}

static HyrPlanner *
new_planner (HyrTestStore *store,
             HyrState     *state)
{
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 3, 11, 12, 0, 0);
  HyrPlanner *planner = hyr_planner_new (HYR_ACTIVITY_STORE (store), state);

  hyr_planner_set_today (planner, today);
  return planner;
}

static double
planned_distance (HyrPlanner *planner,
                  GDateTime  *week_start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrWeekPlan) plan = hyr_planner_plan_week (planner, week_start, &error);

  g_assert_no_error (error);
  return hyr_week_plan_get_run_distance (plan);
}

static void
test_one_read (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(HyrPlanner) fresh = NULL;
  g_autoptr(GDateTime) next_monday = g_date_time_new_local (2026, 3, 16, 0, 0, 0);
  g_autoptr(GDateTime) sunday = g_date_time_new_local (2026, 3, 8, 7, 0, 0);
  double before, after;
  guint queries;

  add_history (store);
  planner = new_planner (store, state);

  /* Stepping through eight weeks, back and forth, reads the history once:
   * the rotation, the easy pace and the training load share it. */
  queries = hyr_test_store_get_n_queries (store);
  before = planned_distance (planner, next_monday);
  for (int week = -4; week < 4; week++)
    {
      g_autoptr(GDateTime) monday = g_date_time_add_weeks (next_monday, week);

      planned_distance (planner, monday);
    }
  g_assert_cmpfloat (planned_distance (planner, next_monday), ==, before);
  g_assert_cmpuint (hyr_test_store_get_n_queries (store) - queries, ==, 1);

  /* A 10 km run last Sunday: last week, the base next week's volume builds
   * on, grows from 15 to 25 km; the cached history must not hide it. */
  hyr_test_store_add_run (store, "extra", "Running", sunday, 3600, 10000, NULL);
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));

  queries = hyr_test_store_get_n_queries (store);
  after = planned_distance (planner, next_monday);
  planned_distance (planner, next_monday);
  g_assert_cmpuint (hyr_test_store_get_n_queries (store) - queries, ==, 1);
  g_assert_cmpfloat (after, !=, before);

  /* The same plan a planner that never cached anything makes. */
  fresh = new_planner (store, state);
  g_assert_cmpfloat (planned_distance (fresh, next_monday), ==, after);
  g_clear_object (&fresh);

  /* A host that says which range changed costs one query of that range;
   * the run removed from last Sunday takes next week back to the first
   * plan. */
  hyr_test_store_remove (store, "extra");
  {
    g_autoptr(GDateTime) from = g_date_time_new_local (2026, 3, 8, 0, 0, 0);
    g_autoptr(GDateTime) to = g_date_time_new_local (2026, 3, 9, 0, 0, 0);

    queries = hyr_test_store_get_n_queries (store);
    hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), from, to);
  }
  g_assert_cmpfloat (planned_distance (planner, next_monday), ==, before);
  g_assert_cmpuint (hyr_test_store_get_n_queries (store) - queries, ==, 1);
  fresh = new_planner (store, state);
  g_assert_cmpfloat (planned_distance (fresh, next_monday), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/planner-cache/one-read", test_one_read);

  return g_test_run ();
}
