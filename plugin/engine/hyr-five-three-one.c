/* hyr-five-three-one.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-five-three-one"

#include "config.h"

#include <math.h>

#include "hyr.h"

/* Wendler's 5/3/1, as DOMAIN.md states it: a four-week wave of three sets at
 * a percentage of the training max (TM), the last one "+" (as many reps as
 * possible) in weeks 1 to 3, and a deload in week 4. */

typedef struct
{
  double   percent;
  guint    reps;
  gboolean amrap;
} WaveSet;

static const WaveSet wave[4][3] = {
  { { 65, 5, FALSE }, { 75, 5, FALSE }, { 85, 5, TRUE } },
  { { 70, 3, FALSE }, { 80, 3, FALSE }, { 90, 3, TRUE } },
  { { 75, 5, FALSE }, { 85, 3, FALSE }, { 95, 1, TRUE } },
  { { 40, 5, FALSE }, { 50, 5, FALSE }, { 60, 5, FALSE } },
};

#define BBB_SETS 5
#define BBB_REPS 10

/**
 * hyr_five_three_one_round:
 * @weight: a load in kg
 * @plate_increment: the smallest step the user's plates allow, in kg
 *
 * Rounds @weight to the nearest multiple of @plate_increment, halves
 * upwards, so that a prescribed load is one the user can put on the bar.
 *
 * Returns: the rounded load in kg
 */
double
hyr_five_three_one_round (double weight,
                          double plate_increment)
{
  g_return_val_if_fail (plate_increment > 0, weight);

  if (!(weight > 0))
    return 0;

  /* The small epsilon keeps a product such as 0.85 × 110 = 93.49999… from
   * rounding the wrong way when the exact value is a half step. */
  return floor (weight / plate_increment + 0.5 + 1e-9) * plate_increment;
}

/* The plates sold in each unit, smallest step first: fractional plates
 * come in 0.25, 0.5, 1 and 1.25 (kg or lb); a bar's smallest step is two
 * of them. */
static const double kg_steps[] = { 0.25, 0.5, 1, 1.25, 2.5, 5, 10, 20, 25 };
static const double lb_steps[] = { 0.25, 0.5, 1, 1.25, 2.5, 5, 10, 20, 25, 45, 55 };

/* Whether @value is a number with at most two decimals, as people type
 * them; 2.5 kg is 5.51156… lb and 5 lb is 2.26796… kg, neither is. */
static gboolean
typed_in_unit (double value)
{
  return fabs (value * 100 - round (value * 100)) < 1e-6;
}

/**
 * hyr_five_three_one_plate_in_unit:
 * @plate_increment: the smallest load step in kg, as the profile keeps it
 * @mass_unit: (nullable): "kg" or "lb", the unit the user lifts in; %NULL
 *   for kg
 *
 * The smallest load step the user's plates allow, in their unit: a step
 * entered in that unit (5 lb is kept as 2.26796 kg) stays as it is; a step
 * from the other unit, such as the 2.5 kg default for someone who lifts in
 * pounds, becomes the nearest plate step of this one (5 lb). Rounding the
 * 5/3/1 loads to the result makes every load a whole number of plate
 * steps in the unit shown: 165 lb, not 165.3 lb.
 *
 * Returns: the step in kg
 */
double
hyr_five_three_one_plate_in_unit (double      plate_increment,
                                  const char *mass_unit)
{
  gboolean pounds = g_strcmp0 (mass_unit, "lb") == 0;
  const double *steps = pounds ? lb_steps : kg_steps;
  guint n_steps = pounds ? G_N_ELEMENTS (lb_steps) : G_N_ELEMENTS (kg_steps);
  double value;
  double best;

  g_return_val_if_fail (plate_increment > 0, plate_increment);
  g_return_val_if_fail (mass_unit == NULL || pounds || g_strcmp0 (mass_unit, "kg") == 0,
                        plate_increment);

  value = hyr_units_mass_from_kg (plate_increment, mass_unit);
  if (typed_in_unit (value))
    return hyr_units_mass_to_kg (round (value * 100) / 100, mass_unit);

  best = steps[0];
  for (guint i = 1; i < n_steps; i++)
    {
      if (fabs (steps[i] - value) < fabs (best - value))
        best = steps[i];
    }

  return hyr_units_mass_to_kg (best, mass_unit);
}

/**
 * hyr_five_three_one_sets:
 * @training_max: the lift's training max in kg, 0 when unknown
 * @week: the week of the wave, 1 to 4 (4 is the deload)
 * @plate_increment: the smallest load step in kg
 *
 * The three main sets of a 5/3/1 week: 65/75/85 % × 5/5/5+ in week 1,
 * 70/80/90 % × 3/3/3+ in week 2, 75/85/95 % × 5/3/1+ in week 3 and
 * 40/50/60 % × 5 in the deload week, each rounded to @plate_increment.
 * With an unknown training max the sets carry their percentages and a
 * weight of 0.
 *
 * The array owns its sets, hence the container transfer: a binding that
 * took the sets as well would release them twice.
 *
 * Returns: (transfer container) (element-type HyrLiftSet): the three sets
 */
