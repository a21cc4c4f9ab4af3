/* hyr-shoe-rotation.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoe-rotation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hyr.h"
#include "hyr-enum-private.h"
#include "hyr-history-cache.h"
#include "hyr-private.h"
#include "hyr-shoe-private.h"
#include "hyr-shoe-rotation-private.h"
#include "hyr-state-private.h"

/**
 * HyrShoeRotation:
 *
 * The running-shoe rotation tracker: how far each pair went, how worn it is,
 * when it is due, how the runs of the last 8 weeks spread over the pairs,
 * and which pair to wear next.
 *
 * The pairs are the host's equipment (#HyrActivityStore's gear) and, for a
 * host without gear, pairs the plugin keeps in the "shoes" section of the
 * #HyrState. The user's settings for every pair (its kind, its retire
 * distance) live in that section too:
 *
 * |[
 * "shoes": {
 *   "pairs": {
 *     "7": { "kind": "trail", "retire-distance": 700000 },
 *     "hyr-1f0c…": { "own": true, "name": "Pegasus 40", "kind": "cushioned",
 *                    "prior-distance": 120000, "added": "2026-01-04T09:00:00Z",
 *                    "retired": "2026-09-01T18:00:00Z" }
 *   },
 *   "defaults": { "long": "hyr-1f0c…", "easy": "hyr-77a2…" },
 *   "assignments": { "activity-id": "hyr-77a2…" }
 * }
 * ]|
 *
 * An activity counts for the pair assigned to it by the user, else for the
 * pairs the host recorded on it. A run that carries no known pair while the
 * plugin keeps pairs of its own is assigned by rule: the default pair of its
 * run kind, else the default pair for easy runs, else the only pair of the
 * plugin's that was in use on that day. Rules never assign a run to a pair
 * before it was added or after it was retired.
 *
 * Which activities are runs is decided by hyr_modality_for_sport(). The
 * rotation asks the store for the whole history once, in one query, and
 * works it out in one pass; when the store emits
 * #HyrActivityStore::changed it asks again once the main loop is idle,
 * however many changes came in the meantime. When the store emits
 * #HyrActivityStore::activities-changed it asks for that range only and
 * puts the answer in place of what it kept for it.
 */

#define SHOES_SECTION  "shoes"
#define SPORTS_SECTION "sports"

/* "Recent" is the last 8 weeks, for the rotation share and for the pace
 * that projects a pair's retire date. */
#define RECENT_DAYS 56

/* Lifespans are a rule of thumb without study backing (DOMAIN.md); lighter
 * racing and minimalist shoes get a shorter one. */
#define TRAINER_RETIRE_DISTANCE    (800.0 * 1000.0)
#define SHORT_LIFE_RETIRE_DISTANCE (500.0 * 1000.0)

/* Classifying recorded runs for rule assignment: about 2 % average grade
 * makes a hilly run; the week's longest run makes a long run when it is
 * well above the usual run of the last four weeks. Rough lines on purpose:
 * they choose a default pair, not a training analysis. */
#define HILL_ASCENT_PER_KM 20.0
#define LONG_RUN_FACTOR    1.5
#define LONG_RUN_WEEKS     4

/* Minimalist shoes come in gradually (DOMAIN.md): short runs only, shorter
 * still for the first runs in them, and no more than a third of the runs. */
#define MINIMALIST_FIRST_RUNS    10
#define MINIMALIST_FIRST_LIMIT   (5.0 * 1000.0)
#define MINIMALIST_LIMIT         (8.0 * 1000.0)
#define MINIMALIST_MAX_SHARE     (1.0 / 3.0)

/* How many of the latest runs hyr_shoe_rotation_list_recent_runs() can
 * return. */
#define RECENT_RUNS_KEPT 100

typedef struct
{
  char        *id;
  char        *name;
  gboolean     from_host;
  gboolean     active;
  double       prior_distance;
  double       host_retire_distance;  /* 0 when the host has none */
  double       user_retire_distance;  /* 0 when the user set none */
  HyrShoeKind  kind;
  gboolean     kind_guessed;          /* from the name, not confirmed */
  GDateTime   *since;                 /* own pairs: when added */
  GDateTime   *until;                 /* own pairs: when retired */
  guint        index;                 /* position in the pass's array */

  /* Figures of one pass over the history. Dates are borrowed from the
   * cached activities. */
  double       distance;
  double       run_distance;
  guint        runs;
  GDateTime   *first_used;
  GDateTime   *last_used;
  double       recent_distance;
  guint        recent_runs;
  guint        stamp;                 /* 1 + index of the last activity counted */
} Pair;

typedef struct
{
  HyrActivity *activity;
  guint        index;
  int          week;                  /* Julian day of the week's Monday */
  Pair        *pair;                  /* the first pair it counts for */
  gboolean     pending;               /* to be assigned by rule */
} Run;

struct _HyrShoeRotation
{
  GObject            parent_instance;

  HyrActivityStore  *store;
  HyrState          *state;
  GDateTime         *reference_time;
  GMainContext      *context;
  GSource           *idle_source;
  gulong             store_changed_id;
  gulong             activities_changed_id;
  gulong             state_changed_id;

  /* The history and gear as last read from the store; NULL once the store
   * changed. */
  GPtrArray         *activities;
  GPtrArray         *gear;

  /* Figures, valid unless dirty. */
  GPtrArray         *shoes;
  GHashTable        *activity_shoes;  /* activity id → HyrShoe, both borrowed */
  GStrv              sports;
  GPtrArray         *recent_runs;     /* HyrActivity, latest first */
  char              *recent_signature;
  gboolean           host_has_gear;

  guint              dirty : 1;
  guint              computed_once : 1;
  guint              notify_pending : 1;
};

G_DEFINE_FINAL_TYPE (HyrShoeRotation, hyr_shoe_rotation, G_TYPE_OBJECT)

/**
 * hyr_shoe_rotation_error_quark:
 *
 * Gets the error domain of the shoe rotation, whose codes are
 * #HyrShoeRotationError.
 *
 * Returns: the #GQuark of %HYR_SHOE_ROTATION_ERROR
 */
G_DEFINE_QUARK (hyr-shoe-rotation-error-quark, hyr_shoe_rotation_error)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  PROP_REFERENCE_TIME,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
pair_free (Pair *pair)
{
  g_free (pair->id);
  g_free (pair->name);
  g_clear_pointer (&pair->since, g_date_time_unref);
  g_clear_pointer (&pair->until, g_date_time_unref);
  g_free (pair);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pair, pair_free)

/* The state file may have been edited by hand, so every member is checked
 * for its type before use. */
static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* A distance from the state: finite, positive and plausible, else 0. */
static double
distance_member (JsonObject *object,
                 const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
    return 0;

  return _hyr_sanitize (json_node_get_double (node), HYR_MAX_GEAR_DISTANCE, "shoe distance");
}

static GDateTime *
date_member (JsonObject *object,
             const char *name)
{
  const char *text = string_member (object, name);

  return text != NULL ? _hyr_state_plausible_date (g_date_time_new_from_iso8601 (text, NULL), name)
                      : NULL;
}

static JsonObject *
ensure_object_member (JsonObject *object,
                      const char *name)
{
  JsonObject *member = object_member (object, name);

  if (member == NULL)
    {
      member = json_object_new ();
      json_object_set_object_member (object, name, member);
    }

  return member;
}

static double
default_retire_distance (HyrShoeKind kind)
{
  switch (kind)
    {
    case HYR_SHOE_KIND_RACING:
    case HYR_SHOE_KIND_MINIMALIST:
      return SHORT_LIFE_RETIRE_DISTANCE;
    case HYR_SHOE_KIND_CUSHIONED:
    case HYR_SHOE_KIND_TRAIL:
    case HYR_SHOE_KIND_OTHER:
    default:
      return TRAINER_RETIRE_DISTANCE;
    }
}

static GDateTime *
dup_now (HyrShoeRotation *self)
{
  if (self->reference_time != NULL)
    return g_date_time_ref (self->reference_time);

  return g_date_time_new_now_local ();
}

/* Reads the pairs: the host's gear first, then the plugin's own pairs and
 * the user's settings from the state. Duplicates and entries without an
 * identifier are dropped; a pair without a name shows its identifier. */
