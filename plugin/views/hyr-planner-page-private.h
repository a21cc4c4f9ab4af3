/* hyr-planner-page-private.h — what the page's tests reach past the widgets
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr-planner-page.h"

G_BEGIN_DECLS

/* The file choosers cannot be driven in a test; these are what their
 * "Save" runs. */
gboolean     _hyr_planner_page_export_json      (HyrPlannerPage  *self,
                                                 GFile           *file,
                                                 GError         **error);
gboolean     _hyr_planner_page_export_icalendar (HyrPlannerPage  *self,
                                                 GFile           *file,
                                                 guint            n_weeks,
                                                 GError         **error);
gboolean     _hyr_planner_page_export           (HyrPlannerPage  *self,
                                                 GFile           *file,
                                                 guint            n_weeks,
                                                 GError         **error);
char        *_hyr_planner_page_get_export_folder (void);
HyrWeekPlan *_hyr_planner_page_get_plan         (HyrPlannerPage  *self);
GtkWidget   *_hyr_planner_page_get_editor       (HyrPlannerPage  *self);

G_END_DECLS
