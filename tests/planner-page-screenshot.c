/* planner-page-screenshot.c — shows the Planner tab for a look at it
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Not a test: a helper to look at the page. It fills a fixture store with
 * 20 weeks of a runner who lifts three times a week, takes Wednesday
 * 4 March 2026 as today, and shows the page in a 1200×800 window for a
 * few seconds, long enough for a screenshot of the screen:
 *
 *   GSETTINGS_SCHEMA_DIR=_build/data GSETTINGS_BACKEND=memory xvfb-run -a -s "-screen 0 1200x800x24" \
 *     sh -c '_build/tests/planner-page-screenshot --view load & sleep 3; import -window root /tmp/planner.png; wait'
 *
 * --view week|load picks the view, --popup profile|amrap|export|session
 * opens a popover (session: the menu of the first card that has one),
 * --weeks N moves N weeks from this one, --mi and --lb switch the units,
 * --race YYYY-MM-DD makes the goal a marathon on that day ("" for one
 * without a date), --seconds N stays up N seconds (default 5), --size WxH
 * sizes the window (pytrainer's is 1113x899).
 *
 * --today YYYY-MM-DD moves the planner's today while the history still
 * ends on 3 March, so that the days between are missed; --extra records a
 * short run on Wednesday 4 March that matches no session and a shortened
 * one on Thursday 5 March, for a week with done, partly done, missed and
 * extra activities:
 *
 *   … planner-page-screenshot --size 1113x899 --today 2026-03-06 --extra --popup session
 *
 * In another language, with the catalogs built into the build dir:
 *
 *   HYR_LOCALEDIR=_build/po LANGUAGE=de LANG=C.UTF-8 … planner-page-screenshot …
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>

#include "hyr.h"
#include "hyr-planner-page.h"
#include "planner-page-history.h"

static char *view = NULL;
static char *popup = NULL;
static int weeks = 0;
static int seconds = 5;
static gboolean use_miles = FALSE;
static gboolean use_pounds = FALSE;
static char *race = NULL;
static char *size = NULL;
static char *today_text = NULL;
static gboolean extra = FALSE;

static const GOptionEntry options[] = {
  { "view", 0, 0, G_OPTION_ARG_STRING, &view, "week or load", "VIEW" },
  { "popup", 0, 0, G_OPTION_ARG_STRING, &popup, "profile, amrap or export", "POPOVER" },
  { "weeks", 0, 0, G_OPTION_ARG_INT, &weeks, "weeks from this one", "N" },
  { "seconds", 0, 0, G_OPTION_ARG_INT, &seconds, "how long to stay up", "N" },
  { "mi", 0, 0, G_OPTION_ARG_NONE, &use_miles, "distances in miles", NULL },
  { "lb", 0, 0, G_OPTION_ARG_NONE, &use_pounds, "masses in pounds", NULL },
  { "race", 0, 0, G_OPTION_ARG_STRING, &race, "a marathon on YYYY-MM-DD, or none with \"\"", "DATE" },
  { "size", 0, 0, G_OPTION_ARG_STRING, &size, "the window's size", "WxH" },
  { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "the planner's today", "DATE" },
  { "extra", 0, 0, G_OPTION_ARG_NONE, &extra, "record runs the plan did not have", NULL },
  { NULL }
};

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  if (GTK_IS_CONTAINER (widget))
    {
      g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (widget));

      for (const GList *l = children; l != NULL; l = l->next)
        {
          GtkWidget *found = find_named (l->data, name);

          if (found != NULL)
            return found;
        }
    }

  return NULL;
}

static gboolean
open_popover (gpointer data)
{
  GtkWidget *page = data;
  GtkWidget *button = NULL;

  if (g_strcmp0 (popup, "profile") == 0)
    button = GTK_WIDGET (gtk_widget_get_template_child (page, HYR_TYPE_PLANNER_PAGE, "profile_button"));
  else if (g_strcmp0 (popup, "export") == 0)
    button = GTK_WIDGET (gtk_widget_get_template_child (page, HYR_TYPE_PLANNER_PAGE, "export_button"));
  else if (g_strcmp0 (popup, "amrap") == 0)
    button = find_named (page, "amrap-button");
  else if (g_strcmp0 (popup, "session") == 0)
    button = find_named (page, "session-menu");

  if (button != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  else
    g_printerr ("No %s button\n", popup);

  return G_SOURCE_REMOVE;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

static gboolean
quit (gpointer data)
{
  gtk_main_quit ();
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— show the Planner tab");
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrTestStore) store = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrPlanner) planner = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) shown = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  HyrProfile *profile;
  GtkWidget *window, *page;
  int width = 1200, height = 800;

  /* The plugin binds its catalog when it is loaded; the page alone is
   * not, so this does it, from the build dir when asked. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HYR_LOCALEDIR") != NULL ? g_getenv ("HYR_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_option_context_add_main_entries (context, options, NULL);
  g_option_context_add_group (context, gtk_get_option_group (TRUE));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  dir = g_dir_make_tmp ("hyr-planner-screenshot-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "state.json", NULL);

  today = g_date_time_new_local (2026, 3, 4, 12, 0, 0);
  store = hyr_test_store_new ();
  planner_page_history_fill (store, today, 20);
  if (extra)
    {
      g_autoptr(GDateTime) wednesday = g_date_time_new_local (2026, 3, 4, 12, 30, 0);
      g_autoptr(GDateTime) thursday = g_date_time_new_local (2026, 3, 5, 7, 0, 0);

      hyr_test_store_add_run (store, "shakeout", "Running", wednesday, 1200, 3000, PLANNER_PAGE_SHOE_DAILY);
      hyr_test_store_add_run (store, "short-thursday", "Running", thursday, 1500, 5000, PLANNER_PAGE_SHOE_DAILY);
    }
  if (today_text != NULL)
    {
      int y, m, d;

      if (sscanf (today_text, "%d-%d-%d", &y, &m, &d) != 3)
        g_error ("--today takes YYYY-MM-DD, not %s", today_text);
      g_date_time_unref (today);
      today = g_date_time_new_local (y, m, d, 12, 0, 0);
    }
  if (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2)
    g_error ("--size takes WxH, not %s", size);

  state = hyr_state_new (path);
  profile = hyr_state_get_profile (state);
  hyr_profile_set_body_mass (profile, 82);
  hyr_profile_set_run_days (profile, 4);
  hyr_profile_set_lift_days (profile, 3);
  hyr_profile_set_training_max (profile, HYR_LIFT_SQUAT, 120);
  hyr_profile_set_training_max (profile, HYR_LIFT_DEADLIFT, 150);
  hyr_profile_set_training_max (profile, HYR_LIFT_BENCH_PRESS, 90);
  hyr_profile_set_training_max (profile, HYR_LIFT_OVERHEAD_PRESS, 55);
  if (race != NULL)
    {
      int y, m, d;

      hyr_profile_set_goal (profile, HYR_GOAL_MARATHON);
      if (sscanf (race, "%d-%d-%d", &y, &m, &d) == 3)
        {
          g_autoptr(GDateTime) race_date = g_date_time_new_local (y, m, d, 0, 0, 0);
          hyr_profile_set_race_date (profile, race_date);
        }
    }
  if (!hyr_profile_save (profile, &error))
    g_error ("%s", error->message);

  settings = g_settings_new ("io.github.HypertrophyRunning");
  g_settings_set_string (settings, "distance-unit", use_miles ? "mi" : "km");
  g_settings_set_string (settings, "mass-unit", use_pounds ? "lb" : "kg");

  planner = hyr_planner_new (HYR_ACTIVITY_STORE (store), state);
  hyr_planner_set_today (planner, today);

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_move (GTK_WINDOW (window), 0, 0);
  page = hyr_planner_page_new (planner, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  g_signal_connect (window, "destroy", G_CALLBACK (gtk_main_quit), NULL);

  shown = g_date_time_add_weeks (today, weeks);
  hyr_planner_page_show_week (HYR_PLANNER_PAGE (page), shown);
  if (view != NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_template_child (page, HYR_TYPE_PLANNER_PAGE,
                                                                                "stack")),
                                      view);

  gtk_widget_show (window);
  if (popup != NULL)
    g_timeout_add (800, open_popover, page);
  g_timeout_add_seconds (seconds, quit, NULL);
  gtk_main ();

  remove_dir (dir);

  return 0;
}
