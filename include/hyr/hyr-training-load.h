/* hyr-training-load.h
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

#include "hyr-activity-store.h"
#include "hyr-load-series.h"
#include "hyr-state.h"
#include "hyr-types.h"

G_BEGIN_DECLS

/**
 * HYR_TRAINING_LOAD_CTL_TIME_CONSTANT:
 *
 * The default time constant of the chronic training load, in days.
 */
#define HYR_TRAINING_LOAD_CTL_TIME_CONSTANT 42.0

/**
 * HYR_TRAINING_LOAD_ATL_TIME_CONSTANT:
 *
 * The default time constant of the acute training load, in days.
 */
#define HYR_TRAINING_LOAD_ATL_TIME_CONSTANT 7.0

#define HYR_TRAINING_LOAD_ERROR (hyr_training_load_error_quark ())

/**
 * HyrTrainingLoadError:
 * @HYR_TRAINING_LOAD_ERROR_INVALID_RANGE: the range of days asked for is
 *   empty, reversed or too long (a load series covers at most 36 600 days)
 * @HYR_TRAINING_LOAD_ERROR_INVALID_ARGUMENT: a time constant lies outside
 *   1–365 days
 *
 * Errors of the training-load computation. Version 0.1.0 reported them in
 * %HYR_PLANNER_ERROR, as the codes of the same names there.
 */
typedef enum /*< prefix=HYR_TRAINING_LOAD_ERROR >*/
{
  HYR_TRAINING_LOAD_ERROR_INVALID_RANGE,
  HYR_TRAINING_LOAD_ERROR_INVALID_ARGUMENT,
} HyrTrainingLoadError;

GQuark         hyr_training_load_error_quark  (void);
HyrLoadSeries *hyr_training_load_compute      (HyrActivityStore  *store,
                                               GDateTime         *from,
                                               GDateTime         *to,
                                               GError           **error);
HyrLoadSeries *hyr_training_load_compute_full (HyrActivityStore  *store,
                                               HyrState          *state,
                                               GDateTime         *from,
                                               GDateTime         *to,
                                               double             ctl_time_constant,
                                               double             atl_time_constant,
                                               GError           **error);
double         hyr_training_load_estimate_rpe (HyrRunKind         kind);

G_END_DECLS
