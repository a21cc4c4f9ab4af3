/* test-shoes-page.c — the "Shoes" page under X
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "hyr.h"
#include "hyr-shoe-row.h"
#include "hyr-shoes-page.h"
#include "hyr-test-mount.h"
#include "hyr-test-store.h"

#define KM 1000.0

static gboolean have_display;

static void
drain (void)
{
  while (gtk_events_pending ())
    gtk_main_iteration ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
state_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-shoes-page-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "state.json", NULL);
}

static void
collect (GtkWidget *widget,
         gpointer   data)
{
  g_ptr_array_add (data, widget);

  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect, data);
}

static GPtrArray *
all_widgets (GtkWidget *root)
{
  GPtrArray *widgets = g_ptr_array_new ();

  collect (root, widgets);
  return widgets;
}

/* Whether a visible label shows @text somewhere in its text. */
static gboolean
shows (GtkWidget  *root,
       const char *text)
{
  g_autoptr(GPtrArray) widgets = all_widgets (root);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
          strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
assert_shows (GtkWidget  *root,
              const char *text)
{
  if (!shows (root, text))
    g_error ("no visible label shows “%s”", text);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  g_autoptr(GPtrArray) widgets = all_widgets (root);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
        return widget;
    }

  g_error ("no widget named “%s”", name);
  return NULL;
}

static GPtrArray *
visible_rows (GtkWidget *root,
              const char *list_name)
{
  GtkWidget *list = find_named (root, list_name);
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (list));
  GPtrArray *rows = g_ptr_array_new ();

  for (const GList *l = children; l != NULL; l = l->next)
    {
      if (gtk_widget_get_visible (l->data))
        g_ptr_array_add (rows, l->data);
    }

  return rows;
}

static HyrShoeRow *
row_for (GtkWidget  *root,
         const char *gear_id)
{
  g_autoptr(GPtrArray) widgets = all_widgets (root);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (HYR_IS_SHOE_ROW (widget) &&
          g_strcmp0 (hyr_shoe_get_gear_id (hyr_shoe_row_get_shoe (HYR_SHOE_ROW (widget))), gear_id) == 0)
        return HYR_SHOE_ROW (widget);
    }

  g_error ("no row for “%s”", gear_id);
  return NULL;
}

static GSettings *
settings_new (void)
{
  GSettings *settings = g_settings_new ("io.github.HypertrophyRunning");

  g_settings_set_string (settings, "distance-unit", "km");
  return settings;
}

/* Host gear, as in test-shoe-rotation's figures: "Pegasus" has 135 km of
 * 800 km (16 %), runs 3 of 33 km, last worn the day before, retires around
 * October 2029. "Worn" has 680 km of 800 km: 85 %, a warning. In miles,
 * 135 km is 83.9 mi and 800 km 497 mi. */
