/* test-log-session.c — logging a strength session from its card: the
 * dialog driven from the keyboard, sets checked as typed, Undo, pounds,
 * what the card says afterwards, the sets done per muscle and the
 * estimated one-rep max chart
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Today is Wednesday 4 March 2026 for the planner; the history is 8 weeks
 * of planner_page_history_fill(), as in test-planner-page.
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "hyr-log-session-dialog.h"
#include "hyr-planner-page-private.h"
#include "hyr-strength-chart.h"
#include "hyr-test-store.h"
#include "hyr-undo-notification.h"
#include "planner-page-history.h"
#include "hyr-test-widgets.h"

#define HISTORY_WEEKS 8
#define KG_PER_LB     0.45359237

typedef struct
{
  char         *dir;
  char         *path;
  HyrState     *state;
  HyrLiftDiary *diary;
  GSettings    *settings;
  HyrTestStore *store;
  HyrPlanner   *planner;
  GDateTime    *today;
  GtkWidget    *window;
  GtkWidget    *page;
} Fixture;

static void
flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop, loop);
  g_main_loop_run (loop);
  flush_events ();
}

static void
set_up_profile (HyrState *state)
{
  HyrProfile *profile = hyr_state_get_profile (state);

  hyr_profile_set_body_mass (profile, 82);
  hyr_profile_set_run_days (profile, 4);
  hyr_profile_set_lift_days (profile, 3);
  hyr_profile_set_long_run_day (profile, G_DATE_SUNDAY);
  hyr_profile_set_training_max (profile, HYR_LIFT_SQUAT, 120);
  hyr_profile_set_training_max (profile, HYR_LIFT_DEADLIFT, 150);
  hyr_profile_set_training_max (profile, HYR_LIFT_BENCH_PRESS, 90);
  hyr_profile_set_training_max (profile, HYR_LIFT_OVERHEAD_PRESS, 55);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean read_only = GPOINTER_TO_INT (data);

  f->dir = g_dir_make_tmp ("hyr-log-session-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "state.json", NULL);

  if (read_only)
    {
      g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                                                      "The file is damaged");
      f->state = hyr_state_new_read_only (f->path, reason);
      set_up_profile (f->state);
    }
  else
    {
      f->state = hyr_state_new (f->path);
      set_up_profile (f->state);
      hyr_profile_save (hyr_state_get_profile (f->state), &error);
      g_assert_no_error (error);
    }
  f->diary = hyr_lift_diary_new (f->state);

  f->settings = g_settings_new ("io.github.HypertrophyRunning");
  g_settings_reset (f->settings, "distance-unit");
  g_settings_reset (f->settings, "mass-unit");
  g_settings_reset (f->settings, "week-start");

  f->today = g_date_time_new_local (2026, 3, 4, 12, 0, 0);
  f->store = hyr_test_store_new ();
  planner_page_history_fill (f->store, f->today, HISTORY_WEEKS);

  f->planner = hyr_planner_new (HYR_ACTIVITY_STORE (f->store), f->state);
  hyr_planner_set_today (f->planner, f->today);

  f->page = hyr_planner_page_new (f->planner, f->settings);
  f->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_container_add (GTK_CONTAINER (f->window), f->page);
  gtk_widget_show (f->window);
  flush_events ();
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->window, gtk_widget_destroy);
  flush_events ();
  g_clear_object (&f->planner);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  g_clear_object (&f->diary);
  g_clear_object (&f->state);
  g_clear_pointer (&f->today, g_date_time_unref);
  remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Widgets */

static int
row_of (GtkWidget *widget)
{
  int top = 0;

  gtk_container_child_get (GTK_CONTAINER (gtk_widget_get_parent (widget)), widget, "top-attach", &top, NULL);
  return top;
}

static int
by_row (gconstpointer a,
        gconstpointer b)
{
  return row_of (*(GtkWidget **)a) - row_of (*(GtkWidget **)b);
}

/* The @n-th field called @name of the sets' grid, from the top. */
static GtkWidget *
nth (GtkWidget  *widget,
     const char *name,
     guint       n)
{
  g_autoptr(GPtrArray) found = hyr_test_find_all (widget, name);

  g_ptr_array_sort (found, by_row);

  g_assert_cmpuint (found->len, >, n);
  return g_ptr_array_index (found, n);
}

