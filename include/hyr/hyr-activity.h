/* hyr-activity.h
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

#define HYR_TYPE_ACTIVITY (hyr_activity_get_type ())

G_DECLARE_FINAL_TYPE (HyrActivity, hyr_activity, HYR, ACTIVITY, GObject)

HyrActivity        *hyr_activity_new                (const char         *id,
                                                     const char         *sport,
                                                     GDateTime          *start,
                                                     double              duration,
                                                     double              distance);
const char         *hyr_activity_get_id             (HyrActivity        *self);
const char         *hyr_activity_get_sport          (HyrActivity        *self);
GDateTime          *hyr_activity_get_start          (HyrActivity        *self);
double              hyr_activity_get_duration       (HyrActivity        *self);
double              hyr_activity_get_distance       (HyrActivity        *self);
double              hyr_activity_get_ascent         (HyrActivity        *self);
double              hyr_activity_get_avg_heart_rate (HyrActivity        *self);
double              hyr_activity_get_rpe            (HyrActivity        *self);
const char * const *hyr_activity_get_gear_ids       (HyrActivity        *self);
gboolean            hyr_activity_has_gear           (HyrActivity        *self,
                                                     const char         *gear_id);
const char         *hyr_activity_get_title          (HyrActivity        *self);

G_END_DECLS
