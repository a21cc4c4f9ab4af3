/* hyr-training-load.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-training-load"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-history-cache.h"
#include "hyr-load-day-private.h"
#include "hyr-load-series-private.h"
#include "hyr-run-classifier-private.h"
#include "hyr-training-load-private.h"

/* Longest series computed at once: a century of days. */
#define MAX_DAYS 36600

#define USEC_PER_DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

/* The Julian day (GDate's) of 1 January 1970. */
#define JULIAN_1970 719163

/* Foster's session RPE when the host has none: a strength session of
 * working sets is "hard", anything else of unknown effort "moderate". */
#define STRENGTH_RPE 6.0
#define OTHER_RPE    3.0

/**
 * hyr_training_load_error_quark:
 *
 * Gets the error domain of the training-load computation, whose codes are
 * #HyrTrainingLoadError.
 *
 * Returns: the #GQuark of %HYR_TRAINING_LOAD_ERROR
 */
G_DEFINE_QUARK (hyr-training-load-error-quark, hyr_training_load_error)

/**
 * hyr_training_load_estimate_rpe:
 * @kind: a run kind
 *
 * The session RPE (Foster's CR-10 scale) assumed for a run of @kind when
 * the host recorded none: recovery 2, easy 3, long 4, tempo and hill 6,
 * interval 7, race 9.
 *
 * Returns: the estimated RPE
 */
double
hyr_training_load_estimate_rpe (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_RECOVERY:
      return 2;
    case HYR_RUN_KIND_EASY:
      return 3;
    case HYR_RUN_KIND_LONG:
      return 4;
    case HYR_RUN_KIND_TEMPO:
    case HYR_RUN_KIND_HILL:
      return 6;
    case HYR_RUN_KIND_INTERVAL:
      return 7;
    case HYR_RUN_KIND_RACE:
      return 9;
    default:
      g_return_val_if_reached (3);
    }
}

/* The load the plan expects of a planned session: the RPE of its kind
 * (a strength session the default one) times its minutes, as
 * _hyr_training_load_session() scores the same session once recorded
 * with that RPE. */
double
_hyr_training_load_planned (HyrSessionKind kind,
                            HyrRunKind     run_kind,
                            double         duration)
{
  double rpe = kind == HYR_SESSION_KIND_RUN ? hyr_training_load_estimate_rpe (run_kind) : STRENGTH_RPE;

  return rpe * MAX (duration, 0) / 60.0;
}

/* The load of one session of @duration seconds: with an RPE from the
 * host (@rpe > 0), that RPE; without, a run gets the RPE of its @kind; any
 * other session with a heart rate gets one from its heart rate relative
 * to the user's typical running heart rate (which maps to an easy 3,
 * +10 % to a hard 7); else a default per modality. @kind is read only for
 * a run that needs it (needs_kind ()). */
static double
session_load (double       duration,
              double       rpe,
              double       hr,
              HyrModality  modality,
              HyrRunKind   kind,
              double       reference_hr,
              gboolean    *estimated)
{
  double minutes = duration / 60.0;

  *estimated = FALSE;

  if (minutes <= 0)
    return 0;

  if (rpe > 0)
    return rpe * minutes;

  *estimated = TRUE;

  if (modality == HYR_MODALITY_RUNNING)
    rpe = hyr_training_load_estimate_rpe (kind);
  else if (hr > 0 && reference_hr > 0)
    rpe = CLAMP (3.0 + 40.0 * (hr / reference_hr - 1.0), 1.0, 10.0);
  else if (modality == HYR_MODALITY_STRENGTH)
    rpe = STRENGTH_RPE;
  else
    rpe = OTHER_RPE;

  return rpe * minutes;
}

/* Whether session_load () reads the kind of a session: a run of some
 * length without an RPE of its own. */
static gboolean
needs_kind (double      duration,
            double      rpe,
            HyrModality modality)
{
  return modality == HYR_MODALITY_RUNNING && duration > 0 && !(rpe > 0);
}

/* The load of one session, as session_load (); a run that needs its kind
 * is classified by @classifier. */
