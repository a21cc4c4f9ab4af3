/* hyr-history-cache.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-history-cache"

#include "config.h"

#include "hyr-history-cache.h"

/* A #HyrActivityStore in front of the host's: it asks the host for the
 * whole history once, in one query, and answers every later query from
 * that copy until the host emits #HyrActivityStore::changed. A Python host
 * pays about 170 ms for 20 years of history; a plan of one week asks for
 * it several times over (the rotation, the easy pace, the training load),
 * and the planner page plans a week for every week the user steps to.
 * When the host emits #HyrActivityStore::activities-changed only that
 * range is read again. Gear and body mass go to the host every time: they
 * are small. */

struct _HyrHistoryCache
{
  GObject           parent_instance;

  HyrActivityStore *store;
  gulong            changed_id;
  gulong            activities_changed_id;

  /* The whole history sorted by start, NULL until read or once the host
   * changed. */
  GPtrArray        *history;
};

static void hyr_history_cache_store_init (HyrActivityStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HyrHistoryCache, _hyr_history_cache, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE,
                                                      hyr_history_cache_store_init))

static GPtrArray *
ensure_history (HyrHistoryCache *self)
{
  if (self->history == NULL)
    {
      /* The same bounds as the rotation's whole-history query. */
      g_autoptr(GDateTime) from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) to = g_date_time_new_utc (9000, 1, 1, 0, 0, 0);

      self->history = hyr_activity_store_query (self->store, from, to);
    }

  return self->history;
}

/* The index of the first activity in @history that starts at or after
 * @when; @history is sorted by start. */
static guint
lower_bound (GPtrArray *history,
             GDateTime *when)
{
  guint low = 0;
  guint high = history->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      HyrActivity *activity = g_ptr_array_index (history, middle);

      if (g_date_time_compare (hyr_activity_get_start (activity), when) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Replaces the activities of @history (sorted by start, owning its
 * elements) that start in [@from, @to) with what @store has there now. The
 * range is one block of the sorted array, and the store returns its part
 * sorted too, so the history stays sorted. */
void
_hyr_history_splice (GPtrArray        *history,
                     HyrActivityStore *store,
                     GDateTime        *from,
                     GDateTime        *to)
{
  g_autoptr(GPtrArray) fresh = NULL;
  guint first, end;

  if (g_date_time_compare (from, to) >= 0)
    return;

  fresh = hyr_activity_store_query (store, from, to);
  first = lower_bound (history, from);
  end = lower_bound (history, to);

  g_ptr_array_remove_range (history, first, end - first);
  for (guint i = 0; i < fresh->len; i++)
    g_ptr_array_insert (history, first + i, g_object_ref (g_ptr_array_index (fresh, i)));
}

static GPtrArray *
hyr_history_cache_query (HyrActivityStore *store,
                         GDateTime        *from,
                         GDateTime        *to)
{
  HyrHistoryCache *self = HYR_HISTORY_CACHE (store);
  GPtrArray *history = ensure_history (self);
  guint first = lower_bound (history, from);
  guint end = lower_bound (history, to);
  GPtrArray *result = g_ptr_array_new_full (end > first ? end - first : 0, g_object_unref);

  for (guint i = first; i < end; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (history, i)));

  return result;
}

static GPtrArray *
hyr_history_cache_list_gear (HyrActivityStore *store)
{
  HyrHistoryCache *self = HYR_HISTORY_CACHE (store);

  return hyr_activity_store_list_gear (self->store);
}

static double
hyr_history_cache_get_body_mass (HyrActivityStore *store,
                                 GDateTime        *when)
{
  HyrHistoryCache *self = HYR_HISTORY_CACHE (store);

  return hyr_activity_store_get_body_mass (self->store, when);
}

static void
hyr_history_cache_store_init (HyrActivityStoreInterface *iface)
{
  iface->query = hyr_history_cache_query;
  iface->list_gear = hyr_history_cache_list_gear;
  iface->get_body_mass = hyr_history_cache_get_body_mass;
}

static void
on_store_changed (HyrHistoryCache  *self,
                  HyrActivityStore *store)
{
  g_clear_pointer (&self->history, g_ptr_array_unref);
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (self));
}

static void
on_activities_changed (HyrHistoryCache  *self,
                       GDateTime        *from,
                       GDateTime        *to,
                       HyrActivityStore *store)
{
  if (self->history != NULL)
    _hyr_history_splice (self->history, self->store, from, to);

  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (self), from, to);
}

static void
hyr_history_cache_dispose (GObject *object)
{
  HyrHistoryCache *self = (HyrHistoryCache *)object;

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_signal_handler (&self->activities_changed_id, self->store);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (_hyr_history_cache_parent_class)->dispose (object);
}

static void
_hyr_history_cache_class_init (HyrHistoryCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hyr_history_cache_dispose;
}

static void
_hyr_history_cache_init (HyrHistoryCache *self)
{
}

/* Returns (transfer full) a cache in front of @store; it follows the
 * store's changes for as long as it lives. */
HyrHistoryCache *
_hyr_history_cache_new (HyrActivityStore *store)
{
  HyrHistoryCache *self;

  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (store), NULL);

  self = g_object_new (HYR_TYPE_HISTORY_CACHE, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_object (store, "changed",
                                              G_CALLBACK (on_store_changed), self,
                                              G_CONNECT_SWAPPED);
  self->activities_changed_id =
    g_signal_connect_object (store, "activities-changed",
                             G_CALLBACK (on_activities_changed), self,
                             G_CONNECT_SWAPPED);

  return self;
}

/**
 * hyr_activity_store_new_history:
 * @store: the host's activities
 *
 * Makes the one history a host's consumers share: a store in front of
 * @store that reads the whole history once, on the first query, keeps it
 * in memory and answers every range query from it. It follows @store: on
 * #HyrActivityStore::activities-changed it re-reads only that range and
 * re-emits the signal for its own consumers; on #HyrActivityStore::changed
 * it reads everything again. Gear and body mass are asked of @store.
 *
 * Returns: (transfer full): the history, itself a #HyrActivityStore
 */
HyrActivityStore *
hyr_activity_store_new_history (HyrActivityStore *store)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (store), NULL);

  if (HYR_IS_HISTORY_CACHE (store))
    return g_object_ref (store);

  return HYR_ACTIVITY_STORE (_hyr_history_cache_new (store));
}
