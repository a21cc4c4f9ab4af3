/* hyr-planner-runs.c — the running of a planned week: volume from the
 * recorded weeks, run days and kinds, distances, and why
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-planner"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-planner-draft.h"
#include "hyr-planner-runs.h"
#include "hyr-run-kind-private.h"
#include "hyr-sentence-private.h"
#include "hyr-session-private.h"
#include "hyr-shoe-rotation-private.h"
#include "hyr-units-private.h"
#include "hyr-week-plan-private.h"
#include "hyr-workout-private.h"

#define INTRO_KM_PER_RUN_DAY     3000.0
#define HYPERTROPHY_KM_PER_DAY   8000.0
#define LONG_RUN_MINUTES         180.0
#define PRE_RACE_MAX_RUN         8000.0
#define LONG_RUN_STEP            1600.0
#define MIN_RUN                  2000.0

#define WEEKLY_SOFT_LIMIT   1.10
#define TWO_WEEK_LIMIT      1.30
#define RECOVERY_VOLUME     0.70
#define SPIKE_RATIO         1.5
#define TAPER_LONG_RUN_2    0.75
#define TAPER_LONG_RUN_1    0.60
#define NOVICE_RUNS         6
#define EASY_OF_LONG        0.65
#define RECOVERY_WEIGHT     0.7

/* Run kinds */

static const char *
run_kind_noun (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_TEMPO:
      return _("a tempo run");
    case HYR_RUN_KIND_INTERVAL:
      return _("intervals");
    case HYR_RUN_KIND_HILL:
      return _("hill repeats");
    default:
      g_return_val_if_reached ("");
    }
}

/* A session of last week's plan, as in "you missed the long run on Sunday". */
static const char *
run_kind_session (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_RECOVERY:
      return _("the recovery run");
    case HYR_RUN_KIND_EASY:
      return _("the easy run");
    case HYR_RUN_KIND_LONG:
      return _("the long run");
    case HYR_RUN_KIND_TEMPO:
      return _("the tempo run");
    case HYR_RUN_KIND_INTERVAL:
      return _("the intervals");
    case HYR_RUN_KIND_HILL:
      return _("the hill repeats");
    case HYR_RUN_KIND_RACE:
      return _("the race");
    default:
      g_return_val_if_reached ("");
    }
}

static const HyrRunKind quality_rotation[] = {
  HYR_RUN_KIND_INTERVAL, HYR_RUN_KIND_HILL, HYR_RUN_KIND_TEMPO,
};

static HyrRunKind
quality_kind (PlannerContext *ctx,
              int             week,
              int             shift)
{
  return quality_rotation[floor_mod (week_index (ctx, week) + shift,
                                     G_N_ELEMENTS (quality_rotation))];
}

/* Offsets of the run days from the long run, by number of run days; the
 * first after the long run is the recovery run from four run days on, the
 * marked ones take the week's hard runs. The day before the long run is
 * left free from six run days down. */
typedef struct
{
  int offsets[6];
  int quality[2];
} RunPattern;

static const RunPattern run_patterns[] = {
  /* 2 */ { { 0, 3 }, { 3, -1 } },
  /* 3 */ { { 0, 2, 4 }, { 2, -1 } },
  /* 4 */ { { 0, 1, 3, 5 }, { 3, -1 } },
  /* 5 */ { { 0, 1, 2, 4, 5 }, { 2, 4 } },
  /* 6 */ { { 0, 1, 2, 3, 4, 5 }, { 2, 4 } },
};

/* Whether @slot is the day of the first hard run of the pattern. */
static gboolean
pattern_has_quality (const WeekDraft *draft,
                     int              slot)
{
  int offset = run_patterns[draft->run_days - 2].quality[0];

  return floor_mod (draft->long_slot + offset, 7) == slot;
}

static gboolean
is_taper_or_after (const WeekDraft *draft)
{
  return draft->phase == HYR_PLAN_PHASE_TAPER || draft->phase == HYR_PLAN_PHASE_POST_RACE;
}

/* The loading weeks of a marathon's base, build and peak, whose long run
 * grows week by week. */
static gboolean
grows_long_run (const WeekDraft *draft)
{
  return draft->ctx->race_goal != NULL && !draft->recovery &&
         (draft->phase == HYR_PLAN_PHASE_BASE || draft->phase == HYR_PLAN_PHASE_BUILD ||
          draft->phase == HYR_PLAN_PHASE_PEAK);
}

/* Volume */

static int
percent_change (double to,
                double from)
{
  double change = from > 0 ? (to / from - 1.0) * 100.0 : 0;

  return (int)round (CLAMP (change, -100.0, 10000.0));
}

/* The most of the week a marathon block's long run may take: published
 * plans for four or more run days (Higdon, Pfitzinger) have a 32 km long
 * run in weeks of 65–90 km, 35–50 %; with three days, 50 % (FIRST). */
static double
marathon_long_run_share (guint run_days)
{
  return run_days <= 2 ? 0.6 : run_days == 3 ? 0.5 : run_days == 4 ? 0.45 : 0.4;
}

/* A race block's longest long run: for a marathon 32 km, or what the
 * runner covers at the long-run pace in 3 h 30. */
/* The pace (s/m) a long run is planned at: the learnt easy pace, slowed
 * for the long run. */
static double
long_run_pace (PlannerContext *ctx)
{
  return ctx->easy_pace * _hyr_run_kind_pace_factor (HYR_RUN_KIND_LONG);
}

static double
marathon_peak_long_run (PlannerContext *ctx)
{
  double pace = long_run_pace (ctx);

  return MIN (ctx->race_goal->peak_long_run,
              floor (ctx->race_goal->long_run_minutes * 60 / pace / 100.0) * 100.0);
}

/* Warns that running rose from @from to @to; @format takes the rise in
 * per cent and the two distances. */
static void
warn_rise (WeekDraft  *draft,
           const char *format,
           double      from,
           double      to)
{
  g_autofree char *from_text = _hyr_units_format_distance (from, draft->ctx->distance_unit);
  g_autofree char *to_text = _hyr_units_format_distance (to, draft->ctx->distance_unit);

  _hyr_week_plan_add_warning (draft->plan, format, percent_change (to, from), from_text, to_text);
}

/* Last week against the full week before it, and against the full week
 * two weeks before it: recorded and planned weeks alike, so that a plan
 * followed to the letter never trips its own warnings. Recovery weeks are
 * passed over, or every return from one would look like a jump; 0.5 % of
 * slack takes the rounding of runs to 100 m. */
