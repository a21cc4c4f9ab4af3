/* hyr-exercise.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-exercise"

#include "config.h"

#include "hyr.h"
#include "hyr-exercise-private.h"

/**
 * HyrExercise:
 *
 * One exercise of a planned strength session: its name, the main lift it
 * is (if any), the muscles it trains and its sets.
 */
struct _HyrExercise
{
  GObject parent_instance;

  char      *name;
  HyrLift    lift;
  GStrv      muscles;
  GStrv      secondary_muscles;
  char      *description;
  GPtrArray *sets;
};

G_DEFINE_FINAL_TYPE (HyrExercise, hyr_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LIFT,
  PROP_MUSCLES,
  PROP_SECONDARY_MUSCLES,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_exercise_finalize (GObject *object)
{
  HyrExercise *self = (HyrExercise *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->muscles, g_strfreev);
  g_clear_pointer (&self->secondary_muscles, g_strfreev);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->sets, g_ptr_array_unref);

  G_OBJECT_CLASS (hyr_exercise_parent_class)->finalize (object);
}

static void
hyr_exercise_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HyrExercise *self = HYR_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LIFT:
      g_value_set_enum (value, self->lift);
      break;
    case PROP_MUSCLES:
      g_value_set_boxed (value, self->muscles);
      break;
    case PROP_SECONDARY_MUSCLES:
      g_value_set_boxed (value, self->secondary_muscles);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_exercise_class_init (HyrExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_exercise_finalize;
  object_class->get_property = hyr_exercise_get_property;

  /**
   * HyrExercise:name:
   *
   * The exercise, in words ("Squat", "Chin-up").
   */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * HyrExercise:lift:
   *
   * The 5/3/1 main lift this exercise is, or %HYR_LIFT_NONE for assistance
   * work (Boring But Big sets of a main lift included).
   */
  properties [PROP_LIFT] =
    g_param_spec_enum ("lift", NULL, NULL, HYR_TYPE_LIFT, HYR_LIFT_NONE, flags);

  /**
   * HyrExercise:muscles:
   *
   * The muscles the exercise trains directly; each set counts as a full
   * set for them.
   */
  properties [PROP_MUSCLES] =
    g_param_spec_boxed ("muscles", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * HyrExercise:secondary-muscles:
   *
   * The muscles the exercise trains indirectly; each set counts as half a
   * set for them (Pelland et al. 2024).
   */
  properties [PROP_SECONDARY_MUSCLES] =
    g_param_spec_boxed ("secondary-muscles", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * HyrExercise:description:
   *
   * The sets in words, in the planner's mass unit ("3 × 5 at 65–85 %: 65,
   * 75, 85+ kg").
   */
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_exercise_init (HyrExercise *self)
{
}

HyrExercise *
_hyr_exercise_new (const char         *name,
                   HyrLift             lift,
                   const char * const *muscles,
                   const char * const *secondary_muscles,
                   GPtrArray          *sets,
                   const char         *description)
{
  HyrExercise *self = g_object_new (HYR_TYPE_EXERCISE, NULL);

  self->name = g_strdup (name);
  self->lift = lift;
  self->muscles = g_strdupv ((char **)muscles);
  self->secondary_muscles = g_strdupv ((char **)secondary_muscles);
  self->sets = g_ptr_array_ref (sets);
  self->description = g_strdup (description);

  return self;
}

/**
 * hyr_exercise_get_sets:
 * @self: a #HyrExercise
 *
 * Gets the sets prescribed for the exercise.
 *
 * Returns: (transfer none) (element-type HyrLiftSet): the sets, in order
 */
GPtrArray *
hyr_exercise_get_sets (HyrExercise *self)
{
  g_return_val_if_fail (HYR_IS_EXERCISE (self), NULL);
  return self->sets;
}

/**
 * hyr_exercise_get_name:
 * @self: a #HyrExercise
 *
 * Gets the exercise's name, in words.
 *
 * Returns: the name
 */
const char *
hyr_exercise_get_name (HyrExercise *self)
{
  g_return_val_if_fail (HYR_IS_EXERCISE (self), NULL);
  return self->name;
}

/**
 * hyr_exercise_get_lift:
 * @self: a #HyrExercise
 *
 * Gets which of the 5/3/1 main lifts the exercise is, if any.
 *
 * Returns: the main lift, or %HYR_LIFT_NONE
 */
HyrLift
hyr_exercise_get_lift (HyrExercise *self)
{
  g_return_val_if_fail (HYR_IS_EXERCISE (self), HYR_LIFT_NONE);
  return self->lift;
}

/**
 * hyr_exercise_get_muscles:
 * @self: a #HyrExercise
 *
 * Gets the names of the muscles the exercise works directly; each of its
 * sets counts fully toward their weekly volume.
 *
 * Returns: (transfer none) (array zero-terminated=1): the muscles trained
 *   directly
 */
const char * const *
hyr_exercise_get_muscles (HyrExercise *self)
{
  g_return_val_if_fail (HYR_IS_EXERCISE (self), NULL);
  return (const char * const *)self->muscles;
}

/**
 * hyr_exercise_get_secondary_muscles:
 * @self: a #HyrExercise
 *
 * Gets the names of the muscles the exercise works indirectly; its sets
 * count half toward their weekly volume.
 *
 * Returns: (transfer none) (array zero-terminated=1): the muscles trained
 *   indirectly
 */
const char * const *
hyr_exercise_get_secondary_muscles (HyrExercise *self)
{
  g_return_val_if_fail (HYR_IS_EXERCISE (self), NULL);
  return (const char * const *)self->secondary_muscles;
}

/**
 * hyr_exercise_get_description:
 * @self: a #HyrExercise
 *
 * Gets the exercise's sets in words, for a person to read.
 *
 * Returns: the sets in words
 */
const char *
hyr_exercise_get_description (HyrExercise *self)
{
  g_return_val_if_fail (HYR_IS_EXERCISE (self), NULL);
  return self->description;
}
