/* hyr-shoe-tally.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoe-tally"

#include "config.h"

#include <string.h>

#include "hyr-history-cache.h"
#include "hyr-run-classifier-private.h"
#include "hyr-shoe-tally.h"

/* One pass over the history, as of a moment: the figures of each pair and
 * the pair each activity counts for. An activity counts for the pair the
 * user assigned to it, else for the pairs the host recorded on it. A run
 * that carries no known pair while the plugin keeps pairs of its own is
 * assigned by rule: the default pair of its run kind, else the default pair
 * for easy runs, else the only pair of the plugin's that was in use on that
 * day. Rules never assign a run to a pair before it was added or after it
 * was retired. The kind of a run is what #HyrRunClassifier says of it,
 * with the user's corrections, against the runs of its week and the
 * REFERENCE_WEEKS - 1 weeks before: what was usual for the runner then.
 * So a run's pair does not move when later runs come in, and a runner
 * whose usual run grew over the years is measured against the usual run
 * of the time.
 *
 * The tally is a function of its inputs: it reads neither the store nor the
 * clock, and keeps nothing up to date. It borrows the activities, which
 * must not change while it lives. It passes over the activities packed as
 * numbers (HyrPackedActivity): those the history cache keeps, or those it
 * packs itself from a plain array. */

#define REFERENCE_WEEKS 4

/* In pairs: an activity the host listed a second time. */
#define DUPLICATE (-2)

typedef struct
{
  HyrActivity *activity;
  gint64       at;        /* its start, see instant_of() */
  int          week;      /* see week_of() */
  int          pair;      /* the first pair it counts for, or -1 */
  guint        index;     /* in the tally's activities */
  gboolean     pending;   /* to be assigned by rule */
} Run;

struct _HyrShoeTally
{
  GObject      parent_instance;

  GPtrArray   *activities;           /* kept: the figures and runs point into it;
                                      * the history cache's own array when
                                      * made from the cache */
  GDateTime   *now;
  GDateTime   *recent_from;
  GArray      *figures;              /* HyrShoeTallyFigures, one per pair */
  GArray      *runs;                 /* Run: the runs done, by start */
  int         *pairs;                /* per activity: its first pair, -1 for none,
                                      * DUPLICATE for a second listing */
  GHashTable  *activity_pairs;       /* activity id → pair index + 1, or NULL;
                                      * made on the first question */
  guint        recent_runs_counted;  /* recent runs that carry a pair */
  GStrv        sports;
};

G_DEFINE_FINAL_TYPE (HyrShoeTally, _hyr_shoe_tally, G_TYPE_OBJECT)

static void
_hyr_shoe_tally_finalize (GObject *object)
{
  HyrShoeTally *self = (HyrShoeTally *)object;

  /* The keys of activity_pairs belong to the activities. */
  g_clear_pointer (&self->activity_pairs, g_hash_table_unref);
  g_clear_pointer (&self->pairs, g_free);
  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->recent_from, g_date_time_unref);
  g_clear_pointer (&self->sports, g_strfreev);

  G_OBJECT_CLASS (_hyr_shoe_tally_parent_class)->finalize (object);
}

static void
_hyr_shoe_tally_class_init (HyrShoeTallyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = _hyr_shoe_tally_finalize;
}

static void
_hyr_shoe_tally_init (HyrShoeTally *self)
{
  self->figures = g_array_new (FALSE, TRUE, sizeof (HyrShoeTallyFigures));
  self->runs = g_array_new (FALSE, FALSE, sizeof (Run));
}

/* Per pair, 1 + the index in the tally's activities of the first and of
 * the last activity done that it counted, 0 for none: their starts become
 * the pair's first and last use once the pass is done, instead of asking
 * every activity counted for its start. */
typedef struct
{
  guint first;
  guint last;
} Used;

