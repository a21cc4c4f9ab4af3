/* hyr-protein.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-protein"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-protein-target-private.h"

/**
 * SECTION:hyr-protein
 * @title: Protein targets
 *
 * The protein calculator: a daily and per-meal protein target from body
 * mass, a #HyrProteinGoal and the number of meals, following Morton et al.
 * (2018) and Schoenfeld & Aragon (2018).
 */

typedef struct
{
  double grams_per_kg;
  double low;
  double high;
} GoalFactors;

/* g/kg of body mass a day, and the evidence range shown beside it.
 *
 * Morton et al. (2018): gains plateau at 1.62 g/kg (95 % CI 1.03–2.20); the
 * project's range is 1.2–2.2.
 * - maintain: 1.2, range 1.2–1.6 — from the low end of the range up to the
 *   plateau, past which more protein adds no muscle to keep.
 * - build: 1.6, range 1.6–2.2 — the plateau up to its upper 95 % bound.
 * - build-max: 2.2, the same range; the target sits at its top for those who
 *   want to be sure not to fall short.
 * - cut: 2.4, range 2.2–3.1 — Helms et al. (2014) advise 2.3–3.1 g/kg of
 *   fat-free mass in an energy deficit. Fat-free mass is unknown here, so the
 *   range starts where the ordinary range ends and goes up to 3.1, which per
 *   kg of body mass is a ceiling for anyone (fat-free mass < body mass). */
static const GoalFactors goal_factors[] = {
  [HYR_PROTEIN_GOAL_MAINTAIN]  = { 1.2, 1.2, 1.6 },
  [HYR_PROTEIN_GOAL_BUILD]     = { 1.6, 1.6, 2.2 },
  [HYR_PROTEIN_GOAL_BUILD_MAX] = { 2.2, 1.6, 2.2 },
  [HYR_PROTEIN_GOAL_CUT]       = { 2.4, 2.2, 3.1 },
};

/**
 * hyr_protein_error_quark:
 *
 * Gets the error domain of the protein calculator, whose codes are
 * #HyrProteinError.
 *
 * Returns: the #GQuark of %HYR_PROTEIN_ERROR
 */
G_DEFINE_QUARK (hyr-protein-error-quark, hyr_protein_error)

static gboolean
goal_is_valid (HyrProteinGoal goal)
{
  return (guint)goal < G_N_ELEMENTS (goal_factors);
}

/**
 * hyr_protein_goal_get_grams_per_kg:
 * @goal: a #HyrProteinGoal
 *
 * Gets the daily protein per kg of body mass that @goal calls for.
 *
 * Returns: the daily protein @goal calls for, in g per kg of body mass
 */
double
hyr_protein_goal_get_grams_per_kg (HyrProteinGoal goal)
{
  g_return_val_if_fail (goal_is_valid (goal), 0);

  return goal_factors[goal].grams_per_kg;
}

/**
 * hyr_protein_goal_get_range:
 * @goal: a #HyrProteinGoal
 * @low_grams_per_kg: (out) (optional): return location for the low end
 * @high_grams_per_kg: (out) (optional): return location for the high end
 *
 * Gets the range of daily protein the evidence supports for @goal, in g per
 * kg of body mass: maintain 1.2–1.6, build and build-max 1.6–2.2, cut
 * 2.2–3.1.
 */
void
hyr_protein_goal_get_range (HyrProteinGoal  goal,
                            double         *low_grams_per_kg,
                            double         *high_grams_per_kg)
{
  g_return_if_fail (goal_is_valid (goal));

  if (low_grams_per_kg != NULL)
    *low_grams_per_kg = goal_factors[goal].low;
  if (high_grams_per_kg != NULL)
    *high_grams_per_kg = goal_factors[goal].high;
}

/**
 * hyr_protein_check_body_mass:
 * @body_mass_kg: a body mass in kg
 * @error: return location for a #GError
 *
 * Checks that the calculator can use @body_mass_kg: a finite number from
 * %HYR_PROTEIN_MIN_BODY_MASS to %HYR_PROTEIN_MAX_BODY_MASS kg.
 *
 * Returns: %TRUE when it can, %FALSE with @error set to
 *   %HYR_PROTEIN_ERROR_INVALID_INPUT otherwise
 */