static void
test_host_gear (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GSettings) settings = settings_new ();
  g_autoptr(GDateTime) now = hyr_test_day (2026, 3, 2);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  GtkWidget *window;
  GtkWidget *page;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 97 * KM, 0, TRUE);
  hyr_test_store_add_gear_full (store, "g2", "Speedgoat Trail", 0, 600 * KM, TRUE);
  hyr_test_store_add_gear_full (store, "g3", "Old racer", 0, 0, FALSE);
  hyr_test_store_add_gear_full (store, "g4", "Worn", 680 * KM, 0, TRUE);
  hyr_test_store_add_activity_on (store, "a1", "Running", 2025, 6, 1, 10 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a2", "Running", 2026, 2, 1, 15 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a3", "Walking", 2026, 2, 10, 5 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a4", "Trail running", 2026, 2, 16, 20 * KM, "g2");
  hyr_test_store_add_activity_on (store, "a5", "Running", 2026, 2, 25, 8 * KM, "g1");
  hyr_test_store_add_activity_on (store, "a7", "Gym", 2026, 3, 1, 0, "g1");

  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
  hyr_shoe_rotation_set_reference_time (rotation, now);

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 900);
  page = hyr_shoes_page_new (rotation, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  gtk_widget_show (window);
  drain ();

  g_assert_true (hyr_shoes_page_get_rotation (HYR_SHOES_PAGE (page)) == rotation);

  rows = visible_rows (page, "shoes-list");
  g_assert_cmpuint (rows->len, ==, 4);
  g_clear_pointer (&rows, g_ptr_array_unref);

  assert_shows (page, "135 km of 800 km (16 %)");
  assert_shows (page, "3 runs, 33.0 km");
  assert_shows (page, "last worn yesterday");
  assert_shows (page, "97.0 km before tracking");
  assert_shows (page, "Retires around October 2029");
  assert_shows (page, "At 85 % of its retire distance: plan a replacement.");
  assert_shows (page, "Malisoux");
  assert_shows (page, "rule of thumb");
  assert_shows (page, "3 active pairs");

  /* The host keeps gear: no "Add Pair…", no rules. */
  g_assert_false (gtk_widget_is_visible (find_named (page, "defaults-list")));

  rows = visible_rows (page, "suggestions-list");
  g_assert_cmpuint (rows->len, ==, 7);
  g_clear_pointer (&rows, g_ptr_array_unref);
  assert_shows (page, "Long run, 20.0 km");
  /* The engine's names, the planner's too. */
  assert_shows (page, "Hill repeats, 6.0 km");

  /* Miles: the labels change with the setting. */
  g_settings_set_string (settings, "distance-unit", "mi");
  drain ();
  assert_shows (page, "83.9 mi of 497 mi (16 %)");
  assert_shows (page, "Long run, 12.4 mi");
  g_assert_false (shows (page, "135 km"));

  g_settings_set_string (settings, "distance-unit", "km");
  drain ();
  assert_shows (page, "135 km of 800 km (16 %)");

  /* Choosing a kind in a row changes the pair: racing means 500 km. */
  g_signal_emit_by_name (row_for (page, "g1"), "kind-changed", HYR_SHOE_KIND_RACING);
  drain ();
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpint (hyr_shoe_get_kind (g1), ==, HYR_SHOE_KIND_RACING);
  assert_shows (page, "135 km of 500 km (27 %)");

  gtk_widget_destroy (window);
}

/* A host without gear: "Add Pair…", the rules and the recent runs show;
 * removing a pair can be undone until the message goes away. */
