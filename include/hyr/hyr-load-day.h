/* hyr-load-day.h
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

#define HYR_TYPE_LOAD_DAY (hyr_load_day_get_type ())

G_DECLARE_FINAL_TYPE (HyrLoadDay, hyr_load_day, HYR, LOAD_DAY, GObject)

GDateTime *hyr_load_day_get_date         (HyrLoadDay *self);
double     hyr_load_day_get_load         (HyrLoadDay *self);
double     hyr_load_day_get_run_load     (HyrLoadDay *self);
double     hyr_load_day_get_lift_load    (HyrLoadDay *self);
double     hyr_load_day_get_ctl          (HyrLoadDay *self);
double     hyr_load_day_get_atl          (HyrLoadDay *self);
double     hyr_load_day_get_tsb          (HyrLoadDay *self);
double     hyr_load_day_get_acute        (HyrLoadDay *self);
double     hyr_load_day_get_chronic      (HyrLoadDay *self);
double     hyr_load_day_get_ratio        (HyrLoadDay *self);
gboolean   hyr_load_day_get_ratio_known  (HyrLoadDay *self);
double     hyr_load_day_get_monotony     (HyrLoadDay *self);
double     hyr_load_day_get_strain       (HyrLoadDay *self);
double     hyr_load_day_get_run_distance (HyrLoadDay *self);
gboolean   hyr_load_day_get_estimated    (HyrLoadDay *self);

G_END_DECLS
