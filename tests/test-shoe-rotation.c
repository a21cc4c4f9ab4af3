/* test-shoe-rotation.c — known-answer tests of the shoe-rotation tracker
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "hyr.h"
#include "hyr-test-store.h"

#define KM 1000.0

/* Every test computes its figures as of Monday 2 March 2026, noon UTC. The
 * "last 8 weeks" are then [5 January 2026 12:00, 2 March 2026 12:00). */
static GDateTime *
reference_time (void)
{
  return hyr_test_day (2026, 3, 2);
}

static char *
state_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-shoes-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "state.json", NULL);
}

static HyrShoeRotation *
rotation_new (HyrTestStore *store,
              HyrState     *state)
{
  g_autoptr(GDateTime) now = reference_time ();
  HyrShoeRotation *rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);

  hyr_shoe_rotation_set_reference_time (rotation, now);
  return rotation;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
assert_date (GDateTime *date,
             int        year,
             int        month,
             int        day)
{
  g_autoptr(GDateTime) expected = hyr_test_day (year, month, day);

  g_assert_nonnull (date);
  if (!g_date_time_equal (date, expected))
    {
      g_autofree char *text = g_date_time_format_iso8601 (date);

      g_error ("expected %d-%02d-%02dT12:00:00Z, got %s", year, month, day, text);
    }
}

static HyrShoe *
find (GPtrArray  *shoes,
      const char *gear_id)
{
  for (guint i = 0; i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);

      if (g_strcmp0 (hyr_shoe_get_gear_id (shoe), gear_id) == 0)
        return shoe;
    }

  g_error ("no pair “%s”", gear_id);
  return NULL;
}

/* The figures of three host pairs, worked out by hand.
 *
 *   g1 "Pegasus", prior 97 km, no host life expectancy, active
 *   g2 "Speedgoat Trail", host life expectancy 600 km, active
 *   g3 "Old racer", retired by the host
 *
 *   a1 2025-06-01 Running        10 km  g1   (before the 8 weeks)
 *   a2 2026-02-01 Running        15 km  g1
 *   a3 2026-02-10 Walking         5 km  g1   (a walk: wear, not a run)
 *   a4 2026-02-16 Trail running  20 km  g2
 *   a5 2026-02-25 Running         8 km  g1
 *   a6 2026-02-27 Running         6 km  "nope" (unknown gear: counts nowhere)
 *   a7 2026-03-01 Gym             0 km  g1
 *   a8 2026-03-05 Running        10 km  g1   (entered ahead of the reference
 *                                              time: wear only, as pytrainer
 *                                              counts it; not a run yet)
 *
 * g1: distance 97 + 10 + 15 + 5 + 8 + 10 = 145 km; runs a1 a2 a5 = 3, 33 km;
 *     last used a7, 2026-03-01; kind cushioned (from the name), so retire at
 *     800 km, wear 145 / 800 = 0.18125, no warning.
 *     Last 8 weeks: a2 a3 a5 a7 = 28 km over 8 weeks (first used long
 *     before) = 3.5 km a week. 800 − 145 = 655 km left = 187 1/7 weeks
 *     = 1310 days after 2026-03-02 = 2029-10-02.
 * g2: 20 km, 1 run, last used 2026-02-16; trail (from the name), but the
 *     host's 600 km wins; wear 1/30. First used 14 days (2 weeks) before the
 *     reference time: 20 km / 2 = 10 km a week; 580 km left = 58 weeks
 *     = 406 days = 2027-04-12.
 * Share: the runs of the last 8 weeks in a tracked pair are a2, a4, a5:
 *     g1 2/3, g2 1/3 (a6 has no tracked pair).
 * g3: nothing; "racer" makes it racing, 500 km; retired, so no date.
 * Order: active pairs by name, then retired ones. */
static void
test_figures (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GPtrArray) shoes = NULL;
  HyrShoe *g1, *g2, *g3;

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 97 * KM, 0, TRUE);
  hyr_test_store_add_gear_full (store, "g2", "Speedgoat Trail", 0, 600 * KM, TRUE);
  hyr_test_store_add_gear_full (store, "g3", "Old racer", 0, 0, FALSE);
  hyr_test_store_add_activity_on (store, "a1", "Running", 2025, 6, 1, 10 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a2", "Running", 2026, 2, 1, 15 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a3", "Walking", 2026, 2, 10, 5 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a4", "Trail running", 2026, 2, 16, 20 * KM, "g2");
  hyr_test_store_add_activity_on (store, "a5", "Running", 2026, 2, 25, 8 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a6", "Running", 2026, 2, 27, 6 * KM, "nope");
  hyr_test_store_add_activity_on (store, "a7", "Gym", 2026, 3, 1, 0, "g1");
  hyr_test_store_add_activity_on (store, "a8", "Running", 2026, 3, 5, 10 * KM, "g1");

  rotation = rotation_new (store, state);
  shoes = hyr_shoe_rotation_list_shoes (rotation);

  g_assert_cmpuint (shoes->len, ==, 3);
  g_assert_cmpstr (hyr_shoe_get_gear_id (g_ptr_array_index (shoes, 0)), ==, "g1");
  g_assert_cmpstr (hyr_shoe_get_gear_id (g_ptr_array_index (shoes, 1)), ==, "g2");
  g_assert_cmpstr (hyr_shoe_get_gear_id (g_ptr_array_index (shoes, 2)), ==, "g3");
  g_assert_true (hyr_shoe_rotation_get_host_has_gear (rotation));

  g1 = find (shoes, "g1");
  g_assert_cmpstr (hyr_shoe_get_name (g1), ==, "Pegasus");
  g_assert_cmpint (hyr_shoe_get_kind (g1), ==, HYR_SHOE_KIND_CUSHIONED);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_prior_distance (g1), 97 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g1), 145 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_run_distance (g1), 33 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (g1), ==, 3);
  assert_date (hyr_shoe_get_last_used (g1), 2026, 3, 1);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g1), 800 * KM, 1e-6);
  g_assert_false (hyr_shoe_get_retire_distance_is_custom (g1));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_wear (g1), 0.18125, 1e-9);
  g_assert_cmpint (hyr_shoe_get_warning (g1), ==, HYR_SHOE_WARNING_NONE);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_weekly_distance (g1), 3.5 * KM, 1e-6);
  assert_date (hyr_shoe_get_retire_date (g1), 2029, 10, 2);
  g_assert_cmpuint (hyr_shoe_get_recent_runs (g1), ==, 2);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_share (g1), 2.0 / 3.0, 1e-9);
  g_assert_true (hyr_shoe_get_active (g1));
  g_assert_true (hyr_shoe_get_from_host (g1));

  g2 = find (shoes, "g2");
  g_assert_cmpint (hyr_shoe_get_kind (g2), ==, HYR_SHOE_KIND_TRAIL);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g2), 20 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_run_distance (g2), 20 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (g2), ==, 1);
  assert_date (hyr_shoe_get_last_used (g2), 2026, 2, 16);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g2), 600 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_wear (g2), 1.0 / 30.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_weekly_distance (g2), 10 * KM, 1e-6);
  assert_date (hyr_shoe_get_retire_date (g2), 2027, 4, 12);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_share (g2), 1.0 / 3.0, 1e-9);

  g3 = find (shoes, "g3");
  g_assert_cmpint (hyr_shoe_get_kind (g3), ==, HYR_SHOE_KIND_RACING);
  g_assert_cmpfloat (hyr_shoe_get_distance (g3), ==, 0);
  g_assert_cmpuint (hyr_shoe_get_runs (g3), ==, 0);
  g_assert_null (hyr_shoe_get_last_used (g3));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g3), 500 * KM, 1e-6);
  g_assert_false (hyr_shoe_get_active (g3));
  g_assert_null (hyr_shoe_get_retire_date (g3));
  g_assert_cmpfloat (hyr_shoe_get_share (g3), ==, 0);

  /* Sports seen, sorted; the activity each counts for. */
  {
    g_auto(GStrv) sports = hyr_shoe_rotation_list_sports (rotation);
    const char *expected[] = { "Gym", "Running", "Trail running", "Walking", NULL };
    g_autofree char *a3 = hyr_shoe_rotation_get_activity_shoe (rotation, "a3");
    g_autofree char *a6 = hyr_shoe_rotation_get_activity_shoe (rotation, "a6");

    g_assert_true (g_strv_equal ((const char * const *)sports, expected));
    g_assert_cmpstr (a3, ==, "g1");
    g_assert_null (a6);
  }
}

