/* hyr-load-view.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_LOAD_VIEW (hyr_load_view_get_type ())

G_DECLARE_FINAL_TYPE (HyrLoadView, hyr_load_view, HYR, LOAD_VIEW, GtkGrid)

GtkWidget *hyr_load_view_new               (void);
void       hyr_load_view_set_diary         (HyrLoadView   *self,
                                            HyrLiftDiary  *diary);
GDateTime *hyr_load_view_get_today         (HyrLoadView   *self);
void       hyr_load_view_set_today         (HyrLoadView   *self,
                                            GDateTime     *today);
void       hyr_load_view_set_week_start    (HyrLoadView   *self,
                                            GDateWeekday   week_start);
void       hyr_load_view_set_distance_unit (HyrLoadView   *self,
                                            const char    *unit);
void       hyr_load_view_set_mass_unit     (HyrLoadView   *self,
                                            const char    *unit);
void       hyr_load_view_set_series        (HyrLoadView   *self,
                                            HyrLoadSeries *series,
                                            GDateTime     *first_week,
                                            guint          n_weeks);

G_END_DECLS
