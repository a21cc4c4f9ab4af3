/* test-plugin.c — the plugin loaded by a real PeasEngine from the build dir
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <glib/gstdio.h>
#include <libpeas/peas.h>
#include <libpeas-gtk/peas-gtk.h>

#include "hyr-test-store.h"

#define PLUGIN_ID "hypertrophy-running"

typedef struct
{
  PeasEngine       *engine;
  PeasPluginInfo   *info;
  HyrTestStore     *store;
  HyrTestWorkbench *workbench;
} Fixture;

static void
add_history (HyrTestStore *store)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(HyrGear) trainer = hyr_gear_new ("1", "Daily trainer", 50000, 800000, TRUE);

  hyr_test_store_add_gear (store, trainer);
  for (int day = 0; day < 60; day += 2)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (tz);
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -day);
      g_autofree char *id = g_strdup_printf ("run-%d", day);

      hyr_test_store_add_run (store, id, "Running", start, 3000, 10000, "1");
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *build_dir = g_getenv ("HYR_PLUGIN_BUILD_DIR");

  g_assert_nonnull (build_dir);

  f->engine = peas_engine_new ();
  peas_engine_add_search_path (f->engine, build_dir, NULL);
  f->info = peas_engine_get_plugin_info (f->engine, PLUGIN_ID);
  g_assert_nonnull (f->info);

  f->store = hyr_test_store_new ();
  add_history (f->store);
  f->workbench = hyr_test_workbench_new (HYR_ACTIVITY_STORE (f->store));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->workbench);
  g_clear_object (&f->store);
  g_clear_object (&f->engine);
}

static void
test_metadata (Fixture       *f,
               gconstpointer  data)
{
  g_assert_cmpstr (peas_plugin_info_get_module_name (f->info), ==, PLUGIN_ID);
  g_assert_cmpstr (peas_plugin_info_get_name (f->info), ==, "Hypertrophy Running");
  g_assert_nonnull (peas_plugin_info_get_description (f->info));
  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  g_assert_true (peas_plugin_info_is_loaded (f->info));
  g_assert_true (peas_engine_provides_extension (f->engine, f->info, PEAS_TYPE_ACTIVATABLE));
  g_assert_true (peas_engine_provides_extension (f->engine, f->info, PEAS_GTK_TYPE_CONFIGURABLE));
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

static PeasExtensionSet *
new_extension_set (Fixture *f)
{
  PeasExtensionSet *set;

  /* As gedit and Builder do: activate on load, deactivate on unload. */
  set = peas_extension_set_new (f->engine, PEAS_TYPE_ACTIVATABLE,
                                "object", f->workbench,
                                NULL);
  g_signal_connect (set, "extension-added", G_CALLBACK (on_extension_added), NULL);
  g_signal_connect (set, "extension-removed", G_CALLBACK (on_extension_removed), NULL);
  return set;
}

static void
show_every_page (Fixture *f)
{
  static const char * const page_ids[] = { "planner", "shoes", "protein" };
  GtkNotebook *notebook = hyr_test_workbench_get_notebook (f->workbench);

  for (guint i = 0; i < G_N_ELEMENTS (page_ids); i++)
    {
      gtk_notebook_set_current_page (notebook,
                                     gtk_notebook_page_num (notebook,
                                                            hyr_test_workbench_get_page (f->workbench, page_ids[i])));
      while (gtk_events_pending ())
        gtk_main_iteration ();
    }
}

static const char * const page_ids[] = { "planner", "shoes", "protein" };

