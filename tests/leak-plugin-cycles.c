/* leak-plugin-cycles.c — the plugin activated and deactivated N times, for
 * valgrind
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 *   leak-plugin-cycles N
 *
 * Loads the plugin through a real PeasEngine from the build dir, as
 * test-plugin.c does, over the C test host's store, and activates and
 * deactivates it N times. Each cycle shows every page in a window, draws
 * it, and makes the host's store change while the plugin is active. Then it
 * releases everything it made, so that whatever valgrind still finds
 * unreachable was lost by the plugin or the libraries under it.
 * tests/bench-plugin-leaks.py runs it under valgrind for N and 2N cycles:
 * what one-time set-up loses is the same in both runs, what a cycle loses
 * is not.
 */

#include <stdlib.h>
#include <libpeas/peas.h>

#include "hyr-test-store.h"

#define PLUGIN_ID "hypertrophy-running"

static void
add_history (HyrTestStore *store)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(HyrGear) trainer = hyr_gear_new ("1", "Daily trainer", 50000, 800000, TRUE);
  g_autoptr(HyrGear) racer = hyr_gear_new ("2", "Racer", 0, 500000, TRUE);

  hyr_test_store_add_gear (store, trainer);
  hyr_test_store_add_gear (store, racer);
  for (int day = 0; day < 120; day += 2)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (tz);
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -day);
      g_autofree char *id = g_strdup_printf ("run-%d", day);

      hyr_test_store_add_run (store, id, "Running", start, 3000, 10000,
                              day % 6 == 0 ? "2" : "1");
    }
  hyr_test_store_set_body_mass (store, 72.5);
}

static void
on_extension_added (PeasExtensionSet *set,
                    PeasPluginInfo   *info,
                    PeasExtension    *extension,
                    gpointer          user_data)
{
  peas_activatable_activate (PEAS_ACTIVATABLE (extension));
}

static void
on_extension_removed (PeasExtensionSet *set,
                      PeasPluginInfo   *info,
                      PeasExtension    *extension,
                      gpointer          user_data)
{
  peas_activatable_deactivate (PEAS_ACTIVATABLE (extension));
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  const char *build_dir = g_getenv ("HYR_PLUGIN_BUILD_DIR");
  PeasEngine *engine;
  PeasPluginInfo *info;
  PeasExtensionSet *set;
  HyrTestStore *store;
  HyrTestWorkbench *workbench;
  GtkNotebook *notebook;
  GtkWidget *window;
  guint64 n_cycles = 0;

  gtk_init (&argc, &argv);

  if (argc != 2 || !g_ascii_string_to_unsigned (argv[1], 10, 1, 100000, &n_cycles, NULL) ||
      build_dir == NULL)
    {
      g_printerr ("Usage: HYR_PLUGIN_BUILD_DIR=<build>/plugin %s N\n", argv[0]);
      return EXIT_FAILURE;
    }

  engine = peas_engine_new ();
  peas_engine_add_search_path (engine, build_dir, NULL);
  info = peas_engine_get_plugin_info (engine, PLUGIN_ID);
  if (info == NULL)
    {
      g_printerr ("No plugin %s in %s\n", PLUGIN_ID, build_dir);
      return EXIT_FAILURE;
    }

  store = hyr_test_store_new ();
  add_history (store);
  workbench = hyr_test_workbench_new (HYR_ACTIVITY_STORE (store));
  notebook = hyr_test_workbench_get_notebook (workbench);

  /* Pages in a window, so that they are realized and drawn as a host
   * shows them, not only built. */
  window = gtk_offscreen_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (notebook));
  gtk_widget_show_all (window);

  set = peas_extension_set_new (engine, PEAS_TYPE_ACTIVATABLE, "object", workbench, NULL);
  g_signal_connect (set, "extension-added", G_CALLBACK (on_extension_added), NULL);
  g_signal_connect (set, "extension-removed", G_CALLBACK (on_extension_removed), NULL);

  for (guint64 cycle = 0; cycle < n_cycles; cycle++)
    {
      if (!peas_engine_load_plugin (engine, info) || gtk_notebook_get_n_pages (notebook) == 0)
        {
          g_printerr ("Cycle %" G_GUINT64_FORMAT ": the plugin did not activate\n", cycle);
          return EXIT_FAILURE;
        }

      for (int page = 0; page < gtk_notebook_get_n_pages (notebook); page++)
        {
          gtk_notebook_set_current_page (notebook, page);
          drain ();
        }

      hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (store));
      drain ();

      if (!peas_engine_unload_plugin (engine, info) || gtk_notebook_get_n_pages (notebook) != 0)
        {
          g_printerr ("Cycle %" G_GUINT64_FORMAT ": the plugin did not deactivate\n", cycle);
          return EXIT_FAILURE;
        }
      drain ();
    }

  g_object_unref (set);
  gtk_widget_destroy (window);
  g_object_unref (workbench);
  g_object_unref (store);
  g_object_unref (engine);
  drain ();

  g_print ("%" G_GUINT64_FORMAT " cycles\n", n_cycles);
  return EXIT_SUCCESS;
}
