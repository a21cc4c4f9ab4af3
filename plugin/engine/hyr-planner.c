/* hyr-planner.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-planner"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-history-cache.h"
#include "hyr-lift-diary-private.h"
#include "hyr-planner-draft.h"
#include "hyr-planner-lifts.h"
#include "hyr-planner-plans.h"
#include "hyr-planner-runs.h"
#include "hyr-run-kind-private.h"
#include "hyr-session-private.h"
#include "hyr-state-section-private.h"
#include "hyr-training-load-private.h"
#include "hyr-units-private.h"
#include "hyr-vdot-private.h"
#include "hyr-week-plan-private.h"

/**
 * HyrPlanner:
 *
 * Plans weeks of running and 5/3/1 strength work from the profile, the
 * lift log and the history the host recorded. The numbers and rules come
 * from the project's domain notes; each session explains itself in
 * #HyrSession:reason.
 *
 * Running volume progresses from the weeks actually recorded, not from
 * earlier plans: +10 % on the last full (non-recovery) week, never more
 * than +30 % on the week two weeks before; a week that follows a load
 * spike (acute:chronic ratio ≥ 1.5) holds volume and drops its hard run.
 * Without runs in the last four weeks a plan starts at 3 km per run day.
 * Planner choices that no study fixes, said once here: a hypertrophy plan
 * stops adding volume at the larger of the recent maximum and 8 km per run
 * day; a marathon plan stops at 64 km (twice a 32 km peak long run); the
 * long run is 50 %, 40 % or 30 % of the week's distance for 2, 3 or more
 * run days, and an easy run at most 65 % of it (a recovery run 0.7 of an
 * easy one), the long run taking what the easy runs cannot up to 62 %,
 * 50 % or 40 % of the week, the rest left out; the hard run of the week
 * takes 20 % of it (40 % with two run days); a hard session is counted as 35 % (intervals), 30 % (hills) or
 * 50 % (tempo) hard running time, the rest being warm-up, cool-down and
 * recoveries.
 *
 * Every fourth week is a recovery week: running at 70 % of the last full
 * week, all runs easy, and the 5/3/1 deload. Weeks are counted from the
 * profile's block start (or a fixed Monday), for a marathon backwards
 * from the race week so that the taper starts on time.
 *
 * Weeks after today's week are planned on top of the plans of the weeks
 * before them; weeks up to today's are planned from the history before
 * them, so that looking back shows what the planner would have said.
 *
 * A week the user accepted (hyr_planner_accept_week()) is what the next
 * week compares the history with: the runs of it that were not recorded
 * are named, by day and kind, in the next week's summary and reasons. A
 * run recorded on the day of an accepted one did it; one recorded on
 * another day of that week stands in for the nearest accepted run left.
 * Without an accepted plan, the history is compared with the profile's
 * run days.
 */

#define MAX_WEEKS        104
#define MAX_WEEKS_AHEAD  520
#define HISTORY_WEEKS    5
#define LEARN_WEEKS      26
#define VDOT_WEEKS       12

#define DEFAULT_EASY_PACE        0.39    /* s/m, 6:30 min/km */

#define PLANS_SECTION      "plans"
#define KEPT_PLANS_SECTION "kept-plans"

struct _HyrPlanner
{
  GObject parent_instance;

  HyrActivityStore *store;
  HyrState         *state;
  GDateTime        *today;

  /* The store's history, read once for every plan until the store changes,
   * and the rotation that suggests shoes from it: reading 20 years from a
   * Python host for every week the user steps to is what made planning
   * slow. Both made on the first plan. */
  HyrHistoryCache  *history;
  HyrShoeRotation  *rotation;
  char             *distance_unit;
  char             *mass_unit;
  double            vdot;
};

G_DEFINE_FINAL_TYPE (HyrPlanner, hyr_planner, G_TYPE_OBJECT)

/**
 * hyr_planner_error_quark:
 *
 * Gets the error domain of the planner, whose codes are #HyrPlannerError.
 *
 * Returns: the #GQuark of %HYR_PLANNER_ERROR
 */
G_DEFINE_QUARK (hyr-planner-error-quark, hyr_planner_error)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  PROP_TODAY,
  PROP_DISTANCE_UNIT,
  PROP_MASS_UNIT,
  PROP_VDOT,
  PROP_ROTATION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
context_clear (PlannerContext *ctx)
{
  g_clear_object (&ctx->lift_log);
  g_clear_object (&ctx->classifier);
  g_clear_object (&ctx->rotation);
  g_clear_pointer (&ctx->planned_shoes, g_hash_table_unref);
  g_clear_pointer (&ctx->zone, g_time_zone_unref);
  g_clear_pointer (&ctx->weeks, g_array_unref);
  g_clear_pointer (&ctx->loads, g_array_unref);
  g_clear_pointer (&ctx->current, g_ptr_array_unref);
  g_clear_pointer (&ctx->week_activities, g_ptr_array_unref);
  g_clear_pointer (&ctx->diary, g_ptr_array_unref);
  g_clear_pointer (&ctx->now, g_date_time_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlannerContext, context_clear)

static WeekRecord *
week_at (PlannerContext *ctx,
         int             julian)
{
  int index = floor_div (julian - ctx->origin, 7);

  if (index < 0 || (guint)index >= ctx->weeks->len)
    return NULL;

  return &g_array_index (ctx->weeks, WeekRecord, index);
}

static const WeekRecord empty_week = { 0 };

static const WeekRecord *
week_or_empty (PlannerContext *ctx,
               int             julian)
{
  WeekRecord *week = week_at (ctx, julian);

  return week != NULL ? week : &empty_week;
}

static guint
wave_week (PlannerContext *ctx,
           int             julian)
{
  return floor_mod (week_index (ctx, julian), 4) + 1;
}

static gboolean
is_recovery_week (PlannerContext *ctx,
                  int             julian)
{
  return wave_week (ctx, julian) == 4;
}

static const RaceGoal race_goals[] = {
  { HYR_GOAL_FIVE_K, 5000.0, 12000.0, 150.0, 1, 8000.0, 10000.0, 4, { 0.7, 1, 1 } },
  { HYR_GOAL_TEN_K, 10000.0, 16000.0, 150.0, 1, 8000.0, 15000.0, 5, { 0.7, 1, 1 } },
  { HYR_GOAL_HALF_MARATHON, 21097.5, 19000.0, 180.0, 2, 10000.0, 15000.0, 7, { 0.5, 0.7, 1 } },
  { HYR_GOAL_MARATHON, 42195.0, 32000.0, 210.0, 3, 13000.0, 20000.0, 10, { 0.4, 0.55, 0.75 } },
};

static const RaceGoal *
race_goal (HyrGoal goal)
{
  for (guint i = 0; i < G_N_ELEMENTS (race_goals); i++)
    if (race_goals[i].goal == goal)
      return &race_goals[i];

  return NULL;
}

/* Weeks to the race week: 0 in it, negative after it. */
static int
weeks_to_race (PlannerContext *ctx,
               int             julian)
{
  return floor_div (ctx->race_week - julian, 7);
}

static HyrPlanPhase
phase_of (PlannerContext *ctx,
          int             julian)
{
  int k;

  if (ctx->race_week == 0)
    return HYR_PLAN_PHASE_HYPERTROPHY;

  /* The longest long run comes the week before the taper: for a marathon
   * three weeks before the race week, then a taper of two weeks and race
   * week (Bosquet 2007: two to three weeks); a half marathon tapers for
   * two weeks with race week, 5 and 10 km for race week only. */
  k = weeks_to_race (ctx, julian);
  if (k > 16)
    return HYR_PLAN_PHASE_BASE;
  if (k >= ctx->race_goal->taper_weeks + 4)
    return HYR_PLAN_PHASE_BUILD;
  if (k >= ctx->race_goal->taper_weeks)
    return HYR_PLAN_PHASE_PEAK;
  if (k >= 0)
    return HYR_PLAN_PHASE_TAPER;
  if (k >= (ctx->race_goal->taper_weeks >= 2 ? -2 : -1))
    return HYR_PLAN_PHASE_POST_RACE;

  return HYR_PLAN_PHASE_HYPERTROPHY;
}

/* The history */

static double *
load_at (PlannerContext *ctx,
         int             day)
{
  int index = day - ctx->load_origin;

  if (index < 0 || (guint)index >= ctx->loads->len)
    return NULL;

  return &g_array_index (ctx->loads, double, index);
}

static void
add_load (PlannerContext *ctx,
          int             day,
          double          load)
{
  double *slot = load_at (ctx, day);

  if (slot == NULL || !(load > 0))
    return;

  *slot += load;
  if (ctx->first_day == 0 || day < ctx->first_day)
    ctx->first_day = day;
}

/* The acute:chronic ratio of the running load at the end of the week
 * starting on @julian, computed as the Training Load view computes it (7
 * days against the 28-day sum ÷ 4), from recorded and planned loads
 * alike. Running only: what the ratio makes the planner do is hold the
 * running, and a runner who starts lifting has not spiked their running. It is judged
 * only when each of the four weeks of its window has some training: after
 * a break or at the very start the chronic load is not a base yet, and
 * the ratio of a week against empty weeks says nothing (0 then). */
static double
week_ratio (PlannerContext *ctx,
            int             julian)
{
  double acute = 0, chronic = 0;

  for (int w = 0; w < 4; w++)
    {
      double sum = 0;

      for (int d = 0; d < 7; d++)
        {
          double *load = load_at (ctx, julian - 7 * w + d);

          sum += load != NULL ? *load : 0;
        }

      if (sum <= 0)
        return 0;
      chronic += sum;
      if (w == 0)
        acute = sum;
    }

  return acute / (chronic / 4.0);
}

static gboolean
is_hard_kind (HyrRunKind kind)
{
  return kind == HYR_RUN_KIND_TEMPO || kind == HYR_RUN_KIND_INTERVAL || kind == HYR_RUN_KIND_HILL;
}

static void
record_history (PlannerContext *ctx,
                GPtrArray      *activities)
{
  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);
      int day = _hyr_julian_day (hyr_activity_get_start (activity));
      HyrModality modality = hyr_modality_for_sport (ctx->state, hyr_activity_get_sport (activity));
      gboolean estimated;
      WeekRecord *week;

      /* Entered ahead of time, not done yet. */
      if (g_date_time_compare (hyr_activity_get_start (activity), ctx->now) > 0)
        continue;

      if (day >= ctx->current_week)
        {
          if (day < ctx->current_week + 7)
            g_ptr_array_add (ctx->current, g_object_ref (activity));
          continue;
        }

      if (day >= ctx->origin && (modality == HYR_MODALITY_RUNNING || modality == HYR_MODALITY_STRENGTH))
        {
          guint index = (guint)floor_div (day - ctx->origin, 7);

          if (index < ctx->week_activities->len)
            g_ptr_array_add (g_ptr_array_index (ctx->week_activities, index), g_object_ref (activity));
        }

      if (modality == HYR_MODALITY_RUNNING)
        add_load (ctx, day, _hyr_training_load_session (activity, modality, ctx->classifier, &estimated));

      week = week_at (ctx, day);
      if (week == NULL || !week->recorded)
        continue;

      if (modality == HYR_MODALITY_RUNNING)
        {
          double distance = hyr_activity_get_distance (activity);
          HyrRunKind kind = hyr_run_classifier_classify (ctx->classifier, activity, NULL);

          week->distance += distance;
          week->run_time += hyr_activity_get_duration (activity);
          if (kind != HYR_RUN_KIND_RACE)
            week->long_run = MAX (week->long_run, distance);
          week->n_runs++;
          week->runs_on_day[floor_mod (day - ctx->origin, 7)]++;
          if (is_hard_kind (kind))
            {
              week->has_hard_run = TRUE;
              week->hard_kind = kind;
            }
        }
      else if (modality == HYR_MODALITY_STRENGTH)
        {
          week->n_lifts++;
        }
    }

  for (guint i = 0; i < ctx->weeks->len; i++)
    {
      WeekRecord *week = &g_array_index (ctx->weeks, WeekRecord, i);

      if (week->recorded)
        week->ratio = week_ratio (ctx, ctx->origin + 7 * (int)i);
    }
}

