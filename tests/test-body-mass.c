/* test-body-mass.c — one body mass in the Planner's profile and on the
 * Protein page
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <gtk/gtk.h>
#include <string.h>

#include "hyr.h"
#include "hyr-profile-editor.h"
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
  GtkWidget    *editor;
  GtkWidget    *protein;
} Fixture;

static void
flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hyr-body-mass-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "state.json", NULL);
  f->state = hyr_state_new (f->path);
  f->settings = g_settings_new ("io.github.HypertrophyRunning");
  g_settings_reset (f->settings, "mass-unit");
  f->store = hyr_test_store_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->window, gtk_widget_destroy);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  g_clear_object (&f->state);
  /* The folder goes with the test's own TMPDIR (tests/hyr-test-env). */
  g_free (f->path);
  g_free (f->dir);
}

/* The Planner's profile form and the Protein page, side by side, over the
 * same state and the same host. */
static void
show_pages (Fixture *f)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  f->editor = hyr_profile_editor_new (hyr_state_get_profile (f->state), f->settings);
  hyr_profile_editor_set_store (HYR_PROFILE_EDITOR (f->editor), HYR_ACTIVITY_STORE (f->store));
  f->protein = hyr_protein_page_new (HYR_ACTIVITY_STORE (f->store), f->state, f->settings);

  f->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_container_add (GTK_CONTAINER (box), f->editor);
  gtk_container_add (GTK_CONTAINER (box), f->protein);
  gtk_container_add (GTK_CONTAINER (f->window), box);
  gtk_widget_show (box);
  gtk_widget_show (f->window);
  flush_events ();
}

static GtkWidget *
editor_child (Fixture    *f,
              const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (f->editor, HYR_TYPE_PROFILE_EDITOR, name));
}

static GtkWidget *
protein_child (Fixture    *f,
               const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (f->protein, HYR_TYPE_PROTEIN_PAGE, name));
}

static const char *
editor_mass (Fixture *f)
{
  return gtk_entry_get_text (GTK_ENTRY (editor_child (f, "body_mass_spin")));
}

static const char *
protein_mass (Fixture *f)
{
  return gtk_entry_get_text (GTK_ENTRY (protein_child (f, "mass_entry")));
}

static const char *
editor_source (Fixture *f)
{
  return gtk_label_get_label (GTK_LABEL (editor_child (f, "body_mass_source_label")));
}

static const char *
protein_source (Fixture *f)
{
  return gtk_label_get_label (GTK_LABEL (protein_child (f, "mass_source_label")));
}

static gboolean
on_disk_override (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) loaded = hyr_state_load (f->path, &error);

  g_assert_no_error (error);
  return hyr_profile_get_body_mass_override (hyr_state_get_profile (loaded));
}

/* The tracker has 80 kg, the profile an old 72.5 kg: both pages show 80
 * and say it is the tracker's. Before, the Planner's form showed 72.5 and
 * the Protein page 80. */
static void
test_tracker_record_shown_in_both (Fixture       *f,
                                   gconstpointer  data)
{
  hyr_profile_set_body_mass (hyr_state_get_profile (f->state), 72.5);
  hyr_test_store_set_body_mass (f->store, 80);
  show_pages (f);

  g_assert_cmpstr (editor_mass (f), ==, "80.0");
  g_assert_cmpstr (protein_mass (f), ==, "80");
  g_assert_cmpstr (editor_source (f), ==, "From your tracker");
  g_assert_cmpstr (protein_source (f), ==, "From your tracker");
  g_assert_false (gtk_widget_get_visible (editor_child (f, "use_tracker_button")));
}

/* A value typed in the Planner's form over the tracker's is an override:
 * kept in the state, shown on the Protein page with the tracker's figure
 * beside it; the form's "use the tracker's" button takes it back. */
