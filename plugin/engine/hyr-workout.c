/* hyr-workout.c — the structure of a planned run: warm-up, work, recoveries
 * and cool-down, at paces from the runner's VDOT or easy pace
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The rules are DOMAIN.md's "Paces and workouts", after Daniels: paces are
 * shares of VDOT; every hard run has an easy warm-up and cool-down of
 * 10–15 min; intervals are 3–5 min at I pace with equal-time jogs; tempo is
 * 20–40 min at T pace, continuous or as cruise intervals; hills are
 * 6–10 × 60–90 s uphill with a jog down. The steps add up to the distance
 * the planner gave the run, so that the week's volume does not change.
 */

#define G_LOG_DOMAIN "hyr-workout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-enum-private.h"
#include "hyr-vdot-private.h"
#include "hyr-workout-private.h"
#include "hyr-workout-step-private.h"

/* Shares of VDOT, slow end first (DOMAIN.md). The recovery run and the jog
 * between repeats take the slow part of the easy range. */
typedef struct
{
  double slow;
  double fast;
} Share;

static const Share EASY_SHARE = { 0.59, 0.74 };
static const Share RECOVERY_SHARE = { 0.59, 0.65 };
static const Share MARATHON_SHARE = { 0.80, 0.84 };
static const Share THRESHOLD_SHARE = { 0.83, 0.88 };
static const Share INTERVAL_SHARE = { 0.95, 1.00 };

/* Without a qualifying effort the easy pace learnt from the history stands
 * for the fast end of the easy range: runners' everyday runs sit near the
 * top of it, and an estimate that errs is better too slow than too fast.
 * The VDOT that runs 74 % at that pace then gives the other paces; the
 * shares' pace ratios hardly change with VDOT (within 0.005 from 30 to 60),
 * so the estimates are fixed factors of the easy pace: threshold
 * 0.87–0.91 ×, interval 0.78–0.82 ×, marathon 0.90–0.94 ×, easy 1.0–1.2 ×.
 * They are estimates, and the planner says so. */
#define LEARNT_EASY_SHARE 0.74

/* No runner has a VDOT above 100 (a marathon under two hours is about
 * 85): one above comes from a bad record, and is not used. */
#define MAX_VDOT 100.0

/* An hour per kilometre: slower is no run. The slow end of the estimated
 * easy range, 1.2 times it, stays within a step's pace bound. */
#define MAX_EASY_PACE 3.6  /* s per m */

/* Warm-up and cool-down: 12.5 min, the middle of 10–15 min, in whole
 * half-kilometres when that stays within 10–15 min; never more than a
 * quarter of the run each, which leaves room for the work. */
#define WARM_UP_TIME       750.0  /* s */
#define WARM_UP_TIME_MIN   600.0
#define WARM_UP_TIME_MAX   900.0
#define WARM_UP_RUN_SHARE  0.25
#define MIN_WARM_UP        200.0  /* m; a run with less has no room for work */

/* The work of a hard run is at most half of it. */
#define WORK_RUN_SHARE 0.5

/* Intervals: 3–5 min at I pace, as 800, 1000 or 1200 m, whichever is
 * nearest 4 min; by time (4 min) for a runner whose 800 m takes more than
 * 5 min. Daniels caps a session's I work at 10 km; eight repeats of 1200 m
 * stay under it. */
#define INTERVAL_TIME_MIN 180.0  /* s */
#define INTERVAL_TIME     240.0
#define INTERVAL_TIME_MAX 300.0
#define MAX_INTERVALS     8
#define MIN_INTERVAL      200.0  /* m, the shortest repeat of a short run */

/* Tempo: 20–40 min at T pace; from 30 min on as cruise intervals of 10 min
 * with 2 min jog (Daniels: a minute's rest for five of threshold running). */
