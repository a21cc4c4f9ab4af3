/* hyr-planner-util.c — date, enum and state helpers of the planner
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-planner"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "hyr-planner-private.h"

int
_hyr_julian_day (GDateTime *when)
{
  int year, month, day;
  GDate date;

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return (int)g_date_get_julian (&date);
}

GDateTime *
_hyr_midnight (GDateTime *when)
{
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);

  return g_date_time_new (g_date_time_get_timezone (when), year, month, day, 0, 0, 0);
}

GDateTime *
_hyr_date_at (GTimeZone *zone,
              int        julian_day,
              int        hour,
              int        minute)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);

  return g_date_time_new (zone,
                          g_date_get_year (&date),
                          g_date_get_month (&date),
                          g_date_get_day (&date),
                          hour, minute, 0);
}

char *
_hyr_format_date (GDateTime *when)
{
  return g_date_time_format (when, "%Y-%m-%d");
}

GDateTime *
_hyr_parse_date (const char *text,
                 GTimeZone  *zone)
{
  int year, month, day;
  char tail;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
    return NULL;

  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new (zone, year, month, day, 0, 0, 0);
}

const char *
_hyr_weekday_name (GDateWeekday weekday)
{
  switch (weekday)
    {
    case G_DATE_MONDAY:
      return _("Monday");
    case G_DATE_TUESDAY:
      return _("Tuesday");
    case G_DATE_WEDNESDAY:
      return _("Wednesday");
    case G_DATE_THURSDAY:
      return _("Thursday");
    case G_DATE_FRIDAY:
      return _("Friday");
    case G_DATE_SATURDAY:
      return _("Saturday");
    case G_DATE_SUNDAY:
      return _("Sunday");
    case G_DATE_BAD_WEEKDAY:
    default:
      g_return_val_if_reached ("");
    }
}

/* Appends @sentence to the text in @text, one space after the sentences
 * before it; a missing or empty sentence adds nothing. */
void
_hyr_append_sentence (char       **text,
                      const char  *sentence)
{
  char *joined;

  if (sentence == NULL || *sentence == '\0')
    return;

  if (*text != NULL && **text != '\0')
    joined = g_strconcat (*text, " ", sentence, NULL);
  else
    joined = g_strdup (sentence);

  g_free (*text);
  *text = joined;
}

/* Reading the state: a member of the wrong type or out of range reads as
 * @fallback, so that a hand-edited file cannot make the planner
 * misbehave. */
double
_hyr_json_get_double (JsonObject *object,
                      const char *member,
                      double      min,
                      double      max,
                      double      fallback)
{
  JsonNode *node = json_object_get_member (object, member);
  double value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
       json_node_get_value_type (node) != G_TYPE_INT64))
    return fallback;

  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    {
      g_debug ("Ignoring %s = %g in the state: out of range", member, value);
      return fallback;
    }

  return value;
}

const char *
_hyr_json_get_string (JsonObject *object,
                      const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

gboolean
_hyr_json_get_boolean (JsonObject *object,
                       const char *member,
                       gboolean    fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;

  return json_node_get_boolean (node);
}

void
_hyr_json_object_replace (JsonObject *target,
                          JsonObject *source)
{
  g_autoptr(GList) old_members = json_object_get_members (target);
  g_autoptr(GList) new_members = NULL;

  for (const GList *l = old_members; l != NULL; l = l->next)
    json_object_remove_member (target, l->data);

  new_members = json_object_get_members (source);
  for (const GList *l = new_members; l != NULL; l = l->next)
    json_object_set_member (target, l->data,
                            json_node_copy (json_object_get_member (source, l->data)));
}

/* Announces a change of @section and saves the state. When saving fails
 * (the state is read-only because the file on disk is damaged, or the disk
 * refuses), the section gets its @backup contents back, so that memory and
 * disk keep agreeing and nothing claims to be saved that is not. */
gboolean
_hyr_state_commit (HyrState    *state,
                   const char  *section,
                   JsonObject  *backup,
                   GError     **error)
{
  hyr_state_section_changed (state, section);

  if (hyr_state_save (state, error))
    return TRUE;

  _hyr_json_object_replace (hyr_state_get_section (state, section), backup);
  hyr_state_section_changed (state, section);

  return FALSE;
}

/* The goal's race in a sentence, as in "Build for the marathon". */
const char *
_hyr_goal_race_name (HyrGoal goal)
{
  switch (goal)
    {
    case HYR_GOAL_FIVE_K:
      return C_("race in a sentence", "5 km race");
    case HYR_GOAL_TEN_K:
      return C_("race in a sentence", "10 km race");
    case HYR_GOAL_HALF_MARATHON:
      return C_("race in a sentence", "half marathon");
    case HYR_GOAL_MARATHON:
      return C_("race in a sentence", "marathon");
    case HYR_GOAL_HYPERTROPHY:
    default:
      g_return_val_if_reached ("");
    }
}