gboolean
hyr_protein_check_body_mass (double   body_mass_kg,
                             GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (body_mass_kg))
    {
      g_set_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT,
                   _("The body mass is not a number. Enter it in kg, like 72.5."));
      return FALSE;
    }

  if (body_mass_kg < HYR_PROTEIN_MIN_BODY_MASS || body_mass_kg > HYR_PROTEIN_MAX_BODY_MASS)
    {
      g_set_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT,
                   _("Enter a body mass from %g to %g kg."),
                   HYR_PROTEIN_MIN_BODY_MASS, HYR_PROTEIN_MAX_BODY_MASS);
      return FALSE;
    }

  return TRUE;
}

/**
 * hyr_protein_mass_to_kg:
 * @value: a mass in @unit
 * @unit: the unit of @value
 *
 * Converts a mass entered in @unit to kg.
 *
 * Returns: @value in kg
 */
double
hyr_protein_mass_to_kg (double      value,
                        HyrMassUnit unit)
{
  g_return_val_if_fail (unit == HYR_MASS_UNIT_KG || unit == HYR_MASS_UNIT_LB, value);

  return hyr_units_mass_to_kg (value, unit == HYR_MASS_UNIT_LB ? "lb" : "kg");
}

/**
 * hyr_protein_mass_from_kg:
 * @kg: a mass in kg
 * @unit: the unit wanted
 *
 * Converts a mass in kg to @unit, for display.
 *
 * Returns: @kg in @unit
 */
double
hyr_protein_mass_from_kg (double      kg,
                          HyrMassUnit unit)
{
  g_return_val_if_fail (unit == HYR_MASS_UNIT_KG || unit == HYR_MASS_UNIT_LB, kg);

  return hyr_units_mass_from_kg (kg, unit == HYR_MASS_UNIT_LB ? "lb" : "kg");
}

/* Only digits with at most one decimal separator, "." or ",": people type
 * either whatever their locale, and strtod's "1e2", "inf" or "0x50" are
 * not body masses anyone means. */
static gboolean
is_plain_decimal (const char *text)
{
  gboolean seen_digit = FALSE;
  gboolean seen_separator = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        seen_digit = TRUE;
      else if ((*p == '.' || *p == ',') && !seen_separator)
        seen_separator = TRUE;
      else
        return FALSE;
    }

  return seen_digit;
}

/**
 * hyr_protein_parse_body_mass:
 * @text: what the user typed
 * @unit: the unit the user typed it in
 * @body_mass_kg: (out) (optional): return location for the body mass in kg
 * @error: return location for a #GError
 *
 * Reads a body mass as a person types it: a decimal number with "." or ","
 * as the separator, spaces around it ignored, in @unit. The result is
 * checked as hyr_protein_check_body_mass() does; an error message names the
 * limits in @unit.
 *
 * Returns: %TRUE with @body_mass_kg set, or %FALSE with @error set to
 *   %HYR_PROTEIN_ERROR_INVALID_INPUT
 */
gboolean
hyr_protein_parse_body_mass (const char   *text,
                             HyrMassUnit   unit,
                             double       *body_mass_kg,
                             GError      **error)
{
  g_autofree char *clean = NULL;
  double value;
  double kg;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (unit == HYR_MASS_UNIT_KG || unit == HYR_MASS_UNIT_LB, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = g_strstrip (g_strdup (text));

  if (clean[0] == '\0')
    {
      g_set_error_literal (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT,
                           _("Enter your body mass."));
      return FALSE;
    }

  if (!is_plain_decimal (clean))
    {
      g_set_error_literal (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT,
                           unit == HYR_MASS_UNIT_LB
                           ? _("Enter the body mass as a number of pounds, like 160.5.")
                           : _("Enter the body mass as a number of kilograms, like 72.5."));
      return FALSE;
    }

  g_strdelimit (clean, ",", '.');
  value = g_ascii_strtod (clean, NULL);
  kg = hyr_protein_mass_to_kg (value, unit);

  if (kg < HYR_PROTEIN_MIN_BODY_MASS || kg > HYR_PROTEIN_MAX_BODY_MASS)
    {
      if (unit == HYR_MASS_UNIT_LB)
        {
          /* The limits rounded inwards, so every value in the message is
           * accepted: 25 kg is 55.12 lb, 350 kg is 771.62 lb. */
          double low = ceil (hyr_protein_mass_from_kg (HYR_PROTEIN_MIN_BODY_MASS, unit) * 10) / 10;
          double high = floor (hyr_protein_mass_from_kg (HYR_PROTEIN_MAX_BODY_MASS, unit) * 10) / 10;

          g_set_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT,
                       _("Enter a body mass from %.1f to %.1f lb."), low, high);
          return FALSE;
        }

      return hyr_protein_check_body_mass (kg, error);
    }

  if (body_mass_kg != NULL)
    *body_mass_kg = kg;

  return TRUE;
}

