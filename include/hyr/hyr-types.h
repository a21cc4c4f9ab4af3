/* hyr-types.h
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

/**
 * HyrModality:
 * @HYR_MODALITY_OTHER: anything that is neither running nor lifting (cycling,
 *   walking, swimming…); it counts for shoe wear when it carries a pair
 * @HYR_MODALITY_RUNNING: a run, on road, trail or treadmill
 * @HYR_MODALITY_STRENGTH: a strength (gym, weight lifting) session
 *
 * What kind of training a host's sport name stands for.
 */
typedef enum
{
  HYR_MODALITY_OTHER,
  HYR_MODALITY_RUNNING,
  HYR_MODALITY_STRENGTH,
} HyrModality;

/**
 * HyrRunKind:
 * @HYR_RUN_KIND_RECOVERY: a short, very easy run the day after hard work
 * @HYR_RUN_KIND_EASY: a conversational, steady run
 * @HYR_RUN_KIND_LONG: the week's long run
 * @HYR_RUN_KIND_TEMPO: a sustained, comfortably hard run
 * @HYR_RUN_KIND_INTERVAL: repeated fast efforts with recoveries
 * @HYR_RUN_KIND_HILL: hill repeats or a hilly run
 * @HYR_RUN_KIND_RACE: a race
 *
 * The purpose of a run.
 */
typedef enum
{
  HYR_RUN_KIND_RECOVERY,
  HYR_RUN_KIND_EASY,
  HYR_RUN_KIND_LONG,
  HYR_RUN_KIND_TEMPO,
  HYR_RUN_KIND_INTERVAL,
  HYR_RUN_KIND_HILL,
  HYR_RUN_KIND_RACE,
} HyrRunKind;

/**
 * HyrShoeKind:
 * @HYR_SHOE_KIND_CUSHIONED: a cushioned daily trainer
 * @HYR_SHOE_KIND_MINIMALIST: a minimalist or low-drop shoe
 * @HYR_SHOE_KIND_RACING: a racing flat or racing shoe
 * @HYR_SHOE_KIND_TRAIL: a trail shoe
 * @HYR_SHOE_KIND_OTHER: anything else
 *
 * What kind of running shoe a pair is.
 */
typedef enum
{
  HYR_SHOE_KIND_CUSHIONED,
  HYR_SHOE_KIND_MINIMALIST,
  HYR_SHOE_KIND_RACING,
  HYR_SHOE_KIND_TRAIL,
  HYR_SHOE_KIND_OTHER,
} HyrShoeKind;

/**
 * HyrShoeWarning:
 * @HYR_SHOE_WARNING_NONE: the pair is below 80 % of its retire distance
 * @HYR_SHOE_WARNING_WORN: the pair is at 80 % or more: time to plan a
 *   replacement
 * @HYR_SHOE_WARNING_RETIRE: the pair is at 100 % or more of its retire
 *   distance
 *
 * How close a pair is to its retire distance.
 */
typedef enum
{
  HYR_SHOE_WARNING_NONE,
  HYR_SHOE_WARNING_WORN,
  HYR_SHOE_WARNING_RETIRE,
} HyrShoeWarning;

/**
 * HyrLift:
 * @HYR_LIFT_NONE: not one of the main lifts (assistance work)
 * @HYR_LIFT_SQUAT: back squat
 * @HYR_LIFT_DEADLIFT: deadlift
 * @HYR_LIFT_BENCH_PRESS: bench press
 * @HYR_LIFT_OVERHEAD_PRESS: standing overhead press
 *
 * The four 5/3/1 main lifts.
 */
typedef enum
{
  HYR_LIFT_NONE,
  HYR_LIFT_SQUAT,
  HYR_LIFT_DEADLIFT,
  HYR_LIFT_BENCH_PRESS,
  HYR_LIFT_OVERHEAD_PRESS,
} HyrLift;

/**
 * HyrGoal:
 * @HYR_GOAL_HYPERTROPHY: grow muscle while keeping endurance
 * @HYR_GOAL_MARATHON: build toward a marathon on a race date
 * @HYR_GOAL_FIVE_K: build toward a 5 km race on a race date
 * @HYR_GOAL_TEN_K: build toward a 10 km race on a race date
 * @HYR_GOAL_HALF_MARATHON: build toward a half marathon on a race date
 *
 * What the plan works toward.
 */
typedef enum
{
  HYR_GOAL_HYPERTROPHY,
  HYR_GOAL_MARATHON,
  HYR_GOAL_FIVE_K,
  HYR_GOAL_TEN_K,
  HYR_GOAL_HALF_MARATHON,
} HyrGoal;

/**
 * HyrSessionKind:
 * @HYR_SESSION_KIND_RUN: a run
 * @HYR_SESSION_KIND_LIFT: a strength session
 *
 * The kind of a planned session.
 */
typedef enum
{
  HYR_SESSION_KIND_RUN,
  HYR_SESSION_KIND_LIFT,
} HyrSessionKind;

/**
 * HyrLiftFocus:
 * @HYR_LIFT_FOCUS_NONE: not a strength session
 * @HYR_LIFT_FOCUS_UPPER: upper body
 * @HYR_LIFT_FOCUS_LOWER: lower body
 * @HYR_LIFT_FOCUS_FULL: full body
 *
 * The focus of a strength session.
 */
typedef enum
{
  HYR_LIFT_FOCUS_NONE,
  HYR_LIFT_FOCUS_UPPER,
  HYR_LIFT_FOCUS_LOWER,
  HYR_LIFT_FOCUS_FULL,
} HyrLiftFocus;

