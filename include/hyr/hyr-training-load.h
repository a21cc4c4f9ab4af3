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