#define TEMPO_TIME_MIN      1200.0  /* s */
#define TEMPO_TIME_MAX      2400.0
#define CRUISE_TIME_MIN     1800.0
#define CRUISE_INTERVAL     600.0
#define CRUISE_RECOVERY     120.0
#define MIN_CRUISE          3
#define CONTINUOUS_TIME_MAX 1500.0  /* the longest continuous tempo */
#define MIN_TEMPO           300.0   /* s, the shortest tempo of a short run */

/* Hills: 6–10 × 60–90 s uphill, the jog down taking about as long. */
#define MIN_HILLS 6
#define MAX_HILLS 10

typedef struct
{
  double fast;  /* s per km */
  double slow;
} Paces;

typedef struct
{
  double easy_pace;  /* s per m, learnt from the history */
  Paces  easy;
  Paces  recovery;
  Paces  marathon;
  Paces  threshold;
  Paces  interval;
} Context;

static double
round_to (double value,
          double step)
{
  return round (value / step) * step;
}

static double
floor_to (double value,
          double step)
{
  return floor (value / step) * step;
}

static double
middle (Paces paces)
{
  return (paces.fast + paces.slow) / 2;
}

static Paces
paces_for (double vdot,
           Share  share)
{
  return (Paces) { hyr_vdot_pace (vdot, share.fast), hyr_vdot_pace (vdot, share.slow) };
}

static void
context_init (Context *ctx,
              double   easy_pace,
              double   vdot)
{
  ctx->easy_pace = easy_pace;

  if (vdot <= 0 || vdot > MAX_VDOT)
    vdot = _hyr_vdot_for_pace (easy_pace * 1000, LEARNT_EASY_SHARE);

  if (vdot <= 0 || vdot > MAX_VDOT)
    {
      /* An easy pace slower than a walk or faster than any runner's: no
       * estimate, every pace is the learnt one. */
      Paces learnt = { easy_pace * 1000, easy_pace * 1000 };

      ctx->easy = ctx->recovery = ctx->marathon = ctx->threshold = ctx->interval = learnt;
      return;
    }

  ctx->easy = paces_for (vdot, EASY_SHARE);
  ctx->recovery = paces_for (vdot, RECOVERY_SHARE);
  ctx->marathon = paces_for (vdot, MARATHON_SHARE);
  ctx->threshold = paces_for (vdot, THRESHOLD_SHARE);
  ctx->interval = paces_for (vdot, INTERVAL_SHARE);
}

static void
add_step (GPtrArray   *steps,
          HyrStepKind  kind,
          guint        repeat,
          double       distance,
          double       duration,
          Paces        paces)
{
  g_ptr_array_add (steps, hyr_workout_step_new (kind, repeat, distance, duration,
                                                paces.fast, paces.slow));
}

/* The distance of one repeat of @step: its own, or its time at the middle
 * of its paces, or at @easy_pace (s per m) when it is run by effort. */
static double
repeat_distance (HyrWorkoutStep *step,
                 double          easy_pace)
{
  double distance = hyr_workout_step_get_distance (step);
  double pace_low = hyr_workout_step_get_pace_low (step);
  double pace_high = hyr_workout_step_get_pace_high (step);

  if (distance > 0)
    return distance;
  if (pace_low > 0)
    return hyr_workout_step_get_duration (step) / ((pace_low + pace_high) / 2) * 1000;

  return hyr_workout_step_get_duration (step) / easy_pace;
}

static double
repeat_duration (HyrWorkoutStep *step,
                 double          easy_pace)
{
  double duration = hyr_workout_step_get_duration (step);
  double pace_low = hyr_workout_step_get_pace_low (step);
  double pace_high = hyr_workout_step_get_pace_high (step);

  if (duration > 0)
    return duration;
  if (pace_low > 0)
    return hyr_workout_step_get_distance (step) * (pace_low + pace_high) / 2 / 1000;

  return hyr_workout_step_get_distance (step) * easy_pace;
}

/**
 * _hyr_workout_steps_get_distance:
 * @steps: (element-type HyrWorkoutStep): the steps of a run
 * @easy_pace_s_per_m: the runner's easy pace, in seconds per metre
 *
 * Adds up the distance of @steps, repeats included: a step by time covers
 * its time at the middle of its paces, or at @easy_pace_s_per_m when it
 * has no pace target (hill repeats are run by effort, and uphill a hard
 * effort goes about as fast as an easy run on the flat).
 *
 * Returns: the distance in metres
 */