/* Retire distances: the user's choice, else the host's life expectancy,
 * else 800 km for cushioned, trail and other pairs and 500 km for racing
 * and minimalist ones. */
static void
test_retire_distance (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GError) error = NULL;
  const struct {
    HyrShoeKind kind;
    double      retire;
  } defaults[] = {
    { HYR_SHOE_KIND_CUSHIONED, 800 * KM },
    { HYR_SHOE_KIND_MINIMALIST, 500 * KM },
    { HYR_SHOE_KIND_RACING, 500 * KM },
    { HYR_SHOE_KIND_TRAIL, 800 * KM },
    { HYR_SHOE_KIND_OTHER, 800 * KM },
  };

  hyr_test_store_add_gear_full (store, "plain", "Plain", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "host", "Host life", 0, 650 * KM, TRUE);
  rotation = rotation_new (store, state);

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    {
      g_autoptr(HyrShoe) plain = NULL;
      g_autoptr(HyrShoe) host = NULL;

      g_assert_true (hyr_shoe_rotation_set_kind (rotation, "plain", defaults[i].kind, &error));
      g_assert_no_error (error);
      g_assert_true (hyr_shoe_rotation_set_kind (rotation, "host", defaults[i].kind, &error));
      g_assert_no_error (error);

      plain = hyr_shoe_rotation_get_shoe (rotation, "plain");
      host = hyr_shoe_rotation_get_shoe (rotation, "host");
      g_assert_cmpint (hyr_shoe_get_kind (plain), ==, defaults[i].kind);
      g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (plain), defaults[i].retire, 1e-6);
      g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (host), 650 * KM, 1e-6);
    }

  /* The user's choice wins over the host's; 0 goes back. */
  g_assert_true (hyr_shoe_rotation_set_retire_distance (rotation, "host", 720 * KM, &error));
  g_assert_no_error (error);
  {
    g_autoptr(HyrShoe) host = hyr_shoe_rotation_get_shoe (rotation, "host");

    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (host), 720 * KM, 1e-6);
    g_assert_true (hyr_shoe_get_retire_distance_is_custom (host));
  }
  g_assert_true (hyr_shoe_rotation_set_retire_distance (rotation, "host", 0, &error));
  g_assert_no_error (error);
  {
    g_autoptr(HyrShoe) host = hyr_shoe_rotation_get_shoe (rotation, "host");

    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (host), 650 * KM, 1e-6);
    g_assert_false (hyr_shoe_get_retire_distance_is_custom (host));
  }

  /* Nonsense is refused and changes nothing. */
  g_assert_false (hyr_shoe_rotation_set_retire_distance (rotation, "host", NAN, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hyr_shoe_rotation_set_retire_distance (rotation, "host", -1, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hyr_shoe_rotation_set_retire_distance (rotation, "nope", 500 * KM, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE);
  g_clear_error (&error);
  g_assert_false (hyr_shoe_rotation_set_kind (rotation, "nope", HYR_SHOE_KIND_TRAIL, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE);
}

/* Warnings at 80 % and 100 % of the retire distance (800 km here):
 * 639.9 km is 79.99 %, 640 km is 80 %, 800 km is 100 %. Ten activities of
 * 0.1 km on a 1 km pair add up to 0.999… km in floating point, which is
 * still 100 %. Making a 400 km cushioned pair a racing one (500 km) takes
 * it from 50 % to 80 %. */
static void
test_warnings (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GError) error = NULL;

  hyr_test_store_add_gear_full (store, "w79", "Below", 639.9 * KM, 0, TRUE);
  hyr_test_store_add_gear_full (store, "w80", "At 80", 640 * KM, 0, TRUE);
  hyr_test_store_add_gear_full (store, "w100", "At 100", 800 * KM, 0, TRUE);
  hyr_test_store_add_gear_full (store, "sum", "Sum", 0, 1 * KM, TRUE);
  hyr_test_store_add_gear_full (store, "kind", "Kind", 400 * KM, 0, TRUE);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);

      hyr_test_store_add_activity_on (store, id, "Running", 2026, 2, 1 + i, 0.1 * KM, "sum");
    }

  rotation = rotation_new (store, state);
  shoes = hyr_shoe_rotation_list_shoes (rotation);

  g_assert_cmpint (hyr_shoe_get_warning (find (shoes, "w79")), ==, HYR_SHOE_WARNING_NONE);
  g_assert_cmpint (hyr_shoe_get_warning (find (shoes, "w80")), ==, HYR_SHOE_WARNING_WORN);
  g_assert_cmpint (hyr_shoe_get_warning (find (shoes, "w100")), ==, HYR_SHOE_WARNING_RETIRE);
  g_assert_cmpint (hyr_shoe_get_warning (find (shoes, "sum")), ==, HYR_SHOE_WARNING_RETIRE);
  g_assert_cmpint (hyr_shoe_get_warning (find (shoes, "kind")), ==, HYR_SHOE_WARNING_NONE);

  /* A pair at its retire distance that is still worn is due now. */
  assert_date (hyr_shoe_get_retire_date (find (shoes, "sum")), 2026, 3, 2);
  /* A pair not worn in the last 8 weeks has no projection. */
  g_assert_null (hyr_shoe_get_retire_date (find (shoes, "w80")));

  g_assert_true (hyr_shoe_rotation_set_kind (rotation, "kind", HYR_SHOE_KIND_RACING, &error));
  g_assert_no_error (error);
  {
    g_autoptr(HyrShoe) kind = hyr_shoe_rotation_get_shoe (rotation, "kind");

    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_wear (kind), 0.8, 1e-9);
    g_assert_cmpint (hyr_shoe_get_warning (kind), ==, HYR_SHOE_WARNING_WORN);
  }
}

static HyrShoe *
suggest (HyrShoeRotation *rotation,
         HyrRunKind       kind,
         double           distance,
         char           **reason)
{
  HyrShoe *shoe = hyr_shoe_rotation_suggest (rotation, kind, distance, NULL, reason);

  g_assert_nonnull (*reason);
  g_assert_cmpstr (*reason, !=, "");
  return shoe;
}

/* Suggestions, pair by pair:
 *
 *   A "Daily A"  cushioned, last worn 2026-02-27
 *   B "Daily B"  cushioned, last worn 2026-03-01
 *   M "Minimal"  minimalist, never worn (so fewer than 10 runs: 5 km at most)
 *   R "Racer"    racing, last worn 2026-02-20
 *   T "Trail"    trail, last worn 2026-02-10
 *   W "Worn"     cushioned, 900 km prior: past 800 km, last worn 2025-01-01
 *
 * long 20 km → A (cushioned; rested longer than B; W is worn out);
 * recovery 5 km → A; easy 5 km → M (short easy run); easy 7 km → A (too far
 * for a new minimalist pair); hill 4 km → M; hill 6 km → T; tempo,
 * intervals, race → R. After a run in A today, the long run goes to B. */
