/* test-planner.c — the week planner's rules on synthetic histories
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <math.h>
#include <string.h>

#include "hyr.h"
#include "planner-fixture-store.h"

/* Today is Monday 2 March 2026, the first day of its week: nothing of it
 * has passed, so no session of it is missed yet. */
#define TODAY_Y 2026
#define TODAY_M 3
#define TODAY_D 2

static const char * const muscles[] = {
  "chest", "back", "shoulders", "biceps", "triceps", "quadriceps", "hamstrings", "glutes",
};

static HyrState *
new_state (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-planner-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);

  g_assert_no_error (error);
  return hyr_state_new (path);
}

static GDateTime *
day_at (int y,
        int m,
        int d,
        int hour)
{
  return g_date_time_new_local (y, m, d, hour, 0, 0);
}

static GDateTime *
this_monday (void)
{
  return day_at (TODAY_Y, TODAY_M, 2, 0);
}

static HyrPlanner *
new_planner (PlannerFixtureStore *store,
             HyrState            *state)
{
  g_autoptr(GDateTime) today = day_at (TODAY_Y, TODAY_M, TODAY_D, 12);
  HyrPlanner *planner = hyr_planner_new (HYR_ACTIVITY_STORE (store), state);

  hyr_planner_set_today (planner, today);
  return planner;
}

/* Writes training maxes with the day they were entered, as the profile
 * stores them, before the profile is first read. */
static void
set_training_maxes (HyrState   *state,
                    const char *since,
                    double      squat,
                    double      deadlift,
                    double      bench,
                    double      press)
{
  JsonObject *section = hyr_state_get_section (state, "profile");
  JsonObject *maxes = json_object_new ();
  const char *names[] = { "squat", "deadlift", "bench-press", "overhead-press" };
  double values[] = { squat, deadlift, bench, press };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      JsonObject *entry;

      if (values[i] <= 0)
        continue;
      entry = json_object_new ();
      json_object_set_double_member (entry, "kg", values[i]);
      json_object_set_string_member (entry, "since", since);
      json_object_set_object_member (maxes, names[i], entry);
    }

  json_object_set_object_member (section, "training-maxes", maxes);
}

/* Writes @content into the state's section @name, as a file would hold
 * it, before the planner first reads it. */
static void
write_section (HyrState   *state,
               const char *name,
               JsonObject *content)
{
  JsonObject *section = hyr_state_get_section (state, name);
  g_autoptr(GList) members = json_object_get_members (content);

  for (const GList *l = members; l != NULL; l = l->next)
    json_object_set_member (section, l->data,
                            json_node_copy (json_object_get_member (content, l->data)));
}

/* Runs on Tuesday, Thursday and Sunday of @n_weeks weeks before this
 * Monday, at 6:00 min/km and heart rate 140. */
static void
add_weeks_of_runs (PlannerFixtureStore *store,
                   guint                n_weeks,
                   double               tuesday_km,
                   double               thursday_km,
                   double               sunday_km)
{
  g_autoptr(GDateTime) monday = this_monday ();

  for (guint w = 1; w <= n_weeks; w++)
    {
      g_autoptr(GDateTime) tuesday = g_date_time_add_full (monday, 0, 0, -7 * (int)w + 1, 7, 0, 0);
      g_autoptr(GDateTime) thursday = g_date_time_add_full (monday, 0, 0, -7 * (int)w + 3, 7, 0, 0);
      g_autoptr(GDateTime) sunday = g_date_time_add_full (monday, 0, 0, -7 * (int)w + 6, 8, 0, 0);

      if (tuesday_km > 0)
        planner_fixture_store_add_run (store, tuesday, tuesday_km, 360, 140, 30, 0, NULL);
      if (thursday_km > 0)
        planner_fixture_store_add_run (store, thursday, thursday_km, 360, 140, 30, 0, NULL);
      if (sunday_km > 0)
        planner_fixture_store_add_run (store, sunday, sunday_km, 370, 138, 60, 0, NULL);
    }
}

static int
julian (GDateTime *when)
{
  int y, m, d;
  GDate date;

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

static gboolean
is_key (HyrSession *session)
{
  HyrRunKind kind = hyr_session_get_run_kind (session);

  return hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN &&
         (kind == HYR_RUN_KIND_LONG || kind == HYR_RUN_KIND_RACE || kind == HYR_RUN_KIND_TEMPO ||
          kind == HYR_RUN_KIND_INTERVAL || kind == HYR_RUN_KIND_HILL);
}

static guint
count_kind (HyrWeekPlan    *plan,
            HyrSessionKind  kind)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  guint n = 0;

  for (guint i = 0; i < sessions->len; i++)
    n += hyr_session_get_kind (g_ptr_array_index (sessions, i)) == kind;

  return n;
}

static guint
count_hard_runs (HyrWeekPlan *plan)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  guint n = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);
      HyrRunKind kind = hyr_session_get_run_kind (s);

      n += hyr_session_get_kind (s) == HYR_SESSION_KIND_RUN &&
           (kind == HYR_RUN_KIND_TEMPO || kind == HYR_RUN_KIND_INTERVAL || kind == HYR_RUN_KIND_HILL);
    }

  return n;
}

static HyrSession *
find_run (HyrWeekPlan *plan,
          HyrRunKind   kind)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (s) == HYR_SESSION_KIND_RUN && hyr_session_get_run_kind (s) == kind)
        return s;
    }

  return NULL;
}

static HyrExercise *
find_exercise (HyrWeekPlan *plan,
               HyrLift      lift)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);

  for (guint i = 0; i < sessions->len; i++)
    {
      GPtrArray *exercises = hyr_session_get_exercises (g_ptr_array_index (sessions, i));

      for (guint e = 0; e < exercises->len; e++)
        if (hyr_exercise_get_lift (g_ptr_array_index (exercises, e)) == lift)
          return g_ptr_array_index (exercises, e);
    }

  return NULL;
}

static double
longest_run (HyrWeekPlan *plan)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  double longest = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (s) == HYR_SESSION_KIND_RUN &&
          hyr_session_get_run_kind (s) != HYR_RUN_KIND_RACE)
        longest = MAX (longest, hyr_session_get_distance (s));
    }

  return longest;
}

static gboolean
notes_contain (HyrWeekPlan *plan,
               const char  *text)
{
  const char * const *notes = hyr_week_plan_get_notes (plan);

  for (guint i = 0; notes[i] != NULL; i++)
    if (strstr (notes[i], text) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
warnings_contain (HyrWeekPlan *plan,
                  const char  *needle)
{
  const char * const *warnings = hyr_week_plan_get_warnings (plan);

  for (guint i = 0; warnings[i] != NULL; i++)
    if (strstr (warnings[i], needle) != NULL)
      return TRUE;

  return FALSE;
}

static void
assert_sets_weights (HyrExercise  *exercise,
                     const double *weights)
{
  GPtrArray *sets = hyr_exercise_get_sets (exercise);

  g_assert_cmpuint (sets->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (hyr_lift_set_get_weight (g_ptr_array_index (sets, i)),
                                    weights[i], 1e-9);
}

/* No exercise of @session trains the legs directly. */
static void
check_no_lower_body_work (HyrSession *session)
{
  GPtrArray *exercises = hyr_session_get_exercises (session);

  for (guint e = 0; e < exercises->len; e++)
    {
      const char * const *direct = hyr_exercise_get_muscles (g_ptr_array_index (exercises, e));

      g_assert_false (direct != NULL && (g_strv_contains (direct, "quadriceps") ||
                                         g_strv_contains (direct, "hamstrings") ||
                                         g_strv_contains (direct, "glutes")));
    }
}

/* Easy runs at most 65 % of the week's long run, recovery runs no longer
 * than any easy run: an easy run as long as the long run would be a
 * second long run. Distances are whole 100 m, the cap rounded down. */
static void
check_easy_runs_below_long_run (HyrWeekPlan *plan)
{
  HyrSession *long_run = find_run (plan, HYR_RUN_KIND_LONG);
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  double shortest_easy = G_MAXDOUBLE;

  if (long_run == NULL)
    return;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);
      HyrRunKind kind = hyr_session_get_run_kind (s);

      if (hyr_session_get_kind (s) != HYR_SESSION_KIND_RUN ||
          (kind != HYR_RUN_KIND_EASY && kind != HYR_RUN_KIND_RECOVERY))
        continue;

      g_assert_cmpfloat (hyr_session_get_distance (s), <=,
                         0.65 * hyr_session_get_distance (long_run) + 1e-6);
      if (kind == HYR_RUN_KIND_EASY && hyr_session_get_status (s) == HYR_SESSION_STATUS_PLANNED)
        shortest_easy = MIN (shortest_easy, hyr_session_get_distance (s));
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);

      /* A session already done keeps its planned distance while the
       * rest of the week may be shortened around it. */
      if (hyr_session_get_kind (s) == HYR_SESSION_KIND_RUN &&
          hyr_session_get_run_kind (s) == HYR_RUN_KIND_RECOVERY &&
          hyr_session_get_status (s) == HYR_SESSION_STATUS_PLANNED)
        g_assert_cmpfloat (hyr_session_get_distance (s), <=, shortest_easy);
    }
}

