/* hyr-planner-draft.h — the week the planner is drafting, shared by the
 * planner's sources, not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * hyr-planner.c plans a week as a whole: where it stands in the block,
 * what the recorded weeks before it say, and the sessions in order.
 * hyr-planner-runs.c drafts its running (volume, days and kinds,
 * distances) and hyr-planner-lifts.c its strength work (5/3/1, Boring But
 * Big, accessories, and the days that keep heavy legs away from hard
 * runs). Each explains what it chose in the sessions' reasons.
 *
 * The parts take what they need from the draft and its context, the
 * units included, and call only what lies below them (sessions, week
 * plans, run kinds, units, the calendar, the shoe rotation): never back
 * into hyr-planner.c. hyr-planner-draft.c holds what both parts read.
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

/* The hours sessions start at: runs in the morning, the long run an hour
 * later, lifting in the evening, so that a shared day keeps 6 h or more
 * between them. */
#define RUN_HOUR          7
#define LONG_RUN_HOUR     8
#define LIFT_HOUR         18

#define CHANGES_SECTION   "session-changes"

#define MAX_RUN_SESSIONS  7
#define MAX_LIFT_SESSIONS 4
#define N_MUSCLES         8

/* What a race goal asks of its block (DOMAIN.md "Marathon block"; the
 * shorter races scaled from published plans: Pfitzinger's half-marathon
 * plans peak at 19–24 km, 10 km plans at about 16 km). */
typedef struct
{
  HyrGoal     goal;
  double      distance;          /* m */
  double      peak_long_run;     /* m, before the time cap */
  double      long_run_minutes;  /* the long run's time cap in the block */
  int         taper_weeks;       /* race week included */
  double      race_week_max_run; /* no other run longer in the last six days */
  double      min_base;          /* a usual week below this puts the race at risk */
  int         no_heavy_days;     /* no heavy legs in the days before the race */
  double      taper[3];          /* volume of taper weeks 0 (race week), 1, 2 */
} RaceGoal;

/* What the planner knows of a week: recorded from the history for weeks
 * before today's, planned for the others. */
typedef struct
{
  double     distance;
  double     run_time;
  double     long_run;
  guint      n_runs;
  guint      runs_on_day[7];  /* recorded runs, by day of the week */
  guint      n_lifts;
  gboolean   heavy_legs_last_day; /* heavy lower-body lifting on its last day */
  gboolean   recorded;
  gboolean   recovery;
  gboolean   has_hard_run;
  HyrRunKind hard_kind;       /* the kind of its last hard run, if any */
  double     ratio;           /* acute:chronic load at its end; 0 = not judged */
} WeekRecord;

/* What every week of one hyr_planner_plan_range() call shares. */
typedef struct
{
  HyrState         *state;
  HyrActivityStore *history;      /* the store's history, read once */
  const char       *distance_unit; /* "km" or "mi", for the texts */
  const char       *mass_unit;     /* "kg" or "lb", for the texts and plates */
  HyrProfile       *profile;
  HyrLiftLog       *lift_log;
  HyrRunClassifier *classifier;
  HyrShoeRotation  *rotation;
  /* The last planned run of each pair, by gear id, as the weeks after
   * today are planned in order: each planned run wears its pair. */
  GHashTable       *planned_shoes;
  GTimeZone        *zone;
  GArray           *weeks;        /* WeekRecord from origin on */
  int               origin;       /* julian day of weeks[0] */
  int               current_week; /* julian day of today's week */
  int               anchor;       /* julian day of week index 0 */
  int               race;         /* julian day of the race, or 0 */
  int               race_week;    /* julian day of the race's week, or 0 */
  double            easy_pace;    /* s/m */

  /* The simulation. Loads per day from load_origin on: recorded ones
   * from the history, planned ones from the sessions of the weeks the
   * plan expects to be done; every week's acute:chronic ratio is read off
   * this one series, whichever it came from. */
  GArray           *loads;        /* double per day */
  int               load_origin;
  int               first_day;    /* the first day with any training, or 0 */
  GDateTime        *now;
  int               today;        /* julian day of now */
  GPtrArray        *current;      /* activities of today's week recorded so far */
  GPtrArray        *week_activities; /* runs and lifts of each recorded week */
  int               lift_restart; /* the week lifting restarts after a layoff, or 0 */
  const RaceGoal   *race_goal;    /* NULL without a race */
  double            vdot;         /* from the best recent hard effort, or 0 */
  double            pace_vdot;    /* the VDOT paces come from, or 0 for the easy pace */
  GPtrArray        *diary;        /* every logged set (HyrLoggedSet), in order */
} PlannerContext;

