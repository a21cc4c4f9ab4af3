/* hyr-profile.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-profile"

#include "config.h"

#include <math.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-enum-private.h"
#include "hyr-state-private.h"
#include "hyr-state-section-private.h"

/**
 * HyrProfile:
 *
 * What the planner knows about the user: body mass, goal, how many days a
 * week they run and lift, the day of the long run, the race date of a
 * marathon goal, the plates they have, and a training max per main lift.
 *
 * A profile lives in the state's "profile" section; get it with
 * hyr_state_get_profile(), change it with the setters (each emits
 * #HyrProfile::changed) and write it with hyr_profile_save(). Values that
 * the file holds out of range are ignored in favour of the defaults, so a
 * hand-edited file cannot make the planner misbehave.
 *
 * The section looks like this (dates are calendar dates, in local time):
 *
 * |[
 * "profile": {
 *   "body-mass": 82.5, "body-mass-override": false, "goal": "marathon", "run-days": 4, "lift-days": 3,
 *   "long-run-day": 7, "race-date": "2026-10-11", "plate-increment": 2.5,
 *   "block-start": "2026-03-02", "lifting-novice": false,
 *   "training-maxes": { "squat": { "kg": 120, "since": "2026-03-02" } }
 * }
 * ]|
 */

#define PROFILE_SECTION "profile"
#define PROFILE_DATA_KEY "hyr-profile"

#define DEFAULT_RUN_DAYS        3
#define DEFAULT_LIFT_DAYS       3
#define DEFAULT_LONG_RUN_DAY    G_DATE_SUNDAY
#define DEFAULT_PLATE_INCREMENT 2.5
#define MAX_BODY_MASS           350.0
#define MIN_PLATE_INCREMENT     0.25
#define MAX_PLATE_INCREMENT     25.0
#define MAX_TARGET_TIME         (24 * 3600.0)
#define MAX_TRAINING_MAX        600.0

#define N_LIFTS (HYR_LIFT_OVERHEAD_PRESS + 1)

struct _HyrProfile
{
  GObject parent_instance;

  HyrState  *state;
  gulong     changed_handler;
  gboolean   saving;

  double     body_mass;
  gboolean   body_mass_override;
  HyrGoal    goal;
  guint      run_days;
  guint      lift_days;
  int        long_run_day;
  GDateTime *race_date;
  double     plate_increment;
  double     target_time;
  GDateTime *block_start;
  gboolean   lifting_novice;
  double     training_max[N_LIFTS];
  GDateTime *training_max_since[N_LIFTS];
};

G_DEFINE_FINAL_TYPE (HyrProfile, hyr_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BODY_MASS,
  PROP_BODY_MASS_OVERRIDE,
  PROP_GOAL,
  PROP_RUN_DAYS,
  PROP_LIFT_DAYS,
  PROP_LONG_RUN_DAY,
  PROP_RACE_DATE,
  PROP_PLATE_INCREMENT,
  PROP_TARGET_TIME,
  PROP_BLOCK_START,
  PROP_LIFTING_NOVICE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
reset_to_defaults (HyrProfile *self)
{
  self->body_mass = 0;
  self->body_mass_override = FALSE;
  self->goal = HYR_GOAL_HYPERTROPHY;
  self->run_days = DEFAULT_RUN_DAYS;
  self->lift_days = DEFAULT_LIFT_DAYS;
  self->long_run_day = DEFAULT_LONG_RUN_DAY;
  g_clear_pointer (&self->race_date, g_date_time_unref);
  self->plate_increment = DEFAULT_PLATE_INCREMENT;
  self->target_time = 0;
  g_clear_pointer (&self->block_start, g_date_time_unref);
  self->lifting_novice = FALSE;

  for (guint i = 0; i < N_LIFTS; i++)
    {
      self->training_max[i] = 0;
      g_clear_pointer (&self->training_max_since[i], g_date_time_unref);
    }
}

static void
load_from_section (HyrProfile *self,
                   JsonObject *section)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  JsonNode *node;
  int goal;

  reset_to_defaults (self);

  self->body_mass = _hyr_json_get_double (section, "body-mass", 0, MAX_BODY_MASS, 0);
  self->body_mass_override = _hyr_json_get_boolean (section, "body-mass-override", FALSE);
  if (_hyr_enum_from_nick (HYR_TYPE_GOAL, _hyr_json_get_string (section, "goal"), &goal))
    self->goal = goal;
  self->run_days = (guint)_hyr_json_get_double (section, "run-days", 2, 6, DEFAULT_RUN_DAYS);
  self->lift_days = (guint)_hyr_json_get_double (section, "lift-days", 0, 4, DEFAULT_LIFT_DAYS);
  self->long_run_day = (int)_hyr_json_get_double (section, "long-run-day", 1, 7, DEFAULT_LONG_RUN_DAY);
  self->race_date = _hyr_state_plausible_date (_hyr_parse_date (_hyr_json_get_string (section, "race-date"),
                                                                local),
                                               "race-date");
  self->plate_increment = _hyr_json_get_double (section, "plate-increment",
                                       MIN_PLATE_INCREMENT, MAX_PLATE_INCREMENT,
                                       DEFAULT_PLATE_INCREMENT);
  self->target_time = _hyr_json_get_double (section, "target-time", 0, MAX_TARGET_TIME, 0);
  self->block_start = _hyr_state_plausible_date (_hyr_parse_date (_hyr_json_get_string (section, "block-start"),
                                                                  local),
                                                 "block-start");

  self->lifting_novice = _hyr_json_get_boolean (section, "lifting-novice", FALSE);

  node = json_object_get_member (section, "training-maxes");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *maxes = json_node_get_object (node);

      for (int lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
        {
          const char *nick = _hyr_enum_to_nick (HYR_TYPE_LIFT, lift);
          JsonNode *entry = json_object_get_member (maxes, nick);
          JsonObject *object;

          if (entry == NULL || !JSON_NODE_HOLDS_OBJECT (entry))
            continue;

          object = json_node_get_object (entry);
          self->training_max[lift] = _hyr_json_get_double (object, "kg", 0, MAX_TRAINING_MAX, 0);
          if (self->training_max[lift] > 0)
            self->training_max_since[lift] =
              _hyr_state_plausible_date (_hyr_parse_date (_hyr_json_get_string (object, "since"), local),
                                         "training-maxes.since");
        }
    }
}