static gboolean
rose_last_week (const RecentWeeks *recent)
{
  return recent->prev_full->distance > 0 &&
         recent->last->distance > WEEKLY_SOFT_LIMIT * 1.005 * recent->prev_full->distance;
}

static gboolean
rose_over_two_weeks (const RecentWeeks *recent)
{
  return recent->prev_full2->distance > 0 &&
         recent->last->distance > TWO_WEEK_LIMIT * 1.005 * recent->prev_full2->distance;
}

/* The taper and the weeks after the race run a share of the biggest
 * recent week. */
static char *
taper_volume (WeekDraft *draft)
{
  const RecentWeeks *recent = &draft->recent;
  double peak = recent->max_distance > 0 ? recent->max_distance
                                         : draft->run_days * INTRO_KM_PER_RUN_DAY;
  /* Cut 25 %, 45 % and, besides the race, 60 %: Bosquet's 41–60 % by
   * the end of the taper, progressively. */
  const RaceGoal *goal = draft->ctx->race_goal;
  double factor = draft->to_race >= 0 ? goal->taper[MIN (draft->to_race, 2)]
                  : draft->to_race == -1 ? (goal->taper_weeks >= 3 ? 0.3 : goal->taper_weeks == 2 ? 0.5 : 0.7)
                  : (goal->taper_weeks >= 3 ? 0.5 : 0.7);
  g_autofree char *peak_text = _hyr_units_format_distance (peak, draft->ctx->distance_unit);

  draft->volume = factor * peak;

  return g_strdup_printf (_("Running volume is %d %% of the biggest of the last four weeks (%s)."),
                          (int)round (factor * 100), peak_text);
}

static char *
introductory_volume (WeekDraft *draft)
{
  g_autofree char *intro = _hyr_units_format_distance (INTRO_KM_PER_RUN_DAY, draft->ctx->distance_unit);

  draft->volume = draft->run_days * INTRO_KM_PER_RUN_DAY;

  return g_strdup_printf (_("No runs were recorded in the last four weeks, so running starts gently at %s per run day."),
                          intro);
}

/* Comparing last week with the plan accepted for it */

static guint
count_runs (GPtrArray *sessions)
{
  guint n = 0;

  for (guint i = 0; i < sessions->len; i++)
    n += hyr_session_get_kind (g_ptr_array_index (sessions, i)) == HYR_SESSION_KIND_RUN;

  return n;
}

static int
day_in_week (HyrSession *session,
             int         week)
{
  return _hyr_julian_day (hyr_session_get_day (session)) - week;
}

/* The runs of last week's accepted plan that the history does not show,
 * in the order of their days. A run recorded on the day of an accepted
 * run did it; a run recorded on another day of the week stands in for the
 * nearest accepted run still open, the earlier one on a tie: moved by a
 * day or two, a run was not missed. */
static GPtrArray *
missed_accepted_runs (WeekDraft *draft)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (draft->recent.last_accepted);
  int last_week = draft->week - 7;
  GPtrArray *open = g_ptr_array_new_with_free_func (g_object_unref);
  guint unmatched[7];

  memcpy (unmatched, draft->recent.last->runs_on_day, sizeof unmatched);

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      int day = day_in_week (session, last_week);

      if (hyr_session_get_kind (session) != HYR_SESSION_KIND_RUN)
        continue;

      if (day >= 0 && day < 7 && unmatched[day] > 0)
        unmatched[day]--;
      else
        g_ptr_array_add (open, g_object_ref (session));
    }

  for (int day = 0; day < 7; day++)
    {
      for (; unmatched[day] > 0 && open->len > 0; unmatched[day]--)
        {
          guint nearest = 0;

          for (guint i = 1; i < open->len; i++)
            if (ABS (day_in_week (g_ptr_array_index (open, i), last_week) - day) <
                ABS (day_in_week (g_ptr_array_index (open, nearest), last_week) - day))
              nearest = i;

          g_ptr_array_remove_index (open, nearest);
        }
    }

  return open;
}

/* Adds @item to the list in *@list, after a comma or, for the @last
 * one, an "and", in whole patterns so that translators can change the
 * separators and their order. */
static void
append_list_item (char       **list,
                  const char  *item,
                  gboolean     last)
{
  char *joined;

  if (*list == NULL)
    {
      *list = g_strdup (item);
      return;
    }

  if (last)
    /* Translators: adds the last item to a list, as in "Chin-up, Dip and
     * Barbell curl": the list so far, then the item */
    joined = g_strdup_printf (C_("list", "%s and %s"), *list, item);
  else
    /* Translators: adds an item to a list, as in "Chin-up, Dip": the list
     * so far, then the item */
    joined = g_strdup_printf (C_("list", "%s, %s"), *list, item);

  g_free (*list);
  *list = joined;
}

/* "the intervals on Wednesday and the long run on Sunday" */
static char *
describe_missed_runs (GPtrArray *missed)
{
  char *text = NULL;

  for (guint i = 0; i < missed->len; i++)
    {
      HyrSession *session = g_ptr_array_index (missed, i);
      g_autofree char *item =
        g_strdup_printf (_("%s on %s"), run_kind_session (hyr_session_get_run_kind (session)),
                         _hyr_weekday_name (g_date_time_get_day_of_week (hyr_session_get_day (session))));

      append_list_item (&text, item, i + 1 == missed->len);
    }

  return text != NULL ? text : g_strdup ("");
}

/* After a week without any run: which runs of the accepted plan that
 * left out, when one was accepted. */
static char *
restart_adaptation (WeekDraft *draft)
{
  g_autoptr(GPtrArray) missed = NULL;
  g_autofree char *missed_text = NULL;

  if (draft->recent.last->recorded && draft->recent.last_accepted != NULL)
    missed = missed_accepted_runs (draft);

  if (missed == NULL || missed->len == 0)
    return g_strdup (_("Last week no runs were recorded, so this week restarts below your usual volume instead of following the plan."));

  missed_text = describe_missed_runs (missed);

  return g_strdup_printf (_("Last week no runs were recorded: you missed %s of the plan you accepted. This week restarts below your usual volume instead of following the plan."),
                          missed_text);
}