/* The days of a week (0–6) on which its lift sessions may go by the
 * interference rules check_rules() asserts, from the runs of this week
 * and @next, and of this week again a week later, since the planner reads
 * the week's own runs as repeating: no lifting the day before a long run
 * or a race, nor after a race in its week; no heavy legs one or two days
 * before a hard or long run; no squats or deadlifts on the long-run day. */
typedef struct
{
  gboolean no_lift[7];
  gboolean no_heavy[7];
  gboolean no_lower[7];
} LiftDayRules;

static void
add_run_rules (LiftDayRules *rules,
               HyrSession   *run,
               int           offset)
{
  HyrRunKind kind = hyr_session_get_run_kind (run);
  gboolean long_run = kind == HYR_RUN_KIND_LONG || kind == HYR_RUN_KIND_RACE;

  if (long_run && offset - 1 >= 0 && offset - 1 < 7)
    rules->no_lift[offset - 1] = TRUE;
  if (long_run && offset >= 0 && offset < 7)
    rules->no_lower[offset] = TRUE;
  if (kind == HYR_RUN_KIND_RACE)
    for (int d = offset + 1; d < 7; d++)
      rules->no_lift[d] = TRUE;
  if (is_key (run))
    for (int d = offset - 2; d < offset; d++)
      if (d >= 0 && d < 7)
        rules->no_heavy[d] = TRUE;
}

static gboolean
has_main_leg_lift (HyrSession *session)
{
  GPtrArray *exercises = hyr_session_get_exercises (session);

  for (guint e = 0; e < exercises->len; e++)
    {
      HyrLift lift = hyr_exercise_get_lift (g_ptr_array_index (exercises, e));

      if (lift == HYR_LIFT_SQUAT || lift == HYR_LIFT_DEADLIFT)
        return TRUE;
    }

  return FALSE;
}

/* Whether lift sessions @heavy/@lower can go on distinct days that keep
 * @rules with every two heavy-leg sessions 48 h apart, and off day 0
 * when @heavy_day_0_banned; tries all of them (at most 7 × 6 × 5 × 4). */
static gboolean
leg_spacing_feasible (const LiftDayRules *rules,
                      const gboolean     *heavy,
                      const gboolean     *lower,
                      guint               n,
                      gboolean            heavy_day_0_banned,
                      int                *days,
                      guint               placed)
{
  if (placed == n)
    return TRUE;

  for (int d = 0; d < 7; d++)
    {
      gboolean ok = !rules->no_lift[d] &&
                    !(heavy[placed] && (rules->no_heavy[d] || (d == 0 && heavy_day_0_banned))) &&
                    !(lower[placed] && rules->no_lower[d]);

      for (guint i = 0; ok && i < placed; i++)
        ok = days[i] != d && !(heavy[i] && heavy[placed] && ABS (days[i] - d) == 1);

      if (!ok)
        continue;

      days[placed] = d;
      if (leg_spacing_feasible (rules, heavy, lower, n, heavy_day_0_banned, days, placed + 1))
        return TRUE;
    }

  return FALSE;
}

static gboolean
heavy_legs_on_last_day (HyrWeekPlan *plan)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  int start = julian (hyr_week_plan_get_week_start (plan));

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);

      if (hyr_session_get_heavy_legs (s) && julian (hyr_session_get_day (s)) - start == 6)
        return TRUE;
    }

  return FALSE;
}

/* At least 48 h between heavy lower-body sessions, a soft rule that gives
 * way to the interference rules: asserted whenever some placement of the
 * week's lift sessions keeps both, found here by brute force. With @prev,
 * the week before, heavy legs on its last day count against heavy legs on
 * this week's first day; without it, the previous week is unknown and
 * only placements without heavy legs on the first day count, since the
 * planner may have had heavy legs on the day before. Returns whether a
 * placement keeping the rule existed. */
static gboolean
check_leg_spacing (HyrWeekPlan *plan,
                   HyrWeekPlan *prev,
                   HyrWeekPlan *next)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  int start = julian (hyr_week_plan_get_week_start (plan));
  LiftDayRules rules = { { 0 } };
  gboolean heavy[7], lower[7];
  int days[7], heavy_days[7];
  guint n = 0, n_heavy = 0;
  gboolean heavy_before = prev != NULL && heavy_legs_on_last_day (prev);

  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *list = pass == 0 ? sessions : next != NULL ? hyr_week_plan_get_sessions (next) : NULL;

      for (guint j = 0; list != NULL && j < list->len; j++)
        {
          HyrSession *run = g_ptr_array_index (list, j);
          int offset = julian (hyr_session_get_day (run)) - start;

          if (hyr_session_get_kind (run) != HYR_SESSION_KIND_RUN)
            continue;
          add_run_rules (&rules, run, offset);
          if (pass == 0)
            add_run_rules (&rules, run, offset + 7);
        }
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (s) != HYR_SESSION_KIND_LIFT)
        continue;
      g_assert_cmpuint (n, <, 7);
      heavy[n] = hyr_session_get_heavy_legs (s);
      lower[n] = has_main_leg_lift (s);
      if (heavy[n])
        heavy_days[n_heavy++] = julian (hyr_session_get_day (s)) - start;
      n++;
    }

  if (!leg_spacing_feasible (&rules, heavy, lower, n, prev == NULL || heavy_before, days, 0))
    return FALSE;

  for (guint i = 0; i < n_heavy; i++)
    {
      if (prev != NULL)
        g_assert_false (heavy_before && heavy_days[i] == 0);
      for (guint j = i + 1; j < n_heavy; j++)
        g_assert_cmpint (ABS (heavy_days[j] - heavy_days[i]), >=, 2);
    }

  return TRUE;
}

/* The rules every plan keeps, checked from the outside: sessions in the
 * week and in order, explained; the long run on its day; easy runs well
 * short of it; on its day at most an upper-body session; no lifting the
 * day before it; no heavy legs within 48 h before a hard or long run (in
 * this week or, through @next, the next); on a shared day the lift after
 * the run with 6 h between them; heavy-leg sessions 48 h apart whenever
 * the week allows it (check_leg_spacing()); the sets per muscle as the exercises add
 * up (indirect = half), with every muscle outside 10–20 warned about and
 * none below 10 in a loading week of a hypertrophy block with three or
 * more lift days. */
static void
check_rules (HyrWeekPlan *plan,
             HyrWeekPlan *next,
             HyrProfile  *profile)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  GPtrArray *next_sessions = next != NULL ? hyr_week_plan_get_sessions (next) : NULL;
  int start = julian (hyr_week_plan_get_week_start (plan));
  double counted[G_N_ELEMENTS (muscles)] = { 0 };
  guint n_lifts = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);
      int day = julian (hyr_session_get_day (s));

      g_assert_cmpint (day, >=, start);
      g_assert_cmpint (day, <, start + 7);
      g_assert_cmpuint (strlen (hyr_session_get_reason (s)), >, 20);
      g_assert_cmpuint (strlen (hyr_session_get_title (s)), >, 3);
      if (i > 0)
        g_assert_cmpint (g_date_time_compare (hyr_session_get_day (g_ptr_array_index (sessions, i - 1)),
                                              hyr_session_get_day (s)), <=, 0);

      if (hyr_session_get_kind (s) == HYR_SESSION_KIND_RUN)
        {
          g_assert_cmpfloat (hyr_session_get_distance (s), >=, 2000);
          g_assert_cmpfloat (hyr_session_get_duration (s), >, 0);
          if (hyr_session_get_run_kind (s) == HYR_RUN_KIND_LONG)
            g_assert_cmpint (g_date_time_get_day_of_week (hyr_session_get_day (s)), ==,
                             hyr_profile_get_long_run_day (profile));
          continue;
        }

      n_lifts++;
      g_assert_cmpint (hyr_session_get_lift_focus (s), !=, HYR_LIFT_FOCUS_NONE);

      /* Against every run of this week and the next. */
      for (guint pass = 0; pass < 2; pass++)
        {
          GPtrArray *list = pass == 0 ? sessions : next_sessions;

          for (guint j = 0; list != NULL && j < list->len; j++)
            {
              HyrSession *run = g_ptr_array_index (list, j);
              int run_day = julian (hyr_session_get_day (run));
              HyrRunKind kind = hyr_session_get_run_kind (run);

              if (hyr_session_get_kind (run) != HYR_SESSION_KIND_RUN)
                continue;

              if (kind == HYR_RUN_KIND_LONG || kind == HYR_RUN_KIND_RACE)
                g_assert_cmpint (run_day - day, !=, 1);

              /* After a long run, upper body at most. */
              if ((kind == HYR_RUN_KIND_LONG || kind == HYR_RUN_KIND_RACE) && run_day == day)
                {
                  g_assert_cmpint (hyr_session_get_lift_focus (s), ==, HYR_LIFT_FOCUS_UPPER);
                  g_assert_false (hyr_session_get_heavy_legs (s));
                  check_no_lower_body_work (s);
                }

              if (hyr_session_get_heavy_legs (s) && is_key (run))
                g_assert_true (run_day - day != 1 && run_day - day != 2);

              if (run_day == day)
                {
                  g_autoptr(GDateTime) run_end =
                    g_date_time_add_seconds (hyr_session_get_day (run), hyr_session_get_duration (run));

                  g_assert_cmpint (g_date_time_difference (hyr_session_get_day (s), run_end), >=,
                                   6 * G_TIME_SPAN_HOUR);
                }
            }
        }

      for (guint e = 0; e < hyr_session_get_exercises (s)->len; e++)
        {
          HyrExercise *exercise = g_ptr_array_index (hyr_session_get_exercises (s), e);
          guint n_sets = hyr_exercise_get_sets (exercise)->len;
          const char * const *direct = hyr_exercise_get_muscles (exercise);
          const char * const *indirect = hyr_exercise_get_secondary_muscles (exercise);

          g_assert_cmpuint (n_sets, >, 0);
          g_assert_cmpstr (hyr_exercise_get_description (exercise), !=, "");
          for (guint m = 0; m < G_N_ELEMENTS (muscles); m++)
            {
              if (direct != NULL && g_strv_contains (direct, muscles[m]))
                counted[m] += n_sets;
              if (indirect != NULL && g_strv_contains (indirect, muscles[m]))
                counted[m] += n_sets / 2.0;
            }
        }
    }

  for (guint m = 0; m < G_N_ELEMENTS (muscles); m++)
    {
      g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_muscle_sets (plan, muscles[m]), counted[m], 1e-9);

      /* Three lift days leave room for the 10 sets that grow every
       * muscle, outside the deload. */
      if (n_lifts >= 3 && !hyr_week_plan_get_recovery_week (plan) &&
          hyr_week_plan_get_phase (plan) == HYR_PLAN_PHASE_HYPERTROPHY)
        g_assert_cmpfloat (counted[m], >=, 10);

      if (n_lifts > 0 && !hyr_week_plan_get_recovery_week (plan) &&
          hyr_week_plan_get_phase (plan) != HYR_PLAN_PHASE_TAPER &&
          hyr_week_plan_get_phase (plan) != HYR_PLAN_PHASE_POST_RACE &&
          (counted[m] < 10 || counted[m] > 20))
        /* A warning, or a note when the phase lowers the sets on
         * purpose (the marathon build and peak). */
        g_assert_true (warnings_contain (plan, muscles[m]) || notes_contain (plan, muscles[m]));
    }

  g_assert_cmpuint (strlen (hyr_week_plan_get_summary (plan)), >, 20);
  check_easy_runs_below_long_run (plan);
  check_leg_spacing (plan, NULL, next);
}