double
_hyr_workout_steps_get_distance (GPtrArray *steps,
                                 double     easy_pace_s_per_m)
{
  double total = 0;

  g_return_val_if_fail (steps != NULL, 0);
  g_return_val_if_fail (isfinite (easy_pace_s_per_m) && easy_pace_s_per_m > 0, 0);

  for (guint i = 0; i < steps->len; i++)
    {
      HyrWorkoutStep *step = g_ptr_array_index (steps, i);

      total += hyr_workout_step_get_repeat (step) * repeat_distance (step, easy_pace_s_per_m);
    }

  return total;
}

/**
 * _hyr_workout_steps_get_duration:
 * @steps: (element-type HyrWorkoutStep): the steps of a run
 * @easy_pace_s_per_m: the runner's easy pace, in seconds per metre
 *
 * Adds up the time of @steps, repeats included, with the paces of
 * _hyr_workout_steps_get_distance().
 *
 * Returns: the time in seconds
 */
double
_hyr_workout_steps_get_duration (GPtrArray *steps,
                                 double     easy_pace_s_per_m)
{
  double total = 0;

  g_return_val_if_fail (steps != NULL, 0);
  g_return_val_if_fail (isfinite (easy_pace_s_per_m) && easy_pace_s_per_m > 0, 0);

  for (guint i = 0; i < steps->len; i++)
    {
      HyrWorkoutStep *step = g_ptr_array_index (steps, i);

      total += hyr_workout_step_get_repeat (step) * repeat_duration (step, easy_pace_s_per_m);
    }

  return total;
}

/* 12.5 min at the middle of the easy paces, in half-kilometres when that
 * stays within 10–15 min, else in 100 m; at most a quarter of the run. */
static double
warm_up_distance (Context *ctx,
                  double   distance)
{
  double pace = middle (ctx->easy) / 1000;  /* s per m */
  double warm_up = round_to (WARM_UP_TIME / pace, 500);

  if (warm_up * pace < WARM_UP_TIME_MIN || warm_up * pace > WARM_UP_TIME_MAX)
    warm_up = round_to (WARM_UP_TIME / pace, 100);

  return MIN (warm_up, floor_to (distance * WARM_UP_RUN_SHARE, 100));
}

/* Repeats at I pace and an equal-time jog after each, in @room metres with
 * at most @work_cap metres of work. */
static gboolean
add_intervals (Context   *ctx,
               GPtrArray *steps,
               double     room,
               double     work_cap)
{
  static const double candidates[] = { 800, 1000, 1200 };
  double pace = middle (ctx->interval) / 1000;  /* s per m */
  double jog = middle (ctx->recovery) / 1000;
  double rep_distance = 0;   /* m, or 0 for repeats by time */
  double rep_time = INTERVAL_TIME;
  double rep_metres;
  double recovery_time;
  double scale;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      double time = candidates[i] * pace;

      if (time >= INTERVAL_TIME_MIN && time <= INTERVAL_TIME_MAX &&
          (rep_distance == 0 || fabs (time - INTERVAL_TIME) < fabs (rep_time - INTERVAL_TIME)))
        {
          rep_distance = candidates[i];
          rep_time = time;
        }
    }

  rep_metres = rep_distance > 0 ? rep_distance : rep_time / pace;
  recovery_time = MAX (30, round_to (rep_time, 30));
  scale = MIN (room / (rep_metres + recovery_time / jog), work_cap / rep_metres);
  n = (guint) MIN (MAX_INTERVALS, floor (scale));

  if (n < 1)
    {
      /* A run too short for a whole repeat gets one shorter one, its jog
       * rounded down so that both still fit. */
      n = 1;
      if (rep_distance > 0)
        {
          rep_distance = floor_to (rep_distance * scale, 100);
          if (rep_distance < MIN_INTERVAL)
            return FALSE;
          rep_time = rep_distance * pace;
        }
      else
        {
          rep_time = floor_to (rep_time * scale, 30);
          if (rep_time / pace < MIN_INTERVAL)
            return FALSE;
        }
      recovery_time = MAX (30, floor_to (rep_time, 30));
    }

  add_step (steps, HYR_STEP_KIND_WORK, n, rep_distance,
            rep_distance > 0 ? 0 : rep_time, ctx->interval);
  add_step (steps, HYR_STEP_KIND_RECOVERY, n, 0, recovery_time, ctx->recovery);

  return TRUE;
}

