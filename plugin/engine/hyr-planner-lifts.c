/* hyr-planner-lifts.c — the strength work of a planned week: sessions and
 * their main lifts, days that respect the runs, 5/3/1 with Boring But Big
 * and accessories, sets per muscle, and why
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-planner"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-enum-private.h"
#include "hyr-exercise-private.h"
#include "hyr-lift-log-private.h"
#include "hyr-planner-draft.h"
#include "hyr-planner-lifts.h"
#include "hyr-sentence-private.h"
#include "hyr-session-private.h"
#include "hyr-units-private.h"
#include "hyr-week-plan-private.h"

#define MIN_SETS            10.0
#define MAX_SETS            20.0
/* Assistance by double progression (DOMAIN.md): 3 sets of 8–12 reps,
 * 2 reps in reserve (1–3). */
#define ACCESSORY_SETS      3
#define ACCESSORY_REPS      8
#define ACCESSORY_REPS_MAX  12
#define ACCESSORY_RIR       2.0
#define MAX_ACCESSORIES     3

/* Movements and the muscles they train */

typedef struct
{
  const char *name;
  HyrLift     lift;
  gboolean    lower;
  const char *muscles[4];
  const char *secondary[4];
  gboolean    dumbbell;         /* loads go up by the dumbbell step */
} Movement;

static const char * const tracked_muscles[] = {
  "chest", "back", "shoulders", "biceps", "triceps", "quadriceps", "hamstrings", "glutes",
};

G_STATIC_ASSERT (G_N_ELEMENTS (tracked_muscles) == N_MUSCLES);

/* The muscles as the warnings name them inside a sentence, in the order
 * of tracked_muscles; hyr_muscle_get_name() has the names that stand
 * alone, which many languages capitalise differently. */
