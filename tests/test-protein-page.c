/* test-protein-page.c — the protein calculator page under X: host mass, inline errors, saving, units
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Set HYR_SCREENSHOT_DIR to a folder to get PNGs of the page as the tests
 * leave it.
 */

#include <glib/gstdio.h>

#include "hyr-protein-page.h"
#include "hyr-test-store.h"

typedef struct
{
  char         *dir;
  char         *path;
  HyrState     *state;
  GSettings    *settings;
  HyrTestStore *store;
  GtkWidget    *window;
  GtkWidget    *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hyr-protein-page-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "state.json", NULL);
  f->state = hyr_state_new (f->path);
  f->settings = g_settings_new ("io.github.HypertrophyRunning");
  g_settings_reset (f->settings, "mass-unit");
  f->store = hyr_test_store_new ();
}

static void
flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
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

  /* Layout is done at the next frame; drawing before it is refused. */
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
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  save_screenshot (f);

  g_clear_pointer (&f->window, gtk_widget_destroy);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  g_clear_object (&f->state);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
show_page (Fixture *f)
{
  f->page = hyr_protein_page_new (HYR_ACTIVITY_STORE (f->store), f->state, f->settings);
  g_assert_true (HYR_IS_PROTEIN_PAGE (f->page));

  f->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 920);
  gtk_container_add (GTK_CONTAINER (f->window), f->page);
  gtk_widget_show (f->window);
  flush_events ();
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->page, HYR_TYPE_PROTEIN_PAGE, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (child (f, name)));
}

static const char *
entry_text (Fixture *f)
{
  return gtk_entry_get_text (GTK_ENTRY (child (f, "mass_entry")));
}

static void
type_mass (Fixture    *f,
           const char *text)
{
  gtk_entry_set_text (GTK_ENTRY (child (f, "mass_entry")), text);
  gtk_widget_activate (child (f, "mass_entry"));
  flush_events ();
}

/* Types one character after the other, without Enter. */
static void
type_keys (Fixture    *f,
           const char *text)
{
  GtkEntry *entry = GTK_ENTRY (child (f, "mass_entry"));

  gtk_entry_set_text (entry, "");
  for (const char *c = text; *c != '\0'; c++)
    {
      g_autofree char *prefix = g_strndup (text, c - text + 1);

      gtk_entry_set_text (entry, prefix);
      flush_events ();
    }
}

static gboolean
entry_marked_invalid (Fixture *f)
{
  GtkStyleContext *context = gtk_widget_get_style_context (child (f, "mass_entry"));

  return gtk_style_context_has_class (context, GTK_STYLE_CLASS_ERROR);
}

static JsonObject *
section (Fixture *f)
{
  return hyr_state_get_section (f->state, "protein");
}

static HyrState *
state_on_disk (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HyrState *loaded = hyr_state_load (f->path, &error);

  g_assert_no_error (error);
  return loaded;
}

/* The body mass typed is the profile's, shared with the planner. */
static double
profile_mass (HyrState *state)
{
  return hyr_profile_get_body_mass (hyr_state_get_profile (state));
}

static char *
parse_error (const char  *text,
             HyrMassUnit  unit)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hyr_protein_parse_body_mass (text, unit, NULL, &error));
  return g_strdup (error->message);
}

