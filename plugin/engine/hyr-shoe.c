/* hyr-shoe.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoe"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hyr.h"
#include "hyr-shoe-private.h"

/* Wear thresholds, as fractions of the retire distance (DOMAIN.md). */
#define WORN_FRACTION   0.8
#define RETIRE_FRACTION 1.0

/* Sums of host distances carry rounding noise; a pair at 639 999.999 999 m
 * of 800 km is at 80 %. */
#define DISTANCE_EPSILON 1e-3 /* m */

/**
 * HyrShoe:
 *
 * One pair of running shoes with its figures, as #HyrShoeRotation computed
 * them: an immutable snapshot. When the history or the user's settings
 * change, the rotation makes new snapshots and emits
 * #HyrShoeRotation::changed.
 *
 * Distances are in metres. #HyrShoe:distance is the pair's wear: its prior
 * distance plus every activity that carried it, walks included, the figure
 * trackers such as pytrainer show. #HyrShoe:run-distance is the running part
 * alone.
 */
struct _HyrShoe
{
  GObject parent_instance;

  char           *gear_id;
  char           *name;
  HyrShoeKind     kind;
  gboolean        kind_guessed;
  double          prior_distance;
  double          distance;
  double          run_distance;
  guint           runs;
  GDateTime      *last_used;
  double          retire_distance;
  gboolean        retire_distance_custom;
  GDateTime      *retire_date;
  gboolean        active;
  gboolean        from_host;
  double          share;
  guint           recent_runs;
  double          weekly_distance;
};

