/* test-shoe-tally-history.c — the shoe tally over the one history
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The tally passes over the activities the history cache keeps as numbers;
 * over a plain array it packs them itself. Both must give the same
 * figures, and a shoe rotation over the history must never answer from a
 * tally made before the history changed.
 */

#include <glib/gstdio.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-history-cache.h"
#include "hyr-run-classifier-private.h"
#include "hyr-shoe-storage.h"
#include "hyr-shoe-tally.h"

#define KM 1000.0

/* A host's store in memory: sorted activities and one pair of gear. */

#define TEST_TYPE_LIST_STORE (test_list_store_get_type ())
G_DECLARE_FINAL_TYPE (TestListStore, test_list_store, TEST, LIST_STORE, GObject)

struct _TestListStore
{
  GObject    parent_instance;
  GPtrArray *activities;
  GPtrArray *gear;
};

static void test_list_store_iface_init (HyrActivityStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestListStore, test_list_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE, test_list_store_iface_init))

static GPtrArray *
test_list_store_query (HyrActivityStore *store,
                       GDateTime        *from,
                       GDateTime        *to)
{
  TestListStore *self = TEST_LIST_STORE (store);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (self->activities, i);
      GDateTime *start = hyr_activity_get_start (activity);

      if (g_date_time_compare (start, from) >= 0 && g_date_time_compare (start, to) < 0)
        g_ptr_array_add (result, g_object_ref (activity));
    }

  return result;
}

static GPtrArray *
test_list_store_list_gear (HyrActivityStore *store)
{
  return g_ptr_array_ref (TEST_LIST_STORE (store)->gear);
}

static double
test_list_store_get_body_mass (HyrActivityStore *store,
                               GDateTime        *when)
{
  return 0;
}

static void
test_list_store_iface_init (HyrActivityStoreInterface *iface)
{
  iface->query = test_list_store_query;
  iface->list_gear = test_list_store_list_gear;
  iface->get_body_mass = test_list_store_get_body_mass;
}

static void
test_list_store_finalize (GObject *object)
{
  TestListStore *self = TEST_LIST_STORE (object);

  g_ptr_array_unref (self->activities);
  g_ptr_array_unref (self->gear);

  G_OBJECT_CLASS (test_list_store_parent_class)->finalize (object);
}

static void
test_list_store_class_init (TestListStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_list_store_finalize;
}

static void
test_list_store_init (TestListStore *self)
{
  self->activities = g_ptr_array_new_with_free_func (g_object_unref);
  self->gear = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Adds an activity where it belongs by start (after those of the same
 * start) and returns it, owned by the store. */
static HyrActivity *
store_add (TestListStore       *self,
           const char          *id,
           const char          *sport,
           GDateTime           *start,
           double               km,
           const char * const  *gear)
{
  HyrActivity *activity = g_object_new (HYR_TYPE_ACTIVITY,
                                        "id", id,
                                        "sport", sport,
                                        "start", start,
                                        "distance", km * KM,
                                        "duration", km * 330,
                                        "gear-ids", gear,
                                        NULL);
  guint at = 0;

  while (at < self->activities->len &&
         g_date_time_compare (hyr_activity_get_start (g_ptr_array_index (self->activities, at)), start) <= 0)
    at++;
  g_ptr_array_insert (self->activities, at, activity);

  return activity;
}

static char *
state_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-tally-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "state.json", NULL);
}

/* Monday 2 March 2026, noon UTC. */
static GDateTime *
now_time (void)
{
  return g_date_time_new_utc (2026, 3, 2, 12, 0, 0);
}

/* The reference week of a start, the long way: the Monday on or before
 * its UTC date, at 00:00 UTC. */
static GDateTime *
monday_utc (GDateTime *start)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (start);
  g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_time_get_year (utc), g_date_time_get_month (utc),
                                                  g_date_time_get_day_of_month (utc), 0, 0, 0);

  return g_date_time_add_days (day, -(g_date_time_get_day_of_week (utc) - 1));
}

/* Every day from 1960 to 2040 at a few hours, in zones east and west of
 * UTC, where the local day and the UTC day differ: the reference week the
 * tally and the training load group runs by starts on the Monday of the
 * UTC date, and the next one seven days later. */