static void
test_shows_host_mass (Fixture       *f,
                      gconstpointer  data)
{
  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  g_assert_cmpstr (entry_text (f), ==, "80");
  g_assert_cmpstr (label_text (f, "mass_unit_label"), ==, "kg");
  g_assert_cmpstr (label_text (f, "mass_source_label"), ==, "From your tracker");
  /* 80 kg × 1.6 g/kg (build, the default) = 128 g; 4 meals of 32 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "128 g");
  g_assert_nonnull (strstr (label_text (f, "daily_detail_label"), "4 meals of 32 g"));
  g_assert_cmpstr (label_text (f, "basis_label"), ==,
                   "For 80 kg, from your tracker’s latest weight record");
  /* Range 80 × 1.6 = 128 to 80 × 2.2 = 176 g. */
  g_assert_cmpstr (label_text (f, "range_label"), ==, "128–176 g");
  g_assert_false (gtk_widget_get_visible (child (f, "warning_box")));
  g_assert_false (gtk_widget_get_visible (child (f, "use_tracker_button")));

  /* Showing the page saves nothing. */
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_invalid_mass_marked_not_saved (Fixture       *f,
                                    gconstpointer  data)
{
  const char *invalid[] = { "20", "abc", "", "350.5", "1e2" };

  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *message = parse_error (invalid[i], HYR_MASS_UNIT_KG);

      g_test_message ("“%s”", invalid[i]);
      type_mass (f, invalid[i]);
      g_assert_true (entry_marked_invalid (f));
      g_assert_true (gtk_widget_get_visible (child (f, "mass_error_label")));
      g_assert_cmpstr (label_text (f, "mass_error_label"), ==, message);
      g_assert_false (gtk_widget_get_sensitive (child (f, "summary")));
      g_assert_cmpfloat (profile_mass (f->state), ==, 0);
      g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
    }
}

static void
test_valid_mass_saved (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HyrState) loaded = NULL;

  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  type_mass (f, "20");
  type_mass (f, "72.5");
  g_assert_false (entry_marked_invalid (f));
  g_assert_false (gtk_widget_get_visible (child (f, "mass_error_label")));
  g_assert_true (gtk_widget_get_sensitive (child (f, "summary")));
  g_assert_cmpfloat (profile_mass (f->state), ==, 72.5);

  /* 72.5 × 1.6 = 116 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "116 g");
  g_assert_cmpstr (label_text (f, "basis_label"), ==, "For the 72.5 kg you entered");
  /* The tracker still has 80 kg: the page says so and offers to go back. */
  g_assert_nonnull (strstr (label_text (f, "mass_source_label"), "80 kg"));
  g_assert_true (gtk_widget_get_visible (child (f, "use_tracker_button")));

  loaded = state_on_disk (f);
  g_assert_cmpfloat (profile_mass (loaded), ==, 72.5);

  gtk_button_clicked (GTK_BUTTON (child (f, "use_tracker_button")));
  flush_events ();
  g_assert_cmpstr (entry_text (f), ==, "80");
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "128 g");
  g_assert_false (gtk_widget_get_visible (child (f, "use_tracker_button")));
  /* Going back to the tracker's weight keeps the value entered for later. */
  g_assert_cmpfloat (profile_mass (f->state), ==, 72.5);
}

/* Typing "1000" passes through "100", a valid body mass: nothing of it
 * is applied or written into the profile the planner shares until the
 * user is done with the field, and 1000 is refused then. */
static void
test_typing_applies_nothing (Fixture       *f,
                             gconstpointer  data)
{
  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  type_keys (f, "1000");
  g_assert_true (entry_marked_invalid (f));
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "128 g");
  g_assert_cmpfloat (profile_mass (f->state), ==, 0);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  gtk_widget_activate (child (f, "mass_entry"));
  flush_events ();
  g_assert_true (entry_marked_invalid (f));
  g_assert_cmpstr (entry_text (f), ==, "1000");
  g_assert_cmpfloat (profile_mass (f->state), ==, 0);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  /* 100 without Enter is still not applied; with Enter it is the
   * user's override: 100 × 1.6 = 160 g. */
  type_keys (f, "100");
  g_assert_false (entry_marked_invalid (f));
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "128 g");
  g_assert_cmpfloat (profile_mass (f->state), ==, 0);
  gtk_widget_activate (child (f, "mass_entry"));
  flush_events ();
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "160 g");
  g_assert_cmpfloat (profile_mass (f->state), ==, 100);
}

/* Meals out of range: marked, explained, not saved, and the result still
 * for the meals it says. */
