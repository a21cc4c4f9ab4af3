/* hyr-shoe-advisor.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoe-advisor"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hyr-private.h"
#include "hyr-shoe-advisor.h"
#include "hyr-shoe-private.h"

/* The pairs as the user sees them, from their settings and a tally: how
 * worn each is, when it is due to retire at its recent pace, and which one
 * suits the next run. The advisor keeps an immutable #HyrShoe for each
 * pair. */

/* Lifespans are a rule of thumb without study backing (DOMAIN.md); lighter
 * racing and minimalist shoes get a shorter one. */
#define TRAINER_RETIRE_DISTANCE    (800.0 * 1000.0)
#define SHORT_LIFE_RETIRE_DISTANCE (500.0 * 1000.0)

/* Minimalist shoes come in gradually (DOMAIN.md): short runs only, shorter
 * still for the first runs in them, and no more than a third of the runs. */
#define MINIMALIST_FIRST_RUNS    10
#define MINIMALIST_FIRST_LIMIT   (5.0 * 1000.0)
#define MINIMALIST_LIMIT         (8.0 * 1000.0)
#define MINIMALIST_MAX_SHARE     (1.0 / 3.0)

#define N_SHOE_KINDS (HYR_SHOE_KIND_OTHER + 1)

struct _HyrShoeAdvisor
{
  GObject    parent_instance;

  GPtrArray *shoes_by_pair;  /* HyrShoe, in the order of the pairs */
  GPtrArray *shoes;          /* HyrShoe: active first, then by name */
};

G_DEFINE_FINAL_TYPE (HyrShoeAdvisor, _hyr_shoe_advisor, G_TYPE_OBJECT)

static void
_hyr_shoe_advisor_finalize (GObject *object)
{
  HyrShoeAdvisor *self = (HyrShoeAdvisor *)object;

  g_clear_pointer (&self->shoes, g_ptr_array_unref);
  g_clear_pointer (&self->shoes_by_pair, g_ptr_array_unref);

  G_OBJECT_CLASS (_hyr_shoe_advisor_parent_class)->finalize (object);
}

static void
_hyr_shoe_advisor_class_init (HyrShoeAdvisorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = _hyr_shoe_advisor_finalize;
}

