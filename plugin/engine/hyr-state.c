/* hyr-state.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-state"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "hyr.h"
#include "hyr-state-private.h"

/**
 * HyrState:
 *
 * The plugin's own small state: one JSON document under
 * `$XDG_DATA_HOME/hypertrophy-running/state.json`, made of named sections
 * that each module owns ("shoes", "profile", "protein"…).
 *
 * The document looks like this:
 *
 * |[
 * {
 *   "schema-version": 1,
 *   "sections": {
 *     "shoes": { … },
 *     "profile": { … }
 *   }
 * }
 * ]|
 *
 * It holds health data, so the file is written with mode 0600 in a folder
 * with mode 0700. Saving is atomic (a temporary file, fsync, rename) and keeps
 * the previous document as `state.json.bak`. A file that cannot be read
 * (corrupt, truncated, written by a newer version) is never overwritten:
 * hyr_state_load() reports it, and the caller can carry on with
 * hyr_state_new_read_only() until the user decides, with
 * hyr_state_set_aside(), to keep the damaged file under another name and
 * start afresh.
 */
struct _HyrState
{
  GObject     parent_instance;

  char       *path;
  JsonObject *sections;
  GError     *load_error;
  guint       read_only : 1;
};

G_DEFINE_FINAL_TYPE (HyrState, hyr_state, G_TYPE_OBJECT)

/**
 * hyr_state_error_quark:
 *
 * Gets the error domain of the state store, whose codes are #HyrStateError.
 *
 * Returns: the #GQuark of %HYR_STATE_ERROR
 */