static void
load_pairs (HyrShoeRotation *self,
            JsonObject      *section,
            GPtrArray       *pairs,
            GHashTable      *by_id)
{
  JsonObject *stored = object_member (section, "pairs");
  g_autoptr(GList) ids = NULL;

  for (guint i = 0; i < self->gear->len; i++)
    {
      HyrGear *gear = g_ptr_array_index (self->gear, i);
      const char *id = hyr_gear_get_id (gear);
      const char *name = hyr_gear_get_name (gear);
      Pair *pair;

      if (id == NULL || id[0] == '\0')
        continue;

      if (g_hash_table_contains (by_id, id))
        {
          g_debug ("Ignoring a second pair with the identifier “%s”", id);
          continue;
        }

      pair = g_new0 (Pair, 1);
      pair->id = g_strdup (id);
      pair->name = g_utf8_make_valid (name != NULL && name[0] != '\0' ? name : id, -1);
      pair->from_host = TRUE;
      pair->active = hyr_gear_get_active (gear);
      pair->prior_distance = hyr_gear_get_prior_distance (gear);
      pair->host_retire_distance = hyr_gear_get_retire_distance (gear);
      pair->kind = hyr_shoe_kind_guess (pair->name, &pair->kind_guessed);
      pair->index = pairs->len;
      g_ptr_array_add (pairs, pair);
      g_hash_table_insert (by_id, pair->id, pair);
    }

  if (stored == NULL)
    return;

  ids = json_object_get_members (stored);
  for (const GList *l = ids; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonObject *entry = object_member (stored, id);
      Pair *pair;
      int kind;

      if (entry == NULL || id[0] == '\0')
        continue;

      pair = g_hash_table_lookup (by_id, id);

      if (json_object_get_boolean_member_with_default (entry, "own", FALSE))
        {
          const char *name = string_member (entry, "name");

          if (pair != NULL)
            {
              g_debug ("The host has a pair “%s” too; showing the host's", id);
              continue;
            }

          pair = g_new0 (Pair, 1);
          pair->id = g_strdup (id);
          pair->name = g_strdup (name != NULL && name[0] != '\0' ? name : id);
          pair->from_host = FALSE;
          pair->prior_distance = distance_member (entry, "prior-distance");
          pair->since = date_member (entry, "added");
          pair->until = date_member (entry, "retired");
          pair->active = !json_object_has_member (entry, "retired");
          pair->kind = hyr_shoe_kind_guess (pair->name, &pair->kind_guessed);
          pair->index = pairs->len;
          g_ptr_array_add (pairs, pair);
          g_hash_table_insert (by_id, pair->id, pair);
        }
      else if (pair == NULL)
        {
          /* Settings of a pair the host no longer lists: kept for when it
           * comes back. */
          continue;
        }

      if (_hyr_enum_from_nick (HYR_TYPE_SHOE_KIND, string_member (entry, "kind"), &kind))
        {
          pair->kind = kind;
          pair->kind_guessed = FALSE;
        }

      pair->user_retire_distance = distance_member (entry, "retire-distance");
    }
}

static void
count_activity (Pair        *pair,
                HyrActivity *activity,
                guint        stamp,
                gboolean     is_run,
                gboolean     recent,
                gboolean     future)
{
  double distance = hyr_activity_get_distance (activity);
  GDateTime *start = hyr_activity_get_start (activity);

  pair->stamp = stamp;
  pair->distance += distance;

  /* A run entered ahead of time already counts toward the pair's wear, as
   * in the host's own equipment figures, but it was not run yet. */
  if (future)
    return;

  if (is_run)
    {
      pair->run_distance += distance;
      pair->runs++;
    }

  /* The history is sorted by start. */
  if (pair->first_used == NULL)
    pair->first_used = start;
  pair->last_used = start;

  if (recent)
    {
      pair->recent_distance += distance;
      if (is_run)
        pair->recent_runs++;
    }
}

/* Weeks start on Monday here: the rule only needs some week, and the
 * engine does not read the user's week-start preference. Returns the Julian
 * day of the Monday. */
