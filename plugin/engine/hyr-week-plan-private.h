/* hyr-week-plan-private.h — how the planner fills a week plan in; not
 * installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hyr.h"

G_BEGIN_DECLS

HyrWeekPlan *_hyr_week_plan_new           (GDateTime    *week_start,
                                           HyrPlanPhase  phase,
                                           gboolean      recovery_week,
                                           guint         wave_week);
void         _hyr_week_plan_add_session   (HyrWeekPlan  *self,
                                           HyrSession   *session);
void         _hyr_week_plan_add_warning   (HyrWeekPlan  *self,
                                           const char   *format,
                                           ...) G_GNUC_PRINTF (2, 3);
void         _hyr_week_plan_add_note      (HyrWeekPlan  *self,
                                           const char   *format,
                                           ...) G_GNUC_PRINTF (2, 3);
void         _hyr_week_plan_add_summary   (HyrWeekPlan  *self,
                                           const char   *format,
                                           ...) G_GNUC_PRINTF (2, 3);
void         _hyr_week_plan_set_totals    (HyrWeekPlan  *self,
                                           double        run_distance,
                                           double        easy_fraction,
                                           GVariant     *sets_per_muscle);
void         _hyr_week_plan_count_totals  (HyrWeekPlan  *self,
                                           GVariant     *sets_per_muscle);
JsonNode    *_hyr_week_plan_to_node       (HyrWeekPlan  *self);
void         _hyr_week_plan_set_done_sets (HyrWeekPlan  *self,
                                           GVariant     *sets_done,
                                           GPtrArray    *logged_sets);
void         _hyr_week_plan_set_done      (HyrWeekPlan  *self,
                                           double        done_distance,
                                           guint         sessions_done,
                                           GPtrArray    *extra_activities);

G_END_DECLS