static void
set_date_member (JsonObject *object,
                 const char *member,
                 GDateTime  *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    {
      json_object_set_null_member (object, member);
      return;
    }

  text = _hyr_format_date (date);
  json_object_set_string_member (object, member, text);
}

/* Writes the profile's members into @section, leaving members it does not
 * know alone so that a newer version's additions survive an older one. */
static void
store_in_section (HyrProfile *self,
                  JsonObject *section)
{
  JsonObject *maxes = json_object_new ();

  json_object_set_double_member (section, "body-mass", self->body_mass);
  json_object_set_boolean_member (section, "body-mass-override", self->body_mass_override);
  json_object_set_string_member (section, "goal", _hyr_enum_to_nick (HYR_TYPE_GOAL, self->goal));
  json_object_set_int_member (section, "run-days", self->run_days);
  json_object_set_int_member (section, "lift-days", self->lift_days);
  json_object_set_int_member (section, "long-run-day", self->long_run_day);
  set_date_member (section, "race-date", self->race_date);
  json_object_set_double_member (section, "plate-increment", self->plate_increment);
  json_object_set_double_member (section, "target-time", self->target_time);
  set_date_member (section, "block-start", self->block_start);
  json_object_set_boolean_member (section, "lifting-novice", self->lifting_novice);

  for (int lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    {
      JsonObject *entry;

      if (self->training_max[lift] <= 0)
        continue;

      entry = json_object_new ();
      json_object_set_double_member (entry, "kg", self->training_max[lift]);
      set_date_member (entry, "since", self->training_max_since[lift]);
      json_object_set_object_member (maxes, _hyr_enum_to_nick (HYR_TYPE_LIFT, lift), entry);
    }

  json_object_set_object_member (section, "training-maxes", maxes);
}

static void
emit_changed (HyrProfile *self)
{
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
reload (HyrProfile *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  load_from_section (self, hyr_state_get_section (self->state, PROFILE_SECTION));
  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties [i]);
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

static void
on_state_changed (HyrState   *state,
                  const char *section,
                  HyrProfile *self)
{
  /* "*" stands for every section: the state was replaced as a whole, as
   * after the user chose to start afresh from a damaged file. */
  if (g_strcmp0 (section, PROFILE_SECTION) != 0 && g_strcmp0 (section, "*") != 0)
    return;

  /* Our own save announces the section too; the values are already ours. */
  if (self->saving)
    return;

  reload (self);
}

static void
hyr_profile_dispose (GObject *object)
{
  HyrProfile *self = (HyrProfile *)object;

  if (self->state != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->state);
      g_object_remove_weak_pointer (G_OBJECT (self->state), (gpointer *)&self->state);
      self->state = NULL;
    }

  G_OBJECT_CLASS (hyr_profile_parent_class)->dispose (object);
}

static void
hyr_profile_finalize (GObject *object)
{
  HyrProfile *self = (HyrProfile *)object;

  reset_to_defaults (self);

  G_OBJECT_CLASS (hyr_profile_parent_class)->finalize (object);
}

static void
hyr_profile_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HyrProfile *self = HYR_PROFILE (object);

  switch (prop_id)
    {
    case PROP_BODY_MASS:
      g_value_set_double (value, self->body_mass);
      break;
    case PROP_BODY_MASS_OVERRIDE:
      g_value_set_boolean (value, self->body_mass_override);
      break;
    case PROP_GOAL:
      g_value_set_enum (value, self->goal);
      break;
    case PROP_RUN_DAYS:
      g_value_set_uint (value, self->run_days);
      break;
    case PROP_LIFT_DAYS:
      g_value_set_uint (value, self->lift_days);
      break;
    case PROP_LONG_RUN_DAY:
      g_value_set_int (value, self->long_run_day);
      break;
    case PROP_RACE_DATE:
      g_value_set_boxed (value, self->race_date);
      break;
    case PROP_PLATE_INCREMENT:
      g_value_set_double (value, self->plate_increment);
      break;
    case PROP_TARGET_TIME:
      g_value_set_double (value, self->target_time);
      break;
    case PROP_BLOCK_START:
      g_value_set_boxed (value, self->block_start);
      break;
    case PROP_LIFTING_NOVICE:
      g_value_set_boolean (value, self->lifting_novice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_profile_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HyrProfile *self = HYR_PROFILE (object);

  switch (prop_id)
    {
    case PROP_BODY_MASS:
      hyr_profile_set_body_mass (self, g_value_get_double (value));
      break;
    case PROP_BODY_MASS_OVERRIDE:
      hyr_profile_set_body_mass_override (self, g_value_get_boolean (value));
      break;
    case PROP_GOAL:
      hyr_profile_set_goal (self, g_value_get_enum (value));
      break;
    case PROP_RUN_DAYS:
      hyr_profile_set_run_days (self, g_value_get_uint (value));
      break;
    case PROP_LIFT_DAYS:
      hyr_profile_set_lift_days (self, g_value_get_uint (value));
      break;
    case PROP_LONG_RUN_DAY:
      hyr_profile_set_long_run_day (self, g_value_get_int (value));
      break;
    case PROP_RACE_DATE:
      hyr_profile_set_race_date (self, g_value_get_boxed (value));
      break;
    case PROP_PLATE_INCREMENT:
      hyr_profile_set_plate_increment (self, g_value_get_double (value));
      break;
    case PROP_TARGET_TIME:
      hyr_profile_set_target_time (self, g_value_get_double (value));
      break;
    case PROP_BLOCK_START:
      hyr_profile_set_block_start (self, g_value_get_boxed (value));
      break;
    case PROP_LIFTING_NOVICE:
      hyr_profile_set_lifting_novice (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_profile_class_init (HyrProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = hyr_profile_dispose;
  object_class->finalize = hyr_profile_finalize;
  object_class->get_property = hyr_profile_get_property;
  object_class->set_property = hyr_profile_set_property;

  /**
   * HyrProfile:body-mass:
   *
   * Body mass in kg, 0 when the user has not entered it.
   */
  properties [PROP_BODY_MASS] =
    g_param_spec_double ("body-mass", NULL, NULL, 0, MAX_BODY_MASS, 0, flags);

  /**
   * HyrProfile:body-mass-override:
   *
   * Whether #HyrProfile:body-mass is used even where the host has a weight
   * record; see hyr_profile_resolve_body_mass().
   */
  properties [PROP_BODY_MASS_OVERRIDE] =
    g_param_spec_boolean ("body-mass-override", NULL, NULL, FALSE, flags);

  /**
   * HyrProfile:goal:
   *
   * What the plan works toward.
   */
  properties [PROP_GOAL] =
    g_param_spec_enum ("goal", NULL, NULL, HYR_TYPE_GOAL, HYR_GOAL_HYPERTROPHY, flags);

  /**
   * HyrProfile:run-days:
   *
   * Runs per week, 2 to 6.
   */
  properties [PROP_RUN_DAYS] =
    g_param_spec_uint ("run-days", NULL, NULL, 2, 6, DEFAULT_RUN_DAYS, flags);

  /**
   * HyrProfile:lift-days:
   *
   * Strength sessions per week, 0 to 4.
   */
  properties [PROP_LIFT_DAYS] =
    g_param_spec_uint ("lift-days", NULL, NULL, 0, 4, DEFAULT_LIFT_DAYS, flags);

  /**
   * HyrProfile:long-run-day:
   *
   * The weekday of the long run, ISO numbering as #GDateWeekday: Monday is
   * 1, Sunday is 7.
   */
  properties [PROP_LONG_RUN_DAY] =
    g_param_spec_int ("long-run-day", NULL, NULL, 1, 7, DEFAULT_LONG_RUN_DAY, flags);

  /**
   * HyrProfile:race-date:
   *
   * The day of the goal race, local midnight, or %NULL when there is none.
   */
  properties [PROP_RACE_DATE] =
    g_param_spec_boxed ("race-date", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrProfile:plate-increment:
   *
   * The smallest step by which the user can change the load on the bar, in
   * kg (2.5 kg by default; 5 lb is 2.26796 kg).
   */
  /**
   * HyrProfile:target-time:
   *
   * The time the runner aims at in the goal race, in seconds; 0 when they
   * set none.
   */
  properties [PROP_TARGET_TIME] =
    g_param_spec_double ("target-time", NULL, NULL, 0, MAX_TARGET_TIME, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_PLATE_INCREMENT] =
    g_param_spec_double ("plate-increment", NULL, NULL,
                         MIN_PLATE_INCREMENT, MAX_PLATE_INCREMENT, DEFAULT_PLATE_INCREMENT,
                         flags);

  /**
   * HyrProfile:block-start:
   *
   * The first day of the training block, from which the planner counts
   * its four-week waves; %NULL to count from a fixed Monday
   * (5 January 1970), which gives every week a stable place.
   */
  properties [PROP_BLOCK_START] =
    g_param_spec_boxed ("block-start", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * HyrProfile:lifting-novice:
   *
   * Whether the user is new to high-volume assistance work, which lowers
   * the "Boring But Big" load to 30–40 % of the training max.
   */
  properties [PROP_LIFTING_NOVICE] =
    g_param_spec_boolean ("lifting-novice", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrProfile::changed:
   * @self: the profile
   *
   * Emitted after any value changed, training maxes included, and after
   * the profile was read again from the state.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hyr_profile_init (HyrProfile *self)
{
  reset_to_defaults (self);
}

/**
 * hyr_state_get_profile:
 * @state: the plugin's state
 *
 * Gets the profile stored in @state's "profile" section. Every caller gets
 * the same object, so that the views and the planner agree; it follows the
 * section when someone else changes it, and the whole state when a change
 * of every section ("*", as after starting afresh) is announced.
 *
 * Returns: (transfer none): the profile
 */
HyrProfile *
hyr_state_get_profile (HyrState *state)
{
  HyrProfile *self;

  g_return_val_if_fail (HYR_IS_STATE (state), NULL);

  self = g_object_get_data (G_OBJECT (state), PROFILE_DATA_KEY);
  if (self != NULL)
    return self;

  self = g_object_new (HYR_TYPE_PROFILE, NULL);
  self->state = state;
  g_object_add_weak_pointer (G_OBJECT (state), (gpointer *)&self->state);
  load_from_section (self, hyr_state_get_section (state, PROFILE_SECTION));
  self->changed_handler = g_signal_connect (state, "changed",
                                            G_CALLBACK (on_state_changed), self);

  /* The state owns the profile; the profile only points back weakly. */
  g_object_set_data_full (G_OBJECT (state), PROFILE_DATA_KEY, self, g_object_unref);

  return self;
}

/**
 * hyr_profile_save:
 * @self: a #HyrProfile
 * @error: return location for a #GError
 *
 * Writes the profile into the state and saves the state. When the state
 * cannot be saved (it is read-only because the file on disk is damaged, or
 * writing failed), the section and the profile go back to what was saved
 * before, and the error says why.
 *
 * Returns: %TRUE when the profile was saved
 */
gboolean
hyr_profile_save (HyrProfile  *self,
                  GError     **error)
{
  g_autoptr(JsonObject) backup = json_object_new ();
  JsonObject *section;
  gboolean saved;

  g_return_val_if_fail (HYR_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->state == NULL)
    {
      g_set_error_literal (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                           "The state this profile belongs to is gone");
      return FALSE;
    }

  section = hyr_state_get_section (self->state, PROFILE_SECTION);
  _hyr_json_object_replace (backup, section);
  store_in_section (self, section);

  self->saving = TRUE;
  saved = _hyr_state_commit (self->state, PROFILE_SECTION, backup, error);
  self->saving = FALSE;

  if (!saved)
    reload (self);

  return saved;
}

/**
 * hyr_profile_get_body_mass:
 * @self: a #HyrProfile
 *
 * Gets the runner's body mass, as entered in the profile.
 *
 * Returns: the body mass in kg, 0 when not entered
 */
double
hyr_profile_get_body_mass (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), 0);
  return self->body_mass;
}

/**
 * hyr_profile_set_body_mass:
 * @self: a #HyrProfile
 * @body_mass: kg, 0 for unknown
 *
 * Sets #HyrProfile:body-mass.
 */
void
hyr_profile_set_body_mass (HyrProfile *self,
                           double      body_mass)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (body_mass >= 0 && body_mass <= MAX_BODY_MASS);

  if (self->body_mass == body_mass)
    return;

  self->body_mass = body_mass;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BODY_MASS]);
  emit_changed (self);
}

/**
 * hyr_profile_get_body_mass_override:
 * @self: a #HyrProfile
 *
 * Gets #HyrProfile:body-mass-override: whether the body mass entered in
 * the profile is used instead of the host's latest weight record.
 *
 * Returns: whether the entered body mass is used over the host's records
 */
gboolean
hyr_profile_get_body_mass_override (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), FALSE);
  return self->body_mass_override;
}

/**
 * hyr_profile_set_body_mass_override:
 * @self: a #HyrProfile
 * @body_mass_override: %TRUE to use #HyrProfile:body-mass even where the
 *   host has a weight record
 *
 * Sets #HyrProfile:body-mass-override.
 */
void
hyr_profile_set_body_mass_override (HyrProfile *self,
                                    gboolean    body_mass_override)
{
  g_return_if_fail (HYR_IS_PROFILE (self));

  body_mass_override = !!body_mass_override;
  if (self->body_mass_override == body_mass_override)
    return;

  self->body_mass_override = body_mass_override;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BODY_MASS_OVERRIDE]);
  emit_changed (self);
}