/* After a week without runs, below the mean of the weeks with runs. */
static char *
restart_volume (WeekDraft *draft)
{
  const RecentWeeks *recent = &draft->recent;
  double mean = recent->sum_distance / recent->n_weeks_with_runs;
  g_autofree char *mean_text = _hyr_units_format_distance (mean, draft->ctx->distance_unit);

  draft->volume = 0.9 * recent->sum_distance / recent->n_weeks_with_runs;
  draft->adaptation = restart_adaptation (draft);

  return g_strdup_printf (_("No runs were recorded last week, so running restarts at 90 %% of the average of the weeks with runs (%s)."),
                          mean_text);
}

/* After a week whose acute:chronic load ratio reached the "danger" band,
 * volume holds at last week's or the four-week mean, the smaller. */
static char *
spike_volume (WeekDraft *draft)
{
  const WeekRecord *last = draft->recent.last;
  g_autofree char *last_text = _hyr_units_format_distance (last->distance, draft->ctx->distance_unit);

  draft->volume = MIN (last->distance, draft->recent.usual > 0 ? draft->recent.usual
                                                                : draft->recent.sum_distance / 4);
  draft->backoff = TRUE;
  draft->adaptation = g_strdup_printf (_("Last week's acute:chronic ratio of the running load was %.2f, in the heuristic “danger” band (≥ 1.5): the week holds volume and swaps its hard run for an easy one."),
                                       last->ratio);
  _hyr_week_plan_add_warning (draft->plan, _("Load spike: last week's acute:chronic ratio of the running load was %.2f (≥ 1.5). The ratio is a criticised heuristic (Lolli 2019; Impellizzeri 2020), so look at the acute and chronic loads too; this week holds volume and drops its hard run."),
                              last->ratio);

  return g_strdup_printf (_("Running holds at %s or less after last week's load spike."), last_text);
}

/* Fewer runs recorded last week than the profile's run days, when no plan
 * was accepted for it. */
static char *
missed_run_days_adaptation (WeekDraft *draft)
{
  const WeekRecord *last = draft->recent.last;
  g_autofree char *done = NULL;

  if (last->n_runs >= draft->run_days)
    return NULL;

  done = _hyr_units_format_distance (last->distance, draft->ctx->distance_unit);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Last week %u run of the %u planned was recorded (%s), so this week builds on what you ran, not on the plan.",
                                    "Last week %u runs of the %u planned were recorded (%s), so this week builds on what you ran, not on the plan.",
                                    last->n_runs),
                          last->n_runs, draft->run_days, done);
}

/* The runs of the plan accepted for last week that it has no recorded run
 * for: from the runs done, the history answers what the plan asked. */
static char *
missed_accepted_runs_adaptation (WeekDraft *draft)
{
  HyrWeekPlan *accepted = draft->recent.last_accepted;
  g_autoptr(GPtrArray) missed = missed_accepted_runs (draft);
  g_autofree char *missed_text = NULL;
  g_autofree char *done = NULL;
  guint n_accepted = count_runs (hyr_week_plan_get_sessions (accepted));

  if (missed->len == 0)
    return NULL;

  missed_text = describe_missed_runs (missed);
  done = _hyr_units_format_distance (draft->recent.last->distance, draft->ctx->distance_unit);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Last week you ran %u of the %u run in the plan you accepted (%s) and missed %s, so this week builds on what you ran, not on the plan.",
                                    "Last week you ran %u of the %u runs in the plan you accepted (%s) and missed %s, so this week builds on what you ran, not on the plan.",
                                    n_accepted),
                          n_accepted - missed->len, n_accepted, done, missed_text);
}

/* How last week's runs fell short of the plan: of the plan the user
 * accepted for it when there is one, else of the profile's run days. */
static char *
missed_runs_adaptation (WeekDraft *draft)
{
  if (!draft->recent.last->recorded)
    return NULL;

  if (draft->recent.last_accepted != NULL)
    return missed_accepted_runs_adaptation (draft);

  return missed_run_days_adaptation (draft);
}

/* Grows by up to 10 % on the last full week and by no more than 30 % over
 * two weeks, up to the goal's ceiling; holds when running already rose
 * more than 30 % over the last two weeks. */
static char *
progressive_volume (WeekDraft *draft)
{
  const RecentWeeks *recent = &draft->recent;
  double ceiling = draft->ctx->race_goal != NULL
                   ? MAX (marathon_peak_long_run (draft->ctx) / marathon_long_run_share (draft->run_days),
                          recent->usual)
                   : MAX (draft->run_days * HYPERTROPHY_KM_PER_DAY, recent->usual);
  g_autofree char *base_text = _hyr_units_format_distance (recent->base, draft->ctx->distance_unit);
  double volume = recent->base * WEEKLY_SOFT_LIMIT;
  gboolean hold = FALSE;

  if (recent->two_weeks > 0)
    volume = MIN (volume, TWO_WEEK_LIMIT * recent->two_weeks);
  if (volume > ceiling)
    {
      volume = MAX (ceiling, MIN (recent->base, volume));
      hold = TRUE;
    }

  if (rose_over_two_weeks (recent))
    {
      volume = MIN (volume, recent->last->distance);
      hold = TRUE;
      draft->backoff = TRUE;
      /* xgettext:no-c-format */
      draft->adaptation = g_strdup (_("Your running rose more than 30 % over the last two weeks, so this week adds no distance and swaps its hard run for an easy one."));
    }
  else
    {
      draft->adaptation = missed_runs_adaptation (draft);
    }

  draft->volume = volume;

  if (hold)
    return g_strdup_printf (_("Running holds near the last full week's %s."), base_text);

  return g_strdup_printf (_("Running grows by up to 10 %% on the last full week's %s, and by no more than 30 %% over two weeks."),
                          base_text);
}

/* Rises the history shows, said even when the plan already holds back. */
static void
warn_recorded_rises (WeekDraft *draft)
{
  const RecentWeeks *recent = &draft->recent;

  /* The race is not a rise in training. */
  if (draft->phase == HYR_PLAN_PHASE_POST_RACE)
    return;

  if (rose_last_week (recent))
    warn_rise (draft, _("Your running distance rose %d %% last week (%s → %s). More than 10 %% a week is a soft warning sign, though the 10 %% rule itself showed no injury benefit in a trial (Buist 2008)."),
               recent->two_back->distance, recent->last->distance);

  if (rose_over_two_weeks (recent))
    warn_rise (draft, _("Your running distance rose %d %% over two weeks (%s → %s). Above 30 %% over two weeks, injuries rose in novice runners (Nielsen 2014): this week adds no distance."),
               recent->three_back->distance, recent->last->distance);
}