G_DEFINE_FINAL_TYPE (HyrShoe, hyr_shoe, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GEAR_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_KIND_GUESSED,
  PROP_PRIOR_DISTANCE,
  PROP_DISTANCE,
  PROP_RUN_DISTANCE,
  PROP_RUNS,
  PROP_LAST_USED,
  PROP_RETIRE_DISTANCE,
  PROP_RETIRE_DISTANCE_CUSTOM,
  PROP_WEAR,
  PROP_WARNING,
  PROP_RETIRE_DATE,
  PROP_ACTIVE,
  PROP_FROM_HOST,
  PROP_SHARE,
  PROP_RECENT_RUNS,
  PROP_WEEKLY_DISTANCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_shoe_finalize (GObject *object)
{
  HyrShoe *self = (HyrShoe *)object;

  g_clear_pointer (&self->gear_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->last_used, g_date_time_unref);
  g_clear_pointer (&self->retire_date, g_date_time_unref);

  G_OBJECT_CLASS (hyr_shoe_parent_class)->finalize (object);
}

static void
hyr_shoe_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HyrShoe *self = HYR_SHOE (object);

  switch (prop_id)
    {
    case PROP_GEAR_ID:
      g_value_set_string (value, self->gear_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_KIND_GUESSED:
      g_value_set_boolean (value, self->kind_guessed);
      break;
    case PROP_PRIOR_DISTANCE:
      g_value_set_double (value, self->prior_distance);
      break;
    case PROP_DISTANCE:
      g_value_set_double (value, self->distance);
      break;
    case PROP_RUN_DISTANCE:
      g_value_set_double (value, self->run_distance);
      break;
    case PROP_RUNS:
      g_value_set_uint (value, self->runs);
      break;
    case PROP_LAST_USED:
      g_value_set_boxed (value, self->last_used);
      break;
    case PROP_RETIRE_DISTANCE:
      g_value_set_double (value, self->retire_distance);
      break;
    case PROP_RETIRE_DISTANCE_CUSTOM:
      g_value_set_boolean (value, self->retire_distance_custom);
      break;
    case PROP_WEAR:
      g_value_set_double (value, hyr_shoe_get_wear (self));
      break;
    case PROP_WARNING:
      g_value_set_enum (value, hyr_shoe_get_warning (self));
      break;
    case PROP_RETIRE_DATE:
      g_value_set_boxed (value, self->retire_date);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_FROM_HOST:
      g_value_set_boolean (value, self->from_host);
      break;
    case PROP_SHARE:
      g_value_set_double (value, self->share);
      break;
    case PROP_RECENT_RUNS:
      g_value_set_uint (value, self->recent_runs);
      break;
    case PROP_WEEKLY_DISTANCE:
      g_value_set_double (value, self->weekly_distance);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoe_class_init (HyrShoeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_shoe_finalize;
  object_class->get_property = hyr_shoe_get_property;

  /**
   * HyrShoe:gear-id:
   *
   * The pair's identifier: the host's #HyrGear:id, or one the plugin made
   * for a pair it keeps itself.
   */
  properties [PROP_GEAR_ID] = g_param_spec_string ("gear-id", NULL, NULL, NULL, flags);

  /**
   * HyrShoe:name:
   *
   * The pair's name; the identifier when the host gave none.
   */
  properties [PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * HyrShoe:kind:
   *
   * What kind of shoe the pair is, as the user set it, or guessed from its
   * name ("trail", "racing"…), else cushioned.
   */
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HYR_TYPE_SHOE_KIND, HYR_SHOE_KIND_CUSHIONED, flags);

  /**
   * HyrShoe:kind-guessed:
   *
   * Whether #HyrShoe:kind is a guess from the pair's name (see
   * hyr_shoe_kind_guess()) that the user has not confirmed or changed.
   */
  properties [PROP_KIND_GUESSED] = g_param_spec_boolean ("kind-guessed", NULL, NULL, FALSE, flags);

  /**
   * HyrShoe:prior-distance:
   *
   * Metres the pair had run before it was tracked.
   */
  properties [PROP_PRIOR_DISTANCE] =
    g_param_spec_double ("prior-distance", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);

  /**
   * HyrShoe:distance:
   *
   * The pair's wear in metres: the prior distance plus every activity that
   * carried the pair, walks included.
   */
  properties [PROP_DISTANCE] =
    g_param_spec_double ("distance", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);

  /**
   * HyrShoe:run-distance:
   *
   * Metres of running in the pair, prior distance excluded.
   */
  properties [PROP_RUN_DISTANCE] =
    g_param_spec_double ("run-distance", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);

  /**
   * HyrShoe:runs:
   *
   * How many runs the pair carried.
   */
  properties [PROP_RUNS] = g_param_spec_uint ("runs", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * HyrShoe:last-used:
   *
   * The start of the latest activity that carried the pair, or %NULL.
   */
  properties [PROP_LAST_USED] =
    g_param_spec_boxed ("last-used", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrShoe:retire-distance:
   *
   * The distance at which the pair is due for retirement, in metres: the
   * user's choice, else the host's life expectancy, else a default by kind
   * (800 km for cushioned, trail and other pairs, 500 km for racing and
   * minimalist ones). These lifespans are a rule of thumb, not a finding.
   */
  properties [PROP_RETIRE_DISTANCE] =
    g_param_spec_double ("retire-distance", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);

  /**
   * HyrShoe:retire-distance-custom:
   *
   * Whether the user chose #HyrShoe:retire-distance.
   */
  properties [PROP_RETIRE_DISTANCE_CUSTOM] =
    g_param_spec_boolean ("retire-distance-custom", NULL, NULL, FALSE, flags);

  /**
   * HyrShoe:wear:
   *
   * #HyrShoe:distance divided by #HyrShoe:retire-distance: 1 is due.
   */
  properties [PROP_WEAR] = g_param_spec_double ("wear", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);

  /**
   * HyrShoe:warning:
   *
   * Whether the pair passed 80 % or 100 % of its retire distance.
   */
  properties [PROP_WARNING] =
    g_param_spec_enum ("warning", NULL, NULL, HYR_TYPE_SHOE_WARNING, HYR_SHOE_WARNING_NONE,
                       flags);

  /**
   * HyrShoe:retire-date:
   *
   * When the pair reaches its retire distance at the pace of the last
   * 8 weeks; the time of the figures when it is already there; %NULL when
   * the pair is retired or was not used in those 8 weeks.
   */
  properties [PROP_RETIRE_DATE] =
    g_param_spec_boxed ("retire-date", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrShoe:active:
   *
   * Whether the pair is still in use (not retired).
   */
  properties [PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, flags);

  /**
   * HyrShoe:from-host:
   *
   * Whether the pair is the host's equipment (%TRUE) or one the plugin keeps
   * itself because the host has no gear (%FALSE). Only the plugin's own
   * pairs can be renamed, retired or removed through #HyrShoeRotation.
   */
  properties [PROP_FROM_HOST] = g_param_spec_boolean ("from-host", NULL, NULL, TRUE, flags);

  /**
   * HyrShoe:share:
   *
   * The pair's share of the runs of the last 8 weeks that carried a tracked
   * pair, from 0 to 1.
   */
  properties [PROP_SHARE] = g_param_spec_double ("share", NULL, NULL, 0, 1, 0, flags);

  /**
   * HyrShoe:recent-runs:
   *
   * How many runs of the last 8 weeks carried the pair.
   */
  properties [PROP_RECENT_RUNS] =
    g_param_spec_uint ("recent-runs", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * HyrShoe:weekly-distance:
   *
   * Metres a week the pair carried over the last 8 weeks (or since it was
   * first used, when that is more recent, but at least over one week).
   */
  properties [PROP_WEEKLY_DISTANCE] =
    g_param_spec_double ("weekly-distance", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_shoe_init (HyrShoe *self)
{
  self->active = TRUE;
  self->from_host = TRUE;
}

HyrShoe *
_hyr_shoe_new (const HyrShoeFigures *figures)
{
  HyrShoe *self = g_object_new (HYR_TYPE_SHOE, NULL);

  self->gear_id = g_strdup (figures->gear_id);
  self->name = g_strdup (figures->name);
  self->kind = figures->kind;
  self->kind_guessed = figures->kind_guessed;
  self->prior_distance = figures->prior_distance;
  self->distance = figures->distance;
  self->run_distance = figures->run_distance;
  self->runs = figures->runs;
  self->last_used = figures->last_used != NULL ? g_date_time_ref (figures->last_used) : NULL;
  self->retire_distance = figures->retire_distance;
  self->retire_distance_custom = figures->retire_distance_custom;
  self->retire_date = figures->retire_date != NULL ? g_date_time_ref (figures->retire_date) : NULL;
  self->active = figures->active;
  self->from_host = figures->from_host;
  self->share = CLAMP (figures->share, 0.0, 1.0);
  self->recent_runs = figures->recent_runs;
  self->weekly_distance = figures->weekly_distance;

  return self;
}

static gboolean
date_equal (GDateTime *a,
            GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

/* Whether two snapshots show the same figures, so that the rotation tells
 * its listeners only about real changes. */
gboolean
_hyr_shoe_equal (HyrShoe *a,
                 HyrShoe *b)
{
  return g_strcmp0 (a->gear_id, b->gear_id) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         a->kind == b->kind &&
         a->kind_guessed == b->kind_guessed &&
         a->prior_distance == b->prior_distance &&
         a->distance == b->distance &&
         a->run_distance == b->run_distance &&
         a->runs == b->runs &&
         date_equal (a->last_used, b->last_used) &&
         a->retire_distance == b->retire_distance &&
         a->retire_distance_custom == b->retire_distance_custom &&
         date_equal (a->retire_date, b->retire_date) &&
         a->active == b->active &&
         a->from_host == b->from_host &&
         a->share == b->share &&
         a->recent_runs == b->recent_runs &&
         a->weekly_distance == b->weekly_distance;
}

/**
 * hyr_shoe_get_gear_id:
 * @self: a #HyrShoe
 *
 * Gets the pair's identifier: the host's #HyrGear:id, or the plugin's own
 * for pairs it keeps.
 *
 * Returns: the pair's identifier
 */
const char *
hyr_shoe_get_gear_id (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), NULL);
  return self->gear_id;
}

/**
 * hyr_shoe_get_name:
 * @self: a #HyrShoe
 *
 * Gets the name of the pair of shoes.
 *
 * Returns: the pair's name
 */
const char *
hyr_shoe_get_name (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), NULL);
  return self->name;
}

/**
 * hyr_shoe_get_kind:
 * @self: a #HyrShoe
 *
 * Gets the kind of shoe the user said the pair is.
 *
 * Returns: what kind of shoe the pair is
 */
HyrShoeKind
hyr_shoe_get_kind (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), HYR_SHOE_KIND_OTHER);
  return self->kind;
}

/**
 * hyr_shoe_get_kind_guessed:
 * @self: a #HyrShoe
 *
 * Gets whether #HyrShoe:kind was guessed from the pair's name (racing,
 * trail or minimalist models) and the user has not confirmed it yet.
 *
 * Returns: whether the kind is a guess from the name, not yet confirmed
 */
gboolean
hyr_shoe_get_kind_guessed (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), FALSE);
  return self->kind_guessed;
}

/* Model and type words that say what a pair is, from the makers' own
 * names for their racing shoes (Nike Vaporfly and Alphafly, ASICS
 * Metaspeed, Saucony Endorphin Pro, adidas Adizero Adios Pro), trail shoes
 * (HOKA Speedgoat, Saucony Peregrine, Brooks Cascadia) and minimalist
 * ones (Merrell Vapor Glove, Vivobarefoot Primus, Xero Shoes), and the
 * plain words people add. Minimalist first: such a pair needs bringing in
 * gradually, whatever else its name says. */
static const struct {
  const char  *word;
  HyrShoeKind  kind;
} kind_words[] = {
  { "vapor glove", HYR_SHOE_KIND_MINIMALIST },
  { "vivobarefoot", HYR_SHOE_KIND_MINIMALIST },
  { "primus", HYR_SHOE_KIND_MINIMALIST },
  { "barefoot", HYR_SHOE_KIND_MINIMALIST },
  { "minimal", HYR_SHOE_KIND_MINIMALIST },
  { "xero", HYR_SHOE_KIND_MINIMALIST },
  { "trail", HYR_SHOE_KIND_TRAIL },
  { "speedgoat", HYR_SHOE_KIND_TRAIL },
  { "peregrine", HYR_SHOE_KIND_TRAIL },
  { "cascadia", HYR_SHOE_KIND_TRAIL },
  { "vaporfly", HYR_SHOE_KIND_RACING },
  { "alphafly", HYR_SHOE_KIND_RACING },
  { "metaspeed", HYR_SHOE_KIND_RACING },
  { "endorphin pro", HYR_SHOE_KIND_RACING },
  { "adios pro", HYR_SHOE_KIND_RACING },
  { "racer", HYR_SHOE_KIND_RACING },
  { "race", HYR_SHOE_KIND_RACING },
};

/* Whether @word starts a word of @text: "race" in "Race Day", not in
 * "Grace" or "Terrace". */
static gboolean
has_word (const char *text,
          const char *word)
{
  for (const char *hit = strstr (text, word); hit != NULL; hit = strstr (hit + 1, word))
    {
      if (hit == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (hit))))
        return TRUE;
    }

  return FALSE;
}

