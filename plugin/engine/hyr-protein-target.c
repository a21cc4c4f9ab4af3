/* hyr-protein-target.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-protein-target"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-protein-target-private.h"

/* Schoenfeld & Aragon 2018: about 0.4 g/kg per meal stimulates muscle
 * protein synthesis as far as a meal can. */
#define PER_MEAL_GRAMS_PER_KG 0.4

/* Targets are products and quotients of decimal factors; a meal that comes
 * out at 0.39999999 g/kg from rounding is still 0.4 g/kg. */
#define ROUNDING_SLACK 1e-9

/**
 * HyrProteinTarget:
 *
 * A daily protein target: how many grams a day and per meal for a body mass,
 * a #HyrProteinGoal and a number of meals, the range the evidence supports
 * for that goal, and the sentences that explain the numbers.
 *
 * Targets are made by hyr_protein_target(), which refuses input it cannot
 * use, and never change.
 */
struct _HyrProteinTarget
{
  GObject parent_instance;

  double          body_mass;
  HyrProteinGoal  goal;
  guint           meals;
  double          grams_per_kg;
  double          low_grams_per_kg;
  double          high_grams_per_kg;
  char           *warning;
  GStrv           notes;
};

G_DEFINE_FINAL_TYPE (HyrProteinTarget, hyr_protein_target, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BODY_MASS,
  PROP_GOAL,
  PROP_MEALS,
  PROP_GRAMS_PER_KG,
  PROP_DAILY,
  PROP_PER_MEAL,
  PROP_PER_MEAL_GRAMS_PER_KG,
  PROP_LOW,
  PROP_HIGH,
  PROP_LOW_GRAMS_PER_KG,
  PROP_HIGH_GRAMS_PER_KG,
  PROP_WARNING,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_protein_target_finalize (GObject *object)
{
  HyrProteinTarget *self = (HyrProteinTarget *)object;

  g_clear_pointer (&self->warning, g_free);
  g_clear_pointer (&self->notes, g_strfreev);

  G_OBJECT_CLASS (hyr_protein_target_parent_class)->finalize (object);
}

static void
hyr_protein_target_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HyrProteinTarget *self = HYR_PROTEIN_TARGET (object);

  switch (prop_id)
    {
    case PROP_BODY_MASS:
      g_value_set_double (value, self->body_mass);
      break;

    case PROP_GOAL:
      g_value_set_enum (value, self->goal);
      break;

    case PROP_MEALS:
      g_value_set_uint (value, self->meals);
      break;

    case PROP_GRAMS_PER_KG:
      g_value_set_double (value, self->grams_per_kg);
      break;

    case PROP_DAILY:
      g_value_set_double (value, hyr_protein_target_get_daily (self));
      break;

    case PROP_PER_MEAL:
      g_value_set_double (value, hyr_protein_target_get_per_meal (self));
      break;

    case PROP_PER_MEAL_GRAMS_PER_KG:
      g_value_set_double (value, hyr_protein_target_get_per_meal_grams_per_kg (self));
      break;

    case PROP_LOW:
      g_value_set_double (value, hyr_protein_target_get_low (self));
      break;

    case PROP_HIGH:
      g_value_set_double (value, hyr_protein_target_get_high (self));
      break;

    case PROP_LOW_GRAMS_PER_KG:
      g_value_set_double (value, self->low_grams_per_kg);
      break;

    case PROP_HIGH_GRAMS_PER_KG:
      g_value_set_double (value, self->high_grams_per_kg);
      break;

    case PROP_WARNING:
      g_value_set_string (value, self->warning);
      break;

    case PROP_NOTES:
      g_value_set_boxed (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_protein_target_class_init (HyrProteinTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hyr_protein_target_finalize;
  object_class->get_property = hyr_protein_target_get_property;

  /**
   * HyrProteinTarget:body-mass:
   *
   * The body mass the target is for, in kg.
   */
  properties [PROP_BODY_MASS] =
    g_param_spec_double ("body-mass", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:goal:
   *
   * What the target is for.
   */
  properties [PROP_GOAL] =
    g_param_spec_enum ("goal", NULL, NULL,
                       HYR_TYPE_PROTEIN_GOAL,
                       HYR_PROTEIN_GOAL_BUILD,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:meals:
   *
   * The number of meals a day the daily amount is spread over.
   */
  properties [PROP_MEALS] =
    g_param_spec_uint ("meals", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:grams-per-kg:
   *
   * The daily amount per kg of body mass the goal calls for.
   */
  properties [PROP_GRAMS_PER_KG] =
    g_param_spec_double ("grams-per-kg", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:daily:
   *
   * The daily target, in g.
   */
  properties [PROP_DAILY] =
    g_param_spec_double ("daily", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:per-meal:
   *
   * The amount for each meal, in g: the daily target divided by the meals.
   */
  properties [PROP_PER_MEAL] =
    g_param_spec_double ("per-meal", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:per-meal-grams-per-kg:
   *
   * The amount for each meal per kg of body mass.
   */
  properties [PROP_PER_MEAL_GRAMS_PER_KG] =
    g_param_spec_double ("per-meal-grams-per-kg", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:low:
   *
   * The low end of the evidence range for the goal, in g a day.
   */
  properties [PROP_LOW] =
    g_param_spec_double ("low", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:high:
   *
   * The high end of the evidence range for the goal, in g a day.
   */
  properties [PROP_HIGH] =
    g_param_spec_double ("high", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:low-grams-per-kg:
   *
   * The low end of the evidence range for the goal, per kg of body mass.
   */
  properties [PROP_LOW_GRAMS_PER_KG] =
    g_param_spec_double ("low-grams-per-kg", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:high-grams-per-kg:
   *
   * The high end of the evidence range for the goal, per kg of body mass.
   */
  properties [PROP_HIGH_GRAMS_PER_KG] =
    g_param_spec_double ("high-grams-per-kg", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:warning:
   *
   * A translated sentence when each meal falls below 0.4 g/kg, or %NULL.
   */
  properties [PROP_WARNING] =
    g_param_spec_string ("warning", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinTarget:notes:
   *
   * Translated sentences that explain the numbers with the sources'
   * findings.
   */
  properties [PROP_NOTES] =
    g_param_spec_boxed ("notes", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_protein_target_init (HyrProteinTarget *self)
{
}

static char *
build_warning (HyrProteinTarget *self)
{
  double per_meal = hyr_protein_target_get_per_meal_grams_per_kg (self);
  guint enough_meals;

  if (per_meal >= PER_MEAL_GRAMS_PER_KG - ROUNDING_SLACK)
    return NULL;

  /* The most meals that still reach 0.4 g/kg each: that is what the user
   * can change to fix it. */
  enough_meals = (guint) floor (self->grams_per_kg / PER_MEAL_GRAMS_PER_KG + ROUNDING_SLACK);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Each meal gives %.2f g/kg, below the 0.4 g/kg per meal "
                                       "that builds muscle best (Schoenfeld & Aragon 2018); "
                                       "spread over %u meal, it reaches that.",
                                       "Each meal gives %.2f g/kg, below the 0.4 g/kg per meal "
                                       "that builds muscle best (Schoenfeld & Aragon 2018); "
                                       "spread over %u meals or fewer, each reaches that.",
                                       enough_meals),
                          per_meal, enough_meals);
}

static GStrv
build_notes (HyrProteinTarget *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder,
                      /* xgettext:no-c-format */
                      _("Muscle gain levels off at about 1.62 g/kg of body mass a day "
                        "(95 % CI 1.03–2.20 g/kg; Morton et al. 2018, 49 trials)."));
  g_strv_builder_add (builder,
                      _("About 0.4 g/kg per meal over at least four meals, or 0.55 g/kg per "
                        "meal at 2.2 g/kg a day, makes the most of each meal "
                        "(Schoenfeld & Aragon 2018)."));

  switch (self->goal)
    {
    case HYR_PROTEIN_GOAL_MAINTAIN:
      g_strv_builder_add (builder,
                          _("Keeping muscle needs less than building it: 1.2 g/kg a day is "
                            "the low end of the range for people who train."));
      break;

    case HYR_PROTEIN_GOAL_BUILD:
      g_strv_builder_add (builder,
                          _("1.6 g/kg a day is where the gains level off; up to 2.2 g/kg, the "
                            "upper bound of that estimate, covers people who respond more."));
      break;

    case HYR_PROTEIN_GOAL_BUILD_MAX:
      g_strv_builder_add (builder,
                          _("2.2 g/kg a day is the upper bound of the plateau estimate, for "
                            "people who want to be sure not to fall short."));
      break;

    case HYR_PROTEIN_GOAL_CUT:
      g_strv_builder_add (builder,
                          _("In an energy deficit more protein helps keep muscle: about "
                            "2.3–3.1 g/kg of fat-free mass (Helms et al. 2014). 2.4 g/kg of "
                            "body mass stands in for it when body fat is not known."));
      break;

    default:
      g_assert_not_reached ();
    }

  return g_strv_builder_end (builder);
}

HyrProteinTarget *
_hyr_protein_target_new (double         body_mass_kg,
                         HyrProteinGoal goal,
                         guint          meals,
                         double         grams_per_kg,
                         double         low_grams_per_kg,
                         double         high_grams_per_kg)
{
  HyrProteinTarget *self;

  g_assert (body_mass_kg > 0);
  g_assert (meals > 0);
  g_assert (low_grams_per_kg <= grams_per_kg && grams_per_kg <= high_grams_per_kg);

  self = g_object_new (HYR_TYPE_PROTEIN_TARGET, NULL);
  self->body_mass = body_mass_kg;
  self->goal = goal;
  self->meals = meals;
  self->grams_per_kg = grams_per_kg;
  self->low_grams_per_kg = low_grams_per_kg;
  self->high_grams_per_kg = high_grams_per_kg;
  self->warning = build_warning (self);
  self->notes = build_notes (self);

  return self;
}

/**
 * hyr_protein_target_get_body_mass:
 * @self: a #HyrProteinTarget
 *
 * Gets the body mass the target was worked out for.
 *
 * Returns: the body mass the target is for, in kg
 */
double
hyr_protein_target_get_body_mass (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->body_mass;
}

/**
 * hyr_protein_target_get_goal:
 * @self: a #HyrProteinTarget
 *
 * Gets the goal the target was worked out for.
 *
 * Returns: what the target is for
 */
HyrProteinGoal
hyr_protein_target_get_goal (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), HYR_PROTEIN_GOAL_BUILD);

  return self->goal;
}

/**
 * hyr_protein_target_get_meals:
 * @self: a #HyrProteinTarget
 *
 * Gets how many meals a day the daily target is spread over.
 *
 * Returns: the number of meals a day
 */
guint
hyr_protein_target_get_meals (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->meals;
}

/**
 * hyr_protein_target_get_grams_per_kg:
 * @self: a #HyrProteinTarget
 *
 * Gets the daily protein per kg of body mass that the goal calls for, in
 * g/kg.
 *
 * Returns: the daily amount per kg of body mass the goal calls for
 */
double
hyr_protein_target_get_grams_per_kg (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->grams_per_kg;
}

/**
 * hyr_protein_target_get_daily:
 * @self: a #HyrProteinTarget
 *
 * Gets the protein to eat each day.
 *
 * Returns: the daily target, in g
 */
double
hyr_protein_target_get_daily (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->body_mass * self->grams_per_kg;
}

/**
 * hyr_protein_target_get_per_meal:
 * @self: a #HyrProteinTarget
 *
 * Gets the protein to eat at each meal.
 *
 * Returns: the amount for each meal, in g
 */
double
hyr_protein_target_get_per_meal (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return hyr_protein_target_get_daily (self) / self->meals;
}

/**
 * hyr_protein_target_get_per_meal_grams_per_kg:
 * @self: a #HyrProteinTarget
 *
 * Gets the protein for each meal per kg of body mass, in g/kg.
 *
 * Returns: the amount for each meal per kg of body mass
 */
double
hyr_protein_target_get_per_meal_grams_per_kg (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->grams_per_kg / self->meals;
}

/**
 * hyr_protein_target_get_low:
 * @self: a #HyrProteinTarget
 *
 * Gets the low end of the range of daily intakes the evidence supports for
 * the goal.
 *
 * Returns: the low end of the evidence range for the goal, in g a day
 */
double
hyr_protein_target_get_low (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->body_mass * self->low_grams_per_kg;
}

/**
 * hyr_protein_target_get_high:
 * @self: a #HyrProteinTarget
 *
 * Gets the high end of the range of daily intakes the evidence supports for
 * the goal.
 *
 * Returns: the high end of the evidence range for the goal, in g a day
 */
double
hyr_protein_target_get_high (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->body_mass * self->high_grams_per_kg;
}

/**
 * hyr_protein_target_get_low_grams_per_kg:
 * @self: a #HyrProteinTarget
 *
 * Gets the low end of the evidence range for the goal, in g/kg a day.
 *
 * Returns: the low end of the evidence range, per kg of body mass
 */
double
hyr_protein_target_get_low_grams_per_kg (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->low_grams_per_kg;
}

/**
 * hyr_protein_target_get_high_grams_per_kg:
 * @self: a #HyrProteinTarget
 *
 * Gets the high end of the evidence range for the goal, in g/kg a day.
 *
 * Returns: the high end of the evidence range, per kg of body mass
 */
double
hyr_protein_target_get_high_grams_per_kg (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), 0);

  return self->high_grams_per_kg;
}

/**
 * hyr_protein_target_get_warning:
 * @self: a #HyrProteinTarget
 *
 * Says, in a translated sentence, when each meal falls below the 0.4 g/kg
 * per meal that Schoenfeld & Aragon (2018) found makes the most of a meal,
 * and how many meals would reach it.
 *
 * Returns: (nullable) (transfer none): the warning, or %NULL when every
 *   meal reaches 0.4 g/kg
 */
const char *
hyr_protein_target_get_warning (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), NULL);

  return self->warning;
}

/**
 * hyr_protein_target_get_notes:
 * @self: a #HyrProteinTarget
 *
 * The evidence behind the numbers as translated one-line explanations, each
 * naming its source: the plateau of Morton et al. (2018), the per-meal
 * amounts of Schoenfeld & Aragon (2018), and a sentence on the goal.
 *
 * Returns: (array zero-terminated=1) (transfer none): the notes
 */
const char * const *
hyr_protein_target_get_notes (HyrProteinTarget *self)
{
  g_return_val_if_fail (HYR_IS_PROTEIN_TARGET (self), NULL);

  return (const char * const *)self->notes;
}