/* One record per week from five weeks before the plan to its end; the
 * weeks before today's are filled from the history. */
static void
init_week_records (PlannerContext *ctx,
                   int             plan_start,
                   int             plan_end)
{
  ctx->origin = plan_start - 7 * HISTORY_WEEKS;
  ctx->weeks = g_array_new (FALSE, TRUE, sizeof (WeekRecord));
  g_array_set_size (ctx->weeks, (plan_end - ctx->origin) / 7);

  /* Four weeks before the first record, for its chronic load. */
  ctx->load_origin = ctx->origin - 28;
  ctx->loads = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (ctx->loads, plan_end - ctx->load_origin);

  ctx->current = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->week_activities = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < ctx->weeks->len; i++)
    g_ptr_array_add (ctx->week_activities, g_ptr_array_new_with_free_func (g_object_unref));

  for (guint i = 0; i < ctx->weeks->len; i++)
    {
      WeekRecord *week = &g_array_index (ctx->weeks, WeekRecord, i);
      int julian = ctx->origin + 7 * (int)i;

      week->recorded = julian < ctx->current_week;
      week->recovery = is_recovery_week (ctx, julian);
    }
}

/* The user's own easy pace times every planned run. */
static void
learn_easy_pace (PlannerContext *ctx,
                 GPtrArray      *activities)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new ();

  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);

      if (_hyr_julian_day (hyr_activity_get_start (activity)) < ctx->current_week &&
          hyr_modality_for_sport (ctx->state, hyr_activity_get_sport (activity))
          == HYR_MODALITY_RUNNING)
        g_ptr_array_add (runs, activity);
    }

  hyr_run_classifier_learn (ctx->classifier, runs);
  ctx->easy_pace = hyr_run_classifier_get_easy_pace (ctx->classifier);
  if (ctx->easy_pace <= 0)
    ctx->easy_pace = DEFAULT_EASY_PACE;

  /* Training paces from the best hard effort or race of 3 km or more of
   * the last twelve weeks (Daniels): an interval session's average pace
   * holds its recoveries, so it can only underestimate. */
  ctx->vdot = 0;
  for (guint i = 0; i < runs->len; i++)
    {
      HyrActivity *run = g_ptr_array_index (runs, i);
      HyrRunKind kind;

      if (_hyr_julian_day (hyr_activity_get_start (run)) < ctx->current_week - 7 * VDOT_WEEKS)
        continue;

      kind = hyr_run_classifier_classify (ctx->classifier, run, NULL);
      if (kind == HYR_RUN_KIND_RACE || kind == HYR_RUN_KIND_TEMPO || kind == HYR_RUN_KIND_INTERVAL)
        ctx->vdot = MAX (ctx->vdot, hyr_vdot_from_effort (hyr_activity_get_distance (run),
                                                          hyr_activity_get_duration (run)));
    }

  /* The average pace of a structured session holds its warm-up and
   * recoveries, so a VDOT below what the runner's own easy pace implies
   * (the easy pace as 74 % of VDOT) says less than the easy runs do: the
   * paces then come from the easy pace. */
  ctx->pace_vdot = ctx->vdot > _hyr_vdot_for_pace (ctx->easy_pace * 1000, 0.74) ? ctx->vdot : 0;
}

static void
load_history (PlannerContext *ctx,
              int             plan_start,
              int             plan_end)
{
  g_autoptr(GDateTime) learn_from = _hyr_date_at (ctx->zone, plan_start - 7 * LEARN_WEEKS - 28, 0, 0);
  g_autoptr(GDateTime) history_to = _hyr_date_at (ctx->zone, MIN (ctx->current_week + 7, MAX (plan_end, plan_start)), 0, 0);
  g_autoptr(GPtrArray) activities = hyr_activity_store_query (ctx->history, learn_from, history_to);

  init_week_records (ctx, plan_start, plan_end);
  learn_easy_pace (ctx, activities);
  record_history (ctx, activities);
}

/* The first week of the latest stretch of weeks with training (strength
 * sessions when @strength), before today's week, with no gap of three
 * weeks or more; today's week when there is none in the last three weeks.
 * @layoff says whether such a stretch began after a gap, with training
 * before it. */
static int
stretch_start (PlannerContext *ctx,
               GPtrArray      *history,
               gboolean        strength,
               gboolean       *layoff)
{
  int start = 0;
  int previous = 0;

  *layoff = FALSE;

  for (guint i = history->len; i-- > 0;)
    {
      HyrActivity *activity = g_ptr_array_index (history, i);
      int day = _hyr_julian_day (hyr_activity_get_start (activity));
      HyrModality modality;
      int week;

      if (day >= ctx->current_week)
        continue;

      modality = hyr_modality_for_sport (ctx->state, hyr_activity_get_sport (activity));
      if (strength ? modality != HYR_MODALITY_STRENGTH
                   : modality != HYR_MODALITY_RUNNING && modality != HYR_MODALITY_STRENGTH)
        continue;

      week = floor_div (day - ctx->current_week, 7);
      if (week == previous)
        continue;
      if (previous - week > 3)
        {
          *layoff = TRUE;
          break;
        }
      start = previous = week;
    }

  return ctx->current_week + 7 * start;
}

