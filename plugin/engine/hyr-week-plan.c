/* hyr-week-plan.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-week-plan"

#include "config.h"

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-enum-private.h"
#include "hyr-run-kind-private.h"
#include "hyr-sentence-private.h"
#include "hyr-week-plan-private.h"
#include "hyr-workout-private.h"

/**
 * HyrWeekPlan:
 *
 * The plan of one week, as hyr_planner_plan_week() makes it: its sessions
 * in order, the week's place in the training block, the sets each muscle
 * gets, warnings, and a summary of why.
 */
struct _HyrWeekPlan
{
  GObject parent_instance;

  GDateTime    *week_start;
  HyrPlanPhase  phase;
  gboolean      recovery_week;
  guint         wave_week;
  char         *summary;
  double        run_distance;
  double        easy_fraction;
  GPtrArray    *sessions;
  GPtrArray    *warnings;
  GPtrArray    *notes;
  GVariant     *sets_per_muscle;

  /* Against the history, for weeks that have begun */
  GPtrArray    *extra_activities;
  GVariant     *sets_done;
  GPtrArray    *logged_sets;
  double        done_distance;
  guint         sessions_done;
};

G_DEFINE_FINAL_TYPE (HyrWeekPlan, hyr_week_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WEEK_START,
  PROP_PHASE,
  PROP_RECOVERY_WEEK,
  PROP_WAVE_WEEK,
  PROP_SUMMARY,
  PROP_RUN_DISTANCE,
  PROP_EASY_FRACTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
hyr_week_plan_finalize (GObject *object)
{
  HyrWeekPlan *self = (HyrWeekPlan *)object;

  g_clear_pointer (&self->week_start, g_date_time_unref);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->sets_per_muscle, g_variant_unref);
  g_clear_pointer (&self->extra_activities, g_ptr_array_unref);
  g_clear_pointer (&self->sets_done, g_variant_unref);
  g_clear_pointer (&self->logged_sets, g_ptr_array_unref);

  G_OBJECT_CLASS (hyr_week_plan_parent_class)->finalize (object);
}

