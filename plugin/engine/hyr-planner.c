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
#include <string.h>

#include "hyr-planner-private.h"

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
 * run days; the hard run of the week takes 20 % of it (40 % with two run
 * days); a hard session is counted as 35 % (intervals), 30 % (hills) or
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
 */

#define EPOCH_YEAR  1970
#define EPOCH_MONTH 1
#define EPOCH_DAY   5     /* a Monday */

#define MAX_WEEKS        104
#define MAX_WEEKS_AHEAD  520
#define HISTORY_WEEKS    5
#define LEARN_WEEKS      26

#define RUN_HOUR       7
#define LONG_RUN_HOUR  8
#define LIFT_HOUR      18

#define INTRO_KM_PER_RUN_DAY     3000.0
#define HYPERTROPHY_KM_PER_DAY   8000.0
#define MARATHON_CEILING         64000.0
#define PEAK_LONG_RUN            32000.0
#define LONG_RUN_STEP            1600.0
#define MIN_RUN                  2000.0
#define MARATHON_DISTANCE        42195.0
#define DEFAULT_EASY_PACE        0.39    /* s/m, 6:30 min/km */

#define WEEKLY_SOFT_LIMIT   1.10
#define TWO_WEEK_LIMIT      1.30
#define RECOVERY_VOLUME     0.70
#define SPIKE_RATIO         1.5
#define TAPER_FIRST_WEEK    0.55
#define TAPER_RACE_WEEK     0.40
#define TAPER_LONG_RUN      0.60
#define NOVICE_RUNS         6
#define MIN_SETS            10.0
#define MAX_SETS            20.0
#define ACCESSORY_SETS      4
#define ACCESSORY_REPS      10

struct _HyrPlanner
{
  GObject parent_instance;

