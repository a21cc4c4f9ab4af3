/* hyr-shoe-storage.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoe-storage"

#include "config.h"

#include "hyr-enum-private.h"
#include "hyr-private.h"
#include "hyr-shoe-storage.h"
#include "hyr-state-private.h"

/* The "shoes" section of the state, read and written; the layout is in the
 * description of #HyrShoeRotation. The storage writes what it is given:
 * #HyrShoeRotation checks the values and that the pairs exist before. */

struct _HyrShoeStorage
{
  GObject   parent_instance;

  HyrState *state;
};

G_DEFINE_FINAL_TYPE (HyrShoeStorage, _hyr_shoe_storage, G_TYPE_OBJECT)

HyrShoePair *
_hyr_shoe_pair_new (const char *id,
                    const char *name)
{
  HyrShoePair *pair = g_new0 (HyrShoePair, 1);

  pair->id = g_strdup (id);
  pair->name = g_strdup (name);
  pair->active = TRUE;

  return pair;
}

void
_hyr_shoe_pair_free (HyrShoePair *pair)
{
  g_free (pair->id);
  g_free (pair->name);
  g_free (pair->sort_key);
  g_clear_pointer (&pair->since, g_date_time_unref);
  g_clear_pointer (&pair->until, g_date_time_unref);
  g_free (pair);
}

/* The key @pair's name sorts by in the user's language
 * (g_utf8_collate_key()): made once for the settings the rotation keeps,
 * not again for every comparison of every refresh. */
const char *
_hyr_shoe_pair_get_sort_key (HyrShoePair *pair)
{
  if (pair->sort_key == NULL)
    pair->sort_key = g_utf8_collate_key (pair->name != NULL ? pair->name : "", -1);

  return pair->sort_key;
}

HyrShoeSettings *
_hyr_shoe_settings_new (void)
{
  HyrShoeSettings *settings = g_new0 (HyrShoeSettings, 1);

  settings->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify)_hyr_shoe_pair_free);
  settings->assignments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return settings;
}

void
_hyr_shoe_settings_free (HyrShoeSettings *settings)
{
  g_ptr_array_unref (settings->pairs);
  for (guint i = 0; i < G_N_ELEMENTS (settings->defaults); i++)
    g_free (settings->defaults[i]);
  g_hash_table_unref (settings->assignments);
  g_free (settings);
}

static void
_hyr_shoe_storage_dispose (GObject *object)
{
  HyrShoeStorage *self = (HyrShoeStorage *)object;

  g_clear_object (&self->state);

  G_OBJECT_CLASS (_hyr_shoe_storage_parent_class)->dispose (object);
}

static void
_hyr_shoe_storage_class_init (HyrShoeStorageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = _hyr_shoe_storage_dispose;
}

static void
_hyr_shoe_storage_init (HyrShoeStorage *self)
{
}

HyrShoeStorage *
_hyr_shoe_storage_new (HyrState *state)
{
  HyrShoeStorage *self;

  g_return_val_if_fail (HYR_IS_STATE (state), NULL);

  self = g_object_new (HYR_TYPE_SHOE_STORAGE, NULL);
  self->state = g_object_ref (state);

  return self;
}

/* The state file may have been edited by hand, so every member is checked
 * for its type before use. */
static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* A distance from the state: finite, positive and plausible, else 0. */
static double
distance_member (JsonObject *object,
                 const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
    return 0;

  return _hyr_sanitize (json_node_get_double (node), HYR_MAX_GEAR_DISTANCE, "shoe distance");
}

static GDateTime *
date_member (JsonObject *object,
             const char *name)
{
  const char *text = string_member (object, name);

  return text != NULL ? _hyr_state_plausible_date (g_date_time_new_from_iso8601 (text, NULL), name)
                      : NULL;
}

static JsonObject *
ensure_object_member (JsonObject *object,
                      const char *name)
{
  JsonObject *member = object_member (object, name);

  if (member == NULL)
    {
      member = json_object_new ();
      json_object_set_object_member (object, name, member);
    }

  return member;
}

static JsonObject *
section (HyrShoeStorage *self)
{
  return hyr_state_get_section (self->state, HYR_SHOES_SECTION);
}

/* Reads the pairs: the host's gear first, then the plugin's own pairs and
 * the user's settings from the state. Duplicates and entries without an
 * identifier are dropped; a pair without a name shows its identifier. */