/* The four weeks before the one being planned, as the progression reads
 * them. */
typedef struct
{
  const WeekRecord *last;
  const WeekRecord *two_back;
  const WeekRecord *three_back;
  double            max_distance;
  double            sum_distance;
  guint             n_weeks_with_runs;
  guint             n_runs;
  double            longest_run;
  double            usual;        /* the median of the last four weeks with runs */
  double            base;         /* the last full (non-recovery) week, at most
                                   * 20 % above the usual week */
  double            two_weeks;    /* the full week before last week */
  const WeekRecord *prev_full;    /* the full week before last week */
  const WeekRecord *prev_full2;   /* the full week before that one */
  HyrWeekPlan      *last_accepted; /* the plan accepted for last week, if recorded */
} RecentWeeks;

typedef struct
{
  int         slot;               /* day of the week, 0 = its first day */
  HyrRunKind  kind;
  double      distance;
  char       *reason;
  char       *key;                /* the runner's moves and skips find it by it */
  gboolean    moved;
} RunPlan;

typedef struct
{
  HyrLift       lifts[4];
  guint         n_lifts;
  HyrLiftFocus  focus;
  gboolean      heavy;
  gboolean      light;          /* lower lifts at deload loads to keep 48 h */
  int           slot;
  GPtrArray    *exercises;
  char         *reason;
  char         *key;
  int           moved_to;       /* the slot the runner moved it to, or -1 */
} LiftPlan;

/* What the runs of the week ask of the lifting, per day of the week. */
typedef struct
{
  gboolean run[7];
  gboolean key[7];
  gboolean long_run[7];
  gboolean no_lift[7];
  gboolean no_heavy[7];
} DayRules;

typedef struct
{
  PlannerContext *ctx;
  HyrWeekPlan    *plan;
  int             week;           /* julian day of its first day */
  GDateTime      *week_start;

  /* Where the week stands */
  HyrGoal         goal;
  HyrPlanPhase    phase;
  gboolean        recovery;
  guint           wave;
  int             to_race;        /* weeks to the race week; G_MAXINT without a race */
  gboolean        race_week;
  RecentWeeks     recent;

  /* Running */
  guint           run_days;
  gboolean        novice;
  gboolean        backoff;        /* holds volume and drops the hard run */
  char           *adaptation;     /* what the history changed, or NULL */
  double          volume;
  guint           n_quality;
  int             long_slot;
  RunPlan         runs[MAX_RUN_SESSIONS];
  guint           n_runs;
  double          long_run;
  gboolean        easy_capped;    /* easy runs held at 65 % of the long run */
  double          long_run_gain;  /* what the long run took from them */
  double          volume_cut;     /* what neither could take */
  double          run_cap;        /* no run longer: 10 % or 2 km over the longest
                                   * run of the last four weeks; 0 = none */
  double          previous_long_run;
  double          distance;
  double          run_time;
  double          easy_time;

  /* Strength */
  LiftPlan        lifts[MAX_LIFT_SESSIONS];
  guint           n_lifts;
  gboolean        light_lifting;
  gboolean        deload;
  DayRules        rules;
  double          sets_per_muscle[N_MUSCLES];
} WeekDraft;

static inline int
floor_div (int a,
           int b)
{
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static inline int
floor_mod (int a,
           int b)
{
  return a - b * floor_div (a, b);
}

/* The week index counts weeks from the anchor; every fourth (index ≡ 3
 * mod 4) is the recovery and deload week. For a marathon the anchor is the
 * race week, so the wave ends with the first taper week as a deload. */
static inline int
week_index (PlannerContext *ctx,
            int             julian)
{
  return floor_div (julian - ctx->anchor, 7);
}

/* hyr-planner-draft.c: the runner's moves and skips */
gboolean _hyr_week_draft_change (WeekDraft  *draft,
                                 const char *key,
                                 int        *slot);

G_END_DECLS