double
_hyr_training_load_session (HyrActivity      *activity,
                            HyrModality       modality,
                            HyrRunClassifier *classifier,
                            gboolean         *estimated)
{
  double duration = hyr_activity_get_duration (activity);
  double rpe = hyr_activity_get_rpe (activity);
  HyrRunKind kind = HYR_RUN_KIND_EASY;

  if (needs_kind (duration, rpe, modality))
    kind = hyr_run_classifier_classify (classifier, activity, NULL);

  return session_load (duration, rpe, hyr_activity_get_avg_heart_rate (activity), modality, kind,
                       hyr_run_classifier_get_reference_heart_rate (classifier), estimated);
}

/* Adds one session's load to its day's. */
static void
add_session (HyrLoadValues *day,
             double         load,
             gboolean       estimated,
             HyrModality    modality,
             double         distance)
{
  day->load += load;
  day->estimated |= estimated;

  if (modality == HYR_MODALITY_RUNNING)
    {
      day->run_load += load;
      day->run_distance += distance;
    }
  else if (modality == HYR_MODALITY_STRENGTH)
    {
      day->lift_load += load;
    }
}

static gint64
to_usec (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
}

/* The activities a series is summed from, as numbers: the whole history's
 * or those read for the series; and per sport its modality. */
typedef struct
{
  const HyrPacked *packed;
  HyrModality     *modalities;    /* per sport */
  /* What a plain store's answer was packed into. */
  GPtrArray       *read;
  HyrPacked        own;
  HyrNameTable     sports;
  HyrNameTable     gear;
} Source;

/* Per sport of @sports (a name table's names), its modality. */
static HyrModality *
modalities_of (GPtrArray *sports,
               HyrState  *state)
{
  HyrModality *modalities = g_new (HyrModality, MAX (sports->len, 1));

  for (guint i = 0; i < sports->len; i++)
    modalities[i] = hyr_modality_for_sport (state, g_ptr_array_index (sports, i));

  return modalities;
}

/* The one in-memory history has its activities as columns already, the
 * runs of the weeks before the range included. */
static void
source_init_history (Source          *source,
                     HyrHistoryCache *history,
                     HyrState        *state)
{
  const HyrNameTable *sports, *gear;

  *source = (Source) { .packed = _hyr_history_cache_get_packed (history) };
  _hyr_history_cache_get_names (history, &sports, &gear);
  source->modalities = modalities_of (sports->names, state);
}

/* A plain store is asked for the range, and for the weeks of runs before
 * it that the first runs are measured against. */
static void
source_init_store (Source           *source,
                   HyrActivityStore *store,
                   HyrState         *state,
                   GDateTime        *from,
                   GDateTime        *to)
{
  gint64 week = _hyr_run_classifier_week_of (to_usec (from));
  g_autoptr(GDateTime) epoch = g_date_time_new_from_unix_utc (0);
  g_autoptr(GDateTime) read_from = g_date_time_add (epoch, _hyr_run_classifier_week_start (week - 3));

  *source = (Source) { .read = hyr_activity_store_query (store, read_from, to) };
  _hyr_name_table_init (&source->sports);
  _hyr_name_table_init (&source->gear);
  _hyr_packed_insert (&source->own, 0, (HyrActivity * const *)source->read->pdata, source->read->len,
                      &source->sports, &source->gear);
  source->packed = &source->own;
  source->modalities = modalities_of (source->sports.names, state);
}

static void
source_clear (Source *source)
{
  g_clear_pointer (&source->modalities, g_free);
  if (source->read != NULL)
    {
      _hyr_packed_clear (&source->own);
      _hyr_name_table_clear (&source->sports);
      _hyr_name_table_clear (&source->gear);
      g_clear_pointer (&source->read, g_ptr_array_unref);
    }
}

/* Sums the loads of the activities of [@from_index, @end) whose day is
 * @from_day or later into @values and @n_estimated (per day from
 * @origin, @total days, which start at zero from @from_day on). Each run
 * is classified against the runs of its own weeks (HyrRunWindow), week by
 * week as its load is summed, so the sums of a day depend on nothing
 * after its week but the three weeks that follow. */