static int
week_of (GDateTime *start)
{
  int year, month, day;
  GDate date;

  g_date_time_get_ymd (start, &year, &month, &day);
  if (!g_date_valid_dmy (day, month, year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return (int)g_date_get_julian (&date) - (g_date_time_get_day_of_week (start) - 1);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The kind of a recorded run, which chooses its default pair when the
 * plugin keeps the pairs: hilly (ascent of HILL_ASCENT_PER_KM or more per
 * kilometre), else long (the longest run of its week and at least
 * LONG_RUN_FACTOR times the median run of the last LONG_RUN_WEEKS weeks),
 * else easy. Terrain comes first because it decides the shoe more than
 * distance does. */
static HyrRunKind
classify_run (HyrActivity *activity,
              double       week_longest,
              double       usual)
{
  double distance = hyr_activity_get_distance (activity);
  double ascent = hyr_activity_get_ascent (activity);

  if (distance >= 1000 && ascent / (distance / 1000) >= HILL_ASCENT_PER_KM)
    return HYR_RUN_KIND_HILL;

  if (distance > 0 && distance >= week_longest && distance >= LONG_RUN_FACTOR * usual)
    return HYR_RUN_KIND_LONG;

  return HYR_RUN_KIND_EASY;
}

static gboolean
pair_covers (Pair      *pair,
             GDateTime *start)
{
  return (pair->since == NULL || g_date_time_compare (start, pair->since) >= 0) &&
         (pair->until == NULL || g_date_time_compare (start, pair->until) < 0);
}

/* Everything one pass over the history needs. */
typedef struct
{
  GPtrArray  *pairs;
  GHashTable *by_id;
  GPtrArray  *own_pairs;
  Pair       *defaults[HYR_RUN_KIND_RACE + 1];
  GDateTime  *recent_from;
  GArray     *runs;
  GHashTable *activity_pairs;       /* activity id → Pair, or &no_pair */
  guint       recent_runs_counted;  /* recent runs that carry a pair */
} Pass;

/* The value activity_pairs holds for an activity that counts for no pair. */
static Pair no_pair;

static Pair *
pair_by_rule (Pass       *pass,
              HyrRunKind  kind,
              GDateTime  *start)
{
  Pair *candidates[] = { pass->defaults[kind], pass->defaults[HYR_RUN_KIND_EASY] };
  Pair *only = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      if (candidates[i] != NULL && pair_covers (candidates[i], start))
        return candidates[i];
    }

  /* Without a default, a runner with one pair at a time needs no rules. */
  for (guint i = 0; i < pass->own_pairs->len; i++)
    {
      Pair *pair = g_ptr_array_index (pass->own_pairs, i);

      if (!pair_covers (pair, start))
        continue;

      if (only != NULL)
        return NULL;

      only = pair;
    }

  return only;
}

/* Assigns the runs that carry no known pair, week by week: classifying a
 * run needs its week's longest run and the usual run of the weeks before. */
static void
assign_by_rule (Pass *pass)
{
  g_autoptr(GArray) window = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *runs = pass->runs;
  guint group_start = 0;

  while (group_start < runs->len)
    {
      Run *first = &g_array_index (runs, Run, group_start);
      double longest = 0;
      gboolean any_pending = FALSE;
      guint group_end;
      double usual;

      for (group_end = group_start;
           group_end < runs->len && g_array_index (runs, Run, group_end).week == first->week;
           group_end++)
        {
          Run *run = &g_array_index (runs, Run, group_end);

          any_pending |= run->pending;
          longest = MAX (longest, hyr_activity_get_distance (run->activity));
        }

      if (!any_pending)
        {
          group_start = group_end;
          continue;
        }

      /* Runs without a distance say nothing about the usual run. */
      g_array_set_size (window, 0);
      for (guint j = group_start;
           j > 0 && g_array_index (runs, Run, j - 1).week >= first->week - 7 * (LONG_RUN_WEEKS - 1);
           j--)
        {
          double distance = hyr_activity_get_distance (g_array_index (runs, Run, j - 1).activity);

          if (distance > 0)
            g_array_append_val (window, distance);
        }
      for (guint j = group_start; j < group_end; j++)
        {
          double distance = hyr_activity_get_distance (g_array_index (runs, Run, j).activity);

          if (distance > 0)
            g_array_append_val (window, distance);
        }

      usual = 0;
      if (window->len > 0)
        {
          g_array_sort (window, compare_double);
          if (window->len % 2 == 1)
            usual = g_array_index (window, double, window->len / 2);
          else
            usual = (g_array_index (window, double, window->len / 2 - 1) +
                     g_array_index (window, double, window->len / 2)) / 2;
        }

      for (guint j = group_start; j < group_end; j++)
        {
          Run *run = &g_array_index (runs, Run, j);
          GDateTime *start;
          HyrRunKind kind;
          gboolean recent;
          const char *id;

          if (!run->pending)
            continue;

          start = hyr_activity_get_start (run->activity);
          kind = classify_run (run->activity, longest, usual);
          run->pair = pair_by_rule (pass, kind, start);
          if (run->pair == NULL)
            continue;

          recent = g_date_time_compare (start, pass->recent_from) >= 0;
          count_activity (run->pair, run->activity, run->index + 1, TRUE, recent, FALSE);
          if (recent)
            pass->recent_runs_counted++;

          id = hyr_activity_get_id (run->activity);
          if (id != NULL)
            g_hash_table_insert (pass->activity_pairs, (char *)id, run->pair);
        }

      group_start = group_end;
    }
}

static HyrShoe *
snapshot (Pair      *pair,
          GDateTime *now,
          GDateTime *recent_from,
          guint      recent_runs_counted)
{
  g_autoptr(GDateTime) retire_date = NULL;
  HyrShoeFigures figures = { 0 };
  double weekly_distance = 0;

  figures.gear_id = pair->id;
  figures.name = pair->name;
  figures.kind = pair->kind;
  figures.kind_guessed = pair->kind_guessed;
  figures.prior_distance = pair->prior_distance;
  figures.distance = pair->prior_distance + pair->distance;
  figures.run_distance = pair->run_distance;
  figures.runs = pair->runs;
  figures.last_used = pair->last_used;
  figures.active = pair->active;
  figures.from_host = pair->from_host;
  figures.recent_runs = pair->recent_runs;

  if (pair->user_retire_distance >= HYR_MIN_RETIRE_DISTANCE)
    {
      figures.retire_distance = pair->user_retire_distance;
      figures.retire_distance_custom = TRUE;
    }
  else if (pair->host_retire_distance >= HYR_MIN_RETIRE_DISTANCE)
    figures.retire_distance = pair->host_retire_distance;
  else
    figures.retire_distance = default_retire_distance (pair->kind);

  if (recent_runs_counted > 0)
    figures.share = (double)pair->recent_runs / recent_runs_counted;

  /* The pace of the last 8 weeks, or of the weeks since the pair came into
   * use when that is shorter; at least one week, so that a pair first worn
   * this morning does not project an absurd pace. */
  if (pair->recent_distance > 0)
    {
      GDateTime *in_use_from = pair->first_used;
      GDateTime *pace_from = recent_from;
      double weeks;

      if (pair->since != NULL && (in_use_from == NULL || g_date_time_compare (pair->since, in_use_from) < 0))
        in_use_from = pair->since;
      if (in_use_from != NULL && g_date_time_compare (in_use_from, recent_from) > 0)
        pace_from = in_use_from;

      weeks = (double)g_date_time_difference (now, pace_from) / (7.0 * G_TIME_SPAN_DAY);
      weekly_distance = pair->recent_distance / MAX (weeks, 1.0);
    }
  figures.weekly_distance = weekly_distance;

  if (pair->active && weekly_distance > 0)
    {
      double remaining = figures.retire_distance - figures.distance;

      if (remaining <= 0)
        retire_date = g_date_time_ref (now);
      else
        {
          double days = remaining / weekly_distance * 7.0;

          /* A pace that slow projects no date worth showing. */
          if (days <= 100 * 365.25)
            retire_date = g_date_time_add_seconds (now, days * 24 * 3600);
        }
    }
  figures.retire_date = retire_date;

  return _hyr_shoe_new (&figures);
}

static int
compare_shoes (gconstpointer a,
               gconstpointer b)
{
  HyrShoe *x = *(HyrShoe **)a;
  HyrShoe *y = *(HyrShoe **)b;
  int cmp;

  if (hyr_shoe_get_active (x) != hyr_shoe_get_active (y))
    return hyr_shoe_get_active (x) ? -1 : 1;

  cmp = g_utf8_collate (hyr_shoe_get_name (x), hyr_shoe_get_name (y));
  if (cmp != 0)
    return cmp;

  return strcmp (hyr_shoe_get_gear_id (x), hyr_shoe_get_gear_id (y));
}

static gboolean
shoes_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (!_hyr_shoe_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
strv_equal0 (char **a,
             char **b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal ((const char * const *)a, (const char * const *)b);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

/* Recomputes every figure from the cached history, reading the store first
 * when it changed. Returns whether anything the rotation shows changed. */
static gboolean
recompute (HyrShoeRotation *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GDateTime) recent_from = g_date_time_add_days (now, -RECENT_DAYS);
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify)pair_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) own_pairs = g_ptr_array_new ();
  g_autoptr(GHashTable) modalities = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) sports = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GPtrArray) shoes_by_pair = NULL;
  g_autoptr(GPtrArray) recent_runs = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  g_auto(GStrv) sport_names = NULL;
  g_autofree const char **sport_list = NULL;
  JsonObject *section;
  JsonObject *assignments;
  JsonObject *defaults;
  GHashTableIter iter;
  gpointer value;
  gboolean changed;
  Pass pass = { 0 };

  if (self->activities == NULL)
    {
      /* One query for the whole history, and what the user entered ahead of
       * time: a Python host pays one crossing. */
      g_autoptr(GDateTime) from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) to = g_date_time_new_utc (9000, 1, 1, 0, 0, 0);

      self->activities = hyr_activity_store_query (self->store, from, to);
    }

  if (self->gear == NULL)
    self->gear = hyr_activity_store_list_gear (self->store);

  g_hash_table_remove_all (self->activity_shoes);

  section = hyr_state_get_section (self->state, SHOES_SECTION);
  load_pairs (self, section, pairs, by_id);

  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = g_ptr_array_index (pairs, i);

      if (!pair->from_host)
        g_ptr_array_add (own_pairs, pair);
    }

  defaults = object_member (section, "defaults");
  for (guint kind = 0; kind < G_N_ELEMENTS (pass.defaults); kind++)
    {
      const char *id = string_member (defaults, _hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind));

      pass.defaults[kind] = id != NULL ? g_hash_table_lookup (by_id, id) : NULL;
    }

  assignments = object_member (section, "assignments");

  pass.pairs = pairs;
  pass.by_id = by_id;
  pass.own_pairs = own_pairs;
  pass.recent_from = recent_from;
  pass.runs = runs;
  pass.activity_pairs = self->activity_shoes;

  for (guint i = 0; i < self->activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (self->activities, i);
      const char *id = hyr_activity_get_id (activity);
      const char *sport = hyr_activity_get_sport (activity);
      const char * const *gear_ids = hyr_activity_get_gear_ids (activity);
      GDateTime *start = hyr_activity_get_start (activity);
      gboolean future = g_date_time_compare (start, now) > 0;
      gboolean recent = !future && g_date_time_compare (start, recent_from) >= 0;
      const char *assigned = NULL;
      Pair *first_pair = NULL;
      gboolean is_run;
      guint stamp = i + 1;
      gpointer modality;

      /* A host that lists an activity twice must not count it twice. */
      if (id != NULL)
        {
          if (g_hash_table_contains (self->activity_shoes, id))
            {
              g_debug ("Ignoring a second activity with the identifier “%s”", id);
              continue;
            }
          assigned = string_member (assignments, id);
        }

      if (sport == NULL)
        is_run = FALSE;
      else if (g_hash_table_lookup_extended (modalities, sport, NULL, &modality))
        is_run = GPOINTER_TO_INT (modality) == HYR_MODALITY_RUNNING;
      else
        {
          HyrModality m = hyr_modality_for_sport (self->state, sport);

          g_hash_table_insert (modalities, (char *)sport, GINT_TO_POINTER (m));
          is_run = m == HYR_MODALITY_RUNNING;
        }

      if (sport != NULL)
        g_hash_table_add (sports, (char *)sport);

      if (assigned != NULL && g_hash_table_contains (by_id, assigned))
        {
          first_pair = g_hash_table_lookup (by_id, assigned);
          count_activity (first_pair, activity, stamp, is_run, recent, future);
        }
      else
        {
          for (guint g = 0; gear_ids != NULL && gear_ids[g] != NULL; g++)
            {
              Pair *pair = g_hash_table_lookup (by_id, gear_ids[g]);

              /* Unknown identifiers (deleted gear, a host's bug) and a pair
               * listed twice on one activity count nothing. */
              if (pair == NULL || pair->stamp == stamp)
                continue;

              count_activity (pair, activity, stamp, is_run, recent, future);
              if (first_pair == NULL)
                first_pair = pair;
            }
        }

      if (first_pair != NULL && is_run && recent)
        pass.recent_runs_counted++;

      if (id != NULL)
        g_hash_table_insert (self->activity_shoes, (char *)id, first_pair != NULL ? first_pair : &no_pair);

      if (is_run && !future)
        {
          Run run = {
            .activity = activity,
            .index = i,
            .week = week_of (start),
            .pair = first_pair,
            .pending = first_pair == NULL && own_pairs->len > 0,
          };

          g_array_append_val (runs, run);
        }
    }

  if (own_pairs->len > 0)
    assign_by_rule (&pass);

  /* Snapshots, in the order of the pairs, then sorted for display. */
  shoes_by_pair = g_ptr_array_new_full (pairs->len, g_object_unref);
  for (guint i = 0; i < pairs->len; i++)
    g_ptr_array_add (shoes_by_pair,
                     snapshot (g_ptr_array_index (pairs, i), now, recent_from,
                               pass.recent_runs_counted));

  g_hash_table_iter_init (&iter, self->activity_shoes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Pair *pair = value;

      g_hash_table_iter_replace (&iter, pair == &no_pair
                                          ? NULL
                                          : g_ptr_array_index (shoes_by_pair, pair->index));
    }

  shoes = g_ptr_array_new_full (shoes_by_pair->len, g_object_unref);
  for (guint i = 0; i < shoes_by_pair->len; i++)
    g_ptr_array_add (shoes, g_object_ref (g_ptr_array_index (shoes_by_pair, i)));
  g_ptr_array_sort (shoes, compare_shoes);

  recent_runs = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = runs->len; i > 0 && recent_runs->len < RECENT_RUNS_KEPT; i--)
    {
      Run *run = &g_array_index (runs, Run, i - 1);

      g_ptr_array_add (recent_runs, g_object_ref (run->activity));
      g_string_append_printf (signature, "%s=%s\n",
                              hyr_activity_get_id (run->activity) != NULL
                                ? hyr_activity_get_id (run->activity)
                                : "",
                              run->pair != NULL ? run->pair->id : "");
    }

  sport_list = (const char **)g_hash_table_get_keys_as_array (sports, NULL);
  qsort (sport_list, g_hash_table_size (sports), sizeof (char *), compare_strings);
  sport_names = g_strdupv ((char **)sport_list);

  changed = !shoes_equal (self->shoes, shoes) ||
            !strv_equal0 (self->sports, sport_names) ||
            g_strcmp0 (self->recent_signature, signature->str) != 0 ||
            self->host_has_gear != (self->gear->len > 0);

  g_clear_pointer (&self->shoes, g_ptr_array_unref);
  self->shoes = g_steal_pointer (&shoes);
  g_clear_pointer (&self->sports, g_strfreev);
  self->sports = g_steal_pointer (&sport_names);
  g_clear_pointer (&self->recent_runs, g_ptr_array_unref);
  self->recent_runs = g_steal_pointer (&recent_runs);
  g_free (self->recent_signature);
  self->recent_signature = g_string_free (g_steal_pointer (&signature), FALSE);
  self->host_has_gear = self->gear->len > 0;

  return changed;
}