/* Where a hypertrophy block's weeks are counted from when the profile
 * fixes no block start: the latest of the start of the current stretch of
 * training, the start of the current stretch of lifting (a new 5/3/1
 * cycle after a layoff), and the week the training maxes were entered (a
 * new lifter starts at week 1 of the wave). Each of them stays put as
 * long as the runner follows the plan, so the weeks of the wave do not
 * shift from one week to the next. */
static int
derive_anchor (PlannerContext *ctx)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = _hyr_date_at (ctx->zone, ctx->current_week, 0, 0);
  g_autoptr(GPtrArray) history = hyr_activity_store_query (ctx->history, from, to);
  gboolean layoff, lift_layoff;
  int anchor = stretch_start (ctx, history, FALSE, &layoff);

  if (hyr_profile_get_lift_days (ctx->profile) > 0)
    {
      int lifting = stretch_start (ctx, history, TRUE, &lift_layoff);

      if (lift_layoff)
        ctx->lift_restart = lifting;
      anchor = MAX (anchor, lifting);
    }

  for (HyrLift lift = HYR_LIFT_SQUAT; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
    {
      GDateTime *since = hyr_profile_get_training_max_since (ctx->profile, lift);
      int week;

      if (since == NULL || hyr_profile_get_training_max (ctx->profile, lift) <= 0)
        continue;

      week = ctx->current_week + 7 * floor_div (_hyr_julian_day (since) - ctx->current_week, 7);
      anchor = MAX (anchor, MIN (week, ctx->current_week));
    }

  return anchor;
}

/* The week */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The last four weeks; a recovery week is not the base progression
 * builds on, the full week before it is. The base is the last full week,
 * but at most 20 % above the runner's usual week (the median of the last
 * four weeks with runs): a one-week spike is not the new normal. */
static void
read_recent_weeks (RecentWeeks    *recent,
                   PlannerContext *ctx,
                   int             week)
{
  double with_runs[4];
  guint n_with_runs = 0;
  const WeekRecord *before[4];

  for (guint i = 0; i < 4; i++)
    {
      const WeekRecord *record = week_or_empty (ctx, week - 7 * (int)(i + 1));

      before[i] = record;
      recent->max_distance = MAX (recent->max_distance, record->distance);
      recent->sum_distance += record->distance;
      recent->n_weeks_with_runs += record->distance > 0;
      recent->n_runs += record->n_runs;
      recent->longest_run = MAX (recent->longest_run, record->long_run);
      if (record->distance > 0)
        with_runs[n_with_runs++] = record->distance;
    }

  if (n_with_runs > 0)
    {
      qsort (with_runs, n_with_runs, sizeof (double), compare_doubles);
      recent->usual = n_with_runs % 2 == 1 ? with_runs[n_with_runs / 2]
                      : (with_runs[n_with_runs / 2 - 1] + with_runs[n_with_runs / 2]) / 2;
    }

  recent->last = before[0];
  recent->two_back = before[1];
  recent->three_back = before[2];
  recent->base = recent->last->recovery && recent->two_back->distance > 0
                 ? recent->two_back->distance : recent->last->distance;
  if (recent->usual > 0)
    recent->base = MIN (recent->base, 1.2 * recent->usual);
  /* The 30 % limit over two weeks compares with the last full week before
   * last week; a recovery week two weeks back would make every return from
   * it look like a jump. */
  recent->prev_full = before[1]->recovery && before[2]->distance > 0 ? before[2] : before[1];
  recent->prev_full2 = before[2]->recovery && before[3]->distance > 0 ? before[3] : before[2];
  recent->two_weeks = recent->prev_full->distance;
}

/* The plan the user accepted for the week starting on @julian, or NULL. */
static HyrWeekPlan *
accepted_week (PlannerContext *ctx,
               int             julian)
{
  g_autoptr(GDateTime) start = _hyr_date_at (ctx->zone, julian, 0, 0);

  return _hyr_accepted_week_read (hyr_state_get_section (ctx->state, PLANS_SECTION), start,
                                  ctx->distance_unit);
}

/* Fills a zeroed @draft with where the week stands. */
static void
week_draft_init (WeekDraft      *draft,
                 PlannerContext *ctx,
                 int             week)
{
  draft->ctx = ctx;
  draft->week = week;
  draft->week_start = _hyr_date_at (ctx->zone, week, 0, 0);
  draft->goal = hyr_profile_get_goal (ctx->profile);
  draft->phase = phase_of (ctx, week);
  draft->recovery = is_recovery_week (ctx, week);
  draft->wave = wave_week (ctx, week);
  draft->to_race = ctx->race_week != 0 ? weeks_to_race (ctx, week) : G_MAXINT;
  draft->race_week = ctx->race_week != 0 && draft->to_race == 0;
  draft->plan = _hyr_week_plan_new (draft->week_start, draft->phase, draft->recovery, draft->wave);
  read_recent_weeks (&draft->recent, ctx, week);
  if (draft->recent.last->recorded)
    draft->recent.last_accepted = accepted_week (ctx, week - 7);
  draft->previous_long_run = draft->recent.last->recovery && draft->recent.two_back->long_run > 0
                             ? draft->recent.two_back->long_run : draft->recent.last->long_run;
  /* No run more than 10 % or 2 km longer than the longest of the last
   * four weeks, recorded or planned; without any, the introductory
   * distances are short by themselves. */
  if (draft->recent.longest_run > 0)
    draft->run_cap = floor (MAX (1.1 * draft->recent.longest_run,
                                 draft->recent.longest_run + 2000.0) / 100.0) * 100.0;
}

static void
week_draft_clear (WeekDraft *draft)
{
  for (guint i = 0; i < draft->n_runs; i++)
    {
      g_clear_pointer (&draft->runs[i].reason, g_free);
      g_clear_pointer (&draft->runs[i].key, g_free);
    }
  for (guint i = 0; i < draft->n_lifts; i++)
    {
      g_clear_pointer (&draft->lifts[i].exercises, g_ptr_array_unref);
      g_clear_pointer (&draft->lifts[i].reason, g_free);
      g_clear_pointer (&draft->lifts[i].key, g_free);
    }
  g_clear_pointer (&draft->adaptation, g_free);
  g_clear_object (&draft->recent.last_accepted);
  g_clear_pointer (&draft->week_start, g_date_time_unref);
  g_clear_object (&draft->plan);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WeekDraft, week_draft_clear)

/* Says where the week stands in the block. */
/* The goal's race in a sentence, as in "Build for the marathon". */
static const char *
goal_race_name (HyrGoal goal)
{
  switch (goal)
    {
    case HYR_GOAL_FIVE_K:
      return C_("race in a sentence", "5 km race");
    case HYR_GOAL_TEN_K:
      return C_("race in a sentence", "10 km race");
    case HYR_GOAL_HALF_MARATHON:
      return C_("race in a sentence", "half marathon");
    case HYR_GOAL_MARATHON:
      return C_("race in a sentence", "marathon");
    case HYR_GOAL_HYPERTROPHY:
    default:
      g_return_val_if_reached ("");
    }
}

static void
summarize_phase (WeekDraft *draft)
{
  HyrWeekPlan *plan = draft->plan;

  switch (draft->phase)
    {
    case HYR_PLAN_PHASE_HYPERTROPHY:
      if (draft->ctx->race_goal != NULL)
        _hyr_week_plan_add_warning (plan, "%s", _("The race date has passed: set the next race date, or switch the goal to hypertrophy."));
      _hyr_week_plan_add_summary (plan, _("Hypertrophy block, week %u of the four-week 5/3/1 wave."),
                                  draft->wave);
      break;
    case HYR_PLAN_PHASE_BASE:
      /* Translators: the race, as in "marathon", then the weeks to it */
      _hyr_week_plan_add_summary (plan, _("Base for the %s, %d weeks before the race: strength up to three times a week."),
                                  goal_race_name (draft->goal), draft->to_race);
      break;
    case HYR_PLAN_PHASE_BUILD:
      _hyr_week_plan_add_summary (plan, _("Build for the %s, %d weeks before the race: the long run grows; strength two or three times a week with less lower-body assistance."),
                                  goal_race_name (draft->goal), draft->to_race);
      break;
    case HYR_PLAN_PHASE_PEAK:
      _hyr_week_plan_add_summary (plan, _("Peak for the %s, %d weeks before the race: the longest long runs; strength twice a week to maintain, with no heavy legs before key runs."),
                                  goal_race_name (draft->goal), draft->to_race);
      break;
    case HYR_PLAN_PHASE_TAPER:
      if (draft->race_week)
        _hyr_week_plan_add_summary (plan, _("Race week: running cut to %d %% of the peak week besides the race, keeping a short hard run and the number of runs; no strength session."),
                                    (int)round (100 * draft->ctx->race_goal->taper[0]));
      else
        _hyr_week_plan_add_summary (plan, _("Taper, %d weeks before the race: running cut to %d %% of the peak week, keeping the hard run and the number of runs (Bosquet 2007); one light strength session."),
                                    draft->to_race, (int)round (100 * draft->ctx->race_goal->taper[MIN (draft->to_race, 2)]));
      break;
    case HYR_PLAN_PHASE_POST_RACE:
      _hyr_week_plan_add_summary (plan, "%s", _("After the race: easy running only while the legs recover."));
      break;
    default:
      g_assert_not_reached ();
    }

  if (draft->recovery && draft->phase != HYR_PLAN_PHASE_TAPER)
    /* xgettext:no-c-format */
    _hyr_week_plan_add_summary (plan, "%s", _("Recovery week (every fourth week): running at 70 % of the last full week, all runs easy, and the 5/3/1 deload."));
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  HyrSession *sa = *(HyrSession **)a;
  HyrSession *sb = *(HyrSession **)b;

  return g_date_time_compare (hyr_session_get_day (sa), hyr_session_get_day (sb));
}

