/* test-planner-page.c — the Planner tab under X: the week's columns and
 * cards, navigation, week start, units, exports, AMRAP logging, profile
 * editing, accepting a week, history changes and the load charts; what
 * was done against the plan, workouts, moving and skipping sessions, the
 * race target time and prediction
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Today is Wednesday 4 March 2026 for the planner; the history is 8 weeks
 * of planner_page_history_fill(). Set HYR_SCREENSHOT_DIR to a folder to
 * get PNGs of the page as the tests leave it.
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hyr-load-chart.h"
#include "hyr-load-view.h"
#include "hyr-planner-page-private.h"
#include "hyr-profile-editor.h"
#include "hyr-test-store.h"
#include "hyr-undo-notification.h"
#include "hyr-week-start.h"
#include "planner-page-history.h"
#include "hyr-test-widgets.h"

#define HISTORY_WEEKS 8
#define METRES_PER_MI 1609.344

typedef struct
{
  char         *dir;
  char         *path;
  HyrState     *state;
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

/* The fixture's data: a state that is read-only, or one the user never
 * saved a profile in. */
#define READ_ONLY 1
#define FIRST_RUN 2

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean read_only = GPOINTER_TO_INT (data) == READ_ONLY;
  gboolean first_run = GPOINTER_TO_INT (data) == FIRST_RUN;

  f->dir = g_dir_make_tmp ("hyr-planner-page-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "state.json", NULL);

  if (read_only)
    {
      g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                                                      "The file is damaged");
      f->state = hyr_state_new_read_only (f->path, reason);
      set_up_profile (f->state);
    }
  else if (first_run)
    {
      g_autoptr(HyrLiftLog) log = NULL;
      g_autoptr(GDateTime) logged = g_date_time_new_local (2026, 2, 24, 18, 0, 0);

      /* A squat set logged before, nothing else. */
      f->state = hyr_state_new (f->path);
      log = hyr_lift_log_new (f->state);
      hyr_lift_log_record (log, HYR_LIFT_SQUAT, logged, 100, 5, 5, &error);
      g_assert_no_error (error);
    }
  else
    {
      f->state = hyr_state_new (f->path);
      set_up_profile (f->state);
      hyr_profile_save (hyr_state_get_profile (f->state), &error);
      g_assert_no_error (error);
    }

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
  g_assert_true (HYR_IS_PLANNER_PAGE (f->page));

  f->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_container_add (GTK_CONTAINER (f->window), f->page);
  gtk_widget_show (f->window);
  flush_events ();
}

static void
save_screenshot (Fixture *f)
{
  const char *dir = g_getenv ("HYR_SCREENSHOT_DIR");
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (dir == NULL || f->window == NULL)
    return;

  gtk_widget_queue_draw (f->window);
  gtk_test_widget_wait_for_draw (f->window);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        gtk_widget_get_allocated_width (f->window),
                                        gtk_widget_get_allocated_height (f->window));
  cr = cairo_create (surface);
  gtk_widget_draw (f->window, cr);
  cairo_destroy (cr);

  name = g_strdelimit (g_strdup (g_test_get_path () + 1), "/", '-');
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_cmpint (cairo_surface_write_to_png (surface, file), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
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
  save_screenshot (f);

  g_clear_pointer (&f->window, gtk_widget_destroy);
  flush_events ();
  g_clear_object (&f->planner);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  g_clear_object (&f->state);
  g_clear_pointer (&f->today, g_date_time_unref);
  remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Widgets */

static GtkWidget *
template_child (Fixture    *f,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->page, HYR_TYPE_PLANNER_PAGE, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

/* A widget of the Training Load view. */
static GtkWidget *
load_child (Fixture    *f,
            const char *name)
{
  GObject *object = gtk_widget_get_template_child (template_child (f, "load_view"), HYR_TYPE_LOAD_VIEW, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

static const char *
label_of (GtkWidget  *widget,
          const char *name)
{
  GtkWidget *label = hyr_test_find_one (widget, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static GtkWidget *
day_column (Fixture *f,
            int      day)
{
  g_autofree char *name = g_strdup_printf ("day-%d", day);

  return hyr_test_find_one (template_child (f, "days_box"), name);
}

static char *
weekday_name (GDateTime *day)
{
  return g_date_time_format (day, "%A");
}

static HyrWeekPlan *
shown_plan (Fixture *f)
{
  HyrWeekPlan *plan = _hyr_planner_page_get_plan (HYR_PLANNER_PAGE (f->page));

  g_assert_true (HYR_IS_WEEK_PLAN (plan));
  return plan;
}

static int
julian_of (GDateTime *when)
{
  int y, m, d;
  GDate date;

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return (int)g_date_get_julian (&date);
}

static void
assert_week_start (Fixture *f,
                   int      year,
                   int      month,
                   int      day)
{
  g_autoptr(GDateTime) start = hyr_planner_page_get_week_start (HYR_PLANNER_PAGE (f->page));
  int y, m, d;

  g_date_time_get_ymd (start, &y, &m, &d);
  g_assert_cmpint (y, ==, year);
  g_assert_cmpint (m, ==, month);
  g_assert_cmpint (d, ==, day);
}

/* Each session of the shown plan has a card in its day's column, and a
 * day's column has no other cards. */
static void
assert_cards_match_plan (Fixture *f)
{
  HyrWeekPlan *plan = shown_plan (f);
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  int first = julian_of (hyr_week_plan_get_week_start (plan));
  guint cards = 0;

  for (int d = 0; d < 7; d++)
    {
      GtkWidget *column = day_column (f, d);
      g_autoptr(GPtrArray) runs = hyr_test_find_all (column, "session-run");
      g_autoptr(GPtrArray) lifts = hyr_test_find_all (column, "session-lift");
      guint expected_runs = 0, expected_lifts = 0;

      for (guint i = 0; i < sessions->len; i++)
        {
          HyrSession *session = g_ptr_array_index (sessions, i);

          if (julian_of (hyr_session_get_day (session)) != first + d)
            continue;
          if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN)
            expected_runs++;
          else
            expected_lifts++;
        }

      g_assert_cmpuint (runs->len, ==, expected_runs);
      g_assert_cmpuint (lifts->len, ==, expected_lifts);
      cards += runs->len + lifts->len;
    }

  g_assert_cmpuint (cards, ==, sessions->len);
}

static HyrSession *
first_session (HyrWeekPlan    *plan,
               HyrSessionKind  kind,
               int            *day)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  int first = julian_of (hyr_week_plan_get_week_start (plan));

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      /* A strength session with a main lift first: the assistance day
       * has none. */
      if (hyr_session_get_kind (session) == kind &&
          (kind != HYR_SESSION_KIND_LIFT ||
           hyr_exercise_get_lift (g_ptr_array_index (hyr_session_get_exercises (session), 0)) != HYR_LIFT_NONE))
        {
          *day = julian_of (hyr_session_get_day (session)) - first;
          return session;
        }
    }

  g_assert_not_reached ();
}

/* Tests */

static void
test_week_columns (Fixture       *f,
                   gconstpointer  data)
{
  HyrWeekPlan *plan = shown_plan (f);
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  int run_day, lift_day;
  HyrSession *run = first_session (plan, HYR_SESSION_KIND_RUN, &run_day);
  HyrSession *lift = first_session (plan, HYR_SESSION_KIND_LIFT, &lift_day);
  g_autofree char *distance = NULL;
  GtkWidget *card;

  /* Seven columns, Monday first (the default week start), this week. */
  {
    g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (template_child (f, "days_box")));
    g_assert_cmpuint (g_list_length (children), ==, 7);
  }
  assert_week_start (f, 2026, 3, 2);
  g_assert_cmpint (julian_of (hyr_week_plan_get_week_start (plan)), ==, julian_of (monday));

  for (int d = 0; d < 7; d++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, d);
      g_autofree char *name = weekday_name (day);

      g_assert_cmpstr (label_of (day_column (f, d), "day-title"), ==, name);
    }

  assert_cards_match_plan (f);

  /* A run card: its kind, its distance in km, the suggested pair by name. */
  g_assert_nonnull (hyr_session_get_shoe_id (run));
  card = hyr_test_find_one (day_column (f, run_day), "session-run");
  distance = g_strdup_printf ("%.1f km", hyr_session_get_distance (run) / 1000);
  g_assert_true (strstr (label_of (card, "session-detail"), distance) != NULL);
  if (g_str_equal (hyr_session_get_shoe_id (run), PLANNER_PAGE_SHOE_DAILY))
    g_assert_cmpstr (label_of (card, "session-shoe"), ==, "Shoes: Pegasus 40");
  else
    g_assert_cmpstr (label_of (card, "session-shoe"), ==, "Shoes: Vivobarefoot Primus");
  g_assert_nonnull (hyr_test_find_one (card, "session-reason"));

  /* A strength card: one block per exercise; the main lift's last set is
   * AMRAP, written "N+ @ W kg" with W its weight. */
  card = hyr_test_find_one (day_column (f, lift_day), "session-lift");
  {
    g_autoptr(GPtrArray) blocks = hyr_test_find_all (card, "exercise");
    GPtrArray *exercises = hyr_session_get_exercises (lift);
    HyrExercise *main_lift = g_ptr_array_index (exercises, 0);
    GPtrArray *sets = hyr_exercise_get_sets (main_lift);
    HyrLiftSet *last = g_ptr_array_index (sets, sets->len - 1);
    g_autofree char *amrap = g_strdup_printf ("%u+ @ %g kg", hyr_lift_set_get_reps (last),
                                              hyr_lift_set_get_weight (last));

    g_assert_cmpuint (blocks->len, ==, exercises->len);
    g_assert_cmpint (hyr_exercise_get_lift (main_lift), !=, HYR_LIFT_NONE);
    /* The deload week has no AMRAP set, nor legs kept light for 48 h. */
    g_assert_true (hyr_lift_set_get_amrap (last) || hyr_week_plan_get_recovery_week (plan) ||
                   strstr (hyr_session_get_reason (lift), "deload loads") != NULL);
    if (hyr_lift_set_get_amrap (last))
      g_assert_true (strstr (label_of (g_ptr_array_index (blocks, 0), "exercise-sets"), amrap) != NULL);

    /* Each block's sets as the calendar export writes them; assistance
     * work without a load yet says no "0 kg". */
    for (guint i = 0; i < blocks->len; i++)
      {
        HyrExercise *exercise = g_ptr_array_index (exercises, i);
        g_autofree char *expected = hyr_lift_set_format_sets (hyr_exercise_get_sets (exercise), "kg", "\n");
        const char *shown = label_of (g_ptr_array_index (blocks, i), "exercise-sets");

        g_assert_cmpstr (shown, ==, expected);
        g_assert_null (strstr (shown, " 0 kg"));
      }
  }
}

static void
test_navigation (Fixture       *f,
                 gconstpointer  data)
{
  GActionGroup *actions = gtk_widget_get_action_group (f->page, "planner");
  g_autofree char *this_title = g_strdup (gtk_label_get_label (GTK_LABEL (template_child (f, "week_title"))));
  HyrWeekPlan *this_plan = shown_plan (f);

  g_assert_nonnull (actions);

  gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
  assert_week_start (f, 2026, 3, 9);
  g_assert_true (shown_plan (f) != this_plan);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (f, "week_title"))), !=, this_title);
  assert_cards_match_plan (f);

  g_action_group_activate_action (actions, "next-week", NULL);
  assert_week_start (f, 2026, 3, 16);

  /* Alt+Left, from anywhere on the page */
  g_assert_true (gtk_bindings_activate (G_OBJECT (f->page), GDK_KEY_Left, GDK_MOD1_MASK));
  assert_week_start (f, 2026, 3, 9);
  g_assert_true (gtk_bindings_activate (G_OBJECT (f->page), GDK_KEY_Left, GDK_MOD1_MASK));
  g_assert_true (gtk_bindings_activate (G_OBJECT (f->page), GDK_KEY_Left, GDK_MOD1_MASK));
  assert_week_start (f, 2026, 2, 23);
  assert_cards_match_plan (f);

  g_assert_true (gtk_widget_get_sensitive (template_child (f, "today_button")));
  gtk_button_clicked (GTK_BUTTON (template_child (f, "today_button")));
  assert_week_start (f, 2026, 3, 2);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (f, "week_title"))), ==, this_title);
  g_assert_false (gtk_widget_get_sensitive (template_child (f, "today_button")));
}

