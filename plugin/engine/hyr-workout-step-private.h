/* hyr-workout-step-private.h — not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether hyr_workout_step_new() takes these values; for values read from a
 * file, which are refused with an error rather than a critical. */
gboolean _hyr_workout_step_values_valid (int    kind,
                                         gint64 repeat,
                                         double distance,
                                         double duration,
                                         double pace_low,
                                         double pace_high);

G_END_DECLS
