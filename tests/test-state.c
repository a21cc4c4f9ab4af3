/* test-state.c — the state store: round trip, damage left untouched, 0600, backup
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "hyr.h"
#include "hyr-test-mount.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hyr-state-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
state_path_in (const char *dir)
{
  return g_build_filename (dir, "nested", "state.json", NULL);
}

static void
test_missing_file_is_empty_state (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = state_path_in (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (state);
  g_assert_false (hyr_state_get_read_only (state));
  g_assert_cmpuint (json_object_get_size (hyr_state_get_section (state, "shoes")), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_round_trip (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = state_path_in (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrState) loaded = NULL;
  JsonObject *shoes;
  JsonObject *pair;
  GStatBuf st;

  shoes = hyr_state_get_section (state, "shoes");
  pair = json_object_new ();
  json_object_set_string_member (pair, "kind", "minimalist");
  json_object_set_double_member (pair, "retire-distance", 500000.5);
  json_object_set_object_member (shoes, "gear-7", pair);
  json_object_set_string_member (hyr_state_get_section (state, "profile"), "name", "Zoë «Ü»");

  g_assert_true (hyr_state_save (state, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = hyr_state_load (path, &error);
  g_assert_no_error (error);
  pair = json_object_get_object_member (hyr_state_get_section (loaded, "shoes"), "gear-7");
  g_assert_nonnull (pair);
  g_assert_cmpstr (json_object_get_string_member (pair, "kind"), ==, "minimalist");
  g_assert_cmpfloat (json_object_get_double_member (pair, "retire-distance"), ==, 500000.5);
  g_assert_cmpstr (json_object_get_string_member (hyr_state_get_section (loaded, "profile"), "name"),
                   ==, "Zoë «Ü»");
}

static void
test_folder_is_private (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = state_path_in (dir);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_new (path);
  GStatBuf st;

  g_assert_true (hyr_state_save (state, &error));
  g_assert_cmpint (g_stat (parent, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
test_backup_kept (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = state_path_in (dir);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *first = NULL;
  g_autofree char *saved_backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrState) previous = NULL;
  GStatBuf st;

  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 3);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));

  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 4);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (backup, &saved_backup, NULL, NULL));
  g_assert_cmpstr (saved_backup, ==, first);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  previous = hyr_state_load (backup, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (hyr_state_get_section (previous, "profile"),
                                               "run-days"), ==, 3);
}

static void
test_no_temporary_left (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = state_path_in (dir);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n = 0;

  for (guint i = 0; i < 3; i++)
    g_assert_true (hyr_state_save (state, &error));

  listing = g_dir_open (parent, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_true (g_str_equal (name, "state.json") || g_str_equal (name, "state.json.bak"));
      n++;
    }
  g_assert_cmpuint (n, ==, 2);
}

typedef struct
{
  const char *name;
  const char *contents;
  gsize       len;
  int         code;
  const char *member;   /* what the message must name, if anything */
} BadFile;

#define DOC(sections) "{\"schema-version\": 1, \"sections\": " sections "}"
#define BAD(name, contents, code, member) { name, contents, sizeof contents - 1, code, member }

/* Issue 14: these loaded before, and then gave criticals in the module that
 * read them (a type-confused member), a file the next start refused (an
 * infinite number written back as "inf.0"), or only the first of two
 * documents. */
static const char deep_doc[] =
  DOC ("{\"x\": {\"y\": "
       "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
       "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
       "}}");

static const char truncated_doc[] = "{\n  \"schema-version\" : 1,\n  \"sections\" : {\n    \"shoes\" : {\"a\": {\"kind\": \"cush";

