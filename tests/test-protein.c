/* test-protein.c — protein targets: known answers, units, limits, warnings, body mass source
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <math.h>
#include <string.h>

#include "hyr.h"

/* Expected values are worked out by hand in the comments, from the factors
 * in DOMAIN.md (maintain 1.2, build 1.6, build-max 2.2, cut 2.4 g/kg a day)
 * and the ranges the calculator documents (1.2–1.6, 1.6–2.2, 1.6–2.2,
 * 2.2–3.1 g/kg). */
#define EPSILON 1e-9

/* A host that knows a body mass and records when it was asked for it. */
#define FIXTURE_TYPE_STORE (fixture_store_get_type ())
G_DECLARE_FINAL_TYPE (FixtureStore, fixture_store, FIXTURE, STORE, GObject)

struct _FixtureStore
{
  GObject    parent_instance;
  double     body_mass;
  GDateTime *asked_at;
};

static void fixture_store_iface_init (HyrActivityStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FixtureStore, fixture_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE,
                                                      fixture_store_iface_init))

static double
fixture_store_get_body_mass (HyrActivityStore *store,
                             GDateTime        *when)
{
  FixtureStore *self = FIXTURE_STORE (store);

  g_clear_pointer (&self->asked_at, g_date_time_unref);
  self->asked_at = g_date_time_ref (when);

  return self->body_mass;
}

static void
fixture_store_iface_init (HyrActivityStoreInterface *iface)
{
  iface->get_body_mass = fixture_store_get_body_mass;
}

static void
fixture_store_finalize (GObject *object)
{
  g_clear_pointer (&FIXTURE_STORE (object)->asked_at, g_date_time_unref);

  G_OBJECT_CLASS (fixture_store_parent_class)->finalize (object);
}

static void
fixture_store_class_init (FixtureStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fixture_store_finalize;
}

static void
fixture_store_init (FixtureStore *self)
{
}

static FixtureStore *
fixture_store_new (double body_mass)
{
  FixtureStore *self = g_object_new (FIXTURE_TYPE_STORE, NULL);

  self->body_mass = body_mass;
  return self;
}

/* A host that implements nothing about body mass: the contract's default. */
#define FIXTURE_TYPE_BARE_STORE (fixture_bare_store_get_type ())
G_DECLARE_FINAL_TYPE (FixtureBareStore, fixture_bare_store, FIXTURE, BARE_STORE, GObject)

struct _FixtureBareStore
{
  GObject parent_instance;
};

static void
fixture_bare_store_iface_init (HyrActivityStoreInterface *iface)
{
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FixtureBareStore, fixture_bare_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HYR_TYPE_ACTIVITY_STORE,
                                                      fixture_bare_store_iface_init))

static void
fixture_bare_store_class_init (FixtureBareStoreClass *klass)
{
}

static void
fixture_bare_store_init (FixtureBareStore *self)
{
}

static HyrProteinTarget *
target_or_fail (double         body_mass,
                HyrProteinGoal goal,
                guint          meals)
{
  g_autoptr(GError) error = NULL;
  HyrProteinTarget *target = hyr_protein_target (body_mass, goal, meals, &error);

  g_assert_no_error (error);
  g_assert_nonnull (target);
  return target;
}

static void
assert_target (HyrProteinTarget *target,
               double            daily,
               double            per_meal,
               double            low,
               double            high,
               double            grams_per_kg)
{
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_daily (target), daily, EPSILON);
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_per_meal (target), per_meal, EPSILON);
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_low (target), low, EPSILON);
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_high (target), high, EPSILON);
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_grams_per_kg (target), grams_per_kg,
                                  EPSILON);
}

