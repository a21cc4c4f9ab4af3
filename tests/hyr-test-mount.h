/* hyr-test-mount.h — a tiny private file system, a read-only one, and a
 * root that obeys file modes, for tests of failing saves
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean hyr_test_can_mount_tmpfs        (char       **why);
gboolean hyr_test_mount_tmpfs            (const char  *dir,
                                          guint        size_kib,
                                          char       **why);
gboolean hyr_test_remount_read_only      (const char  *dir,
                                          char       **why);
void     hyr_test_drop_file_capabilities (void);
gsize    hyr_test_fill_file_system       (const char  *dir);
void     hyr_test_free_file_system_block (const char  *dir);
void     hyr_test_assert_only_files      (const char  *dir,
                                          ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
