/* bench-analytics.c — the analytics over long histories, against one pass
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Not a test: a benchmark (meson test --benchmark). For 10 000, 100 000 and
 * 1 000 000 activities it times the full analytics a host's history gets
 * through the one in-memory history (hyr_activity_store_new_history()),
 * each time on a history of its own, read from the host beforehand and
 * with nothing worked out yet: the training-load series over the whole
 * range, the shoe rotation's distances, and the weekly volumes the
 * Planner's volume chart reads (from the series' days); and, as the
 * baseline measured in the same run, one pass over the same activities
 * packed in a C array that sums distance per week and per shoe. Each figure
 * is the median of 5 runs; the ratio says how far the analytics are from
 * what a single pass costs, and the exponent how they grow with the
 * history (1 = linear).
 *
 * Then the refresh after one new activity: the host adds it and emits
 * activities-changed for its day; the history kept from before re-reads
 * that day, and the series, a shoe rotation kept from before and the
 * weekly volumes are brought up to date. Its median, as a share of the
 * full analytics (goal: at most 1 %). The host answers range queries
 * like a database with an index on the start (pytrainer's SQLite has one):
 * its own query of the changed day is printed apart.
 */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "hyr.h"
#include "hyr-test-store.h"

#define REPEATS 5

/* The refresh takes well under a millisecond: more samples. */
#define REFRESH_REPEATS 15

typedef struct
{
  gint64 start;   /* unix s */
  double distance;
  int    shoe;
} Packed;

static int
compare_gint64 (const void *a,
                const void *b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static double
median_of_ms (gint64 *times,
              guint   n)
{
  qsort (times, n, sizeof (gint64), compare_gint64);
  return times[n / 2] / 1000.0;
}

#define median_ms(times) median_of_ms ((times), G_N_ELEMENTS (times))

/* @n activities, one every 24 h × 20 years / n backwards from now, runs
 * with one of 40 pairs, every third a strength session. */
static HyrTestStore *
make_store (guint    n,
            Packed **packed)
{
  HyrTestStore *store = hyr_test_store_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  double step = 20 * 365.25 * 86400.0 / n;

  hyr_test_store_set_indexed (store, TRUE);

  *packed = g_new (Packed, n);
  for (guint p = 0; p < 40; p++)
    {
      g_autofree char *id = g_strdup_printf ("%u", p);
      g_autofree char *name = g_strdup_printf ("Pair %u", p);
      g_autoptr(HyrGear) gear = hyr_gear_new (id, name, 0, 800000, TRUE);

      hyr_test_store_add_gear (store, gear);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_seconds (now, -step * (n - i));
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autofree char *shoe = g_strdup_printf ("%u", (i / 7) % 40);
      gboolean lift = i % 3 == 2;

      hyr_test_store_add_run (store, id, lift ? "Weight training" : "Running", start,
                              lift ? 3600 : 1800 + (i % 5) * 300, lift ? 0 : 5000 + (i % 7) * 1000,
                              lift ? NULL : shoe);
      (*packed)[i] = (Packed) { g_date_time_to_unix (start), lift ? 0 : 5000 + (i % 7) * 1000,
                                lift ? -1 : (int)((i / 7) % 40) };
    }

  return store;
}

static double
one_pass (const Packed *packed,
          guint         n)
{
  double *weeks = g_new0 (double, 20 * 53 + 2);
  double shoes[40] = { 0 };
  gint64 first = packed[0].start;
  double total = 0;

  for (guint i = 0; i < n; i++)
    {
      weeks[(packed[i].start - first) / (7 * 86400)] += packed[i].distance;
      if (packed[i].shoe >= 0)
        shoes[packed[i].shoe] += packed[i].distance;
    }
  for (guint i = 0; i < 40; i++)
    total += shoes[i];
  g_free (weeks);

  return total;
}

/* The share of the last full analytics each part took, for the figures'
 * breakdown: the load series, and the shoe rotation's distances. */
static double load_part_ms;
static double shoes_part_ms;

static void
analytics (HyrActivityStore *history,
           HyrState         *state,
           HyrShoeRotation  *kept)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) from = g_date_time_add_years (now, -20);
  g_autoptr(GDateTime) to = g_date_time_add_days (now, 1);
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(HyrLoadSeries) load = hyr_training_load_compute_full (history, state, from, to,
                                                                  HYR_TRAINING_LOAD_CTL_TIME_CONSTANT,
                                                                  HYR_TRAINING_LOAD_ATL_TIME_CONSTANT,
                                                                  &error);
  gint64 t1 = g_get_monotonic_time ();
  g_autoptr(HyrShoeRotation) rotation = kept != NULL ? g_object_ref (kept) : hyr_shoe_rotation_new (history, state);
  g_autoptr(GPtrArray) shoes = hyr_shoe_rotation_list_shoes (rotation);
  double weekly[20 * 53 + 2] = { 0 };

  load_part_ms = (t1 - t0) / 1000.0;
  shoes_part_ms = (g_get_monotonic_time () - t1) / 1000.0;
  g_assert_no_error (error);
  g_assert_nonnull (load);
  g_assert_cmpuint (shoes->len, ==, 40);

  /* The weekly running volumes, as the Planner's volume chart reads them:
   * from the series' days. */
  for (guint i = 0, n = hyr_load_series_get_n_days (load); i < n; i++)
    weekly[i / 7] += hyr_load_day_get_run_distance (hyr_load_series_get_day (load, i));
}

