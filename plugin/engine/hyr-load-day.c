/* hyr-load-day.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-load-day"

#include "config.h"

#include "hyr.h"
#include "hyr-load-day-private.h"

/**
 * HyrLoadDay:
 *
 * One calendar day of a #HyrLoadSeries: the day's training load (session
 * RPE × minutes, Foster 2001) and the running statistics over the days up
 * to it. Loads are in arbitrary units (RPE·min).
 */
struct _HyrLoadDay
{
  GObject parent_instance;

  GDateTime     *date;
  HyrLoadValues  values;
};

G_DEFINE_FINAL_TYPE (HyrLoadDay, hyr_load_day, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_ESTIMATED,
  N_FIXED_PROPS
};

/* The numeric properties are read straight from HyrLoadValues. */
typedef struct
{
  const char *name;
  gsize       offset;
} NumericProperty;

static const NumericProperty numeric[] = {
  { "load", G_STRUCT_OFFSET (HyrLoadValues, load) },
  { "run-load", G_STRUCT_OFFSET (HyrLoadValues, run_load) },
  { "lift-load", G_STRUCT_OFFSET (HyrLoadValues, lift_load) },
  { "ctl", G_STRUCT_OFFSET (HyrLoadValues, ctl) },
  { "atl", G_STRUCT_OFFSET (HyrLoadValues, atl) },
  { "tsb", G_STRUCT_OFFSET (HyrLoadValues, tsb) },
  { "acute", G_STRUCT_OFFSET (HyrLoadValues, acute) },
  { "chronic", G_STRUCT_OFFSET (HyrLoadValues, chronic) },
  { "ratio", G_STRUCT_OFFSET (HyrLoadValues, ratio) },
  { "monotony", G_STRUCT_OFFSET (HyrLoadValues, monotony) },
  { "strain", G_STRUCT_OFFSET (HyrLoadValues, strain) },
  { "run-distance", G_STRUCT_OFFSET (HyrLoadValues, run_distance) },
};

/**
 * HyrLoadDay:load:
 *
 * The day's training load, session RPE × minutes summed over the day's
 * sessions.
 */

/**
 * HyrLoadDay:run-load:
 *
 * The part of #HyrLoadDay:load that comes from runs.
 */

/**
 * HyrLoadDay:lift-load:
 *
 * The part of #HyrLoadDay:load that comes from strength sessions.
 */

/**
 * HyrLoadDay:ctl:
 *
 * Chronic training load ("fitness"): the load averaged with exponential
 * decay over #HyrLoadSeries:ctl-time-constant days, including this day.
 */

/**
 * HyrLoadDay:atl:
 *
 * Acute training load ("fatigue"): the same over #HyrLoadSeries:atl-time-
 * constant days.
 */

/**
 * HyrLoadDay:tsb:
 *
 * Training stress balance ("form"): yesterday's CTL minus yesterday's ATL.
 */

/**
 * HyrLoadDay:acute:
 *
 * The load of the 7 days ending with this day.
 */

/**
 * HyrLoadDay:chronic:
 *
 * The average weekly load of the 28 days ending with this day (their sum ÷
 * 4).
 */

/**
 * HyrLoadDay:ratio:
 *
 * #HyrLoadDay:acute ÷ #HyrLoadDay:chronic; 0 when the chronic load is 0 or
 * there are fewer than 28 days of history (see
 * hyr_load_day_get_ratio_known()).
 * Its "sweet spot" (0.8–1.3) and "danger" (≥ 1.5) bands are a criticised
 * heuristic: show the raw loads beside it.
 */

/**
 * HyrLoadDay:monotony:
 *
 * Mean daily load ÷ its standard deviation (population) over the 7 days
 * ending with this day, 0 when the load did not vary (undefined).
 */

/**
 * HyrLoadDay:strain:
 *
 * #HyrLoadDay:acute × #HyrLoadDay:monotony.
 */

/**
 * HyrLoadDay:run-distance:
 *
 * Metres run on this day.
 */

static GParamSpec *properties [N_FIXED_PROPS + G_N_ELEMENTS (numeric)];

static void
hyr_load_day_finalize (GObject *object)
{
  HyrLoadDay *self = (HyrLoadDay *)object;

  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (hyr_load_day_parent_class)->finalize (object);
}

static void
hyr_load_day_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HyrLoadDay *self = HYR_LOAD_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_ESTIMATED:
      g_value_set_boolean (value, self->values.estimated);
      break;
    default:
      if (prop_id >= N_FIXED_PROPS && prop_id < N_FIXED_PROPS + G_N_ELEMENTS (numeric))
        g_value_set_double (value,
                            G_STRUCT_MEMBER (double, &self->values,
                                             numeric[prop_id - N_FIXED_PROPS].offset));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_load_day_class_init (HyrLoadDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_load_day_finalize;
  object_class->get_property = hyr_load_day_get_property;

  /**
   * HyrLoadDay:date:
   *
   * The day, at midnight in the time zone of the series' start.
   */
  properties [PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrLoadDay:estimated:
   *
   * Whether the load of at least one session of this day rests on an
   * estimated RPE (from the run kind or the heart rate) because the host
   * had none.
   */
  properties [PROP_ESTIMATED] = g_param_spec_boolean ("estimated", NULL, NULL, FALSE, flags);

  for (guint i = 0; i < G_N_ELEMENTS (numeric); i++)
    properties [N_FIXED_PROPS + i] =
      g_param_spec_double (numeric[i].name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  g_object_class_install_properties (object_class, G_N_ELEMENTS (properties), properties);
}

static void
hyr_load_day_init (HyrLoadDay *self)
{
}

HyrLoadDay *
_hyr_load_day_new (GDateTime           *date,
                   const HyrLoadValues *values)
{
  HyrLoadDay *self = g_object_new (HYR_TYPE_LOAD_DAY, NULL);

  self->date = g_date_time_ref (date);
  self->values = *values;

  return self;
}

/**
 * hyr_load_day_get_date:
 * @self: a #HyrLoadDay
 *
 * Gets the calendar day this entry is for.
 *
 * Returns: (transfer none): the day, at midnight
 */
GDateTime *
hyr_load_day_get_date (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), NULL);
  return self->date;
}