/**
 * HyrPlanPhase:
 * @HYR_PLAN_PHASE_HYPERTROPHY: the hypertrophy goal's repeating four-week
 *   block
 * @HYR_PLAN_PHASE_BASE: marathon goal, more than 16 weeks before the race
 * @HYR_PLAN_PHASE_BUILD: marathon goal, the build toward the peak
 * @HYR_PLAN_PHASE_PEAK: marathon goal, the longest long runs, two to four
 *   weeks before the race
 * @HYR_PLAN_PHASE_TAPER: marathon goal, the last two weeks, race week
 *   included
 * @HYR_PLAN_PHASE_POST_RACE: marathon goal, the two weeks after the race
 *
 * Where a planned week stands in the training block.
 */
typedef enum
{
  HYR_PLAN_PHASE_HYPERTROPHY,
  HYR_PLAN_PHASE_BASE,
  HYR_PLAN_PHASE_BUILD,
  HYR_PLAN_PHASE_PEAK,
  HYR_PLAN_PHASE_TAPER,
  HYR_PLAN_PHASE_POST_RACE,
} HyrPlanPhase;

/**
 * HyrProteinGoal:
 * @HYR_PROTEIN_GOAL_MAINTAIN: keep muscle (1.2 g/kg)
 * @HYR_PROTEIN_GOAL_BUILD: build muscle (1.6 g/kg, the default)
 * @HYR_PROTEIN_GOAL_BUILD_MAX: build muscle, upper end (2.2 g/kg)
 * @HYR_PROTEIN_GOAL_CUT: keep muscle in an energy deficit (2.4 g/kg)
 *
 * What the protein target is for.
 */
typedef enum
{
  HYR_PROTEIN_GOAL_MAINTAIN,
  HYR_PROTEIN_GOAL_BUILD,
  HYR_PROTEIN_GOAL_BUILD_MAX,
  HYR_PROTEIN_GOAL_CUT,
} HyrProteinGoal;

/**
 * HyrMassUnit:
 * @HYR_MASS_UNIT_KG: kilograms
 * @HYR_MASS_UNIT_LB: pounds (0.45359237 kg)
 *
 * The unit body mass and weights are shown in. The values match the
 * `mass-unit` key of the io.github.HypertrophyRunning GSettings schema, so
 * g_settings_get_enum() returns a #HyrMassUnit.
 */
typedef enum
{
  HYR_MASS_UNIT_KG,
  HYR_MASS_UNIT_LB,
} HyrMassUnit;

/**
 * HyrBodyMassSource:
 * @HYR_BODY_MASS_SOURCE_NONE: no body mass is known
 * @HYR_BODY_MASS_SOURCE_HOST: the host's weight records
 * @HYR_BODY_MASS_SOURCE_PROFILE: the value the user entered in the plugin
 *
 * Where a body mass came from.
 */
typedef enum
{
  HYR_BODY_MASS_SOURCE_NONE,
  HYR_BODY_MASS_SOURCE_HOST,
  HYR_BODY_MASS_SOURCE_PROFILE,
} HyrBodyMassSource;

/**
 * HyrRaceReadiness:
 * @HYR_RACE_READINESS_NO_RACE: the goal has no race ahead
 * @HYR_RACE_READINESS_ON_TRACK: the weeks left cover the build, the
 *   recovery weeks and the taper
 * @HYR_RACE_READINESS_AT_RISK: the weeks left cover at least three
 *   quarters of them, or the weekly base is low: something has to give
 * @HYR_RACE_READINESS_UNREALISTIC: too few weeks left to build up safely
 *
 * Whether the race in the profile can be prepared for in the weeks left,
 * as hyr_planner_assess_race() judges it.
 */
typedef enum
{
  HYR_RACE_READINESS_NO_RACE,
  HYR_RACE_READINESS_ON_TRACK,
  HYR_RACE_READINESS_AT_RISK,
  HYR_RACE_READINESS_UNREALISTIC,
} HyrRaceReadiness;

/**
 * HyrSessionStatus:
 * @HYR_SESSION_STATUS_PLANNED: still to do
 * @HYR_SESSION_STATUS_DONE: a recorded activity did it
 * @HYR_SESSION_STATUS_PARTIAL: a recorded activity did part of it
 * @HYR_SESSION_STATUS_MISSED: its day has passed without it
 * @HYR_SESSION_STATUS_SKIPPED: the runner chose to leave it out
 *
 * How a planned session stands against what was recorded.
 */
typedef enum
{
  HYR_SESSION_STATUS_PLANNED,
  HYR_SESSION_STATUS_DONE,
  HYR_SESSION_STATUS_PARTIAL,
  HYR_SESSION_STATUS_MISSED,
  HYR_SESSION_STATUS_SKIPPED,
} HyrSessionStatus;

/**
 * HyrStepKind:
 * @HYR_STEP_KIND_WARM_UP: easy running before the work
 * @HYR_STEP_KIND_WORK: the part of the run that has its purpose: the
 *   repeats, the tempo, the hills, or the whole of an easy, long or
 *   recovery run
 * @HYR_STEP_KIND_RECOVERY: a jog between repeats
 * @HYR_STEP_KIND_COOL_DOWN: easy running after the work
 *
 * The part a #HyrWorkoutStep plays in a run.
 */
typedef enum
{
  HYR_STEP_KIND_WARM_UP,
  HYR_STEP_KIND_WORK,
  HYR_STEP_KIND_RECOVERY,
  HYR_STEP_KIND_COOL_DOWN,
} HyrStepKind;

G_END_DECLS
