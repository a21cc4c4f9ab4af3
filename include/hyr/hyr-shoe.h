/* hyr-shoe.h
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

#define HYR_TYPE_SHOE (hyr_shoe_get_type ())

G_DECLARE_FINAL_TYPE (HyrShoe, hyr_shoe, HYR, SHOE, GObject)

const char     *hyr_shoe_get_gear_id                   (HyrShoe *self);
const char     *hyr_shoe_get_name                      (HyrShoe *self);
HyrShoeKind     hyr_shoe_get_kind                      (HyrShoe *self);
gboolean        hyr_shoe_get_kind_guessed              (HyrShoe *self);
double          hyr_shoe_get_prior_distance            (HyrShoe *self);
double          hyr_shoe_get_distance                  (HyrShoe *self);
double          hyr_shoe_get_run_distance              (HyrShoe *self);
guint           hyr_shoe_get_runs                      (HyrShoe *self);
GDateTime      *hyr_shoe_get_last_used                 (HyrShoe *self);
double          hyr_shoe_get_retire_distance           (HyrShoe *self);
gboolean        hyr_shoe_get_retire_distance_is_custom (HyrShoe *self);
double          hyr_shoe_get_wear                      (HyrShoe *self);
int             hyr_shoe_get_wear_percent              (HyrShoe *self);
HyrShoeWarning  hyr_shoe_get_warning                   (HyrShoe *self);
GDateTime      *hyr_shoe_get_retire_date               (HyrShoe *self);
gboolean        hyr_shoe_get_active                    (HyrShoe *self);
gboolean        hyr_shoe_get_from_host                 (HyrShoe *self);
double          hyr_shoe_get_share                     (HyrShoe *self);
guint           hyr_shoe_get_recent_runs               (HyrShoe *self);
double          hyr_shoe_get_weekly_distance           (HyrShoe *self);
int             hyr_shoe_days_between                  (GDateTime *from,
                                                        GDateTime *to);
HyrShoeKind     hyr_shoe_kind_guess                    (const char *name,
                                                        gboolean   *guessed);

G_END_DECLS