/* Checks every week, and the 48 h between heavy-leg sessions again across
 * the week before; returns in how many weeks a placement keeping that
 * rule existed. */
static guint
check_range (GPtrArray  *plans,
             HyrProfile *profile)
{
  guint n_spaced = 0;

  for (guint i = 0; i < plans->len; i++)
    {
      HyrWeekPlan *next = i + 1 < plans->len ? g_ptr_array_index (plans, i + 1) : NULL;

      check_rules (g_ptr_array_index (plans, i), next, profile);
      n_spaced += check_leg_spacing (g_ptr_array_index (plans, i),
                                     i > 0 ? g_ptr_array_index (plans, i - 1) : NULL, next);
    }

  return n_spaced;
}

/* No history at all: an introductory 3 km per run day, all easy, and the
 * long run on Sunday. 3 run days: 9 km; long run 40 % = 3.6 km would
 * leave 2.7 km to each easy run, more than 65 % of it, so the long run
 * takes L = 9 / (1 + 2 × 0.65) = 3.91 km (under half the week) → 3.9 km,
 * the easy runs 0.65 × 3.91 = 2.54 km → 2.5 km each, at most
 * 0.65 × 3.9 = 2.535 km; 8.9 km in all after rounding. */
static void
test_novice (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = new_planner (store, state);
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_planner_get_profile (planner);
  HyrSession *long_run;
  guint first_hard_week = G_MAXUINT;

  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  check_rules (plan, NULL, profile);

  g_assert_cmpuint (count_kind (plan, HYR_SESSION_KIND_RUN), ==, 3);
  g_assert_cmpuint (count_kind (plan, HYR_SESSION_KIND_LIFT), ==, 3);
  g_assert_cmpuint (count_hard_runs (plan), ==, 0);
  g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_run_distance (plan), 8900, 1e-6);
  long_run = find_run (plan, HYR_RUN_KIND_LONG);
  g_assert_nonnull (long_run);
  g_assert_cmpfloat_with_epsilon (hyr_session_get_distance (long_run), 3900, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_session_get_distance (find_run (plan, HYR_RUN_KIND_EASY)), 2500, 1e-6);
  g_assert_nonnull (strstr (hyr_week_plan_get_summary (plan), "No runs were recorded"));
  g_assert_cmpfloat (hyr_week_plan_get_easy_fraction (plan), ==, 1);

  /* No training maxes yet: the sets carry percentages and a warning asks
   * for them. */
  g_assert_true (warnings_contain (plan, "No training max"));
  g_assert_cmpfloat (hyr_lift_set_get_weight (g_ptr_array_index (hyr_exercise_get_sets (find_exercise (plan, HYR_LIFT_SQUAT)), 0)),
                     ==, 0);

  /* Over sixteen weeks the volume grows by at most 10 % a week on the
   * last full week, and hard runs come once six runs are on record. */
  range = hyr_planner_plan_range (planner, monday, 16, &error);
  g_assert_no_error (error);
  check_range (range, profile);
  for (guint i = 1; i < range->len; i++)
    {
      HyrWeekPlan *week = g_ptr_array_index (range, i);
      HyrWeekPlan *before = g_ptr_array_index (range, i - 1);
      HyrWeekPlan *loading = hyr_week_plan_get_recovery_week (before) && i >= 2
                             ? g_ptr_array_index (range, i - 2) : before;

      if (!hyr_week_plan_get_recovery_week (week))
        g_assert_cmpfloat (hyr_week_plan_get_run_distance (week), <=,
                           1.1 * hyr_week_plan_get_run_distance (loading) + 300);
      if (count_hard_runs (week) > 0 && first_hard_week == G_MAXUINT)
        first_hard_week = i;
    }
  g_assert_cmpuint (first_hard_week, >=, 2);
  g_assert_cmpuint (first_hard_week, <, 16);
}

/* A steady runner, 20 km a week for twelve weeks (6 + 6 + 8 km), now with
 * four run days and three lift days. This week: +10 % = 22 km: long run
 * 30 % = 6.6 km and the hard run 20 % = 4.4 km would leave 11 km to the
 * recovery and easy runs as 0.7 : 1, an easy run of 6.47 km, nearly the
 * long run. Easy runs stay at 65 % of the long run instead, which keeps
 * the volume with L = (22 − 4.4) / (1 + 0.65 × 1.7) = 8.361 km (under the
 * long run's ceiling of 40 % × 22 = 8.8 km) → 8.4 km, taking 1.8 km from
 * the easy runs; the easy run 0.65 × 8.361 = 5.43 → 5.4 km (at most
 * 0.65 × 8.4 = 5.46 km), the recovery run 0.7 × 5.43 = 3.8 km, and the
 * week 8.4 + 4.4 + 5.4 + 3.8 = 22.0 km. */
/* Lifting in pounds with the profile's default 2.5 kg plates: every load
 * of the plan is a whole number of 5 lb steps, and written so (145 lb,
 * never 143.3 or 165.3 lb). */
static void
test_pounds_plates (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  guint n_loads = 0;

  add_weeks_of_runs (store, 12, 6, 6, 8);
  set_training_maxes (state, "2026-03-02", 100, 140, 80, 50);
  planner = new_planner (store, state);
  hyr_profile_set_block_start (hyr_planner_get_profile (planner), monday);
  hyr_planner_set_mass_unit (planner, "lb");

  range = hyr_planner_plan_range (planner, monday, 8, &error);
  g_assert_no_error (error);

  for (guint w = 0; w < range->len; w++)
    {
      GPtrArray *sessions = hyr_week_plan_get_sessions (g_ptr_array_index (range, w));

      for (guint i = 0; i < sessions->len; i++)
        {
          GPtrArray *exercises = hyr_session_get_exercises (g_ptr_array_index (sessions, i));

          for (guint e = 0; exercises != NULL && e < exercises->len; e++)
            {
              GPtrArray *sets = hyr_exercise_get_sets (g_ptr_array_index (exercises, e));
              g_autofree char *text = hyr_lift_set_format_sets (sets, "lb", ", ");

              for (guint k = 0; k < sets->len; k++)
                {
                  double pounds = hyr_lift_set_get_weight (g_ptr_array_index (sets, k)) / 0.45359237;

                  if (pounds <= 0)
                    continue;
                  g_assert_cmpfloat_with_epsilon (pounds / 5, round (pounds / 5), 1e-6);
                  n_loads++;
                }
              /* No tenths of a pound anywhere. */
              g_assert_null (strstr (text, ".1 lb"));
              g_assert_null (strstr (text, ".3 lb"));
              g_assert_null (strstr (text, ".5 lb"));
            }
        }
    }
  g_assert_cmpuint (n_loads, >, 0);

  /* The squat's first week: 65/75/85 % of 220.46 lb → 145, 165, 185 lb. */
  assert_sets_weights (find_exercise (g_ptr_array_index (range, 0), HYR_LIFT_SQUAT),
                       (const double[]) { 145 * 0.45359237, 165 * 0.45359237, 185 * 0.45359237 });
}