static gboolean
notify_idle (gpointer data)
{
  HyrShoeRotation *self = data;

  g_clear_pointer (&self->idle_source, g_source_unref);

  if (self->dirty)
    {
      gboolean changed = recompute (self);

      self->dirty = FALSE;
      if (changed && self->computed_once)
        self->notify_pending = TRUE;
      self->computed_once = TRUE;
    }

  if (self->notify_pending)
    {
      self->notify_pending = FALSE;
      g_signal_emit (self, signals [CHANGED], 0);
    }

  return G_SOURCE_REMOVE;
}

/* Changes are coalesced: however many come in, the figures are computed
 * once, when the main loop is idle, and listeners hear of it once. */
static void
schedule_refresh (HyrShoeRotation *self)
{
  if (self->idle_source != NULL)
    return;

  self->idle_source = g_idle_source_new ();
  g_source_set_priority (self->idle_source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (self->idle_source, notify_idle, self, NULL);
  g_source_set_static_name (self->idle_source, "[hyr] shoe rotation refresh");
  g_source_attach (self->idle_source, self->context);
}

/* Makes the figures current for a caller that reads them now; the signal
 * still comes from the idle callback, never from inside a getter. */
static void
ensure_figures (HyrShoeRotation *self)
{
  gboolean changed;

  if (!self->dirty)
    return;

  changed = recompute (self);
  self->dirty = FALSE;

  if (changed && self->computed_once)
    {
      self->notify_pending = TRUE;
      schedule_refresh (self);
    }

  self->computed_once = TRUE;
}

static void
invalidate (HyrShoeRotation *self,
            gboolean         reread_store)
{
  if (reread_store)
    {
      /* The keys of activity_shoes belong to the cached activities. */
      g_hash_table_remove_all (self->activity_shoes);
      g_clear_pointer (&self->activities, g_ptr_array_unref);
      g_clear_pointer (&self->gear, g_ptr_array_unref);
    }

  self->dirty = TRUE;
  schedule_refresh (self);
}

static void
on_store_changed (HyrShoeRotation  *self,
                  HyrActivityStore *store)
{
  invalidate (self, TRUE);
}

static void
on_activities_changed (HyrShoeRotation  *self,
                       GDateTime        *from,
                       GDateTime        *to,
                       HyrActivityStore *store)
{
  if (self->activities != NULL)
    {
      /* The keys of activity_shoes belong to the cached activities, and
       * some of those are about to go. */
      g_hash_table_remove_all (self->activity_shoes);
      _hyr_history_splice (self->activities, self->store, from, to);
    }

  invalidate (self, FALSE);
}

static void
on_state_changed (HyrShoeRotation *self,
                  const char      *section,
                  HyrState        *state)
{
  if (g_strcmp0 (section, SHOES_SECTION) != 0 && g_strcmp0 (section, SPORTS_SECTION) != 0)
    return;

  /* A settings change is always news (a default pair may change no figure
   * yet still show differently); a history change only when figures move. */
  if (self->computed_once)
    self->notify_pending = TRUE;

  invalidate (self, FALSE);
}

static void
hyr_shoe_rotation_constructed (GObject *object)
{
  HyrShoeRotation *self = (HyrShoeRotation *)object;

  G_OBJECT_CLASS (hyr_shoe_rotation_parent_class)->constructed (object);

  g_return_if_fail (HYR_IS_ACTIVITY_STORE (self->store));
  g_return_if_fail (HYR_IS_STATE (self->state));

  self->store_changed_id =
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  self->activities_changed_id =
    g_signal_connect_object (self->store, "activities-changed",
                             G_CALLBACK (on_activities_changed), self, G_CONNECT_SWAPPED);
  self->state_changed_id =
    g_signal_connect_object (self->state, "changed",
                             G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
}

static void
hyr_shoe_rotation_dispose (GObject *object)
{
  HyrShoeRotation *self = (HyrShoeRotation *)object;

  if (self->idle_source != NULL)
    {
      g_source_destroy (self->idle_source);
      g_clear_pointer (&self->idle_source, g_source_unref);
    }

  g_clear_signal_handler (&self->store_changed_id, self->store);
  g_clear_signal_handler (&self->activities_changed_id, self->store);
  g_clear_signal_handler (&self->state_changed_id, self->state);

  g_hash_table_remove_all (self->activity_shoes);
  g_clear_pointer (&self->shoes, g_ptr_array_unref);
  g_clear_pointer (&self->recent_runs, g_ptr_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->gear, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_shoe_rotation_parent_class)->dispose (object);
}

static void
hyr_shoe_rotation_finalize (GObject *object)
{
  HyrShoeRotation *self = (HyrShoeRotation *)object;

  g_clear_pointer (&self->activity_shoes, g_hash_table_unref);
  g_clear_pointer (&self->sports, g_strfreev);
  g_clear_pointer (&self->recent_signature, g_free);
  g_clear_pointer (&self->reference_time, g_date_time_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (hyr_shoe_rotation_parent_class)->finalize (object);
}

static void
hyr_shoe_rotation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HyrShoeRotation *self = HYR_SHOE_ROTATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_REFERENCE_TIME:
      g_value_set_boxed (value, self->reference_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoe_rotation_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HyrShoeRotation *self = HYR_SHOE_ROTATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    case PROP_REFERENCE_TIME:
      hyr_shoe_rotation_set_reference_time (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoe_rotation_class_init (HyrShoeRotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hyr_shoe_rotation_constructed;
  object_class->dispose = hyr_shoe_rotation_dispose;
  object_class->finalize = hyr_shoe_rotation_finalize;
  object_class->get_property = hyr_shoe_rotation_get_property;
  object_class->set_property = hyr_shoe_rotation_set_property;

  /**
   * HyrShoeRotation:store:
   *
   * The host's activity store.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HYR_TYPE_ACTIVITY_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrShoeRotation:state:
   *
   * The plugin's state, holding the "shoes" and "sports" sections.
   */
  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, HYR_TYPE_STATE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrShoeRotation:reference-time:
   *
   * The moment the figures are computed for: the end of the "last 8 weeks"
   * and the start of retire-date projections. %NULL, the default, follows
   * the clock; a fixed time shows the figures as they were then (and makes
   * tests repeatable).
   */
  properties [PROP_REFERENCE_TIME] =
    g_param_spec_boxed ("reference-time", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrShoeRotation::changed:
   * @self: the rotation
   *
   * Emitted, from an idle callback, when the figures changed: the store's
   * history or gear changed something, or the user's settings changed.
   * Read them again with hyr_shoe_rotation_list_shoes().
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hyr_shoe_rotation_init (HyrShoeRotation *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->activity_shoes = g_hash_table_new (g_str_hash, g_str_equal);
  self->dirty = TRUE;
}

/**
 * hyr_shoe_rotation_new:
 * @store: the host's activity store
 * @state: the plugin's state
 *
 * Creates the tracker. Figures are computed on first use and again, from
 * an idle callback, whenever @store or the "shoes" and "sports" sections of
 * @state change.
 *
 * Returns: (transfer full): a new #HyrShoeRotation
 */
HyrShoeRotation *
hyr_shoe_rotation_new (HyrActivityStore *store,
                       HyrState         *state)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (store), NULL);
  g_return_val_if_fail (HYR_IS_STATE (state), NULL);

  return g_object_new (HYR_TYPE_SHOE_ROTATION,
                       "store", store,
                       "state", state,
                       NULL);
}

/**
 * hyr_shoe_rotation_get_store:
 * @self: a #HyrShoeRotation
 *
 * Gets the store the rotation reads the history and the host's equipment
 * from.
 *
 * Returns: (transfer none): the activity store
 */
HyrActivityStore *
hyr_shoe_rotation_get_store (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  return self->store;
}

/**
 * hyr_shoe_rotation_get_state:
 * @self: a #HyrShoeRotation
 *
 * Gets the state the rotation keeps the pairs' kinds, retire distances and
 * the user's choices in.
 *
 * Returns: (transfer none): the plugin's state
 */
HyrState *
hyr_shoe_rotation_get_state (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  return self->state;
}

/**
 * hyr_shoe_rotation_get_reference_time:
 * @self: a #HyrShoeRotation
 *
 * Gets the moment the rotation's figures are computed for: the end of the
 * "last 8 weeks" and the start of retire-date projections.
 *
 * Returns: (transfer none) (nullable): the fixed time the figures are
 *   computed for, or %NULL when they follow the clock
 */
GDateTime *
hyr_shoe_rotation_get_reference_time (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  return self->reference_time;
}

/**
 * hyr_shoe_rotation_set_reference_time:
 * @self: a #HyrShoeRotation
 * @when: (nullable): the time to compute the figures for, or %NULL to
 *   follow the clock
 *
 * Sets #HyrShoeRotation:reference-time. The history is read again, up to
 * @when.
 */
void
hyr_shoe_rotation_set_reference_time (HyrShoeRotation *self,
                                      GDateTime       *when)
{
  g_return_if_fail (HYR_IS_SHOE_ROTATION (self));

  if (self->reference_time == when ||
      (self->reference_time != NULL && when != NULL && g_date_time_equal (self->reference_time, when)))
    return;

  g_clear_pointer (&self->reference_time, g_date_time_unref);
  self->reference_time = when != NULL ? g_date_time_ref (when) : NULL;

  if (self->computed_once)
    self->notify_pending = TRUE;

  invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REFERENCE_TIME]);
}

/**
 * hyr_shoe_rotation_list_shoes:
 * @self: a #HyrShoeRotation
 *
 * Lists every pair with its figures: active pairs first, then by name.
 *
 * The array owns its elements (it frees them with g_object_unref()), so it
 * is annotated as a container transfer: a binding that took the elements
 * as well would release them twice.
 *
 * Returns: (transfer container) (element-type HyrShoe): the pairs
 */
GPtrArray *
hyr_shoe_rotation_list_shoes (HyrShoeRotation *self)
{
  GPtrArray *result;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);

  ensure_figures (self);

  result = g_ptr_array_new_full (self->shoes->len, g_object_unref);
  for (guint i = 0; i < self->shoes->len; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (self->shoes, i)));

  return result;
}

static HyrShoe *
find_shoe (HyrShoeRotation  *self,
           const char       *gear_id,
           GError          **error)
{
  ensure_figures (self);

  for (guint i = 0; i < self->shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (self->shoes, i);

      if (g_strcmp0 (hyr_shoe_get_gear_id (shoe), gear_id) == 0)
        return shoe;
    }

  g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE,
               _("There is no pair with the identifier “%s”."), gear_id);
  return NULL;
}