static void
plan_volume (WeekDraft *draft)
{
  const RecentWeeks *recent = &draft->recent;
  g_autofree char *volume_text = NULL;

  if (is_taper_or_after (draft))
    volume_text = taper_volume (draft);
  else if (recent->sum_distance == 0)
    volume_text = introductory_volume (draft);
  else if (recent->last->distance == 0)
    volume_text = restart_volume (draft);
  else if (recent->last->ratio >= SPIKE_RATIO)
    volume_text = spike_volume (draft);
  else
    volume_text = progressive_volume (draft);

  if (draft->recovery && recent->sum_distance > 0 && !is_taper_or_after (draft))
    draft->volume = RECOVERY_VOLUME * (recent->base > 0 ? recent->base : draft->volume);

  _hyr_week_plan_add_summary (draft->plan, "%s", volume_text);
  if (draft->adaptation != NULL)
    _hyr_week_plan_add_summary (draft->plan, "%s", draft->adaptation);

  warn_recorded_rises (draft);
}

/* Run days and kinds */

/* One hard run a week, two with five or more run days and at most one
 * lift day (a second hard run only fits when at most one heavy leg
 * session has to stay 48 h away from three key runs); none for a novice,
 * in a recovery week, a week that holds back, or after the race. The
 * taper keeps its intensity even in the week that is also the deload
 * week. */
static guint
hard_runs_in_week (const WeekDraft *draft)
{
  if ((draft->recovery && draft->phase != HYR_PLAN_PHASE_TAPER) || draft->novice ||
      draft->backoff || draft->phase == HYR_PLAN_PHASE_POST_RACE)
    return 0;

  if (draft->run_days >= 5 && hyr_profile_get_lift_days (draft->ctx->profile) <= 1 &&
      !draft->race_week && draft->phase != HYR_PLAN_PHASE_TAPER)
    return 2;

  return 1;
}

static void
add_run (WeekDraft  *draft,
         int         slot,
         HyrRunKind  kind,
         double      distance)
{
  g_assert (draft->n_runs < MAX_RUN_SESSIONS);
  draft->runs[draft->n_runs++] = (RunPlan) { slot, kind, distance, NULL, NULL, FALSE };
}

/* Race week: the race, and easy runs on the days before it, the earliest
 * of them keeping some intensity. */
static void
place_race_week_runs (WeekDraft *draft)
{
  static const int days_before_race[] = { 2, 4, 6, 3, 5 };
  int race_slot = draft->ctx->race - draft->week;

  add_run (draft, race_slot, HYR_RUN_KIND_RACE, draft->ctx->race_goal->distance);
  for (guint i = 0; i < G_N_ELEMENTS (days_before_race) && draft->n_runs < draft->run_days; i++)
    {
      if (race_slot - days_before_race[i] >= 0)
        add_run (draft, race_slot - days_before_race[i], HYR_RUN_KIND_EASY, 0);
    }

  if (draft->n_runs > 1 && draft->n_quality > 0)
    {
      guint earliest = 1;

      for (guint i = 2; i < draft->n_runs; i++)
        if (draft->runs[i].slot < draft->runs[earliest].slot)
          earliest = i;
      draft->runs[earliest].kind = HYR_RUN_KIND_TEMPO;
    }

  if (draft->n_runs < draft->run_days)
    _hyr_week_plan_add_summary (draft->plan,
                                g_dngettext (GETTEXT_PACKAGE, "The race comes early in the week, so only %u run fits before it.",
                                          "The race comes early in the week, so only %u runs fit before it.",
                                          draft->n_runs - 1),
                                draft->n_runs - 1);

  draft->long_slot = race_slot;
}

/* Any other week: the pattern for the number of run days around the long
 * run, the hard runs rotating through intervals, hills and tempo. */
static void
place_pattern_runs (WeekDraft *draft)
{
  const RunPattern *pattern = &run_patterns[draft->run_days - 2];

  for (guint i = 0; i < draft->run_days; i++)
    {
      int offset = pattern->offsets[i];
      HyrRunKind kind = HYR_RUN_KIND_EASY;

      if (offset == 0)
        kind = HYR_RUN_KIND_LONG;
      else if (offset == 1)
        kind = HYR_RUN_KIND_RECOVERY;

      for (guint q = 0; q < draft->n_quality; q++)
        if (pattern->quality[q] == offset)
          kind = quality_kind (draft->ctx, draft->week, q);

      /* The day after the race is a rest day. */
      if (draft->ctx->race != 0 && draft->week + floor_mod (draft->long_slot + offset, 7) == draft->ctx->race + 1)
        continue;

      add_run (draft, floor_mod (draft->long_slot + offset, 7), kind, 0);
    }
}

static void
choose_run_days (WeekDraft *draft)
{
  int week_weekday = g_date_time_get_day_of_week (draft->week_start);

  draft->n_quality = hard_runs_in_week (draft);
  draft->long_slot = floor_mod (hyr_profile_get_long_run_day (draft->ctx->profile) - week_weekday, 7);

  if (draft->race_week)
    place_race_week_runs (draft);
  else
    place_pattern_runs (draft);
}

/* Distances */

/* The long run a marathon's loading week aims at, @k weeks before the
 * race week: the runner's peak three weeks out, 1.6 km less for every
 * loading week before that (recovery weeks step back on their own). So
 * the long run reaches 28 km or more two to four times, the longest two
 * to four weeks before the race (Higdon; Pfitzinger 18/55). */
static double
marathon_long_run_target (WeekDraft *draft)
{
  PlannerContext *ctx = draft->ctx;
  int steps = 0;

  for (int k = ctx->race_goal->taper_weeks + 1; k <= draft->to_race; k++)
    {
      int julian = ctx->race_week - 7 * k;

      if (floor_mod (week_index (ctx, julian), 4) != 3)
        steps++;
    }

  return MAX (marathon_peak_long_run (ctx) - LONG_RUN_STEP * steps, MIN_RUN);
}

/* The most of the week a long run may take, and the longest it may last:
 * 60 %, 50 %, 40 % or 30 % for 2, 3, 4 or more run days (Daniels: 25–30 %
 * on five days or more; FIRST, Furman: 40–50 % on three), and 3 h; in a
 * marathon block the published plans' shares and 3 h 30. */
static double
long_run_share_cap (const WeekDraft *draft)
{
  if (draft->ctx->race_goal != NULL)
    return marathon_long_run_share (draft->run_days);

  return draft->run_days <= 2 ? 0.6 : draft->run_days == 3 ? 0.5 : draft->run_days == 4 ? 0.4 : 0.3;
}

