/* hyr-lift-diary.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-lift-diary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-enum-private.h"
#include "hyr-lift-diary-private.h"
#include "hyr-state-section-private.h"

/**
 * HyrLiftDiary:
 *
 * Every set the lifter logs: main lifts, their Boring But Big sets,
 * assistance and custom exercises, with load, reps and reps in reserve.
 * It is kept in the state's "lift-diary" section:
 *
 * |[
 * "lift-diary": { "version": 1, "migrated-lift-log": true,
 *   "sets": { "set/1773421200000000": { "when": "2026-03-13T18:00:00+01",
 *     "exercise": "Barbell curl", "lift": "none", "weight": 25, "reps": 11,
 *     "rir": 2, "required": 0 } } }
 * ]|
 *
 * The AMRAP results #HyrLiftLog keeps are the diary's last sets of the main
 * lifts ("required" is the reps the set asked for); the older "lift-log"
 * section is read into the diary once and left as it was, for older
 * versions. A diary written by a newer version is read but not changed.
 */

struct _HyrLiftDiary
{
  GObject parent_instance;

  HyrState         *state;
  HyrActivityStore *store;
};

G_DEFINE_FINAL_TYPE (HyrLiftDiary, hyr_lift_diary, G_TYPE_OBJECT)

/**
 * hyr_lift_diary_error_quark:
 *
 * Gets the error domain of the lift diary, whose codes are #HyrLiftDiaryError.
 *
 * Returns: the #GQuark of %HYR_LIFT_DIARY_ERROR
 */
G_DEFINE_QUARK (hyr-lift-diary-error-quark, hyr_lift_diary_error)

#define MAX_WEIGHT 500.0
#define MAX_REPS   100
#define MAX_RIR    10.0

