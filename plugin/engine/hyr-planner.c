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

#include "hyr-history-cache.h"
#include "hyr-planner-draft.h"

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

#define EPOCH_YEAR  1970
#define EPOCH_MONTH 1
#define EPOCH_DAY   5     /* a Monday */

#define MAX_WEEKS        104
#define MAX_WEEKS_AHEAD  520
#define HISTORY_WEEKS    5
#define LEARN_WEEKS      26

#define DEFAULT_EASY_PACE        0.39    /* s/m, 6:30 min/km */

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
};

G_DEFINE_FINAL_TYPE (HyrPlanner, hyr_planner, G_TYPE_OBJECT)

G_DEFINE_QUARK (hyr-planner-error-quark, hyr_planner_error)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  PROP_TODAY,
  PROP_DISTANCE_UNIT,
  PROP_MASS_UNIT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
context_clear (PlannerContext *ctx)
{
  g_clear_object (&ctx->lift_log);
  g_clear_object (&ctx->classifier);
  g_clear_object (&ctx->rotation);
  g_clear_pointer (&ctx->zone, g_time_zone_unref);
  g_clear_pointer (&ctx->weeks, g_array_unref);
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

  k = weeks_to_race (ctx, julian);
  if (k > 16)
    return HYR_PLAN_PHASE_BASE;
  if (k >= 5)
    return HYR_PLAN_PHASE_BUILD;
  if (k >= 2)
    return HYR_PLAN_PHASE_PEAK;
  if (k >= 0)
    return HYR_PLAN_PHASE_TAPER;
  if (k >= -2)
    return HYR_PLAN_PHASE_POST_RACE;

  return HYR_PLAN_PHASE_HYPERTROPHY;
}

/* Formatting in the planner's units */

char *
_hyr_planner_format_distance (HyrPlanner *self,
                              double      metres)
{
  if (g_strcmp0 (self->distance_unit, "mi") == 0)
    return g_strdup_printf (_("%.1f mi"), metres / 1609.344);

  return g_strdup_printf (_("%.1f km"), metres / 1000.0);
}

char *
_hyr_planner_format_mass (HyrPlanner *self,
                          double      kg)
{
  if (g_strcmp0 (self->mass_unit, "lb") == 0)
    return g_strdup_printf (_("%g lb"), round (kg / 0.45359237 * 10) / 10);

  return g_strdup_printf (_("%g kg"), round (kg * 100) / 100);
}

/* The history */

static void
record_history (PlannerContext *ctx,
                GPtrArray      *activities,
                int             end)
{
  HyrPlanner *self = ctx->planner;

  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);
      int day = _hyr_julian_day (hyr_activity_get_start (activity));
      WeekRecord *week;
      HyrModality modality;

      if (day >= end)
        continue;

      week = week_at (ctx, day);
      if (week == NULL || !week->recorded)
        continue;

      modality = hyr_modality_for_sport (self->state, hyr_activity_get_sport (activity));
      if (modality == HYR_MODALITY_RUNNING)
        {
          double distance = hyr_activity_get_distance (activity);

          week->distance += distance;
          week->run_time += hyr_activity_get_duration (activity);
          week->long_run = MAX (week->long_run, distance);
          week->n_runs++;
          week->runs_on_day[floor_mod (day - ctx->origin, 7)]++;
        }
      else if (modality == HYR_MODALITY_STRENGTH)
        {
          week->n_lifts++;
        }
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
  HyrPlanner *self = ctx->planner;
  g_autoptr(GPtrArray) runs = g_ptr_array_new ();

  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);

      if (hyr_modality_for_sport (self->state, hyr_activity_get_sport (activity))
          == HYR_MODALITY_RUNNING)
        g_ptr_array_add (runs, activity);
    }

  hyr_run_classifier_learn (ctx->classifier, runs);
  ctx->easy_pace = hyr_run_classifier_get_easy_pace (ctx->classifier);
  if (ctx->easy_pace <= 0)
    ctx->easy_pace = DEFAULT_EASY_PACE;
}

/* The acute:chronic ratio at the end of each recorded week tells a load
 * spike from a planned rise. */
