/* hyr-history-cache.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-history-cache"

#include "config.h"

#include <string.h>

#include "hyr-calendar-private.h"
#include "hyr-history-cache.h"
#include "hyr-run-kind-private.h"

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
   * changed; and the same activities as columns of numbers (HyrPacked), in
   * the same order, with the sport names and gear identifiers they index.
   * The generation counts the changes of both arrays, so that a consumer
   * that keeps figures made from them can tell they moved before the
   * cache's own signal reaches it. */
  GPtrArray        *history;
  HyrPacked         packed;
  HyrNameTable      sports;
  HyrNameTable      gear;
  guint64           generation;

  /* What changed since when, for consumers that bring their figures up to
   * date instead of computing them again: per splice its generation and
   * the start of the range re-read (ChangeRecord); the generation from
   * which on the log is complete (the last read of the whole history). */
  GArray           *changes;
  guint64           log_from;
};

typedef struct
{
  guint64 generation;
  gint64  from;       /* µs since the epoch */
} ChangeRecord;

/* A consumer that was last up to date more than this many splices ago
 * computes again: the log stays small. */
#define MAX_CHANGES 256

static void hyr_history_cache_store_init (HyrActivityStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HyrHistoryCache, _hyr_history_cache, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE,
                                                      hyr_history_cache_store_init))

static gint64
to_usec (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
}

void
_hyr_name_table_init (HyrNameTable *table)
{
  table->names = g_ptr_array_new_with_free_func (g_free);
  table->index = g_hash_table_new (g_str_hash, g_str_equal);
  g_ptr_array_add (table->names, NULL);
}

void
_hyr_name_table_clear (HyrNameTable *table)
{
  g_clear_pointer (&table->index, g_hash_table_unref);
  g_clear_pointer (&table->names, g_ptr_array_unref);
}

/* The index of @name in @table, added when new; 0 for NULL. */
static guint
name_table_intern (HyrNameTable *table,
                   const char   *name)
{
  gpointer index;

  if (name == NULL)
    return 0;
  if (g_hash_table_lookup_extended (table->index, name, NULL, &index))
    return GPOINTER_TO_UINT (index);

  g_ptr_array_add (table->names, g_strdup (name));
  g_hash_table_insert (table->index, g_ptr_array_index (table->names, table->names->len - 1),
                       GUINT_TO_POINTER (table->names->len - 1));

  return table->names->len - 1;
}

/* The columns of HyrPacked: where each array is, and the size of its
 * values. Every column is grown, moved and freed alike. */
static const struct
{
  gsize offset;
  gsize size;
} columns[] = {
#define COLUMN(field) { G_STRUCT_OFFSET (HyrPacked, field), sizeof *((HyrPacked *)NULL)->field }
  COLUMN (start),
  COLUMN (day),
  COLUMN (sport),
  COLUMN (gear),
  COLUMN (n_gear),
  COLUMN (race_title),
  COLUMN (distance),
  COLUMN (duration),
  COLUMN (ascent),
  COLUMN (avg_hr),
  COLUMN (rpe),
  COLUMN (activity),
#undef COLUMN
};

static char **
column (HyrPacked *packed,
        guint      c)
{
  return G_STRUCT_MEMBER_P (packed, columns[c].offset);
}

void
_hyr_packed_init (HyrPacked *packed)
{
  *packed = (HyrPacked) { 0 };
}

void
_hyr_packed_clear (HyrPacked *packed)
{
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    g_free (*column (packed, c));
  _hyr_packed_init (packed);
}

/* Moves every column's values at @from on to @to. */
static void
move_tail (HyrPacked *packed,
           guint      to,
           guint      from)
{
  guint n_tail = packed->n - from;

  if (n_tail == 0 || to == from)
    return;

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      char *values = *column (packed, c);

      memmove (values + to * columns[c].size, values + from * columns[c].size, n_tail * columns[c].size);
    }
}

/* Removes the @n activities from @first on. */
void
_hyr_packed_remove (HyrPacked *packed,
                    guint      first,
                    guint      n)
{
  g_return_if_fail (first + n <= packed->n);

  move_tail (packed, first, first + n);
  packed->n -= n;
}

/* Inserts @n activities of @activities at @first, interning their sports
 * in @sports and their first gear identifiers in @gear: the one place
 * activities are packed, for the cache and for a pass over a plain array.
 * The columns borrow the activities and the tables. */
