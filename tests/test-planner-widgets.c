/* test-planner-widgets.c — the Planner page's parts on their own: a
 * session card in each state it shows, the AMRAP popover, the muscle bars
 * and the Training Load view
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Today is Wednesday 4 March 2026 for the planner; the history is 8 weeks
 * of planner_page_history_fill(). In the week of 2 February the Monday
 * run was done and Wednesday's run missed; this week's Monday run was
 * done in part.
 */

#include <glib/gstdio.h>
#include <string.h>

#include "hyr-amrap-popover.h"
#include "hyr-load-chart.h"
#include "hyr-load-view.h"
#include "hyr-muscle-bars.h"
#include "hyr-planner-format.h"
#include "hyr-session-card.h"
#include "hyr-strength-chart.h"
#include "hyr-test-store.h"
#include "planner-page-history.h"
#include "hyr-test-widgets.h"

#define HISTORY_WEEKS 8

typedef struct
{
  char         *dir;
  HyrState     *state;
  HyrTestStore *store;
  HyrPlanner   *planner;
  HyrLiftLog   *lift_log;
  GDateTime    *today;
} Fixture;

#define READ_ONLY GINT_TO_POINTER (1)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  HyrProfile *profile;

  f->dir = g_dir_make_tmp ("hyr-planner-widgets-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "state.json", NULL);

  if (data == READ_ONLY)
    {
      g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                                                      "The file is damaged");
      f->state = hyr_state_new_read_only (path, reason);
    }
  else
    f->state = hyr_state_new (path);

  profile = hyr_state_get_profile (f->state);
  hyr_profile_set_body_mass (profile, 82);
  hyr_profile_set_run_days (profile, 4);
  hyr_profile_set_lift_days (profile, 3);
  hyr_profile_set_long_run_day (profile, G_DATE_SUNDAY);
  hyr_profile_set_training_max (profile, HYR_LIFT_SQUAT, 120);
  hyr_profile_set_training_max (profile, HYR_LIFT_DEADLIFT, 150);
  hyr_profile_set_training_max (profile, HYR_LIFT_BENCH_PRESS, 90);
  hyr_profile_set_training_max (profile, HYR_LIFT_OVERHEAD_PRESS, 55);

  f->today = g_date_time_new_local (2026, 3, 4, 12, 0, 0);
  f->store = hyr_test_store_new ();
  planner_page_history_fill (f->store, f->today, HISTORY_WEEKS);
  f->planner = hyr_planner_new (HYR_ACTIVITY_STORE (f->store), f->state);
  hyr_planner_set_today (f->planner, f->today);
  f->lift_log = hyr_lift_log_new (f->state);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->lift_log);
  g_clear_object (&f->planner);
  g_clear_object (&f->store);
  g_clear_object (&f->state);
  g_clear_pointer (&f->today, g_date_time_unref);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);
      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dir);
}

/* Widgets */

static guint
count_named (GtkWidget  *widget,
             const char *name)
{
  g_autoptr(GPtrArray) found = hyr_test_find_all (widget, name);

  return found->len;
}

static const char *
label_of (GtkWidget  *widget,
          const char *name)
{
  GtkWidget *label = hyr_test_find_one (widget, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
has_class (GtkWidget  *widget,
           const char *class_name)
{
  return gtk_style_context_has_class (gtk_widget_get_style_context (widget), class_name);
}

/* Plans */

static HyrWeekPlan *
plan_of_week (Fixture *f,
              int      year,
              int      month,
              int      day)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (year, month, day, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  HyrWeekPlan *plan = hyr_planner_plan_week (f->planner, start, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static HyrSession *
session_with (HyrWeekPlan      *plan,
              HyrSessionKind    kind,
              HyrSessionStatus  status)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (session) == kind && hyr_session_get_status (session) == status &&
          (kind == HYR_SESSION_KIND_RUN || hyr_session_get_exercises (session)->len > 0))
        return session;
    }

  return NULL;
}

static HyrActivity *
activity_with_id (Fixture    *f,
                  const char *id)
{
  g_autoptr(GDateTime) from = g_date_time_add_weeks (f->today, -HISTORY_WEEKS - 1);
  g_autoptr(GDateTime) to = g_date_time_add_weeks (f->today, 1);
  g_autoptr(GPtrArray) activities = hyr_activity_store_query (HYR_ACTIVITY_STORE (f->store), from, to);

  for (guint i = 0; i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);

      if (g_strcmp0 (hyr_activity_get_id (activity), id) == 0)
        return g_object_ref (activity);
    }

  g_assert_not_reached ();
}

