/* hyr-protein-target.h
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

#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_TYPE_PROTEIN_TARGET (hyr_protein_target_get_type ())

G_DECLARE_FINAL_TYPE (HyrProteinTarget, hyr_protein_target, HYR, PROTEIN_TARGET, GObject)

double              hyr_protein_target_get_body_mass             (HyrProteinTarget *self);
HyrProteinGoal      hyr_protein_target_get_goal                  (HyrProteinTarget *self);
guint               hyr_protein_target_get_meals                 (HyrProteinTarget *self);
double              hyr_protein_target_get_grams_per_kg          (HyrProteinTarget *self);
double              hyr_protein_target_get_daily                 (HyrProteinTarget *self);
double              hyr_protein_target_get_per_meal              (HyrProteinTarget *self);
double              hyr_protein_target_get_per_meal_grams_per_kg (HyrProteinTarget *self);
double              hyr_protein_target_get_low                   (HyrProteinTarget *self);
double              hyr_protein_target_get_high                  (HyrProteinTarget *self);
double              hyr_protein_target_get_low_grams_per_kg      (HyrProteinTarget *self);
double              hyr_protein_target_get_high_grams_per_kg     (HyrProteinTarget *self);
const char         *hyr_protein_target_get_warning               (HyrProteinTarget *self);
const char * const *hyr_protein_target_get_notes                 (HyrProteinTarget *self);

G_END_DECLS
