/* hyr-five-three-one.h
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

GPtrArray *hyr_five_three_one_sets                          (double   training_max,
                                                             guint    week,
                                                             double   plate_increment);
guint      hyr_five_three_one_required_reps                 (guint    week);
double     hyr_five_three_one_progress                      (HyrLift  lift,
                                                             double   training_max,
                                                             guint    amrap_reps,
                                                             guint    required_reps);
double     hyr_five_three_one_bbb_percent                   (guint    cycle,
                                                             gboolean novice);
GPtrArray *hyr_five_three_one_bbb_sets                      (double   training_max,
                                                             guint    cycle,
                                                             gboolean novice,
                                                             double   plate_increment);
double     hyr_five_three_one_round                         (double   weight,
                                                             double   plate_increment);
double     hyr_five_three_one_plate_in_unit                 (double      plate_increment,
                                                             const char *mass_unit);
double     hyr_five_three_one_estimate_one_rep_max          (double   weight,
                                                             guint    reps);
double     hyr_five_three_one_training_max_from_one_rep_max (double   one_rep_max);

G_END_DECLS