static void
test_override_from_the_planner (Fixture       *f,
                                gconstpointer  data)
{
  HyrProfile *profile = hyr_state_get_profile (f->state);
  g_autoptr(GError) error = NULL;

  hyr_test_store_set_body_mass (f->store, 80);
  show_pages (f);

  gtk_entry_set_text (GTK_ENTRY (editor_child (f, "body_mass_spin")), "75");
  flush_events ();
  g_assert_nonnull (strstr (editor_source (f), "Entered here; your tracker’s latest record is 80 kg"));
  g_assert_true (gtk_widget_get_visible (editor_child (f, "use_tracker_button")));
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (f->editor), &error));
  g_assert_no_error (error);
  flush_events ();

  g_assert_true (hyr_profile_get_body_mass_override (profile));
  g_assert_cmpfloat (hyr_profile_get_body_mass (profile), ==, 75);
  g_assert_true (on_disk_override (f));
  g_assert_cmpstr (protein_mass (f), ==, "75");
  g_assert_cmpstr (protein_source (f), ==, "Entered here; your tracker’s latest record is 80 kg");
  /* 75 × 1.6 = 120 g. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (protein_child (f, "daily_label"))), ==, "120 g");

  /* A new record in the tracker does not undo the user's choice. */
  hyr_test_store_set_body_mass (f->store, 81);
  hyr_activity_store_emit_changed (HYR_ACTIVITY_STORE (f->store));
  flush_events ();
  g_assert_cmpstr (editor_mass (f), ==, "75.0");
  g_assert_cmpstr (protein_mass (f), ==, "75");

  gtk_button_clicked (GTK_BUTTON (editor_child (f, "use_tracker_button")));
  flush_events ();
  g_assert_cmpstr (editor_mass (f), ==, "81.0");
  g_assert_cmpstr (editor_source (f), ==, "From your tracker");
  g_assert_true (hyr_profile_editor_save (HYR_PROFILE_EDITOR (f->editor), &error));
  g_assert_no_error (error);
  flush_events ();

  g_assert_false (hyr_profile_get_body_mass_override (profile));
  g_assert_false (on_disk_override (f));
  g_assert_cmpstr (protein_mass (f), ==, "81");
  g_assert_cmpstr (protein_source (f), ==, "From your tracker");
}

/* The same from the Protein page: typed there, the Planner's form shows
 * it; its "use the tracker's" button, and the form follows again. */
static void
test_override_from_the_protein_page (Fixture       *f,
                                     gconstpointer  data)
{
  GtkEntry *entry;

  hyr_test_store_set_body_mass (f->store, 80);
  show_pages (f);

  entry = GTK_ENTRY (protein_child (f, "mass_entry"));
  gtk_entry_set_text (entry, "70");
  g_signal_emit_by_name (entry, "activate");
  flush_events ();

  g_assert_true (on_disk_override (f));
  g_assert_cmpstr (editor_mass (f), ==, "70.0");
  g_assert_nonnull (strstr (editor_source (f), "80 kg"));

  /* Pages opened afresh agree, too (the Protein page used to go back to
   * the tracker's record on the next start). */
  gtk_widget_destroy (f->window);
  f->window = NULL;
  g_clear_object (&f->state);
  f->state = hyr_state_load (f->path, NULL);
  show_pages (f);
  g_assert_cmpstr (editor_mass (f), ==, "70.0");
  g_assert_cmpstr (protein_mass (f), ==, "70");

  gtk_button_clicked (GTK_BUTTON (protein_child (f, "use_tracker_button")));
  flush_events ();
  g_assert_false (on_disk_override (f));
  g_assert_cmpstr (editor_mass (f), ==, "80.0");
  g_assert_cmpstr (editor_source (f), ==, "From your tracker");
}

/* Without a record, the profile's value, said so in both. */
static void
test_no_record (Fixture       *f,
                gconstpointer  data)
{
  hyr_profile_set_body_mass (hyr_state_get_profile (f->state), 68);
  show_pages (f);

  g_assert_cmpstr (editor_mass (f), ==, "68.0");
  g_assert_cmpstr (protein_mass (f), ==, "68");
  g_assert_cmpstr (editor_source (f), ==, "Entered here");
  g_assert_cmpstr (protein_source (f), ==, "Entered here");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check (&argc, &argv))
    {
      g_test_skip ("no display");
      return g_test_run ();
    }

  g_test_add ("/body-mass/tracker-record-shown-in-both", Fixture, NULL,
              fixture_set_up, test_tracker_record_shown_in_both, fixture_tear_down);
  g_test_add ("/body-mass/override-from-the-planner", Fixture, NULL,
              fixture_set_up, test_override_from_the_planner, fixture_tear_down);
  g_test_add ("/body-mass/override-from-the-protein-page", Fixture, NULL,
              fixture_set_up, test_override_from_the_protein_page, fixture_tear_down);
  g_test_add ("/body-mass/no-record", Fixture, NULL,
              fixture_set_up, test_no_record, fixture_tear_down);

  return g_test_run ();
}
