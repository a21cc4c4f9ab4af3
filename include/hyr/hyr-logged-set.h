/* hyr-logged-set.h
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

#define HYR_TYPE_LOGGED_SET (hyr_logged_set_get_type ())

G_DECLARE_FINAL_TYPE (HyrLoggedSet, hyr_logged_set, HYR, LOGGED_SET, GObject)

GDateTime  *hyr_logged_set_get_when        (HyrLoggedSet *self);
const char *hyr_logged_set_get_exercise    (HyrLoggedSet *self);
HyrLift     hyr_logged_set_get_lift        (HyrLoggedSet *self);
double      hyr_logged_set_get_weight      (HyrLoggedSet *self);
guint       hyr_logged_set_get_reps        (HyrLoggedSet *self);
double      hyr_logged_set_get_rir         (HyrLoggedSet *self);
const char *hyr_logged_set_get_activity_id (HyrLoggedSet *self);
double      hyr_logged_set_get_one_rep_max (HyrLoggedSet *self);

G_END_DECLS