enum {
  PROP_0,
  PROP_STATE,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Storage */

char *
_hyr_lift_diary_amrap_key (HyrLift    lift,
                           GDateTime *day)
{
  g_autofree char *date = _hyr_format_date (day);

  return g_strdup_printf ("amrap/%s/%s", _hyr_enum_to_nick (HYR_TYPE_LIFT, lift), date);
}

static JsonObject *
entry_new (GDateTime  *when,
           const char *exercise,
           HyrLift     lift,
           double      weight,
           guint       reps,
           double      rir,
           guint       required)
{
  JsonObject *entry = json_object_new ();
  g_autofree char *text = g_date_time_format_iso8601 (when);

  json_object_set_string_member (entry, "when", text);
  json_object_set_string_member (entry, "exercise", exercise);
  json_object_set_string_member (entry, "lift", _hyr_enum_to_nick (HYR_TYPE_LIFT, lift));
  json_object_set_double_member (entry, "weight", weight);
  json_object_set_int_member (entry, "reps", reps);
  json_object_set_double_member (entry, "rir", rir < 0 ? -1 : rir);
  json_object_set_int_member (entry, "required", required);

  return entry;
}

/* Reads the AMRAP results of the older "lift-log" section into @sets,
 * once: after that the diary is where they live. */
static void
migrate_lift_log (HyrState   *state,
                  JsonObject *diary,
                  JsonObject *sets)
{
  JsonObject *log = hyr_state_get_section (state, "lift-log");
  g_autoptr(GList) lifts = json_object_get_members (log);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();

  for (const GList *l = lifts; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (log, l->data);
      g_autoptr(GList) dates = NULL;
      JsonObject *entries;
      int lift;

      if (!_hyr_enum_from_nick (HYR_TYPE_LIFT, l->data, &lift) || lift == HYR_LIFT_NONE ||
          node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        continue;

      entries = json_node_get_object (node);
      dates = json_object_get_members (entries);
      for (const GList *d = dates; d != NULL; d = d->next)
        {
          g_autoptr(GDateTime) day = _hyr_parse_date (d->data, local);
          g_autoptr(GDateTime) when = NULL;
          g_autofree char *key = NULL;
          JsonObject *old;
          double weight, reps, required;

          node = json_object_get_member (entries, d->data);
          if (day == NULL || !JSON_NODE_HOLDS_OBJECT (node))
            continue;

          old = json_node_get_object (node);
          weight = _hyr_json_get_double (old, "weight", 0, MAX_WEIGHT, -1);
          reps = _hyr_json_get_double (old, "reps", 0, MAX_REPS, -1);
          required = _hyr_json_get_double (old, "required", 0, MAX_REPS, -1);
          if (weight < 0 || reps < 0 || required < 0)
            continue;

          key = _hyr_lift_diary_amrap_key (lift, day);
          if (json_object_has_member (sets, key))
            continue;

          when = g_date_time_add_hours (day, 18);
          json_object_set_object_member (sets, key,
                                         entry_new (when, hyr_lift_get_name (lift), lift, weight,
                                                    (guint)reps, -1, (guint)required));
        }
    }

  json_object_set_boolean_member (diary, "migrated-lift-log", TRUE);
}

/* The diary's sets by key, the older lift log read into it. */
JsonObject *
_hyr_lift_diary_sets (HyrState *state)
{
  JsonObject *diary = hyr_state_get_section (state, LIFT_DIARY_SECTION);
  JsonNode *node = json_object_get_member (diary, "sets");
  JsonObject *sets;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      json_object_set_object_member (diary, "sets", json_object_new ());
      node = json_object_get_member (diary, "sets");
    }
  if (!json_object_has_member (diary, "version"))
    json_object_set_int_member (diary, "version", LIFT_DIARY_VERSION);

  sets = json_node_get_object (node);
  if (!_hyr_json_get_boolean (diary, "migrated-lift-log", FALSE))
    migrate_lift_log (state, diary, sets);

  return sets;
}

static HyrLoggedSet *
set_from_entry (const char *key,
                JsonObject *entry)
{
  const char *text = _hyr_json_get_string (entry, "when");
  const char *exercise = _hyr_json_get_string (entry, "exercise");
  g_autoptr(GDateTime) when = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  double weight = _hyr_json_get_double (entry, "weight", 0, MAX_WEIGHT, -1);
  double required = _hyr_json_get_double (entry, "required", 0, MAX_REPS, 0);
  /* An AMRAP set may have failed outright: 0 reps. */
  double reps = _hyr_json_get_double (entry, "reps", required > 0 ? 0 : 1, MAX_REPS, -1);
  double rir = _hyr_json_get_double (entry, "rir", -1, MAX_RIR, -1);
  int lift = HYR_LIFT_NONE;

  if (when == NULL || exercise == NULL || *exercise == '\0' || weight < 0 || reps < 0)
    return NULL;
  if (!_hyr_enum_from_nick (HYR_TYPE_LIFT, _hyr_json_get_string (entry, "lift"), &lift))
    lift = HYR_LIFT_NONE;

  return _hyr_logged_set_new (key, when, exercise, lift, weight, (guint)reps, rir, (guint)required);
}

static int
compare_sets (gconstpointer a,
              gconstpointer b)
{
  HyrLoggedSet *x = *(HyrLoggedSet **)a;
  HyrLoggedSet *y = *(HyrLoggedSet **)b;
  int by_time = g_date_time_compare (hyr_logged_set_get_when (x), hyr_logged_set_get_when (y));

  return by_time != 0 ? by_time : g_strcmp0 (_hyr_logged_set_get_key (x), _hyr_logged_set_get_key (y));
}

/* The sets done in [@from, @to), by time; both %NULL for all of them. */
GPtrArray *
_hyr_lift_diary_read_sets (HyrState  *state,
                           GDateTime *from,
                           GDateTime *to)
{
  JsonObject *sets = _hyr_lift_diary_sets (state);
  g_autoptr(GList) keys = json_object_get_members (sets);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (const GList *l = keys; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (sets, l->data);
      HyrLoggedSet *set;

      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
          (set = set_from_entry (l->data, json_node_get_object (node))) == NULL)
        continue;

      if ((from != NULL && g_date_time_compare (hyr_logged_set_get_when (set), from) < 0) ||
          (to != NULL && g_date_time_compare (hyr_logged_set_get_when (set), to) >= 0))
        {
          g_object_unref (set);
          continue;
        }

      g_ptr_array_add (found, set);
    }

  g_ptr_array_sort (found, compare_sets);
  return found;
}

static gboolean
check_version (HyrState  *state,
               GError   **error)
{
  JsonObject *diary = hyr_state_get_section (state, LIFT_DIARY_SECTION);

  if (_hyr_json_get_double (diary, "version", 0, G_MAXINT, LIFT_DIARY_VERSION) > LIFT_DIARY_VERSION)
    {
      g_set_error_literal (error, HYR_LIFT_DIARY_ERROR, HYR_LIFT_DIARY_ERROR_NEWER,
                           _("The lift diary was written by a newer version of the plugin, so this one does not change it."));
      return FALSE;
    }

  return TRUE;
}