static void
_hyr_shoe_advisor_init (HyrShoeAdvisor *self)
{
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

static HyrShoe *
snapshot (const HyrShoePair         *pair,
          const HyrShoeTallyFigures *tallied,
          GDateTime                 *now,
          GDateTime                 *recent_from,
          guint                      recent_runs_counted)
{
  g_autoptr(GDateTime) retire_date = NULL;
  HyrShoeFigures figures = { 0 };
  double weekly_distance = 0;

  figures.gear_id = pair->id;
  figures.name = pair->name;
  figures.kind = pair->kind;
  figures.kind_guessed = pair->kind_guessed;
  figures.prior_distance = pair->prior_distance;
  figures.distance = pair->prior_distance + tallied->distance;
  figures.run_distance = tallied->run_distance;
  figures.runs = tallied->runs;
  figures.last_used = tallied->last_used;
  figures.active = pair->active;
  figures.from_host = pair->from_host;
  figures.recent_runs = tallied->recent_runs;

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
    figures.share = (double)tallied->recent_runs / recent_runs_counted;

  /* The pace of the last 8 weeks, or of the weeks since the pair came into
   * use when that is shorter; at least one week, so that a pair first worn
   * this morning does not project an absurd pace. */
  if (tallied->recent_distance > 0)
    {
      GDateTime *in_use_from = tallied->first_used;
      GDateTime *pace_from = recent_from;
      double weeks;

      if (pair->since != NULL && (in_use_from == NULL || g_date_time_compare (pair->since, in_use_from) < 0))
        in_use_from = pair->since;
      if (in_use_from != NULL && g_date_time_compare (in_use_from, recent_from) > 0)
        pace_from = in_use_from;

      weeks = (double)g_date_time_difference (now, pace_from) / (7.0 * G_TIME_SPAN_DAY);
      weekly_distance = tallied->recent_distance / MAX (weeks, 1.0);
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

/* A shoe and the sort key of its pair's name. */
typedef struct
{
  HyrShoe    *shoe;
  const char *key;
} Sorted;

/* Active pairs first, then by name in the user's language, then by
 * identifier. */
static int
compare_shoes (gconstpointer a,
               gconstpointer b)
{
  const Sorted *x = a;
  const Sorted *y = b;
  int cmp;

  if (hyr_shoe_get_active (x->shoe) != hyr_shoe_get_active (y->shoe))
    return hyr_shoe_get_active (x->shoe) ? -1 : 1;

  cmp = strcmp (x->key, y->key);
  if (cmp != 0)
    return cmp;

  return strcmp (hyr_shoe_get_gear_id (x->shoe), hyr_shoe_get_gear_id (y->shoe));
}

/*
 * _hyr_shoe_advisor_new:
 * @pairs: (element-type HyrShoePair): the pairs @tally counted for
 * @tally: the pairs' tally
 *
 * Makes the #HyrShoe of each pair: its distance is its prior distance and
 * what @tally counted; its retire distance the user's, else the host's,
 * else the default of its kind; its retire date where the pace of the last
 * 8 weeks takes it, as of the tally's moment.
 *
 * Returns: (transfer full): the advisor
 */
HyrShoeAdvisor *
_hyr_shoe_advisor_new (GPtrArray    *pairs,
                       HyrShoeTally *tally)
{
  g_autofree Sorted *sorted = NULL;
  HyrShoeAdvisor *self;
  GDateTime *now;
  GDateTime *recent_from;
  guint recent_runs_counted;

  g_return_val_if_fail (pairs != NULL, NULL);
  g_return_val_if_fail (HYR_IS_SHOE_TALLY (tally), NULL);

  now = _hyr_shoe_tally_get_now (tally);
  recent_from = _hyr_shoe_tally_get_recent_from (tally);
  recent_runs_counted = _hyr_shoe_tally_get_recent_runs_counted (tally);

  self = g_object_new (HYR_TYPE_SHOE_ADVISOR, NULL);
  self->shoes_by_pair = g_ptr_array_new_full (pairs->len, g_object_unref);
  for (guint i = 0; i < pairs->len; i++)
    g_ptr_array_add (self->shoes_by_pair,
                     snapshot (g_ptr_array_index (pairs, i), _hyr_shoe_tally_get_figures (tally, i),
                               now, recent_from, recent_runs_counted));

  sorted = g_new (Sorted, MAX (pairs->len, 1));
  for (guint i = 0; i < pairs->len; i++)
    sorted[i] = (Sorted) { g_ptr_array_index (self->shoes_by_pair, i),
                           _hyr_shoe_pair_get_sort_key (g_ptr_array_index (pairs, i)) };
  qsort (sorted, pairs->len, sizeof (Sorted), compare_shoes);

  self->shoes = g_ptr_array_new_full (pairs->len, g_object_unref);
  for (guint i = 0; i < pairs->len; i++)
    g_ptr_array_add (self->shoes, g_object_ref (sorted[i].shoe));

  return self;
}

/*
 * _hyr_shoe_advisor_get_shoes:
 *
 * Returns: (transfer none) (element-type HyrShoe): every pair, active
 *   pairs first, then by name
 */
GPtrArray *
_hyr_shoe_advisor_get_shoes (HyrShoeAdvisor *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ADVISOR (self), NULL);
  return self->shoes;
}

/*
 * _hyr_shoe_advisor_get_pair_shoe:
 * @pair: an index into the pairs the advisor was made with
 *
 * Returns: (transfer none): the #HyrShoe of that pair
 */
HyrShoe *
_hyr_shoe_advisor_get_pair_shoe (HyrShoeAdvisor *self,
                                 guint           pair)
{
  g_return_val_if_fail (HYR_IS_SHOE_ADVISOR (self), NULL);
  g_return_val_if_fail (pair < self->shoes_by_pair->len, NULL);

  return g_ptr_array_index (self->shoes_by_pair, pair);
}

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
 * _hyr_shoe_advisor_suggest:
 * @kind: the kind of the next run
 * @distance_m: its planned distance in metres; 0 when unknown
 * @when: (nullable): when it is planned; %NULL for now
 * @planned: (nullable) (element-type utf8 GLib.DateTime): for each pair,
 *   the last run planned for it so far, by gear id
 * @reference_time: (nullable): the moment that is "now" when @when is
 *   %NULL; %NULL for the clock
 * @reason: (out) (optional) (transfer full): a sentence saying why, for
 *   the user
 *
 * Suggests the pair to wear for a run, as hyr_shoe_rotation_suggest()
 * describes it. Each run in @planned before @when wears the pair chosen
 * for it, so that the pairs of a plan take turns.
 *
 * Returns: (transfer full) (nullable): the pair, or %NULL when there is no
 *   active pair
 */
HyrShoe *
_hyr_shoe_advisor_suggest (HyrShoeAdvisor  *self,
                           HyrRunKind       kind,
                           double           distance_m,
                           GDateTime       *when,
                           GHashTable      *planned,
                           GDateTime       *reference_time,
                           char           **reason)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GString) why = NULL;
  const HyrShoeKind *preferred;
  Candidate *best;
  guint fitting = 0;

  g_return_val_if_fail (HYR_IS_SHOE_ADVISOR (self), NULL);
  g_return_val_if_fail (kind <= HYR_RUN_KIND_RACE, NULL);

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
          if (when != NULL)
            now = g_date_time_ref (when);
          else if (reference_time != NULL)
            now = g_date_time_ref (reference_time);
          else
            now = g_date_time_new_now_local ();
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