static GtkWidget *
card_new (Fixture     *f,
          HyrWeekPlan *plan,
          HyrSession  *session,
          HyrActivity *activity,
          GDateTime   *today,
          const char  *distance_unit)
{
  GtkWidget *card = hyr_session_card_new (plan, session, activity, f->lift_log,
                                          today != NULL ? today : f->today, distance_unit, "kg");

  g_assert_true (HYR_IS_SESSION_CARD (card));
  g_assert_true (hyr_session_card_get_session (HYR_SESSION_CARD (card)) == session);
  return g_object_ref_sink (card);
}

/* The menu of a card's menu button: its first section the days to move
 * the session to, its second Skip. */
static GMenuModel *
card_menu (GtkWidget *card)
{
  GtkWidget *button = hyr_test_find_one (card, "session-menu");

  g_assert_true (GTK_IS_MENU_BUTTON (button));
  return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
}

static char *
menu_item_label (GMenuModel *menu,
                 int         section,
                 int         item)
{
  GMenuModel *items = g_menu_model_get_item_link (menu, section, G_MENU_LINK_SECTION);
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (items, item, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_object_unref (items);
  return label;
}

static guint
index_in_plan (HyrWeekPlan *plan,
               HyrSession  *session)
{
  guint index;

  g_assert_true (g_ptr_array_find (hyr_week_plan_get_sessions (plan), session, &index));
  return index;
}

/* Session cards */

/* A session done says so with what was recorded, in the unit asked for,
 * and has no menu: nothing is left to move of it. */
static void
test_card_done (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 2, 2);
  HyrSession *session = session_with (plan, HYR_SESSION_KIND_RUN, HYR_SESSION_STATUS_DONE);
  g_autoptr(HyrActivity) activity = NULL;
  g_autoptr(GtkWidget) card = NULL;
  g_autoptr(GtkWidget) bare = NULL;
  g_autoptr(GtkWidget) in_miles = NULL;
  g_autofree char *recorded = NULL;
  g_autofree char *recorded_mi = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_mi = NULL;

  g_assert_nonnull (session);
  activity = activity_with_id (f, hyr_session_get_activity_id (session));

  card = card_new (f, plan, session, activity, NULL, "km");
  recorded = hyr_format_recorded (activity, FALSE);
  expected = g_strdup_printf ("✓ Done: %s", recorded);
  g_assert_true (g_str_has_suffix (recorded, " min") && strstr (recorded, " km in ") != NULL);
  g_assert_cmpstr (gtk_widget_get_name (card), ==, "session-run");
  g_assert_cmpstr (label_of (card, "session-status"), ==, expected);
  g_assert_true (has_class (card, "hyr-card"));
  g_assert_true (has_class (card, "run"));
  g_assert_true (has_class (card, "done"));
  g_assert_true (has_class (hyr_test_find_one (card, "session-status"), "hyr-status"));
  g_assert_true (has_class (hyr_test_find_one (card, "session-status"), "done"));
  g_assert_cmpuint (count_named (card, "session-menu"), ==, 0);
  g_assert_cmpstr (label_of (card, "session-title"), ==,
                   hyr_run_kind_get_name (hyr_session_get_run_kind (session)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hyr_test_find_one (card, "session-title")), ==,
                   hyr_session_get_reason (session));
  g_assert_nonnull (hyr_test_find_one (card, "session-reason"));

  /* Without the activity (one the host no longer reports), the word alone. */
  bare = card_new (f, plan, session, NULL, NULL, "km");
  g_assert_cmpstr (label_of (bare, "session-status"), ==, "✓ Done");

  in_miles = card_new (f, plan, session, activity, NULL, "mi");
  recorded_mi = hyr_format_recorded (activity, TRUE);
  expected_mi = g_strdup_printf ("✓ Done: %s", recorded_mi);
  g_assert_nonnull (strstr (recorded_mi, " mi in "));
  g_assert_cmpstr (label_of (in_miles, "session-status"), ==, expected_mi);
}

/* A run done in part says so, with what was recorded; this week it can
 * still be moved. */