static void
sum_days (const Source  *source,
          HyrState      *state,
          guint          from_index,
          guint          end,
          int            from_day,
          int            origin,
          guint          total,
          HyrLoadValues *values,
          guint         *n_estimated)
{
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (state);
  g_autoptr(HyrRunWindow) window = _hyr_run_window_new (classifier, source->packed, source->modalities);
  const HyrPacked *packed = source->packed;
  guint group = from_index;

  while (group < end)
    {
      guint week_end = _hyr_run_window_enter_week (window, group);
      guint group_end = MIN (week_end, end);
      double reference_hr = hyr_run_classifier_get_reference_heart_rate (classifier);

      for (guint i = group; i < group_end; i++)
        {
          HyrModality modality = source->modalities[packed->sport[i]];
          int day = packed->day[i];
          int index = day - origin;
          HyrRunKind kind = HYR_RUN_KIND_EASY;
          gboolean estimated;
          double load;

          /* An activity in another time zone can start, by its own
           * calendar, on a day just outside the range. */
          if (day < from_day || index < 0 || (guint)index >= total)
            continue;

          if (needs_kind (packed->duration[i], packed->rpe[i], modality))
            kind = _hyr_run_window_classify (window, i);
          load = session_load (packed->duration[i], packed->rpe[i], packed->avg_hr[i], modality, kind,
                               reference_hr, &estimated);
          add_session (&values[index], load, estimated, modality, packed->distance[i]);
          n_estimated[index] += estimated;
        }

      group = group_end;
    }
}

/* Works out CTL, ATL, TSB and the windowed figures of the days from
 * @from on, from the loads and from the figures of the day before. */
static void
derive (HyrLoadValues *values,
        guint          total,
        guint          warm_up,
        guint          from,
        double         ctl_alpha,
        double         atl_alpha)
{
  int first_loaded = -1;
  double ctl = from > 0 ? values[from - 1].ctl : 0;
  double atl = from > 0 ? values[from - 1].atl : 0;

  for (guint i = 0; i < total && first_loaded < 0; i++)
    {
      if (values[i].load > 0)
        first_loaded = i;
    }

  for (guint i = from; i < total; i++)
    {
      HyrLoadValues *v = &values[i];
      double sum_sq = 0;

      v->tsb = ctl - atl;
      ctl += (v->load - ctl) * ctl_alpha;
      atl += (v->load - atl) * atl_alpha;
      v->ctl = ctl;
      v->atl = atl;
      v->acute = v->chronic = 0;

      /* The warm-up is at least 28 days, so every reported day has its
       * full windows. */
      if (i < warm_up)
        continue;

      for (guint k = 0; k < 28; k++)
        {
          v->chronic += values[i - k].load;
          if (k < 7)
            v->acute += values[i - k].load;
        }
      v->chronic /= 4.0;
      /* The ratio needs four weeks of history: with ten days of it, the
       * "chronic" load is a quarter of ten days and every ratio looks
       * like a spike. */
      v->ratio_known = v->chronic > 0 && first_loaded >= 0 && (int)i - first_loaded + 1 >= 28;
      v->ratio = v->ratio_known ? v->acute / v->chronic : 0;

      for (guint k = 0; k < 7; k++)
        {
          double deviation = values[i - k].load - v->acute / 7.0;

          sum_sq += deviation * deviation;
        }
      v->monotony = sum_sq > 0 ? (v->acute / 7.0) / sqrt (sum_sq / 7.0) : 0;
      v->strain = v->acute * v->monotony;
    }
}

/* The last series worked out from a history, kept on it (as object data)
 * so that the next one over the same days is brought up to date from the
 * first changed week on instead of computed again: the Planner's chart
 * asks for the same weeks at every refresh. */
typedef struct
{
  guint64        generation;     /* the history's, when made */
  HyrState      *state;          /* borrowed, compared only */
  char          *state_print;    /* the state sections the loads depend on */
  char          *zone;           /* the series' time zone identifier */
  int            origin;
  guint          total;
  guint          warm_up;
  double         ctl_time_constant;
  double         atl_time_constant;
  HyrLoadValues *values;         /* per day from origin */
  guint         *n_estimated;    /* per day from origin */
  GPtrArray     *days;           /* the series' chunks of days, from origin + warm_up */
} Memo;

#define MEMO_KEY "hyr-training-load-memo"

static void
memo_free (Memo *memo)
{
  g_free (memo->state_print);
  g_free (memo->zone);
  g_free (memo->values);
  g_free (memo->n_estimated);
  g_clear_pointer (&memo->days, g_ptr_array_unref);
  g_free (memo);
}

/* A series of @total days from @origin, of which the first @warm_up are
 * not reported, with nothing summed yet. */