static void
hyr_week_plan_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HyrWeekPlan *self = HYR_WEEK_PLAN (object);

  switch (prop_id)
    {
    case PROP_WEEK_START:
      g_value_set_boxed (value, self->week_start);
      break;
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_RECOVERY_WEEK:
      g_value_set_boolean (value, self->recovery_week);
      break;
    case PROP_WAVE_WEEK:
      g_value_set_uint (value, self->wave_week);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_RUN_DISTANCE:
      g_value_set_double (value, self->run_distance);
      break;
    case PROP_EASY_FRACTION:
      g_value_set_double (value, self->easy_fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_week_plan_class_init (HyrWeekPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hyr_week_plan_finalize;
  object_class->get_property = hyr_week_plan_get_property;

  /**
   * HyrWeekPlan:week-start:
   *
   * The first day of the week, at midnight; the week is the seven days
   * from it.
   */
  properties [PROP_WEEK_START] =
    g_param_spec_boxed ("week-start", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrWeekPlan:phase:
   *
   * Where the week stands in the training block.
   */
  properties [PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL, HYR_TYPE_PLAN_PHASE, HYR_PLAN_PHASE_HYPERTROPHY, flags);

  /**
   * HyrWeekPlan:recovery-week:
   *
   * Whether this is the recovery week that comes every fourth week, which
   * is also the 5/3/1 deload week.
   */
  properties [PROP_RECOVERY_WEEK] =
    g_param_spec_boolean ("recovery-week", NULL, NULL, FALSE, flags);

  /**
   * HyrWeekPlan:wave-week:
   *
   * The week of the 5/3/1 wave, 1 to 4 (4 is the deload).
   */
  properties [PROP_WAVE_WEEK] =
    g_param_spec_uint ("wave-week", NULL, NULL, 1, 4, 1, flags);

  /**
   * HyrWeekPlan:summary:
   *
   * What the week does and why, in sentences: the running volume and where
   * it comes from, the phase, and what the planner changed because the
   * recorded history disagreed with the plan.
   */
  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  /**
   * HyrWeekPlan:run-distance:
   *
   * The planned running distance of the week in metres.
   */
  properties [PROP_RUN_DISTANCE] =
    g_param_spec_double ("run-distance", NULL, NULL, 0, 1e8, 0, flags);

  /**
   * HyrWeekPlan:easy-fraction:
   *
   * The planned share of running time at an easy, conversational effort
   * (the aim is about 80 %).
   */
  properties [PROP_EASY_FRACTION] =
    g_param_spec_double ("easy-fraction", NULL, NULL, 0, 1, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_week_plan_init (HyrWeekPlan *self)
{
  self->logged_sets = g_ptr_array_new_with_free_func (g_object_unref);
  self->sets_done = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sd}"), NULL, 0));
  self->extra_activities = g_ptr_array_new_with_free_func (g_object_unref);
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->warnings = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->notes = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  self->summary = g_strdup ("");
  self->sets_per_muscle = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sd}"),
                                                                   NULL, 0));
}

HyrWeekPlan *
_hyr_week_plan_new (GDateTime    *week_start,
                    HyrPlanPhase  phase,
                    gboolean      recovery_week,
                    guint         wave_week)
{
  HyrWeekPlan *self = g_object_new (HYR_TYPE_WEEK_PLAN, NULL);

  self->week_start = g_date_time_ref (week_start);
  self->phase = phase;
  self->recovery_week = recovery_week;
  self->wave_week = wave_week;

  return self;
}

void
_hyr_week_plan_add_session (HyrWeekPlan *self,
                            HyrSession  *session)
{
  g_ptr_array_add (self->sessions, g_object_ref (session));
}

void
_hyr_week_plan_add_warning (HyrWeekPlan *self,
                            const char  *format,
                            ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

void
_hyr_week_plan_add_note (HyrWeekPlan *self,
                         const char  *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Adds a sentence to the summary. */
void
_hyr_week_plan_add_summary (HyrWeekPlan *self,
                            const char  *format,
                            ...)
{
  g_autofree char *sentence = NULL;
  va_list args;

  va_start (args, format);
  sentence = g_strdup_vprintf (format, args);
  va_end (args);

  _hyr_append_sentence (&self->summary, sentence);
}

void
_hyr_week_plan_set_totals (HyrWeekPlan *self,
                           double       run_distance,
                           double       easy_fraction,
                           GVariant    *sets_per_muscle)
{
  self->run_distance = run_distance;
  self->easy_fraction = easy_fraction;
  g_clear_pointer (&self->sets_per_muscle, g_variant_unref);
  self->sets_per_muscle = g_variant_ref_sink (sets_per_muscle);
}

/* Sets the totals from the week's own sessions, for a week they are all
 * there is to know of, as one read back from the state: the distance of
 * its runs, and the share of their time that is easy as a plan counts it
 * (the pace cancels out, so it needs none). */
void
_hyr_week_plan_count_totals (HyrWeekPlan *self,
                             GVariant    *sets_per_muscle)
{
  double distance = 0, run_time = 0, easy_time = 0;

  for (guint i = 0; i < self->sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (self->sessions, i);
      HyrRunKind kind = hyr_session_get_run_kind (session);
      double time;

      if (hyr_session_get_kind (session) != HYR_SESSION_KIND_RUN)
        continue;

      distance += hyr_session_get_distance (session);
      time = hyr_session_get_distance (session) * _hyr_run_kind_pace_factor (kind);
      run_time += time;
      easy_time += time * (1 - _hyr_run_kind_hard_share (kind));
    }

  _hyr_week_plan_set_totals (self, distance, run_time > 0 ? easy_time / run_time : 1,
                             sets_per_muscle);
}

/**
 * hyr_week_plan_get_sessions:
 * @self: a #HyrWeekPlan
 *
 * Gets the week's planned sessions.
 *
 * Returns: (transfer none) (element-type HyrSession): the sessions, in the
 *   order of their start
 */
GPtrArray *
hyr_week_plan_get_sessions (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return self->sessions;
}

/**
 * hyr_week_plan_get_warnings:
 * @self: a #HyrWeekPlan
 *
 * Warnings about the week: a rise in running volume above 10 % a week
 * (soft) or 30 % over two weeks (hard), a load spike, muscles outside
 * 10–20 sets, too little easy running, missing training maxes.
 *
 * Returns: (transfer none) (array zero-terminated=1): the warnings, in
 *   sentences; empty when there are none
 */
const char * const *
hyr_week_plan_get_warnings (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return (const char * const *)self->warnings->pdata;
}

/**
 * hyr_week_plan_get_notes:
 * @self: a #HyrWeekPlan
 *
 * What the plan does on purpose that a warning would otherwise flag, said
 * as information: fewer sets in a deload week, a taper or a marathon
 * phase that keeps lower-body lifting light.
 *
 * Returns: (transfer none) (array zero-terminated=1): the notes, in
 *   sentences; empty when there are none
 */
const char * const *
hyr_week_plan_get_notes (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return (const char * const *)self->notes->pdata;
}

/**
 * hyr_week_plan_get_sets_per_muscle:
 * @self: a #HyrWeekPlan
 *
 * The hard sets each muscle gets in the week's strength sessions; a set
 * counts fully for the muscles an exercise trains directly and as half a
 * set for those it trains indirectly. The target for growth is 10–20 sets
 * a week.
 *
 * Returns: (transfer none): a dictionary of type `a{sd}` from muscle name
 *   to sets
 */
GVariant *
hyr_week_plan_get_sets_per_muscle (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return self->sets_per_muscle;
}

/**
 * hyr_week_plan_get_muscle_sets:
 * @self: a #HyrWeekPlan
 * @muscle: a muscle name, as in #HyrExercise:muscles
 *
 * Gets the weekly sets planned for @muscle, indirect work counting half.
 *
 * Returns: the sets @muscle gets in the week, 0 when it gets none
 */
double
hyr_week_plan_get_muscle_sets (HyrWeekPlan *self,
                               const char  *muscle)
{
  double sets = 0;

  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), 0);
  g_return_val_if_fail (muscle != NULL, 0);

  g_variant_lookup (self->sets_per_muscle, muscle, "d", &sets);
  return sets;
}

static JsonNode *
date_time_node (GDateTime *when)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  g_autofree char *text = g_date_time_format_iso8601 (when);

  json_node_set_string (node, text);
  return node;
}

