/* hyr-training-load.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-training-load"

#include "config.h"

#include <math.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-history-cache.h"
#include "hyr-load-day-private.h"
#include "hyr-load-series-private.h"
#include "hyr-run-classifier-private.h"
#include "hyr-training-load-private.h"

/* Longest series computed at once: a century of days. */
#define MAX_DAYS 36600

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

/* The load of one session. Without an RPE from the host, a run gets the
 * RPE of its kind; any other session with a heart rate gets one from its
 * heart rate relative to the user's typical running heart rate (which
 * maps to an easy 3, +10 % to a hard 7); else a default per modality. */
double
_hyr_training_load_session (HyrActivity      *activity,
                            HyrModality       modality,
                            HyrRunClassifier *classifier,
                            gboolean         *estimated)
{
  double minutes = hyr_activity_get_duration (activity) / 60.0;
  double rpe = hyr_activity_get_rpe (activity);
  double hr = hyr_activity_get_avg_heart_rate (activity);
  double reference_hr = hyr_run_classifier_get_reference_heart_rate (classifier);

  *estimated = FALSE;

  if (minutes <= 0)
    return 0;

  if (rpe > 0)
    return rpe * minutes;

  *estimated = TRUE;

  if (modality == HYR_MODALITY_RUNNING)
    rpe = hyr_training_load_estimate_rpe (hyr_run_classifier_classify (classifier, activity, NULL));
  else if (hr > 0 && reference_hr > 0)
    rpe = CLAMP (3.0 + 40.0 * (hr / reference_hr - 1.0), 1.0, 10.0);
  else if (modality == HYR_MODALITY_STRENGTH)
    rpe = STRENGTH_RPE;
  else
    rpe = OTHER_RPE;

  return rpe * minutes;
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

/* _hyr_training_load_session () for a packed activity; @kind is the run's
 * kind when it is a run. */
static double
packed_session_load (const HyrPackedActivity *activity,
                     HyrModality              modality,
                     HyrRunKind               kind,
                     double                   reference_hr,
                     gboolean                *estimated)
{
  double minutes = activity->duration / 60.0;
  double rpe = activity->rpe;

  *estimated = FALSE;

  if (minutes <= 0)
    return 0;

  if (rpe > 0)
    return rpe * minutes;

  *estimated = TRUE;

  if (modality == HYR_MODALITY_RUNNING)
    rpe = hyr_training_load_estimate_rpe (kind);
  else if (activity->avg_hr > 0 && reference_hr > 0)
    rpe = CLAMP (3.0 + 40.0 * (activity->avg_hr / reference_hr - 1.0), 1.0, 10.0);
  else if (modality == HYR_MODALITY_STRENGTH)
    rpe = STRENGTH_RPE;
  else
    rpe = OTHER_RPE;

  return rpe * minutes;
}

/* The daily loads of [@origin, @origin + @total) from the one in-memory
 * history's packed activities: the same sums as the pass over activities
 * in hyr_training_load_compute_full (), with no getter and no date
 * arithmetic per activity. Returns the number of activities read. */
static guint
accumulate_packed (HyrHistoryCache *cache,
                   HyrState        *state,
                   GDateTime       *from,
                   GDateTime       *to,
                   int              origin,
                   guint            total,
                   HyrLoadValues   *values,
                   guint           *n_estimated)
{
  g_autoptr(HyrRunClassifier) classifier = hyr_run_classifier_new (state);
  g_autofree HyrModality *modalities = NULL;
  g_autofree guint8 *kinds = NULL;
  const HyrPackedActivity *activities;
  double reference_hr;
  guint n_sports;
  guint n;

  activities = _hyr_history_cache_get_packed (cache, from, to, &n);
  n_sports = _hyr_history_cache_get_n_sports (cache);
  modalities = g_new (HyrModality, n_sports);
  for (guint i = 0; i < n_sports; i++)
    modalities[i] = hyr_modality_for_sport (state, _hyr_history_cache_get_sport (cache, i));

  kinds = g_new (guint8, MAX (n, 1));
  _hyr_run_classifier_learn_packed (classifier, activities, n, modalities, kinds);
  reference_hr = hyr_run_classifier_get_reference_heart_rate (classifier);

  for (guint i = 0; i < n; i++)
    {
      const HyrPackedActivity *activity = &activities[i];
      HyrModality modality = modalities[activity->sport];
      int index = activity->day - origin;
      gboolean estimated;
      double load;

      if (index < 0 || (guint)index >= total)
        continue;

      load = packed_session_load (activity, modality, modality == HYR_MODALITY_RUNNING ? kinds[i] : 0,
                                  reference_hr, &estimated);
      add_session (&values[index], load, estimated, modality, activity->distance);
      *n_estimated += estimated;
    }

  return n;
}

/* The daily loads of [@origin, @origin + @total) from @store's activities
 * in [@from, @to). Returns the number of activities read. */
static guint
accumulate (HyrActivityStore *store,
            HyrState         *state,
            GDateTime        *from,
            GDateTime        *to,
            int               origin,
            guint             total,
            HyrLoadValues    *values,
            guint            *n_estimated)
{
  g_autoptr(GPtrArray) activities = hyr_activity_store_query (store, from, to);
  g_autoptr(GPtrArray) runs = g_ptr_array_new ();
  g_autoptr(HyrRunClassifier) classifier = NULL;
  g_autofree HyrModality *modalities = g_new (HyrModality, activities->len);

  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);

      modalities[i] = hyr_modality_for_sport (state, hyr_activity_get_sport (activity));
      if (modalities[i] == HYR_MODALITY_RUNNING)
        g_ptr_array_add (runs, activity);
    }

  classifier = hyr_run_classifier_new (state);
  hyr_run_classifier_learn (classifier, runs);

  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);
      int index = _hyr_julian_day (hyr_activity_get_start (activity)) - origin;
      gboolean estimated;
      double load;

      /* An activity in another time zone can start, by its own calendar,
       * on a day just outside the range. */
      if (index < 0 || (guint)index >= total)
        continue;

      load = _hyr_training_load_session (activity, modalities[i], classifier, &estimated);
      add_session (&values[index], load, estimated, modalities[i], hyr_activity_get_distance (activity));
      *n_estimated += estimated;
    }

  return activities->len;
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
 * #HyrLoadDay:estimated.
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
  g_autoptr(GPtrArray) days = NULL;
  g_autofree HyrLoadValues *values = NULL;
  int first, end, warm_up, origin;
  int first_loaded = -1;
  guint total, n_activities, n_estimated = 0;
  double ctl_alpha, atl_alpha, ctl = 0, atl = 0;

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
  values = g_new0 (HyrLoadValues, total);

  /* The one in-memory history has its activities packed as numbers. */
  if (HYR_IS_HISTORY_CACHE (store))
    n_activities = accumulate_packed (HYR_HISTORY_CACHE (store), state, query_from, query_to,
                                      origin, total, values, &n_estimated);
  else
    n_activities = accumulate (store, state, query_from, query_to, origin, total, values,
                               &n_estimated);

  ctl_alpha = 1.0 - exp (-1.0 / ctl_time_constant);
  atl_alpha = 1.0 - exp (-1.0 / atl_time_constant);
  days = g_ptr_array_new_full (end - first, g_object_unref);

  for (guint i = 0; i < total; i++)
    {
      HyrLoadValues *v = &values[i];
      double sum_sq = 0;

      if (v->load > 0 && first_loaded < 0)
        first_loaded = i;

      v->tsb = ctl - atl;
      ctl += (v->load - ctl) * ctl_alpha;
      atl += (v->load - atl) * atl_alpha;
      v->ctl = ctl;
      v->atl = atl;

      /* The warm-up is at least 28 days, so every reported day has its
       * full windows. */
      if (i < (guint)warm_up)
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

      {
        g_autoptr(GDateTime) date = _hyr_date_at (zone, origin + (int)i, 0, 0);

        g_ptr_array_add (days, _hyr_load_day_new (date, v));
      }
    }

  return _hyr_load_series_new (days, ctl_time_constant, atl_time_constant,
                               n_activities, n_estimated);
}