static void
test_suggest (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  const struct {
    HyrRunKind  kind;
    double      distance;
    const char *expected;
  } cases[] = {
    { HYR_RUN_KIND_LONG, 20 * KM, "A" },
    { HYR_RUN_KIND_RECOVERY, 5 * KM, "A" },
    { HYR_RUN_KIND_EASY, 5 * KM, "M" },
    { HYR_RUN_KIND_EASY, 7 * KM, "A" },
    { HYR_RUN_KIND_HILL, 4 * KM, "M" },
    { HYR_RUN_KIND_HILL, 6 * KM, "T" },
    { HYR_RUN_KIND_TEMPO, 10 * KM, "R" },
    { HYR_RUN_KIND_INTERVAL, 8 * KM, "R" },
    { HYR_RUN_KIND_RACE, 42.195 * KM, "R" },
  };

  hyr_test_store_add_gear_full (store, "A", "Daily A", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "B", "Daily B", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "M", "Minimal", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "R", "Racer", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "T", "Trail", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "W", "Worn", 900 * KM, 0, TRUE);
  hyr_test_store_add_activity_on (store, "a", "Running", 2026, 2, 27, 8 * KM, "A");
  hyr_test_store_add_activity_on (store, "b", "Running", 2026, 3, 1, 8 * KM, "B");
  hyr_test_store_add_activity_on (store, "r", "Running", 2026, 2, 20, 8 * KM, "R");
  hyr_test_store_add_activity_on (store, "t", "Running", 2026, 2, 10, 8 * KM, "T");
  hyr_test_store_add_activity_on (store, "w", "Running", 2025, 1, 1, 8 * KM, "W");

  rotation = rotation_new (store, state);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      g_autoptr(HyrShoe) shoe = suggest (rotation, cases[i].kind, cases[i].distance, &reason);

      g_assert_nonnull (shoe);
      if (g_strcmp0 (hyr_shoe_get_gear_id (shoe), cases[i].expected) != 0)
        g_error ("case %u: expected %s, got %s (%s)", i, cases[i].expected,
                 hyr_shoe_get_gear_id (shoe), reason);
      g_assert_nonnull (strstr (reason, hyr_shoe_get_name (shoe)));
    }

  /* A run in A today: B has rested longer now. */
  {
    g_autoptr(GDateTime) morning = g_date_time_new_utc (2026, 3, 2, 7, 0, 0);
    g_autofree char *reason = NULL;
    g_autoptr(HyrShoe) shoe = NULL;

    hyr_test_store_add_activity (store, "today", "Running", morning, 10 * KM, 0, "A");
    hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));

    shoe = suggest (rotation, HYR_RUN_KIND_LONG, 20 * KM, &reason);
    g_assert_cmpstr (hyr_shoe_get_gear_id (shoe), ==, "B");
  }
}

/* Only a worn-out pair is left (the other one retired): it is suggested,
 * with a reason that says so. No pair at all: NULL, with a reason. A pair of
 * the wrong kind is still the closest fit. */
static void
test_suggest_fallbacks (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autofree char *reason = NULL;

  {
    g_autoptr(HyrTestStore) store = hyr_test_store_new ();
    g_autoptr(HyrShoeRotation) rotation = NULL;
    g_autoptr(HyrShoe) shoe = NULL;

    hyr_test_store_add_gear_full (store, "W", "Worn", 900 * KM, 0, TRUE);
    hyr_test_store_add_gear_full (store, "X", "Worse", 1000 * KM, 0, TRUE);
    hyr_test_store_add_gear_full (store, "old", "Retired", 0, 0, FALSE);
    rotation = rotation_new (store, state);

    shoe = suggest (rotation, HYR_RUN_KIND_EASY, 8 * KM, &reason);
    g_assert_cmpstr (hyr_shoe_get_gear_id (shoe), ==, "W");
    g_assert_nonnull (strstr (reason, "past its retire distance"));
    g_clear_pointer (&reason, g_free);
  }

  {
    g_autoptr(HyrTestStore) store = hyr_test_store_new ();
    g_autoptr(HyrShoeRotation) rotation = NULL;
    g_autoptr(HyrShoe) shoe = NULL;

    hyr_test_store_add_gear_full (store, "old", "Retired", 0, 0, FALSE);
    rotation = rotation_new (store, state);

    shoe = suggest (rotation, HYR_RUN_KIND_EASY, 8 * KM, &reason);
    g_assert_null (shoe);
    g_clear_pointer (&reason, g_free);
  }

  {
    g_autoptr(HyrTestStore) store = hyr_test_store_new ();
    g_autoptr(HyrShoeRotation) rotation = NULL;
    g_autoptr(HyrShoe) shoe = NULL;

    hyr_test_store_add_gear_full (store, "T", "Mountain", 0, 0, TRUE);
    rotation = rotation_new (store, state);
    g_assert_true (hyr_shoe_rotation_set_kind (rotation, "T", HYR_SHOE_KIND_TRAIL, NULL));

    shoe = suggest (rotation, HYR_RUN_KIND_RACE, 10 * KM, &reason);
    g_assert_cmpstr (hyr_shoe_get_gear_id (shoe), ==, "T");
    g_assert_nonnull (strstr (reason, "closest"));
    g_clear_pointer (&reason, g_free);
  }

  /* The cushioned pair would suit a long run but is worn out: the trail
   * pair gets it, and the reason names the worn-out one. */
  {
    g_autoptr(HyrTestStore) store = hyr_test_store_new ();
    g_autoptr(HyrShoeRotation) rotation = NULL;
    g_autoptr(HyrShoe) shoe = NULL;

    hyr_test_store_add_gear_full (store, "C", "Old cushion", 850 * KM, 0, TRUE);
    hyr_test_store_add_gear_full (store, "T2", "Speedgoat trail", 0, 0, TRUE);
    rotation = rotation_new (store, state);

    shoe = suggest (rotation, HYR_RUN_KIND_LONG, 20 * KM, &reason);
    g_assert_cmpstr (hyr_shoe_get_gear_id (shoe), ==, "T2");
    g_assert_nonnull (strstr (reason, "“Old cushion” would suit it better"));
  }
}

/* A host without gear: the plugin keeps two pairs, added on 2026-01-26.
 *
 *   D "Daily"    cushioned, 50 km prior, default for easy runs
 *   M "Minimal"  minimalist, default for hills
 *
 *   r0 2026-01-20 Running 10 km             before the pairs: no pair
 *   r1 2026-02-03 Running  8 km             easy → D
 *   w1 2026-02-04 Walking  4 km             not a run: no pair
 *   r2 2026-02-05 Running  8 km             easy → D
 *   r4 2026-02-07 Running  6 km, 200 m up   33 m/km ≥ 20: hill → M
 *   r3 2026-02-08 Running 20 km             the median run of its week and
 *      the three before (r0 r1 r2 r4 r3: 6 8 8 10 20) is 8 km; 20 ≥ 1.5 × 8:
 *      long (HyrRunClassifier) → no default → easy → D
 *
 * D: 50 + 8 + 8 + 20 = 86 km, 3 runs; M: 6 km, 1 run.
 * r2 moved to M by hand: D 78 km, 2 runs; M 14 km, 2 runs. */
