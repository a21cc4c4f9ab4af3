/* test-shoe-tally.c — the shoe tally on its own, over hand-made histories
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * HyrShoeTally is a function of the activities, the pairs and the user's
 * choices, the state's sport mapping and corrections, and a moment: no
 * store, no clock. Every known answer below is worked by hand.
 */

#include <glib/gstdio.h>

#include "hyr.h"
#include "hyr-shoe-storage.h"
#include "hyr-shoe-tally.h"

#define KM 1000.0

/* Monday 2 March 2026, noon UTC; the "last 8 weeks" start on 5 January. */
static GDateTime *
now_time (void)
{
  return g_date_time_new_utc (2026, 3, 2, 12, 0, 0);
}

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_utc (year, month, day_of_month, 12, 0, 0);
}

/* Appends an activity at noon UTC on a day; @pace is in seconds per km (0
 * for no duration), @gear a NULL-terminated list or NULL. */
static void
add_activity (GPtrArray           *activities,
              const char          *id,
              const char          *sport,
              int                  year,
              int                  month,
              int                  day_of_month,
              double               km,
              double               pace,
              double               ascent,
              const char          *title,
              const char * const  *gear)
{
  g_autoptr(GDateTime) start = day (year, month, day_of_month);

  g_ptr_array_add (activities,
                   g_object_new (HYR_TYPE_ACTIVITY,
                                 "id", id,
                                 "sport", sport,
                                 "start", start,
                                 "distance", km * KM,
                                 "duration", km * pace,
                                 "ascent", ascent,
                                 "title", title,
                                 "gear-ids", gear,
                                 NULL));
}

static HyrShoePair *
add_pair (HyrShoeSettings *settings,
          const char      *id,
          gboolean         from_host)
{
  HyrShoePair *pair = _hyr_shoe_pair_new (id, id);

  pair->from_host = from_host;
  g_ptr_array_add (settings->pairs, pair);

  return pair;
}