static void
test_week_of_day (void)
{
  const char *zones[] = { "UTC", "+14:00", "-11:00", "+05:30", "Europe/Berlin", "America/New_York" };
  const int hours[] = { 0, 1, 11, 22, 23 };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zones[z]);
      g_autoptr(GDateTime) first = NULL;

      g_assert_nonnull (zone);
      first = g_date_time_new (zone, 1960, 1, 1, 0, 0, 0);
      for (int d = 0; d < 80 * 366; d += 3)
        {
          g_autoptr(GDateTime) midnight = g_date_time_add_days (first, d);

          for (guint h = 0; h < G_N_ELEMENTS (hours); h++)
            {
              g_autoptr(GDateTime) start = g_date_time_add_hours (midnight, hours[h]);
              g_autoptr(GDateTime) monday = monday_utc (start);
              gint64 at = g_date_time_to_unix (start) * G_USEC_PER_SEC;
              gint64 week = _hyr_run_classifier_week_of (at);

              g_assert_cmpint (_hyr_run_classifier_week_start (week), ==,
                               g_date_time_to_unix (monday) * G_USEC_PER_SEC);
              g_assert_cmpint (_hyr_run_classifier_week_start (week + 1), ==,
                               (g_date_time_to_unix (monday) + 7 * 86400) * G_USEC_PER_SEC);
            }
        }
    }
}

static HyrShoePair *
add_pair (HyrShoeSettings *settings,
          const char      *id,
          gboolean         from_host,
          GDateTime       *since,
          GDateTime       *until)
{
  HyrShoePair *pair = _hyr_shoe_pair_new (id, id);

  pair->from_host = from_host;
  pair->since = since != NULL ? g_date_time_ref (since) : NULL;
  pair->until = until != NULL ? g_date_time_ref (until) : NULL;
  g_ptr_array_add (settings->pairs, pair);

  return pair;
}

static void
assert_same_date (GDateTime *a,
                  GDateTime *b)
{
  if (a == NULL || b == NULL)
    g_assert_true (a == b);
  else
    g_assert_true (g_date_time_equal (a, b));
}

static void
assert_same_tally (HyrShoeTally    *a,
                   HyrShoeTally    *b,
                   HyrShoeSettings *settings,
                   GPtrArray       *activities)
{
  g_assert_cmpuint (_hyr_shoe_tally_get_recent_runs_counted (a), ==, _hyr_shoe_tally_get_recent_runs_counted (b));

  for (guint i = 0; i < settings->pairs->len; i++)
    {
      const HyrShoeTallyFigures *x = _hyr_shoe_tally_get_figures (a, i);
      const HyrShoeTallyFigures *y = _hyr_shoe_tally_get_figures (b, i);

      g_assert_cmpfloat (x->distance, ==, y->distance);
      g_assert_cmpfloat (x->run_distance, ==, y->run_distance);
      g_assert_cmpuint (x->runs, ==, y->runs);
      assert_same_date (x->first_used, y->first_used);
      assert_same_date (x->last_used, y->last_used);
      g_assert_cmpfloat (x->recent_distance, ==, y->recent_distance);
      g_assert_cmpuint (x->recent_runs, ==, y->recent_runs);
    }

  g_assert_cmpuint (_hyr_shoe_tally_get_n_runs (a), ==, _hyr_shoe_tally_get_n_runs (b));
  for (guint i = 0; i < _hyr_shoe_tally_get_n_runs (a); i++)
    {
      int pair_a, pair_b;
      HyrActivity *run_a = _hyr_shoe_tally_get_run (a, i, &pair_a);
      HyrActivity *run_b = _hyr_shoe_tally_get_run (b, i, &pair_b);

      g_assert_true (run_a == run_b);
      g_assert_cmpint (pair_a, ==, pair_b);
    }

  for (guint i = 0; i < activities->len; i++)
    {
      const char *id = hyr_activity_get_id (g_ptr_array_index (activities, i));

      g_assert_cmpint (_hyr_shoe_tally_get_activity_pair (a, id), ==, _hyr_shoe_tally_get_activity_pair (b, id));
    }

  g_assert_true (g_strv_equal (_hyr_shoe_tally_get_sports (a), _hyr_shoe_tally_get_sports (b)));
}

/* Two years of a varied history: the host's pairs A and B, the plugin's
 * pairs O (easy default, from 2025-01-01), L (long default, until
 * 2025-09-01) and P (no default); runs carrying one pair, two pairs, a
 * pair twice, an unknown pair or none; a host listing some activities
 * twice; walks, rides and sessions without a sport; runs ahead of now;
 * activities assigned by hand, one to a pair that is gone; and starts in
 * three time zones. */