/**
 * hyr_profile_resolve_body_mass:
 * @self: a #HyrProfile
 * @store: (nullable): the host's activity store, or %NULL without a host
 * @when: the time the body mass is wanted for
 * @source: (out) (optional): return location for where the body mass came
 *   from
 *
 * The one body mass every view shows and uses: the one entered in the
 * profile when #HyrProfile:body-mass-override is set, else the host's
 * latest weight record at or before @when, else the one entered in the
 * profile (see hyr_protein_resolve_body_mass()).
 *
 * Returns: the body mass in kg, or 0 with @source set to
 *   %HYR_BODY_MASS_SOURCE_NONE when none is known
 */
double
hyr_profile_resolve_body_mass (HyrProfile        *self,
                               HyrActivityStore  *store,
                               GDateTime         *when,
                               HyrBodyMassSource *source)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), 0);
  g_return_val_if_fail (store == NULL || HYR_IS_ACTIVITY_STORE (store), 0);
  g_return_val_if_fail (when != NULL, 0);

  if (self->body_mass_override && hyr_protein_check_body_mass (self->body_mass, NULL))
    {
      if (source != NULL)
        *source = HYR_BODY_MASS_SOURCE_PROFILE;
      return self->body_mass;
    }

  return hyr_protein_resolve_body_mass (store, when, self->body_mass, source);
}