static void
test_week_start (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) sunday = g_date_time_new_local (2026, 3, 1, 0, 0, 0);
  g_autofree char *name = weekday_name (sunday);

  g_settings_set_string (f->settings, "week-start", "sunday");
  flush_events ();

  assert_week_start (f, 2026, 3, 1);
  g_assert_cmpint (julian_of (hyr_week_plan_get_week_start (shown_plan (f))), ==, julian_of (sunday));
  g_assert_cmpstr (label_of (day_column (f, 0), "day-title"), ==, name);
  assert_cards_match_plan (f);
}

static void
test_units (Fixture       *f,
            gconstpointer  data)
{
  int run_day, lift_day;
  HyrSession *run = first_session (shown_plan (f), HYR_SESSION_KIND_RUN, &run_day);
  g_autofree char *miles = g_strdup_printf ("%.1f mi", hyr_session_get_distance (run) / METRES_PER_MI);
  GtkWidget *card;
  const char *sets;

  g_settings_set_string (f->settings, "distance-unit", "mi");
  flush_events ();

  run = first_session (shown_plan (f), HYR_SESSION_KIND_RUN, &run_day);
  card = hyr_test_find_one (day_column (f, run_day), "session-run");
  g_assert_true (strstr (label_of (card, "session-detail"), miles) != NULL);
  g_assert_null (strstr (label_of (card, "session-detail"), "km"));
  g_assert_cmpstr (hyr_planner_get_distance_unit (f->planner), ==, "mi");

  g_settings_set_string (f->settings, "mass-unit", "lb");
  flush_events ();

  first_session (shown_plan (f), HYR_SESSION_KIND_LIFT, &lift_day);
  card = hyr_test_find_one (day_column (f, lift_day), "session-lift");
  sets = label_of (card, "exercise-sets");
  g_assert_true (strstr (sets, " lb") != NULL);
  g_assert_null (strstr (sets, " kg"));
}

static void
test_export_json (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_build_filename (f->dir, "week.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  JsonObject *root;

  g_assert_true (_hyr_planner_page_export_json (HYR_PLANNER_PAGE (f->page), file, &error));
  g_assert_no_error (error);

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, HYR_WEEK_PLAN_JSON_VERSION);
  g_assert_cmpstr (json_object_get_string_member (root, "week-start"), ==, "2026-03-02");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "sessions")), ==,
                    hyr_week_plan_get_sessions (shown_plan (f))->len);
}

/* What the file chooser's "Export" does: the file is written and the page
 * says where, with "Open"; a failure says why instead. The chooser opens
 * in the documents folder, else the home folder. */
static void
test_export_saved (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "week.json", NULL);
  g_autofree char *bad_path = g_build_filename (f->dir, "no-such-folder", "week.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *expected = g_strdup_printf ("Saved to %s", path);
  g_autofree char *folder = NULL;
  g_autofree char *documents = g_build_filename (g_get_home_dir (), "Dokumente", NULL);
  g_autofree char *dirs_file = g_build_filename (g_get_user_config_dir (), "user-dirs.dirs", NULL);
  g_autofree char *dirs = g_strdup_printf ("XDG_DOCUMENTS_DIR=\"%s\"\n", documents);

  g_assert_true (_hyr_planner_page_export (HYR_PLANNER_PAGE (f->page), file, 0, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (f, "saved_revealer"))));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (f, "saved_label"))), ==, expected);

  g_assert_false (_hyr_planner_page_export (HYR_PLANNER_PAGE (f->page), bad, 4, &error));
  g_assert_nonnull (error);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (f, "saved_revealer"))));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (f, "error_revealer"))));

  /* No documents folder: home. With one: there. */
  folder = _hyr_planner_page_get_export_folder ();
  g_assert_cmpstr (folder, ==, g_get_home_dir ());
  g_clear_pointer (&folder, g_free);

  g_assert_cmpint (g_mkdir_with_parents (documents, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (dirs_file, dirs, -1, NULL));
  g_reload_user_special_dirs_cache ();
  folder = _hyr_planner_page_get_export_folder ();
  g_assert_cmpstr (folder, ==, documents);
  g_unlink (dirs_file);
  g_reload_user_special_dirs_cache ();
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_export_icalendar (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "plan.ics", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 3, 9, 0, 0, 0);
  g_autoptr(GPtrArray) plans = NULL;
  guint sessions = 0;

  /* From the shown week: the next one. */
  gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
  g_assert_true (_hyr_planner_page_export_icalendar (HYR_PLANNER_PAGE (f->page), file, 4, &error));
  g_assert_no_error (error);

  plans = hyr_planner_plan_range (f->planner, start, 4, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < plans->len; i++)
    sessions += hyr_week_plan_get_sessions (g_ptr_array_index (plans, i))->len;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  g_assert_cmpuint (count (text, "BEGIN:VEVENT"), ==, sessions);
}

/* The first strength session on or before today, its AMRAP lift and set. */
static GtkWidget *
past_amrap_button (Fixture     *f,
                   HyrSession **session_out)
{
  HyrWeekPlan *plan = shown_plan (f);
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  int first = julian_of (hyr_week_plan_get_week_start (plan));

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      int day = julian_of (hyr_session_get_day (session)) - first;

      GPtrArray *exercises = hyr_session_get_exercises (session);
      GPtrArray *sets;

      if (hyr_session_get_kind (session) != HYR_SESSION_KIND_LIFT ||
          julian_of (hyr_session_get_day (session)) > julian_of (f->today) ||
          exercises->len == 0 ||
          hyr_exercise_get_lift (g_ptr_array_index (exercises, 0)) == HYR_LIFT_NONE)
        continue;

      /* A main lift whose last set is the AMRAP one, not legs kept light. */
      sets = hyr_exercise_get_sets (g_ptr_array_index (exercises, 0));
      if (!hyr_lift_set_get_amrap (g_ptr_array_index (sets, sets->len - 1)))
        continue;

      *session_out = session;
      return hyr_test_find_one (hyr_test_find_one (day_column (f, day), "session-lift"), "amrap-button");
    }

  g_assert_not_reached ();
}

static void
main_lift_amrap (HyrSession *session,
                 HyrLift    *lift,
                 double     *weight,
                 guint      *reps)
{
  HyrExercise *exercise = g_ptr_array_index (hyr_session_get_exercises (session), 0);
  GPtrArray *sets = hyr_exercise_get_sets (exercise);
  HyrLiftSet *last = g_ptr_array_index (sets, sets->len - 1);

  g_assert_true (hyr_lift_set_get_amrap (last));
  *lift = hyr_exercise_get_lift (exercise);
  *weight = hyr_lift_set_get_weight (last);
  *reps = hyr_lift_set_get_reps (last);
}

static void
test_amrap (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HyrLiftLog) log = hyr_lift_log_new (f->state);
  g_autoptr(GDateTime) day = NULL;
  HyrSession *session = NULL;
  GtkWidget *button = past_amrap_button (f, &session);
  GtkWidget *popover;
  HyrLift lift;
  double weight, logged_weight;
  guint required, logged_reps, logged_required;

  main_lift_amrap (session, &lift, &weight, &required);
  day = g_date_time_ref (hyr_session_get_day (session));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_false (hyr_lift_log_lookup (log, lift, day, NULL, NULL, NULL));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  flush_events ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (popover));
  /* Prefilled with the reps the set asks for */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (hyr_test_find_one (popover, "amrap-reps"))),
                   ==, required);
  /* A session may pair two main lifts, each with its AMRAP set and the
   * same reps asked in the week of the wave. */
  {
    g_autoptr(GPtrArray) spins = hyr_test_find_all (popover, "amrap-reps");

    for (guint i = 0; i < spins->len; i++)
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (g_ptr_array_index (spins, i)), required + 3);
  }
  gtk_button_clicked (GTK_BUTTON (hyr_test_find_one (popover, "amrap-save")));
  flush_events ();

  g_assert_true (hyr_lift_log_lookup (log, lift, day, &logged_weight, &logged_reps, &logged_required));
  g_assert_cmpfloat (logged_weight, ==, weight);
  g_assert_cmpuint (logged_reps, ==, required + 3);
  g_assert_cmpuint (logged_required, ==, required);

  /* The week was rebuilt; the card says what was logged. */
  button = past_amrap_button (f, &session);
  {
    g_autofree char *text = g_strdup_printf ("%u reps logged", required + 3);
    GtkWidget *card = gtk_widget_get_parent (button);

    g_assert_true (strstr (label_of (card, "amrap-logged"), text) != NULL);
  }
}

static void
test_amrap_future (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) buttons = NULL;

  /* Later weeks' sets cannot be logged yet; a deload week has none. */
  for (int i = 0; i < 4 && (buttons == NULL || buttons->len == 0); i++)
    {
      g_clear_pointer (&buttons, g_ptr_array_unref);
      gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
      buttons = hyr_test_find_all (template_child (f, "days_box"), "amrap-button");
    }
  g_assert_cmpuint (buttons->len, >, 0);
  for (guint i = 0; i < buttons->len; i++)
    g_assert_false (gtk_widget_get_sensitive (g_ptr_array_index (buttons, i)));
}

