/* hyr-activity-store.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-activity-store"

#include "config.h"

#include "hyr.h"

/**
 * HyrActivityStore:
 *
 * The host's activity database, as a libpeas host offers it to the plugin.
 *
 * A host implements the vfuncs; the plugin calls the wrappers, which check
 * what the host returned: entries that are not activities, activities
 * without a start or outside the range asked for are dropped (logged at
 * debug level), and the result is sorted by start, whatever order the host
 * used. Hosts written in Python pay one crossing per query, not one per
 * activity.
 */

G_DEFINE_INTERFACE (HyrActivityStore, hyr_activity_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  ACTIVITIES_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static GPtrArray *
hyr_activity_store_real_query (HyrActivityStore *self,
                               GDateTime        *from,
                               GDateTime        *to)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static GPtrArray *
hyr_activity_store_real_list_gear (HyrActivityStore *self)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static double
hyr_activity_store_real_get_body_mass (HyrActivityStore *self,
                                       GDateTime        *when)
{
  return 0;
}

static void
hyr_activity_store_default_init (HyrActivityStoreInterface *iface)
{
  iface->query = hyr_activity_store_real_query;
  iface->list_gear = hyr_activity_store_real_list_gear;
  iface->get_body_mass = hyr_activity_store_real_get_body_mass;

  /**
   * HyrActivityStore::changed:
   * @self: the store
   *
   * Emitted by the host when activities or equipment were added, edited or
   * removed: anything may have changed, and listeners read again whatever
   * they use.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * HyrActivityStore::activities-changed:
   * @self: the store
   * @from: (transfer none): start of the range, inclusive
   * @to: (transfer none): end of the range, exclusive
   *
   * Emitted by a host that knows which activities changed, instead of
   * #HyrActivityStore::changed: every activity that starts in [@from, @to)
   * may have been added, edited or removed, or moved there from elsewhere
   * in the range; nothing outside it changed, and neither did the
   * equipment. An activity whose start moved needs a range that covers
   * both its old and its new start. Listeners that keep the history query
   * that range again rather than all of it.
   */
  signals [ACTIVITIES_CHANGED] =
    g_signal_new ("activities-changed",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_DATE_TIME,
                  G_TYPE_DATE_TIME);
}

/* The free function of the arrays a host returns: they may hold NULL. */
static void
unref_host_element (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  HyrActivity *aa = *(HyrActivity **)a;
  HyrActivity *bb = *(HyrActivity **)b;

  return g_date_time_compare (hyr_activity_get_start (aa), hyr_activity_get_start (bb));
}

/**
 * hyr_activity_store_query:
 * @self: a #HyrActivityStore
 * @from: start of the range, inclusive
 * @to: end of the range, exclusive
 *
 * Asks the host for every activity that started in [@from, @to).
 *
 * Returns: (transfer full) (element-type HyrActivity): the activities,
 *   sorted by start
 */
GPtrArray *
hyr_activity_store_query (HyrActivityStore *self,
                          GDateTime        *from,
                          GDateTime        *to)
{
  g_autoptr(GPtrArray) raw = NULL;
  GPtrArray *result;
  guint dropped = 0;

  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_date_time_compare (from, to) >= 0)
    return result;

  raw = HYR_ACTIVITY_STORE_GET_IFACE (self)->query (self, from, to);
  if (raw == NULL)
    {
      g_debug ("The host returned no array for a query");
      return result;
    }

  /* The host handed over a reference to each element. An array made in C
   * frees them itself; one PyGObject made from a Python list does not, so
   * say how, or every query from a Python host would leak its activities.
   * A Python host's None arrives as NULL, which g_object_unref() would
   * answer with a critical. */
  g_ptr_array_set_free_func (raw, unref_host_element);

  for (guint i = 0; i < raw->len; i++)
    {
      gpointer item = g_ptr_array_index (raw, i);
      GDateTime *start;

      if (item == NULL || !HYR_IS_ACTIVITY (item))
        {
          g_debug ("Dropping entry %u of a query: %s", i,
                   item == NULL ? "the host gave no activity (NULL, or None)"
                                : "it is not a HyrActivity");
          dropped++;
          continue;
        }

      start = hyr_activity_get_start (item);
      if (start == NULL)
        {
          g_debug ("Dropping activity “%s”: it has no start time",
                   hyr_activity_get_id (item));
          dropped++;
          continue;
        }

      if (g_date_time_compare (start, from) < 0 || g_date_time_compare (start, to) >= 0)
        {
          g_debug ("Dropping activity “%s”: it starts outside the range asked for",
                   hyr_activity_get_id (item));
          dropped++;
          continue;
        }

      g_ptr_array_add (result, g_object_ref (item));
    }

  if (dropped > 0)
    g_debug ("Dropped %u of %u entries the host returned", dropped, raw->len);

  /* Hosts mostly answer sorted already: checking is one pass, sorting a
   * million activities again was the top of the profile. */
  for (guint i = 1; i < result->len; i++)
    {
      if (compare_by_start (&g_ptr_array_index (result, i - 1), &g_ptr_array_index (result, i)) > 0)
        {
          g_ptr_array_sort (result, compare_by_start);
          break;
        }
    }

  return result;
}