/* Only the plugin's own pairs can be renamed, retired or removed here. */
static HyrShoe *
find_own_shoe (HyrShoeRotation  *self,
               const char       *gear_id,
               GError          **error)
{
  HyrShoe *shoe = find_shoe (self, gear_id, error);

  if (shoe != NULL && hyr_shoe_get_from_host (shoe))
    {
      g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_HOST_SHOE,
                   _("“%s” is equipment of the host application; change it there."),
                   hyr_shoe_get_name (shoe));
      return NULL;
    }

  return shoe;
}

/**
 * hyr_shoe_rotation_get_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: a pair's identifier
 *
 * Looks up a pair by its identifier.
 *
 * Returns: (transfer full) (nullable): the pair with its figures, or %NULL
 *   when there is none with @gear_id
 */
HyrShoe *
hyr_shoe_rotation_get_shoe (HyrShoeRotation *self,
                            const char      *gear_id)
{
  HyrShoe *shoe;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (gear_id != NULL, NULL);

  shoe = find_shoe (self, gear_id, NULL);

  return shoe != NULL ? g_object_ref (shoe) : NULL;
}

/**
 * hyr_shoe_rotation_get_host_has_gear:
 * @self: a #HyrShoeRotation
 *
 * Gets whether the host keeps equipment of its own.
 *
 * Returns: whether the host lists equipment. When it does not, the plugin
 *   keeps pairs itself (see hyr_shoe_rotation_add_shoe()).
 */
gboolean
hyr_shoe_rotation_get_host_has_gear (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);

  ensure_figures (self);

  return self->host_has_gear;
}

/**
 * hyr_shoe_rotation_list_sports:
 * @self: a #HyrShoeRotation
 *
 * Lists the host's sport names found in the history, for choosing which of
 * them are runs (see hyr_modality_set_override()).
 *
 * Returns: (transfer full) (array zero-terminated=1): the sport names,
 *   sorted
 */
char **
hyr_shoe_rotation_list_sports (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);

  ensure_figures (self);

  return g_strdupv (self->sports);
}

/**
 * hyr_shoe_rotation_list_recent_runs:
 * @self: a #HyrShoeRotation
 * @max_runs: how many runs to return at most; no more than 100 are kept
 *
 * Lists the latest runs, for choosing the pair of each (see
 * hyr_shoe_rotation_set_activity_shoe()).
 *
 * Returns: (transfer container) (element-type HyrActivity): the runs,
 *   latest first, in an array that owns them
 */
GPtrArray *
hyr_shoe_rotation_list_recent_runs (HyrShoeRotation *self,
                                    guint            max_runs)
{
  GPtrArray *result;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);

  ensure_figures (self);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->recent_runs->len && i < max_runs; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (self->recent_runs, i)));

  return result;
}

/* Edits of the "shoes" section go through begin_edit() and commit_edit():
 * a read-only state refuses before anything changes, and when saving fails
 * the section is put back as it was, so that memory and disk agree. */
static char *
begin_edit (HyrShoeRotation  *self,
            GError          **error)
{
  g_autoptr(JsonNode) node = NULL;

  if (hyr_state_get_read_only (self->state))
    {
      /* hyr_state_save() refuses and says why. */
      if (!hyr_state_save (self->state, error))
        return NULL;
    }

  node = json_node_init_object (json_node_alloc (),
                                hyr_state_get_section (self->state, SHOES_SECTION));

  return json_to_string (node, FALSE);
}

static gboolean
commit_edit (HyrShoeRotation  *self,
             const char       *backup,
             GError          **error)
{
  JsonObject *section = hyr_state_get_section (self->state, SHOES_SECTION);
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GList) names = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  hyr_state_section_changed (self->state, SHOES_SECTION);

  if (hyr_state_save (self->state, error))
    return TRUE;

  names = json_object_get_members (section);
  for (const GList *l = names; l != NULL; l = l->next)
    g_ptr_array_add (keys, g_strdup (l->data));
  for (guint i = 0; i < keys->len; i++)
    json_object_remove_member (section, g_ptr_array_index (keys, i));

  saved = json_from_string (backup, NULL);
  if (saved != NULL && JSON_NODE_HOLDS_OBJECT (saved))
    {
      JsonObject *object = json_node_get_object (saved);
      g_autoptr(GList) members = json_object_get_members (object);

      for (const GList *l = members; l != NULL; l = l->next)
        json_object_set_member (section, l->data,
                                json_node_copy (json_object_get_member (object, l->data)));
    }

  hyr_state_section_changed (self->state, SHOES_SECTION);

  return FALSE;
}

/* The state entry of a pair, made when missing. */
static JsonObject *
pair_entry (HyrShoeRotation *self,
            const char      *gear_id)
{
  JsonObject *section = hyr_state_get_section (self->state, SHOES_SECTION);

  return ensure_object_member (ensure_object_member (section, "pairs"), gear_id);
}

