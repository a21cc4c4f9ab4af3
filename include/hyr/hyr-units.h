/* hyr-units.h — kilometres and miles, kilograms and pounds
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * HYR_METRES_PER_MILE:
 *
 * The international mile, in metres (exact by definition).
 */
#define HYR_METRES_PER_MILE 1609.344

/**
 * HYR_KILOGRAMS_PER_POUND:
 *
 * The international avoirdupois pound, in kg (exact by definition).
 */
#define HYR_KILOGRAMS_PER_POUND 0.45359237

double hyr_units_distance_from_metres (double      metres,
                                       const char *distance_unit);
double hyr_units_distance_to_metres   (double      value,
                                       const char *distance_unit);
double hyr_units_mass_from_kg         (double      kg,
                                       const char *mass_unit);
double hyr_units_mass_to_kg           (double      value,
                                       const char *mass_unit);

G_END_DECLS