static double
long_run_time_cap (const WeekDraft *draft)
{
  double minutes = draft->ctx->race_goal != NULL ? draft->ctx->race_goal->long_run_minutes : LONG_RUN_MINUTES;

  return floor (minutes * 60 / long_run_pace (draft->ctx) / 100.0) * 100.0;
}

/* The long run is 50 %, 40 % or 30 % of the week for 2, 3 or more run
 * days. A marathon's loading weeks follow the long runs of the block
 * instead (marathon_long_run_target()), growing by at most 1.6 km a week
 * toward them; its recovery weeks shorten it to 70 %; the taper to 75 %
 * and 60 % of the longest recent one. Those set its length on purpose,
 * which @fixed says: the easy runs may not lengthen it then. */
static double
long_run_distance (WeekDraft *draft,
                   gboolean  *fixed)
{
  const RecentWeeks *recent = &draft->recent;
  double share = draft->run_days == 2 ? 0.5 : draft->run_days == 3 ? 0.4 : 0.3;
  double long_run = share * draft->volume;

  *fixed = TRUE;

  if (grows_long_run (draft))
    {
      double previous = draft->previous_long_run;
      double target = marathon_long_run_target (draft);

      /* Behind the schedule it catches up by 1.6 km a week; ahead of it,
       * far from the race, it holds what the runner already runs, up to
       * three quarters of the peak, so that the block's longest runs still
       * come near the peak. */
      if (previous > 0 && previous < target - LONG_RUN_STEP)
        long_run = previous + LONG_RUN_STEP;
      else if (previous > 0)
        long_run = MAX (target, MIN (previous, 0.75 * marathon_peak_long_run (draft->ctx)));
      else if (target <= long_run)
        long_run = target;
    }
  else if (draft->ctx->race_goal != NULL && draft->recovery && !is_taper_or_after (draft) &&
           recent->last->long_run > 0)
    {
      long_run = RECOVERY_VOLUME * recent->last->long_run;
    }
  else if (draft->phase == HYR_PLAN_PHASE_TAPER && !draft->race_week && recent->longest_run > 0)
    {
      long_run = (draft->to_race >= 2 ? TAPER_LONG_RUN_2 : TAPER_LONG_RUN_1) * recent->longest_run;
    }
  else
    {
      *fixed = FALSE;
    }

  if (*fixed)
    long_run = MIN (long_run, long_run_share_cap (draft) * draft->volume);

  return long_run;
}

/* The most of the week a long run may grow to when it takes what the easy
 * runs cannot. That is enough for the weeks the run patterns make to keep
 * all their volume (four run days with a hard run need 38 %), so that a
 * week planned shorter does not make the next one, which builds on it,
 * shorter again. */
static double
long_run_ceiling_share (const WeekDraft *draft)
{
  return long_run_share_cap (draft);
}

static double
round_distance (double metres)
{
  return round (metres / 100.0) * 100.0;
}

/* Easy runs at most 65 % of the long run and recovery runs 0.7 of that:
 * otherwise an "easy" run is a second long run, and the week loses the one
 * run that builds endurance by being longer than the others. What the easy
 * runs would have run beyond that goes to the long run, up to its ceiling
 * (unless its length is @fixed), and is left out past it. Returns the
 * long run; @per_weight becomes the distance of an easy run, the recovery
 * run being 0.7 of it. */
static double
balance_easy_runs (WeekDraft *draft,
                   double     long_run,
                   gboolean   fixed,
                   double     quality,
                   double     weights,
                   double    *per_weight)
{
  double rest = draft->volume - long_run - quality;
  double ceiling, wanted, balanced;

  *per_weight = weights > 0 ? MAX (rest, 0) / weights : 0;
  if (weights == 0 || *per_weight <= EASY_OF_LONG * long_run)
    return long_run;

  /* With the long run L and every easy run at 0.65 L, the week is
   * L + quality + 0.65 L × weights: the long run that keeps its volume. */
  ceiling = fixed ? long_run : MAX (long_run, long_run_ceiling_share (draft) * draft->volume);
  wanted = (draft->volume - quality) / (1 + EASY_OF_LONG * weights);
  balanced = MIN (wanted, ceiling);

  *per_weight = EASY_OF_LONG * balanced;
  draft->easy_capped = TRUE;
  draft->long_run_gain = balanced - long_run;
  draft->volume_cut = rest - draft->long_run_gain - *per_weight * weights;

  return balanced;
}

/* The last six days before the race hold short runs only, the last two
 * shorter still, whichever week they fall in. */
static double
race_proximity_cap (const WeekDraft *draft,
                    int              slot)
{
  int to_race = draft->ctx->race - (draft->week + slot);

  if (draft->ctx->race == 0 || to_race <= 0 || to_race > 6)
    return G_MAXDOUBLE;

  return to_race <= 2 ? MIN (PRE_RACE_MAX_RUN, draft->ctx->race_goal->race_week_max_run)
                      : draft->ctx->race_goal->race_week_max_run;
}

/* The hard run takes 20 % of the week (40 % with two run days, 15 % each
 * when there are two); easy runs share the rest, a recovery run counting
 * 0.7 of an easy one, each easy run at most 65 % of the long run. No run
 * is shorter than 2 km, so a week with easy runs has a long run of at
 * least 3.1 km, and distances are whole 100 m. */