static void
test_card_partial (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 3, 2);
  HyrSession *session = session_with (plan, HYR_SESSION_KIND_RUN, HYR_SESSION_STATUS_PARTIAL);
  g_autoptr(HyrActivity) activity = NULL;
  g_autoptr(GtkWidget) card = NULL;
  g_autofree char *recorded = NULL;
  g_autofree char *expected = NULL;

  g_assert_nonnull (session);
  activity = activity_with_id (f, hyr_session_get_activity_id (session));
  card = card_new (f, plan, session, activity, NULL, "km");
  recorded = hyr_format_recorded (activity, FALSE);
  expected = g_strdup_printf ("◐ Partly done: %s", recorded);
  g_assert_cmpstr (label_of (card, "session-status"), ==, expected);
  g_assert_true (has_class (card, "partial"));
  g_assert_false (has_class (card, "done"));
  g_assert_true (has_class (hyr_test_find_one (card, "session-status"), "partial"));
  g_assert_cmpuint (count_named (card, "session-menu"), ==, 0);
}

/* A missed session of a week that is over says so and keeps what
 * happened: no menu. Of a week not over, it can still go to a day left. */
static void
test_card_missed (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 2, 2);
  HyrSession *session = session_with (plan, HYR_SESSION_KIND_RUN, HYR_SESSION_STATUS_MISSED);
  g_autoptr(GDateTime) sunday = g_date_time_new_local (2026, 2, 8, 12, 0, 0);
  g_autoptr(GtkWidget) card = NULL;
  g_autoptr(GtkWidget) still = NULL;
  g_autofree char *skip = NULL;
  g_autofree char *move = NULL;
  GMenuModel *menu;
  GVariant *target;

  g_assert_nonnull (session);
  card = card_new (f, plan, session, NULL, NULL, "km");
  g_assert_cmpstr (label_of (card, "session-status"), ==, "✗ Missed");
  g_assert_true (has_class (card, "missed"));
  g_assert_true (has_class (hyr_test_find_one (card, "session-status"), "missed"));
  g_assert_cmpuint (count_named (card, "session-menu"), ==, 0);

  /* On that week's Sunday, Sunday is the day left to move it to. */
  still = card_new (f, plan, session, NULL, sunday, "km");
  menu = card_menu (still);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  move = menu_item_label (menu, 0, 0);
  g_assert_cmpstr (move, ==, "Move to Sunday");
  skip = menu_item_label (menu, 1, 0);
  g_assert_cmpstr (skip, ==, "Skip");
  {
    g_autoptr(GMenuModel) days = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_autoptr(GMenuModel) skips = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION);
    guint index, offset;

    g_assert_cmpint (g_menu_model_get_n_items (days), ==, 1);
    target = g_menu_model_get_item_attribute_value (days, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE ("(uu)"));
    g_variant_get (target, "(uu)", &index, &offset);
    g_assert_cmpuint (index, ==, index_in_plan (plan, session));
    g_assert_cmpuint (offset, ==, 6);
    g_variant_unref (target);

    target = g_menu_model_get_item_attribute_value (skips, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_UINT32);
    g_assert_cmpuint (g_variant_get_uint32 (target), ==, index_in_plan (plan, session));
    g_variant_unref (target);
  }
}

/* A week to come: nothing to say yet of what was done; the menu offers
 * every other day of the week; a strength card cannot be logged before
 * its day. */