static void
test_own_pairs (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GSettings) settings = settings_new ();
  g_autoptr(GDateTime) now = hyr_test_day (2026, 3, 2);
  g_autoptr(GDateTime) since = hyr_test_day (2026, 1, 1);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *spare = NULL;
  g_autoptr(HyrShoe) removed = NULL;
  GtkWidget *window;
  GtkWidget *page;
  GtkInfoBar *info_bar = NULL;
  g_autoptr(GPtrArray) widgets = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  hyr_test_store_add_activity_on (store, "r1", "Running", 2026, 2, 3, 8 * KM, NULL);
  hyr_test_store_add_activity_on (store, "r2", "Running", 2026, 2, 5, 6 * KM, NULL);

  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
  hyr_shoe_rotation_set_reference_time (rotation, now);

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  page = hyr_shoes_page_new (rotation, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  gtk_widget_show (window);
  drain ();

  assert_shows (page, "No pairs yet");
  assert_shows (page, "Add Pair");

  daily = hyr_shoe_rotation_add_shoe (rotation, "Daily", HYR_SHOE_KIND_CUSHIONED, 0, since, &error);
  g_assert_no_error (error);
  drain ();

  /* The only pair takes both runs: 14 km. */
  rows = visible_rows (page, "shoes-list");
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  assert_shows (page, "14.0 km of 800 km (1 %)");
  g_assert_true (gtk_widget_is_visible (find_named (page, "defaults-list")));
  rows = visible_rows (page, "runs-list");
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);

  spare = hyr_shoe_rotation_add_shoe (rotation, "Spare", HYR_SHOE_KIND_RACING, 0, NULL, &error);
  g_assert_no_error (error);
  drain ();

  widgets = all_widgets (page);
  for (guint i = 0; i < widgets->len && info_bar == NULL; i++)
    if (GTK_IS_INFO_BAR (g_ptr_array_index (widgets, i)))
      info_bar = g_ptr_array_index (widgets, i);
  g_assert_nonnull (info_bar);

  /* Remove, then undo: the row comes back and the pair is still there. */
  g_signal_emit_by_name (row_for (page, spare), "remove-requested");
  drain ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row_for (page, spare))));
  g_assert_true (gtk_info_bar_get_revealed (info_bar));
  assert_shows (page, "“Spare” was removed.");
  gtk_info_bar_response (info_bar, 1);
  drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row_for (page, spare))));
  removed = hyr_shoe_rotation_get_shoe (rotation, spare);
  g_assert_nonnull (removed);
  g_clear_object (&removed);

  /* Remove, and dismiss the message: now it is gone. */
  g_signal_emit_by_name (row_for (page, spare), "remove-requested");
  gtk_info_bar_response (info_bar, GTK_RESPONSE_CLOSE);
  drain ();
  removed = hyr_shoe_rotation_get_shoe (rotation, spare);
  g_assert_null (removed);
  rows = visible_rows (page, "shoes-list");
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Adding through the "Add Pair…" popover: name, kind, prior distance. */
  {
    g_autoptr(GPtrArray) page_widgets = all_widgets (page);
    g_autoptr(GPtrArray) popover_widgets = NULL;
    g_autoptr(GPtrArray) shoes = NULL;
    GtkMenuButton *add_button = NULL;
    GtkPopover *popover;
    GtkEntry *entry = NULL;
    GtkComboBox *kind = NULL;
    GtkSpinButton *prior = NULL;
    GtkButton *confirm = NULL;
    HyrShoe *added = NULL;

    for (guint i = 0; i < page_widgets->len; i++)
      {
        GtkWidget *widget = g_ptr_array_index (page_widgets, i);

        if (GTK_IS_MENU_BUTTON (widget) &&
            g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Add _Pair…") == 0)
          add_button = GTK_MENU_BUTTON (widget);
      }
    g_assert_nonnull (add_button);
    g_assert_true (gtk_widget_is_visible (GTK_WIDGET (add_button)));

    popover = gtk_menu_button_get_popover (add_button);
    gtk_popover_popup (popover);
    drain ();
    popover_widgets = all_widgets (GTK_WIDGET (popover));
    for (guint i = 0; i < popover_widgets->len; i++)
      {
        GtkWidget *widget = g_ptr_array_index (popover_widgets, i);

        if (GTK_IS_SPIN_BUTTON (widget))
          prior = GTK_SPIN_BUTTON (widget);
        else if (GTK_IS_ENTRY (widget) && gtk_widget_get_parent (widget) != NULL &&
                 !GTK_IS_COMBO_BOX (gtk_widget_get_parent (widget)))
          entry = GTK_ENTRY (widget);
        else if (GTK_IS_COMBO_BOX (widget))
          kind = GTK_COMBO_BOX (widget);
        else if (GTK_IS_BUTTON (widget) &&
                 g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Add") == 0)
          confirm = GTK_BUTTON (widget);
      }
    g_assert_nonnull (entry);
    g_assert_nonnull (kind);
    g_assert_nonnull (prior);
    g_assert_nonnull (confirm);

    /* No name, no pair. */
    g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (confirm)));
    gtk_entry_set_text (entry, "Trail Blazer");
    g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (confirm)));
    /* The kinds by the engine's names, a cushioned pair first. */
    g_assert_cmpstr (gtk_combo_box_get_active_id (kind), ==, "cushioned");
    gtk_combo_box_set_active_id (kind, "trail");
    {
      g_autofree char *text = gtk_combo_box_text_get_active_text (GTK_COMBO_BOX_TEXT (kind));

      g_assert_cmpstr (text, ==, hyr_shoe_kind_get_name (HYR_SHOE_KIND_TRAIL));
      g_assert_cmpstr (text, ==, "Trail");
    }
    gtk_spin_button_set_value (prior, 42);
    gtk_button_clicked (confirm);
    drain ();

    shoes = hyr_shoe_rotation_list_shoes (rotation);
    for (guint i = 0; i < shoes->len; i++)
      if (g_strcmp0 (hyr_shoe_get_name (g_ptr_array_index (shoes, i)), "Trail Blazer") == 0)
        added = g_ptr_array_index (shoes, i);
    g_assert_nonnull (added);
    g_assert_cmpint (hyr_shoe_get_kind (added), ==, HYR_SHOE_KIND_TRAIL);
    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_prior_distance (added), 42 * KM, 1e-6);
    assert_shows (page, "42.0 km of 800 km (5 %)");
  }

  /* Retire, then undo. */
  g_signal_emit_by_name (row_for (page, daily), "retire-toggled", TRUE);
  drain ();
  removed = hyr_shoe_rotation_get_shoe (rotation, daily);
  g_assert_false (hyr_shoe_get_active (removed));
  g_clear_object (&removed);
  assert_shows (page, "“Daily” was retired.");
  gtk_info_bar_response (info_bar, 1);
  drain ();
  removed = hyr_shoe_rotation_get_shoe (rotation, daily);
  g_assert_true (hyr_shoe_get_active (removed));

  gtk_widget_destroy (window);
}