static const BadFile bad_files[] = {
  { "empty", "", 0, HYR_STATE_ERROR_TRUNCATED },
  { "whitespace", "  \n\t ", 5, HYR_STATE_ERROR_TRUNCATED },
  { "truncated", truncated_doc, sizeof truncated_doc - 1, HYR_STATE_ERROR_TRUNCATED },
  { "garbage", "this is not json at all }", 25, HYR_STATE_ERROR_CORRUPT },
  { "binary", "\x89PNG\r\n\x1a\n\0\0\0", 11, HYR_STATE_ERROR_CORRUPT },
  { "array", "[1, 2, 3]", 9, HYR_STATE_ERROR_CORRUPT },
  { "no-version", "{\"sections\": {}}", 16, HYR_STATE_ERROR_CORRUPT },
  { "string-version", "{\"schema-version\": \"1\"}", 23, HYR_STATE_ERROR_CORRUPT },
  { "zero-version", "{\"schema-version\": 0}", 21, HYR_STATE_ERROR_CORRUPT },
  { "bad-sections", "{\"schema-version\": 1, \"sections\": [1]}", 38, HYR_STATE_ERROR_CORRUPT },
  { "bad-section", "{\"schema-version\": 1, \"sections\": {\"shoes\": 3}}", 47, HYR_STATE_ERROR_CORRUPT },
  { "future", "{\"schema-version\": 2, \"sections\": {\"shoes\": {}}}", 48, HYR_STATE_ERROR_FUTURE_VERSION },
  BAD ("two-documents", DOC ("{}") DOC ("{\"profile\": {}}"), HYR_STATE_ERROR_CORRUPT, "more after"),
  BAD ("trailing-garbage", DOC ("{}") " x", HYR_STATE_ERROR_CORRUPT, NULL),
  BAD ("trailing-nul", DOC ("{}") "\0", HYR_STATE_ERROR_CORRUPT, NULL),
  BAD ("infinity-unknown-section", DOC ("{\"from-a-plugin\": {\"x\": [1, 1e999]}}"),
       HYR_STATE_ERROR_CORRUPT, "from-a-plugin › x › 1"),
  BAD ("minus-infinity", DOC ("{\"shoes\": {\"pairs\": {\"7\": {\"retire-distance\": -1e999}}}}"),
       HYR_STATE_ERROR_CORRUPT, "retire-distance"),
  BAD ("own-object", DOC ("{\"shoes\": {\"pairs\": {\"a\": {\"own\": {}}}}}"),
       HYR_STATE_ERROR_CORRUPT, "shoes › pairs › a › own"),
  BAD ("modality-array", DOC ("{\"sports\": {\"running\": {\"modality\": [\"run\"]}}}"),
       HYR_STATE_ERROR_CORRUPT, "sports › running › modality"),
  BAD ("protein-goal-object", DOC ("{\"protein\": {\"goal\": {\"x\": 1}}}"),
       HYR_STATE_ERROR_CORRUPT, "protein › goal"),
  BAD ("pairs-array", DOC ("{\"shoes\": {\"pairs\": []}}"), HYR_STATE_ERROR_CORRUPT, "pairs"),
  BAD ("lift-reps-string", DOC ("{\"lift-log\": {\"squat\": {\"2026-03-02\": {\"reps\": \"7\"}}}}"),
       HYR_STATE_ERROR_CORRUPT, "reps"),
  BAD ("since-number", DOC ("{\"profile\": {\"training-maxes\": {\"squat\": {\"since\": 1}}}}"),
       HYR_STATE_ERROR_CORRUPT, "since"),
  /* Found by tests/fuzz: a file of comments parses to no document at all,
   * which gave a critical. */
  BAD ("comments-only", "/* nothing */ //", HYR_STATE_ERROR_TRUNCATED, "empty"),
  BAD ("comment-only", "//", HYR_STATE_ERROR_TRUNCATED, "empty"),
  /* Found by tests/fuzz: the name came back from a save as bytes that are
   * not UTF-8, and the file no longer loaded. */
  BAD ("lone-surrogate-name", DOC ("{\"x\": {\"a\\ud800b\": 1}}"), HYR_STATE_ERROR_CORRUPT, "holds text"),
  { "nested-too-deeply", deep_doc, sizeof deep_doc - 1, HYR_STATE_ERROR_CORRUPT, "nested" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) save_error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) read_only = NULL;
  gsize after_len = 0;

  g_assert_true (g_file_set_contents (path, bad->contents, bad->len, NULL));

  state = hyr_state_load (path, &error);
  g_assert_null (state);
  g_assert_error (error, HYR_STATE_ERROR, bad->code);
  g_assert_nonnull (strstr (error->message, "state.json"));
  if (bad->member != NULL && strstr (error->message, bad->member) == NULL)
    g_error ("“%s” does not name “%s”", error->message, bad->member);

  /* Carrying on read-only must not touch the file, even when asked to save. */
  read_only = hyr_state_new_read_only (path, error);
  g_assert_true (hyr_state_get_read_only (read_only));
  g_assert_error (hyr_state_get_load_error (read_only), HYR_STATE_ERROR, bad->code);
  json_object_set_int_member (hyr_state_get_section (read_only, "profile"), "run-days", 5);
  g_assert_false (hyr_state_save (read_only, &save_error));
  g_assert_error (save_error, HYR_STATE_ERROR, HYR_STATE_ERROR_READ_ONLY);

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (after, after_len, bad->contents, bad->len);
}