static void
test_activate_adds_pages (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PeasExtensionSet) set = new_extension_set (f);
  GtkNotebook *notebook = hyr_test_workbench_get_notebook (f->workbench);

  g_assert_cmpint (gtk_notebook_get_n_pages (notebook), ==, 0);
  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  g_assert_cmpint (gtk_notebook_get_n_pages (notebook), ==, G_N_ELEMENTS (page_ids));

  for (guint i = 0; i < G_N_ELEMENTS (page_ids); i++)
    {
      GtkWidget *page = hyr_test_workbench_get_page (f->workbench, page_ids[i]);

      int min_width = 0;

      g_assert_nonnull (page);
      g_assert_true (gtk_widget_get_visible (page));

      /* However wide a view wants to be, a page lets the host's window stay
       * narrower than a small laptop screen. */
      gtk_widget_get_preferred_width (page, &min_width, NULL);
      g_assert_cmpint (min_width, <=, 800);
    }

  /* Nothing is read until a page is shown: a host starts with its own
   * tabs in front. Shown, the pages read the history. */
  g_assert_cmpuint (hyr_test_store_get_n_queries (f->store), ==, 0);
  {
    GtkWidget *window = gtk_offscreen_window_new ();

    gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (notebook));
    gtk_widget_show_all (window);
    show_every_page (f);
    g_assert_cmpuint (hyr_test_store_get_n_queries (f->store), >=, 1);

    g_assert_true (peas_engine_unload_plugin (f->engine, f->info));
    g_assert_cmpint (gtk_notebook_get_n_pages (notebook), ==, 0);
    gtk_container_remove (GTK_CONTAINER (window), GTK_WIDGET (notebook));
    gtk_widget_destroy (window);
  }
}

static void
count_finalized (gpointer  data,
                 GObject  *where_the_object_was)
{
  (*(guint *)data)++;
}

static void
test_cycles (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PeasExtensionSet) set = new_extension_set (f);
  GtkNotebook *notebook = hyr_test_workbench_get_notebook (f->workbench);
  GtkWidget *window = gtk_offscreen_window_new ();
  guint n_pages_made = 0;
  guint n_pages_finalized = 0;

  /* Shown, so that every cycle builds each page's view and tears it down. */
  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (notebook));
  gtk_widget_show_all (window);

  for (guint cycle = 0; cycle < 100; cycle++)
    {
      g_assert_true (peas_engine_load_plugin (f->engine, f->info));
      g_assert_cmpint (gtk_notebook_get_n_pages (notebook), ==, G_N_ELEMENTS (page_ids));
      show_every_page (f);

      for (guint i = 0; i < G_N_ELEMENTS (page_ids); i++)
        {
          g_object_weak_ref (G_OBJECT (hyr_test_workbench_get_page (f->workbench, page_ids[i])),
                             count_finalized, &n_pages_finalized);
          n_pages_made++;
        }

      /* The host's store changes while the plugin is active. */
      hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
      while (g_main_context_iteration (NULL, FALSE))
        ;

      g_assert_true (peas_engine_unload_plugin (f->engine, f->info));
      g_assert_cmpint (gtk_notebook_get_n_pages (notebook), ==, 0);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  /* Every page made was destroyed: nothing of the plugin outlives a cycle. */
  g_assert_cmpuint (n_pages_finalized, ==, n_pages_made);
  g_assert_cmpuint (n_pages_made, ==, 100 * G_N_ELEMENTS (page_ids));

  gtk_container_remove (GTK_CONTAINER (window), GTK_WIDGET (notebook));
  gtk_widget_destroy (window);
}

static void
test_host_without_contract (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GObject) not_a_workbench = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(PeasExtension) extension = NULL;

  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  extension = peas_engine_create_extension (f->engine, f->info, PEAS_TYPE_ACTIVATABLE,
                                            "object", not_a_workbench,
                                            NULL);
  g_assert_nonnull (extension);

  g_test_expect_message ("hyr-workbench-addin", G_LOG_LEVEL_WARNING,
                         "*needs a host that implements HyrWorkbench*");
  peas_activatable_activate (PEAS_ACTIVATABLE (extension));
  g_test_assert_expected_messages ();

  /* Deactivating what never activated is harmless. */
  peas_activatable_deactivate (PEAS_ACTIVATABLE (extension));
}

static void
test_workbench_without_store (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HyrTestWorkbench) empty = hyr_test_workbench_new (NULL);
  g_autoptr(PeasExtension) extension = NULL;

  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  extension = peas_engine_create_extension (f->engine, f->info, PEAS_TYPE_ACTIVATABLE,
                                            "object", empty,
                                            NULL);
  g_test_expect_message ("hyr-workbench-addin", G_LOG_LEVEL_WARNING, "*no activity store*");
  peas_activatable_activate (PEAS_ACTIVATABLE (extension));
  g_test_assert_expected_messages ();
  g_assert_cmpint (gtk_notebook_get_n_pages (hyr_test_workbench_get_notebook (empty)), ==, 0);
}

