/* test-lift-set.c — a prescribed set: rep ranges, reps in reserve, and the
 * text the Planner tab and the calendar export write for a list of sets
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr.h"

#define KG_PER_LB 0.45359237

static GPtrArray *
repeat (HyrLiftSet *set,
        guint       n)
{
  GPtrArray *sets = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sets, g_object_ref (set));

  g_object_unref (set);
  return sets;
}

static void
assert_format (GPtrArray  *sets,
               const char *mass_unit,
               const char *separator,
               const char *expected)
{
  g_autofree char *text = hyr_lift_set_format_sets (sets, mass_unit, separator);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_range (void)
{
  g_autoptr(HyrLiftSet) set = hyr_lift_set_new_range (0, 8, 12, 2);
  g_autoptr(HyrLiftSet) loaded = hyr_lift_set_new_range (22.5, 10, 15, -3);
  guint reps_max = 0;
  double rir = 0;

  g_assert_cmpfloat (hyr_lift_set_get_weight (set), ==, 0);
  g_assert_cmpuint (hyr_lift_set_get_reps (set), ==, 8);
  g_assert_cmpuint (hyr_lift_set_get_reps_max (set), ==, 12);
  g_assert_cmpfloat (hyr_lift_set_get_rir (set), ==, 2);
  g_assert_false (hyr_lift_set_get_amrap (set));
  g_assert_cmpfloat (hyr_lift_set_get_percent (set), ==, 0);

  g_object_get (set, "reps-max", &reps_max, "rir", &rir, NULL);
  g_assert_cmpuint (reps_max, ==, 12);
  g_assert_cmpfloat (rir, ==, 2);

  /* Any negative number is "no reps in reserve prescribed", kept as −1. */
  g_assert_cmpfloat (hyr_lift_set_get_weight (loaded), ==, 22.5);
  g_assert_cmpfloat (hyr_lift_set_get_rir (loaded), ==, -1);
}

/* The sets of 5/3/1 have one rep count and no reps in reserve. */
static void
test_defaults (void)
{
  g_autoptr(HyrLiftSet) set = hyr_lift_set_new (85, 5, TRUE, 85);

  g_assert_cmpuint (hyr_lift_set_get_reps_max (set), ==, 0);
  g_assert_cmpfloat (hyr_lift_set_get_rir (set), ==, -1);
}

static void
test_invalid (void)
{
  g_autoptr(HyrLiftSet) set = NULL;

  /* A range whose top is under its bottom is a programming error. */
  g_test_expect_message ("hyr-lift-set", G_LOG_LEVEL_CRITICAL, "*reps_max >= reps*");
  set = hyr_lift_set_new_range (0, 12, 8, 2);
  g_test_assert_expected_messages ();
  g_assert_null (set);

  g_test_expect_message ("hyr-lift-set", G_LOG_LEVEL_CRITICAL, "*rir <= 10*");
  set = hyr_lift_set_new_range (0, 8, 12, 11);
  g_test_assert_expected_messages ();
  g_assert_null (set);
}

/* Assistance work without a load yet: no "0 kg", the range and the reps in
 * reserve as a band one rep either side of the target. */
static void
test_format_range (void)
{
  g_autoptr(GPtrArray) unloaded = repeat (hyr_lift_set_new_range (0, 8, 12, 2), 3);
  g_autoptr(GPtrArray) loaded = repeat (hyr_lift_set_new_range (20, 8, 12, 2), 3);
  g_autoptr(GPtrArray) one = repeat (hyr_lift_set_new_range (0, 10, 15, 0), 1);
  g_autoptr(GPtrArray) no_reserve = repeat (hyr_lift_set_new_range (0, 8, 12, -1), 2);

  assert_format (unloaded, "kg", "\n", "3 × 8–12 · 1–3 reps in reserve");
  assert_format (loaded, "kg", "\n", "3 × 8–12 @ 20 kg · 1–3 reps in reserve");
  /* 20 kg ÷ 0.45359237 kg/lb = 44.09 lb, written to 0.1 lb */
  assert_format (loaded, "lb", "\n", "3 × 8–12 @ 44.1 lb · 1–3 reps in reserve");
  /* Reps in reserve do not go under 0. */
  assert_format (one, NULL, "\n", "10–15 reps · 0–1 reps in reserve");
  assert_format (no_reserve, "kg", "\n", "2 × 8–12");
}

/* 5/3/1 week 1 at a training max of 137.5 kg: 90, 102.5 and 117.5 kg; the
 * sets differ, so each is its own group. */
static void
test_format_five_three_one (void)
{
  g_autoptr(GPtrArray) sets = hyr_five_three_one_sets (137.5, 1, 2.5);
  g_autoptr(GPtrArray) bbb = hyr_five_three_one_bbb_sets (100, 1, FALSE, 2.5);
  g_autoptr(GPtrArray) pounds = repeat (hyr_lift_set_new (100 * KG_PER_LB, 5, TRUE, 0), 1);

  assert_format (sets, "kg", "\n", "5 @ 90 kg\n5 @ 102.5 kg\n5+ @ 117.5 kg");
  assert_format (sets, "kg", ", ", "5 @ 90 kg, 5 @ 102.5 kg, 5+ @ 117.5 kg");
  /* Boring But Big, first cycle: 5 × 10 at 50 % of 100 kg */
  assert_format (bbb, "kg", "\n", "5 × 10 @ 50 kg");
  assert_format (pounds, "lb", "\n", "5+ @ 100 lb");
}

/* Without a training max, a set relative to one says its share of it; a
 * body-weight set its reps alone. Alike sets apart from each other are two
 * groups. */
static void
test_format_unloaded (void)
{
  g_autoptr(GPtrArray) relative = repeat (hyr_lift_set_new (0, 5, FALSE, 65), 2);
  g_autoptr(GPtrArray) single = repeat (hyr_lift_set_new (0, 1, FALSE, 0), 1);
  g_autoptr(GPtrArray) mixed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();

  g_ptr_array_add (mixed, hyr_lift_set_new (0, 10, FALSE, 0));
  g_ptr_array_add (mixed, hyr_lift_set_new (0, 10, FALSE, 0));
  g_ptr_array_add (mixed, hyr_lift_set_new (0, 12, TRUE, 0));
  g_ptr_array_add (mixed, hyr_lift_set_new (0, 10, FALSE, 0));

  assert_format (relative, "kg", "\n", "2 × 5 @ 65 % of the training max");
  assert_format (single, "kg", "\n", "1 rep");
  assert_format (mixed, "kg", "; ", "2 × 10; 12+ reps; 10 reps");
  assert_format (empty, "kg", "\n", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lift-set/range", test_range);
  g_test_add_func ("/lift-set/defaults", test_defaults);
  g_test_add_func ("/lift-set/invalid", test_invalid);
  g_test_add_func ("/lift-set/format-range", test_format_range);
  g_test_add_func ("/lift-set/format-five-three-one", test_format_five_three_one);
  g_test_add_func ("/lift-set/format-unloaded", test_format_unloaded);

  return g_test_run ();
}