static const char * const muscles_in_sentence[] = {
  NC_("muscle in a sentence", "chest"),
  NC_("muscle in a sentence", "back"),
  NC_("muscle in a sentence", "shoulders"),
  NC_("muscle in a sentence", "biceps"),
  NC_("muscle in a sentence", "triceps"),
  NC_("muscle in a sentence", "quadriceps"),
  NC_("muscle in a sentence", "hamstrings"),
  NC_("muscle in a sentence", "glutes"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (muscles_in_sentence) == N_MUSCLES);

/* Indexed by HyrLift; hyr_lift_get_name() names them. */
static const Movement main_movements[] = {
  { NULL, HYR_LIFT_NONE, FALSE, { NULL }, { NULL } },
  { NULL, HYR_LIFT_SQUAT, TRUE, { "quadriceps", "glutes", NULL }, { "hamstrings", NULL } },
  { NULL, HYR_LIFT_DEADLIFT, TRUE, { "hamstrings", "glutes", "back" }, { "quadriceps", NULL } },
  { NULL, HYR_LIFT_BENCH_PRESS, FALSE, { "chest", NULL }, { "triceps", "shoulders", NULL } },
  { NULL, HYR_LIFT_OVERHEAD_PRESS, FALSE, { "shoulders", NULL }, { "triceps", NULL } },
};

static const Movement accessories[] = {
  { N_("Chin-up"), HYR_LIFT_NONE, FALSE, { "back", NULL }, { "biceps", NULL } },
  { N_("Dip"), HYR_LIFT_NONE, FALSE, { "chest", "triceps", NULL }, { "shoulders", NULL } },
  { N_("Dumbbell row"), HYR_LIFT_NONE, FALSE, { "back", NULL }, { "biceps", NULL }, TRUE },
  { N_("Lateral raise"), HYR_LIFT_NONE, FALSE, { "shoulders", NULL }, { NULL }, TRUE },
  { N_("Barbell curl"), HYR_LIFT_NONE, FALSE, { "biceps", NULL }, { NULL } },
  { N_("Triceps extension"), HYR_LIFT_NONE, FALSE, { "triceps", NULL }, { NULL } },
  { N_("Walking lunge"), HYR_LIFT_NONE, TRUE, { "quadriceps", "glutes", NULL }, { "hamstrings", NULL } },
  { N_("Leg curl"), HYR_LIFT_NONE, TRUE, { "hamstrings", NULL }, { NULL } },
};

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

/* Counts @n_sets for the muscles @movement trains, half for the ones it
 * trains indirectly. */
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

/* The marathon build and peak keep the legs for running. */
static gboolean
cuts_lower_assistance (const WeekDraft *draft)
{
  return draft->phase == HYR_PLAN_PHASE_BUILD || draft->phase == HYR_PLAN_PHASE_PEAK;
}

/* 5/3/1 training maxes */

/* The training max of @lift in the week starting on @week: the profile's
 * value from the cycle in which it was entered, then for each later cycle
 * +2.5/+5 kg when its logged AMRAP sets were made, 90 % after a miss,
 * unchanged for a past cycle without any logged result, and projected
 * with the increment for cycles not finished yet. */
static double
training_max_for (PlannerContext  *ctx,
                  HyrLift          lift,
                  int              week,
                  guint           *cycle_number,
                  char           **note)
{
  double tm = hyr_profile_get_training_max (ctx->profile, lift);
  GDateTime *since = hyr_profile_get_training_max_since (ctx->profile, lift);
  int cycle = floor_div (week_index (ctx, week), 4);
  int first_cycle = cycle;
  int reset_cycle = G_MAXINT;

  *note = NULL;

  if (since != NULL)
    first_cycle = MIN (cycle, floor_div (week_index (ctx, _hyr_julian_day (since)), 4));
  if (ctx->lift_restart != 0 && since != NULL && _hyr_julian_day (since) < ctx->lift_restart &&
      week >= ctx->lift_restart)
    reset_cycle = floor_div (week_index (ctx, ctx->lift_restart), 4);

  *cycle_number = (guint)MAX (1, cycle - first_cycle + 1);

  if (tm <= 0)
    return 0;

  for (int c = first_cycle; c <= cycle; c++)
    {
      int from = ctx->anchor + 28 * c;
      g_autoptr(GDateTime) from_date = _hyr_date_at (ctx->zone, from, 0, 0);
      g_autoptr(GDateTime) to_date = _hyr_date_at (ctx->zone, from + 28, 0, 0);
      g_autofree char *before = _hyr_units_format_mass (tm, ctx->mass_unit);
      guint made, missed;

      /* Back after three weeks or more without lifting: the first cycle
       * restarts at 90 % of the old training max (Wendler). */
      if (c == reset_cycle)
        {
          tm = hyr_five_three_one_progress (lift, tm, 0, 1);
          g_free (*note);
          *note = g_strdup_printf (_("reset from %s to 90 %% because three weeks or more passed without a strength session"),
                                   before);
          if (c == cycle)
            break;
          g_clear_pointer (&before, g_free);
          before = _hyr_units_format_mass (tm, ctx->mass_unit);
        }
      if (c == cycle)
        break;

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

/* Sessions and their main lifts */

static void
lift_plan_init (LiftPlan     *plan,
                HyrLiftFocus  focus,
                HyrLift       first,
                HyrLift       second)
{
  plan->focus = focus;
  plan->lifts[0] = first;
  plan->lifts[1] = second;
  plan->lifts[2] = plan->lifts[3] = HYR_LIFT_NONE;
  plan->n_lifts = first == HYR_LIFT_NONE ? 0 : second != HYR_LIFT_NONE ? 2 : 1;
  plan->light = FALSE;
  plan->slot = -1;
  plan->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  plan->reason = NULL;
  plan->key = NULL;
  plan->moved_to = -1;
}

/* Strength 2–3 times a week in a marathon's base and build, twice in the
 * peak, one light session in the first taper week and none in race week,
 * light twice a week after the race once the legs had a week off. */
static guint
lift_sessions_in_phase (WeekDraft *draft)
{
  guint lift_days = hyr_profile_get_lift_days (draft->ctx->profile);

  draft->light_lifting = FALSE;

  switch (draft->phase)
    {
    case HYR_PLAN_PHASE_BASE:
    case HYR_PLAN_PHASE_BUILD:
      return MIN (lift_days, 3);
    case HYR_PLAN_PHASE_PEAK:
      return MIN (lift_days, 2);
    case HYR_PLAN_PHASE_TAPER:
      draft->light_lifting = TRUE;
      return draft->to_race >= 1 ? MIN (lift_days, 1) : 0;
    case HYR_PLAN_PHASE_POST_RACE:
      draft->light_lifting = TRUE;
      return draft->to_race == -1 ? 0 : MIN (lift_days, 2);
    case HYR_PLAN_PHASE_HYPERTROPHY:
    default:
      return lift_days;
    }
}

/* The week's strength sessions and their main lifts, so that every main
 * lift is trained every week and goes through its own wave in order, the
 * deload falling in the running recovery week: four days give each lift
 * its day; three days pair a lower with an upper lift twice and add an
 * upper-body assistance day; two days pair them (or, where the runs leave
 * room for one heavy-legs day only, squat with deadlift and bench with
 * press: see pair_lower_lifts ()); one day holds all four.
 * A session with a lower-body lift is heavy outside deloads. */
static void
choose_lift_sessions (WeekDraft *draft)
{
  static const HyrLift order[] = {
    HYR_LIFT_SQUAT, HYR_LIFT_BENCH_PRESS, HYR_LIFT_DEADLIFT, HYR_LIFT_OVERHEAD_PRESS,
  };
  LiftPlan *plans = draft->lifts;

  draft->n_lifts = lift_sessions_in_phase (draft);
  draft->deload = draft->recovery || draft->light_lifting;

  switch (draft->n_lifts)
    {
    case 4:
      for (guint k = 0; k < 4; k++)
        lift_plan_init (&plans[k], focus_of (order[k]), order[k], HYR_LIFT_NONE);
      break;
    case 3:
      lift_plan_init (&plans[0], HYR_LIFT_FOCUS_FULL, HYR_LIFT_SQUAT, HYR_LIFT_BENCH_PRESS);
      lift_plan_init (&plans[1], HYR_LIFT_FOCUS_FULL, HYR_LIFT_DEADLIFT, HYR_LIFT_OVERHEAD_PRESS);
      lift_plan_init (&plans[2], HYR_LIFT_FOCUS_UPPER, HYR_LIFT_NONE, HYR_LIFT_NONE);
      break;
    case 2:
      lift_plan_init (&plans[0], HYR_LIFT_FOCUS_FULL, HYR_LIFT_SQUAT, HYR_LIFT_BENCH_PRESS);
      lift_plan_init (&plans[1], HYR_LIFT_FOCUS_FULL, HYR_LIFT_DEADLIFT, HYR_LIFT_OVERHEAD_PRESS);
      break;
    case 1:
      lift_plan_init (&plans[0], HYR_LIFT_FOCUS_FULL, HYR_LIFT_SQUAT, HYR_LIFT_BENCH_PRESS);
      plans[0].lifts[2] = HYR_LIFT_DEADLIFT;
      plans[0].lifts[3] = HYR_LIFT_OVERHEAD_PRESS;
      plans[0].n_lifts = 4;
      break;
    case 0:
      break;
    default:
      g_assert_not_reached ();
    }

  for (guint i = 0; i < draft->n_lifts; i++)
    {
      plans[i].heavy = FALSE;
      for (guint l = 0; l < plans[i].n_lifts; l++)
        plans[i].heavy |= is_lower_lift (plans[i].lifts[l]) && !draft->deload;
    }
}

/* "Full body: Squat and Bench press" */
static char *
lift_plan_title (const LiftPlan *plan)
{
  const char *focus = hyr_lift_focus_get_name (plan->focus);

  if (plan->n_lifts == 0)
    /* Translators: a session title: the focus, as in "Upper body: assistance" */
    return g_strdup_printf (_("%s: assistance"), focus);
  if (plan->n_lifts > 2)
    /* Translators: a session title with all four main lifts */
    return g_strdup_printf (_("%s: all four main lifts"), focus);
  if (plan->n_lifts == 2)
    return g_strdup_printf (_("%s: %s and %s"), focus,
                            hyr_lift_get_name (plan->lifts[0]), hyr_lift_get_name (plan->lifts[1]));

  return g_strdup_printf (_("%s: %s"), focus, hyr_lift_get_name (plan->lifts[0]));
}

/* Placement: interference with the runs */

static gboolean
is_key_run (HyrRunKind kind)
{
  /* Hill repeats are hard on the legs too, so they count as key runs for
   * the interference rules besides intervals, tempo runs and long runs. */
  return kind == HYR_RUN_KIND_LONG || kind == HYR_RUN_KIND_RACE || kind == HYR_RUN_KIND_TEMPO ||
         kind == HYR_RUN_KIND_INTERVAL || kind == HYR_RUN_KIND_HILL;
}

/* No heavy lower-body day within 48 h before a key run, no lifting the
 * day before the long run, and in race week nothing after the race. */
static void
set_interference_rules (WeekDraft *draft)
{
  DayRules *rules = &draft->rules;

  for (guint i = 0; i < draft->n_runs; i++)
    {
      int slot = draft->runs[i].slot;
      HyrRunKind kind = draft->runs[i].kind;

      rules->run[slot] = TRUE;
      if (is_key_run (kind))
        {
          rules->key[slot] = TRUE;
          rules->no_heavy[floor_mod (slot - 1, 7)] = TRUE;
          rules->no_heavy[floor_mod (slot - 2, 7)] = TRUE;
        }
      if (kind == HYR_RUN_KIND_LONG || kind == HYR_RUN_KIND_RACE)
        {
          rules->long_run[slot] = TRUE;
          rules->no_lift[floor_mod (slot - 1, 7)] = TRUE;
        }
    }

  if (draft->race_week)
    for (int slot = draft->ctx->race - draft->week + 1; slot < 7; slot++)
      rules->no_lift[slot] = TRUE;

  /* No heavy lower-body lifting in the last days before the race (ten
   * before a marathon), and no lifting on the day after it. */
  if (draft->ctx->race != 0)
    for (int slot = 0; slot < 7; slot++)
      {
        int to_race = draft->ctx->race - (draft->week + slot);

        if (to_race >= 0 && to_race <= draft->ctx->race_goal->no_heavy_days)
          rules->no_heavy[slot] = TRUE;
        if (to_race == -1)
          rules->no_lift[slot] = TRUE;
      }
}

static gboolean
has_lower_lift (const LiftPlan *plan)
{
  for (guint l = 0; l < plan->n_lifts; l++)
    {
      if (is_lower_lift (plan->lifts[l]))
        return TRUE;
    }

  return FALSE;
}

/* Heavy lower-body sessions less than 48 h apart: on consecutive days of
 * the week, or on its first day after heavy legs on the last day of the
 * week before (@heavy_before). */
static guint
leg_spacing_misses (const LiftPlan *plans,
                    guint           n_plans,
                    const int      *slots,
                    gboolean        heavy_before)
{
  guint misses = 0;

  for (guint i = 0; i < n_plans; i++)
    {
      if (!plans[i].heavy)
        continue;

      if (heavy_before && slots[i] == 0)
        misses++;

      for (guint j = i + 1; j < n_plans; j++)
        {
          if (plans[j].heavy && ABS (slots[j] - slots[i]) == 1)
            misses++;
        }
    }

  return misses;
}

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
      if (rules->long_run[slot] && has_lower_lift (&plans[i]))
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
 * most 35 × 24) and keeps the one that breaks no rule, then keeps heavy
 * lower-body sessions 48 h apart where it can, then costs least. On
 * the long-run day only a session without squats or deadlifts may come
 * after the run: the practitioner rules allow heavy legs there, but legs
 * emptied by a long run squat poorly, and the lifting adds to the damage
 * both must recover from. The 48 h between heavy-leg sessions is a coach's
 * rule of thumb for recovery, weaker than the interference rules, so it
 * gives way to them: with a hard run midweek and the long run at the
 * weekend the runs may leave heavy legs only two neighbouring days. Among
 * the placements that keep both, lifting on the long-run day, next to
 * another lifting day, or right after the long run costs; lifting on a
 * rest day costs nothing. Returns the number of rules the best placement
 * still breaks, which only happens when the week leaves no other choice,
 * and sets @misses to its heavy-leg sessions less than 48 h apart. */
static guint
place_lifts (const DayRules *rules,
             LiftPlan       *plans,
             guint           n_plans,
             gboolean        heavy_before,
             guint          *misses)
{
  guint best_violations = G_MAXUINT;
  guint best_misses = G_MAXUINT;
  double best_cost = G_MAXDOUBLE;
  int best[MAX_LIFT_SESSIONS] = { 0 };

  *misses = 0;
  if (n_plans == 0)
    return 0;

  for (guint mask = 0; mask < (1u << 7); mask++)
    {
      int days[MAX_LIFT_SESSIONS];
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
          guint spacing = leg_spacing_misses (plans, n_plans, days, heavy_before);

          if (violations < best_violations ||
              (violations == best_violations &&
               (spacing < best_misses || (spacing == best_misses && cost < best_cost))))
            {
              best_violations = violations;
              best_misses = spacing;
              best_cost = cost;
              memcpy (best, days, sizeof best);
            }
        }
      while (next_permutation (days, n_plans));
    }

  for (guint i = 0; i < n_plans; i++)
    plans[i].slot = best[i];

  *misses = best_misses;
  return best_violations;
}

/* Where no placement keeps heavy lower-body sessions 48 h apart (or off
 * the days the runs forbid), the later of two close ones, or the one on a
 * forbidden day, keeps its lifts at deload loads: light legs need no 48 h. */
static void
lighten_close_leg_sessions (WeekDraft *draft)
{
  for (guint i = 0; i < draft->n_lifts; i++)
    {
      LiftPlan *plan = &draft->lifts[i];
      gboolean close = plan->heavy && draft->rules.no_heavy[plan->slot];

      if (!plan->heavy)
        continue;

      if (plan->slot == 0 && draft->recent.last->heavy_legs_last_day)
        close = TRUE;
      for (guint j = 0; j < draft->n_lifts; j++)
        if (j != i && draft->lifts[j].heavy && !draft->lifts[j].light &&
            draft->lifts[j].slot < plan->slot && plan->slot - draft->lifts[j].slot < 2)
          close = TRUE;

      if (close)
        {
          plan->heavy = FALSE;
          plan->light = TRUE;
        }
    }
}

/* Whether @plan holds both lower-body lifts: the one heavy-legs day of a
 * week whose runs leave room for no second. */
static gboolean
pairs_lower_lifts (const LiftPlan *plan)
{
  return plan->n_lifts == 2 && is_lower_lift (plan->lifts[0]) && is_lower_lift (plan->lifts[1]);
}

/* Squat and deadlift together on the first session, bench and press on
 * the second: two lift days that each pair a lower with an upper lift
 * need two heavy-legs days 48 h from every hard run and from each other.
 * Where the runs leave one, the lower lifts share it and both go through
 * their waves, instead of one of them staying at deload loads every week. */
static void
pair_lower_lifts (WeekDraft *draft)
{
  LiftPlan *lower = &draft->lifts[0];
  LiftPlan *upper = &draft->lifts[1];

  lower->focus = HYR_LIFT_FOCUS_LOWER;
  lower->lifts[0] = HYR_LIFT_SQUAT;
  lower->lifts[1] = HYR_LIFT_DEADLIFT;
  lower->heavy = !draft->deload;
  upper->focus = HYR_LIFT_FOCUS_UPPER;
  upper->lifts[0] = HYR_LIFT_BENCH_PRESS;
  upper->lifts[1] = HYR_LIFT_OVERHEAD_PRESS;
  upper->heavy = FALSE;
}

static void
place_lift_sessions (WeekDraft *draft)
{
  guint misses;

  set_interference_rules (draft);

  if ((place_lifts (&draft->rules, draft->lifts, draft->n_lifts,
                    draft->recent.last->heavy_legs_last_day, &misses) > 0 || misses > 0) &&
      !draft->deload && draft->n_lifts == 2 &&
      draft->lifts[0].n_lifts == 2 && draft->lifts[1].n_lifts == 2)
    {
      LiftPlan saved[2] = { draft->lifts[0], draft->lifts[1] };
      guint paired_misses;

      pair_lower_lifts (draft);
      if (place_lifts (&draft->rules, draft->lifts, draft->n_lifts,
                       draft->recent.last->heavy_legs_last_day, &paired_misses) > 0 || paired_misses > 0)
        {
          draft->lifts[0] = saved[0];
          draft->lifts[1] = saved[1];
          place_lifts (&draft->rules, draft->lifts, draft->n_lifts,
                       draft->recent.last->heavy_legs_last_day, &misses);
        }
      else
        {
          misses = 0;
        }
    }

  if (place_lifts (&draft->rules, draft->lifts, draft->n_lifts,
                   draft->recent.last->heavy_legs_last_day, &misses) > 0 || misses > 0)
    lighten_close_leg_sessions (draft);

  if (place_lifts (&draft->rules, draft->lifts, draft->n_lifts,
                   draft->recent.last->heavy_legs_last_day, &misses) > 0)
    _hyr_week_plan_add_warning (draft->plan, "%s", _("The run and lift days leave no placement that keeps heavy legs 48 h away from every hard run, squats and deadlifts off the long-run day and the day before it free; consider fewer lift or run days."));

  /* A full-body session on the long-run day keeps to its upper body: no
   * lower-body assistance after the long run. */
  for (guint i = 0; i < draft->n_lifts; i++)
    {
      LiftPlan *plan = &draft->lifts[i];

      if (draft->rules.long_run[plan->slot] && !has_lower_lift (plan))
        plan->focus = HYR_LIFT_FOCUS_UPPER;
    }
}

/* Exercises */

/* The sets as the Planner's cards and the calendar export write them. */
static char *
describe_sets (const char *mass_unit,
               GPtrArray  *sets)
{
  return hyr_lift_set_format_sets (sets, mass_unit, " · ");
}

static void
add_exercise (WeekDraft      *draft,
              LiftPlan       *plan,
              const Movement *movement,
              const char     *name,
              HyrLift         lift,
              GPtrArray      *sets)
{
  g_autofree char *description = describe_sets (draft->ctx->mass_unit, sets);
  g_autoptr(HyrExercise) exercise = NULL;

  exercise = _hyr_exercise_new (name, lift, movement->muscles, movement->secondary, sets,
                                description);
  g_ptr_array_add (plan->exercises, g_steal_pointer (&exercise));
  count_sets (draft->sets_per_muscle, movement, sets->len);
}

static void
explain_training_max (WeekDraft      *draft,
                      LiftPlan       *plan,
                      const Movement *movement,
                      double          training_max,
                      const char     *note)
{
  g_autofree char *tm_text = _hyr_units_format_mass (training_max, draft->ctx->mass_unit);
  g_autofree char *sentence = NULL;

  if (note != NULL)
    sentence = g_strdup_printf (_("%s: training max %s, %s."), hyr_lift_get_name (movement->lift), tm_text, note);
  else
    sentence = g_strdup_printf (_("%s: training max %s."), hyr_lift_get_name (movement->lift), tm_text);

  _hyr_append_sentence (&plan->reason, sentence);
}

/* The profile's plate step in the user's unit: loads in pounds are whole
 * plate steps in pounds (5 lb, not the 2.5 kg default's 5.51 lb). */
static double
plate_increment (PlannerContext *ctx)
{
  return hyr_five_three_one_plate_in_unit (hyr_profile_get_plate_increment (ctx->profile),
                                           ctx->mass_unit);
}

/* Boring But Big: 5 × 10 of the main lift for size, 3 × 10 for the legs
 * in the marathon build. */
static void
add_boring_but_big (WeekDraft      *draft,
                    LiftPlan       *plan,
                    const Movement *movement,
                    double          training_max,
                    guint           cycle)
{
  HyrProfile *profile = draft->ctx->profile;
  g_autoptr(GPtrArray) sets = hyr_five_three_one_bbb_sets (training_max, cycle,
                                                           hyr_profile_get_lifting_novice (profile),
                                                           plate_increment (draft->ctx));
  g_autofree char *name = g_strdup_printf (_("%s, Boring But Big"), hyr_lift_get_name (movement->lift));

  if (cuts_lower_assistance (draft) && is_lower_lift (movement->lift))
    g_ptr_array_set_size (sets, 3);

  add_exercise (draft, plan, movement, name, HYR_LIFT_NONE, sets);
}

/* The 5/3/1 sets of @lift for the week of the wave (the deload's in a
 * light week), and Boring But Big outside deloads, except for the legs in
 * the marathon peak. Returns whether the lift has a training max. */
static gboolean
add_main_lift (WeekDraft *draft,
               LiftPlan  *plan,
               HyrLift    lift)
{
  const Movement *movement = &main_movements[lift];
  double increment = plate_increment (draft->ctx);
  g_autofree char *note = NULL;
  g_autoptr(GPtrArray) sets = NULL;
  guint cycle;
  double tm = training_max_for (draft->ctx, lift, draft->week, &cycle, &note);

  gboolean light = draft->light_lifting || (plan->light && is_lower_lift (lift));

  sets = hyr_five_three_one_sets (tm, light ? 4 : draft->wave, increment);
  add_exercise (draft, plan, movement, hyr_lift_get_name (movement->lift), lift, sets);

  if (tm > 0)
    explain_training_max (draft, plan, movement, tm, note);

  /* Boring But Big after each main lift, but not after light legs, not
   * for the legs in the marathon peak, and not in a session that already
   * holds all four lifts. */
  if (!draft->deload && !light && plan->n_lifts <= 2 &&
      !(draft->phase == HYR_PLAN_PHASE_PEAK && is_lower_lift (lift)) &&
      !(pairs_lower_lifts (plan) && lift == plan->lifts[1]))
    add_boring_but_big (draft, plan, movement, tm, cycle);

  return tm > 0;
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
    {
      double count = sets[muscle_index (movement->secondary[i])];

      if (count + ACCESSORY_SETS / 2.0 > MAX_SETS)
        return 0;

      gain += MAX (0, MIN_SETS - count) / 2;
    }

  return gain;
}

static gboolean
has_exercise (LiftPlan   *plan,
              const char *name)
{
  for (guint e = 0; e < plan->exercises->len; e++)
    {
      if (g_str_equal (hyr_exercise_get_name (g_ptr_array_index (plan->exercises, e)), name))
        return TRUE;
    }

  return FALSE;
}

/* Lower-body assistance goes to lower and full-body sessions outside the
 * marathon's build, peak and taper: where heavy legs already are, or on a
 * lighter full-body day that heavy legs could have taken too, so that it
 * never brings leg work within 48 h before a key run or after the long
 * run. */
static gboolean
allows_lower_accessories (const WeekDraft *draft,
                          const LiftPlan  *plan)
{
  if (cuts_lower_assistance (draft) || draft->phase == HYR_PLAN_PHASE_TAPER ||
      plan->focus == HYR_LIFT_FOCUS_UPPER)
    return FALSE;

  return has_lower_lift (plan) ||
         (!draft->rules.no_heavy[plan->slot] && !draft->rules.long_run[plan->slot]);
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

/* Double progression (DOMAIN.md "Lift diary and hypertrophy loads"): the
 * load of an assistance exercise goes up by the smallest step (2.5 kg on
 * a bar, 2 kg for dumbbells, 5 lb) once every set of its last session
 * reached the top of the rep range, back a step after two sessions below
 * its bottom, and holds otherwise. Body-weight work (no load logged) stays
 * without one. */
#define DUMBBELL_STEP 2.0
#define BARBELL_STEP  2.5
#define POUND_STEP    (5 * HYR_KILOGRAMS_PER_POUND)

static gboolean
is_exercise (HyrLoggedSet   *set,
             const Movement *movement)
{
  const char *name = hyr_logged_set_get_exercise (set);

  return hyr_logged_set_get_lift (set) == HYR_LIFT_NONE &&
         (g_utf8_collate (name, movement->name) == 0 || g_utf8_collate (name, _(movement->name)) == 0);
}

/* The last two sessions of @movement logged before @week: the day of
 * each and its sets at the heaviest load of that day. */
typedef struct
{
  double load;
  guint  n_sets;
  guint  n_top;      /* sets that reached the top of the range */
  guint  n_short;    /* sets below the bottom */
} LoggedSession;

static guint
last_sessions (PlannerContext *ctx,
               const Movement *movement,
               int             week,
               LoggedSession  *sessions)
{
  guint n = 0;
  int day = G_MAXINT;

  memset (sessions, 0, 2 * sizeof (LoggedSession));
  for (guint i = ctx->diary->len; i-- > 0 && n <= 2;)
    {
      HyrLoggedSet *set = g_ptr_array_index (ctx->diary, i);
      int julian = _hyr_julian_day (hyr_logged_set_get_when (set));
      LoggedSession *session;
      double load = hyr_logged_set_get_weight (set);

      if (julian >= week || !is_exercise (set, movement))
        continue;
      if (julian != day)
        {
          if (n == 2)
            break;
          day = julian;
          n++;
        }

      session = &sessions[n - 1];
      if (load > session->load + 1e-6)
        {
          session->load = load;
          session->n_sets = session->n_top = session->n_short = 0;
        }
      if (load < session->load - 1e-6)
        continue;
      session->n_sets++;
      session->n_top += hyr_logged_set_get_reps (set) >= ACCESSORY_REPS_MAX;
      session->n_short += hyr_logged_set_get_reps (set) < ACCESSORY_REPS;
    }

  return n;
}

/* The load of the next sets of @movement, and the sentence that says why,
 * or 0 and NULL before any was logged. */
static double
progressed_load (WeekDraft       *draft,
                 const Movement  *movement,
                 char           **why)
{
  const char *mass_unit = draft->ctx->mass_unit;
  LoggedSession last[2];
  guint n = last_sessions (draft->ctx, movement, draft->week, last);
  gboolean pounds = g_strcmp0 (mass_unit, "lb") == 0;
  double step = pounds ? POUND_STEP : movement->dumbbell ? DUMBBELL_STEP : BARBELL_STEP;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  double load;

  *why = NULL;
  if (n == 0 || last[0].load <= 0)
    return 0;

  before = _hyr_units_format_mass (last[0].load, mass_unit);
  if (last[0].n_sets > 0 && last[0].n_top == last[0].n_sets)
    {
      load = last[0].load + step;
      after = _hyr_units_format_mass (load, mass_unit);
      *why = g_strdup_printf (_("%s: %s, up from %s, because every set reached %u reps last time (double progression)."),
                              _(movement->name), after, before, ACCESSORY_REPS_MAX);
    }
  else if (n == 2 && last[0].n_short > 0 && last[1].n_short > 0)
    {
      load = MAX (last[0].load - step, 0);
      after = _hyr_units_format_mass (load, mass_unit);
      *why = g_strdup_printf (_("%s: %s, back from %s, because sets fell below %u reps two sessions in a row."),
                              _(movement->name), after, before, ACCESSORY_REPS);
    }
  else
    {
      load = last[0].load;
      *why = g_strdup_printf (_("%s: %s again until every set reaches %u reps."),
                              _(movement->name), before, ACCESSORY_REPS_MAX);
    }

  return load;
}

/* Adds 3 × 8–12 of an accessory at a time, the one and the session that
 * bring the muscles furthest below 10 weekly sets closest to it (the
 * session with the fewest accessories on a tie), up to three per session
 * and never past 20 sets for a muscle, until every muscle has 10 sets or
 * nothing fits any more. Choosing over the whole week, not session by
 * session, lets a week without the bench press or the deadlift make up
 * its chest or back sets on any day. */
static void
add_accessories (WeekDraft *draft)
{
  const Movement *chosen[MAX_LIFT_SESSIONS][MAX_ACCESSORIES];
  guint n_chosen[MAX_LIFT_SESSIONS] = { 0 };

  for (;;)
    {
      const Movement *best = NULL;
      guint best_plan = 0;
      double best_gain = 0;
      g_autoptr(GPtrArray) sets = NULL;

      for (guint i = 0; i < draft->n_lifts; i++)
        {
          LiftPlan *plan = &draft->lifts[i];
          gboolean lower = allows_lower_accessories (draft, plan);

          if (n_chosen[i] == MAX_ACCESSORIES)
            continue;

          for (guint a = 0; a < G_N_ELEMENTS (accessories); a++)
            {
              const Movement *movement = &accessories[a];
              double gain;

              if ((movement->lower && !lower) || has_exercise (plan, _(movement->name)))
                continue;

              gain = accessory_gain (movement, draft->sets_per_muscle);
              if (gain > best_gain ||
                  (best != NULL && gain == best_gain && n_chosen[i] < n_chosen[best_plan]))
                {
                  best = movement;
                  best_plan = i;
                  best_gain = gain;
                }
            }
        }

      if (best == NULL)
        break;

      sets = g_ptr_array_new_with_free_func (g_object_unref);
      {
        g_autofree char *why = NULL;
        double load = progressed_load (draft, best, &why);

        for (guint i = 0; i < ACCESSORY_SETS; i++)
          g_ptr_array_add (sets, hyr_lift_set_new_range (load, ACCESSORY_REPS, ACCESSORY_REPS_MAX, ACCESSORY_RIR));
        if (why != NULL)
          _hyr_append_sentence (&draft->lifts[best_plan].reason, why);
      }

      add_exercise (draft, &draft->lifts[best_plan], best, _(best->name), HYR_LIFT_NONE, sets);
      chosen[best_plan][n_chosen[best_plan]++] = best;
    }

  for (guint i = 0; i < draft->n_lifts; i++)
    {
      g_autofree char *names = NULL;
      g_autofree char *sentence = NULL;

      if (n_chosen[i] == 0)
        continue;

      for (guint c = 0; c < n_chosen[i]; c++)
        append_list_item (&names, _(chosen[i][c]->name), c + 1 == n_chosen[i]);

      sentence = g_strdup_printf (_("Assistance work (%s) brings muscles below 10 weekly sets toward the 10–20 sets that grow them."),
                                  names);
      _hyr_append_sentence (&draft->lifts[i].reason, sentence);
    }
}

/* The main lifts of every session first, so that the accessories see
 * the week's sets of every muscle. */
static void
choose_exercises (WeekDraft *draft)
{
  gboolean has_training_max[HYR_LIFT_OVERHEAD_PRESS + 1];

  for (int lift = HYR_LIFT_NONE; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
    has_training_max[lift] = TRUE;

  for (guint i = 0; i < draft->n_lifts; i++)
    {
      LiftPlan *plan = &draft->lifts[i];

      for (guint l = 0; l < plan->n_lifts; l++)
        has_training_max[plan->lifts[l]] &= add_main_lift (draft, plan, plan->lifts[l]);
    }

  /* One warning names every lift without a training max, not one each. */
  {
    g_autofree char *missing = NULL;
    guint n_missing = 0, n_listed = 0;

    for (int lift = HYR_LIFT_SQUAT; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
      n_missing += !has_training_max[lift];

    for (int lift = HYR_LIFT_SQUAT; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
      if (!has_training_max[lift])
        append_list_item (&missing, hyr_lift_get_name (lift), ++n_listed == n_missing);

    if (missing != NULL)
      _hyr_week_plan_add_warning (draft->plan,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "No training max for %s: enter a tested or estimated one-rep max in the profile to get weights (the training max is 90 %% of it).",
                                               "No training maxes for %s: enter a tested or estimated one-rep max in the profile to get weights (the training max is 90 %% of it).",
                                               n_missing),
                                  missing);
  }

  if (!draft->deload)
    add_accessories (draft);
}

/* Reasons */

static void
explain_programme (WeekDraft *draft,
                   LiftPlan  *plan)
{
  g_autofree char *sentence = NULL;

  if (draft->deload)
    {
      _hyr_append_sentence (&plan->reason, draft->light_lifting
                            ? _("Light session at deload loads (40/50/60 %), no assistance: the legs are kept for running.")
                            : _("Deload week (with the recovery week): 40/50/60 % × 5 and no assistance work."));
      return;
    }

  if (plan->n_lifts == 0)
    sentence = g_strdup (_("Assistance day: upper-body hypertrophy work; the main lifts are trained on the other lift days."));
  else if (plan->n_lifts > 2)
    sentence = g_strdup_printf (_("5/3/1 week %u for all four main lifts in one session, so that each goes through its own wave every week."), draft->wave);
  else
    sentence = g_strdup_printf (_("5/3/1 week %u with Boring But Big (5 × 10) for size."), draft->wave);
  _hyr_append_sentence (&plan->reason, sentence);

  if (plan->light)
    _hyr_append_sentence (&plan->reason, _("Squats and deadlifts at deload loads (40/50/60 %) this time: the run and lift days leave no room to keep heavy lower-body sessions 48 h apart."));

  if (pairs_lower_lifts (plan))
    _hyr_append_sentence (&plan->reason, _("Squat and deadlift share this session: the runs leave room for one heavy-legs day 48 h from every hard run, and both lifts go through their waves. Boring But Big follows the squat only."));

  if (cuts_lower_assistance (draft) && has_lower_lift (plan))
    _hyr_append_sentence (&plan->reason, draft->phase == HYR_PLAN_PHASE_PEAK
                          ? _("In the peak before the race, lower-body lifting is the main sets only.")
                          : _("In the build toward the race, lower-body assistance is cut to 3 × 10."));
}

static void
explain_placement (WeekDraft *draft,
                   LiftPlan  *plan)
{
  const DayRules *rules = &draft->rules;

  if (plan->heavy)
    _hyr_append_sentence (&plan->reason, _("Heavy lower-body work: no interval, tempo, hill or long run follows within 48 h, and no lifting happens the day before the long run."));
  else
    _hyr_append_sentence (&plan->reason, _("Upper-body and light work is flexible; only the day before the long run stays free of lifting."));

  if (rules->long_run[plan->slot])
    _hyr_append_sentence (&plan->reason, _("After the long run, upper body only: legs emptied by it would squat poorly, and heavy leg work would add to the damage both have to recover from."));

  if (rules->run[plan->slot])
    {
      g_autofree char *sentence =
        g_strdup_printf (_("On a day with a run, the lift comes after it, %d h later: at least 6 h between running and lifting limits the interference (Robineau 2016)."),
                         LIFT_HOUR - (rules->long_run[plan->slot] ? LONG_RUN_HOUR : RUN_HOUR));

      _hyr_append_sentence (&plan->reason, sentence);
    }
}

/* "squats", "deadlifts": what a heavy-leg session is named by in a
 * sentence. */
static const char *
lower_lift_plural (const LiftPlan *plan)
{
  for (guint l = 0; l < plan->n_lifts; l++)
    {
      if (plan->lifts[l] == HYR_LIFT_SQUAT)
        return _("squats");
      if (plan->lifts[l] == HYR_LIFT_DEADLIFT)
        return _("deadlifts");
    }

  g_return_val_if_reached ("");
}

static const char *
slot_weekday (WeekDraft *draft,
              int        slot)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (draft->week_start, slot);

  return _hyr_weekday_name (g_date_time_get_day_of_week (day));
}

/* Says how far a heavy-leg session is from the heavy-leg session before
 * it: 48 h or more as the rule asks, or less because no placement that
 * keeps the interference rules allows more. */
static void
explain_leg_spacing (WeekDraft *draft,
                     LiftPlan  *plan)
{
  const LiftPlan *before = NULL;
  g_autofree char *sentence = NULL;

  if (!plan->heavy)
    return;

  for (guint i = 0; i < draft->n_lifts; i++)
    {
      const LiftPlan *other = &draft->lifts[i];

      if (other->heavy && other->slot < plan->slot && (before == NULL || other->slot > before->slot))
        before = other;
    }

  if (before == NULL && plan->slot == 0 && draft->recent.last->heavy_legs_last_day)
    sentence = g_strdup_printf (_("The %s come only 24 h after the heavy lower-body session at the end of last week, not the 48 h that should separate heavy-leg sessions: no placement of this week’s lift days keeps heavy legs 48 h away from every hard run, squats and deadlifts off the long-run day and the day before it free, and every heavy-leg session 48 h after the one before, so this is the best one left. Keep the loads conservative if the legs are still sore."),
                                lower_lift_plural (plan));
  else if (before != NULL && plan->slot - before->slot == 1)
    sentence = g_strdup_printf (_("The %s come only 24 h after %s’s %s, not the 48 h that should separate heavy-leg sessions: no placement of this week’s lift days keeps heavy legs 48 h away from every hard run, squats and deadlifts off the long-run day and the day before it free, and the two heavy-leg sessions 48 h apart, so this is the best one left. Keep the loads conservative if the legs are still sore."),
                                lower_lift_plural (plan), slot_weekday (draft, before->slot),
                                lower_lift_plural (before));
  else if (before != NULL)
    sentence = g_strdup_printf (_("The %s come %d h after %s’s %s: heavy lower-body sessions stay at least 48 h apart so that the legs recover between them."),
                                lower_lift_plural (plan), 24 * (plan->slot - before->slot),
                                slot_weekday (draft, before->slot), lower_lift_plural (before));

  if (sentence != NULL)
    _hyr_append_sentence (&plan->reason, sentence);
}

/* Plans the week's strength sessions around its runs: which and how many,
 * on which days, their exercises, and why. The runs must be planned. */
/* The runner's moves and skips of the week's strength sessions, kept
 * under the week's first day and the session's main lifts. */
static void
apply_lift_changes (WeekDraft *draft)
{
  g_autofree char *week = _hyr_format_date (draft->week_start);
  guint kept = 0;

  for (guint i = 0; i < draft->n_lifts; i++)
    {
      LiftPlan *plan = &draft->lifts[i];
      g_autoptr(GString) key = g_string_new (week);
      int slot;

      g_string_append (key, "/lift-");
      for (guint l = 0; l < plan->n_lifts; l++)
        g_string_append_printf (key, "%s%s", l > 0 ? "+" : "", _hyr_enum_to_nick (HYR_TYPE_LIFT, plan->lifts[l]));
      if (plan->n_lifts == 0)
        g_string_append (key, "assistance");
      plan->key = g_string_free (g_steal_pointer (&key), FALSE);

      if (_hyr_week_draft_change (draft, plan->key, &slot))
        {
          if (slot < 0)
            {
              g_clear_pointer (&plan->exercises, g_ptr_array_unref);
              g_clear_pointer (&plan->reason, g_free);
              g_clear_pointer (&plan->key, g_free);
              continue;
            }
          if (slot != plan->slot)
            plan->moved_to = slot;
        }

      if (kept != i)
        draft->lifts[kept] = *plan;
      kept++;
    }

  draft->n_lifts = kept;
}

/* Moves the sessions the runner moved, and says what a move breaks. */
static void
place_moved_lifts (WeekDraft *draft)
{
  for (guint i = 0; i < draft->n_lifts; i++)
    {
      LiftPlan *plan = &draft->lifts[i];
      const DayRules *rules = &draft->rules;
      g_autofree char *broken = NULL;
      g_autofree char *sentence = NULL;
      int slot = plan->moved_to;

      if (slot < 0)
        continue;

      sentence = g_strdup_printf (_("You moved it here from %s."), slot_weekday (draft, plan->slot));
      _hyr_append_sentence (&plan->reason, sentence);
      plan->slot = slot;

      if (rules->no_lift[slot])
        broken = g_strdup (_("lifting the day before the long run"));
      else if (plan->heavy && rules->no_heavy[slot])
        broken = g_strdup (_("heavy legs within 48 h before a hard or long run"));
      else if (rules->long_run[slot] && has_lower_lift (plan))
        broken = g_strdup (_("squats or deadlifts after the long run"));

      if (broken != NULL)
        /* Translators: a session's title, its new day, and the rule it
         * breaks, as in "heavy legs within 48 h before a hard or long run" */
        _hyr_week_plan_add_warning (draft->plan, _("You moved “%s” to %s, which means %s. The plan keeps your choice; go easy on that day."),
                                    lift_plan_title (plan), slot_weekday (draft, slot), broken);
    }
}

void
_hyr_week_draft_plan_lifts (WeekDraft *draft)
{
  choose_lift_sessions (draft);
  place_lift_sessions (draft);
  apply_lift_changes (draft);
  place_moved_lifts (draft);
  choose_exercises (draft);

  for (guint i = 0; i < draft->n_lifts; i++)
    {
      explain_programme (draft, &draft->lifts[i]);
      explain_placement (draft, &draft->lifts[i]);
      explain_leg_spacing (draft, &draft->lifts[i]);
    }
}

void
_hyr_week_draft_add_lift_sessions (WeekDraft *draft,
                                   GPtrArray *sessions)
{
  for (guint i = 0; i < draft->n_lifts; i++)
    {
      LiftPlan *plan = &draft->lifts[i];
      g_autoptr(GDateTime) day = _hyr_date_at (draft->ctx->zone, draft->week + plan->slot, LIFT_HOUR, 0);
      g_autoptr(HyrSession) session = NULL;
      g_autofree char *title = lift_plan_title (plan);
      guint n_sets = 0;

      for (guint e = 0; e < plan->exercises->len; e++)
        n_sets += hyr_exercise_get_sets (g_ptr_array_index (plan->exercises, e))->len;

      /* A warm-up, then about 2.5 min per set with its rest. */
      session = _hyr_session_new_lift (day, plan->focus, 600 + 150 * n_sets, plan->heavy, title);
      for (guint e = 0; e < plan->exercises->len; e++)
        _hyr_session_add_exercise (session, g_ptr_array_index (plan->exercises, e));
      _hyr_session_add_reason (session, plan->reason);
      _hyr_session_set_key (session, plan->key);
      g_ptr_array_add (sessions, g_steal_pointer (&session));
    }
}

GVariant *
_hyr_week_draft_sets_per_muscle (WeekDraft *draft)
{
  g_auto(GVariantBuilder) muscles = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));

  for (guint i = 0; i < N_MUSCLES; i++)
    g_variant_builder_add (&muscles, "{sd}", tracked_muscles[i], draft->sets_per_muscle[i]);

  return g_variant_builder_end (&muscles);
}

static gboolean
is_leg_muscle (guint muscle)
{
  return g_str_equal (tracked_muscles[muscle], "quadriceps") ||
         g_str_equal (tracked_muscles[muscle], "hamstrings") ||
         g_str_equal (tracked_muscles[muscle], "glutes");
}

/* Why a week's plan leaves muscles below 10 sets when it does so on
 * purpose or has no room for more; @legs_only when only leg muscles are
 * short. NULL when it should have reached 10. */
static char *
explain_low_sets (WeekDraft *draft,
                  gboolean   legs_only)
{
  if (draft->recovery && !draft->light_lifting)
    /* xgettext:no-c-format */
    return g_strdup (_("on purpose: it is the deload week, main lifts at 40–60 % and no assistance, so that muscles and joints recover before the next wave"));
  if (draft->phase == HYR_PLAN_PHASE_TAPER)
    return g_strdup (_("on purpose: the taper keeps lifting light so that the legs are fresh for the race"));
  if (draft->phase == HYR_PLAN_PHASE_POST_RACE)
    return g_strdup (_("on purpose: after the race lifting stays light while the legs recover"));
  if (legs_only && cuts_lower_assistance (draft))
    return g_strdup (draft->phase == HYR_PLAN_PHASE_PEAK
                     ? _("on purpose: the peak before the race keeps lower-body lifting to the main sets, saving the legs for the long runs")
                     : _("on purpose: the build toward the race cuts lower-body assistance, saving the legs for the growing long run"));
  if (draft->phase == HYR_PLAN_PHASE_PEAK && hyr_profile_get_lift_days (draft->ctx->profile) > draft->n_lifts)
    return g_strdup (_("because the peak before the race keeps strength to two maintenance sessions"));
  if (draft->n_lifts <= 2)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "because %u lift day leaves no room for more assistance: with more lift days in the profile every muscle gets its 10 sets",
                                      "because %u lift days leave no room for more assistance: with more lift days in the profile every muscle gets its 10 sets",
                                      draft->n_lifts),
                            draft->n_lifts);

  return NULL;
}

