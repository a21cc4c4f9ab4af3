/* test-workouts.c — VDOT, training paces, the structure of a planned run,
 * its text and its JSON
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The known answers are worked by hand from Daniels and Gilbert's formulas
 * (DOMAIN.md "Paces and workouts"); the race times are the VDOT table of
 * Daniels' Running Formula (table 3.1), which the formulas reproduce to a
 * few seconds.
 */

#include <math.h>

#include "hyr.h"
#include "hyr-workout-private.h"

#define METRES_PER_MILE 1609.344

static const HyrRunKind all_kinds[] = {
  HYR_RUN_KIND_RECOVERY, HYR_RUN_KIND_EASY, HYR_RUN_KIND_LONG, HYR_RUN_KIND_TEMPO,
  HYR_RUN_KIND_INTERVAL, HYR_RUN_KIND_HILL, HYR_RUN_KIND_RACE,
};

static GPtrArray *
steps_of (HyrWorkoutStep *first,
          ...)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (HyrWorkoutStep *step = first; step != NULL; step = va_arg (args, HyrWorkoutStep *))
    g_ptr_array_add (steps, step);
  va_end (args);

  return steps;
}

static HyrWorkoutStep *
step_at (GPtrArray *steps,
         guint      i)
{
  g_assert_cmpuint (i, <, steps->len);
  return g_ptr_array_index (steps, i);
}

static void
assert_same_steps (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      HyrWorkoutStep *x = step_at (a, i);
      HyrWorkoutStep *y = step_at (b, i);

      g_assert_cmpint (hyr_workout_step_get_kind (x), ==, hyr_workout_step_get_kind (y));
      g_assert_cmpuint (hyr_workout_step_get_repeat (x), ==, hyr_workout_step_get_repeat (y));
      g_assert_cmpfloat (hyr_workout_step_get_distance (x), ==, hyr_workout_step_get_distance (y));
      g_assert_cmpfloat (hyr_workout_step_get_duration (x), ==, hyr_workout_step_get_duration (y));
      g_assert_cmpfloat (hyr_workout_step_get_pace_low (x), ==, hyr_workout_step_get_pace_low (y));
      g_assert_cmpfloat (hyr_workout_step_get_pace_high (x), ==, hyr_workout_step_get_pace_high (y));
    }
}

/* The share of VO2max held for @minutes, written out again here so that
 * the race times are checked against the formula, not against the code. */
static double
sustainable_share (double minutes)
{
  return 0.8 + 0.1894393 * exp (-0.012778 * minutes) + 0.2989558 * exp (-0.1932605 * minutes);
}

/* glib-mkenums makes the nicks the state and the exports store. */
static void
test_step_kind_nicks (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (HYR_TYPE_STEP_KIND);

  g_assert_cmpstr (g_enum_get_value (klass, HYR_STEP_KIND_WARM_UP)->value_nick, ==, "warm-up");
  g_assert_cmpstr (g_enum_get_value (klass, HYR_STEP_KIND_WORK)->value_nick, ==, "work");
  g_assert_cmpstr (g_enum_get_value (klass, HYR_STEP_KIND_RECOVERY)->value_nick, ==, "recovery");
  g_assert_cmpstr (g_enum_get_value (klass, HYR_STEP_KIND_COOL_DOWN)->value_nick, ==, "cool-down");
}

static void
test_step_properties (void)
{
  g_autoptr(HyrWorkoutStep) step = hyr_workout_step_new (HYR_STEP_KIND_WORK, 5, 1000, 0, 245, 252);
  g_autoptr(HyrWorkoutStep) timed = hyr_workout_step_new (HYR_STEP_KIND_RECOVERY, 1, 0, 90, 0, 0);
  HyrStepKind kind = HYR_STEP_KIND_WARM_UP;
  guint repeat = 0;
  double pace_low = 0;
  double pace_high = 0;

  g_assert_cmpint (hyr_workout_step_get_kind (step), ==, HYR_STEP_KIND_WORK);
  g_assert_cmpuint (hyr_workout_step_get_repeat (step), ==, 5);
  g_assert_cmpfloat (hyr_workout_step_get_distance (step), ==, 1000);
  g_assert_cmpfloat (hyr_workout_step_get_duration (step), ==, 0);
  g_assert_cmpfloat (hyr_workout_step_get_pace_low (step), ==, 245);
  g_assert_cmpfloat (hyr_workout_step_get_pace_high (step), ==, 252);

  g_object_get (step, "kind", &kind, "repeat", &repeat,
                "pace-low", &pace_low, "pace-high", &pace_high, NULL);
  g_assert_cmpint (kind, ==, HYR_STEP_KIND_WORK);
  g_assert_cmpuint (repeat, ==, 5);
  g_assert_cmpfloat (pace_low, ==, 245);
  g_assert_cmpfloat (pace_high, ==, 252);

  g_assert_cmpint (hyr_workout_step_get_kind (timed), ==, HYR_STEP_KIND_RECOVERY);
  g_assert_cmpfloat (hyr_workout_step_get_distance (timed), ==, 0);
  g_assert_cmpfloat (hyr_workout_step_get_duration (timed), ==, 90);
  g_assert_cmpfloat (hyr_workout_step_get_pace_low (timed), ==, 0);
}

