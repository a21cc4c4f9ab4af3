/* hyr-workout-private.h — the structure of a planned run, for the planner;
 * not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hyr.h"

G_BEGIN_DECLS

GPtrArray *_hyr_workout_steps_for_run      (HyrRunKind   kind,
                                            double       distance,
                                            double       easy_pace_s_per_m,
                                            double       vdot);
double     _hyr_workout_steps_get_distance (GPtrArray   *steps,
                                            double       easy_pace_s_per_m);
double     _hyr_workout_steps_get_duration (GPtrArray   *steps,
                                            double       easy_pace_s_per_m);
JsonNode  *_hyr_workout_steps_to_json      (GPtrArray   *steps);
GPtrArray *_hyr_workout_steps_from_json    (JsonNode    *node,
                                            GError     **error);

G_END_DECLS