static void
test_steady_runner (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;
  HyrWeekPlan *first;
  HyrExercise *squat;

  add_weeks_of_runs (store, 12, 6, 6, 8);
  set_training_maxes (state, "2026-03-02", 100, 140, 80, 50);
  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_run_days (profile, 4);
  hyr_profile_set_block_start (profile, monday);

  range = hyr_planner_plan_range (planner, monday, 16, &error);
  g_assert_no_error (error);
  check_range (range, profile);

  first = g_ptr_array_index (range, 0);
  g_assert_cmpuint (hyr_week_plan_get_wave_week (first), ==, 1);
  g_assert_false (hyr_week_plan_get_recovery_week (first));
  g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_run_distance (first), 22000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_session_get_distance (find_run (first, HYR_RUN_KIND_LONG)), 8400, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_session_get_distance (find_run (first, HYR_RUN_KIND_RECOVERY)), 3800, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_session_get_distance (find_run (first, HYR_RUN_KIND_EASY)), 5400, 1e-6);
  g_assert_null (strstr (hyr_week_plan_get_summary (first), "rather than"));
  g_assert_nonnull (strstr (hyr_session_get_reason (find_run (first, HYR_RUN_KIND_EASY)), "at most 65 % of the long run (8.4 km)"));
  g_assert_nonnull (strstr (hyr_session_get_reason (find_run (first, HYR_RUN_KIND_LONG)), "It takes 1.8 km"));
  g_assert_cmpuint (count_hard_runs (first), ==, 1);
  g_assert_cmpfloat (hyr_week_plan_get_easy_fraction (first), >=, 0.75);
  g_assert_false (warnings_contain (first, "rose"));

  /* Week 1 of the wave with a squat training max of 100 kg: 65/75/85 kg,
   * plus 5 × 10 at 50 kg, the first cycle's Boring But Big. */
  squat = find_exercise (first, HYR_LIFT_SQUAT);
  g_assert_nonnull (squat);
  assert_sets_weights (squat, (const double[]) { 65, 75, 85 });
  g_assert_true (hyr_lift_set_get_amrap (g_ptr_array_index (hyr_exercise_get_sets (squat), 2)));

  for (guint i = 0; i < range->len; i++)
    {
      HyrWeekPlan *week = g_ptr_array_index (range, i);
      GPtrArray *sessions = hyr_week_plan_get_sessions (week);
      gboolean focus[4] = { FALSE };

      /* Every fourth week is the recovery week and the 5/3/1 deload. */
      g_assert_cmpuint (hyr_week_plan_get_wave_week (week), ==, i % 4 + 1);
      g_assert_cmpint (hyr_week_plan_get_recovery_week (week), ==, i % 4 == 3);
      g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_RUN), ==, 4);
      g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_LIFT), ==, 3);

      for (guint s = 0; s < sessions->len; s++)
        focus[hyr_session_get_lift_focus (g_ptr_array_index (sessions, s))] = TRUE;

      if (hyr_week_plan_get_recovery_week (week))
        {
          HyrWeekPlan *before = g_ptr_array_index (range, i - 1);

          /* 70 % of the week before; with all four runs easy the long
           * run takes V / (1 + 0.65 × 2.7) = 36 % of it, under its 40 %
           * ceiling, so the week keeps its volume. */
          g_assert_cmpuint (count_hard_runs (week), ==, 0);
          g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_run_distance (week),
                                          0.7 * hyr_week_plan_get_run_distance (before), 400);
          for (guint s = 0; s < sessions->len; s++)
            {
              GPtrArray *exercises = hyr_session_get_exercises (g_ptr_array_index (sessions, s));

              for (guint e = 0; e < exercises->len; e++)
                {
                  HyrExercise *exercise = g_ptr_array_index (exercises, e);

                  /* Deload: the main lift at 40/50/60 %, nothing else. */
                  g_assert_cmpint (hyr_exercise_get_lift (exercise), !=, HYR_LIFT_NONE);
                  g_assert_cmpfloat (hyr_lift_set_get_percent (g_ptr_array_index (hyr_exercise_get_sets (exercise), 2)), ==, 60);
                }
            }
        }
      else
        {
          /* Loading weeks never shrink: holding the easy runs below the
           * long run takes nothing from the volume the next week builds
           * on. */
          if (i >= 4)
            g_assert_cmpfloat (hyr_week_plan_get_run_distance (week), >=,
                               hyr_week_plan_get_run_distance (g_ptr_array_index (range, i - (i % 4 == 0 ? 2 : 1))) - 100);
          g_assert_cmpuint (count_hard_runs (week), ==, 1);
          g_assert_true (focus[HYR_LIFT_FOCUS_FULL]);
          g_assert_true (focus[HYR_LIFT_FOCUS_UPPER] || focus[HYR_LIFT_FOCUS_LOWER]);
          g_assert_cmpfloat (hyr_week_plan_get_easy_fraction (week), >=, 0.75);
        }
    }

  /* The hard run alternates: the three loading weeks of a wave have
   * three different kinds. */
  {
    HyrRunKind a = hyr_session_get_run_kind (find_run (g_ptr_array_index (range, 0), HYR_RUN_KIND_INTERVAL) ?: find_run (g_ptr_array_index (range, 0), HYR_RUN_KIND_HILL) ?: find_run (g_ptr_array_index (range, 0), HYR_RUN_KIND_TEMPO));
    HyrRunKind b = hyr_session_get_run_kind (find_run (g_ptr_array_index (range, 1), HYR_RUN_KIND_INTERVAL) ?: find_run (g_ptr_array_index (range, 1), HYR_RUN_KIND_HILL) ?: find_run (g_ptr_array_index (range, 1), HYR_RUN_KIND_TEMPO));
    HyrRunKind c = hyr_session_get_run_kind (find_run (g_ptr_array_index (range, 2), HYR_RUN_KIND_INTERVAL) ?: find_run (g_ptr_array_index (range, 2), HYR_RUN_KIND_HILL) ?: find_run (g_ptr_array_index (range, 2), HYR_RUN_KIND_TEMPO));

    g_assert_cmpint (a, !=, b);
    g_assert_cmpint (b, !=, c);
    g_assert_cmpint (a, !=, c);
  }

  /* The second cycle projects the training max: 100 + 5 = 105 kg, week 1:
   * 0.65 × 105 = 68.25 → 67.5, 78.75 → 80, 89.25 → 90. */
  squat = find_exercise (g_ptr_array_index (range, 4), HYR_LIFT_SQUAT);
  if (squat != NULL)
    assert_sets_weights (squat, (const double[]) { 67.5, 80, 90 });
  else
    {
      /* Three lift days rotate the four lifts: the squat may sit out. */
      squat = find_exercise (g_ptr_array_index (range, 5), HYR_LIFT_SQUAT);
      g_assert_nonnull (squat);
      /* Week 2 at 105 kg: 73.5 → 72.5, 84 → 85, 94.5 → 95. */
      assert_sets_weights (squat, (const double[]) { 72.5, 85, 95 });
    }
}

/* A lifter who barely runs: three gym sessions a week and a 4 km run every
 * other week. All runs stay easy; the lifting keeps its rules. */
static void
test_lifter_who_barely_runs (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;

  for (int w = 1; w <= 8; w++)
    {
      for (int d = 0; d < 5; d += 2)
        {
          g_autoptr(GDateTime) start = g_date_time_add_full (monday, 0, 0, -7 * w + d, 18, 0, 0);

          planner_fixture_store_add_other (store, "Weight lifting", start, 70, 0, 7);
        }
      if (w % 2 == 0)
        {
          g_autoptr(GDateTime) start = g_date_time_add_full (monday, 0, 0, -7 * w + 5, 7, 0, 0);

          planner_fixture_store_add_run (store, start, 4, 390, 0, 0, 0, NULL);
        }
    }

  set_training_maxes (state, "2026-01-05", 140, 180, 110, 70);
  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);

  range = hyr_planner_plan_range (planner, monday, 4, &error);
  g_assert_no_error (error);
  check_range (range, profile);

  for (guint i = 0; i < 2; i++)
    {
      HyrWeekPlan *week = g_ptr_array_index (range, i);

      g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_RUN), ==, 3);
      g_assert_cmpuint (count_hard_runs (week), ==, 0);
      g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_LIFT), ==, 3);
      g_assert_cmpfloat (hyr_week_plan_get_run_distance (week), <=, 8000);
      g_assert_false (warnings_contain (week, "No training max"));
    }
}