static GtkWidget *
template_child (Fixture    *f,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->page, HYR_TYPE_PLANNER_PAGE, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

static int
julian_of (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return (int)g_date_get_julian (&date);
}

static HyrWeekPlan *
shown_plan (Fixture *f)
{
  HyrWeekPlan *plan = _hyr_planner_page_get_plan (HYR_PLANNER_PAGE (f->page));

  g_assert_true (HYR_IS_WEEK_PLAN (plan));
  return plan;
}

/* The first strength session of the week on or before today whose first
 * exercise is a main lift with a "+" set, and its card. */
static HyrSession *
past_lift_session (Fixture    *f,
                   GtkWidget **card)
{
  HyrWeekPlan *plan = shown_plan (f);
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  int first = julian_of (hyr_week_plan_get_week_start (plan));

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      GPtrArray *exercises = hyr_session_get_exercises (session);
      int day = julian_of (hyr_session_get_day (session));
      g_autofree char *column = g_strdup_printf ("day-%d", day - first);

      GPtrArray *sets;

      if (hyr_session_get_kind (session) != HYR_SESSION_KIND_LIFT || day > julian_of (f->today) ||
          exercises->len == 0 || hyr_exercise_get_lift (g_ptr_array_index (exercises, 0)) == HYR_LIFT_NONE)
        continue;

      /* A main lift whose last set is the AMRAP one, not legs kept light. */
      sets = hyr_exercise_get_sets (g_ptr_array_index (exercises, 0));
      if (!hyr_lift_set_get_amrap (g_ptr_array_index (sets, sets->len - 1)))
        continue;

      if (card != NULL)
        *card = hyr_test_find_one (hyr_test_find_one (template_child (f, "days_box"), column), "session-lift");
      return session;
    }

  g_assert_not_reached ();
}

