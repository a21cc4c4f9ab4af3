/* hyr-lift-log.h
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

#include "hyr-state.h"
#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_TYPE_LIFT_LOG (hyr_lift_log_get_type ())

G_DECLARE_FINAL_TYPE (HyrLiftLog, hyr_lift_log, HYR, LIFT_LOG, GObject)

HyrLiftLog *hyr_lift_log_new       (HyrState    *state);
HyrState   *hyr_lift_log_get_state (HyrLiftLog  *self);
gboolean    hyr_lift_log_record    (HyrLiftLog  *self,
                                    HyrLift      lift,
                                    GDateTime   *day,
                                    double       weight,
                                    guint        reps,
                                    guint        required_reps,
                                    GError     **error);
gboolean    hyr_lift_log_lookup    (HyrLiftLog  *self,
                                    HyrLift      lift,
                                    GDateTime   *day,
                                    double      *weight,
                                    guint       *reps,
                                    guint       *required_reps);
gboolean    hyr_lift_log_remove    (HyrLiftLog  *self,
                                    HyrLift      lift,
                                    GDateTime   *day,
                                    GError     **error);

G_END_DECLS