static void
test_goal_build (void)
{
  g_autoptr(HyrProteinTarget) target = target_or_fail (80, HYR_PROTEIN_GOAL_BUILD, 4);

  /* 80 × 1.6 = 128 g; 128 / 4 = 32 g; range 80 × 1.6 = 128 to 80 × 2.2 = 176 g. */
  assert_target (target, 128, 32, 128, 176, 1.6);
  /* 1.6 / 4 = 0.4 g/kg a meal: exactly enough, no warning. */
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_per_meal_grams_per_kg (target), 0.4,
                                  EPSILON);
  g_assert_null (hyr_protein_target_get_warning (target));
  g_assert_cmpfloat (hyr_protein_target_get_body_mass (target), ==, 80);
  g_assert_cmpint (hyr_protein_target_get_goal (target), ==, HYR_PROTEIN_GOAL_BUILD);
  g_assert_cmpuint (hyr_protein_target_get_meals (target), ==, 4);
}

static void
test_goal_maintain (void)
{
  g_autoptr(HyrProteinTarget) target = target_or_fail (80, HYR_PROTEIN_GOAL_MAINTAIN, 3);

  /* 80 × 1.2 = 96 g; 96 / 3 = 32 g; range 80 × 1.2 = 96 to 80 × 1.6 = 128 g. */
  assert_target (target, 96, 32, 96, 128, 1.2);
  g_assert_null (hyr_protein_target_get_warning (target));
}

static void
test_goal_build_max (void)
{
  g_autoptr(HyrProteinTarget) target = target_or_fail (80, HYR_PROTEIN_GOAL_BUILD_MAX, 4);

  /* 80 × 2.2 = 176 g; 176 / 4 = 44 g = 0.55 g/kg a meal, Schoenfeld & Aragon's
   * figure at 2.2 g/kg a day; range 128 to 176 g. */
  assert_target (target, 176, 44, 128, 176, 2.2);
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_per_meal_grams_per_kg (target), 0.55,
                                  EPSILON);
  g_assert_null (hyr_protein_target_get_warning (target));
}

static void
test_goal_cut (void)
{
  g_autoptr(HyrProteinTarget) target = target_or_fail (80, HYR_PROTEIN_GOAL_CUT, 4);

  /* 80 × 2.4 = 192 g; 192 / 4 = 48 g; range 80 × 2.2 = 176 to 80 × 3.1 = 248 g. */
  assert_target (target, 192, 48, 176, 248, 2.4);
  g_assert_null (hyr_protein_target_get_warning (target));
}

static void
test_odd_numbers (void)
{
  g_autoptr(HyrProteinTarget) target = target_or_fail (63.5, HYR_PROTEIN_GOAL_BUILD, 3);

  /* 63.5 × 1.6 = 101.6 g; 101.6 / 3 = 33.8666… g; range 101.6 to 63.5 × 2.2 = 139.7 g. */
  assert_target (target, 101.6, 101.6 / 3, 101.6, 139.7, 1.6);
}

static void
test_goal_factors (void)
{
  double low, high;

  g_assert_cmpfloat (hyr_protein_goal_get_grams_per_kg (HYR_PROTEIN_GOAL_MAINTAIN), ==, 1.2);
  g_assert_cmpfloat (hyr_protein_goal_get_grams_per_kg (HYR_PROTEIN_GOAL_BUILD), ==, 1.6);
  g_assert_cmpfloat (hyr_protein_goal_get_grams_per_kg (HYR_PROTEIN_GOAL_BUILD_MAX), ==, 2.2);
  g_assert_cmpfloat (hyr_protein_goal_get_grams_per_kg (HYR_PROTEIN_GOAL_CUT), ==, 2.4);

  hyr_protein_goal_get_range (HYR_PROTEIN_GOAL_BUILD, &low, &high);
  g_assert_cmpfloat (low, ==, 1.6);
  g_assert_cmpfloat (high, ==, 2.2);
  hyr_protein_goal_get_range (HYR_PROTEIN_GOAL_CUT, &low, &high);
  g_assert_cmpfloat (low, ==, 2.2);
  g_assert_cmpfloat (high, ==, 3.1);
}

