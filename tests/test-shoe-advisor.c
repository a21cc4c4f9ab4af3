/* test-shoe-advisor.c — the shoe advisor on its own: retire distances and
 * warnings, retire dates, and the pair to wear next
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The advisor takes the pairs with the user's settings and their tally;
 * the tallies here are over a handful of hand-made activities, and every
 * known answer is worked by hand.
 */

#include <string.h>

#include "hyr.h"
#include "hyr-shoe-advisor.h"
#include "hyr-shoe-storage.h"
#include "hyr-shoe-tally.h"

#define KM 1000.0

/* Monday 2 March 2026, noon UTC; the "last 8 weeks" start on 5 January. */
static GDateTime *
now_time (void)
{
  return g_date_time_new_utc (2026, 3, 2, 12, 0, 0);
}

static void
add_run (GPtrArray  *activities,
         const char *id,
         GDateTime  *start,
         double      km,
         const char *gear_id)
{
  const char *gear[] = { gear_id, NULL };

  g_ptr_array_add (activities,
                   g_object_new (HYR_TYPE_ACTIVITY,
                                 "id", id,
                                 "sport", "Running",
                                 "start", start,
                                 "distance", km * KM,
                                 "duration", km * 300,
                                 "gear-ids", gear,
                                 NULL));
}

static HyrShoePair *
add_pair (HyrShoeSettings *settings,
          const char      *id,
          HyrShoeKind      kind,
          double           prior_km)
{
  HyrShoePair *pair = _hyr_shoe_pair_new (id, id);

  pair->from_host = TRUE;
  pair->kind = kind;
  pair->prior_distance = prior_km * KM;
  g_ptr_array_add (settings->pairs, pair);

  return pair;
}

static HyrShoeAdvisor *
advisor_new (HyrShoeSettings *settings,
             GPtrArray       *activities)
{
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrShoeTally) tally = _hyr_shoe_tally_new (activities, settings, NULL, now);

  return _hyr_shoe_advisor_new (settings->pairs, tally);
}

static void
assert_retire (HyrShoe        *shoe,
               double          retire_km,
               gboolean        custom,
               HyrShoeWarning  warning)
{
  g_test_message ("%s", hyr_shoe_get_gear_id (shoe));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (shoe), retire_km * KM, 1e-6);
  g_assert_cmpint (hyr_shoe_get_retire_distance_is_custom (shoe), ==, custom);
  g_assert_cmpint (hyr_shoe_get_warning (shoe), ==, warning);
}

/* Retire distances: the user's, else the host's, else 800 km for
 * trainers and 500 km for racing and minimalist pairs; values under 1 km
 * are not taken. Warnings at 80 % and 100 % of it.
 *
 *   c0  cushioned, 639.99 km: 79.999 % of 800, none
 *   c1  cushioned, 640 km: 80 %, worn
 *   c2  cushioned, 800 km: 100 %, retire
 *   r   racing, 400 km of 500: 80 %, worn
 *   m   minimalist, 499 km of 500: worn
 *   t   trail, 0 km of 800; o  other, 0 km of 800
 *   h   the host's 600 km; 300 km, none
 *   u   the user's 700 km over the host's 600 km; 690 km: worn
 *   x   the host's 0.5 km and the user's 0.999 km: cushioned's 800 km */
static void
test_retire_thresholds (void)
{
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HyrShoeAdvisor) advisor = NULL;
  HyrShoePair *pair;

  add_pair (settings, "c0", HYR_SHOE_KIND_CUSHIONED, 639.99);
  add_pair (settings, "c1", HYR_SHOE_KIND_CUSHIONED, 640);
  add_pair (settings, "c2", HYR_SHOE_KIND_CUSHIONED, 800);
  add_pair (settings, "r", HYR_SHOE_KIND_RACING, 400);
  add_pair (settings, "m", HYR_SHOE_KIND_MINIMALIST, 499);
  add_pair (settings, "t", HYR_SHOE_KIND_TRAIL, 0);
  add_pair (settings, "o", HYR_SHOE_KIND_OTHER, 0);
  pair = add_pair (settings, "h", HYR_SHOE_KIND_CUSHIONED, 300);
  pair->host_retire_distance = 600 * KM;
  pair = add_pair (settings, "u", HYR_SHOE_KIND_CUSHIONED, 690);
  pair->host_retire_distance = 600 * KM;
  pair->user_retire_distance = 700 * KM;
  pair = add_pair (settings, "x", HYR_SHOE_KIND_CUSHIONED, 0);
  pair->host_retire_distance = 500;
  pair->user_retire_distance = 999;

  advisor = advisor_new (settings, activities);

  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 0), 800, FALSE, HYR_SHOE_WARNING_NONE);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 1), 800, FALSE, HYR_SHOE_WARNING_WORN);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 2), 800, FALSE, HYR_SHOE_WARNING_RETIRE);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 3), 500, FALSE, HYR_SHOE_WARNING_WORN);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 4), 500, FALSE, HYR_SHOE_WARNING_WORN);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 5), 800, FALSE, HYR_SHOE_WARNING_NONE);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 6), 800, FALSE, HYR_SHOE_WARNING_NONE);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 7), 600, FALSE, HYR_SHOE_WARNING_NONE);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 8), 700, TRUE, HYR_SHOE_WARNING_WORN);
  assert_retire (_hyr_shoe_advisor_get_pair_shoe (advisor, 9), 800, FALSE, HYR_SHOE_WARNING_NONE);

  g_assert_cmpint (hyr_shoe_get_wear_percent (_hyr_shoe_advisor_get_pair_shoe (advisor, 1)), ==, 80);
  g_assert_cmpint (hyr_shoe_get_wear_percent (_hyr_shoe_advisor_get_pair_shoe (advisor, 2)), ==, 100);
}

