/* hyr-gear.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-gear"

#include "config.h"

#include <math.h>

#include "hyr.h"
#include "hyr-private.h"

/**
 * HyrGear:
 *
 * A piece of equipment as the host reports it: a pair of shoes, usually.
 * Distances are in metres. Values that make no sense (not finite, negative,
 * absurd) are replaced by 0, which means "unknown".
 */
struct _HyrGear
{
  GObject parent_instance;

  char     *id;
  char     *name;
  double    prior_distance;
  double    retire_distance;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (HyrGear, hyr_gear, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PRIOR_DISTANCE,
  PROP_RETIRE_DISTANCE,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_gear_finalize (GObject *object)
{
  HyrGear *self = (HyrGear *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (hyr_gear_parent_class)->finalize (object);
}

static void
hyr_gear_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HyrGear *self = HYR_GEAR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PRIOR_DISTANCE:
      g_value_set_double (value, self->prior_distance);
      break;
    case PROP_RETIRE_DISTANCE:
      g_value_set_double (value, self->retire_distance);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_gear_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HyrGear *self = HYR_GEAR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_PRIOR_DISTANCE:
      self->prior_distance = _hyr_sanitize (g_value_get_double (value), HYR_MAX_GEAR_DISTANCE,
                                            "gear prior-distance");
      break;
    case PROP_RETIRE_DISTANCE:
      self->retire_distance = _hyr_sanitize (g_value_get_double (value), HYR_MAX_GEAR_DISTANCE,
                                             "gear retire-distance");
      break;
    case PROP_ACTIVE:
      self->active = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_gear_class_init (HyrGearClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hyr_gear_finalize;
  object_class->get_property = hyr_gear_get_property;
  object_class->set_property = hyr_gear_set_property;

  /**
   * HyrGear:id:
   *
   * The host's stable identifier of the piece of equipment.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrGear:name:
   *
   * The name the user gave the equipment.
   */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrGear:prior-distance:
   *
   * Distance in metres the equipment was used for before the host recorded it.
   */
  properties [PROP_PRIOR_DISTANCE] =
    g_param_spec_double ("prior-distance", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrGear:retire-distance:
   *
   * The host's life expectancy of the equipment, in metres; 0 when unknown.
   */
  properties [PROP_RETIRE_DISTANCE] =
    g_param_spec_double ("retire-distance", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrGear:active:
   *
   * Whether the equipment is still in use.
   */
  properties [PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_gear_init (HyrGear *self)
{
  self->active = TRUE;
}

/**
 * hyr_gear_new:
 * @id: the host's identifier
 * @name: the name shown to the user
 * @prior_distance: metres used before the host recorded the equipment
 * @retire_distance: life expectancy in metres, 0 when unknown
 * @active: whether it is still in use
 *
 * Creates a piece of equipment as the host reports it. A distance that is
 * not finite, negative or implausibly large is taken as unknown.
 *
 * Returns: (transfer full): a new #HyrGear
 */
HyrGear *
hyr_gear_new (const char *id,
              const char *name,
              double      prior_distance,
              double      retire_distance,
              gboolean    active)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (HYR_TYPE_GEAR,
                       "id", id,
                       "name", name,
                       "prior-distance", prior_distance,
                       "retire-distance", retire_distance,
                       "active", active,
                       NULL);
}

/**
 * hyr_gear_get_id:
 * @self: a #HyrGear
 *
 * Gets the identifier the host gave the equipment, the one activities list
 * in #HyrActivity:gear-ids.
 *
 * Returns: the host's identifier
 */
const char *
hyr_gear_get_id (HyrGear *self)
{
  g_return_val_if_fail (HYR_IS_GEAR (self), NULL);
  return self->id;
}

/**
 * hyr_gear_get_name:
 * @self: a #HyrGear
 *
 * Gets the equipment's name, as the host shows it to the user.
 *
 * Returns: (nullable): the name shown to the user
 */
const char *
hyr_gear_get_name (HyrGear *self)
{
  g_return_val_if_fail (HYR_IS_GEAR (self), NULL);
  return self->name;
}

/**
 * hyr_gear_get_prior_distance:
 * @self: a #HyrGear
 *
 * Gets the distance the equipment had already covered when the host began to
 * record it.
 *
 * Returns: the distance in metres used before the host recorded it
 */
double
hyr_gear_get_prior_distance (HyrGear *self)
{
  g_return_val_if_fail (HYR_IS_GEAR (self), 0);
  return self->prior_distance;
}

/**
 * hyr_gear_get_retire_distance:
 * @self: a #HyrGear
 *
 * Gets the distance after which the host expects the equipment to be worn
 * out.
 *
 * Returns: the life expectancy in metres, 0 when unknown
 */
double
hyr_gear_get_retire_distance (HyrGear *self)
{
  g_return_val_if_fail (HYR_IS_GEAR (self), 0);
  return self->retire_distance;
}

/**
 * hyr_gear_get_active:
 * @self: a #HyrGear
 *
 * Gets whether the host still counts the equipment as in use; retired
 * equipment keeps its history.
 *
 * Returns: whether the equipment is still in use
 */
gboolean
hyr_gear_get_active (HyrGear *self)
{
  g_return_val_if_fail (HYR_IS_GEAR (self), FALSE);
  return self->active;
}