/* The sports list: choosing "Running" for a sport the defaults call
 * "Other" makes it a run. */
static void
test_sports (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GSettings) settings = settings_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) widgets = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  GtkComboBox *combo = NULL;
  GtkWidget *window;
  GtkWidget *page;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  hyr_test_store_add_activity_on (store, "o1", "Orienteering", 2026, 2, 1, 10 * KM, "g1");
  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  page = hyr_shoes_page_new (rotation, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  gtk_widget_show (window);
  drain ();

  rows = visible_rows (page, "sports-list");
  g_assert_cmpuint (rows->len, ==, 1);
  widgets = all_widgets (g_ptr_array_index (rows, 0));
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_COMBO_BOX (g_ptr_array_index (widgets, i)))
      combo = g_ptr_array_index (widgets, i);
  g_assert_nonnull (combo);
  g_assert_cmpstr (gtk_combo_box_get_active_id (combo), ==, "auto");
  assert_shows (page, "Orienteering");

  gtk_combo_box_set_active_id (combo, "running");
  drain ();
  g_assert_true (hyr_modality_has_override (state, "Orienteering"));
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpuint (hyr_shoe_get_runs (g1), ==, 1);
  g_clear_object (&g1);

  gtk_combo_box_set_active_id (combo, "auto");
  drain ();
  g_assert_false (hyr_modality_has_override (state, "Orienteering"));
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpuint (hyr_shoe_get_runs (g1), ==, 0);

  gtk_widget_destroy (window);
}

/* A read-only state: an edit in the page shows the error and the row
 * keeps the pair's real kind. */
static void
test_read_only (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                                                  "The file is damaged");
  g_autoptr(HyrState) state = hyr_state_new_read_only (path, reason);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GSettings) settings = settings_new ();
  g_autoptr(HyrShoe) g1 = NULL;
  GtkWidget *window;
  GtkWidget *page;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  page = hyr_shoes_page_new (rotation, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  gtk_widget_show (window);
  drain ();

  g_signal_emit_by_name (row_for (page, "g1"), "kind-changed", HYR_SHOE_KIND_TRAIL);
  drain ();
  assert_shows (page, "The file is damaged");
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpint (hyr_shoe_get_kind (g1), ==, HYR_SHOE_KIND_CUSHIONED);

  gtk_widget_destroy (window);
}

/* The retire distance as typed: 0 or 5 km is marked, explained under the
 * field and not saved; the field keeps the text, the pair its old
 * distance. A distance in range is saved and the mark goes away. */