  HyrActivityStore *store;
  HyrState         *state;
  GDateTime        *today;
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

/* What the planner knows of a week: recorded from the history for weeks
 * before today's, planned for the others. */
typedef struct
{
  double   distance;
  double   run_time;
  double   long_run;
  guint    n_runs;
  guint    n_lifts;
  gboolean recorded;
  gboolean recovery;
  double   ratio;
} WeekRecord;

typedef struct
{
  HyrPlanner       *planner;
  HyrProfile       *profile;
  HyrLiftLog       *lift_log;
  HyrRunClassifier *classifier;
  HyrShoeRotation  *rotation;
  GTimeZone        *zone;
  GArray           *weeks;        /* WeekRecord from origin on */
  int               origin;       /* julian day of weeks[0] */
  int               current_week; /* julian day of today's week */
  int               anchor;       /* julian day of week index 0 */
  int               race;         /* julian day of the race, or 0 */
  int               race_week;    /* julian day of the race's week, or 0 */
  double            easy_pace;    /* s/m */
} Context;

static void
context_clear (Context *ctx)
{
  g_clear_object (&ctx->lift_log);
  g_clear_object (&ctx->classifier);
  g_clear_object (&ctx->rotation);
  g_clear_pointer (&ctx->zone, g_time_zone_unref);
  g_clear_pointer (&ctx->weeks, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

static int
floor_div (int a,
           int b)
{
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static int
floor_mod (int a,
           int b)
{
  return a - b * floor_div (a, b);
}

static WeekRecord *
week_at (Context *ctx,
         int      julian)
{
  int index = floor_div (julian - ctx->origin, 7);

  if (index < 0 || (guint)index >= ctx->weeks->len)
    return NULL;

  return &g_array_index (ctx->weeks, WeekRecord, index);
}

static const WeekRecord empty_week = { 0 };

static const WeekRecord *
week_or_empty (Context *ctx,
               int      julian)
{
  WeekRecord *week = week_at (ctx, julian);

  return week != NULL ? week : &empty_week;
}

/* The week index counts weeks from the anchor; every fourth (index ≡ 3
 * mod 4) is the recovery and deload week. For a marathon the anchor is the
 * race week, so the wave ends with the first taper week as a deload. */
static int
week_index (Context *ctx,
            int      julian)
{
  return floor_div (julian - ctx->anchor, 7);
}

static guint
wave_week (Context *ctx,
           int      julian)
{
  return floor_mod (week_index (ctx, julian), 4) + 1;
}

static gboolean
is_recovery_week (Context *ctx,
                  int      julian)
{
  return wave_week (ctx, julian) == 4;
}

/* Weeks to the race week: 0 in it, negative after it. */
static int
weeks_to_race (Context *ctx,
               int      julian)
{
  return floor_div (ctx->race_week - julian, 7);
}

static HyrPlanPhase
phase_of (Context *ctx,
          int      julian)
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

/* Appends a sentence, with one space between sentences. */
static void
append_sentence (GString    *text,
                 const char *sentence)
{
  if (sentence == NULL || *sentence == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

/* Formatting in the planner's units */

static char *
format_distance (HyrPlanner *self,
                 double      metres)
{
  if (g_strcmp0 (self->distance_unit, "mi") == 0)
    return g_strdup_printf (_("%.1f mi"), metres / 1609.344);

  return g_strdup_printf (_("%.1f km"), metres / 1000.0);
}

static char *
format_mass (HyrPlanner *self,
             double      kg)
{
  if (g_strcmp0 (self->mass_unit, "lb") == 0)
    return g_strdup_printf (_("%g lb"), round (kg / 0.45359237 * 10) / 10);

  return g_strdup_printf (_("%g kg"), round (kg * 100) / 100);
}

static const char *
weekday_name (GDateWeekday weekday)
{
  switch (weekday)
    {
    case G_DATE_MONDAY:
      return _("Monday");
    case G_DATE_TUESDAY:
      return _("Tuesday");
    case G_DATE_WEDNESDAY:
      return _("Wednesday");
    case G_DATE_THURSDAY:
      return _("Thursday");
    case G_DATE_FRIDAY:
      return _("Friday");
    case G_DATE_SATURDAY:
      return _("Saturday");
    case G_DATE_SUNDAY:
      return _("Sunday");
    case G_DATE_BAD_WEEKDAY:
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
run_kind_title (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_RECOVERY:
      return _("Recovery run");
    case HYR_RUN_KIND_EASY:
      return _("Easy run");
    case HYR_RUN_KIND_LONG:
      return _("Long run");
    case HYR_RUN_KIND_TEMPO:
      return _("Tempo run");
    case HYR_RUN_KIND_INTERVAL:
      return _("Intervals");
    case HYR_RUN_KIND_HILL:
      return _("Hill repeats");
    case HYR_RUN_KIND_RACE:
      return _("Race");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
lift_name (HyrLift lift)
{
  switch (lift)
    {
    case HYR_LIFT_SQUAT:
      return _("Squat");
    case HYR_LIFT_DEADLIFT:
      return _("Deadlift");
    case HYR_LIFT_BENCH_PRESS:
      return _("Bench press");
    case HYR_LIFT_OVERHEAD_PRESS:
      return _("Overhead press");
    case HYR_LIFT_NONE:
    default:
      g_return_val_if_reached ("");
    }
}

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

/* The history */

static void
record_history (Context   *ctx,
                GPtrArray *activities,
                int        end)
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
        }
      else if (modality == HYR_MODALITY_STRENGTH)
        {
          week->n_lifts++;
        }
    }
}

static gboolean
load_history (Context  *ctx,
              int       plan_start,
              int       plan_end,
              GError  **error)
{
  HyrPlanner *self = ctx->planner;
  g_autoptr(GDateTime) learn_from = NULL;
  g_autoptr(GDateTime) history_to = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  int recorded_end = MIN (ctx->current_week, plan_end);

  ctx->origin = plan_start - 7 * HISTORY_WEEKS;
  g_array_set_size (ctx->weeks, (plan_end - ctx->origin) / 7);
  for (guint i = 0; i < ctx->weeks->len; i++)
    {
      WeekRecord *week = &g_array_index (ctx->weeks, WeekRecord, i);
      int julian = ctx->origin + 7 * (int)i;

      week->recorded = julian < ctx->current_week;
      week->recovery = is_recovery_week (ctx, julian);
    }

  learn_from = _hyr_date_at (ctx->zone, plan_start - 7 * LEARN_WEEKS, 0, 0);
  history_to = _hyr_date_at (ctx->zone, MAX (recorded_end, plan_start), 0, 0);
  activities = hyr_activity_store_query (self->store, learn_from, history_to);

  runs = g_ptr_array_new ();
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

  record_history (ctx, activities, recorded_end);

  /* The acute:chronic ratio at the end of each recorded week tells a load
   * spike from a planned rise. */
  if (recorded_end > ctx->origin)
    {
      g_autoptr(GDateTime) from = _hyr_date_at (ctx->zone, ctx->origin, 0, 0);
      g_autoptr(GDateTime) to = _hyr_date_at (ctx->zone, recorded_end, 0, 0);
      g_autoptr(HyrLoadSeries) load = NULL;

      load = hyr_training_load_compute_full (self->store, self->state, from, to,
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
    }

  return TRUE;
}

/* 5/3/1 training maxes */

/* The training max of @lift in the week starting on @week: the profile's
 * value from the cycle in which it was entered, then for each later cycle
 * +2.5/+5 kg when its logged AMRAP sets were made, 90 % after a miss,
 * unchanged for a past cycle without any logged result, and projected
 * with the increment for cycles not finished yet. */
static double
training_max_for (Context  *ctx,
                  HyrLift   lift,
                  int       week,
                  guint    *cycle_number,
                  char    **note)
{
  HyrPlanner *self = ctx->planner;
  double tm = hyr_profile_get_training_max (ctx->profile, lift);
  GDateTime *since = hyr_profile_get_training_max_since (ctx->profile, lift);
  int cycle = floor_div (week_index (ctx, week), 4);
  int first_cycle = cycle;

  *note = NULL;

  if (since != NULL)
    first_cycle = floor_div (week_index (ctx, _hyr_julian_day (since)), 4);

  *cycle_number = (guint)MAX (1, cycle - first_cycle + 1);

  if (tm <= 0)
    return 0;

  for (int c = first_cycle; c < cycle; c++)
    {
      int from = ctx->anchor + 28 * c;
      g_autoptr(GDateTime) from_date = _hyr_date_at (ctx->zone, from, 0, 0);
      g_autoptr(GDateTime) to_date = _hyr_date_at (ctx->zone, from + 28, 0, 0);
      g_autofree char *before = format_mass (self, tm);
      guint made, missed;

      _hyr_lift_log_results (ctx->lift_log, lift, from_date, to_date, &made, &missed);
      g_free (*note);

      if (missed > 0)
        {
          tm = hyr_five_three_one_progress (lift, tm, 0, 1);
          *note = g_strdup_printf (_("reset from %s to 90 %% because an AMRAP set of the last cycle missed its reps"),
                                   before);
        }
      else if (made > 0)
        {
          tm = hyr_five_three_one_progress (lift, tm, 1, 1);
          *note = g_strdup_printf (_("raised from %s because the AMRAP sets of the last cycle made their reps"),
                                   before);
        }
      else if (from + 28 <= ctx->current_week)
        {
          *note = g_strdup (_("kept, because no AMRAP result was logged in the last cycle"));
        }
      else
        {
          tm = hyr_five_three_one_progress (lift, tm, 1, 1);
          *note = g_strdup_printf (_("projected from %s, assuming the AMRAP sets of the cycle before are made"),
                                   before);
        }
    }

  return tm;
}

/* Strength sessions */

typedef struct
{
  const char *name;
  HyrLift     lift;
  gboolean    lower;
  const char *muscles[4];
  const char *secondary[4];
} Movement;

static const char * const tracked_muscles[] = {
  "chest", "back", "shoulders", "biceps", "triceps", "quadriceps", "hamstrings", "glutes",
};

/* Indexed by HyrLift. */
static const Movement main_movements[] = {
  { NULL, HYR_LIFT_NONE, FALSE, { NULL }, { NULL } },
  { N_("Squat"), HYR_LIFT_SQUAT, TRUE, { "quadriceps", "glutes", NULL }, { "hamstrings", NULL } },
  { N_("Deadlift"), HYR_LIFT_DEADLIFT, TRUE,
    { "hamstrings", "glutes", "back" }, { "quadriceps", NULL } },
  { N_("Bench press"), HYR_LIFT_BENCH_PRESS, FALSE,
    { "chest", NULL }, { "triceps", "shoulders", NULL } },
  { N_("Overhead press"), HYR_LIFT_OVERHEAD_PRESS, FALSE,
    { "shoulders", NULL }, { "triceps", NULL } },
};

static const Movement accessories[] = {
  { N_("Chin-up"), HYR_LIFT_NONE, FALSE, { "back", NULL }, { "biceps", NULL } },
  { N_("Dip"), HYR_LIFT_NONE, FALSE, { "chest", "triceps", NULL }, { "shoulders", NULL } },
  { N_("Dumbbell row"), HYR_LIFT_NONE, FALSE, { "back", NULL }, { "biceps", NULL } },
  { N_("Lateral raise"), HYR_LIFT_NONE, FALSE, { "shoulders", NULL }, { NULL } },
  { N_("Barbell curl"), HYR_LIFT_NONE, FALSE, { "biceps", NULL }, { NULL } },
  { N_("Triceps extension"), HYR_LIFT_NONE, FALSE, { "triceps", NULL }, { NULL } },
  { N_("Walking lunge"), HYR_LIFT_NONE, TRUE, { "quadriceps", "glutes", NULL }, { "hamstrings", NULL } },
  { N_("Leg curl"), HYR_LIFT_NONE, TRUE, { "hamstrings", NULL }, { NULL } },
};

#define N_MUSCLES G_N_ELEMENTS (tracked_muscles)

static int
muscle_index (const char *muscle)
{
  for (guint i = 0; i < N_MUSCLES; i++)
    {
      if (g_str_equal (tracked_muscles[i], muscle))
        return i;
    }

  g_return_val_if_reached (0);
}

static void
count_sets (double         *sets,
            const Movement *movement,
            guint           n_sets)
{
  for (guint i = 0; i < G_N_ELEMENTS (movement->muscles) && movement->muscles[i] != NULL; i++)
    sets[muscle_index (movement->muscles[i])] += n_sets;

  for (guint i = 0; i < G_N_ELEMENTS (movement->secondary) && movement->secondary[i] != NULL; i++)
    sets[muscle_index (movement->secondary[i])] += n_sets / 2.0;
}

typedef struct
{
  HyrLift      lifts[2];
  guint        n_lifts;
  HyrLiftFocus focus;
  gboolean     heavy;
  int          slot;
  GPtrArray   *exercises;
  GString     *reason;
} LiftPlan;

static void
lift_plan_clear (LiftPlan *plan)
{
  g_clear_pointer (&plan->exercises, g_ptr_array_unref);
  if (plan->reason != NULL)
    g_string_free (g_steal_pointer (&plan->reason), TRUE);
}

static void
lift_plan_init (LiftPlan     *plan,
                HyrLiftFocus  focus,
                HyrLift       first,
                HyrLift       second)
{
  plan->focus = focus;
  plan->lifts[0] = first;
  plan->lifts[1] = second;
  plan->n_lifts = second != HYR_LIFT_NONE ? 2 : 1;
  plan->slot = -1;
  plan->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  plan->reason = g_string_new (NULL);
}

static gboolean
is_lower_lift (HyrLift lift)
{
  return lift == HYR_LIFT_SQUAT || lift == HYR_LIFT_DEADLIFT;
}

static HyrLiftFocus
focus_of (HyrLift lift)
{
  return is_lower_lift (lift) ? HYR_LIFT_FOCUS_LOWER : HYR_LIFT_FOCUS_UPPER;
}

/* The week's strength sessions and their main lifts. Four days give each
 * lift its day; three days rotate the four lifts (the third session of
 * the week is full body); two days pair a lower with an upper lift, and
 * one day alternates the pairs week by week. */
static guint
lift_sessions (Context  *ctx,
               int       week,
               guint     n_sessions,
               LiftPlan *plans)
{
  static const HyrLift order[] = {
    HYR_LIFT_SQUAT, HYR_LIFT_BENCH_PRESS, HYR_LIFT_DEADLIFT, HYR_LIFT_OVERHEAD_PRESS,
  };
  int index = week_index (ctx, week);

  switch (n_sessions)
    {
    case 4:
      for (guint k = 0; k < 4; k++)
        lift_plan_init (&plans[k], focus_of (order[k]), order[k], HYR_LIFT_NONE);
      break;
    case 3:
      for (guint k = 0; k < 3; k++)
        {
          HyrLift lift = order[floor_mod (index * 3 + (int)k, 4)];

          lift_plan_init (&plans[k], k == 2 ? HYR_LIFT_FOCUS_FULL : focus_of (lift),
                          lift, HYR_LIFT_NONE);
        }
      break;
    case 2:
      lift_plan_init (&plans[0], HYR_LIFT_FOCUS_FULL, HYR_LIFT_SQUAT, HYR_LIFT_BENCH_PRESS);
      lift_plan_init (&plans[1], HYR_LIFT_FOCUS_FULL, HYR_LIFT_DEADLIFT, HYR_LIFT_OVERHEAD_PRESS);
      break;
    case 1:
      if (floor_mod (index, 2) == 0)
        lift_plan_init (&plans[0], HYR_LIFT_FOCUS_FULL, HYR_LIFT_SQUAT, HYR_LIFT_BENCH_PRESS);
      else
        lift_plan_init (&plans[0], HYR_LIFT_FOCUS_FULL, HYR_LIFT_DEADLIFT, HYR_LIFT_OVERHEAD_PRESS);
      break;
    case 0:
      break;
    default:
      g_assert_not_reached ();
    }

  return n_sessions;
}

static char *
describe_sets (HyrPlanner *self,
               GPtrArray  *sets)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < sets->len; i++)
    {
      HyrLiftSet *set = g_ptr_array_index (sets, i);
      double weight = hyr_lift_set_get_weight (set);
      g_autofree char *load = NULL;

      if (weight > 0)
        load = format_mass (self, weight);
      else if (hyr_lift_set_get_percent (set) > 0)
        load = g_strdup_printf (_("%g %% of the training max"), hyr_lift_set_get_percent (set));
      else
        load = g_strdup (_("a load that leaves 1–3 reps in reserve"));

      if (text->len > 0)
        g_string_append (text, " · ");

      /* The "+" marks a set done for as many reps as possible. */
      if (hyr_lift_set_get_amrap (set))
        g_string_append_printf (text, _("%u+ × %s"), hyr_lift_set_get_reps (set), load);
      else
        g_string_append_printf (text, _("%u × %s"), hyr_lift_set_get_reps (set), load);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_exercise (HyrPlanner     *self,
              LiftPlan       *plan,
              double         *sets_per_muscle,
              const Movement *movement,
              const char     *name,
              HyrLift         lift,
              GPtrArray      *sets)
{
  g_autofree char *description = describe_sets (self, sets);
  g_autoptr(HyrExercise) exercise = NULL;

  exercise = _hyr_exercise_new (name, lift, movement->muscles, movement->secondary, sets,
                                description);
  g_ptr_array_add (plan->exercises, g_steal_pointer (&exercise));
  count_sets (sets_per_muscle, movement, sets->len);
}

static double
accessory_gain (const Movement *movement,
                const double   *sets)
{
  double gain = 0;

  for (guint i = 0; i < G_N_ELEMENTS (movement->muscles) && movement->muscles[i] != NULL; i++)
    {
      double count = sets[muscle_index (movement->muscles[i])];

      /* An accessory must not push a muscle past the top of the range. */
      if (count + ACCESSORY_SETS > MAX_SETS)
        return 0;

      gain += MAX (0, MIN_SETS - count);
    }

  for (guint i = 0; i < G_N_ELEMENTS (movement->secondary) && movement->secondary[i] != NULL; i++)
    gain += MAX (0, MIN_SETS - sets[muscle_index (movement->secondary[i])]) / 2;

  return gain;
}

/* Adds up to two accessories to a session, each the one that brings the
 * muscles furthest below 10 weekly sets closest to it: upper-body ones on
 * upper days, one lower-body and one upper-body one on lower and full-body
 * days (upper only when lower-body assistance is cut). */
static void
add_accessories (HyrPlanner *self,
                 LiftPlan   *plan,
                 double     *sets_per_muscle,
                 gboolean    lower_allowed)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint pick = 0; pick < 2; pick++)
    {
      gboolean want_lower = lower_allowed && plan->focus != HYR_LIFT_FOCUS_UPPER && pick == 0;
      const Movement *best = NULL;
      double best_gain = 0;

      for (guint i = 0; i < G_N_ELEMENTS (accessories); i++)
        {
          const Movement *movement = &accessories[i];
          gboolean taken = FALSE;
          double gain;

          if (movement->lower != want_lower)
            continue;

          for (guint e = 0; e < plan->exercises->len; e++)
            taken |= g_str_equal (hyr_exercise_get_name (g_ptr_array_index (plan->exercises, e)),
                                  _(movement->name));
          if (taken)
            continue;

          gain = accessory_gain (movement, sets_per_muscle);
          if (gain > best_gain)
            {
              best = movement;
              best_gain = gain;
            }
        }

      if (best != NULL)
        {
          g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint i = 0; i < ACCESSORY_SETS; i++)
            g_ptr_array_add (sets, hyr_lift_set_new (0, ACCESSORY_REPS, FALSE, 0));

          add_exercise (self, plan, sets_per_muscle, best, _(best->name), HYR_LIFT_NONE, sets);
          if (names->len > 0)
            g_string_append (names, _(" and "));
          g_string_append (names, _(best->name));
        }
    }

  if (names->len > 0)
    {
      g_autofree char *sentence =
        g_strdup_printf (_("Assistance work (%s) brings muscles below 10 weekly sets toward the 10–20 sets that grow them."),
                         names->str);

      append_sentence (plan->reason, sentence);
    }
}

/* Runs */

typedef struct
{
  int        slot;
  HyrRunKind kind;
  double     distance;
  GString   *reason;
} RunPlan;

static gboolean
is_key_run (HyrRunKind kind)
{
  /* Hill repeats are hard on the legs too, so they count as key runs for
   * the interference rules besides intervals, tempo runs and long runs. */
  return kind == HYR_RUN_KIND_LONG || kind == HYR_RUN_KIND_RACE || kind == HYR_RUN_KIND_TEMPO ||
         kind == HYR_RUN_KIND_INTERVAL || kind == HYR_RUN_KIND_HILL;
}

static double
pace_factor (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_RECOVERY:
      return 1.10;
    case HYR_RUN_KIND_LONG:
    case HYR_RUN_KIND_HILL:
      return 1.05;
    case HYR_RUN_KIND_TEMPO:
      return 0.92;
    case HYR_RUN_KIND_INTERVAL:
      return 0.95;
    case HYR_RUN_KIND_RACE:
      return 0.90;
    case HYR_RUN_KIND_EASY:
    default:
      return 1.0;
    }
}

static double
hard_share (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_TEMPO:
      return 0.5;
    case HYR_RUN_KIND_INTERVAL:
      return 0.35;
    case HYR_RUN_KIND_HILL:
      return 0.3;
    case HYR_RUN_KIND_RACE:
      return 1.0;
    default:
      return 0;
    }
}

static const HyrRunKind quality_rotation[] = {
  HYR_RUN_KIND_INTERVAL, HYR_RUN_KIND_HILL, HYR_RUN_KIND_TEMPO,
};

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
pattern_has_quality (guint run_days,
                     int   slot,
                     int   long_slot)
{
  return floor_mod (long_slot + run_patterns[run_days - 2].quality[0], 7) == slot;
}

/* Lift placement */

typedef struct
{
  gboolean run[7];
  gboolean key[7];
  gboolean long_run[7];
  gboolean no_lift[7];
  gboolean no_heavy[7];
} DayRules;

static double
placement_cost (const DayRules *rules,
                const LiftPlan *plans,
                guint           n_plans,
                const int      *slots,
                guint          *violations)
{
  double cost = 0;

  *violations = 0;

  for (guint i = 0; i < n_plans; i++)
    {
      int slot = slots[i];

      if (rules->no_lift[slot])
        (*violations)++;
      if (plans[i].heavy && rules->no_heavy[slot])
        (*violations)++;

      if (rules->long_run[slot])
        cost += 3;
      else if (rules->key[slot])
        cost += 1;
      else if (rules->run[slot])
        cost += 0.5;

      if (plans[i].heavy && rules->long_run[(slot + 6) % 7])
        cost += 1;

      for (guint j = i + 1; j < n_plans; j++)
        {
          int gap = ABS (slots[j] - slots[i]);

          if (gap == 1 || gap == 6)
            cost += plans[i].heavy && plans[j].heavy ? 6 : 2;
        }
    }

  return cost;
}

static gboolean
next_permutation (int  *items,
                  guint n)
{
  int i, j;

  if (n < 2)
    return FALSE;

  for (i = (int)n - 2; i >= 0 && items[i] >= items[i + 1]; i--)
    ;
  if (i < 0)
    return FALSE;

  for (j = (int)n - 1; items[j] <= items[i]; j--)
    ;

  { int t = items[i]; items[i] = items[j]; items[j] = t; }
  for (int a = i + 1, b = (int)n - 1; a < b; a++, b--)
    { int t = items[a]; items[a] = items[b]; items[b] = t; }

  return TRUE;
}

/* Tries every choice of days and every order of the sessions on them (at
 * most 35 × 24) and keeps the one that breaks no rule and costs least:
 * lifting on the long-run day, next to another lifting day, or right after
 * the long run costs; lifting on a rest day costs nothing. Returns the
 * number of rules the best placement still breaks, which only happens
 * when the week leaves no other choice. */
static guint
place_lifts (const DayRules *rules,
             LiftPlan       *plans,
             guint           n_plans)
{
  guint best_violations = G_MAXUINT;
  double best_cost = G_MAXDOUBLE;
  int best[4] = { 0 };

  if (n_plans == 0)
    return 0;

  for (guint mask = 0; mask < (1u << 7); mask++)
    {
      int days[4];
      guint n = 0;

      if ((guint)__builtin_popcount (mask) != n_plans)
        continue;

      for (int d = 0; d < 7; d++)
        {
          if (mask & (1u << d))
            days[n++] = d;
        }

      do
        {
          guint violations;
          double cost = placement_cost (rules, plans, n_plans, days, &violations);

          if (violations < best_violations ||
              (violations == best_violations && cost < best_cost))
            {
              best_violations = violations;
              best_cost = cost;
              memcpy (best, days, sizeof best);
            }
        }
      while (next_permutation (days, n_plans));
    }

  for (guint i = 0; i < n_plans; i++)
    plans[i].slot = best[i];

  return best_violations;
}

/* The week */

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  HyrSession *sa = *(HyrSession **)a;
  HyrSession *sb = *(HyrSession **)b;

  return g_date_time_compare (hyr_session_get_day (sa), hyr_session_get_day (sb));
}

static int
percent_change (double to,
                double from)
{
  return (int)round ((to / from - 1.0) * 100.0);
}

static void
add_warning_printf (HyrWeekPlan *plan,
                    const char  *format,
                    ...) G_GNUC_PRINTF (2, 3);

static void
add_warning_printf (HyrWeekPlan *plan,
                    const char  *format,
                    ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  _hyr_week_plan_add_warning (plan, text);
}

static void
add_summary_printf (HyrWeekPlan *plan,
                    const char  *format,
                    ...) G_GNUC_PRINTF (2, 3);

static void
add_summary_printf (HyrWeekPlan *plan,
                    const char  *format,
                    ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  _hyr_week_plan_add_summary (plan, text);
}

static guint
lift_sessions_in_phase (Context      *ctx,
                        HyrPlanPhase  phase,
                        int           to_race,
                        gboolean     *light)
{
  guint lift_days = hyr_profile_get_lift_days (ctx->profile);

  *light = FALSE;

  switch (phase)
    {
    case HYR_PLAN_PHASE_BASE:
    case HYR_PLAN_PHASE_BUILD:
      return MIN (lift_days, 3);
    case HYR_PLAN_PHASE_PEAK:
      return MIN (lift_days, 2);
    case HYR_PLAN_PHASE_TAPER:
      *light = TRUE;
      return to_race >= 1 ? MIN (lift_days, 1) : 0;
    case HYR_PLAN_PHASE_POST_RACE:
      *light = TRUE;
      return to_race == -1 ? 0 : MIN (lift_days, 2);
    case HYR_PLAN_PHASE_HYPERTROPHY:
    default:
      return lift_days;
    }
}

static HyrWeekPlan *
plan_one_week (Context  *ctx,
               int       week)
{
  HyrPlanner *self = ctx->planner;
  HyrProfile *profile = ctx->profile;
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(GDateTime) week_start = _hyr_date_at (ctx->zone, week, 0, 0);
  g_autoptr(GVariantBuilder) muscles = NULL;
  const WeekRecord *w1 = week_or_empty (ctx, week - 7);
  const WeekRecord *w2 = week_or_empty (ctx, week - 14);
  const WeekRecord *w3 = week_or_empty (ctx, week - 21);
  const WeekRecord *last[4];
  WeekRecord *record = week_at (ctx, week);
  HyrGoal goal = hyr_profile_get_goal (profile);
  HyrPlanPhase phase = phase_of (ctx, week);
  gboolean recovery = is_recovery_week (ctx, week);
  guint wave = wave_week (ctx, week);
  guint run_days = hyr_profile_get_run_days (profile);
  int to_race = ctx->race_week != 0 ? weeks_to_race (ctx, week) : G_MAXINT;
  gboolean race_week = ctx->race_week != 0 && to_race == 0;
  double base, two_weeks, volume, long_run, max4 = 0, sum4 = 0, nonzero4 = 0, max_long4 = 0;
  guint runs4 = 0, n_quality = 0;
  gboolean novice, spike, missed_runs, hold = FALSE, backoff = FALSE;
  double sets_per_muscle[N_MUSCLES] = { 0 };
  RunPlan runs[7];
  guint n_runs = 0;
  LiftPlan lifts[4] = { { { 0 } } };
  guint n_lifts;
  gboolean light_lifting;
  gboolean deload;
  int long_slot, week_weekday;
  double planned_distance = 0, run_time = 0, easy_time = 0;
  DayRules rules = { { 0 } };
  guint violations;
  g_autofree char *volume_text = NULL;
  g_autofree char *adaptation = NULL;

  last[0] = w1;
  last[1] = w2;
  last[2] = w3;
  last[3] = week_or_empty (ctx, week - 28);
  for (guint i = 0; i < 4; i++)
    {
      max4 = MAX (max4, last[i]->distance);
      sum4 += last[i]->distance;
      nonzero4 += last[i]->distance > 0;
      runs4 += last[i]->n_runs;
      max_long4 = MAX (max_long4, last[i]->long_run);
    }

  plan = _hyr_week_plan_new (week_start, phase, recovery, wave);

  novice = runs4 < NOVICE_RUNS;
  spike = w1->recorded && w1->ratio >= SPIKE_RATIO;
  missed_runs = w1->recorded && w1->n_runs < run_days;
  base = w1->recovery && w2->distance > 0 ? w2->distance : w1->distance;
  /* The 30 % limit over two weeks compares with the last full week before
   * last week; a recovery week two weeks back would make every return from
   * it look like a jump. */
  two_weeks = w2->recovery && w3->distance > 0 ? w3->distance : w2->distance;

  /* Phase */
  switch (phase)
    {
    case HYR_PLAN_PHASE_HYPERTROPHY:
      if (goal == HYR_GOAL_MARATHON)
        add_warning_printf (plan, "%s", _("The race date has passed: set the next race date, or switch the goal to hypertrophy."));
      add_summary_printf (plan, _("Hypertrophy block, week %u of the four-week 5/3/1 wave."), wave);
      break;
    case HYR_PLAN_PHASE_BASE:
      add_summary_printf (plan, _("Marathon base, %d weeks before the race: strength up to three times a week."),
                          to_race);
      break;
    case HYR_PLAN_PHASE_BUILD:
      add_summary_printf (plan, _("Marathon build, %d weeks before the race: the long run grows; strength two or three times a week with less lower-body assistance."),
                          to_race);
      break;
    case HYR_PLAN_PHASE_PEAK:
      add_summary_printf (plan, _("Marathon peak, %d weeks before the race: the longest long runs; strength twice a week to maintain, with no heavy legs before key runs."),
                          to_race);
      break;
    case HYR_PLAN_PHASE_TAPER:
      if (race_week)
        add_summary_printf (plan, "%s", _("Race week: running cut to 40 % of the peak week besides the race, keeping a short hard run and the number of runs; no strength session."));
      else
        add_summary_printf (plan, "%s", _("Taper: running cut to 55 % of the peak week, keeping the hard run and the number of runs (Bosquet 2007); one light strength session."));
      break;
    case HYR_PLAN_PHASE_POST_RACE:
      add_summary_printf (plan, "%s", _("After the race: easy running only while the legs recover."));
      break;
    default:
      g_assert_not_reached ();
    }

  if (recovery && phase != HYR_PLAN_PHASE_TAPER)
    add_summary_printf (plan, "%s", _("Recovery week (every fourth week): running at 70 % of the last full week, all runs easy, and the 5/3/1 deload."));

  /* Volume */
  if (phase == HYR_PLAN_PHASE_TAPER || phase == HYR_PLAN_PHASE_POST_RACE)
    {
      double peak = max4 > 0 ? max4 : run_days * INTRO_KM_PER_RUN_DAY;
      double factor = to_race == 1 ? TAPER_FIRST_WEEK : to_race == 0 ? TAPER_RACE_WEEK
                      : to_race == -1 ? 0.3 : 0.5;
      g_autofree char *peak_text = format_distance (self, peak);

      volume = factor * peak;
      volume_text = g_strdup_printf (_("Running volume is %d %% of the biggest of the last four weeks (%s)."),
                                     (int)round (factor * 100), peak_text);
    }
  else if (sum4 == 0)
    {
      g_autofree char *intro = format_distance (self, INTRO_KM_PER_RUN_DAY);

      volume = run_days * INTRO_KM_PER_RUN_DAY;
      volume_text = g_strdup_printf (_("No runs were recorded in the last four weeks, so running starts gently at %s per run day."),
                                     intro);
    }
  else if (w1->distance == 0)
    {
      g_autofree char *mean_text = NULL;

      volume = 0.9 * sum4 / nonzero4;
      mean_text = format_distance (self, sum4 / nonzero4);
      volume_text = g_strdup_printf (_("No runs were recorded last week, so running restarts at 90 %% of the average of the weeks with runs (%s)."),
                                     mean_text);
      adaptation = g_strdup (_("Last week no runs were recorded, so this week restarts below your usual volume instead of following the plan."));
    }
  else if (spike)
    {
      g_autofree char *last_text = format_distance (self, w1->distance);

      volume = MIN (w1->distance, sum4 / 4);
      hold = TRUE;
      backoff = TRUE;
      volume_text = g_strdup_printf (_("Running holds at %s or less after last week's load spike."),
                                     last_text);
      adaptation = g_strdup_printf (_("Last week's acute:chronic load ratio was %.2f, in the heuristic “danger” band (≥ 1.5): the week holds volume and swaps its hard run for an easy one."),
                                    w1->ratio);
      add_warning_printf (plan, _("Load spike: last week's acute:chronic load ratio was %.2f (≥ 1.5). The ratio is a criticised heuristic (Lolli 2019; Impellizzeri 2020), so look at the acute and chronic loads too; this week holds volume and drops its hard run."),
                          w1->ratio);
    }
  else
    {
      double ceiling = goal == HYR_GOAL_MARATHON ? MARATHON_CEILING
                       : MAX (run_days * HYPERTROPHY_KM_PER_DAY, max4);
      g_autofree char *base_text = format_distance (self, base);

      volume = base * WEEKLY_SOFT_LIMIT;
      if (two_weeks > 0)
        volume = MIN (volume, TWO_WEEK_LIMIT * two_weeks);
      if (volume > ceiling)
        {
          volume = MAX (ceiling, MIN (base, volume));
          hold = TRUE;
        }

      if (w1->recorded && w3->distance > 0 && w1->distance > TWO_WEEK_LIMIT * w3->distance)
        {
          volume = MIN (volume, w1->distance);
          hold = TRUE;
          backoff = TRUE;
          adaptation = g_strdup (_("Your running rose more than 30 % over the last two weeks, so this week adds no distance and swaps its hard run for an easy one."));
        }

      if (hold)
        volume_text = g_strdup_printf (_("Running holds near the last full week's %s."), base_text);
      else
        volume_text = g_strdup_printf (_("Running grows by up to 10 %% on the last full week's %s, and by no more than 30 %% over two weeks."),
                                       base_text);

      if (missed_runs && adaptation == NULL)
        {
          g_autofree char *done = format_distance (self, w1->distance);

          adaptation = g_strdup_printf (ngettext ("Last week %u run of the %u planned was recorded (%s), so this week builds on what you ran, not on the plan.",
                                                  "Last week %u runs of the %u planned were recorded (%s), so this week builds on what you ran, not on the plan.",
                                                  w1->n_runs),
                                        w1->n_runs, run_days, done);
        }
    }

  if (recovery && sum4 > 0 && phase != HYR_PLAN_PHASE_TAPER && phase != HYR_PLAN_PHASE_POST_RACE)
    volume = RECOVERY_VOLUME * (base > 0 ? base : volume);

  _hyr_week_plan_add_summary (plan, volume_text);
  _hyr_week_plan_add_summary (plan, adaptation);

  /* Recorded rises */
  if (w1->recorded && w2->distance > 0 && w1->distance > WEEKLY_SOFT_LIMIT * w2->distance)
    {
      g_autofree char *from = format_distance (self, w2->distance);
      g_autofree char *to = format_distance (self, w1->distance);

      add_warning_printf (plan, _("Your running distance rose %d %% last week (%s → %s). More than 10 %% a week is a soft warning sign, though the 10 %% rule itself showed no injury benefit in a trial (Buist 2008)."),
                          percent_change (w1->distance, w2->distance), from, to);
    }

  if (w1->recorded && w3->distance > 0 && w1->distance > TWO_WEEK_LIMIT * w3->distance)
    {
      g_autofree char *from = format_distance (self, w3->distance);
      g_autofree char *to = format_distance (self, w1->distance);

      add_warning_printf (plan, _("Your running distance rose %d %% over two weeks (%s → %s). Above 30 %% over two weeks, injuries rose in novice runners (Nielsen 2014): this week adds no distance."),
                          percent_change (w1->distance, w3->distance), from, to);
    }

  /* Hard runs */
  /* The taper keeps its intensity even in the week that is also the
   * deload week. */
  if ((!recovery || phase == HYR_PLAN_PHASE_TAPER) && !novice && !backoff &&
      phase != HYR_PLAN_PHASE_POST_RACE)
    {
      /* A second hard run only fits when at most one heavy leg session has
       * to stay 48 h away from three key runs. */
      n_quality = 1;
      if (run_days >= 5 && hyr_profile_get_lift_days (profile) <= 1 && !race_week &&
          phase != HYR_PLAN_PHASE_TAPER)
        n_quality = 2;
    }

  /* Run days */
  week_weekday = g_date_time_get_day_of_week (week_start);
  long_slot = floor_mod (hyr_profile_get_long_run_day (profile) - week_weekday, 7);

  if (race_week)
    {
      int race_slot = ctx->race - week;
      static const int before_race[] = { 2, 4, 6, 3, 5 };

      runs[n_runs++] = (RunPlan) { race_slot, HYR_RUN_KIND_RACE, MARATHON_DISTANCE, g_string_new (NULL) };
      for (guint i = 0; i < G_N_ELEMENTS (before_race) && n_runs < run_days; i++)
        {
          if (race_slot - before_race[i] >= 0)
            runs[n_runs++] = (RunPlan) { race_slot - before_race[i], HYR_RUN_KIND_EASY, 0,
                                         g_string_new (NULL) };
        }

      /* The earliest run before the race keeps some intensity. */
      if (n_runs > 1 && n_quality > 0)
        {
          guint earliest = 1;

          for (guint i = 2; i < n_runs; i++)
            if (runs[i].slot < runs[earliest].slot)
              earliest = i;
          runs[earliest].kind = HYR_RUN_KIND_TEMPO;
        }

      if (n_runs < run_days)
        add_summary_printf (plan, ngettext ("The race comes early in the week, so only %u run fits before it.",
                                            "The race comes early in the week, so only %u runs fit before it.",
                                            n_runs - 1),
                            n_runs - 1);

      long_slot = race_slot;
    }
  else
    {
      const RunPattern *pattern = &run_patterns[run_days - 2];
      int index = week_index (ctx, week);

      for (guint i = 0; i < run_days; i++)
        {
          int offset = pattern->offsets[i];
          HyrRunKind kind = HYR_RUN_KIND_EASY;

          if (offset == 0)
            kind = HYR_RUN_KIND_LONG;
          else if (offset == 1)
            kind = HYR_RUN_KIND_RECOVERY;

          for (guint q = 0; q < n_quality; q++)
            if (pattern->quality[q] == offset)
              kind = quality_rotation[floor_mod (index + (int)q, G_N_ELEMENTS (quality_rotation))];

          runs[n_runs++] = (RunPlan) { floor_mod (long_slot + offset, 7), kind, 0, g_string_new (NULL) };
        }
    }

  /* Distances */
  {
    double share = run_days == 2 ? 0.5 : run_days == 3 ? 0.4 : 0.3;
    double quality_share = run_days == 2 ? 0.4 : n_quality == 2 ? 0.15 : 0.2;
    double rest, weights = 0;

    long_run = share * volume;
    if (goal == HYR_GOAL_MARATHON && !recovery &&
        (phase == HYR_PLAN_PHASE_BASE || phase == HYR_PLAN_PHASE_BUILD || phase == HYR_PLAN_PHASE_PEAK))
      {
        double previous_long = (w1->recovery && w2->long_run > 0) ? w2->long_run : w1->long_run;
        double target = previous_long > 0 ? previous_long + LONG_RUN_STEP : long_run;

        long_run = MIN (MAX (long_run, target), PEAK_LONG_RUN);
        long_run = MIN (long_run, 0.5 * MAX (volume, long_run));
        volume = MAX (volume, long_run / 0.5);
      }
    else if (goal == HYR_GOAL_MARATHON && recovery && phase != HYR_PLAN_PHASE_TAPER &&
             phase != HYR_PLAN_PHASE_POST_RACE && w1->long_run > 0)
      {
        /* A marathon's recovery week shortens the long run instead of
         * dropping it to a share of a smaller week. */
        long_run = MIN (RECOVERY_VOLUME * w1->long_run, 0.5 * volume);
      }
    else if (phase == HYR_PLAN_PHASE_TAPER && !race_week && max_long4 > 0)
      {
        long_run = MIN (TAPER_LONG_RUN * max_long4, 0.5 * volume);
      }

    rest = volume - (race_week ? 0 : long_run);
    for (guint i = 0; i < n_runs; i++)
      {
        switch (runs[i].kind)
          {
          case HYR_RUN_KIND_LONG:
            runs[i].distance = long_run;
            break;
          case HYR_RUN_KIND_RACE:
            break;
          case HYR_RUN_KIND_TEMPO:
          case HYR_RUN_KIND_INTERVAL:
          case HYR_RUN_KIND_HILL:
            runs[i].distance = quality_share * volume;
            rest -= runs[i].distance;
            break;
          case HYR_RUN_KIND_RECOVERY:
            weights += 0.7;
            break;
          case HYR_RUN_KIND_EASY:
          default:
            weights += 1.0;
            break;
          }
      }

    for (guint i = 0; i < n_runs; i++)
      {
        if (runs[i].kind == HYR_RUN_KIND_EASY)
          runs[i].distance = weights > 0 ? MAX (rest, 0) / weights : 0;
        else if (runs[i].kind == HYR_RUN_KIND_RECOVERY)
          runs[i].distance = weights > 0 ? 0.7 * MAX (rest, 0) / weights : 0;

        /* Shorter than 2 km, a run is hardly worth lacing up for; the
         * race has its own distance. */
        if (runs[i].kind != HYR_RUN_KIND_RACE)
          runs[i].distance = round (MAX (runs[i].distance, MIN_RUN) / 100.0) * 100.0;
        planned_distance += runs[i].distance;
        run_time += runs[i].distance * ctx->easy_pace * pace_factor (runs[i].kind);
        easy_time += runs[i].distance * ctx->easy_pace * pace_factor (runs[i].kind)
                     * (1 - hard_share (runs[i].kind));
      }
  }

  /* The plan's own rise, against the last full week. */
  if (base > 0 && !race_week && planned_distance > WEEKLY_SOFT_LIMIT * base * 1.005)
    {
      g_autofree char *from = format_distance (self, base);
      g_autofree char *to = format_distance (self, planned_distance);

      add_warning_printf (plan, _("This week's plan is %d %% above your last full week (%s → %s), because every run needs at least 2 km or the long run has to grow."),
                          percent_change (planned_distance, base), from, to);
    }
  if (two_weeks > 0 && !race_week && planned_distance > TWO_WEEK_LIMIT * two_weeks * 1.005)
    {
      g_autofree char *from = format_distance (self, two_weeks);
      g_autofree char *to = format_distance (self, planned_distance);

      add_warning_printf (plan, _("This week's plan is %d %% above the full week two weeks ago (%s → %s), more than the 30 %% over two weeks that raised injuries in novices (Nielsen 2014). Consider shortening the easy runs."),
                          percent_change (planned_distance, two_weeks), from, to);
    }

  /* Strength sessions */
  n_lifts = lift_sessions (ctx, week, lift_sessions_in_phase (ctx, phase, to_race, &light_lifting),
                           lifts);
  deload = recovery || light_lifting;

  for (guint i = 0; i < n_lifts; i++)
    {
      lifts[i].heavy = FALSE;
      for (guint l = 0; l < lifts[i].n_lifts; l++)
        lifts[i].heavy |= is_lower_lift (lifts[i].lifts[l]) && !deload;
    }

  for (guint i = 0; i < n_runs; i++)
    {
      int slot = runs[i].slot;

      rules.run[slot] = TRUE;
      if (is_key_run (runs[i].kind))
        {
          rules.key[slot] = TRUE;
          rules.no_heavy[floor_mod (slot - 1, 7)] = TRUE;
          rules.no_heavy[floor_mod (slot - 2, 7)] = TRUE;
        }
      if (runs[i].kind == HYR_RUN_KIND_LONG || runs[i].kind == HYR_RUN_KIND_RACE)
        {
          rules.long_run[slot] = TRUE;
          rules.no_lift[floor_mod (slot - 1, 7)] = TRUE;
        }
    }

  /* In race week nothing follows the race within the week. */
  if (race_week)
    for (int slot = ctx->race - week + 1; slot < 7; slot++)
      rules.no_lift[slot] = TRUE;

  violations = place_lifts (&rules, lifts, n_lifts);
  if (violations > 0)
    add_warning_printf (plan, "%s", _("The run and lift days leave no placement that keeps heavy legs 48 h away from every hard run and free the day before the long run; consider fewer lift or run days."));

  /* Main lifts, Boring But Big, accessories */
  {
    gboolean lower_assistance_cut = phase == HYR_PLAN_PHASE_BUILD || phase == HYR_PLAN_PHASE_PEAK;
    double increment = hyr_profile_get_plate_increment (profile);
    gboolean missing_tm[HYR_LIFT_OVERHEAD_PRESS + 1] = { FALSE };

    for (guint i = 0; i < n_lifts; i++)
      {
        LiftPlan *lp = &lifts[i];

        for (guint l = 0; l < lp->n_lifts; l++)
          {
            HyrLift lift = lp->lifts[l];
            const Movement *movement = &main_movements[lift];
            g_autofree char *note = NULL;
            g_autofree char *tm_text = NULL;
            g_autoptr(GPtrArray) sets = NULL;
            guint cycle;
            double tm = training_max_for (ctx, lift, week, &cycle, &note);
            guint sets_wave = light_lifting ? 4 : wave;

            sets = hyr_five_three_one_sets (tm, sets_wave, increment);
            add_exercise (self, lp, sets_per_muscle, movement, _(movement->name), lift, sets);

            if (tm > 0)
              {
                g_autofree char *sentence = NULL;

                tm_text = format_mass (self, tm);
                if (note != NULL)
                  sentence = g_strdup_printf (_("%s: training max %s, %s."),
                                              _(movement->name), tm_text, note);
                else
                  sentence = g_strdup_printf (_("%s: training max %s."), _(movement->name), tm_text);
                append_sentence (lp->reason, sentence);
              }
            else
              {
                missing_tm[lift] = TRUE;
              }

            if (deload)
              continue;

            if (phase == HYR_PLAN_PHASE_PEAK && is_lower_lift (lift))
              continue;

            {
              g_autoptr(GPtrArray) bbb = hyr_five_three_one_bbb_sets (tm, cycle,
                                                                      hyr_profile_get_lifting_novice (profile),
                                                                      increment);
              g_autofree char *name = g_strdup_printf (_("%s, Boring But Big"), _(movement->name));

              if (lower_assistance_cut && is_lower_lift (lift))
                g_ptr_array_set_size (bbb, 3);

              add_exercise (self, lp, sets_per_muscle, movement, name, HYR_LIFT_NONE, bbb);
            }
          }
      }

    for (int lift = HYR_LIFT_SQUAT; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
      {
        if (missing_tm[lift])
          add_warning_printf (plan, _("No training max for “%s”: enter a tested or estimated one-rep max in the profile to get weights (the training max is 90 %% of it)."),
                              _(main_movements[lift].name));
      }

    if (!deload)
      for (guint i = 0; i < n_lifts; i++)
        add_accessories (self, &lifts[i], sets_per_muscle,
                         !lower_assistance_cut && phase != HYR_PLAN_PHASE_TAPER);

    for (guint i = 0; i < n_lifts; i++)
      {
        LiftPlan *lp = &lifts[i];

        if (deload)
          {
            append_sentence (lp->reason, light_lifting
                             ? _("Light session at deload loads (40/50/60 %), no assistance: the legs are kept for running.")
                             : _("Deload week (with the recovery week): 40/50/60 % × 5 and no assistance work."));
          }
        else
          {
            g_autofree char *sentence =
              g_strdup_printf (_("5/3/1 week %u with Boring But Big (5 × 10) for size."), wave);

            append_sentence (lp->reason, sentence);
            if (lower_assistance_cut && lp->focus != HYR_LIFT_FOCUS_UPPER)
              append_sentence (lp->reason, phase == HYR_PLAN_PHASE_PEAK
                               ? _("In the marathon peak, lower-body lifting is the main sets only.")
                               : _("In the marathon build, lower-body assistance is cut to 3 × 10."));
          }
      }
  }

  /* Run sessions and their reasons */
  {
    GDateWeekday long_weekday = g_date_time_get_day_of_week (week_start);
    int index = week_index (ctx, week);
    HyrRunKind this_quality = quality_rotation[floor_mod (index, G_N_ELEMENTS (quality_rotation))];
    HyrRunKind last_quality = quality_rotation[floor_mod (index - 1, G_N_ELEMENTS (quality_rotation))];
    int easy_percent = run_time > 0 ? (int)round (100 * easy_time / run_time) : 100;

    long_weekday = floor_mod (long_weekday - 1 + long_slot, 7) + 1;

    for (guint i = 0; i < n_runs; i++)
      {
        RunPlan *rp = &runs[i];
        GString *why = rp->reason;

        switch (rp->kind)
          {
          case HYR_RUN_KIND_LONG:
            g_string_append_printf (why, _("The long run sits on your long-run day, %s."),
                                    weekday_name (long_weekday));
            if (goal == HYR_GOAL_MARATHON && (phase == HYR_PLAN_PHASE_BASE ||
                                              phase == HYR_PLAN_PHASE_BUILD ||
                                              phase == HYR_PLAN_PHASE_PEAK) && !recovery)
              g_string_append (why, _(" It grows by at most 1.6 km a week toward 32 km at the peak, and stays at most half of the week's distance."));
            else if (phase == HYR_PLAN_PHASE_TAPER)
              g_string_append (why, _(" In the taper it shrinks to 60 % of the longest recent long run."));
            else
              g_string_append (why, _(" Conversational pace: time on the feet builds endurance without eating into recovery."));
            break;
          case HYR_RUN_KIND_RACE:
            g_string_append (why, _("Race day. Start at the pace you trained for and keep the first half even."));
            break;
          case HYR_RUN_KIND_TEMPO:
          case HYR_RUN_KIND_INTERVAL:
          case HYR_RUN_KIND_HILL:
            if (race_week)
              g_string_append (why, _("A short hard run early in race week keeps the intensity while the volume drops."));
            else
              g_string_append_printf (why, _("The week's hard run; its kind alternates between intervals, hills and tempo from week to week (last week: %s). It is at least two days from the long run."),
                                      run_kind_noun (last_quality));
            if (rp->kind == HYR_RUN_KIND_INTERVAL)
              g_string_append (why, _(" Fast repeats recruit fast-twitch fibres, the ones that grow most."));
            g_string_append_printf (why, _(" About 80 %% of running time stays easy: %d %% this week."),
                                    easy_percent);
            break;
          case HYR_RUN_KIND_RECOVERY:
            g_string_append (why, _("A short recovery run the day after the long run, at a conversational pace."));
            break;
          case HYR_RUN_KIND_EASY:
          default:
            g_string_append (why, _("Easy, conversational pace: most running should be easy (about 80 % of the time) so that the legs have something left for lifting."));
            if (backoff && !recovery && pattern_has_quality (run_days, rp->slot, long_slot))
              {
                g_string_append_c (why, ' ');
                g_string_append_printf (why, _("This would have been the week's hard run (%s), but the week holds back."),
                                        run_kind_noun (this_quality));
              }
            else if (novice && !recovery && pattern_has_quality (run_days, rp->slot, long_slot))
              {
                g_string_append_c (why, ' ');
                g_string_append (why, _("Hard runs wait until a base is built: fewer than six runs were recorded in the last four weeks."));
              }
            break;
          }

        if (recovery && rp->kind != HYR_RUN_KIND_LONG && rp->kind != HYR_RUN_KIND_RECOVERY &&
            phase != HYR_PLAN_PHASE_TAPER)
          g_string_append (why, _(" Recovery week: no hard running."));

        if (adaptation != NULL && (rp->kind == HYR_RUN_KIND_LONG || rp->kind == HYR_RUN_KIND_RACE ||
                                   (backoff && pattern_has_quality (run_days, rp->slot, long_slot))))
          {
            g_string_append_c (why, ' ');
            g_string_append (why, adaptation);
          }
      }
  }

  /* Strength session reasons: placement */
  for (guint i = 0; i < n_lifts; i++)
    {
      LiftPlan *lp = &lifts[i];
      GString *why = lp->reason;
      g_autoptr(GString) placement = g_string_new (NULL);

      if (lp->heavy)
        g_string_append (placement, _("Heavy lower-body work: no interval, tempo, hill or long run follows within 48 h, and no lifting happens the day before the long run."));
      else
        g_string_append (placement, _("Upper-body and light work is flexible; only the day before the long run stays free of lifting."));

      if (rules.run[lp->slot])
        {
          g_string_append_c (placement, ' ');
          g_string_append_printf (placement, _("On a day with a run, the lift comes after it, %d h later: at least 6 h between running and lifting limits the interference (Robineau 2016)."),
                                  LIFT_HOUR - (rules.long_run[lp->slot] ? LONG_RUN_HOUR : RUN_HOUR));
        }

      append_sentence (why, placement->str);
    }

  /* Sessions, in order */
  {
    g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n_runs; i++)
      {
        RunPlan *rp = &runs[i];
        int hour = rp->kind == HYR_RUN_KIND_LONG || rp->kind == HYR_RUN_KIND_RACE ? LONG_RUN_HOUR : RUN_HOUR;
        g_autoptr(GDateTime) day = _hyr_date_at (ctx->zone, week + rp->slot, hour, 0);
        g_autofree char *distance = format_distance (self, rp->distance);
        g_autofree char *title = g_strdup_printf (_("%s, %s"), run_kind_title (rp->kind), distance);
        double duration = rp->distance * ctx->easy_pace * pace_factor (rp->kind);
        g_autoptr(HyrSession) session = _hyr_session_new_run (day, rp->kind, rp->distance,
                                                              round (duration / 60) * 60, title);
        g_autofree char *shoe_reason = NULL;
        g_autoptr(HyrShoe) shoe = hyr_shoe_rotation_suggest (ctx->rotation, rp->kind,
                                                             rp->distance, day, &shoe_reason);

        _hyr_session_add_reason (session, rp->reason->str);
        _hyr_session_set_shoe (session, shoe != NULL ? hyr_shoe_get_gear_id (shoe) : NULL,
                               shoe_reason);
        g_ptr_array_add (sessions, g_steal_pointer (&session));
      }

    for (guint i = 0; i < n_lifts; i++)
      {
        LiftPlan *lp = &lifts[i];
        g_autoptr(GDateTime) day = _hyr_date_at (ctx->zone, week + lp->slot, LIFT_HOUR, 0);
        g_autoptr(HyrSession) session = NULL;
        g_autofree char *title = NULL;
        const char *focus;
        guint n_sets = 0;

        switch (lp->focus)
          {
          case HYR_LIFT_FOCUS_UPPER:
            focus = _("Upper body");
            break;
          case HYR_LIFT_FOCUS_LOWER:
            focus = _("Lower body");
            break;
          case HYR_LIFT_FOCUS_FULL:
          case HYR_LIFT_FOCUS_NONE:
          default:
            focus = _("Full body");
            break;
          }

        if (lp->n_lifts == 2)
          title = g_strdup_printf (_("%s: %s and %s"), focus, lift_name (lp->lifts[0]),
                                   lift_name (lp->lifts[1]));
        else
          title = g_strdup_printf (_("%s: %s"), focus, lift_name (lp->lifts[0]));

        for (guint e = 0; e < lp->exercises->len; e++)
          n_sets += hyr_exercise_get_sets (g_ptr_array_index (lp->exercises, e))->len;

        /* A warm-up, then about 2.5 min per set with its rest. */
        session = _hyr_session_new_lift (day, lp->focus, 600 + 150 * n_sets, lp->heavy, title);
        for (guint e = 0; e < lp->exercises->len; e++)
          _hyr_session_add_exercise (session, g_ptr_array_index (lp->exercises, e));
        _hyr_session_add_reason (session, g_strstrip (lp->reason->str));
        g_ptr_array_add (sessions, g_steal_pointer (&session));
      }

    g_ptr_array_sort (sessions, compare_sessions);
    for (guint i = 0; i < sessions->len; i++)
      _hyr_week_plan_add_session (plan, g_ptr_array_index (sessions, i));
  }

  /* Totals and their warnings */
  muscles = g_variant_builder_new (G_VARIANT_TYPE ("a{sd}"));
  for (guint i = 0; i < N_MUSCLES; i++)
    g_variant_builder_add (muscles, "{sd}", tracked_muscles[i], sets_per_muscle[i]);
  _hyr_week_plan_set_totals (plan, planned_distance, run_time > 0 ? easy_time / run_time : 1,
                             g_variant_builder_end (muscles));

  if (!race_week && run_time > 0 && easy_time / run_time < 0.75)
    add_warning_printf (plan, _("Only %d %% of this week's running time is easy; about 80 %% is the aim (Stöggl & Sperlich 2014)."),
                        (int)round (100 * easy_time / run_time));

  if (n_lifts == 0 && goal == HYR_GOAL_HYPERTROPHY)
    add_warning_printf (plan, "%s", _("No strength sessions are planned: growing muscle needs resistance training. Set lift days in the profile."));

  if (n_lifts > 0 && !deload)
    {
      g_autoptr(GString) low = g_string_new (NULL);
      g_autoptr(GString) high = g_string_new (NULL);

      for (guint i = 0; i < N_MUSCLES; i++)
        {
          GString *list = sets_per_muscle[i] < MIN_SETS ? low
                          : sets_per_muscle[i] > MAX_SETS ? high : NULL;

          if (list == NULL)
            continue;
          if (list->len > 0)
            g_string_append (list, ", ");
          g_string_append_printf (list, "%s %g", tracked_muscles[i], sets_per_muscle[i]);
        }

      if (low->len > 0)
        add_warning_printf (plan, _("Below 10 hard sets this week, the least that grows a muscle (Schoenfeld 2017): %s."),
                            low->str);
      if (high->len > 0)
        add_warning_printf (plan, _("Above 20 hard sets this week, more than the 12–20 that trained lifters grow on: %s."),
                            high->str);
    }

  /* A week still to come feeds the plan of the next one. */
  if (record != NULL && !record->recorded)
    {
      record->distance = planned_distance;
      record->run_time = run_time;
      record->n_runs = n_runs;
      record->n_lifts = n_lifts;
      record->long_run = 0;
      for (guint i = 0; i < n_runs; i++)
        if (runs[i].kind != HYR_RUN_KIND_RACE)
          record->long_run = MAX (record->long_run, runs[i].distance);
    }

  for (guint i = 0; i < n_runs; i++)
    g_string_free (runs[i].reason, TRUE);
  for (guint i = 0; i < n_lifts; i++)
    lift_plan_clear (&lifts[i]);

  return g_steal_pointer (&plan);
}

/* The object */

static void
hyr_planner_dispose (GObject *object)
{
  HyrPlanner *self = (HyrPlanner *)object;

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

  if (g_strcmp0 (self->distance_unit, unit) == 0)
    return;

  g_free (self->distance_unit);
  self->distance_unit = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISTANCE_UNIT]);
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

  if (g_strcmp0 (self->mass_unit, unit) == 0)
    return;

  g_free (self->mass_unit);
  self->mass_unit = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MASS_UNIT]);
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
  g_auto(Context) ctx = { 0 };
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

  ctx.weeks = g_array_new (FALSE, TRUE, sizeof (WeekRecord));
  ctx.lift_log = hyr_lift_log_new (self->state);
  ctx.classifier = hyr_run_classifier_new (self->state);
  ctx.rotation = hyr_shoe_rotation_new (self->store, self->state);
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
