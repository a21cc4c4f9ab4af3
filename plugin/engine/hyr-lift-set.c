/* hyr-lift-set.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-lift-set"

#include "config.h"

#include "hyr.h"

/**
 * HyrLiftSet:
 *
 * One prescribed set of a strength exercise: a weight in kg, a number of
 * repetitions, and whether the set is "as many reps as possible" (AMRAP),
 * in which case @reps is the minimum the lifter should reach.
 */
struct _HyrLiftSet
{
  GObject parent_instance;

  double   weight;
  guint    reps;
  gboolean amrap;
  double   percent;
};

G_DEFINE_FINAL_TYPE (HyrLiftSet, hyr_lift_set, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WEIGHT,
  PROP_REPS,
  PROP_AMRAP,
  PROP_PERCENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_lift_set_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HyrLiftSet *self = HYR_LIFT_SET (object);

  switch (prop_id)
    {
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_REPS:
      g_value_set_uint (value, self->reps);
      break;
    case PROP_AMRAP:
      g_value_set_boolean (value, self->amrap);
      break;
    case PROP_PERCENT:
      g_value_set_double (value, self->percent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_set_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HyrLiftSet *self = HYR_LIFT_SET (object);

  switch (prop_id)
    {
    case PROP_WEIGHT:
      self->weight = g_value_get_double (value);
      break;
    case PROP_REPS:
      self->reps = g_value_get_uint (value);
      break;
    case PROP_AMRAP:
      self->amrap = g_value_get_boolean (value);
      break;
    case PROP_PERCENT:
      self->percent = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_set_class_init (HyrLiftSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = hyr_lift_set_get_property;
  object_class->set_property = hyr_lift_set_set_property;

  /**
   * HyrLiftSet:weight:
   *
   * The load in kg, rounded to the user's plates; 0 when unknown (no
   * training max entered yet) or for body-weight work.
   */
  properties [PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, 0, 1000, 0, flags);

  /**
   * HyrLiftSet:reps:
   *
   * The repetitions; for an AMRAP set, the minimum to reach.
   */
  properties [PROP_REPS] = g_param_spec_uint ("reps", NULL, NULL, 0, 100, 0, flags);

  /**
   * HyrLiftSet:amrap:
   *
   * Whether the set is done for as many repetitions as possible.
   */
  properties [PROP_AMRAP] = g_param_spec_boolean ("amrap", NULL, NULL, FALSE, flags);

  /**
   * HyrLiftSet:percent:
   *
   * The load as a percentage of the lift's training max, or 0 when the set
   * is not prescribed relative to one.
   */
  properties [PROP_PERCENT] =
    g_param_spec_double ("percent", NULL, NULL, 0, 100, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_lift_set_init (HyrLiftSet *self)
{
}

/**
 * hyr_lift_set_new:
 * @weight: the load in kg, 0 when unknown
 * @reps: the repetitions (the minimum for an AMRAP set)
 * @amrap: whether the set is "as many reps as possible"
 * @percent: the load in percent of the training max, 0 when not relative
 *
 * Returns: (transfer full): a new #HyrLiftSet
 */
HyrLiftSet *
hyr_lift_set_new (double   weight,
                  guint    reps,
                  gboolean amrap,
                  double   percent)
{
  g_return_val_if_fail (weight >= 0 && weight <= 1000, NULL);
  g_return_val_if_fail (percent >= 0 && percent <= 100, NULL);
  g_return_val_if_fail (reps <= 100, NULL);

  return g_object_new (HYR_TYPE_LIFT_SET,
                       "weight", weight,
                       "reps", reps,
                       "amrap", amrap,
                       "percent", percent,
                       NULL);
}

/**
 * hyr_lift_set_get_weight:
 * @self: a #HyrLiftSet
 *
 * Returns: the load in kg, 0 when unknown
 */
double
hyr_lift_set_get_weight (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), 0);
  return self->weight;
}

/**
 * hyr_lift_set_get_reps:
 * @self: a #HyrLiftSet
 *
 * Returns: the repetitions, the minimum for an AMRAP set
 */
guint
hyr_lift_set_get_reps (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), 0);
  return self->reps;
}

/**
 * hyr_lift_set_get_amrap:
 * @self: a #HyrLiftSet
 *
 * Returns: whether the set is done for as many reps as possible
 */
gboolean
hyr_lift_set_get_amrap (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), FALSE);
  return self->amrap;
}

/**
 * hyr_lift_set_get_percent:
 * @self: a #HyrLiftSet
 *
 * Returns: the load in percent of the training max, 0 when not relative
 */
double
hyr_lift_set_get_percent (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), 0);
  return self->percent;
}
