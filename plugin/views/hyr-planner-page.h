/* hyr-planner-page.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_PLANNER_PAGE (hyr_planner_page_get_type ())

G_DECLARE_FINAL_TYPE (HyrPlannerPage, hyr_planner_page, HYR, PLANNER_PAGE, GtkBin)

GtkWidget   *hyr_planner_page_new            (HyrPlanner     *planner,
                                              GSettings      *settings);
HyrPlanner  *hyr_planner_page_get_planner    (HyrPlannerPage *self);
GSettings   *hyr_planner_page_get_settings   (HyrPlannerPage *self);
GDateTime   *hyr_planner_page_get_week_start (HyrPlannerPage *self);
void         hyr_planner_page_show_week      (HyrPlannerPage *self,
                                              GDateTime      *day);

G_END_DECLS