/* Warns when a hypertrophy week has no strength sessions, and about the
 * muscles outside 10–20 hard sets, saying why when the plan itself keeps
 * them below 10. */
void
_hyr_week_draft_warn_strength (WeekDraft *draft)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *why = NULL;
  gboolean legs_only = TRUE;

  if (draft->n_lifts == 0 && draft->goal == HYR_GOAL_HYPERTROPHY)
    _hyr_week_plan_add_warning (draft->plan, "%s", _("No strength sessions are planned: growing muscle needs resistance training. Set lift days in the profile."));

  if (draft->n_lifts == 0)
    return;

  for (guint i = 0; i < N_MUSCLES; i++)
    {
      double sets = draft->sets_per_muscle[i];
      char **list = sets < MIN_SETS ? &low : sets > MAX_SETS ? &high : NULL;
      g_autofree char *item = NULL;

      if (list == NULL)
        continue;
      if (list == &low)
        legs_only &= is_leg_muscle (i);
      /* Translators: a muscle and its hard sets this week, as in
       * "quadriceps 9", an item of a list of muscles in a sentence */
      item = g_strdup_printf (_("%s %g"),
                              g_dpgettext2 (GETTEXT_PACKAGE, "muscle in a sentence", muscles_in_sentence[i]),
                              sets);
      append_list_item (list, item, FALSE);
    }

  if (low != NULL)
    why = explain_low_sets (draft, legs_only);

  /* A deload, taper or marathon phase lowers the sets on purpose: said as
   * information, not as a warning. */
  if (why != NULL)
    _hyr_week_plan_add_note (draft->plan, _("Below 10 hard sets this week (%s) %s."),
                             low, why);
  else if (low != NULL)
    _hyr_week_plan_add_warning (draft->plan, _("Below 10 hard sets this week, the least that grows a muscle (Schoenfeld 2017): %s."),
                                low);
  if (high != NULL)
    _hyr_week_plan_add_warning (draft->plan, _("Above 20 hard sets this week, more than the 12–20 that trained lifters grow on: %s."),
                                high);
}