static void
test_amrap_read_only (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HyrLiftLog) log = hyr_lift_log_new (f->state);
  HyrSession *session = NULL;
  GtkWidget *button = past_amrap_button (f, &session);
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  GtkWidget *error_label;
  g_autoptr(GDateTime) day = NULL;
  HyrLift lift;
  double weight;
  guint required;

  main_lift_amrap (session, &lift, &weight, &required);
  day = g_date_time_ref (hyr_session_get_day (session));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  flush_events ();
  gtk_button_clicked (GTK_BUTTON (hyr_test_find_one (popover, "amrap-save")));
  flush_events ();

  g_assert_false (hyr_lift_log_lookup (log, lift, day, NULL, NULL, NULL));
  g_assert_true (gtk_widget_get_visible (popover));

  /* The popover says why. */
  error_label = hyr_test_find_one (popover, "amrap-error");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (error_label)),
                                   "The result was not saved"));
}

static GtkWidget *
editor_child (Fixture    *f,
              const char *name)
{
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  GObject *object = gtk_widget_get_template_child (editor, HYR_TYPE_PROFILE_EDITOR, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

/* What is typed stays as typed, marked, with the reason under it; nothing
 * reaches the profile and "Save" waits, the old value kept. */
static void
assert_refused (Fixture    *f,
                const char *spin_name,
                const char *text,
                const char *reason)
{
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  GtkWidget *spin = editor_child (f, spin_name);
  g_autofree char *label_name = g_strdup_printf ("%s-error", spin_name);
  GtkWidget *label = hyr_test_find_one (editor, label_name);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (f->path, &before, NULL, NULL));
  gtk_entry_set_text (GTK_ENTRY (spin), text);
  flush_events ();
  g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (spin), GTK_STYLE_CLASS_ERROR));
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), reason));
  g_assert_false (gtk_widget_get_sensitive (editor_child (f, "save_button")));

  /* Leaving the field (or Enter) does not clamp it or fall back to 0. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (spin)), ==, text);

  g_assert_false (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT);
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  hyr_profile_editor_revert (HYR_PROFILE_EDITOR (editor));
  g_assert_false (gtk_widget_get_visible (label));
  g_assert_false (gtk_style_context_has_class (gtk_widget_get_style_context (spin), GTK_STYLE_CLASS_ERROR));
}

static void
test_profile_numbers_refused (Fixture       *f,
                              gconstpointer  data)
{
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  GtkWidget *mass = editor_child (f, "body_mass_spin");
  g_autoptr(GError) error = NULL;

  assert_refused (f, "body_mass_spin", "-5", "from 25 kg to 350 kg");
  assert_refused (f, "body_mass_spin", "1000", "from 25 kg to 350 kg");
  assert_refused (f, "body_mass_spin", "abc", "“abc” is not a number");
  assert_refused (f, "run_days_spin", "0", "2 to 6 run days");
  assert_refused (f, "lift_days_spin", "9", "0 to 4 lifting days");
  assert_refused (f, "plate_spin", "0", "from 0.25 kg to 25 kg");
  assert_refused (f, "squat_spin", "-20", "from 0 to 600 kg");
  g_assert_cmpfloat (hyr_profile_get_body_mass (profile), ==, 82);
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_SQUAT), ==, 120);

  /* Fixed, the field is saved as typed, with a decimal comma too. */
  gtk_entry_set_text (GTK_ENTRY (mass), "1000");
  flush_events ();
  gtk_entry_set_text (GTK_ENTRY (mass), "74,5");
  flush_events ();
  g_assert_false (gtk_style_context_has_class (gtk_widget_get_style_context (mass), GTK_STYLE_CLASS_ERROR));
  g_assert_true (gtk_widget_get_sensitive (editor_child (f, "save_button")));
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hyr_profile_get_body_mass (profile), 74.5, 1e-9);
}

static guint
count_sessions (HyrWeekPlan    *plan,
                HyrSessionKind  kind)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  guint n = 0;

  for (guint i = 0; i < sessions->len; i++)
    n += hyr_session_get_kind (g_ptr_array_index (sessions, i)) == kind;

  return n;
}

static void
test_profile_edit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) reloaded = NULL;
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  g_autoptr(GPtrArray) lifts = NULL;

  g_assert_cmpuint (count_sessions (shown_plan (f), HYR_SESSION_KIND_LIFT), ==, 3);
  g_assert_false (hyr_profile_editor_get_modified (HYR_PROFILE_EDITOR (editor)));
  g_assert_false (gtk_widget_get_sensitive (editor_child (f, "save_button")));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (f, "lift_days_spin")), 2);
  g_assert_true (hyr_profile_editor_get_modified (HYR_PROFILE_EDITOR (editor)));
  /* Nothing reaches the profile before "Save". */
  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, 3);

  gtk_button_clicked (GTK_BUTTON (editor_child (f, "save_button")));
  flush_events ();

  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, 2);
  g_assert_false (hyr_profile_editor_get_modified (HYR_PROFILE_EDITOR (editor)));
  g_assert_cmpuint (count_sessions (shown_plan (f), HYR_SESSION_KIND_LIFT), ==, 2);
  lifts = hyr_test_find_all (template_child (f, "days_box"), "session-lift");
  g_assert_cmpuint (lifts->len, ==, 2);

  /* On disk too; untouched fields kept their values. */
  reloaded = hyr_state_load (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hyr_profile_get_lift_days (hyr_state_get_profile (reloaded)), ==, 2);
  g_assert_cmpuint (hyr_profile_get_run_days (hyr_state_get_profile (reloaded)), ==, 4);
  g_assert_cmpfloat (hyr_profile_get_training_max (hyr_state_get_profile (reloaded), HYR_LIFT_SQUAT),
                     ==, 120);
}

static void
test_profile_one_rep_max (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));

  /* Shown as 1RM, the squat's 120 kg training max is 120 / 0.9 kg. */
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "max_kind_combo")), "one-rep-max");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (editor_child (f, "squat_spin"))),
                                  133.3, 0.05);
  g_assert_false (hyr_profile_editor_get_modified (HYR_PROFILE_EDITOR (editor)));

  /* A 1RM of 150 kg sets the training max to 135 kg; the other lifts stay. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (f, "squat_spin")), 150);
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hyr_profile_get_training_max (profile, HYR_LIFT_SQUAT), 135, 1e-9);
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_DEADLIFT), ==, 150);
}

static void
test_profile_pounds (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));

  /* 82 kg ÷ 0.45359237 kg/lb = 180.78 lb */
  g_settings_set_string (f->settings, "mass-unit", "lb");
  flush_events ();
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (editor_child (f, "body_mass_spin"))),
                                  180.8, 0.05);

  /* Saving another field leaves the body mass exactly as it was. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (f, "run_days_spin")), 3);
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (hyr_profile_get_body_mass (profile), ==, 82);

  /* 200 lb × 0.45359237 = 90.718474 kg */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (f, "body_mass_spin")), 200);
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hyr_profile_get_body_mass (profile), 90.718474, 1e-6);

  /* Plates in pounds: the 2.5 kg default is the 5 lb step the planner
   * rounds to (not 5.51 lb); 2.5 lb typed is kept as 2.5 lb. */
  g_assert_cmpfloat (hyr_profile_get_plate_increment (profile), ==, 2.5);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (editor_child (f, "plate_spin"))), ==, "5.00");
  gtk_entry_set_text (GTK_ENTRY (editor_child (f, "plate_spin")), "2.5");
  gtk_spin_button_update (GTK_SPIN_BUTTON (editor_child (f, "plate_spin")));
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hyr_profile_get_plate_increment (profile), 2.5 * 0.45359237, 1e-9);
  flush_events ();
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (editor_child (f, "plate_spin"))), ==, "2.50");

  /* Back in kg, the nearest kg step: 1.25 kg. */
  g_settings_set_string (f->settings, "mass-unit", "kg");
  flush_events ();
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (editor_child (f, "plate_spin"))), ==, "1.25");
}

/* The race date's calendar: it opens at the date typed, and a day chosen
 * on it is written into the entry as year-month-day and saved. */
static void
test_race_date_calendar (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  GtkEntry *entry = GTK_ENTRY (editor_child (f, "race_date_entry"));
  GtkCalendar *calendar = GTK_CALENDAR (editor_child (f, "race_calendar"));
  guint year, month, day;

  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "marathon");
  gtk_entry_set_text (entry, "2026-09-20");
  g_assert_cmpstr (gtk_entry_get_icon_name (entry, GTK_ENTRY_ICON_SECONDARY), ==, "x-office-calendar-symbolic");

  g_signal_emit_by_name (entry, "icon-press", GTK_ENTRY_ICON_SECONDARY, NULL);
  flush_events ();
  g_assert_true (gtk_widget_get_visible (editor_child (f, "race_calendar_popover")));
  gtk_calendar_get_date (calendar, &year, &month, &day);
  g_assert_cmpuint (year, ==, 2026);
  g_assert_cmpuint (month, ==, 8);
  g_assert_cmpuint (day, ==, 20);

  gtk_calendar_select_month (calendar, 9, 2026);
  gtk_calendar_select_day (calendar, 11);
  g_signal_emit_by_name (calendar, "day-selected-double-click");
  flush_events ();
  g_assert_cmpstr (gtk_entry_get_text (entry), ==, "2026-10-11");

  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_month (hyr_profile_get_race_date (profile)), ==, 10);
  g_assert_cmpint (g_date_time_get_day_of_month (hyr_profile_get_race_date (profile)), ==, 11);
}

/* First run: the plan's needs in one box, with what the host tells
 * filled in; its button opens the profile with those values as edits to
 * save; once saved, the box is gone. */
static void
test_first_run (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  HyrProfile *profile = hyr_state_get_profile (f->state);
  const char *text;

  hyr_test_store_set_body_mass (f->store, 78);
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
  flush_events ();

  g_assert_true (gtk_widget_get_visible (template_child (f, "setup_bar")));
  text = gtk_label_get_label (GTK_LABEL (template_child (f, "setup_label")));
  g_assert_nonnull (strstr (text, "• Run days: "));
  g_assert_nonnull (strstr (text, "as in your last 6 weeks"));
  g_assert_nonnull (strstr (text, "• Body mass: 78 kg, from your tracker"));
  /* 100 kg × 5: 1RM 116.67 kg, training max 105 kg. */
  g_assert_nonnull (strstr (text, "• Training maxes from the sets you logged: Squat 105 kg"));
  g_assert_nonnull (strstr (text, "• A training max for Deadlift, Bench press, Overhead press"));

  gtk_button_clicked (GTK_BUTTON (hyr_test_find_one (f->page, "setup-button")));
  flush_events ();
  g_assert_true (hyr_profile_editor_get_modified (HYR_PROFILE_EDITOR (editor)));
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (editor_child (f, "body_mass_spin"))), ==, "78.0");
  /* Rounded to the plates: 105 kg. */
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (editor_child (f, "squat_spin"))), ==, 105);

  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  flush_events ();
  g_assert_cmpfloat (hyr_profile_get_training_max (profile, HYR_LIFT_SQUAT), ==, 105);
  g_assert_false (gtk_widget_get_visible (template_child (f, "setup_bar")));
}