static GPtrArray *
activities_new (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static void
assert_date (GDateTime *date,
             int        year,
             int        month,
             int        day_of_month)
{
  g_autoptr(GDateTime) expected = day (year, month, day_of_month);

  g_assert_nonnull (date);
  g_assert_true (g_date_time_equal (date, expected));
}

/* The gear ids of the host's pairs and the user's assignments, summed by
 * hand. Pairs A and B are the host's.
 *
 *   a1 2025-06-01 Running  10 km  A      before the 8 weeks
 *   a2 2026-02-01 Running  15 km  A, A   one pair listed twice: once
 *   a3 2026-02-10 Walking   5 km  A      wear, not a run
 *   a4 2026-02-16 Running  20 km  B, A   both pairs; B first
 *   a4 2026-02-16 Running  20 km  B      the host lists a4 twice: once
 *   a5 2026-02-20 Running   8 km  gone   an unknown pair: no pair
 *   g1 2026-02-22 Gym       0 km         no gear
 *   a6 2026-02-25 Running   6 km  B      the user says A
 *   a7 2026-03-05 Running  10 km  A      ahead of now: wear, not a run
 *
 * A: 10 + 15 + 5 + 20 + 6 + 10 = 66 km of wear; runs a1 a2 a4 a6, 51 km;
 *    first used a1, last used a6; in the last 8 weeks a2 a3 a4 a6, 46 km,
 *    3 runs.
 * B: a4 only, 20 km, 1 run, recent.
 * Runs of the 8 weeks that count for a pair: a2 a4 a6 = 3.
 * Runs done, oldest first: a1 (A) a2 (A) a4 (B) a5 (none) a6 (A). */
static void
test_distances (void)
{
  g_autoptr(GPtrArray) activities = activities_new ();
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrShoeTally) tally = NULL;
  const char *a[] = { "A", NULL };
  const char *aa[] = { "A", "A", NULL };
  const char *b[] = { "B", NULL };
  const char *ba[] = { "B", "A", NULL };
  const char *gone[] = { "gone", NULL };
  const HyrShoeTallyFigures *figures;
  const char * const *sports;
  const char *run_ids[] = { "a1", "a2", "a4", "a5", "a6" };
  const int run_pairs[] = { 0, 0, 1, -1, 0 };

  add_pair (settings, "A", TRUE);
  add_pair (settings, "B", TRUE);
  g_hash_table_insert (settings->assignments, g_strdup ("a6"), g_strdup ("A"));

  add_activity (activities, "a1", "Running", 2025, 6, 1, 10, 300, 0, NULL, a);
  add_activity (activities, "a2", "Running", 2026, 2, 1, 15, 300, 0, NULL, aa);
  add_activity (activities, "a3", "Walking", 2026, 2, 10, 5, 600, 0, NULL, a);
  add_activity (activities, "a4", "Running", 2026, 2, 16, 20, 300, 0, NULL, ba);
  add_activity (activities, "a4", "Running", 2026, 2, 16, 20, 300, 0, NULL, b);
  add_activity (activities, "a5", "Running", 2026, 2, 20, 8, 300, 0, NULL, gone);
  add_activity (activities, "g1", "Gym", 2026, 2, 22, 0, 0, 0, NULL, NULL);
  add_activity (activities, "a6", "Running", 2026, 2, 25, 6, 300, 0, NULL, b);
  add_activity (activities, "a7", "Running", 2026, 3, 5, 10, 300, 0, NULL, a);

  tally = _hyr_shoe_tally_new (activities, settings, NULL, now);

  figures = _hyr_shoe_tally_get_figures (tally, 0);
  g_assert_cmpfloat_with_epsilon (figures->distance, 66 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (figures->run_distance, 51 * KM, 1e-6);
  g_assert_cmpuint (figures->runs, ==, 4);
  assert_date (figures->first_used, 2025, 6, 1);
  assert_date (figures->last_used, 2026, 2, 25);
  g_assert_cmpfloat_with_epsilon (figures->recent_distance, 46 * KM, 1e-6);
  g_assert_cmpuint (figures->recent_runs, ==, 3);

  figures = _hyr_shoe_tally_get_figures (tally, 1);
  g_assert_cmpfloat_with_epsilon (figures->distance, 20 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (figures->run_distance, 20 * KM, 1e-6);
  g_assert_cmpuint (figures->runs, ==, 1);
  assert_date (figures->first_used, 2026, 2, 16);
  assert_date (figures->last_used, 2026, 2, 16);
  g_assert_cmpfloat_with_epsilon (figures->recent_distance, 20 * KM, 1e-6);
  g_assert_cmpuint (figures->recent_runs, ==, 1);

  g_assert_cmpuint (_hyr_shoe_tally_get_recent_runs_counted (tally), ==, 3);

  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "a1"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "a4"), ==, 1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "a5"), ==, -1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "a6"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "a7"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "g1"), ==, -1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "nope"), ==, -1);

  g_assert_cmpuint (_hyr_shoe_tally_get_n_runs (tally), ==, G_N_ELEMENTS (run_ids));
  for (guint i = 0; i < G_N_ELEMENTS (run_ids); i++)
    {
      int pair;
      HyrActivity *run = _hyr_shoe_tally_get_run (tally, i, &pair);

      g_assert_cmpstr (hyr_activity_get_id (run), ==, run_ids[i]);
      g_assert_cmpint (pair, ==, run_pairs[i]);
    }

  sports = _hyr_shoe_tally_get_sports (tally);
  g_assert_cmpuint (g_strv_length ((char **)sports), ==, 3);
  g_assert_cmpstr (sports[0], ==, "Gym");
  g_assert_cmpstr (sports[1], ==, "Running");
  g_assert_cmpstr (sports[2], ==, "Walking");
}

/* One own pair per run kind, each the default for its kind; no run
 * carries a pair, so the classifier's kind chooses it. The reference of
 * the week of 23 February is that week and the three before: twelve
 * base runs of 8 km at 5:00/km (2, 3, 5, 7, 9, 10, 12, 14, 16, 17, 19 and
 * 21 February) and the week's seven, so its median distance is 8 km and
 * its median pace 5:00/km (twelve of nineteen runs). Then, by the rules
 * of HyrRunClassifier:
 *
 *   recovery 23 Feb  5 km at 5:30  ≤ 0.75 × 8 km, 10 % slower
 *   easy     24 Feb  8 km at 5:00
 *   long     25 Feb 16 km at 5:00  ≥ 1.5 × 8 km
 *   tempo    26 Feb  8 km at 4:40  93 % of the pace, too long for intervals
 *   interval 27 Feb  6 km at 4:10  83 % of the pace, ≤ 0.8 × 8 km
 *   hill     28 Feb  8 km, 200 m up: 25 m/km
 *   race      1 Mar  5 km at 5:00, titled "Parkrun #412"
 *
 * The base runs are easy: in their own weeks every run is the same. So the
 * easy pair has 12 + 1 = 13 runs, every other pair one. */
static const char * const kind_ids[] = {
  [HYR_RUN_KIND_RECOVERY] = "recovery",
  [HYR_RUN_KIND_EASY] = "easy",
  [HYR_RUN_KIND_LONG] = "long",
  [HYR_RUN_KIND_TEMPO] = "tempo",
  [HYR_RUN_KIND_INTERVAL] = "interval",
  [HYR_RUN_KIND_HILL] = "hill",
  [HYR_RUN_KIND_RACE] = "race",
};

