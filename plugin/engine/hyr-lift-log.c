/* hyr-lift-log.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-lift-log"

#include "config.h"

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-enum-private.h"
#include "hyr-lift-diary-private.h"
#include "hyr-lift-log-private.h"

/**
 * HyrLiftLog:
 *
 * The results of the AMRAP ("as many reps as possible") sets the user
 * logged, one per lift and day: the last set of a main lift in the
 * #HyrLiftDiary, with the reps the set asked for. Results an older version
 * kept in the state's "lift-log" section are read into the diary once.
 *
 * The planner reads it to set each cycle's training max: a cycle whose
 * AMRAP sets all reached their reps adds 2.5 kg (presses) or 5 kg (squat,
 * deadlift), a miss resets the training max to 90 %.
 */


struct _HyrLiftLog
{
  GObject parent_instance;

  HyrState *state;
};

G_DEFINE_FINAL_TYPE (HyrLiftLog, hyr_lift_log, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_lift_log_dispose (GObject *object)
{
  HyrLiftLog *self = (HyrLiftLog *)object;

  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_lift_log_parent_class)->dispose (object);
}

static void
hyr_lift_log_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HyrLiftLog *self = HYR_LIFT_LOG (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_log_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HyrLiftLog *self = HYR_LIFT_LOG (object);

  switch (prop_id)
    {
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_log_class_init (HyrLiftLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hyr_lift_log_dispose;
  object_class->get_property = hyr_lift_log_get_property;
  object_class->set_property = hyr_lift_log_set_property;

  /**
   * HyrLiftLog:state:
   *
   * The state whose "lift-log" section holds the results.
   */
  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, HYR_TYPE_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_lift_log_init (HyrLiftLog *self)
{
}

/**
 * hyr_lift_log_new:
 * @state: the plugin's state
 *
 * Creates a log of the results of the 5/3/1 main lifts, kept in @state.
 *
 * Returns: (transfer full): a lift log over @state's "lift-log" section
 */
HyrLiftLog *
hyr_lift_log_new (HyrState *state)
{
  g_return_val_if_fail (HYR_IS_STATE (state), NULL);

  return g_object_new (HYR_TYPE_LIFT_LOG, "state", state, NULL);
}

/**
 * hyr_lift_log_get_state:
 * @self: a #HyrLiftLog
 *
 * Gets the state the log is kept in.
 *
 * Returns: (transfer none): the state
 */
HyrState *
hyr_lift_log_get_state (HyrLiftLog *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), NULL);
  return self->state;
}

/* The AMRAP result of @lift on @day in the diary, or NULL. */
static HyrLoggedSet *
find_result (HyrLiftLog *self,
             HyrLift     lift,
             GDateTime  *day)
{
  g_autofree char *key = _hyr_lift_diary_amrap_key (lift, day);
  JsonObject *sets = _hyr_lift_diary_sets (self->state);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;

  if (!json_object_has_member (sets, key))
    return NULL;

  from = _hyr_midnight (day);
  to = g_date_time_add_days (from, 1);
  found = _hyr_lift_diary_read_sets (self->state, from, to);
  for (guint i = 0; i < found->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (found, i);

      if (g_str_equal (_hyr_logged_set_get_key (set), key))
        return g_object_ref (set);
    }

  return NULL;
}

/**
 * hyr_lift_log_record:
 * @self: a #HyrLiftLog
 * @lift: the main lift
 * @day: the day of the session
 * @weight: the load of the AMRAP set in kg
 * @reps: the repetitions done
 * @required_reps: the repetitions the set prescribed
 * @error: return location for a #GError
 *
 * Records (or corrects) the AMRAP result of @lift on @day and saves the
 * state. When saving fails, the log stays as it was.
 *
 * Returns: %TRUE when the result was saved
 */
gboolean
hyr_lift_log_record (HyrLiftLog  *self,
                     HyrLift      lift,
                     GDateTime   *day,
                     double       weight,
                     guint        reps,
                     guint        required_reps,
                     GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) when = NULL;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), FALSE);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (weight >= 0 && weight <= 500, FALSE);
  g_return_val_if_fail (reps <= 100 && required_reps <= 100, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = _hyr_lift_diary_amrap_key (lift, day);
  when = g_date_time_add_hours (midnight = _hyr_midnight (day), 18);
  entry = json_object_new ();
  iso = g_date_time_format_iso8601 (when);
  json_object_set_string_member (entry, "when", iso);
  json_object_set_string_member (entry, "exercise", hyr_lift_get_name (lift));
  json_object_set_string_member (entry, "lift", _hyr_enum_to_nick (HYR_TYPE_LIFT, lift));
  json_object_set_double_member (entry, "weight", weight);
  json_object_set_int_member (entry, "reps", reps);
  json_object_set_double_member (entry, "rir", -1);
  json_object_set_int_member (entry, "required", required_reps);

  return _hyr_lift_diary_put (self->state, key, entry, error);
}