static HyrLogSessionDialog *
open_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (const GList *l = windows; l != NULL; l = l->next)
    if (HYR_IS_LOG_SESSION_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* A key pressed and let go on @window, as the keyboard sends it: to the
 * focus widget, through the bindings and input method. */
static void
send_key (GtkWidget       *window,
          guint            keyval,
          GdkModifierType  state)
{
  GdkDisplay *display = gtk_widget_get_display (window);
  GdkDevice *keyboard = gdk_seat_get_keyboard (gdk_display_get_default_seat (display));
  GdkKeymapKey *keys = NULL;
  int n_keys = 0;

  for (int type = GDK_KEY_PRESS; type <= GDK_KEY_RELEASE; type++)
    {
      GdkEvent *event = gdk_event_new (type);

      event->key.window = g_object_ref (gtk_widget_get_window (window));
      event->key.send_event = TRUE;
      event->key.time = GDK_CURRENT_TIME;
      event->key.keyval = keyval;
      event->key.state = state;
      if (gdk_keymap_get_entries_for_keyval (gdk_keymap_get_for_display (display), keyval, &keys, &n_keys))
        event->key.hardware_keycode = (guint16)keys[0].keycode;
      g_clear_pointer (&keys, g_free);
      gdk_event_set_device (event, keyboard);
      gtk_main_do_event (event);
      gdk_event_free (event);
    }
  flush_events ();
}

/* Ctrl+A, then the text: what is typed replaces the field's text, as
 * when Tab selects it on the way in, but also when another program's
 * window on the test display took the focus meanwhile. */
static void
type_text (GtkWidget  *window,
           const char *text)
{
  send_key (window, GDK_KEY_a, GDK_CONTROL_MASK);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    send_key (window, gdk_unicode_to_keyval (g_utf8_get_char (p)), 0);
}

static void
press (GtkWidget *window,
       guint      keyval,
       guint      times)
{
  for (guint i = 0; i < times; i++)
    send_key (window, keyval, 0);
}

static GtkWidget *
focus_of (GtkWidget *window)
{
  return gtk_window_get_focus (GTK_WINDOW (window));
}

/* Return on the card's Log Session button, from the keyboard. */
static HyrLogSessionDialog *
open_from_card (Fixture    *f,
                GtkWidget  *card)
{
  GtkWidget *button = hyr_test_find_one (card, "log-session-button");
  HyrLogSessionDialog *dialog;

  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (gtk_widget_get_can_focus (button));
  gtk_widget_grab_focus (button);
  g_assert_true (focus_of (f->window) == button);
  send_key (f->window, GDK_KEY_Return, 0);
  /* A button activated from the keyboard shows itself pressed for a
   * moment before it clicks. */
  wait_ms (400);

  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  /* Typed values are read in as the focus leaves a field, which needs the
   * display's focus (the test runs alone on its display for it). */
  g_assert_true (gtk_window_is_active (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  return dialog;
}

static GPtrArray *
sets_of_day (Fixture    *f,
             HyrSession *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (hyr_session_get_day (session));
  g_autoptr(GDateTime) from = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                                     g_date_time_get_day_of_month (local), 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_days (from, 1);

  return hyr_lift_diary_list_sets (f->diary, from, to);
}

static guint
count_planned_sets (HyrSession *session)
{
  GPtrArray *exercises = hyr_session_get_exercises (session);
  guint n = 0;

  for (guint i = 0; i < exercises->len; i++)
    n += hyr_exercise_get_sets (g_ptr_array_index (exercises, i))->len;

  return n;
}

static HyrLoggedSet *
find_set (GPtrArray  *sets,
          const char *exercise,
          double      weight,
          guint       reps,
          double      rir)
{
  for (guint i = 0; i < sets->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (sets, i);

      if (g_strcmp0 (hyr_logged_set_get_exercise (set), exercise) == 0 &&
          fabs (hyr_logged_set_get_weight (set) - weight) < 1e-6 &&
          hyr_logged_set_get_reps (set) == reps && hyr_logged_set_get_rir (set) == rir)
        return set;
    }

  return NULL;
}

static char *
format_kg (double kg)
{
  double value = round (kg * 10) / 10;

  return value == round (value) ? g_strdup_printf ("%.0f kg", value) : g_strdup_printf ("%.1f kg", value);
}

/* Tests */

/* From the card to the diary with the keyboard alone: Return on "Log
 * Session…", Tab through the first row typing a load, reps and reps in
 * reserve, Tab to the fourth row's remove button and Return until three
 * rows are left, Return in a field to save. The diary has exactly those
 * three sets; the card says so with the top set's e1RM. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *card = NULL;
  HyrSession *session = past_lift_session (f, &card);
  HyrExercise *main_lift = g_ptr_array_index (hyr_session_get_exercises (session), 0);
  GPtrArray *planned = hyr_exercise_get_sets (main_lift);
  HyrLift lift = hyr_exercise_get_lift (main_lift);
  const char *name = hyr_exercise_get_name (main_lift);
  g_autoptr(HyrSession) kept = g_object_ref (session);
  g_autoptr(GPtrArray) before = sets_of_day (f, session);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *e1rm = NULL;
  g_autofree char *line = NULL;
  HyrLogSessionDialog *dialog;
  GtkWidget *window;
  HyrLiftSet *second, *third;
  const char *text;
  double best = 0;

  g_assert_cmpuint (before->len, ==, 0);
  g_assert_cmpuint (planned->len, ==, 3);
  second = g_ptr_array_index (planned, 1);
  third = g_ptr_array_index (planned, 2);

  /* Alt+L reaches a Log Session button: the mnemonic is the page's own. */
  g_assert_true (gtk_window_mnemonic_activate (GTK_WINDOW (f->window), GDK_KEY_l, GDK_MOD1_MASK));
  flush_events ();
  g_assert_cmpstr (gtk_widget_get_name (focus_of (f->window)), ==, "log-session-button");

  dialog = open_from_card (f, card);
  window = GTK_WIDGET (dialog);
  g_assert_cmpuint (hyr_log_session_dialog_get_n_rows (dialog), ==, count_planned_sets (session));
  g_assert_cmpuint (hyr_log_session_dialog_get_n_rows (dialog), >, 3);

  /* The first field of the first row has the focus; the plan fills it. */
  g_assert_true (focus_of (window) == nth (window, "log-exercise", 0));
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (focus_of (window))), ==, name);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (nth (window, "log-rir", 0))), ==, "");

  press (window, GDK_KEY_Tab, 1);
  g_assert_true (focus_of (window) == nth (window, "log-weight", 0));
  type_text (window, "100");
  press (window, GDK_KEY_Tab, 1);
  g_assert_true (focus_of (window) == nth (window, "log-reps", 0));
  type_text (window, "5");
  press (window, GDK_KEY_Tab, 1);
  g_assert_true (focus_of (window) == nth (window, "log-rir", 0));
  type_text (window, "2");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (nth (window, "log-weight", 0))), ==, 100);

  /* Row 1's remove button, then rows 2 and 3, to row 4's remove button */
  press (window, GDK_KEY_Tab, 1 + 5 * 3);
  g_assert_true (focus_of (window) == nth (window, "log-remove", 3));
  while (hyr_log_session_dialog_get_n_rows (dialog) > 3)
    {
      g_assert_cmpstr (gtk_widget_get_name (focus_of (window)), ==, "log-remove");
      send_key (window, GDK_KEY_Return, 0);
      wait_ms (400);
    }

  /* Back to a field, and Return saves. */
  send_key (window, GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_true (focus_of (window) == nth (window, "log-rir", 2));
  send_key (window, GDK_KEY_Return, 0);
  wait_ms (400);
  g_assert_null (open_dialog ());

  after = sets_of_day (f, kept);
  g_assert_cmpuint (after->len, ==, 3);
  g_assert_nonnull (find_set (after, name, 100, 5, 2));
  g_assert_nonnull (find_set (after, name, hyr_lift_set_get_weight (second), hyr_lift_set_get_reps (second), -1));
  /* The "+" set is the AMRAP result, as "Log Last Set" takes it. */
  g_assert_true (hyr_lift_set_get_amrap (third));
  g_assert_nonnull (find_set (after, name, hyr_lift_set_get_weight (third), hyr_lift_set_get_reps (third), -1));
  {
    g_autoptr(HyrLiftLog) log = hyr_lift_log_new (f->state);
    guint reps, required;

    g_assert_true (hyr_lift_log_lookup (log, lift, hyr_session_get_day (kept), NULL, &reps, &required));
    g_assert_cmpuint (reps, ==, hyr_lift_set_get_reps (third));
    g_assert_cmpuint (required, ==, hyr_lift_set_get_reps (third));
  }
  for (guint i = 0; i < after->len; i++)
    {
      g_assert_cmpint (hyr_logged_set_get_lift (g_ptr_array_index (after, i)), ==, lift);
      best = MAX (best, hyr_logged_set_get_one_rep_max (g_ptr_array_index (after, i)));
    }

  g_assert_cmpstr (hyr_undo_notification_get_message (HYR_UNDO_NOTIFICATION (template_child (f, "undo_notification"))),
                   ==, "Logged 3 sets");

  /* The week was planned again; the card says what was logged. */
  flush_events ();
  past_lift_session (f, &card);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (hyr_test_find_one (card, "session-logged"))), ==, "✓ Logged 3 sets");
  text = gtk_label_get_label (GTK_LABEL (hyr_test_find_one (card, "session-logged-sets")));
  e1rm = format_kg (best);
  line = g_strdup_printf ("%s 3 sets · e1RM %s", name, e1rm);
  g_assert_cmpstr (text, ==, line);
}