static void
add_sessions_in_order (WeekDraft *draft)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);

  _hyr_week_draft_add_run_sessions (draft, sessions);
  _hyr_week_draft_add_lift_sessions (draft, sessions);

  g_ptr_array_sort (sessions, compare_sessions);
  for (guint i = 0; i < sessions->len; i++)
    _hyr_week_plan_add_session (draft->plan, g_ptr_array_index (sessions, i));
}

static void
add_totals (WeekDraft *draft)
{
  _hyr_week_plan_set_totals (draft->plan, draft->distance,
                             draft->run_time > 0 ? draft->easy_time / draft->run_time : 1,
                             _hyr_week_draft_sets_per_muscle (draft));
  _hyr_week_draft_warn_easy_share (draft);
  _hyr_week_draft_warn_strength (draft);
}

/* Adds what the plan expects of @session to the week's record and the
 * day's load. */
static void
remember_session (PlannerContext *ctx,
                  WeekRecord     *record,
                  int             week,
                  HyrSession     *session)
{
  int day = _hyr_julian_day (hyr_session_get_day (session));
  HyrRunKind kind = hyr_session_get_run_kind (session);

  if (hyr_session_get_kind (session) == HYR_SESSION_KIND_LIFT)
    {
      record->n_lifts++;
      record->heavy_legs_last_day |= hyr_session_get_heavy_legs (session) && day - week == 6;
      return;
    }

  add_load (ctx, day, _hyr_training_load_planned (hyr_session_get_kind (session), kind,
                                                  hyr_session_get_duration (session)));
  record->distance += hyr_session_get_distance (session);
  record->run_time += hyr_session_get_duration (session);
  record->n_runs++;
  if (day - week >= 0 && day - week < 7)
    record->runs_on_day[day - week]++;
  if (kind != HYR_RUN_KIND_RACE)
    record->long_run = MAX (record->long_run, hyr_session_get_distance (session));
  if (is_hard_kind (kind))
    {
      record->has_hard_run = TRUE;
      record->hard_kind = kind;
    }
}

/* Adds a recorded activity of today's week to its record and load. */
static void
remember_activity (PlannerContext *ctx,
                   WeekRecord     *record,
                   int             week,
                   HyrActivity    *activity)
{
  int day = _hyr_julian_day (hyr_activity_get_start (activity));
  HyrModality modality = hyr_modality_for_sport (ctx->state, hyr_activity_get_sport (activity));
  gboolean estimated;

  if (modality == HYR_MODALITY_RUNNING)
    add_load (ctx, day, _hyr_training_load_session (activity, modality, ctx->classifier, &estimated));

  if (modality == HYR_MODALITY_STRENGTH)
    {
      record->n_lifts++;
    }
  else if (modality == HYR_MODALITY_RUNNING)
    {
      double distance = hyr_activity_get_distance (activity);
      HyrRunKind kind = hyr_run_classifier_classify (ctx->classifier, activity, NULL);

      record->distance += distance;
      record->run_time += hyr_activity_get_duration (activity);
      record->n_runs++;
      if (day - week >= 0 && day - week < 7)
        record->runs_on_day[day - week]++;
      if (kind != HYR_RUN_KIND_RACE)
        record->long_run = MAX (record->long_run, distance);
      if (is_hard_kind (kind))
        {
          record->has_hard_run = TRUE;
          record->hard_kind = kind;
        }
    }
}

/* A week still to come feeds the plan of the next one, as if done as
 * planned: its runs, lifts and loads, and the acute:chronic ratio they
 * give, judged like a recorded week's. Today's week counts what was
 * recorded so far and what is left of the plan. */
static void
remember_planned_week (WeekDraft *draft)
{
  PlannerContext *ctx = draft->ctx;
  WeekRecord *record = week_at (ctx, draft->week);
  GPtrArray *sessions = hyr_week_plan_get_sessions (draft->plan);
  gboolean current = draft->week == ctx->current_week;

  if (record == NULL || record->recorded)
    return;

  memset (record, 0, sizeof *record);
  record->recovery = draft->recovery;

  if (current)
    for (guint i = 0; i < ctx->current->len; i++)
      remember_activity (ctx, record, draft->week, g_ptr_array_index (ctx->current, i));

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_status (session) == HYR_SESSION_STATUS_PLANNED)
        remember_session (ctx, record, draft->week, session);
    }

  record->ratio = week_ratio (ctx, draft->week);
}

/* Today's week */

static gboolean
same_modality (HyrSession  *session,
               HyrModality  modality)
{
  return hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN ? modality == HYR_MODALITY_RUNNING
                                                                 : modality == HYR_MODALITY_STRENGTH;
}

/* Shortens the easy runs still to come of today's week so that, with
 * what was recorded, the week stays near its plan; a hard run recorded
 * outside the plan turns the hard run still to come easy. */
static void
plan_rest_of_week (WeekDraft *draft,
                   double     recorded_extra,
                   gboolean   extra_hard)
{
  PlannerContext *ctx = draft->ctx;
  GPtrArray *sessions = hyr_week_plan_get_sessions (draft->plan);
  double left_easy = 0;
  g_autofree char *extra_text = NULL;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      HyrRunKind kind = hyr_session_get_run_kind (session);

      if (hyr_session_get_status (session) != HYR_SESSION_STATUS_PLANNED ||
          hyr_session_get_kind (session) != HYR_SESSION_KIND_RUN)
        continue;

      if (extra_hard && is_hard_kind (kind))
        {
          g_autofree char *title = _hyr_run_kind_title (HYR_RUN_KIND_EASY, hyr_session_get_distance (session),
                                                        ctx->distance_unit);

          _hyr_session_set_run (session, HYR_RUN_KIND_EASY, hyr_session_get_distance (session),
                                hyr_session_get_duration (session), title);
          _hyr_session_add_reason (session, _("A hard run was already recorded this week outside the plan, so this one is easy."));
          kind = HYR_RUN_KIND_EASY;
        }

      if (kind == HYR_RUN_KIND_EASY || kind == HYR_RUN_KIND_RECOVERY)
        left_easy += hyr_session_get_distance (session);
    }

  if (recorded_extra < 500 || left_easy <= 0)
    return;

  extra_text = _hyr_units_format_distance (recorded_extra, ctx->distance_unit);
  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      HyrRunKind kind = hyr_session_get_run_kind (session);
      double distance, scaled;
      g_autofree char *title = NULL;
      g_autofree char *sentence = NULL;

      if (hyr_session_get_status (session) != HYR_SESSION_STATUS_PLANNED ||
          hyr_session_get_kind (session) != HYR_SESSION_KIND_RUN ||
          (kind != HYR_RUN_KIND_EASY && kind != HYR_RUN_KIND_RECOVERY))
        continue;

      distance = hyr_session_get_distance (session);
      scaled = round (MAX (distance * (1 - recorded_extra / left_easy), 2000.0) / 100.0) * 100.0;
      if (scaled >= distance)
        continue;

      title = _hyr_run_kind_title (kind, scaled, ctx->distance_unit);
      _hyr_session_set_run (session, kind, scaled,
                            round (hyr_session_get_duration (session) * scaled / distance / 60) * 60, title);
      sentence = g_strdup_printf (_("Shortened: this week you already ran %s more than the plan had for the days so far."),
                                  extra_text);
      _hyr_session_add_reason (session, sentence);
    }
}

/* Marks the sessions of a week that has begun as the history shows them:
 * done (a run of at least 80 % of its distance or time), partial (from
 * 50 %), missed (their day has passed without one) or still planned;
 * what matches no session is an extra activity. Today's week is then
 * planned around what was recorded. */
