/* hyr-protein.h
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

#include "hyr-activity-store.h"
#include "hyr-protein-target.h"
#include "hyr-types.h"
#include "hyr-units.h"

G_BEGIN_DECLS

/**
 * HYR_PROTEIN_MIN_BODY_MASS:
 *
 * The smallest body mass, in kg, the protein calculator accepts.
 */
#define HYR_PROTEIN_MIN_BODY_MASS 25.0

/**
 * HYR_PROTEIN_MAX_BODY_MASS:
 *
 * The largest body mass, in kg, the protein calculator accepts.
 */
#define HYR_PROTEIN_MAX_BODY_MASS 350.0

/**
 * HYR_PROTEIN_MIN_MEALS:
 *
 * The fewest meals a day the protein calculator accepts.
 */
#define HYR_PROTEIN_MIN_MEALS 1

/**
 * HYR_PROTEIN_MAX_MEALS:
 *
 * The most meals a day the protein calculator accepts.
 */
#define HYR_PROTEIN_MAX_MEALS 8

#define HYR_PROTEIN_ERROR (hyr_protein_error_quark ())

/**
 * HyrProteinError:
 * @HYR_PROTEIN_ERROR_INVALID_INPUT: a body mass, goal or number of meals the
 *   calculator cannot use; the message says what to enter instead
 *
 * Errors of the protein calculator.
 */
typedef enum
{
  HYR_PROTEIN_ERROR_INVALID_INPUT,
} HyrProteinError;

GQuark            hyr_protein_error_quark           (void);
HyrProteinTarget *hyr_protein_target                (double              body_mass_kg,
                                                     HyrProteinGoal      goal,
                                                     guint               meals,
                                                     GError            **error);
double            hyr_protein_goal_get_grams_per_kg (HyrProteinGoal      goal);
void              hyr_protein_goal_get_range        (HyrProteinGoal      goal,
                                                     double             *low_grams_per_kg,
                                                     double             *high_grams_per_kg);
gboolean          hyr_protein_check_body_mass       (double              body_mass_kg,
                                                     GError            **error);
gboolean          hyr_protein_parse_body_mass       (const char         *text,
                                                     HyrMassUnit         unit,
                                                     double             *body_mass_kg,
                                                     GError            **error);
double            hyr_protein_mass_to_kg            (double              value,
                                                     HyrMassUnit         unit);
double            hyr_protein_mass_from_kg          (double              kg,
                                                     HyrMassUnit         unit);
double            hyr_protein_resolve_body_mass     (HyrActivityStore   *store,
                                                     GDateTime          *when,
                                                     double              profile_body_mass_kg,
                                                     HyrBodyMassSource  *source);

G_END_DECLS