static JsonNode *
strv_node (const char * const *strv)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);

  json_node_take_array (node, array);
  return node;
}

static JsonNode *
exercise_node (HyrExercise *exercise)
{
  JsonObject *object = json_object_new ();
  JsonArray *sets = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  GPtrArray *lift_sets = hyr_exercise_get_sets (exercise);

  json_object_set_string_member (object, "name", hyr_exercise_get_name (exercise));
  json_object_set_string_member (object, "lift",
                                 _hyr_enum_to_nick (HYR_TYPE_LIFT,
                                                    hyr_exercise_get_lift (exercise)));
  json_object_set_member (object, "muscles", strv_node (hyr_exercise_get_muscles (exercise)));
  json_object_set_member (object, "secondary-muscles",
                          strv_node (hyr_exercise_get_secondary_muscles (exercise)));

  for (guint i = 0; i < lift_sets->len; i++)
    {
      HyrLiftSet *set = g_ptr_array_index (lift_sets, i);
      JsonObject *s = json_object_new ();

      /* No load known yet is null, not a load of 0 kg. */
      if (hyr_lift_set_get_weight (set) > 0)
        json_object_set_double_member (s, "weight", hyr_lift_set_get_weight (set));
      else
        json_object_set_null_member (s, "weight");
      json_object_set_int_member (s, "reps", hyr_lift_set_get_reps (set));
      if (hyr_lift_set_get_reps_max (set) > 0)
        json_object_set_int_member (s, "reps-max", hyr_lift_set_get_reps_max (set));
      if (hyr_lift_set_get_rir (set) >= 0)
        json_object_set_double_member (s, "rir", hyr_lift_set_get_rir (set));
      json_object_set_boolean_member (s, "amrap", hyr_lift_set_get_amrap (set));
      json_object_set_double_member (s, "percent", hyr_lift_set_get_percent (set));
      json_array_add_object_element (sets, s);
    }

  json_object_set_array_member (object, "sets", sets);
  json_node_take_object (node, object);
  return node;
}