/* A value the diary would refuse is marked with its words under the row,
 * Save is off, Return in a field saves nothing and the dialog stays. */
static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *card = NULL;
  HyrSession *session = past_lift_session (f, &card);
  g_autoptr(HyrSession) kept = g_object_ref (session);
  HyrLogSessionDialog *dialog = open_from_card (f, card);
  GtkWidget *window = GTK_WIDGET (dialog);
  GtkWidget *error_label = nth (window, "log-error", 0);
  GtkWidget *save = hyr_test_find_one (window, "log-save");
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  const struct
  {
    guint       tabs;      /* from the exercise field */
    const char *text;
    const char *message;
    const char *field;
  } refused[] = {
    { 2, "0", "0 reps cannot be right: a set has 1 to 100.", "log-reps" },
    { 3, "eleven", "Reps in reserve are 0 to 10, or left empty.", "log-rir" },
    { 3, "11", "Reps in reserve are 0 to 10, or left empty.", "log-rir" },
    { 0, "", "The exercise needs a name.", "log-exercise" },
  };

  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_get_sensitive (save));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      GtkWidget *field = nth (window, refused[i].field, 0);
      int column;

      gtk_widget_grab_focus (nth (window, "log-exercise", 0));
      press (window, GDK_KEY_Tab, refused[i].tabs);
      g_assert_true (focus_of (window) == field);
      if (*refused[i].text == '\0')
        press (window, GDK_KEY_BackSpace, 1);
      else
        type_text (window, refused[i].text);
      /* A spin button reads what was typed when the focus leaves it. */
      press (window, GDK_KEY_Tab, 1);

      g_assert_true (gtk_widget_get_visible (error_label));
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), ==, refused[i].message);
      g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (field), GTK_STYLE_CLASS_ERROR));
      /* under the field it is about */
      {
        int field_column;

        gtk_container_child_get (GTK_CONTAINER (gtk_widget_get_parent (error_label)), error_label,
                                 "left-attach", &column, NULL);
        gtk_container_child_get (GTK_CONTAINER (gtk_widget_get_parent (field)), field,
                                 "left-attach", &field_column, NULL);
        g_assert_cmpint (column, ==, field_column);
      }
      g_assert_false (gtk_widget_get_sensitive (save));

      gtk_widget_grab_focus (nth (window, "log-rir", 1));
      send_key (window, GDK_KEY_Return, 0);
      wait_ms (400);
      g_assert_true (open_dialog () == dialog);
      g_assert_null (hyr_log_session_dialog_save (dialog, &error));
      g_assert_error (error, HYR_LIFT_DIARY_ERROR, HYR_LIFT_DIARY_ERROR_INVALID);
      g_clear_error (&error);
      sets = sets_of_day (f, kept);
      g_assert_cmpuint (sets->len, ==, 0);
      g_clear_pointer (&sets, g_ptr_array_unref);

      /* Put right again, the message goes. */
      gtk_widget_grab_focus (field);
      if (g_str_equal (refused[i].field, "log-exercise"))
        type_text (window, "Squat");
      else if (g_str_equal (refused[i].field, "log-reps"))
        type_text (window, "5");
      else
        press (window, GDK_KEY_BackSpace, 1);
      press (window, GDK_KEY_Tab, 1);
      g_assert_false (gtk_widget_get_visible (error_label));
      g_assert_false (gtk_style_context_has_class (gtk_widget_get_style_context (field), GTK_STYLE_CLASS_ERROR));
      g_assert_true (gtk_widget_get_sensitive (save));
    }

  /* Every row removed: nothing to log, Save stays off. */
  while (hyr_log_session_dialog_get_n_rows (dialog) > 0)
    gtk_button_clicked (GTK_BUTTON (nth (window, "log-remove", 0)));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (focus_of (window) == hyr_test_find_one (window, "log-add-set"));

  /* Add Set brings a row to fill in; Escape closes without logging. */
  send_key (window, GDK_KEY_Return, 0);
  wait_ms (400);
  g_assert_cmpuint (hyr_log_session_dialog_get_n_rows (dialog), ==, 1);
  g_assert_true (focus_of (window) == nth (window, "log-exercise", 0));
  g_assert_false (gtk_widget_get_sensitive (save));
  send_key (window, GDK_KEY_Escape, 0);
  g_assert_null (open_dialog ());
  sets = sets_of_day (f, kept);
  g_assert_cmpuint (sets->len, ==, 0);
}