static void
expect_refused (guint  repeat,
                double distance,
                double duration,
                double pace_low,
                double pace_high)
{
  g_autoptr(HyrWorkoutStep) step = NULL;

  g_test_expect_message ("hyr-workout-step", G_LOG_LEVEL_CRITICAL, "*hyr_workout_step_new*");
  step = hyr_workout_step_new (HYR_STEP_KIND_WORK, repeat, distance, duration, pace_low, pace_high);
  g_test_assert_expected_messages ();
  g_assert_null (step);
}

static void
test_step_invalid (void)
{
  expect_refused (0, 1000, 0, 0, 0);            /* no repeat */
  expect_refused (1, -1000, 0, 0, 0);           /* negative distance */
  expect_refused (1, 0, -60, 0, 0);             /* negative time */
  expect_refused (1, NAN, 0, 0, 0);
  expect_refused (1, 0, INFINITY, 0, 0);
  expect_refused (1, 0, 0, 0, 0);               /* neither distance nor time */
  expect_refused (1, 1000, 60, 0, 0);           /* both */
  expect_refused (1, 1000, 0, -1, 300);
  expect_refused (1, 1000, 0, 240, NAN);
  expect_refused (1, 1000, 0, 240, INFINITY);
  expect_refused (1, 1000, 0, 0, 300);          /* half a pace range */
  expect_refused (1, 1000, 0, 300, 240);        /* fast end slower than slow end */
}

/* VO2 = −4.60 + 0.182258 v + 0.000104 v², share = 0.8 + 0.1894393 e^(−0.012778 t)
 * + 0.2989558 e^(−0.1932605 t), VDOT = VO2 ÷ share. */
static void
test_vdot_known_answers (void)
{
  /* 5 km in 20:00: v = 5000 ÷ 20 = 250 m/min;
   * VO2 = −4.60 + 45.5645 + 6.5 = 47.4645;
   * share = 0.8 + 0.1894393 × e^(−0.25556) + 0.2989558 × e^(−3.86521)
   *       = 0.8 + 0.1894393 × 0.774483 + 0.2989558 × 0.020959 = 0.952983;
   * VDOT = 47.4645 ÷ 0.952983 = 49.806 (DOMAIN: ≈ 49.8). */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (5000, 1200), 49.806, 0.001);

  /* 10 km in 50:00: v = 200 m/min; VO2 = −4.60 + 36.4516 + 4.16 = 36.0116;
   * share = 0.8 + 0.1894393 × e^(−0.6389) + 0.2989558 × e^(−9.663025)
   *       = 0.8 + 0.1894393 × 0.527873 + 0.2989558 × 0.0000636 = 0.900019;
   * VDOT = 36.0116 ÷ 0.900019 = 40.012 (DOMAIN: ≈ 40.0). */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (10000, 3000), 40.012, 0.001);

  /* Daniels's table: VDOT 50 is 5 km in 19:57, 10 km in 41:21, the
   * marathon in 3:10:49; VDOT 40 is 24:08, 50:03 and 3:49:45. The formulas
   * give 49.95, 49.97, 49.95 and 39.94, 39.97, 39.97. */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (5000, 19 * 60 + 57), 50, 0.1);
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (10000, 41 * 60 + 21), 50, 0.1);
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (42195, 3 * 3600 + 10 * 60 + 49), 50, 0.1);
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (5000, 24 * 60 + 8), 40, 0.1);
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (10000, 50 * 60 + 3), 40, 0.1);
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (42195, 3 * 3600 + 49 * 60 + 45), 40, 0.1);
}

static void
test_vdot_bad_input (void)
{
  /* 3 km is the shortest effort that counts; 3 km in 10:00 is 58.85. */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (3000, 600), 58.849, 0.001);
  g_assert_cmpfloat (hyr_vdot_from_effort (2999, 600), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (1500, 240), ==, 0);

  g_assert_cmpfloat (hyr_vdot_from_effort (0, 1200), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (-5000, 1200), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (5000, 0), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (5000, -1200), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (NAN, 1200), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (5000, NAN), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (INFINITY, 1200), ==, 0);
  g_assert_cmpfloat (hyr_vdot_from_effort (5000, INFINITY), ==, 0);

  /* 3 km in 10 h is 5 m/min: VO2 = −4.60 + 0.91 + 0.0026 < 0, no VDOT. */
  g_assert_cmpfloat (hyr_vdot_from_effort (3000, 36000), ==, 0);

  g_assert_cmpfloat (hyr_vdot_pace (0, 0.88), ==, 0);
  g_assert_cmpfloat (hyr_vdot_pace (-50, 0.88), ==, 0);
  g_assert_cmpfloat (hyr_vdot_pace (50, 0), ==, 0);
  g_assert_cmpfloat (hyr_vdot_pace (50, -0.88), ==, 0);
  g_assert_cmpfloat (hyr_vdot_pace (NAN, 0.88), ==, 0);
  g_assert_cmpfloat (hyr_vdot_pace (50, INFINITY), ==, 0);
}

