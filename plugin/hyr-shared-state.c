/* hyr-shared-state.c — one HyrState per process
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shared-state"

#include "config.h"

#include "hyr-shared-state.h"

/* The pages and the plugin manager's preferences edit the same file. Two
 * HyrState objects on one path would be two writers, each overwriting the
 * other's sections, so every part of the plugin shares one while any part
 * holds it; the last release drops it, and the next acquire reloads from
 * disk. Only the main thread touches it. */
static HyrState *shared_state;

static HyrState *
load_state (void)
{
  g_autofree char *path = hyr_state_get_default_path ();
  g_autoptr(GError) error = NULL;
  HyrState *state;

  state = hyr_state_load (path, &error);
  if (state != NULL)
    return state;

  /* The file stays untouched; the pages say why and offer to start afresh,
   * keeping the damaged file aside. */
  g_warning ("%s", error->message);
  return hyr_state_new_read_only (path, error);
}

/**
 * hyr_shared_state_acquire:
 *
 * Returns: (transfer full): the process's state, loaded on first use
 */
HyrState *
hyr_shared_state_acquire (void)
{
  if (shared_state != NULL)
    return g_object_ref (shared_state);

  shared_state = load_state ();
  g_object_add_weak_pointer (G_OBJECT (shared_state), (gpointer *)&shared_state);

  return shared_state;
}
