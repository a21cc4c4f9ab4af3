/* hyr-load-series-private.h — how the training load makes its series;
 * not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

/* Days per chunk of a series. */
#define HYR_LOAD_SERIES_CHUNK 64

HyrLoadSeries *_hyr_load_series_new (GPtrArray *chunks,
                                     guint      n_days,
                                     double     ctl_time_constant,
                                     double     atl_time_constant,
                                     guint      n_sessions,
                                     guint      n_estimated);

G_END_DECLS