G_DEFINE_QUARK (hyr-state-error-quark, hyr_state_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
hyr_state_finalize (GObject *object)
{
  HyrState *self = (HyrState *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->sections, json_object_unref);
  g_clear_error (&self->load_error);

  G_OBJECT_CLASS (hyr_state_parent_class)->finalize (object);
}

static void
hyr_state_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HyrState *self = HYR_STATE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_state_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HyrState *self = HYR_STATE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_state_class_init (HyrStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hyr_state_finalize;
  object_class->get_property = hyr_state_get_property;
  object_class->set_property = hyr_state_set_property;

  /**
   * HyrState:path:
   *
   * The file the state is saved to.
   */
  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrState:read-only:
   *
   * Whether saving is refused because the file on disk could not be read
   * and must stay untouched.
   */
  properties [PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrState::changed:
   * @self: the state
   * @section: the name of the section that changed
   *
   * Emitted by hyr_state_section_changed(), detailed with the section name,
   * so that views showing a section refresh when another view edits it.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
hyr_state_init (HyrState *self)
{
  self->sections = json_object_new ();
}

gboolean
_hyr_state_date_is_plausible (GDateTime *when)
{
  int year;

  if (when == NULL)
    return FALSE;

  year = g_date_time_get_year (when);
  return year >= HYR_STATE_MIN_YEAR && year <= HYR_STATE_MAX_YEAR;
}

/* Takes @when (transfer full) and gives it back when plausible; else
 * drops it and returns %NULL, so the date is read as unknown. @member names
 * it in the debug log, for whoever wonders where their date went. */
GDateTime *
_hyr_state_plausible_date (GDateTime  *when,
                           const char *member)
{
  g_autoptr(GDateTime) owned = when;

  if (owned == NULL)
    return NULL;

  if (!_hyr_state_date_is_plausible (owned))
    {
      g_autofree char *text = g_date_time_format_iso8601 (owned);

      g_debug ("Ignoring %s = %s in the state: not a plausible date", member, text);
      return NULL;
    }

  return g_steal_pointer (&owned);
}

/**
 * hyr_state_get_default_path:
 *
 * Gets the path of the user's state file.
 *
 * Returns: (transfer full) (type filename): where the user's state lives,
 *   `$XDG_DATA_HOME/hypertrophy-running/state.json`
 */
char *
hyr_state_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hypertrophy-running", "state.json", NULL);
}

/**
 * hyr_state_new:
 * @path: (type filename): where the state will be saved
 *
 * Creates an empty state that saves to @path.
 *
 * Returns: (transfer full): a new #HyrState
 */
HyrState *
hyr_state_new (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_object_new (HYR_TYPE_STATE, "path", path, NULL);
}

/**
 * hyr_state_new_read_only:
 * @path: (type filename): the file that could not be loaded
 * @reason: (nullable): why it could not be loaded, as hyr_state_load() said
 *
 * Creates an empty state that refuses to save, so that the file at @path
 * stays as it is until the user decides what to do with it.
 *
 * Returns: (transfer full): a new, read-only #HyrState
 */
HyrState *
hyr_state_new_read_only (const char   *path,
                         const GError *reason)
{
  HyrState *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = hyr_state_new (path);
  self->read_only = TRUE;
  if (reason != NULL)
    self->load_error = g_error_copy (reason);

  return self;
}

/* Whether @data ends inside an unfinished object, array or string: the mark
 * of a file cut short (a full disk, a crash of an older writer), which is
 * told apart from other damage so the message can say so. */
static gboolean
looks_truncated (const char *data,
                 gsize       len)
{
  int depth = 0;
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        depth--;
    }

  return in_string || depth > 0;
}

static gboolean
is_blank (const char *data,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/* Deeper than any section this library writes (four levels) by far, and
 * shallow enough that neither the parser nor the checks below recurse
 * dangerously on a hostile file. */
#define MAX_DEPTH 64

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Finds where the first JSON value in @data ends and how deeply it nests,
 * reading strings (both quotes, as the parser takes both) and comments the
 * way the parser does. json-glib stops after the first value and ignores
 * what follows, so "{…}{…}" would load as its first document: a state must
 * be exactly one, and this is how trailing data is found. @end is @len when
 * the value does not end. */
static void
scan_document (const char *data,
               gsize       len,
               gsize      *end,
               guint      *max_depth)
{
  guint depth = 0;

  *end = len;
  *max_depth = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (c == '"' || c == '\'')
        {
          for (i++; i < len && data[i] != c; i++)
            if (c == '"' && data[i] == '\\')
              i++;
          if (i >= len)
            return;
        }
      else if (c == '/' && i + 1 < len && data[i + 1] == '*')
        {
          const char *close = g_strstr_len (data + i + 2, len - i - 2, "*/");

          if (close == NULL)
            return;
          i = close - data + 1;
          continue;
        }
      else if (c == '{' || c == '[')
        {
          depth++;
          *max_depth = MAX (*max_depth, depth);
        }
      else if (c == '}' || c == ']')
        {
          if (depth > 0)
            depth--;
        }
      else if (is_json_space (c))
        {
          continue;
        }

      if (depth == 0)
        {
          *end = i + 1;
          return;
        }
    }
}

typedef enum
{
  MEMBER_OBJECT,
  MEMBER_STRING,
  MEMBER_NUMBER,
  MEMBER_BOOLEAN,
  MEMBER_DATE,
} MemberType;

/* What the sections this library owns hold. Each module reads its section
 * trusting the types found here, so a member of the wrong type (an object
 * where a boolean belongs, say) is refused once, when loading, instead of
 * reaching json-glib's accessors, which answer with a critical. Members not
 * listed are not checked: they belong to newer versions or to other
 * plugins. "*" stands for every member of a map. */
typedef struct _MemberRule MemberRule;
struct _MemberRule
{
  const char       *name;
  MemberType        type;
  const MemberRule *members;
};

static const MemberRule training_max_rules[] = {
  { "kg", MEMBER_NUMBER, NULL },
  { "since", MEMBER_DATE, NULL },
  { NULL }
};

static const MemberRule training_maxes_rules[] = {
  { "*", MEMBER_OBJECT, training_max_rules },
  { NULL }
};

static const MemberRule profile_rules[] = {
  { "body-mass", MEMBER_NUMBER, NULL },
  { "goal", MEMBER_STRING, NULL },
  { "run-days", MEMBER_NUMBER, NULL },
  { "lift-days", MEMBER_NUMBER, NULL },
  { "long-run-day", MEMBER_NUMBER, NULL },
  { "race-date", MEMBER_DATE, NULL },
  { "plate-increment", MEMBER_NUMBER, NULL },
  { "block-start", MEMBER_DATE, NULL },
  { "lifting-novice", MEMBER_BOOLEAN, NULL },
  { "target-time", MEMBER_NUMBER, NULL },
  { "training-maxes", MEMBER_OBJECT, training_maxes_rules },
  { NULL }
};

static const MemberRule pair_rules[] = {
  { "own", MEMBER_BOOLEAN, NULL },
  { "name", MEMBER_STRING, NULL },
  { "kind", MEMBER_STRING, NULL },
  { "prior-distance", MEMBER_NUMBER, NULL },
  { "retire-distance", MEMBER_NUMBER, NULL },
  { "added", MEMBER_STRING, NULL },
  { "retired", MEMBER_STRING, NULL },
  { NULL }
};

static const MemberRule pairs_rules[] = {
  { "*", MEMBER_OBJECT, pair_rules },
  { NULL }
};

static const MemberRule references_rules[] = {
  { "*", MEMBER_STRING, NULL },
  { NULL }
};

static const MemberRule shoes_rules[] = {
  { "pairs", MEMBER_OBJECT, pairs_rules },
  { "defaults", MEMBER_OBJECT, references_rules },
  { "assignments", MEMBER_OBJECT, references_rules },
  { NULL }
};

static const MemberRule sport_rules[] = {
  { "name", MEMBER_STRING, NULL },
  { "modality", MEMBER_STRING, NULL },
  { NULL }
};

static const MemberRule sports_rules[] = {
  { "*", MEMBER_OBJECT, sport_rules },
  { NULL }
};

static const MemberRule protein_rules[] = {
  { "goal", MEMBER_STRING, NULL },
  { "meals", MEMBER_NUMBER, NULL },
  { NULL }
};

static const MemberRule lift_result_rules[] = {
  { "weight", MEMBER_NUMBER, NULL },
  { "reps", MEMBER_NUMBER, NULL },
  { "required", MEMBER_NUMBER, NULL },
  { NULL }
};

static const MemberRule lift_results_rules[] = {
  { "*", MEMBER_OBJECT, lift_result_rules },
  { NULL }
};

static const MemberRule lift_log_rules[] = {
  { "*", MEMBER_OBJECT, lift_results_rules },
  { NULL }
};

static const MemberRule diary_set_rules[] = {
  { "when", MEMBER_STRING, NULL },
  { "exercise", MEMBER_STRING, NULL },
  { "lift", MEMBER_STRING, NULL },
  { "weight", MEMBER_NUMBER, NULL },
  { "reps", MEMBER_NUMBER, NULL },
  { "rir", MEMBER_NUMBER, NULL },
  { "required", MEMBER_NUMBER, NULL },
  { NULL }
};

static const MemberRule diary_sets_rules[] = {
  { "*", MEMBER_OBJECT, diary_set_rules },
  { NULL }
};

static const MemberRule lift_diary_rules[] = {
  { "version", MEMBER_NUMBER, NULL },
  { "migrated-lift-log", MEMBER_BOOLEAN, NULL },
  { "sets", MEMBER_OBJECT, diary_sets_rules },
  { NULL }
};

static const MemberRule section_rules[] = {
  { "lift-diary", MEMBER_OBJECT, lift_diary_rules },
  { "session-changes", MEMBER_OBJECT, references_rules },
  { "profile", MEMBER_OBJECT, profile_rules },
  { "shoes", MEMBER_OBJECT, shoes_rules },
  { "sports", MEMBER_OBJECT, sports_rules },
  { "protein", MEMBER_OBJECT, protein_rules },
  { "lift-log", MEMBER_OBJECT, lift_log_rules },
  { "run-kinds", MEMBER_OBJECT, references_rules },
  { NULL }
};

static const MemberRule *
find_rule (const MemberRule *rules,
           const char       *name)
{
  for (const MemberRule *rule = rules; rule != NULL && rule->name != NULL; rule++)
    if (g_str_equal (rule->name, "*") || g_str_equal (rule->name, name))
      return rule;

  return NULL;
}

static gboolean
has_type (JsonNode   *node,
          MemberType  type)
{
  GType value_type;

  if (type == MEMBER_OBJECT)
    return JSON_NODE_HOLDS_OBJECT (node);

  if (type == MEMBER_DATE && JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  value_type = json_node_get_value_type (node);
  switch (type)
    {
    case MEMBER_STRING:
    case MEMBER_DATE:
      return value_type == G_TYPE_STRING;
    case MEMBER_NUMBER:
      return value_type == G_TYPE_DOUBLE || value_type == G_TYPE_INT64;
    case MEMBER_BOOLEAN:
      return value_type == G_TYPE_BOOLEAN;
    case MEMBER_OBJECT:
    default:
      g_assert_not_reached ();
    }
}

/* What a member must be, for the messages below. */
static const char *
describe_type (MemberType type)
{
  switch (type)
    {
    /* Translators: these complete “… (“shoes › pairs › 7 › own” must be %s)” */
    case MEMBER_OBJECT:
      return _("an object");
    case MEMBER_STRING:
      return _("text");
    case MEMBER_NUMBER:
      return _("a number");
    case MEMBER_BOOLEAN:
      return _("true or false");
    case MEMBER_DATE:
      return _("a date or null");
    default:
      g_assert_not_reached ();
    }
}

/* The member's place in the document, as "shoes › pairs › 7 › own", made
 * printable: member names come from the file and may be anything. */
static char *
member_path (GPtrArray  *path,
             const char *name)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < path->len; i++)
    g_string_append_printf (text, "%s › ", (const char *)g_ptr_array_index (path, i));
  g_string_append (text, name);

  return g_utf8_make_valid (text->str, MIN (text->len, 200));
}

