/* hyr-modality.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-modality"

#include "config.h"

#include <string.h>

#include "hyr.h"
#include "hyr-enum-private.h"

/* The state section holding the user's choices, keyed by the folded sport
 * name (see fold_sport()):
 *
 *   "sports": { "laufen": { "name": "Laufen", "modality": "running" } }
 *
 * The original spelling is kept so that a list of overrides can show it. */
#define SPORTS_SECTION "sports"

typedef struct
{
  const char  *needle;
  HyrModality  modality;
} SportPattern;

/* Checked in order against the folded sport name; the first needle found
 * anywhere in the name wins, so that compounds such as "Berglauf" or
 * "Trail running" match too. Sports whose names contain a running or gym
 * word without being runs or strength sessions come first: cross-country
 * skiing is "Skilanglauf" in German and "biegówki" in Polish, skating is
 * "Eislauf", a cycling tour is a "Rundfahrt", gymnastics is not lifting. */
static const SportPattern patterns[] = {
  { "ski", HYR_MODALITY_OTHER },
  { "langlauf", HYR_MODALITY_OTHER },
  { "eislauf", HYR_MODALITY_OTHER },
  { "rollschuh", HYR_MODALITY_OTHER },
  { "skat", HYR_MODALITY_OTHER },
  { "skøyt", HYR_MODALITY_OTHER },
  { "narciar", HYR_MODALITY_OTHER },
  { "biegówk", HYR_MODALITY_OTHER },
  { "bike", HYR_MODALITY_OTHER },
  { "biking", HYR_MODALITY_OTHER },
  { "cycl", HYR_MODALITY_OTHER },
  { "cicl", HYR_MODALITY_OTHER },
  { "vélo", HYR_MODALITY_OTHER },
  { "bici", HYR_MODALITY_OTHER },
  { "fiets", HYR_MODALITY_OTHER },
  { "rundfahrt", HYR_MODALITY_OTHER },
  { "golf", HYR_MODALITY_OTHER },
  { "gymnast", HYR_MODALITY_OTHER },

  /* Strength, before running: "Krafttraining" must not fall to a running
   * word by accident, and no strength word hides inside a running one. */
  { "strength", HYR_MODALITY_STRENGTH },
  { "weight", HYR_MODALITY_STRENGTH },
  { "lifting", HYR_MODALITY_STRENGTH },
  { "powerlift", HYR_MODALITY_STRENGTH },
  { "bodybuilding", HYR_MODALITY_STRENGTH },
  { "resistance", HYR_MODALITY_STRENGTH },
  { "gym", HYR_MODALITY_STRENGTH },
  { "kraft", HYR_MODALITY_STRENGTH },
  { "hantel", HYR_MODALITY_STRENGTH },
  { "musculation", HYR_MODALITY_STRENGTH },
  { "muscu", HYR_MODALITY_STRENGTH },
  { "renforcement", HYR_MODALITY_STRENGTH },
  { "haltéro", HYR_MODALITY_STRENGTH },
  { "fuerza", HYR_MODALITY_STRENGTH },
  { "pesas", HYR_MODALITY_STRENGTH },
  { "halterof", HYR_MODALITY_STRENGTH },
  { "pesi", HYR_MODALITY_STRENGTH },
  { "forza", HYR_MODALITY_STRENGTH },
  { "muscolazione", HYR_MODALITY_STRENGTH },
  { "krachttraining", HYR_MODALITY_STRENGTH },
  { "musculação", HYR_MODALITY_STRENGTH },
  { "musculacao", HYR_MODALITY_STRENGTH },
  { "força", HYR_MODALITY_STRENGTH },
  { "styrk", HYR_MODALITY_STRENGTH },
  { "siłown", HYR_MODALITY_STRENGTH },
  { "silown", HYR_MODALITY_STRENGTH },
  { "силов", HYR_MODALITY_STRENGTH },

  /* Running, road, trail or treadmill. */
  { "run", HYR_MODALITY_RUNNING },
  { "jog", HYR_MODALITY_RUNNING },
  { "treadmill", HYR_MODALITY_RUNNING },
  { "marathon", HYR_MODALITY_RUNNING },
  { "trail", HYR_MODALITY_RUNNING },
  { "lauf", HYR_MODALITY_RUNNING },
  { "course", HYR_MODALITY_RUNNING },
  { "footing", HYR_MODALITY_RUNNING },
  { "correr", HYR_MODALITY_RUNNING },
  { "carrera", HYR_MODALITY_RUNNING },
  { "maratón", HYR_MODALITY_RUNNING },
  { "corrida", HYR_MODALITY_RUNNING },
  { "corsa", HYR_MODALITY_RUNNING },
  { "maratona", HYR_MODALITY_RUNNING },
  { "hardlo", HYR_MODALITY_RUNNING },
  { "loopband", HYR_MODALITY_RUNNING },
  { "löp", HYR_MODALITY_RUNNING },
  { "løb", HYR_MODALITY_RUNNING },
  { "løp", HYR_MODALITY_RUNNING },
  { "juoks", HYR_MODALITY_RUNNING },
  { "bieg", HYR_MODALITY_RUNNING },
  { "běh", HYR_MODALITY_RUNNING },
  { "koşu", HYR_MODALITY_RUNNING },
  { "бег", HYR_MODALITY_RUNNING },
  { "跑", HYR_MODALITY_RUNNING },
  { "ランニング", HYR_MODALITY_RUNNING },
};

