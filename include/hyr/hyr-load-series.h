/* hyr-load-series.h
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

#include "hyr-load-day.h"

G_BEGIN_DECLS

#define HYR_TYPE_LOAD_SERIES (hyr_load_series_get_type ())

G_DECLARE_FINAL_TYPE (HyrLoadSeries, hyr_load_series, HYR, LOAD_SERIES, GObject)

guint       hyr_load_series_get_n_days             (HyrLoadSeries *self);
HyrLoadDay *hyr_load_series_get_day                (HyrLoadSeries *self,
                                                    guint          index);
HyrLoadDay *hyr_load_series_lookup                 (HyrLoadSeries *self,
                                                    GDateTime     *date);
double      hyr_load_series_get_ctl_time_constant  (HyrLoadSeries *self);
double      hyr_load_series_get_atl_time_constant  (HyrLoadSeries *self);
guint       hyr_load_series_get_n_sessions         (HyrLoadSeries *self);
guint       hyr_load_series_get_n_estimated        (HyrLoadSeries *self);

G_END_DECLS
