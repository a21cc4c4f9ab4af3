/* hyr-muscle-bars.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_MUSCLE_BARS (hyr_muscle_bars_get_type ())

G_DECLARE_FINAL_TYPE (HyrMuscleBars, hyr_muscle_bars, HYR, MUSCLE_BARS, GtkGrid)

GtkWidget   *hyr_muscle_bars_new           (void);
void         hyr_muscle_bars_set_plan      (HyrMuscleBars *self,
                                            HyrWeekPlan   *plan,
                                            gboolean       show_done);

G_END_DECLS