/**
 * hyr_shoe_kind_guess:
 * @name: (nullable): a pair's name, as the user or the host wrote it
 * @guessed: (out) (optional): return location for whether a word of the
 *   name told the kind
 *
 * Guesses what kind of shoe a pair is from its name, until the user says:
 * "Vaporfly 3" is a racing shoe, "Speedgoat 5" a trail shoe, "Vivobarefoot
 * Primus Lite" a minimalist one; a name without such a word is taken for a
 * cushioned trainer, the most common kind.
 *
 * Returns: the kind
 */
HyrShoeKind
hyr_shoe_kind_guess (const char *name,
                     gboolean   *guessed)
{
  g_autofree char *folded = NULL;

  if (guessed != NULL)
    *guessed = FALSE;
  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return HYR_SHOE_KIND_CUSHIONED;

  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (kind_words); i++)
    {
      if (has_word (folded, kind_words[i].word))
        {
          if (guessed != NULL)
            *guessed = TRUE;
          return kind_words[i].kind;
        }
    }

  return HYR_SHOE_KIND_CUSHIONED;
}

/**
 * hyr_shoe_days_between:
 * @from: a time
 * @to: a later time
 *
 * The one count of days the shoe views and the rotation's advice use: the
 * calendar days from @from to @to in local time, so that a pair last worn
 * on Monday has rested 5 days on Saturday, whatever the hours ("last worn
 * 5 days ago" and "rested 5 days" say the same).
 *
 * Returns: the number of days, negative when @to is before @from
 */