void
_hyr_packed_insert (HyrPacked           *packed,
                    guint                first,
                    HyrActivity * const *activities,
                    guint                n,
                    HyrNameTable        *sports,
                    HyrNameTable        *gear)
{
  g_return_if_fail (first <= packed->n);

  if (packed->n + n > packed->room || packed->start == NULL)
    {
      guint room = MAX (MAX (packed->n + n, packed->room + packed->room / 2), 16);

      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        *column (packed, c) = g_realloc_n (*column (packed, c), room, columns[c].size);
      packed->room = room;
    }

  move_tail (packed, first + n, first);
  packed->n += n;

  for (guint k = 0; k < n; k++)
    {
      HyrActivity *activity = activities[k];
      GDateTime *start = hyr_activity_get_start (activity);
      const char * const *gear_ids = hyr_activity_get_gear_ids (activity);
      guint n_gear = gear_ids != NULL ? g_strv_length ((char **)gear_ids) : 0;
      guint i = first + k;

      packed->start[i] = to_usec (start);
      packed->day[i] = _hyr_julian_day (start);
      packed->sport[i] = name_table_intern (sports, hyr_activity_get_sport (activity));
      packed->gear[i] = n_gear > 0 ? name_table_intern (gear, gear_ids[0]) : 0;
      packed->n_gear[i] = MIN (n_gear, G_MAXUINT16);
      packed->race_title[i] = _hyr_run_kind_title_names_race (hyr_activity_get_title (activity));
      packed->distance[i] = hyr_activity_get_distance (activity);
      packed->duration[i] = hyr_activity_get_duration (activity);
      packed->ascent[i] = hyr_activity_get_ascent (activity);
      packed->avg_hr[i] = hyr_activity_get_avg_heart_rate (activity);
      packed->rpe[i] = hyr_activity_get_rpe (activity);
      packed->activity[i] = activity;
    }
}

/* The index of the first packed activity that starts at or after @when
 * (µs since the epoch). */
