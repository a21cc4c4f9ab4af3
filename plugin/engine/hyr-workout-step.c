/* hyr-workout-step.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-workout-step"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-workout-step-private.h"

/* Bounds of the properties: far beyond any run, low enough that a value
 * from a damaged file cannot overflow the arithmetic done with it. */
#define MAX_REPEAT   100
#define MAX_DISTANCE 1000000.0  /* m */
#define MAX_DURATION 1000000.0  /* s */
#define MAX_PACE     7200.0     /* s per km */

/**
 * HyrWorkoutStep:
 *
 * One step of a planned run's structure: a warm-up, the work, a recovery
 * jog or a cool-down, done #HyrWorkoutStep:repeat times, over a distance or
 * for a time, at a range of paces.
 *
 * A run's steps are in order; a recovery step right after a work step with
 * the same repeat follows each of its repeats ("5 × 1000 m, 3 min jog").
 */
struct _HyrWorkoutStep
{
  GObject parent_instance;

  HyrStepKind kind;
  guint       repeat;
  double      distance;
  double      duration;
  double      pace_low;
  double      pace_high;
};

G_DEFINE_FINAL_TYPE (HyrWorkoutStep, hyr_workout_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_REPEAT,
  PROP_DISTANCE,
  PROP_DURATION,
  PROP_PACE_LOW,
  PROP_PACE_HIGH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_workout_step_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HyrWorkoutStep *self = HYR_WORKOUT_STEP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_REPEAT:
      g_value_set_uint (value, self->repeat);
      break;
    case PROP_DISTANCE:
      g_value_set_double (value, self->distance);
      break;
    case PROP_DURATION:
      g_value_set_double (value, self->duration);
      break;
    case PROP_PACE_LOW:
      g_value_set_double (value, self->pace_low);
      break;
    case PROP_PACE_HIGH:
      g_value_set_double (value, self->pace_high);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_workout_step_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HyrWorkoutStep *self = HYR_WORKOUT_STEP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_REPEAT:
      self->repeat = g_value_get_uint (value);
      break;
    case PROP_DISTANCE:
      self->distance = g_value_get_double (value);
      break;
    case PROP_DURATION:
      self->duration = g_value_get_double (value);
      break;
    case PROP_PACE_LOW:
      self->pace_low = g_value_get_double (value);
      break;
    case PROP_PACE_HIGH:
      self->pace_high = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_workout_step_class_init (HyrWorkoutStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = hyr_workout_step_get_property;
  object_class->set_property = hyr_workout_step_set_property;

  /**
   * HyrWorkoutStep:kind:
   *
   * The part the step plays in the run.
   */
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HYR_TYPE_STEP_KIND, HYR_STEP_KIND_WORK, flags);

  /**
   * HyrWorkoutStep:repeat:
   *
   * How many times the step is done in a row, at least 1.
   */
  properties [PROP_REPEAT] =
    g_param_spec_uint ("repeat", NULL, NULL, 1, MAX_REPEAT, 1, flags);

  /**
   * HyrWorkoutStep:distance:
   *
   * The distance of one repeat in metres, or 0 when the step is by time.
   */
  properties [PROP_DISTANCE] =
    g_param_spec_double ("distance", NULL, NULL, 0, MAX_DISTANCE, 0, flags);

  /**
   * HyrWorkoutStep:duration:
   *
   * The time of one repeat in seconds, or 0 when the step is by distance.
   */
  properties [PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, 0, MAX_DURATION, 0, flags);

  /**
   * HyrWorkoutStep:pace-low:
   *
   * The fast end of the pace range in seconds per kilometre (the lower
   * number), or 0 when the step has no pace target and is run by effort.
   */
  properties [PROP_PACE_LOW] =
    g_param_spec_double ("pace-low", NULL, NULL, 0, MAX_PACE, 0, flags);

  /**
   * HyrWorkoutStep:pace-high:
   *
   * The slow end of the pace range in seconds per kilometre (the higher
   * number), or 0 when the step has no pace target.
   */
  properties [PROP_PACE_HIGH] =
    g_param_spec_double ("pace-high", NULL, NULL, 0, MAX_PACE, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_workout_step_init (HyrWorkoutStep *self)
{
  self->kind = HYR_STEP_KIND_WORK;
  self->repeat = 1;
}

/* The checks of hyr_workout_step_new(), shared with the reading of steps
 * from a file, which must refuse what the constructor would. */
static gboolean
kind_valid (HyrStepKind kind)
{
  return kind >= HYR_STEP_KIND_WARM_UP && kind <= HYR_STEP_KIND_COOL_DOWN;
}

static gboolean
repeat_valid (gint64 repeat)
{
  return repeat >= 1 && repeat <= MAX_REPEAT;
}

/* One of distance and duration, never both: a step is by one or the other. */
static gboolean
amount_valid (double distance,
              double duration)
{
  return isfinite (distance) && distance >= 0 && distance <= MAX_DISTANCE &&
         isfinite (duration) && duration >= 0 && duration <= MAX_DURATION &&
         (distance > 0) != (duration > 0);
}

/* Both 0 (no target) or a range with the fast end first. */
static gboolean
paces_valid (double pace_low,
             double pace_high)
{
  return isfinite (pace_low) && isfinite (pace_high) &&
         pace_low >= 0 && pace_high <= MAX_PACE &&
         (pace_low > 0) == (pace_high > 0) && pace_low <= pace_high;
}

gboolean
_hyr_workout_step_values_valid (int    kind,
                                gint64 repeat,
                                double distance,
                                double duration,
                                double pace_low,
                                double pace_high)
{
  return kind_valid (kind) && repeat_valid (repeat) &&
         amount_valid (distance, duration) && paces_valid (pace_low, pace_high);
}

/**
 * hyr_workout_step_new:
 * @kind: the part the step plays in the run
 * @repeat: how many times the step is done in a row, at least 1
 * @distance: the distance of one repeat in metres, 0 when by time
 * @duration: the time of one repeat in seconds, 0 when by distance
 * @pace_low: the fast end of the pace range in seconds per kilometre, 0 for
 *   no pace target
 * @pace_high: the slow end of the pace range in seconds per kilometre, at
 *   least @pace_low; 0 for no pace target
 *
 * Creates a step. Exactly one of @distance and @duration is positive; the
 * paces are both 0 or both positive.
 *
 * Returns: (transfer full): a new #HyrWorkoutStep
 */
HyrWorkoutStep *
hyr_workout_step_new (HyrStepKind kind,
                      guint       repeat,
                      double      distance,
                      double      duration,
                      double      pace_low,
                      double      pace_high)
{
  g_return_val_if_fail (kind_valid (kind), NULL);
  g_return_val_if_fail (repeat_valid (repeat), NULL);
  g_return_val_if_fail (amount_valid (distance, duration), NULL);
  g_return_val_if_fail (paces_valid (pace_low, pace_high), NULL);

  return g_object_new (HYR_TYPE_WORKOUT_STEP,
                       "kind", kind,
                       "repeat", repeat,
                       "distance", distance,
                       "duration", duration,
                       "pace-low", pace_low,
                       "pace-high", pace_high,
                       NULL);
}

/**
 * hyr_workout_step_get_kind:
 * @self: a #HyrWorkoutStep
 *
 * Gets the part the step plays in the run: warm-up, work, recovery jog or
 * cool-down.
 *
 * Returns: the part the step plays in the run
 */
HyrStepKind
hyr_workout_step_get_kind (HyrWorkoutStep *self)
{
  g_return_val_if_fail (HYR_IS_WORKOUT_STEP (self), HYR_STEP_KIND_WORK);
  return self->kind;
}

/**
 * hyr_workout_step_get_repeat:
 * @self: a #HyrWorkoutStep
 *
 * Gets how many times the step is repeated.
 *
 * Returns: how many times the step is done in a row
 */
guint
hyr_workout_step_get_repeat (HyrWorkoutStep *self)
{
  g_return_val_if_fail (HYR_IS_WORKOUT_STEP (self), 1);
  return self->repeat;
}

/**
 * hyr_workout_step_get_distance:
 * @self: a #HyrWorkoutStep
 *
 * Gets the distance of one repeat of the step, for steps measured by
 * distance.
 *
 * Returns: the distance of one repeat in metres, 0 when the step is by time
 */
double
hyr_workout_step_get_distance (HyrWorkoutStep *self)
{
  g_return_val_if_fail (HYR_IS_WORKOUT_STEP (self), 0);
  return self->distance;
}

/**
 * hyr_workout_step_get_duration:
 * @self: a #HyrWorkoutStep
 *
 * Gets the time of one repeat of the step, for steps measured by time.
 *
 * Returns: the time of one repeat in seconds, 0 when the step is by distance
 */
double
hyr_workout_step_get_duration (HyrWorkoutStep *self)
{
  g_return_val_if_fail (HYR_IS_WORKOUT_STEP (self), 0);
  return self->duration;
}

/**
 * hyr_workout_step_get_pace_low:
 * @self: a #HyrWorkoutStep
 *
 * Gets the fast end of the step's target pace.
 *
 * Returns: the fast end of the pace range in seconds per kilometre, 0 when
 *   the step has no pace target
 */
double
hyr_workout_step_get_pace_low (HyrWorkoutStep *self)
{
  g_return_val_if_fail (HYR_IS_WORKOUT_STEP (self), 0);
  return self->pace_low;
}

/**
 * hyr_workout_step_get_pace_high:
 * @self: a #HyrWorkoutStep
 *
 * Gets the slow end of the step's target pace.
 *
 * Returns: the slow end of the pace range in seconds per kilometre, 0 when
 *   the step has no pace target
 */
double
hyr_workout_step_get_pace_high (HyrWorkoutStep *self)
{
  g_return_val_if_fail (HYR_IS_WORKOUT_STEP (self), 0);
  return self->pace_high;
}

/* Formatting */

/* Repeats and anything under a kilometre are in metres, as on a track
 * (tracks are metric in miles countries too), to 10 m; the rest in the
 * user's unit, to 0.1. */
static char *
format_distance (double      metres,
                 guint       repeat,
                 const char *distance_unit)
{
  if (repeat > 1 || metres < 1000)
    /* Translators: a distance in metres, as in "400 m" */
    return g_strdup_printf (_("%u m"), (guint) (round (metres / 10) * 10));

  if (g_strcmp0 (distance_unit, "mi") == 0)
    /* Translators: a distance in miles; %g is the number, as in "1.6" */
    return g_strdup_printf (_("%g mi"), round (hyr_units_distance_from_metres (metres, distance_unit) * 10) / 10);

  /* Translators: a distance in kilometres; %g is the number, as in "2.5" */
  return g_strdup_printf (_("%g km"), round (metres / 100) / 10);
}

/* Whole minutes as "4 min", short times as "90 s", the rest as "3:30 min". */
static char *
format_duration (double seconds)
{
  guint s = (guint) round (seconds);

  if (s % 60 == 0)
    /* Translators: a time in whole minutes, as in "20 min" */
    return g_strdup_printf (_("%u min"), s / 60);

  if (s < 120)
    /* Translators: a time in seconds, as in "90 s" */
    return g_strdup_printf (_("%u s"), s);

  /* Translators: a time in minutes and seconds, as in "3:30 min" */
  return g_strdup_printf (_("%u:%02u min"), s / 60, s % 60);
}

static char *
format_amount (double      distance,
               double      duration,
               guint       repeat,
               const char *distance_unit)
{
  g_autofree char *amount = NULL;

  if (distance > 0)
    amount = format_distance (distance, repeat, distance_unit);
  else
    amount = format_duration (duration);

  if (repeat == 1)
    return g_steal_pointer (&amount);

  /* Translators: repeats × the distance or time of each, as in
   * "5 × 1000 m" or "8 × 90 s" */
  return g_strdup_printf (_("%u × %s"), repeat, amount);
}

/* "4:05–4:12 /km", "6:34–6:46 /mi", or one pace when both ends round alike;
 * whole seconds, rounded before splitting so that 4:59.6 is 5:00. */
static char *
format_pace (HyrWorkoutStep *step,
             const char     *distance_unit)
{
  gboolean miles = g_strcmp0 (distance_unit, "mi") == 0;
  double per_unit = hyr_units_distance_to_metres (1, distance_unit) / 1000;
  guint low = (guint) round (step->pace_low * per_unit);
  guint high = (guint) round (step->pace_high * per_unit);

  if (low == high && miles)
    /* Translators: a pace in minutes:seconds per mile, as in "6:40 /mi" */
    return g_strdup_printf (_("%u:%02u /mi"), low / 60, low % 60);

  if (low == high)
    /* Translators: a pace in minutes:seconds per kilometre, as in "4:10 /km" */
    return g_strdup_printf (_("%u:%02u /km"), low / 60, low % 60);

  if (miles)
    /* Translators: a range of paces in minutes:seconds per mile, fast end
     * first, as in "6:34–6:46 /mi" */
    return g_strdup_printf (_("%u:%02u–%u:%02u /mi"),
                            low / 60, low % 60, high / 60, high % 60);

  /* Translators: a range of paces in minutes:seconds per kilometre, fast
   * end first, as in "4:05–4:12 /km" */
  return g_strdup_printf (_("%u:%02u–%u:%02u /km"),
                          low / 60, low % 60, high / 60, high % 60);
}

static char *
format_jog (const char *amount)
{
  /* Translators: a recovery jog between repeats, as in "3 min jog" */
  return g_strdup_printf (_("%s jog"), amount);
}

static char *
format_step (HyrWorkoutStep *step,
             const char     *distance_unit)
{
  g_autofree char *amount = format_amount (step->distance, step->duration,
                                           step->repeat, distance_unit);
  g_autofree char *pace = NULL;

  switch (step->kind)
    {
    case HYR_STEP_KIND_WARM_UP:
    case HYR_STEP_KIND_COOL_DOWN:
      /* Translators: a warm-up or cool-down, as in "2 km easy" */
      return g_strdup_printf (_("%s easy"), amount);

    case HYR_STEP_KIND_RECOVERY:
      return format_jog (amount);

    case HYR_STEP_KIND_WORK:
    default:
      if (step->pace_low <= 0)
        /* Translators: work without a pace target, run by effort, as hill
         * repeats: "8 × 90 s hard" */
        return g_strdup_printf (_("%s hard"), amount);

      pace = format_pace (step, distance_unit);
      /* Translators: the work of a run at its pace, as in
       * "5 × 1000 m @ 4:05–4:12 /km" or "10 km @ 5:30–6:10 /km" */
      return g_strdup_printf (_("%s @ %s"), amount, pace);
    }
}

/* A work step and the recovery after each of its repeats, which says the
 * repeats once: "5 × 1000 m @ 4:05–4:12 /km, 3 min jog". */
static char *
format_work_and_recovery (HyrWorkoutStep *work,
                          HyrWorkoutStep *recovery,
                          const char     *distance_unit)
{
  g_autofree char *work_text = format_step (work, distance_unit);
  g_autofree char *amount = format_amount (recovery->distance, recovery->duration,
                                           1, distance_unit);
  g_autofree char *jog = format_jog (amount);

  /* Translators: repeats and the recovery after each, as in
   * "5 × 1000 m @ 4:05–4:12 /km, 3 min jog" */
  return g_strdup_printf (_("%s, %s"), work_text, jog);
}

/**
 * hyr_workout_steps_format:
 * @steps: (element-type HyrWorkoutStep): the steps of a run, in order
 * @distance_unit: (nullable): "km" or "mi"; %NULL for km
 *
 * Writes a run's structure for a person, translated: "2 km easy ·
 * 5 × 1000 m @ 4:05–4:12 /km, 3 min jog · 2 km easy". A work step and the
 * recovery that follows each of its repeats are one group; repeats and
 * distances under a kilometre are in metres, the rest and the paces in
 * @distance_unit. Work without a pace target is "hard".
 *
 * Returns: (transfer full): the text, empty for no steps
 */
char *
hyr_workout_steps_format (GPtrArray  *steps,
                          const char *distance_unit)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (steps != NULL, NULL);

  for (guint i = 0; i < steps->len; i++)
    {
      HyrWorkoutStep *step = g_ptr_array_index (steps, i);
      HyrWorkoutStep *next = i + 1 < steps->len ? g_ptr_array_index (steps, i + 1) : NULL;
      g_autofree char *part = NULL;

      g_return_val_if_fail (HYR_IS_WORKOUT_STEP (step), NULL);

      if (step->kind == HYR_STEP_KIND_WORK && HYR_IS_WORKOUT_STEP (next) &&
          next->kind == HYR_STEP_KIND_RECOVERY && next->repeat == step->repeat)
        {
          part = format_work_and_recovery (step, next, distance_unit);
          i++;
        }
      else
        part = format_step (step, distance_unit);

      if (text == NULL)
        text = g_steal_pointer (&part);
      else
        {
          char *joined;

          /* Translators: the steps of a run one after the other, as in
           * "2 km easy · 5 × 1000 m @ 4:05–4:12 /km" */
          joined = g_strdup_printf (_("%s · %s"), text, part);
          g_free (text);
          text = joined;
        }
    }

  return text != NULL ? g_steal_pointer (&text) : g_strdup ("");
}
