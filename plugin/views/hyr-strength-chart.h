/* hyr-strength-chart.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_STRENGTH_CHART (hyr_strength_chart_get_type ())

G_DECLARE_FINAL_TYPE (HyrStrengthChart, hyr_strength_chart, HYR, STRENGTH_CHART, GtkDrawingArea)

GtkWidget    *hyr_strength_chart_new            (void);
void          hyr_strength_chart_set_diary      (HyrStrengthChart *self,
                                                 HyrLiftDiary     *diary);
void          hyr_strength_chart_set_range      (HyrStrengthChart *self,
                                                 GDateTime        *first_week,
                                                 guint             n_weeks);
void          hyr_strength_chart_set_mass_unit  (HyrStrengthChart *self,
                                                 const char       *unit);
void          hyr_strength_chart_refresh        (HyrStrengthChart *self);
double        hyr_strength_chart_get_best       (HyrStrengthChart *self,
                                                 HyrLift           lift,
                                                 guint             week);
char         *hyr_strength_chart_describe       (HyrStrengthChart *self);

G_END_DECLS