static void
test_own_pairs (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GDateTime) since = g_date_time_new_utc (2026, 1, 26, 0, 0, 0);
  g_autoptr(GDateTime) r4_start = hyr_test_day (2026, 2, 7);
  g_autoptr(GError) error = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *minimal = NULL;
  g_autofree char *shoe_id = NULL;
  g_autoptr(HyrShoe) d = NULL;
  g_autoptr(HyrShoe) m = NULL;

  hyr_test_store_add_activity_on (store, "r0", "Running", 2026, 1, 20, 10 * KM, NULL);
  hyr_test_store_add_activity_on (store, "r1", "Running", 2026, 2, 3, 8 * KM, NULL);
  hyr_test_store_add_activity_on (store, "w1", "Walking", 2026, 2, 4, 4 * KM, NULL);
  hyr_test_store_add_activity_on (store, "r2", "Running", 2026, 2, 5, 8 * KM, NULL);
  hyr_test_store_add_activity (store, "r4", "Running", r4_start, 6 * KM, 200, NULL);
  hyr_test_store_add_activity_on (store, "r3", "Running", 2026, 2, 8, 20 * KM, NULL);

  rotation = rotation_new (store, state);
  g_assert_false (hyr_shoe_rotation_get_host_has_gear (rotation));

  daily = hyr_shoe_rotation_add_shoe (rotation, "  Daily ", HYR_SHOE_KIND_CUSHIONED, 50 * KM, since, &error);
  g_assert_no_error (error);
  g_assert_nonnull (daily);
  minimal = hyr_shoe_rotation_add_shoe (rotation, "Minimal", HYR_SHOE_KIND_MINIMALIST, 0, since, &error);
  g_assert_no_error (error);
  g_assert_true (hyr_shoe_rotation_set_default_for_kind (rotation, HYR_RUN_KIND_EASY, daily, &error));
  g_assert_no_error (error);
  g_assert_true (hyr_shoe_rotation_set_default_for_kind (rotation, HYR_RUN_KIND_HILL, minimal, &error));
  g_assert_no_error (error);

  d = hyr_shoe_rotation_get_shoe (rotation, daily);
  m = hyr_shoe_rotation_get_shoe (rotation, minimal);
  g_assert_cmpstr (hyr_shoe_get_name (d), ==, "Daily");
  g_assert_false (hyr_shoe_get_from_host (d));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (d), 86 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (d), ==, 3);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (m), 6 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (m), ==, 1);
  g_clear_object (&d);
  g_clear_object (&m);

  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "r0");
  g_assert_null (shoe_id);
  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "w1");
  g_assert_null (shoe_id);
  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "r3");
  g_assert_cmpstr (shoe_id, ==, daily);
  g_clear_pointer (&shoe_id, g_free);
  shoe_id = hyr_shoe_rotation_get_default_for_kind (rotation, HYR_RUN_KIND_HILL);
  g_assert_cmpstr (shoe_id, ==, minimal);
  g_clear_pointer (&shoe_id, g_free);
  shoe_id = hyr_shoe_rotation_get_default_for_kind (rotation, HYR_RUN_KIND_LONG);
  g_assert_null (shoe_id);

  /* The user says r2 was in the minimalist pair. */
  g_assert_true (hyr_shoe_rotation_set_activity_shoe (rotation, "r2", minimal, &error));
  g_assert_no_error (error);
  d = hyr_shoe_rotation_get_shoe (rotation, daily);
  m = hyr_shoe_rotation_get_shoe (rotation, minimal);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (d), 78 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (d), ==, 2);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (m), 14 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (m), ==, 2);
  g_clear_object (&d);
  g_clear_object (&m);
  shoe_id = hyr_shoe_rotation_get_activity_override (rotation, "r2");
  g_assert_cmpstr (shoe_id, ==, minimal);
  g_clear_pointer (&shoe_id, g_free);
  shoe_id = hyr_shoe_rotation_get_activity_override (rotation, "r1");
  g_assert_null (shoe_id);

  /* Recent runs, latest first: r3 r4 r2 r1 r0. */
  {
    g_autoptr(GPtrArray) runs = hyr_shoe_rotation_list_recent_runs (rotation, 3);

    g_assert_cmpuint (runs->len, ==, 3);
    g_assert_cmpstr (hyr_activity_get_id (g_ptr_array_index (runs, 0)), ==, "r3");
    g_assert_cmpstr (hyr_activity_get_id (g_ptr_array_index (runs, 1)), ==, "r4");
    g_assert_cmpstr (hyr_activity_get_id (g_ptr_array_index (runs, 2)), ==, "r2");
  }

  /* Editing: a new name and 60 km prior: 78 + 10 = 88 km. */
  g_assert_true (hyr_shoe_rotation_edit_shoe (rotation, daily, "Daily Trainer", 60 * KM, &error));
  g_assert_no_error (error);
  d = hyr_shoe_rotation_get_shoe (rotation, daily);
  g_assert_cmpstr (hyr_shoe_get_name (d), ==, "Daily Trainer");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (d), 88 * KM, 1e-6);
  g_clear_object (&d);
  g_assert_false (hyr_shoe_rotation_edit_shoe (rotation, daily, " ", 60 * KM, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID);
  g_clear_error (&error);

  /* Retiring M at the reference time keeps its history, stops suggesting
   * it, and sends later hill runs to the easy default. A week later, a
   * hilly run on 2026-03-04 goes to D: 88 + 6 = 94 km. */
  g_assert_true (hyr_shoe_rotation_retire_shoe (rotation, minimal, TRUE, &error));
  g_assert_no_error (error);
  m = hyr_shoe_rotation_get_shoe (rotation, minimal);
  g_assert_false (hyr_shoe_get_active (m));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (m), 14 * KM, 1e-6);
  g_clear_object (&m);
  {
    g_autoptr(GDateTime) later = hyr_test_day (2026, 3, 9);
    g_autoptr(GDateTime) hill = hyr_test_day (2026, 3, 4);
    g_autofree char *reason = NULL;
    g_autoptr(HyrShoe) suggested = NULL;

    hyr_test_store_add_activity (store, "r5", "Running", hill, 6 * KM, 200, NULL);
    hyr_shoe_rotation_set_reference_time (rotation, later);

    d = hyr_shoe_rotation_get_shoe (rotation, daily);
    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (d), 94 * KM, 1e-6);
    g_clear_object (&d);

    suggested = hyr_shoe_rotation_suggest (rotation, HYR_RUN_KIND_HILL, 4 * KM, NULL, &reason);
    g_assert_cmpstr (hyr_shoe_get_gear_id (suggested), ==, daily);
  }

  /* Bringing it back, then removing it: its rules and assignments go too,
   * and r2 falls back to the easy default. */
  g_assert_true (hyr_shoe_rotation_retire_shoe (rotation, minimal, FALSE, &error));
  g_assert_no_error (error);
  m = hyr_shoe_rotation_get_shoe (rotation, minimal);
  g_assert_true (hyr_shoe_get_active (m));
  g_clear_object (&m);

  g_assert_true (hyr_shoe_rotation_remove_shoe (rotation, minimal, &error));
  g_assert_no_error (error);
  m = hyr_shoe_rotation_get_shoe (rotation, minimal);
  g_assert_null (m);
  shoe_id = hyr_shoe_rotation_get_default_for_kind (rotation, HYR_RUN_KIND_HILL);
  g_assert_null (shoe_id);
  shoe_id = hyr_shoe_rotation_get_activity_override (rotation, "r2");
  g_assert_null (shoe_id);
  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "r2");
  g_assert_cmpstr (shoe_id, ==, daily);
  g_clear_pointer (&shoe_id, g_free);

  g_assert_false (hyr_shoe_rotation_remove_shoe (rotation, minimal, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE);
}

/* One own pair and no defaults: every run from its first day counts for
 * it. "Only" added 2026-02-01 with no prior distance gets r1 (8 km) and r2
 * (5 km), not r0 (before) nor the walk. */
static void
test_own_single_pair (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GDateTime) since = g_date_time_new_utc (2026, 2, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *only = NULL;
  g_autoptr(HyrShoe) shoe = NULL;

  hyr_test_store_add_activity_on (store, "r0", "Running", 2026, 1, 20, 10 * KM, NULL);
  hyr_test_store_add_activity_on (store, "r1", "Running", 2026, 2, 3, 8 * KM, NULL);
  hyr_test_store_add_activity_on (store, "w1", "Walking", 2026, 2, 4, 4 * KM, NULL);
  hyr_test_store_add_activity_on (store, "r2", "Running", 2026, 2, 5, 5 * KM, NULL);

  rotation = rotation_new (store, state);
  only = hyr_shoe_rotation_add_shoe (rotation, "Only", HYR_SHOE_KIND_CUSHIONED, 0, since, &error);
  g_assert_no_error (error);

  shoe = hyr_shoe_rotation_get_shoe (rotation, only);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (shoe), 13 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (shoe), ==, 2);
}

/* Kind, retire distance, own pairs and defaults survive a save and a
 * load. */
static void
test_persisted (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autofree char *own = NULL;
  g_autoptr(GError) error = NULL;

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);

  {
    g_autoptr(HyrState) state = hyr_state_new (path);
    g_autoptr(HyrShoeRotation) rotation = rotation_new (store, state);

    g_assert_true (hyr_shoe_rotation_set_kind (rotation, "g1", HYR_SHOE_KIND_TRAIL, &error));
    g_assert_no_error (error);
    g_assert_true (hyr_shoe_rotation_set_retire_distance (rotation, "g1", 650 * KM, &error));
    g_assert_no_error (error);
    own = hyr_shoe_rotation_add_shoe (rotation, "Spare", HYR_SHOE_KIND_RACING, 12.5 * KM, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (hyr_shoe_rotation_set_default_for_kind (rotation, HYR_RUN_KIND_RACE, own, &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(HyrState) state = hyr_state_load (path, &error);
    g_autoptr(HyrShoeRotation) rotation = NULL;
    g_autoptr(HyrShoe) g1 = NULL;
    g_autoptr(HyrShoe) spare = NULL;
    g_autofree char *race = NULL;

    g_assert_no_error (error);
    rotation = rotation_new (store, state);
    g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
    g_assert_cmpint (hyr_shoe_get_kind (g1), ==, HYR_SHOE_KIND_TRAIL);
    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g1), 650 * KM, 1e-6);
    g_assert_true (hyr_shoe_get_retire_distance_is_custom (g1));

    spare = hyr_shoe_rotation_get_shoe (rotation, own);
    g_assert_nonnull (spare);
    g_assert_cmpstr (hyr_shoe_get_name (spare), ==, "Spare");
    g_assert_cmpint (hyr_shoe_get_kind (spare), ==, HYR_SHOE_KIND_RACING);
    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_prior_distance (spare), 12.5 * KM, 1e-6);
    g_assert_false (hyr_shoe_get_from_host (spare));

    race = hyr_shoe_rotation_get_default_for_kind (rotation, HYR_RUN_KIND_RACE);
    g_assert_cmpstr (race, ==, own);
  }
}