/* Checks @node, the member @name, against @rule (which may be %NULL for a
 * member no rule covers), and everything inside it: every number must be
 * finite, because json-glib reads 1e999 as infinity and writes it back as
 * "inf.0", which it cannot read. */
static gboolean
check_node (JsonNode          *node,
            const char        *name,
            const MemberRule  *rule,
            GPtrArray         *path,
            const char        *display,
            gboolean           saving,
            GError           **error)
{
  gboolean ok = TRUE;

  if (rule != NULL && !has_type (node, rule->type))
    {
      g_autofree char *where = member_path (path, name);

      if (saving)
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_INVALID,
                     _("Could not save “%s”: “%s” must be %s."),
                     display, where, describe_type (rule->type));
      else
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                     _("“%s” is damaged (“%s” must be %s). It was left as it is."),
                     display, where, describe_type (rule->type));
      return FALSE;
    }

  if (path->len >= MAX_DEPTH)
    {
      if (saving)
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_INVALID,
                     _("Could not save “%s”: it is nested too deeply."), display);
      else
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                     _("“%s” is damaged (it is nested too deeply). It was left as it is."),
                     display);
      return FALSE;
    }

  /* json-glib turns an escaped lone surrogate ("\ud800") in a member name
   * into bytes that are not UTF-8, and writes them back as they are: its
   * own parser then refuses the whole file (found by tests/fuzz). */
  if (!g_utf8_validate (name, -1, NULL) ||
      (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
       !g_utf8_validate (json_node_get_string (node), -1, NULL)))
    {
      g_autofree char *where = member_path (path, name);

      if (saving)
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_INVALID,
                     _("Could not save “%s”: “%s” holds text that is not UTF-8."),
                     display, where);
      else
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                     _("“%s” is damaged (“%s” holds text that is not UTF-8). It was left as it is."),
                     display, where);
      return FALSE;
    }

  if (JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_DOUBLE &&
      !isfinite (json_node_get_double (node)))
    {
      g_autofree char *where = member_path (path, name);

      if (saving)
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_INVALID,
                     _("Could not save “%s”: “%s” is not a finite number."), display, where);
      else
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                     _("“%s” is damaged (“%s” is not a finite number). It was left as it is."),
                     display, where);
      return FALSE;
    }

  g_ptr_array_add (path, (gpointer)name);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      const MemberRule *members = rule != NULL ? rule->members : NULL;
      JsonObjectIter iter;
      const char *child_name;
      JsonNode *child;

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (ok && json_object_iter_next_ordered (&iter, &child_name, &child))
        ok = check_node (child, child_name, find_rule (members, child_name), path, display,
                         saving, error);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; ok && i < json_array_get_length (array); i++)
        {
          g_autofree char *index = g_strdup_printf ("%u", i);

          ok = check_node (json_array_get_element (array, i), index, NULL, path, display,
                           saving, error);
        }
    }

  g_ptr_array_set_size (path, path->len - 1);

  return ok;
}