static void
test_profile_errors (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));

  /* A marathon needs its date */
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "marathon");
  g_assert_false (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_NO_RACE_DATE);
  g_clear_error (&error);
  g_assert_true (gtk_widget_get_visible (editor_child (f, "error_label")));
  g_assert_cmpint (hyr_profile_get_goal (profile), ==, HYR_GOAL_HYPERTROPHY);

  gtk_entry_set_text (GTK_ENTRY (editor_child (f, "race_date_entry")), "2026-02-30");
  g_assert_false (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* With one, the plan becomes a marathon block. */
  gtk_entry_set_text (GTK_ENTRY (editor_child (f, "race_date_entry")), "2026-10-11");
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (editor_child (f, "error_label")));
  flush_events ();
  g_assert_cmpint (hyr_week_plan_get_phase (shown_plan (f)), !=, HYR_PLAN_PHASE_HYPERTROPHY);
}

static gboolean
has_style_class (GtkWidget  *widget,
                 const char *name)
{
  return gtk_style_context_has_class (gtk_widget_get_style_context (widget), name);
}

static void
assert_race_date (HyrProfile *profile,
                  int         year,
                  int         month,
                  int         day)
{
  GDateTime *race = hyr_profile_get_race_date (profile);

  g_assert_nonnull (race);
  g_assert_cmpint (g_date_time_get_year (race), ==, year);
  g_assert_cmpint (g_date_time_get_month (race), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (race), ==, day);
}

/* A race date already gone is refused as it is typed, the GNOME way: the
 * field marked, the reason under it, "Save" off, the profile's race date
 * kept. Today is 4 March 2026 for the planner, whatever the clock says. */
static void
test_profile_race_date_past (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) reloaded = NULL;
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  GtkWidget *entry = editor_child (f, "race_date_entry");
  GtkWidget *reason = editor_child (f, "race_date_error");
  GtkWidget *save = editor_child (f, "save_button");

  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "marathon");
  gtk_entry_set_text (GTK_ENTRY (entry), "2026-10-11");
  g_assert_false (gtk_widget_get_visible (reason));
  g_assert_true (gtk_widget_get_sensitive (save));
  gtk_button_clicked (GTK_BUTTON (save));
  flush_events ();
  assert_race_date (profile, 2026, 10, 11);

  /* Typed a day at a time: "2026-03-0" is no date yet and says nothing;
   * 3 March is yesterday. */
  gtk_entry_set_text (GTK_ENTRY (entry), "2026-03-0");
  g_assert_false (gtk_widget_get_visible (reason));
  g_assert_false (has_style_class (entry, GTK_STYLE_CLASS_ERROR));
  gtk_entry_set_text (GTK_ENTRY (entry), "2026-03-03");
  g_assert_true (has_style_class (entry, GTK_STYLE_CLASS_ERROR));
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (reason)), ==,
                   "2026-03-03 has passed. Enter the day of a race still to come.");
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Saved anyway (Enter in another field, say): refused, nothing written. */
  g_assert_false (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  flush_events ();
  assert_race_date (profile, 2026, 10, 11);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (entry)), ==, "2026-03-03");
  reloaded = hyr_state_load (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
  assert_race_date (hyr_state_get_profile (reloaded), 2026, 10, 11);

  /* Text that is no date is said when the field is left. */
  gtk_entry_set_text (GTK_ENTRY (entry), "soon");
  g_assert_false (gtk_widget_get_visible (reason));
  {
    GdkEvent *focus_out = gdk_event_new (GDK_FOCUS_CHANGE);
    gboolean handled;

    focus_out->focus_change.in = FALSE;
    g_signal_emit_by_name (entry, "focus-out-event", focus_out, &handled);
    gdk_event_free (focus_out);
  }
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_true (has_style_class (entry, GTK_STYLE_CLASS_ERROR));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (reason)), "“soon” is not a date."));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* A race today is fine: the mark and the reason go. */
  gtk_entry_set_text (GTK_ENTRY (entry), "2026-03-04");
  g_assert_false (has_style_class (entry, GTK_STYLE_CLASS_ERROR));
  g_assert_false (gtk_widget_get_visible (reason));
  g_assert_true (gtk_widget_get_sensitive (save));
  hyr_profile_editor_revert (HYR_PROFILE_EDITOR (editor));
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (entry)), ==, "2026-10-11");

  /* After the race its date is in the past, rightly: the profile's own
   * date is not checked, and other fields save. */
  {
    g_autoptr(GDateTime) raced = g_date_time_new_local (2026, 2, 22, 0, 0, 0);

    hyr_profile_set_race_date (profile, raced);
  }
  flush_events ();
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (entry)), ==, "2026-02-22");
  g_assert_false (gtk_widget_get_visible (reason));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (f, "lift_days_spin")), 2);
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  assert_race_date (profile, 2026, 2, 22);
  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, 2);
}

static void
set_race (Fixture *f,
          int      weeks_ahead)
{
  HyrProfile *profile = hyr_state_get_profile (f->state);
  g_autoptr(GDateTime) race = g_date_time_add_weeks (f->today, weeks_ahead);
  g_autoptr(GDateTime) race_day = g_date_time_new_local (g_date_time_get_year (race),
                                                         g_date_time_get_month (race),
                                                         g_date_time_get_day_of_month (race), 0, 0, 0);

  hyr_profile_set_goal (profile, HYR_GOAL_MARATHON);
  hyr_profile_set_race_date (profile, race_day);
  flush_events ();
}

/* The bar says what the planner says, in the style its readiness calls
 * for. */
static void
assert_race_bar (Fixture *f)
{
  GtkWidget *bar = template_child (f, "race_bar");
  g_autofree char *reason = NULL;
  HyrRaceReadiness readiness = hyr_planner_assess_race (f->planner, &reason);
  const char *style[] = {
    [HYR_RACE_READINESS_ON_TRACK] = GTK_STYLE_CLASS_INFO,
    [HYR_RACE_READINESS_AT_RISK] = GTK_STYLE_CLASS_WARNING,
    [HYR_RACE_READINESS_UNREALISTIC] = GTK_STYLE_CLASS_ERROR,
  };

  g_assert_cmpint (gtk_widget_get_visible (bar), ==, readiness != HYR_RACE_READINESS_NO_RACE);
  if (readiness == HYR_RACE_READINESS_NO_RACE)
    return;

  g_assert_true (has_style_class (bar, style[readiness]));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (f, "race_label"))), ==, reason);
}

/* A marathon two weeks away for a runner whose long run is about 16 km is
 * not realistic: the bar shows as an error, says why, and opens the
 * profile; with the hypertrophy goal it goes. */
static void
test_race_readiness (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *bar = template_child (f, "race_bar");
  GtkWidget *button = hyr_test_find_one (bar, "race-profile-button");

  g_assert_false (gtk_widget_get_visible (bar));

  set_race (f, 2);
  g_assert_cmpint (hyr_planner_assess_race (f->planner, NULL), ==, HYR_RACE_READINESS_UNREALISTIC);
  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_cmpint (gtk_info_bar_get_message_type (GTK_INFO_BAR (bar)), ==, GTK_MESSAGE_ERROR);
  g_assert_true (has_style_class (bar, GTK_STYLE_CLASS_ERROR));
  {
    const char *icon = NULL;

    gtk_image_get_icon_name (GTK_IMAGE (template_child (f, "race_icon")), &icon, NULL);
    g_assert_cmpstr (icon, ==, "dialog-error-symbolic");
  }
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (template_child (f, "race_label"))),
                                   "Unrealistic"));
  assert_race_bar (f);

  /* Its button opens the profile, reached by its own mnemonic. */
  g_assert_cmpuint (gtk_label_get_mnemonic_keyval (GTK_LABEL (gtk_bin_get_child (GTK_BIN (button)))),
                    ==, GDK_KEY_o);
  gtk_button_clicked (GTK_BUTTON (button));
  flush_events ();
  g_assert_true (gtk_widget_get_visible (template_child (f, "profile_popover")));
  gtk_popover_popdown (GTK_POPOVER (template_child (f, "profile_popover")));

  /* Later races: whatever the planner judges, the bar follows. */
  for (int weeks = 8; weeks <= 40; weeks += 8)
    {
      set_race (f, weeks);
      assert_race_bar (f);
    }
  g_assert_cmpint (hyr_planner_assess_race (f->planner, NULL), ==, HYR_RACE_READINESS_ON_TRACK);
  g_assert_true (has_style_class (bar, GTK_STYLE_CLASS_INFO));

  hyr_profile_set_goal (hyr_state_get_profile (f->state), HYR_GOAL_HYPERTROPHY);
  flush_events ();
  g_assert_false (gtk_widget_get_visible (bar));
}

static void
test_profile_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HyrProfile *profile = hyr_state_get_profile (f->state);
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  guint lift_days = hyr_profile_get_lift_days (profile);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (f, "lift_days_spin")), 1);
  g_assert_false (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_assert_true (gtk_widget_get_visible (editor_child (f, "error_label")));
  /* The edit stays in the form, the profile as it was. */
  g_assert_true (hyr_profile_editor_get_modified (HYR_PROFILE_EDITOR (editor)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (editor_child (f, "lift_days_spin"))),
                   ==, 1);
  g_assert_cmpuint (hyr_profile_get_lift_days (profile), ==, lift_days);
}

static void
test_history_changed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (f->today, -1);
  HyrWeekPlan *before = shown_plan (f);
  guint queries;

  g_object_ref (before);
  hyr_test_store_add_run (f->store, "extra", "Running", yesterday, 1800, 5000, NULL);

  /* Five changes in a row are one recomputation, in an idle callback. */
  for (int i = 0; i < 5; i++)
    hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
  g_assert_true (shown_plan (f) == before);
  queries = hyr_test_store_get_n_queries (f->store);
  flush_events ();
  g_assert_true (shown_plan (f) != before);

  /* One more change costs as many queries as the five did together. */
  {
    guint five = hyr_test_store_get_n_queries (f->store) - queries;

    queries = hyr_test_store_get_n_queries (f->store);
    hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
    flush_events ();
    g_assert_cmpuint (hyr_test_store_get_n_queries (f->store) - queries, ==, five);
  }

  assert_cards_match_plan (f);
  g_object_unref (before);
}

static gboolean
has_activity (HyrWeekPlan *plan,
              const char  *id)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);

  for (guint i = 0; i < sessions->len; i++)
    {
      if (g_strcmp0 (hyr_session_get_activity_id (g_ptr_array_index (sessions, i)), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The pytrainer bridge says which days changed with activities-changed,
 * not changed: the page follows that signal too. This morning's run is
 * then the one that did today's planned run. */
static void
test_activities_changed (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) morning = g_date_time_add_hours (f->today, -5);
  g_autoptr(GDateTime) to = g_date_time_add_days (f->today, 1);
  g_autoptr(HyrWeekPlan) before = g_object_ref (shown_plan (f));
  HyrSession *planned = NULL;
  GPtrArray *sessions = hyr_week_plan_get_sessions (before);

  for (guint i = 0; planned == NULL && i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN &&
          julian_of (hyr_session_get_day (session)) == julian_of (f->today))
        planned = session;
    }
  g_assert_nonnull (planned);
  g_assert_false (has_activity (before, "this-morning"));

  hyr_test_store_add_run (f->store, "this-morning", "Running", morning,
                          hyr_session_get_duration (planned), hyr_session_get_distance (planned),
                          PLANNER_PAGE_SHOE_DAILY);
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (f->store), morning, to);
  flush_events ();

  g_assert_true (shown_plan (f) != before);
  g_assert_true (has_activity (shown_plan (f), "this-morning"));
  assert_cards_match_plan (f);
}