static void
test_set_aside_keeps_damaged_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autofree char *moved_to = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) reloaded = NULL;
  const char *damaged = "{\"schema-version\": 1, \"sections\": {";

  g_assert_true (g_file_set_contents (path, damaged, -1, NULL));
  state = hyr_state_load (path, &error);
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_TRUNCATED);

  state = hyr_state_new_read_only (path, error);
  g_clear_error (&error);

  g_assert_true (hyr_state_set_aside (state, &moved_to, &error));
  g_assert_no_error (error);
  g_assert_nonnull (moved_to);
  g_assert_true (g_str_has_prefix (moved_to, path));
  g_assert_false (hyr_state_get_read_only (state));
  g_assert_null (hyr_state_get_load_error (state));

  g_assert_true (g_file_get_contents (moved_to, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, damaged);

  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 3);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_no_error (error);
  reloaded = hyr_state_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (hyr_state_get_section (reloaded, "profile"),
                                               "run-days"), ==, 3);
}

static void
test_unknown_sections_survive (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) again = NULL;
  JsonObject *future;

  g_assert_true (g_file_set_contents (path,
                                      "{\"schema-version\": 1, \"sections\": "
                                      "{\"from-a-plugin\": {\"x\": 42}}}", -1, NULL));
  state = hyr_state_load (path, &error);
  g_assert_no_error (error);
  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 3);
  g_assert_true (hyr_state_save (state, &error));

  again = hyr_state_load (path, &error);
  g_assert_no_error (error);
  future = hyr_state_get_section (again, "from-a-plugin");
  g_assert_cmpint (json_object_get_int_member (future, "x"), ==, 42);
}

static void
on_changed (HyrState   *state,
            const char *section,
            guint      *count)
{
  g_assert_cmpstr (section, ==, "shoes");
  (*count)++;
}

static void
test_changed_is_detailed (void)
{
  g_autoptr(HyrState) state = hyr_state_new ("/nonexistent/state.json");
  guint count = 0;

  g_signal_connect (state, "changed::shoes", G_CALLBACK (on_changed), &count);
  hyr_state_section_changed (state, "profile");
  hyr_state_section_changed (state, "shoes");
  g_assert_cmpuint (count, ==, 1);
}

static void
test_unwritable_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;

  /* A file standing where the folder should be fails even for root, who
   * could write anywhere else. */
  {
    g_autofree char *dir = make_dir ();
    g_autofree char *blocker = g_build_filename (dir, "blocker", NULL);
    g_autofree char *path = g_build_filename (blocker, "state.json", NULL);

    g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
    state = hyr_state_new (path);
    g_assert_false (hyr_state_save (state, &error));
    g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO);
  }
}

static void
test_default_path (void)
{
  g_autofree char *path = hyr_state_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "hypertrophy-running",
                                                "state.json", NULL);

  g_assert_cmpstr (path, ==, expected);
}