/* A read-only state (the file on disk is damaged) refuses every edit with
 * HYR_STATE_ERROR_READ_ONLY, changes nothing and leaves the file alone. A
 * save that fails for another reason puts the section back. */
static void
test_read_only (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *own = NULL;
  const char *damaged = "{ \"schema-version\": 1, \"sections\": { \"shoes\": ";

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  g_assert_true (g_file_set_contents (path, damaged, -1, &error));
  g_assert_no_error (error);

  state = hyr_state_load (path, &error);
  g_assert_null (state);
  g_assert_nonnull (error);
  state = hyr_state_new_read_only (path, error);
  g_clear_error (&error);
  rotation = rotation_new (store, state);

  g_assert_false (hyr_shoe_rotation_set_kind (rotation, "g1", HYR_SHOE_KIND_RACING, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (hyr_shoe_rotation_set_retire_distance (rotation, "g1", 300 * KM, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_clear_error (&error);
  own = hyr_shoe_rotation_add_shoe (rotation, "New", HYR_SHOE_KIND_CUSHIONED, 0, NULL, &error);
  g_assert_null (own);
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpint (hyr_shoe_get_kind (g1), ==, HYR_SHOE_KIND_CUSHIONED);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g1), 800 * KM, 1e-6);
  g_assert_cmpuint (json_object_get_size (hyr_state_get_section (state, "shoes")), ==, 0);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, damaged);
}

static void
test_save_failure_restores (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *blocker = state_path ();
  g_autofree char *path = g_build_filename (blocker, "state.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) g1 = NULL;

  /* The state's folder is a file: saving cannot work, even as root. */
  g_assert_true (g_file_set_contents (blocker, "", -1, &error));
  g_assert_no_error (error);
  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);

  state = hyr_state_new (path);
  rotation = rotation_new (store, state);

  g_assert_false (hyr_shoe_rotation_set_kind (rotation, "g1", HYR_SHOE_KIND_RACING, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO);
  g_clear_error (&error);

  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpint (hyr_shoe_get_kind (g1), ==, HYR_SHOE_KIND_CUSHIONED);
  g_assert_cmpuint (json_object_get_size (hyr_state_get_section (state, "shoes")), ==, 0);
}

/* Hostile host values never crash nor poison totals.
 *
 *   h1: no name (shown as "h1"), prior −1 km (0), retire −5 km (unknown,
 *       so 800 km); a second "h1" (1000 km prior) is ignored; a pair with
 *       an empty identifier is dropped.
 *   Runs in h1: −3 km (0), 1e12 m (absurd: 0), 5 km listing h1
 *   twice (once), "dup" twice with 3 km (once), a sportless 2 km activity
 *   (wear, not a run), an activity without a start (dropped by the
 *   contract), and a HyrGear posing as an activity (dropped).
 *
 * h1: distance 0 + 0 + 5 + 3 + 2 = 10 km; runs: the negative, absurd, 5 km
 * and 3 km ones = 4, 8 km. (NaN never gets this far: GObject refuses it at
 * the property, which then keeps its default of 0.) */
static void
test_hostile (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GDateTime) start = hyr_test_day (2026, 2, 2);
  g_autoptr(HyrActivity) twice = NULL;
  g_autoptr(HyrActivity) no_start = NULL;
  g_autoptr(HyrGear) impostor = NULL;
  const char *h1_twice[] = { "h1", "h1", "unknown", NULL };
  HyrShoe *h1;

  hyr_test_store_add_gear_full (store, "h1", NULL, -1 * KM, -5 * KM, TRUE);
  hyr_test_store_add_gear_full (store, "h1", "Dup", 1000 * KM, 0, TRUE);
  hyr_test_store_add_gear_full (store, "", "Empty id", 0, 0, TRUE);

  hyr_test_store_add_activity (store, "negative", "Running", start, -3 * KM, -1, "h1");
  hyr_test_store_add_activity (store, "absurd", "Running", start, 1e12, 0, "h1");
  twice = g_object_new (HYR_TYPE_ACTIVITY, "id", "twice", "sport", "Running", "start", start,
                        "distance", 5 * KM, "gear-ids", h1_twice, NULL);
  hyr_test_store_add_object (store, G_OBJECT (twice));
  hyr_test_store_add_activity (store, "dup", "Running", start, 3 * KM, 0, "h1");
  hyr_test_store_add_activity (store, "dup", "Running", start, 3 * KM, 0, "h1");
  hyr_test_store_add_activity (store, "nosport", NULL, start, 2 * KM, 0, "h1");
  no_start = g_object_new (HYR_TYPE_ACTIVITY, "id", "nostart", "sport", "Running",
                           "distance", 7 * KM, NULL);
  hyr_test_store_add_object (store, G_OBJECT (no_start));
  impostor = hyr_gear_new ("impostor", "Impostor", 0, 0, TRUE);
  hyr_test_store_add_object (store, G_OBJECT (impostor));
  hyr_test_store_add_activity (store, "bad-utf8", "\xff\xfe", start, 1 * KM, 0, NULL);

  rotation = rotation_new (store, state);
  shoes = hyr_shoe_rotation_list_shoes (rotation);

  g_assert_cmpuint (shoes->len, ==, 1);
  h1 = find (shoes, "h1");
  g_assert_cmpstr (hyr_shoe_get_name (h1), ==, "h1");
  g_assert_cmpfloat (hyr_shoe_get_prior_distance (h1), ==, 0);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (h1), 800 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (h1), 10 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_run_distance (h1), 8 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (h1), ==, 4);
  g_assert_true (isfinite (hyr_shoe_get_wear (h1)));
  g_assert_true (isfinite (hyr_shoe_get_weekly_distance (h1)));
  g_assert_true (isfinite (hyr_shoe_get_share (h1)));

  /* A hand-edited state with the wrong types is ignored, not trusted. */
  {
    JsonObject *shoes_section = hyr_state_get_section (state, "shoes");
    g_autoptr(JsonNode) node = json_from_string ("{ \"h1\": { \"kind\": 7, \"retire-distance\": \"far\" },"
                                                 "  \"x\": { \"own\": true, \"prior-distance\": -3,"
                                                 "           \"added\": \"yesterday\" } }", NULL);
    g_autoptr(GPtrArray) again = NULL;
    HyrShoe *x;

    json_object_set_member (shoes_section, "pairs", g_steal_pointer (&node));
    json_object_set_string_member (shoes_section, "defaults", "nonsense");
    json_object_set_array_member (shoes_section, "assignments", json_array_new ());
    hyr_state_section_changed (state, "shoes");

    again = hyr_shoe_rotation_list_shoes (rotation);
    g_assert_cmpuint (again->len, ==, 2);
    h1 = find (again, "h1");
    g_assert_cmpint (hyr_shoe_get_kind (h1), ==, HYR_SHOE_KIND_CUSHIONED);
    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (h1), 800 * KM, 1e-6);
    x = find (again, "x");
    g_assert_cmpstr (hyr_shoe_get_name (x), ==, "x");
    g_assert_cmpfloat (hyr_shoe_get_prior_distance (x), ==, 0);
  }
}

/* Host pairs belong to the host: the plugin does not rename, retire or
 * remove them; a pair needs a name. */
