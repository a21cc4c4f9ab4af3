/* hyr-load-series.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-load-series"

#include "config.h"

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-load-series-private.h"

/**
 * HyrLoadSeries:
 *
 * Daily training load over a range of days, as
 * hyr_training_load_compute() returns it: one #HyrLoadDay per calendar
 * day, oldest first.
 */
struct _HyrLoadSeries
{
  GObject parent_instance;

  GPtrArray *chunks;       /* GPtrArray of HYR_LOAD_SERIES_CHUNK days each,
                            * the last one of the rest: shared with the
                            * series the next one was brought up from */
  guint      n_days;
  int        first_julian;
  double     ctl_time_constant;
  double     atl_time_constant;
  guint      n_sessions;
  guint      n_estimated;
};

G_DEFINE_FINAL_TYPE (HyrLoadSeries, hyr_load_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_DAYS,
  PROP_CTL_TIME_CONSTANT,
  PROP_ATL_TIME_CONSTANT,
  PROP_N_SESSIONS,
  PROP_N_ESTIMATED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_load_series_finalize (GObject *object)
{
  HyrLoadSeries *self = (HyrLoadSeries *)object;

  g_clear_pointer (&self->chunks, g_ptr_array_unref);

  G_OBJECT_CLASS (hyr_load_series_parent_class)->finalize (object);
}

static void
hyr_load_series_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HyrLoadSeries *self = HYR_LOAD_SERIES (object);

  switch (prop_id)
    {
    case PROP_N_DAYS:
      g_value_set_uint (value, self->n_days);
      break;
    case PROP_CTL_TIME_CONSTANT:
      g_value_set_double (value, self->ctl_time_constant);
      break;
    case PROP_ATL_TIME_CONSTANT:
      g_value_set_double (value, self->atl_time_constant);
      break;
    case PROP_N_SESSIONS:
      g_value_set_uint (value, self->n_sessions);
      break;
    case PROP_N_ESTIMATED:
      g_value_set_uint (value, self->n_estimated);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_load_series_class_init (HyrLoadSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_load_series_finalize;
  object_class->get_property = hyr_load_series_get_property;

  /**
   * HyrLoadSeries:n-days:
   *
   * The number of days.
   */
  properties [PROP_N_DAYS] = g_param_spec_uint ("n-days", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * HyrLoadSeries:ctl-time-constant:
   *
   * τ of the chronic training load in days (42 by default).
   */
  properties [PROP_CTL_TIME_CONSTANT] =
    g_param_spec_double ("ctl-time-constant", NULL, NULL, 1, 365, 42, flags);

  /**
   * HyrLoadSeries:atl-time-constant:
   *
   * τ of the acute training load in days (7 by default).
   */
  properties [PROP_ATL_TIME_CONSTANT] =
    g_param_spec_double ("atl-time-constant", NULL, NULL, 1, 365, 7, flags);

  /**
   * HyrLoadSeries:n-sessions:
   *
   * The number of activities whose load went into the series, warm-up
   * included.
   */
  properties [PROP_N_SESSIONS] =
    g_param_spec_uint ("n-sessions", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * HyrLoadSeries:n-estimated:
   *
   * How many of those had no RPE from the host, so that their RPE was
   * estimated from the run kind or the heart rate.
   */
  properties [PROP_N_ESTIMATED] =
    g_param_spec_uint ("n-estimated", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_load_series_init (HyrLoadSeries *self)
{
}

/* A series of @n_days days in @chunks (GPtrArrays of
 * HYR_LOAD_SERIES_CHUNK days, the last one of the rest), which it refs:
 * the chunks are never changed once in a series, so that the next series
 * of a history shares those of the days that did not change. */
HyrLoadSeries *
_hyr_load_series_new (GPtrArray *chunks,
                      guint      n_days,
                      double     ctl_time_constant,
                      double     atl_time_constant,
                      guint      n_sessions,
                      guint      n_estimated)
{
  HyrLoadSeries *self = g_object_new (HYR_TYPE_LOAD_SERIES, NULL);

  g_return_val_if_fail (chunks->len == (n_days + HYR_LOAD_SERIES_CHUNK - 1) / HYR_LOAD_SERIES_CHUNK, self);

  self->chunks = g_ptr_array_ref (chunks);
  self->n_days = n_days;
  self->first_julian = n_days > 0 ? _hyr_julian_day (hyr_load_day_get_date (hyr_load_series_get_day (self, 0))) : 0;
  self->ctl_time_constant = ctl_time_constant;
  self->atl_time_constant = atl_time_constant;
  self->n_sessions = n_sessions;
  self->n_estimated = n_estimated;

  return self;
}

static HyrLoadDay *
day_at (HyrLoadSeries *self,
        guint          index)
{
  GPtrArray *chunk = g_ptr_array_index (self->chunks, index / HYR_LOAD_SERIES_CHUNK);

  return g_ptr_array_index (chunk, index % HYR_LOAD_SERIES_CHUNK);
}

/**
 * hyr_load_series_get_n_days:
 * @self: a #HyrLoadSeries
 *
 * Gets how many calendar days the series covers.
 *
 * Returns: the number of days
 */
guint
hyr_load_series_get_n_days (HyrLoadSeries *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_SERIES (self), 0);
  return self->n_days;
}

/**
 * hyr_load_series_get_day:
 * @self: a #HyrLoadSeries
 * @index: 0 for the first day
 *
 * Gets the day at @index, counted from the first day of the series.
 *
 * Returns: (transfer none): the day
 */
HyrLoadDay *
hyr_load_series_get_day (HyrLoadSeries *self,
                         guint          index)
{
  g_return_val_if_fail (HYR_IS_LOAD_SERIES (self), NULL);
  g_return_val_if_fail (index < self->n_days, NULL);

  return day_at (self, index);
}

/**
 * hyr_load_series_lookup:
 * @self: a #HyrLoadSeries
 * @date: any time of the day of interest
 *
 * Finds the day of the series that holds @date.
 *
 * Returns: (transfer none) (nullable): the day of @date's calendar date, or
 *   %NULL when the series does not cover it
 */
HyrLoadDay *
hyr_load_series_lookup (HyrLoadSeries *self,
                        GDateTime     *date)
{
  int offset;

  g_return_val_if_fail (HYR_IS_LOAD_SERIES (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  offset = _hyr_julian_day (date) - self->first_julian;
  if (offset < 0 || (guint)offset >= self->n_days)
    return NULL;

  return day_at (self, offset);
}

/**
 * hyr_load_series_get_ctl_time_constant:
 * @self: a #HyrLoadSeries
 *
 * Gets the time constant of the exponential average that gives the chronic
 * training load.
 *
 * Returns: τ of the chronic training load in days
 */
double
hyr_load_series_get_ctl_time_constant (HyrLoadSeries *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_SERIES (self), 0);
  return self->ctl_time_constant;
}

/**
 * hyr_load_series_get_atl_time_constant:
 * @self: a #HyrLoadSeries
 *
 * Gets the time constant of the exponential average that gives the acute
 * training load.
 *
 * Returns: τ of the acute training load in days
 */
double
hyr_load_series_get_atl_time_constant (HyrLoadSeries *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_SERIES (self), 0);
  return self->atl_time_constant;
}

/**
 * hyr_load_series_get_n_sessions:
 * @self: a #HyrLoadSeries
 *
 * Gets how many of the host's activities went into the series.
 *
 * Returns: the number of activities counted, warm-up included
 */
guint
hyr_load_series_get_n_sessions (HyrLoadSeries *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_SERIES (self), 0);
  return self->n_sessions;
}

/**
 * hyr_load_series_get_n_estimated:
 * @self: a #HyrLoadSeries
 *
 * Gets how many of the sessions counted had no RPE from the host and were
 * given an estimated one.
 *
 * Returns: how many of them had an estimated RPE
 */
guint
hyr_load_series_get_n_estimated (HyrLoadSeries *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_SERIES (self), 0);
  return self->n_estimated;
}
