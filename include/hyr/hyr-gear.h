/* hyr-gear.h
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

#define HYR_TYPE_GEAR (hyr_gear_get_type ())

G_DECLARE_FINAL_TYPE (HyrGear, hyr_gear, HYR, GEAR, GObject)

HyrGear    *hyr_gear_new                 (const char *id,
                                          const char *name,
                                          double      prior_distance,
                                          double      retire_distance,
                                          gboolean    active);
const char *hyr_gear_get_id              (HyrGear    *self);
const char *hyr_gear_get_name            (HyrGear    *self);
double      hyr_gear_get_prior_distance  (HyrGear    *self);
double      hyr_gear_get_retire_distance (HyrGear    *self);
gboolean    hyr_gear_get_active          (HyrGear    *self);

G_END_DECLS