static void
test_card_planned (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 3, 9);
  HyrSession *run = session_with (plan, HYR_SESSION_KIND_RUN, HYR_SESSION_STATUS_PLANNED);
  HyrSession *lift = session_with (plan, HYR_SESSION_KIND_LIFT, HYR_SESSION_STATUS_PLANNED);
  g_autoptr(GtkWidget) run_card = NULL;
  g_autoptr(GtkWidget) lift_card = NULL;
  g_autoptr(GMenuModel) days = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *button;

  g_assert_nonnull (run);
  g_assert_nonnull (lift);

  run_card = card_new (f, plan, run, NULL, NULL, "km");
  g_assert_cmpuint (count_named (run_card, "session-status"), ==, 0);
  g_assert_false (has_class (run_card, "done") || has_class (run_card, "missed") || has_class (run_card, "partial"));
  g_assert_nonnull (hyr_test_find_one (run_card, "session-workout"));
  days = g_menu_model_get_item_link (card_menu (run_card), 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (days), ==, 6);
  accessible = g_strdup_printf ("Move or skip %s", hyr_run_kind_get_name (hyr_session_get_run_kind (run)));
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (hyr_test_find_one (run_card, "session-menu"))), ==,
                   accessible);

  lift_card = card_new (f, plan, lift, NULL, NULL, "km");
  g_assert_cmpstr (gtk_widget_get_name (lift_card), ==, "session-lift");
  g_assert_true (has_class (lift_card, "lift"));
  g_assert_cmpuint (count_named (lift_card, "exercise"), ==, hyr_session_get_exercises (lift)->len);
  g_assert_true (has_class (hyr_test_find_one (lift_card, "session-detail"), GTK_STYLE_CLASS_DIM_LABEL));
  button = hyr_test_find_one (lift_card, "log-session-button");
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "You can log the session on its day or after it.");
  if (count_named (lift_card, "amrap-button") > 0)
    g_assert_false (gtk_widget_get_sensitive (hyr_test_find_one (lift_card, "amrap-button")));
  /* The reason stays last, under whatever the session has. */
  {
    g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (lift_card));

    g_assert_cmpstr (gtk_widget_get_name (g_list_last (children)->data), ==, "session-reason");
    g_assert_true (g_list_nth_data (children, g_list_length (children) - 2) == button);
  }
}

/* The race stays on its date: its card has no menu. */
static void
test_card_race (Fixture       *f,
                gconstpointer  data)
{
  HyrProfile *profile = hyr_state_get_profile (f->state);
  g_autoptr(GDateTime) race_day = g_date_time_new_local (2026, 3, 22, 0, 0, 0);
  g_autoptr(HyrWeekPlan) plan = NULL;
  g_autoptr(GtkWidget) card = NULL;
  HyrSession *race = NULL;
  GPtrArray *sessions;

  hyr_profile_set_goal (profile, HYR_GOAL_MARATHON);
  hyr_profile_set_race_date (profile, race_day);
  plan = plan_of_week (f, 2026, 3, 16);
  sessions = hyr_week_plan_get_sessions (plan);
  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN &&
          hyr_session_get_run_kind (session) == HYR_RUN_KIND_RACE)
        race = session;
    }
  g_assert_nonnull (race);

  card = card_new (f, plan, race, NULL, NULL, "km");
  g_assert_cmpint (hyr_session_get_status (race), ==, HYR_SESSION_STATUS_PLANNED);
  g_assert_cmpuint (count_named (card, "session-menu"), ==, 0);
}

static void
on_log_session (HyrSessionCard *card,
                guint          *count)
{
  (*count)++;
}

static void
on_save_amrap (HyrSessionCard  *card,
               HyrAmrapPopover *popover,
               guint           *count)
{
  g_assert_true (HYR_IS_AMRAP_POPOVER (popover));
  g_assert_true (gtk_popover_get_relative_to (GTK_POPOVER (popover)) == hyr_test_find_one (GTK_WIDGET (card), "amrap-button"));
  (*count)++;
}

/* A strength session of a day gone by: Log Session… asks the owner to
 * log it; the AMRAP popover's Save Result asks it to save the results. */
static void
test_card_signals (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 3, 2);
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  g_autoptr(GtkWidget) card = NULL;
  HyrSession *lift = NULL;
  guint logs = 0, saves = 0;
  GtkWidget *amrap;
  GtkPopover *popover;

  for (guint i = 0; i < sessions->len && lift == NULL; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(GtkWidget) candidate = NULL;

      if (hyr_session_get_kind (session) != HYR_SESSION_KIND_LIFT ||
          hyr_julian_of (hyr_session_get_day (session)) > hyr_julian_of (f->today))
        continue;
      candidate = card_new (f, plan, session, NULL, NULL, "km");
      if (count_named (candidate, "amrap-button") == 1)
        {
          lift = session;
          card = g_steal_pointer (&candidate);
        }
    }
  g_assert_nonnull (lift);

  g_signal_connect (card, "log-session", G_CALLBACK (on_log_session), &logs);
  g_signal_connect (card, "save-amrap", G_CALLBACK (on_save_amrap), &saves);

  g_assert_true (gtk_widget_get_sensitive (hyr_test_find_one (card, "log-session-button")));
  gtk_button_clicked (GTK_BUTTON (hyr_test_find_one (card, "log-session-button")));
  g_assert_cmpuint (logs, ==, 1);

  amrap = hyr_test_find_one (card, "amrap-button");
  g_assert_true (gtk_widget_get_sensitive (amrap));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (amrap));
  g_assert_true (HYR_IS_AMRAP_POPOVER (popover));
  gtk_button_clicked (GTK_BUTTON (hyr_test_find_one (GTK_WIDGET (popover), "amrap-save")));
  g_assert_cmpuint (saves, ==, 1);
  g_assert_cmpuint (logs, ==, 1);
}