static HyrShoeSettings *
settings_with_kind_pairs (void)
{
  HyrShoeSettings *settings = _hyr_shoe_settings_new ();

  for (guint kind = 0; kind < HYR_SHOE_N_RUN_KINDS; kind++)
    {
      g_autofree char *id = g_strconcat ("pair-", kind_ids[kind], NULL);
      HyrShoePair *pair = add_pair (settings, id, FALSE);

      pair->since = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
      settings->defaults[kind] = g_strdup (id);
    }

  return settings;
}

static void
add_kind_history (GPtrArray *activities)
{
  const int base_days[] = { 2, 3, 5, 7, 9, 10, 12, 14, 16, 17, 19, 21 };

  for (guint i = 0; i < G_N_ELEMENTS (base_days); i++)
    {
      g_autofree char *id = g_strdup_printf ("base-%02d", base_days[i]);

      add_activity (activities, id, "Running", 2026, 2, base_days[i], 8, 300, 0, NULL, NULL);
    }

  add_activity (activities, "recovery", "Running", 2026, 2, 23, 5, 330, 0, NULL, NULL);
  add_activity (activities, "easy", "Running", 2026, 2, 24, 8, 300, 0, NULL, NULL);
  add_activity (activities, "long", "Running", 2026, 2, 25, 16, 300, 0, NULL, NULL);
  add_activity (activities, "tempo", "Running", 2026, 2, 26, 8, 280, 0, NULL, NULL);
  add_activity (activities, "interval", "Running", 2026, 2, 27, 6, 250, 0, NULL, NULL);
  add_activity (activities, "hill", "Running", 2026, 2, 28, 8, 300, 200, NULL, NULL);
  add_activity (activities, "race", "Running", 2026, 3, 1, 5, 300, 0, "Parkrun #412", NULL);
}

static void
test_classifier_kinds (void)
{
  g_autoptr(GPtrArray) activities = activities_new ();
  g_autoptr(HyrShoeSettings) settings = settings_with_kind_pairs ();
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrShoeTally) tally = NULL;

  add_kind_history (activities);
  tally = _hyr_shoe_tally_new (activities, settings, NULL, now);

  for (guint kind = 0; kind < HYR_SHOE_N_RUN_KINDS; kind++)
    {
      const HyrShoeTallyFigures *figures = _hyr_shoe_tally_get_figures (tally, kind);

      g_test_message ("%s", kind_ids[kind]);
      g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, kind_ids[kind]), ==, kind);
      g_assert_cmpuint (figures->runs, ==, kind == HYR_RUN_KIND_EASY ? 13 : 1);
    }

  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "base-02"), ==, HYR_RUN_KIND_EASY);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "base-21"), ==, HYR_RUN_KIND_EASY);
}

/* The user's corrections of run kinds ("run-kinds" in the state) choose
 * the pair as the classifier's kinds do: the easy run corrected to a race
 * goes to the race pair. */
static void
test_corrections (void)
{
  g_autoptr(GPtrArray) activities = activities_new ();
  g_autoptr(HyrShoeSettings) settings = settings_with_kind_pairs ();
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-tally-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeTally) tally = NULL;

  g_assert_no_error (error);
  json_object_set_string_member (hyr_state_get_section (state, "run-kinds"), "easy", "race");

  add_kind_history (activities);
  tally = _hyr_shoe_tally_new (activities, settings, state, now);

  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "easy"), ==, HYR_RUN_KIND_RACE);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "race"), ==, HYR_RUN_KIND_RACE);
  g_assert_cmpuint (_hyr_shoe_tally_get_figures (tally, HYR_RUN_KIND_EASY)->runs, ==, 12);
  g_assert_cmpuint (_hyr_shoe_tally_get_figures (tally, HYR_RUN_KIND_RACE)->runs, ==, 2);

  g_rmdir (dir);
}

/* The usual run is the usual run of the time: the runs of the week and
 * the three before.
 *
 *   January 2016: eight runs of 5 km (4, 5, 7, 9 and 11, 12, 14, 16
 *   January), then 9 km on 17 January: 9 ≥ 1.5 × 5, a long run.
 *   February 2026: eight runs of 10 km (2, 3, 5, 7 and 9, 10, 12, 14
 *   February), then 9 km on 15 February: an easy run.
 *
 * One reference over both years (median 9 km: eight 5s, two 9s, eight
 * 10s) would call neither 9 km run long. Runs added ten years later do
 * not move the 2016 run.
 *
 * With fewer than three runs in its four weeks a run has no reference,
 * and the classifier calls 18 km or more long: a lone 20 km on 1 June
 * 2025 is long, a lone 12 km on 1 September 2025 easy. */
static void
add_era (GPtrArray  *activities,
         int         year,
         int         month,
         const int  *days,
         double      km,
         int         nine_day)
{
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *id = g_strdup_printf ("%d-%02d", year, days[i]);

      add_activity (activities, id, "Running", year, month, days[i], km, 300, 0, NULL, NULL);
    }

  {
    g_autofree char *id = g_strdup_printf ("nine-%d", year);

    add_activity (activities, id, "Running", year, month, nine_day, 9, 300, 0, NULL, NULL);
  }
}