static void
test_plan_error (Fixture       *f,
                 gconstpointer  data)
{
  HyrProfile *profile = hyr_state_get_profile (f->state);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/week.json");

  /* Another view sets a marathon goal without a date: no plan, and why. */
  hyr_profile_set_goal (profile, HYR_GOAL_MARATHON);
  flush_events ();
  g_assert_null (_hyr_planner_page_get_plan (HYR_PLANNER_PAGE (f->page)));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (f, "error_revealer"))));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (template_child (f, "error_label"))),
                                   "This week could not be planned"));
  {
    g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (template_child (f, "days_box")));
    g_assert_cmpuint (g_list_length (children), ==, 7);
  }
  g_assert_false (_hyr_planner_page_export_json (HYR_PLANNER_PAGE (f->page), file, &error));
  g_assert_error (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_NO_WEEKS);

  hyr_profile_set_goal (profile, HYR_GOAL_HYPERTROPHY);
  flush_events ();
  g_assert_nonnull (_hyr_planner_page_get_plan (HYR_PLANNER_PAGE (f->page)));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (f, "error_revealer"))));
}

static void
test_recovery_badge (Fixture       *f,
                     gconstpointer  data)
{
  gboolean seen = FALSE;

  /* One week in four is a recovery week. */
  for (int i = 0; i < 4; i++)
    {
      gboolean recovery = hyr_week_plan_get_recovery_week (shown_plan (f));

      g_assert_cmpint (gtk_widget_get_visible (template_child (f, "recovery_badge")), ==, recovery);
      seen |= recovery;
      gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
    }
  g_assert_true (seen);
}

static void
test_muscles (Fixture       *f,
              gconstpointer  data)
{
  HyrWeekPlan *plan = shown_plan (f);
  GtkWidget *grid = template_child (f, "muscles_grid");
  GVariantIter iter;
  const char *muscle;
  double sets;
  guint n = 0;

  /* A row per muscle: its name, a bar at its sets, the number. */
  g_variant_iter_init (&iter, hyr_week_plan_get_sets_per_muscle (plan));
  while (g_variant_iter_next (&iter, "{&sd}", &muscle, &sets))
    {
      g_autofree char *name = g_strdup_printf ("muscle-%s", muscle);
      GtkWidget *label = hyr_test_find_one (grid, name);
      int top;
      GtkWidget *bar;

      gtk_container_child_get (GTK_CONTAINER (grid), label, "top-attach", &top, NULL);
      bar = gtk_grid_get_child_at (GTK_GRID (grid), 1, top);
      g_assert_true (GTK_IS_LEVEL_BAR (bar));
      g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), ==, MIN (sets, 25));
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_warnings (Fixture       *f,
               gconstpointer  data)
{
  guint n_notes = 0;

  /* Whatever the week warns about is listed, one row each, in the warning
   * bar; what it does on purpose (the deload's fewer sets) in the
   * information bar, never with the warning sign. */
  for (int i = 0; i < 6; i++)
    {
      const char * const *warnings = hyr_week_plan_get_warnings (shown_plan (f));
      const char * const *notes = hyr_week_plan_get_notes (shown_plan (f));
      g_autoptr(GPtrArray) rows = hyr_test_find_all (template_child (f, "warnings_box"), "warning");
      g_autoptr(GPtrArray) note_rows = hyr_test_find_all (template_child (f, "notes_box"), "note");

      g_assert_cmpuint (rows->len, ==, g_strv_length ((char **)warnings));
      g_assert_cmpint (gtk_widget_get_visible (template_child (f, "warnings_bar")), ==, rows->len > 0);
      g_assert_cmpuint (note_rows->len, ==, g_strv_length ((char **)notes));
      g_assert_cmpint (gtk_widget_get_visible (template_child (f, "notes_bar")), ==, note_rows->len > 0);
      g_assert_cmpint (gtk_info_bar_get_message_type (GTK_INFO_BAR (template_child (f, "notes_bar"))), ==,
                       GTK_MESSAGE_INFO);
      for (guint w = 0; warnings[w] != NULL; w++)
        g_assert_null (strstr (warnings[w], "on purpose"));
      n_notes += note_rows->len;
      gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
    }
  g_assert_cmpuint (n_notes, >, 0);
}

/* 16 weeks up to today: the sum of the distances the store holds for
 * them, counted here from the activities themselves. */
static void
test_charts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_add_weeks (first, -15);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 3, 5, 0, 0, 0);
  g_autoptr(GPtrArray) activities = hyr_activity_store_query (HYR_ACTIVITY_STORE (f->store), from, to);
  g_autofree char *description = NULL;
  g_autofree char *expected = NULL;
  HyrLoadChart *volume;
  HyrLoadSeries *series;
  double distance = 0;

  for (guint i = 0; i < activities->len; i++)
    distance += hyr_activity_get_distance (g_ptr_array_index (activities, i));

  volume = HYR_LOAD_CHART (load_child (f, "volume_chart"));
  g_assert_null (hyr_load_chart_get_series (volume));

  gtk_stack_set_visible_child_name (GTK_STACK (template_child (f, "stack")), "load");
  flush_events ();

  series = hyr_load_chart_get_series (volume);
  g_assert_nonnull (series);
  /* 15 whole weeks and Monday to Wednesday of this one */
  g_assert_cmpuint (hyr_load_series_get_n_days (series), ==, 15 * 7 + 3);
  g_assert_true (hyr_load_chart_get_series (HYR_LOAD_CHART (load_child (f, "fitness_chart"))) == series);
  g_assert_true (hyr_load_chart_get_series (HYR_LOAD_CHART (load_child (f, "ratio_chart"))) == series);

  description = hyr_load_chart_describe (volume);
  expected = g_strdup_printf ("16 weeks: %.0f km run.", distance / 1000);
  g_assert_true (g_str_has_prefix (description, expected));

  /* Miles: the same distance ÷ 1609.344 */
  g_settings_set_string (f->settings, "distance-unit", "mi");
  flush_events ();
  g_clear_pointer (&description, g_free);
  g_clear_pointer (&expected, g_free);
  description = hyr_load_chart_describe (volume);
  expected = g_strdup_printf ("16 weeks: %.0f mi run.", distance / METRES_PER_MI);
  g_assert_true (g_str_has_prefix (description, expected));

  /* History changes recompute the charts shown. */
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
  flush_events ();
  g_assert_true (hyr_load_chart_get_series (volume) != series);
}

/* The caption's promise: "The current week is drawn lighter until it is
 * over", on its last day too (seven days in the series, not over yet),
 * and not once the next week began. */
static void
test_current_week_lighter (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 2, 0, 0, 0);
  g_autoptr(GDateTime) sunday = g_date_time_new_local (2026, 3, 15, 12, 0, 0);
  g_autoptr(GDateTime) next_monday = g_date_time_new_local (2026, 3, 16, 12, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_local (2026, 3, 16, 0, 0, 0);
  g_autoptr(HyrLoadSeries) series = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on_sunday = NULL;
  g_autofree char *after = NULL;
  GtkWidget *chart = g_object_ref_sink (hyr_load_chart_new (HYR_LOAD_CHART_VOLUME));

  hyr_test_store_add_activity_on (store, "r1", "Running", 2026, 3, 10, 8000, NULL);
  series = hyr_training_load_compute (HYR_ACTIVITY_STORE (store), monday, end, &error);
  g_assert_no_error (error);
  hyr_load_chart_set_week_start (HYR_LOAD_CHART (chart), G_DATE_MONDAY);
  hyr_load_chart_set_series (HYR_LOAD_CHART (chart), series);

  hyr_load_chart_set_today (HYR_LOAD_CHART (chart), sunday);
  on_sunday = hyr_load_chart_describe (HYR_LOAD_CHART (chart));
  g_assert_nonnull (strstr (on_sunday, "(so far)"));

  hyr_load_chart_set_today (HYR_LOAD_CHART (chart), next_monday);
  after = hyr_load_chart_describe (HYR_LOAD_CHART (chart));
  g_assert_null (strstr (after, "(so far)"));

  g_object_unref (chart);
}

/* The week starts as the locale says unless the setting names a day; the
 * days named before keep working. */
static void
test_week_start_locale (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.HypertrophyRunning");
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));
  const char *sunday_locales[] = { "en_US.UTF-8", "en_US.utf8", "he_IL.UTF-8", "he_IL.utf8" };
  gboolean tried_sunday = FALSE;
  g_autofree char *by_default = NULL;

  g_settings_reset (settings, "week-start");
  by_default = g_settings_get_string (settings, "week-start");
  g_assert_cmpstr (by_default, ==, "locale");

  /* C is nobody's choice: Monday, as ISO 8601. */
  g_assert_nonnull (setlocale (LC_TIME, "C"));
  g_assert_cmpint (hyr_week_start_get (settings), ==, G_DATE_MONDAY);

  if (setlocale (LC_TIME, "de_DE.UTF-8") != NULL || setlocale (LC_TIME, "de_DE.utf8") != NULL)
    g_assert_cmpint (hyr_week_start_get (settings), ==, G_DATE_MONDAY);

  for (guint i = 0; i < G_N_ELEMENTS (sunday_locales) && !tried_sunday; i++)
    {
      if (setlocale (LC_TIME, sunday_locales[i]) == NULL)
        continue;
      g_assert_cmpint (hyr_week_start_get (settings), ==, G_DATE_SUNDAY);
      tried_sunday = TRUE;
    }
  if (!tried_sunday)
    g_test_message ("No locale whose week starts on Sunday is installed");

  /* A day named in the setting wins over the locale. */
  g_settings_set_string (settings, "week-start", "saturday");
  g_assert_cmpint (hyr_week_start_get (settings), ==, G_DATE_SATURDAY);
  g_settings_set_string (settings, "week-start", "sunday");
  g_assert_cmpint (hyr_week_start_get (settings), ==, G_DATE_SUNDAY);
  g_settings_set_string (settings, "week-start", "monday");
  g_assert_cmpint (hyr_week_start_get (settings), ==, G_DATE_MONDAY);

  g_settings_reset (settings, "week-start");
  setlocale (LC_TIME, saved);
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

