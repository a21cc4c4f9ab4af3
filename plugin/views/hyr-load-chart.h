/* hyr-load-chart.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

/**
 * HyrLoadChartMode:
 * @HYR_LOAD_CHART_VOLUME: weekly running distance and strength load, as bars
 * @HYR_LOAD_CHART_FITNESS: fitness (CTL), fatigue (ATL) and form (TSB), as
 *   daily lines
 * @HYR_LOAD_CHART_RATIO: acute and chronic load with their ratio and the
 *   ratio's heuristic bands
 *
 * What a #HyrLoadChart draws from its series.
 */
typedef enum
{
  HYR_LOAD_CHART_VOLUME,
  HYR_LOAD_CHART_FITNESS,
  HYR_LOAD_CHART_RATIO,
} HyrLoadChartMode;

#define HYR_TYPE_LOAD_CHART_MODE (hyr_load_chart_mode_get_type ())
#define HYR_TYPE_LOAD_CHART (hyr_load_chart_get_type ())

GType hyr_load_chart_mode_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (HyrLoadChart, hyr_load_chart, HYR, LOAD_CHART, GtkDrawingArea)

GtkWidget        *hyr_load_chart_new               (HyrLoadChartMode  mode);
HyrLoadChartMode  hyr_load_chart_get_mode          (HyrLoadChart     *self);
HyrLoadSeries    *hyr_load_chart_get_series        (HyrLoadChart     *self);
void              hyr_load_chart_set_series        (HyrLoadChart     *self,
                                                    HyrLoadSeries    *series);
const char       *hyr_load_chart_get_distance_unit (HyrLoadChart     *self);
void              hyr_load_chart_set_distance_unit (HyrLoadChart     *self,
                                                    const char       *unit);
GDateWeekday      hyr_load_chart_get_week_start    (HyrLoadChart     *self);
void              hyr_load_chart_set_week_start    (HyrLoadChart     *self,
                                                    GDateWeekday      week_start);
GDateTime        *hyr_load_chart_get_today         (HyrLoadChart     *self);
void              hyr_load_chart_set_today         (HyrLoadChart     *self,
                                                    GDateTime        *today);
char             *hyr_load_chart_describe          (HyrLoadChart     *self);

G_END_DECLS