/**
 * hyr_profile_get_goal:
 * @self: a #HyrProfile
 *
 * Gets what the plan works toward.
 *
 * Returns: the goal
 */
HyrGoal
hyr_profile_get_goal (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), HYR_GOAL_HYPERTROPHY);
  return self->goal;
}

/**
 * hyr_profile_set_goal:
 * @self: a #HyrProfile
 * @goal: the goal
 *
 * Sets #HyrProfile:goal.
 */
void
hyr_profile_set_goal (HyrProfile *self,
                      HyrGoal     goal)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (goal >= HYR_GOAL_HYPERTROPHY && goal <= HYR_GOAL_HALF_MARATHON);

  if (self->goal == goal)
    return;

  self->goal = goal;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GOAL]);
  emit_changed (self);
}

/**
 * hyr_profile_get_run_days:
 * @self: a #HyrProfile
 *
 * Gets how many runs a week the runner has time for.
 *
 * Returns: runs per week
 */
guint
hyr_profile_get_run_days (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), DEFAULT_RUN_DAYS);
  return self->run_days;
}

/**
 * hyr_profile_set_run_days:
 * @self: a #HyrProfile
 * @run_days: 2 to 6
 *
 * Sets #HyrProfile:run-days.
 */
void
hyr_profile_set_run_days (HyrProfile *self,
                          guint       run_days)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (run_days >= 2 && run_days <= 6);

  if (self->run_days == run_days)
    return;

  self->run_days = run_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RUN_DAYS]);
  emit_changed (self);
}