static void
count_activity (HyrShoeTallyFigures *figures,
                Used                *used,
                double               distance,
                guint                index,
                gboolean             is_run,
                gboolean             recent,
                gboolean             future)
{
  figures->distance += distance;

  /* A run entered ahead of time already counts toward the pair's wear, as
   * in the host's own equipment figures, but it was not run yet. */
  if (future)
    return;

  if (is_run)
    {
      figures->run_distance += distance;
      figures->runs++;
    }

  /* The history is sorted by start. */
  if (used->first == 0)
    used->first = index + 1;
  used->last = index + 1;

  if (recent)
    {
      figures->recent_distance += distance;
      if (is_run)
        figures->recent_runs++;
    }
}

/* A moment as microseconds since 1970 UTC. Comparing two is what
 * g_date_time_compare() does; but that finds the time zone offset of both
 * again for every comparison, which took a tenth of the pass. */
static gint64
instant_of (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b < 0);
}

/* The Julian day (GDate's, 1 for 1 January of year 1) of 1 January 1970. */
#define JULIAN_1970 719163

/* Weeks start on Monday here: the rule only needs some week, and the
 * engine does not read the user's week-start preference. Returns the day
 * of the Monday of @julian, the Julian day of a start in its own calendar
 * (HyrPackedActivity.day), counted from 1 January 1970, a Thursday. */
int
_hyr_shoe_tally_week_of_day (int julian)
{
  gint64 day = (gint64)julian - JULIAN_1970;
  gint64 since_monday = day + 3 - 7 * floor_div (day + 3, 7);

  return (int)(day - since_monday);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

/* What the pass needs besides the tally. */
typedef struct
{
  HyrShoeTally          *tally;
  GArray                *own_pairs;                        /* pair indices */
  int                    defaults[HYR_SHOE_N_RUN_KINDS];   /* pair index, or -1 */
  gint64                 recent_from;
  gint64                *since;                            /* per pair, or G_MININT64 */
  gint64                *until;                            /* per pair, or G_MAXINT64 */
  Used                  *used;                             /* per pair */
} Pass;

static gboolean
pair_covers (Pass   *pass,
             int     pair,
             gint64  at)
{
  return at >= pass->since[pair] && at < pass->until[pair];
}

static HyrShoeTallyFigures *
figures_of (HyrShoeTally *self,
            int           pair)
{
  return &g_array_index (self->figures, HyrShoeTallyFigures, pair);
}

static int
pair_by_rule (Pass       *pass,
              HyrRunKind  kind,
              gint64      at)
{
  int candidates[] = { pass->defaults[kind], pass->defaults[HYR_RUN_KIND_EASY] };
  int only = -1;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      if (candidates[i] >= 0 && pair_covers (pass, candidates[i], at))
        return candidates[i];
    }

  /* Without a default, a runner with one pair at a time needs no rules. */
  for (guint i = 0; i < pass->own_pairs->len; i++)
    {
      int pair = g_array_index (pass->own_pairs, int, i);

      if (!pair_covers (pass, pair, at))
        continue;

      if (only >= 0)
        return -1;

      only = pair;
    }

  return only;
}

/* Assigns the runs that carry no known pair, week by week. The classifier's
 * reference slides over the runs: for each week with such runs it holds the
 * runs of that week and the REFERENCE_WEEKS - 1 weeks before. */