static gboolean
check_section (JsonNode    *node,
               const char  *name,
               const char  *display,
               gboolean     saving,
               GError     **error)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  return check_node (node, name, find_rule (section_rules, name), path, display, saving, error);
}

/* The state file's own temporary files: "state.json.XXXXXX" from
 * g_mkstemp() in hyr_state_save(), and "state.json.bak.XXXXXX" from
 * g_file_set_contents_full() writing the backup; six letters or digits. */
static gboolean
is_own_temporary (const char *name,
                  const char *basename)
{
  gsize prefix = strlen (basename);
  const char *suffix;

  if (!g_str_has_prefix (name, basename) || name[prefix] != '.')
    return FALSE;

  suffix = name + prefix + 1;
  if (g_str_has_prefix (suffix, "bak."))
    suffix += strlen ("bak.");

  if (strlen (suffix) != 6)
    return FALSE;

  for (gsize i = 0; i < 6; i++)
    if (!g_ascii_isalnum (suffix[i]))
      return FALSE;

  return TRUE;
}

/* A save killed between creating its temporary file and renaming it leaves
 * the file behind, one more each time. Whatever it holds is not the state
 * (the rename is what makes a save count), so it goes. Two processes
 * saving one state at once are not supported anyway: the last rename would
 * win. */