/**
 * hyr_profile_get_lift_days:
 * @self: a #HyrProfile
 *
 * Gets how many strength sessions a week the runner has time for.
 *
 * Returns: strength sessions per week
 */
guint
hyr_profile_get_lift_days (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), DEFAULT_LIFT_DAYS);
  return self->lift_days;
}

/**
 * hyr_profile_set_lift_days:
 * @self: a #HyrProfile
 * @lift_days: 0 to 4
 *
 * Sets #HyrProfile:lift-days.
 */
void
hyr_profile_set_lift_days (HyrProfile *self,
                           guint       lift_days)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (lift_days <= 4);

  if (self->lift_days == lift_days)
    return;

  self->lift_days = lift_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LIFT_DAYS]);
  emit_changed (self);
}

/**
 * hyr_profile_get_long_run_day:
 * @self: a #HyrProfile
 *
 * Gets the day of the week the long run goes on.
 *
 * Returns: the ISO weekday of the long run, Monday = 1 … Sunday = 7
 */
int
hyr_profile_get_long_run_day (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), DEFAULT_LONG_RUN_DAY);
  return self->long_run_day;
}

/**
 * hyr_profile_set_long_run_day:
 * @self: a #HyrProfile
 * @long_run_day: an ISO weekday, Monday = 1 … Sunday = 7
 *
 * Sets #HyrProfile:long-run-day.
 */