static gboolean
record_load_ratios (PlannerContext  *ctx,
                    int              recorded_end,
                    GError         **error)
{
  HyrPlanner *self = ctx->planner;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(HyrLoadSeries) load = NULL;

  if (recorded_end <= ctx->origin)
    return TRUE;

  from = _hyr_date_at (ctx->zone, ctx->origin, 0, 0);
  to = _hyr_date_at (ctx->zone, recorded_end, 0, 0);
  load = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (self->history), self->state, from, to,
                                         HYR_TRAINING_LOAD_CTL_TIME_CONSTANT,
                                         HYR_TRAINING_LOAD_ATL_TIME_CONSTANT,
                                         error);
  if (load == NULL)
    return FALSE;

  for (int julian = ctx->origin; julian < recorded_end; julian += 7)
    {
      g_autoptr(GDateTime) last_day = _hyr_date_at (ctx->zone, julian + 6, 12, 0);
      HyrLoadDay *day = hyr_load_series_lookup (load, last_day);

      if (day != NULL)
        week_at (ctx, julian)->ratio = hyr_load_day_get_ratio (day);
    }

  return TRUE;
}

static gboolean
load_history (PlannerContext  *ctx,
              int              plan_start,
              int              plan_end,
              GError         **error)
{
  HyrPlanner *self = ctx->planner;
  int recorded_end = MIN (ctx->current_week, plan_end);
  g_autoptr(GDateTime) learn_from = _hyr_date_at (ctx->zone, plan_start - 7 * LEARN_WEEKS, 0, 0);
  g_autoptr(GDateTime) history_to = _hyr_date_at (ctx->zone, MAX (recorded_end, plan_start), 0, 0);
  g_autoptr(GPtrArray) activities = hyr_activity_store_query (HYR_ACTIVITY_STORE (self->history),
                                                              learn_from, history_to);

  init_week_records (ctx, plan_start, plan_end);
  learn_easy_pace (ctx, activities);
  record_history (ctx, activities, recorded_end);

  return record_load_ratios (ctx, recorded_end, error);
}

/* The week */

/* The last four weeks; a recovery week is not the base progression
 * builds on, the full week before it is. */
static void
read_recent_weeks (RecentWeeks    *recent,
                   PlannerContext *ctx,
                   int             week)
{
  for (guint i = 0; i < 4; i++)
    {
      const WeekRecord *record = week_or_empty (ctx, week - 7 * (int)(i + 1));

      recent->max_distance = MAX (recent->max_distance, record->distance);
      recent->sum_distance += record->distance;
      recent->n_weeks_with_runs += record->distance > 0;
      recent->n_runs += record->n_runs;
      recent->longest_run = MAX (recent->longest_run, record->long_run);
    }

  recent->last = week_or_empty (ctx, week - 7);
  recent->two_back = week_or_empty (ctx, week - 14);
  recent->three_back = week_or_empty (ctx, week - 21);
  recent->base = recent->last->recovery && recent->two_back->distance > 0
                 ? recent->two_back->distance : recent->last->distance;
  /* The 30 % limit over two weeks compares with the last full week before
   * last week; a recovery week two weeks back would make every return from
   * it look like a jump. */
  recent->two_weeks = recent->two_back->recovery && recent->three_back->distance > 0
                      ? recent->three_back->distance : recent->two_back->distance;
}

/* The plan the user accepted for the week starting on @julian, or NULL. */
static HyrWeekPlan *
accepted_week (PlannerContext *ctx,
               int             julian)
{
  HyrState *state = ctx->planner->state;
  g_autoptr(GDateTime) start = _hyr_date_at (ctx->zone, julian, 0, 0);

  return _hyr_accepted_week_read (ctx->planner, hyr_state_get_section (state, PLANS_SECTION), start);
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
}

static void
week_draft_clear (WeekDraft *draft)
{
  for (guint i = 0; i < draft->n_runs; i++)
    g_clear_pointer (&draft->runs[i].reason, g_free);
  for (guint i = 0; i < draft->n_lifts; i++)
    {
      g_clear_pointer (&draft->lifts[i].exercises, g_ptr_array_unref);
      g_clear_pointer (&draft->lifts[i].reason, g_free);
    }
  g_clear_pointer (&draft->adaptation, g_free);
  g_clear_object (&draft->recent.last_accepted);
  g_clear_pointer (&draft->week_start, g_date_time_unref);
  g_clear_object (&draft->plan);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WeekDraft, week_draft_clear)