static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *stale = NULL;

      if (!is_own_temporary (name, basename))
        continue;

      stale = g_build_filename (dir, name, NULL);
      if (g_unlink (stale) == 0)
        g_debug ("Removed %s, left by a save that did not finish", stale);
    }
}

/**
 * hyr_state_load:
 * @path: (type filename): the state file
 * @error: return location for a #GError, or %NULL
 *
 * Loads the state from @path. A missing file gives a new, empty state. A
 * file that is empty, truncated, corrupt or from a newer version is left as
 * it is and reported with a %HYR_STATE_ERROR code.
 *
 * Returns: (transfer full) (nullable): the state, or %NULL on error
 */
HyrState *
hyr_state_load (const char  *path,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  remove_stale_temporaries (path);

  if (!g_file_get_contents (path, &data, &len, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return hyr_state_new (path);

      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                   _("Could not read “%s”: %s"), display, local_error->message);
      return NULL;
    }

  return _hyr_state_load_data (path, data, len, error);
}

/* hyr_state_load() once the file is read: @data is what @path holds. Apart
 * for the fuzz target (tests/fuzz), which feeds it without a file. */
HyrState *
_hyr_state_load_data (const char  *path,
                      const char  *data,
                      gsize        len,
                      GError     **error)
{
  g_autoptr(HyrState) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  JsonObject *root;
  JsonNode *version_node;
  JsonNode *sections_node;
  gint64 version;
  gsize end = 0;
  guint depth = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);

  if (is_blank (data, len))
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_TRUNCATED,
                   _("“%s” is empty. It was left as it is."), display);
      return NULL;
    }

  scan_document (data, len, &end, &depth);
  if (depth > MAX_DEPTH)
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                   _("“%s” is damaged (it is nested too deeply). It was left as it is."),
                   display);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      if (looks_truncated (data, len))
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_TRUNCATED,
                     _("“%s” ends too early; it was probably cut short. It was left as it is."),
                     display);
      else
        g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                     _("“%s” is damaged (%s). It was left as it is."),
                     display, local_error->message);
      return NULL;
    }

  /* A file of comments only parses, to no document at all (found by
   * tests/fuzz: asking a NULL root for its type was a critical). */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_TRUNCATED,
                   _("“%s” is empty. It was left as it is."), display);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                   _("“%s” is not a Hypertrophy Running state file. It was left as it is."),
                   display);
      return NULL;
    }

  if (!is_blank (data + end, len - end))
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                   _("“%s” is damaged (there is more after the end of the document). "
                     "It was left as it is."),
                   display);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  version_node = json_object_get_member (root, "schema-version");
  if (version_node == NULL ||
      !JSON_NODE_HOLDS_VALUE (version_node) ||
      json_node_get_value_type (version_node) != G_TYPE_INT64 ||
      (version = json_node_get_int (version_node)) < 1)
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                   _("“%s” has no valid schema version. It was left as it is."), display);
      return NULL;
    }

  if (version > HYR_STATE_SCHEMA_VERSION)
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_FUTURE_VERSION,
                   _("“%s” was written by a newer version of Hypertrophy Running "
                     "(format %d, this version reads up to %d). "
                     "It was left as it is."),
                   display, (int)MIN (version, G_MAXINT), HYR_STATE_SCHEMA_VERSION);
      return NULL;
    }

  self = hyr_state_new (path);

  sections_node = json_object_get_member (root, "sections");
  if (sections_node != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      if (!JSON_NODE_HOLDS_OBJECT (sections_node))
        {
          g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                       _("“%s” is damaged (its sections are not an object). It was left as it is."),
                       display);
          return NULL;
        }

      /* In the file's order, so that a save keeps it. */
      json_object_iter_init_ordered (&iter, json_node_get_object (sections_node));
      while (json_object_iter_next_ordered (&iter, &name, &node))
        {
          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_CORRUPT,
                           _("“%s” is damaged (section “%s” is not an object). "
                             "It was left as it is."),
                           display, name);
              return NULL;
            }

          if (!check_section (node, name, display, FALSE, error))
            return NULL;

          /* The parser is immutable, so sections are copied to be editable. */
          json_object_set_member (self->sections, name, json_node_copy (node));
        }
    }

  return g_steal_pointer (&self);
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        len,
           GError     **error)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;

          g_set_error_literal (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                               g_strerror (saved_errno));
          return FALSE;
        }

      data += n;
      len -= n;
    }

  return TRUE;
}

