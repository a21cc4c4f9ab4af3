/* test-five-three-one.c — 5/3/1 tables, rounding, progression, Boring But Big
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr.h"

typedef struct
{
  double   weight;
  guint    reps;
  gboolean amrap;
  double   percent;
} Expected;

static void
assert_sets (GPtrArray      *sets,
             const Expected *expected,
             guint           n)
{
  g_assert_nonnull (sets);
  g_assert_cmpuint (sets->len, ==, n);

  for (guint i = 0; i < n; i++)
    {
      HyrLiftSet *set = g_ptr_array_index (sets, i);

      g_assert_cmpfloat_with_epsilon (hyr_lift_set_get_weight (set), expected[i].weight, 1e-9);
      g_assert_cmpuint (hyr_lift_set_get_reps (set), ==, expected[i].reps);
      g_assert_cmpint (hyr_lift_set_get_amrap (set), ==, expected[i].amrap);
      g_assert_cmpfloat_with_epsilon (hyr_lift_set_get_percent (set), expected[i].percent, 1e-9);
    }
}

/* Training max 100 kg: each percentage is a whole multiple of 2.5 kg, so
 * the table is DOMAIN.md's table with "%" read as "kg". */
static void
test_wave_table (void)
{
  static const Expected weeks[4][3] = {
    { { 65, 5, FALSE, 65 }, { 75, 5, FALSE, 75 }, { 85, 5, TRUE, 85 } },
    { { 70, 3, FALSE, 70 }, { 80, 3, FALSE, 80 }, { 90, 3, TRUE, 90 } },
    { { 75, 5, FALSE, 75 }, { 85, 3, FALSE, 85 }, { 95, 1, TRUE, 95 } },
    { { 40, 5, FALSE, 40 }, { 50, 5, FALSE, 50 }, { 60, 5, FALSE, 60 } },
  };

  for (guint week = 1; week <= 4; week++)
    {
      g_autoptr(GPtrArray) sets = hyr_five_three_one_sets (100, week, 2.5);

      assert_sets (sets, weeks[week - 1], 3);
    }
}

/* Training max 137.5 kg, plates in 2.5 kg steps:
 *   week 1: 0.65 × 137.5 =  89.375 → 35.75 steps → 36 → 90
 *           0.75 × 137.5 = 103.125 → 41.25 steps → 41 → 102.5
 *           0.85 × 137.5 = 116.875 → 46.75 steps → 47 → 117.5
 *   week 3: 0.95 × 137.5 = 130.625 → 52.25 steps → 52 → 130
 * With 5 lb plates (2.26796 kg), 0.65 × 100 = 65 → 28.66 steps → 29 →
 * 65.771 kg. */
static void
test_rounding (void)
{
  static const Expected week1[] = {
    { 90, 5, FALSE, 65 }, { 102.5, 5, FALSE, 75 }, { 117.5, 5, TRUE, 85 },
  };
  g_autoptr(GPtrArray) sets = hyr_five_three_one_sets (137.5, 1, 2.5);
  g_autoptr(GPtrArray) week3 = hyr_five_three_one_sets (137.5, 3, 2.5);
  g_autoptr(GPtrArray) pounds = hyr_five_three_one_sets (100, 1, 2.26796);

  assert_sets (sets, week1, 3);
  g_assert_cmpfloat_with_epsilon (hyr_lift_set_get_weight (g_ptr_array_index (week3, 2)), 130, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_lift_set_get_weight (g_ptr_array_index (pounds, 0)),
                                  29 * 2.26796, 1e-9);

  /* Half a step rounds up: 2.5 × 10.5 = 26.25 → 27.5 with 2.5 kg steps. */
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_round (26.25, 2.5), 27.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_round (26.2, 2.5), 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_round (0, 2.5), 0, 1e-9);
}

/* Plate steps in the user's unit. 2.5 kg is 5.51 lb: in pounds the
 * nearest plate step, 5 lb = 2.26796 kg. 5 lb typed in pounds is kept
 * (2.26796 kg is 5.00000 lb), and so is 2.5 lb. In kg, the 5 lb step is
 * 2.268 kg, whose nearest kg step is 2.5 kg, and 2.5 lb (1.134 kg) becomes
 * 1.25 kg; 1 kg is 2.2 lb → 2.5 lb. */
static void
test_plate_in_unit (void)
{
  const double kg_per_lb = 0.45359237;

  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (2.5, "lb"), 5 * kg_per_lb, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (5 * kg_per_lb, "lb"), 5 * kg_per_lb, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (2.26796, "lb"), 5 * kg_per_lb, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (2.5 * kg_per_lb, "lb"), 2.5 * kg_per_lb, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (1, "lb"), 2.5 * kg_per_lb, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (5, "lb"), 10 * kg_per_lb, 1e-9);

  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (2.5, "kg"), 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (1.25, NULL), 1.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (2.26796, "kg"), 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_plate_in_unit (1.13398, "kg"), 1.25, 1e-9);
}

/* Training max 100 kg (220.46 lb) with 5 lb plates, written in pounds:
 *   65 % = 143.30 lb → 28.66 steps → 29 → 145 lb
 *   75 % = 165.35 lb → 33.07 steps → 33 → 165 lb
 *   85 % = 187.39 lb → 37.48 steps → 37 → 185 lb
 * never the 165.3 lb of 2.5 kg steps shown in pounds. */