/* Folds a host's sport name for comparison: valid UTF-8, composed, case
 * folded, without surrounding blanks. Hosts are not trusted to send valid
 * UTF-8. */
static char *
fold_sport (const char *sport)
{
  g_autofree char *valid = g_utf8_make_valid (sport, -1);
  g_autofree char *normal = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
  char *folded = g_utf8_casefold (normal != NULL ? normal : valid, -1);

  return g_strstrip (folded);
}

/**
 * hyr_modality_guess:
 * @sport: (nullable): a host's sport name, such as "Trail running",
 *   "Laufen" or "Musculation"
 *
 * Maps a sport name to a modality by the built-in defaults alone, ignoring
 * the user's overrides. The match is case-insensitive and finds the known
 * words anywhere in the name, in English, German, French, Spanish, Italian,
 * Dutch, Portuguese and a few more languages. Names the defaults do not know
 * are %HYR_MODALITY_OTHER.
 *
 * Returns: the modality
 */
HyrModality
hyr_modality_guess (const char *sport)
{
  g_autofree char *folded = NULL;

  if (sport == NULL)
    return HYR_MODALITY_OTHER;

  folded = fold_sport (sport);

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      if (strstr (folded, patterns[i].needle) != NULL)
        return patterns[i].modality;
    }

  return HYR_MODALITY_OTHER;
}

static gboolean
lookup_override (HyrState    *state,
                 const char  *sport,
                 HyrModality *modality)
{
  g_autofree char *key = NULL;
  JsonObject *section;
  JsonNode *node;
  int value;

  section = hyr_state_get_section (state, SPORTS_SECTION);
  key = fold_sport (sport);
  node = json_object_get_member (section, key);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  /* The file may have been edited by hand: anything but a known nick is
   * ignored rather than trusted. */
  if (!_hyr_enum_from_nick (HYR_TYPE_MODALITY,
                            json_object_get_string_member_with_default (json_node_get_object (node),
                                                                        "modality", NULL),
                            &value))
    return FALSE;

  *modality = value;
  return TRUE;
}

/**
 * hyr_modality_for_sport:
 * @state: (nullable): the plugin's state, holding the user's overrides
 * @sport: (nullable): a host's sport name
 *
 * Maps a sport name to a modality: the user's override from the "sports"
 * section of @state when there is one, else hyr_modality_guess().
 *
 * Returns: the modality
 */
/* Folding and guessing a sport name for every activity of a long history
 * was most of the time the load series took; a host has a few sport
 * names, so each is mapped once. The cache of a state is dropped when its
 * "sports" section changes (or everything does); names without a state
 * map by the defaults alone, which do not change. */
static GQuark
modality_cache_quark (void)
{
  return g_quark_from_static_string ("hyr-modality-cache");
}

static void
on_state_changed (HyrState   *state,
                  const char *section,
                  gpointer    user_data)
{
  if (g_strcmp0 (section, SPORTS_SECTION) == 0 || g_strcmp0 (section, "*") == 0)
    g_hash_table_remove_all (g_object_get_qdata (G_OBJECT (state), modality_cache_quark ()));
}

static GHashTable *
modality_cache (HyrState *state)
{
  static GHashTable *guesses;
  GHashTable *cache;

  if (state == NULL)
    {
      if (guesses == NULL)
        guesses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      return guesses;
    }

  cache = g_object_get_qdata (G_OBJECT (state), modality_cache_quark ());
  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_qdata_full (G_OBJECT (state), modality_cache_quark (), cache,
                               (GDestroyNotify)g_hash_table_unref);
      g_signal_connect (state, "changed", G_CALLBACK (on_state_changed), NULL);
    }

  return cache;
}