static void
fsync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* json-glib writes a double with g_ascii_dtostr() and appends ".0" when
 * there is no point, so that it reads back as a double; but a large or
 * small one comes out in exponent form, and "1e+308.0" is a syntax error
 * its own parser refuses (found by tests/fuzz). Removes that ".0" after an
 * exponent, outside strings, in place. */
static void
fix_exponent_numbers (char  *data,
                      gsize *len)
{
  gboolean in_string = FALSE;
  gsize out = 0;

  for (gsize i = 0; i < *len; i++)
    {
      char c = data[i];

      data[out++] = c;

      if (in_string)
        {
          if (c == '\\' && i + 1 < *len)
            data[out++] = data[++i];
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        {
          in_string = TRUE;
          continue;
        }

      if ((c == 'e' || c == 'E') && i > 0 && g_ascii_isdigit (data[i - 1]))
        {
          gsize j = i + 1;

          if (j < *len && (data[j] == '+' || data[j] == '-'))
            j++;
          while (j < *len && g_ascii_isdigit (data[j]))
            j++;

          /* Copy the exponent, and skip a ".0" right after it. */
          while (i + 1 < j)
            data[out++] = data[++i];
          if (j + 1 < *len && data[j] == '.' && data[j + 1] == '0' &&
              (j + 2 >= *len || !g_ascii_isdigit (data[j + 2])))
            i += 2;
        }
    }

  data[out] = '\0';
  *len = out;
}

static char *
serialize (HyrState *self,
           gsize    *len)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *data;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema-version");
  json_builder_add_int_value (builder, HYR_STATE_SCHEMA_VERSION);
  json_builder_set_member_name (builder, "sections");
  json_builder_add_value (builder, json_node_init_object (json_node_alloc (), self->sections));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  data = json_generator_to_data (generator, len);
  fix_exponent_numbers (data, len);

  return data;
}