static void
test_damaged_state_stays_untouched (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(PeasExtensionSet) set = NULL;
  g_autofree char *path = hyr_state_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *after = NULL;
  const char *damaged = "{\"schema-version\": 99, \"sections\": {}}";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, damaged, -1, NULL));

  set = new_extension_set (f);
  g_test_expect_message ("hyr-shared-state", G_LOG_LEVEL_WARNING, "*newer version*");
  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  g_test_assert_expected_messages ();

  /* The pages are there, read-only, and the file is as it was. */
  g_assert_cmpint (gtk_notebook_get_n_pages (hyr_test_workbench_get_notebook (f->workbench)),
                   ==, G_N_ELEMENTS (page_ids));
  g_assert_true (peas_engine_unload_plugin (f->engine, f->info));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, damaged);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static GtkWidget *
find_child_of_type (GtkWidget  *widget,
                    const char *type_name)
{
  g_autoptr(GList) children = NULL;

  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), type_name))
    return widget;

  if (!GTK_IS_CONTAINER (widget))
    return NULL;

  children = gtk_container_get_children (GTK_CONTAINER (widget));
  for (GList *l = children; l != NULL; l = l->next)
    {
      GtkWidget *found = find_child_of_type (l->data, type_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_start_afresh_keeps_damaged_file (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(PeasExtensionSet) set = NULL;
  g_autofree char *path = hyr_state_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_contents = NULL;
  const char *damaged = "{\"schema-version\": 1, \"sections\": {\"shoes\": {";
  GtkWidget *page;
  GtkWidget *banner;
  GtkWidget *info_bar;
  GtkWidget *revealer;
  GtkWidget *window;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, damaged, -1, NULL));

  set = new_extension_set (f);
  g_test_expect_message ("hyr-shared-state", G_LOG_LEVEL_WARNING, "*cut short*");
  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  g_test_assert_expected_messages ();

  /* The user opens the Shoes tab: the banner comes with the page's view. */
  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1113, 899);
  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (hyr_test_workbench_get_notebook (f->workbench)));
  gtk_widget_show_all (window);
  show_every_page (f);
  page = hyr_test_workbench_get_page (f->workbench, "shoes");
  /* A real window is mapped when the X server says so. */
  for (guint i = 0; i < 500 && find_child_of_type (page, "HyrStateBanner") == NULL; i++)
    {
      g_usleep (20000);
      while (gtk_events_pending ())
        gtk_main_iteration ();
    }
  banner = find_child_of_type (page, "HyrStateBanner");
  g_assert_nonnull (banner);
  revealer = find_child_of_type (banner, "GtkRevealer");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* What the user does: "Start Afresh". */
  info_bar = find_child_of_type (banner, "GtkInfoBar");
  gtk_info_bar_response (GTK_INFO_BAR (info_bar), 1);

  /* The damaged file is kept beside the new state, byte for byte, and the
   * banner stays to say so until closed. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "state.json.damaged-"))
      kept = g_build_filename (dir, name, NULL);
  g_assert_nonnull (kept);
  g_assert_true (g_file_get_contents (kept, &kept_contents, NULL, NULL));
  g_assert_cmpstr (kept_contents, ==, damaged);
  g_assert_cmpint (gtk_info_bar_get_message_type (GTK_INFO_BAR (info_bar)), ==, GTK_MESSAGE_INFO);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  gtk_info_bar_response (GTK_INFO_BAR (info_bar), GTK_RESPONSE_CLOSE);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  g_assert_true (peas_engine_unload_plugin (f->engine, f->info));
  gtk_container_remove (GTK_CONTAINER (window), GTK_WIDGET (hyr_test_workbench_get_notebook (f->workbench)));
  gtk_widget_destroy (window);
  g_assert_cmpint (g_unlink (kept), ==, 0);
}

static void
test_configurable (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PeasExtension) extension = NULL;
  GtkWidget *widget;

  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  extension = peas_engine_create_extension (f->engine, f->info, PEAS_GTK_TYPE_CONFIGURABLE, NULL);
  g_assert_nonnull (extension);

  widget = peas_gtk_configurable_create_configure_widget (PEAS_GTK_CONFIGURABLE (extension));
  g_assert_true (GTK_IS_WIDGET (widget));
  g_object_ref_sink (widget);

  /* Units and the training profile are both edited there. */
  g_assert_nonnull (find_child_of_type (widget, "HyrProfileEditor"));
  g_assert_nonnull (find_child_of_type (widget, "GtkComboBoxText"));
  gtk_widget_destroy (widget);
  g_object_unref (widget);
}