static void
read_pairs (JsonObject *stored,
            GPtrArray  *gear,
            GPtrArray  *pairs)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GList) ids = NULL;

  for (guint i = 0; i < gear->len; i++)
    {
      HyrGear *item = g_ptr_array_index (gear, i);
      const char *id = hyr_gear_get_id (item);
      const char *name = hyr_gear_get_name (item);
      g_autofree char *shown = NULL;
      HyrShoePair *pair;

      if (id == NULL || id[0] == '\0')
        continue;

      if (g_hash_table_contains (by_id, id))
        {
          g_debug ("Ignoring a second pair with the identifier “%s”", id);
          continue;
        }

      shown = g_utf8_make_valid (name != NULL && name[0] != '\0' ? name : id, -1);
      pair = _hyr_shoe_pair_new (id, shown);
      pair->from_host = TRUE;
      pair->active = hyr_gear_get_active (item);
      pair->prior_distance = hyr_gear_get_prior_distance (item);
      pair->host_retire_distance = hyr_gear_get_retire_distance (item);
      pair->kind = hyr_shoe_kind_guess (pair->name, &pair->kind_guessed);
      g_ptr_array_add (pairs, pair);
      g_hash_table_insert (by_id, pair->id, pair);
    }

  if (stored == NULL)
    return;

  ids = json_object_get_members (stored);
  for (const GList *l = ids; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonObject *entry = object_member (stored, id);
      HyrShoePair *pair;
      int kind;

      if (entry == NULL || id[0] == '\0')
        continue;

      pair = g_hash_table_lookup (by_id, id);

      if (json_object_get_boolean_member_with_default (entry, "own", FALSE))
        {
          const char *name = string_member (entry, "name");

          if (pair != NULL)
            {
              g_debug ("The host has a pair “%s” too; showing the host's", id);
              continue;
            }

          pair = _hyr_shoe_pair_new (id, name != NULL && name[0] != '\0' ? name : id);
          pair->from_host = FALSE;
          pair->prior_distance = distance_member (entry, "prior-distance");
          pair->since = date_member (entry, "added");
          pair->until = date_member (entry, "retired");
          pair->active = !json_object_has_member (entry, "retired");
          pair->kind = hyr_shoe_kind_guess (pair->name, &pair->kind_guessed);
          g_ptr_array_add (pairs, pair);
          g_hash_table_insert (by_id, pair->id, pair);
        }
      else if (pair == NULL)
        {
          /* Settings of a pair the host no longer lists: kept for when it
           * comes back. */
          continue;
        }

      if (_hyr_enum_from_nick (HYR_TYPE_SHOE_KIND, string_member (entry, "kind"), &kind))
        {
          pair->kind = kind;
          pair->kind_guessed = FALSE;
        }

      pair->user_retire_distance = distance_member (entry, "retire-distance");
    }
}

/*
 * _hyr_shoe_storage_read:
 * @gear: (element-type HyrGear): the host's equipment
 *
 * Reads the pairs, the host's and the plugin's own, with the user's
 * settings for them, the default pair of each run kind and the pairs the
 * user chose for single activities.
 *
 * Returns: (transfer full): the settings
 */
HyrShoeSettings *
_hyr_shoe_storage_read (HyrShoeStorage *self,
                        GPtrArray      *gear)
{
  g_autoptr(HyrShoeSettings) settings = _hyr_shoe_settings_new ();
  JsonObject *shoes;
  JsonObject *defaults;
  JsonObject *assignments;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), NULL);
  g_return_val_if_fail (gear != NULL, NULL);

  shoes = section (self);
  read_pairs (object_member (shoes, "pairs"), gear, settings->pairs);

  defaults = object_member (shoes, "defaults");
  for (guint kind = 0; kind < HYR_SHOE_N_RUN_KINDS; kind++)
    settings->defaults[kind] = g_strdup (string_member (defaults, _hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind)));

  assignments = object_member (shoes, "assignments");
  if (assignments != NULL)
    {
      g_autoptr(GList) ids = json_object_get_members (assignments);

      for (const GList *l = ids; l != NULL; l = l->next)
        {
          const char *gear_id = string_member (assignments, l->data);

          if (gear_id != NULL)
            g_hash_table_insert (settings->assignments, g_strdup (l->data), g_strdup (gear_id));
        }
    }

  return g_steal_pointer (&settings);
}

/*
 * _hyr_shoe_storage_get_default:
 *
 * Returns: (nullable): the identifier the user chose as the default pair
 *   for runs of @kind, which may name a pair that no longer exists
 */