static Memo *
memo_new (int    origin,
          guint  total,
          guint  warm_up,
          double ctl_time_constant,
          double atl_time_constant)
{
  Memo *memo = g_new0 (Memo, 1);

  memo->origin = origin;
  memo->total = total;
  memo->warm_up = warm_up;
  memo->ctl_time_constant = ctl_time_constant;
  memo->atl_time_constant = atl_time_constant;
  memo->values = g_new0 (HyrLoadValues, total);
  memo->n_estimated = g_new0 (guint, total);

  return memo;
}

/* What of @state the loads depend on: the user's sport choices and run
 * kind corrections, as text. */
static char *
state_print (HyrState *state)
{
  g_autoptr(JsonNode) sports = NULL;
  g_autoptr(JsonNode) kinds = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (state == NULL)
    return g_strdup ("");

  sports = json_node_init_object (json_node_alloc (), hyr_state_get_section (state, "sports"));
  kinds = json_node_init_object (json_node_alloc (), hyr_state_get_section (state, HYR_RUN_KINDS_SECTION));
  a = json_to_string (sports, FALSE);
  b = json_to_string (kinds, FALSE);

  return g_strconcat (a, "\n", b, NULL);
}

static guint
sum_of (const guint *values,
        guint        n)
{
  guint sum = 0;

  for (guint i = 0; i < n; i++)
    sum += values[i];

  return sum;
}

/* The series of @history kept for these days, state and time constants,
 * and in @changed_from the start of what changed since (G_MAXINT64 for
 * nothing); a new one to fill, with G_MININT64, when there is none. */
static Memo *
memo_for (HyrHistoryCache *history,
          HyrState        *state,
          GTimeZone       *zone,
          int              origin,
          guint            total,
          guint            warm_up,
          double           ctl_time_constant,
          double           atl_time_constant,
          gint64          *changed_from)
{
  g_autofree char *print = state_print (state);
  const char *zone_id = g_time_zone_get_identifier (zone);
  Memo *memo = g_object_get_data (G_OBJECT (history), MEMO_KEY);

  if (memo != NULL &&
      memo->state == state && g_str_equal (memo->state_print, print) &&
      g_str_equal (memo->zone, zone_id) && memo->origin == origin && memo->total == total &&
      memo->ctl_time_constant == ctl_time_constant && memo->atl_time_constant == atl_time_constant &&
      _hyr_history_cache_changed_since (history, memo->generation, changed_from))
    return memo;

  memo = memo_new (origin, total, warm_up, ctl_time_constant, atl_time_constant);
  memo->state = state;
  memo->state_print = g_steal_pointer (&print);
  memo->zone = g_strdup (zone_id);
  *changed_from = G_MININT64;
  g_object_set_data_full (G_OBJECT (history), MEMO_KEY, memo, (GDestroyNotify)memo_free);

  return memo;
}

/* The days of @memo's series in chunks: those of the last series up to
 * @kept (a day index from the origin), shared whole where a chunk is, new
 * ones from there on. A series never changes once made. */
static GPtrArray *
make_chunks (Memo      *memo,
             GTimeZone *zone,
             guint      kept)
{
  GPtrArray *chunks = g_ptr_array_new_full ((memo->total - memo->warm_up + HYR_LOAD_SERIES_CHUNK - 1) /
                                              HYR_LOAD_SERIES_CHUNK,
                                            (GDestroyNotify)g_ptr_array_unref);

  for (guint c = memo->warm_up; c < memo->total; c += HYR_LOAD_SERIES_CHUNK)
    {
      guint chunk_end = MIN (c + HYR_LOAD_SERIES_CHUNK, memo->total);
      GPtrArray *old = memo->days != NULL ? g_ptr_array_index (memo->days, chunks->len) : NULL;
      GPtrArray *chunk;

      if (old != NULL && chunk_end <= kept)
        {
          g_ptr_array_add (chunks, g_ptr_array_ref (old));
          continue;
        }

      chunk = g_ptr_array_new_full (chunk_end - c, g_object_unref);
      for (guint i = c; i < chunk_end; i++)
        {
          if (old != NULL && i < kept)
            {
              g_ptr_array_add (chunk, g_object_ref (g_ptr_array_index (old, i - c)));
            }
          else
            {
              g_autoptr(GDateTime) date = _hyr_date_at (zone, memo->origin + (int)i, 0, 0);

              g_ptr_array_add (chunk, _hyr_load_day_new (date, &memo->values[i]));
            }
        }
      g_ptr_array_add (chunks, chunk);
    }

  return chunks;
}

