/* hyr-lift-log.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-lift-log"

#include "config.h"

#include "hyr-planner-private.h"

/**
 * HyrLiftLog:
 *
 * The results of the AMRAP ("as many reps as possible") sets the user
 * logged, kept in the state's "lift-log" section, one entry per lift and
 * day:
 *
 * |[
 * "lift-log": { "squat": { "2026-03-18": { "weight": 102.5, "reps": 7, "required": 5 } } }
 * ]|
 *
 * The planner reads it to set each cycle's training max: a cycle whose
 * AMRAP sets all reached their reps adds 2.5 kg (presses) or 5 kg (squat,
 * deadlift), a miss resets the training max to 90 %.
 */

#define LIFT_LOG_SECTION "lift-log"

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
 * Returns: (transfer none): the state
 */
HyrState *
hyr_lift_log_get_state (HyrLiftLog *self)
{
  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), NULL);
  return self->state;
}

static JsonObject *
lift_entries (HyrLiftLog *self,
              HyrLift     lift,
              gboolean    create)
{
  JsonObject *section = hyr_state_get_section (self->state, LIFT_LOG_SECTION);
  const char *nick = _hyr_enum_to_nick (HYR_TYPE_LIFT, lift);
  JsonNode *node = json_object_get_member (section, nick);

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  if (!create)
    return NULL;

  json_object_set_object_member (section, nick, json_object_new ());
  return json_object_get_object_member (section, nick);
}

static gboolean
read_entry (JsonObject *entry,
            double     *weight,
            guint      *reps,
            guint      *required_reps)
{
  JsonNode *w = json_object_get_member (entry, "weight");
  JsonNode *r = json_object_get_member (entry, "reps");
  JsonNode *q = json_object_get_member (entry, "required");

  if (w == NULL || r == NULL || q == NULL ||
      !JSON_NODE_HOLDS_VALUE (w) || !JSON_NODE_HOLDS_VALUE (r) || !JSON_NODE_HOLDS_VALUE (q))
    return FALSE;

  if (json_node_get_int (r) < 0 || json_node_get_int (r) > 100 ||
      json_node_get_int (q) < 0 || json_node_get_int (q) > 100 ||
      !(json_node_get_double (w) >= 0))
    return FALSE;

  if (weight != NULL)
    *weight = json_node_get_double (w);
  if (reps != NULL)
    *reps = (guint)json_node_get_int (r);
  if (required_reps != NULL)
    *required_reps = (guint)json_node_get_int (q);

  return TRUE;
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
  g_autoptr(JsonObject) backup = json_object_new ();
  g_autofree char *date = NULL;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), FALSE);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (weight >= 0 && weight <= 1000, FALSE);
  g_return_val_if_fail (reps <= 100 && required_reps <= 100, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _hyr_json_object_replace (backup, hyr_state_get_section (self->state, LIFT_LOG_SECTION));

  date = _hyr_format_date (day);
  entry = json_object_new ();
  json_object_set_double_member (entry, "weight", weight);
  json_object_set_int_member (entry, "reps", reps);
  json_object_set_int_member (entry, "required", required_reps);
  json_object_set_object_member (lift_entries (self, lift, TRUE), date, entry);

  return _hyr_state_commit (self->state, LIFT_LOG_SECTION, backup, error);
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
  g_autofree char *date = NULL;
  JsonObject *entries;
  JsonNode *node;

  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), FALSE);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  entries = lift_entries (self, lift, FALSE);
  if (entries == NULL)
    return FALSE;

  date = _hyr_format_date (day);
  node = json_object_get_member (entries, date);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  return read_entry (json_node_get_object (node), weight, reps, required_reps);
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
  g_autoptr(JsonObject) backup = json_object_new ();
  g_autofree char *date = NULL;
  JsonObject *entries;

  g_return_val_if_fail (HYR_IS_LIFT_LOG (self), FALSE);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  date = _hyr_format_date (day);
  entries = lift_entries (self, lift, FALSE);
  if (entries == NULL || !json_object_has_member (entries, date))
    return TRUE;

  _hyr_json_object_replace (backup, hyr_state_get_section (self->state, LIFT_LOG_SECTION));
  json_object_remove_member (entries, date);

  return _hyr_state_commit (self->state, LIFT_LOG_SECTION, backup, error);
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
  g_autoptr(GTimeZone) zone = g_time_zone_ref (g_date_time_get_timezone (from));
  g_autoptr(GList) dates = NULL;
  JsonObject *entries;
  int first = _hyr_julian_day (from);
  int end = _hyr_julian_day (to);

  *made = 0;
  *missed = 0;

  entries = lift_entries (self, lift, FALSE);
  if (entries == NULL)
    return;

  dates = json_object_get_members (entries);
  for (const GList *l = dates; l != NULL; l = l->next)
    {
      g_autoptr(GDateTime) date = _hyr_parse_date (l->data, zone);
      JsonNode *node = json_object_get_member (entries, l->data);
      guint reps, required;
      int julian;

      if (date == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
          !read_entry (json_node_get_object (node), NULL, &reps, &required))
        continue;

      julian = _hyr_julian_day (date);
      if (julian < first || julian >= end)
        continue;

      if (reps >= required)
        (*made)++;
      else
        (*missed)++;
    }
}
