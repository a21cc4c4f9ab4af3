/* hyr-lift-set.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-lift-set"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-units-private.h"

/**
 * HyrLiftSet:
 *
 * One prescribed set of a strength exercise: a weight in kg, a number of
 * repetitions, and whether the set is "as many reps as possible" (AMRAP),
 * in which case @reps is the minimum the lifter should reach.
 *
 * Assistance work by double progression is prescribed as a rep range at a
 * number of reps in reserve ("8–12 reps, stop 1–3 short of failure"); its
 * load is often not known yet: the lifter finds it in the first session.
 */
struct _HyrLiftSet
{
  GObject parent_instance;

  double   weight;
  guint    reps;
  guint    reps_max;
  double   rir;
  gboolean amrap;
  double   percent;
};

G_DEFINE_FINAL_TYPE (HyrLiftSet, hyr_lift_set, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WEIGHT,
  PROP_REPS,
  PROP_REPS_MAX,
  PROP_RIR,
  PROP_AMRAP,
  PROP_PERCENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_lift_set_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HyrLiftSet *self = HYR_LIFT_SET (object);

  switch (prop_id)
    {
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_REPS:
      g_value_set_uint (value, self->reps);
      break;
    case PROP_REPS_MAX:
      g_value_set_uint (value, self->reps_max);
      break;
    case PROP_RIR:
      g_value_set_double (value, self->rir);
      break;
    case PROP_AMRAP:
      g_value_set_boolean (value, self->amrap);
      break;
    case PROP_PERCENT:
      g_value_set_double (value, self->percent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_set_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HyrLiftSet *self = HYR_LIFT_SET (object);

  switch (prop_id)
    {
    case PROP_WEIGHT:
      self->weight = g_value_get_double (value);
      break;
    case PROP_REPS:
      self->reps = g_value_get_uint (value);
      break;
    case PROP_REPS_MAX:
      self->reps_max = g_value_get_uint (value);
      break;
    case PROP_RIR:
      self->rir = g_value_get_double (value);
      break;
    case PROP_AMRAP:
      self->amrap = g_value_get_boolean (value);
      break;
    case PROP_PERCENT:
      self->percent = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_set_class_init (HyrLiftSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = hyr_lift_set_get_property;
  object_class->set_property = hyr_lift_set_set_property;

  /**
   * HyrLiftSet:weight:
   *
   * The load in kg, rounded to the user's plates; 0 when unknown (no
   * training max entered yet) or for body-weight work.
   */
  properties [PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, 0, 1000, 0, flags);

  /**
   * HyrLiftSet:reps:
   *
   * The repetitions; for an AMRAP set, the minimum to reach.
   */
  properties [PROP_REPS] = g_param_spec_uint ("reps", NULL, NULL, 0, 100, 0, flags);

  /**
   * HyrLiftSet:reps-max:
   *
   * The top of the set's rep range, as 12 in 8–12, or 0 when the set has
   * one rep count, #HyrLiftSet:reps. Double progression adds load once
   * every set reaches it.
   */
  properties [PROP_REPS_MAX] = g_param_spec_uint ("reps-max", NULL, NULL, 0, 100, 0, flags);

  /**
   * HyrLiftSet:rir:
   *
   * The reps to keep in reserve, short of failure, or −1 when the set
   * prescribes none. Reps in reserve are an estimate good to about a rep,
   * so the target is read as a band one rep either side: 2 means stop 1–3
   * reps short of failure.
   */
  properties [PROP_RIR] = g_param_spec_double ("rir", NULL, NULL, -1, 10, -1, flags);

  /**
   * HyrLiftSet:amrap:
   *
   * Whether the set is done for as many repetitions as possible.
   */
  properties [PROP_AMRAP] = g_param_spec_boolean ("amrap", NULL, NULL, FALSE, flags);

  /**
   * HyrLiftSet:percent:
   *
   * The load as a percentage of the lift's training max, or 0 when the set
   * is not prescribed relative to one.
   */
  properties [PROP_PERCENT] =
    g_param_spec_double ("percent", NULL, NULL, 0, 100, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_lift_set_init (HyrLiftSet *self)
{
}

/**
 * hyr_lift_set_new:
 * @weight: the load in kg, 0 when unknown
 * @reps: the repetitions (the minimum for an AMRAP set)
 * @amrap: whether the set is "as many reps as possible"
 * @percent: the load in percent of the training max, 0 when not relative
 *
 * Creates a prescribed set.
 *
 * Returns: (transfer full): a new #HyrLiftSet
 */
HyrLiftSet *
hyr_lift_set_new (double   weight,
                  guint    reps,
                  gboolean amrap,
                  double   percent)
{
  g_return_val_if_fail (weight >= 0 && weight <= 1000, NULL);
  g_return_val_if_fail (percent >= 0 && percent <= 100, NULL);
  g_return_val_if_fail (reps <= 100, NULL);

  return g_object_new (HYR_TYPE_LIFT_SET,
                       "weight", weight,
                       "reps", reps,
                       "amrap", amrap,
                       "percent", percent,
                       NULL);
}

/**
 * hyr_lift_set_new_range:
 * @weight: the load in kg, 0 when no load is known yet
 * @reps: the bottom of the rep range, as 8 in 8–12
 * @reps_max: the top of the rep range, at least @reps, or 0 for @reps alone
 * @rir: the reps to keep in reserve (the middle of a band one rep either
 *   side: 2 is 1–3), or a negative number for none
 *
 * A set of assistance work by double progression: a rep range at a number
 * of reps in reserve, neither AMRAP nor relative to a training max.
 *
 * Returns: (transfer full): a new #HyrLiftSet
 */
HyrLiftSet *
hyr_lift_set_new_range (double weight,
                        guint  reps,
                        guint  reps_max,
                        double rir)
{
  g_return_val_if_fail (weight >= 0 && weight <= 1000, NULL);
  g_return_val_if_fail (reps <= 100 && reps_max <= 100, NULL);
  g_return_val_if_fail (reps_max == 0 || reps_max >= reps, NULL);
  g_return_val_if_fail (rir <= 10, NULL);

  return g_object_new (HYR_TYPE_LIFT_SET,
                       "weight", weight,
                       "reps", reps,
                       "reps-max", reps_max,
                       "rir", rir < 0 ? -1.0 : rir,
                       NULL);
}

/**
 * hyr_lift_set_get_weight:
 * @self: a #HyrLiftSet
 *
 * Gets the set's load.
 *
 * Returns: the load in kg, 0 when unknown
 */
double
hyr_lift_set_get_weight (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), 0);
  return self->weight;
}

/**
 * hyr_lift_set_get_reps:
 * @self: a #HyrLiftSet
 *
 * Gets the repetitions the set prescribes.
 *
 * Returns: the repetitions, the minimum for an AMRAP set
 */
guint
hyr_lift_set_get_reps (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), 0);
  return self->reps;
}

/**
 * hyr_lift_set_get_reps_max:
 * @self: a #HyrLiftSet
 *
 * Gets the top of the set's repetition range, for sets prescribed as a range
 * (8–12, say).
 *
 * Returns: the top of the rep range, or 0 when the set has one rep count
 */
guint
hyr_lift_set_get_reps_max (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), 0);
  return self->reps_max;
}