static gboolean
has_ancestor_named (GtkWidget  *widget,
                    const char *name)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Tab goes through the navigation, the menus and each card's controls;
 * the buttons' mnemonics work. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();
  gboolean reason = FALSE, amrap = FALSE;

  for (int i = 0; i < 400; i++)
    {
      GtkWidget *focus;

      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (f->window));
      if (focus == NULL)
        continue;
      if (reached->len > 0 && focus == g_ptr_array_index (reached, 0))
        break;
      g_ptr_array_add (reached, focus);
      reason |= has_ancestor_named (focus, "session-reason");
      amrap |= has_ancestor_named (focus, "amrap-button");
    }

  g_assert_true (g_ptr_array_find (reached, template_child (f, "previous_button"), NULL));
  g_assert_true (g_ptr_array_find (reached, template_child (f, "next_button"), NULL));
  g_assert_true (g_ptr_array_find (reached, template_child (f, "accept_button"), NULL));
  g_assert_true (g_ptr_array_find (reached, template_child (f, "profile_button"), NULL));
  g_assert_true (g_ptr_array_find (reached, template_child (f, "export_button"), NULL));
  g_assert_true (reason);
  g_assert_true (amrap);

  /* Alt+Right shows the next week; Alt+P opens the profile. A button
   * activated from the keyboard shows itself pressed for a moment before
   * it clicks. */
  g_assert_true (gtk_bindings_activate (G_OBJECT (f->page), GDK_KEY_Right, GDK_MOD1_MASK));
  flush_events ();
  assert_week_start (f, 2026, 3, 9);
  g_assert_true (gtk_window_mnemonic_activate (GTK_WINDOW (f->window), GDK_KEY_p, GDK_MOD1_MASK));
  wait_ms (400);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (template_child (f, "profile_button"))))));
}

static HyrWeekPlan *
accepted_week (Fixture *f)
{
  g_autoptr(GDateTime) start = hyr_planner_page_get_week_start (HYR_PLANNER_PAGE (f->page));

  return hyr_planner_get_accepted_week (f->planner, start);
}

static void
assert_accept_button (Fixture    *f,
                      const char *label,
                      gboolean    sensitive)
{
  GtkWidget *button = template_child (f, "accept_button");

  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (button)));
  g_assert_cmpint (gtk_widget_get_sensitive (button), ==, sensitive);
}

/* "Accept Week" keeps the shown week's plan in the state; the page then
 * says the week is accepted, until the plan changes and it can be
 * accepted again. Weeks that are over cannot be accepted. */
static void
test_accept_week (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *badge = template_child (f, "accepted_badge");
  HyrProfile *profile = hyr_state_get_profile (f->state);
  g_autoptr(HyrWeekPlan) accepted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tooltip = NULL;

  assert_accept_button (f, "_Accept Week", TRUE);
  tooltip = gtk_widget_get_tooltip_text (template_child (f, "accept_button"));
  g_assert_cmpstr (tooltip, ==, "Keep this week’s plan so next week can compare what you ran with it");
  g_assert_false (gtk_widget_get_visible (badge));
  g_assert_null (accepted_week (f));

  /* Alt+A, as a button activated from the keyboard: pressed, then clicked. */
  g_assert_true (gtk_window_mnemonic_activate (GTK_WINDOW (f->window), GDK_KEY_a, GDK_MOD1_MASK));
  wait_ms (400);

  accepted = accepted_week (f);
  g_assert_nonnull (accepted);
  g_assert_cmpuint (hyr_week_plan_get_sessions (accepted)->len, ==,
                    hyr_week_plan_get_sessions (shown_plan (f))->len);
  g_assert_cmpuint (count_sessions (accepted, HYR_SESSION_KIND_RUN), ==, 4);
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "Accepted");
  assert_accept_button (f, "Accepted", FALSE);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (f, "error_revealer"))));

  /* The plan changes under it: three run days. It can be accepted again,
   * and then holds three runs. */
  hyr_profile_set_run_days (profile, 3);
  hyr_profile_save (profile, &error);
  g_assert_no_error (error);
  flush_events ();
  g_assert_cmpuint (count_sessions (shown_plan (f), HYR_SESSION_KIND_RUN), ==, 3);
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "Accepted · Changed Since");
  assert_accept_button (f, "_Re-accept Week", TRUE);

  gtk_button_clicked (GTK_BUTTON (template_child (f, "accept_button")));
  flush_events ();
  g_clear_object (&accepted);
  accepted = accepted_week (f);
  g_assert_cmpuint (count_sessions (accepted, HYR_SESSION_KIND_RUN), ==, 3);
  assert_accept_button (f, "Accepted", FALSE);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "Accepted");

  /* Next week is its own: not accepted yet. */
  gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
  assert_accept_button (f, "_Accept Week", TRUE);
  g_assert_false (gtk_widget_get_visible (badge));

  /* Last week is over. */
  gtk_button_clicked (GTK_BUTTON (template_child (f, "previous_button")));
  gtk_button_clicked (GTK_BUTTON (template_child (f, "previous_button")));
  assert_accept_button (f, "_Accept Week", FALSE);
  g_clear_object (&accepted);
  g_assert_null (accepted_week (f));

  /* Back to this week, accepted as shown. */
  gtk_button_clicked (GTK_BUTTON (template_child (f, "today_button")));
  assert_accept_button (f, "Accepted", FALSE);
  g_assert_true (gtk_widget_get_visible (badge));
}

/* With a damaged state file nothing can be saved: accepting says so on
 * the page and leaves the week as it was. */
static void
test_accept_week_read_only (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *revealer = template_child (f, "error_revealer");
  const char *message;

  gtk_button_clicked (GTK_BUTTON (template_child (f, "accept_button")));
  flush_events ();

  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  message = gtk_label_get_label (GTK_LABEL (template_child (f, "error_label")));
  g_assert_true (g_str_has_prefix (message, "This week’s plan was not accepted: "));
  g_assert_null (accepted_week (f));
  g_assert_false (gtk_widget_get_visible (template_child (f, "accepted_badge")));
  assert_accept_button (f, "_Accept Week", TRUE);
}

/* A page the host removed, but that something still holds, hears no
 * more from the engine or the settings. */
static void
test_disposed (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *page = g_object_ref (f->page);

  g_clear_pointer (&f->window, gtk_widget_destroy);
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (f->store), f->today, f->today);
  hyr_profile_set_lift_days (hyr_state_get_profile (f->state), 2);
  hyr_state_section_changed (f->state, "lift-log");
  g_settings_set_string (f->settings, "distance-unit", "mi");
  g_settings_set_string (f->settings, "mass-unit", "lb");
  g_settings_set_string (f->settings, "week-start", "sunday");
  flush_events ();

  g_assert_true (HYR_IS_PLANNER_PAGE (page));
  g_object_unref (page);
}

/* Done against the plan */

/* The card of @session: the cards of a day's column are in the order of
 * its sessions (and of the activities recorded outside the plan). */
static GtkWidget *
card_of (Fixture    *f,
         HyrSession *session)
{
  HyrWeekPlan *plan = shown_plan (f);
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  int first = julian_of (hyr_week_plan_get_week_start (plan));
  int day = julian_of (hyr_session_get_day (session));
  gboolean run = hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN;
  g_autoptr(GPtrArray) cards = hyr_test_find_all (day_column (f, day - first), run ? "session-run" : "session-lift");
  guint position = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *other = g_ptr_array_index (sessions, i);

      if (other == session)
        break;
      if (julian_of (hyr_session_get_day (other)) == day && hyr_session_get_kind (other) == hyr_session_get_kind (session))
        position++;
    }

  g_assert_cmpuint (position, <, cards->len);
  return g_ptr_array_index (cards, position);
}

static gboolean
has_class (GtkWidget  *widget,
           const char *class_name)
{
  return gtk_style_context_has_class (gtk_widget_get_style_context (widget), class_name);
}

static HyrActivity *
activity_with_id (Fixture    *f,
                  const char *id)
{
  g_autoptr(GDateTime) from = g_date_time_add_weeks (f->today, -30);
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

/* "8.1 km in 47 min", "1 h": what the page writes of a recorded activity. */
static char *
recorded_text (HyrActivity *activity)
{
  int minutes = (int)round (hyr_activity_get_duration (activity) / 60);
  g_autofree char *duration = minutes < 60 ? g_strdup_printf ("%d min", minutes)
                              : minutes % 60 == 0 ? g_strdup_printf ("%d h", minutes / 60)
                              : g_strdup_printf ("%d h %d min", minutes / 60, minutes % 60);

  if (hyr_activity_get_distance (activity) <= 0)
    return g_steal_pointer (&duration);

  return g_strdup_printf ("%.1f km in %s", hyr_activity_get_distance (activity) / 1000, duration);
}

static HyrSession *
todays_run (Fixture *f)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (shown_plan (f));

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN &&
          julian_of (hyr_session_get_day (session)) == julian_of (f->today))
        return session;
    }

  g_assert_not_reached ();
}

/* Monday's and Tuesday's sessions of this week are recorded: their cards
 * say so with what was recorded; this morning's run, once the host
 * announces it, turns today's card to done. */
static void
test_status_done (Fixture       *f,
                  gconstpointer  data)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (shown_plan (f));
  g_autoptr(GDateTime) morning = g_date_time_add_hours (f->today, -5);
  g_autoptr(GDateTime) to = g_date_time_add_days (f->today, 1);
  guint n_done = 0;
  HyrSession *planned;
  GtkWidget *card;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(HyrActivity) activity = NULL;
      g_autofree char *recorded = NULL;
      g_autofree char *expected = NULL;

      if (hyr_session_get_status (session) != HYR_SESSION_STATUS_DONE)
        {
          g_autoptr(GPtrArray) status = hyr_test_find_all (card_of (f, session), "session-status");

          g_assert_cmpuint (status->len, ==,
                            hyr_session_get_status (session) == HYR_SESSION_STATUS_PLANNED ? 0 : 1);
          continue;
        }

      n_done++;
      card = card_of (f, session);
      activity = activity_with_id (f, hyr_session_get_activity_id (session));
      recorded = recorded_text (activity);
      expected = g_strdup_printf ("✓ Done: %s", recorded);
      g_assert_cmpstr (label_of (card, "session-status"), ==, expected);
      g_assert_true (has_class (card, "done"));
      /* Nothing is left to move of a session done. */
      g_assert_cmpuint (hyr_test_find_all (card, "session-menu")->len, ==, 0);
    }
  g_assert_cmpuint (n_done, >=, 1);

  planned = todays_run (f);
  g_assert_cmpint (hyr_session_get_status (planned), ==, HYR_SESSION_STATUS_PLANNED);
  g_assert_cmpuint (hyr_test_find_all (card_of (f, planned), "session-status")->len, ==, 0);

  hyr_test_store_add_run (f->store, "this-morning", "Running", morning,
                          hyr_session_get_duration (planned), hyr_session_get_distance (planned),
                          PLANNER_PAGE_SHOE_DAILY);
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (f->store), morning, to);
  flush_events ();

  planned = todays_run (f);
  g_assert_cmpint (hyr_session_get_status (planned), ==, HYR_SESSION_STATUS_DONE);
  g_assert_cmpstr (hyr_session_get_activity_id (planned), ==, "this-morning");
  card = card_of (f, planned);
  g_assert_true (g_str_has_prefix (label_of (card, "session-status"), "✓ Done: "));
  g_assert_true (has_class (card, "done"));
}

