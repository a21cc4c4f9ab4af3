/* hyr-lift-set.h
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

G_BEGIN_DECLS

#define HYR_TYPE_LIFT_SET (hyr_lift_set_get_type ())

G_DECLARE_FINAL_TYPE (HyrLiftSet, hyr_lift_set, HYR, LIFT_SET, GObject)

HyrLiftSet *hyr_lift_set_new          (double      weight,
                                       guint       reps,
                                       gboolean    amrap,
                                       double      percent);
HyrLiftSet *hyr_lift_set_new_range    (double      weight,
                                       guint       reps,
                                       guint       reps_max,
                                       double      rir);
double      hyr_lift_set_get_weight   (HyrLiftSet *self);
guint       hyr_lift_set_get_reps     (HyrLiftSet *self);
guint       hyr_lift_set_get_reps_max (HyrLiftSet *self);
double      hyr_lift_set_get_rir      (HyrLiftSet *self);
gboolean    hyr_lift_set_get_amrap    (HyrLiftSet *self);
double      hyr_lift_set_get_percent  (HyrLiftSet *self);
char       *hyr_lift_set_format_sets  (GPtrArray  *sets,
                                       const char *mass_unit,
                                       const char *separator);

G_END_DECLS
