/* fuzz-state-load.c — libFuzzer target for the state loader
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Feeds arbitrary bytes to the loader, as a damaged or hand-edited
 * state.json would. Beyond "no crash, no critical" (criticals and warnings
 * are made fatal), it checks the promise of issue 14: whatever loads also
 * saves, and what was saved loads again to the very same document, so a
 * save can never make the file unreadable.
 *
 * Built with -Dfuzzing=true and clang; build-aux/hyr-fuzz runs it.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hyr.h"
#include "hyr-state-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A warning, a critical or an error is a finding. They end in abort(),
 * which libFuzzer catches and saves the input for, rather than in GLib's
 * breakpoint trap, which it does not. Debug messages (the loader's notes
 * on what it ignores) are dropped. */
static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static void
setup (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;

  g_log_set_writer_func (write_log, NULL, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HyrState) state = NULL;
  g_autoptr(HyrState) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;
  gsize saved_len = 0;
  gsize resaved_len = 0;

  setup ();

  state = _hyr_state_load_data ("fuzz/state.json", (const char *)data, size, &error);
  if (state == NULL)
    {
      g_assert_true (error != NULL && error->domain == HYR_STATE_ERROR);
      return 0;
    }

  saved = _hyr_state_to_data (state, &saved_len, &error);
  if (saved == NULL)
    g_error ("A state that loaded cannot be saved: %s", error->message);

  again = _hyr_state_load_data ("fuzz/state.json", saved, saved_len, &error);
  if (again == NULL)
    g_error ("A saved state does not load again: %s\n%s", error->message, saved);

  resaved = _hyr_state_to_data (again, &resaved_len, &error);
  if (resaved == NULL || resaved_len != saved_len || memcmp (saved, resaved, saved_len) != 0)
    g_error ("A state changed in a save and load:\n%s\n---\n%s", saved,
             resaved != NULL ? resaved : "(not saved)");

  return 0;
}