/* Undo takes out exactly the sets the session logged: a set logged
 * earlier that day stays, and an AMRAP result the "+" set replaced comes
 * back. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *card = NULL;
  HyrSession *session = past_lift_session (f, &card);
  g_autoptr(HyrSession) kept = g_object_ref (session);
  HyrExercise *main_lift = g_ptr_array_index (hyr_session_get_exercises (session), 0);
  HyrLift lift = hyr_exercise_get_lift (main_lift);
  HyrUndoNotification *notification = HYR_UNDO_NOTIFICATION (template_child (f, "undo_notification"));
  g_autoptr(HyrLiftLog) log = hyr_lift_log_new (f->state);
  g_autoptr(GDateTime) morning = g_date_time_add_hours (hyr_session_get_day (session), -2);
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  HyrLogSessionDialog *dialog;
  guint n, reps, required;
  double weight;

  g_assert_true (hyr_lift_diary_record_set (f->diary, morning, "Plank", HYR_LIFT_NONE, 0, 12, 3, &error));
  g_assert_no_error (error);
  g_assert_true (hyr_lift_log_record (log, lift, hyr_session_get_day (session), 70, 9, 5, &error));
  g_assert_no_error (error);
  /* The week is planned again with them, on new cards. */
  flush_events ();
  past_lift_session (f, &card);

  dialog = open_from_card (f, card);
  n = hyr_log_session_dialog_get_n_rows (dialog);
  send_key (GTK_WIDGET (dialog), GDK_KEY_Return, 0);
  wait_ms (400);
  g_assert_null (open_dialog ());

  sets = sets_of_day (f, kept);
  /* The plank, and the session's sets of which the "+" set replaced the
   * AMRAP result */
  g_assert_cmpuint (sets->len, ==, 1 + n);
  g_clear_pointer (&sets, g_ptr_array_unref);
  expected = g_strdup_printf ("Logged %u sets", n);
  g_assert_cmpstr (hyr_undo_notification_get_message (notification), ==, expected);

  gtk_widget_grab_focus (hyr_test_find_one (GTK_WIDGET (notification), "undo-button"));
  send_key (f->window, GDK_KEY_Return, 0);
  wait_ms (400);
  g_assert_null (hyr_undo_notification_get_message (notification));

  sets = sets_of_day (f, kept);
  g_assert_cmpuint (sets->len, ==, 2);
  g_assert_nonnull (find_set (sets, "Plank", 0, 12, 3));
  g_assert_true (hyr_lift_log_lookup (log, lift, hyr_session_get_day (kept), &weight, &reps, &required));
  g_assert_cmpfloat (weight, ==, 70);
  g_assert_cmpuint (reps, ==, 9);
  g_assert_cmpuint (required, ==, 5);

  /* The card has nothing logged of the session any more but the plank. */
  flush_events ();
  past_lift_session (f, &card);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (hyr_test_find_one (card, "session-logged"))), ==, "✓ Logged 2 sets");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (hyr_test_find_one (card, "session-logged-sets"))),
                            "Plank 1 set"));
}