static void
follow_week (WeekDraft *draft,
             GPtrArray *activities,
             gboolean   current)
{
  PlannerContext *ctx = draft->ctx;
  GPtrArray *sessions = hyr_week_plan_get_sessions (draft->plan);
  g_autoptr(GPtrArray) extras = g_ptr_array_new_with_free_func (g_object_unref);
  double extra = 0, done_distance = 0;
  gboolean extra_hard = FALSE;
  guint n_done = 0;
  g_autofree gboolean *matched = g_new0 (gboolean, activities->len + 1);

  /* Each session takes the recorded activity of its own day first; a
   * session still open then takes one of the day before or after. Among
   * several, the one closest to the session's distance or time; less
   * than half of a run did not do it. */
  for (int distance = 0; distance <= 1; distance++)
    for (guint s = 0; s < sessions->len; s++)
      {
        HyrSession *session = g_ptr_array_index (sessions, s);
        int day = _hyr_julian_day (hyr_session_get_day (session));
        gboolean run = hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN;
        double best_share = 0;
        int best = -1;

        if (hyr_session_get_status (session) != HYR_SESSION_STATUS_PLANNED)
          continue;

        for (guint i = 0; i < activities->len; i++)
          {
            HyrActivity *activity = g_ptr_array_index (activities, i);
            HyrModality modality = hyr_modality_for_sport (ctx->state, hyr_activity_get_sport (activity));
            double share = 1;

            if (matched[i] || !same_modality (session, modality) ||
                ABS (_hyr_julian_day (hyr_activity_get_start (activity)) - day) != distance)
              continue;

            if (run)
              share = MAX (hyr_session_get_distance (session) > 0
                           ? hyr_activity_get_distance (activity) / hyr_session_get_distance (session) : 0,
                           hyr_session_get_duration (session) > 0
                           ? hyr_activity_get_duration (activity) / hyr_session_get_duration (session) : 0);
            if (share < 0.5)
              continue;
            if (best < 0 || fabs (log (share)) < fabs (log (best_share)))
              {
                best = (int)i;
                best_share = share;
              }
          }

        if (best < 0)
          continue;

        matched[best] = TRUE;
        _hyr_session_set_status (session, best_share >= 0.8 ? HYR_SESSION_STATUS_DONE : HYR_SESSION_STATUS_PARTIAL,
                                 hyr_activity_get_id (g_ptr_array_index (activities, best)));
        if (run)
          extra += hyr_activity_get_distance (g_ptr_array_index (activities, best)) - hyr_session_get_distance (session);
        n_done++;
      }

  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);
      HyrModality modality = hyr_modality_for_sport (ctx->state, hyr_activity_get_sport (activity));

      if (modality == HYR_MODALITY_RUNNING)
        done_distance += hyr_activity_get_distance (activity);
      if (matched[i] || (modality != HYR_MODALITY_RUNNING && modality != HYR_MODALITY_STRENGTH))
        continue;

      g_ptr_array_add (extras, g_object_ref (activity));
      if (modality == HYR_MODALITY_RUNNING)
        {
          extra += hyr_activity_get_distance (activity);
          extra_hard |= is_hard_kind (hyr_run_classifier_classify (ctx->classifier, activity, NULL));
        }
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_status (session) == HYR_SESSION_STATUS_PLANNED &&
          _hyr_julian_day (hyr_session_get_day (session)) < ctx->today)
        _hyr_session_set_status (session, HYR_SESSION_STATUS_MISSED, NULL);
    }

  _hyr_week_plan_set_done (draft->plan, done_distance, n_done, extras);

  if (!current)
    return;

  plan_rest_of_week (draft, extra, extra_hard);

  if (n_done > 0)
    _hyr_week_plan_add_summary (draft->plan,
                                g_dngettext (GETTEXT_PACKAGE, "%u session of this week is recorded as done; the rest of the week is planned around what you did.",
                                             "%u sessions of this week are recorded as done; the rest of the week is planned around what you did.",
                                             n_done),
                                n_done);
}

/* The plan the runner had for a past week: the one accepted, or else the
 * one kept when the week began, so that looking back shows it even when
 * the planner's rules or the profile changed since. */
static HyrWeekPlan *
plan_they_had (PlannerContext *ctx,
               int             week)
{
  g_autoptr(GDateTime) start = _hyr_date_at (ctx->zone, week, 0, 0);
  HyrState *state = ctx->state;
  HyrWeekPlan *plan = _hyr_accepted_week_read (hyr_state_get_section (state, PLANS_SECTION), start,
                                               ctx->distance_unit);

  if (plan == NULL)
    plan = _hyr_accepted_week_read (hyr_state_get_section (state, KEPT_PLANS_SECTION), start,
                                    ctx->distance_unit);

  return plan;
}

/* Keeps the plan of today's week as it stands when it is first planned,
 * unless one was accepted or kept already. A state that cannot be saved
 * (read-only after damage) keeps nothing: the plan is shown all the same. */
static void
keep_current_week (WeekDraft *draft)
{
  HyrState *state = draft->ctx->state;
  JsonObject *kept = hyr_state_get_section (state, KEPT_PLANS_SECTION);
  g_autoptr(JsonObject) backup = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *key = _hyr_accepted_week_key (draft->week_start);

  if (json_object_has_member (kept, key) ||
      json_object_has_member (hyr_state_get_section (state, PLANS_SECTION), key))
    return;

  _hyr_json_object_replace (backup, kept);
  json_object_set_object_member (kept, key, _hyr_accepted_week_to_json (draft->plan));
  if (!_hyr_state_commit (state, KEPT_PLANS_SECTION, backup, &error))
    g_debug ("The plan of this week was not kept: %s", error->message);
}

static HyrWeekPlan *
plan_one_week (PlannerContext *ctx,
               int             week)
{
  gboolean stored = FALSE;
  g_auto(WeekDraft) draft = { 0 };

  week_draft_init (&draft, ctx, week);

  summarize_phase (&draft);
  _hyr_week_draft_plan_runs (&draft);
  _hyr_week_draft_plan_lifts (&draft);
  add_sessions_in_order (&draft);
  if (week == ctx->current_week)
    keep_current_week (&draft);
  if (week < ctx->current_week)
    {
      HyrWeekPlan *had = plan_they_had (ctx, week);

      stored = had != NULL;
      if (had != NULL)
        {
          _hyr_week_plan_add_summary (had, "%s", _("The plan you had for this week, against what you did."));
          g_object_unref (draft.plan);
          draft.plan = had;
        }
    }
  if (week <= ctx->current_week)
    {
      WeekRecord *record = week_at (ctx, week);
      GPtrArray *activities = week == ctx->current_week || record == NULL
                              ? ctx->current
                              : g_ptr_array_index (ctx->week_activities, floor_div (week - ctx->origin, 7));

      follow_week (&draft, activities, week == ctx->current_week);
      _hyr_week_plan_count_done_sets (ctx, draft.plan, week);
    }
  if (!stored)
    add_totals (&draft);
  remember_planned_week (&draft);

  return g_steal_pointer (&draft.plan);
}

/* The object */

static void
hyr_planner_dispose (GObject *object)
{
  HyrPlanner *self = (HyrPlanner *)object;

  g_clear_object (&self->rotation);
  g_clear_object (&self->history);
  g_clear_object (&self->store);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_planner_parent_class)->dispose (object);
}

static void
hyr_planner_finalize (GObject *object)
{
  HyrPlanner *self = (HyrPlanner *)object;

  g_clear_pointer (&self->today, g_date_time_unref);
  g_clear_pointer (&self->distance_unit, g_free);
  g_clear_pointer (&self->mass_unit, g_free);

  G_OBJECT_CLASS (hyr_planner_parent_class)->finalize (object);
}