/* A run of 60 % of today's is partly done; the week with a missed
 * Thursday and Friday, four weeks ago, shows them missed. */
static void
test_status_partial_missed (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) morning = g_date_time_add_hours (f->today, -5);
  g_autoptr(GDateTime) to = g_date_time_add_days (f->today, 1);
  g_autoptr(HyrActivity) activity = NULL;
  g_autofree char *expected = NULL;
  HyrSession *planned = todays_run (f);
  GPtrArray *sessions;
  guint n_missed = 0;
  GtkWidget *card;

  hyr_test_store_add_run (f->store, "short", "Running", morning,
                          0.6 * hyr_session_get_duration (planned), 0.6 * hyr_session_get_distance (planned),
                          PLANNER_PAGE_SHOE_DAILY);
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (f->store), morning, to);
  flush_events ();

  planned = todays_run (f);
  g_assert_cmpint (hyr_session_get_status (planned), ==, HYR_SESSION_STATUS_PARTIAL);
  activity = activity_with_id (f, "short");
  {
    g_autofree char *recorded = recorded_text (activity);
    expected = g_strdup_printf ("◐ Partly done: %s", recorded);
  }
  card = card_of (f, planned);
  g_assert_cmpstr (label_of (card, "session-status"), ==, expected);
  g_assert_true (has_class (card, "partial"));

  for (int i = 0; i < HISTORY_WEEKS / 2; i++)
    gtk_button_clicked (GTK_BUTTON (template_child (f, "previous_button")));
  flush_events ();
  assert_week_start (f, 2026, 2, 2);

  sessions = hyr_week_plan_get_sessions (shown_plan (f));
  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_status (session) != HYR_SESSION_STATUS_MISSED)
        continue;

      n_missed++;
      card = card_of (f, session);
      g_assert_cmpstr (label_of (card, "session-status"), ==, "✗ Missed");
      g_assert_true (has_class (card, "missed"));
      /* A week that is over keeps what happened: no menu to move it. */
      g_assert_cmpuint (hyr_test_find_all (card, "session-menu")->len, ==, 0);
    }
  g_assert_cmpuint (n_missed, >=, 1);
}

/* A short jog at lunch yesterday matches no session: it shows on
 * Tuesday as a small card of its own, with its figures. */
static void
test_extra_activity (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) lunch = g_date_time_new_local (2026, 3, 3, 12, 30, 0);
  g_autoptr(GDateTime) to = g_date_time_add_days (lunch, 1);
  g_autoptr(GPtrArray) cards = NULL;
  GPtrArray *extras;
  gboolean listed = FALSE;

  g_assert_cmpuint (hyr_test_find_all (template_child (f, "days_box"), "extra-activity")->len, ==,
                    hyr_week_plan_get_extra_activities (shown_plan (f))->len);

  hyr_test_store_add_run (f->store, "lunch-jog", "Running", lunch, 900, 2000, NULL);
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (f->store), lunch, to);
  flush_events ();

  extras = hyr_week_plan_get_extra_activities (shown_plan (f));
  for (guint i = 0; i < extras->len; i++)
    listed |= g_str_equal (hyr_activity_get_id (g_ptr_array_index (extras, i)), "lunch-jog");
  g_assert_true (listed);

  cards = hyr_test_find_all (day_column (f, 1), "extra-activity");
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_cmpstr (label_of (g_ptr_array_index (cards, 0), "extra-title"), ==, "Running");
  g_assert_cmpstr (label_of (g_ptr_array_index (cards, 0), "extra-detail"), ==, "2.0 km in 15 min");
  assert_cards_match_plan (f);
}

/* The header says how far the week got against its plan, and in this
 * week what is left; a week to come has nothing done yet to say. */
static void
test_week_progress (Fixture       *f,
                    gconstpointer  data)
{
  HyrWeekPlan *plan = shown_plan (f);
  GPtrArray *sessions = hyr_week_plan_get_sessions (plan);
  g_autofree char *expected = NULL;
  g_autofree char *left = NULL;
  double left_distance = 0;
  guint n_left = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_status (session) != HYR_SESSION_STATUS_PLANNED)
        continue;
      n_left++;
      if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN)
        left_distance += hyr_session_get_distance (session);
    }

  g_assert_cmpuint (hyr_week_plan_get_sessions_done (plan), >=, 1);
  expected = g_strdup_printf ("%.1f of %.1f km · %u of %u sessions",
                              hyr_week_plan_get_done_distance (plan) / 1000,
                              hyr_week_plan_get_run_distance (plan) / 1000,
                              hyr_week_plan_get_sessions_done (plan), sessions->len);
  left = g_strdup_printf ("Left: %u sessions, %.1f km of running", n_left, left_distance / 1000);
  g_assert_true (gtk_widget_get_visible (template_child (f, "progress_box")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (f, "week_progress"))), ==, expected);
  g_assert_true (gtk_widget_get_visible (template_child (f, "week_left")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (f, "week_left"))), ==, left);

  /* Last week: done against planned, nothing left. */
  gtk_button_clicked (GTK_BUTTON (template_child (f, "previous_button")));
  plan = shown_plan (f);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%.1f of %.1f km · %u of %u sessions",
                              hyr_week_plan_get_done_distance (plan) / 1000,
                              hyr_week_plan_get_run_distance (plan) / 1000,
                              hyr_week_plan_get_sessions_done (plan),
                              hyr_week_plan_get_sessions (plan)->len);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (f, "week_progress"))), ==, expected);
  g_assert_false (gtk_widget_get_visible (template_child (f, "week_left")));

  /* Next week */
  gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
  gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
  g_assert_false (gtk_widget_get_visible (template_child (f, "progress_box")));
}

static gboolean
hard_kind (HyrRunKind kind)
{
  return kind == HYR_RUN_KIND_TEMPO || kind == HYR_RUN_KIND_INTERVAL || kind == HYR_RUN_KIND_HILL;
}

/* A hard run's card reads like the workout, in the user's unit. */
static void
test_workout_text (Fixture       *f,
                   gconstpointer  data)
{
  HyrSession *hard = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *label;

  for (int week = 0; hard == NULL && week < 4; week++)
    {
      GPtrArray *sessions;

      if (week > 0)
        gtk_button_clicked (GTK_BUTTON (template_child (f, "next_button")));
      sessions = hyr_week_plan_get_sessions (shown_plan (f));
      for (guint i = 0; hard == NULL && i < sessions->len; i++)
        {
          HyrSession *session = g_ptr_array_index (sessions, i);

          if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN &&
              hard_kind (hyr_session_get_run_kind (session)))
            hard = session;
        }
    }
  g_assert_nonnull (hard);

  expected = hyr_workout_steps_format (hyr_session_get_steps (hard), "km");
  g_assert_nonnull (strstr (expected, " · "));
  g_assert_nonnull (strstr (expected, "/km"));
  label = hyr_test_find_one (card_of (f, hard), "session-workout");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, expected);
  g_assert_false (has_class (label, GTK_STYLE_CLASS_DIM_LABEL));

  g_settings_set_string (f->settings, "distance-unit", "mi");
  flush_events ();
  label = hyr_test_find_one (template_child (f, "days_box"), "session-workout");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "/mi"));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (label)), "/km"));
}

/* Return on the focus, as a person presses it: a button activated from
 * the keyboard shows itself pressed for a moment before it clicks. */
static void
press_return (Fixture   *f,
              GtkWidget *widget)
{
  gtk_widget_grab_focus (widget);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == widget);
  g_assert_true (gtk_bindings_activate (G_OBJECT (f->window), GDK_KEY_Return, 0));
  wait_ms (400);
}

static GtkWidget *
menu_item (GtkWidget  *menu_button,
           const char *text)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_ptr_array_add (stack, popover);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_MODEL_BUTTON (widget))
        {
          g_autofree char *label = NULL;

          g_object_get (widget, "text", &label, NULL);
          if (g_strcmp0 (label, text) == 0 && gtk_widget_is_visible (widget))
            return widget;
        }
      if (GTK_IS_CONTAINER (widget))
        {
          g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (widget));

          for (const GList *l = children; l != NULL; l = l->next)
            g_ptr_array_add (stack, l->data);
        }
    }

  g_assert_not_reached ();
}

/* The first session still to come of the shown week, not today's. */
static HyrSession *
session_to_come (Fixture *f,
                 guint   *index)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (shown_plan (f));

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_status (session) == HYR_SESSION_STATUS_PLANNED &&
          julian_of (hyr_session_get_day (session)) > julian_of (f->today))
        {
          *index = i;
          return session;
        }
    }

  g_assert_not_reached ();
}

static guint
sessions_like (Fixture    *f,
               HyrSession *like,
               int         day)
{
  GPtrArray *sessions = hyr_week_plan_get_sessions (shown_plan (f));
  guint n = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_kind (session) == hyr_session_get_kind (like) &&
          hyr_session_get_run_kind (session) == hyr_session_get_run_kind (like) &&
          hyr_session_get_lift_focus (session) == hyr_session_get_lift_focus (like) &&
          julian_of (hyr_session_get_day (session)) == day)
        n++;
    }

  return n;
}

/* From the keyboard alone: the card's menu button, Return, a day, Return;
 * the notification says what moved, and its Undo puts it back. */
static void
test_move_undo (Fixture       *f,
                gconstpointer  data)
{
  guint index;
  g_autoptr(HyrSession) session = g_object_ref (session_to_come (f, &index));
  int day = julian_of (hyr_session_get_day (session));
  int target = julian_of (f->today);
  g_autoptr(GDateTime) target_day = g_date_time_add_days (f->today, 0);
  g_autofree char *weekday = weekday_name (target_day);
  g_autofree char *item_text = g_strdup_printf ("Move to %s", weekday);
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;
  guint before_day = sessions_like (f, session, day);
  guint before_target = sessions_like (f, session, target);
  GtkWidget *button = hyr_test_find_one (card_of (f, session), "session-menu");
  AtkObject *accessible = gtk_widget_get_accessible (button);
  HyrUndoNotification *notification = HYR_UNDO_NOTIFICATION (template_child (f, "undo_notification"));

  name = g_strdup_printf ("Move or skip %s", hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN
                                             ? hyr_run_kind_get_name (hyr_session_get_run_kind (session))
                                             : hyr_lift_focus_get_name (hyr_session_get_lift_focus (session)));
  g_assert_cmpstr (atk_object_get_name (accessible), ==, name);
  g_assert_true (gtk_widget_get_can_focus (button));
  g_assert_null (hyr_undo_notification_get_message (notification));

  press_return (f, button);
  /* The days gone by are not offered; the session's own day neither. */
  press_return (f, menu_item (button, item_text));

  expected = g_strdup_printf ("Moved “%s” to %s",
                              hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN
                              ? hyr_run_kind_get_name (hyr_session_get_run_kind (session))
                              : hyr_lift_focus_get_name (hyr_session_get_lift_focus (session)),
                              weekday);
  g_assert_cmpstr (hyr_undo_notification_get_message (notification), ==, expected);
  g_assert_cmpuint (sessions_like (f, session, day), ==, before_day - 1);
  g_assert_cmpuint (sessions_like (f, session, target), ==, before_target + 1);
  assert_cards_match_plan (f);

  press_return (f, hyr_test_find_one (GTK_WIDGET (notification), "undo-button"));
  g_assert_null (hyr_undo_notification_get_message (notification));
  g_assert_cmpuint (sessions_like (f, session, day), ==, before_day);
  g_assert_cmpuint (sessions_like (f, session, target), ==, before_target);
  assert_cards_match_plan (f);
}

