/* test-run-kinds.c — classifying recorded runs, and the user's corrections
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr.h"
#include "planner-fixture-store.h"

static char *
state_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-run-kinds-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "state.json", NULL);
}

/* The user's habit: twenty easy 8 km runs at 6:00 min/km (0.36 s/m) and an
 * average heart rate of 140. Medians: pace 0.36 s/m, distance 8000 m,
 * heart rate 140. */
static GPtrArray *
learn_habit (PlannerFixtureStore *store,
             HyrRunClassifier    *classifier)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 1, 5, 7, 0, 0);
  GPtrArray *runs = g_ptr_array_new ();

  for (guint d = 0; d < 20; d++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (first, 2 * d);

      g_ptr_array_add (runs, planner_fixture_store_add_run (store, start, 8, 360, 140, 40, 0, NULL));
    }

  hyr_run_classifier_learn (classifier, runs);
  return runs;
}

typedef struct
{
  const char *what;
  double      km;
  double      pace;
  double      heart_rate;
  double      ascent;
  const char *title;
  HyrRunKind  expected;
} Case;

static void
test_rules (void)
{
  /* Each case names the rule that decides it, with the ratios worked out
   * against the habit above. */
  static const Case cases[] = {
    /* 8 km at the habit's pace and heart rate */
    { "easy", 8, 360, 140, 40, NULL, HYR_RUN_KIND_EASY },
    /* 16 km ≥ 1.5 × 8 km */
    { "long", 16, 375, 138, 60, NULL, HYR_RUN_KIND_LONG },
    /* pace 300/360 = 0.83 ≤ 0.92 and 5 km ≤ 0.8 × 8 km */
    { "interval", 5, 300, 160, 20, NULL, HYR_RUN_KIND_INTERVAL },
    /* pace 330/360 = 0.917 ≤ 0.95, but 8 km > 6.4 km */
    { "tempo by pace", 8, 330, 150, 40, NULL, HYR_RUN_KIND_TEMPO },
    /* pace as usual, heart rate 150/140 = 1.071 ≥ 1.06 */
    { "tempo by heart rate", 8, 360, 150, 40, NULL, HYR_RUN_KIND_TEMPO },
    /* 5 km ≤ 0.75 × 8 km and pace 405/360 = 1.125 ≥ 1.05 */
    { "recovery", 5, 405, 125, 20, NULL, HYR_RUN_KIND_RECOVERY },
    /* 300 m up over 8 km = 37.5 m/km ≥ 20 */
    { "hill", 8, 390, 150, 300, NULL, HYR_RUN_KIND_HILL },
    /* the title names a race */
    { "parkrun", 5, 330, 165, 20, "Saturday Parkrun", HYR_RUN_KIND_RACE },
    /* 10 km within 3 % and pace 290/360 = 0.806 ≤ 0.88 */
    { "fast 10 km", 10, 290, 170, 50, NULL, HYR_RUN_KIND_RACE },
    /* 10 km at an easy pace is no race */
    { "easy 10 km", 10, 360, 140, 50, NULL, HYR_RUN_KIND_EASY },
  };
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (NULL);
  g_autoptr(GPtrArray) habit = learn_habit (store, classifier);
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 2, 7, 0, 0);

  g_assert_cmpfloat_with_epsilon (hyr_run_classifier_get_reference_pace (classifier), 0.36, 1e-12);
  g_assert_cmpfloat_with_epsilon (hyr_run_classifier_get_reference_distance (classifier), 8000, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_run_classifier_get_reference_heart_rate (classifier), 140, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_run_classifier_get_easy_pace (classifier), 0.36, 1e-12);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HyrActivity *run = planner_fixture_store_add_run (store, day, cases[i].km, cases[i].pace,
                                                        cases[i].heart_rate, cases[i].ascent, 0,
                                                        cases[i].title);
      gboolean corrected = TRUE;

      g_test_message ("case: %s", cases[i].what);
      g_assert_cmpint (hyr_run_classifier_classify (classifier, run, &corrected), ==,
                       cases[i].expected);
      g_assert_false (corrected);
    }
}

/* With fewer than three runs there is no habit to compare with: only the
 * title, the ascent and an absolute 18 km make a difference. */