const char *
_hyr_shoe_storage_get_default (HyrShoeStorage *self,
                               HyrRunKind      kind)
{
  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), NULL);

  return string_member (object_member (section (self), "defaults"),
                        _hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind));
}

/*
 * _hyr_shoe_storage_get_assignment:
 *
 * Returns: (nullable): the identifier of the pair the user chose for the
 *   activity @activity_id, which may name a pair that no longer exists
 */
const char *
_hyr_shoe_storage_get_assignment (HyrShoeStorage *self,
                                  const char     *activity_id)
{
  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), NULL);
  g_return_val_if_fail (activity_id != NULL, NULL);

  return string_member (object_member (section (self), "assignments"), activity_id);
}

/* Edits go through begin_edit() and commit_edit(): a read-only state
 * refuses before anything changes, and when saving fails the section is
 * put back as it was, so that memory and disk agree. */
static char *
begin_edit (HyrShoeStorage  *self,
            GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  if (hyr_state_get_read_only (self->state))
    {
      /* hyr_state_save() refuses and says why. */
      if (!hyr_state_save (self->state, error))
        return NULL;
    }

  node = json_node_init_object (json_node_alloc (), section (self));

  return json_to_string (node, FALSE);
}

static gboolean
commit_edit (HyrShoeStorage  *self,
             const char      *backup,
             GError         **error)
{
  JsonObject *shoes = section (self);
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GList) names = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  hyr_state_section_changed (self->state, HYR_SHOES_SECTION);

  if (hyr_state_save (self->state, error))
    return TRUE;

  names = json_object_get_members (shoes);
  for (const GList *l = names; l != NULL; l = l->next)
    g_ptr_array_add (keys, g_strdup (l->data));
  for (guint i = 0; i < keys->len; i++)
    json_object_remove_member (shoes, g_ptr_array_index (keys, i));

  saved = json_from_string (backup, NULL);
  if (saved != NULL && JSON_NODE_HOLDS_OBJECT (saved))
    {
      JsonObject *object = json_node_get_object (saved);
      g_autoptr(GList) members = json_object_get_members (object);

      for (const GList *l = members; l != NULL; l = l->next)
        json_object_set_member (shoes, l->data,
                                json_node_copy (json_object_get_member (object, l->data)));
    }

  hyr_state_section_changed (self->state, HYR_SHOES_SECTION);

  return FALSE;
}

/* The state entry of a pair, made when missing. */
static JsonObject *
pair_entry (HyrShoeStorage *self,
            const char     *gear_id)
{
  return ensure_object_member (ensure_object_member (section (self), "pairs"), gear_id);
}

/* Sets the kind of a pair, the host's or an own one. */
gboolean
_hyr_shoe_storage_set_kind (HyrShoeStorage  *self,
                            const char      *gear_id,
                            HyrShoeKind      kind,
                            GError         **error)
{
  g_autofree char *backup = NULL;
  const char *nick;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);

  nick = _hyr_enum_to_nick (HYR_TYPE_SHOE_KIND, kind);
  g_return_val_if_fail (nick != NULL, FALSE);

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  json_object_set_string_member (pair_entry (self, gear_id), "kind", nick);

  return commit_edit (self, backup, error);
}

/* Sets the user's retire distance of a pair; 0 removes it. */
gboolean
_hyr_shoe_storage_set_retire_distance (HyrShoeStorage  *self,
                                       const char      *gear_id,
                                       double           distance,
                                       GError         **error)
{
  g_autofree char *backup = NULL;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  entry = pair_entry (self, gear_id);
  if (distance > 0)
    json_object_set_double_member (entry, "retire-distance", distance);
  else if (json_object_has_member (entry, "retire-distance"))
    json_object_remove_member (entry, "retire-distance");

  return commit_edit (self, backup, error);
}

/* Adds an own pair; returns its new identifier. */
char *
_hyr_shoe_storage_add_pair (HyrShoeStorage  *self,
                            const char      *name,
                            HyrShoeKind      kind,
                            double           prior_distance,
                            GDateTime       *since,
                            GError         **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *id = NULL;
  g_autofree char *added = NULL;
  const char *nick;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (since != NULL, NULL);

  nick = _hyr_enum_to_nick (HYR_TYPE_SHOE_KIND, kind);
  g_return_val_if_fail (nick != NULL, NULL);

  if (!(backup = begin_edit (self, error)))
    return NULL;

  uuid = g_uuid_string_random ();
  id = g_strconcat ("hyr-", uuid, NULL);
  added = g_date_time_format_iso8601 (since);

  entry = pair_entry (self, id);
  json_object_set_boolean_member (entry, "own", TRUE);
  json_object_set_string_member (entry, "name", name);
  json_object_set_string_member (entry, "kind", nick);
  json_object_set_double_member (entry, "prior-distance", prior_distance);
  json_object_set_string_member (entry, "added", added);

  if (!commit_edit (self, backup, error))
    return NULL;

  return g_steal_pointer (&id);
}