/* "Skip" leaves the session out of the plan; Undo brings it back. */
static void
test_skip_undo (Fixture       *f,
                gconstpointer  data)
{
  guint index;
  g_autoptr(HyrSession) session = g_object_ref (session_to_come (f, &index));
  int day = julian_of (hyr_session_get_day (session));
  guint before = sessions_like (f, session, day);
  guint n_sessions = hyr_week_plan_get_sessions (shown_plan (f))->len;
  GtkWidget *button = hyr_test_find_one (card_of (f, session), "session-menu");
  HyrUndoNotification *notification = HYR_UNDO_NOTIFICATION (template_child (f, "undo_notification"));

  press_return (f, button);
  press_return (f, menu_item (button, "Skip"));

  g_assert_true (g_str_has_prefix (hyr_undo_notification_get_message (notification), "Skipped “"));
  g_assert_cmpuint (hyr_week_plan_get_sessions (shown_plan (f))->len, ==, n_sessions - 1);
  g_assert_cmpuint (sessions_like (f, session, day), ==, before - 1);
  assert_cards_match_plan (f);

  press_return (f, hyr_test_find_one (GTK_WIDGET (notification), "undo-button"));
  g_assert_cmpuint (hyr_week_plan_get_sessions (shown_plan (f))->len, ==, n_sessions);
  g_assert_cmpuint (sessions_like (f, session, day), ==, before);

  /* Closing the notification keeps the change, and the notification is gone. */
  button = hyr_test_find_one (card_of (f, session_to_come (f, &index)), "session-menu");
  press_return (f, button);
  press_return (f, menu_item (button, "Skip"));
  press_return (f, hyr_test_find_one (GTK_WIDGET (notification), "undo-close-button"));
  g_assert_null (hyr_undo_notification_get_message (notification));
  g_assert_cmpuint (hyr_week_plan_get_sessions (shown_plan (f))->len, ==, n_sessions - 1);
}

/* A race goal takes a target time, checked as typed: not a time, or
 * faster than the world record, is marked and explained, and not saved. */
static void
test_target_time (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  GtkWidget *entry = editor_child (f, "target_time_entry");
  GtkWidget *error_label = editor_child (f, "target_time_error");
  GtkWidget *save = editor_child (f, "save_button");
  HyrProfile *profile = hyr_state_get_profile (f->state);
  g_autoptr(GError) error = NULL;
  const struct
  {
    const char *text;
    const char *reason;
  } refused[] = {
    { "abc", "“abc” is not a time. Enter it as h:mm:ss or mm:ss, for example 47:30." },
    { "47:3", "“47:3” is not a time." },
    { "47:60", "“47:60” is not a time." },
    { "1:75:00", "“1:75:00” is not a time." },
    { "0:00", "Enter a time from 0:01 to 23:59:59." },
    { "24:00:00", "Enter a time from 0:01 to 23:59:59." },
    { "25:00", "That is faster than the world record, 26:11. Enter a time you can aim for." },
  };

  g_assert_false (gtk_widget_get_visible (entry));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "ten-k");
  g_assert_true (gtk_widget_get_visible (entry));
  g_assert_true (gtk_widget_get_sensitive (editor_child (f, "race_date_entry")));
  gtk_entry_set_text (GTK_ENTRY (editor_child (f, "race_date_entry")), "2026-06-07");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gtk_entry_set_text (GTK_ENTRY (entry), refused[i].text);
      g_assert_true (has_class (entry, GTK_STYLE_CLASS_ERROR));
      g_assert_true (gtk_widget_get_visible (error_label));
      g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (error_label)), refused[i].reason));
      g_assert_false (gtk_widget_get_sensitive (save));
      g_assert_false (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
      g_assert_error (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      g_assert_cmpint (hyr_profile_get_goal (profile), ==, HYR_GOAL_HYPERTROPHY);
    }

  gtk_entry_set_text (GTK_ENTRY (entry), " 47:30 ");
  g_assert_false (has_class (entry, GTK_STYLE_CLASS_ERROR));
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hyr_profile_get_goal (profile), ==, HYR_GOAL_TEN_K);
  g_assert_cmpfloat (hyr_profile_get_target_time (profile), ==, 47 * 60 + 30);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (entry)), ==, "47:30");

  /* h:mm:ss; empty is no target */
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "half-marathon");
  gtk_entry_set_text (GTK_ENTRY (entry), "1:45:00");
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hyr_profile_get_goal (profile), ==, HYR_GOAL_HALF_MARATHON);
  g_assert_cmpfloat (hyr_profile_get_target_time (profile), ==, 6300);
  gtk_entry_set_text (GTK_ENTRY (entry), "");
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (editor), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (hyr_profile_get_target_time (profile), ==, 0);

  /* No race, no target time to type. */
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "hypertrophy");
  g_assert_false (gtk_widget_get_visible (entry));
  g_assert_false (gtk_widget_get_visible (editor_child (f, "prediction_label")));
}

/* Beside the target time, what the runner's VDOT predicts for the race:
 * the time t with hyr_vdot_from_effort (distance, t) = VDOT. 5 km in
 * 20:00 is VDOT 49.8 (Daniels's table), so that VDOT predicts 20:00. */
static void
test_race_prediction (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *editor = _hyr_planner_page_get_editor (HYR_PLANNER_PAGE (f->page));
  GtkWidget *label = editor_child (f, "prediction_label");
  HyrProfileEditor *profile_editor = HYR_PROFILE_EDITOR (editor);

  /* The planner's VDOT, from the history's hard runs. */
  g_assert_cmpfloat (hyr_profile_editor_get_vdot (profile_editor), ==, hyr_planner_get_vdot (f->planner));

  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "five-k");
  g_assert_true (gtk_widget_get_visible (label));

  hyr_profile_editor_set_vdot (profile_editor, hyr_vdot_from_effort (5000, 20 * 60));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Your recent running predicts 20:00");

  /* 10 km in 50:00 is VDOT 40.0 */
  hyr_profile_editor_set_vdot (profile_editor, hyr_vdot_from_effort (10000, 50 * 60));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "ten-k");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Your recent running predicts 50:00");

  /* A marathon over an hour is h:mm:ss: the VDOT of 3:30:00 predicts it. */
  hyr_profile_editor_set_vdot (profile_editor, hyr_vdot_from_effort (42195, 3.5 * 3600));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (editor_child (f, "goal_combo")), "marathon");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Your recent running predicts 3:30:00");

  hyr_profile_editor_set_vdot (profile_editor, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "No recent race or hard run to predict from");
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

  add_test ("/planner-page/week-columns", test_week_columns, FALSE);
  g_test_add_func ("/planner-page/current-week-lighter", test_current_week_lighter);
  g_test_add_func ("/planner-page/week-start-locale", test_week_start_locale);
  add_test ("/planner-page/navigation", test_navigation, FALSE);
  add_test ("/planner-page/week-start", test_week_start, FALSE);
  add_test ("/planner-page/units", test_units, FALSE);
  add_test ("/planner-page/export-json", test_export_json, FALSE);
  add_test ("/planner-page/export-icalendar", test_export_icalendar, FALSE);
  add_test ("/planner-page/export-saved", test_export_saved, FALSE);
  add_test ("/planner-page/amrap", test_amrap, FALSE);
  add_test ("/planner-page/amrap-future", test_amrap_future, FALSE);
  add_test ("/planner-page/amrap-read-only", test_amrap_read_only, TRUE);
  add_test ("/planner-page/profile-edit", test_profile_edit, FALSE);
  add_test ("/planner-page/profile-one-rep-max", test_profile_one_rep_max, FALSE);
  add_test ("/planner-page/profile-pounds", test_profile_pounds, FALSE);
  add_test ("/planner-page/profile-errors", test_profile_errors, FALSE);
  add_test ("/planner-page/race-date-calendar", test_race_date_calendar, FALSE);
  g_test_add ("/planner-page/first-run", Fixture, GINT_TO_POINTER (FIRST_RUN),
              fixture_set_up, test_first_run, fixture_tear_down);
  add_test ("/planner-page/profile-race-date-past", test_profile_race_date_past, FALSE);
  add_test ("/planner-page/profile-numbers-refused", test_profile_numbers_refused, FALSE);
  add_test ("/planner-page/profile-read-only", test_profile_read_only, TRUE);
  add_test ("/planner-page/race-readiness", test_race_readiness, FALSE);
  add_test ("/planner-page/history-changed", test_history_changed, FALSE);
  add_test ("/planner-page/activities-changed", test_activities_changed, FALSE);
  add_test ("/planner-page/plan-error", test_plan_error, FALSE);
  add_test ("/planner-page/recovery-badge", test_recovery_badge, FALSE);
  add_test ("/planner-page/muscles", test_muscles, FALSE);
  add_test ("/planner-page/warnings", test_warnings, FALSE);
  add_test ("/planner-page/charts", test_charts, FALSE);
  add_test ("/planner-page/keyboard", test_keyboard, FALSE);
  add_test ("/planner-page/accept-week", test_accept_week, FALSE);
  add_test ("/planner-page/accept-week-read-only", test_accept_week_read_only, TRUE);
  add_test ("/planner-page/disposed", test_disposed, FALSE);
  add_test ("/planner-page/status-done", test_status_done, FALSE);
  add_test ("/planner-page/status-partial-missed", test_status_partial_missed, FALSE);
  add_test ("/planner-page/extra-activity", test_extra_activity, FALSE);
  add_test ("/planner-page/week-progress", test_week_progress, FALSE);
  add_test ("/planner-page/workout-text", test_workout_text, FALSE);
  add_test ("/planner-page/move-undo", test_move_undo, FALSE);
  add_test ("/planner-page/skip-undo", test_skip_undo, FALSE);
  add_test ("/planner-page/target-time", test_target_time, FALSE);
  add_test ("/planner-page/race-prediction", test_race_prediction, FALSE);

  return g_test_run ();
}