static JsonNode *
session_node (HyrSession *session)
{
  JsonObject *object = json_object_new ();
  JsonArray *exercises = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  GPtrArray *list = hyr_session_get_exercises (session);
  HyrSessionKind kind = hyr_session_get_kind (session);

  json_object_set_member (object, "day", date_time_node (hyr_session_get_day (session)));
  json_object_set_string_member (object, "kind",
                                 _hyr_enum_to_nick (HYR_TYPE_SESSION_KIND, kind));
  json_object_set_string_member (object, "title", hyr_session_get_title (session));
  json_object_set_double_member (object, "duration", hyr_session_get_duration (session));

  if (kind == HYR_SESSION_KIND_RUN)
    {
      json_object_set_string_member (object, "run-kind",
                                     _hyr_enum_to_nick (HYR_TYPE_RUN_KIND,
                                                        hyr_session_get_run_kind (session)));
      json_object_set_double_member (object, "distance", hyr_session_get_distance (session));
      json_object_set_member (object, "steps", _hyr_workout_steps_to_json (hyr_session_get_steps (session)));
      if (hyr_session_get_shoe_id (session) != NULL)
        json_object_set_string_member (object, "shoe-id", hyr_session_get_shoe_id (session));
      else
        json_object_set_null_member (object, "shoe-id");
    }
  else
    {
      json_object_set_string_member (object, "lift-focus",
                                     _hyr_enum_to_nick (HYR_TYPE_LIFT_FOCUS,
                                                        hyr_session_get_lift_focus (session)));
      json_object_set_boolean_member (object, "heavy-legs", hyr_session_get_heavy_legs (session));
      for (guint i = 0; i < list->len; i++)
        json_array_add_element (exercises, exercise_node (g_ptr_array_index (list, i)));
    }

  json_object_set_string_member (object, "status",
                                 _hyr_enum_to_nick (HYR_TYPE_SESSION_STATUS, hyr_session_get_status (session)));
  if (hyr_session_get_activity_id (session) != NULL)
    json_object_set_string_member (object, "activity-id", hyr_session_get_activity_id (session));
  else
    json_object_set_null_member (object, "activity-id");
  json_object_set_string_member (object, "reason", hyr_session_get_reason (session));
  json_object_set_array_member (object, "exercises", exercises);
  json_node_take_object (node, object);
  return node;
}