/* Distances, shares and retire dates from the tally, as of 2 March 2026:
 *
 *   g  trail, the host's 600 km; one run of 20 km on 16 February, two
 *      weeks ago: 10 km a week; 580 km left = 58 weeks = 406 days:
 *      12 April 2027
 *   w  cushioned, 805 km before, 5 km on 1 March: past 800 km, due now
 *   f  cushioned; 10 km this morning: at least a week, so 10 km a week;
 *      790 km left = 79 weeks = 553 days: 6 September 2027
 *   s  cushioned; 10 km in 2024 only: no pace, no date
 *   q  cushioned, retired by the host; 10 km on 1 March: no date
 *
 * The runs of the 8 weeks: g f w q one each, 4 in all: each a quarter. */
static void
test_retire_dates (void)
{
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HyrShoeAdvisor) advisor = NULL;
  g_autoptr(GDateTime) old = g_date_time_new_utc (2024, 5, 1, 12, 0, 0);
  g_autoptr(GDateTime) g_run = g_date_time_new_utc (2026, 2, 16, 12, 0, 0);
  g_autoptr(GDateTime) w_run = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(GDateTime) f_run = g_date_time_new_utc (2026, 3, 2, 8, 0, 0);
  g_autoptr(GDateTime) g_due = g_date_time_new_utc (2027, 4, 12, 12, 0, 0);
  g_autoptr(GDateTime) f_due = g_date_time_new_utc (2027, 9, 6, 12, 0, 0);
  g_autoptr(GDateTime) now = now_time ();
  HyrShoePair *pair;
  HyrShoe *shoe;

  pair = add_pair (settings, "g", HYR_SHOE_KIND_TRAIL, 0);
  pair->host_retire_distance = 600 * KM;
  add_pair (settings, "w", HYR_SHOE_KIND_CUSHIONED, 805);
  add_pair (settings, "f", HYR_SHOE_KIND_CUSHIONED, 0);
  add_pair (settings, "s", HYR_SHOE_KIND_CUSHIONED, 0);
  pair = add_pair (settings, "q", HYR_SHOE_KIND_CUSHIONED, 0);
  pair->active = FALSE;

  add_run (activities, "s1", old, 10, "s");
  add_run (activities, "g1", g_run, 20, "g");
  add_run (activities, "w1", w_run, 5, "w");
  add_run (activities, "q1", w_run, 10, "q");
  add_run (activities, "f1", f_run, 10, "f");

  advisor = advisor_new (settings, activities);

  shoe = _hyr_shoe_advisor_get_pair_shoe (advisor, 0);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (shoe), 20 * KM, 1e-6);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_weekly_distance (shoe), 10 * KM, 1e-6);
  g_assert_true (g_date_time_equal (hyr_shoe_get_retire_date (shoe), g_due));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_share (shoe), 0.25, 1e-9);

  shoe = _hyr_shoe_advisor_get_pair_shoe (advisor, 1);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_distance (shoe), 810 * KM, 1e-6);
  g_assert_cmpint (hyr_shoe_get_warning (shoe), ==, HYR_SHOE_WARNING_RETIRE);
  g_assert_true (g_date_time_equal (hyr_shoe_get_retire_date (shoe), now));

  shoe = _hyr_shoe_advisor_get_pair_shoe (advisor, 2);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_weekly_distance (shoe), 10 * KM, 1e-6);
  g_assert_true (g_date_time_equal (hyr_shoe_get_retire_date (shoe), f_due));

  shoe = _hyr_shoe_advisor_get_pair_shoe (advisor, 3);
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_weekly_distance (shoe), 0, 1e-9);
  g_assert_null (hyr_shoe_get_retire_date (shoe));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_share (shoe), 0, 1e-9);

  shoe = _hyr_shoe_advisor_get_pair_shoe (advisor, 4);
  g_assert_false (hyr_shoe_get_active (shoe));
  g_assert_null (hyr_shoe_get_retire_date (shoe));
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_share (shoe), 0.25, 1e-9);
}