/**
 * hyr_lift_set_get_rir:
 * @self: a #HyrLiftSet
 *
 * Gets how many repetitions the set should stop short of failure.
 *
 * Returns: the reps to keep in reserve, or −1 when the set prescribes none
 */
double
hyr_lift_set_get_rir (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), -1);
  return self->rir;
}

/**
 * hyr_lift_set_get_amrap:
 * @self: a #HyrLiftSet
 *
 * Gets whether the set is an AMRAP set, done for as many repetitions as
 * possible.
 *
 * Returns: whether the set is done for as many reps as possible
 */
gboolean
hyr_lift_set_get_amrap (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), FALSE);
  return self->amrap;
}

/**
 * hyr_lift_set_get_percent:
 * @self: a #HyrLiftSet
 *
 * Gets the set's load relative to the lift's training max.
 *
 * Returns: the load in percent of the training max, 0 when not relative
 */
double
hyr_lift_set_get_percent (HyrLiftSet *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_SET (self), 0);
  return self->percent;
}

/* Formatting */

static gboolean
same_prescription (HyrLiftSet *a,
                   HyrLiftSet *b)
{
  return a->weight == b->weight && a->reps == b->reps && a->reps_max == b->reps_max &&
         a->rir == b->rir && a->amrap == b->amrap && a->percent == b->percent;
}