/**
 * hyr_lift_log_lookup:
 * @self: a #HyrLiftLog
 * @lift: the main lift
 * @day: the day of the session
 * @weight: (out) (optional): the load in kg
 * @reps: (out) (optional): the repetitions done
 * @required_reps: (out) (optional): the repetitions prescribed
 *
 * Looks up the result of @lift logged on @day: the load and the repetitions
 * done against those prescribed.
 *
 * Returns: whether a result of @lift is logged on @day
 */
gboolean
hyr_lift_log_lookup (HyrLiftLog *self,
                     HyrLift     lift,
                     GDateTime  *day,
                     double     *weight,
                     guint      *reps,
                     guint      *required_reps)
{
  g_autoptr(HyrLoggedSet) set = NULL;

  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), FALSE);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  set = find_result (self, lift, day);
  if (set == NULL)
    return FALSE;

  if (weight != NULL)
    *weight = hyr_logged_set_get_weight (set);
  if (reps != NULL)
    *reps = hyr_logged_set_get_reps (set);
  if (required_reps != NULL)
    *required_reps = _hyr_logged_set_get_required (set);

  return TRUE;
}

/**
 * hyr_lift_log_remove:
 * @self: a #HyrLiftLog
 * @lift: the main lift
 * @day: the day of the session
 * @error: return location for a #GError
 *
 * Forgets the result of @lift on @day, if there is one, and saves the
 * state. When saving fails, the log stays as it was.
 *
 * Returns: %TRUE when the log was saved
 */
gboolean
hyr_lift_log_remove (HyrLiftLog  *self,
                     HyrLift      lift,
                     GDateTime   *day,
                     GError     **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), FALSE);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = _hyr_lift_diary_amrap_key (lift, day);
  return _hyr_lift_diary_drop (self->state, key, error);
}

/* Counts the AMRAP sets of @lift logged in [@from, @to) that reached their
 * reps (@made) and that did not (@missed). */
void
_hyr_lift_log_results (HyrLiftLog *self,
                       HyrLift     lift,
                       GDateTime  *from,
                       GDateTime  *to,
                       guint      *made,
                       guint      *missed)
{
  g_autoptr(GPtrArray) sets = NULL;
  int first = _hyr_julian_day (from);
  int end = _hyr_julian_day (to);

  *made = 0;
  *missed = 0;

  sets = _hyr_lift_diary_read_sets (self->state, NULL, NULL);
  for (guint i = 0; i < sets->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (sets, i);
      int julian = _hyr_julian_day (hyr_logged_set_get_when (set));
      guint required = _hyr_logged_set_get_required (set);

      if (hyr_logged_set_get_lift (set) != lift || required == 0 || julian < first || julian >= end)
        continue;

      if (hyr_logged_set_get_reps (set) >= required)
        (*made)++;
      else
        (*missed)++;
    }
}