/* Eight weeks of 20 km, then a 45 km week with intervals: the acute load
 * jumps to about 1.7 times the chronic one. The plan holds volume at the
 * usual week, the median of (45, 20, 20, 20) = 20 km, not the spike,
 * drops its hard run and says why. */
static void
test_load_spike (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;
  GPtrArray *sessions;
  gboolean explained = FALSE;

  for (int w = 2; w <= 9; w++)
    {
      g_autoptr(GDateTime) tuesday = g_date_time_add_full (monday, 0, 0, -7 * w + 1, 7, 0, 0);
      g_autoptr(GDateTime) thursday = g_date_time_add_full (monday, 0, 0, -7 * w + 3, 7, 0, 0);
      g_autoptr(GDateTime) sunday = g_date_time_add_full (monday, 0, 0, -7 * w + 6, 8, 0, 0);

      planner_fixture_store_add_run (store, tuesday, 6, 360, 140, 0, 0, NULL);
      planner_fixture_store_add_run (store, thursday, 6, 360, 140, 0, 0, NULL);
      planner_fixture_store_add_run (store, sunday, 8, 370, 138, 0, 0, NULL);
    }
  for (int d = 0; d < 5; d++)
    {
      static const double km[] = { 8, 6, 10, 6, 15 };
      static const double pace[] = { 360, 300, 360, 300, 370 };
      g_autoptr(GDateTime) start = g_date_time_add_full (monday, 0, 0, -7 + d + (d == 4 ? 2 : 0), 7, 0, 0);

      planner_fixture_store_add_run (store, start, km[d], pace[d], 150, 0, 0, NULL);
    }

  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  check_rules (plan, NULL, profile);

  g_assert_true (warnings_contain (plan, "Load spike"));
  g_assert_true (warnings_contain (plan, "over two weeks"));
  g_assert_true (warnings_contain (plan, "last week"));
  g_assert_cmpuint (count_hard_runs (plan), ==, 0);
  g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_run_distance (plan), 20000, 300);
  g_assert_nonnull (strstr (hyr_week_plan_get_summary (plan), "acute:chronic"));

  sessions = hyr_week_plan_get_sessions (plan);
  for (guint i = 0; i < sessions->len; i++)
    explained |= strstr (hyr_session_get_reason (g_ptr_array_index (sessions, i)),
                         "would have been the week's hard run") != NULL;
  g_assert_true (explained);
}

/* Four planned runs a week, but last week only one 6 km run was recorded:
 * the week builds on 6 km, not on the plan, and says so. */
static void
test_missed_sessions (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GDateTime) block = day_at (2026, 2, 23, 0);
  g_autoptr(GDateTime) last_tuesday = day_at (2026, 2, 24, 7);
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;

  for (int w = 2; w <= 6; w++)
    {
      for (int d = 0; d < 7; d += 2)
        {
          g_autoptr(GDateTime) start = g_date_time_add_full (monday, 0, 0, -7 * w + d, 7, 0, 0);

          planner_fixture_store_add_run (store, start, 6, 360, 140, 0, 0, NULL);
        }
    }
  planner_fixture_store_add_run (store, last_tuesday, 6, 360, 140, 0, 0, NULL);

  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_run_days (profile, 4);
  hyr_profile_set_block_start (profile, block);

  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  check_rules (plan, NULL, profile);

  g_assert_false (hyr_week_plan_get_recovery_week (plan));
  g_assert_nonnull (strstr (hyr_week_plan_get_summary (plan), "1 run of the 4 planned"));
  g_assert_nonnull (strstr (hyr_session_get_reason (find_run (plan, HYR_RUN_KIND_LONG)),
                            "not on the plan"));
  /* 6 km + 10 % = 6.6 km would leave runs under 2 km, so each run is 2 km
   * at least, and the plan says it rises more than 10 %. */
  g_assert_cmpfloat (hyr_week_plan_get_run_distance (plan), <, 10000);
  g_assert_true (warnings_contain (plan, "above your last full week"));
}

/* A week accepted with hyr_planner_accept_week() comes back from the
 * state with its sessions' day, kind, run kind, distance, lift focus,
 * duration and heavy legs; accepting the week again replaces it. */
static void
test_accept_week (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrState) reloaded = NULL;
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(HyrPlanner) reloaded_planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GDateTime) wednesday = day_at (TODAY_Y, TODAY_M, 4, 15);
  g_autoptr(GDateTime) next_monday = g_date_time_add_weeks (monday, 1);
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(HyrWeekPlan) accepted = NULL;
  g_autoptr(HyrWeekPlan) replanned = NULL;
  g_autoptr(HyrWeekPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *section, *entry;
  GPtrArray *planned, *kept;

  add_weeks_of_runs (store, 6, 6, 6, 8);
  set_training_maxes (state, "2026-01-05", 100, 120, 70, 45);
  planner = new_planner (store, state);

  g_assert_null (hyr_planner_get_accepted_week (planner, monday));

  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  g_assert_true (hyr_planner_accept_week (planner, plan, &error));
  g_assert_no_error (error);

  /* Keyed by the calendar date of the week's first day; any time of that
   * day finds it, another week does not. */
  section = hyr_state_get_section (state, "plans");
  g_assert_cmpuint (json_object_get_size (section), ==, 1);
  entry = json_object_get_object_member (section, "2026-03-02");
  g_assert_nonnull (entry);
  g_assert_cmpstr (json_object_get_string_member (entry, "phase"), ==, "hypertrophy");
  g_assert_null (hyr_planner_get_accepted_week (planner, wednesday));
  g_assert_null (hyr_planner_get_accepted_week (planner, next_monday));

  accepted = hyr_planner_get_accepted_week (planner, monday);
  g_assert_nonnull (accepted);
  g_assert_cmpint (julian (hyr_week_plan_get_week_start (accepted)), ==, julian (monday));
  g_assert_cmpint (hyr_week_plan_get_phase (accepted), ==, hyr_week_plan_get_phase (plan));
  g_assert_cmpint (hyr_week_plan_get_recovery_week (accepted), ==, hyr_week_plan_get_recovery_week (plan));
  g_assert_cmpuint (hyr_week_plan_get_wave_week (accepted), ==, hyr_week_plan_get_wave_week (plan));
  g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_run_distance (accepted),
                                  hyr_week_plan_get_run_distance (plan), 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_easy_fraction (accepted),
                                  hyr_week_plan_get_easy_fraction (plan), 1e-9);

  planned = hyr_week_plan_get_sessions (plan);
  kept = hyr_week_plan_get_sessions (accepted);
  g_assert_cmpuint (kept->len, ==, planned->len);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "sessions")), ==, planned->len);
  for (guint i = 0; i < planned->len; i++)
    {
      HyrSession *a = g_ptr_array_index (planned, i);
      HyrSession *b = g_ptr_array_index (kept, i);

      g_assert_true (g_date_time_equal (hyr_session_get_day (a), hyr_session_get_day (b)));
      g_assert_cmpint (hyr_session_get_kind (a), ==, hyr_session_get_kind (b));
      g_assert_cmpfloat (hyr_session_get_duration (a), ==, hyr_session_get_duration (b));
      g_assert_cmpuint (hyr_session_get_exercises (b)->len, ==, 0);
      if (hyr_session_get_kind (a) == HYR_SESSION_KIND_RUN)
        {
          g_assert_cmpint (hyr_session_get_run_kind (a), ==, hyr_session_get_run_kind (b));
          g_assert_cmpfloat (hyr_session_get_distance (a), ==, hyr_session_get_distance (b));
          g_assert_cmpstr (hyr_session_get_title (a), ==, hyr_session_get_title (b));
        }
      else
        {
          g_assert_cmpint (hyr_session_get_lift_focus (a), ==, hyr_session_get_lift_focus (b));
          g_assert_cmpint (hyr_session_get_heavy_legs (a), ==, hyr_session_get_heavy_legs (b));
          /* "Lower body: Squat" was planned; the kept title is the focus. */
          g_assert_true (g_str_has_prefix (hyr_session_get_title (a), hyr_session_get_title (b)));
        }
    }

  /* Saved: another state loaded from the file has it. */
  {
    g_autoptr(GError) load_error = NULL;

    reloaded = hyr_state_load (hyr_state_get_path (state), &load_error);
    g_assert_no_error (load_error);
    reloaded_planner = new_planner (store, reloaded);
    again = hyr_planner_get_accepted_week (reloaded_planner, monday);
    g_assert_nonnull (again);
    g_assert_cmpuint (hyr_week_plan_get_sessions (again)->len, ==, planned->len);
  }

  /* Five run days now: the week accepted again replaces the first. */
  hyr_profile_set_run_days (hyr_planner_get_profile (planner), 5);
  replanned = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  g_assert_true (hyr_planner_accept_week (planner, replanned, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (json_object_get_size (hyr_state_get_section (state, "plans")), ==, 1);
  g_clear_object (&accepted);
  accepted = hyr_planner_get_accepted_week (planner, monday);
  g_assert_cmpuint (count_kind (accepted, HYR_SESSION_KIND_RUN), ==, 5);
}

/* A read-only state (the file on disk was damaged) refuses the plan and
 * keeps no trace of it. */
static void
test_accept_week_read_only (void)
{
  g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT, "bad");
  g_autofree char *dir = g_dir_make_tmp ("hyr-planner-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autoptr(HyrState) state = hyr_state_new_read_only (path, reason);
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrPlanner) planner = new_planner (store, state);
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(HyrWeekPlan) accepted = NULL;
  g_autoptr(GError) error = NULL;

  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);

  g_assert_false (hyr_planner_accept_week (planner, plan, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_assert_cmpuint (json_object_get_size (hyr_state_get_section (state, "plans")), ==, 0);
  accepted = hyr_planner_get_accepted_week (planner, monday);
  g_assert_null (accepted);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Last week, Monday 23 February to Sunday 1 March, the user had accepted
 * four runs (written here as the "plans" section stores them): a 4 km
 * recovery run on Monday, 5 km of intervals on Wednesday, a 6 km easy run
 * on Friday and an 8 km long run on Sunday, and a lower-body session on
 * Tuesday. Five weeks before it hold 26 km each (6 + 6 + 6 + 8 km on
 * Monday, Wednesday, Friday and Sunday). @runs are the days of last week
 * (0 = Monday) with a run recorded and their distances. Returns this
 * week's plan. */
static HyrWeekPlan *
plan_after_accepted_week (guint         run_days,
                          const int    *days,
                          const double *km,
                          guint         n_runs)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GDateTime) block = day_at (2026, 2, 23, 0);
  g_autoptr(JsonNode) accepted = NULL;
  g_autoptr(GError) error = NULL;
  HyrWeekPlan *plan;
  HyrProfile *profile;

  for (int w = 2; w <= 6; w++)
    {
      static const int week_days[] = { 0, 2, 4, 6 };
      static const double week_km[] = { 6, 6, 6, 8 };

      for (guint r = 0; r < G_N_ELEMENTS (week_days); r++)
        {
          g_autoptr(GDateTime) start = g_date_time_add_full (monday, 0, 0, -7 * w + week_days[r], 7, 0, 0);

          planner_fixture_store_add_run (store, start, week_km[r], 360, 140, 0, 0, NULL);
        }
    }
  for (guint r = 0; r < n_runs; r++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_full (monday, 0, 0, -7 + days[r], 7, 0, 0);

      planner_fixture_store_add_run (store, start, km[r], 360, 140, 0, 0, NULL);
    }

  accepted = json_from_string ("{ \"2026-02-23\": { \"phase\": \"hypertrophy\", \"recovery-week\": false, \"wave-week\": 1,"
                               "  \"sessions\": ["
                               "    { \"day\": \"2026-02-23T07:00:00+01:00\", \"kind\": \"run\", \"run-kind\": \"recovery\", \"distance\": 4000, \"duration\": 1560 },"
                               "    { \"day\": \"2026-02-24T18:00:00+01:00\", \"kind\": \"lift\", \"lift-focus\": \"lower\", \"heavy-legs\": true, \"duration\": 3600 },"
                               "    { \"day\": \"2026-02-25T07:00:00+01:00\", \"kind\": \"run\", \"run-kind\": \"interval\", \"distance\": 5000, \"duration\": 1860 },"
                               "    { \"day\": \"2026-02-27T07:00:00+01:00\", \"kind\": \"run\", \"run-kind\": \"easy\", \"distance\": 6000, \"duration\": 2340 },"
                               "    { \"day\": \"2026-03-01T08:00:00+01:00\", \"kind\": \"run\", \"run-kind\": \"long\", \"distance\": 8000, \"duration\": 3300 } ] } }",
                               &error);
  g_assert_no_error (error);
  write_section (state, "plans", json_node_get_object (accepted));

  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_run_days (profile, run_days);
  hyr_profile_set_block_start (profile, block);

  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  check_rules (plan, NULL, profile);

  return plan;
}

