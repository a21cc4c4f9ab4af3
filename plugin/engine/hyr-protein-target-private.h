/* hyr-protein-target-private.h — how the calculator builds a target, not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr-protein-target.h"

G_BEGIN_DECLS

/* Only hyr_protein_target() builds targets, after validating its input, so
 * every HyrProteinTarget in existence holds numbers that make sense. */
HyrProteinTarget *_hyr_protein_target_new (double         body_mass_kg,
                                           HyrProteinGoal goal,
                                           guint          meals,
                                           double         grams_per_kg,
                                           double         low_grams_per_kg,
                                           double         high_grams_per_kg);

G_END_DECLS