static void
fill_history (TestListStore   *store,
              HyrShoeSettings *settings)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("+09:00");
  g_autoptr(GTimeZone) denver = g_time_zone_new_identifier ("-07:00");
  GTimeZone *zones[] = { berlin, tokyo, denver };
  g_autoptr(GDateTime) first = g_date_time_new_utc (2024, 6, 3, 6, 0, 0);
  g_autoptr(GDateTime) o_since = g_date_time_new_utc (2025, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) l_until = g_date_time_new_utc (2025, 9, 1, 0, 0, 0);
  const char *a[] = { "A", NULL };
  const char *b[] = { "B", NULL };
  const char *ab[] = { "A", "B", NULL };
  const char *aa[] = { "A", "A", NULL };
  const char *gone_b[] = { "gone", "B", NULL };
  const char *gone[] = { "gone", NULL };
  const char * const *gear[] = { a, b, NULL, ab, a, NULL, aa, gone_b, b, gone, NULL, a };
  const char *sports[] = { "Running", "Running", "Running", "Trail running", "Walking", "Running",
                           NULL, "Running", "Cycling", "Running", "Running", "Running" };

  add_pair (settings, "A", TRUE, NULL, NULL);
  add_pair (settings, "B", TRUE, NULL, NULL);
  add_pair (settings, "O", FALSE, o_since, NULL);
  add_pair (settings, "L", FALSE, NULL, l_until);
  add_pair (settings, "P", FALSE, NULL, NULL);
  settings->defaults[HYR_RUN_KIND_EASY] = g_strdup ("O");
  settings->defaults[HYR_RUN_KIND_LONG] = g_strdup ("L");
  g_hash_table_insert (settings->assignments, g_strdup ("x10"), g_strdup ("P"));
  g_hash_table_insert (settings->assignments, g_strdup ("x11"), g_strdup ("B"));
  g_hash_table_insert (settings->assignments, g_strdup ("x25"), g_strdup ("nobody"));

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("x%u", i);
      g_autoptr(GDateTime) utc = g_date_time_add_hours (first, 17 * i + (i % 5));
      g_autoptr(GDateTime) start = g_date_time_to_timezone (utc, zones[i % G_N_ELEMENTS (zones)]);
      /* Now and then a long run, for the long-run default. */
      double km = (i % 63 == 0 ? 28 : 5 + i % 9) + (i % 4) * 0.25;
      HyrActivity *activity = store_add (store, id, sports[i % G_N_ELEMENTS (sports)], start, km,
                                         gear[i % G_N_ELEMENTS (gear)]);

      /* The host lists some twice, some with other gear. */
      if (i % 37 == 0)
        store_add (store, id, hyr_activity_get_sport (activity), start, km, i % 2 ? b : a);
    }
}

static void
test_same_as_plain (void)
{
  g_autoptr(TestListStore) store = g_object_new (TEST_TYPE_LIST_STORE, NULL);
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(GDateTime) from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (9000, 1, 1, 0, 0, 0);
  g_autoptr(HyrActivityStore) history = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(HyrShoeTally) plain = NULL;
  g_autoptr(HyrShoeTally) packed = NULL;
  g_autoptr(GError) error = NULL;
  guint n_future = 0, n_multi = 0, n_pending = 0;

  fill_history (store, settings);
  /* Trail running counts as a run here: a state's sport mapping. */
  g_assert_true (hyr_modality_set_override (state, "Trail running", HYR_MODALITY_RUNNING, &error));
  g_assert_no_error (error);

  history = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
  activities = hyr_activity_store_query (history, from, to);
  plain = _hyr_shoe_tally_new (activities, settings, state, now);
  packed = _hyr_shoe_tally_new_from_history (HYR_HISTORY_CACHE (history), settings, state, now);

  /* The history has what the test is about. */
  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);
      const char * const *gear = hyr_activity_get_gear_ids (activity);

      n_future += g_date_time_compare (hyr_activity_get_start (activity), now) > 0;
      n_multi += gear != NULL && g_strv_length ((char **)gear) > 1;
    }
  for (guint i = 0; i < _hyr_shoe_tally_get_n_runs (plain); i++)
    {
      int pair;

      _hyr_shoe_tally_get_run (plain, i, &pair);
      n_pending += pair >= 2;
    }
  g_assert_cmpuint (activities->len, ==, 1028);
  g_assert_cmpuint (n_future, >, 0);
  g_assert_cmpuint (n_multi, >, 0);
  g_assert_cmpuint (n_pending, >, 0);
  g_assert_cmpfloat (_hyr_shoe_tally_get_figures (plain, 3)->distance, >, 0);

  assert_same_tally (plain, packed, settings, activities);
}

