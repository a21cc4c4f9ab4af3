/* bench-shoe-rotation.c — the shoe rotation over 20 years of history
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Not a test: prints how long the rotation takes on a history the size of
 * the design's measured pytrainer database (14 600 activities, 40 pairs),
 * beside the cost of the one query it cannot avoid. Run it with
 * "meson test --benchmark --suite shoes" or directly.
 */

#include <stdio.h>
#include <stdlib.h>

#include "hyr.h"
#include "hyr-test-store.h"

#define N_ACTIVITIES 14600
#define N_PAIRS      40
#define YEARS        20
#define REPEATS      15

typedef void (*BenchFunc) (gpointer data);

static int
compare_gint64 (const void *a,
                const void *b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static void
measure (const char *name,
         BenchFunc   func,
         gpointer    data)
{
  gint64 times[REPEATS];

  for (guint i = 0; i < REPEATS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = g_get_monotonic_time () - start;
    }

  qsort (times, REPEATS, sizeof (gint64), compare_gint64);
  printf ("%-44s median %9.3f ms   min %9.3f ms   (%d runs)\n",
          name, times[REPEATS / 2] / 1000.0, times[0] / 1000.0, REPEATS);
}

/* 14 600 activities, two a day on average, over 20 years up to the
 * reference time: 70 % runs, 20 % walks, 10 % gym sessions. The pairs are
 * used in overlapping half-year spells, two at a time, as a rotating runner
 * would; with @with_gear FALSE the activities carry no gear. */
static HyrTestStore *
make_store (GDateTime *end,
            gboolean   with_gear)
{
  HyrTestStore *store = hyr_test_store_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260302);
  GTimeSpan span = (GTimeSpan)YEARS * 365 * G_TIME_SPAN_DAY;

  for (guint p = 0; with_gear && p < N_PAIRS; p++)
    {
      g_autofree char *id = g_strdup_printf ("pair-%02u", p);
      g_autofree char *name = g_strdup_printf ("Pair %02u", p);

      hyr_test_store_add_gear_full (store, id, name, p % 5 == 0 ? 50000 : 0,
                                   p % 3 == 0 ? 700000 : 0, p >= N_PAIRS - 4);
    }

  for (guint i = 0; i < N_ACTIVITIES; i++)
    {
      GTimeSpan offset = span - span / N_ACTIVITIES * i - g_rand_int_range (rand, 0, 6 * 3600);
      g_autoptr(GDateTime) start = g_date_time_add (end, -offset);
      g_autofree char *id = g_strdup_printf ("act-%05u", i);
      g_autofree char *gear_id = NULL;
      double roll = g_rand_double (rand);
      const char *sport = roll < 0.7 ? "Running" : roll < 0.9 ? "Walking" : "Gym";
      double distance = sport[0] == 'G' ? 0 : g_rand_double_range (rand, 3000, 25000);
      guint spell = i * (N_PAIRS - 1) / N_ACTIVITIES;

      if (with_gear && sport[0] != 'G')
        gear_id = g_strdup_printf ("pair-%02u", spell + g_rand_int_range (rand, 0, 2));

      hyr_test_store_add_activity (store, id, sport, start, distance,
                                       g_rand_double_range (rand, 0, 300), gear_id);
    }

  return store;
}

typedef struct
{
  HyrTestStore     *store;
  HyrShoeRotation  *rotation;
  HyrState         *state;
  GDateTime        *from;
  GDateTime        *to;
} Bench;

static void
bench_query (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GPtrArray) activities =
    hyr_activity_store_query (HYR_ACTIVITY_STORE (bench->store), bench->from, bench->to);

  g_assert_cmpuint (activities->len, ==, N_ACTIVITIES);
}

static void
bench_store_changed (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GPtrArray) shoes = NULL;

  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (bench->store));
  shoes = hyr_shoe_rotation_list_shoes (bench->rotation);
  g_assert_cmpuint (shoes->len, ==, N_PAIRS);
}

static void
bench_settings_changed (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GPtrArray) shoes = NULL;

  hyr_state_section_changed (bench->state, "shoes");
  shoes = hyr_shoe_rotation_list_shoes (bench->rotation);
  g_assert_cmpuint (shoes->len, ==, N_PAIRS);
}

static void
bench_suggest (gpointer data)
{
  Bench *bench = data;

  for (HyrRunKind kind = HYR_RUN_KIND_RECOVERY; kind <= HYR_RUN_KIND_RACE; kind++)
    {
      g_autofree char *reason = NULL;
      g_autoptr(HyrShoe) shoe = hyr_shoe_rotation_suggest (bench->rotation, kind, 10000, NULL, &reason);

      g_assert_nonnull (shoe);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) end = g_date_time_new_utc (2026, 3, 2, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  Bench bench = { 0 };

  g_assert_no_error (error);

  bench.from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  bench.to = g_date_time_add_seconds (end, 1);

  printf ("Shoe rotation over %d activities and %d pairs (%d years)\n",
          N_ACTIVITIES, N_PAIRS, YEARS);

  /* The host's gear. */
  bench.store = make_store (end, TRUE);
  bench.state = hyr_state_new (path);
  bench.rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (bench.store), bench.state);
  hyr_shoe_rotation_set_reference_time (bench.rotation, end);

  measure ("baseline: one query of the whole history", bench_query, &bench);
  measure ("host gear: refresh after the store changed", bench_store_changed, &bench);
  measure ("host gear: refresh after a settings edit", bench_settings_changed, &bench);
  measure ("host gear: suggest for all 7 run kinds", bench_suggest, &bench);

  g_clear_object (&bench.rotation);
  g_clear_object (&bench.state);
  g_clear_object (&bench.store);

  /* No gear: the plugin's own pairs, one every half year, assigned by
   * rule with run classification. */
  {
    g_autofree char *own_path = g_build_filename (dir, "own.json", NULL);
    g_autofree char *first = NULL;
    GTimeSpan span = (GTimeSpan)YEARS * 365 * G_TIME_SPAN_DAY;

    bench.store = make_store (end, FALSE);
    bench.state = hyr_state_new (own_path);
    bench.rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (bench.store), bench.state);
    hyr_shoe_rotation_set_reference_time (bench.rotation, end);

    for (guint p = 0; p < N_PAIRS; p++)
      {
        g_autoptr(GDateTime) since = g_date_time_add (end, -span + span / N_PAIRS * p);
        g_autofree char *name = g_strdup_printf ("Own %02u", p);
        g_autofree char *id = hyr_shoe_rotation_add_shoe (bench.rotation, name,
                                                          p % 4 == 3 ? HYR_SHOE_KIND_TRAIL
                                                                     : HYR_SHOE_KIND_CUSHIONED,
                                                          0, since, &error);

        g_assert_no_error (error);
        if (first == NULL)
          first = g_strdup (id);
      }
    g_assert_true (hyr_shoe_rotation_set_default_for_kind (bench.rotation, HYR_RUN_KIND_LONG,
                                                           first, &error));
    g_assert_no_error (error);

    measure ("own pairs: refresh after the store changed", bench_store_changed, &bench);
    measure ("own pairs: refresh after a settings edit", bench_settings_changed, &bench);

    g_clear_object (&bench.rotation);
    g_clear_object (&bench.state);
    g_clear_object (&bench.store);
  }

  g_date_time_unref (bench.from);
  g_date_time_unref (bench.to);

  return EXIT_SUCCESS;
}