static char *
format_reps (HyrLiftSet *set)
{
  if (set->amrap)
    /* Translators: "+" marks a set done for as many reps as possible */
    return g_strdup_printf (_("%u+"), set->reps);

  if (set->reps_max > set->reps)
    /* Translators: a rep range, as in "8–12" */
    return g_strdup_printf (_("%u–%u"), set->reps, set->reps_max);

  return g_strdup_printf ("%u", set->reps);
}

static char *
format_reserve (double rir)
{
  double low = MAX (0, rir - 1);
  double high = rir + 1;

  /* Translators: the reps to keep in reserve, short of failure, as a band
   * ("1–3 reps in reserve"); the numbers may have decimals */
  return g_strdup_printf (_("%g–%g reps in reserve"), low, high);
}

/* One group of @n sets alike. */
static char *
format_group (HyrLiftSet *set,
              guint       n,
              const char *mass_unit)
{
  g_autofree char *reps = format_reps (set);
  g_autofree char *load = NULL;
  g_autofree char *text = NULL;

  if (set->weight > 0)
    load = _hyr_units_format_mass (set->weight, mass_unit);
  else if (set->percent > 0)
    /* Translators: a load as a share of the lift's training max */
    load = g_strdup_printf (_("%g %% of the training max"), set->percent);

  if (n > 1 && load != NULL)
    /* Translators: sets × reps @ load, as in "5 × 10 @ 45 kg" or
     * "3 × 8–12 @ 20 kg"; the reps may carry the "+" of a set done for as
     * many as possible */
    text = g_strdup_printf (_("%u × %s @ %s"), n, reps, load);
  else if (n > 1)
    /* Translators: sets × reps without a known load, as in "3 × 8–12" */
    text = g_strdup_printf (_("%u × %s"), n, reps);
  else if (load != NULL)
    /* Translators: the reps of one set @ its load, as in "5+ @ 85 kg" */
    text = g_strdup_printf (_("%s @ %s"), reps, load);
  else
    /* Translators: the reps of one set without a known load, as in
     * "10 reps", "10+ reps" or "8–12 reps" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s rep", "%s reps",
                                         MAX (set->reps, set->reps_max)),
                            reps);

  if (set->rir >= 0)
    {
      g_autofree char *reserve = format_reserve (set->rir);

      /* Translators: sets and reps, then the reps in reserve, as in
       * "3 × 8–12 · 1–3 reps in reserve" */
      return g_strdup_printf (_("%s · %s"), text, reserve);
    }

  return g_steal_pointer (&text);
}

/**
 * hyr_lift_set_format_sets:
 * @sets: (element-type HyrLiftSet): the sets of an exercise, in order
 * @mass_unit: (nullable): "kg" or "lb"; %NULL for kg
 * @separator: what goes between groups of sets, as "\n" or ", "
 *
 * Writes @sets for a person, translated: sets in a row that are alike are
 * one group, "5 × 10 @ 45 kg", a group of one is "5+ @ 85 kg", and a rep
 * range at reps in reserve is "3 × 8–12 · 1–3 reps in reserve". A set
 * without a known load says no load rather than "0 kg"; one relative to a
 * training max not known yet gives its percentage.
 *
 * Returns: (transfer full): the text, empty for no sets
 */
char *
hyr_lift_set_format_sets (GPtrArray  *sets,
                          const char *mass_unit,
                          const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (sets != NULL, NULL);
  g_return_val_if_fail (separator != NULL, NULL);

  for (guint i = 0; i < sets->len;)
    {
      HyrLiftSet *set = g_ptr_array_index (sets, i);
      g_autofree char *group = NULL;
      guint n = 1;

      g_return_val_if_fail (HYR_IS_LIFT_SET (set), NULL);

      while (i + n < sets->len && same_prescription (set, g_ptr_array_index (sets, i + n)))
        n++;

      group = format_group (set, n, mass_unit);
      if (text->len > 0)
        g_string_append (text, separator);
      g_string_append (text, group);
      i += n;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