/**
 * hyr_activity_store_list_gear:
 * @self: a #HyrActivityStore
 *
 * Lists the host's equipment. Entries without an identifier are dropped.
 *
 * Returns: (transfer full) (element-type HyrGear): the equipment,
 *   empty for a host that keeps none
 */
GPtrArray *
hyr_activity_store_list_gear (HyrActivityStore *self)
{
  g_autoptr(GPtrArray) raw = NULL;
  GPtrArray *result;

  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (self), NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  raw = HYR_ACTIVITY_STORE_GET_IFACE (self)->list_gear (self);
  if (raw == NULL)
    return result;

  /* As in hyr_activity_store_query(): own the host's references. */
  g_ptr_array_set_free_func (raw, unref_host_element);

  for (guint i = 0; i < raw->len; i++)
    {
      gpointer item = g_ptr_array_index (raw, i);

      if (item == NULL || !HYR_IS_GEAR (item))
        {
          g_debug ("Dropping equipment entry %u: %s", i,
                   item == NULL ? "the host gave no gear (NULL, or None)"
                                : "it is not a HyrGear");
          continue;
        }

      if (hyr_gear_get_id (item) == NULL)
        {
          g_debug ("Dropping an equipment entry without an identifier");
          continue;
        }

      g_ptr_array_add (result, g_object_ref (item));
    }

  return result;
}

/**
 * hyr_activity_store_get_body_mass:
 * @self: a #HyrActivityStore
 * @when: the time of interest
 *
 * Asks the host for the latest body mass recorded at or before @when.
 *
 * Returns: the body mass in kg, or 0 when the host does not know it
 */
double
hyr_activity_store_get_body_mass (HyrActivityStore *self,
                                  GDateTime        *when)
{
  double mass;

  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (self), 0);
  g_return_val_if_fail (when != NULL, 0);

  mass = HYR_ACTIVITY_STORE_GET_IFACE (self)->get_body_mass (self, when);

  /* The same limits a user gets for body mass in the protein calculator. */
  if (!(mass >= 25.0 && mass <= 350.0))
    {
      if (mass != 0)
        g_debug ("Ignoring a body mass of %g kg from the host", mass);
      return 0;
    }

  return mass;
}

/**
 * hyr_activity_store_emit_changed:
 * @self: a #HyrActivityStore
 *
 * Emits #HyrActivityStore::changed; for hosts.
 */
void
hyr_activity_store_emit_changed (HyrActivityStore *self)
{
  g_return_if_fail (HYR_IS_ACTIVITY_STORE (self));

  g_signal_emit (self, signals [CHANGED], 0);
}

/**
 * hyr_activity_store_emit_activities_changed:
 * @self: a #HyrActivityStore
 * @from: start of the range, inclusive
 * @to: end of the range, exclusive
 *
 * Emits #HyrActivityStore::activities-changed for [@from, @to); for hosts.
 */
void
hyr_activity_store_emit_activities_changed (HyrActivityStore *self,
                                            GDateTime        *from,
                                            GDateTime        *to)
{
  g_return_if_fail (HYR_IS_ACTIVITY_STORE (self));
  g_return_if_fail (from != NULL);
  g_return_if_fail (to != NULL);

  g_signal_emit (self, signals [ACTIVITIES_CHANGED], 0, from, to);
}

static GList *
array_to_list (GPtrArray *array)
{
  GList *list = NULL;

  for (guint i = array->len; i > 0; i--)
    list = g_list_prepend (list, g_object_ref (g_ptr_array_index (array, i - 1)));

  g_ptr_array_unref (array);
  return list;
}

/**
 * hyr_activity_store_query_list: (rename-to hyr_activity_store_query)
 * @self: a #HyrActivityStore
 * @from: start of the range, inclusive
 * @to: end of the range, exclusive
 *
 * hyr_activity_store_query() for language bindings: PyGObject 3.42 releases
 * the elements of a returned #GPtrArray that frees its elements twice, so
 * bindings get a list. C code calls hyr_activity_store_query().
 *
 * Returns: (transfer full) (element-type HyrActivity): the activities,
 *   sorted by start
 */
GList *
hyr_activity_store_query_list (HyrActivityStore *self,
                               GDateTime        *from,
                               GDateTime        *to)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  return array_to_list (hyr_activity_store_query (self, from, to));
}

/**
 * hyr_activity_store_list_gear_list: (rename-to hyr_activity_store_list_gear)
 * @self: a #HyrActivityStore
 *
 * hyr_activity_store_list_gear() for language bindings, as
 * hyr_activity_store_query_list() is for queries.
 *
 * Returns: (transfer full) (element-type HyrGear): the equipment
 */
GList *
hyr_activity_store_list_gear_list (HyrActivityStore *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (self), NULL);

  return array_to_list (hyr_activity_store_list_gear (self));
}