static void
set_run_distances (WeekDraft *draft)
{
  double quality_share = draft->run_days == 2 ? 0.4 : draft->n_quality == 2 ? 0.15 : 0.2;
  gboolean fixed;
  double long_run = long_run_distance (draft, &fixed);
  double quality = 0, weights = 0, per_weight = 0, easy_cap = G_MAXDOUBLE;
  gboolean single_run_capped = FALSE;

  for (guint i = 0; i < draft->n_runs; i++)
    {
      RunPlan *run = &draft->runs[i];

      switch (run->kind)
        {
        case HYR_RUN_KIND_LONG:
          break;
        case HYR_RUN_KIND_RACE:
          break;
        case HYR_RUN_KIND_TEMPO:
        case HYR_RUN_KIND_INTERVAL:
        case HYR_RUN_KIND_HILL:
          run->distance = quality_share * draft->volume;
          quality += run->distance;
          break;
        case HYR_RUN_KIND_RECOVERY:
          weights += RECOVERY_WEIGHT;
          break;
        case HYR_RUN_KIND_EASY:
        default:
          weights += 1.0;
          break;
        }
    }

  if (draft->race_week)
    {
      per_weight = weights > 0 ? MAX (draft->volume - quality, 0) / weights : 0;
    }
  else
    {
      long_run = balance_easy_runs (draft, long_run, fixed, quality, weights, &per_weight);
      /* A single run stays safe whatever the week asks: at most 10 % or
       * 2 km over the longest of the last four weeks, and not longer than
       * its time cap. */
      if (draft->run_cap > 0 && long_run > draft->run_cap)
        {
          long_run = draft->run_cap;
          single_run_capped = TRUE;
        }
      long_run = MIN (long_run, long_run_time_cap (draft));
      long_run = MIN (long_run, race_proximity_cap (draft, draft->long_slot));
      per_weight = MIN (per_weight, EASY_OF_LONG * long_run);
      if (weights > 0)
        {
          long_run = MAX (round_distance (long_run), ceil (MIN_RUN / EASY_OF_LONG / 100.0) * 100.0);
          easy_cap = floor (EASY_OF_LONG * long_run / 100.0) * 100.0;
        }
    }

  for (guint i = 0; i < draft->n_runs; i++)
    {
      RunPlan *run = &draft->runs[i];
      double time;

      if (run->kind == HYR_RUN_KIND_LONG)
        run->distance = long_run;
      else if (run->kind == HYR_RUN_KIND_EASY)
        run->distance = per_weight;
      else if (run->kind == HYR_RUN_KIND_RECOVERY)
        run->distance = RECOVERY_WEIGHT * per_weight;

      /* Shorter than 2 km, a run is hardly worth lacing up for; the race
       * has its own distance. */
      if (run->kind != HYR_RUN_KIND_RACE)
        run->distance = round_distance (MAX (run->distance, MIN_RUN));
      if (run->kind == HYR_RUN_KIND_EASY || run->kind == HYR_RUN_KIND_RECOVERY)
        run->distance = MIN (run->distance, easy_cap);
      if (run->kind != HYR_RUN_KIND_RACE && draft->run_cap > 0)
        run->distance = MIN (run->distance, MAX (draft->run_cap, MIN_RUN));
      /* The last six days before the race: short runs only. */
      if (run->kind != HYR_RUN_KIND_RACE)
        run->distance = MIN (run->distance, race_proximity_cap (draft, run->slot));

      time = run->distance * draft->ctx->easy_pace * _hyr_run_kind_pace_factor (run->kind);
      draft->distance += run->distance;
      draft->run_time += time;
      draft->easy_time += time * (1 - _hyr_run_kind_hard_share (run->kind));
    }

  draft->long_run = long_run;
  draft->volume_cut = MAX (draft->volume_cut, draft->volume - draft->distance);
  if (!draft->race_week && !is_taper_or_after (draft) && draft->recent.n_weeks_with_runs > 0 &&
      (double)draft->recent.n_runs / draft->recent.n_weeks_with_runs >= draft->run_days + 1 &&
      draft->volume - draft->distance >= 1000)
    {
      g_autofree char *planned = _hyr_units_format_distance (draft->distance, draft->ctx->distance_unit);
      g_autofree char *volume = _hyr_units_format_distance (draft->volume, draft->ctx->distance_unit);
      double per_week = (double)draft->recent.n_runs / draft->recent.n_weeks_with_runs;

      _hyr_week_plan_add_summary (draft->plan,
                                  _("You ran %.0f times a week lately; on %u run days no single run may grow unsafely long, so this week carries %s rather than %s. Add run days in the profile to keep your volume."),
                                  per_week, draft->run_days, planned, volume);
      return;
    }
  if (draft->volume_cut >= 100)
    {
      g_autofree char *planned = _hyr_units_format_distance (draft->distance, draft->ctx->distance_unit);
      g_autofree char *volume = _hyr_units_format_distance (draft->volume, draft->ctx->distance_unit);

      if (single_run_capped)
        {
          g_autofree char *longest = _hyr_units_format_distance (draft->recent.longest_run, draft->ctx->distance_unit);

          _hyr_week_plan_add_summary (draft->plan,
                                      _("The week comes to %s rather than %s: no run grows more than 10 %% or 2 km over the longest run of the last four weeks (%s)."),
                                      planned, volume, longest);
        }
      else if (fixed)
        _hyr_week_plan_add_summary (draft->plan,
                                    _("The week comes to %s rather than %s: easy runs stay at most 65 %% of the long run, whose length the race block's progression sets."),
                                    planned, volume);
      else
        _hyr_week_plan_add_summary (draft->plan,
                                    _("The week comes to %s rather than %s: easy runs stay at most 65 %% of the long run, and the long run takes at most %d %% of the week."),
                                    planned, volume,
                                    (int)round (100 * long_run_ceiling_share (draft)));
    }
}

/* The plan's own rise, against the last full weeks: the 2 km minimum or a
 * growing long run can push it past the limits the volume kept. */
static void
warn_planned_rises (WeekDraft *draft)
{
  const RecentWeeks *recent = &draft->recent;

  if (draft->race_week)
    return;

  if (recent->base > 0 && draft->distance > WEEKLY_SOFT_LIMIT * recent->base * 1.005)
    warn_rise (draft, _("This week's plan is %d %% above your last full week (%s → %s), because every run needs at least 2 km or the long run has to grow."),
               recent->base, draft->distance);

  if (recent->two_weeks > 0 && draft->distance > TWO_WEEK_LIMIT * recent->two_weeks * 1.005)
    warn_rise (draft, _("This week's plan is %d %% above the full week two weeks ago (%s → %s), more than the 30 %% over two weeks that raised injuries in novices (Nielsen 2014). Consider shortening the easy runs."),
               recent->two_weeks, draft->distance);
}

/* Reasons */