/* T pace for 20–40 min, in @room metres with at most @work_cap metres of
 * work; 30 min or more as cruise intervals. */
static gboolean
add_tempo (Context   *ctx,
           GPtrArray *steps,
           double     room,
           double     work_cap)
{
  double pace = middle (ctx->threshold) / 1000;  /* s per m */
  double jog = middle (ctx->recovery) / 1000;
  double time = MIN (TEMPO_TIME_MAX, MIN (room, work_cap) * pace);

  if (time >= CRUISE_TIME_MIN)
    {
      guint n = (guint) floor (time / CRUISE_INTERVAL);

      while (n >= MIN_CRUISE && n * (CRUISE_INTERVAL / pace + CRUISE_RECOVERY / jog) > room)
        n--;

      if (n >= MIN_CRUISE)
        {
          add_step (steps, HYR_STEP_KIND_WORK, n, 0, CRUISE_INTERVAL, ctx->threshold);
          add_step (steps, HYR_STEP_KIND_RECOVERY, n, 0, CRUISE_RECOVERY, ctx->recovery);
          return TRUE;
        }

      /* No room for the jogs: the longest continuous tempo, which fits
       * because it is shorter than the 30 min that did. */
      time = CONTINUOUS_TIME_MAX;
    }

  /* 20 or 25 min; a short run gets what fits, in whole minutes. */
  time = time >= TEMPO_TIME_MIN ? MIN (CONTINUOUS_TIME_MAX, floor_to (time, 300)) : floor_to (time, 60);
  if (time < MIN_TEMPO)
    return FALSE;

  add_step (steps, HYR_STEP_KIND_WORK, 1, 0, time, ctx->threshold);
  return TRUE;
}

/* 6–10 repeats of 90, 75 or 60 s uphill, the longest of which six fit in
 * @room metres with at most @work_cap metres of work; a short run gets as
 * many 60 s repeats as fit. Uphill is run by effort, without a pace. */
static gboolean
add_hills (Context   *ctx,
           GPtrArray *steps,
           double     room,
           double     work_cap)
{
  static const double times[] = { 90, 75, 60 };
  double jog = middle (ctx->recovery) / 1000;  /* s per m */
  const Paces by_effort = { 0, 0 };
  double time = 0;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      double uphill = times[i] / ctx->easy_pace;
      double fit = MIN (room / (uphill + times[i] / jog), work_cap / uphill);

      time = times[i];
      n = (guint) MIN (MAX_HILLS, floor (fit));
      if (n >= MIN_HILLS)
        break;
    }

  if (n < 1)
    return FALSE;

  add_step (steps, HYR_STEP_KIND_WORK, n, 0, time, by_effort);
  add_step (steps, HYR_STEP_KIND_RECOVERY, n, 0, time, ctx->recovery);
  return TRUE;
}

/* Warm-up, the work, and a cool-down that takes the rest of the distance,
 * to 100 m; %FALSE when the run is too short for the work. */