static void
test_host_pairs_are_the_hosts (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  rotation = rotation_new (store, state);

  g_assert_false (hyr_shoe_rotation_edit_shoe (rotation, "g1", "Mine", 0, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_HOST_SHOE);
  g_clear_error (&error);
  g_assert_false (hyr_shoe_rotation_retire_shoe (rotation, "g1", TRUE, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_HOST_SHOE);
  g_clear_error (&error);
  g_assert_false (hyr_shoe_rotation_remove_shoe (rotation, "g1", &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_HOST_SHOE);
  g_clear_error (&error);

  id = hyr_shoe_rotation_add_shoe (rotation, " \t", HYR_SHOE_KIND_CUSHIONED, 0, NULL, &error);
  g_assert_null (id);
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID);
  g_clear_error (&error);
  id = hyr_shoe_rotation_add_shoe (rotation, "Far", HYR_SHOE_KIND_CUSHIONED, INFINITY, NULL, &error);
  g_assert_null (id);
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (hyr_shoe_rotation_set_activity_shoe (rotation, "a1", "nope", &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE);
}

static void
count_signal (gpointer  instance,
              guint    *count)
{
  (*count)++;
}

/* The rotation listens to the store: several changes in a row make one
 * query and one "changed"; a change that moves no figure makes none; an
 * edit of the user's settings makes one. Figures read before the idle
 * callback are already current. */
static void
test_changed (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  hyr_test_store_add_activity_on (store, "a1", "Running", 2026, 2, 1, 10 * KM, "g1");

  rotation = rotation_new (store, state);
  g_signal_connect (rotation, "changed", G_CALLBACK (count_signal), &changes);

  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g1), 10 * KM, 1e-6);
  g_clear_object (&g1);
  drain ();
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpuint (hyr_test_store_get_n_queries (store), ==, 1);

  hyr_test_store_add_activity_on (store, "a2", "Running", 2026, 2, 3, 5 * KM, "g1");
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));
  hyr_test_store_add_activity_on (store, "a3", "Running", 2026, 2, 5, 7 * KM, "g1");
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));
  drain ();
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (hyr_test_store_get_n_queries (store), ==, 2);
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g1), 22 * KM, 1e-6);
  g_assert_cmpuint (hyr_shoe_get_runs (g1), ==, 3);
  g_clear_object (&g1);

  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));
  drain ();
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (hyr_test_store_get_n_queries (store), ==, 3);

  /* Read before the idle callback: current already; the signal follows. */
  hyr_test_store_add_activity_on (store, "a4", "Running", 2026, 2, 7, 3 * KM, "g1");
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g1), 25 * KM, 1e-6);
  g_clear_object (&g1);
  g_assert_cmpuint (changes, ==, 1);
  drain ();
  g_assert_cmpuint (changes, ==, 2);

  g_assert_true (hyr_shoe_rotation_set_kind (rotation, "g1", HYR_SHOE_KIND_RACING, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (changes, ==, 3);
  /* A settings edit needs no new query. */
  g_assert_cmpuint (hyr_test_store_get_n_queries (store), ==, 4);

  /* The whole state replaced ("Start Afresh"): the pair's kind is read
   * again, and listeners hear of it. */
  hyr_state_section_changed (state, "*");
  drain ();
  g_assert_cmpuint (changes, ==, 4);
}

/* The default pair of every run kind takes recorded runs, as
 * HyrRunClassifier tells their kinds, and a correction of a run's kind
 * moves the run; listeners hear of it when a figure moves. Two own pairs,
 * added 2026-01-26: D "Daily" (cushioned) for easy runs, R "Racer"
 * (racing) for races.
 *
 *   r1 2026-02-03  8 km             easy → D
 *   r2 2026-02-05  5 km "Parkrun"   a race, by its title → R
 *   r3 2026-02-07  8 km             easy → D; the user says a race → R
 *
 * Then r1 said to be easy moves nothing. */
static void
test_run_kinds (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (state);
  g_autoptr(GDateTime) since = g_date_time_new_utc (2026, 1, 26, 0, 0, 0);
  g_autoptr(GDateTime) r2_start = hyr_test_day (2026, 2, 5);
  g_autoptr(HyrActivity) r2 = g_object_new (HYR_TYPE_ACTIVITY,
                                            "id", "r2", "sport", "Running", "start", r2_start,
                                            "distance", 5 * KM, "duration", 5 * 300.0,
                                            "title", "Parkrun", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrShoe) racer = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *race = NULL;
  g_autofree char *shoe_id = NULL;
  guint changes = 0;

  hyr_test_store_add_activity_on (store, "r1", "Running", 2026, 2, 3, 8 * KM, NULL);
  hyr_test_store_add (store, r2);
  hyr_test_store_add_activity_on (store, "r3", "Running", 2026, 2, 7, 8 * KM, NULL);

  rotation = rotation_new (store, state);
  daily = hyr_shoe_rotation_add_shoe (rotation, "Daily", HYR_SHOE_KIND_CUSHIONED, 0, since, &error);
  g_assert_no_error (error);
  race = hyr_shoe_rotation_add_shoe (rotation, "Racer", HYR_SHOE_KIND_RACING, 0, since, &error);
  g_assert_no_error (error);
  g_assert_true (hyr_shoe_rotation_set_default_for_kind (rotation, HYR_RUN_KIND_EASY, daily, &error));
  g_assert_no_error (error);
  g_assert_true (hyr_shoe_rotation_set_default_for_kind (rotation, HYR_RUN_KIND_RACE, race, &error));
  g_assert_no_error (error);

  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "r1");
  g_assert_cmpstr (shoe_id, ==, daily);
  g_clear_pointer (&shoe_id, g_free);
  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "r2");
  g_assert_cmpstr (shoe_id, ==, race);
  g_clear_pointer (&shoe_id, g_free);
  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "r3");
  g_assert_cmpstr (shoe_id, ==, daily);
  g_clear_pointer (&shoe_id, g_free);

  drain ();
  g_signal_connect (rotation, "changed", G_CALLBACK (count_signal), &changes);

  g_assert_true (hyr_run_classifier_correct (classifier, "r3", HYR_RUN_KIND_RACE, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (changes, ==, 1);
  shoe_id = hyr_shoe_rotation_get_activity_shoe (rotation, "r3");
  g_assert_cmpstr (shoe_id, ==, race);
  racer = hyr_shoe_rotation_get_shoe (rotation, race);
  g_assert_cmpuint (hyr_shoe_get_runs (racer), ==, 2);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (racer), 13 * KM, 1e-6);

  g_assert_true (hyr_run_classifier_correct (classifier, "r1", HYR_RUN_KIND_EASY, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (changes, ==, 1);
}

/* Sport names decide what is a run: "Orienteering" is not a run by default;
 * the user's override makes it one, through the state's "sports" section. */
static void
test_modality_override (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  hyr_test_store_add_activity_on (store, "o1", "Orienteering", 2026, 2, 1, 10 * KM, "g1");

  rotation = rotation_new (store, state);
  g_signal_connect (rotation, "changed", G_CALLBACK (count_signal), &changes);
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpuint (hyr_shoe_get_runs (g1), ==, 0);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g1), 10 * KM, 1e-6);
  g_clear_object (&g1);

  g_assert_true (hyr_modality_set_override (state, "orienteering", HYR_MODALITY_RUNNING, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (changes, ==, 1);
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpuint (hyr_shoe_get_runs (g1), ==, 1);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_run_distance (g1), 10 * KM, 1e-6);
  g_clear_object (&g1);

  g_assert_true (hyr_modality_clear_override (state, "Orienteering", &error));
  g_assert_no_error (error);
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpuint (hyr_shoe_get_runs (g1), ==, 0);
}

/* The rotation's figures against those of a rotation that reads the whole
 * history afresh: pairs, runs per pair, and the latest runs in order (the
 * spliced history must stay sorted). */
static void
assert_same_as_fresh (HyrShoeRotation *rotation,
                      HyrTestStore    *store,
                      HyrState        *state)
{
  g_autoptr(HyrShoeRotation) fresh = rotation_new (store, state);
  g_autoptr(GPtrArray) shoes = hyr_shoe_rotation_list_shoes (rotation);
  g_autoptr(GPtrArray) fresh_shoes = hyr_shoe_rotation_list_shoes (fresh);
  g_autoptr(GPtrArray) runs = hyr_shoe_rotation_list_recent_runs (rotation, 100);
  g_autoptr(GPtrArray) fresh_runs = hyr_shoe_rotation_list_recent_runs (fresh, 100);

  g_assert_cmpuint (shoes->len, ==, fresh_shoes->len);
  for (guint i = 0; i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);
      HyrShoe *expected = g_ptr_array_index (fresh_shoes, i);

      g_assert_cmpstr (hyr_shoe_get_gear_id (shoe), ==, hyr_shoe_get_gear_id (expected));
      g_assert_cmpfloat (hyr_shoe_get_distance (shoe), ==, hyr_shoe_get_distance (expected));
      g_assert_cmpuint (hyr_shoe_get_runs (shoe), ==, hyr_shoe_get_runs (expected));
      g_assert_cmpuint (hyr_shoe_get_recent_runs (shoe), ==, hyr_shoe_get_recent_runs (expected));
      g_assert_true (g_date_time_equal (hyr_shoe_get_last_used (shoe),
                                        hyr_shoe_get_last_used (expected)));
    }

  g_assert_cmpuint (runs->len, ==, fresh_runs->len);
  for (guint i = 0; i < runs->len; i++)
    g_assert_cmpstr (hyr_activity_get_id (g_ptr_array_index (runs, i)), ==,
                     hyr_activity_get_id (g_ptr_array_index (fresh_runs, i)));
}

