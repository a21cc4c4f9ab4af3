/* hyr-units.c — kilometres and miles, kilograms and pounds
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The engine keeps metres and kilograms; the user sees kilometres or
 * miles, kilograms or pounds, as the GSettings keys distance-unit and
 * mass-unit say ("km" or "mi", "kg" or "lb"). The engine and the views
 * convert between the two here, so that a mile and a pound are defined
 * once.
 */

#define G_LOG_DOMAIN "hyr-units"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-units-private.h"

static gboolean
is_miles (const char *distance_unit)
{
  g_return_val_if_fail (distance_unit == NULL || g_str_equal (distance_unit, "km") ||
                        g_str_equal (distance_unit, "mi"), FALSE);

  return g_strcmp0 (distance_unit, "mi") == 0;
}

static gboolean
is_pounds (const char *mass_unit)
{
  g_return_val_if_fail (mass_unit == NULL || g_str_equal (mass_unit, "kg") ||
                        g_str_equal (mass_unit, "lb"), FALSE);

  return g_strcmp0 (mass_unit, "lb") == 0;
}

/**
 * hyr_units_distance_from_metres:
 * @metres: a distance in metres
 * @distance_unit: (nullable): "km" or "mi"; %NULL for km
 *
 * Converts a distance in metres, as the engine keeps distances, to the
 * user's unit.
 *
 * Returns: @metres in @distance_unit
 */
double
hyr_units_distance_from_metres (double      metres,
                                const char *distance_unit)
{
  return metres / (is_miles (distance_unit) ? HYR_METRES_PER_MILE : 1000.0);
}

/**
 * hyr_units_distance_to_metres:
 * @value: a distance in @distance_unit
 * @distance_unit: (nullable): "km" or "mi"; %NULL for km
 *
 * Converts a distance in the user's unit, as entered, to metres.
 *
 * Returns: @value in metres
 */
double
hyr_units_distance_to_metres (double      value,
                              const char *distance_unit)
{
  return value * (is_miles (distance_unit) ? HYR_METRES_PER_MILE : 1000.0);
}

/**
 * hyr_units_mass_from_kg:
 * @kg: a mass in kg
 * @mass_unit: (nullable): "kg" or "lb"; %NULL for kg
 *
 * Converts a mass in kg, as the engine keeps loads and body mass, to the
 * user's unit.
 *
 * Returns: @kg in @mass_unit
 */
double
hyr_units_mass_from_kg (double      kg,
                        const char *mass_unit)
{
  return is_pounds (mass_unit) ? kg / HYR_KILOGRAMS_PER_POUND : kg;
}

/**
 * hyr_units_mass_to_kg:
 * @value: a mass in @mass_unit
 * @mass_unit: (nullable): "kg" or "lb"; %NULL for kg
 *
 * Converts a mass in the user's unit, as entered, to kg.
 *
 * Returns: @value in kg
 */
double
hyr_units_mass_to_kg (double      value,
                      const char *mass_unit)
{
  return is_pounds (mass_unit) ? value * HYR_KILOGRAMS_PER_POUND : value;
}

/* "12.3 km", "7.6 mi": the planner's distances, to 0.1 of the unit. */
char *
_hyr_units_format_distance (double      metres,
                            const char *distance_unit)
{
  double value = hyr_units_distance_from_metres (metres, distance_unit);

  if (is_miles (distance_unit))
    /* Translators: a distance in miles, to 0.1 mi */
    return g_strdup_printf (_("%.1f mi"), value);

  /* Translators: a distance in kilometres, to 0.1 km */
  return g_strdup_printf (_("%.1f km"), value);
}

/* "72.5 kg", "187.4 lb": kg to the 0.01 of the smallest plates, lb to 0.1. */
char *
_hyr_units_format_mass (double      kg,
                        const char *mass_unit)
{
  double value = hyr_units_mass_from_kg (kg, mass_unit);

  if (is_pounds (mass_unit))
    /* Translators: a weight in pounds; %g is the number */
    return g_strdup_printf (_("%g lb"), round (value * 10) / 10);

  /* Translators: a weight in kilograms; %g is the number */
  return g_strdup_printf (_("%g kg"), round (value * 100) / 100);
}
