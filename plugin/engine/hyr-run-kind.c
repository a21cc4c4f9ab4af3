/* hyr-run-kind.c — what the planner takes each kind of run to be: its
 * pace against an easy run's, its share of hard running, and the title of
 * a run of it
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The planner's running, the weeks it reads back from the state and their
 * totals all time and title runs the same way, because they all take it
 * from here.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hyr.h"
#include "hyr-run-kind-private.h"
#include "hyr-units-private.h"

/* The time a run of @kind takes per metre, as a multiple of the easy
 * pace. */
double
_hyr_run_kind_pace_factor (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_RECOVERY:
      return 1.10;
    case HYR_RUN_KIND_LONG:
    case HYR_RUN_KIND_HILL:
      return 1.05;
    case HYR_RUN_KIND_TEMPO:
      return 0.92;
    case HYR_RUN_KIND_INTERVAL:
      return 0.95;
    case HYR_RUN_KIND_RACE:
      return 0.90;
    case HYR_RUN_KIND_EASY:
    default:
      return 1.0;
    }
}

/* The share of a run of @kind's time that is hard running; the rest is
 * warm-up, cool-down and recoveries. */
double
_hyr_run_kind_hard_share (HyrRunKind kind)
{
  switch (kind)
    {
    case HYR_RUN_KIND_TEMPO:
      return 0.5;
    case HYR_RUN_KIND_INTERVAL:
      return 0.35;
    case HYR_RUN_KIND_HILL:
      return 0.3;
    case HYR_RUN_KIND_RACE:
      return 1.0;
    default:
      return 0;
    }
}

/* "Long run, 12.0 km" */
char *
_hyr_run_kind_title (HyrRunKind  kind,
                     double      distance,
                     const char *distance_unit)
{
  g_autofree char *distance_text = _hyr_units_format_distance (distance, distance_unit);

  return g_strdup_printf (_("%s, %s"), hyr_run_kind_get_name (kind), distance_text);
}

static const char * const race_words[] = { "race", "parkrun", "wettkampf", "competition" };

/* Whether @title names a race: #HyrRunClassifier's rule 2, looked at once
 * per activity when the history is read. */
gboolean
_hyr_run_kind_title_names_race (const char *title)
{
  g_autofree char *folded = NULL;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    return FALSE;

  folded = g_utf8_casefold (title, -1);
  for (guint i = 0; i < G_N_ELEMENTS (race_words); i++)
    {
      if (strstr (folded, race_words[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}