/**
 * hyr_load_day_get_estimated:
 * @self: a #HyrLoadDay
 *
 * Gets whether the load of at least one session of the day rests on an
 * estimated RPE because the host had none.
 *
 * Returns: whether an estimated RPE went into this day's load
 */
gboolean
hyr_load_day_get_estimated (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), FALSE);
  return self->values.estimated;
}

/**
 * hyr_load_day_get_load:
 * @self: a #HyrLoadDay
 *
 * Gets the day's training load: session RPE × minutes, summed over the day's
 * sessions.
 *
 * Returns: #HyrLoadDay:load
 */
double
hyr_load_day_get_load (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.load;
}

/**
 * hyr_load_day_get_run_load:
 * @self: a #HyrLoadDay
 *
 * Gets the part of the day's load that comes from runs.
 *
 * Returns: #HyrLoadDay:run-load
 */
double
hyr_load_day_get_run_load (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.run_load;
}

/**
 * hyr_load_day_get_lift_load:
 * @self: a #HyrLoadDay
 *
 * Gets the part of the day's load that comes from strength sessions.
 *
 * Returns: #HyrLoadDay:lift-load
 */
double
hyr_load_day_get_lift_load (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.lift_load;
}

/**
 * hyr_load_day_get_ctl:
 * @self: a #HyrLoadDay
 *
 * Gets the chronic training load ("fitness"), the load averaged with
 * exponential decay over #HyrLoadSeries:ctl-time-constant days.
 *
 * Returns: #HyrLoadDay:ctl
 */
double
hyr_load_day_get_ctl (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.ctl;
}

/**
 * hyr_load_day_get_atl:
 * @self: a #HyrLoadDay
 *
 * Gets the acute training load ("fatigue"), the load averaged with
 * exponential decay over #HyrLoadSeries:atl-time-constant days.
 *
 * Returns: #HyrLoadDay:atl
 */
double
hyr_load_day_get_atl (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.atl;
}

/**
 * hyr_load_day_get_tsb:
 * @self: a #HyrLoadDay
 *
 * Gets the training stress balance ("form"): yesterday's CTL minus
 * yesterday's ATL.
 *
 * Returns: #HyrLoadDay:tsb
 */
double
hyr_load_day_get_tsb (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.tsb;
}

/**
 * hyr_load_day_get_acute:
 * @self: a #HyrLoadDay
 *
 * Gets the acute load: the load of the 7 days ending with this day.
 *
 * Returns: #HyrLoadDay:acute
 */
double
hyr_load_day_get_acute (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.acute;
}

/**
 * hyr_load_day_get_chronic:
 * @self: a #HyrLoadDay
 *
 * Gets the chronic load: the average weekly load of the 28 days ending with
 * this day.
 *
 * Returns: #HyrLoadDay:chronic
 */
double
hyr_load_day_get_chronic (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.chronic;
}

/**
 * hyr_load_day_get_ratio:
 * @self: a #HyrLoadDay
 *
 * Gets the acute to chronic load ratio, a criticised heuristic best shown
 * beside the raw loads.
 *
 * Returns: #HyrLoadDay:ratio
 */
double
hyr_load_day_get_ratio (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.ratio;
}

/**
 * hyr_load_day_get_ratio_known:
 * @self: a #HyrLoadDay
 *
 * Whether the day has an acute:chronic ratio: a chronic load, and at least
 * 28 days since the first day with any load, so that the chronic load is
 * four real weeks. Views show no ratio without it.
 *
 * Returns: %TRUE when #HyrLoadDay:ratio means something
 */
gboolean
hyr_load_day_get_ratio_known (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), FALSE);
  return self->values.ratio_known;
}

/**
 * hyr_load_day_get_monotony:
 * @self: a #HyrLoadDay
 *
 * Gets the training monotony: the mean daily load of the 7 days ending with
 * this day divided by its standard deviation.
 *
 * Returns: #HyrLoadDay:monotony
 */
double
hyr_load_day_get_monotony (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.monotony;
}

/**
 * hyr_load_day_get_strain:
 * @self: a #HyrLoadDay
 *
 * Gets the training strain: the acute load times the monotony.
 *
 * Returns: #HyrLoadDay:strain
 */
double
hyr_load_day_get_strain (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.strain;
}

/**
 * hyr_load_day_get_run_distance:
 * @self: a #HyrLoadDay
 *
 * Gets the distance run on this day, in metres.
 *
 * Returns: #HyrLoadDay:run-distance
 */
double
hyr_load_day_get_run_distance (HyrLoadDay *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_DAY (self), 0);
  return self->values.run_distance;
}