static void
assign_by_rule (Pass     *pass,
                HyrState *state)
{
  HyrShoeTally *self = pass->tally;
  JsonObject *corrections = state != NULL ? hyr_state_get_section (state, HYR_RUN_KINDS_SECTION) : NULL;
  g_autoptr(HyrRunClassifier) classifier = NULL;
  GArray *runs = self->runs;
  guint window_start = 0;
  guint window_end = 0;
  guint group_start = 0;

  /* The classifier looks for a correction of every run in the state; when
   * there is none at all, one without the state gives the same kinds
   * without looking. */
  classifier = hyr_run_classifier_new (corrections != NULL && json_object_get_size (corrections) > 0
                                         ? state
                                         : NULL);

  while (group_start < runs->len)
    {
      int week = g_array_index (runs, Run, group_start).week;
      gboolean any_pending = FALSE;
      guint group_end;

      for (group_end = group_start;
           group_end < runs->len && g_array_index (runs, Run, group_end).week == week;
           group_end++)
        any_pending |= g_array_index (runs, Run, group_end).pending;

      if (!any_pending)
        {
          group_start = group_end;
          continue;
        }

      /* Runs leave the reference when they are older than its weeks, and
       * enter it up to the end of this week; a run may have left before
       * it entered, when weeks without pending runs were skipped. */
      for (; window_start < group_end &&
             g_array_index (runs, Run, window_start).week < week - 7 * (REFERENCE_WEEKS - 1);
           window_start++)
        {
          if (window_start < window_end)
            _hyr_run_classifier_remove_reference_run (classifier,
                                                      g_array_index (runs, Run, window_start).activity);
        }
      for (window_end = MAX (window_end, window_start); window_end < group_end; window_end++)
        _hyr_run_classifier_add_reference_run (classifier, g_array_index (runs, Run, window_end).activity);

      for (guint j = group_start; j < group_end; j++)
        {
          Run *run = &g_array_index (runs, Run, j);
          HyrRunKind kind;
          gboolean recent;

          if (!run->pending)
            continue;

          kind = hyr_run_classifier_classify (classifier, run->activity, NULL);
          run->pair = pair_by_rule (pass, kind, run->at);
          if (run->pair < 0)
            continue;

          recent = run->at >= pass->recent_from;
          count_activity (figures_of (self, run->pair), &pass->used[run->pair],
                          hyr_activity_get_distance (run->activity), run->index, TRUE, recent, FALSE);
          if (recent)
            self->recent_runs_counted++;

          self->pairs[run->index] = run->pair;
        }

      group_start = group_end;
    }
}

/* Whether an activity from @first to @end (not included) was counted
 * under the identifier @id. */