static void
explain_long_run (WeekDraft *draft,
                  RunPlan   *run)
{
  GDateWeekday first_weekday = g_date_time_get_day_of_week (draft->week_start);
  GDateWeekday weekday = floor_mod (first_weekday - 1 + draft->long_slot, 7) + 1;
  g_autofree char *where = g_strdup_printf (_("The long run sits on your long-run day, %s."),
                                            _hyr_weekday_name (weekday));

  _hyr_append_sentence (&run->reason, where);
  if (draft->long_run_gain >= 100)
    {
      g_autofree char *gain = _hyr_units_format_distance (draft->long_run_gain, draft->ctx->distance_unit);
      g_autofree char *sentence =
        g_strdup_printf (_("It takes %s the easy runs would otherwise have run, so that they stay at most 65 %% of it."),
                         gain);

      _hyr_append_sentence (&run->reason, sentence);
    }
  if (grows_long_run (draft))
    {
      g_autofree char *peak = _hyr_units_format_distance (marathon_peak_long_run (draft->ctx), draft->ctx->distance_unit);
      g_autofree char *before = _hyr_units_format_distance (draft->previous_long_run, draft->ctx->distance_unit);
      g_autofree char *sentence = NULL;

      if (draft->previous_long_run <= 0)
        sentence = g_strdup_printf (_("It starts the block's long runs, which build toward %s at the end of the build."), peak);
      else if (run->distance > draft->previous_long_run + 50)
        sentence = g_strdup_printf (_("It grows from %s, by at most 1.6 km a week, toward %s at the end of the build."),
                                    before, peak);
      else if (run->distance < draft->previous_long_run - 50)
        sentence = g_strdup_printf (_("It is shorter than the last one (%s): the block's long runs reach their longest, %s, at the end of the build, with shorter ones between."),
                                    before, peak);
      else
        sentence = g_strdup_printf (_("It holds at %s this week; the block's long runs reach %s at the end of the build."),
                                    before, peak);
      _hyr_append_sentence (&run->reason, sentence);
    }
  else if (draft->phase == HYR_PLAN_PHASE_TAPER)
    {
      g_autofree char *longest = _hyr_units_format_distance (draft->recent.longest_run, draft->ctx->distance_unit);
      g_autofree char *sentence =
        g_strdup_printf (_("In the taper it shrinks to %d %% of the longest recent long run (%s)."),
                         (int)round (100 * run->distance / MAX (draft->recent.longest_run, 1)), longest);

      _hyr_append_sentence (&run->reason, sentence);
    }
  else
    _hyr_append_sentence (&run->reason, _("Conversational pace: time on the feet builds endurance without eating into recovery."));
}

static void
explain_hard_run (WeekDraft *draft,
                  RunPlan   *run)
{
  int easy_percent = draft->run_time > 0 ? (int)round (100 * draft->easy_time / draft->run_time) : 100;
  g_autofree char *easy = g_strdup_printf (_("About 80 %% of running time stays easy: %d %% this week."),
                                           easy_percent);

  if (draft->race_week)
    {
      _hyr_append_sentence (&run->reason, _("A short hard run early in race week keeps the intensity while the volume drops."));
    }
  else
    {
      const WeekRecord *last = draft->recent.last;
      g_autofree char *rotation =
        last->has_hard_run
        ? g_strdup_printf (_("The week's hard run; its kind alternates between intervals, hills and tempo from week to week (last week: %s). It is at least two days from the long run."),
                           run_kind_noun (last->hard_kind))
        : g_strdup (_("The week's hard run; its kind alternates between intervals, hills and tempo from week to week (last week had none). It is at least two days from the long run."));

      _hyr_append_sentence (&run->reason, rotation);
    }

  if (run->kind == HYR_RUN_KIND_INTERVAL)
    _hyr_append_sentence (&run->reason, _("Fast repeats recruit fast-twitch fibres, the ones that grow most."));
  if (draft->ctx->pace_vdot > 0)
    {
      g_autofree char *paces = g_strdup_printf (_("Its paces come from your VDOT of %.1f, measured on your best hard run or race of the last twelve weeks (Daniels)."),
                                                draft->ctx->pace_vdot);

      _hyr_append_sentence (&run->reason, paces);
    }
  else
    {
      _hyr_append_sentence (&run->reason, _("Its paces are estimates from your easy runs: no race or hard run of 3 km or more in the last twelve weeks measures more than they do."));
    }
  _hyr_append_sentence (&run->reason, easy);
}

static void
explain_easy_run (WeekDraft *draft,
                  RunPlan   *run)
{
  gboolean hard_day = !draft->recovery && pattern_has_quality (draft, run->slot);

  /* xgettext:no-c-format */
  _hyr_append_sentence (&run->reason, _("Easy, conversational pace: most running should be easy (about 80 % of the time) so that the legs have something left for lifting."));

  if (hard_day && draft->backoff)
    {
      g_autofree char *held = g_strdup_printf (_("This would have been the week's hard run (%s), but the week holds back."),
                                               run_kind_noun (quality_kind (draft->ctx, draft->week, 0)));

      _hyr_append_sentence (&run->reason, held);
    }
  else if (hard_day && draft->novice)
    {
      _hyr_append_sentence (&run->reason, _("Hard runs wait until a base is built: fewer than six runs were recorded in the last four weeks."));
    }
}

/* Says that an easy or recovery run was kept short of the long run. */
static void
explain_easy_cap (WeekDraft *draft,
                  RunPlan   *run)
{
  g_autofree char *long_run = NULL;
  g_autofree char *sentence = NULL;

  if (!draft->easy_capped)
    return;

  long_run = _hyr_units_format_distance (draft->long_run, draft->ctx->distance_unit);
  sentence = g_strdup_printf (_("Easy runs stay at most 65 %% of the long run (%s), so that the long run remains the week's one long effort."),
                              long_run);
  _hyr_append_sentence (&run->reason, sentence);
}

static void
explain_run (WeekDraft *draft,
             RunPlan   *run)
{
  switch (run->kind)
    {
    case HYR_RUN_KIND_LONG:
      explain_long_run (draft, run);
      break;
    case HYR_RUN_KIND_RACE:
      _hyr_append_sentence (&run->reason, _("Race day. Start at the pace you trained for and keep the first half even."));
      break;
    case HYR_RUN_KIND_TEMPO:
    case HYR_RUN_KIND_INTERVAL:
    case HYR_RUN_KIND_HILL:
      explain_hard_run (draft, run);
      break;
    case HYR_RUN_KIND_RECOVERY:
      _hyr_append_sentence (&run->reason, _("A short recovery run the day after the long run, at a conversational pace."));
      explain_easy_cap (draft, run);
      break;
    case HYR_RUN_KIND_EASY:
    default:
      explain_easy_run (draft, run);
      explain_easy_cap (draft, run);
      break;
    }

  if (draft->recovery && run->kind != HYR_RUN_KIND_LONG && run->kind != HYR_RUN_KIND_RECOVERY &&
      draft->phase != HYR_PLAN_PHASE_TAPER)
    _hyr_append_sentence (&run->reason, _("Recovery week: no hard running."));

  /* What the history changed shows on the runs it changed. */
  if (draft->adaptation != NULL &&
      (run->kind == HYR_RUN_KIND_LONG || run->kind == HYR_RUN_KIND_RACE ||
       (draft->backoff && pattern_has_quality (draft, run->slot))))
    _hyr_append_sentence (&run->reason, draft->adaptation);
}