static void
test_properties (void)
{
  g_autoptr(HyrProteinTarget) target = target_or_fail (80, HYR_PROTEIN_GOAL_MAINTAIN, 4);
  g_auto(GStrv) notes = NULL;
  g_autofree char *warning = NULL;
  double daily, per_meal, low, high, grams_per_kg;
  HyrProteinGoal goal;
  guint meals;

  g_object_get (target,
                "daily", &daily,
                "per-meal", &per_meal,
                "low", &low,
                "high", &high,
                "grams-per-kg", &grams_per_kg,
                "goal", &goal,
                "meals", &meals,
                "warning", &warning,
                "notes", &notes,
                NULL);

  /* 80 × 1.2 = 96; 96 / 4 = 24; range 96 to 128. */
  g_assert_cmpfloat_with_epsilon (daily, 96, EPSILON);
  g_assert_cmpfloat_with_epsilon (per_meal, 24, EPSILON);
  g_assert_cmpfloat_with_epsilon (low, 96, EPSILON);
  g_assert_cmpfloat_with_epsilon (high, 128, EPSILON);
  g_assert_cmpfloat (grams_per_kg, ==, 1.2);
  g_assert_cmpint (goal, ==, HYR_PROTEIN_GOAL_MAINTAIN);
  g_assert_cmpuint (meals, ==, 4);
  g_assert_cmpstr (warning, ==, hyr_protein_target_get_warning (target));
  g_assert_cmpuint (g_strv_length (notes), ==,
                    g_strv_length ((GStrv)hyr_protein_target_get_notes (target)));
}