static void
assert_adaptation (HyrWeekPlan *plan,
                   const char  *sentence)
{
  HyrSession *long_run = find_run (plan, HYR_RUN_KIND_LONG);

  g_assert_nonnull (strstr (hyr_week_plan_get_summary (plan), sentence));
  g_assert_nonnull (strstr (hyr_session_get_reason (long_run), sentence));
}

/* Ran Monday, Wednesday and Friday (4 + 6 + 6 = 16 km): of the four
 * accepted runs the long run on Sunday is missing. */
static void
test_accepted_week_missed_long_run (void)
{
  g_autoptr(HyrWeekPlan) plan =
    plan_after_accepted_week (4, (const int[]) { 0, 2, 4 }, (const double[]) { 4, 6, 6 }, 3);

  assert_adaptation (plan, "Last week you ran 3 of the 4 runs in the plan you accepted (16.0 km) and missed the long run on Sunday, so this week builds on what you ran, not on the plan.");
  g_assert_null (strstr (hyr_week_plan_get_summary (plan), "planned were recorded"));
}

/* Ran Monday and Friday (4 + 6 = 10 km): the intervals on Wednesday and
 * the long run on Sunday are missing, named in the order of their days. */
static void
test_accepted_week_missed_two (void)
{
  g_autoptr(HyrWeekPlan) plan =
    plan_after_accepted_week (4, (const int[]) { 0, 4 }, (const double[]) { 4, 6 }, 2);

  assert_adaptation (plan, "Last week you ran 2 of the 4 runs in the plan you accepted (10.0 km) and missed the intervals on Wednesday and the long run on Sunday, so this week builds on what you ran, not on the plan.");
}

/* Ran Monday, Thursday, Friday and Saturday: the runs on Thursday and
 * Saturday were the Wednesday intervals and the Sunday long run moved by
 * a day, the nearest open runs; nothing was missed, nothing is said. */
static void
test_accepted_week_moved_runs (void)
{
  g_autoptr(HyrWeekPlan) plan =
    plan_after_accepted_week (4, (const int[]) { 0, 3, 4, 5 }, (const double[]) { 4, 5, 6, 8 }, 4);

  g_assert_null (strstr (hyr_week_plan_get_summary (plan), "missed"));
  g_assert_null (strstr (hyr_week_plan_get_summary (plan), "not on the plan"));
}

/* The profile now says three run days and three runs were recorded
 * (Monday, Thursday, Friday): against the run days nothing is missing,
 * but the accepted plan had four runs. Thursday's run stands in for
 * Wednesday's intervals (1 day away, Sunday is 3), so the long run on
 * Sunday is the one missed. */
static void
test_accepted_week_over_run_days (void)
{
  g_autoptr(HyrWeekPlan) plan =
    plan_after_accepted_week (3, (const int[]) { 0, 3, 4 }, (const double[]) { 4, 6, 6 }, 3);

  assert_adaptation (plan, "Last week you ran 3 of the 4 runs in the plan you accepted (16.0 km) and missed the long run on Sunday");
}

/* No run at all last week: every accepted run is named, and the week
 * restarts at 90 % of the mean of the weeks with runs. */
static void
test_accepted_week_no_runs (void)
{
  g_autoptr(HyrWeekPlan) plan = plan_after_accepted_week (4, NULL, NULL, 0);

  assert_adaptation (plan, "Last week no runs were recorded: you missed the recovery run on Monday, the intervals on Wednesday, the easy run on Friday and the long run on Sunday of the plan you accepted. This week restarts below your usual volume instead of following the plan.");
}

/* The lift log drives the training max. Block from Monday 5 January:
 * cycle 1 is 5 Jan – 1 Feb, cycle 2 2 Feb – 1 Mar, cycle 3 from 2 Mar.
 * Squat 100 kg since 5 January. */
static void
check_amrap_history (guint        cycle2_reps,
                     const double *expected)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(HyrLiftLog) log = hyr_lift_log_new (state);
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GDateTime) block = day_at (2026, 1, 5, 0);
  g_autoptr(GDateTime) cycle1 = day_at (2026, 1, 14, 18);
  g_autoptr(GDateTime) cycle2 = day_at (2026, 2, 18, 18);
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;

  set_training_maxes (state, "2026-01-05", 100, 0, 80, 50);
  g_assert_true (hyr_lift_log_record (log, HYR_LIFT_SQUAT, cycle1, 85, 7, 5, &error));
  g_assert_true (hyr_lift_log_record (log, HYR_LIFT_SQUAT, cycle2, 99, cycle2_reps, 1, &error));
  g_assert_no_error (error);

  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_lift_days (profile, 4);
  hyr_profile_set_block_start (profile, block);

  range = hyr_planner_plan_range (planner, monday, 5, &error);
  g_assert_no_error (error);
  check_range (range, profile);

  assert_sets_weights (find_exercise (g_ptr_array_index (range, 0), HYR_LIFT_SQUAT), expected);
  assert_sets_weights (find_exercise (g_ptr_array_index (range, 4), HYR_LIFT_SQUAT), expected + 3);

  /* No deadlift training max: percentages only, and a warning. */
  g_assert_true (warnings_contain (g_ptr_array_index (range, 0), "Deadlift"));
  g_assert_cmpfloat (hyr_lift_set_get_percent (g_ptr_array_index (hyr_exercise_get_sets (find_exercise (g_ptr_array_index (range, 0), HYR_LIFT_DEADLIFT)), 0)), ==, 65);
}