static void
read_whole (HyrActivityStore *history,
            guint             n)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (9000, 1, 1, 0, 0, 0);
  g_autoptr(GPtrArray) all = hyr_activity_store_query (history, from, to);

  g_assert_cmpuint (all->len, ==, n);
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[] = { 10000, 100000, 1000000 };
  double analytics_ms[G_N_ELEMENTS (sizes)];
  double refresh_ms[G_N_ELEMENTS (sizes)];
  double host_day_ms[G_N_ELEMENTS (sizes)];
  double refresh_load_ms[G_N_ELEMENTS (sizes)];
  double refresh_shoes_ms[G_N_ELEMENTS (sizes)];
  double refresh_read_ms[G_N_ELEMENTS (sizes)];
  double load_ms[G_N_ELEMENTS (sizes)];
  double shoes_ms[G_N_ELEMENTS (sizes)];
  g_autofree char *dir = g_dir_make_tmp ("hyr-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autoptr(HyrState) state = hyr_state_new (path);
  guint n_sizes = argc > 1 && g_str_equal (argv[1], "--quick") ? 2 : G_N_ELEMENTS (sizes);

  printf ("Analytics over the one in-memory history against one pass over a packed array\n");
  printf ("(medians of %d runs, of %d for the refresh; goals: at most 10x the pass at 1 M activities;\n"
          "the refresh after one new activity at most 1 %% of the full analytics)\n\n", REPEATS, REFRESH_REPEATS);
  printf ("%12s %14s %14s %10s %12s %12s\n", "activities", "analytics ms", "one pass ms", "ratio",
          "refresh ms", "refresh %");

  for (guint s = 0; s < n_sizes; s++)
    {
      Packed *packed = NULL;
      g_autoptr(HyrTestStore) store = make_store (sizes[s], &packed);
      g_autoptr(HyrActivityStore) history = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
      gint64 a[REPEATS], b[REPEATS], parts_load[REPEATS], parts_shoes[REPEATS];
      volatile double sink = 0;

      /* The history read from the host once, as the addin does. */
      read_whole (history, sizes[s]);

      for (guint r = 0; r < REPEATS; r++)
        {
          /* A history of its own, read beforehand: nothing of an earlier
           * run is kept to be brought up to date. */
          g_autoptr(HyrActivityStore) fresh = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
          gint64 t0;

          read_whole (fresh, sizes[s]);
          t0 = g_get_monotonic_time ();
          analytics (fresh, state, NULL);
          a[r] = g_get_monotonic_time () - t0;
          parts_load[r] = load_part_ms * 1000;
          parts_shoes[r] = shoes_part_ms * 1000;

          t0 = g_get_monotonic_time ();
          sink += one_pass (packed, sizes[s]);
          b[r] = g_get_monotonic_time () - t0;
        }

      /* The refresh after one new activity: the host adds it and says
       * which day changed; the history, a rotation kept from before and
       * the figures follow. Against the full analytics above. */
      {
        g_autoptr(HyrShoeRotation) rotation = hyr_shoe_rotation_new (history, state);
        gint64 c[REFRESH_REPEATS], q[REFRESH_REPEATS], c_load[REFRESH_REPEATS], c_shoes[REFRESH_REPEATS];
        gint64 c_read[REFRESH_REPEATS];

        analytics (history, state, rotation);
        for (guint r = 0; r < REFRESH_REPEATS; r++)
          {
            g_autoptr(GDateTime) now = g_date_time_new_now_local ();
            g_autoptr(GDateTime) day_from = g_date_time_add_hours (now, -12);
            g_autoptr(GDateTime) day_to = g_date_time_add_hours (now, 12);
            g_autofree char *id = g_strdup_printf ("new-%u", r);
            gint64 t0;

            hyr_test_store_add_run (store, id, "Running", now, 1800, 6000, "1");
            /* What the host's own query of that day costs, apart. */
            t0 = g_get_monotonic_time ();
            g_ptr_array_unref (hyr_activity_store_query (HYR_ACTIVITY_STORE (store), day_from, day_to));
            q[r] = g_get_monotonic_time () - t0;
            t0 = g_get_monotonic_time ();
            hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), day_from, day_to);
            c_read[r] = g_get_monotonic_time () - t0;
            analytics (history, state, rotation);
            c[r] = g_get_monotonic_time () - t0;
            c_load[r] = load_part_ms * 1000;
            c_shoes[r] = shoes_part_ms * 1000;
          }
        refresh_ms[s] = median_ms (c);
        refresh_load_ms[s] = median_ms (c_load);
        refresh_shoes_ms[s] = median_ms (c_shoes);
        refresh_read_ms[s] = median_ms (c_read);
        host_day_ms[s] = median_ms (q);
      }

      analytics_ms[s] = median_ms (a);
      load_ms[s] = median_ms (parts_load);
      shoes_ms[s] = median_ms (parts_shoes);
      printf ("%12u %14.1f %14.3f %9.1fx %12.2f %10.1f%%\n", sizes[s], analytics_ms[s], median_ms (b),
              analytics_ms[s] / MAX (median_ms (b), 0.001), refresh_ms[s],
              100 * refresh_ms[s] / MAX (analytics_ms[s], 0.001));
      g_free (packed);
      (void)sink;
    }

  printf ("\nof which (medians, ms): in the analytics, the load series and the shoe distances;\n"
          "in the refresh, the history re-reading the changed day (with the host's query of it),\n"
          "the load series and the shoe distances; and the host's own query of the day alone\n"
          "(by bisection, as an indexed database answers it)\n");
  printf ("%12s %9s %9s %14s %14s %14s %12s\n", "activities", "load", "shoes", "refresh read", "refresh load",
          "refresh shoes", "host query");
  for (guint s = 0; s < n_sizes; s++)
    printf ("%12u %9.1f %9.1f %14.2f %14.2f %14.2f %12.2f\n", sizes[s], load_ms[s], shoes_ms[s],
            refresh_read_ms[s], refresh_load_ms[s], refresh_shoes_ms[s], host_day_ms[s]);

  if (n_sizes >= 2)
    printf ("\ngrowth exponent from %u to %u activities: %.2f\n", sizes[0], sizes[n_sizes - 1],
            log (analytics_ms[n_sizes - 1] / analytics_ms[0]) / log ((double)sizes[n_sizes - 1] / sizes[0]));

  return 0;
}