/* Solve 0.000104 v² + 0.182258 v − (4.60 + share × 50) = 0,
 * v = (−0.182258 + √(0.182258² + 4 × 0.000104 × (4.60 + share × 50))) ÷ 0.000208,
 * pace = 60000 ÷ v; 0.182258² = 0.0332180. */
static void
test_vdot_paces (void)
{
  /* 100 %: √(0.0332180 + 0.000416 × 54.6 = 0.0559316) = 0.236499;
   * v = 0.054241 ÷ 0.000208 = 260.772 m/min; 60000 ÷ 260.772 = 230.09 s, 3:50 /km */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_pace (50, 1.00), 230.09, 0.01);
  /* 88 %: √(0.0332180 + 0.000416 × 48.6 = 0.0534356) = 0.231161;
   * v = 0.048903 ÷ 0.000208 = 235.112; 255.20 s, 4:15 /km */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_pace (50, 0.88), 255.20, 0.01);
  /* 70 %: √(0.0332180 + 0.000416 × 39.6 = 0.0496916) = 0.222916;
   * v = 0.040658 ÷ 0.000208 = 195.472; 306.95 s, 5:07 /km */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_pace (50, 0.70), 306.95, 0.01);
  /* 59 %: √(0.0332180 + 0.000416 × 34.1 = 0.0474036) = 0.217724;
   * v = 0.035466 ÷ 0.000208 = 170.508; 351.89 s, 5:52 /km */
  g_assert_cmpfloat_with_epsilon (hyr_vdot_pace (50, 0.59), 351.89, 0.01);
}

/* The time of a race at VDOT @vdot: the time t whose pace is the share of
 * VDOT held for t, found by fixed-point iteration (it converges because
 * the share changes slowly with t). */
static double
race_time (double vdot,
           double distance)
{
  double time = distance * 0.25;

  for (guint i = 0; i < 100; i++)
    time = hyr_vdot_pace (vdot, sustainable_share (time / 60)) * distance / 1000;

  return time;
}

/* Pace solving and VDOT are inverses: an effort run at the pace of the
 * share held for its time gives back the VDOT, and the times are Daniels's
 * table, to 3 s over 5 and 10 km and 10 s over the marathon. */
static void
test_vdot_round_trip (void)
{
  static const struct { double vdot, distance, table; } races[] = {
    { 50, 5000, 19 * 60 + 57 },
    { 50, 10000, 41 * 60 + 21 },
    { 50, 42195, 3 * 3600 + 10 * 60 + 49 },
    { 40, 5000, 24 * 60 + 8 },
    { 40, 10000, 50 * 60 + 3 },
    { 40, 42195, 3 * 3600 + 49 * 60 + 45 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (races); i++)
    {
      double time = race_time (races[i].vdot, races[i].distance);

      g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (races[i].distance, time),
                                      races[i].vdot, 1e-6);
      g_assert_cmpfloat_with_epsilon (time, races[i].table, races[i].distance > 10000 ? 10 : 3);
    }

  for (double vdot = 30; vdot <= 80; vdot += 5)
    {
      double time = race_time (vdot, 10000);

      g_assert_cmpfloat_with_epsilon (hyr_vdot_from_effort (10000, time), vdot, 1e-6);
    }
}

/* The distance of one repeat: its own, or its time at the middle of its
 * paces, or at the easy pace when it is run by effort. */
static double
repeat_distance (HyrWorkoutStep *step,
                 double          easy_pace)
{
  double low = hyr_workout_step_get_pace_low (step);
  double high = hyr_workout_step_get_pace_high (step);

  if (hyr_workout_step_get_distance (step) > 0)
    return hyr_workout_step_get_distance (step);
  if (low > 0)
    return hyr_workout_step_get_duration (step) * 1000 / ((low + high) / 2);

  return hyr_workout_step_get_duration (step) / easy_pace;
}

static double
repeat_time (HyrWorkoutStep *step,
             double          easy_pace)
{
  double low = hyr_workout_step_get_pace_low (step);
  double high = hyr_workout_step_get_pace_high (step);

  if (hyr_workout_step_get_duration (step) > 0)
    return hyr_workout_step_get_duration (step);
  if (low > 0)
    return hyr_workout_step_get_distance (step) * (low + high) / 2 / 1000;

  return hyr_workout_step_get_distance (step) * easy_pace;
}