JsonNode *
_hyr_week_plan_to_node (HyrWeekPlan *self)
{
  JsonObject *object = json_object_new ();
  JsonObject *muscles = json_object_new ();
  JsonArray *sessions = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *week_start = _hyr_format_date (self->week_start);
  GVariantIter iter;
  const char *muscle;
  double sets;

  json_object_set_int_member (object, "version", HYR_WEEK_PLAN_JSON_VERSION);
  json_object_set_string_member (object, "week-start", week_start);
  json_object_set_string_member (object, "phase",
                                 _hyr_enum_to_nick (HYR_TYPE_PLAN_PHASE, self->phase));
  json_object_set_boolean_member (object, "recovery-week", self->recovery_week);
  json_object_set_int_member (object, "wave-week", self->wave_week);
  json_object_set_string_member (object, "summary", self->summary);
  json_object_set_double_member (object, "run-distance", self->run_distance);
  json_object_set_double_member (object, "easy-fraction", self->easy_fraction);
  json_object_set_member (object, "warnings",
                          strv_node ((const char * const *)self->warnings->pdata));
  json_object_set_member (object, "notes",
                          strv_node ((const char * const *)self->notes->pdata));

  g_variant_iter_init (&iter, self->sets_per_muscle);
  while (g_variant_iter_next (&iter, "{&sd}", &muscle, &sets))
    json_object_set_double_member (muscles, muscle, sets);
  json_object_set_object_member (object, "sets-per-muscle", muscles);

  for (guint i = 0; i < self->sessions->len; i++)
    json_array_add_element (sessions, session_node (g_ptr_array_index (self->sessions, i)));
  json_object_set_array_member (object, "sessions", sessions);

  {
    JsonObject *compliance = json_object_new ();
    JsonArray *extras = json_array_new ();

    json_object_set_double_member (compliance, "planned-distance", self->run_distance);
    json_object_set_double_member (compliance, "done-distance", self->done_distance);
    json_object_set_int_member (compliance, "sessions-planned", self->sessions->len);
    json_object_set_int_member (compliance, "sessions-done", self->sessions_done);
    json_object_set_object_member (object, "compliance", compliance);

    for (guint i = 0; i < self->extra_activities->len; i++)
      {
        HyrActivity *activity = g_ptr_array_index (self->extra_activities, i);
        JsonObject *extra = json_object_new ();

        json_object_set_string_member (extra, "id", hyr_activity_get_id (activity));
        json_object_set_string_member (extra, "sport", hyr_activity_get_sport (activity));
        json_object_set_member (extra, "start", date_time_node (hyr_activity_get_start (activity)));
        json_object_set_double_member (extra, "distance", hyr_activity_get_distance (activity));
        json_object_set_double_member (extra, "duration", hyr_activity_get_duration (activity));
        json_array_add_object_element (extras, extra);
      }
    json_object_set_array_member (object, "extra-activities", extras);
  }

  {
    JsonObject *done = json_object_new ();
    JsonArray *logged = json_array_new ();

    g_variant_iter_init (&iter, self->sets_done);
    while (g_variant_iter_next (&iter, "{&sd}", &muscle, &sets))
      json_object_set_double_member (done, muscle, sets);
    json_object_set_object_member (object, "sets-per-muscle-done", done);

    for (guint i = 0; i < self->logged_sets->len; i++)
      {
        HyrLoggedSet *set = g_ptr_array_index (self->logged_sets, i);
        JsonObject *entry = json_object_new ();

        json_object_set_member (entry, "when", date_time_node (hyr_logged_set_get_when (set)));
        json_object_set_string_member (entry, "exercise", hyr_logged_set_get_exercise (set));
        json_object_set_string_member (entry, "lift", _hyr_enum_to_nick (HYR_TYPE_LIFT, hyr_logged_set_get_lift (set)));
        json_object_set_double_member (entry, "weight", hyr_logged_set_get_weight (set));
        json_object_set_int_member (entry, "reps", hyr_logged_set_get_reps (set));
        if (hyr_logged_set_get_rir (set) >= 0)
          json_object_set_double_member (entry, "rir", hyr_logged_set_get_rir (set));
        else
          json_object_set_null_member (entry, "rir");
        if (hyr_logged_set_get_activity_id (set) != NULL)
          json_object_set_string_member (entry, "activity-id", hyr_logged_set_get_activity_id (set));
        else
          json_object_set_null_member (entry, "activity-id");
        json_array_add_object_element (logged, entry);
      }
    json_object_set_array_member (object, "logged-sets", logged);
  }

  json_node_take_object (node, object);
  return node;
}

char *
hyr_week_plan_to_json (HyrWeekPlan *self)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);

  node = _hyr_week_plan_to_node (self);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

/**
 * hyr_week_plan_get_week_start:
 * @self: a #HyrWeekPlan
 *
 * Gets the first day of the week, at midnight; the week is the seven days
 * from it.
 *
 * Returns: (transfer none): the first day
 */
GDateTime *
hyr_week_plan_get_week_start (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return self->week_start;
}

/**
 * hyr_week_plan_get_phase:
 * @self: a #HyrWeekPlan
 *
 * Gets where the week stands in the training block.
 *
 * Returns: the phase
 */
HyrPlanPhase
hyr_week_plan_get_phase (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), HYR_PLAN_PHASE_HYPERTROPHY);
  return self->phase;
}

/**
 * hyr_week_plan_get_recovery_week:
 * @self: a #HyrWeekPlan
 *
 * Gets whether the week is the recovery week that comes every fourth week,
 * which is also the 5/3/1 deload week.
 *
 * Returns: whether the week is a recovery week
 */
gboolean
hyr_week_plan_get_recovery_week (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), FALSE);
  return self->recovery_week;
}

/**
 * hyr_week_plan_get_wave_week:
 * @self: a #HyrWeekPlan
 *
 * Gets the week of the 5/3/1 wave, 1 to 4 (4 is the deload).
 *
 * Returns: the wave week
 */
guint
hyr_week_plan_get_wave_week (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), 0);
  return self->wave_week;
}

/**
 * hyr_week_plan_get_summary:
 * @self: a #HyrWeekPlan
 *
 * Gets what the week does and why, in sentences: the running volume and
 * where it comes from, the phase, and what the planner changed because the
 * history disagreed with the plan.
 *
 * Returns: the summary
 */
