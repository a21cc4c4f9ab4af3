/* test-state-crash.c — a save killed at any moment leaves the old or the new state
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Issue 14: "a state file can never lose data". A child process (this
 * program with --child) loads the state and saves it in a loop, a counter
 * one higher each time, telling the parent on a pipe when each save starts
 * ("S n") and when it returned ("D n"). The parent kills it with SIGKILL
 * after a random delay, 200 times, and each time checks that:
 *
 *  - the state loads without error, and holds exactly the last finished
 *    save or the one that was under way when the kill came (old or new,
 *    never a mix: the payload is derived from the counter and checked);
 *  - the backup, when there is one, loads too;
 *  - after that load no temporary file of the state is left.
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hyr.h"

#define N_RUNS        200
#define MAX_DELAY_US  40000
#define SECTION       "crash-test"

static const char *self_path;

static void
say (char   kind,
     gint64 n)
{
  char line[32];
  int len = g_snprintf (line, sizeof line, "%c %" G_GINT64_FORMAT "\n", kind, n);
  const char *p = line;

  while (len > 0)
    {
      ssize_t written = write (STDOUT_FILENO, p, len);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        _exit (4);
      p += written;
      len -= written;
    }
}

static gint64
counter_of (HyrState *state)
{
  JsonObject *section = hyr_state_get_section (state, SECTION);

  return json_object_get_int_member_with_default (section, "counter", 0);
}

/* Writes a document whose every part follows from @n, in sizes that vary
 * from a few hundred bytes to several kilobytes, so that a mix of two saves
 * would show. */
static void
fill (HyrState *state,
      gint64    n)
{
  JsonObject *section = hyr_state_get_section (state, SECTION);
  JsonArray *items = json_array_new ();
  g_autofree char *payload = g_strnfill ((n * 37) % 4000, 'a' + n % 26);

  for (gint64 i = 0; i < n % 64; i++)
    json_array_add_int_element (items, n);

  json_object_set_int_member (section, "counter", n);
  json_object_set_array_member (section, "items", items);
  json_object_set_string_member (section, "payload", payload);
}

static void
check_consistent (HyrState *state)
{
  JsonObject *section = hyr_state_get_section (state, SECTION);
  gint64 n = counter_of (state);
  JsonArray *items;

  if (n == 0)
    return;

  items = json_object_get_array_member (section, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, n % 64);
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpint (json_array_get_int_element (items, i), ==, n);
  g_assert_cmpuint (strlen (json_object_get_string_member (section, "payload")), ==, (n * 37) % 4000);
}

static int
run_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrState) state = hyr_state_load (path, &error);
  gint64 n;

  if (state == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 2;
    }

  n = counter_of (state);
  for (;;)
    {
      n++;
      fill (state, n);
      say ('S', n);
      if (!hyr_state_save (state, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 3;
        }
      say ('D', n);
    }
}

static guint
count_temporaries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (g_str_equal (name, "state.json") || g_str_equal (name, "state.json.bak"))
        continue;
      g_assert_true (g_str_has_prefix (name, "state.json."));
      n++;
    }

  return n;
}

static void
test_killed_saves (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hyr-crash-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  gint64 before = 0;
  guint mid_save = 0;
  guint temporaries_seen = 0;
  guint saves = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "state.json", NULL);
  backup = g_strconcat (path, ".bak", NULL);

  for (guint run = 0; run < N_RUNS; run++)
    {
      const char *argv[] = { self_path, "--child", path, NULL };
      g_autoptr(HyrState) state = NULL;
      g_autoptr(GString) said = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      gint64 started = -1;
      gint64 done = -1;
      gint64 now;
      GPid pid;
      int out_fd;
      int status;
      char buffer[4096];
      ssize_t got;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **)argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                               &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      g_usleep (g_test_rand_int_range (0, MAX_DELAY_US));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      /* Ended by the kill, not by an error of its own. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      while ((got = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (said, buffer, got);
      close (out_fd);

      lines = g_strsplit (said->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (g_str_has_prefix (lines[i], "S "))
            started = g_ascii_strtoll (lines[i] + 2, NULL, 10);
          else if (g_str_has_prefix (lines[i], "D "))
            {
              done = g_ascii_strtoll (lines[i] + 2, NULL, 10);
              saves++;
            }
        }
      if (started > done)
        mid_save++;

      temporaries_seen += count_temporaries (dir);

      state = hyr_state_load (path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (state);
      now = counter_of (state);
      check_consistent (state);

      /* The old state or the new, never anything else. */
      if (started < 0)
        g_assert_cmpint (now, ==, before);
      else if (now != started)
        g_assert_cmpint (now, ==, done >= 0 ? done : before);

      /* Those of the backup too, without loading it. */
      g_assert_cmpuint (count_temporaries (dir), ==, 0);

      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        {
          g_autoptr(HyrState) previous = hyr_state_load (backup, &error);

          g_assert_no_error (error);
          check_consistent (previous);
        }

      g_assert_cmpuint (count_temporaries (dir), ==, 0);
      before = now;
    }

  g_test_message ("%u runs, %u saves, %u kills during a save, %u temporary files left "
                  "by them and removed by the next load",
                  N_RUNS, saves, mid_save, temporaries_seen);

  /* The kills must have hit saves, or the test proved nothing. */
  g_assert_cmpuint (mid_save, >, 0);
  g_assert_cmpint (before, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/state/killed-saves", test_killed_saves);

  return g_test_run ();
}