HyrModality
hyr_modality_for_sport (HyrState   *state,
                        const char *sport)
{
  GHashTable *cache;
  HyrModality modality;
  gpointer found;

  g_return_val_if_fail (state == NULL || HYR_IS_STATE (state), HYR_MODALITY_OTHER);

  if (sport == NULL)
    return HYR_MODALITY_OTHER;

  cache = modality_cache (state);
  if (g_hash_table_lookup_extended (cache, sport, NULL, &found))
    return GPOINTER_TO_INT (found);

  if (state == NULL || !lookup_override (state, sport, &modality))
    modality = hyr_modality_guess (sport);

  g_hash_table_insert (cache, g_strdup (sport), GINT_TO_POINTER (modality));
  return modality;
}

/**
 * hyr_modality_has_override:
 * @state: the plugin's state
 * @sport: a host's sport name
 *
 * Tells whether the user chose a modality for @sport, rather than the
 * built-in mapping of sport names.
 *
 * Returns: whether the user chose the modality of @sport
 */
gboolean
hyr_modality_has_override (HyrState   *state,
                           const char *sport)
{
  HyrModality modality;

  g_return_val_if_fail (HYR_IS_STATE (state), FALSE);
  g_return_val_if_fail (sport != NULL, FALSE);

  return lookup_override (state, sport, &modality);
}

/* Replaces (or, with @node %NULL, removes) the member @key of the sports
 * section and saves. When saving fails the previous member is put back, so
 * that memory and disk do not disagree. */
static gboolean
replace_and_save (HyrState    *state,
                  const char  *key,
                  JsonNode    *node,
                  GError     **error)
{
  JsonObject *section = hyr_state_get_section (state, SPORTS_SECTION);
  JsonNode *old = json_object_get_member (section, key);
  g_autoptr(JsonNode) saved = old != NULL ? json_node_copy (old) : NULL;

  if (hyr_state_get_read_only (state))
    {
      g_autoptr(JsonNode) unused = node;

      /* hyr_state_save() says why it is read-only. */
      return hyr_state_save (state, error);
    }

  if (node != NULL)
    json_object_set_member (section, key, node);
  else if (old != NULL)
    json_object_remove_member (section, key);

  hyr_state_section_changed (state, SPORTS_SECTION);

  if (!hyr_state_save (state, error))
    {
      if (saved != NULL)
        json_object_set_member (section, key, g_steal_pointer (&saved));
      else
        json_object_remove_member (section, key);

      hyr_state_section_changed (state, SPORTS_SECTION);
      return FALSE;
    }

  return TRUE;
}

/**
 * hyr_modality_set_override:
 * @state: the plugin's state
 * @sport: a host's sport name
 * @modality: what @sport stands for
 * @error: return location for a #GError
 *
 * Records the user's choice of modality for @sport, whatever the defaults
 * say, and saves the state. Names are compared case-insensitively, so an
 * override for "laufen" applies to "Laufen" too.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the state could not
 *   be saved (for instance %HYR_STATE_ERROR_READ_ONLY), in which case nothing
 *   changed
 */
gboolean
hyr_modality_set_override (HyrState     *state,
                           const char   *sport,
                           HyrModality   modality,
                           GError      **error)
{
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;
  const char *nick;
  JsonObject *entry;
  JsonNode *node;

  g_return_val_if_fail (HYR_IS_STATE (state), FALSE);
  g_return_val_if_fail (sport != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  nick = _hyr_enum_to_nick (HYR_TYPE_MODALITY, modality);
  g_return_val_if_fail (nick != NULL, FALSE);

  key = fold_sport (sport);
  name = g_utf8_make_valid (sport, -1);

  entry = json_object_new ();
  json_object_set_string_member (entry, "name", name);
  json_object_set_string_member (entry, "modality", nick);
  node = json_node_init_object (json_node_alloc (), entry);
  json_object_unref (entry);

  return replace_and_save (state, key, node, error);
}

/**
 * hyr_modality_clear_override:
 * @state: the plugin's state
 * @sport: a host's sport name
 * @error: return location for a #GError
 *
 * Forgets the user's choice for @sport, so that the defaults apply again,
 * and saves the state. Clearing a sport without an override succeeds.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the state could not
 *   be saved, in which case nothing changed
 */
gboolean
hyr_modality_clear_override (HyrState    *state,
                             const char  *sport,
                             GError     **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (HYR_IS_STATE (state), FALSE);
  g_return_val_if_fail (sport != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = fold_sport (sport);
  if (!json_object_has_member (hyr_state_get_section (state, SPORTS_SECTION), key))
    return TRUE;

  return replace_and_save (state, key, NULL, error);
}