/* A tally made from the history is brought up to date after each change
 * as a runner makes them (a run today without a pair, one three weeks
 * back on a host's pair, one ten months back, the clock moving on three
 * days) and gives what a new tally gives; a change older than its first
 * checkpoint, or a clock gone back, makes it say it cannot. */
static void
test_caught_up (void)
{
  g_autoptr(TestListStore) store = g_object_new (TEST_TYPE_LIST_STORE, NULL);
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(GDateTime) whole_from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) whole_to = g_date_time_new_utc (9000, 1, 1, 0, 0, 0);
  g_autoptr(HyrActivityStore) history = NULL;
  g_autoptr(HyrShoeTally) tally = NULL;
  g_autoptr(GError) error = NULL;
  const char *a[] = { "A", NULL };
  struct {
    double      days_back;   /* of the new run, from the moment */
    double      clock_days;  /* the moment moves on */
    const char *const *gear;
    double      km;
    gboolean    caught_up;
  } steps[] = {
    { 0.1, 0, NULL, 9, TRUE },
    { 21, 0, a, 12, TRUE },
    { 300, 0, NULL, 30, TRUE },
    { -1, 3, NULL, 0, TRUE },
    { 0.2, 0, NULL, 31, TRUE },
    { 800, 0, NULL, 7, FALSE },
  };

  fill_history (store, settings);
  g_assert_true (hyr_modality_set_override (state, "Trail running", HYR_MODALITY_RUNNING, &error));
  g_assert_no_error (error);
  history = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
  tally = _hyr_shoe_tally_new_from_history (HYR_HISTORY_CACHE (history), settings, state, now);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(HyrShoeTally) fresh = NULL;
      g_autoptr(GPtrArray) activities = NULL;
      g_autoptr(GDateTime) later = g_date_time_add_days (now, steps[i].clock_days);

      g_date_time_unref (now);
      now = g_steal_pointer (&later);

      if (steps[i].days_back >= 0)
        {
          g_autofree char *id = g_strdup_printf ("new%u", i);
          g_autoptr(GDateTime) start = g_date_time_add_seconds (now, -steps[i].days_back * 86400);
          g_autoptr(GDateTime) day_from = g_date_time_add_hours (start, -1);
          g_autoptr(GDateTime) day_to = g_date_time_add_hours (start, 1);

          store_add (store, id, "Running", start, steps[i].km, steps[i].gear);
          hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), day_from, day_to);
        }

      g_assert_cmpint (_hyr_shoe_tally_catch_up (tally, HYR_HISTORY_CACHE (history), settings, state, now),
                       ==, steps[i].caught_up);
      if (!steps[i].caught_up)
        {
          g_clear_object (&tally);
          tally = _hyr_shoe_tally_new_from_history (HYR_HISTORY_CACHE (history), settings, state, now);
        }

      fresh = _hyr_shoe_tally_new_from_history (HYR_HISTORY_CACHE (history), settings, state, now);
      activities = hyr_activity_store_query (history, whole_from, whole_to);
      assert_same_tally (tally, fresh, settings, activities);
    }

  /* The clock back a day: counted afresh. */
  {
    g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -1);

    g_assert_false (_hyr_shoe_tally_catch_up (tally, HYR_HISTORY_CACHE (history), settings, state, earlier));
  }

  g_assert_cmpint (g_unlink (path), ==, 0);
}

typedef struct
{
  HyrShoeRotation *rotation;
  double           distance;
  guint            calls;
} Asker;

static void
on_history_changed (HyrActivityStore *history,
                    GDateTime        *from,
                    GDateTime        *to,
                    Asker            *asker)
{
  g_autoptr(HyrShoe) shoe = hyr_shoe_rotation_get_shoe (asker->rotation, "A");

  asker->distance = hyr_shoe_get_distance (shoe);
  asker->calls++;
}