void
hyr_profile_set_long_run_day (HyrProfile *self,
                              int         long_run_day)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (long_run_day >= 1 && long_run_day <= 7);

  if (self->long_run_day == long_run_day)
    return;

  self->long_run_day = long_run_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LONG_RUN_DAY]);
  emit_changed (self);
}

static gboolean
same_date (GDateTime *a,
           GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return _hyr_julian_day (a) == _hyr_julian_day (b);
}

/* Keeps only the calendar date, at local midnight: a race date or a block
 * start is a day, not an instant. A day the planner cannot work with (see
 * HYR_STATE_MIN_YEAR) is kept as no day at all. */
static GDateTime *
to_local_date (GDateTime *when)
{
  g_autoptr(GTimeZone) local = NULL;
  int year, month, day;

  if (when == NULL || !_hyr_state_date_is_plausible (when))
    return NULL;

  local = g_time_zone_new_local ();
  g_date_time_get_ymd (when, &year, &month, &day);

  return g_date_time_new (local, year, month, day, 0, 0, 0);
}

/**
 * hyr_profile_get_race_date:
 * @self: a #HyrProfile
 *
 * Gets the day of the goal race, for the race goals.
 *
 * Returns: (transfer none) (nullable): the race day at local midnight
 */
GDateTime *
hyr_profile_get_race_date (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), NULL);
  return self->race_date;
}

/**
 * hyr_profile_set_race_date:
 * @self: a #HyrProfile
 * @race_date: (nullable): the race day; only its calendar date is kept
 *
 * Sets #HyrProfile:race-date.
 */
void
hyr_profile_set_race_date (HyrProfile *self,
                           GDateTime  *race_date)
{
  g_return_if_fail (HYR_IS_PROFILE (self));

  if (same_date (self->race_date, race_date))
    return;

  g_clear_pointer (&self->race_date, g_date_time_unref);
  self->race_date = to_local_date (race_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RACE_DATE]);
  emit_changed (self);
}

/**
 * hyr_profile_get_plate_increment:
 * @self: a #HyrProfile
 *
 * Gets the smallest step by which the runner can change the load on the bar.
 *
 * Returns: the smallest load step in kg
 */
double
hyr_profile_get_plate_increment (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), DEFAULT_PLATE_INCREMENT);
  return self->plate_increment;
}

/**
 * hyr_profile_set_plate_increment:
 * @self: a #HyrProfile
 * @plate_increment: kg, 0.25 to 25
 *
 * Sets #HyrProfile:plate-increment.
 */
void
hyr_profile_set_plate_increment (HyrProfile *self,
                                 double      plate_increment)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (plate_increment >= MIN_PLATE_INCREMENT &&
                    plate_increment <= MAX_PLATE_INCREMENT);

  if (self->plate_increment == plate_increment)
    return;

  self->plate_increment = plate_increment;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PLATE_INCREMENT]);
  emit_changed (self);
}

/**
 * hyr_profile_get_block_start:
 * @self: a #HyrProfile
 *
 * Gets the first day of the training block, from which the planner counts
 * its four-week waves.
 *
 * Returns: (transfer none) (nullable): the first day of the training block
 */
GDateTime *
hyr_profile_get_block_start (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), NULL);
  return self->block_start;
}

/**
 * hyr_profile_set_block_start:
 * @self: a #HyrProfile
 * @block_start: (nullable): the first day of the block; only its calendar
 *   date is kept
 *
 * Sets #HyrProfile:block-start.
 */
void
hyr_profile_set_block_start (HyrProfile *self,
                             GDateTime  *block_start)
{
  g_return_if_fail (HYR_IS_PROFILE (self));

  if (same_date (self->block_start, block_start))
    return;

  g_clear_pointer (&self->block_start, g_date_time_unref);
  self->block_start = to_local_date (block_start);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BLOCK_START]);
  emit_changed (self);
}

/**
 * hyr_profile_get_lifting_novice:
 * @self: a #HyrProfile
 *
 * Gets whether the runner is new to high-volume assistance work, which
 * lowers the "Boring But Big" load.
 *
 * Returns: whether the user is new to high-volume assistance work
 */