/* AMRAP popover */

static HyrSession *
amrap_session (HyrWeekPlan *plan,
               guint       *n_amrap)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      GPtrArray *exercises = hyr_session_get_exercises (session);

      *n_amrap = 0;
      for (guint e = 0; e < exercises->len; e++)
        {
          double weight;
          guint required;

          *n_amrap += hyr_amrap_popover_find_amrap (g_ptr_array_index (exercises, e), &weight, &required);
        }
      if (*n_amrap > 0)
        return session;
    }

  g_assert_not_reached ();
}

/* The first exercise with an AMRAP set, its lift, weight and reps. */
static void
first_amrap (HyrSession *session,
             HyrLift    *lift,
             double     *weight,
             guint      *required)
{
  GPtrArray *exercises = hyr_session_get_exercises (session);

  for (guint e = 0; e < exercises->len; e++)
    {
      HyrExercise *exercise = g_ptr_array_index (exercises, e);

      if (hyr_amrap_popover_find_amrap (exercise, weight, required))
        {
          *lift = hyr_exercise_get_lift (exercise);
          return;
        }
    }

  g_assert_not_reached ();
}

/* A row per main lift with a "+" set, prefilled with the reps it asks
 * for, labelled with its weight in the unit asked for; the sets of the
 * rest have no row. */
static void
test_amrap_rows (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 3, 2);
  guint n_amrap;
  HyrSession *session = amrap_session (plan, &n_amrap);
  GtkWidget *popover = g_object_ref_sink (hyr_amrap_popover_new (session, f->lift_log, "kg"));
  GtkWidget *in_pounds = g_object_ref_sink (hyr_amrap_popover_new (session, f->lift_log, "lb"));
  g_autoptr(GPtrArray) spins = hyr_test_find_all (popover, "amrap-reps");
  g_autofree char *weight_kg = NULL;
  g_autofree char *weight_lb = NULL;
  g_autofree char *text_kg = NULL;
  g_autofree char *text_lb = NULL;
  GtkWidget *label;
  HyrLift lift;
  double weight;
  guint required;

  first_amrap (session, &lift, &weight, &required);
  g_assert_cmpuint (spins->len, ==, n_amrap);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0)), ==, required);

  weight_kg = hyr_format_weight (weight, FALSE);
  text_kg = g_strdup_printf ("_%s, %s × %u+", hyr_lift_get_name (lift), weight_kg, required);
  label = gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_parent (g_ptr_array_index (spins, 0))), 0, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, text_kg);
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (label)) == g_ptr_array_index (spins, 0));

  weight_lb = hyr_format_weight (weight, TRUE);
  text_lb = g_strdup_printf ("_%s, %s × %u+", hyr_lift_get_name (lift), weight_lb, required);
  g_assert_true (g_str_has_suffix (weight_lb, " lb"));
  g_clear_pointer (&spins, g_ptr_array_unref);
  spins = hyr_test_find_all (in_pounds, "amrap-reps");
  label = gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_parent (g_ptr_array_index (spins, 0))), 0, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, text_lb);

  /* Nothing is wrong yet. */
  g_assert_false (gtk_widget_get_visible (hyr_test_find_one (popover, "amrap-error")));

  gtk_widget_destroy (popover);
  gtk_widget_destroy (in_pounds);
  g_object_unref (popover);
  g_object_unref (in_pounds);
}

/* Saved, the results are in the lift log, and a popover opened again
 * shows them. */