/* Issue 14: every section the plugin writes, and one it does not know,
 * loads, saves and loads again to the same document. */
static void
test_every_section_round_trip (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  g_autofree char *fixture = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) again = NULL;
  g_autoptr(JsonParser) expected = json_parser_new ();
  g_autoptr(JsonParser) written = json_parser_new ();
  JsonObject *sections;
  g_autoptr(GList) names = NULL;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "state-every-section.json",
                                                           NULL),
                                      &fixture, NULL, NULL));
  g_assert_true (g_file_set_contents (path, fixture, -1, NULL));
  g_assert_true (json_parser_load_from_data (expected, fixture, -1, NULL));

  state = hyr_state_load (path, &error);
  g_assert_no_error (error);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_no_error (error);

  again = hyr_state_load (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_true (json_parser_load_from_data (written, saved, -1, NULL));

  sections = json_object_get_object_member (json_node_get_object (json_parser_get_root (expected)),
                                            "sections");
  names = json_object_get_members (sections);
  g_assert_cmpuint (g_list_length (names), ==, 8);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *section = json_object_get_member (sections, l->data);
      g_autoptr(JsonNode) loaded = json_node_init_object (json_node_alloc (),
                                                          hyr_state_get_section (again, l->data));

      if (!json_node_equal (section, loaded))
        g_error ("Section “%s” changed in a round trip", (const char *)l->data);
    }
  g_assert_true (json_node_equal (json_parser_get_root (expected), json_parser_get_root (written)));
}

/* Issue 14: a number JSON cannot hold is refused when saving, and the file
 * on disk stays the good previous state. */
static void
test_save_refuses_what_would_not_load (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = state_path_in (dir);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_new (path);
  g_autoptr(HyrState) again = NULL;
  JsonObject *pair = json_object_new ();
  JsonObject *pairs = json_object_new ();

  json_object_set_double_member (hyr_state_get_section (state, "unknown"), "x", 1.5);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  json_object_set_double_member (hyr_state_get_section (state, "unknown"), "x", INFINITY);
  g_assert_false (hyr_state_save (state, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "unknown › x"));
  g_clear_error (&error);

  json_object_set_double_member (hyr_state_get_section (state, "unknown"), "x", NAN);
  g_assert_false (hyr_state_save (state, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_INVALID);
  g_clear_error (&error);

  json_object_set_double_member (hyr_state_get_section (state, "unknown"), "x", 2);
  json_object_set_string_member (pair, "own", "yes");
  json_object_set_object_member (pairs, "a", pair);
  json_object_set_object_member (hyr_state_get_section (state, "shoes"), "pairs", pairs);
  g_assert_false (hyr_state_save (state, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "shoes › pairs › a › own"));
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  again = hyr_state_load (path, &error);
  g_assert_no_error (error);
}

/* Issue 14: each save killed between writing its temporary file and the
 * rename left a "state.json.XXXXXX" behind. Loading removes them, and only
 * them. */
static void
test_stale_temporaries_removed (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) missing = NULL;
  g_autofree char *path = g_build_filename (dir, "state.json", NULL);
  const char *stale[] = { "state.json.a1B2c3", "state.json.ZZZZZZ", "state.json.bak.Q9w8E7" };
  const char *kept[] = { "state.json.bak", "state.json.damaged-20260101-101010",
                         "state.json.a1B2c34", "other.json.a1B2c3", "state.json.a1-2c3",
                         "state.json.bak.a1B2c34", "state.json.old.a1B2c3" };

  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *file = g_build_filename (dir, stale[i], NULL);
      g_assert_true (g_file_set_contents (file, "{\"schema-version\": 1, \"sec", -1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *file = g_build_filename (dir, kept[i], NULL);
      g_assert_true (g_file_set_contents (file, "x", -1, NULL));
    }

  /* Even with no state file yet: the first save may be the one killed. */
  missing = hyr_state_load (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *file = g_build_filename (dir, stale[i], NULL);
      g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *file = g_build_filename (dir, kept[i], NULL);
      g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));
    }

  g_assert_true (hyr_state_save (missing, &error));
  state = hyr_state_load (path, &error);
  g_assert_no_error (error);
}

