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
 * with the user's corrections, against the runs of its week and the three
 * weeks before (HyrRunWindow, the rule the training load uses too): what
 * was usual for the runner then. So a run's pair does not move when later
 * runs come in, and a runner whose usual run grew over the years is
 * measured against the usual run of the time.
 *
 * The tally reads neither the store nor the clock. It passes over the
 * activities packed as numbers (HyrPacked), week by week: those
 * the history cache keeps, or those it packs itself from a plain array.
 * One made from the history keeps, every fourth week and every week of the
 * last eight, what it had counted by then; when the history changes it is
 * brought up to date from the last such week before the change
 * (_hyr_shoe_tally_catch_up()), as long as nothing older changed. */

/* Weeks between the points a tally can be brought up to date from; in the
 * last RECENT_CHECKPOINT_WEEKS weeks, where runs come in, every week is
 * one. */
#define CHECKPOINT_WEEKS        4
#define RECENT_CHECKPOINT_WEEKS 8

/* In pairs: an activity the host listed a second time. */
#define DUPLICATE (-2)

/* Its start, its week and the activity itself are those of the packed
 * activity at its index: a long history has hundreds of thousands of
 * runs, and the array is written in one go. */
typedef struct
{
  guint        index;     /* in the tally's activities */
  int          pair;      /* the first pair it counts for, or -1 */
} Run;

/* Per pair, 1 + the index in the tally's activities of the first and of
 * the last activity done that it counted, 0 for none: their starts become
 * the pair's first and last use once the pass is done, instead of asking
 * every activity counted for its start. */
typedef struct
{
  guint first;
  guint last;
} Used;

/* What a tally had counted of the activities before @index, the first
 * of a week that started more than eight weeks before its moment: nothing
 * of it depends on the moment. */
typedef struct
{
  guint                index;
  gint64               week;
  guint                n_runs;
  HyrShoeTallyFigures *figures;   /* per pair, without dates */
  Used                *used;      /* per pair */
  guint                n_sports;
  guint8              *seen;      /* per sport: seen */
} Checkpoint;

struct _HyrShoeTally
{
  GObject      parent_instance;

  GPtrArray   *activities;           /* kept: the figures and runs point into it;
                                      * the history cache's own array when
                                      * made from the cache */
  HyrHistoryCache *history;          /* when made from it */
  guint64      generation;           /* the history's, when counted */
  GDateTime   *now;
  GDateTime   *recent_from;
  GArray      *figures;              /* HyrShoeTallyFigures, one per pair */
  Used        *used;                 /* one per pair */
  GArray      *runs;                 /* Run: the runs done, by start */
  int         *pairs;                /* per activity: its first pair, -1 for none,
                                      * DUPLICATE for a second listing */
  guint        n_pairs_room;         /* of pairs */
  guint8      *seen;                 /* per sport: an activity of it was counted */
  guint        n_seen;
  GHashTable  *activity_pairs;       /* activity id → pair index + 1, or NULL;
                                      * made on the first question */
  guint        recent_runs_counted;  /* recent runs that carry a pair */
  GStrv        sports;
  GArray      *checkpoints;          /* Checkpoint, oldest first */
};

G_DEFINE_FINAL_TYPE (HyrShoeTally, _hyr_shoe_tally, G_TYPE_OBJECT)

static void
_hyr_shoe_tally_finalize (GObject *object)
{
  HyrShoeTally *self = (HyrShoeTally *)object;

  /* The keys of activity_pairs belong to the activities. */
  g_clear_pointer (&self->activity_pairs, g_hash_table_unref);
  g_clear_pointer (&self->pairs, g_free);
  g_clear_pointer (&self->used, g_free);
  g_clear_pointer (&self->seen, g_free);
  g_clear_pointer (&self->checkpoints, g_array_unref);
  g_clear_object (&self->history);
  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->recent_from, g_date_time_unref);
  g_clear_pointer (&self->sports, g_strfreev);

  G_OBJECT_CLASS (_hyr_shoe_tally_parent_class)->finalize (object);
}

static void
checkpoint_clear (gpointer data)
{
  Checkpoint *checkpoint = data;

  g_free (checkpoint->figures);
  g_free (checkpoint->used);
  g_free (checkpoint->seen);
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
  self->checkpoints = g_array_new (FALSE, FALSE, sizeof (Checkpoint));
  g_array_set_clear_func (self->checkpoints, checkpoint_clear);
}

