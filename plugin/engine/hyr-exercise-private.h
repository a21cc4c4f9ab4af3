/* hyr-exercise-private.h — how the planner makes an exercise; not
 * installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

HyrExercise *_hyr_exercise_new (const char         *name,
                                HyrLift             lift,
                                const char * const *muscles,
                                const char * const *secondary_muscles,
                                GPtrArray          *sets,
                                const char         *description);

G_END_DECLS
