/* hyr-week-plan.h
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

#include "hyr-logged-set.h"
#include "hyr-session.h"
#include "hyr-types.h"

G_BEGIN_DECLS

/**
 * HYR_WEEK_PLAN_JSON_VERSION:
 *
 * The version of the document hyr_week_plan_to_json() writes. It grows
 * when a member changes meaning; new members may appear without it.
 * Version 2 writes a set's unknown "weight" as null instead of 0.
 */
#define HYR_WEEK_PLAN_JSON_VERSION 2

#define HYR_TYPE_WEEK_PLAN (hyr_week_plan_get_type ())

G_DECLARE_FINAL_TYPE (HyrWeekPlan, hyr_week_plan, HYR, WEEK_PLAN, GObject)

GDateTime          *hyr_week_plan_get_week_start      (HyrWeekPlan *self);
HyrPlanPhase        hyr_week_plan_get_phase           (HyrWeekPlan *self);
gboolean            hyr_week_plan_get_recovery_week   (HyrWeekPlan *self);
guint               hyr_week_plan_get_wave_week       (HyrWeekPlan *self);
const char         *hyr_week_plan_get_summary         (HyrWeekPlan *self);
double              hyr_week_plan_get_run_distance    (HyrWeekPlan *self);
double              hyr_week_plan_get_easy_fraction   (HyrWeekPlan *self);
GPtrArray          *hyr_week_plan_get_sessions        (HyrWeekPlan *self);
GPtrArray          *hyr_week_plan_get_extra_activities (HyrWeekPlan *self);
double              hyr_week_plan_get_done_distance   (HyrWeekPlan *self);
guint               hyr_week_plan_get_sessions_done   (HyrWeekPlan *self);
double              hyr_week_plan_get_muscle_sets_done (HyrWeekPlan *self,
                                                        const char  *muscle);
GPtrArray          *hyr_week_plan_get_logged_sets     (HyrWeekPlan *self);
const char * const *hyr_week_plan_get_warnings        (HyrWeekPlan *self);
const char * const *hyr_week_plan_get_notes           (HyrWeekPlan *self);
GVariant           *hyr_week_plan_get_sets_per_muscle (HyrWeekPlan *self);
double              hyr_week_plan_get_muscle_sets     (HyrWeekPlan *self,
                                                       const char  *muscle);

/**
 * hyr_week_plan_to_json:
 * @self: a #HyrWeekPlan
 *
 * Writes the plan as a JSON document, in SI units (metres, seconds, kg).
 * Enum values are the nicks of their GTypes (#HyrPlanPhase,
 * #HyrSessionKind, #HyrRunKind, #HyrLiftFocus, #HyrLift), dates are ISO
 * 8601: "week-start" a calendar date, "day" a time with its offset.
 *
 * |[
 * {
 *   "version": 2,
 *   "week-start": "2026-03-02",
 *   "phase": "hypertrophy",            // or base, build, peak, taper, post-race
 *   "recovery-week": false,
 *   "wave-week": 2,                    // 5/3/1 week, 1 to 4 (4 = deload)
 *   "summary": "…",
 *   "run-distance": 24200.0,           // m
 *   "easy-fraction": 0.83,             // share of running time
 *   "warnings": [ "…" ],
 *   "notes": [ "…" ],                  // what is so on purpose, said as information
 *   "sets-per-muscle": { "quadriceps": 10.5, "chest": 12.0, … },
 *   "sessions": [
 *     { "day": "2026-03-03T07:00:00+01", "kind": "run", "title": "…",
 *       "duration": 2700.0,            // s
 *       "run-kind": "interval", "distance": 7000.0, "shoe-id": "gear-2",  // or null
 *       "reason": "…", "exercises": [] },
 *     { "day": "2026-03-04T18:00:00+01", "kind": "lift", "title": "…",
 *       "duration": 3600.0, "lift-focus": "lower", "heavy-legs": true,
 *       "reason": "…",
 *       "exercises": [
 *         { "name": "Squat", "lift": "squat",    // "none" for assistance work
 *           "muscles": [ "quadriceps", "glutes" ], "secondary-muscles": [ "hamstrings" ],
 *           "sets": [ { "weight": 80.0, "reps": 3, "amrap": false, "percent": 70.0 }, … ] },
 *         { "name": "Romanian deadlift", "lift": "none", …,
 *           "sets": [ { "weight": null, "reps": 8, "reps-max": 12, "rir": 2.0,
 *                       "amrap": false, "percent": 0.0 }, … ] }
 *       ] }
 *   ]
 * }
 * ]|
 *
 * A set's "weight" is null when no load is known yet (a training max not
 * entered, assistance work whose load the lifter finds in the session,
 * body-weight work). "reps-max" is there for a rep range (8–12: "reps" 8,
 * "reps-max" 12) and "rir" for a target of reps in reserve, the middle of
 * a band one rep either side.
 *
 * Run sessions carry "run-kind", "distance" and "shoe-id"; strength
 * sessions carry "lift-focus" and "heavy-legs"; both carry "exercises"
 * (empty for runs).
 *
 * Returns: (transfer full): the JSON text, pretty-printed
 */
char               *hyr_week_plan_to_json             (HyrWeekPlan *self);

G_END_DECLS