/**
 * hyr_protein_target:
 * @body_mass_kg: the body mass in kg, from %HYR_PROTEIN_MIN_BODY_MASS to
 *   %HYR_PROTEIN_MAX_BODY_MASS
 * @goal: what the protein is for
 * @meals: meals a day, from %HYR_PROTEIN_MIN_MEALS to %HYR_PROTEIN_MAX_MEALS
 * @error: return location for a #GError
 *
 * Works out the daily protein target for @goal: @body_mass_kg times the
 * goal's g/kg (maintain 1.2, build 1.6, build-max 2.2, cut 2.4), split
 * evenly over @meals, with the evidence range for the goal.
 *
 * Returns: (transfer full) (nullable): the target, or %NULL with @error set
 *   to %HYR_PROTEIN_ERROR_INVALID_INPUT when the body mass, goal or number
 *   of meals cannot be used
 */
HyrProteinTarget *
hyr_protein_target (double           body_mass_kg,
                    HyrProteinGoal   goal,
                    guint            meals,
                    GError         **error)
{
  const GoalFactors *factors;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hyr_protein_check_body_mass (body_mass_kg, error))
    return NULL;

  if (!goal_is_valid (goal))
    {
      g_set_error_literal (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT,
                           _("Choose a goal: keep muscle, build muscle, build muscle "
                             "(upper end) or keep muscle in an energy deficit."));
      return NULL;
    }

  if (meals < HYR_PROTEIN_MIN_MEALS || meals > HYR_PROTEIN_MAX_MEALS)
    {
      g_set_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT,
                   _("Enter from %d to %d meals a day."),
                   HYR_PROTEIN_MIN_MEALS, HYR_PROTEIN_MAX_MEALS);
      return NULL;
    }

  factors = &goal_factors[goal];

  return _hyr_protein_target_new (body_mass_kg, goal, meals,
                                  factors->grams_per_kg, factors->low, factors->high);
}

/**
 * hyr_protein_resolve_body_mass:
 * @store: (nullable): the host's activity store, or %NULL without a host
 * @when: the time the body mass is wanted for
 * @profile_body_mass_kg: the body mass the user entered in the plugin, in
 *   kg, or 0 when there is none
 * @source: (out) (optional): return location for where the body mass came
 *   from
 *
 * Picks the body mass to use: the host's latest weight record at or before
 * @when, since the tracker is where people record their weight; when the
 * host knows none, the one the user entered in the plugin. A value the
 * calculator could not use (see hyr_protein_check_body_mass()) counts as
 * unknown.
 *
 * Returns: the body mass in kg, or 0 with @source set to
 *   %HYR_BODY_MASS_SOURCE_NONE when neither is known
 */
double
hyr_protein_resolve_body_mass (HyrActivityStore  *store,
                               GDateTime         *when,
                               double             profile_body_mass_kg,
                               HyrBodyMassSource *source)
{
  HyrBodyMassSource used = HYR_BODY_MASS_SOURCE_NONE;
  double mass = 0;

  g_return_val_if_fail (store == NULL || HYR_IS_ACTIVITY_STORE (store), 0);
  g_return_val_if_fail (when != NULL, 0);

  if (store != NULL)
    mass = hyr_activity_store_get_body_mass (store, when);

  if (mass > 0 && hyr_protein_check_body_mass (mass, NULL))
    used = HYR_BODY_MASS_SOURCE_HOST;
  else if (hyr_protein_check_body_mass (profile_body_mass_kg, NULL))
    {
      mass = profile_body_mass_kg;
      used = HYR_BODY_MASS_SOURCE_PROFILE;
    }
  else
    mass = 0;

  if (source != NULL)
    *source = used;

  return mass;
}