static void
hyr_planner_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HyrPlanner *self = HYR_PLANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_TODAY:
      g_value_set_boxed (value, self->today);
      break;
    case PROP_DISTANCE_UNIT:
      g_value_set_string (value, self->distance_unit);
      break;
    case PROP_MASS_UNIT:
      g_value_set_string (value, self->mass_unit);
      break;
    case PROP_VDOT:
      g_value_set_double (value, self->vdot);
      break;
    case PROP_ROTATION:
      g_value_set_object (value, self->rotation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_planner_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HyrPlanner *self = HYR_PLANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    case PROP_TODAY:
      hyr_planner_set_today (self, g_value_get_boxed (value));
      break;
    case PROP_DISTANCE_UNIT:
      hyr_planner_set_distance_unit (self, g_value_get_string (value));
      break;
    case PROP_MASS_UNIT:
      hyr_planner_set_mass_unit (self, g_value_get_string (value));
      break;
    case PROP_ROTATION:
      self->rotation = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_planner_class_init (HyrPlannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hyr_planner_dispose;
  object_class->finalize = hyr_planner_finalize;
  object_class->get_property = hyr_planner_get_property;
  object_class->set_property = hyr_planner_set_property;

  /**
   * HyrPlanner:store:
   *
   * The host's activities.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HYR_TYPE_ACTIVITY_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * HyrPlanner:state:
   *
   * The plugin's state: profile, lift log, run-kind corrections, shoes.
   */
  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, HYR_TYPE_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * HyrPlanner:today:
   *
   * The day the planner takes as today: weeks before its week are
   * recorded history, later ones are planned on top of each other. %NULL
   * (the default) for the real today.
   */
  properties [PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * HyrPlanner:distance-unit:
   *
   * The unit of distances in titles and reasons, "km" or "mi", as the
   * distance-unit setting.
   */
  properties [PROP_DISTANCE_UNIT] =
    g_param_spec_string ("distance-unit", NULL, NULL, "km",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * HyrPlanner:mass-unit:
   *
   * The unit of loads in reasons and set descriptions, "kg" or "lb", as
   * the mass-unit setting. The sets themselves are always in kg.
   */
  properties [PROP_MASS_UNIT] =
    g_param_spec_string ("mass-unit", NULL, NULL, "kg",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * HyrPlanner:vdot:
   *
   * The runner's VDOT (Daniels & Gilbert) from the best hard run or race
   * of 3 km or more of the twelve weeks before today's, as the last plan
   * read it; 0 when there was none, and then the hard paces are estimated
   * from the easy pace learnt from the history.
   */
  /**
   * HyrPlanner:rotation:
   *
   * The shoe rotation that suggests a pair for each planned run; the one
   * the host's pages share, so that the history is read once. %NULL (the
   * default) makes the planner build its own when it first plans.
   */
  properties [PROP_ROTATION] =
    g_param_spec_object ("rotation", NULL, NULL, HYR_TYPE_SHOE_ROTATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties [PROP_VDOT] =
    g_param_spec_double ("vdot", NULL, NULL, 0, 100, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_planner_init (HyrPlanner *self)
{
  self->distance_unit = g_strdup ("km");
  self->mass_unit = g_strdup ("kg");
}

/**
 * hyr_planner_new:
 * @store: the host's activities
 * @state: the plugin's state
 *
 * Creates a planner that plans the runner's weeks from the history in @store
 * and the profile, plans and lift log in @state.
 *
 * Returns: (transfer full): a new #HyrPlanner
 */
HyrPlanner *
hyr_planner_new (HyrActivityStore *store,
                 HyrState         *state)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (store), NULL);
  g_return_val_if_fail (HYR_IS_STATE (state), NULL);

  return g_object_new (HYR_TYPE_PLANNER, "store", store, "state", state, NULL);
}

/**
 * hyr_planner_get_store:
 * @self: a #HyrPlanner
 *
 * Gets the store the planner reads the history from.
 *
 * Returns: (transfer none): the host's activities
 */
HyrActivityStore *
hyr_planner_get_store (HyrPlanner *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  return self->store;
}

/**
 * hyr_planner_get_state:
 * @self: a #HyrPlanner
 *
 * Gets the state the planner keeps its accepted plans in.
 *
 * Returns: (transfer none): the plugin's state
 */
HyrState *
hyr_planner_get_state (HyrPlanner *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  return self->state;
}

/**
 * hyr_planner_get_profile:
 * @self: a #HyrPlanner
 *
 * Gets the runner's profile the planner plans for.
 *
 * Returns: (transfer none): the profile the planner plans for, the one
 *   hyr_state_get_profile() returns
 */
HyrProfile *
hyr_planner_get_profile (HyrPlanner *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  return hyr_state_get_profile (self->state);
}

/**
 * hyr_planner_get_today:
 * @self: a #HyrPlanner
 *
 * Gets the day the planner takes as today: weeks before its week are
 * recorded history, later ones are planned.
 *
 * Returns: (transfer none) (nullable): the day taken as today, %NULL for
 *   the real today
 */
GDateTime *
hyr_planner_get_today (HyrPlanner *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  return self->today;
}

/**
 * hyr_planner_set_today:
 * @self: a #HyrPlanner
 * @today: (nullable): the day to take as today, %NULL for the real today
 *
 * Sets #HyrPlanner:today.
 */
void
hyr_planner_set_today (HyrPlanner *self,
                       GDateTime  *today)
{
  g_return_if_fail (HYR_IS_PLANNER (self));

  if (self->today == today ||
      (self->today != NULL && today != NULL && g_date_time_equal (self->today, today)))
    return;

  g_clear_pointer (&self->today, g_date_time_unref);
  self->today = today != NULL ? g_date_time_ref (today) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}

static void
set_unit (HyrPlanner *self,
          char      **field,
          const char *unit,
          guint       prop_id)
{
  if (g_strcmp0 (*field, unit) == 0)
    return;

  g_free (*field);
  *field = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/**
 * hyr_planner_get_distance_unit:
 * @self: a #HyrPlanner
 *
 * Gets the unit of distances in the planner's titles and reasons.
 *
 * Returns: "km" or "mi"
 */
const char *
hyr_planner_get_distance_unit (HyrPlanner *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  return self->distance_unit;
}

/**
 * hyr_planner_set_distance_unit:
 * @self: a #HyrPlanner
 * @unit: "km" or "mi"
 *
 * Sets #HyrPlanner:distance-unit.
 */
void
hyr_planner_set_distance_unit (HyrPlanner *self,
                               const char *unit)
{
  g_return_if_fail (HYR_IS_PLANNER (self));
  g_return_if_fail (g_strcmp0 (unit, "km") == 0 || g_strcmp0 (unit, "mi") == 0);

  set_unit (self, &self->distance_unit, unit, PROP_DISTANCE_UNIT);
}

/**
 * hyr_planner_get_mass_unit:
 * @self: a #HyrPlanner
 *
 * Gets the unit of loads in the planner's reasons and set descriptions;
 * the sets themselves are always in kg.
 *
 * Returns: "kg" or "lb"
 */
const char *
hyr_planner_get_mass_unit (HyrPlanner *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  return self->mass_unit;
}

/**
 * hyr_planner_set_mass_unit:
 * @self: a #HyrPlanner
 * @unit: "kg" or "lb"
 *
 * Sets #HyrPlanner:mass-unit.
 */
void
hyr_planner_set_mass_unit (HyrPlanner *self,
                           const char *unit)
{
  g_return_if_fail (HYR_IS_PLANNER (self));
  g_return_if_fail (g_strcmp0 (unit, "kg") == 0 || g_strcmp0 (unit, "lb") == 0);

  set_unit (self, &self->mass_unit, unit, PROP_MASS_UNIT);
}

/**
 * hyr_planner_plan_range:
 * @self: a #HyrPlanner
 * @first_week_start: the first day of the first week (any time of it); its
 *   time zone is the plan's
 * @n_weeks: how many weeks, 1 to 104
 * @error: return location for a #GError
 *
 * Plans @n_weeks consecutive weeks of seven days from @first_week_start.
 * Fails with %HYR_PLANNER_ERROR_NO_RACE_DATE when the goal is a marathon
 * without a race date, and with %HYR_PLANNER_ERROR_INVALID_RANGE for no
 * weeks, more than 104, or a start more than 520 weeks after today.
 *
 * Returns: (transfer container) (element-type HyrWeekPlan): the week
 *   plans in order, in an array that owns them, or %NULL with @error set
 */
GPtrArray *
hyr_planner_plan_range (HyrPlanner  *self,
                        GDateTime   *first_week_start,
                        guint        n_weeks,
                        GError     **error)
{
  g_auto(PlannerContext) ctx = { 0 };
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  GDateTime *race_date;
  GDateTime *block_start;
  int first, plan_start, plan_end, anchor;

  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  g_return_val_if_fail (first_week_start != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_weeks == 0 || n_weeks > MAX_WEEKS)
    {
      g_set_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_RANGE,
                   "A plan covers 1 to %d weeks, not %u", MAX_WEEKS, n_weeks);
      return NULL;
    }

  ctx.state = self->state;
  ctx.distance_unit = self->distance_unit;
  ctx.mass_unit = self->mass_unit;
  ctx.profile = hyr_state_get_profile (self->state);
  ctx.zone = g_time_zone_ref (g_date_time_get_timezone (first_week_start));
  race_date = hyr_profile_get_race_date (ctx.profile);
  block_start = hyr_profile_get_block_start (ctx.profile);

  ctx.race_goal = race_goal (hyr_profile_get_goal (ctx.profile));
  if (ctx.race_goal != NULL && race_date == NULL)
    {
      g_set_error_literal (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_NO_RACE_DATE,
                           _("The goal is a race, but the profile has no race date."));
      return NULL;
    }

  now = self->today != NULL ? g_date_time_ref (self->today) : g_date_time_new_now_local ();
  today = g_date_time_to_timezone (now, ctx.zone);
  first = _hyr_julian_day (first_week_start);
  ctx.current_week = first + 7 * floor_div (_hyr_julian_day (today) - first, 7);
  plan_start = MIN (first, ctx.current_week);
  plan_end = first + 7 * (int)n_weeks;

  if (first - plan_start > 7 * MAX_WEEKS_AHEAD)
    {
      g_set_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_RANGE,
                   "A plan starts at most %d weeks after today", MAX_WEEKS_AHEAD);
      return NULL;
    }

  ctx.now = g_date_time_ref (now);
  ctx.today = _hyr_julian_day (today);
  ctx.lift_log = hyr_lift_log_new (self->state);
  ctx.diary = _hyr_lift_diary_read_sets (self->state, NULL, NULL);
  ctx.classifier = hyr_run_classifier_new (self->state);
  /* A store that is already the one history in memory is used as it is;
   * another gets a history in front of it, read once. */
  if (self->history == NULL)
    self->history = HYR_IS_HISTORY_CACHE (self->store) ? g_object_ref (HYR_HISTORY_CACHE (self->store))
                                                       : _hyr_history_cache_new (self->store);
  if (self->rotation == NULL)
    self->rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (self->history), self->state);
  ctx.history = HYR_ACTIVITY_STORE (self->history);
  ctx.rotation = g_object_ref (self->rotation);
  hyr_shoe_rotation_set_reference_time (ctx.rotation, now);

  /* Weeks are counted on the plan's own weekday, from the week that
   * contains the anchor day: the profile's block start, a marathon's race
   * week, or else where the runner's current block began. */
  anchor = derive_anchor (&ctx);
  if (ctx.race_goal != NULL)
    {
      ctx.race = _hyr_julian_day (race_date);
      ctx.race_week = first + 7 * floor_div (ctx.race - first, 7);
      anchor = ctx.race_week;
    }
  else if (block_start != NULL)
    {
      anchor = _hyr_julian_day (block_start);
    }
  ctx.anchor = first + 7 * floor_div (anchor - first, 7);

  load_history (&ctx, plan_start, plan_end);
  if (self->vdot != ctx.vdot)
    {
      self->vdot = ctx.vdot;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VDOT]);
    }

  plans = g_ptr_array_new_with_free_func (g_object_unref);
  for (int week = plan_start; week < plan_end; week += 7)
    {
      g_autoptr(HyrWeekPlan) plan = plan_one_week (&ctx, week);

      if (week >= first)
        g_ptr_array_add (plans, g_steal_pointer (&plan));
    }

  return g_steal_pointer (&plans);
}

/**
 * hyr_planner_plan_week:
 * @self: a #HyrPlanner
 * @week_start: the first day of the week (any time of it); its time zone
 *   is the plan's
 * @error: return location for a #GError
 *
 * Plans the seven days from @week_start; the same as the first week of
 * hyr_planner_plan_range().
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
HyrWeekPlan *
hyr_planner_plan_week (HyrPlanner  *self,
                       GDateTime   *week_start,
                       GError     **error)
{
  g_autoptr(GPtrArray) plans = NULL;

  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  g_return_val_if_fail (week_start != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plans = hyr_planner_plan_range (self, week_start, 1, error);
  if (plans == NULL)
    return NULL;

  return g_object_ref (g_ptr_array_index (plans, 0));
}

/**
 * hyr_planner_accept_week:
 * @self: a #HyrPlanner
 * @plan: the plan of a week, as hyr_planner_plan_week() made it
 * @error: return location for a #GError
 *
 * Keeps @plan in the state's "plans" section as the plan the user
 * committed to for its week, replacing an earlier one of the same week,
 * and saves the state. What is kept: the week's phase, recovery week and
 * wave week, and each session's day, kind, run kind and distance or lift
 * focus, duration and heavy legs. Once the week is over, the plan of the
 * week after it compares the recorded runs with it.
 *
 * When the state cannot be saved (it is read-only because the file on
 * disk is damaged, or writing failed), the section stays as it was and
 * @error says why.
 *
 * Returns: %TRUE when the plan was kept and saved
 */
gboolean
hyr_planner_accept_week (HyrPlanner   *self,
                         HyrWeekPlan  *plan,
                         GError      **error)
{
  g_autoptr(JsonObject) backup = json_object_new ();
  g_autofree char *key = NULL;
  JsonObject *section;

  g_return_val_if_fail (HYR_IS_PLANNER (self), FALSE);
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  section = hyr_state_get_section (self->state, PLANS_SECTION);
  _hyr_json_object_replace (backup, section);

  key = _hyr_accepted_week_key (hyr_week_plan_get_week_start (plan));
  json_object_set_object_member (section, key, _hyr_accepted_week_to_json (plan));

  return _hyr_state_commit (self->state, PLANS_SECTION, backup, error);
}

/**
 * hyr_planner_get_accepted_week:
 * @self: a #HyrPlanner
 * @week_start: the first day of the week (any time of it)
 *
 * Gets the plan accepted with hyr_planner_accept_week() for the week that
 * starts on the calendar day of @week_start. It holds what was kept of
 * the plan: its sessions carry their day, kind, run kind, distance, lift
 * focus, duration and heavy legs, with titles in the planner's units, but
 * no reasons, exercises or shoes; the week has no warnings, summary or
 * sets per muscle.
 *
 * Returns: (transfer full) (nullable): the accepted plan, or %NULL when
 *   none was accepted for that week
 */
HyrWeekPlan *
hyr_planner_get_accepted_week (HyrPlanner *self,
                               GDateTime  *week_start)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), NULL);
  g_return_val_if_fail (week_start != NULL, NULL);

  return _hyr_accepted_week_read (hyr_state_get_section (self->state, PLANS_SECTION),
                                  week_start, self->distance_unit);
}

