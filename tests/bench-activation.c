/* bench-activation.c — activating the plugin in a C host over 20 years
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Not a test: a benchmark (meson test --benchmark). A real PeasEngine loads
 * the plugin from the build dir into the C test host, whose store holds 20
 * years of history (14 600 activities, 40 pairs), and the Planner page is
 * drawn: the time from "load plugin" to the first page drawn (its loading
 * state: the view is built in an idle after that frame), the activation
 * alone, and the time until the plan itself is on screen. The baseline, in the same run, is one query of the
 * whole history from the host's store, the least any activation that
 * reads the history pays. Medians of 5 runs, each with a fresh engine.
 * Goal (issue 11): activate + first page drawn at most 16 ms.
 */

#include <stdio.h>
#include <stdlib.h>

#include <libpeas/peas.h>

#include "hyr-test-store.h"

#define REPEATS  5
#define N_DAYS   (20 * 365)

static int
compare_gint64 (const void *a,
                const void *b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static double
median_ms (gint64 *times)
{
  qsort (times, REPEATS, sizeof (gint64), compare_gint64);
  return times[REPEATS / 2] / 1000.0;
}

static void
fill (HyrTestStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint p = 0; p < 40; p++)
    {
      g_autofree char *id = g_strdup_printf ("%u", p);
      g_autofree char *name = g_strdup_printf ("Pair %u", p);
      g_autoptr(HyrGear) gear = hyr_gear_new (id, name, 0, 800000, p >= 35);

      hyr_test_store_add_gear (store, gear);
    }

  for (guint day = 0; day < N_DAYS; day++)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_full (now, 0, 0, -(int)day, 0, 0, 0);
      g_autofree char *run = g_strdup_printf ("r%u", day);
      g_autofree char *shoe = g_strdup_printf ("%u", (day / 180) % 40);

      hyr_test_store_add_run (store, run, "Running", morning, 1800 + (day % 5) * 300,
                              5000 + (day % 7) * 1000, shoe);
      if (day % 2 == 0)
        {
          g_autoptr(GDateTime) evening = g_date_time_add_hours (morning, 10);
          g_autofree char *lift = g_strdup_printf ("l%u", day);

          hyr_test_store_add_run (store, lift, "Weight training", evening, 3600, 0, NULL);
        }
    }
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

static gint64 first_drawn;

static gboolean
on_drawn (GtkWidget *widget,
          cairo_t   *cr,
          gpointer   user_data)
{
  if (first_drawn == 0)
    first_drawn = g_get_monotonic_time ();

  return FALSE;
}

static gboolean
has_view (GtkWidget  *widget,
          const char *type_name)
{
  g_autoptr(GList) children = NULL;

  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), type_name))
    return TRUE;
  if (!GTK_IS_CONTAINER (widget))
    return FALSE;

  children = gtk_container_get_children (GTK_CONTAINER (widget));
  for (GList *l = children; l != NULL; l = l->next)
    {
      if (has_view (l->data, type_name))
        return TRUE;
    }

  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(HyrTestStore) store = NULL;
  gint64 drawn[REPEATS], activated[REPEATS], shown[REPEATS], baseline[REPEATS];

  gtk_init (&argc, &argv);
  store = hyr_test_store_new ();
  fill (store);

  for (guint r = 0; r < REPEATS; r++)
    {
      g_autoptr(PeasEngine) engine = peas_engine_new ();
      g_autoptr(HyrTestWorkbench) workbench = hyr_test_workbench_new (HYR_ACTIVITY_STORE (store));
      g_autoptr(PeasExtensionSet) set = NULL;
      GtkWidget *window = gtk_offscreen_window_new ();
      PeasPluginInfo *info;
      gint64 t0, t1;

      peas_engine_add_search_path (engine, g_getenv ("HYR_PLUGIN_BUILD_DIR"), NULL);
      info = peas_engine_get_plugin_info (engine, "hypertrophy-running");
      g_assert_nonnull (info);
      set = peas_extension_set_new (engine, PEAS_TYPE_ACTIVATABLE, "object", workbench, NULL);
      g_signal_connect (set, "extension-added", G_CALLBACK (on_extension_added), NULL);
      g_signal_connect (set, "extension-removed", G_CALLBACK (on_extension_removed), NULL);
      gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (hyr_test_workbench_get_notebook (workbench)));
      gtk_widget_show_all (window);

      /* The module loaded once before timing, as a host that starts has
       * it on disk. */
      if (r == 0)
        {
          g_assert_true (peas_engine_load_plugin (engine, info));
          g_assert_true (peas_engine_unload_plugin (engine, info));
        }

      g_signal_connect_after (hyr_test_workbench_get_notebook (workbench), "draw",
                              G_CALLBACK (on_drawn), NULL);
      first_drawn = 0;
      t0 = g_get_monotonic_time ();
      g_assert_true (peas_engine_load_plugin (engine, info));
      t1 = g_get_monotonic_time ();
      gtk_widget_show_all (window);
      while (first_drawn == 0)
        gtk_main_iteration ();
      drawn[r] = first_drawn - t0;
      while (!has_view (GTK_WIDGET (hyr_test_workbench_get_notebook (workbench)), "HyrPlannerPage"))
        gtk_main_iteration ();
      while (gtk_events_pending ())
        gtk_main_iteration ();
      shown[r] = g_get_monotonic_time () - t0;
      activated[r] = t1 - t0;
      g_signal_handlers_disconnect_by_func (hyr_test_workbench_get_notebook (workbench), on_drawn, NULL);

      t0 = g_get_monotonic_time ();
      {
        g_autoptr(GDateTime) from = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
        g_autoptr(GDateTime) to = g_date_time_new_utc (9000, 1, 1, 0, 0, 0);
        g_autoptr(GPtrArray) all = hyr_activity_store_query (HYR_ACTIVITY_STORE (store), from, to);

        g_assert_cmpuint (all->len, >, 10000);
      }
      baseline[r] = g_get_monotonic_time () - t0;

      g_assert_true (peas_engine_unload_plugin (engine, info));
      gtk_container_remove (GTK_CONTAINER (window), GTK_WIDGET (hyr_test_workbench_get_notebook (workbench)));
      gtk_widget_destroy (window);
    }

  printf ("Activation in the C test host, 20 years of history (%u activities), medians of %d runs\n\n",
          N_DAYS + (N_DAYS + 1) / 2, REPEATS);
  printf ("%-44s %10.1f ms\n", "activate + first page drawn (goal: 16 ms)", median_ms (drawn));
  printf ("%-44s %10.1f ms\n", "activate alone", median_ms (activated));
  printf ("%-44s %10.1f ms\n", "until the plan is on screen", median_ms (shown));
  printf ("%-44s %10.1f ms\n", "baseline: one whole-history host query", median_ms (baseline));
  printf ("%-44s %9.1fx\n", "ratio, drawn / baseline", median_ms (drawn) / MAX (median_ms (baseline), 0.001));

  return 0;
}