static void
test_without_history (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (NULL);
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 2, 7, 0, 0);
  HyrActivity *fast = planner_fixture_store_add_run (store, day, 5, 240, 180, 0, 0, NULL);
  HyrActivity *long_run = planner_fixture_store_add_run (store, day, 20, 400, 0, 0, 0, NULL);
  HyrActivity *hilly = planner_fixture_store_add_run (store, day, 6, 420, 0, 200, 0, NULL);
  g_autoptr(GPtrArray) runs = g_ptr_array_new ();

  g_ptr_array_add (runs, fast);
  g_ptr_array_add (runs, long_run);
  hyr_run_classifier_learn (classifier, runs);

  g_assert_cmpfloat (hyr_run_classifier_get_reference_pace (classifier), ==, 0);
  g_assert_cmpint (hyr_run_classifier_classify (classifier, fast, NULL), ==, HYR_RUN_KIND_EASY);
  g_assert_cmpint (hyr_run_classifier_classify (classifier, long_run, NULL), ==, HYR_RUN_KIND_LONG);
  g_assert_cmpint (hyr_run_classifier_classify (classifier, hilly, NULL), ==, HYR_RUN_KIND_HILL);
}

static void
test_corrections (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrState) loaded = NULL;
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (state);
  g_autoptr(HyrRunClassifier) reloaded = NULL;
  g_autoptr(GPtrArray) habit = learn_habit (store, classifier);
  g_autoptr(GError) error = NULL;
  HyrActivity *run = g_ptr_array_index (habit, 3);
  gboolean corrected = FALSE;

  g_assert_cmpint (hyr_run_classifier_classify (classifier, run, &corrected), ==, HYR_RUN_KIND_EASY);
  g_assert_false (corrected);

  /* It was a fartlek really. */
  g_assert_true (hyr_run_classifier_correct (classifier, hyr_activity_get_id (run),
                                             HYR_RUN_KIND_INTERVAL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hyr_run_classifier_classify (classifier, run, &corrected), ==,
                   HYR_RUN_KIND_INTERVAL);
  g_assert_true (corrected);
  g_assert_cmpstr (json_object_get_string_member (hyr_state_get_section (state, "run-kinds"),
                                                  hyr_activity_get_id (run)), ==, "interval");

  /* The correction survives a reload and wins over the rules. */
  loaded = hyr_state_load (path, &error);
  g_assert_no_error (error);
  reloaded = hyr_run_classifier_new (loaded);
  g_assert_cmpint (hyr_run_classifier_classify (reloaded, run, &corrected), ==,
                   HYR_RUN_KIND_INTERVAL);
  g_assert_true (corrected);

  g_assert_true (hyr_run_classifier_clear_correction (classifier, hyr_activity_get_id (run), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hyr_run_classifier_classify (classifier, run, &corrected), ==, HYR_RUN_KIND_EASY);
  g_assert_false (corrected);
}

static void
test_correction_read_only (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT, "bad");
  g_autoptr(HyrState) state = hyr_state_new_read_only (path, reason);
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (state);
  g_autoptr(GError) error = NULL;

  g_assert_false (hyr_run_classifier_correct (classifier, "run-1", HYR_RUN_KIND_HILL, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_assert_false (json_object_has_member (hyr_state_get_section (state, "run-kinds"), "run-1"));
}

/* Corrections change the load: a run corrected to intervals weighs RPE 7
 * instead of the easy 3. */
static void
test_correction_changes_load (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (state);
  g_autoptr(GPtrArray) habit = learn_habit (store, classifier);
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 1, 5, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 1, 6, 0, 0, 0);
  g_autoptr(HyrLoadSeries) before = NULL;
  g_autoptr(HyrLoadSeries) after = NULL;
  g_autoptr(GError) error = NULL;

  before = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (store), state, from, to, 42, 7, &error);
  g_assert_no_error (error);
  /* 8 km at 6:00 min/km = 48 min × RPE 3 */
  g_assert_cmpfloat_with_epsilon (hyr_load_day_get_load (hyr_load_series_get_day (before, 0)), 144, 1e-9);

  g_assert_true (hyr_run_classifier_correct (classifier,
                                             hyr_activity_get_id (g_ptr_array_index (habit, 0)),
                                             HYR_RUN_KIND_INTERVAL, &error));
  after = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (store), state, from, to, 42, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hyr_load_day_get_load (hyr_load_series_get_day (after, 0)), 336, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/run-kinds/rules", test_rules);
  g_test_add_func ("/run-kinds/without-history", test_without_history);
  g_test_add_func ("/run-kinds/corrections", test_corrections);
  g_test_add_func ("/run-kinds/correction-read-only", test_correction_read_only);
  g_test_add_func ("/run-kinds/correction-changes-load", test_correction_changes_load);

  return g_test_run ();
}
