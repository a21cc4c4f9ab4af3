/* hyr-session.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-session"

#include "config.h"

#include "hyr.h"
#include "hyr-sentence-private.h"
#include "hyr-session-private.h"

/**
 * HyrSession:
 *
 * One planned session of a #HyrWeekPlan: a run with its kind, distance and
 * suggested shoe, or a strength session with its exercises; each with the
 * reason it is planned as it is.
 */
struct _HyrSession
{
  GObject parent_instance;

  GDateTime      *day;
  HyrSessionKind  kind;
  HyrRunKind      run_kind;
  double          distance;
  double          duration;
  HyrLiftFocus    lift_focus;
  gboolean        heavy_legs;
  char           *shoe_id;
  char           *shoe_name;
  char           *shoe_reason;
  char           *title;
  char           *reason;
  GPtrArray      *exercises;
  HyrSessionStatus status;
  char           *activity_id;
  char           *key;            /* what a move or skip is kept under */
  GPtrArray      *steps;
};

G_DEFINE_FINAL_TYPE (HyrSession, hyr_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DAY,
  PROP_KIND,
  PROP_RUN_KIND,
  PROP_DISTANCE,
  PROP_DURATION,
  PROP_LIFT_FOCUS,
  PROP_HEAVY_LEGS,
  PROP_SHOE_ID,
  PROP_SHOE_NAME,
  PROP_SHOE_REASON,
  PROP_TITLE,
  PROP_REASON,
  PROP_STATUS,
  PROP_ACTIVITY_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_session_finalize (GObject *object)
{
  HyrSession *self = (HyrSession *)object;

  g_clear_pointer (&self->day, g_date_time_unref);
  g_clear_pointer (&self->shoe_id, g_free);
  g_clear_pointer (&self->shoe_name, g_free);
  g_clear_pointer (&self->shoe_reason, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->activity_id, g_free);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);

  G_OBJECT_CLASS (hyr_session_parent_class)->finalize (object);
}

