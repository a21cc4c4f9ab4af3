/* hyr-plan-export.h
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

G_BEGIN_DECLS

#define HYR_PLAN_EXPORT_ERROR (hyr_plan_export_error_quark ())

/**
 * HyrPlanExportError:
 * @HYR_PLAN_EXPORT_ERROR_NO_WEEKS: there are no weeks to export
 * @HYR_PLAN_EXPORT_ERROR_INVALID_ARGUMENT: something other than a week plan
 *   was given to export
 * @HYR_PLAN_EXPORT_ERROR_FAILED: the export could not be written (libical
 *   names the local time zone but has no definition of it)
 *
 * Errors of the exports of week plans.
 *
 * Version 0.1.0 reported them in %HYR_PLANNER_ERROR: no weeks and
 * something other than a week plan as %HYR_PLANNER_ERROR_INVALID_ARGUMENT,
 * a failed export as %HYR_PLANNER_ERROR_EXPORT, which nothing returns any
 * more.
 */
typedef enum /*< prefix=HYR_PLAN_EXPORT_ERROR >*/
{
  HYR_PLAN_EXPORT_ERROR_NO_WEEKS,
  HYR_PLAN_EXPORT_ERROR_INVALID_ARGUMENT,
  HYR_PLAN_EXPORT_ERROR_FAILED,
} HyrPlanExportError;

GQuark hyr_plan_export_error_quark    (void);
char  *hyr_plan_export_json           (GPtrArray   *plans,
                                       GError     **error);
char  *hyr_plan_export_icalendar      (GPtrArray   *plans,
                                       GError     **error);
char  *hyr_plan_export_icalendar_full (GPtrArray   *plans,
                                       const char  *distance_unit,
                                       const char  *mass_unit,
                                       GError     **error);

G_END_DECLS