static void
test_amrap_save (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 3, 2);
  guint n_amrap;
  HyrSession *session = amrap_session (plan, &n_amrap);
  GtkWidget *popover = g_object_ref_sink (hyr_amrap_popover_new (session, f->lift_log, "kg"));
  GtkWidget *again;
  g_autoptr(GPtrArray) spins = hyr_test_find_all (popover, "amrap-reps");
  double weight, logged_weight;
  guint required, logged_reps, logged_required;
  HyrLift lift;

  first_amrap (session, &lift, &weight, &required);
  for (guint i = 0; i < spins->len; i++)
    gtk_spin_button_set_value (g_ptr_array_index (spins, i), required + 2);

  g_assert_cmpuint (hyr_amrap_popover_save (HYR_AMRAP_POPOVER (popover)), ==, n_amrap);
  g_assert_true (hyr_lift_log_lookup (f->lift_log, lift, hyr_session_get_day (session),
                                      &logged_weight, &logged_reps, &logged_required));
  g_assert_cmpfloat (logged_weight, ==, weight);
  g_assert_cmpuint (logged_reps, ==, required + 2);
  g_assert_cmpuint (logged_required, ==, required);
  g_assert_false (gtk_widget_get_visible (hyr_test_find_one (popover, "amrap-error")));

  again = g_object_ref_sink (hyr_amrap_popover_new (session, f->lift_log, "kg"));
  g_clear_pointer (&spins, g_ptr_array_unref);
  spins = hyr_test_find_all (again, "amrap-reps");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0)), ==, required + 2);

  gtk_widget_destroy (popover);
  gtk_widget_destroy (again);
  g_object_unref (popover);
  g_object_unref (again);
}

/* A state that cannot be written: nothing saved, and the popover says
 * why. */
static void
test_amrap_read_only (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 3, 2);
  guint n_amrap;
  HyrSession *session = amrap_session (plan, &n_amrap);
  GtkWidget *popover = g_object_ref_sink (hyr_amrap_popover_new (session, f->lift_log, "kg"));
  GtkWidget *error_label = hyr_test_find_one (popover, "amrap-error");
  double weight;
  guint required;
  HyrLift lift;

  first_amrap (session, &lift, &weight, &required);
  g_assert_cmpuint (hyr_amrap_popover_save (HYR_AMRAP_POPOVER (popover)), ==, 0);
  g_assert_false (hyr_lift_log_lookup (f->lift_log, lift, hyr_session_get_day (session), NULL, NULL, NULL));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (error_label)), "The result was not saved: "));

  gtk_widget_destroy (popover);
  g_object_unref (popover);
}

/* Muscle bars */

static void
assert_muscle_rows (GtkWidget   *bars,
                    HyrWeekPlan *plan,
                    gboolean     show_done)
{
  GtkGrid *grid = GTK_GRID (bars);
  GVariantIter iter;
  const char *muscle;
  double sets;
  int row = show_done ? 1 : 0;

  if (show_done)
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (grid, 2, 0))), ==,
                     "done / planned");
  else
    g_assert_cmpstr (gtk_widget_get_name (gtk_grid_get_child_at (grid, 2, 0)), ==, "muscle-sets");

  g_variant_iter_init (&iter, hyr_week_plan_get_sets_per_muscle (plan));
  while (g_variant_iter_next (&iter, "{&sd}", &muscle, &sets))
    {
      g_autofree char *name = g_strdup_printf ("muscle-%s", muscle);
      g_autofree char *number = NULL;
      g_autofree char *planned = NULL;
      g_autofree char *tooltip = NULL;
      double done = hyr_week_plan_get_muscle_sets_done (plan, muscle);
      GtkWidget *label = gtk_grid_get_child_at (grid, 0, row);
      GtkWidget *bar = gtk_grid_get_child_at (grid, 1, row);
      GtkWidget *value = gtk_grid_get_child_at (grid, 2, row);

      g_assert_cmpstr (gtk_widget_get_name (label), ==, name);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, hyr_muscle_get_name (muscle));
      g_assert_true (GTK_IS_LEVEL_BAR (bar));
      /* The bar ends at 25 sets; a muscle past it fills it. */
      g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), ==, MIN (sets, 25));
      g_assert_cmpstr (gtk_widget_get_name (value), ==, "muscle-sets");
      number = show_done ? g_strdup_printf ("%g / %g", done, sets) : g_strdup_printf ("%g", sets);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (value)), ==, number);

      if (sets < 10)
        planned = g_strdup_printf ("%g sets: below the 10 that grow a muscle", sets);
      else if (sets > 20)
        planned = g_strdup_printf ("%g sets: above 20, more than adds growth for most", sets);
      else
        planned = g_strdup_printf ("%g sets: within the 10–20 target", sets);
      tooltip = show_done ? g_strdup_printf ("%g done so far of %s", done, planned) : g_strdup (planned);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (bar), ==, tooltip);
      row++;
    }
  g_assert_cmpint (row, >, show_done ? 1 : 0);
  g_assert_null (gtk_grid_get_child_at (grid, 0, row));
}