static void
test_meals_refused (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *spin;
  GtkStyleContext *context;

  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);
  spin = child (f, "meals_spin");
  context = gtk_widget_get_style_context (spin);

  gtk_entry_set_text (GTK_ENTRY (spin), "20");
  flush_events ();
  g_assert_true (gtk_style_context_has_class (context, GTK_STYLE_CLASS_ERROR));
  g_assert_true (gtk_widget_get_visible (child (f, "meals_error_label")));
  g_assert_cmpstr (label_text (f, "meals_error_label"), ==, "Enter from 1 to 8 meals a day.");

  /* Enter: the field keeps "20", the value and the result keep 4. */
  gtk_widget_activate (spin);
  flush_events ();
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (spin)), ==, "20");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 4);
  g_assert_nonnull (strstr (label_text (f, "daily_detail_label"), "4 meals of 32 g"));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  gtk_entry_set_text (GTK_ENTRY (spin), "5");
  gtk_widget_activate (spin);
  flush_events ();
  g_assert_false (gtk_style_context_has_class (context, GTK_STYLE_CLASS_ERROR));
  g_assert_false (gtk_widget_get_visible (child (f, "meals_error_label")));
  g_assert_nonnull (strstr (label_text (f, "daily_detail_label"), "5 meals of 26 g"));
}

/* Tab goes from the body mass to the meals and on out of the page's
 * lists, and Shift+Tab back. */
static void
test_tab_leaves_fields (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *outside = gtk_button_new_with_label ("outside");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gboolean left = FALSE;

  f->page = hyr_protein_page_new (HYR_ACTIVITY_STORE (f->store), f->state, f->settings);
  f->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 920);
  gtk_container_add (GTK_CONTAINER (box), f->page);
  gtk_container_add (GTK_CONTAINER (box), outside);
  gtk_container_add (GTK_CONTAINER (f->window), box);
  gtk_widget_show_all (f->window);
  /* Focus moves as in use only in the active window: an inactive one
   * has no widget with the focus, and Tab keeps landing on the same. */
  gtk_window_present (GTK_WINDOW (f->window));
  for (int i = 0; i < 200 && !gtk_window_is_active (GTK_WINDOW (f->window)); i++)
    {
      flush_events ();
      g_usleep (5000);
    }
  g_assert_true (gtk_window_is_active (GTK_WINDOW (f->window)));

  gtk_widget_grab_focus (child (f, "mass_entry"));
  for (int i = 0; i < 20 && !left; i++)
    {
      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_FORWARD);
      left = gtk_window_get_focus (GTK_WINDOW (f->window)) == outside;
    }
  g_assert_true (left);

  for (int i = 0; i < 20; i++)
    {
      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_BACKWARD);
      if (gtk_window_get_focus (GTK_WINDOW (f->window)) == child (f, "meals_spin"))
        return;
    }
  g_assert_not_reached ();
}

static void
test_mass_unit_switch (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *lb_message = NULL;

  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  /* 80 / 0.45359237 = 176.3698 lb, shown with one decimal. */
  g_settings_set_string (f->settings, "mass-unit", "lb");
  flush_events ();
  g_assert_cmpstr (entry_text (f), ==, "176.4");
  g_assert_cmpstr (label_text (f, "mass_unit_label"), ==, "lb");
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "128 g");
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  /* 160 lb × 0.45359237 = 72.5747792 kg; × 1.6 = 116.1 g. */
  type_mass (f, "160");
  g_assert_cmpfloat_with_epsilon (profile_mass (f->state), 72.5747792, 1e-9);
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "116 g");

  /* Back to kg: 72.5747792 shows as 72.6, and the saved value does not
   * drift to the rounded one. */
  g_settings_set_string (f->settings, "mass-unit", "kg");
  flush_events ();
  g_assert_cmpstr (entry_text (f), ==, "72.6");
  g_assert_cmpstr (label_text (f, "mass_unit_label"), ==, "kg");
  g_assert_cmpfloat_with_epsilon (profile_mass (f->state), 72.5747792, 1e-9);

  /* Text still being typed is checked again in the new unit. */
  type_mass (f, "20");
  g_assert_true (entry_marked_invalid (f));
  g_settings_set_string (f->settings, "mass-unit", "lb");
  flush_events ();
  lb_message = parse_error ("20", HYR_MASS_UNIT_LB);
  g_assert_true (entry_marked_invalid (f));
  g_assert_cmpstr (label_text (f, "mass_error_label"), ==, lb_message);
  g_assert_cmpstr (entry_text (f), ==, "20");
}