static gboolean
is_listed (HyrShoeTally            *self,
           const HyrPackedActivity *packed,
           guint                    first,
           guint                    end,
           const char              *id)
{
  for (guint j = first; j < end; j++)
    {
      const char *other = packed[j].id;

      if (self->pairs[j] != DUPLICATE && other != NULL && strcmp (other, id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Counts @n_activities packed activities, those of @activities in the
 * same order, whose sports and first gear identifiers index @sports and
 * @gear. */
static HyrShoeTally *
tally_packed (GPtrArray               *activities,
              const HyrPackedActivity *packed,
              guint                    n_activities,
              const HyrNameTable      *sports,
              const HyrNameTable      *gear,
              const HyrShoeSettings   *settings,
              HyrState                *state,
              GDateTime               *now)
{
  g_autoptr(HyrShoeTally) self = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) own_pairs = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) seen_sports = g_ptr_array_new ();
  g_autofree guint *stamps = NULL;
  g_autofree gint64 *since = NULL;
  g_autofree gint64 *until = NULL;
  g_autofree int *modalities = NULL;
  g_autofree int *gear_pairs = NULL;
  g_autofree Used *used = NULL;
  gint64 now_at;
  gint64 group_at = G_MININT64;
  guint group_start = 0;
  guint n_pairs;
  Pass pass = { 0 };

  g_assert (activities->len == n_activities);

  self = g_object_new (HYR_TYPE_SHOE_TALLY, NULL);
  self->activities = g_ptr_array_ref (activities);
  self->pairs = g_new (int, MAX (n_activities, 1));
  self->now = g_date_time_ref (now);
  self->recent_from = g_date_time_add_days (now, -HYR_SHOE_RECENT_DAYS);

  n_pairs = settings->pairs->len;
  g_array_set_size (self->figures, n_pairs);
  /* 1 + the index of the last activity counted for each pair. */
  stamps = g_new0 (guint, n_pairs);
  since = g_new (gint64, n_pairs);
  until = g_new (gint64, n_pairs);
  used = g_new0 (Used, n_pairs);

  for (guint i = 0; i < n_pairs; i++)
    {
      const HyrShoePair *pair = g_ptr_array_index (settings->pairs, i);
      int index = i;

      since[i] = pair->since != NULL ? instant_of (pair->since) : G_MININT64;
      until[i] = pair->until != NULL ? instant_of (pair->until) : G_MAXINT64;

      g_hash_table_insert (by_id, pair->id, GINT_TO_POINTER (index + 1));
      if (!pair->from_host)
        g_array_append_val (own_pairs, index);
    }

  for (guint kind = 0; kind < HYR_SHOE_N_RUN_KINDS; kind++)
    {
      const char *id = settings->defaults[kind];

      pass.defaults[kind] = (id != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (by_id, id)) : 0) - 1;
    }

  /* Per sport its modality, asked of the state when the sport is first
   * seen (-1 until then); per first gear identifier its pair, or -1: the
   * pass looks up no string. */
  modalities = g_new (int, sports->names->len);
  for (guint i = 0; i < sports->names->len; i++)
    modalities[i] = -1;
  gear_pairs = g_new (int, gear->names->len);
  gear_pairs[0] = -1;
  for (guint i = 1; i < gear->names->len; i++)
    gear_pairs[i] = GPOINTER_TO_INT (g_hash_table_lookup (by_id, g_ptr_array_index (gear->names, i))) - 1;

  pass.tally = self;
  pass.own_pairs = own_pairs;
  pass.recent_from = instant_of (self->recent_from);
  pass.since = since;
  pass.until = until;
  pass.used = used;
  now_at = instant_of (now);

  for (guint i = 0; i < n_activities; i++)
    {
      const HyrPackedActivity *activity = &packed[i];
      const char *id = activity->id;
      gint64 at = activity->start;
      gboolean future = at > now_at;
      gboolean recent = !future && at >= pass.recent_from;
      const char *assigned = NULL;
      int assigned_pair = 0;
      int first_pair = -1;
      gboolean is_run;
      guint stamp = i + 1;

      self->pairs[i] = -1;

      /* A host that lists an activity twice must not count it twice: the
       * second listing starts when the first does, and the activities are
       * sorted by start, so it is among those of the same start. */
      if (at != group_at)
        {
          group_at = at;
          group_start = i;
        }
      if (id != NULL && is_listed (self, packed, group_start, i, id))
        {
          g_debug ("Ignoring a second activity with the identifier “%s”", id);
          self->pairs[i] = DUPLICATE;
          continue;
        }

      if (id != NULL)
        {
          /* Most users assign no activity by hand: no hash for every id. */
          if (g_hash_table_size (settings->assignments) > 0)
            assigned = g_hash_table_lookup (settings->assignments, id);
          if (assigned != NULL)
            assigned_pair = GPOINTER_TO_INT (g_hash_table_lookup (by_id, assigned));
        }

      if (activity->sport == 0)
        is_run = FALSE;
      else
        {
          if (modalities[activity->sport] < 0)
            {
              const char *sport = g_ptr_array_index (sports->names, activity->sport);

              modalities[activity->sport] = hyr_modality_for_sport (state, sport);
              g_ptr_array_add (seen_sports, (char *)sport);
            }
          is_run = modalities[activity->sport] == HYR_MODALITY_RUNNING;
        }

      if (assigned_pair > 0)
        {
          first_pair = assigned_pair - 1;
          stamps[first_pair] = stamp;
          count_activity (figures_of (self, first_pair), &pass.used[first_pair], activity->distance, i,
                          is_run, recent, future);
        }
      else if (activity->n_gear == 1)
        {
          /* Unknown identifiers (deleted gear, a host's bug) count nothing. */
          first_pair = gear_pairs[activity->gear];
          if (first_pair >= 0)
            {
              stamps[first_pair] = stamp;
              count_activity (figures_of (self, first_pair), &pass.used[first_pair], activity->distance, i,
                              is_run, recent, future);
            }
        }
      else if (activity->n_gear > 1)
        {
          const char * const *gear_ids = hyr_activity_get_gear_ids (activity->activity);

          for (guint g = 0; gear_ids[g] != NULL; g++)
            {
              int pair = GPOINTER_TO_INT (g_hash_table_lookup (by_id, gear_ids[g])) - 1;

              /* Unknown identifiers and a pair listed twice on one
               * activity count nothing. */
              if (pair < 0 || stamps[pair] == stamp)
                continue;

              stamps[pair] = stamp;
              count_activity (figures_of (self, pair), &pass.used[pair], activity->distance, i,
                              is_run, recent, future);
              if (first_pair < 0)
                first_pair = pair;
            }
        }

      if (first_pair >= 0 && is_run && recent)
        self->recent_runs_counted++;

      self->pairs[i] = first_pair;

      if (is_run && !future)
        {
          Run run = {
            .activity = activity->activity,
            .at = at,
            .week = _hyr_shoe_tally_week_of_day (activity->day),
            .pair = first_pair,
            .index = i,
            .pending = first_pair < 0 && own_pairs->len > 0,
          };

          g_array_append_val (self->runs, run);
        }
    }

  if (own_pairs->len > 0)
    assign_by_rule (&pass, state);

  for (guint i = 0; i < n_pairs; i++)
    {
      HyrShoeTallyFigures *figures = figures_of (self, i);

      if (used[i].first > 0)
        figures->first_used = hyr_activity_get_start (packed[used[i].first - 1].activity);
      if (used[i].last > 0)
        figures->last_used = hyr_activity_get_start (packed[used[i].last - 1].activity);
    }

  g_ptr_array_sort (seen_sports, compare_strings);
  g_ptr_array_add (seen_sports, NULL);
  self->sports = g_strdupv ((char **)seen_sports->pdata);

  return g_steal_pointer (&self);
}

/*
 * _hyr_shoe_tally_new:
 * @activities: (element-type HyrActivity): the history, sorted by start;
 *   the tally borrows the activities, which must not change while it lives
 * @settings: the pairs and the user's choices
 * @state: (nullable): the state whose "sports" section says which sports
 *   are runs (see hyr_modality_for_sport()) and whose "run-kinds" section
 *   holds the user's corrections of run kinds
 * @now: the moment of the tally: later activities were entered ahead of
 *   time, and the "last 8 weeks" end here
 *
 * Counts every activity of @activities for its pairs.
 *
 * Returns: (transfer full): the tally
 */
HyrShoeTally *
_hyr_shoe_tally_new (GPtrArray             *activities,
                     const HyrShoeSettings *settings,
                     HyrState              *state,
                     GDateTime             *now)
{
  g_autofree HyrPackedActivity *packed = NULL;
  HyrNameTable sports, gear;
  HyrShoeTally *self;

  g_return_val_if_fail (activities != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (state == NULL || HYR_IS_STATE (state), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  /* The records borrow the names: they go when the pass is done. */
  _hyr_name_table_init (&sports);
  _hyr_name_table_init (&gear);
  packed = g_new (HyrPackedActivity, MAX (activities->len, 1));
  _hyr_pack_activities ((HyrActivity * const *)activities->pdata, activities->len, &sports, &gear, packed);

  self = tally_packed (activities, packed, activities->len, &sports, &gear, settings, state, now);

  _hyr_name_table_clear (&sports);
  _hyr_name_table_clear (&gear);

  return self;
}

/*
 * _hyr_shoe_tally_new_from_history:
 * @history: the one history
 * @settings: the pairs and the user's choices
 * @state: (nullable): as for _hyr_shoe_tally_new()
 * @now: the moment of the tally
 *
 * Counts every activity of @history for its pairs, as _hyr_shoe_tally_new()
 * over its activities, from the numbers the history keeps of them. The
 * tally borrows the history's own array: it is valid until the history's
 * generation (_hyr_history_cache_get_generation()) moves.
 *
 * Returns: (transfer full): the tally
 */
HyrShoeTally *
_hyr_shoe_tally_new_from_history (HyrHistoryCache       *history,
                                  const HyrShoeSettings *settings,
                                  HyrState              *state,
                                  GDateTime             *now)
{
  const HyrNameTable *sports, *gear;
  const HyrPackedActivity *packed;
  GPtrArray *activities;
  guint n_activities;

  g_return_val_if_fail (HYR_IS_HISTORY_CACHE (history), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (state == NULL || HYR_IS_STATE (state), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  activities = _hyr_history_cache_get_activities (history);
  packed = _hyr_history_cache_get_packed (history, NULL, NULL, &n_activities);
  _hyr_history_cache_get_names (history, &sports, &gear);

  return tally_packed (activities, packed, n_activities, sports, gear, settings, state, now);
}

/* The moment the tally was made for. */
GDateTime *
_hyr_shoe_tally_get_now (HyrShoeTally *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), NULL);
  return self->now;
}

/* The start of the last 8 weeks. */
GDateTime *
_hyr_shoe_tally_get_recent_from (HyrShoeTally *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), NULL);
  return self->recent_from;
}

/* The figures of the pair at @pair in the settings' pairs. */
const HyrShoeTallyFigures *
_hyr_shoe_tally_get_figures (HyrShoeTally *self,
                             guint         pair)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), NULL);
  g_return_val_if_fail (pair < self->figures->len, NULL);

  return figures_of (self, pair);
}