static void
test_range_splice (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  g_autoptr(HyrShoe) g2 = NULL;
  g_autoptr(GDateTime) from = hyr_test_day (2026, 2, 10);
  g_autoptr(GDateTime) to = hyr_test_day (2026, 2, 20);
  guint queries;

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "g2", "Speed", 0, 0, TRUE);
  /* Ten days of runs either side of the range [10 Feb noon, 20 Feb noon):
   * 10 km in g1 on even days, 6 km in g2 on odd days, 1 to 28 February.
   * Runs start at noon, so the one of 10 February lies in the range and
   * the one of 20 February just after it. */
  for (int day = 1; day <= 28; day++)
    {
      g_autofree char *id = g_strdup_printf ("r%d", day);

      hyr_test_store_add_activity_on (store, id, "Running", 2026, 2, day,
                                      day % 2 == 0 ? 10 * KM : 6 * KM,
                                      day % 2 == 0 ? "g1" : "g2");
    }

  rotation = rotation_new (store, state);
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  /* 14 even days × 10 km */
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g1), 140 * KM, 1e-6);
  g_clear_object (&g1);

  /* An addition in the range: one query, for the range only. */
  hyr_test_store_add_activity_on (store, "added", "Running", 2026, 2, 15, 21 * KM, "g2");
  queries = hyr_test_store_get_n_queries (store);
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), from, to);
  g2 = hyr_shoe_rotation_get_shoe (rotation, "g2");
  /* 14 odd days × 6 km + 21 km */
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g2), 105 * KM, 1e-6);
  g_clear_object (&g2);
  g_assert_cmpuint (hyr_test_store_get_n_queries (store) - queries, ==, 1);
  assert_same_as_fresh (rotation, store, state);

  /* An edit that moves the run of 8 February (outside) to 12 February
   * (inside) and into g2, and one of the run at the range's start; the
   * host's range covers the old and the new start. The run of 20 February,
   * at the range's end, stays as it was. */
  {
    g_autoptr(GDateTime) wide_from = hyr_test_day (2026, 2, 8);

    hyr_test_store_remove (store, "r8");
    hyr_test_store_add_activity_on (store, "r8", "Running", 2026, 2, 12, 10 * KM, "g2");
    hyr_test_store_remove (store, "r10");
    hyr_test_store_add_activity_on (store, "r10", "Running", 2026, 2, 10, 4 * KM, "g1");
    hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), wide_from, to);
  }
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  /* 140 km − 10 (r8 left g1) − 10 + 4 (r10 now 4 km) */
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g1), 124 * KM, 1e-6);
  g_clear_object (&g1);
  assert_same_as_fresh (rotation, store, state);

  /* A removal in the range. */
  hyr_test_store_remove (store, "added");
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), from, to);
  g2 = hyr_shoe_rotation_get_shoe (rotation, "g2");
  /* 84 km of odd days + 10 km of r8 */
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (g2), 94 * KM, 1e-6);
  g_clear_object (&g2);
  assert_same_as_fresh (rotation, store, state);
  drain ();
}

/* Issue 14: a tiny retire distance in the state made the wear a huge ratio,
 * shown as "−2147483648 %". A retire distance under 1 km is not taken
 * (from the state or from the host); the percentage shown stays in 0–999. */
static void
test_tiny_retire_distance (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) edited = NULL;
  g_autoptr(HyrShoe) host = NULL;
  g_autoptr(HyrShoe) worn = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) pairs = json_from_string ("{ \"edited\": { \"retire-distance\": 1e-9 } }", NULL);

  hyr_test_store_add_gear_full (store, "edited", "Edited", 5 * KM, 0, TRUE);
  hyr_test_store_add_gear_full (store, "host", "Host", 5 * KM, 0.001, TRUE);
  hyr_test_store_add_gear_full (store, "worn", "Worn", 99000 * KM, 1 * KM, TRUE);
  json_object_set_member (hyr_state_get_section (state, "shoes"), "pairs", g_steal_pointer (&pairs));
  rotation = rotation_new (store, state);

  edited = hyr_shoe_rotation_get_shoe (rotation, "edited");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (edited), 800 * KM, 1e-6);
  g_assert_false (hyr_shoe_get_retire_distance_is_custom (edited));
  g_assert_cmpint (hyr_shoe_get_wear_percent (edited), ==, 0);

  host = hyr_shoe_rotation_get_shoe (rotation, "host");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (host), 800 * KM, 1e-6);

  worn = hyr_shoe_rotation_get_shoe (rotation, "worn");
  g_assert_cmpfloat (hyr_shoe_get_wear (worn), >, 10000);
  g_assert_cmpint (hyr_shoe_get_wear_percent (worn), ==, 999);

  g_assert_false (hyr_shoe_rotation_set_retire_distance (rotation, "edited", 0.5, &error));
  g_assert_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID);
}

/* Kinds from names: the makers' model words and the plain ones, at the
 * start of a word only; anything else is taken for a cushioned trainer,
 * not guessed. */
static void
test_kind_guess (void)
{
  const struct {
    const char  *name;
    HyrShoeKind  kind;
    gboolean     guessed;
  } cases[] = {
    { "Vaporfly 3", HYR_SHOE_KIND_RACING, TRUE },
    { "Nike Alphafly", HYR_SHOE_KIND_RACING, TRUE },
    { "ASICS Metaspeed Sky", HYR_SHOE_KIND_RACING, TRUE },
    { "Endorphin Pro 4", HYR_SHOE_KIND_RACING, TRUE },
    { "Adizero Adios Pro 3", HYR_SHOE_KIND_RACING, TRUE },
    { "Old racer", HYR_SHOE_KIND_RACING, TRUE },
    { "Race day", HYR_SHOE_KIND_RACING, TRUE },
    { "Speedgoat 5", HYR_SHOE_KIND_TRAIL, TRUE },
    { "Peregrine 14", HYR_SHOE_KIND_TRAIL, TRUE },
    { "Cascadia 17", HYR_SHOE_KIND_TRAIL, TRUE },
    { "Trail racer", HYR_SHOE_KIND_TRAIL, TRUE },
    { "Merrell Vapor Glove 6", HYR_SHOE_KIND_MINIMALIST, TRUE },
    { "Vivobarefoot Primus Lite", HYR_SHOE_KIND_MINIMALIST, TRUE },
    { "Primus Trail", HYR_SHOE_KIND_MINIMALIST, TRUE },
    { "Xero HFS", HYR_SHOE_KIND_MINIMALIST, TRUE },
    { "Minimalist", HYR_SHOE_KIND_MINIMALIST, TRUE },
    { "Pegasus 40", HYR_SHOE_KIND_CUSHIONED, FALSE },
    { "Endorphin Speed", HYR_SHOE_KIND_CUSHIONED, FALSE },
    { "Grace", HYR_SHOE_KIND_CUSHIONED, FALSE },
    { "Terrace walkers", HYR_SHOE_KIND_CUSHIONED, FALSE },
    { "", HYR_SHOE_KIND_CUSHIONED, FALSE },
    { NULL, HYR_SHOE_KIND_CUSHIONED, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean guessed = !cases[i].guessed;

      if (hyr_shoe_kind_guess (cases[i].name, &guessed) != cases[i].kind || guessed != cases[i].guessed)
        g_error ("“%s”: expected kind %d%s", cases[i].name, cases[i].kind,
                 cases[i].guessed ? ", guessed" : "");
    }
}

/* A pair's kind guessed from its name is marked as a guess until the user
 * confirms it (sets the same kind) or chooses another. */
static void
test_kind_guess_confirmed (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) fly = NULL;
  g_autoptr(HyrShoe) pegasus = NULL;
  g_autoptr(GError) error = NULL;

  hyr_test_store_add_gear_full (store, "f", "Vaporfly 3", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "p", "Pegasus 40", 0, 0, TRUE);
  rotation = rotation_new (store, state);

  fly = hyr_shoe_rotation_get_shoe (rotation, "f");
  pegasus = hyr_shoe_rotation_get_shoe (rotation, "p");
  g_assert_cmpint (hyr_shoe_get_kind (fly), ==, HYR_SHOE_KIND_RACING);
  g_assert_true (hyr_shoe_get_kind_guessed (fly));
  g_assert_cmpint (hyr_shoe_get_kind (pegasus), ==, HYR_SHOE_KIND_CUSHIONED);
  g_assert_false (hyr_shoe_get_kind_guessed (pegasus));
  g_clear_object (&fly);

  g_assert_true (hyr_shoe_rotation_set_kind (rotation, "f", HYR_SHOE_KIND_RACING, &error));
  g_assert_no_error (error);
  fly = hyr_shoe_rotation_get_shoe (rotation, "f");
  g_assert_cmpint (hyr_shoe_get_kind (fly), ==, HYR_SHOE_KIND_RACING);
  g_assert_false (hyr_shoe_get_kind_guessed (fly));
}

