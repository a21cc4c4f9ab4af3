/* hyr-test-store.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr-test-store.h"

/* Holds activities and gear in arrays and answers queries like a careless
 * host would. It counts queries, so that tests can check that a refresh
 * reads the history once. */
struct _HyrTestStore
{
  GObject    parent_instance;
  GPtrArray *activities;        /* activities, or anything a hostile host hands over */
  GPtrArray *gear;
  double     body_mass;
  guint      n_queries;
  guint      n_whole_queries;
  gint64     widest_query;    /* s, since the last reset */
  gboolean   indexed;         /* activities added in order of start,
                               * answered like a database with an index */
};

static void store_iface_init (HyrActivityStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HyrTestStore, hyr_test_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE, store_iface_init))

/* The index of the first of @activities, sorted by start, that starts at
 * or after @when. */
static guint
lower_bound (GPtrArray *activities,
             GDateTime *when)
{
  guint low = 0;
  guint high = activities->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_date_time_compare (hyr_activity_get_start (g_ptr_array_index (activities, middle)), when) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static GPtrArray *
test_store_query (HyrActivityStore *store,
                  GDateTime        *from,
                  GDateTime        *to)
{
  HyrTestStore *self = HYR_TEST_STORE (store);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  self->n_queries++;
  if (g_date_time_difference (to, from) > 366 * G_TIME_SPAN_DAY)
    self->n_whole_queries++;
  self->widest_query = MAX (self->widest_query, g_date_time_difference (to, from) / G_TIME_SPAN_SECOND);

  /* Like a database with an index on the start: the range is found by
   * bisection, and handed over sorted. */
  if (self->indexed)
    {
      guint first = lower_bound (self->activities, from);
      guint end = lower_bound (self->activities, to);

      for (guint i = first; i < end; i++)
        g_ptr_array_add (result, g_object_ref (g_ptr_array_index (self->activities, i)));

      return result;
    }

  /* Like a careless host: no sorting, and activities without a start and
   * objects that are no activity at all are handed over too, for the
   * contract's wrapper to deal with. */
  for (guint i = 0; i < self->activities->len; i++)
    {
      GObject *item = g_ptr_array_index (self->activities, i);
      GDateTime *start = HYR_IS_ACTIVITY (item) ? hyr_activity_get_start (HYR_ACTIVITY (item)) : NULL;

      if (start == NULL ||
          (g_date_time_compare (start, from) >= 0 && g_date_time_compare (start, to) < 0))
        g_ptr_array_add (result, g_object_ref (item));
    }

  return result;
}

static GPtrArray *
test_store_list_gear (HyrActivityStore *store)
{
  HyrTestStore *self = HYR_TEST_STORE (store);

  return g_ptr_array_copy (self->gear, (GCopyFunc)(void (*)(void))g_object_ref, NULL);
}

static double
test_store_get_body_mass (HyrActivityStore *store,
                          GDateTime        *when)
{
  return HYR_TEST_STORE (store)->body_mass;
}

static void
store_iface_init (HyrActivityStoreInterface *iface)
{
  iface->query = test_store_query;
  iface->list_gear = test_store_list_gear;
  iface->get_body_mass = test_store_get_body_mass;
}

static void
hyr_test_store_finalize (GObject *object)
{
  HyrTestStore *self = (HyrTestStore *)object;

  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->gear, g_ptr_array_unref);

  G_OBJECT_CLASS (hyr_test_store_parent_class)->finalize (object);
}

static void
hyr_test_store_class_init (HyrTestStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hyr_test_store_finalize;
}

static void
hyr_test_store_init (HyrTestStore *self)
{
  self->activities = g_ptr_array_new_with_free_func (g_object_unref);
  self->gear = g_ptr_array_new_with_free_func (g_object_unref);
}

HyrTestStore *
hyr_test_store_new (void)
{
  return g_object_new (HYR_TYPE_TEST_STORE, NULL);
}

/* Promises that activities are added in order of start from now on, and
 * none but activities: queries are then answered by bisection, as a
 * database with an index answers them (for benchmarks of long
 * histories). */
