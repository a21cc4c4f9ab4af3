/* hyr-activity.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-activity"

#include "config.h"

#include <math.h>

#include "hyr.h"
#include "hyr-private.h"

/**
 * HyrActivity:
 *
 * One activity as the host reports it, in SI units: seconds, metres, beats
 * per minute. The views convert for display.
 *
 * Hosts are not trusted: a value that is not finite, negative or absurd is
 * replaced by 0 ("unknown") and the reason is logged at debug level, so that
 * it never poisons a total.
 */
struct _HyrActivity
{
  GObject parent_instance;

  char       *id;
  char       *sport;
  GDateTime  *start;
  double      duration;
  double      distance;
  double      ascent;
  double      avg_heart_rate;
  double      rpe;
  GStrv       gear_ids;
  char       *title;
};

G_DEFINE_FINAL_TYPE (HyrActivity, hyr_activity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SPORT,
  PROP_START,
  PROP_DURATION,
  PROP_DISTANCE,
  PROP_ASCENT,
  PROP_AVG_HEART_RATE,
  PROP_RPE,
  PROP_GEAR_IDS,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

double
_hyr_sanitize (double      value,
               double      max,
               const char *what)
{
  if (!isfinite (value) || value < 0 || value > max)
    {
      g_debug ("Ignoring %s of %g: not a plausible value", what, value);
      return 0;
    }

  return value;
}

static void
hyr_activity_finalize (GObject *object)
{
  HyrActivity *self = (HyrActivity *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->sport, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->gear_ids, g_strfreev);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (hyr_activity_parent_class)->finalize (object);
}

static void
hyr_activity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HyrActivity *self = HYR_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SPORT:
      g_value_set_string (value, self->sport);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_DURATION:
      g_value_set_double (value, self->duration);
      break;
    case PROP_DISTANCE:
      g_value_set_double (value, self->distance);
      break;
    case PROP_ASCENT:
      g_value_set_double (value, self->ascent);
      break;
    case PROP_AVG_HEART_RATE:
      g_value_set_double (value, self->avg_heart_rate);
      break;
    case PROP_RPE:
      g_value_set_double (value, self->rpe);
      break;
    case PROP_GEAR_IDS:
      g_value_set_boxed (value, self->gear_ids);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_activity_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HyrActivity *self = HYR_ACTIVITY (object);
  double v;

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_SPORT:
      self->sport = g_value_dup_string (value);
      break;
    case PROP_START:
      self->start = g_value_dup_boxed (value);
      break;
    case PROP_DURATION:
      self->duration = _hyr_sanitize (g_value_get_double (value), HYR_MAX_ACTIVITY_DURATION,
                                      "duration");
      break;
    case PROP_DISTANCE:
      self->distance = _hyr_sanitize (g_value_get_double (value), HYR_MAX_ACTIVITY_DISTANCE,
                                      "distance");
      /* Less than a metre is no distance but a broken record (1e-300 m
       * from an import), and as the divisor of a weekly rise it made the
       * planner show "rose −2147483648 %". */
      if (self->distance > 0 && self->distance < HYR_MIN_ACTIVITY_DISTANCE)
        {
          g_debug ("Ignoring distance of %g m: less than a metre", self->distance);
          self->distance = 0;
        }
      break;
    case PROP_ASCENT:
      self->ascent = _hyr_sanitize (g_value_get_double (value), HYR_MAX_ACTIVITY_ASCENT,
                                    "ascent");
      break;
    case PROP_AVG_HEART_RATE:
      v = g_value_get_double (value);
      if (isfinite (v) && v >= HYR_MIN_HEART_RATE && v <= HYR_MAX_HEART_RATE)
        self->avg_heart_rate = v;
      else if (v != 0)
        g_debug ("Ignoring average heart rate of %g bpm", v);
      break;
    case PROP_RPE:
      self->rpe = _hyr_sanitize (g_value_get_double (value), 10, "RPE");
      break;
    case PROP_GEAR_IDS:
      self->gear_ids = g_value_dup_boxed (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_activity_class_init (HyrActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_activity_finalize;
  object_class->get_property = hyr_activity_get_property;
  object_class->set_property = hyr_activity_set_property;

  /**
   * HyrActivity:id:
   *
   * The host's stable identifier of the activity.
   */
  properties [PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * HyrActivity:sport:
   *
   * The host's own sport name ("Running", "Laufen", "Gym"…).
   */
  properties [PROP_SPORT] = g_param_spec_string ("sport", NULL, NULL, NULL, flags);

  /**
   * HyrActivity:start:
   *
   * When the activity started, with its time zone. An activity without a
   * start is dropped by hyr_activity_store_query().
   */
  properties [PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrActivity:duration:
   *
   * Moving duration in seconds; 0 when unknown.
   */
  properties [PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  /**
   * HyrActivity:distance:
   *
   * Distance in metres; 0 when unknown or not applicable.
   */
  properties [PROP_DISTANCE] =
    g_param_spec_double ("distance", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  /**
   * HyrActivity:ascent:
   *
   * Total ascent in metres; 0 when unknown.
   */
  properties [PROP_ASCENT] =
    g_param_spec_double ("ascent", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  /**
   * HyrActivity:avg-heart-rate:
   *
   * Average heart rate in beats per minute; 0 when unknown.
   */
  properties [PROP_AVG_HEART_RATE] =
    g_param_spec_double ("avg-heart-rate", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  /**
   * HyrActivity:rpe:
   *
   * Session rating of perceived exertion, 1 to 10; 0 when unknown.
   */
  properties [PROP_RPE] =
    g_param_spec_double ("rpe", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  /**
   * HyrActivity:gear-ids:
   *
   * Identifiers of the equipment used, as in #HyrGear:id.
   */
  properties [PROP_GEAR_IDS] = g_param_spec_boxed ("gear-ids", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * HyrActivity:title:
   *
   * The activity's title, if the host has one.
   */
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_activity_init (HyrActivity *self)
{
}

/**
 * hyr_activity_new:
 * @id: the host's identifier
 * @sport: the host's sport name
 * @start: when it started
 * @duration: seconds
 * @distance: metres
 *
 * Creates an activity with the most common fields; use g_object_new() for
 * the others.
 *
 * Returns: (transfer full): a new #HyrActivity
 */
HyrActivity *
hyr_activity_new (const char *id,
                  const char *sport,
                  GDateTime  *start,
                  double      duration,
                  double      distance)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (HYR_TYPE_ACTIVITY,
                       "id", id,
                       "sport", sport,
                       "start", start,
                       "duration", duration,
                       "distance", distance,
                       NULL);
}

/**
 * hyr_activity_get_id:
 * @self: a #HyrActivity
 *
 * Gets the identifier the host gave the activity; it is stable across reads
 * of the store.
 *
 * Returns: (nullable): the host's identifier
 */
const char *
hyr_activity_get_id (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), NULL);
  return self->id;
}

/**
 * hyr_activity_get_sport:
 * @self: a #HyrActivity
 *
 * Gets the host's own name of the activity's sport; hyr_modality_for_sport()
 * tells what kind of training it stands for.
 *
 * Returns: (nullable): the host's sport name
 */
const char *
hyr_activity_get_sport (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), NULL);
  return self->sport;
}

/**
 * hyr_activity_get_start:
 * @self: a #HyrActivity
 *
 * Gets when the activity started, in the time zone the host recorded.
 *
 * Returns: (transfer none) (nullable): when the activity started
 */
GDateTime *
hyr_activity_get_start (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), NULL);
  return self->start;
}

/**
 * hyr_activity_get_duration:
 * @self: a #HyrActivity
 *
 * Gets how long the activity lasted, as the host reported it.
 *
 * Returns: the duration in seconds, 0 when unknown
 */
double
hyr_activity_get_duration (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), 0);
  return self->duration;
}

/**
 * hyr_activity_get_distance:
 * @self: a #HyrActivity
 *
 * Gets the distance covered, as the host reported it.
 *
 * Returns: the distance in metres, 0 when unknown
 */
double
hyr_activity_get_distance (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), 0);
  return self->distance;
}