int
hyr_shoe_days_between (GDateTime *from,
                       GDateTime *to)
{
  g_autoptr(GDateTime) local_from = NULL;
  g_autoptr(GDateTime) local_to = NULL;
  int y1, m1, d1, y2, m2, d2;
  GDate day_from, day_to;

  g_return_val_if_fail (from != NULL, 0);
  g_return_val_if_fail (to != NULL, 0);

  local_from = g_date_time_to_local (from);
  local_to = g_date_time_to_local (to);
  g_date_time_get_ymd (local_from, &y1, &m1, &d1);
  g_date_time_get_ymd (local_to, &y2, &m2, &d2);
  g_date_clear (&day_from, 1);
  g_date_clear (&day_to, 1);
  g_date_set_dmy (&day_from, d1, m1, y1);
  g_date_set_dmy (&day_to, d2, m2, y2);

  return g_date_days_between (&day_from, &day_to);
}

/**
 * hyr_shoe_get_prior_distance:
 * @self: a #HyrShoe
 *
 * Gets the distance the pair had covered before it was tracked.
 *
 * Returns: metres run before the pair was tracked
 */
double
hyr_shoe_get_prior_distance (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->prior_distance;
}

/**
 * hyr_shoe_get_distance:
 * @self: a #HyrShoe
 *
 * Gets the distance the pair has covered: its prior distance and every
 * activity done in it.
 *
 * Returns: the pair's wear in metres, prior distance and walks included
 */
