/* test-modality.c — host sport names to running, strength or other
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr.h"

static char *
state_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-modality-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "state.json", NULL);
}

static void
test_defaults (void)
{
  const struct {
    const char  *sport;
    HyrModality  expected;
  } cases[] = {
    /* Running, in several languages, any case, inside longer names */
    { "Running", HYR_MODALITY_RUNNING },
    { "Run", HYR_MODALITY_RUNNING },
    { "Trail running", HYR_MODALITY_RUNNING },
    { "Treadmill", HYR_MODALITY_RUNNING },
    { "Jogging", HYR_MODALITY_RUNNING },
    { "  running  ", HYR_MODALITY_RUNNING },
    { "Laufen", HYR_MODALITY_RUNNING },
    { "Berglauf", HYR_MODALITY_RUNNING },
    { "Straßenlauf", HYR_MODALITY_RUNNING },
    { "Course à pied", HYR_MODALITY_RUNNING },
    { "COURSE À PIED", HYR_MODALITY_RUNNING },
    { "Correr", HYR_MODALITY_RUNNING },
    { "Carrera de montaña", HYR_MODALITY_RUNNING },
    { "Corsa", HYR_MODALITY_RUNNING },
    { "Hardlopen", HYR_MODALITY_RUNNING },
    { "Corrida", HYR_MODALITY_RUNNING },
    { "Löpning", HYR_MODALITY_RUNNING },
    { "Bieganie", HYR_MODALITY_RUNNING },
    { "Бег", HYR_MODALITY_RUNNING },
    { "Marathon", HYR_MODALITY_RUNNING },
    /* Strength */
    { "Gym", HYR_MODALITY_STRENGTH },
    { "Weight training", HYR_MODALITY_STRENGTH },
    { "WEIGHTLIFTING", HYR_MODALITY_STRENGTH },
    { "Strength", HYR_MODALITY_STRENGTH },
    { "Krafttraining", HYR_MODALITY_STRENGTH },
    { "Musculation", HYR_MODALITY_STRENGTH },
    { "Fuerza", HYR_MODALITY_STRENGTH },
    { "Pesas", HYR_MODALITY_STRENGTH },
    { "Pesi", HYR_MODALITY_STRENGTH },
    { "Sala pesi", HYR_MODALITY_STRENGTH },
    { "Krachttraining", HYR_MODALITY_STRENGTH },
    { "Musculação", HYR_MODALITY_STRENGTH },
    { "Powerlifting", HYR_MODALITY_STRENGTH },
    /* Other, including names that hide a running or gym word */
    { "Cycling", HYR_MODALITY_OTHER },
    { "Mountain bike trail", HYR_MODALITY_OTHER },
    { "Skilanglauf", HYR_MODALITY_OTHER },
    { "Cross-country skiing", HYR_MODALITY_OTHER },
    { "Eislaufen", HYR_MODALITY_OTHER },
    { "Gymnastics", HYR_MODALITY_OTHER },
    { "Course cycliste", HYR_MODALITY_OTHER },
    { "Vélo", HYR_MODALITY_OTHER },
    { "Swimming", HYR_MODALITY_OTHER },
    { "Walking", HYR_MODALITY_OTHER },
    { "Yoga", HYR_MODALITY_OTHER },
    { "", HYR_MODALITY_OTHER },
    { NULL, HYR_MODALITY_OTHER },
    { "\xff\xfe", HYR_MODALITY_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HyrModality got = hyr_modality_guess (cases[i].sport);

      if (got != cases[i].expected)
        g_error ("“%s”: expected %d, got %d", cases[i].sport, cases[i].expected, got);

      /* Without a state, hyr_modality_for_sport() is the guess. */
      g_assert_cmpint (hyr_modality_for_sport (NULL, cases[i].sport), ==, cases[i].expected);
    }
}

static void
count_signal (gpointer  instance,
              const char *section,
              guint    *count)
{
  g_assert_cmpstr (section, ==, "sports");
  (*count)++;
}