/* Brings @memo up to date with @source's activities of [@first_index,
 * @end_index), of which those from @changed_from on changed
 * (G_MININT64: all of them). The kinds of the runs of the changed week and
 * later may change, and with them the loads of their days, which start up
 * to a day earlier by their own calendar: the sums of those days are made
 * again from every activity that can fall on them. */
static void
bring_up_to_date (Memo         *memo,
                  const Source *source,
                  HyrState     *state,
                  GTimeZone    *zone,
                  guint         first_index,
                  guint         end_index,
                  gint64        changed_from)
{
  g_autoptr(GPtrArray) chunks = NULL;
  guint from_index = first_index;
  int from_day = memo->origin;
  guint derive_from;

  if (changed_from != G_MININT64)
    {
      gint64 week_start = _hyr_run_classifier_week_start (_hyr_run_classifier_week_of (changed_from));

      from_day = CLAMP ((gint64)(week_start / USEC_PER_DAY) + JULIAN_1970 - 1, memo->origin,
                        memo->origin + (gint64)memo->total);
      from_index = MAX (first_index, _hyr_packed_lower_bound (source->packed, week_start - 2 * USEC_PER_DAY));
    }

  derive_from = from_day - memo->origin;
  memset (memo->values + derive_from, 0, (memo->total - derive_from) * sizeof (HyrLoadValues));
  memset (memo->n_estimated + derive_from, 0, (memo->total - derive_from) * sizeof (guint));
  if (from_index < end_index)
    sum_days (source, state, from_index, end_index, from_day, memo->origin, memo->total, memo->values,
              memo->n_estimated);
  derive (memo->values, memo->total, memo->warm_up, derive_from,
          1.0 - exp (-1.0 / memo->ctl_time_constant), 1.0 - exp (-1.0 / memo->atl_time_constant));

  chunks = make_chunks (memo, zone, derive_from);
  g_clear_pointer (&memo->days, g_ptr_array_unref);
  memo->days = g_steal_pointer (&chunks);
}

/**
 * hyr_training_load_compute:
 * @store: the host's activities
 * @from: the first day of the series (any time of it)
 * @to: the end of the series, exclusive
 * @error: return location for a #GError
 *
 * hyr_training_load_compute_full() without a state and with the default
 * time constants, 42 and 7 days.
 *
 * Returns: (transfer full): the series, or %NULL with @error set
 */
HyrLoadSeries *
hyr_training_load_compute (HyrActivityStore  *store,
                           GDateTime         *from,
                           GDateTime         *to,
                           GError           **error)
{
  return hyr_training_load_compute_full (store, NULL, from, to,
                                         HYR_TRAINING_LOAD_CTL_TIME_CONSTANT,
                                         HYR_TRAINING_LOAD_ATL_TIME_CONSTANT,
                                         error);
}

/**
 * hyr_training_load_compute_full:
 * @store: the host's activities
 * @state: (nullable): the state, for the user's sport mapping and run-kind
 *   corrections
 * @from: the first day of the series (any time of it)
 * @to: the end of the series, exclusive: the last day is the one before
 *   @to, or @to's own day when @to is after its midnight
 * @ctl_time_constant: τ of the chronic training load in days, 1 to 365
 * @atl_time_constant: τ of the acute training load in days, 1 to 365
 * @error: return location for a #GError
 *
 * Computes the daily training load of the days from @from to @to, in
 * @from's time zone. Each activity counts on the day it started, in its
 * own time zone. Its load is session RPE × minutes (Foster 2001); without
 * an RPE from the host the RPE is estimated (see
 * hyr_training_load_estimate_rpe()) and the day is flagged
 * #HyrLoadDay:estimated. A run's kind is measured against the runs of its
 * week and the three weeks before (see #HyrRunClassifier), read from
 * before @from too; another session's RPE from its heart rate against the
 * usual running heart rate of those weeks.
 *
 * On the one history (hyr_activity_store_new_history()) the last series
 * is kept: asked again for the same days, with the same state and time
 * constants, after the history changed from a moment on, only the days
 * from the week of that moment are worked out again, and the series
 * shares the earlier days' #HyrLoadDay objects with the one before.
 *
 * CTL and ATL use exact exponential decay:
 * CTL(t) = CTL(t−1) + (load(t) − CTL(t−1)) × (1 − e^(−1/τ)), and
 * TSB(t) = CTL(t−1) − ATL(t−1). They start from 0 on a warm-up day
 * max(28, ⌈6 × max(τ)⌉) days before @from, so that history before the
 * warm-up weighs less than e^(−6) (0.25 %). Acute load is the sum of the
 * last 7 days, chronic load the sum of the last 28 days ÷ 4, monotony the
 * mean of the last 7 days ÷ their standard deviation, strain the acute
 * load × monotony (Foster 1998).
 *
 * Fails with %HYR_TRAINING_LOAD_ERROR_INVALID_ARGUMENT when a time
 * constant lies outside 1–365 days, and with
 * %HYR_TRAINING_LOAD_ERROR_INVALID_RANGE when @to does not come after
 * @from or the series would cover more than 36 600 days.
 *
 * Returns: (transfer full): the series, or %NULL with @error set
 */