/* A new "sets" object with the members of the current one, put in its
 * place: the backup a commit restores on failure holds the old object,
 * which a change in place would change too (json_node_copy() shares it). */
static JsonObject *
replace_sets (HyrState *state)
{
  JsonObject *diary = hyr_state_get_section (state, LIFT_DIARY_SECTION);
  JsonObject *old = _hyr_lift_diary_sets (state);
  JsonObject *sets = json_object_new ();
  g_autoptr(GList) keys = json_object_get_members (old);

  for (const GList *l = keys; l != NULL; l = l->next)
    json_object_set_member (sets, l->data, json_node_copy (json_object_get_member (old, l->data)));
  json_object_set_object_member (diary, "sets", sets);

  return sets;
}

/* Keeps @entry (taking it) under @key and saves; on failure the diary stays
 * as it was. */
gboolean
_hyr_lift_diary_put (HyrState    *state,
                     const char  *key,
                     JsonObject  *entry,
                     GError     **error)
{
  g_autoptr(JsonObject) owned = entry;
  g_autoptr(JsonObject) backup = json_object_new ();
  JsonObject *sets;

  if (!check_version (state, error))
    return FALSE;

  _hyr_lift_diary_sets (state);
  _hyr_json_object_replace (backup, hyr_state_get_section (state, LIFT_DIARY_SECTION));
  sets = replace_sets (state);
  json_object_set_object_member (sets, key, g_steal_pointer (&owned));

  return _hyr_state_commit (state, LIFT_DIARY_SECTION, backup, error);
}

gboolean
_hyr_lift_diary_drop (HyrState    *state,
                      const char  *key,
                      GError     **error)
{
  g_autoptr(JsonObject) backup = json_object_new ();
  JsonObject *sets;

  if (!check_version (state, error))
    return FALSE;

  sets = _hyr_lift_diary_sets (state);
  if (!json_object_has_member (sets, key))
    return TRUE;

  _hyr_json_object_replace (backup, hyr_state_get_section (state, LIFT_DIARY_SECTION));
  sets = replace_sets (state);
  json_object_remove_member (sets, key);

  return _hyr_state_commit (state, LIFT_DIARY_SECTION, backup, error);
}

/* The object */

static void
hyr_lift_diary_dispose (GObject *object)
{
  HyrLiftDiary *self = (HyrLiftDiary *)object;

  g_clear_object (&self->state);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hyr_lift_diary_parent_class)->dispose (object);
}