/* The runner's moves and skips of the week's runs, kept under the week's
 * first day and the day of the week the planner chose: a skipped run is
 * left out, the week running less; a moved one goes to its new day, and
 * the lifting is placed around it afterwards. */
static void
apply_run_changes (WeekDraft *draft)
{
  g_autofree char *week = _hyr_format_date (draft->week_start);
  guint kept = 0;

  for (guint i = 0; i < draft->n_runs; i++)
    {
      RunPlan *run = &draft->runs[i];
      int slot;

      /* The race has no key: it stays on its date, which the profile sets. */
      if (run->kind == HYR_RUN_KIND_RACE)
        {
          if (kept != i)
            draft->runs[kept] = *run;
          kept++;
          continue;
        }

      run->key = g_strdup_printf ("%s/run-%d", week, run->slot);
      if (_hyr_week_draft_change (draft, run->key, &slot))
        {
          if (slot < 0)
            {
              double time = run->distance * draft->ctx->easy_pace * _hyr_run_kind_pace_factor (run->kind);

              draft->distance -= run->distance;
              draft->run_time -= time;
              draft->easy_time -= time * (1 - _hyr_run_kind_hard_share (run->kind));
              g_clear_pointer (&run->reason, g_free);
              g_clear_pointer (&run->key, g_free);
              continue;
            }

          if (slot != run->slot)
            {
              g_autofree char *sentence =
                g_strdup_printf (_("You moved it here from %s."),
                                 _hyr_weekday_name (floor_mod (g_date_time_get_day_of_week (draft->week_start) - 1 + run->slot, 7) + 1));

              _hyr_append_sentence (&run->reason, sentence);
              if (run->kind == HYR_RUN_KIND_LONG)
                draft->long_slot = slot;
              run->slot = slot;
              run->moved = TRUE;
            }
        }

      if (kept != i)
        draft->runs[kept] = *run;
      kept++;
    }

  draft->n_runs = kept;
}

/* Plans the week's running: its volume from the recorded weeks, the days
 * and kinds of its runs, their distances, and why. */
void
_hyr_week_draft_plan_runs (WeekDraft *draft)
{
  draft->run_days = hyr_profile_get_run_days (draft->ctx->profile);
  draft->novice = draft->recent.n_runs < NOVICE_RUNS;

  plan_volume (draft);
  choose_run_days (draft);
  set_run_distances (draft);
  warn_planned_rises (draft);

  for (guint i = 0; i < draft->n_runs; i++)
    explain_run (draft, &draft->runs[i]);

  apply_run_changes (draft);
}

/* Adds the week's runs to @sessions, each with the shoe the rotation
 * suggests for it. */
void
_hyr_week_draft_add_run_sessions (WeekDraft *draft,
                                  GPtrArray *sessions)
{
  PlannerContext *ctx = draft->ctx;
  guint order[MAX_RUN_SESSIONS];

  /* Day by day, so that each run's pair has worn the runs before it. */
  for (guint i = 0; i < draft->n_runs; i++)
    order[i] = i;
  for (guint i = 1; i < draft->n_runs; i++)
    for (guint j = i; j > 0 && draft->runs[order[j]].slot < draft->runs[order[j - 1]].slot; j--)
      {
        guint swap = order[j];

        order[j] = order[j - 1];
        order[j - 1] = swap;
      }

  for (guint i = 0; i < draft->n_runs; i++)
    {
      RunPlan *run = &draft->runs[order[i]];
      int hour = run->kind == HYR_RUN_KIND_LONG || run->kind == HYR_RUN_KIND_RACE ? LONG_RUN_HOUR : RUN_HOUR;
      g_autoptr(GDateTime) day = _hyr_date_at (ctx->zone, draft->week + run->slot, hour, 0);
      g_autofree char *title = _hyr_run_kind_title (run->kind, run->distance, ctx->distance_unit);
      g_autoptr(GPtrArray) steps = _hyr_workout_steps_for_run (run->kind, run->distance, ctx->easy_pace, ctx->pace_vdot);
      /* The session's time is the plan's time budget at the learnt easy
       * pace, as the week's load counts it; timing it by the steps' pace
       * ranges would feed the runner's recorded runs back into the pace
       * the planner learns from them, slower every week. */
      double duration = run->distance * ctx->easy_pace * _hyr_run_kind_pace_factor (run->kind);
      g_autoptr(HyrSession) session = _hyr_session_new_run (day, run->kind, run->distance,
                                                            round (duration / 60) * 60, title);
      g_autofree char *shoe_reason = NULL;
      g_autoptr(HyrShoe) shoe = NULL;

      if (ctx->planned_shoes == NULL)
        ctx->planned_shoes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                    (GDestroyNotify)g_date_time_unref);
      shoe = _hyr_shoe_rotation_suggest_planned (ctx->rotation, run->kind, run->distance, day,
                                                 ctx->planned_shoes, &shoe_reason);
      if (shoe != NULL && g_date_time_compare (day, ctx->now) > 0)
        {
          GDateTime *planned = g_hash_table_lookup (ctx->planned_shoes, hyr_shoe_get_gear_id (shoe));

          if (planned == NULL || g_date_time_compare (day, planned) > 0)
            g_hash_table_insert (ctx->planned_shoes, g_strdup (hyr_shoe_get_gear_id (shoe)),
                                 g_date_time_ref (day));
        }

      _hyr_session_set_key (session, run->key);
      _hyr_session_set_steps (session, steps);

      _hyr_session_add_reason (session, run->reason);
      _hyr_session_set_shoe (session, shoe != NULL ? hyr_shoe_get_gear_id (shoe) : NULL,
                             shoe != NULL ? hyr_shoe_get_name (shoe) : NULL,
                             shoe_reason);
      g_ptr_array_add (sessions, g_steal_pointer (&session));
    }
}

void
_hyr_week_draft_warn_easy_share (WeekDraft *draft)
{
  if (draft->race_week || draft->run_time <= 0 || draft->easy_time / draft->run_time >= 0.75)
    return;

  _hyr_week_plan_add_warning (draft->plan,
                              _("Only %d %% of this week's running time is easy; about 80 %% is the aim (Stöggl & Sperlich 2014)."),
                              (int)round (100 * draft->easy_time / draft->run_time));
}