static void
test_goal_and_meals_saved (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HyrState) loaded = NULL;
  JsonObject *saved;

  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (f, "goal_combo")), "cut");
  flush_events ();
  /* 80 × 2.4 = 192 g; range 80 × 2.2 = 176 to 80 × 3.1 = 248 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "192 g");
  g_assert_cmpstr (label_text (f, "range_label"), ==, "176–248 g");

  gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (f, "goal_combo")), "maintain");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (f, "meals_spin")), 5);
  flush_events ();
  /* 80 × 1.2 = 96 g in 5 meals of 19.2 g = 0.24 g/kg each: below 0.4. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "96 g");
  g_assert_nonnull (strstr (label_text (f, "daily_detail_label"), "5 meals of 19 g"));
  g_assert_true (gtk_widget_get_visible (child (f, "warning_box")));
  g_assert_nonnull (strstr (label_text (f, "warning_label"), "0.24"));

  loaded = state_on_disk (f);
  saved = hyr_state_get_section (loaded, "protein");
  g_assert_cmpstr (json_object_get_string_member (saved, "goal"), ==, "maintain");
  g_assert_cmpint (json_object_get_int_member (saved, "meals"), ==, 5);
  /* The tracker's body mass is the tracker's: only a value typed here goes
   * into the profile. */
  g_assert_cmpfloat (profile_mass (loaded), ==, 0);
}

static void
test_values_reloaded (Fixture       *f,
                      gconstpointer  data)
{
  JsonObject *values = section (f);
  HyrProfile *profile = hyr_state_get_profile (f->state);

  hyr_profile_set_body_mass (profile, 68);
  json_object_set_string_member (values, "goal", "build-max");
  json_object_set_int_member (values, "meals", 5);

  /* The tracker knows no weight. */
  show_page (f);

  g_assert_cmpstr (entry_text (f), ==, "68");
  g_assert_cmpstr (gtk_combo_box_get_active_id (GTK_COMBO_BOX (child (f, "goal_combo"))), ==,
                   "build-max");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (f, "meals_spin"))),
                   ==, 5);
  /* 68 × 2.2 = 149.6 g, shown as 150 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "150 g");
  g_assert_nonnull (strstr (label_text (f, "mass_source_label"), "Entered here"));

  /* The planner changes the profile's body mass. */
  hyr_profile_set_body_mass (profile, 90);
  flush_events ();
  g_assert_cmpstr (entry_text (f), ==, "90");
  /* 90 × 2.2 = 198 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "198 g");

  /* Another view edits the section. */
  json_object_set_string_member (values, "goal", "cut");
  json_object_set_int_member (values, "meals", 6);
  hyr_state_section_changed (f->state, "protein");
  flush_events ();
  g_assert_cmpstr (gtk_combo_box_get_active_id (GTK_COMBO_BOX (child (f, "goal_combo"))), ==,
                   "cut");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (f, "meals_spin"))),
                   ==, 6);
  /* 90 × 2.4 = 216 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "216 g");
}

static void
test_nothing_known (Fixture       *f,
                    gconstpointer  data)
{
  show_page (f);

  g_assert_cmpstr (entry_text (f), ==, "");
  g_assert_false (entry_marked_invalid (f));
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "—");

  type_mass (f, "64");
  /* 64 × 1.6 = 102.4 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "102 g");
}

static void
test_new_weight_record (Fixture       *f,
                        gconstpointer  data)
{
  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  hyr_test_store_set_body_mass (f->store, 85);
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
  flush_events ();
  g_assert_cmpstr (entry_text (f), ==, "85");
  /* 85 × 1.6 = 136 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "136 g");
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_save_failure_reported (Fixture       *f,
                            gconstpointer  data)
{
  /* A state whose folder cannot be made: every save fails with an I/O error. */
  g_clear_object (&f->state);
  f->state = hyr_state_new ("/dev/null/hyr-protein-page/state.json");

  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (f, "goal_combo")), "cut");
  flush_events ();
  g_assert_true (gtk_widget_get_visible (child (f, "save_error_label")));
  g_assert_nonnull (strstr (label_text (f, "save_error_label"), "could not be saved"));
  /* Nothing claims to be saved that is not. */
  g_assert_false (json_object_has_member (section (f), "goal"));
  /* The calculation still follows: 80 × 2.4 = 192 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "192 g");

  type_mass (f, "72.5");
  g_assert_true (gtk_widget_get_visible (child (f, "save_error_label")));
  g_assert_cmpfloat (profile_mass (f->state), ==, 0);
}

static void
test_read_only_state (Fixture       *f,
                      gconstpointer  data)
{
  const char damaged[] = "{ \"version\": 1, \"protein\": ";
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (f->path, damaged, -1, &error));
  g_assert_no_error (error);
  g_assert_null (hyr_state_load (f->path, &load_error));
  g_assert_nonnull (load_error);
  g_clear_object (&f->state);
  f->state = hyr_state_new_read_only (f->path, load_error);

  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "128 g");

  type_mass (f, "72.5");
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (child (f, "goal_combo")), "cut");
  flush_events ();

  /* The calculation follows; nothing is written, in memory or on disk. */
  g_assert_false (entry_marked_invalid (f));
  /* 72.5 × 2.4 = 174 g. */
  g_assert_cmpstr (label_text (f, "daily_label"), ==, "174 g");
  g_assert_cmpfloat (profile_mass (f->state), ==, 0);
  g_assert_false (json_object_has_member (section (f), "goal"));
  g_assert_false (gtk_widget_get_visible (child (f, "save_error_label")));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, damaged);
}