gboolean
hyr_profile_get_lifting_novice (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), FALSE);
  return self->lifting_novice;
}

/**
 * hyr_profile_set_lifting_novice:
 * @self: a #HyrProfile
 * @lifting_novice: whether the user is new to high-volume assistance work
 *
 * Sets #HyrProfile:lifting-novice.
 */
void
hyr_profile_set_lifting_novice (HyrProfile *self,
                                gboolean    lifting_novice)
{
  g_return_if_fail (HYR_IS_PROFILE (self));

  lifting_novice = !!lifting_novice;
  if (self->lifting_novice == lifting_novice)
    return;

  self->lifting_novice = lifting_novice;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LIFTING_NOVICE]);
  emit_changed (self);
}

/**
 * hyr_profile_get_training_max:
 * @self: a #HyrProfile
 * @lift: one of the four main lifts
 *
 * Gets the training max of @lift, the load the 5/3/1 percentages are of.
 *
 * Returns: the training max in kg, 0 when not entered
 */
double
hyr_profile_get_training_max (HyrProfile *self,
                              HyrLift     lift)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), 0);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift < N_LIFTS, 0);

  return self->training_max[lift];
}

/**
 * hyr_profile_get_training_max_since:
 * @self: a #HyrProfile
 * @lift: one of the four main lifts
 *
 * The day the training max was entered. The planner applies it from the
 * 5/3/1 cycle that contains this day and progresses it from the lift log
 * in the cycles after.
 *
 * Returns: (transfer none) (nullable): the day, %NULL when no training max
 *   was entered
 */
GDateTime *
hyr_profile_get_training_max_since (HyrProfile *self,
                                    HyrLift     lift)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), NULL);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift < N_LIFTS, NULL);

  return self->training_max_since[lift];
}

/**
 * hyr_profile_set_training_max:
 * @self: a #HyrProfile
 * @lift: one of the four main lifts
 * @training_max: kg, 0 to forget it
 *
 * Sets the training max of @lift, from today on.
 */
void
hyr_profile_set_training_max (HyrProfile *self,
                              HyrLift     lift,
                              double      training_max)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (lift > HYR_LIFT_NONE && lift < N_LIFTS);
  g_return_if_fail (training_max >= 0 && training_max <= MAX_TRAINING_MAX);

  now = g_date_time_new_now_local ();
  self->training_max[lift] = training_max;
  g_clear_pointer (&self->training_max_since[lift], g_date_time_unref);
  if (training_max > 0)
    self->training_max_since[lift] = to_local_date (now);

  emit_changed (self);
}

/**
 * hyr_profile_set_one_rep_max:
 * @self: a #HyrProfile
 * @lift: one of the four main lifts
 * @one_rep_max: a tested or estimated 1RM in kg
 *
 * Sets the training max of @lift to 90 % of @one_rep_max, from today on.
 */
void
hyr_profile_set_one_rep_max (HyrProfile *self,
                             HyrLift     lift,
                             double      one_rep_max)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (lift > HYR_LIFT_NONE && lift < N_LIFTS);
  g_return_if_fail (one_rep_max >= 0 && one_rep_max <= MAX_TRAINING_MAX / 0.9);

  hyr_profile_set_training_max (self, lift,
                                hyr_five_three_one_training_max_from_one_rep_max (one_rep_max));
}

/**
 * hyr_profile_get_target_time:
 * @self: a #HyrProfile
 *
 * Gets the time the runner aims for in the goal race.
 *
 * Returns: the target time of the goal race in seconds, 0 for none
 */
double
hyr_profile_get_target_time (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), 0);
  return self->target_time;
}

/**
 * hyr_profile_set_target_time:
 * @self: a #HyrProfile
 * @target_time: seconds, 0 (none) to 24 h
 *
 * Sets #HyrProfile:target-time.
 */
void
hyr_profile_set_target_time (HyrProfile *self,
                             double      target_time)
{
  g_return_if_fail (HYR_IS_PROFILE (self));
  g_return_if_fail (target_time >= 0 && target_time <= MAX_TARGET_TIME);

  if (self->target_time == target_time)
    return;

  self->target_time = target_time;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TARGET_TIME]);
  emit_changed (self);
}

/**
 * hyr_profile_get_saved:
 * @self: a #HyrProfile
 *
 * Whether the profile was ever saved: a profile that never was holds only
 * defaults, which is what the first run looks like.
 *
 * Returns: %TRUE when the state holds the profile's values
 */
gboolean
hyr_profile_get_saved (HyrProfile *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE (self), FALSE);

  if (self->state == NULL)
    return FALSE;

  return json_object_get_size (hyr_state_get_section (self->state, PROFILE_SECTION)) > 0;
}

#define GUESS_WEEKS 6