/* One read of the whole history per activation, whatever the pages show;
 * after a change of a few days, only those days are read again. */
static void
test_one_history_read (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PeasExtensionSet) set = new_extension_set (f);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autoptr(GDateTime) from = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) to = g_date_time_add_days (now, 1);

  GtkWidget *window = gtk_offscreen_window_new ();

  /* The pages drawn, as a user who opens each tab sees them. */
  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (hyr_test_workbench_get_notebook (f->workbench)));
  gtk_widget_show_all (window);

  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  show_every_page (f);
  g_assert_cmpuint (hyr_test_store_get_n_whole_queries (f->store), ==, 1);

  hyr_test_store_reset_queries (f->store);
  hyr_test_store_add_run (f->store, "new-run", "Running", now, 1800, 5000, "1");
  hyr_activity_store_emit_activities_changed (HYR_ACTIVITY_STORE (f->store), from, to);
  show_every_page (f);
  g_assert_cmpuint (hyr_test_store_get_n_whole_queries (f->store), ==, 0);
  g_assert_cmpint (hyr_test_store_get_widest_query (f->store), <=, 2 * 24 * 3600);

  g_assert_true (peas_engine_unload_plugin (f->engine, f->info));
  gtk_container_remove (GTK_CONTAINER (window), GTK_WIDGET (hyr_test_workbench_get_notebook (f->workbench)));
  gtk_widget_destroy (window);
}

/* A page shown at activation (the host's first tab) draws a loading state
 * at once and reads nothing; the view is built and the history read in an
 * idle after that frame. Unloaded before then, nothing is read at all. */
static void
test_loading_state (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PeasExtensionSet) set = new_extension_set (f);
  GtkNotebook *notebook = hyr_test_workbench_get_notebook (f->workbench);
  GtkWidget *window = gtk_offscreen_window_new ();
  GtkWidget *page;

  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (notebook));
  gtk_widget_show_all (window);

  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  page = hyr_test_workbench_get_page (f->workbench, "planner");
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (find_child_of_type (page, "GtkSpinner"));
  g_assert_null (find_child_of_type (page, "HyrPlannerPage"));
  g_assert_cmpuint (hyr_test_store_get_n_queries (f->store), ==, 0);

  while (gtk_events_pending ())
    gtk_main_iteration ();
  g_assert_nonnull (find_child_of_type (page, "HyrPlannerPage"));
  g_assert_null (find_child_of_type (page, "GtkSpinner"));
  g_assert_cmpuint (hyr_test_store_get_n_whole_queries (f->store), ==, 1);

  /* Again, unloaded before the idle: no read, no build, no crash later. */
  g_assert_true (peas_engine_unload_plugin (f->engine, f->info));
  hyr_test_store_reset_queries (f->store);
  g_assert_true (peas_engine_load_plugin (f->engine, f->info));
  g_assert_nonnull (find_child_of_type (hyr_test_workbench_get_page (f->workbench, "planner"), "GtkSpinner"));
  g_assert_true (peas_engine_unload_plugin (f->engine, f->info));
  for (guint i = 0; i < 30; i++)
    {
      g_usleep (20000);
      while (gtk_events_pending ())
        gtk_main_iteration ();
    }
  g_assert_cmpuint (hyr_test_store_get_n_queries (f->store), ==, 0);

  gtk_container_remove (GTK_CONTAINER (window), GTK_WIDGET (notebook));
  gtk_widget_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/plugin/metadata", test_metadata);
  ADD ("/plugin/activate-adds-pages", test_activate_adds_pages);
  ADD ("/plugin/100-cycles", test_cycles);
  ADD ("/plugin/host-without-contract", test_host_without_contract);
  ADD ("/plugin/workbench-without-store", test_workbench_without_store);
  ADD ("/plugin/damaged-state-untouched", test_damaged_state_stays_untouched);
  ADD ("/plugin/start-afresh", test_start_afresh_keeps_damaged_file);
  ADD ("/plugin/configurable", test_configurable);
  ADD ("/plugin/one-history-read", test_one_history_read);
  ADD ("/plugin/loading-state", test_loading_state);

#undef ADD

  return g_test_run ();
}
