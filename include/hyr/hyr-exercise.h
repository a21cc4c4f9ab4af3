/* hyr-exercise.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr.h> can be included directly."
#endif

#include <glib-object.h>

#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_TYPE_EXERCISE (hyr_exercise_get_type ())

G_DECLARE_FINAL_TYPE (HyrExercise, hyr_exercise, HYR, EXERCISE, GObject)

const char         *hyr_exercise_get_name              (HyrExercise *self);
HyrLift             hyr_exercise_get_lift              (HyrExercise *self);
const char * const *hyr_exercise_get_muscles           (HyrExercise *self);
const char * const *hyr_exercise_get_secondary_muscles (HyrExercise *self);
const char         *hyr_exercise_get_description       (HyrExercise *self);
GPtrArray          *hyr_exercise_get_sets              (HyrExercise *self);

G_END_DECLS