/**
 * hyr_planner_assess_race:
 * @self: a #HyrPlanner
 * @reason: (out) (optional) (transfer full): where to store a sentence that
 *   says why and what to do, or %NULL
 *
 * Judges whether the race in the profile can be prepared for in the weeks
 * left before it, from the runner's longest run and usual weekly distance
 * over the last four weeks: growing the longest run to about 30 km at
 * 1.6 km a week, with a recovery week after every three, and a taper of
 * two weeks besides race week. Weeks left (race week included) at least
 * the weeks needed: on track, unless the usual week is under 20 km; at
 * least three quarters of them: at risk; fewer: unrealistic.
 *
 * Returns: the readiness; %HYR_RACE_READINESS_NO_RACE when the goal is
 *   not a race or its date has passed
 */
HyrRaceReadiness
hyr_planner_assess_race (HyrPlanner  *self,
                         char       **reason)
{
  HyrProfile *profile;
  GDateTime *race_date;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) week_start = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autofree char *longest_text = NULL;
  g_autofree char *usual_text = NULL;
  double weekly[4] = { 0 }, sorted[4];
  double longest = 0, usual;
  int current_week, weeks_left, loading, needed;
  HyrRaceReadiness readiness;
  const RaceGoal *goal;
  double target;
  g_autofree char *target_text = NULL;
  g_autofree char *base_text = NULL;

  g_return_val_if_fail (HYR_IS_PLANNER (self), HYR_RACE_READINESS_NO_RACE);

  if (reason != NULL)
    *reason = NULL;

  profile = hyr_state_get_profile (self->state);
  race_date = hyr_profile_get_race_date (profile);
  goal = race_goal (hyr_profile_get_goal (profile));
  if (goal == NULL || race_date == NULL)
    return HYR_RACE_READINESS_NO_RACE;

  now = self->today != NULL ? g_date_time_ref (self->today) : g_date_time_new_now_local ();
  current_week = _hyr_julian_day (now) - (g_date_time_get_day_of_week (now) - 1);
  weeks_left = floor_div (_hyr_julian_day (race_date) - current_week, 7) + 1;
  if (_hyr_julian_day (race_date) < _hyr_julian_day (now))
    return HYR_RACE_READINESS_NO_RACE;

  if (self->history == NULL)
    self->history = HYR_IS_HISTORY_CACHE (self->store) ? g_object_ref (HYR_HISTORY_CACHE (self->store))
                                                       : _hyr_history_cache_new (self->store);
  from = g_date_time_add_days (now, -28);
  activities = hyr_activity_store_query (HYR_ACTIVITY_STORE (self->history), from, now);
  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);
      int days_ago = _hyr_julian_day (now) - _hyr_julian_day (hyr_activity_get_start (activity));

      if (hyr_modality_for_sport (self->state, hyr_activity_get_sport (activity)) != HYR_MODALITY_RUNNING ||
          days_ago < 1 || days_ago > 28)
        continue;
      longest = MAX (longest, hyr_activity_get_distance (activity));
      weekly[(days_ago - 1) / 7] += hyr_activity_get_distance (activity);
    }
  memcpy (sorted, weekly, sizeof sorted);
  qsort (sorted, 4, sizeof (double), compare_doubles);
  usual = (sorted[1] + sorted[2]) / 2;

  /* For a marathon 30 km at 1.6 km a week, a recovery week after every
   * three loading weeks, and three weeks of taper with race week; for the
   * shorter races the same, toward their own longest run. */
  target = floor (goal->peak_long_run * 30.0 / 32.0 / 1000.0) * 1000.0;
  loading = longest >= target ? 0 : (int)ceil ((target - longest) / 1600);
  needed = loading + loading / 3 + goal->taper_weeks;

  if (weeks_left >= needed)
    readiness = usual < goal->min_base ? HYR_RACE_READINESS_AT_RISK : HYR_RACE_READINESS_ON_TRACK;
  else if (weeks_left >= 0.75 * needed)
    readiness = HYR_RACE_READINESS_AT_RISK;
  else
    readiness = HYR_RACE_READINESS_UNREALISTIC;

  if (reason == NULL)
    return readiness;

  longest_text = _hyr_units_format_distance (longest, self->distance_unit);
  usual_text = _hyr_units_format_distance (usual, self->distance_unit);
  target_text = _hyr_units_format_distance (target, self->distance_unit);
  base_text = _hyr_units_format_distance (goal->min_base, self->distance_unit);
  switch (readiness)
    {
    case HYR_RACE_READINESS_ON_TRACK:
      *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "On track: %d week to the race covers the %d needed to grow your longest recent run (%s) to about %s, with recovery weeks and a taper.",
                                              "On track: %d weeks to the race cover the %d needed to grow your longest recent run (%s) to about %s, with recovery weeks and a taper.",
                                              weeks_left),
                                 weeks_left, needed, longest_text, target_text);
      break;
    case HYR_RACE_READINESS_AT_RISK:
      if (weeks_left >= needed)
        *reason = g_strdup_printf (_("At risk: your usual week is %s, under the %s a week this race's build should start from. Build the base first; consider run-walk for the race, or a shorter race."),
                                   usual_text, base_text);
      else
        *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "At risk: %d week to the race, %d needed to grow your longest recent run (%s) to about %s with recovery weeks and a taper. The longest long run will fall short: plan to run-walk, or choose a later race.",
                                                "At risk: %d weeks to the race, %d needed to grow your longest recent run (%s) to about %s with recovery weeks and a taper. The longest long run will fall short: plan to run-walk, or choose a later race.",
                                                weeks_left),
                                   weeks_left, needed, longest_text, target_text);
      break;
    case HYR_RACE_READINESS_UNREALISTIC:
      *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Unrealistic: %d week to the race, but %d are needed to grow your longest recent run (%s) safely to about %s. Choose a race at least %d weeks away, or a shorter race.",
                                              "Unrealistic: %d weeks to the race, but %d are needed to grow your longest recent run (%s) safely to about %s. Choose a race at least %d weeks away, or a shorter race.",
                                              weeks_left),
                                 weeks_left, needed, longest_text, target_text, needed);
      break;
    case HYR_RACE_READINESS_NO_RACE:
    default:
      g_assert_not_reached ();
    }

  return readiness;
}