static gboolean
check_distance (double       distance,
                GError     **error)
{
  if (!isfinite (distance) || distance < 0 || distance > HYR_MAX_GEAR_DISTANCE)
    {
      g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID,
                   _("A distance of %g m is not possible for a pair of shoes."), distance);
      return FALSE;
    }

  return TRUE;
}

/* A name as the user typed it, or NULL with @error set when it is empty. */
static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);

  g_strstrip (valid);
  if (valid[0] == '\0')
    {
      g_set_error_literal (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID,
                           _("A pair needs a name."));
      return NULL;
    }

  return g_steal_pointer (&valid);
}

/**
 * hyr_shoe_rotation_set_kind:
 * @self: a #HyrShoeRotation
 * @gear_id: a pair's identifier
 * @kind: what kind of shoe the pair is
 * @error: return location for a #GError
 *
 * Sets the kind of a pair, host's or own, and saves the state. The kind
 * decides the default retire distance and which runs the pair is suggested
 * for.
 *
 * Returns: %TRUE on success; %FALSE with @error set when there is no such
 *   pair or the state could not be saved (%HYR_STATE_ERROR_READ_ONLY, say),
 *   in which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_kind (HyrShoeRotation  *self,
                            const char       *gear_id,
                            HyrShoeKind       kind,
                            GError          **error)
{
  g_autofree char *backup = NULL;
  const char *nick;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  nick = _hyr_enum_to_nick (HYR_TYPE_SHOE_KIND, kind);
  g_return_val_if_fail (nick != NULL, FALSE);

  if (find_shoe (self, gear_id, error) == NULL)
    return FALSE;

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  json_object_set_string_member (pair_entry (self, gear_id), "kind", nick);

  return commit_edit (self, backup, error);
}

/**
 * hyr_shoe_rotation_set_retire_distance:
 * @self: a #HyrShoeRotation
 * @gear_id: a pair's identifier
 * @distance: the distance at which to retire the pair, in metres; 0 goes
 *   back to the host's life expectancy or the default for the pair's kind
 * @error: return location for a #GError
 *
 * Sets the retire distance of a pair, host's or own, and saves the state.
 * The user's choice wins over the host's life expectancy.
 *
 * Returns: %TRUE on success; %FALSE with @error set when there is no such
 *   pair, @distance is not a plausible distance
 *   (%HYR_SHOE_ROTATION_ERROR_INVALID) or the state could not be saved, in
 *   which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_retire_distance (HyrShoeRotation  *self,
                                       const char       *gear_id,
                                       double            distance,
                                       GError          **error)
{
  g_autofree char *backup = NULL;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_distance (distance, error))
    return FALSE;

  if (distance > 0 && distance < HYR_MIN_RETIRE_DISTANCE)
    {
      g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID,
                   _("A pair of shoes lasts more than %.0f km."), HYR_MIN_RETIRE_DISTANCE / 1000);
      return FALSE;
    }

  if (find_shoe (self, gear_id, error) == NULL)
    return FALSE;

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  entry = pair_entry (self, gear_id);
  if (distance > 0)
    json_object_set_double_member (entry, "retire-distance", distance);
  else if (json_object_has_member (entry, "retire-distance"))
    json_object_remove_member (entry, "retire-distance");

  return commit_edit (self, backup, error);
}

#define N_SHOE_KINDS (HYR_SHOE_KIND_OTHER + 1)

/* Which kinds of shoe suit a run, best first (DOMAIN.md): cushioning for
 * long, recovery and easy conversational runs; the minimalist pair for
 * short easy runs and hills, brought in gradually; the racing pair for
 * races and fast sessions; a trail pair for hills. */
static const HyrShoeKind *
preferred_kinds (HyrRunKind kind)
{
  static const HyrShoeKind easy[N_SHOE_KINDS] = {
    HYR_SHOE_KIND_MINIMALIST, HYR_SHOE_KIND_CUSHIONED, HYR_SHOE_KIND_OTHER,
    HYR_SHOE_KIND_TRAIL, HYR_SHOE_KIND_RACING,
  };
  static const HyrShoeKind gentle[N_SHOE_KINDS] = {
    HYR_SHOE_KIND_CUSHIONED, HYR_SHOE_KIND_OTHER, HYR_SHOE_KIND_TRAIL,
    HYR_SHOE_KIND_MINIMALIST, HYR_SHOE_KIND_RACING,
  };
  static const HyrShoeKind fast[N_SHOE_KINDS] = {
    HYR_SHOE_KIND_RACING, HYR_SHOE_KIND_CUSHIONED, HYR_SHOE_KIND_OTHER,
    HYR_SHOE_KIND_TRAIL, HYR_SHOE_KIND_MINIMALIST,
  };
  static const HyrShoeKind hill[N_SHOE_KINDS] = {
    HYR_SHOE_KIND_MINIMALIST, HYR_SHOE_KIND_TRAIL, HYR_SHOE_KIND_CUSHIONED,
    HYR_SHOE_KIND_OTHER, HYR_SHOE_KIND_RACING,
  };

  switch (kind)
    {
    case HYR_RUN_KIND_EASY:
      return easy;
    case HYR_RUN_KIND_TEMPO:
    case HYR_RUN_KIND_INTERVAL:
    case HYR_RUN_KIND_RACE:
      return fast;
    case HYR_RUN_KIND_HILL:
      return hill;
    case HYR_RUN_KIND_RECOVERY:
    case HYR_RUN_KIND_LONG:
    default:
      return gentle;
    }
}

/* Whether a minimalist pair may take a run of @distance: short runs only,
 * shorter for its first runs, and not more than a third of the runs. */
static gboolean
minimalist_fits (HyrShoe *shoe,
                 double   distance)
{
  double limit = hyr_shoe_get_runs (shoe) < MINIMALIST_FIRST_RUNS
                   ? MINIMALIST_FIRST_LIMIT
                   : MINIMALIST_LIMIT;

  return distance > 0 &&
         distance <= limit &&
         hyr_shoe_get_share (shoe) < MINIMALIST_MAX_SHARE;
}

/* The rank of a pair for a run: its kind's place in the preferences, or
 * last for a minimalist pair the run is too much for. */
static guint
suit_rank (HyrShoe          *shoe,
           const HyrShoeKind *preferred,
           double            distance)
{
  HyrShoeKind kind = hyr_shoe_get_kind (shoe);

  if (kind == HYR_SHOE_KIND_MINIMALIST && !minimalist_fits (shoe, distance))
    return N_SHOE_KINDS;

  for (guint i = 0; i < N_SHOE_KINDS; i++)
    {
      if (preferred[i] == kind)
        return i;
    }

  return N_SHOE_KINDS;
}

/* A minimalist pair comes first only where it fits; where it does not, the
 * next kind is just as right. */
static gboolean
rank_is_ideal (guint              rank,
               const HyrShoeKind *preferred)
{
  return rank == 0 || (rank == 1 && preferred[0] == HYR_SHOE_KIND_MINIMALIST);
}

typedef struct
{
  HyrShoe   *shoe;
  guint      rank;
  gboolean   worn_out;
  /* Its last run, recorded or planned before the run suggested for. */
  GDateTime *last_used;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;
  GDateTime *x_used = x->last_used;
  GDateTime *y_used = y->last_used;
  double x_wear = hyr_shoe_get_wear (x->shoe);
  double y_wear = hyr_shoe_get_wear (y->shoe);

  if (x->worn_out != y->worn_out)
    return x->worn_out ? 1 : -1;

  /* Among worn-out pairs only, the least worn is the safest. */
  if (x->worn_out && x_wear != y_wear)
    return x_wear < y_wear ? -1 : 1;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;

  /* The pair that rested longest keeps the rotation going; a pair never
   * worn has rested longest of all. */
  if ((x_used == NULL) != (y_used == NULL))
    return x_used == NULL ? -1 : 1;
  if (x_used != NULL)
    {
      int cmp = g_date_time_compare (x_used, y_used);

      if (cmp != 0)
        return cmp;
    }

  if (x_wear != y_wear)
    return x_wear < y_wear ? -1 : 1;

  return g_utf8_collate (hyr_shoe_get_name (x->shoe), hyr_shoe_get_name (y->shoe));
}

static const char *
kind_reason (HyrRunKind  run_kind,
             HyrShoeKind shoe_kind)
{
  switch (shoe_kind)
    {
    case HYR_SHOE_KIND_MINIMALIST:
      if (run_kind == HYR_RUN_KIND_HILL)
        return g_dgettext (GETTEXT_PACKAGE,
                           "Short hill work suits the minimalist pair while your feet get used to it.");
      return g_dgettext (GETTEXT_PACKAGE,
                         "A short easy run is a good way to bring in the minimalist pair, a little at a time.");
    case HYR_SHOE_KIND_TRAIL:
      return g_dgettext (GETTEXT_PACKAGE, "A trail pair grips best on hilly ground.");
    case HYR_SHOE_KIND_RACING:
      return g_dgettext (GETTEXT_PACKAGE, "Keep the racing pair for races and fast sessions like this one.");
    case HYR_SHOE_KIND_CUSHIONED:
    case HYR_SHOE_KIND_OTHER:
    default:
      return g_dgettext (GETTEXT_PACKAGE,
                         "A cushioned pair suits long, recovery and easy conversational runs.");
    }
}