/* Renames an own pair and sets its prior distance. */
gboolean
_hyr_shoe_storage_edit_pair (HyrShoeStorage  *self,
                             const char      *gear_id,
                             const char      *name,
                             double           prior_distance,
                             GError         **error)
{
  g_autofree char *backup = NULL;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  entry = pair_entry (self, gear_id);
  json_object_set_string_member (entry, "name", name);
  json_object_set_double_member (entry, "prior-distance", prior_distance);

  return commit_edit (self, backup, error);
}

/* Retires an own pair at @retired, or brings it back when @retired is
 * NULL. */
gboolean
_hyr_shoe_storage_set_retired (HyrShoeStorage  *self,
                               const char      *gear_id,
                               GDateTime       *retired,
                               GError         **error)
{
  g_autofree char *backup = NULL;
  JsonObject *entry;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  entry = pair_entry (self, gear_id);
  if (retired != NULL)
    {
      g_autofree char *text = g_date_time_format_iso8601 (retired);

      json_object_set_string_member (entry, "retired", text);
    }
  else
    json_object_remove_member (entry, "retired");

  return commit_edit (self, backup, error);
}

/* Removes every member of @object whose value is the string @gear_id. */
static void
remove_references (JsonObject *object,
                   const char *gear_id)
{
  g_autoptr(GList) names = NULL;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_free);

  if (object == NULL)
    return;

  names = json_object_get_members (object);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      if (g_strcmp0 (string_member (object, l->data), gear_id) == 0)
        g_ptr_array_add (doomed, g_strdup (l->data));
    }

  for (guint i = 0; i < doomed->len; i++)
    json_object_remove_member (object, g_ptr_array_index (doomed, i));
}

/* Forgets an own pair, with the defaults and assignments naming it. */
gboolean
_hyr_shoe_storage_remove_pair (HyrShoeStorage  *self,
                               const char      *gear_id,
                               GError         **error)
{
  g_autofree char *backup = NULL;
  JsonObject *shoes;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  shoes = section (self);
  json_object_remove_member (object_member (shoes, "pairs"), gear_id);
  remove_references (object_member (shoes, "defaults"), gear_id);
  remove_references (object_member (shoes, "assignments"), gear_id);

  return commit_edit (self, backup, error);
}

/* Sets (or, with @gear_id NULL, removes) @key in the @member object of the
 * section. */
static gboolean
set_reference (HyrShoeStorage  *self,
               const char      *member,
               const char      *key,
               const char      *gear_id,
               GError         **error)
{
  g_autofree char *backup = NULL;
  JsonObject *object;

  if (!(backup = begin_edit (self, error)))
    return FALSE;

  object = ensure_object_member (section (self), member);
  if (gear_id != NULL)
    json_object_set_string_member (object, key, gear_id);
  else if (json_object_has_member (object, key))
    json_object_remove_member (object, key);

  return commit_edit (self, backup, error);
}

/* Sets the default pair of runs of @kind, or none with @gear_id NULL. */
gboolean
_hyr_shoe_storage_set_default (HyrShoeStorage  *self,
                               HyrRunKind       kind,
                               const char      *gear_id,
                               GError         **error)
{
  const char *nick;

  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), FALSE);

  nick = _hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind);
  g_return_val_if_fail (nick != NULL, FALSE);

  return set_reference (self, "defaults", nick, gear_id, error);
}

/* Sets the pair of an activity, or none with @gear_id NULL. */
gboolean
_hyr_shoe_storage_set_assignment (HyrShoeStorage  *self,
                                  const char      *activity_id,
                                  const char      *gear_id,
                                  GError         **error)
{
  g_return_val_if_fail (HYR_IS_SHOE_STORAGE (self), FALSE);
  g_return_val_if_fail (activity_id != NULL, FALSE);

  return set_reference (self, "assignments", activity_id, gear_id, error);
}
