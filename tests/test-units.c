/* test-units.c — kilometres and miles, kilograms and pounds
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The known answers follow from the definitions, a mile being 1609.344 m
 * and a pound 0.45359237 kg exactly; the texts are the engine's, so the
 * test checks its private helpers and is linked with libhyr's objects.
 */

#include "hyr.h"
#include "hyr-units-private.h"

static void
test_distance (void)
{
  /* The metric unit is the default: no unit reads as km. */
  g_assert_cmpfloat (hyr_units_distance_from_metres (12500, "km"), ==, 12.5);
  g_assert_cmpfloat (hyr_units_distance_from_metres (12500, NULL), ==, 12.5);
  g_assert_cmpfloat (hyr_units_distance_to_metres (12.5, "km"), ==, 12500);
  g_assert_cmpfloat (hyr_units_distance_to_metres (12.5, NULL), ==, 12500);

  g_assert_cmpfloat (hyr_units_distance_from_metres (HYR_METRES_PER_MILE, "mi"), ==, 1);
  g_assert_cmpfloat (hyr_units_distance_to_metres (1, "mi"), ==, 1609.344);
  /* A marathon: 42 195 m ÷ 1609.344 m/mi = 26.2188 mi */
  g_assert_cmpfloat_with_epsilon (hyr_units_distance_from_metres (42195, "mi"), 26.218757, 1e-6);
  /* 3 mi × 1609.344 m/mi = 4828.032 m */
  g_assert_cmpfloat_with_epsilon (hyr_units_distance_to_metres (3, "mi"), 4828.032, 1e-9);

  for (double metres = 0; metres < 100000; metres += 777.7)
    {
      g_assert_cmpfloat_with_epsilon (hyr_units_distance_to_metres (hyr_units_distance_from_metres (metres, "mi"), "mi"),
                                      metres, 1e-9);
      g_assert_cmpfloat_with_epsilon (hyr_units_distance_to_metres (hyr_units_distance_from_metres (metres, "km"), "km"),
                                      metres, 1e-9);
    }
}

static void
test_mass (void)
{
  g_assert_cmpfloat (hyr_units_mass_from_kg (72.5, "kg"), ==, 72.5);
  g_assert_cmpfloat (hyr_units_mass_from_kg (72.5, NULL), ==, 72.5);
  g_assert_cmpfloat (hyr_units_mass_to_kg (72.5, "kg"), ==, 72.5);
  g_assert_cmpfloat (hyr_units_mass_to_kg (72.5, NULL), ==, 72.5);

  g_assert_cmpfloat (hyr_units_mass_to_kg (1, "lb"), ==, HYR_KILOGRAMS_PER_POUND);
  g_assert_cmpfloat (hyr_units_mass_from_kg (HYR_KILOGRAMS_PER_POUND, "lb"), ==, 1);
  /* 100 kg ÷ 0.45359237 kg/lb = 220.4623 lb */
  g_assert_cmpfloat_with_epsilon (hyr_units_mass_from_kg (100, "lb"), 220.462262, 1e-6);
  /* A 5 lb plate step: 5 × 0.45359237 = 2.26796185 kg */
  g_assert_cmpfloat_with_epsilon (hyr_units_mass_to_kg (5, "lb"), 2.26796185, 1e-12);

  for (double kg = 0; kg < 500; kg += 2.5)
    g_assert_cmpfloat_with_epsilon (hyr_units_mass_to_kg (hyr_units_mass_from_kg (kg, "lb"), "lb"),
                                    kg, 1e-9);
}

/* A unit that is neither of the two is a caller's mistake: a critical,
 * and the metric value. */
static void
test_unknown_unit (void)
{
  g_test_expect_message ("hyr-units", G_LOG_LEVEL_CRITICAL, "*distance_unit*");
  g_assert_cmpfloat (hyr_units_distance_from_metres (1000, "yd"), ==, 1);
  g_test_assert_expected_messages ();

  g_test_expect_message ("hyr-units", G_LOG_LEVEL_CRITICAL, "*mass_unit*");
  g_assert_cmpfloat (hyr_units_mass_to_kg (14, "st"), ==, 14);
  g_test_assert_expected_messages ();
}

static void
assert_text (char       *text,
             const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_format (void)
{
  /* Distances to 0.1 of the unit: 12 345 m = 12.3 km = 7.67 mi */
  assert_text (_hyr_units_format_distance (12345, "km"), "12.3 km");
  assert_text (_hyr_units_format_distance (12345, NULL), "12.3 km");
  assert_text (_hyr_units_format_distance (12345, "mi"), "7.7 mi");
  assert_text (_hyr_units_format_distance (42195, "mi"), "26.2 mi");

  /* Masses: kg to 0.01, as the smallest plates go; lb to 0.1.
   * 20 kg ÷ 0.45359237 = 44.09 lb; 135 lb × 0.45359237 = 61.2349700 kg */
  assert_text (_hyr_units_format_mass (72.5, "kg"), "72.5 kg");
  assert_text (_hyr_units_format_mass (61.23497, NULL), "61.23 kg");
  assert_text (_hyr_units_format_mass (20, "lb"), "44.1 lb");
  assert_text (_hyr_units_format_mass (5 * HYR_KILOGRAMS_PER_POUND, "lb"), "5 lb");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/distance", test_distance);
  g_test_add_func ("/units/mass", test_mass);
  g_test_add_func ("/units/unknown-unit", test_unknown_unit);
  g_test_add_func ("/units/format", test_format);

  return g_test_run ();
}