/* In pounds: the load steps by 2.5 lb, 5 lb a page; 135 lb is kept as
 * 61.235 kg, and a load left as the plan had it is the plan's kg. */
static void
test_pounds (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *card = NULL;
  HyrSession *session;
  g_autoptr(HyrSession) kept = NULL;
  g_autoptr(GPtrArray) sets = NULL;
  HyrLogSessionDialog *dialog;
  GtkWidget *window, *weight;
  GtkAdjustment *adjustment;
  HyrLiftSet *second;
  const char *name;
  double planned;

  g_settings_set_string (f->settings, "mass-unit", "lb");
  flush_events ();
  session = past_lift_session (f, &card);
  kept = g_object_ref (session);
  name = hyr_exercise_get_name (g_ptr_array_index (hyr_session_get_exercises (session), 0));
  second = g_ptr_array_index (hyr_exercise_get_sets (g_ptr_array_index (hyr_session_get_exercises (session), 0)), 1);

  dialog = open_from_card (f, card);
  window = GTK_WIDGET (dialog);
  weight = nth (window, "log-weight", 0);
  adjustment = gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (weight));
  g_assert_cmpfloat (gtk_adjustment_get_step_increment (adjustment), ==, 2.5);
  g_assert_cmpfloat (gtk_adjustment_get_page_increment (adjustment), ==, 5);
  planned = hyr_lift_set_get_weight (second) / KG_PER_LB;
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (nth (window, "log-weight", 1))),
                                  round (planned * 10) / 10, 1e-9);

  press (window, GDK_KEY_Tab, 1);
  g_assert_true (focus_of (window) == weight);
  type_text (window, "135");
  press (window, GDK_KEY_Tab, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (weight)), ==, 135);
  send_key (window, GDK_KEY_Tab, GDK_SHIFT_MASK);
  press (window, GDK_KEY_Up, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (weight)), ==, 137.5);
  press (window, GDK_KEY_Page_Up, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (weight)), ==, 142.5);
  press (window, GDK_KEY_Page_Down, 1);
  press (window, GDK_KEY_Down, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (weight)), ==, 135);

  send_key (window, GDK_KEY_Return, 0);
  wait_ms (400);
  g_assert_null (open_dialog ());

  sets = sets_of_day (f, kept);
  g_assert_cmpuint (sets->len, ==, count_planned_sets (kept));
  /* 135 × 0.45359237 = 61.2349700 kg */
  {
    gboolean found = FALSE;

    for (guint i = 0; i < sets->len; i++)
      found |= fabs (hyr_logged_set_get_weight (g_ptr_array_index (sets, i)) - 61.2349700) < 1e-6;
    g_assert_true (found);
  }
  g_assert_nonnull (find_set (sets, name, hyr_lift_set_get_weight (second), hyr_lift_set_get_reps (second), -1));
}