static void
count_activity (HyrShoeTallyFigures *figures,
                Used                *used,
                double               distance,
                guint                index,
                gboolean             is_run,
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
}

/* A moment as microseconds since 1970 UTC. Comparing two is what
 * g_date_time_compare() does; but that finds the time zone offset of both
 * again for every comparison, which took a tenth of the pass. */
static gint64
instant_of (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

/* What the pass needs besides the tally, made from the settings, the
 * names and the moment for each pass. */
typedef struct
{
  HyrShoeTally            *tally;
  const HyrPacked         *packed;                         /* the tally's activities */
  guint                    n_activities;
  const HyrShoeSettings   *settings;
  HyrState                *state;
  GHashTable              *by_id;                          /* pair id → index + 1 */
  GArray                  *own_pairs;                      /* pair indices */
  int                      defaults[HYR_SHOE_N_RUN_KINDS]; /* pair index, or -1 */
  gint64                   now;
  gint64                   recent_from;
  gint64                  *since;                          /* per pair, or G_MININT64 */
  gint64                  *until;                          /* per pair, or G_MAXINT64 */
  guint                   *stamps;                         /* per pair: the last stamp it was
                                                            * found under (given_pairs ()) */
  guint                    stamp;
  int                     *given;                          /* given_pairs ()'s, room for each
                                                            * pair once */
  HyrModality             *modalities;                     /* per sport */
  int                     *gear_pairs;                     /* per first gear identifier */
  guint                    n_sports;
  const HyrNameTable      *sport_names;
} Pass;

static void
pass_init (Pass                    *pass,
           HyrShoeTally            *self,
           const HyrPacked         *packed,
           const HyrNameTable      *sports,
           const HyrNameTable      *gear,
           const HyrShoeSettings   *settings,
           HyrState                *state)
{
  guint n_pairs = settings->pairs->len;

  *pass = (Pass) {
    .tally = self,
    .packed = packed,
    .n_activities = packed->n,
    .settings = settings,
    .state = state,
    .by_id = g_hash_table_new (g_str_hash, g_str_equal),
    .own_pairs = g_array_new (FALSE, FALSE, sizeof (int)),
    .now = instant_of (self->now),
    .recent_from = instant_of (self->recent_from),
    .since = g_new (gint64, n_pairs),
    .until = g_new (gint64, n_pairs),
    .stamps = g_new0 (guint, n_pairs),
    .given = g_new (int, MAX (n_pairs, 1)),
    .n_sports = sports->names->len,
    .sport_names = sports,
  };

  for (guint i = 0; i < n_pairs; i++)
    {
      const HyrShoePair *pair = g_ptr_array_index (settings->pairs, i);
      int index = i;

      pass->since[i] = pair->since != NULL ? instant_of (pair->since) : G_MININT64;
      pass->until[i] = pair->until != NULL ? instant_of (pair->until) : G_MAXINT64;

      g_hash_table_insert (pass->by_id, pair->id, GINT_TO_POINTER (index + 1));
      if (!pair->from_host)
        g_array_append_val (pass->own_pairs, index);
    }

  for (guint kind = 0; kind < HYR_SHOE_N_RUN_KINDS; kind++)
    {
      const char *id = settings->defaults[kind];

      pass->defaults[kind] = (id != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (pass->by_id, id)) : 0) - 1;
    }

  /* Per sport its modality, per first gear identifier its pair, or -1:
   * the pass looks up no string. */
  pass->modalities = g_new (HyrModality, MAX (sports->names->len, 1));
  pass->modalities[0] = HYR_MODALITY_OTHER;
  for (guint i = 1; i < sports->names->len; i++)
    pass->modalities[i] = hyr_modality_for_sport (state, g_ptr_array_index (sports->names, i));
  pass->gear_pairs = g_new (int, MAX (gear->names->len, 1));
  pass->gear_pairs[0] = -1;
  for (guint i = 1; i < gear->names->len; i++)
    pass->gear_pairs[i] = GPOINTER_TO_INT (g_hash_table_lookup (pass->by_id, g_ptr_array_index (gear->names, i))) - 1;
}

