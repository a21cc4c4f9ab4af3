/* shoe-fixture-store.c — an in-memory HyrActivityStore for the shoe tests
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "shoe-fixture-store.h"

/* Holds activities and gear in arrays and answers queries like a host
 * would: every activity whose start lies in the range, in insertion order
 * (the contract's wrapper sorts), plus any hostile entry added with
 * shoe_fixture_store_add_object(). It counts queries, so that tests can
 * check that a refresh reads the history once. */
struct _ShoeFixtureStore
{
  GObject    parent_instance;

  GPtrArray *activities;
  GPtrArray *gear;
  guint      queries;
};

static void activity_store_iface_init (HyrActivityStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ShoeFixtureStore, shoe_fixture_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE,
                                                      activity_store_iface_init))

static GPtrArray *
shoe_fixture_store_query (HyrActivityStore *store,
                          GDateTime        *from,
                          GDateTime        *to)
{
  ShoeFixtureStore *self = SHOE_FIXTURE_STORE (store);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  self->queries++;

  for (guint i = 0; i < self->activities->len; i++)
    {
      GObject *item = g_ptr_array_index (self->activities, i);
      GDateTime *start;

      if (HYR_IS_ACTIVITY (item))
        {
          start = hyr_activity_get_start (HYR_ACTIVITY (item));
          if (start != NULL &&
              (g_date_time_compare (start, from) < 0 || g_date_time_compare (start, to) >= 0))
            continue;
        }

      g_ptr_array_add (result, g_object_ref (item));
    }

  return result;
}

static GPtrArray *
shoe_fixture_store_list_gear (HyrActivityStore *store)
{
  ShoeFixtureStore *self = SHOE_FIXTURE_STORE (store);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->gear->len; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (self->gear, i)));

  return result;
}

static void
activity_store_iface_init (HyrActivityStoreInterface *iface)
{
  iface->query = shoe_fixture_store_query;
  iface->list_gear = shoe_fixture_store_list_gear;
}

static void
shoe_fixture_store_finalize (GObject *object)
{
  ShoeFixtureStore *self = (ShoeFixtureStore *)object;

  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->gear, g_ptr_array_unref);

  G_OBJECT_CLASS (shoe_fixture_store_parent_class)->finalize (object);
}

static void
shoe_fixture_store_class_init (ShoeFixtureStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = shoe_fixture_store_finalize;
}

static void
shoe_fixture_store_init (ShoeFixtureStore *self)
{
  self->activities = g_ptr_array_new_with_free_func (g_object_unref);
  self->gear = g_ptr_array_new_with_free_func (g_object_unref);
}

ShoeFixtureStore *
shoe_fixture_store_new (void)
{
  return g_object_new (SHOE_TYPE_FIXTURE_STORE, NULL);
}

void
shoe_fixture_store_add_gear (ShoeFixtureStore *self,
                             const char       *id,
                             const char       *name,
                             double            prior_distance,
                             double            retire_distance,
                             gboolean          active)
{
  g_ptr_array_add (self->gear, hyr_gear_new (id, name, prior_distance, retire_distance, active));
}

/* Adds an activity carrying @gear_id (or no gear when NULL); duration is a
 * plausible 6 min/km. Returns it, owned by the store. */
HyrActivity *
shoe_fixture_store_add_activity (ShoeFixtureStore *self,
                                 const char       *id,
                                 const char       *sport,
                                 GDateTime        *start,
                                 double            distance,
                                 double            ascent,
                                 const char       *gear_id)
{
  const char *gear_ids[] = { gear_id, NULL };
  HyrActivity *activity;

  activity = g_object_new (HYR_TYPE_ACTIVITY,
                           "id", id,
                           "sport", sport,
                           "start", start,
                           "duration", distance * 0.36,
                           "distance", distance,
                           "ascent", ascent,
                           "gear-ids", gear_id != NULL ? gear_ids : NULL,
                           NULL);
  g_ptr_array_add (self->activities, activity);

  return activity;
}

/* Adds anything to the query results, for hostile-host tests. */
void
shoe_fixture_store_add_object (ShoeFixtureStore *self,
                               GObject          *object)
{
  g_ptr_array_add (self->activities, g_object_ref (object));
}

/* Adds anything to the gear list, for hostile-host tests. */
void
shoe_fixture_store_add_gear_object (ShoeFixtureStore *self,
                                    GObject          *object)
{
  g_ptr_array_add (self->gear, g_object_ref (object));
}

guint
shoe_fixture_store_get_queries (ShoeFixtureStore *self)
{
  return self->queries;
}

/* Noon UTC of a day. The engine reads an activity's day in its own zone,
 * UTC here, so that week boundaries do not depend on where tests run. */
GDateTime *
shoe_fixture_day (int year,
                  int month,
                  int day)
{
  return g_date_time_new_utc (year, month, day, 12, 0, 0);
}