/* Active pairs first, then by name; the pairs' own order stays. */
static void
test_order (void)
{
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HyrShoeAdvisor) advisor = NULL;
  const char *sorted[] = { "Alpha", "Beta", "Zulu", "Gamma" };
  GPtrArray *shoes;

  add_pair (settings, "Zulu", HYR_SHOE_KIND_CUSHIONED, 0);
  add_pair (settings, "Gamma", HYR_SHOE_KIND_CUSHIONED, 0)->active = FALSE;
  add_pair (settings, "Beta", HYR_SHOE_KIND_CUSHIONED, 0);
  add_pair (settings, "Alpha", HYR_SHOE_KIND_CUSHIONED, 0);

  advisor = advisor_new (settings, activities);
  shoes = _hyr_shoe_advisor_get_shoes (advisor);

  g_assert_cmpuint (shoes->len, ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < shoes->len; i++)
    g_assert_cmpstr (hyr_shoe_get_name (g_ptr_array_index (shoes, i)), ==, sorted[i]);
  g_assert_cmpstr (hyr_shoe_get_name (_hyr_shoe_advisor_get_pair_shoe (advisor, 1)), ==, "Gamma");
}

static char *
suggest (HyrShoeAdvisor *advisor,
         HyrRunKind      kind,
         double          km,
         GDateTime      *when,
         GHashTable     *planned,
         char          **reason)
{
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrShoe) shoe = _hyr_shoe_advisor_suggest (advisor, kind, km * KM, when, planned, now, reason);

  return shoe != NULL ? g_strdup (hyr_shoe_get_gear_id (shoe)) : NULL;
}

static void
assert_suggests (HyrShoeAdvisor *advisor,
                 HyrRunKind      kind,
                 double          km,
                 const char     *expected)
{
  g_autofree char *gear_id = suggest (advisor, kind, km, NULL, NULL, NULL);

  g_assert_cmpstr (gear_id, ==, expected);
}

/* The kind that suits a run, and never a pair past its retire distance
 * while another is left. No pair was worn, so ties go to the name.
 *
 *   Cushy, Cushy 2  cushioned     Racer  racing      Trail  trail
 *   Mini            minimalist, no runs yet: runs up to 5 km
 *   Worn            cushioned, 900 km of 800: past its retire distance
 *   Gone            cushioned, retired
 *
 * Long, recovery → Cushy; tempo, interval, race → Racer; easy 4 km →
 * Mini, easy 6 km → Cushy (too far for Mini, and cushioned is next);
 * hill 4 km → Mini, hill 6 km → Trail. */
static void
test_suggest_kinds (void)
{
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HyrShoeAdvisor) advisor = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *gear_id = NULL;

  add_pair (settings, "Worn", HYR_SHOE_KIND_CUSHIONED, 900);
  add_pair (settings, "Gone", HYR_SHOE_KIND_CUSHIONED, 0)->active = FALSE;
  add_pair (settings, "Cushy 2", HYR_SHOE_KIND_CUSHIONED, 0);
  add_pair (settings, "Cushy", HYR_SHOE_KIND_CUSHIONED, 0);
  add_pair (settings, "Racer", HYR_SHOE_KIND_RACING, 0);
  add_pair (settings, "Trail", HYR_SHOE_KIND_TRAIL, 0);
  add_pair (settings, "Mini", HYR_SHOE_KIND_MINIMALIST, 0);

  advisor = advisor_new (settings, activities);

  assert_suggests (advisor, HYR_RUN_KIND_LONG, 20, "Cushy");
  assert_suggests (advisor, HYR_RUN_KIND_RECOVERY, 5, "Cushy");
  assert_suggests (advisor, HYR_RUN_KIND_TEMPO, 8, "Racer");
  assert_suggests (advisor, HYR_RUN_KIND_INTERVAL, 8, "Racer");
  assert_suggests (advisor, HYR_RUN_KIND_RACE, 10, "Racer");
  assert_suggests (advisor, HYR_RUN_KIND_EASY, 4, "Mini");
  assert_suggests (advisor, HYR_RUN_KIND_EASY, 6, "Cushy");
  assert_suggests (advisor, HYR_RUN_KIND_HILL, 4, "Mini");
  assert_suggests (advisor, HYR_RUN_KIND_HILL, 6, "Trail");

  gear_id = suggest (advisor, HYR_RUN_KIND_EASY, 6, NULL, NULL, &reason);
  g_assert_cmpstr (gear_id, ==, "Cushy");
  g_assert_true (g_str_has_prefix (reason, "Wear “Cushy”."));
  g_assert_nonnull (strstr (reason, "has not been worn yet"));
}