static void
test_pounds (void)
{
  g_autoptr(HyrProteinTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  double kg = 0;

  g_assert_cmpfloat (hyr_protein_mass_to_kg (1, HYR_MASS_UNIT_LB), ==, 0.45359237);
  g_assert_cmpfloat (hyr_protein_mass_to_kg (72.5, HYR_MASS_UNIT_KG), ==, 72.5);
  g_assert_cmpfloat_with_epsilon (hyr_protein_mass_from_kg (0.45359237, HYR_MASS_UNIT_LB), 1,
                                  EPSILON);
  g_assert_cmpfloat (hyr_protein_mass_from_kg (72.5, HYR_MASS_UNIT_KG), ==, 72.5);

  /* 160 lb × 0.45359237 = 72.5747792 kg. */
  g_assert_true (hyr_protein_parse_body_mass ("160", HYR_MASS_UNIT_LB, &kg, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (kg, 72.5747792, EPSILON);

  /* Build: 72.5747792 × 1.6 = 116.11964672 g; / 4 = 29.02991168 g;
   * high 72.5747792 × 2.2 = 159.66451424 g. */
  target = target_or_fail (kg, HYR_PROTEIN_GOAL_BUILD, 4);
  assert_target (target, 116.11964672, 29.02991168, 116.11964672, 159.66451424, 1.6);
  g_clear_object (&target);

  /* 200 lb = 90.718474 kg; cut: × 2.4 = 217.7243376 g; / 5 = 43.54486752 g;
   * range × 2.2 = 199.5806428 to × 3.1 = 281.2272694 g. */
  g_assert_true (hyr_protein_parse_body_mass ("200", HYR_MASS_UNIT_LB, &kg, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (kg, 90.718474, EPSILON);
  target = target_or_fail (kg, HYR_PROTEIN_GOAL_CUT, 5);
  assert_target (target, 217.7243376, 43.54486752, 199.5806428, 281.2272694, 2.4);
}

static void
test_parse (void)
{
  const struct {
    const char  *text;
    HyrMassUnit  unit;
    double       kg;
  } good[] = {
    { "72.5", HYR_MASS_UNIT_KG, 72.5 },
    { "72,5", HYR_MASS_UNIT_KG, 72.5 },
    { "  80 ", HYR_MASS_UNIT_KG, 80 },
    { "80.", HYR_MASS_UNIT_KG, 80 },
    { "25", HYR_MASS_UNIT_KG, 25 },
    { "350", HYR_MASS_UNIT_KG, 350 },
    /* 55.2 × 0.45359237 = 25.038298824; 771.6 × 0.45359237 = 349.991872692 */
    { "55.2", HYR_MASS_UNIT_LB, 25.038298824 },
    { "771.6", HYR_MASS_UNIT_LB, 349.991872692 },
  };
  const struct {
    const char  *text;
    HyrMassUnit  unit;
  } bad[] = {
    { "", HYR_MASS_UNIT_KG },
    { "   ", HYR_MASS_UNIT_KG },
    { "abc", HYR_MASS_UNIT_KG },
    { "80kg", HYR_MASS_UNIT_KG },
    { "-80", HYR_MASS_UNIT_KG },
    { "+80", HYR_MASS_UNIT_KG },
    { "1e2", HYR_MASS_UNIT_KG },
    { "inf", HYR_MASS_UNIT_KG },
    { "nan", HYR_MASS_UNIT_KG },
    { "0x50", HYR_MASS_UNIT_KG },
    { "72.5.1", HYR_MASS_UNIT_KG },
    { ".", HYR_MASS_UNIT_KG },
    { "24.99", HYR_MASS_UNIT_KG },
    { "350.01", HYR_MASS_UNIT_KG },
    /* 55.1 lb = 24.992939587 kg; 771.7 lb = 350.037231929 kg */
    { "55.1", HYR_MASS_UNIT_LB },
    { "771.7", HYR_MASS_UNIT_LB },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double kg = 0;

      g_test_message ("“%s”", good[i].text);
      g_assert_true (hyr_protein_parse_body_mass (good[i].text, good[i].unit, &kg, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (kg, good[i].kg, EPSILON);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double kg = -1;

      g_test_message ("“%s”", bad[i].text);
      g_assert_false (hyr_protein_parse_body_mass (bad[i].text, bad[i].unit, &kg, &error));
      g_assert_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_cmpfloat (kg, ==, -1);
    }
}

static void
test_parse_messages_name_the_limits (void)
{
  g_autoptr(GError) kg_error = NULL;
  g_autoptr(GError) lb_error = NULL;

  g_assert_false (hyr_protein_parse_body_mass ("400", HYR_MASS_UNIT_KG, NULL, &kg_error));
  g_assert_nonnull (strstr (kg_error->message, "25"));
  g_assert_nonnull (strstr (kg_error->message, "350 kg"));

  /* 25 kg = 55.1156 lb, rounded up to 55.2; 350 kg = 771.617 lb, rounded
   * down to 771.6, so that every value the message names is accepted. */
  g_assert_false (hyr_protein_parse_body_mass ("40", HYR_MASS_UNIT_LB, NULL, &lb_error));
  g_assert_nonnull (strstr (lb_error->message, "55.2"));
  g_assert_nonnull (strstr (lb_error->message, "771.6 lb"));
}

static void
test_body_mass_limits (void)
{
  const double valid[] = { 25, 25.0001, 80, 349.999, 350 };
  const double invalid[] = { 24.99, 350.01, 0, -80, NAN, INFINITY, -INFINITY };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(HyrProteinTarget) target = target_or_fail (valid[i], HYR_PROTEIN_GOAL_BUILD, 4);

      /* body mass × 1.6 */
      g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_daily (target), valid[i] * 1.6,
                                      EPSILON);
      g_assert_true (hyr_protein_check_body_mass (valid[i], NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) check_error = NULL;
      g_autoptr(HyrProteinTarget) target = NULL;

      g_test_message ("%g kg", invalid[i]);
      target = hyr_protein_target (invalid[i], HYR_PROTEIN_GOAL_BUILD, 4, &error);
      g_assert_null (target);
      g_assert_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT);
      g_assert_false (hyr_protein_check_body_mass (invalid[i], &check_error));
      g_assert_error (check_error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT);
      g_assert_cmpstr (error->message, ==, check_error->message);
    }
}

static void
test_meals_limits (void)
{
  g_autoptr(HyrProteinTarget) one = target_or_fail (80, HYR_PROTEIN_GOAL_BUILD, 1);
  g_autoptr(HyrProteinTarget) eight = target_or_fail (80, HYR_PROTEIN_GOAL_BUILD, 8);
  const guint invalid[] = { 0, 9, G_MAXUINT };

  /* 128 g in one meal; 128 / 8 = 16 g. */
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_per_meal (one), 128, EPSILON);
  g_assert_cmpfloat_with_epsilon (hyr_protein_target_get_per_meal (eight), 16, EPSILON);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HyrProteinTarget) target = NULL;

      target = hyr_protein_target (80, HYR_PROTEIN_GOAL_BUILD, invalid[i], &error);
      g_assert_null (target);
      g_assert_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, "8"));
    }
}

