/* hyr-state-section.c — a section of the state, as its owner reads and
 * saves it
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-state-section"

#include "config.h"

#include <math.h>

#include "hyr-state-section-private.h"

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