static void
test_retire_distance_checked (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GSettings) settings = settings_new ();
  g_autoptr(GPtrArray) widgets = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  GtkSpinButton *spin = NULL;
  GtkWidget *error_label;
  GtkWidget *window;
  GtkWidget *page;
  HyrShoeRow *row;
  const char *bad[] = { "0", "5", "abc", "" };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
  g_assert_true (hyr_shoe_rotation_set_retire_distance (rotation, "g1", 550 * KM, NULL));

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  page = hyr_shoes_page_new (rotation, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  gtk_widget_show (window);
  drain ();

  row = row_for (page, "g1");
  widgets = all_widgets (GTK_WIDGET (row));
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_SPIN_BUTTON (g_ptr_array_index (widgets, i)))
      spin = g_ptr_array_index (widgets, i);
  g_assert_nonnull (spin);
  error_label = find_named (GTK_WIDGET (row), "retire-error");
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (spin)), ==, "550");
  g_assert_false (gtk_widget_is_visible (error_label));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gtk_entry_set_text (GTK_ENTRY (spin), bad[i]);
      /* What leaving the field or pressing Enter does. */
      gtk_spin_button_update (spin);
      drain ();

      g_assert_true (gtk_widget_is_visible (error_label));
      g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (GTK_WIDGET (spin)),
                                                  GTK_STYLE_CLASS_ERROR));
      g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (spin)), ==, bad[i]);
      g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
      g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g1), 550 * KM, 1e-6);
      g_clear_object (&g1);
    }
  assert_shows (GTK_WIDGET (row), "Enter a number.");
  gtk_entry_set_text (GTK_ENTRY (spin), "5");
  assert_shows (GTK_WIDGET (row), "Enter a distance from 50 to 5000 km.");
  gtk_entry_set_text (GTK_ENTRY (spin), "abc");
  assert_shows (GTK_WIDGET (row), "“abc” is not a number.");

  /* The state on disk kept the old distance too. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HyrState) reread = hyr_state_load (path, &error);
    g_autoptr(HyrShoeRotation) again = NULL;

    g_assert_no_error (error);
    again = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), reread);
    g1 = hyr_shoe_rotation_get_shoe (again, "g1");
    g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g1), 550 * KM, 1e-6);
    g_clear_object (&g1);
  }

  gtk_entry_set_text (GTK_ENTRY (spin), "650");
  gtk_spin_button_update (spin);
  drain ();
  g_assert_false (gtk_widget_is_visible (error_label));
  g_assert_false (gtk_style_context_has_class (gtk_widget_get_style_context (GTK_WIDGET (spin)),
                                               GTK_STYLE_CLASS_ERROR));
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpfloat_with_epsilon (hyr_shoe_get_retire_distance (g1), 650 * KM, 1e-6);

  gtk_widget_destroy (window);
}

/* A kind guessed from the name says so and asks to be confirmed; the
 * Next Run lines are one line per kind of run, and count days rested as
 * the pair's row counts "last worn". */
static void
test_kind_guess_and_next_run (void)
{
  g_autoptr(HyrTestStore) store = hyr_test_store_new ();
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GSettings) settings = settings_new ();
  /* Worn on a Wednesday evening; Monday 2 March at midnight is 4.2 days
   * later by the clock, 5 calendar days. */
  g_autoptr(GDateTime) worn = g_date_time_new_local (2026, 2, 25, 19, 0, 0);
  g_autoptr(GDateTime) now = hyr_test_day (2026, 3, 2);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(HyrShoe) fly = NULL;
  GtkWidget *window;
  GtkWidget *page;
  HyrShoeRow *row;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  hyr_test_store_add_gear_full (store, "f", "Vaporfly 3", 0, 0, TRUE);
  hyr_test_store_add_gear_full (store, "p", "Pegasus 40", 0, 0, TRUE);
  hyr_test_store_add_activity (store, "a", "Running", worn, 10 * KM, 0, "p");
  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
  hyr_shoe_rotation_set_reference_time (rotation, now);

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 900);
  page = hyr_shoes_page_new (rotation, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  gtk_widget_show (window);
  drain ();

  row = row_for (page, "f");
  assert_shows (GTK_WIDGET (row), "Racing (guessed from the name)");
  g_assert_false (shows (GTK_WIDGET (row_for (page, "p")), "guessed"));

  /* "last worn 5 days ago" and "rested 5 days": one count. */
  assert_shows (GTK_WIDGET (row_for (page, "p")), "last worn 5 days ago");
  assert_shows (page, "rested 5 days");

  /* One line per kind of run: the reasons are tooltips, not paragraphs. */
  rows = visible_rows (page, "suggestions-list");
  g_assert_cmpuint (rows->len, ==, 7);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *tooltip = gtk_widget_get_tooltip_text (g_ptr_array_index (rows, i));

      g_assert_nonnull (tooltip);
      g_assert_false (shows (g_ptr_array_index (rows, i), tooltip));
      g_assert_false (shows (g_ptr_array_index (rows, i), "Wear “"));
    }

  /* Confirming keeps the kind and the question goes away. */
  {
    g_autoptr(GPtrArray) widgets = all_widgets (GTK_WIDGET (row));
    GtkButton *confirm = NULL;

    for (guint i = 0; i < widgets->len; i++)
      {
        GtkWidget *widget = g_ptr_array_index (widgets, i);

        if (GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget) &&
            g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "C_onfirm") == 0)
          confirm = GTK_BUTTON (widget);
      }
    g_assert_nonnull (confirm);
    gtk_button_clicked (confirm);
    drain ();
  }
  fly = hyr_shoe_rotation_get_shoe (rotation, "f");
  g_assert_cmpint (hyr_shoe_get_kind (fly), ==, HYR_SHOE_KIND_RACING);
  g_assert_false (hyr_shoe_get_kind_guessed (fly));
  g_assert_false (shows (GTK_WIDGET (row_for (page, "f")), "guessed"));

  gtk_widget_destroy (window);
}