/* A state that cannot be saved logs nothing and says why in the dialog,
 * which stays open. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *card = NULL;
  HyrSession *session = past_lift_session (f, &card);
  g_autoptr(HyrSession) kept = g_object_ref (session);
  HyrLogSessionDialog *dialog = open_from_card (f, card);
  GtkWidget *error_label = hyr_test_find_one (GTK_WIDGET (dialog), "log-save-error");
  g_autoptr(GPtrArray) sets = NULL;

  send_key (GTK_WIDGET (dialog), GDK_KEY_Return, 0);
  wait_ms (400);
  g_assert_true (open_dialog () == dialog);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (error_label)), "Nothing was logged: "));
  sets = sets_of_day (f, kept);
  g_assert_cmpuint (sets->len, ==, 0);
  g_assert_null (hyr_undo_notification_get_message (HYR_UNDO_NOTIFICATION (template_child (f, "undo_notification"))));
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

/* The muscle bars of a week begun say the sets done beside the planned. */
static void
test_muscles_done (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *card = NULL;
  HyrLogSessionDialog *dialog;
  GtkWidget *grid = template_child (f, "muscles_grid");
  GVariantIter iter;
  const char *muscle;
  double planned;
  gboolean some = FALSE;

  past_lift_session (f, &card);
  dialog = open_from_card (f, card);
  send_key (GTK_WIDGET (dialog), GDK_KEY_Return, 0);
  wait_ms (400);
  flush_events ();

  g_variant_iter_init (&iter, hyr_week_plan_get_sets_per_muscle (shown_plan (f)));
  while (g_variant_iter_next (&iter, "{&sd}", &muscle, &planned))
    {
      g_autofree char *name = g_strdup_printf ("muscle-%s", muscle);
      g_autofree char *expected = NULL;
      double done = hyr_week_plan_get_muscle_sets_done (shown_plan (f), muscle);
      GtkWidget *label = hyr_test_find_one (grid, name);
      int top;

      gtk_container_child_get (GTK_CONTAINER (grid), label, "top-attach", &top, NULL);
      expected = g_strdup_printf ("%g / %g", done, planned);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 2, top))), ==,
                       expected);
      some |= done > 0;
    }
  g_assert_true (some);

  /* A week to come has only the planned sets. */
  gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
  flush_events ();
  g_assert_null (strchr (gtk_label_get_label (GTK_LABEL (hyr_test_find_one (grid, "muscle-sets"))), '/'));
}

/* The chart draws what the diary estimates, week by week, and says the
 * best in words; the page's summary names it after a session is logged. */
