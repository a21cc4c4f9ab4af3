/* hyr-names.c — the names of enum values: translated ones for people,
 * nicks for the state and the exports
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The engine's titles and reasons and the views name run kinds, lifts,
 * muscles and shoe kinds the same way because they all take the names from here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hyr.h"
#include "hyr-enum-private.h"

/**
 * hyr_run_kind_get_name:
 * @kind: a kind of run
 *
 * Gets the name of @kind as the planner's sessions and the shoe
 * suggestions show it ("Long run", "Hill repeats"), translated.
 *
 * Returns: (transfer none): the name of @kind
 */
const char *
hyr_run_kind_get_name (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_RECOVERY:
      return _("Recovery run");
    case HYR_RUN_KIND_EASY:
      return _("Easy run");
    case HYR_RUN_KIND_LONG:
      return _("Long run");
    case HYR_RUN_KIND_TEMPO:
      return _("Tempo run");
    case HYR_RUN_KIND_INTERVAL:
      return _("Intervals");
    case HYR_RUN_KIND_HILL:
      return _("Hill repeats");
    case HYR_RUN_KIND_RACE:
      return _("Race");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * hyr_lift_focus_get_name:
 * @focus: the focus of a strength session
 *
 * Gets the name of @focus ("Upper body", "Full body"), translated; a
 * session without a focus is called "Strength".
 *
 * Returns: (transfer none): the name of @focus
 */
const char *
hyr_lift_focus_get_name (HyrLiftFocus focus)
{
  switch (focus)
    {
    case HYR_LIFT_FOCUS_NONE:
      return _("Strength");
    case HYR_LIFT_FOCUS_UPPER:
      return _("Upper body");
    case HYR_LIFT_FOCUS_LOWER:
      return _("Lower body");
    case HYR_LIFT_FOCUS_FULL:
      return _("Full body");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * hyr_lift_get_name:
 * @lift: a main lift
 *
 * Gets the name of @lift ("Squat", "Bench press"), translated;
 * %HYR_LIFT_NONE, the assistance work around the main lifts, is called
 * "Assistance".
 *
 * Returns: (transfer none): the name of @lift
 */
const char *
hyr_lift_get_name (HyrLift lift)
{
  switch (lift)
    {
    case HYR_LIFT_NONE:
      return _("Assistance");
    case HYR_LIFT_SQUAT:
      return _("Squat");
    case HYR_LIFT_DEADLIFT:
      return _("Deadlift");
    case HYR_LIFT_BENCH_PRESS:
      return _("Bench press");
    case HYR_LIFT_OVERHEAD_PRESS:
      return _("Overhead press");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * hyr_shoe_kind_get_name:
 * @kind: a kind of shoe
 *
 * Gets the name of @kind ("Cushioned", "Minimalist"), translated.
 *
 * Returns: (transfer none): the name of @kind
 */
const char *
hyr_shoe_kind_get_name (HyrShoeKind kind)
{
  switch (kind)
    {
    case HYR_SHOE_KIND_CUSHIONED:
      return _("Cushioned");
    case HYR_SHOE_KIND_MINIMALIST:
      return _("Minimalist");
    case HYR_SHOE_KIND_RACING:
      return _("Racing");
    case HYR_SHOE_KIND_TRAIL:
      return _("Trail");
    case HYR_SHOE_KIND_OTHER:
      return _("Other");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * hyr_muscle_get_name:
 * @muscle_id: a muscle's id as the planner's plans use it ("quadriceps")
 *
 * Gets the name of the muscle @muscle_id ("Quadriceps", "Glutes"),
 * translated, for the warnings and the views. A muscle this version
 * does not know, one a newer engine added, is shown as its id, which
 * is at least what it is called in English.
 *
 * Returns: (transfer none): the name of @muscle_id
 */
const char *
hyr_muscle_get_name (const char *muscle_id)
{
  /* The context keeps the muscle "Back" apart from a button's "Back". */
  static const struct { const char *id; const char *name; } names[] = {
    { "chest", NC_("muscle", "Chest") },
    { "back", NC_("muscle", "Back") },
    { "shoulders", NC_("muscle", "Shoulders") },
    { "biceps", NC_("muscle", "Biceps") },
    { "triceps", NC_("muscle", "Triceps") },
    { "quadriceps", NC_("muscle", "Quadriceps") },
    { "hamstrings", NC_("muscle", "Hamstrings") },
    { "glutes", NC_("muscle", "Glutes") },
  };

  g_return_val_if_fail (muscle_id != NULL, "");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (names[i].id, muscle_id))
        return g_dpgettext2 (GETTEXT_PACKAGE, "muscle", names[i].name);
    }

  return muscle_id;
}

const char *
_hyr_enum_to_nick (GType type,
                   int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Nicks are static strings in the generated tables. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
_hyr_enum_from_nick (GType       type,
                     const char *nick,
                     int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}