/* Issue 14: the disk is full when the user changes a pair's kind. The
 * page says why it was not saved, the row keeps the kind that is saved,
 * and the file is as it was, with no temporary file beside it. In a child
 * with a tmpfs of its own (tests/hyr-test-mount.c), so that it holds as
 * root. */
static void
test_disk_full (void)
{
  g_autoptr(HyrTestStore) store = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrShoeRotation) rotation = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(HyrShoe) g1 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mount = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *why = NULL;
  GtkWidget *window;
  GtkWidget *page;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  if (!g_test_subprocess ())
    {
      if (!hyr_test_can_mount_tmpfs (&why))
        {
          g_test_skip (why);
          return;
        }
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  mount = g_dir_make_tmp ("hyr-shoes-page-XXXXXX", &error);
  g_assert_no_error (error);
  if (!hyr_test_mount_tmpfs (mount, 64, &why))
    g_error ("%s", why);
  folder = g_build_filename (mount, "hypertrophy-running", NULL);
  path = g_build_filename (folder, "state.json", NULL);

  store = hyr_test_store_new ();
  hyr_test_store_add_gear_full (store, "g1", "Pegasus", 0, 0, TRUE);
  state = hyr_state_new (path);
  rotation = hyr_shoe_rotation_new (HYR_ACTIVITY_STORE (store), state);
  g_assert_true (hyr_shoe_rotation_set_kind (rotation, "g1", HYR_SHOE_KIND_RACING, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  settings = settings_new ();
  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  page = hyr_shoes_page_new (rotation, settings);
  gtk_container_add (GTK_CONTAINER (window), page);
  gtk_widget_show (window);
  drain ();

  hyr_test_fill_file_system (mount);
  g_signal_emit_by_name (row_for (page, "g1"), "kind-changed", HYR_SHOE_KIND_TRAIL);
  drain ();

  assert_shows (page, g_strerror (ENOSPC));
  g1 = hyr_shoe_rotation_get_shoe (rotation, "g1");
  g_assert_cmpint (hyr_shoe_get_kind (g1), ==, HYR_SHOE_KIND_RACING);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  hyr_test_assert_only_files (folder, "state.json", NULL);

  gtk_widget_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check (&argc, &argv);

  g_test_add_func ("/shoes-page/host-gear", test_host_gear);
  g_test_add_func ("/shoes-page/own-pairs", test_own_pairs);
  g_test_add_func ("/shoes-page/sports", test_sports);
  g_test_add_func ("/shoes-page/read-only", test_read_only);
  g_test_add_func ("/shoes-page/retire-distance-checked", test_retire_distance_checked);
  g_test_add_func ("/shoes-page/kind-guess-and-next-run", test_kind_guess_and_next_run);
  g_test_add_func ("/shoes-page/disk-full", test_disk_full);

  return g_test_run ();
}
