/* hyr-units-private.h — distances and masses written in the user's unit,
 * for the engine's texts; not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *_hyr_units_format_distance (double      metres,
                                  const char *distance_unit);
char *_hyr_units_format_mass     (double      kg,
                                  const char *mass_unit);

G_END_DECLS