void
hyr_test_store_set_indexed (HyrTestStore *self,
                            gboolean      indexed)
{
  self->indexed = indexed;
}

void
hyr_test_store_add (HyrTestStore *self,
                    HyrActivity  *activity)
{
  if (self->indexed && self->activities->len > 0)
    g_return_if_fail (g_date_time_compare (hyr_activity_get_start (g_ptr_array_index (self->activities,
                                                                                      self->activities->len - 1)),
                                           hyr_activity_get_start (activity)) <= 0);

  g_ptr_array_add (self->activities, g_object_ref (activity));
}

static HyrActivity *
activity_new (const char *id,
              const char *sport,
              GDateTime  *start,
              double      duration_s,
              double      distance_m,
              double      ascent_m,
              const char *gear_id)
{
  const char *gear_ids[] = { gear_id, NULL };

  return g_object_new (HYR_TYPE_ACTIVITY,
                       "id", id,
                       "sport", sport,
                       "start", start,
                       "duration", duration_s,
                       "distance", distance_m,
                       "ascent", ascent_m,
                       "gear-ids", gear_id != NULL ? gear_ids : NULL,
                       NULL);
}

HyrActivity *
hyr_test_store_add_run (HyrTestStore *self,
                        const char   *id,
                        const char   *sport,
                        GDateTime    *start,
                        double        duration_s,
                        double        distance_m,
                        const char   *gear_id)
{
  g_autoptr(HyrActivity) activity = activity_new (id, sport, start, duration_s, distance_m, 0,
                                                  gear_id);

  hyr_test_store_add (self, activity);
  return activity;
}

/* An activity of @distance_m and @ascent_m at a plausible 6 min/km,
 * carrying @gear_id (or no gear when NULL). Returns it, owned by the
 * store. */
HyrActivity *
hyr_test_store_add_activity (HyrTestStore *self,
                             const char   *id,
                             const char   *sport,
                             GDateTime    *start,
                             double        distance_m,
                             double        ascent_m,
                             const char   *gear_id)
{
  g_autoptr(HyrActivity) activity = activity_new (id, sport, start, distance_m * 0.36, distance_m,
                                                  ascent_m, gear_id);

  hyr_test_store_add (self, activity);
  return activity;
}

/* The same on a day, at noon UTC, without ascent. */
HyrActivity *
hyr_test_store_add_activity_on (HyrTestStore *self,
                                const char   *id,
                                const char   *sport,
                                int           year,
                                int           month,
                                int           day,
                                double        distance_m,
                                const char   *gear_id)
{
  g_autoptr(GDateTime) start = hyr_test_day (year, month, day);

  return hyr_test_store_add_activity (self, id, sport, start, distance_m, 0, gear_id);
}

/* Adds anything to the query results, for hostile-host tests. */
void
hyr_test_store_add_object (HyrTestStore *self,
                           GObject      *object)
{
  g_ptr_array_add (self->activities, g_object_ref (object));
}

void
hyr_test_store_add_gear (HyrTestStore *self,
                         HyrGear      *gear)
{
  g_ptr_array_add (self->gear, g_object_ref (gear));
}

void
hyr_test_store_add_gear_full (HyrTestStore *self,
                              const char   *id,
                              const char   *name,
                              double        prior_distance_m,
                              double        retire_distance_m,
                              gboolean      active)
{
  g_ptr_array_add (self->gear, hyr_gear_new (id, name, prior_distance_m, retire_distance_m, active));
}

void
hyr_test_store_set_body_mass (HyrTestStore *self,
                              double        kg)
{
  self->body_mass = kg;
}

guint
hyr_test_store_get_n_queries (HyrTestStore *self)
{
  return self->n_queries;
}

/* Forgets the activity @id; activities cannot be edited, so an edit is a
 * removal and an addition under the same identifier. */