HyrLoadSeries *
hyr_training_load_compute_full (HyrActivityStore  *store,
                                HyrState          *state,
                                GDateTime         *from,
                                GDateTime         *to,
                                double             ctl_time_constant,
                                double             atl_time_constant,
                                GError           **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) query_from = NULL;
  g_autoptr(GDateTime) query_to = NULL;
  HyrLoadSeries *series;
  Source source;
  Memo *memo;
  Memo *own_memo = NULL;
  int first, end, warm_up, origin;
  guint total, first_index, end_index;
  gint64 changed_from = G_MININT64;

  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (store), NULL);
  g_return_val_if_fail (state == NULL || HYR_IS_STATE (state), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(ctl_time_constant >= 1 && ctl_time_constant <= 365) ||
      !(atl_time_constant >= 1 && atl_time_constant <= 365))
    {
      g_set_error (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_ARGUMENT,
                   "Time constants must lie between 1 and 365 days, not %g and %g",
                   ctl_time_constant, atl_time_constant);
      return NULL;
    }

  if (g_date_time_compare (from, to) >= 0)
    {
      g_set_error_literal (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_RANGE,
                           "The end of the range must come after its start");
      return NULL;
    }

  zone = g_time_zone_ref (g_date_time_get_timezone (from));
  first = _hyr_julian_day (from);
  {
    g_autoptr(GDateTime) to_here = g_date_time_to_timezone (to, zone);
    g_autoptr(GDateTime) to_midnight = _hyr_midnight (to_here);

    end = _hyr_julian_day (to_here);
    if (g_date_time_compare (to_here, to_midnight) > 0)
      end++;
  }

  if (end - first > MAX_DAYS)
    {
      g_set_error (error, HYR_TRAINING_LOAD_ERROR, HYR_TRAINING_LOAD_ERROR_INVALID_RANGE,
                   "A load series covers at most %d days, not %d", MAX_DAYS, end - first);
      return NULL;
    }

  warm_up = MAX (28, (int)ceil (6 * MAX (ctl_time_constant, atl_time_constant)));
  origin = first - warm_up;
  total = end - origin;

  query_from = _hyr_date_at (zone, origin, 0, 0);
  query_to = _hyr_date_at (zone, end, 0, 0);

  if (HYR_IS_HISTORY_CACHE (store))
    source_init_history (&source, HYR_HISTORY_CACHE (store), state);
  else
    source_init_store (&source, store, state, query_from, query_to);

  first_index = _hyr_packed_lower_bound (source.packed, to_usec (query_from));
  end_index = _hyr_packed_lower_bound (source.packed, to_usec (query_to));

  /* The last series of the same days from the history, up to date but for
   * what changed since; a plain store's is worked out whole. */
  if (HYR_IS_HISTORY_CACHE (store))
    {
      memo = memo_for (HYR_HISTORY_CACHE (store), state, zone, origin, total, warm_up,
                       ctl_time_constant, atl_time_constant, &changed_from);
      memo->generation = _hyr_history_cache_get_generation (HYR_HISTORY_CACHE (store));
    }
  else
    {
      own_memo = memo = memo_new (origin, total, warm_up, ctl_time_constant, atl_time_constant);
    }

  if (changed_from != G_MAXINT64 || memo->days == NULL)
    bring_up_to_date (memo, &source, state, zone, first_index, end_index, changed_from);

  series = _hyr_load_series_new (memo->days, total - warm_up, ctl_time_constant, atl_time_constant,
                                 end_index - first_index, sum_of (memo->n_estimated, total));

  g_clear_pointer (&own_memo, memo_free);
  source_clear (&source);

  return series;
}
