/* hyr-planner-plans.c — accepted weeks in the state's "plans" section
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * An accepted week keeps what the user committed to: the week's place in
 * the block and each session's day, kind, run kind and distance or lift
 * focus, with its duration and whether it works the legs heavily. The
 * member name is the calendar date of the week's first day. Titles follow
 * from the rest in the planner's units when the week is read back;
 * reasons, exercises, shoes and warnings belong to the plan as it was
 * made and are not kept.
 *
 * |[
 * "plans": {
 *   "2026-03-02": {
 *     "phase": "hypertrophy", "recovery-week": false, "wave-week": 1,
 *     "sessions": [
 *       { "day": "2026-03-03T07:00:00+01:00", "kind": "run", "run-kind": "interval",
 *         "distance": 4400.0, "duration": 1560.0 },
 *       { "day": "2026-03-04T18:00:00+01:00", "kind": "lift", "lift-focus": "lower",
 *         "heavy-legs": true, "duration": 3600.0 }
 *     ]
 *   }
 * }
 * ]|
 */

#define G_LOG_DOMAIN "hyr-planner"

#include "config.h"

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-enum-private.h"
#include "hyr-planner-plans.h"
#include "hyr-run-kind-private.h"
#include "hyr-session-private.h"
#include "hyr-state-section-private.h"
#include "hyr-week-plan-private.h"

#define MAX_DISTANCE 1000000.0   /* m */
#define MAX_DURATION 86400.0     /* s */

static JsonObject *
session_to_json (HyrSession *session)
{
  JsonObject *object = json_object_new ();
  g_autofree char *day = g_date_time_format_iso8601 (hyr_session_get_day (session));
  HyrSessionKind kind = hyr_session_get_kind (session);

  json_object_set_string_member (object, "day", day);
  json_object_set_string_member (object, "kind", _hyr_enum_to_nick (HYR_TYPE_SESSION_KIND, kind));
  if (kind == HYR_SESSION_KIND_RUN)
    {
      json_object_set_string_member (object, "run-kind",
                                     _hyr_enum_to_nick (HYR_TYPE_RUN_KIND,
                                                        hyr_session_get_run_kind (session)));
      json_object_set_double_member (object, "distance", hyr_session_get_distance (session));
    }
  else
    {
      json_object_set_string_member (object, "lift-focus",
                                     _hyr_enum_to_nick (HYR_TYPE_LIFT_FOCUS,
                                                        hyr_session_get_lift_focus (session)));
      json_object_set_boolean_member (object, "heavy-legs", hyr_session_get_heavy_legs (session));
    }
  json_object_set_double_member (object, "duration", hyr_session_get_duration (session));

  return object;
}

/* The section's member for @plan: its key is _hyr_accepted_week_key(). */
JsonObject *
_hyr_accepted_week_to_json (HyrWeekPlan *plan)
{
  JsonObject *object = json_object_new ();
  JsonArray *sessions = json_array_new ();
  GPtrArray *planned = hyr_week_plan_get_sessions (plan);

  json_object_set_string_member (object, "phase",
                                 _hyr_enum_to_nick (HYR_TYPE_PLAN_PHASE,
                                                    hyr_week_plan_get_phase (plan)));
  json_object_set_boolean_member (object, "recovery-week", hyr_week_plan_get_recovery_week (plan));
  json_object_set_int_member (object, "wave-week", hyr_week_plan_get_wave_week (plan));

  for (guint i = 0; i < planned->len; i++)
    json_array_add_object_element (sessions, session_to_json (g_ptr_array_index (planned, i)));
  json_object_set_array_member (object, "sessions", sessions);

  return object;
}

char *
_hyr_accepted_week_key (GDateTime *week_start)
{
  return _hyr_format_date (week_start);
}

/* A session as stored, or NULL when the entry is damaged. */
static HyrSession *
session_from_json (JsonObject *object,
                   const char *distance_unit)
{
  g_autoptr(GDateTime) day = NULL;
  const char *text = _hyr_json_get_string (object, "day");
  double duration = _hyr_json_get_double (object, "duration", 0, MAX_DURATION, 0);
  int kind, run_kind, focus;

  if (text == NULL || (day = g_date_time_new_from_iso8601 (text, NULL)) == NULL ||
      !_hyr_enum_from_nick (HYR_TYPE_SESSION_KIND, _hyr_json_get_string (object, "kind"), &kind))
    return NULL;

  if (kind == HYR_SESSION_KIND_RUN)
    {
      double distance = _hyr_json_get_double (object, "distance", 0, MAX_DISTANCE, -1);
      g_autofree char *title = NULL;

      if (distance < 0 ||
          !_hyr_enum_from_nick (HYR_TYPE_RUN_KIND, _hyr_json_get_string (object, "run-kind"), &run_kind))
        return NULL;

      HyrSession *session;
      g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_object_unref);

      title = _hyr_run_kind_title (run_kind, distance, distance_unit);
      session = _hyr_session_new_run (day, run_kind, distance, duration, title);
      /* What was kept of a run is its distance: one step, no pace. */
      if (distance > 0)
        {
          g_ptr_array_add (steps, hyr_workout_step_new (HYR_STEP_KIND_WORK, 1, distance, 0, 0, 0));
          _hyr_session_set_steps (session, steps);
        }
      return session;
    }

  if (!_hyr_enum_from_nick (HYR_TYPE_LIFT_FOCUS, _hyr_json_get_string (object, "lift-focus"), &focus))
    return NULL;

  return _hyr_session_new_lift (day, focus, duration,
                                _hyr_json_get_boolean (object, "heavy-legs", FALSE),
                                hyr_lift_focus_get_name (focus));
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return g_date_time_compare (hyr_session_get_day (*(HyrSession **)a),
                              hyr_session_get_day (*(HyrSession **)b));
}

/* The week accepted for the week starting on @week_start's date, or NULL,
 * its runs titled in @distance_unit. Damaged sessions are left out;
 * damaged week values read as the defaults. */
HyrWeekPlan *
_hyr_accepted_week_read (JsonObject *section,
                         GDateTime  *week_start,
                         const char *distance_unit)
{
  g_autofree char *key = _hyr_accepted_week_key (week_start);
  JsonNode *node = json_object_get_member (section, key);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_auto(GVariantBuilder) no_sets = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  HyrWeekPlan *plan;
  JsonObject *object;
  JsonArray *stored = NULL;
  int phase;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  if (!_hyr_enum_from_nick (HYR_TYPE_PLAN_PHASE, _hyr_json_get_string (object, "phase"), &phase))
    phase = HYR_PLAN_PHASE_HYPERTROPHY;

  start = _hyr_midnight (week_start);
  plan = _hyr_week_plan_new (start, phase,
                             _hyr_json_get_boolean (object, "recovery-week", FALSE),
                             (guint)_hyr_json_get_double (object, "wave-week", 1, 4, 1));

  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  node = json_object_get_member (object, "sessions");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    stored = json_node_get_array (node);

  for (guint i = 0; stored != NULL && i < json_array_get_length (stored); i++)
    {
      JsonNode *element = json_array_get_element (stored, i);
      HyrSession *session;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      session = session_from_json (json_node_get_object (element), distance_unit);
      if (session != NULL)
        g_ptr_array_add (sessions, session);
    }

  g_ptr_array_sort (sessions, compare_days);
  for (guint i = 0; i < sessions->len; i++)
    _hyr_week_plan_add_session (plan, g_ptr_array_index (sessions, i));

  /* What was kept of the lifting has no exercises: no sets to count. */
  _hyr_week_plan_count_totals (plan, g_variant_builder_end (&no_sets));

  return plan;
}