double
hyr_shoe_get_distance (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->distance;
}

/**
 * hyr_shoe_get_run_distance:
 * @self: a #HyrShoe
 *
 * Gets the distance run in the pair, without walks and other activities.
 *
 * Returns: metres of running in the pair
 */
double
hyr_shoe_get_run_distance (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->run_distance;
}

/**
 * hyr_shoe_get_runs:
 * @self: a #HyrShoe
 *
 * Gets the number of runs done in the pair.
 *
 * Returns: how many runs the pair carried
 */
guint
hyr_shoe_get_runs (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->runs;
}

/**
 * hyr_shoe_get_last_used:
 * @self: a #HyrShoe
 *
 * Gets when the pair was last used.
 *
 * Returns: (transfer none) (nullable): the start of the latest activity in
 *   the pair
 */
GDateTime *
hyr_shoe_get_last_used (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), NULL);
  return self->last_used;
}

/**
 * hyr_shoe_get_retire_distance:
 * @self: a #HyrShoe
 *
 * Gets the distance at which the pair is due for retirement: the user's
 * choice, else the host's life expectancy, else a default for its kind.
 *
 * Returns: the distance at which the pair is due, in metres
 */
double
hyr_shoe_get_retire_distance (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->retire_distance;
}

/**
 * hyr_shoe_get_retire_distance_is_custom:
 * @self: a #HyrShoe
 *
 * Gets whether the retire distance is one the user set, rather than the
 * host's or the default for the pair's kind.
 *
 * Returns: whether the user chose the retire distance
 */
gboolean
hyr_shoe_get_retire_distance_is_custom (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), FALSE);
  return self->retire_distance_custom;
}

/**
 * hyr_shoe_get_wear:
 * @self: a #HyrShoe
 *
 * Gets how worn the pair is, relative to its retire distance.
 *
 * Returns: the distance divided by the retire distance; 1 is due
 */