/* The input has one label, and its mnemonic moves the focus into it. */
static void
assert_mnemonic (Fixture    *f,
                 const char *widget,
                 const char *label)
{
  GList *labels = gtk_widget_list_mnemonic_labels (child (f, widget));
  GtkWidget *focus;

  g_assert_cmpuint (g_list_length (labels), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (labels->data), ==, label);
  g_assert_true (gtk_widget_mnemonic_activate (labels->data, FALSE));
  g_list_free (labels);

  focus = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == child (f, widget) || gtk_widget_is_ancestor (focus, child (f, widget)));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  hyr_test_store_set_body_mass (f->store, 80);
  show_page (f);

  assert_mnemonic (f, "mass_entry", "_Body mass");
  assert_mnemonic (f, "goal_combo", "_Goal");
  assert_mnemonic (f, "meals_spin", "_Meals a day");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/protein-page/shows-host-mass", test_shows_host_mass);
  ADD ("/protein-page/invalid-mass-marked-not-saved", test_invalid_mass_marked_not_saved);
  ADD ("/protein-page/valid-mass-saved", test_valid_mass_saved);
  ADD ("/protein-page/mass-unit-switch", test_mass_unit_switch);
  ADD ("/protein-page/goal-and-meals-saved", test_goal_and_meals_saved);
  ADD ("/protein-page/values-reloaded", test_values_reloaded);
  ADD ("/protein-page/nothing-known", test_nothing_known);
  ADD ("/protein-page/new-weight-record", test_new_weight_record);
  ADD ("/protein-page/save-failure-reported", test_save_failure_reported);
  ADD ("/protein-page/read-only-state", test_read_only_state);
  ADD ("/protein-page/keyboard", test_keyboard);
  ADD ("/protein-page/typing-applies-nothing", test_typing_applies_nothing);
  ADD ("/protein-page/meals-refused", test_meals_refused);
  ADD ("/protein-page/tab-leaves-fields", test_tab_leaves_fields);

#undef ADD

  return g_test_run ();
}