static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 1, 5, 0, 0, 0);
  GtkWidget *window = gtk_offscreen_window_new ();
  GtkWidget *chart = hyr_strength_chart_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autofree char *empty = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *card = NULL;
  HyrLogSessionDialog *dialog;
  const char *text;
  gboolean drawn = FALSE;
  /* Squat: 120 × 5 in week 0 (e1RM 140), 110 × 8 and 125 × 3 in week 2
   * (139.33 and 137.5), 100 × 12 in week 3 (over 10 reps, no estimate);
   * bench 80 × 6 in week 1 (96). */
  const struct
  {
    int         days;
    HyrLift     lift;
    double      weight;
    guint       reps;
  } logged[] = {
    { 1, HYR_LIFT_SQUAT, 120, 5 },
    { 9, HYR_LIFT_BENCH_PRESS, 80, 6 },
    { 15, HYR_LIFT_SQUAT, 110, 8 },
    { 16, HYR_LIFT_SQUAT, 125, 3 },
    { 22, HYR_LIFT_SQUAT, 100, 12 },
  };

  gtk_window_set_default_size (GTK_WINDOW (window), 560, 240);
  gtk_container_add (GTK_CONTAINER (window), chart);
  hyr_strength_chart_set_diary (HYR_STRENGTH_CHART (chart), f->diary);
  hyr_strength_chart_set_range (HYR_STRENGTH_CHART (chart), first, 4);
  empty = hyr_strength_chart_describe (HYR_STRENGTH_CHART (chart));
  g_assert_true (g_str_has_prefix (empty, "No main-lift sets logged in these weeks."));

  for (guint i = 0; i < G_N_ELEMENTS (logged); i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_full (first, 0, 0, logged[i].days, 18, 0, 0);

      g_assert_true (hyr_lift_diary_record_set (f->diary, when, hyr_lift_get_name (logged[i].lift),
                                                logged[i].lift, logged[i].weight, logged[i].reps, -1, &error));
      g_assert_no_error (error);
    }
  hyr_strength_chart_refresh (HYR_STRENGTH_CHART (chart));

  for (guint w = 0; w < 4; w++)
    for (HyrLift lift = HYR_LIFT_SQUAT; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
      {
        g_autoptr(GDateTime) from = g_date_time_add_weeks (first, (int)w);
        g_autoptr(GDateTime) to = g_date_time_add_weeks (first, (int)w + 1);

        g_assert_cmpfloat_with_epsilon (hyr_strength_chart_get_best (HYR_STRENGTH_CHART (chart), lift, w),
                                        hyr_lift_diary_best_one_rep_max (f->diary, lift, from, to), 1e-9);
      }
  g_assert_cmpfloat_with_epsilon (hyr_strength_chart_get_best (HYR_STRENGTH_CHART (chart), HYR_LIFT_SQUAT, 0),
                                  140, 1e-9);
  g_assert_cmpfloat (hyr_strength_chart_get_best (HYR_STRENGTH_CHART (chart), HYR_LIFT_SQUAT, 3), ==, 0);

  summary = hyr_strength_chart_describe (HYR_STRENGTH_CHART (chart));
  g_assert_cmpstr (summary, ==,
                   "Squat: best e1RM 140 kg, in the week of 5 Jan; latest 139 kg, in the week of 19 Jan. "
                   "Bench press: best e1RM 96 kg, in the week of 12 Jan.");
  g_assert_cmpstr (atk_object_get_description (gtk_widget_get_accessible (chart)), ==, summary);

  /* Drawn to an image, in colour somewhere (any critical fails the test). */
  gtk_widget_show_all (window);
  flush_events ();
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_allocated_width (chart),
                                        gtk_widget_get_allocated_height (chart));
  cr = cairo_create (surface);
  gtk_widget_draw (chart, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  {
    unsigned char *pixels = cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface);

    for (int y = 0; y < cairo_image_surface_get_height (surface) && !drawn; y++)
      for (int x = 0; x < cairo_image_surface_get_width (surface) && !drawn; x++)
        {
          guint32 pixel = *(guint32 *)(pixels + y * stride + 4 * x);
          int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

          drawn = (pixel >> 24) > 0 && (MAX (r, MAX (g, b)) - MIN (r, MIN (g, b))) > 80;
        }
  }
  g_assert_true (drawn);
  cairo_surface_destroy (surface);

  hyr_strength_chart_set_mass_unit (HYR_STRENGTH_CHART (chart), "lb");
  g_clear_pointer (&summary, g_free);
  summary = hyr_strength_chart_describe (HYR_STRENGTH_CHART (chart));
  /* 140 kg = 308.6 lb */
  g_assert_true (g_str_has_prefix (summary, "Squat: best e1RM 309 lb"));
  gtk_widget_destroy (window);

  /* In the page: the Training Load view's summary after a session. */
  past_lift_session (f, &card);
  dialog = open_from_card (f, card);
  send_key (GTK_WIDGET (dialog), GDK_KEY_Return, 0);
  wait_ms (400);
  flush_events ();
  gtk_stack_set_visible_child_name (GTK_STACK (template_child (f, "stack")), "load");
  flush_events ();
  text = gtk_label_get_label (GTK_LABEL (hyr_test_find_one (template_child (f, "load_view"), "strength-summary")));
  g_assert_nonnull (strstr (text, ": best e1RM "));
  g_assert_nonnull (strstr (text, "in the week of 2 Mar"));
}

static void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer),
          gboolean    read_only)
{
  g_test_add (path, Fixture, GINT_TO_POINTER (read_only), fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  add_test ("/log-session/keyboard", test_keyboard, FALSE);
  add_test ("/log-session/invalid", test_invalid, FALSE);
  add_test ("/log-session/undo", test_undo, FALSE);
  add_test ("/log-session/pounds", test_pounds, FALSE);
  add_test ("/log-session/read-only", test_read_only, TRUE);
  add_test ("/log-session/muscles-done", test_muscles_done, FALSE);
  add_test ("/log-session/chart", test_chart, FALSE);

  return g_test_run ();
}