static void
hyr_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HyrSession *self = HYR_SESSION (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_boxed (value, self->day);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_RUN_KIND:
      g_value_set_enum (value, self->run_kind);
      break;
    case PROP_DISTANCE:
      g_value_set_double (value, self->distance);
      break;
    case PROP_DURATION:
      g_value_set_double (value, self->duration);
      break;
    case PROP_LIFT_FOCUS:
      g_value_set_enum (value, self->lift_focus);
      break;
    case PROP_HEAVY_LEGS:
      g_value_set_boolean (value, self->heavy_legs);
      break;
    case PROP_SHOE_ID:
      g_value_set_string (value, self->shoe_id);
      break;
    case PROP_SHOE_NAME:
      g_value_set_string (value, self->shoe_name);
      break;
    case PROP_SHOE_REASON:
      g_value_set_string (value, self->shoe_reason);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_ACTIVITY_ID:
      g_value_set_string (value, self->activity_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_session_class_init (HyrSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_session_finalize;
  object_class->get_property = hyr_session_get_property;

  /**
   * HyrSession:day:
   *
   * When the session is planned to start, in the time zone of the week's
   * start: runs at 07:00 (long runs at 08:00), strength sessions at 18:00,
   * so that on a shared day the lift comes 11 h after the run.
   */
  properties [PROP_DAY] =
    g_param_spec_boxed ("day", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrSession:kind:
   *
   * A run or a strength session.
   */
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HYR_TYPE_SESSION_KIND, HYR_SESSION_KIND_RUN, flags);

  /**
   * HyrSession:run-kind:
   *
   * The purpose of a run; %HYR_RUN_KIND_EASY for strength sessions.
   */
  properties [PROP_RUN_KIND] =
    g_param_spec_enum ("run-kind", NULL, NULL, HYR_TYPE_RUN_KIND, HYR_RUN_KIND_EASY, flags);

  /**
   * HyrSession:distance:
   *
   * The planned distance of a run in metres; 0 for strength sessions.
   */
  properties [PROP_DISTANCE] =
    g_param_spec_double ("distance", NULL, NULL, 0, 1e7, 0, flags);

  /**
   * HyrSession:duration:
   *
   * The planned duration in seconds.
   */
  properties [PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, 0, 1e6, 0, flags);

  /**
   * HyrSession:lift-focus:
   *
   * The focus of a strength session; %HYR_LIFT_FOCUS_NONE for runs.
   */
  properties [PROP_LIFT_FOCUS] =
    g_param_spec_enum ("lift-focus", NULL, NULL, HYR_TYPE_LIFT_FOCUS, HYR_LIFT_FOCUS_NONE, flags);

  /**
   * HyrSession:heavy-legs:
   *
   * Whether a strength session loads the legs heavily (squat or deadlift
   * at 65 % of the training max or more), which the interference rules
   * keep away from hard runs.
   */
  properties [PROP_HEAVY_LEGS] =
    g_param_spec_boolean ("heavy-legs", NULL, NULL, FALSE, flags);

  /**
   * HyrSession:shoe-id:
   *
   * The #HyrShoe:gear-id of the pair the shoe rotation suggests for a run,
   * or %NULL.
   */
  properties [PROP_SHOE_ID] =
    g_param_spec_string ("shoe-id", NULL, NULL, NULL, flags);

  /**
   * HyrSession:shoe-name:
   *
   * The name of the pair #HyrSession:shoe-id names, so that a view needs
   * no shoe rotation of its own to show it; %NULL without a pair.
   */
  properties [PROP_SHOE_NAME] =
    g_param_spec_string ("shoe-name", NULL, NULL, NULL, flags);

  /**
   * HyrSession:shoe-reason:
   *
   * Why the rotation suggests that pair, or %NULL.
   */
  properties [PROP_SHOE_REASON] =
    g_param_spec_string ("shoe-reason", NULL, NULL, NULL, flags);

  /**
   * HyrSession:title:
   *
   * A short title ("Long run, 18 km", "Lower body: squat").
   */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * HyrSession:reason:
   *
   * Why the session is what it is and where it is, in sentences, including
   * what the planner changed because the recorded history disagreed with
   * the plan.
   */
  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, flags);

  /**
   * HyrSession:status:
   *
   * How the session stands against the history: %HYR_SESSION_STATUS_DONE
   * or %HYR_SESSION_STATUS_PARTIAL when a recorded activity of its day (or
   * the day next to it) did it, %HYR_SESSION_STATUS_MISSED when its day
   * has passed without one, %HYR_SESSION_STATUS_PLANNED while it is still
   * to come.
   */
  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, HYR_TYPE_SESSION_STATUS,
                       HYR_SESSION_STATUS_PLANNED, flags);

  /**
   * HyrSession:activity-id:
   *
   * The #HyrActivity:id of the recorded activity that did the session, or
   * %NULL.
   */
  properties [PROP_ACTIVITY_ID] =
    g_param_spec_string ("activity-id", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_session_init (HyrSession *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->steps = g_ptr_array_new_with_free_func (g_object_unref);
  self->reason = g_strdup ("");
}

HyrSession *
_hyr_session_new_run (GDateTime  *day,
                      HyrRunKind  run_kind,
                      double      distance,
                      double      duration,
                      const char *title)
{
  HyrSession *self = g_object_new (HYR_TYPE_SESSION, NULL);

  self->day = g_date_time_ref (day);
  self->kind = HYR_SESSION_KIND_RUN;
  self->run_kind = run_kind;
  self->distance = distance;
  self->duration = duration;
  self->lift_focus = HYR_LIFT_FOCUS_NONE;
  self->title = g_strdup (title);

  return self;
}

HyrSession *
_hyr_session_new_lift (GDateTime    *day,
                       HyrLiftFocus  focus,
                       double        duration,
                       gboolean      heavy_legs,
                       const char   *title)
{
  HyrSession *self = g_object_new (HYR_TYPE_SESSION, NULL);

  self->day = g_date_time_ref (day);
  self->kind = HYR_SESSION_KIND_LIFT;
  self->run_kind = HYR_RUN_KIND_EASY;
  self->lift_focus = focus;
  self->duration = duration;
  self->heavy_legs = heavy_legs;
  self->title = g_strdup (title);

  return self;
}

void
_hyr_session_add_exercise (HyrSession  *self,
                           HyrExercise *exercise)
{
  g_ptr_array_add (self->exercises, g_object_ref (exercise));
}

void
_hyr_session_set_shoe (HyrSession *self,
                       const char *gear_id,
                       const char *shoe_name,
                       const char *shoe_reason)
{
  g_free (self->shoe_id);
  self->shoe_id = g_strdup (gear_id);
  g_free (self->shoe_name);
  self->shoe_name = g_strdup (gear_id != NULL ? shoe_name : NULL);
  g_free (self->shoe_reason);
  self->shoe_reason = g_strdup (shoe_reason);
}

void
_hyr_session_set_run (HyrSession *self,
                      HyrRunKind  run_kind,
                      double      distance,
                      double      duration,
                      const char *title)
{
  self->run_kind = run_kind;
  self->distance = distance;
  self->duration = duration;
  g_free (self->title);
  self->title = g_strdup (title);
}

void
_hyr_session_set_steps (HyrSession *self,
                        GPtrArray  *steps)
{
  g_ptr_array_set_size (self->steps, 0);
  for (guint i = 0; steps != NULL && i < steps->len; i++)
    g_ptr_array_add (self->steps, g_object_ref (g_ptr_array_index (steps, i)));
}

void
_hyr_session_set_key (HyrSession *self,
                      const char *key)
{
  g_free (self->key);
  self->key = g_strdup (key);
}

const char *
_hyr_session_get_key (HyrSession *self)
{
  return self->key;
}

void
_hyr_session_set_status (HyrSession       *self,
                         HyrSessionStatus  status,
                         const char       *activity_id)
{
  self->status = status;
  g_free (self->activity_id);
  self->activity_id = g_strdup (activity_id);
}

void
_hyr_session_add_reason (HyrSession *self,
                         const char *sentence)
{
  _hyr_append_sentence (&self->reason, sentence);
}

/**
 * hyr_session_get_exercises:
 * @self: a #HyrSession
 *
 * Gets the exercises of a strength session.
 *
 * Returns: (transfer none) (element-type HyrExercise): the exercises of a
 *   strength session in order, empty for a run
 */
GPtrArray *
hyr_session_get_exercises (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->exercises;
}

/**
 * hyr_session_get_day:
 * @self: a #HyrSession
 *
 * Gets when the session is planned to start.
 *
 * Returns: (transfer none): the planned start
 */
GDateTime *
hyr_session_get_day (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->day;
}

/**
 * hyr_session_get_kind:
 * @self: a #HyrSession
 *
 * Gets whether the session is a run or a strength session.
 *
 * Returns: the kind
 */
HyrSessionKind
hyr_session_get_kind (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), HYR_SESSION_KIND_RUN);
  return self->kind;
}