/* Issue 14: a folder that already existed kept its mode 0755. */
static void
test_existing_folder_tightened (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = state_path_in (dir);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_new (path);
  GStatBuf st;

  g_assert_cmpint (g_mkdir (parent, 0755), ==, 0);
  g_assert_cmpint (g_chmod (parent, 0755), ==, 0);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (parent, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* Issue 14: a save that cannot be written leaves the state as it was on
 * disk (the file and its backup byte for byte), no temporary file, and an
 * error that says why; and once there is room again, the same state saves.
 * Each case runs in a child of its own (see tests/hyr-test-mount.c). */

typedef struct
{
  char *mount;      /* a tmpfs of a few pages, or a plain folder */
  char *folder;     /* the state's folder in it */
  char *path;
  char *before;     /* the file and its backup before the failed save */
  char *backup_before;
} SavedTwice;

/* A state saved twice, so that both the file and its backup exist. */
static HyrState *
state_saved_twice (SavedTwice *s,
                   const char *mount)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  HyrState *state;

  s->mount = g_strdup (mount);
  s->folder = g_build_filename (mount, "hypertrophy-running", NULL);
  s->path = g_build_filename (s->folder, "state.json", NULL);
  backup = g_strconcat (s->path, ".bak", NULL);

  state = hyr_state_new (s->path);
  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 3);
  g_assert_true (hyr_state_save (state, &error));
  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 4);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (s->path, &s->before, NULL, NULL));
  g_assert_true (g_file_get_contents (backup, &s->backup_before, NULL, NULL));

  /* What the failed save would have written: a change, and a section
   * larger than the whole file was. */
  json_object_set_int_member (hyr_state_get_section (state, "profile"), "run-days", 5);
  {
    g_autofree char *text = g_strnfill (2000, 'a');

    json_object_set_string_member (hyr_state_get_section (state, "from-the-test"), "text", text);
  }
  return state;
}

static void
assert_untouched (SavedTwice *s)
{
  g_autofree char *backup = g_strconcat (s->path, ".bak", NULL);
  g_autofree char *after = NULL;
  g_autofree char *backup_after = NULL;

  g_assert_true (g_file_get_contents (s->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, s->before);
  g_assert_true (g_file_get_contents (backup, &backup_after, NULL, NULL));
  g_assert_cmpstr (backup_after, ==, s->backup_before);
  hyr_test_assert_only_files (s->folder, "state.json", "state.json.bak", NULL);
}

static void
saved_twice_clear (SavedTwice *s)
{
  g_free (s->mount);
  g_free (s->folder);
  g_free (s->path);
  g_free (s->before);
  g_free (s->backup_before);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SavedTwice, saved_twice_clear)

/* Runs the test in a child, or skips it where the child could not mount
 * its file system. */
static gboolean
in_child_with_tmpfs (void)
{
  g_autofree char *why = NULL;

  if (g_test_subprocess ())
    return TRUE;

  if (!hyr_test_can_mount_tmpfs (&why))
    {
      g_test_skip (why);
      return FALSE;
    }

  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

static char *
child_tmpfs (guint size_kib)
{
  g_autofree char *why = NULL;
  char *mount = make_dir ();

  if (!hyr_test_mount_tmpfs (mount, size_kib, &why))
    g_error ("%s", why);
  return mount;
}

static void
assert_save_fails (HyrState   *state,
                   const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hyr_state_save (state, &error));
  g_assert_error (error, HYR_STATE_ERROR, HYR_STATE_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, reason));
}