static void
test_reference_slides (void)
{
  const int days_2016[] = { 4, 5, 7, 9, 11, 12, 14, 16 };
  const int days_2026[] = { 2, 3, 5, 7, 9, 10, 12, 14 };
  g_autoptr(GPtrArray) old_only = activities_new ();
  g_autoptr(GPtrArray) activities = activities_new ();
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrShoeTally) tally = NULL;
  g_autoptr(HyrShoeTally) old_tally = NULL;
  HyrShoePair *pair;

  pair = add_pair (settings, "Easy pair", FALSE);
  pair->since = g_date_time_new_utc (2015, 1, 1, 0, 0, 0);
  pair = add_pair (settings, "Long pair", FALSE);
  pair->since = g_date_time_new_utc (2015, 1, 1, 0, 0, 0);
  settings->defaults[HYR_RUN_KIND_EASY] = g_strdup ("Easy pair");
  settings->defaults[HYR_RUN_KIND_LONG] = g_strdup ("Long pair");

  add_era (old_only, 2016, 1, days_2016, 5, 17);
  old_tally = _hyr_shoe_tally_new (old_only, settings, NULL, now);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (old_tally, "nine-2016"), ==, 1);

  add_era (activities, 2016, 1, days_2016, 5, 17);
  add_activity (activities, "lone-20", "Running", 2025, 6, 1, 20, 300, 0, NULL, NULL);
  add_activity (activities, "lone-12", "Running", 2025, 9, 1, 12, 300, 0, NULL, NULL);
  add_era (activities, 2026, 2, days_2026, 10, 15);
  tally = _hyr_shoe_tally_new (activities, settings, NULL, now);

  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "nine-2016"), ==, 1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "nine-2026"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "lone-20"), ==, 1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "lone-12"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "2016-04"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "2026-14"), ==, 0);
}

/* Rules respect the days a pair was in use. "Old" from 1 January 2025
 * until 1 February 2026, "New" from 15 January 2026; "Old" is the default
 * for easy runs.
 *
 *   r0 2024-12-01  no pair was in use: none
 *   r1 2025-06-01  the default: Old
 *   r2 2026-01-20  the default: Old
 *   r3 2026-02-10  the default was retired; New is the only pair: New
 *
 * Without the default, r2 falls in the weeks both were in use: none. */
static void
test_rules_respect_dates (void)
{
  g_autoptr(GPtrArray) activities = activities_new ();
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrShoeTally) tally = NULL;
  g_autoptr(HyrShoeTally) without_default = NULL;
  HyrShoePair *pair;

  pair = add_pair (settings, "Old", FALSE);
  pair->since = g_date_time_new_utc (2025, 1, 1, 0, 0, 0);
  pair->until = g_date_time_new_utc (2026, 2, 1, 0, 0, 0);
  pair->active = FALSE;
  pair = add_pair (settings, "New", FALSE);
  pair->since = g_date_time_new_utc (2026, 1, 15, 0, 0, 0);

  add_activity (activities, "r0", "Running", 2024, 12, 1, 8, 300, 0, NULL, NULL);
  add_activity (activities, "r1", "Running", 2025, 6, 1, 8, 300, 0, NULL, NULL);
  add_activity (activities, "r2", "Running", 2026, 1, 20, 8, 300, 0, NULL, NULL);
  add_activity (activities, "r3", "Running", 2026, 2, 10, 8, 300, 0, NULL, NULL);

  without_default = _hyr_shoe_tally_new (activities, settings, NULL, now);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (without_default, "r0"), ==, -1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (without_default, "r1"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (without_default, "r2"), ==, -1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (without_default, "r3"), ==, 1);

  settings->defaults[HYR_RUN_KIND_EASY] = g_strdup ("Old");
  tally = _hyr_shoe_tally_new (activities, settings, NULL, now);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "r0"), ==, -1);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "r1"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "r2"), ==, 0);
  g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (tally, "r3"), ==, 1);
  g_assert_cmpuint (_hyr_shoe_tally_get_figures (tally, 0)->runs, ==, 2);
  g_assert_cmpuint (_hyr_shoe_tally_get_figures (tally, 1)->runs, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shoe-tally/distances", test_distances);
  g_test_add_func ("/shoe-tally/classifier-kinds", test_classifier_kinds);
  g_test_add_func ("/shoe-tally/corrections", test_corrections);
  g_test_add_func ("/shoe-tally/reference-slides", test_reference_slides);
  g_test_add_func ("/shoe-tally/rules-respect-dates", test_rules_respect_dates);

  return g_test_run ();
}