static void
pass_clear (Pass *pass)
{
  g_clear_pointer (&pass->by_id, g_hash_table_unref);
  g_clear_pointer (&pass->own_pairs, g_array_unref);
  g_clear_pointer (&pass->since, g_free);
  g_clear_pointer (&pass->until, g_free);
  g_clear_pointer (&pass->stamps, g_free);
  g_clear_pointer (&pass->given, g_free);
  g_clear_pointer (&pass->modalities, g_free);
  g_clear_pointer (&pass->gear_pairs, g_free);
}

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

/* Whether an activity from @first to @end (not included) was counted
 * under the identifier @id. */
static gboolean
is_listed (HyrShoeTally            *self,
           const HyrPacked         *packed,
           guint                    first,
           guint                    end,
           const char              *id)
{
  for (guint j = first; j < end; j++)
    {
      const char *other = hyr_activity_get_id (packed->activity[j]);

      if (self->pairs[j] != DUPLICATE && other != NULL && strcmp (other, id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Counts activity @i for @pair. */
static void
count_for (Pass     *pass,
           int       pair,
           guint     i,
           gboolean  is_run,
           gboolean  future)
{
  count_activity (figures_of (pass->tally, pair), &pass->tally->used[pair], pass->packed->distance[i], i,
                  is_run, future);
}

/* The pairs the user or the host gave activity @i, each once and in
 * order, in @pass->given; returns how many. An activity assigned by hand
 * has that pair alone; unknown identifiers (deleted gear, a host's bug)
 * and a pair listed twice on one activity give nothing. */
static guint
given_pairs (Pass  *pass,
             guint  i)
{
  const HyrPacked *packed = pass->packed;
  guint n_gear = packed->n_gear[i];
  guint n = 0;

  /* Most users assign no activity by hand: no identifier looked up. */
  if (g_hash_table_size (pass->settings->assignments) > 0)
    {
      const char *id = hyr_activity_get_id (packed->activity[i]);
      const char *assigned = id != NULL ? g_hash_table_lookup (pass->settings->assignments, id) : NULL;
      int assigned_pair = assigned != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (pass->by_id, assigned)) : 0;

      if (assigned_pair > 0)
        {
          pass->given[n++] = assigned_pair - 1;
          return n;
        }
    }

  if (n_gear == 1)
    {
      int pair = pass->gear_pairs[packed->gear[i]];

      if (pair >= 0)
        pass->given[n++] = pair;
    }
  else if (n_gear > 1)
    {
      const char * const *gear_ids = hyr_activity_get_gear_ids (packed->activity[i]);
      guint stamp = ++pass->stamp;

      for (guint g = 0; gear_ids[g] != NULL; g++)
        {
          int pair = GPOINTER_TO_INT (g_hash_table_lookup (pass->by_id, gear_ids[g])) - 1;

          if (pair < 0 || pass->stamps[pair] == stamp)
            continue;

          pass->stamps[pair] = stamp;
          pass->given[n++] = pair;
        }
    }

  return n;
}

/* Counts activity @i (not a second listing) for the pairs the user or
 * the host gave it; returns the first, or -1. */
static int
count_given (Pass     *pass,
             guint     i,
             gboolean  is_run,
             gboolean  future)
{
  guint n = given_pairs (pass, i);

  for (guint k = 0; k < n; k++)
    count_for (pass, pass->given[k], i, is_run, future);

  return n > 0 ? pass->given[0] : -1;
}

static void
take_checkpoint (HyrShoeTally *self,
                 guint         index,
                 gint64        week,
                 guint         n_runs)
{
  guint n_pairs = self->figures->len;
  Checkpoint checkpoint = {
    .index = index,
    .week = week,
    .n_runs = n_runs,
    .figures = g_memdup2 (self->figures->data, n_pairs * sizeof (HyrShoeTallyFigures)),
    .used = g_memdup2 (self->used, n_pairs * sizeof (Used)),
    .n_sports = self->n_seen,
    .seen = g_memdup2 (self->seen, self->n_seen),
  };

  g_array_append_val (self->checkpoints, checkpoint);
}

/* Counts the activities from @from on, week by week, from a tally that
 * counted those before it. A tally made from the history notes what it
 * had counted at the start of every fourth week, and of every week of the
 * last eight, that ended before its moment. */
static void
count_from (Pass  *pass,
            guint  from)
{
  HyrShoeTally *self = pass->tally;
  const HyrPacked *packed = pass->packed;
  g_autoptr(HyrRunClassifier) classifier = NULL;
  g_autoptr(HyrRunWindow) window = NULL;
  guint n_runs = self->runs->len;
  guint group = from;
  gint64 now_week = _hyr_run_classifier_week_of (pass->now);

  g_array_set_size (self->runs, self->runs->len + (pass->n_activities - from));

  if (pass->own_pairs->len > 0)
    {
      classifier = hyr_run_classifier_new (pass->state);
      window = _hyr_run_window_new (classifier, packed, pass->modalities);
    }

  while (group < pass->n_activities)
    {
      gint64 week = _hyr_run_classifier_week_of (packed->start[group]);
      gint64 next_week = _hyr_run_classifier_week_start (week + 1);
      guint group_end = group + 1;
      gint64 same_start_at = G_MININT64;
      guint same_start = group;

      while (group_end < pass->n_activities && packed->start[group_end] < next_week)
        group_end++;

      if (self->history != NULL && next_week <= pass->now &&
          (week % CHECKPOINT_WEEKS == 0 || week >= now_week - RECENT_CHECKPOINT_WEEKS) &&
          (self->checkpoints->len == 0 ||
           g_array_index (self->checkpoints, Checkpoint, self->checkpoints->len - 1).week < week))
        take_checkpoint (self, group, week, n_runs);

      if (window != NULL)
        _hyr_run_window_enter_week (window, group);

      for (guint i = group; i < group_end; i++)
        {
          gint64 at = packed->start[i];
          guint sport = packed->sport[i];
          gboolean future = at > pass->now;
          gboolean is_run = pass->modalities[sport] == HYR_MODALITY_RUNNING;
          int first_pair;

          self->pairs[i] = -1;

          /* A host that lists an activity twice must not count it twice:
           * the second listing starts when the first does, and the
           * activities are sorted by start, so it is among those of the
           * same start. */
          if (at != same_start_at)
            {
              same_start_at = at;
              same_start = i;
            }
          else
            {
              const char *id = hyr_activity_get_id (packed->activity[i]);

              if (id != NULL && is_listed (self, packed, same_start, i, id))
                {
                  g_debug ("Ignoring a second activity with the identifier “%s”", id);
                  self->pairs[i] = DUPLICATE;
                  continue;
                }
            }

          if (sport != 0)
            self->seen[sport] = TRUE;

          first_pair = count_given (pass, i, is_run, future);

          /* A run done that carries no known pair, while the plugin keeps
           * pairs of its own, goes to one by rule. */
          if (first_pair < 0 && is_run && !future && window != NULL)
            {
              first_pair = pair_by_rule (pass, _hyr_run_window_classify (window, i), at);
              if (first_pair >= 0)
                count_for (pass, first_pair, i, TRUE, FALSE);
            }

          self->pairs[i] = first_pair;

          if (is_run && !future)
            g_array_index (self->runs, Run, n_runs++) = (Run) { .index = i, .pair = first_pair };
        }

      group = group_end;
    }

  g_array_set_size (self->runs, n_runs);
}

/* Makes room in the tally for @n_activities activities and @n_sports
 * sports, keeping what it holds. */
static void
make_room (HyrShoeTally *self,
           guint         n_activities,
           guint         n_sports)
{
  if (n_activities > self->n_pairs_room || self->pairs == NULL)
    {
      self->n_pairs_room = MAX (n_activities, 1);
      self->pairs = g_renew (int, self->pairs, self->n_pairs_room);
    }

  if (n_sports > self->n_seen || self->seen == NULL)
    {
      self->seen = g_realloc (self->seen, MAX (n_sports, 1));
      memset (self->seen + self->n_seen, 0, MAX (n_sports, 1) - self->n_seen);
      self->n_seen = n_sports;
    }
}

/* The figures of the last eight weeks: a pass of their own over the
 * pairs the activities of those weeks were counted for, so that what was
 * counted before can be kept when the moment moves on. */
static void
count_recent (Pass *pass)
{
  HyrShoeTally *self = pass->tally;
  const HyrPacked *packed = pass->packed;

  for (guint p = 0; p < self->figures->len; p++)
    {
      figures_of (self, p)->recent_distance = 0;
      figures_of (self, p)->recent_runs = 0;
    }
  self->recent_runs_counted = 0;

  for (guint i = _hyr_packed_lower_bound (packed, pass->recent_from); i < packed->n && packed->start[i] <= pass->now; i++)
    {
      int first_pair = self->pairs[i];
      gboolean is_run = pass->modalities[packed->sport[i]] == HYR_MODALITY_RUNNING;
      const int *pairs;
      guint n;

      if (first_pair < 0)
        continue;

      if (is_run)
        self->recent_runs_counted++;

      /* Each pair the user or the host gave it, else the rule's. */
      n = given_pairs (pass, i);
      pairs = n > 0 ? pass->given : &first_pair;
      for (guint k = 0; k < MAX (n, 1); k++)
        {
          figures_of (self, pairs[k])->recent_distance += packed->distance[i];
          figures_of (self, pairs[k])->recent_runs += is_run;
        }
    }
}

/* The dates of first and last use, and the sports seen, from the counts. */
static void
finish (HyrShoeTally            *self,
        const HyrPacked         *packed,
        const HyrNameTable      *sports)
{
  g_autoptr(GPtrArray) seen_sports = g_ptr_array_new ();

  for (guint i = 0; i < self->figures->len; i++)
    {
      HyrShoeTallyFigures *figures = figures_of (self, i);

      figures->first_used = self->used[i].first > 0 ? hyr_activity_get_start (packed->activity[self->used[i].first - 1]) : NULL;
      figures->last_used = self->used[i].last > 0 ? hyr_activity_get_start (packed->activity[self->used[i].last - 1]) : NULL;
    }

  for (guint i = 1; i < self->n_seen; i++)
    {
      if (self->seen[i])
        g_ptr_array_add (seen_sports, g_ptr_array_index (sports->names, i));
    }
  g_ptr_array_sort (seen_sports, compare_strings);
  g_ptr_array_add (seen_sports, NULL);
  g_clear_pointer (&self->sports, g_strfreev);
  self->sports = g_strdupv ((char **)seen_sports->pdata);
}

static void
set_now (HyrShoeTally *self,
         GDateTime    *now)
{
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->recent_from, g_date_time_unref);
  self->now = g_date_time_ref (now);
  self->recent_from = g_date_time_add_days (now, -HYR_SHOE_RECENT_DAYS);
}

/* Counts the packed activities, those of @activities in the
 * same order, whose sports and first gear identifiers index @sports and
 * @gear. */
static HyrShoeTally *
tally_packed (GPtrArray               *activities,
              HyrHistoryCache         *history,
              const HyrPacked         *packed,
              const HyrNameTable      *sports,
              const HyrNameTable      *gear,
              const HyrShoeSettings   *settings,
              HyrState                *state,
              GDateTime               *now)
{
  g_autoptr(HyrShoeTally) self = NULL;
  Pass pass;

  g_assert (activities->len == packed->n);

  self = g_object_new (HYR_TYPE_SHOE_TALLY, NULL);
  self->activities = g_ptr_array_ref (activities);
  self->history = history != NULL ? g_object_ref (history) : NULL;
  self->generation = history != NULL ? _hyr_history_cache_get_generation (history) : 0;
  set_now (self, now);
  g_array_set_size (self->figures, settings->pairs->len);
  self->used = g_new0 (Used, MAX (settings->pairs->len, 1));
  make_room (self, packed->n, sports->names->len);

  pass_init (&pass, self, packed, sports, gear, settings, state);
  count_from (&pass, 0);
  count_recent (&pass);
  pass_clear (&pass);
  finish (self, packed, sports);

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
  HyrPacked packed;
  HyrNameTable sports, gear;
  HyrShoeTally *self;

  g_return_val_if_fail (activities != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (state == NULL || HYR_IS_STATE (state), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  /* The records borrow the names: they go when the pass is done, and
   * the sports named are copied. */
  _hyr_name_table_init (&sports);
  _hyr_name_table_init (&gear);
  _hyr_packed_init (&packed);
  _hyr_packed_insert (&packed, 0, (HyrActivity * const *)activities->pdata, activities->len, &sports, &gear);

  self = tally_packed (activities, NULL, &packed, &sports, &gear, settings, state, now);

  _hyr_packed_clear (&packed);
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
 * generation (_hyr_history_cache_get_generation()) moves, and then can be
 * brought up to date with _hyr_shoe_tally_catch_up().
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
  const HyrPacked *packed;
  GPtrArray *activities;

  g_return_val_if_fail (HYR_IS_HISTORY_CACHE (history), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (state == NULL || HYR_IS_STATE (state), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  activities = _hyr_history_cache_get_activities (history);
  packed = _hyr_history_cache_get_packed (history);
  _hyr_history_cache_get_names (history, &sports, &gear);

  return tally_packed (activities, history, packed, sports, gear, settings, state, now);
}

/*
 * _hyr_shoe_tally_catch_up:
 * @history: the history the tally was made from
 * @settings: the same pairs and choices it was made with
 * @state: (nullable): the same state
 * @now: the moment of the tally now, not before its last one
 *
 * Brings a tally made with _hyr_shoe_tally_new_from_history() up to date
 * with the history and the moment: what it counted of the activities
 * before the last checkpoint ahead of the changes and of its last eight
 * weeks is kept, the rest counted again. The figures are then those a
 * new tally would give. Returns %FALSE, changing nothing, when that cannot
 * be: the whole history was read again, a change goes back further than
 * any checkpoint, or the moment went back; then make a new tally.
 */
gboolean
_hyr_shoe_tally_catch_up (HyrShoeTally          *self,
                          HyrHistoryCache       *history,
                          const HyrShoeSettings *settings,
                          HyrState              *state,
                          GDateTime             *now)
{
  const HyrNameTable *sports, *gear;
  const HyrPacked *packed;
  const Checkpoint *checkpoint = NULL;
  gint64 changed_from;
  gint64 change_week;
  guint kept;
  Pass pass;

  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), FALSE);
  g_return_val_if_fail (HYR_IS_HISTORY_CACHE (history), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (self->history != history || settings->pairs->len != self->figures->len ||
      instant_of (now) < instant_of (self->now))
    return FALSE;

  packed = _hyr_history_cache_get_packed (history);
  if (!_hyr_history_cache_changed_since (history, self->generation, &changed_from))
    return FALSE;

  if (changed_from == G_MAXINT64 && instant_of (now) == instant_of (self->now))
    return TRUE;

  /* The kinds of the runs of the week of the change and later may
   * change; and what was entered ahead of the last moment may have been
   * done by now. */
  change_week = _hyr_run_classifier_week_of (MIN (changed_from, instant_of (self->now)));
  for (kept = self->checkpoints->len; kept > 0; kept--)
    {
      checkpoint = &g_array_index (self->checkpoints, Checkpoint, kept - 1);
      if (checkpoint->week <= change_week)
        break;
    }
  if (kept == 0)
    return FALSE;

  /* Back to what was counted before the checkpoint. */
  memcpy (self->figures->data, checkpoint->figures, self->figures->len * sizeof (HyrShoeTallyFigures));
  memcpy (self->used, checkpoint->used, self->figures->len * sizeof (Used));
  memset (self->seen, 0, self->n_seen);
  memcpy (self->seen, checkpoint->seen, checkpoint->n_sports);
  g_array_set_size (self->runs, checkpoint->n_runs);
  g_clear_pointer (&self->activity_pairs, g_hash_table_unref);
  {
    guint index = checkpoint->index;

    g_array_set_size (self->checkpoints, kept - 1);
    _hyr_history_cache_get_names (history, &sports, &gear);
    make_room (self, packed->n, sports->names->len);
    set_now (self, now);
    self->generation = _hyr_history_cache_get_generation (history);

    pass_init (&pass, self, packed, sports, gear, settings, state);
    count_from (&pass, index);
    count_recent (&pass);
    pass_clear (&pass);
  }
  finish (self, packed, sports);

  return TRUE;
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

  return g_ptr_array_index (self->activities, run->index);
}

/* The sport names of the history, sorted. */
const char * const *
_hyr_shoe_tally_get_sports (HyrShoeTally *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (self), NULL);
  return (const char * const *)self->sports;
}