/**
 * hyr_session_get_run_kind:
 * @self: a #HyrSession
 *
 * Gets the purpose of a run.
 *
 * Returns: the run kind
 */
HyrRunKind
hyr_session_get_run_kind (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), HYR_RUN_KIND_EASY);
  return self->run_kind;
}

/**
 * hyr_session_get_distance:
 * @self: a #HyrSession
 *
 * Gets the planned distance of a run; 0 for a strength session.
 *
 * Returns: metres
 */
double
hyr_session_get_distance (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), 0);
  return self->distance;
}

/**
 * hyr_session_get_duration:
 * @self: a #HyrSession
 *
 * Gets the planned duration of the session.
 *
 * Returns: seconds
 */
double
hyr_session_get_duration (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), 0);
  return self->duration;
}

/**
 * hyr_session_get_lift_focus:
 * @self: a #HyrSession
 *
 * Gets the part of the body a strength session trains; %HYR_LIFT_FOCUS_NONE
 * for a run.
 *
 * Returns: the focus
 */
HyrLiftFocus
hyr_session_get_lift_focus (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), HYR_LIFT_FOCUS_NONE);
  return self->lift_focus;
}

/**
 * hyr_session_get_heavy_legs:
 * @self: a #HyrSession
 *
 * Gets whether the session is heavy lower-body work, which the planner keeps
 * away from hard runs.
 *
 * Returns: whether the session is heavy lower-body work
 */
gboolean
hyr_session_get_heavy_legs (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), FALSE);
  return self->heavy_legs;
}

/**
 * hyr_session_get_shoe_id:
 * @self: a #HyrSession
 *
 * Gets the identifier of the pair of shoes the shoe rotation suggests for a
 * run.
 *
 * Returns: (nullable): the suggested pair
 */
const char *
hyr_session_get_shoe_id (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->shoe_id;
}

/**
 * hyr_session_get_shoe_reason:
 * @self: a #HyrSession
 *
 * Gets why the shoe rotation suggests that pair, in a sentence.
 *
 * Returns: (nullable): the reason for the pair
 */
const char *
hyr_session_get_shoe_reason (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->shoe_reason;
}

/**
 * hyr_session_get_title:
 * @self: a #HyrSession
 *
 * Gets the session's title, in words.
 *
 * Returns: the title
 */
const char *
hyr_session_get_title (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->title;
}

/**
 * hyr_session_get_reason:
 * @self: a #HyrSession
 *
 * Gets why the session is what it is and where it is, in sentences,
 * including what the planner changed because the history disagreed with the
 * plan.
 *
 * Returns: the explanation
 */
const char *
hyr_session_get_reason (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->reason;
}

/**
 * hyr_session_get_status:
 * @self: a #HyrSession
 *
 * Gets whether the session is still planned, done, partly done, missed or
 * skipped, as the history shows.
 *
 * Returns: how the session stands against the history
 */
HyrSessionStatus
hyr_session_get_status (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), HYR_SESSION_STATUS_PLANNED);
  return self->status;
}

/**
 * hyr_session_get_activity_id:
 * @self: a #HyrSession
 *
 * Gets the host's activity that did the planned session, once the history
 * shows one.
 *
 * Returns: (nullable): the id of the recorded activity that did the
 *   session, or %NULL
 */
const char *
hyr_session_get_activity_id (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->activity_id;
}

/**
 * hyr_session_get_steps:
 * @self: a #HyrSession
 *
 * Gets the structure of a run: warm-up, work with its repeats and
 * recoveries, cool-down, each with its distance or time and target pace.
 * Every run has at least one step; a strength session has none.
 *
 * Returns: (transfer none) (element-type HyrWorkoutStep): the steps, in
 *   order
 */
GPtrArray *
hyr_session_get_steps (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->steps;
}

/**
 * hyr_session_get_shoe_name:
 * @self: a #HyrSession
 *
 * Gets the name of the pair of shoes the shoe rotation suggests for a run,
 * the pair hyr_session_get_shoe_id() identifies.
 *
 * Returns: (nullable): the name of the suggested pair, or %NULL
 */
const char *
hyr_session_get_shoe_name (HyrSession *self)
{
  g_return_val_if_fail (HYR_IS_SESSION (self), NULL);
  return self->shoe_name;
}