/* The runner's moves and skips */

static gboolean
change_session (HyrPlanner  *self,
                HyrSession  *session,
                const char  *value,
                GError     **error)
{
  g_autoptr(JsonObject) backup = json_object_new ();
  const char *key = _hyr_session_get_key (session);
  JsonObject *changes;

  if (key == NULL)
    {
      g_set_error_literal (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT,
                           _("This session is not one the planner planned, so it cannot be moved or skipped."));
      return FALSE;
    }

  changes = hyr_state_get_section (self->state, CHANGES_SECTION);
  _hyr_json_object_replace (backup, changes);
  if (value != NULL)
    json_object_set_string_member (changes, key, value);
  else if (json_object_has_member (changes, key))
    json_object_remove_member (changes, key);
  else
    return TRUE;

  if (!_hyr_state_commit (self->state, CHANGES_SECTION, backup, error))
    return FALSE;

  /* The plan kept for the week is the one before the change: the week is
   * kept again, changed, the next time it is planned. */
  {
    g_autofree char *week = g_strndup (key, 10);
    JsonObject *kept = hyr_state_get_section (self->state, KEPT_PLANS_SECTION);
    g_autoptr(JsonObject) kept_backup = json_object_new ();
    g_autoptr(GError) kept_error = NULL;

    if (json_object_has_member (kept, week))
      {
        _hyr_json_object_replace (kept_backup, kept);
        json_object_remove_member (kept, week);
        if (!_hyr_state_commit (self->state, KEPT_PLANS_SECTION, kept_backup, &kept_error))
          g_debug ("The kept plan of the week of %s stays: %s", week, kept_error->message);
      }
  }

  return TRUE;
}

/**
 * hyr_planner_move_session:
 * @planner: a #HyrPlanner
 * @session: a session of a plan @planner made
 * @day: the day to move it to, in the same week (any time of it)
 * @error: return location for a #GError
 *
 * Moves @session to @day and keeps the move in the state, so that every
 * later plan of its week has it there; the rest of the week is planned
 * around it (lifting is placed again around moved runs). A move that
 * breaks an interference rule (heavy legs within 48 h before a hard or
 * long run, lifting the day before the long run, squats or deadlifts
 * after it) is kept, and the week's warnings say what it breaks.
 * hyr_planner_restore_session() undoes it.
 *
 * Fails with %HYR_PLANNER_ERROR_INVALID_ARGUMENT when @day lies outside
 * the session's week or the session was not planned by a planner, and
 * with the state's error when it cannot be saved.
 *
 * Returns: %TRUE when the move was kept
 */
gboolean
hyr_planner_move_session (HyrPlanner  *planner,
                          HyrSession  *session,
                          GDateTime   *day,
                          GError     **error)
{
  const char *key;
  g_autoptr(GDateTime) week_start = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  int offset;

  g_return_val_if_fail (HYR_IS_PLANNER (planner), FALSE);
  g_return_val_if_fail (HYR_IS_SESSION (session), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = _hyr_session_get_key (session);
  if (key != NULL)
    {
      g_autofree char *week = g_strndup (key, 10);

      week_start = _hyr_parse_date (week, g_date_time_get_timezone (hyr_session_get_day (session)));
    }
  local = g_date_time_to_timezone (day, g_date_time_get_timezone (hyr_session_get_day (session)));
  offset = week_start != NULL ? _hyr_julian_day (local) - _hyr_julian_day (week_start) : -1;
  if (key != NULL && (offset < 0 || offset > 6))
    {
      g_set_error_literal (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT,
                           _("A session can be moved to another day of its own week only."));
      return FALSE;
    }

  date = _hyr_format_date (local);
  return change_session (planner, session, date, error);
}

/**
 * hyr_planner_skip_session:
 * @planner: a #HyrPlanner
 * @session: a session of a plan @planner made
 * @error: return location for a #GError
 *
 * Leaves @session out of its week and keeps that in the state: the week
 * runs less, and the weeks after it build on what it keeps.
 * hyr_planner_restore_session() undoes it.
 *
 * Returns: %TRUE when the skip was kept
 */
gboolean
hyr_planner_skip_session (HyrPlanner  *planner,
                          HyrSession  *session,
                          GError     **error)
{
  g_return_val_if_fail (HYR_IS_PLANNER (planner), FALSE);
  g_return_val_if_fail (HYR_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_session (planner, session, "skip", error);
}

/**
 * hyr_planner_restore_session:
 * @planner: a #HyrPlanner
 * @session: a session of a plan @planner made, moved or skipped
 * @error: return location for a #GError
 *
 * Undoes hyr_planner_move_session() or hyr_planner_skip_session(): the
 * session goes back to the day the planner chose.
 *
 * Returns: %TRUE when the state was saved, or nothing had changed
 */
gboolean
hyr_planner_restore_session (HyrPlanner  *planner,
                             HyrSession  *session,
                             GError     **error)
{
  g_return_val_if_fail (HYR_IS_PLANNER (planner), FALSE);
  g_return_val_if_fail (HYR_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_session (planner, session, NULL, error);
}

/**
 * hyr_planner_get_vdot:
 * @self: a #HyrPlanner
 *
 * Gets the runner's VDOT (Daniels & Gilbert) as the last plan read it from
 * the best hard run or race of the twelve weeks before today; 0 when there
 * was none.
 *
 * Returns: #HyrPlanner:vdot
 */
double
hyr_planner_get_vdot (HyrPlanner *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER (self), 0);
  return self->vdot;
}
