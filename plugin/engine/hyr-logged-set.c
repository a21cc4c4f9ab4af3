/* hyr-logged-set.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-lift-diary"

#include "config.h"

#include "hyr.h"
#include "hyr-lift-diary-private.h"

/**
 * HyrLoggedSet:
 *
 * One set the lifter logged in the #HyrLiftDiary: when, which exercise
 * (a main lift, or any assistance or custom exercise by name), the load,
 * the reps done and the reps left in reserve.
 */
struct _HyrLoggedSet
{
  GObject parent_instance;

  char      *key;
  GDateTime *when;
  char      *exercise;
  HyrLift    lift;
  double     weight;
  guint      reps;
  double     rir;
  guint      required;
  char      *activity_id;
};

G_DEFINE_FINAL_TYPE (HyrLoggedSet, hyr_logged_set, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WHEN,
  PROP_EXERCISE,
  PROP_LIFT,
  PROP_WEIGHT,
  PROP_REPS,
  PROP_RIR,
  PROP_ACTIVITY_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_logged_set_finalize (GObject *object)
{
  HyrLoggedSet *self = (HyrLoggedSet *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->when, g_date_time_unref);
  g_clear_pointer (&self->exercise, g_free);
  g_clear_pointer (&self->activity_id, g_free);

  G_OBJECT_CLASS (hyr_logged_set_parent_class)->finalize (object);
}

static void
hyr_logged_set_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HyrLoggedSet *self = HYR_LOGGED_SET (object);

  switch (prop_id)
    {
    case PROP_WHEN:
      g_value_set_boxed (value, self->when);
      break;
    case PROP_EXERCISE:
      g_value_set_string (value, self->exercise);
      break;
    case PROP_LIFT:
      g_value_set_enum (value, self->lift);
      break;
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_REPS:
      g_value_set_uint (value, self->reps);
      break;
    case PROP_RIR:
      g_value_set_double (value, self->rir);
      break;
    case PROP_ACTIVITY_ID:
      g_value_set_string (value, self->activity_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_logged_set_class_init (HyrLoggedSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_logged_set_finalize;
  object_class->get_property = hyr_logged_set_get_property;

  /**
   * HyrLoggedSet:when:
   *
   * When the set was done.
   */
  properties [PROP_WHEN] = g_param_spec_boxed ("when", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrLoggedSet:exercise:
   *
   * The exercise's name as the lifter logged it.
   */
  properties [PROP_EXERCISE] = g_param_spec_string ("exercise", NULL, NULL, NULL, flags);

  /**
   * HyrLoggedSet:lift:
   *
   * The 5/3/1 main lift the set belongs to (its own sets and its Boring But
   * Big sets), or %HYR_LIFT_NONE for assistance and custom exercises.
   */
  properties [PROP_LIFT] = g_param_spec_enum ("lift", NULL, NULL, HYR_TYPE_LIFT, HYR_LIFT_NONE, flags);

  /**
   * HyrLoggedSet:weight:
   *
   * The load in kg; 0 for body-weight work.
   */
  properties [PROP_WEIGHT] = g_param_spec_double ("weight", NULL, NULL, 0, 500, 0, flags);

  /**
   * HyrLoggedSet:reps:
   *
   * The repetitions done, 1 to 100.
   */
  properties [PROP_REPS] = g_param_spec_uint ("reps", NULL, NULL, 0, 100, 0, flags);

  /**
   * HyrLoggedSet:rir:
   *
   * The reps left in reserve; negative when not logged.
   */
  properties [PROP_RIR] = g_param_spec_double ("rir", NULL, NULL, -1, 100, -1, flags);

  /**
   * HyrLoggedSet:activity-id:
   *
   * The #HyrActivity:id of the host's strength activity of that day, when
   * the diary knows the host's store and there is one; else %NULL.
   */
  properties [PROP_ACTIVITY_ID] = g_param_spec_string ("activity-id", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_logged_set_init (HyrLoggedSet *self)
{
  self->rir = -1;
}

HyrLoggedSet *
_hyr_logged_set_new (const char *key,
                     GDateTime  *when,
                     const char *exercise,
                     HyrLift     lift,
                     double      weight,
                     guint       reps,
                     double      rir,
                     guint       required)
{
  HyrLoggedSet *self = g_object_new (HYR_TYPE_LOGGED_SET, NULL);

  self->key = g_strdup (key);
  self->when = g_date_time_ref (when);
  self->exercise = g_strdup (exercise);
  self->lift = lift;
  self->weight = weight;
  self->reps = reps;
  self->rir = rir < 0 ? -1 : rir;
  self->required = required;

  return self;
}

const char *
_hyr_logged_set_get_key (HyrLoggedSet *self)
{
  return self->key;
}

guint
_hyr_logged_set_get_required (HyrLoggedSet *self)
{
  return self->required;
}

void
_hyr_logged_set_set_activity_id (HyrLoggedSet *self,
                                 const char   *activity_id)
{
  g_free (self->activity_id);
  self->activity_id = g_strdup (activity_id);
}

/**
 * hyr_logged_set_get_when:
 * @self: a #HyrLoggedSet
 *
 * Gets when the set was done.
 *
 * Returns: (transfer none): when the set was done
 */
GDateTime *
hyr_logged_set_get_when (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), NULL);
  return self->when;
}

/**
 * hyr_logged_set_get_exercise:
 * @self: a #HyrLoggedSet
 *
 * Gets the name of the exercise the set was done for.
 *
 * Returns: the exercise's name
 */
const char *
hyr_logged_set_get_exercise (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), NULL);
  return self->exercise;
}

/**
 * hyr_logged_set_get_lift:
 * @self: a #HyrLoggedSet
 *
 * Gets which of the 5/3/1 main lifts the set was, if any.
 *
 * Returns: the main lift, or %HYR_LIFT_NONE
 */
HyrLift
hyr_logged_set_get_lift (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), HYR_LIFT_NONE);
  return self->lift;
}