static void
check_structure (HyrRunKind  kind,
                 double      distance,
                 double      easy_pace,
                 double      vdot)
{
  g_autoptr(GPtrArray) steps = _hyr_workout_steps_for_run (kind, distance, easy_pace, vdot);
  gboolean hard = kind == HYR_RUN_KIND_TEMPO || kind == HYR_RUN_KIND_INTERVAL ||
                  kind == HYR_RUN_KIND_HILL;
  double total = 0;
  double work = 0;
  double work_time = 0;

  g_assert_nonnull (steps);
  g_assert_cmpuint (steps->len, >=, 1);

  for (guint i = 0; i < steps->len; i++)
    {
      HyrWorkoutStep *step = step_at (steps, i);
      guint repeat = hyr_workout_step_get_repeat (step);

      total += repeat * repeat_distance (step, easy_pace);
      if (hyr_workout_step_get_kind (step) == HYR_STEP_KIND_WORK)
        {
          work += repeat * repeat_distance (step, easy_pace);
          work_time += repeat * repeat_time (step, easy_pace);
        }
    }

  /* The steps add up to the run, the cool-down rounded to 100 m. */
  g_assert_cmpfloat_with_epsilon (total, distance, 50);
  g_assert_cmpfloat_with_epsilon (_hyr_workout_steps_get_distance (steps, easy_pace), total, 1e-6);

  if (!hard || steps->len == 1)
    {
      /* One work step over the whole run; a hard run too short for its
       * structure (a tempo under 5 min, a repeat under 200 m) is run
       * easy, which happens only up to 3 km. */
      g_assert_cmpuint (steps->len, ==, 1);
      g_assert_cmpint (hyr_workout_step_get_kind (step_at (steps, 0)), ==, HYR_STEP_KIND_WORK);
      g_assert_cmpfloat (hyr_workout_step_get_distance (step_at (steps, 0)), ==, distance);
      g_assert_true (!hard || distance <= 3000);
      return;
    }

  g_assert_cmpint (hyr_workout_step_get_kind (step_at (steps, 0)), ==, HYR_STEP_KIND_WARM_UP);
  g_assert_cmpint (hyr_workout_step_get_kind (step_at (steps, steps->len - 1)), ==,
                   HYR_STEP_KIND_COOL_DOWN);
  g_assert_cmpint (hyr_workout_step_get_kind (step_at (steps, 1)), ==, HYR_STEP_KIND_WORK);

  /* 10–15 min of warm-up when the run has room for it, never more;
   * the cool-down at least as long as the warm-up, less its rounding. */
  g_assert_cmpfloat (repeat_time (step_at (steps, 0), easy_pace), <=, 15 * 60);
  if (distance >= 10000)
    g_assert_cmpfloat (repeat_time (step_at (steps, 0), easy_pace), >=, 10 * 60);
  g_assert_cmpfloat (hyr_workout_step_get_distance (step_at (steps, steps->len - 1)), >=,
                     hyr_workout_step_get_distance (step_at (steps, 0)) - 100);

  /* At most half the run is work. */
  g_assert_cmpfloat (work, <=, distance / 2);

  switch (kind)
    {
    case HYR_RUN_KIND_INTERVAL:
      {
        HyrWorkoutStep *reps = step_at (steps, 1);
        HyrWorkoutStep *jog = step_at (steps, 2);
        double rep_time = repeat_time (reps, easy_pace);

        g_assert_cmpuint (steps->len, ==, 4);
        g_assert_cmpuint (hyr_workout_step_get_repeat (reps), <=, 8);
        /* Equal-time jogs, to the half minute. */
        g_assert_cmpint (hyr_workout_step_get_kind (jog), ==, HYR_STEP_KIND_RECOVERY);
        g_assert_cmpuint (hyr_workout_step_get_repeat (jog), ==, hyr_workout_step_get_repeat (reps));
        g_assert_cmpfloat_with_epsilon (hyr_workout_step_get_duration (jog), rep_time, 30);
        /* Whole repeats are 3–5 min; a short run gets one shorter one. */
        if (hyr_workout_step_get_repeat (reps) > 1)
          {
            g_assert_cmpfloat (rep_time, >=, 180);
            g_assert_cmpfloat (rep_time, <=, 300);
          }
      }
      break;

    case HYR_RUN_KIND_TEMPO:
      /* 20–40 min, unless half the run is less: a fast runner's 10 km
       * holds 16 min of tempo. */
      g_assert_cmpfloat (work_time, <=, 40 * 60);
      if (distance >= 10000)
        g_assert_true (work_time >= 20 * 60 || work >= 0.4 * distance);
      break;

    case HYR_RUN_KIND_HILL:
      {
        HyrWorkoutStep *hills = step_at (steps, 1);
        double time = hyr_workout_step_get_duration (hills);

        g_assert_cmpuint (hyr_workout_step_get_repeat (hills), <=, 10);
        if (distance >= 8000)
          g_assert_cmpuint (hyr_workout_step_get_repeat (hills), >=, 6);
        g_assert_cmpfloat (time, >=, 60);
        g_assert_cmpfloat (time, <=, 90);
        /* Uphill by effort, no pace. */
        g_assert_cmpfloat (hyr_workout_step_get_pace_low (hills), ==, 0);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_structure_adds_up (void)
{
  static const double distances[] = { 800, 2000, 3000, 5000, 8000, 10000, 12000, 16000, 21100, 35000 };
  static const double easy_paces[] = { 0.30, 0.39, 0.50, 0.90 };  /* 5:00 to 15:00 /km */
  static const double vdots[] = { 0, 30, 50, 70 };

  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    for (guint d = 0; d < G_N_ELEMENTS (distances); d++)
      for (guint e = 0; e < G_N_ELEMENTS (easy_paces); e++)
        for (guint v = 0; v < G_N_ELEMENTS (vdots); v++)
          check_structure (all_kinds[k], distances[d], easy_paces[e], vdots[v]);
}

/* VDOT 50, 10 km tempo, worked by hand:
 * easy 59–74 % = 351.89–293.53 s/km, middle 322.71 s/km;
 * warm-up 750 s ÷ 0.32271 s/m = 2324 m → 2.5 km (807 s, within 10–15 min),
 *   at most a quarter of 10 km; cool-down the same at least;
 * room 10 − 2 × 2.5 = 5 km, work cap 5 km;
 * T 83–88 % = 267.57–255.20 s/km, middle 261.38 s/km;
 *   5000 m × 0.26138 s/m = 1307 s → 20 min, continuous;
 *   20 min ÷ 0.26138 s/m = 4591 m;
 * cool-down 10000 − 2500 − 4591 = 2909 → 2.9 km. */
static void
test_structure_tempo (void)
{
  g_autoptr(GPtrArray) steps = _hyr_workout_steps_for_run (HYR_RUN_KIND_TEMPO, 10000, 0.39, 50);
  g_autofree char *text = hyr_workout_steps_format (steps, "km");

  g_assert_cmpuint (steps->len, ==, 3);
  g_assert_cmpfloat (hyr_workout_step_get_distance (step_at (steps, 0)), ==, 2500);
  g_assert_cmpfloat (hyr_workout_step_get_duration (step_at (steps, 1)), ==, 1200);
  g_assert_cmpfloat_with_epsilon (hyr_workout_step_get_pace_low (step_at (steps, 1)), 255.20, 0.01);
  g_assert_cmpfloat_with_epsilon (hyr_workout_step_get_pace_high (step_at (steps, 1)), 267.57, 0.01);
  g_assert_cmpfloat (hyr_workout_step_get_distance (step_at (steps, 2)), ==, 2900);
  g_assert_cmpstr (text, ==, "2.5 km easy · 20 min @ 4:15–4:28 /km · 2.9 km easy");
}

/* VDOT 50, 12 km intervals, worked by hand:
 * warm-up 2.5 km as above; room 12 − 5 = 7 km, work cap 6 km;
 * I 95–100 % = 239.85–230.09 s/km, middle 234.97 s/km: 800 m takes 188 s,
 *   1000 m 235 s, 1200 m 282 s; 1000 m is nearest 4 min;
 * jog 240 s (235 s to the half minute) at the middle of 59–65 %,
 *   (351.89 + 325.74) ÷ 2 = 338.81 s/km: 708.4 m;
 * 7000 ÷ (1000 + 708.4) = 4.1 → 4 repeats (cap 6000 ÷ 1000 = 6);
 * cool-down 12000 − 2500 − 4 × 1708.4 = 2666 → 2.7 km. */
static void
test_structure_intervals (void)
{
  g_autoptr(GPtrArray) steps = _hyr_workout_steps_for_run (HYR_RUN_KIND_INTERVAL, 12000, 0.39, 50);
  g_autofree char *text = hyr_workout_steps_format (steps, "km");

  g_assert_cmpuint (steps->len, ==, 4);
  g_assert_cmpuint (hyr_workout_step_get_repeat (step_at (steps, 1)), ==, 4);
  g_assert_cmpfloat (hyr_workout_step_get_distance (step_at (steps, 1)), ==, 1000);
  g_assert_cmpfloat (hyr_workout_step_get_duration (step_at (steps, 2)), ==, 240);
  g_assert_cmpfloat (hyr_workout_step_get_distance (step_at (steps, 3)), ==, 2700);
  g_assert_cmpstr (text, ==, "2.5 km easy · 4 × 1000 m @ 3:50–4:00 /km, 4 min jog · 2.7 km easy");
}

static double
work_pace (HyrRunKind kind,
           double     easy_pace,
           double     vdot,
           gboolean   fast_end)
{
  g_autoptr(GPtrArray) steps = _hyr_workout_steps_for_run (kind, 16000, easy_pace, vdot);

  for (guint i = 0; i < steps->len; i++)
    {
      HyrWorkoutStep *step = step_at (steps, i);

      if (hyr_workout_step_get_kind (step) == HYR_STEP_KIND_WORK)
        return fast_end ? hyr_workout_step_get_pace_low (step) : hyr_workout_step_get_pace_high (step);
    }

  g_assert_not_reached ();
}

/* I faster than T faster than marathon faster than easy, recovery the slow
 * end of easy; with a VDOT and with paces estimated from the easy pace. */
static void
test_paces_ordered (void)
{
  static const double vdots[] = { 0, 35, 50, 65 };

  for (guint v = 0; v < G_N_ELEMENTS (vdots); v++)
    {
      double interval = work_pace (HYR_RUN_KIND_INTERVAL, 0.39, vdots[v], FALSE);
      double tempo_fast = work_pace (HYR_RUN_KIND_TEMPO, 0.39, vdots[v], TRUE);
      double tempo = work_pace (HYR_RUN_KIND_TEMPO, 0.39, vdots[v], FALSE);
      double marathon = work_pace (HYR_RUN_KIND_RACE, 0.39, vdots[v], FALSE);
      double easy_fast = work_pace (HYR_RUN_KIND_EASY, 0.39, vdots[v], TRUE);
      double easy = work_pace (HYR_RUN_KIND_EASY, 0.39, vdots[v], FALSE);
      double recovery_fast = work_pace (HYR_RUN_KIND_RECOVERY, 0.39, vdots[v], TRUE);
      double recovery = work_pace (HYR_RUN_KIND_RECOVERY, 0.39, vdots[v], FALSE);

      /* The slow end of one range is faster than the fast end of the
       * next: I 95–100 % against T 83–88 %, M 80–84 % against easy 59–74 %.
       * T and M overlap, as their shares do; M's slow end is T's slower. */
      g_assert_cmpfloat (interval, <, tempo_fast);
      g_assert_cmpfloat (tempo, <, marathon);
      g_assert_cmpfloat (marathon, <, easy_fast);
      g_assert_cmpfloat (recovery_fast, >, easy_fast);
      g_assert_cmpfloat (recovery, ==, easy);
      g_assert_cmpfloat (work_pace (HYR_RUN_KIND_LONG, 0.39, vdots[v], TRUE), ==, easy_fast);
    }
}

/* Without a VDOT the learnt easy pace, 6:30 /km, is the fast end of the
 * easy range (74 %): the VDOT that runs 74 % at 390 s/km gives the rest.
 * v = 60000 ÷ 390 = 153.85 m/min, VO2 = −4.60 + 28.040 + 2.462 = 25.902,
 * VDOT = 25.902 ÷ 0.74 = 35.00; the estimates are then T 0.87–0.91 × and
 * I 0.78–0.82 × the easy pace. */
static void
test_paces_estimated (void)
{
  double easy = work_pace (HYR_RUN_KIND_EASY, 0.39, 0, TRUE);
  double tempo_fast = work_pace (HYR_RUN_KIND_TEMPO, 0.39, 0, TRUE);
  double tempo_slow = work_pace (HYR_RUN_KIND_TEMPO, 0.39, 0, FALSE);
  double interval_fast = work_pace (HYR_RUN_KIND_INTERVAL, 0.39, 0, TRUE);
  double interval_slow = work_pace (HYR_RUN_KIND_INTERVAL, 0.39, 0, FALSE);

  g_assert_cmpfloat_with_epsilon (easy, 390, 1e-6);
  g_assert_cmpfloat_with_epsilon (tempo_fast, hyr_vdot_pace (35.0, 0.88), 0.5);
  g_assert_cmpfloat_with_epsilon (tempo_fast / easy, 0.87, 0.01);
  g_assert_cmpfloat_with_epsilon (tempo_slow / easy, 0.91, 0.01);
  g_assert_cmpfloat_with_epsilon (interval_fast / easy, 0.78, 0.01);
  g_assert_cmpfloat_with_epsilon (interval_slow / easy, 0.82, 0.01);
}

/* A VDOT beyond any runner's comes from a bad record and is not used; an
 * easy pace faster than any runner's makes no estimate and gives every
 * step the learnt pace. Neither is refused: both can come from the host. */
static void
test_paces_implausible (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    {
      g_autoptr(GPtrArray) bad = _hyr_workout_steps_for_run (all_kinds[k], 12000, 0.39, 150);
      g_autoptr(GPtrArray) none = _hyr_workout_steps_for_run (all_kinds[k], 12000, 0.39, 0);
      g_autoptr(GPtrArray) fast = _hyr_workout_steps_for_run (all_kinds[k], 12000, 0.001, 0);

      assert_same_steps (bad, none);
      g_assert_cmpfloat_with_epsilon (_hyr_workout_steps_get_distance (fast, 0.001), 12000, 50);
      for (guint i = 0; i < fast->len; i++)
        if (hyr_workout_step_get_pace_low (step_at (fast, i)) > 0)
          g_assert_cmpfloat (hyr_workout_step_get_pace_high (step_at (fast, i)), ==, 1);
    }
}

/* DOMAIN.md's example; 245 s/km × 1.609344 = 394.3 s = 6:34 /mi,
 * 252 × 1.609344 = 405.6 s = 6:46 /mi; 2 km = 1.24 mi, written 1.2. */
static void
test_format (void)
{
  g_autoptr(GPtrArray) intervals =
    steps_of (hyr_workout_step_new (HYR_STEP_KIND_WARM_UP, 1, 2000, 0, 294, 352),
              hyr_workout_step_new (HYR_STEP_KIND_WORK, 5, 1000, 0, 245, 252),
              hyr_workout_step_new (HYR_STEP_KIND_RECOVERY, 5, 400, 0, 326, 352),
              hyr_workout_step_new (HYR_STEP_KIND_COOL_DOWN, 1, 2000, 0, 294, 352),
              NULL);
  g_autoptr(GPtrArray) hills =
    steps_of (hyr_workout_step_new (HYR_STEP_KIND_WARM_UP, 1, 1500, 0, 294, 352),
              hyr_workout_step_new (HYR_STEP_KIND_WORK, 8, 0, 90, 0, 0),
              hyr_workout_step_new (HYR_STEP_KIND_RECOVERY, 8, 0, 90, 326, 352),
              hyr_workout_step_new (HYR_STEP_KIND_COOL_DOWN, 1, 800, 0, 294, 352),
              NULL);
  g_autoptr(GPtrArray) cruise =
    steps_of (hyr_workout_step_new (HYR_STEP_KIND_WORK, 3, 0, 600, 255.4, 267.5),
              hyr_workout_step_new (HYR_STEP_KIND_RECOVERY, 3, 0, 210, 326, 352),
              NULL);
  /* 249.6 s and 250.4 s both round to 250 s: one pace, 4:10 /km; per
   * mile they are 249.6 × 1.609344 = 401.7 s → 6:42 and 250.4 × 1.609344 =
   * 403.0 s → 6:43, a range again; 21.1 km = 13.11 mi. */
  g_autoptr(GPtrArray) steady =
    steps_of (hyr_workout_step_new (HYR_STEP_KIND_WORK, 1, 21100, 0, 249.6, 250.4), NULL);
  /* A jog that follows no work of its own repeats says its own. */
  g_autoptr(GPtrArray) lone =
    steps_of (hyr_workout_step_new (HYR_STEP_KIND_WORK, 4, 0, 180, 240, 250),
              hyr_workout_step_new (HYR_STEP_KIND_RECOVERY, 2, 0, 45, 326, 352),
              NULL);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *km = hyr_workout_steps_format (intervals, "km");
  g_autofree char *mi = hyr_workout_steps_format (intervals, "mi");
  g_autofree char *default_unit = hyr_workout_steps_format (intervals, NULL);
  g_autofree char *hills_text = hyr_workout_steps_format (hills, "km");
  g_autofree char *cruise_text = hyr_workout_steps_format (cruise, "km");
  g_autofree char *steady_km = hyr_workout_steps_format (steady, "km");
  g_autofree char *steady_mi = hyr_workout_steps_format (steady, "mi");
  g_autofree char *lone_text = hyr_workout_steps_format (lone, "km");
  g_autofree char *empty = hyr_workout_steps_format (none, "km");

  g_assert_cmpstr (km, ==, "2 km easy · 5 × 1000 m @ 4:05–4:12 /km, 400 m jog · 2 km easy");
  g_assert_cmpstr (mi, ==, "1.2 mi easy · 5 × 1000 m @ 6:34–6:46 /mi, 400 m jog · 1.2 mi easy");
  g_assert_cmpstr (default_unit, ==, km);
  g_assert_cmpstr (hills_text, ==, "1.5 km easy · 8 × 90 s hard, 90 s jog · 800 m easy");
  /* 255.4 → 4:15, 267.5 → 268 s = 4:28; 210 s = 3:30 min */
  g_assert_cmpstr (cruise_text, ==, "3 × 10 min @ 4:15–4:28 /km, 3:30 min jog");
  g_assert_cmpstr (steady_km, ==, "21.1 km @ 4:10 /km");
  g_assert_cmpstr (steady_mi, ==, "13.1 mi @ 6:42–6:43 /mi");
  g_assert_cmpstr (lone_text, ==, "4 × 3 min @ 4:00–4:10 /km · 2 × 45 s jog");
  g_assert_cmpstr (empty, ==, "");
}

/* Through text and back, as the week plan's JSON is saved and read. */
static void
test_json_round_trip (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
    {
      g_autoptr(GPtrArray) steps = _hyr_workout_steps_for_run (all_kinds[k], 12000, 0.39, 47.3);
      g_autoptr(JsonNode) node = _hyr_workout_steps_to_json (steps);
      g_autofree char *text = json_to_string (node, FALSE);
      g_autoptr(JsonNode) parsed = NULL;
      g_autoptr(GPtrArray) back = NULL;
      g_autoptr(GError) error = NULL;

      parsed = json_from_string (text, &error);
      g_assert_no_error (error);
      back = _hyr_workout_steps_from_json (parsed, &error);
      g_assert_no_error (error);
      assert_same_steps (steps, back);
    }
}

static void
test_json_members (void)
{
  g_autoptr(GPtrArray) steps =
    steps_of (hyr_workout_step_new (HYR_STEP_KIND_WARM_UP, 1, 2000, 0, 294, 352),
              hyr_workout_step_new (HYR_STEP_KIND_COOL_DOWN, 1, 0, 600, 0, 0),
              NULL);
  g_autoptr(JsonNode) node = _hyr_workout_steps_to_json (steps);
  JsonArray *array = json_node_get_array (node);
  JsonObject *warm_up = json_array_get_object_element (array, 0);
  JsonObject *cool_down = json_array_get_object_element (array, 1);

  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (warm_up, "kind"), ==, "warm-up");
  g_assert_cmpint (json_object_get_int_member (warm_up, "repeat"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (warm_up, "distance"), ==, 2000);
  g_assert_cmpfloat (json_object_get_double_member (warm_up, "duration"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (warm_up, "pace-low"), ==, 294);
  g_assert_cmpfloat (json_object_get_double_member (warm_up, "pace-high"), ==, 352);
  g_assert_cmpstr (json_object_get_string_member (cool_down, "kind"), ==, "cool-down");
  g_assert_cmpfloat (json_object_get_double_member (cool_down, "duration"), ==, 600);
}

/* A file edited by hand is refused with an error, never a critical
 * (G_DEBUG=fatal-criticals would fail the test) nor a half-read run. */
static void
test_json_damaged (void)
{
  static const char *damaged[] = {
    "{}",
    "[1]",
    "[{}]",
    "[{\"kind\":\"sprint\",\"repeat\":1,\"distance\":1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":3,\"repeat\":1,\"distance\":1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":[],\"repeat\":1,\"distance\":1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":0,\"distance\":1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":2.5,\"distance\":1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":1e12,\"distance\":1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":\"1 km\",\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":1000,\"duration\":60,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":-1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":1e300,\"duration\":0,\"pace-low\":0,\"pace-high\":0}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":1000,\"duration\":0,\"pace-low\":300,\"pace-high\":240}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":1000,\"duration\":0,\"pace-low\":true,\"pace-high\":240}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":1000,\"duration\":0,\"pace-low\":240}]",
    "[{\"kind\":\"work\",\"repeat\":1,\"distance\":1000,\"duration\":0,\"pace-low\":0,\"pace-high\":0},null]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = json_from_string (damaged[i], &error);
      g_autoptr(GPtrArray) steps = NULL;

      g_assert_no_error (error);
      steps = _hyr_workout_steps_from_json (node, &error);
      g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT);
      g_assert_null (steps);
    }
}

static void
expect_no_structure (double distance,
                     double easy_pace,
                     double vdot)
{
  g_autoptr(GPtrArray) steps = NULL;

  g_test_expect_message ("hyr-workout", G_LOG_LEVEL_CRITICAL, "*_hyr_workout_steps_for_run*");
  steps = _hyr_workout_steps_for_run (HYR_RUN_KIND_TEMPO, distance, easy_pace, vdot);
  g_test_assert_expected_messages ();
  g_assert_null (steps);
}

static void
test_structure_invalid (void)
{
  expect_no_structure (0, 0.39, 50);
  expect_no_structure (-5000, 0.39, 50);
  expect_no_structure (NAN, 0.39, 50);
  expect_no_structure (INFINITY, 0.39, 50);
  expect_no_structure (10000, 0, 50);
  expect_no_structure (10000, -0.39, 50);
  expect_no_structure (10000, NAN, 50);
  expect_no_structure (10000, 4.0, 50);   /* over an hour per km */
  expect_no_structure (10000, 0.39, -1);
  expect_no_structure (10000, 0.39, NAN);
  expect_no_structure (10000, 0.39, INFINITY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workouts/step-kind/nicks", test_step_kind_nicks);
  g_test_add_func ("/workouts/step/properties", test_step_properties);
  g_test_add_func ("/workouts/step/invalid", test_step_invalid);
  g_test_add_func ("/workouts/vdot/known-answers", test_vdot_known_answers);
  g_test_add_func ("/workouts/vdot/bad-input", test_vdot_bad_input);
  g_test_add_func ("/workouts/vdot/paces", test_vdot_paces);
  g_test_add_func ("/workouts/vdot/round-trip", test_vdot_round_trip);
  g_test_add_func ("/workouts/structure/adds-up", test_structure_adds_up);
  g_test_add_func ("/workouts/structure/tempo", test_structure_tempo);
  g_test_add_func ("/workouts/structure/intervals", test_structure_intervals);
  g_test_add_func ("/workouts/structure/invalid", test_structure_invalid);
  g_test_add_func ("/workouts/paces/ordered", test_paces_ordered);
  g_test_add_func ("/workouts/paces/estimated", test_paces_estimated);
  g_test_add_func ("/workouts/paces/implausible", test_paces_implausible);
  g_test_add_func ("/workouts/format", test_format);
  g_test_add_func ("/workouts/json/round-trip", test_json_round_trip);
  g_test_add_func ("/workouts/json/members", test_json_members);
  g_test_add_func ("/workouts/json/damaged", test_json_damaged);

  return g_test_run ();
}