/* A handler of the history's activities-changed connected before the
 * rotation's asks the rotation for a pair's distance: the history has the
 * new activity already, the rotation has not heard of it, and its tally
 * points into the history's old arrays. It must answer from the new. */
static void
test_generation_guard (void)
{
  g_autoptr(TestListStore) store = g_object_new (TEST_TYPE_LIST_STORE, NULL);
  g_autoptr(HyrGear) pair = hyr_gear_new ("A", "Pair A", 0, 800000, TRUE);
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrActivityStore) history = hyr_activity_store_new_history (HYR_ACTIVITY_STORE (store));
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(HyrShoe) shoe = NULL;
  const char *a[] = { "A", NULL };
  Asker asker = { 0 };

  g_ptr_array_add (store->gear, g_object_ref (pair));
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("r%u", i);
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -(int)(2 * i + 1));

      store_add (store, id, "Running", start, 10, a);
    }

  g_signal_connect (history, "activities-changed", G_CALLBACK (on_history_changed), &asker);
  rotation = hyr_shoe_rotation_new (history, state);
  hyr_shoe_rotation_set_reference_time (rotation, now);
  asker.rotation = rotation;

  shoe = hyr_shoe_rotation_get_shoe (rotation, "A");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (shoe), 500 * KM, 1e-6);

  /* A run of 7 km on a day between the others, and one run removed: the
   * history's array is spliced in place. */
  {
    g_autoptr(GDateTime) day_start = g_date_time_add_days (now, -11);
    g_autoptr(GDateTime) day_end = g_date_time_add_days (now, -9);
    g_autoptr(GDateTime) start = g_date_time_add_days (now, -10);

    for (guint i = 0; i < store->activities->len; i++)
      {
        if (g_strcmp0 (hyr_activity_get_id (g_ptr_array_index (store->activities, i)), "r5") == 0)
          {
            g_ptr_array_remove_index (store->activities, i);
            break;
          }
      }
    store_add (store, "new", "Running", start, 7, a);
    hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), day_start, day_end);
  }

  g_assert_cmpuint (asker.calls, ==, 1);
  g_assert_cmpfloat_with_epsilon (asker.distance, 497 * KM, 1e-6);

  g_clear_object (&shoe);
  shoe = hyr_shoe_rotation_get_shoe (rotation, "A");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (shoe), 497 * KM, 1e-6);
  g_clear_object (&shoe);

  /* Which pair the new run counts for, asked from the same place: the
   * tally's map of activities is made from the new arrays too. */
  {
    g_autofree char *id = hyr_shoe_rotation_get_activity_shoe (rotation, "new");

    g_assert_cmpstr (id, ==, "A");
  }

  g_signal_handlers_disconnect_by_data (history, &asker);
}

/* A rotation over a plain store reads it through a history of its own,
 * yet its "store" is what the caller gave. */
static void
test_plain_store (void)
{
  g_autoptr(TestListStore) store = g_object_new (TEST_TYPE_LIST_STORE, NULL);
  g_autoptr(HyrGear) pair = hyr_gear_new ("A", "Pair A", 0, 800000, TRUE);
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -3);
  g_autoptr(GDateTime) day_start = g_date_time_add_days (now, -4);
  g_autoptr(GDateTime) day_end = g_date_time_add_days (now, -2);
  g_autoptr(HyrShoeRotation) rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
  g_autoptr(HyrShoe) shoe = NULL;
  const char *a[] = { "A", NULL };

  g_ptr_array_add (store->gear, g_object_ref (pair));
  hyr_shoe_rotation_set_reference_time (rotation, now);
  g_assert_true (hyr_shoe_rotation_get_store (rotation) == HYR_ACTIVITY_STORE (store));

  store_add (store, "r1", "Running", start, 12, a);
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (store), day_start, day_end);
  shoe = hyr_shoe_rotation_get_shoe (rotation, "A");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (shoe), 12 * KM, 1e-6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shoe-tally-history/reference-week", test_week_of_day);
  g_test_add_func ("/shoe-tally-history/same-as-plain", test_same_as_plain);
  g_test_add_func ("/shoe-tally-history/generation-guard", test_generation_guard);
  g_test_add_func ("/shoe-tally-history/caught-up", test_caught_up);
  g_test_add_func ("/shoe-tally-history/plain-store", test_plain_store);

  return g_test_run ();
}
