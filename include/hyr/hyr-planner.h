/* hyr-planner.h
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
#include "hyr-profile.h"
#include "hyr-state.h"
#include "hyr-week-plan.h"

G_BEGIN_DECLS

#define HYR_PLANNER_ERROR (hyr_planner_error_quark ())

/**
 * HyrPlannerError:
 * @HYR_PLANNER_ERROR_INVALID_RANGE: the range of weeks asked for is empty
 *   or too long (a plan covers 1 to 104 weeks and starts at most 520 weeks
 *   from today)
 * @HYR_PLANNER_ERROR_INVALID_ARGUMENT: an argument the planner cannot use
 *   (a session it did not plan, a day outside the session's week)
 * @HYR_PLANNER_ERROR_NO_RACE_DATE: the goal is a race but the profile has
 *   no race date
 * @HYR_PLANNER_ERROR_EXPORT: deprecated, kept so that code naming it still
 *   builds: nothing returns it any more. An export that cannot be written
 *   fails with %HYR_PLAN_EXPORT_ERROR_FAILED instead
 *
 * Errors of the planner.
 *
 * Version 0.1.0 also reported the errors of the training-load computation
 * and of the exports here; they now have domains of their own,
 * %HYR_TRAINING_LOAD_ERROR and %HYR_PLAN_EXPORT_ERROR, whose descriptions
 * say which code replaces which. A host that checked for
 * %HYR_PLANNER_ERROR_EXPORT, or for %HYR_PLANNER_ERROR_INVALID_RANGE or
 * %HYR_PLANNER_ERROR_INVALID_ARGUMENT from hyr_training_load_compute() or
 * an export, no longer matches them and should check those domains.
 */
typedef enum
{
  HYR_PLANNER_ERROR_INVALID_RANGE,
  HYR_PLANNER_ERROR_INVALID_ARGUMENT,
  HYR_PLANNER_ERROR_NO_RACE_DATE,
  HYR_PLANNER_ERROR_EXPORT,
} HyrPlannerError;

#define HYR_TYPE_PLANNER (hyr_planner_get_type ())

G_DECLARE_FINAL_TYPE (HyrPlanner, hyr_planner, HYR, PLANNER, GObject)

GQuark            hyr_planner_error_quark       (void);
HyrPlanner       *hyr_planner_new               (HyrActivityStore  *store,
                                                 HyrState          *state);
HyrActivityStore *hyr_planner_get_store         (HyrPlanner        *self);
HyrState         *hyr_planner_get_state         (HyrPlanner        *self);
HyrProfile       *hyr_planner_get_profile       (HyrPlanner        *self);
GDateTime        *hyr_planner_get_today         (HyrPlanner        *self);
void              hyr_planner_set_today         (HyrPlanner        *self,
                                                 GDateTime         *today);
const char       *hyr_planner_get_distance_unit (HyrPlanner        *self);
void              hyr_planner_set_distance_unit (HyrPlanner        *self,
                                                 const char        *unit);
const char       *hyr_planner_get_mass_unit     (HyrPlanner        *self);
void              hyr_planner_set_mass_unit     (HyrPlanner        *self,
                                                 const char        *unit);
HyrWeekPlan      *hyr_planner_plan_week         (HyrPlanner        *self,
                                                 GDateTime         *week_start,
                                                 GError           **error);
GPtrArray        *hyr_planner_plan_range        (HyrPlanner        *self,
                                                 GDateTime         *first_week_start,
                                                 guint              n_weeks,
                                                 GError           **error);
gboolean          hyr_planner_accept_week       (HyrPlanner        *self,
                                                 HyrWeekPlan       *plan,
                                                 GError           **error);
HyrWeekPlan      *hyr_planner_get_accepted_week (HyrPlanner        *self,
                                                 GDateTime         *week_start);
double            hyr_planner_get_vdot          (HyrPlanner        *self);
HyrRaceReadiness  hyr_planner_assess_race       (HyrPlanner        *self,
                                                 char             **reason);
gboolean          hyr_planner_move_session      (HyrPlanner        *planner,
                                                 HyrSession        *session,
                                                 GDateTime         *day,
                                                 GError           **error);
gboolean          hyr_planner_skip_session      (HyrPlanner        *planner,
                                                 HyrSession        *session,
                                                 GError           **error);
gboolean          hyr_planner_restore_session   (HyrPlanner        *planner,
                                                 HyrSession        *session,
                                                 GError           **error);

G_END_DECLS