static void
test_muscle_bars (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HyrWeekPlan) plan = plan_of_week (f, 2026, 3, 2);
  g_autoptr(HyrWeekPlan) next = plan_of_week (f, 2026, 3, 9);
  GtkWidget *bars = g_object_ref_sink (hyr_muscle_bars_new ());
  g_autoptr(GList) children = NULL;

  /* A week begun: the sets done beside the planned, under a heading. */
  hyr_muscle_bars_set_plan (HYR_MUSCLE_BARS (bars), plan, TRUE);
  assert_muscle_rows (bars, plan, TRUE);

  /* A week to come: the planned alone, the rows of the week before gone. */
  hyr_muscle_bars_set_plan (HYR_MUSCLE_BARS (bars), next, FALSE);
  assert_muscle_rows (bars, next, FALSE);

  hyr_muscle_bars_set_plan (HYR_MUSCLE_BARS (bars), NULL, FALSE);
  children = gtk_container_get_children (GTK_CONTAINER (bars));
  g_assert_null (children);

  gtk_widget_destroy (bars);
  g_object_unref (bars);
}

/* Training Load view */

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_load_view (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2025, 11, 17, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 3, 5, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrLoadSeries) series = NULL;
  g_autoptr(HyrLiftDiary) diary = hyr_lift_diary_new (f->state);
  GtkWidget *view = g_object_ref_sink (hyr_load_view_new ());
  GObject *volume = gtk_widget_get_template_child (view, HYR_TYPE_LOAD_VIEW, "volume_chart");
  GObject *fitness = gtk_widget_get_template_child (view, HYR_TYPE_LOAD_VIEW, "fitness_chart");
  GObject *ratio = gtk_widget_get_template_child (view, HYR_TYPE_LOAD_VIEW, "ratio_chart");
  GtkGrid *today_grid = GTK_GRID (gtk_widget_get_template_child (view, HYR_TYPE_LOAD_VIEW, "today_grid"));
  GtkWidget *estimated = GTK_WIDGET (gtk_widget_get_template_child (view, HYR_TYPE_LOAD_VIEW, "estimated_label"));
  GtkLabel *fitness_note = GTK_LABEL (gtk_widget_get_template_child (view, HYR_TYPE_LOAD_VIEW, "fitness_note"));
  g_autofree char *acute = NULL;
  g_autofree char *note = NULL;
  g_autofree char *summary = NULL;
  HyrLoadDay *last;
  guint notified = 0;

  series = hyr_training_load_compute_full (HYR_ACTIVITY_STORE (f->store), f->state, first, to,
                                           HYR_TRAINING_LOAD_CTL_TIME_CONSTANT,
                                           HYR_TRAINING_LOAD_ATL_TIME_CONSTANT, &error);
  g_assert_no_error (error);

  /* The settings reach the charts. */
  g_signal_connect (view, "notify::today", G_CALLBACK (on_notify), &notified);
  hyr_load_view_set_today (HYR_LOAD_VIEW (view), f->today);
  hyr_load_view_set_today (HYR_LOAD_VIEW (view), f->today);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (hyr_load_view_get_today (HYR_LOAD_VIEW (view)) == f->today);
  g_assert_true (hyr_load_chart_get_today (HYR_LOAD_CHART (volume)) == f->today);
  hyr_load_view_set_week_start (HYR_LOAD_VIEW (view), G_DATE_SUNDAY);
  g_assert_cmpint (hyr_load_chart_get_week_start (HYR_LOAD_CHART (volume)), ==, G_DATE_SUNDAY);
  g_assert_cmpint (hyr_load_chart_get_week_start (HYR_LOAD_CHART (fitness)), ==, G_DATE_SUNDAY);
  g_assert_cmpint (hyr_load_chart_get_week_start (HYR_LOAD_CHART (ratio)), ==, G_DATE_SUNDAY);
  hyr_load_view_set_distance_unit (HYR_LOAD_VIEW (view), "mi");
  g_assert_cmpstr (hyr_load_chart_get_distance_unit (HYR_LOAD_CHART (volume)), ==, "mi");
  hyr_load_view_set_diary (HYR_LOAD_VIEW (view), diary);

  hyr_load_view_set_series (HYR_LOAD_VIEW (view), series, first, 16);
  g_assert_true (hyr_load_chart_get_series (HYR_LOAD_CHART (volume)) == series);
  g_assert_true (hyr_load_chart_get_series (HYR_LOAD_CHART (fitness)) == series);
  g_assert_true (hyr_load_chart_get_series (HYR_LOAD_CHART (ratio)) == series);

  /* Today's numbers: the series' last day. */
  last = hyr_load_series_get_day (series, hyr_load_series_get_n_days (series) - 1);
  acute = g_strdup_printf ("%.0f", hyr_load_day_get_acute (last));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (today_grid, 0, 0))), ==,
                   "Acute load, last 7 days");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (today_grid, 1, 0))), ==, acute);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (today_grid, 0, 4))), ==,
                   "Monotony / strain");
  g_assert_null (gtk_grid_get_child_at (today_grid, 0, 5));
  g_assert_cmpint (gtk_widget_get_visible (estimated), ==, hyr_load_series_get_n_estimated (series) > 0);
  note = g_strdup_printf ("decay over %.0f and %.0f days",
                          hyr_load_series_get_ctl_time_constant (series),
                          hyr_load_series_get_atl_time_constant (series));
  g_assert_nonnull (strstr (gtk_label_get_label (fitness_note), note));
  /* The e1RM chart runs over the same weeks and says what it draws. */
  summary = hyr_strength_chart_describe (HYR_STRENGTH_CHART (gtk_widget_get_template_child (view, HYR_TYPE_LOAD_VIEW,
                                                                                            "strength_chart")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (hyr_test_find_one (view, "strength-summary"))), ==, summary);

  /* A series again replaces the numbers, not adds to them. */
  hyr_load_view_set_series (HYR_LOAD_VIEW (view), series, first, 16);
  g_assert_null (gtk_grid_get_child_at (today_grid, 0, 5));
  {
    g_autoptr(GList) rows = gtk_container_get_children (GTK_CONTAINER (today_grid));

    g_assert_cmpuint (g_list_length (rows), ==, 10);
  }

  gtk_widget_destroy (view);
  g_object_unref (view);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/planner-widgets/session-card/done", Fixture, NULL,
              fixture_set_up, test_card_done, fixture_tear_down);
  g_test_add ("/planner-widgets/session-card/partial", Fixture, NULL,
              fixture_set_up, test_card_partial, fixture_tear_down);
  g_test_add ("/planner-widgets/session-card/missed", Fixture, NULL,
              fixture_set_up, test_card_missed, fixture_tear_down);
  g_test_add ("/planner-widgets/session-card/planned", Fixture, NULL,
              fixture_set_up, test_card_planned, fixture_tear_down);
  g_test_add ("/planner-widgets/session-card/race", Fixture, NULL,
              fixture_set_up, test_card_race, fixture_tear_down);
  g_test_add ("/planner-widgets/session-card/signals", Fixture, NULL,
              fixture_set_up, test_card_signals, fixture_tear_down);
  g_test_add ("/planner-widgets/amrap-popover/rows", Fixture, NULL,
              fixture_set_up, test_amrap_rows, fixture_tear_down);
  g_test_add ("/planner-widgets/amrap-popover/save", Fixture, NULL,
              fixture_set_up, test_amrap_save, fixture_tear_down);
  g_test_add ("/planner-widgets/amrap-popover/read-only", Fixture, READ_ONLY,
              fixture_set_up, test_amrap_read_only, fixture_tear_down);
  g_test_add ("/planner-widgets/muscle-bars", Fixture, NULL,
              fixture_set_up, test_muscle_bars, fixture_tear_down);
  g_test_add ("/planner-widgets/load-view", Fixture, NULL,
              fixture_set_up, test_load_view, fixture_tear_down);

  return g_test_run ();
}