static void
test_amrap_made (void)
{
  /* Made in cycles 1 and 2: 100 → 105 → 110 kg. Week 1 of cycle 3:
   * 71.5 → 72.5, 82.5, 93.5 → 92.5. Cycle 4 is projected at 115 kg:
   * 74.75 → 75, 86.25 → 87.5, 97.75 → 97.5. */
  check_amrap_history (3, (const double[]) { 72.5, 82.5, 92.5, 75, 87.5, 97.5 });
}

static void
test_amrap_missed (void)
{
  /* Made in cycle 1, missed in cycle 2: 100 → 105 → 94.5 kg. Week 1 of
   * cycle 3: 61.425 → 62.5, 70.875 → 70, 80.325 → 80. Cycle 4 projected
   * at 99.5 kg: 64.675 → 65, 74.625 → 75, 84.575 → 85. */
  check_amrap_history (0, (const double[]) { 62.5, 70, 80, 65, 75, 85 });
}

/* A marathon on Sunday 21 June 2026, 15 weeks after this week: build,
 * peak (three to six weeks out), a taper of two weeks and race week, with
 * strength 2–3 times in the build, twice in the peak, once (light) in the
 * taper weeks and not in race week. */
static void
test_marathon_build (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GDateTime) race = day_at (2026, 6, 21, 0);
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;
  double previous_long = 14000;
  double peak_long = 0;

  add_weeks_of_runs (store, 8, 8, 8, 14);
  set_training_maxes (state, "2026-01-05", 120, 150, 90, 55);
  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_goal (profile, HYR_GOAL_MARATHON);
  hyr_profile_set_race_date (profile, race);
  hyr_profile_set_run_days (profile, 4);

  range = hyr_planner_plan_range (planner, monday, 16, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (range->len, ==, 16);
  check_range (range, profile);

  for (guint i = 0; i < range->len; i++)
    {
      HyrWeekPlan *week = g_ptr_array_index (range, i);
      int to_race = 15 - (int)i;
      HyrPlanPhase phase = hyr_week_plan_get_phase (week);
      guint n_lifts = count_kind (week, HYR_SESSION_KIND_LIFT);
      double longest = longest_run (week);

      /* The recovery and deload weeks count back from the race. */
      g_assert_cmpint (hyr_week_plan_get_recovery_week (week), ==, to_race % 4 == 1);

      if (to_race >= 7)
        {
          g_assert_cmpint (phase, ==, HYR_PLAN_PHASE_BUILD);
          g_assert_cmpuint (n_lifts, >=, 2);
          g_assert_cmpuint (n_lifts, <=, 3);
        }
      else if (to_race >= 3)
        {
          g_assert_cmpint (phase, ==, HYR_PLAN_PHASE_PEAK);
          g_assert_cmpuint (n_lifts, ==, 2);
          /* Maintenance: lower-body lifts without Boring But Big. */
          for (guint s = 0; s < hyr_week_plan_get_sessions (week)->len; s++)
            {
              GPtrArray *exercises = hyr_session_get_exercises (g_ptr_array_index (hyr_week_plan_get_sessions (week), s));

              for (guint e = 0; e < exercises->len; e++)
                {
                  const char *name = hyr_exercise_get_name (g_ptr_array_index (exercises, e));

                  g_assert_null (strstr (name, "Squat, Boring"));
                  g_assert_null (strstr (name, "Deadlift, Boring"));
                }
            }
        }
      else
        {
          g_assert_cmpint (phase, ==, HYR_PLAN_PHASE_TAPER);
        }

      /* The long run grows by at most 1.6 km a week, up to 32 km. */
      if ((phase == HYR_PLAN_PHASE_BUILD || phase == HYR_PLAN_PHASE_PEAK) &&
          !hyr_week_plan_get_recovery_week (week))
        {
          g_assert_cmpfloat (longest, <=, previous_long + 1600 + 100);
          g_assert_cmpfloat (longest, <=, 32000);
          previous_long = longest;
          peak_long = MAX (peak_long, longest);
        }

      if (to_race == 1)
        {
          double biggest = 0;

          for (guint k = i - 4; k < i; k++)
            biggest = MAX (biggest, hyr_week_plan_get_run_distance (g_ptr_array_index (range, k)));

          g_assert_cmpuint (n_lifts, ==, 1);
          g_assert_false (hyr_session_get_heavy_legs (g_ptr_array_index (hyr_week_plan_get_sessions (week), 0)) &&
                          hyr_session_get_kind (g_ptr_array_index (hyr_week_plan_get_sessions (week), 0)) == HYR_SESSION_KIND_LIFT);
          /* 41–60 % less volume, intensity and frequency kept. */
          g_assert_cmpfloat_with_epsilon (hyr_week_plan_get_run_distance (week), 0.55 * biggest, 0.03 * biggest);
          g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_RUN), ==, 4);
          g_assert_cmpuint (count_hard_runs (week), ==, 1);
          g_assert_cmpfloat (longest, <=, 0.6 * peak_long + 100);
        }

      if (to_race == 0)
        {
          HyrSession *race_run = find_run (week, HYR_RUN_KIND_RACE);
          double biggest = 0;

          for (guint k = i - 4; k < i; k++)
            biggest = MAX (biggest, hyr_week_plan_get_run_distance (g_ptr_array_index (range, k)));

          g_assert_nonnull (race_run);
          g_assert_cmpfloat (hyr_session_get_distance (race_run), ==, 42195);
          g_assert_cmpint (julian (hyr_session_get_day (race_run)), ==, julian (race));
          g_assert_cmpuint (n_lifts, ==, 0);
          g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_RUN), ==, 4);
          g_assert_cmpuint (count_hard_runs (week), ==, 1);
          /* 40 % of the biggest week besides the race at most, in short
           * runs only: none over 13 km in the last six days. */
          g_assert_cmpfloat (hyr_week_plan_get_run_distance (week) - 42195, <=, 0.44 * biggest);
          g_assert_cmpfloat (longest, <=, 13000);
        }
    }

  g_assert_cmpfloat (peak_long, >, 20000);
}

/* A week beyond this one is the same whether asked for alone or within a
 * range, because both plan the weeks before it first. */
static void
test_plan_week_matches_range (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GDateTime) later = g_date_time_add_weeks (monday, 3);
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(HyrWeekPlan) alone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  add_weeks_of_runs (store, 6, 6, 6, 8);
  planner = new_planner (store, state);

  range = hyr_planner_plan_range (planner, monday, 5, &error);
  g_assert_no_error (error);
  alone = hyr_planner_plan_week (planner, later, &error);
  g_assert_no_error (error);

  a = hyr_week_plan_to_json (g_ptr_array_index (range, 3));
  b = hyr_week_plan_to_json (alone);
  g_assert_cmpstr (a, ==, b);
}

static void
test_errors (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = new_planner (store, state);
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GDateTime) far = g_date_time_add_weeks (monday, 600);
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plans = hyr_planner_plan_range (planner, monday, 0, &error);
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_RANGE);
  g_assert_null (plans);
  g_clear_error (&error);

  plans = hyr_planner_plan_range (planner, monday, 105, &error);
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_RANGE);
  g_clear_error (&error);

  plan = hyr_planner_plan_week (planner, far, &error);
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_RANGE);
  g_assert_null (plan);
  g_clear_error (&error);

  hyr_profile_set_goal (hyr_planner_get_profile (planner), HYR_GOAL_MARATHON);
  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_NO_RACE_DATE);
  g_assert_null (plan);
}

/* Another long-run day and a week starting on Sunday: the rules hold
 * whatever the calendar. */
/* The engine names every value of its enums, and its session titles use
 * those names, as the views do. */
static void
test_names (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = new_planner (store, state);
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions;
  GType enums[] = { HYR_TYPE_RUN_KIND, HYR_TYPE_LIFT_FOCUS, HYR_TYPE_LIFT, HYR_TYPE_SHOE_KIND };

  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[e]);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint v = 0; v < klass->n_values; v++)
        {
          int value = klass->values[v].value;
          const char *name = enums[e] == HYR_TYPE_RUN_KIND ? hyr_run_kind_get_name (value)
                             : enums[e] == HYR_TYPE_LIFT_FOCUS ? hyr_lift_focus_get_name (value)
                             : enums[e] == HYR_TYPE_LIFT ? hyr_lift_get_name (value)
                             : hyr_shoe_kind_get_name (value);

          g_assert_cmpstr (name, !=, "");
          g_assert_false (g_hash_table_contains (seen, name));
          g_hash_table_add (seen, (gpointer)name);
        }
    }

  g_assert_cmpstr (hyr_run_kind_get_name (HYR_RUN_KIND_HILL), ==, "Hill repeats");
  g_assert_cmpstr (hyr_lift_focus_get_name (HYR_LIFT_FOCUS_FULL), ==, "Full body");
  g_assert_cmpstr (hyr_lift_get_name (HYR_LIFT_OVERHEAD_PRESS), ==, "Overhead press");
  g_assert_cmpstr (hyr_shoe_kind_get_name (HYR_SHOE_KIND_MINIMALIST), ==, "Minimalist");

  plan = hyr_planner_plan_week (planner, monday, &error);
  g_assert_no_error (error);
  sessions = hyr_week_plan_get_sessions (plan);
  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *s = g_ptr_array_index (sessions, i);
      const char *name = hyr_session_get_kind (s) == HYR_SESSION_KIND_RUN
                         ? hyr_run_kind_get_name (hyr_session_get_run_kind (s))
                         : hyr_lift_focus_get_name (hyr_session_get_lift_focus (s));

      g_assert_true (g_str_has_prefix (hyr_session_get_title (s), name));
    }
}