/**
 * hyr_shoe_rotation_suggest:
 * @self: a #HyrShoeRotation
 * @kind: the kind of the next run
 * @distance_m: its planned distance in metres; 0 when unknown
 * @when: (nullable): when it is planned, for how long each pair has rested;
 *   %NULL for now
 * @reason: (out) (optional) (transfer full): a sentence saying why, for
 *   the user
 *
 * Suggests the pair to wear for a run. Retired pairs are never suggested,
 * nor pairs past their retire distance while another pair is left. Of the
 * pairs whose kind suits the run best (cushioned for long, recovery and easy
 * runs; minimalist for short easy runs and hills, gradually; racing for
 * races, tempo runs and intervals; trail for hills), the one that rested
 * longest is chosen, which keeps the rotation going.
 *
 * Returns: (transfer full) (nullable): the pair, or %NULL when there is no
 *   active pair
 */
HyrShoe *
hyr_shoe_rotation_suggest (HyrShoeRotation  *self,
                           HyrRunKind        kind,
                           double            distance_m,
                           GDateTime        *when,
                           char            **reason)
{
  return _hyr_shoe_rotation_suggest_planned (self, kind, distance_m, when, NULL, reason);
}

/* The last run of @shoe before @when: its last recorded one, or a run
 * planned for it in @planned (gear id → time) if later. */
static GDateTime *
last_used_before (HyrShoe    *shoe,
                  GHashTable *planned,
                  GDateTime  *when)
{
  GDateTime *used = hyr_shoe_get_last_used (shoe);
  GDateTime *next = planned != NULL ? g_hash_table_lookup (planned, hyr_shoe_get_gear_id (shoe)) : NULL;

  if (next != NULL && (when == NULL || g_date_time_compare (next, when) < 0) &&
      (used == NULL || g_date_time_compare (next, used) > 0))
    return next;

  return used;
}

/*
 * _hyr_shoe_rotation_suggest_planned:
 * @planned: (nullable) (element-type utf8 GLib.DateTime): for each pair,
 *   the last run planned for it so far, by gear id
 *
 * hyr_shoe_rotation_suggest() for a run of a plan: each run planned
 * before @when wears the pair chosen for it, so that the pairs take turns
 * over the coming weeks instead of the pair that rested longest today
 * taking every run. The planner records its choices in @planned as it
 * plans the weeks in order.
 */
HyrShoe *
_hyr_shoe_rotation_suggest_planned (HyrShoeRotation  *self,
                                    HyrRunKind        kind,
                                    double            distance_m,
                                    GDateTime        *when,
                                    GHashTable       *planned,
                                    char            **reason)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GString) why = NULL;
  const HyrShoeKind *preferred;
  Candidate *best;
  guint fitting = 0;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (kind <= HYR_RUN_KIND_RACE, NULL);

  ensure_figures (self);

  if (!isfinite (distance_m) || distance_m < 0)
    distance_m = 0;

  preferred = preferred_kinds (kind);

  for (guint i = 0; i < self->shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (self->shoes, i);
      Candidate candidate;

      if (!hyr_shoe_get_active (shoe))
        continue;

      candidate.shoe = shoe;
      candidate.rank = suit_rank (shoe, preferred, distance_m);
      candidate.worn_out = hyr_shoe_get_warning (shoe) == HYR_SHOE_WARNING_RETIRE;
      candidate.last_used = last_used_before (shoe, planned, when);
      g_array_append_val (candidates, candidate);
    }

  if (candidates->len == 0)
    {
      if (reason != NULL)
        *reason = g_strdup (g_dgettext (GETTEXT_PACKAGE,
                                        "There is no active pair to suggest: add a pair, or bring a retired one back."));
      return NULL;
    }

  g_array_sort (candidates, compare_candidates);
  best = &g_array_index (candidates, Candidate, 0);

  if (reason == NULL)
    return g_object_ref (best->shoe);

  why = g_string_new (NULL);

  if (best->worn_out)
    {
      g_string_append_printf (why,
                              g_dgettext (GETTEXT_PACKAGE,
                                          "Every active pair is past its retire distance; “%s” is the least worn. Time for a new pair."),
                              hyr_shoe_get_name (best->shoe));
      *reason = g_string_free (g_steal_pointer (&why), FALSE);
      return g_object_ref (best->shoe);
    }

  g_string_append_printf (why, g_dgettext (GETTEXT_PACKAGE, "Wear “%s”."),
                          hyr_shoe_get_name (best->shoe));
  g_string_append_c (why, ' ');

  if (rank_is_ideal (best->rank, preferred))
    g_string_append (why, kind_reason (kind, hyr_shoe_get_kind (best->shoe)));
  else
    g_string_append (why, g_dgettext (GETTEXT_PACKAGE,
                                      "No pair of the best kind for this run is ready to wear, so this one comes closest."));

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      if (!candidate->worn_out && candidate->rank == best->rank)
        fitting++;
    }

  if (fitting > 1)
    {
      GDateTime *last_used = best->last_used;

      g_string_append_c (why, ' ');

      if (last_used == NULL)
        g_string_append (why, g_dgettext (GETTEXT_PACKAGE,
                                          "Of the pairs that fit, it has not been worn yet, which keeps the rotation going."));
      else
        {
          int days;

          /* Days as the pair's own row counts them ("last worn 5 days
           * ago"): calendar days, see hyr_shoe_days_between(). */
          now = when != NULL ? g_date_time_ref (when) : dup_now (self);
          days = MAX (hyr_shoe_days_between (last_used, now), 0);

          g_string_append_printf (why,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "Of the pairs that fit, it has rested longest (%u day), which keeps the rotation going.",
                                               "Of the pairs that fit, it has rested longest (%u days), which keeps the rotation going.",
                                               (gulong)days),
                                  (guint)days);
        }
    }

  /* Say why a better-suited pair was passed over. */
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      if (candidate->worn_out && candidate->rank < best->rank)
        {
          g_string_append_c (why, ' ');
          g_string_append_printf (why,
                                  g_dgettext (GETTEXT_PACKAGE,
                                              "“%s” would suit it better but is past its retire distance."),
                                  hyr_shoe_get_name (candidate->shoe));
          break;
        }
    }

  if (hyr_shoe_get_warning (best->shoe) == HYR_SHOE_WARNING_WORN)
    {
      g_string_append_c (why, ' ');
      g_string_append_printf (why,
                              g_dgettext (GETTEXT_PACKAGE,
                                          "It is at %.0f %% of its retire distance: plan a replacement."),
                              (double)hyr_shoe_get_wear_percent (best->shoe));
    }

  *reason = g_string_free (g_steal_pointer (&why), FALSE);

  return g_object_ref (best->shoe);
}

/**
 * hyr_shoe_rotation_add_shoe:
 * @self: a #HyrShoeRotation
 * @name: the pair's name
 * @kind: what kind of shoe it is
 * @prior_distance: metres it ran before being tracked
 * @since: (nullable): from when runs may be assigned to it by rule; %NULL
 *   for now
 * @error: return location for a #GError
 *
 * Adds a pair the plugin keeps itself, for a host without gear, and saves
 * the state. Runs from @since on that carry no pair are assigned to it by
 * rule (see hyr_shoe_rotation_set_default_for_kind()).
 *
 * Returns: (transfer full) (nullable): the new pair's identifier, or %NULL
 *   with @error set when @name is empty, @prior_distance is implausible or
 *   the state could not be saved
 */
char *
hyr_shoe_rotation_add_shoe (HyrShoeRotation  *self,
                            const char       *name,
                            HyrShoeKind       kind,
                            double            prior_distance,
                            GDateTime        *since,
                            GError          **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *id = NULL;
  g_autofree char *added = NULL;
  g_autoptr(GDateTime) now = NULL;
  const char *nick;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  nick = _hyr_enum_to_nick (HYR_TYPE_SHOE_KIND, kind);
  g_return_val_if_fail (nick != NULL, NULL);

  if (!(clean = clean_name (name, error)) || !check_distance (prior_distance, error))
    return NULL;

  if (since == NULL)
    since = now = dup_now (self);

  if (!(backup = begin_edit (self, error)))
    return NULL;

  uuid = g_uuid_string_random ();
  id = g_strconcat ("hyr-", uuid, NULL);
  added = g_date_time_format_iso8601 (since);

  entry = pair_entry (self, id);
  json_object_set_boolean_member (entry, "own", TRUE);
  json_object_set_string_member (entry, "name", clean);
  json_object_set_string_member (entry, "kind", nick);
  json_object_set_double_member (entry, "prior-distance", prior_distance);
  json_object_set_string_member (entry, "added", added);

  if (!commit_edit (self, backup, error))
    return NULL;

  return g_steal_pointer (&id);
}

