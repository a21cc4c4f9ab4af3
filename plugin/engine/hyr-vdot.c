/* hyr-vdot.c — VDOT (Daniels & Gilbert): a runner's aerobic level from a
 * hard effort, and the paces that train it
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Daniels and Gilbert fitted two curves to the oxygen cost of running and to
 * the share of VO2max a runner can hold for a given time (Oxygen Power,
 * 1979). An effort's VDOT is the VO2max that explains it: its oxygen cost
 * divided by the share sustainable for its duration. A training pace is the
 * speed whose oxygen cost is a given share of that VDOT.
 */

#define G_LOG_DOMAIN "hyr-vdot"

#include "config.h"

#include <math.h>

#include "hyr.h"
#include "hyr-vdot-private.h"

/* Below 3 km the fitted share curve overestimates what a runner holds and
 * the effort says more about speed than about aerobic level (DOMAIN.md:
 * "from the best recent hard effort or race of 3 km or more"). */
#define MIN_EFFORT_DISTANCE 3000.0

/* VO2 = C0 + C1 v + C2 v², in ml/kg/min, v in m/min */
#define COST_C0 -4.60
#define COST_C1 0.182258
#define COST_C2 0.000104

static double
oxygen_cost (double metres_per_minute)
{
  return COST_C0 + COST_C1 * metres_per_minute + COST_C2 * metres_per_minute * metres_per_minute;
}

static double
sustainable_share (double minutes)
{
  return 0.8 + 0.1894393 * exp (-0.012778 * minutes) + 0.2989558 * exp (-0.1932605 * minutes);
}

/**
 * hyr_vdot_from_effort:
 * @distance_m: the distance of a hard effort or race, in metres
 * @duration_s: the time it took, in seconds
 *
 * Works out the VDOT of an all-out effort with Daniels and Gilbert's
 * formulas: the oxygen cost of the effort's average speed v (m/min),
 * −4.60 + 0.182258 v + 0.000104 v², divided by the share of VO2max a runner
 * holds for its t minutes, 0.8 + 0.1894393 e^(−0.012778 t) +
 * 0.2989558 e^(−0.1932605 t). 5 km in 20:00 gives about 49.8.
 *
 * The effort should be a race or a run at race effort; an easy run gives a
 * VDOT far below the runner's.
 *
 * Returns: the VDOT, or 0 when a number is not finite or not positive, the
 *   effort is shorter than 3 km, or so slow that its oxygen cost is not
 *   positive
 */
double
hyr_vdot_from_effort (double distance_m,
                      double duration_s)
{
  double minutes;
  double cost;

  if (!isfinite (distance_m) || !isfinite (duration_s) || duration_s <= 0)
    return 0;
  if (distance_m < MIN_EFFORT_DISTANCE)
    return 0;

  minutes = duration_s / 60.0;
  cost = oxygen_cost (distance_m / minutes);
  if (cost <= 0)
    return 0;

  return cost / sustainable_share (minutes);
}

/**
 * hyr_vdot_pace:
 * @vdot: a runner's VDOT, as hyr_vdot_from_effort() gives it
 * @share: the share of @vdot to run at, as 0.88 for 88 %
 *
 * Works out the pace whose oxygen cost is @share × @vdot: the positive root
 * v (m/min) of 0.000104 v² + 0.182258 v − 4.60 = @share × @vdot, as
 * 60000 ÷ v seconds per kilometre. Daniels's training paces are shares of
 * VDOT: easy 59–74 %, marathon 80–84 %, threshold 83–88 %, interval
 * 95–100 %.
 *
 * Returns: the pace in seconds per kilometre, or 0 when a number is not
 *   finite or not positive
 */
double
hyr_vdot_pace (double vdot,
               double share)
{
  double c;
  double v;

  if (!isfinite (vdot) || !isfinite (share) || vdot <= 0 || share <= 0)
    return 0;

  /* COST_C2 v² + COST_C1 v + c = 0 with c = COST_C0 − share × vdot < 0: the
   * product of the roots is negative, so one root is positive. */
  c = COST_C0 - share * vdot;
  v = (-COST_C1 + sqrt (COST_C1 * COST_C1 - 4 * COST_C2 * c)) / (2 * COST_C2);

  return 60000.0 / v;
}

/* The inverse of hyr_vdot_pace(): the VDOT whose @share is run at
 * @pace_s_per_km, or 0 for a pace so slow that its oxygen cost is not
 * positive (slower than about 40 min/km) or bad input. */
double
_hyr_vdot_for_pace (double pace_s_per_km,
                    double share)
{
  double cost;

  if (!isfinite (pace_s_per_km) || !isfinite (share) || pace_s_per_km <= 0 || share <= 0)
    return 0;

  cost = oxygen_cost (60000.0 / pace_s_per_km);

  return cost > 0 ? cost / share : 0;
}