static gboolean
add_hard_run (Context    *ctx,
              GPtrArray  *steps,
              HyrRunKind  kind,
              double      distance)
{
  double warm_up = warm_up_distance (ctx, distance);
  double room = distance - 2 * warm_up;
  double work_cap = distance * WORK_RUN_SHARE;
  double cool_down;
  gboolean fits = FALSE;

  if (warm_up < MIN_WARM_UP)
    return FALSE;

  add_step (steps, HYR_STEP_KIND_WARM_UP, 1, warm_up, 0, ctx->easy);

  switch (kind)
    {
    case HYR_RUN_KIND_INTERVAL:
      fits = add_intervals (ctx, steps, room, work_cap);
      break;
    case HYR_RUN_KIND_TEMPO:
      fits = add_tempo (ctx, steps, room, work_cap);
      break;
    case HYR_RUN_KIND_HILL:
      fits = add_hills (ctx, steps, room, work_cap);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!fits)
    return FALSE;

  cool_down = round_to (distance - _hyr_workout_steps_get_distance (steps, ctx->easy_pace), 100);
  add_step (steps, HYR_STEP_KIND_COOL_DOWN, 1, cool_down, 0, ctx->easy);

  return TRUE;
}

/**
 * _hyr_workout_steps_for_run:
 * @kind: the kind of run
 * @distance: the run's planned distance in metres
 * @easy_pace_s_per_m: the easy pace learnt from the history, in seconds
 *   per metre
 * @vdot: the runner's VDOT from a recent hard effort, or 0 for none
 *
 * Gives a planned run its structure. An easy or long run is one step over
 * the whole distance at easy pace (59–74 % of VDOT), a recovery run at the
 * slow end (59–65 %), a race at marathon pace (80–84 %). Intervals, tempo
 * and hills have an easy warm-up and cool-down of 10–15 min around at
 * most half the run of work: repeats of 800–1200 m (or 4 min) at I pace
 * (95–100 %) with equal-time jogs, 20–40 min at T pace (83–88 %), or
 * 6–10 × 60–90 s uphill with a jog down. A hard run too short for that is
 * one easy step.
 *
 * Without a VDOT, or with one above 100 (no runner's: a bad record), the
 * paces come from @easy_pace_s_per_m, as estimates.
 * The steps add up to @distance within 50 m, by
 * _hyr_workout_steps_get_distance() with @easy_pace_s_per_m.
 *
 * Returns: (transfer container) (element-type HyrWorkoutStep): the steps,
 *   in order
 */
GPtrArray *
_hyr_workout_steps_for_run (HyrRunKind kind,
                            double     distance,
                            double     easy_pace_s_per_m,
                            double     vdot)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_object_unref);
  Context ctx;

  g_return_val_if_fail (kind >= HYR_RUN_KIND_RECOVERY && kind <= HYR_RUN_KIND_RACE, NULL);
  g_return_val_if_fail (isfinite (distance) && distance > 0 && distance <= 1000000, NULL);
  g_return_val_if_fail (isfinite (easy_pace_s_per_m) && easy_pace_s_per_m > 0 &&
                        easy_pace_s_per_m <= MAX_EASY_PACE, NULL);
  g_return_val_if_fail (isfinite (vdot) && vdot >= 0, NULL);

  context_init (&ctx, easy_pace_s_per_m, vdot);

  switch (kind)
    {
    case HYR_RUN_KIND_RECOVERY:
      add_step (steps, HYR_STEP_KIND_WORK, 1, distance, 0, ctx.recovery);
      break;

    case HYR_RUN_KIND_RACE:
      add_step (steps, HYR_STEP_KIND_WORK, 1, distance, 0, ctx.marathon);
      break;

    case HYR_RUN_KIND_INTERVAL:
    case HYR_RUN_KIND_TEMPO:
    case HYR_RUN_KIND_HILL:
      if (add_hard_run (&ctx, steps, kind, distance))
        break;
      g_ptr_array_set_size (steps, 0);
      add_step (steps, HYR_STEP_KIND_WORK, 1, distance, 0, ctx.easy);
      break;

    case HYR_RUN_KIND_EASY:
    case HYR_RUN_KIND_LONG:
    default:
      add_step (steps, HYR_STEP_KIND_WORK, 1, distance, 0, ctx.easy);
      break;
    }

  return g_steal_pointer (&steps);
}

/* JSON */