/* How many runs of the last 8 weeks count for a pair: what each pair's
 * share is a share of. */
guint
_hyr_shoe_tally_get_recent_runs_counted (HyrShoeTally *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), 0);
  return self->recent_runs_counted;
}

/* The index of the (first) pair the activity @activity_id counts for, or
 * -1 when it counts for none or is unknown. */
int
_hyr_shoe_tally_get_activity_pair (HyrShoeTally *self,
                                   const char   *activity_id)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), -1);
  g_return_val_if_fail (activity_id != NULL, -1);

  /* Only the Shoes page asks, for a few activities: the map is made then,
   * not for every tally. */
  if (self->activity_pairs == NULL)
    {
      self->activity_pairs = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->activities->len; i++)
        {
          const char *id = hyr_activity_get_id (g_ptr_array_index (self->activities, i));

          if (id != NULL && self->pairs[i] != DUPLICATE)
            g_hash_table_insert (self->activity_pairs, (char *)id,
                                 self->pairs[i] >= 0 ? GINT_TO_POINTER (self->pairs[i] + 1) : NULL);
        }
    }

  return GPOINTER_TO_INT (g_hash_table_lookup (self->activity_pairs, activity_id)) - 1;
}

/* How many runs were done by the tally's moment. */
guint
_hyr_shoe_tally_get_n_runs (HyrShoeTally *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), 0);
  return self->runs->len;
}

/* The run at @index, oldest first, and in @pair the index of the (first)
 * pair it counts for, or -1. */
HyrActivity *
_hyr_shoe_tally_get_run (HyrShoeTally *self,
                         guint         index,
                         int          *pair)
{
  Run *run;

  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), NULL);
  g_return_val_if_fail (index < self->runs->len, NULL);

  run = &g_array_index (self->runs, Run, index);
  if (pair != NULL)
    *pair = run->pair;

  return run->activity;
}

/* The sport names of the history, sorted. */
const char * const *
_hyr_shoe_tally_get_sports (HyrShoeTally *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), NULL);
  return (const char * const *)self->sports;
}