static void
test_invalid_goal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrProteinTarget) target = NULL;

  target = hyr_protein_target (80, (HyrProteinGoal)99, 4, &error);
  g_assert_null (target);
  g_assert_error (error, HYR_PROTEIN_ERROR, HYR_PROTEIN_ERROR_INVALID_INPUT);
}

static void
test_per_meal_warning (void)
{
  g_autoptr(HyrProteinTarget) maintain = target_or_fail (80, HYR_PROTEIN_GOAL_MAINTAIN, 4);
  g_autoptr(HyrProteinTarget) build = target_or_fail (70, HYR_PROTEIN_GOAL_BUILD, 5);
  g_autoptr(HyrProteinTarget) cut_six = target_or_fail (70, HYR_PROTEIN_GOAL_CUT, 6);
  g_autoptr(HyrProteinTarget) cut_seven = target_or_fail (70, HYR_PROTEIN_GOAL_CUT, 7);
  const char *warning;

  /* 1.2 / 4 = 0.30 g/kg a meal, below 0.4; 1.2 / 0.4 = 3 meals reach it. */
  warning = hyr_protein_target_get_warning (maintain);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "0.30"));
  g_assert_nonnull (strstr (warning, "3 meals"));

  /* 1.6 / 5 = 0.32 g/kg; 1.6 / 0.4 = 4 meals. */
  warning = hyr_protein_target_get_warning (build);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "0.32"));
  g_assert_nonnull (strstr (warning, "4 meals"));

  /* 2.4 / 6 = 0.4 g/kg: enough. 2.4 / 7 = 0.343 g/kg: not; 6 meals reach it. */
  g_assert_null (hyr_protein_target_get_warning (cut_six));
  warning = hyr_protein_target_get_warning (cut_seven);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "0.34"));
  g_assert_nonnull (strstr (warning, "6 meals"));
}

static gboolean
notes_mention (HyrProteinTarget *target,
               const char       *text)
{
  const char * const *notes = hyr_protein_target_get_notes (target);

  for (guint i = 0; notes[i] != NULL; i++)
    {
      if (strstr (notes[i], text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_notes (void)
{
  for (HyrProteinGoal goal = HYR_PROTEIN_GOAL_MAINTAIN; goal <= HYR_PROTEIN_GOAL_CUT; goal++)
    {
      g_autoptr(HyrProteinTarget) target = target_or_fail (80, goal, 4);

      g_assert_true (notes_mention (target, "Morton et al. 2018"));
      g_assert_true (notes_mention (target, "1.62 g/kg"));
      g_assert_true (notes_mention (target, "1.03–2.20"));
      g_assert_true (notes_mention (target, "Schoenfeld & Aragon 2018"));
      g_assert_true (notes_mention (target, "0.55 g/kg"));
      g_assert_cmpint (notes_mention (target, "2.3–3.1 g/kg of fat-free mass"), ==,
                       goal == HYR_PROTEIN_GOAL_CUT);
    }
}

static void
test_host_body_mass_first (void)
{
  g_autoptr(FixtureStore) store = fixture_store_new (82.5);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 14, 7, 30, 0);
  HyrBodyMassSource source = HYR_BODY_MASS_SOURCE_NONE;
  double mass;

  mass = hyr_protein_resolve_body_mass (HYR_ACTIVITY_STORE (store), when, 70, &source);
  g_assert_cmpfloat (mass, ==, 82.5);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_HOST);
  g_assert_nonnull (store->asked_at);
  g_assert_true (g_date_time_equal (store->asked_at, when));

  /* The host's answer wins even without a profile, and the source may be
   * left out. */
  mass = hyr_protein_resolve_body_mass (HYR_ACTIVITY_STORE (store), when, 0, NULL);
  g_assert_cmpfloat (mass, ==, 82.5);
}

static void
test_profile_when_host_knows_none (void)
{
  g_autoptr(FixtureStore) unknown = fixture_store_new (0);
  g_autoptr(FixtureStore) nonsense = fixture_store_new (1e300);
  g_autoptr(FixtureBareStore) bare = g_object_new (FIXTURE_TYPE_BARE_STORE, NULL);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 14, 7, 30, 0);
  HyrBodyMassSource source = HYR_BODY_MASS_SOURCE_NONE;
  double mass;

  /* 0 from the host means unknown: the profile's body mass is used. */
  mass = hyr_protein_resolve_body_mass (HYR_ACTIVITY_STORE (unknown), when, 70, &source);
  g_assert_cmpfloat (mass, ==, 70);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_PROFILE);

  /* A host that never implemented get_body_mass answers 0 by default. */
  source = HYR_BODY_MASS_SOURCE_NONE;
  mass = hyr_protein_resolve_body_mass (HYR_ACTIVITY_STORE (bare), when, 70, &source);
  g_assert_cmpfloat (mass, ==, 70);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_PROFILE);

  /* Nonsense from the host counts as unknown. */
  source = HYR_BODY_MASS_SOURCE_NONE;
  mass = hyr_protein_resolve_body_mass (HYR_ACTIVITY_STORE (nonsense), when, 70, &source);
  g_assert_cmpfloat (mass, ==, 70);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_PROFILE);

  /* Without a host at all. */
  source = HYR_BODY_MASS_SOURCE_NONE;
  mass = hyr_protein_resolve_body_mass (NULL, when, 70, &source);
  g_assert_cmpfloat (mass, ==, 70);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_PROFILE);
}