/**
 * _hyr_workout_steps_to_json:
 * @steps: (element-type HyrWorkoutStep): the steps of a run
 *
 * Writes @steps as a JSON array of objects with the members "kind" (the
 * nick of a #HyrStepKind, as "warm-up"), "repeat", "distance" (m),
 * "duration" (s), "pace-low" and "pace-high" (s per km).
 *
 * Returns: (transfer full): a JSON array node
 */
JsonNode *
_hyr_workout_steps_to_json (GPtrArray *steps)
{
  JsonArray *array;
  JsonNode *node;

  g_return_val_if_fail (steps != NULL, NULL);

  array = json_array_sized_new (steps->len);
  for (guint i = 0; i < steps->len; i++)
    {
      HyrWorkoutStep *step = g_ptr_array_index (steps, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "kind",
                                     _hyr_enum_to_nick (HYR_TYPE_STEP_KIND,
                                                        hyr_workout_step_get_kind (step)));
      json_object_set_int_member (object, "repeat", hyr_workout_step_get_repeat (step));
      json_object_set_double_member (object, "distance", hyr_workout_step_get_distance (step));
      json_object_set_double_member (object, "duration", hyr_workout_step_get_duration (step));
      json_object_set_double_member (object, "pace-low", hyr_workout_step_get_pace_low (step));
      json_object_set_double_member (object, "pace-high", hyr_workout_step_get_pace_high (step));
      json_array_add_object_element (array, object);
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);
  return node;
}

static gboolean
read_number (JsonObject *object,
             const char *name,
             double     *value)
{
  JsonNode *node = json_object_get_member (object, name);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
    return FALSE;

  *value = json_node_get_double (node);
  return TRUE;
}

static HyrWorkoutStep *
step_from_object (JsonObject *object)
{
  JsonNode *nick = json_object_get_member (object, "kind");
  int kind;
  double repeat, distance, duration, pace_low, pace_high;

  if (nick == NULL || !JSON_NODE_HOLDS_VALUE (nick) ||
      json_node_get_value_type (nick) != G_TYPE_STRING ||
      !_hyr_enum_from_nick (HYR_TYPE_STEP_KIND, json_node_get_string (nick), &kind))
    return NULL;

  if (!read_number (object, "repeat", &repeat) ||
      !read_number (object, "distance", &distance) ||
      !read_number (object, "duration", &duration) ||
      !read_number (object, "pace-low", &pace_low) ||
      !read_number (object, "pace-high", &pace_high))
    return NULL;

  if (repeat != floor (repeat) || repeat < 1 || repeat > G_MAXINT ||
      !_hyr_workout_step_values_valid (kind, (gint64) repeat, distance, duration, pace_low, pace_high))
    return NULL;

  return hyr_workout_step_new (kind, (guint) repeat, distance, duration, pace_low, pace_high);
}

/**
 * _hyr_workout_steps_from_json:
 * @node: a JSON array as _hyr_workout_steps_to_json() writes it
 * @error: return location for a #GError
 *
 * Reads steps back, checking every value as hyr_workout_step_new() does: a
 * file may have been edited by hand.
 *
 * Returns: (transfer container) (element-type HyrWorkoutStep) (nullable):
 *   the steps, or %NULL with %HYR_STATE_ERROR_CORRUPT
 */
GPtrArray *
_hyr_workout_steps_from_json (JsonNode  *node,
                              GError   **error)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                           /* Translators: a run's structure is its warm-up,
                            * work, recoveries and cool-down, read from the
                            * plugin's state file */
                           _("A run’s structure is not a list of steps."));
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      HyrWorkoutStep *step = NULL;

      if (JSON_NODE_HOLDS_OBJECT (element))
        step = step_from_object (json_node_get_object (element));

      if (step == NULL)
        {
          g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                       /* Translators: %u counts the steps of a run (warm-up,
                        * work, recovery, cool-down) from 1 */
                       _("Step %u of a run’s structure is damaged."), i + 1);
          return NULL;
        }

      g_ptr_array_add (steps, step);
    }

  return g_steal_pointer (&steps);
}
