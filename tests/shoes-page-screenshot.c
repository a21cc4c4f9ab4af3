/* shoes-page-screenshot.c — draws the "Shoes" page to PNG files
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Not a test: a helper to look at the page. It fills a fixture store with
 * nine months of a rotating runner's history, shows the page once with host
 * gear and once with the plugin's own pairs, and saves each as a PNG:
 *
 *   GSETTINGS_SCHEMA_DIR=_build/data GSETTINGS_BACKEND=memory \
 *     xvfb-run -a _build/tests/shoes-page-screenshot /tmp [mi]
 *
 * With HYR_LOCALEDIR=_build/po LANGUAGE=de LANG=de_DE.UTF-8, in German.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdlib.h>

#include "hyr.h"
#include "hyr-shoes-page.h"
#include "hyr-test-store.h"

#define KM 1000.0

static void
add (HyrTestStore *store,
     GDateTime    *day,
     const char   *sport,
     double        distance,
     double        ascent,
     const char   *gear_id)
{
  g_autofree char *id = g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s", sport,
                                         g_date_time_to_unix (day), gear_id ? gear_id : "");

  hyr_test_store_add_activity (store, id, sport, day, distance, ascent, gear_id);
}

/* A week: easy runs on Tuesday and Saturday, a tempo run on Thursday, the
 * long run on Sunday, a trail run once a month, a walk now and then. The
 * two daily trainers alternate; the minimalist pair takes a short run every
 * other week. Without gear, the runs carry none. */
static void
fill (HyrTestStore *store,
      GDateTime    *end,
      gboolean      with_gear)
{
  g_autoptr(GDateTime) monday = g_date_time_add_weeks (end, -39);

  if (with_gear)
    {
      hyr_test_store_add_gear_full (store, "peg", "Pegasus 40", 0, 0, TRUE);
      hyr_test_store_add_gear_full (store, "kin", "Kinvara 14", 310 * KM, 0, TRUE);
      hyr_test_store_add_gear_full (store, "vapor", "Vaporfly 3", 40 * KM, 0, TRUE);
      hyr_test_store_add_gear_full (store, "vivo", "Vivobarefoot Primus Lite", 0, 0, TRUE);
      hyr_test_store_add_gear_full (store, "speed", "Speedgoat 5 Trail", 0, 700 * KM, TRUE);
      hyr_test_store_add_gear_full (store, "ghost", "Ghost 14", 812 * KM, 0, FALSE);
    }

  for (guint week = 0; week < 39; week++)
    {
      g_autoptr(GDateTime) tue = g_date_time_add_days (monday, 7 * week + 1);
      g_autoptr(GDateTime) thu = g_date_time_add_days (monday, 7 * week + 3);
      g_autoptr(GDateTime) sat = g_date_time_add_days (monday, 7 * week + 5);
      g_autoptr(GDateTime) sun = g_date_time_add_days (monday, 7 * week + 6);
      const char *daily = week % 2 == 0 ? "peg" : "kin";
      const char *other = week % 2 == 0 ? "kin" : "peg";

      add (store, tue, "Running", 8 * KM, 40, with_gear ? daily : NULL);
      add (store, thu, "Running", 10 * KM, 30, with_gear ? "vapor" : NULL);
      if (week % 2 == 0)
        add (store, sat, "Running", 5 * KM, 20, with_gear ? "vivo" : NULL);
      else
        add (store, sat, "Walking", 4 * KM, 10, with_gear ? other : NULL);
      if (week % 4 == 3)
        add (store, sun, "Trail running", 15 * KM, 600, with_gear ? "speed" : NULL);
      else
        add (store, sun, "Running", 16 * KM + week * 100, 60, with_gear ? other : NULL);
    }
}

static gboolean
quit_main (gpointer data)
{
  gtk_main_quit ();
  return G_SOURCE_REMOVE;
}

static void
expand_all (GtkWidget *widget,
            gpointer   data)
{
  if (GTK_IS_EXPANDER (widget))
    gtk_expander_set_expanded (GTK_EXPANDER (widget), TRUE);

  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), expand_all, data);
}