/* The movement a logged set was an exercise of: its main lift's (its
 * Boring But Big sets too), or an assistance exercise by name, or NULL for
 * one the planner does not know. */
static const Movement *
logged_movement (HyrLoggedSet *set)
{
  HyrLift lift = hyr_logged_set_get_lift (set);

  if (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS)
    return &main_movements[lift];

  for (guint a = 0; a < G_N_ELEMENTS (accessories); a++)
    if (is_exercise (set, &accessories[a]))
      return &accessories[a];

  return NULL;
}

/* The hard sets per muscle logged in the week starting on @week, counted
 * like the planned ones (indirect = ½), and the sets themselves. */
void
_hyr_week_plan_count_done_sets (PlannerContext *ctx,
                                HyrWeekPlan    *plan,
                                int             week)
{
  g_auto(GVariantBuilder) muscles = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  g_autoptr(GPtrArray) logged = g_ptr_array_new_with_free_func (g_object_unref);
  double done[N_MUSCLES] = { 0 };

  for (guint i = 0; i < ctx->diary->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (ctx->diary, i);
      int julian = _hyr_julian_day (hyr_logged_set_get_when (set));
      const Movement *movement;

      if (julian < week || julian >= week + 7)
        continue;

      g_ptr_array_add (logged, g_object_ref (set));
      movement = logged_movement (set);
      if (movement != NULL)
        count_sets (done, movement, 1);
    }

  for (guint i = 0; i < N_MUSCLES; i++)
    g_variant_builder_add (&muscles, "{sd}", tracked_muscles[i], done[i]);

  _hyr_week_plan_set_done_sets (plan, g_variant_builder_end (&muscles), logged);
}