/* The document hyr_state_save() writes, or %NULL when it would not load
 * again. Apart for the fuzz target, which checks that whatever loads saves
 * and loads back to the same document. */
char *
_hyr_state_to_data (HyrState  *self,
                    gsize     *len,
                    GError   **error)
{
  g_autofree char *display = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_return_val_if_fail (HYR_IS_STATE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* What is written must load again: the checks that loading makes run on
   * what is about to be saved, so that a value a module put in by mistake
   * (an infinite distance, say) is refused now, with the file on disk
   * still good, instead of at the next start. */
  display = g_filename_display_name (self->path);
  json_object_iter_init_ordered (&iter, self->sections);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    if (!check_section (node, name, display, TRUE, error))
      return NULL;

  return serialize (self, len);
}

/**
 * hyr_state_save:
 * @self: a #HyrState
 * @error: return location for a #GError, or %NULL
 *
 * Saves the state atomically, with mode 0600, keeping the previous file as
 * `<path>.bak`. A read-only state refuses with
 * %HYR_STATE_ERROR_READ_ONLY and writes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
hyr_state_save (HyrState  *self,
                GError   **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *old = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize old_len = 0;
  gsize len = 0;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (HYR_IS_STATE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->read_only)
    {
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY,
                   _("Changes cannot be saved: %s"),
                   self->load_error != NULL
                     ? self->load_error->message
                     : _("the state is read-only"));
      return FALSE;
    }

  if (!(data = _hyr_state_to_data (self, &len, error)))
    return FALSE;

  dir = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* g_mkdir_with_parents() leaves an existing folder as it is, and one
   * made by an older version or by hand may be readable by everyone. The
   * state is health data. Only the others' rights go: a folder its owner
   * made read-only (0500) stays so, and the save fails, rather than being
   * made writable behind their back (issue 14). A folder we may not
   * change (not ours) is left as it is: the file itself is still 0600. */
  if (g_stat (dir, &st) == 0 && (st.st_mode & 077) != 0 &&
      g_chmod (dir, st.st_mode & 0700) != 0)
    g_debug ("Could not make %s private: %s", dir, g_strerror (errno));


  tmp_path = g_strconcat (self->path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                   _("Could not save to “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (!write_all (fd, data, len, &local_error) || fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                   _("Could not save “%s”: %s"), self->path,
                   local_error != NULL ? local_error->message : g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  /* The previous version is copied rather than renamed, so that there is no
   * moment at which the state file is missing. */
  if (g_file_get_contents (self->path, &old, &old_len, NULL))
    {
      backup_path = g_strconcat (self->path, ".bak", NULL);
      if (!g_file_set_contents_full (backup_path, old, old_len,
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
        {
          g_unlink (tmp_path);
          g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                       _("Could not keep a backup of “%s”: %s"), self->path,
                       local_error->message);
          return FALSE;
        }
    }

  if (g_rename (tmp_path, self->path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                   _("Could not save “%s”: %s"), self->path, g_strerror (saved_errno));
      return FALSE;
    }

  fsync_directory (dir);

  return TRUE;
}

/**
 * hyr_state_set_aside:
 * @self: a read-only #HyrState
 * @moved_to: (out) (optional) (type filename): where the damaged file went
 * @error: return location for a #GError, or %NULL
 *
 * Keeps the file that could not be loaded under a new name beside it
 * (`state.json.damaged-<date>`), nothing deleted, and makes @self an
 * empty, writable state. This is what the user chooses when they want to
 * start afresh.
 *
 * Returns: %TRUE on success
 */
gboolean
hyr_state_set_aside (HyrState  *self,
                     char     **moved_to,
                     GError   **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (HYR_IS_STATE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (moved_to != NULL)
    *moved_to = NULL;

  if (!self->read_only)
    return TRUE;

  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      now = g_date_time_new_now_local ();
      stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      target = g_strdup_printf ("%s.damaged-%s", self->path, stamp);

      for (guint i = 1; g_file_test (target, G_FILE_TEST_EXISTS); i++)
        {
          g_free (target);
          target = g_strdup_printf ("%s.damaged-%s-%u", self->path, stamp, i);
        }

      if (g_rename (self->path, target) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO,
                       _("Could not move “%s” aside: %s"), self->path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  self->read_only = FALSE;
  g_clear_error (&self->load_error);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READ_ONLY]);

  if (moved_to != NULL)
    *moved_to = g_steal_pointer (&target);

  return TRUE;
}

/**
 * hyr_state_get_path:
 * @self: a #HyrState
 *
 * Gets the path of the JSON file the state is loaded from and saved to.
 *
 * Returns: (type filename): the file the state is saved to
 */
const char *
hyr_state_get_path (HyrState *self)
{
  g_return_val_if_fail (HYR_IS_STATE (self), NULL);
  return self->path;
}

/**
 * hyr_state_get_read_only:
 * @self: a #HyrState
 *
 * Gets whether the state refuses to save, as it does when its file could not
 * be loaded.
 *
 * Returns: whether saving is refused
 */
gboolean
hyr_state_get_read_only (HyrState *self)
{
  g_return_val_if_fail (HYR_IS_STATE (self), FALSE);
  return self->read_only;
}

/**
 * hyr_state_get_load_error:
 * @self: a #HyrState
 *
 * Gets why the state file could not be loaded, for a read-only state.
 *
 * Returns: (transfer none) (nullable): why the file could not be loaded,
 *   for a state made with hyr_state_new_read_only()
 */
const GError *
hyr_state_get_load_error (HyrState *self)
{
  g_return_val_if_fail (HYR_IS_STATE (self), NULL);
  return self->load_error;
}

/**
 * hyr_state_get_section:
 * @self: a #HyrState
 * @name: the section's name, such as "shoes"
 *
 * Gets a section of the document to read or edit, creating it empty when
 * missing. After editing, call hyr_state_section_changed() and
 * hyr_state_save().
 *
 * Returns: (transfer none): the section
 */
JsonObject *
hyr_state_get_section (HyrState   *self,
                       const char *name)
{
  JsonNode *node;
  JsonObject *section;

  g_return_val_if_fail (HYR_IS_STATE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  node = json_object_get_member (self->sections, name);
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    section = json_node_get_object (node);
  else
    {
      section = json_object_new ();
      json_object_set_object_member (self->sections, name, section);
    }

  return section;
}

/**
 * hyr_state_section_changed:
 * @self: a #HyrState
 * @name: the section that was edited
 *
 * Tells the views that share the state that a section changed, by
 * emitting #HyrState::changed with @name as the detail.
 */
void
hyr_state_section_changed (HyrState   *self,
                           const char *name)
{
  g_return_if_fail (HYR_IS_STATE (self));
  g_return_if_fail (name != NULL);

  g_signal_emit (self, signals [CHANGED], g_quark_from_string (name), name);
}