/* The coach's week: the long run on Sunday and four run days put the hard
 * run (tempo, intervals or hills, rotating) on Wednesday and a recovery
 * run on Monday. Heavy legs must stay off Monday and Tuesday (48 h before
 * Wednesday), off Friday and Saturday (48 h before Sunday; Saturday takes
 * no lifting at all) and squats and deadlifts off Sunday, which leaves
 * Wednesday and Thursday, neighbours. Squats and deadlifts both come every
 * loading week, so no placement keeps two heavy-leg sessions 48 h apart:
 * one of them goes light (deload loads) and says why, and heavy legs never
 * come 24 h apart. */
static void
test_heavy_legs_spacing (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;
  guint n_lightened = 0;

  add_weeks_of_runs (store, 6, 7, 7, 10);
  set_training_maxes (state, "2026-01-05", 100, 120, 70, 45);
  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_long_run_day (profile, G_DATE_SUNDAY);
  hyr_profile_set_run_days (profile, 4);
  hyr_profile_set_lift_days (profile, 3);

  range = hyr_planner_plan_range (planner, monday, 8, &error);
  g_assert_no_error (error);
  check_range (range, profile);

  for (guint w = 0; w < range->len; w++)
    {
      HyrWeekPlan *week = g_ptr_array_index (range, w);
      GPtrArray *sessions = hyr_week_plan_get_sessions (week);
      int start = julian (hyr_week_plan_get_week_start (week));
      guint n_heavy = 0;
      gboolean hard_wednesday = FALSE;
      gboolean lightened = FALSE;

      for (guint i = 0; i < sessions->len; i++)
        {
          HyrSession *s = g_ptr_array_index (sessions, i);
          int offset = julian (hyr_session_get_day (s)) - start;

          if (is_key (s) && offset == 2)
            hard_wednesday = TRUE;
          n_heavy += hyr_session_get_heavy_legs (s);
          lightened |= strstr (hyr_session_get_reason (s), "deload loads (40/50/60 %) this time") != NULL;
        }

      /* Only the deload and recovery week drops the hard run, and it has
       * no heavy legs either. */
      g_assert_true (hard_wednesday || n_heavy == 0);
      g_assert_cmpuint (n_heavy, <=, 1);
      if (hard_wednesday)
        {
          g_assert_cmpuint (n_heavy, ==, 1);
          g_assert_true (lightened);
          n_lightened++;
        }
    }

  /* Weeks 1–3 of the wave load, the fourth deloads. */
  g_assert_cmpuint (n_lightened, >=, 4);
}

/* The same runs on three days leave Tuesday, Wednesday and Thursday for
 * heavy legs (the hard run on Tuesday, the long run on Sunday): squats
 * and deadlifts go on Tuesday and Thursday, 48 h apart, and say so. */
static void
test_heavy_legs_spaced (void)
{
  g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
  g_autoptr(HyrState) state = new_state ();
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GDateTime) monday = this_monday ();
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  HyrProfile *profile;
  guint n_spaced = 0;

  add_weeks_of_runs (store, 6, 7, 7, 10);
  set_training_maxes (state, "2026-01-05", 100, 120, 70, 45);
  planner = new_planner (store, state);
  profile = hyr_planner_get_profile (planner);
  hyr_profile_set_long_run_day (profile, G_DATE_SUNDAY);
  hyr_profile_set_run_days (profile, 3);
  hyr_profile_set_lift_days (profile, 3);

  range = hyr_planner_plan_range (planner, monday, 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check_range (range, profile), ==, range->len);

  for (guint w = 0; w < range->len; w++)
    {
      HyrWeekPlan *week = g_ptr_array_index (range, w);
      GPtrArray *sessions = hyr_week_plan_get_sessions (week);
      int start = julian (hyr_week_plan_get_week_start (week));
      int heavy_days[2];
      guint n_heavy = 0;

      for (guint i = 0; i < sessions->len; i++)
        {
          HyrSession *s = g_ptr_array_index (sessions, i);

          if (!hyr_session_get_heavy_legs (s))
            continue;
          g_assert_cmpuint (n_heavy, <, 2);
          heavy_days[n_heavy++] = julian (hyr_session_get_day (s)) - start;
          if (n_heavy == 2)
            g_assert_nonnull (strstr (hyr_session_get_reason (s), "48 h after Tuesday’s"));
        }

      if (n_heavy < 2)
        continue;
      n_spaced++;
      g_assert_cmpint (heavy_days[0], ==, 1);
      g_assert_cmpint (heavy_days[1], ==, 3);
    }

  /* Squats and deadlifts come in every loading week: six of eight. */
  g_assert_cmpuint (n_spaced, ==, 6);
}

/* Every long-run day, run days and lift days: the rules hold in every
 * week (check_range()), the 48 h between heavy-leg sessions whenever some
 * placement keeps it with them. */
static void
test_other_calendars (void)
{
  guint n_weeks = 0, n_spaced = 0;

  for (int long_day = 1; long_day <= 7; long_day++)
    for (guint run_days = 2; run_days <= 6; run_days++)
      for (guint lift_days = 0; lift_days <= 4; lift_days++)
        {
          g_autoptr(PlannerFixtureStore) store = planner_fixture_store_new ();
          g_autoptr(HyrState) state = new_state ();
          g_autoptr(HyrPlanner) planner = NULL;
          g_autoptr(GDateTime) sunday = day_at (2026, 3, 1, 0);
          g_autoptr(GPtrArray) range = NULL;
          g_autoptr(GError) error = NULL;
          HyrProfile *profile;

          g_test_message ("long-run day %d, %u run days, %u lift days", long_day, run_days, lift_days);
          add_weeks_of_runs (store, 6, 7, 7, 10);
          set_training_maxes (state, "2026-01-05", 100, 120, 70, 45);
          planner = new_planner (store, state);
          profile = hyr_planner_get_profile (planner);
          hyr_profile_set_long_run_day (profile, long_day);
          hyr_profile_set_run_days (profile, run_days);
          hyr_profile_set_lift_days (profile, lift_days);

          range = hyr_planner_plan_range (planner, sunday, 8, &error);
          g_assert_no_error (error);
          n_spaced += check_range (range, profile);
          n_weeks += range->len;

          for (guint i = 0; i < range->len; i++)
            {
              HyrWeekPlan *week = g_ptr_array_index (range, i);

              g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_RUN), ==, run_days);
              g_assert_cmpuint (count_kind (week, HYR_SESSION_KIND_LIFT), ==, lift_days);
              g_assert_false (warnings_contain (week, "no placement"));
            }
        }

  g_test_message ("a placement with heavy legs 48 h apart existed in %u of %u weeks",
                  n_spaced, n_weeks);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/planner/novice", test_novice);
  g_test_add_func ("/planner/steady-runner", test_steady_runner);
  g_test_add_func ("/planner/pounds-plates", test_pounds_plates);
  g_test_add_func ("/planner/lifter-who-barely-runs", test_lifter_who_barely_runs);
  g_test_add_func ("/planner/load-spike", test_load_spike);
  g_test_add_func ("/planner/missed-sessions", test_missed_sessions);
  g_test_add_func ("/planner/accept-week", test_accept_week);
  g_test_add_func ("/planner/accept-week-read-only", test_accept_week_read_only);
  g_test_add_func ("/planner/accepted-week/missed-long-run", test_accepted_week_missed_long_run);
  g_test_add_func ("/planner/accepted-week/missed-two", test_accepted_week_missed_two);
  g_test_add_func ("/planner/accepted-week/moved-runs", test_accepted_week_moved_runs);
  g_test_add_func ("/planner/accepted-week/over-run-days", test_accepted_week_over_run_days);
  g_test_add_func ("/planner/accepted-week/no-runs", test_accepted_week_no_runs);
  g_test_add_func ("/planner/amrap-made", test_amrap_made);
  g_test_add_func ("/planner/amrap-missed", test_amrap_missed);
  g_test_add_func ("/planner/marathon-build", test_marathon_build);
  g_test_add_func ("/planner/plan-week-matches-range", test_plan_week_matches_range);
  g_test_add_func ("/planner/errors", test_errors);
  g_test_add_func ("/planner/names", test_names);
  g_test_add_func ("/planner/heavy-legs-spacing", test_heavy_legs_spacing);
  g_test_add_func ("/planner/heavy-legs-spaced", test_heavy_legs_spaced);
  g_test_add_func ("/planner/other-calendars", test_other_calendars);

  return g_test_run ();
}
