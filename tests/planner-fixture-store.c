/* planner-fixture-store.c — an activity store over synthetic histories
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "planner-fixture-store.h"

struct _PlannerFixtureStore
{
  GObject    parent_instance;

  GPtrArray *activities;  /* sorted by start once queried */
  gboolean   sorted;
  guint      next_id;
};

static void store_iface_init (HyrActivityStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlannerFixtureStore, planner_fixture_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE, store_iface_init))

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  return g_date_time_compare (hyr_activity_get_start (*(HyrActivity **)a),
                              hyr_activity_get_start (*(HyrActivity **)b));
}

/* A binary search keeps a twenty-year history cheap to query, as a real
 * host's indexed database would be. */
static guint
lower_bound (GPtrArray *activities,
             GDateTime *when)
{
  guint lo = 0, hi = activities->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_date_time_compare (hyr_activity_get_start (activities->pdata[mid]), when) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static GPtrArray *
fixture_query (HyrActivityStore *store,
               GDateTime        *from,
               GDateTime        *to)
{
  PlannerFixtureStore *self = PLANNER_FIXTURE_STORE (store);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  if (!self->sorted)
    {
      g_ptr_array_sort (self->activities, compare_by_start);
      self->sorted = TRUE;
    }

  for (guint i = lower_bound (self->activities, from); i < self->activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (self->activities, i);

      if (g_date_time_compare (hyr_activity_get_start (activity), to) >= 0)
        break;
      g_ptr_array_add (result, g_object_ref (activity));
    }

  return result;
}

static void
store_iface_init (HyrActivityStoreInterface *iface)
{
  iface->query = fixture_query;
}

static void
planner_fixture_store_finalize (GObject *object)
{
  PlannerFixtureStore *self = PLANNER_FIXTURE_STORE (object);

  g_clear_pointer (&self->activities, g_ptr_array_unref);

  G_OBJECT_CLASS (planner_fixture_store_parent_class)->finalize (object);
}

static void
planner_fixture_store_class_init (PlannerFixtureStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = planner_fixture_store_finalize;
}

static void
planner_fixture_store_init (PlannerFixtureStore *self)
{
  self->activities = g_ptr_array_new_with_free_func (g_object_unref);
}

PlannerFixtureStore *
planner_fixture_store_new (void)
{
  return g_object_new (PLANNER_TYPE_FIXTURE_STORE, NULL);
}

guint
planner_fixture_store_get_size (PlannerFixtureStore *self)
{
  return self->activities->len;
}

static HyrActivity *
add (PlannerFixtureStore *self,
     HyrActivity         *activity)
{
  g_ptr_array_add (self->activities, activity);
  self->sorted = FALSE;
  return activity;
}

/* Adds a run of @km at @pace_s_per_km; 0 leaves heart rate, ascent and RPE
 * unknown. */
HyrActivity *
planner_fixture_store_add_run (PlannerFixtureStore *self,
                               GDateTime           *start,
                               double               km,
                               double               pace_s_per_km,
                               double               heart_rate,
                               double               ascent,
                               double               rpe,
                               const char          *title)
{
  g_autofree char *id = g_strdup_printf ("run-%u", self->next_id++);

  return add (self, g_object_new (HYR_TYPE_ACTIVITY,
                                  "id", id,
                                  "sport", "Running",
                                  "start", start,
                                  "duration", km * pace_s_per_km,
                                  "distance", km * 1000.0,
                                  "avg-heart-rate", heart_rate,
                                  "ascent", ascent,
                                  "rpe", rpe,
                                  "title", title,
                                  NULL));
}

HyrActivity *
planner_fixture_store_add_other (PlannerFixtureStore *self,
                                 const char          *sport,
                                 GDateTime           *start,
                                 double               minutes,
                                 double               heart_rate,
                                 double               rpe)
{
  g_autofree char *id = g_strdup_printf ("other-%u", self->next_id++);

  return add (self, g_object_new (HYR_TYPE_ACTIVITY,
                                  "id", id,
                                  "sport", sport,
                                  "start", start,
                                  "duration", minutes * 60.0,
                                  "avg-heart-rate", heart_rate,
                                  "rpe", rpe,
                                  NULL));
}