void
hyr_test_store_remove (HyrTestStore *self,
                       const char   *id)
{
  for (guint i = 0; i < self->activities->len; i++)
    {
      GObject *item = g_ptr_array_index (self->activities, i);

      if (HYR_IS_ACTIVITY (item) && g_strcmp0 (hyr_activity_get_id (HYR_ACTIVITY (item)), id) == 0)
        {
          g_ptr_array_remove_index (self->activities, i);
          return;
        }
    }

  g_assert_not_reached ();
}

/* Noon UTC of a day. The engine reads an activity's day in its own zone,
 * UTC here, so that week boundaries do not depend on where tests run. */
GDateTime *
hyr_test_day (int year,
              int month,
              int day)
{
  return g_date_time_new_utc (year, month, day, 12, 0, 0);
}

struct _HyrTestWorkbench
{
  GObject           parent_instance;
  HyrActivityStore *store;
  GtkNotebook      *notebook;
  GHashTable       *pages;
};

static void workbench_iface_init (HyrWorkbenchInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HyrTestWorkbench, hyr_test_workbench, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_WORKBENCH, workbench_iface_init))

static void
test_workbench_add_page (HyrWorkbench *workbench,
                         const char   *id,
                         const char   *title,
                         GtkWidget    *page)
{
  HyrTestWorkbench *self = HYR_TEST_WORKBENCH (workbench);

  g_assert_false (g_hash_table_contains (self->pages, id));
  g_hash_table_insert (self->pages, g_strdup (id), g_object_ref (page));
  gtk_notebook_append_page (self->notebook, page, gtk_label_new (title));
}

static void
test_workbench_remove_page (HyrWorkbench *workbench,
                            const char   *id)
{
  HyrTestWorkbench *self = HYR_TEST_WORKBENCH (workbench);
  GtkWidget *page = g_hash_table_lookup (self->pages, id);

  g_assert_nonnull (page);
  gtk_container_remove (GTK_CONTAINER (self->notebook), page);
  g_hash_table_remove (self->pages, id);
}

static HyrActivityStore *
test_workbench_get_store (HyrWorkbench *workbench)
{
  return HYR_TEST_WORKBENCH (workbench)->store;
}

static void
workbench_iface_init (HyrWorkbenchInterface *iface)
{
  iface->add_page = test_workbench_add_page;
  iface->remove_page = test_workbench_remove_page;
  iface->get_store = test_workbench_get_store;
}

static void
hyr_test_workbench_finalize (GObject *object)
{
  HyrTestWorkbench *self = (HyrTestWorkbench *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->notebook);

  G_OBJECT_CLASS (hyr_test_workbench_parent_class)->finalize (object);
}

static void
hyr_test_workbench_class_init (HyrTestWorkbenchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hyr_test_workbench_finalize;
}

static void
hyr_test_workbench_init (HyrTestWorkbench *self)
{
  self->pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->notebook = g_object_ref_sink (GTK_NOTEBOOK (gtk_notebook_new ()));
}

HyrTestWorkbench *
hyr_test_workbench_new (HyrActivityStore *store)
{
  HyrTestWorkbench *self = g_object_new (HYR_TYPE_TEST_WORKBENCH, NULL);

  self->store = store != NULL ? g_object_ref (store) : NULL;
  return self;
}

GtkNotebook *
hyr_test_workbench_get_notebook (HyrTestWorkbench *self)
{
  return self->notebook;
}

GtkWidget *
hyr_test_workbench_get_page (HyrTestWorkbench *self,
                             const char       *id)
{
  return g_hash_table_lookup (self->pages, id);
}

/* Queries over more than a year, as reading the whole history takes. */
guint
hyr_test_store_get_n_whole_queries (HyrTestStore *self)
{
  return self->n_whole_queries;
}

/* The widest range asked for since the last reset, in seconds. */
gint64
hyr_test_store_get_widest_query (HyrTestStore *self)
{
  return self->widest_query;
}

void
hyr_test_store_reset_queries (HyrTestStore *self)
{
  self->n_queries = 0;
  self->n_whole_queries = 0;
  self->widest_query = 0;
}