/**
 * hyr_activity_get_ascent:
 * @self: a #HyrActivity
 *
 * Gets the climbing done during the activity, as the host reported it.
 *
 * Returns: the ascent in metres, 0 when unknown
 */
double
hyr_activity_get_ascent (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), 0);
  return self->ascent;
}

/**
 * hyr_activity_get_avg_heart_rate:
 * @self: a #HyrActivity
 *
 * Gets the activity's average heart rate, as the host reported it.
 *
 * Returns: the average heart rate in bpm, 0 when unknown
 */
double
hyr_activity_get_avg_heart_rate (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), 0);
  return self->avg_heart_rate;
}

/**
 * hyr_activity_get_rpe:
 * @self: a #HyrActivity
 *
 * Gets the session rating of perceived exertion (1 to 10) the host recorded
 * for the activity.
 *
 * Returns: the session RPE, 0 when unknown
 */
double
hyr_activity_get_rpe (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), 0);
  return self->rpe;
}

/**
 * hyr_activity_get_gear_ids:
 * @self: a #HyrActivity
 *
 * Gets the host's identifiers of the equipment (shoes, say) the activity was
 * done with, as in #HyrGear:id.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   identifiers of the equipment used
 */
const char * const *
hyr_activity_get_gear_ids (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), NULL);
  return (const char * const *)self->gear_ids;
}

/**
 * hyr_activity_has_gear:
 * @self: a #HyrActivity
 * @gear_id: a #HyrGear:id
 *
 * Tells whether the host recorded @gear_id among the activity's equipment.
 *
 * Returns: whether the activity was done with @gear_id
 */
gboolean
hyr_activity_has_gear (HyrActivity *self,
                       const char  *gear_id)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);

  return self->gear_ids != NULL && g_strv_contains ((const char * const *)self->gear_ids, gear_id);
}

/**
 * hyr_activity_get_title:
 * @self: a #HyrActivity
 *
 * Gets the title the user gave the activity in the host.
 *
 * Returns: (nullable): the title
 */
const char *
hyr_activity_get_title (HyrActivity *self)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY (self), NULL);
  return self->title;
}