/* No room at all: the temporary file cannot be written. */
static void
test_disk_full (void)
{
  g_auto(SavedTwice) s = { 0 };
  g_autofree char *mount = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *after = NULL;
  g_autoptr(HyrState) state = NULL;
  g_autoptr(GError) error = NULL;

  if (!in_child_with_tmpfs ())
    return;

  mount = child_tmpfs (64);
  filler = g_build_filename (mount, "filler", NULL);
  state = state_saved_twice (&s, mount);
  g_assert_cmpuint (hyr_test_fill_file_system (mount), >, 0);

  assert_save_fails (state, g_strerror (ENOSPC));
  assert_untouched (&s);

  /* Room again: nothing was left half done that stops the next save. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  g_assert_true (hyr_state_save (state, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (s.path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "from-the-test"));
}

/* Room for the new file but not for the backup of the old one: the save
 * stops before the rename, and the new file goes. */
static void
test_disk_full_at_backup (void)
{
  g_auto(SavedTwice) s = { 0 };
  g_autofree char *mount = NULL;
  g_autoptr(HyrState) state = NULL;

  if (!in_child_with_tmpfs ())
    return;

  mount = child_tmpfs (64);
  state = state_saved_twice (&s, mount);
  hyr_test_fill_file_system (mount);
  hyr_test_free_file_system_block (mount);

  assert_save_fails (state, g_strerror (ENOSPC));
  assert_untouched (&s);
}

/* A file system mounted read-only refuses root as well. */
static void
test_read_only_file_system (void)
{
  g_auto(SavedTwice) s = { 0 };
  g_autofree char *mount = NULL;
  g_autofree char *why = NULL;
  g_autoptr(HyrState) state = NULL;

  if (!in_child_with_tmpfs ())
    return;

  mount = child_tmpfs (64);
  state = state_saved_twice (&s, mount);
  if (!hyr_test_remount_read_only (mount, &why))
    g_error ("%s", why);

  assert_save_fails (state, g_strerror (EROFS));
  assert_untouched (&s);
}

/* The user made the state's folder read-only (chmod 0500): the save is
 * refused and the folder stays read-only. Root is held to the mode too,
 * without its capabilities. */
static void
test_read_only_folder (void)
{
  g_auto(SavedTwice) s = { 0 };
  g_autofree char *dir = NULL;
  g_autoptr(HyrState) state = NULL;
  GStatBuf st;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = make_dir ();
  state = state_saved_twice (&s, dir);
  hyr_test_drop_file_capabilities ();
  g_assert_cmpint (g_chmod (s.folder, 0500), ==, 0);

  assert_save_fails (state, g_strerror (EACCES));
  g_assert_cmpint (g_stat (s.folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0500);
  assert_untouched (&s);
  g_assert_cmpint (g_chmod (s.folder, 0700), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/state/missing-file", test_missing_file_is_empty_state);
  g_test_add_func ("/state/round-trip", test_round_trip);
  g_test_add_func ("/state/folder-private", test_folder_is_private);
  g_test_add_func ("/state/backup-kept", test_backup_kept);
  g_test_add_func ("/state/no-temporary-left", test_no_temporary_left);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/state/bad-file/%s", bad_files[i].name);
      g_test_add_data_func (name, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/state/set-aside", test_set_aside_keeps_damaged_file);
  g_test_add_func ("/state/unknown-sections-survive", test_unknown_sections_survive);
  g_test_add_func ("/state/changed-detailed", test_changed_is_detailed);
  g_test_add_func ("/state/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/state/default-path", test_default_path);
  g_test_add_func ("/state/every-section-round-trip", test_every_section_round_trip);
  g_test_add_func ("/state/save-refuses-what-would-not-load", test_save_refuses_what_would_not_load);
  g_test_add_func ("/state/stale-temporaries-removed", test_stale_temporaries_removed);
  g_test_add_func ("/state/existing-folder-tightened", test_existing_folder_tightened);
  g_test_add_func ("/state/disk-full", test_disk_full);
  g_test_add_func ("/state/disk-full-at-backup", test_disk_full_at_backup);
  g_test_add_func ("/state/read-only-file-system", test_read_only_file_system);
  g_test_add_func ("/state/read-only-folder", test_read_only_folder);

  return g_test_run ();
}