/* Days rested, one count for all: a pair last worn on Monday evening has
 * rested 5 days on Saturday morning (4.5 days of hours), as its row says
 * "last worn 5 days ago". */
static void
test_days_rested (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GDateTime) monday_evening = g_date_time_new_local (2026, 2, 23, 19, 0, 0);
  g_autoptr(GDateTime) thursday_evening = g_date_time_new_local (2026, 2, 26, 19, 0, 0);
  g_autoptr(GDateTime) saturday_morning = g_date_time_new_local (2026, 2, 28, 7, 0, 0);
  g_autoptr(HyrShoe) shoe = NULL;
  g_autofree char *reason = NULL;

  g_assert_cmpint (hyr_shoe_days_between (monday_evening, saturday_morning), ==, 5);
  g_assert_cmpint (hyr_shoe_days_between (saturday_morning, saturday_morning), ==, 0);
  g_assert_cmpint (hyr_shoe_days_between (saturday_morning, monday_evening), ==, -5);

  hyr_test_store_add_gear_full (store, "A", "Daily A", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "B", "Daily B", 0, 0, TRUE);
  hyr_test_store_add_activity (store, "a", "Running", monday_evening, 8 * KM, 0, "A");
  hyr_test_store_add_activity (store, "b", "Running", thursday_evening, 8 * KM, 0, "B");
  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
  hyr_shoe_rotation_set_reference_time (rotation, saturday_morning);

  shoe = hyr_shoe_rotation_suggest (rotation, HYR_RUN_KIND_EASY, 8 * KM, saturday_morning, &reason);
  g_assert_cmpstr (hyr_shoe_get_gear_id (shoe), ==, "A");
  g_assert_nonnull (strstr (reason, "rested longest (5 days)"));
}

static int
compare_session_days (gconstpointer a,
                      gconstpointer b)
{
  HyrSession *x = *(HyrSession **)a;
  HyrSession *y = *(HyrSession **)b;

  return g_date_time_compare (hyr_session_get_day (x), hyr_session_get_day (y));
}

/* A plan's runs take turns in the pairs that suit them: each planned run
 * wears its pair, so that the next run goes to the other one. Before, the
 * pair that had rested longest today was suggested for every run of the
 * coming weeks. */
static void
test_planned_runs_rotate (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 3, 2, 12, 0, 0);
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  g_autoptr(GPtrArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) worn = g_ptr_array_new ();
  guint in_a = 0, in_b = 0;

  hyr_test_store_add_gear_full (store, "A", "Daily A", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "B", "Daily B", 0, 0, TRUE);
  for (int day = 1; day <= 28; day += 2)
    {
      g_autoptr(GDateTime) run = g_date_time_add_days (monday, -day);
      g_autoptr(GDateTime) evening = g_date_time_add_hours (run, 18);
      g_autofree char *id = g_strdup_printf ("r%d", day);

      hyr_test_store_add_activity (store, id, "Running", evening, 8 * KM, 0, day % 4 == 1 ? "A" : "B");
    }

  planner = hyr_planner_new (HYR_ACTIVITY_STORE (store), state);
  hyr_planner_set_today (planner, today);
  weeks = hyr_planner_plan_range (planner, monday, 3, &error);
  g_assert_no_error (error);

  for (guint w = 0; w < weeks->len; w++)
    {
      GPtrArray *sessions = hyr_week_plan_get_sessions (g_ptr_array_index (weeks, w));

      for (guint i = 0; i < sessions->len; i++)
        {
          HyrSession *session = g_ptr_array_index (sessions, i);

          if (hyr_session_get_kind (session) != HYR_SESSION_KIND_RUN ||
              g_date_time_compare (hyr_session_get_day (session), today) <= 0)
            continue;
          g_ptr_array_add (worn, session);
        }
    }
  g_ptr_array_sort (worn, compare_session_days);

  /* Two cushioned pairs and nothing else: every run can go to either, so
   * they alternate. */
  g_assert_cmpuint (worn->len, >=, 6);
  for (guint i = 0; i < worn->len; i++)
    {
      const char *shoe = hyr_session_get_shoe_id (g_ptr_array_index (worn, i));

      g_assert_nonnull (shoe);
      if (g_strcmp0 (shoe, "A") == 0)
        in_a++;
      else
        in_b++;
      if (i > 0)
        g_assert_cmpstr (shoe, !=, hyr_session_get_shoe_id (g_ptr_array_index (worn, i - 1)));
    }
  g_assert_cmpuint (in_a, >, 0);
  g_assert_cmpuint (in_b, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shoe-rotation/figures", test_figures);
  g_test_add_func ("/shoe-rotation/retire-distance", test_retire_distance);
  g_test_add_func ("/shoe-rotation/warnings", test_warnings);
  g_test_add_func ("/shoe-rotation/suggest", test_suggest);
  g_test_add_func ("/shoe-rotation/kind-guess", test_kind_guess);
  g_test_add_func ("/shoe-rotation/kind-guess-confirmed", test_kind_guess_confirmed);
  g_test_add_func ("/shoe-rotation/days-rested", test_days_rested);
  g_test_add_func ("/shoe-rotation/planned-runs-rotate", test_planned_runs_rotate);
  g_test_add_func ("/shoe-rotation/suggest-fallbacks", test_suggest_fallbacks);
  g_test_add_func ("/shoe-rotation/own-pairs", test_own_pairs);
  g_test_add_func ("/shoe-rotation/own-single-pair", test_own_single_pair);
  g_test_add_func ("/shoe-rotation/run-kinds", test_run_kinds);
  g_test_add_func ("/shoe-rotation/persisted", test_persisted);
  g_test_add_func ("/shoe-rotation/read-only", test_read_only);
  g_test_add_func ("/shoe-rotation/save-failure-restores", test_save_failure_restores);
  g_test_add_func ("/shoe-rotation/hostile", test_hostile);
  g_test_add_func ("/shoe-rotation/tiny-retire-distance", test_tiny_retire_distance);
  g_test_add_func ("/shoe-rotation/host-pairs", test_host_pairs_are_the_hosts);
  g_test_add_func ("/shoe-rotation/changed", test_changed);
  g_test_add_func ("/shoe-rotation/range-splice", test_range_splice);
  g_test_add_func ("/shoe-rotation/modality-override", test_modality_override);

  return g_test_run ();
}