static void
test_no_body_mass_known (void)
{
  g_autoptr(FixtureStore) unknown = fixture_store_new (0);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 14, 7, 30, 0);
  HyrBodyMassSource source = HYR_BODY_MASS_SOURCE_HOST;
  double mass;

  mass = hyr_protein_resolve_body_mass (HYR_ACTIVITY_STORE (unknown), when, 0, &source);
  g_assert_cmpfloat (mass, ==, 0);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_NONE);

  /* A profile value outside the limits is not used either. */
  source = HYR_BODY_MASS_SOURCE_HOST;
  mass = hyr_protein_resolve_body_mass (NULL, when, 20, &source);
  g_assert_cmpfloat (mass, ==, 0);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_NONE);

  source = HYR_BODY_MASS_SOURCE_HOST;
  mass = hyr_protein_resolve_body_mass (NULL, when, NAN, &source);
  g_assert_cmpfloat (mass, ==, 0);
  g_assert_cmpint (source, ==, HYR_BODY_MASS_SOURCE_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/protein/goal/build", test_goal_build);
  g_test_add_func ("/protein/goal/maintain", test_goal_maintain);
  g_test_add_func ("/protein/goal/build-max", test_goal_build_max);
  g_test_add_func ("/protein/goal/cut", test_goal_cut);
  g_test_add_func ("/protein/goal/odd-numbers", test_odd_numbers);
  g_test_add_func ("/protein/goal/factors", test_goal_factors);
  g_test_add_func ("/protein/target/properties", test_properties);
  g_test_add_func ("/protein/unit/pounds", test_pounds);
  g_test_add_func ("/protein/input/parse", test_parse);
  g_test_add_func ("/protein/input/messages-name-the-limits", test_parse_messages_name_the_limits);
  g_test_add_func ("/protein/input/body-mass-limits", test_body_mass_limits);
  g_test_add_func ("/protein/input/meals-limits", test_meals_limits);
  g_test_add_func ("/protein/input/invalid-goal", test_invalid_goal);
  g_test_add_func ("/protein/per-meal-warning", test_per_meal_warning);
  g_test_add_func ("/protein/notes", test_notes);
  g_test_add_func ("/protein/body-mass/host-first", test_host_body_mass_first);
  g_test_add_func ("/protein/body-mass/profile-when-host-knows-none",
                   test_profile_when_host_knows_none);
  g_test_add_func ("/protein/body-mass/none", test_no_body_mass_known);

  return g_test_run ();
}
