/* hyr-test-mount.c — a tiny private file system, a read-only one, and a
 * root that obeys file modes, for tests of failing saves
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The suite runs as root in CI, and root writes into a folder of mode 0500
 * and needs no room a quota would deny; a bind mount or a small file system
 * would change the machine for everyone. So a test that needs a full disk
 * or a read-only file system runs in a g_test_trap_subprocess() child,
 * which takes a mount namespace of its own (and a user namespace when it is
 * not root, or root without CAP_SYS_ADMIN) and mounts a tmpfs of a few
 * pages there: nobody else sees it, and it goes with the child. A test of
 * file modes drops the child's effective capabilities instead, so that root
 * is refused as anyone else would be.
 */

#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "hyr-test-mount.h"

/* The pages a tmpfs counts its room in. */
#define BLOCK 4096
#define FILLER "filler"

static gboolean
write_proc (const char  *file,
            const char  *text,
            char       **why)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents_full (file, text, -1, G_FILE_SET_CONTENTS_NONE, 0644, &error))
    {
      *why = g_strdup_printf ("%s: %s", file, error->message);
      return FALSE;
    }
  return TRUE;
}

/* Only a single-threaded process can take a user namespace, and a mount
 * namespace of its own: a subprocess child, or a child of fork(). */
static gboolean
enter_mount_namespace (char **why)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (unshare (CLONE_NEWNS) != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        {
          *why = g_strdup_printf ("no private mount namespace: %s", g_strerror (errno));
          return FALSE;
        }
      if (!write_proc ("/proc/self/setgroups", "deny", why) ||
          !write_proc ("/proc/self/uid_map", uid_map, why) ||
          !write_proc ("/proc/self/gid_map", gid_map, why))
        return FALSE;
    }

  /* Nothing mounted from here on reaches the parent's namespace. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    {
      *why = g_strdup_printf ("cannot make the mounts private: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * hyr_test_mount_tmpfs:
 * @dir: an existing, empty folder
 * @size_kib: the file system's size
 * @why: (out): what failed, for g_test_skip()
 *
 * Mounts a tmpfs of @size_kib at @dir, in a mount namespace of the calling
 * process alone. Call it in a single-threaded child.
 */
gboolean
hyr_test_mount_tmpfs (const char  *dir,
                      guint        size_kib,
                      char       **why)
{
  g_autofree char *options = g_strdup_printf ("size=%uk,mode=0700", size_kib);

  if (!enter_mount_namespace (why))
    return FALSE;

  if (mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      *why = g_strdup_printf ("cannot mount a tmpfs: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * hyr_test_can_mount_tmpfs:
 * @why: (out): what failed, for g_test_skip()
 *
 * Whether hyr_test_mount_tmpfs() works on this machine, tried in a child
 * so that the caller's namespaces stay as they are.
 */
gboolean
hyr_test_can_mount_tmpfs (char **why)
{
  g_autofree char *dir = g_dir_make_tmp ("hyr-mount-XXXXXX", NULL);
  int fds[2];
  char buffer[256] = "";
  pid_t pid;
  int status = 0;
  ssize_t n;

  g_assert_nonnull (dir);
  g_assert_cmpint (pipe (fds), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      char *reason = NULL;

      close (fds[0]);
      if (hyr_test_mount_tmpfs (dir, 16, &reason))
        _exit (0);
      if (write (fds[1], reason, strlen (reason)) < 0)
        _exit (2);
      _exit (1);
    }

  close (fds[1]);
  n = read (fds[0], buffer, sizeof buffer - 1);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_rmdir (dir);

  if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
    return TRUE;

  buffer[MAX (n, 0)] = '\0';
  *why = g_strdup (buffer[0] != '\0' ? buffer : "the probe failed");
  return FALSE;
}

/**
 * hyr_test_remount_read_only:
 * @dir: where hyr_test_mount_tmpfs() mounted a tmpfs
 * @why: (out): what failed
 *
 * Makes that file system read-only: every write fails with EROFS, for
 * root too.
 */
gboolean
hyr_test_remount_read_only (const char  *dir,
                            char       **why)
{
  if (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) != 0)
    {
      *why = g_strdup_printf ("cannot remount read-only: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * hyr_test_drop_file_capabilities:
 *
 * Clears the calling process's effective capabilities. Root is then held
 * to file modes like anyone else: Linux lets root past them through
 * CAP_DAC_OVERRIDE, not through its user id.
 */
void
hyr_test_drop_file_capabilities (void)
{
  struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3];

  memset (data, 0, sizeof data);
  g_assert_cmpint (syscall (SYS_capget, &header, data), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (data); i++)
    data[i].effective = 0;
  g_assert_cmpint (syscall (SYS_capset, &header, data), ==, 0);
}

/**
 * hyr_test_fill_file_system:
 * @dir: a folder on a small file system
 *
 * Writes a file in @dir until the file system is full.
 *
 * Returns: the bytes written
 */
gsize
hyr_test_fill_file_system (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, FILLER, NULL);
  char block[BLOCK];
  gsize written = 0;
  int fd;

  memset (block, 'x', sizeof block);
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);

  for (;;)
    {
      ssize_t n = write (fd, block, sizeof block);

      if (n < 0)
        {
          g_assert_cmpint (errno, ==, ENOSPC);
          break;
        }
      written += (gsize) n;
      /* A short write took the last of the room. */
      g_assert_cmpint (n, ==, sizeof block);
    }

  close (fd);
  return written;
}

/**
 * hyr_test_free_file_system_block:
 * @dir: the folder given to hyr_test_fill_file_system()
 *
 * Gives back one block of the file system filled: room for one small file.
 */
void
hyr_test_free_file_system_block (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, FILLER, NULL);
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >=, BLOCK);
  g_assert_cmpint (truncate (path, st.st_size - BLOCK), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * hyr_test_assert_only_files:
 * @dir: a folder
 * @...: the names it must hold, then %NULL
 *
 * Asserts that @dir holds those files and nothing else: no temporary file
 * was left behind.
 */
void
hyr_test_assert_only_files (const char *dir,
                            ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *found_text = NULL;
  const char *name;
  va_list args;

  va_start (args, dir);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, (gpointer) name);
  va_end (args);
  g_ptr_array_sort (expected, compare_names);
  g_ptr_array_add (expected, NULL);

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (found, g_strdup (name));
  g_ptr_array_sort (found, compare_names);
  g_ptr_array_add (found, NULL);

  expected_text = g_strjoinv (" ", (char **) expected->pdata);
  found_text = g_strjoinv (" ", (char **) found->pdata);
  g_assert_cmpstr (found_text, ==, expected_text);
}