double
hyr_shoe_get_wear (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);

  if (self->retire_distance <= 0)
    return 0;

  return self->distance / self->retire_distance;
}

/**
 * hyr_shoe_get_wear_percent:
 * @self: a #HyrShoe
 *
 * The wear as people read it, for display: whole percent, rounded down,
 * from 0 to 999. Views show this rather than converting
 * hyr_shoe_get_wear() themselves, because a ratio of two figures from a
 * file or a host can be anything, and a cast of a huge one to int showed
 * "−2147483648 %".
 *
 * Returns: the wear in percent, 0 to 999
 */
int
hyr_shoe_get_wear_percent (HyrShoe *self)
{
  double percent;

  g_return_val_if_fail (HYR_IS_SHOE (self), 0);

  percent = floor (hyr_shoe_get_wear (self) * 100);
  if (!(percent > 0))
    return 0;

  return (int)MIN (percent, 999);
}

/**
 * hyr_shoe_get_warning:
 * @self: a #HyrShoe
 *
 * Gets how close the pair is to its retire distance.
 *
 * Returns: %HYR_SHOE_WARNING_RETIRE at 100 % of the retire distance or
 *   more, %HYR_SHOE_WARNING_WORN at 80 % or more, else
 *   %HYR_SHOE_WARNING_NONE
 */
HyrShoeWarning
hyr_shoe_get_warning (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), HYR_SHOE_WARNING_NONE);

  if (self->retire_distance <= 0)
    return HYR_SHOE_WARNING_NONE;

  if (self->distance + DISTANCE_EPSILON >= RETIRE_FRACTION * self->retire_distance)
    return HYR_SHOE_WARNING_RETIRE;

  if (self->distance + DISTANCE_EPSILON >= WORN_FRACTION * self->retire_distance)
    return HYR_SHOE_WARNING_WORN;

  return HYR_SHOE_WARNING_NONE;
}

/**
 * hyr_shoe_get_retire_date:
 * @self: a #HyrShoe
 *
 * Gets when the pair will reach its retire distance at its recent weekly
 * distance.
 *
 * Returns: (transfer none) (nullable): when the pair is projected to reach
 *   its retire distance, or %NULL when it is retired or idle
 */
GDateTime *
hyr_shoe_get_retire_date (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), NULL);
  return self->retire_date;
}

/**
 * hyr_shoe_get_active:
 * @self: a #HyrShoe
 *
 * Gets whether the pair is still in use; retired pairs keep their figures.
 *
 * Returns: whether the pair is still in use
 */
gboolean
hyr_shoe_get_active (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), FALSE);
  return self->active;
}

/**
 * hyr_shoe_get_from_host:
 * @self: a #HyrShoe
 *
 * Gets whether the pair is equipment the host lists, rather than one the
 * plugin keeps itself.
 *
 * Returns: whether the pair is the host's equipment
 */
gboolean
hyr_shoe_get_from_host (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), FALSE);
  return self->from_host;
}

/**
 * hyr_shoe_get_share:
 * @self: a #HyrShoe
 *
 * Gets how much of the recent running the pair did.
 *
 * Returns: the pair's share of the last 8 weeks' runs, from 0 to 1
 */
double
hyr_shoe_get_share (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->share;
}

/**
 * hyr_shoe_get_recent_runs:
 * @self: a #HyrShoe
 *
 * Gets how often the pair was run in lately.
 *
 * Returns: how many runs of the last 8 weeks carried the pair
 */
guint
hyr_shoe_get_recent_runs (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->recent_runs;
}

/**
 * hyr_shoe_get_weekly_distance:
 * @self: a #HyrShoe
 *
 * Gets the distance the pair has covered per week lately, which projects its
 * retirement date.
 *
 * Returns: metres a week the pair carried lately
 */
double
hyr_shoe_get_weekly_distance (HyrShoe *self)
{
  g_return_val_if_fail (HYR_IS_SHOE (self), 0);
  return self->weekly_distance;
}