/* The user's choice wins over the defaults, ignores case, is saved, and can
 * be cleared. */
static void
test_overrides (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  {
    g_autoptr(HyrState) state = hyr_state_new (path);

    g_signal_connect (state, "changed::sports", G_CALLBACK (count_signal), &changes);

    g_assert_cmpint (hyr_modality_for_sport (state, "Yoga"), ==, HYR_MODALITY_OTHER);
    g_assert_false (hyr_modality_has_override (state, "Yoga"));

    g_assert_true (hyr_modality_set_override (state, "Yoga", HYR_MODALITY_STRENGTH, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (changes, ==, 1);
    g_assert_cmpint (hyr_modality_for_sport (state, "yoga"), ==, HYR_MODALITY_STRENGTH);
    g_assert_cmpint (hyr_modality_for_sport (state, " YOGA "), ==, HYR_MODALITY_STRENGTH);
    g_assert_true (hyr_modality_has_override (state, "yOGA"));

    /* An override beats a default. */
    g_assert_true (hyr_modality_set_override (state, "Laufen", HYR_MODALITY_OTHER, &error));
    g_assert_no_error (error);
    g_assert_cmpint (hyr_modality_for_sport (state, "Laufen"), ==, HYR_MODALITY_OTHER);
    g_assert_cmpint (hyr_modality_guess ("Laufen"), ==, HYR_MODALITY_RUNNING);
  }

  {
    g_autoptr(HyrState) state = hyr_state_load (path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (hyr_modality_for_sport (state, "Yoga"), ==, HYR_MODALITY_STRENGTH);
    g_assert_cmpint (hyr_modality_for_sport (state, "laufen"), ==, HYR_MODALITY_OTHER);

    g_assert_true (hyr_modality_clear_override (state, "YOGA", &error));
    g_assert_no_error (error);
    g_assert_cmpint (hyr_modality_for_sport (state, "Yoga"), ==, HYR_MODALITY_OTHER);
    g_assert_false (hyr_modality_has_override (state, "Yoga"));

    /* Clearing what is not there is fine. */
    g_assert_true (hyr_modality_clear_override (state, "Yoga", &error));
    g_assert_no_error (error);
  }
}

/* Hand-edited nonsense in the "sports" section is ignored. */
static void
test_garbage_ignored (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(HyrState) state = hyr_state_new (path);
  JsonObject *section = hyr_state_get_section (state, "sports");
  JsonObject *bogus = json_object_new ();

  json_object_set_string_member (bogus, "modality", "swimming");
  json_object_set_object_member (section, "running", bogus);
  json_object_set_string_member (section, "gym", "other");

  g_assert_cmpint (hyr_modality_for_sport (state, "Running"), ==, HYR_MODALITY_RUNNING);
  g_assert_cmpint (hyr_modality_for_sport (state, "Gym"), ==, HYR_MODALITY_STRENGTH);
  g_assert_false (hyr_modality_has_override (state, "Gym"));
}

/* A read-only state refuses and keeps what it had. */
static void
test_read_only (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(GError) reason = g_error_new_literal (HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT, "damaged");
  g_autoptr(HyrState) state = hyr_state_new_read_only (path, reason);
  g_autoptr(GError) error = NULL;

  g_assert_false (hyr_modality_set_override (state, "Yoga", HYR_MODALITY_RUNNING, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);
  g_assert_cmpint (hyr_modality_for_sport (state, "Yoga"), ==, HYR_MODALITY_OTHER);
  g_assert_cmpuint (json_object_get_size (hyr_state_get_section (state, "sports")), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/modality/defaults", test_defaults);
  g_test_add_func ("/modality/overrides", test_overrides);
  g_test_add_func ("/modality/garbage-ignored", test_garbage_ignored);
  g_test_add_func ("/modality/read-only", test_read_only);

  return g_test_run ();
}