/**
 * hyr_shoe_rotation_edit_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: the identifier of one of the plugin's own pairs
 * @name: the pair's new name
 * @prior_distance: metres it ran before being tracked
 * @error: return location for a #GError
 *
 * Renames one of the plugin's own pairs and sets its prior distance, then
 * saves the state.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the host's, a value is invalid, or the state could not be
 *   saved, in which case nothing changed
 */
gboolean
hyr_shoe_rotation_edit_shoe (HyrShoeRotation  *self,
                             const char       *gear_id,
                             const char       *name,
                             double            prior_distance,
                             GError          **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *backup = NULL;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_own_shoe (self, gear_id, error) == NULL)
    return FALSE;

  if (!(clean = clean_name (name, error)) || !check_distance (prior_distance, error))
    return FALSE;

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  entry = pair_entry (self, gear_id);
  json_object_set_string_member (entry, "name", clean);
  json_object_set_double_member (entry, "prior-distance", prior_distance);

  return commit_edit (self, backup, error);
}

/**
 * hyr_shoe_rotation_retire_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: the identifier of one of the plugin's own pairs
 * @retired: %TRUE to retire the pair, %FALSE to bring it back
 * @error: return location for a #GError
 *
 * Retires one of the plugin's own pairs (or brings it back) and saves the
 * state. A retired pair keeps its history but is no longer suggested, and
 * no later run is assigned to it by rule.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the host's, or the state could not be saved, in which case
 *   nothing changed
 */
gboolean
hyr_shoe_rotation_retire_shoe (HyrShoeRotation  *self,
                               const char       *gear_id,
                               gboolean          retired,
                               GError          **error)
{
  g_autofree char *backup = NULL;
  HyrShoe *shoe;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(shoe = find_own_shoe (self, gear_id, error)))
    return FALSE;

  if (hyr_shoe_get_active (shoe) == !retired)
    return TRUE;

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  entry = pair_entry (self, gear_id);
  if (retired)
    {
      g_autoptr(GDateTime) now = dup_now (self);
      g_autofree char *text = g_date_time_format_iso8601 (now);

      json_object_set_string_member (entry, "retired", text);
    }
  else
    json_object_remove_member (entry, "retired");

  return commit_edit (self, backup, error);
}

/* Removes every member of @object whose value is the string @gear_id. */
static void
remove_references (JsonObject *object,
                   const char *gear_id)
{
  g_autoptr(GList) names = NULL;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_free);

  if (object == NULL)
    return;

  names = json_object_get_members (object);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      if (g_strcmp0 (string_member (object, l->data), gear_id) == 0)
        g_ptr_array_add (doomed, g_strdup (l->data));
    }

  for (guint i = 0; i < doomed->len; i++)
    json_object_remove_member (object, g_ptr_array_index (doomed, i));
}

/**
 * hyr_shoe_rotation_remove_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: the identifier of one of the plugin's own pairs
 * @error: return location for a #GError
 *
 * Forgets one of the plugin's own pairs, with its default-pair rules and
 * the runs assigned to it, and saves the state. Retiring keeps the
 * history; removing is for a pair added by mistake.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the host's, or the state could not be saved, in which case
 *   nothing changed
 */
gboolean
hyr_shoe_rotation_remove_shoe (HyrShoeRotation  *self,
                               const char       *gear_id,
                               GError          **error)
{
  g_autofree char *backup = NULL;
  JsonObject *section;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_own_shoe (self, gear_id, error) == NULL)
    return FALSE;

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  section = hyr_state_get_section (self->state, SHOES_SECTION);
  json_object_remove_member (object_member (section, "pairs"), gear_id);
  remove_references (object_member (section, "defaults"), gear_id);
  remove_references (object_member (section, "assignments"), gear_id);

  return commit_edit (self, backup, error);
}

/* Sets (or, with @gear_id NULL, removes) @key in the @member object of the
 * section, checking that the pair exists. */
static gboolean
set_reference (HyrShoeRotation  *self,
               const char       *member,
               const char       *key,
               const char       *gear_id,
               GError          **error)
{
  g_autofree char *backup = NULL;
  JsonObject *object;

  if (gear_id != NULL && find_shoe (self, gear_id, error) == NULL)
    return FALSE;

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  object = ensure_object_member (hyr_state_get_section (self->state, SHOES_SECTION), member);
  if (gear_id != NULL)
    json_object_set_string_member (object, key, gear_id);
  else if (json_object_has_member (object, key))
    json_object_remove_member (object, key);

  return commit_edit (self, backup, error);
}

/* The pair @key refers to in the @member object, if it still exists. */
static char *
get_reference (HyrShoeRotation *self,
               const char      *member,
               const char      *key)
{
  JsonObject *section = hyr_state_get_section (self->state, SHOES_SECTION);
  const char *gear_id = string_member (object_member (section, member), key);

  if (gear_id == NULL || find_shoe (self, gear_id, NULL) == NULL)
    return NULL;

  return g_strdup (gear_id);
}

/**
 * hyr_shoe_rotation_set_default_for_kind:
 * @self: a #HyrShoeRotation
 * @kind: a run kind
 * @gear_id: (nullable): the pair to assign runs of @kind to, or %NULL for
 *   none
 * @error: return location for a #GError
 *
 * Chooses the pair that runs of @kind are assigned to when they carry no
 * pair and the plugin keeps pairs of its own, and saves the state. Runs
 * without a default for their kind get the default for easy runs.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the state could not be saved, in which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_default_for_kind (HyrShoeRotation  *self,
                                        HyrRunKind        kind,
                                        const char       *gear_id,
                                        GError          **error)
{
  const char *nick;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  nick = _hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind);
  g_return_val_if_fail (nick != NULL, FALSE);

  return set_reference (self, "defaults", nick, gear_id, error);
}

/**
 * hyr_shoe_rotation_get_default_for_kind:
 * @self: a #HyrShoeRotation
 * @kind: a run kind
 *
 * Gets the pair the user chose as the default for runs of @kind.
 *
 * Returns: (transfer full) (nullable): the identifier of the default pair
 *   for runs of @kind, or %NULL when there is none
 */
char *
hyr_shoe_rotation_get_default_for_kind (HyrShoeRotation *self,
                                        HyrRunKind       kind)
{
  const char *nick;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);

  nick = _hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind);
  g_return_val_if_fail (nick != NULL, NULL);

  return get_reference (self, "defaults", nick);
}

/**
 * hyr_shoe_rotation_set_activity_shoe:
 * @self: a #HyrShoeRotation
 * @activity_id: an activity's identifier
 * @gear_id: (nullable): the pair the activity was done in, or %NULL to go
 *   back to what the host recorded or the rules say
 * @error: return location for a #GError
 *
 * Records the pair an activity was done in, whatever the host recorded or
 * the rules say, and saves the state.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the state could not be saved, in which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_activity_shoe (HyrShoeRotation  *self,
                                     const char       *activity_id,
                                     const char       *gear_id,
                                     GError          **error)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (activity_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_reference (self, "assignments", activity_id, gear_id, error);
}

/**
 * hyr_shoe_rotation_get_activity_shoe:
 * @self: a #HyrShoeRotation
 * @activity_id: an activity's identifier
 *
 * Gets the pair an activity counts for: the user's choice, the host's record
 * or the rotation's rules, in that order.
 *
 * Returns: (transfer full) (nullable): the identifier of the pair the
 *   activity counts for (the first, when the host recorded several), or
 *   %NULL when it counts for none
 */
char *
hyr_shoe_rotation_get_activity_shoe (HyrShoeRotation *self,
                                     const char      *activity_id)
{
  HyrShoe *shoe;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (activity_id != NULL, NULL);

  ensure_figures (self);

  shoe = g_hash_table_lookup (self->activity_shoes, activity_id);

  return shoe != NULL ? g_strdup (hyr_shoe_get_gear_id (shoe)) : NULL;
}

/**
 * hyr_shoe_rotation_get_activity_override:
 * @self: a #HyrShoeRotation
 * @activity_id: an activity's identifier
 *
 * Gets the pair the user chose for an activity, if they did.
 *
 * Returns: (transfer full) (nullable): the identifier of the pair the user
 *   chose for the activity with hyr_shoe_rotation_set_activity_shoe(), or
 *   %NULL when the host's record or the rules decide
 */
char *
hyr_shoe_rotation_get_activity_override (HyrShoeRotation *self,
                                         const char      *activity_id)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (activity_id != NULL, NULL);

  return get_reference (self, "assignments", activity_id);
}