/**
 * hyr_profile_guess_run_days:
 * @self: a #HyrProfile
 * @store: the host's activity store
 * @now: the time the guess is for
 * @run_days: (out): return location for the runs a week
 * @long_run_day: (out): return location for the day of the long run
 *
 * Guesses the run days and the long-run day from the runs of the 6 weeks
 * before @now's week: the mean number of days with a run in a week
 * (rounded, 2 to 6), and the weekday on which the week's longest run fell
 * most often (on a tie, the one with the more distance over all). Runs are
 * the activities whose sport counts as running (see
 * hyr_modality_for_sport()).
 *
 * Returns: %TRUE with the guesses, %FALSE when those weeks hold no run
 */
gboolean
hyr_profile_guess_run_days (HyrProfile       *self,
                            HyrActivityStore *store,
                            GDateTime        *now,
                            guint            *run_days,
                            GDateWeekday     *long_run_day)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  /* Per week: the days with a run (bits), the longest run and its day. */
  guint days[GUESS_WEEKS] = { 0 };
  double longest[GUESS_WEEKS] = { 0 };
  int longest_day[GUESS_WEEKS] = { 0 };
  guint long_votes[8] = { 0 };
  double weekday_distance[8] = { 0 };
  guint n_days = 0;
  int best = 0;

  g_return_val_if_fail (HYR_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (store), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (run_days != NULL && long_run_day != NULL, FALSE);

  /* Whole weeks of seven days before today, counted back from today. */
  local = g_date_time_to_local (now);
  to = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  from = g_date_time_add_days (to, -7 * GUESS_WEEKS);
  activities = hyr_activity_store_query (store, from, to);

  for (guint i = 0; activities != NULL && i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);
      g_autoptr(GDateTime) start = g_date_time_to_local (hyr_activity_get_start (activity));
      double distance = hyr_activity_get_distance (activity);
      GTimeSpan since = g_date_time_difference (start, from);
      int day, week, weekday;

      if (distance <= 0 || since < 0 ||
          hyr_modality_for_sport (self->state, hyr_activity_get_sport (activity)) != HYR_MODALITY_RUNNING)
        continue;

      day = (int)(since / G_TIME_SPAN_DAY);
      week = day / 7;
      if (week >= GUESS_WEEKS)
        continue;

      weekday = g_date_time_get_day_of_week (start);
      days[week] |= 1u << (day % 7);
      weekday_distance[weekday] += distance;
      if (distance > longest[week])
        {
          longest[week] = distance;
          longest_day[week] = weekday;
        }
    }

  for (guint w = 0; w < GUESS_WEEKS; w++)
    {
      for (guint d = 0; d < 7; d++)
        n_days += (days[w] >> d) & 1;
      if (longest_day[w] != 0)
        long_votes[longest_day[w]]++;
    }

  if (n_days == 0)
    return FALSE;

  for (int d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
    {
      if (best == 0 || long_votes[d] > long_votes[best] ||
          (long_votes[d] == long_votes[best] && weekday_distance[d] > weekday_distance[best]))
        best = d;
    }

  *run_days = CLAMP ((guint)round ((double)n_days / GUESS_WEEKS), 2, 6);
  *long_run_day = (GDateWeekday)best;
  return TRUE;
}

/**
 * hyr_profile_guess_training_max:
 * @self: a #HyrProfile
 * @lift: one of the four main lifts
 * @now: the time the guess is for
 *
 * A training max from the sets the user logged for @lift in the 12 weeks
 * before @now (the state's #HyrLiftDiary): 90 % of the best one-rep max
 * they estimate (hyr_lift_diary_best_one_rep_max(): Epley, sets of up to
 * 10 reps).
 *
 * Returns: the training max in kg, 0 when nothing was logged
 */
double
hyr_profile_guess_training_max (HyrProfile *self,
                                HyrLift     lift,
                                GDateTime  *now)
{
  g_autoptr(HyrLiftDiary) diary = NULL;
  g_autoptr(GDateTime) since = NULL;
  g_autoptr(GDateTime) until = NULL;
  double best;

  g_return_val_if_fail (HYR_IS_PROFILE (self), 0);
  g_return_val_if_fail (lift >= HYR_LIFT_SQUAT && lift < N_LIFTS, 0);
  g_return_val_if_fail (now != NULL, 0);

  if (self->state == NULL)
    return 0;

  diary = hyr_lift_diary_new (self->state);
  since = g_date_time_add_weeks (now, -12);
  until = g_date_time_add_seconds (now, 1);
  best = hyr_lift_diary_best_one_rep_max (diary, lift, since, until);

  return best > 0 ? MIN (hyr_five_three_one_training_max_from_one_rep_max (best), MAX_TRAINING_MAX) : 0;
}