static void
hyr_lift_diary_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HyrLiftDiary *self = HYR_LIFT_DIARY (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_diary_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HyrLiftDiary *self = HYR_LIFT_DIARY (object);

  switch (prop_id)
    {
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    case PROP_STORE:
      hyr_lift_diary_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_lift_diary_class_init (HyrLiftDiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hyr_lift_diary_dispose;
  object_class->get_property = hyr_lift_diary_get_property;
  object_class->set_property = hyr_lift_diary_set_property;

  /**
   * HyrLiftDiary:state:
   *
   * The state the diary is kept in.
   */
  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, HYR_TYPE_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * HyrLiftDiary:store:
   *
   * The host's activities, to name the strength activity of a logged set's
   * day in #HyrLoggedSet:activity-id; %NULL for none.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HYR_TYPE_ACTIVITY_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_lift_diary_init (HyrLiftDiary *self)
{
}

/**
 * hyr_lift_diary_new:
 * @state: the plugin's state
 *
 * Creates a lift diary that reads and writes the sets logged in @state.
 *
 * Returns: (transfer full): a diary kept in @state
 */
HyrLiftDiary *
hyr_lift_diary_new (HyrState *state)
{
  g_return_val_if_fail (HYR_IS_STATE (state), NULL);

  return g_object_new (HYR_TYPE_LIFT_DIARY, "state", state, NULL);
}

/**
 * hyr_lift_diary_get_state:
 * @diary: a #HyrLiftDiary
 *
 * Gets the state the diary is kept in.
 *
 * Returns: (transfer none): the state
 */
HyrState *
hyr_lift_diary_get_state (HyrLiftDiary *diary)
{
  g_return_val_if_fail (HYR_IS_LIFT_DIARY (diary), NULL);
  return diary->state;
}

/**
 * hyr_lift_diary_set_store:
 * @diary: a #HyrLiftDiary
 * @store: (nullable): the host's activities
 *
 * Sets #HyrLiftDiary:store.
 */
void
hyr_lift_diary_set_store (HyrLiftDiary     *diary,
                          HyrActivityStore *store)
{
  g_return_if_fail (HYR_IS_LIFT_DIARY (diary));
  g_return_if_fail (store == NULL || HYR_IS_ACTIVITY_STORE (store));

  if (g_set_object (&diary->store, store))
    g_object_notify_by_pspec (G_OBJECT (diary), properties [PROP_STORE]);
}

/**
 * hyr_lift_diary_check_set:
 * @exercise: (nullable): the exercise's name
 * @weight: the load in kg
 * @reps: the reps done
 * @rir: the reps left in reserve; negative when not known
 * @error: return location for a #GError
 *
 * Checks a set as hyr_lift_diary_record_set() does, without logging it:
 * a form can say what is wrong with a set as it is typed, in the words
 * the diary would refuse it with, and save nothing while any is wrong.
 *
 * Returns: %TRUE when hyr_lift_diary_record_set() would take the values,
 *   else %FALSE with %HYR_LIFT_DIARY_ERROR_INVALID
 */
gboolean
hyr_lift_diary_check_set (const char  *exercise,
                          double       weight,
                          guint        reps,
                          double       rir,
                          GError     **error)
{
  g_autofree char *name = exercise != NULL ? g_strstrip (g_strdup (exercise)) : NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, HYR_LIFT_DIARY_ERROR, HYR_LIFT_DIARY_ERROR_INVALID,
                           _("The exercise needs a name."));
      return FALSE;
    }
  if (!isfinite (weight) || weight < 0 || weight > MAX_WEIGHT)
    {
      g_set_error (error, HYR_LIFT_DIARY_ERROR, HYR_LIFT_DIARY_ERROR_INVALID,
                   _("A load of %g kg cannot be right: enter 0 to %g kg (0 for body weight)."),
                   isfinite (weight) ? weight : 0, MAX_WEIGHT);
      return FALSE;
    }
  if (reps == 0 || reps > MAX_REPS)
    {
      g_set_error (error, HYR_LIFT_DIARY_ERROR, HYR_LIFT_DIARY_ERROR_INVALID,
                   _("%u reps cannot be right: a set has 1 to %d."), reps, MAX_REPS);
      return FALSE;
    }
  if (isnan (rir) || rir > MAX_RIR)
    {
      g_set_error (error, HYR_LIFT_DIARY_ERROR, HYR_LIFT_DIARY_ERROR_INVALID,
                   _("Reps in reserve are 0 to %g, or left empty."), MAX_RIR);
      return FALSE;
    }

  return TRUE;
}

/**
 * hyr_lift_diary_record_set:
 * @diary: a #HyrLiftDiary
 * @when: when the set was done
 * @exercise: the exercise's name; any name, custom exercises included,
 *   but not empty
 * @lift: the 5/3/1 main lift it belongs to (its Boring But Big sets too),
 *   or %HYR_LIFT_NONE
 * @weight: the load in kg, 0 for body-weight work, at most 500
 * @reps: the reps done, 1 to 100
 * @rir: the reps left in reserve, 0 to 10; negative when not known
 * @error: return location for a #GError
 *
 * Logs a set and saves the state. Values that cannot be right fail with
 * %HYR_LIFT_DIARY_ERROR_INVALID and a message that says which, and nothing
 * is saved; so does a failed save, which leaves the diary as it was.
 *
 * Returns: %TRUE when the set was logged and saved
 */
gboolean
hyr_lift_diary_record_set (HyrLiftDiary  *diary,
                           GDateTime     *when,
                           const char    *exercise,
                           HyrLift        lift,
                           double         weight,
                           guint          reps,
                           double         rir,
                           GError       **error)
{
  static guint counter;
  g_autofree char *key = NULL;
  g_autofree char *name = exercise != NULL ? g_strstrip (g_strdup (exercise)) : NULL;
  JsonObject *sets;

  g_return_val_if_fail (HYR_IS_LIFT_DIARY (diary), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);
  g_return_val_if_fail (lift >= HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hyr_lift_diary_check_set (name, weight, reps, rir, error))
    return FALSE;

  sets = _hyr_lift_diary_sets (diary->state);
  do
    {
      g_free (key);
      key = g_strdup_printf ("set/%" G_GINT64_FORMAT "/%u", g_date_time_to_unix (when), counter++);
    }
  while (json_object_has_member (sets, key));

  return _hyr_lift_diary_put (diary->state, key,
                              entry_new (when, name, lift, weight, reps, rir, 0), error);
}

/* The host's strength activity of each set's day, when the diary has the
 * store. */
static void
name_activities (HyrLiftDiary *diary,
                 GPtrArray    *sets)
{
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;

  if (diary->store == NULL || sets->len == 0)
    return;

  from = _hyr_midnight (hyr_logged_set_get_when (g_ptr_array_index (sets, 0)));
  to = g_date_time_add_days (hyr_logged_set_get_when (g_ptr_array_index (sets, sets->len - 1)), 1);
  activities = hyr_activity_store_query (diary->store, from, to);

  for (guint i = 0; i < sets->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (sets, i);
      int day = _hyr_julian_day (hyr_logged_set_get_when (set));

      for (guint a = 0; a < activities->len; a++)
        {
          HyrActivity *activity = g_ptr_array_index (activities, a);

          if (_hyr_julian_day (hyr_activity_get_start (activity)) == day &&
              hyr_modality_for_sport (diary->state, hyr_activity_get_sport (activity)) == HYR_MODALITY_STRENGTH)
            {
              _hyr_logged_set_set_activity_id (set, hyr_activity_get_id (activity));
              break;
            }
        }
    }
}

/**
 * hyr_lift_diary_list_sets:
 * @diary: a #HyrLiftDiary
 * @from: (nullable): the start of the range; %NULL for no start
 * @to: (nullable): its end, exclusive; %NULL for no end
 *
 * Lists the sets logged between @from and @to.
 *
 * Returns: (transfer container) (element-type HyrLoggedSet): the sets
 *   logged in [@from, @to), in the order they were done
 */
GPtrArray *
hyr_lift_diary_list_sets (HyrLiftDiary *diary,
                          GDateTime    *from,
                          GDateTime    *to)
{
  GPtrArray *sets;

  g_return_val_if_fail (HYR_IS_LIFT_DIARY (diary), NULL);

  sets = _hyr_lift_diary_read_sets (diary->state, from, to);
  name_activities (diary, sets);

  return sets;
}

/**
 * hyr_lift_diary_remove_set:
 * @diary: a #HyrLiftDiary
 * @set: a set hyr_lift_diary_list_sets() returned
 * @error: return location for a #GError
 *
 * Forgets @set and saves the state; a set already gone is not an error.
 * Logging it again with its values undoes the removal.
 *
 * Returns: %TRUE when the diary was saved
 */
gboolean
hyr_lift_diary_remove_set (HyrLiftDiary  *diary,
                           HyrLoggedSet  *set,
                           GError       **error)
{
  g_return_val_if_fail (HYR_IS_LIFT_DIARY (diary), FALSE);
  g_return_val_if_fail (HYR_IS_LOGGED_SET (set), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _hyr_lift_diary_drop (diary->state, _hyr_logged_set_get_key (set), error);
}

/**
 * hyr_lift_diary_best_one_rep_max:
 * @diary: a #HyrLiftDiary
 * @lift: a main lift
 * @from: (nullable): the start of the range
 * @to: (nullable): its end, exclusive
 *
 * The best one-rep max the sets of @lift logged in [@from, @to) estimate
 * by Epley's formula (hyr_logged_set_get_one_rep_max()), sets of up to 10
 * reps only, for the trend of a lifter's strength.
 *
 * Returns: the estimate in kg, 0 when no set gives one
 */
double
hyr_lift_diary_best_one_rep_max (HyrLiftDiary *diary,
                                 HyrLift       lift,
                                 GDateTime    *from,
                                 GDateTime    *to)
{
  g_autoptr(GPtrArray) sets = NULL;
  double best = 0;

  g_return_val_if_fail (HYR_IS_LIFT_DIARY (diary), 0);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, 0);

  sets = _hyr_lift_diary_read_sets (diary->state, from, to);
  for (guint i = 0; i < sets->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (sets, i);

      if (hyr_logged_set_get_lift (set) == lift)
        best = MAX (best, hyr_logged_set_get_one_rep_max (set));
    }

  return best;
}