GPtrArray *
hyr_five_three_one_sets (double training_max,
                         guint  week,
                         double plate_increment)
{
  GPtrArray *sets;

  g_return_val_if_fail (week >= 1 && week <= 4, NULL);
  g_return_val_if_fail (training_max >= 0, NULL);
  g_return_val_if_fail (plate_increment > 0, NULL);

  sets = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (wave[0]); i++)
    {
      const WaveSet *ws = &wave[week - 1][i];
      double weight = hyr_five_three_one_round (training_max * ws->percent / 100.0,
                                                plate_increment);

      g_ptr_array_add (sets, hyr_lift_set_new (weight, ws->reps, ws->amrap, ws->percent));
    }

  return sets;
}

/**
 * hyr_five_three_one_required_reps:
 * @week: the week of the wave, 1 to 4
 *
 * Gets the repetitions the last, AMRAP set of a week of the 5/3/1 wave must
 * reach.
 *
 * Returns: the repetitions the AMRAP set of @week must reach (5, 3, 1), or
 *   0 for the deload week, which has none
 */
guint
hyr_five_three_one_required_reps (guint week)
{
  g_return_val_if_fail (week >= 1 && week <= 4, 0);

  return wave[week - 1][2].amrap ? wave[week - 1][2].reps : 0;
}

/**
 * hyr_five_three_one_progress:
 * @lift: one of the main lifts
 * @training_max: the training max of the cycle just finished, in kg
 * @amrap_reps: the repetitions done in the AMRAP set
 * @required_reps: the repetitions the AMRAP set prescribed
 *
 * The training max of the next cycle: +2.5 kg for the bench and overhead
 * press, +5 kg for the squat and deadlift when the AMRAP set reached its
 * prescribed reps; 90 % of @training_max when it missed. Not rounded: the
 * sets are.
 *
 * Returns: the next cycle's training max in kg
 */
double
hyr_five_three_one_progress (HyrLift lift,
                             double  training_max,
                             guint   amrap_reps,
                             guint   required_reps)
{
  g_return_val_if_fail (lift != HYR_LIFT_NONE, training_max);
  g_return_val_if_fail (lift <= HYR_LIFT_OVERHEAD_PRESS, training_max);
  g_return_val_if_fail (training_max >= 0, 0);

  if (amrap_reps < required_reps)
    return training_max * 0.9;

  switch (lift)
    {
    case HYR_LIFT_SQUAT:
    case HYR_LIFT_DEADLIFT:
      return training_max + 5.0;
    case HYR_LIFT_BENCH_PRESS:
    case HYR_LIFT_OVERHEAD_PRESS:
      return training_max + 2.5;
    case HYR_LIFT_NONE:
    default:
      g_assert_not_reached ();
    }
}

/**
 * hyr_five_three_one_bbb_percent:
 * @cycle: the 5/3/1 cycle, counted from 1
 * @novice: whether the lifter is new to Boring But Big
 *
 * The load of the "Boring But Big" assistance sets: 50 % of the training
 * max in the first cycle, 60 % later; 30 % then 40 % for a lifter new to it.
 *
 * Returns: the percentage of the training max
 */
double
hyr_five_three_one_bbb_percent (guint    cycle,
                                gboolean novice)
{
  g_return_val_if_fail (cycle >= 1, 0);

  if (novice)
    return cycle == 1 ? 30 : 40;

  return cycle == 1 ? 50 : 60;
}

/**
 * hyr_five_three_one_bbb_sets:
 * @training_max: the lift's training max in kg, 0 when unknown
 * @cycle: the 5/3/1 cycle, counted from 1
 * @novice: whether the lifter is new to Boring But Big
 * @plate_increment: the smallest load step in kg
 *
 * The hypertrophy assistance of the same lift, 5 × 10 at
 * hyr_five_three_one_bbb_percent().
 *
 * Returns: (transfer container) (element-type HyrLiftSet): five sets of
 *   ten, in an array that owns them
 */
GPtrArray *
hyr_five_three_one_bbb_sets (double   training_max,
                             guint    cycle,
                             gboolean novice,
                             double   plate_increment)
{
  GPtrArray *sets;
  double percent;
  double weight;

  g_return_val_if_fail (training_max >= 0, NULL);
  g_return_val_if_fail (cycle >= 1, NULL);
  g_return_val_if_fail (plate_increment > 0, NULL);

  percent = hyr_five_three_one_bbb_percent (cycle, novice);
  weight = hyr_five_three_one_round (training_max * percent / 100.0, plate_increment);
  sets = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < BBB_SETS; i++)
    g_ptr_array_add (sets, hyr_lift_set_new (weight, BBB_REPS, FALSE, percent));

  return sets;
}

/**
 * hyr_five_three_one_estimate_one_rep_max:
 * @weight: the load lifted, in kg
 * @reps: the repetitions done with it
 *
 * Wendler's estimate of the one-repetition maximum, w × reps × 0.0333 + w.
 *
 * Returns: the estimated 1RM in kg, 0 for no reps
 */
double
hyr_five_three_one_estimate_one_rep_max (double weight,
                                         guint  reps)
{
  g_return_val_if_fail (weight >= 0, 0);

  if (reps == 0)
    return 0;

  return weight * reps * 0.0333 + weight;
}

/**
 * hyr_five_three_one_training_max_from_one_rep_max:
 * @one_rep_max: a tested or estimated 1RM in kg
 *
 * Works out the 5/3/1 training max from a one-repetition maximum.
 *
 * Returns: the training max, 90 % of @one_rep_max
 */
double
hyr_five_three_one_training_max_from_one_rep_max (double one_rep_max)
{
  g_return_val_if_fail (one_rep_max >= 0, 0);

  return one_rep_max * 0.9;
}