const char *
hyr_week_plan_get_summary (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return self->summary;
}

/**
 * hyr_week_plan_get_run_distance:
 * @self: a #HyrWeekPlan
 *
 * Gets the planned running distance of the week, in metres.
 *
 * Returns: metres
 */
double
hyr_week_plan_get_run_distance (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), 0);
  return self->run_distance;
}

/**
 * hyr_week_plan_get_easy_fraction:
 * @self: a #HyrWeekPlan
 *
 * Gets the planned share of running time at an easy, conversational effort
 * (the aim is about 80 %).
 *
 * Returns: a fraction from 0 to 1
 */
double
hyr_week_plan_get_easy_fraction (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), 0);
  return self->easy_fraction;
}

void
_hyr_week_plan_set_done (HyrWeekPlan *self,
                         double       done_distance,
                         guint        sessions_done,
                         GPtrArray   *extra_activities)
{
  self->done_distance = done_distance;
  self->sessions_done = sessions_done;
  g_ptr_array_set_size (self->extra_activities, 0);
  for (guint i = 0; extra_activities != NULL && i < extra_activities->len; i++)
    g_ptr_array_add (self->extra_activities, g_object_ref (g_ptr_array_index (extra_activities, i)));
}

/**
 * hyr_week_plan_get_extra_activities:
 * @self: a #HyrWeekPlan
 *
 * Gets the recorded runs and strength sessions of the week that match no
 * session of its plan, so far.
 *
 * Returns: (transfer none) (element-type HyrActivity): the activities
 */
GPtrArray *
hyr_week_plan_get_extra_activities (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return self->extra_activities;
}

/**
 * hyr_week_plan_get_done_distance:
 * @self: a #HyrWeekPlan
 *
 * Gets the running distance the history records in the week so far.
 *
 * Returns: the running distance recorded in the week so far, in metres,
 *   extra runs included
 */
double
hyr_week_plan_get_done_distance (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), 0);
  return self->done_distance;
}

/**
 * hyr_week_plan_get_sessions_done:
 * @self: a #HyrWeekPlan
 *
 * Gets how many of the week's sessions the history shows as done.
 *
 * Returns: how many sessions of the plan are done (partly done ones
 *   included), out of the length of hyr_week_plan_get_sessions()
 */
guint
hyr_week_plan_get_sessions_done (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), 0);
  return self->sessions_done;
}

void
_hyr_week_plan_set_done_sets (HyrWeekPlan *self,
                              GVariant    *sets_done,
                              GPtrArray   *logged_sets)
{
  g_clear_pointer (&self->sets_done, g_variant_unref);
  self->sets_done = g_variant_ref_sink (sets_done);
  g_ptr_array_set_size (self->logged_sets, 0);
  for (guint i = 0; logged_sets != NULL && i < logged_sets->len; i++)
    g_ptr_array_add (self->logged_sets, g_object_ref (g_ptr_array_index (logged_sets, i)));
}

/**
 * hyr_week_plan_get_muscle_sets_done:
 * @self: a #HyrWeekPlan
 * @muscle: a muscle, as in hyr_week_plan_get_muscle_sets()
 *
 * Gets the hard sets for @muscle the lifter logged in the week, counted
 * like the planned ones: a set of an exercise that trains the muscle
 * directly counts one, indirectly half. Sets of exercises the planner does
 * not know (custom ones) are not counted.
 *
 * Returns: the sets done, 0 for a week not begun
 */
double
hyr_week_plan_get_muscle_sets_done (HyrWeekPlan *self,
                                    const char  *muscle)
{
  double sets = 0;

  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), 0);
  g_return_val_if_fail (muscle != NULL, 0);

  g_variant_lookup (self->sets_done, muscle, "d", &sets);
  return sets;
}

/**
 * hyr_week_plan_get_logged_sets:
 * @self: a #HyrWeekPlan
 *
 * Gets the strength sets the lift diary holds for the week.
 *
 * Returns: (transfer none) (element-type HyrLoggedSet): the sets logged in
 *   the week, in order
 */
GPtrArray *
hyr_week_plan_get_logged_sets (HyrWeekPlan *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (self), NULL);
  return self->logged_sets;
}