/* Draws the whole window, even the part below the screen's edge, into an
 * image: there is no window manager under Xvfb to shrink it. */
static void
shoot (HyrShoeRotation *rotation,
       GSettings       *settings,
       const char      *file)
{
  GtkWidget *window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  GtkWidget *page = hyr_shoes_page_new (rotation, settings);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 760, 2700);
  gtk_container_add (GTK_CONTAINER (window), page);
  expand_all (page, NULL);
  gtk_widget_show (window);

  /* Half a second for the first size allocation and frame. */
  g_timeout_add (500, quit_main, NULL);
  gtk_main ();

  width = gtk_widget_get_allocated_width (window);
  height = gtk_widget_get_allocated_height (window);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gtk_widget_draw (window, cr);
  cairo_destroy (cr);

  status = cairo_surface_write_to_png (surface, file);
  if (status != CAIRO_STATUS_SUCCESS)
    g_error ("Could not save %s: %s", file, cairo_status_to_string (status));

  g_print ("%s (%d×%d)\n", file, width, height);
  cairo_surface_destroy (surface);
  gtk_widget_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) end = g_date_time_new_utc (2026, 3, 2, 12, 0, 0);
  g_autoptr(GSettings) settings = NULL;
  const char *dir;

  /* The plugin binds its catalog when it is loaded; the page alone is
   * not, so this does it, from the build dir when asked. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HYR_LOCALEDIR") != NULL ? g_getenv ("HYR_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  gtk_init (&argc, &argv);
  dir = argc > 1 ? argv[1] : ".";

  settings = g_settings_new ("io.github.HypertrophyRunning");
  g_settings_set_string (settings, "distance-unit", argc > 2 ? argv[2] : "km");

  {
    g_autoptr(HyrTestStore) store = hyr_test_store_new ();
    g_autofree char *state_path = g_build_filename (dir, "shoes-host-state.json", NULL);
    g_autofree char *png = g_build_filename (dir, "shoes-host.png", NULL);
    g_autoptr(HyrState) state = NULL;
    g_autoptr(HyrShoeRotation) rotation = NULL;

    g_remove (state_path);
    state = hyr_state_new (state_path);
    fill (store, end, TRUE);
    rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
    hyr_shoe_rotation_set_reference_time (rotation, end);
    hyr_shoe_rotation_set_kind (rotation, "kin", HYR_SHOE_KIND_CUSHIONED, NULL);
    shoot (rotation, settings, png);
  }

  {
    g_autoptr(HyrTestStore) store = hyr_test_store_new ();
    g_autofree char *state_path = g_build_filename (dir, "shoes-own-state.json", NULL);
    g_autofree char *png = g_build_filename (dir, "shoes-own.png", NULL);
    g_autoptr(HyrState) state = NULL;
    g_autoptr(HyrShoeRotation) rotation = NULL;
    g_autoptr(GDateTime) since = g_date_time_add_weeks (end, -40);
    g_autofree char *daily = NULL;
    g_autofree char *trail = NULL;

    g_remove (state_path);
    state = hyr_state_new (state_path);
    fill (store, end, FALSE);
    rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
    hyr_shoe_rotation_set_reference_time (rotation, end);
    daily = hyr_shoe_rotation_add_shoe (rotation, "Clifton 9", HYR_SHOE_KIND_CUSHIONED, 120 * KM,
                                        since, NULL);
    trail = hyr_shoe_rotation_add_shoe (rotation, "Cascadia 17", HYR_SHOE_KIND_TRAIL, 0, since, NULL);
    hyr_shoe_rotation_set_default_for_kind (rotation, HYR_RUN_KIND_EASY, daily, NULL);
    hyr_shoe_rotation_set_default_for_kind (rotation, HYR_RUN_KIND_HILL, trail, NULL);
    shoot (rotation, settings, png);
  }

  return EXIT_SUCCESS;
}