guint
_hyr_packed_lower_bound (const HyrPacked *packed,
                         gint64           when)
{
  guint low = 0;
  guint high = packed->n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (packed->start[middle] < when)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Packs the activities @first to @end of the history into the columns at
 * the same places (inserted there). */
static void
pack (HyrHistoryCache *self,
      guint            first,
      guint            end)
{
  _hyr_packed_insert (&self->packed, first, (HyrActivity * const *)self->history->pdata + first, end - first,
                      &self->sports, &self->gear);
}

static GPtrArray *
ensure_history (HyrHistoryCache *self)
{
  if (self->history == NULL)
    {
      /* The same bounds as the rotation's whole-history query. */
      g_autoptr(GDateTime) from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) to = g_date_time_new_utc (9000, 1, 1, 0, 0, 0);

      self->history = hyr_activity_store_query (self->store, from, to);
      _hyr_packed_remove (&self->packed, 0, self->packed.n);
      pack (self, 0, self->history->len);
      self->generation++;
      g_array_set_size (self->changes, 0);
      self->log_from = self->generation;
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
static guint
splice (GPtrArray        *history,
        HyrActivityStore *store,
        GDateTime        *from,
        GDateTime        *to,
        guint            *n_removed,
        guint            *n_inserted)
{
  g_autoptr(GPtrArray) fresh = NULL;
  guint first, end;

  *n_removed = *n_inserted = 0;
  if (g_date_time_compare (from, to) >= 0)
    return 0;

  fresh = hyr_activity_store_query (store, from, to);
  first = lower_bound (history, from);
  end = lower_bound (history, to);

  g_ptr_array_remove_range (history, first, end - first);
  for (guint i = 0; i < fresh->len; i++)
    g_ptr_array_insert (history, first + i, g_object_ref (g_ptr_array_index (fresh, i)));

  *n_removed = end - first;
  *n_inserted = fresh->len;

  return first;
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
forget (HyrHistoryCache *self)
{
  g_clear_pointer (&self->history, g_ptr_array_unref);
  _hyr_packed_remove (&self->packed, 0, self->packed.n);
  self->generation++;
  g_array_set_size (self->changes, 0);
  self->log_from = G_MAXUINT64;
}

static void
on_store_changed (HyrHistoryCache  *self,
                  HyrActivityStore *store)
{
  forget (self);
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (self));
}

static void
on_activities_changed (HyrHistoryCache  *self,
                       GDateTime        *from,
                       GDateTime        *to,
                       HyrActivityStore *store)
{
  if (self->history != NULL)
    {
      guint removed, inserted;
      guint first = splice (self->history, self->store, from, to, &removed, &inserted);

      ChangeRecord record;

      _hyr_packed_remove (&self->packed, first, removed);
      pack (self, first, first + inserted);
      self->generation++;

      record = (ChangeRecord) { self->generation, to_usec (from) };
      if (self->changes->len == MAX_CHANGES)
        {
          self->log_from = g_array_index (self->changes, ChangeRecord, 0).generation;
          g_array_remove_index (self->changes, 0);
        }
      g_array_append_val (self->changes, record);
    }

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
hyr_history_cache_finalize (GObject *object)
{
  HyrHistoryCache *self = (HyrHistoryCache *)object;

  _hyr_packed_clear (&self->packed);
  g_array_unref (self->changes);
  _hyr_name_table_clear (&self->sports);
  _hyr_name_table_clear (&self->gear);

  G_OBJECT_CLASS (_hyr_history_cache_parent_class)->finalize (object);
}

static void
_hyr_history_cache_class_init (HyrHistoryCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hyr_history_cache_dispose;
  object_class->finalize = hyr_history_cache_finalize;
}

static void
_hyr_history_cache_init (HyrHistoryCache *self)
{
  _hyr_packed_init (&self->packed);
  self->changes = g_array_new (FALSE, FALSE, sizeof (ChangeRecord));
  self->log_from = G_MAXUINT64;
  _hyr_name_table_init (&self->sports);
  _hyr_name_table_init (&self->gear);
}

/* Returns (transfer none) the whole history as columns of numbers,
 * sorted by start, read first when it was not; valid until the cache
 * changes (the next activities-changed or changed, or the next query that
 * reads the host: until its generation moves). */
const HyrPacked *
_hyr_history_cache_get_packed (HyrHistoryCache *self)
{
  g_return_val_if_fail (HYR_IS_HISTORY_CACHE (self), NULL);

  ensure_history (self);
  return &self->packed;
}

/* The names the packed activities index: their sports and the first
 * gear identifier of each (transfer none, valid as long as the cache). */
void
_hyr_history_cache_get_names (HyrHistoryCache     *self,
                              const HyrNameTable **sports,
                              const HyrNameTable **gear)
{
  g_return_if_fail (HYR_IS_HISTORY_CACHE (self));

  *sports = &self->sports;
  *gear = &self->gear;
}

/* Returns (transfer none) the whole history, sorted by start, read first
 * when it was not; the array is the cache's own, changed in place on
 * activities-changed and dropped on changed: valid until the generation
 * moves. */
GPtrArray *
_hyr_history_cache_get_activities (HyrHistoryCache *self)
{
  g_return_val_if_fail (HYR_IS_HISTORY_CACHE (self), NULL);

  return ensure_history (self);
}

/* A number that changes whenever the history or the packed activities
 * change: read, spliced or dropped. */
guint64
_hyr_history_cache_get_generation (HyrHistoryCache *self)
{
  g_return_val_if_fail (HYR_IS_HISTORY_CACHE (self), 0);

  return self->generation;
}

/*
 * _hyr_history_cache_changed_since:
 * @generation: the generation a consumer's figures were made at
 * @from: (out): the earliest start, in µs since the epoch, of a range
 *   re-read since, G_MAXINT64 when nothing changed
 *
 * Tells a consumer whose figures were made from the history at
 * @generation what it must bring up to date: only activities that start
 * at or after @from were added, changed or removed since. Returns %FALSE
 * when that is not known, because the whole history was read again since
 * (or too many ranges changed): then the consumer computes afresh.
 */
gboolean
_hyr_history_cache_changed_since (HyrHistoryCache *self,
                                  guint64          generation,
                                  gint64          *from)
{
  g_return_val_if_fail (HYR_IS_HISTORY_CACHE (self), FALSE);
  g_return_val_if_fail (from != NULL, FALSE);

  *from = G_MAXINT64;

  if (self->history == NULL || generation < self->log_from || generation > self->generation)
    return FALSE;

  for (guint i = self->changes->len; i > 0; i--)
    {
      const ChangeRecord *record = &g_array_index (self->changes, ChangeRecord, i - 1);

      if (record->generation <= generation)
        break;
      *from = MIN (*from, record->from);
    }

  return TRUE;
}

/* Drops the history, to read it from the host at the next question, and
 * tells no one: for a consumer that made the cache for itself alone and
 * wants the host read again (the shoe rotation when its moment moves). */
void
_hyr_history_cache_reread (HyrHistoryCache *self)
{
  g_return_if_fail (HYR_IS_HISTORY_CACHE (self));

  forget (self);
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