/**
 * hyr_logged_set_get_weight:
 * @self: a #HyrLoggedSet
 *
 * Gets the load lifted in the set.
 *
 * Returns: the load in kg, 0 for body weight
 */
double
hyr_logged_set_get_weight (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), 0);
  return self->weight;
}

/**
 * hyr_logged_set_get_reps:
 * @self: a #HyrLoggedSet
 *
 * Gets the repetitions done in the set.
 *
 * Returns: the repetitions done
 */
guint
hyr_logged_set_get_reps (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), 0);
  return self->reps;
}

/**
 * hyr_logged_set_get_rir:
 * @self: a #HyrLoggedSet
 *
 * Gets how many repetitions the lifter felt were left in reserve.
 *
 * Returns: the reps in reserve, negative when not logged
 */
double
hyr_logged_set_get_rir (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), -1);
  return self->rir;
}

/**
 * hyr_logged_set_get_activity_id:
 * @self: a #HyrLoggedSet
 *
 * Gets the host's strength activity the set belongs to, the one recorded on
 * the day it was done.
 *
 * Returns: (nullable): the id of the host's strength activity of that day,
 *   or %NULL
 */
const char *
hyr_logged_set_get_activity_id (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), NULL);
  return self->activity_id;
}

/**
 * hyr_logged_set_get_one_rep_max:
 * @self: a #HyrLoggedSet
 *
 * The one-rep max the set estimates by Epley's formula, weight × (1 +
 * reps ÷ 30), trusted up to 10 reps.
 *
 * Returns: the estimate in kg, or 0 for a set of more than 10 reps or
 *   without a load
 */
double
hyr_logged_set_get_one_rep_max (HyrLoggedSet *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SET (self), 0);

  if (self->weight <= 0 || self->reps == 0 || self->reps > 10)
    return 0;

  return self->weight * (1 + self->reps / 30.0);
}