static void
test_pounds_written (void)
{
  double step = hyr_five_three_one_plate_in_unit (2.5, "lb");
  g_autoptr(GPtrArray) sets = hyr_five_three_one_sets (100, 1, step);
  g_autoptr(GPtrArray) bbb = hyr_five_three_one_bbb_sets (100, 1, FALSE, step);
  g_autofree char *text = hyr_lift_set_format_sets (sets, "lb", ", ");
  g_autofree char *bbb_text = hyr_lift_set_format_sets (bbb, "lb", ", ");

  g_assert_cmpstr (text, ==, "5 @ 145 lb, 5 @ 165 lb, 5+ @ 185 lb");
  /* 50 % = 110.23 lb → 22.05 steps → 110 lb. */
  g_assert_cmpstr (bbb_text, ==, "5 × 10 @ 110 lb");
}

static void
test_unknown_training_max (void)
{
  static const Expected week2[] = {
    { 0, 3, FALSE, 70 }, { 0, 3, FALSE, 80 }, { 0, 3, TRUE, 90 },
  };
  g_autoptr(GPtrArray) sets = hyr_five_three_one_sets (0, 2, 2.5);

  assert_sets (sets, week2, 3);
}

static void
test_required_reps (void)
{
  g_assert_cmpuint (hyr_five_three_one_required_reps (1), ==, 5);
  g_assert_cmpuint (hyr_five_three_one_required_reps (2), ==, 3);
  g_assert_cmpuint (hyr_five_three_one_required_reps (3), ==, 1);
  g_assert_cmpuint (hyr_five_three_one_required_reps (4), ==, 0);
}

static void
test_progress (void)
{
  /* Made: +5 kg for squat and deadlift, +2.5 kg for the presses. */
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_progress (HYR_LIFT_SQUAT, 100, 8, 5), 105, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_progress (HYR_LIFT_DEADLIFT, 140, 1, 1), 145, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_progress (HYR_LIFT_BENCH_PRESS, 80, 3, 3), 82.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_progress (HYR_LIFT_OVERHEAD_PRESS, 50, 6, 5), 52.5, 1e-9);

  /* Missed: 90 % of the training max, 100 → 90, 62.5 → 56.25. */
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_progress (HYR_LIFT_SQUAT, 100, 4, 5), 90, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_progress (HYR_LIFT_OVERHEAD_PRESS, 62.5, 0, 1), 56.25, 1e-9);
}

/* Boring But Big, 5 × 10: 50 % in the first cycle, 60 % later, 30 % and
 * 40 % for a newcomer. Training max 117 kg: 0.5 × 117 = 58.5 → 23.4 steps →
 * 57.5; 0.6 × 117 = 70.2 → 28.08 → 70; 0.3 × 117 = 35.1 → 14.04 → 35;
 * 0.4 × 117 = 46.8 → 18.72 → 47.5. */
static void
test_boring_but_big (void)
{
  struct { guint cycle; gboolean novice; double percent; double weight; } cases[] = {
    { 1, FALSE, 50, 57.5 }, { 2, FALSE, 60, 70 }, { 5, FALSE, 60, 70 },
    { 1, TRUE, 30, 35 }, { 3, TRUE, 40, 47.5 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GPtrArray) sets = hyr_five_three_one_bbb_sets (117, cases[c].cycle,
                                                               cases[c].novice, 2.5);

      g_assert_cmpfloat (hyr_five_three_one_bbb_percent (cases[c].cycle, cases[c].novice),
                         ==, cases[c].percent);
      g_assert_cmpuint (sets->len, ==, 5);
      for (guint i = 0; i < sets->len; i++)
        {
          HyrLiftSet *set = g_ptr_array_index (sets, i);

          g_assert_cmpuint (hyr_lift_set_get_reps (set), ==, 10);
          g_assert_false (hyr_lift_set_get_amrap (set));
          g_assert_cmpfloat_with_epsilon (hyr_lift_set_get_weight (set), cases[c].weight, 1e-9);
          g_assert_cmpfloat_with_epsilon (hyr_lift_set_get_percent (set), cases[c].percent, 1e-9);
        }
    }
}

/* 100 kg × 5: 100 × 5 × 0.0333 + 100 = 116.65; a 1RM of 200 kg gives a
 * training max of 180 kg. */
static void
test_one_rep_max (void)
{
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_estimate_one_rep_max (100, 5), 116.65, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_estimate_one_rep_max (60, 1), 61.998, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_estimate_one_rep_max (60, 0), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hyr_five_three_one_training_max_from_one_rep_max (200), 180, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/five-three-one/wave-table", test_wave_table);
  g_test_add_func ("/five-three-one/rounding", test_rounding);
  g_test_add_func ("/five-three-one/plate-in-unit", test_plate_in_unit);
  g_test_add_func ("/five-three-one/pounds-written", test_pounds_written);
  g_test_add_func ("/five-three-one/unknown-training-max", test_unknown_training_max);
  g_test_add_func ("/five-three-one/required-reps", test_required_reps);
  g_test_add_func ("/five-three-one/progress", test_progress);
  g_test_add_func ("/five-three-one/boring-but-big", test_boring_but_big);
  g_test_add_func ("/five-three-one/one-rep-max", test_one_rep_max);

  return g_test_run ();
}