/* Says where the week stands in the block. */
static void
summarize_phase (WeekDraft *draft)
{
  HyrWeekPlan *plan = draft->plan;

  switch (draft->phase)
    {
    case HYR_PLAN_PHASE_HYPERTROPHY:
      if (draft->goal == HYR_GOAL_MARATHON)
        _hyr_week_plan_add_warning (plan, "%s", _("The race date has passed: set the next race date, or switch the goal to hypertrophy."));
      _hyr_week_plan_add_summary (plan, _("Hypertrophy block, week %u of the four-week 5/3/1 wave."),
                                  draft->wave);
      break;
    case HYR_PLAN_PHASE_BASE:
      _hyr_week_plan_add_summary (plan, _("Marathon base, %d weeks before the race: strength up to three times a week."),
                                  draft->to_race);
      break;
    case HYR_PLAN_PHASE_BUILD:
      _hyr_week_plan_add_summary (plan, _("Marathon build, %d weeks before the race: the long run grows; strength two or three times a week with less lower-body assistance."),
                                  draft->to_race);
      break;
    case HYR_PLAN_PHASE_PEAK:
      _hyr_week_plan_add_summary (plan, _("Marathon peak, %d weeks before the race: the longest long runs; strength twice a week to maintain, with no heavy legs before key runs."),
                                  draft->to_race);
      break;
    case HYR_PLAN_PHASE_TAPER:
      if (draft->race_week)
        /* xgettext:no-c-format */
        _hyr_week_plan_add_summary (plan, "%s", _("Race week: running cut to 40 % of the peak week besides the race, keeping a short hard run and the number of runs; no strength session."));
      else
        /* xgettext:no-c-format */
        _hyr_week_plan_add_summary (plan, "%s", _("Taper: running cut to 55 % of the peak week, keeping the hard run and the number of runs (Bosquet 2007); one light strength session."));
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

/* A week still to come feeds the plan of the next one. */
static void
remember_planned_week (WeekDraft *draft)
{
  WeekRecord *record = week_at (draft->ctx, draft->week);

  if (record == NULL || record->recorded)
    return;

  record->distance = draft->distance;
  record->run_time = draft->run_time;
  record->n_runs = draft->n_runs;
  record->n_lifts = draft->n_lifts;
  record->heavy_legs_last_day = FALSE;
  for (guint i = 0; i < draft->n_lifts; i++)
    record->heavy_legs_last_day |= draft->lifts[i].heavy && draft->lifts[i].slot == 6;
  record->long_run = 0;
  for (guint i = 0; i < draft->n_runs; i++)
    if (draft->runs[i].kind != HYR_RUN_KIND_RACE)
      record->long_run = MAX (record->long_run, draft->runs[i].distance);
}

static HyrWeekPlan *
plan_one_week (PlannerContext *ctx,
               int             week)
{
  g_auto(WeekDraft) draft = { 0 };

  week_draft_init (&draft, ctx, week);

  summarize_phase (&draft);
  _hyr_week_draft_plan_runs (&draft);
  _hyr_week_draft_plan_lifts (&draft);
  add_sessions_in_order (&draft);
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
  g_autoptr(GDateTime) epoch = NULL;
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

  ctx.planner = self;
  ctx.profile = hyr_state_get_profile (self->state);
  ctx.zone = g_time_zone_ref (g_date_time_get_timezone (first_week_start));
  race_date = hyr_profile_get_race_date (ctx.profile);
  block_start = hyr_profile_get_block_start (ctx.profile);

  if (hyr_profile_get_goal (ctx.profile) == HYR_GOAL_MARATHON && race_date == NULL)
    {
      g_set_error_literal (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_NO_RACE_DATE,
                           _("The goal is a marathon, but the profile has no race date."));
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

  /* Weeks are counted on the plan's own weekday, from the week that
   * contains the anchor day. */
  epoch = g_date_time_new (ctx.zone, EPOCH_YEAR, EPOCH_MONTH, EPOCH_DAY, 0, 0, 0);
  anchor = _hyr_julian_day (block_start != NULL ? block_start : epoch);
  if (hyr_profile_get_goal (ctx.profile) == HYR_GOAL_MARATHON)
    {
      ctx.race = _hyr_julian_day (race_date);
      ctx.race_week = first + 7 * floor_div (ctx.race - first, 7);
      anchor = ctx.race_week;
    }
  ctx.anchor = first + 7 * floor_div (anchor - first, 7);

  ctx.lift_log = hyr_lift_log_new (self->state);
  ctx.classifier = hyr_run_classifier_new (self->state);
  if (self->history == NULL)
    self->history = _hyr_history_cache_new (self->store);
  if (self->rotation == NULL)
    self->rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (self->history), self->state);
  ctx.rotation = g_object_ref (self->rotation);
  hyr_shoe_rotation_set_reference_time (ctx.rotation, now);

  if (!load_history (&ctx, plan_start, plan_end, error))
    return NULL;

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

  return _hyr_accepted_week_read (self, hyr_state_get_section (self->state, PLANS_SECTION),
                                  week_start);
}