/* The pair that rested longest keeps the rotation going, counting the
 * runs planned for each pair before the run.
 *
 *   A  cushioned, last run 25 February     B  cushioned, last run 27 February
 *
 * A long run now: A, rested 5 days (25 February to 2 March). With a run
 * planned in A on 3 March, a long run on 5 March goes to B; one on 2
 * March comes before that planned run, so A again. */
static void
test_suggest_rested (void)
{
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) planned = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) a_run = g_date_time_new_utc (2026, 2, 25, 12, 0, 0);
  g_autoptr(GDateTime) b_run = g_date_time_new_utc (2026, 2, 27, 12, 0, 0);
  g_autoptr(GDateTime) planned_a = g_date_time_new_utc (2026, 3, 3, 12, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 3, 5, 12, 0, 0);
  g_autoptr(GDateTime) now = now_time ();
  g_autoptr(HyrShoeAdvisor) advisor = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *gear_id = NULL;

  add_pair (settings, "A", HYR_SHOE_KIND_CUSHIONED, 0);
  add_pair (settings, "B", HYR_SHOE_KIND_CUSHIONED, 0);
  add_run (activities, "a", a_run, 10, "A");
  add_run (activities, "b", b_run, 10, "B");
  advisor = advisor_new (settings, activities);

  gear_id = suggest (advisor, HYR_RUN_KIND_LONG, 20, NULL, NULL, &reason);
  g_assert_cmpstr (gear_id, ==, "A");
  g_assert_nonnull (strstr (reason, "rested longest (5 days)"));
  g_clear_pointer (&gear_id, g_free);

  g_hash_table_insert (planned, (char *)"A", planned_a);
  gear_id = suggest (advisor, HYR_RUN_KIND_LONG, 20, later, planned, NULL);
  g_assert_cmpstr (gear_id, ==, "B");
  g_clear_pointer (&gear_id, g_free);
  gear_id = suggest (advisor, HYR_RUN_KIND_LONG, 20, now, planned, NULL);
  g_assert_cmpstr (gear_id, ==, "A");
}

/* Past their retire distance, pairs are suggested only when every active
 * pair is: then the least worn. Without an active pair, none. */
static void
test_suggest_worn_out (void)
{
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  g_autoptr(HyrShoeSettings) retired = _hyr_shoe_settings_new ();
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HyrShoeAdvisor) advisor = NULL;
  g_autoptr(HyrShoeAdvisor) none = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *gear_id = NULL;

  add_pair (settings, "Worse", HYR_SHOE_KIND_CUSHIONED, 950);
  add_pair (settings, "Worn", HYR_SHOE_KIND_CUSHIONED, 900);
  advisor = advisor_new (settings, activities);

  gear_id = suggest (advisor, HYR_RUN_KIND_EASY, 8, NULL, NULL, &reason);
  g_assert_cmpstr (gear_id, ==, "Worn");
  g_assert_nonnull (strstr (reason, "Every active pair is past its retire distance"));
  g_clear_pointer (&gear_id, g_free);
  g_clear_pointer (&reason, g_free);

  add_pair (retired, "Gone", HYR_SHOE_KIND_CUSHIONED, 0)->active = FALSE;
  none = advisor_new (retired, activities);
  gear_id = suggest (none, HYR_RUN_KIND_EASY, 8, NULL, NULL, &reason);
  g_assert_null (gear_id);
  g_assert_nonnull (strstr (reason, "There is no active pair"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shoe-advisor/retire-thresholds", test_retire_thresholds);
  g_test_add_func ("/shoe-advisor/retire-dates", test_retire_dates);
  g_test_add_func ("/shoe-advisor/order", test_order);
  g_test_add_func ("/shoe-advisor/suggest-kinds", test_suggest_kinds);
  g_test_add_func ("/shoe-advisor/suggest-rested", test_suggest_rested);
  g_test_add_func ("/shoe-advisor/suggest-worn-out", test_suggest_worn_out);

  return g_test_run ();
}
