/* hyr-workout-step.h
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

#define HYR_TYPE_WORKOUT_STEP (hyr_workout_step_get_type ())

G_DECLARE_FINAL_TYPE (HyrWorkoutStep, hyr_workout_step, HYR, WORKOUT_STEP, GObject)

HyrWorkoutStep *hyr_workout_step_new           (HyrStepKind     kind,
                                                guint           repeat,
                                                double          distance,
                                                double          duration,
                                                double          pace_low,
                                                double          pace_high);
HyrStepKind     hyr_workout_step_get_kind      (HyrWorkoutStep *self);
guint           hyr_workout_step_get_repeat    (HyrWorkoutStep *self);
double          hyr_workout_step_get_distance  (HyrWorkoutStep *self);
double          hyr_workout_step_get_duration  (HyrWorkoutStep *self);
double          hyr_workout_step_get_pace_low  (HyrWorkoutStep *self);
double          hyr_workout_step_get_pace_high (HyrWorkoutStep *self);
char           *hyr_workout_steps_format       (GPtrArray      *steps,
                                                const char     *distance_unit);

G_END_DECLS
