/* hyr-planner-draft.c — what the parts of the week being drafted share
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-planner"

#include "config.h"

#include "hyr.h"
#include "hyr-calendar-private.h"
#include "hyr-planner-draft.h"
#include "hyr-state-section-private.h"

/* Whether the runner moved or skipped the session kept under @key in the
 * week of @draft: @slot becomes the day of the week it was moved to, or
 * -1 for skipped. */
gboolean
_hyr_week_draft_change (WeekDraft  *draft,
                        const char *key,
                        int        *slot)
{
  JsonObject *changes = hyr_state_get_section (draft->ctx->state, CHANGES_SECTION);
  const char *value = _hyr_json_get_string (changes, key);
  g_autoptr(GDateTime) day = NULL;
  int offset;

  if (value == NULL)
    return FALSE;

  if (g_str_equal (value, "skip"))
    {
      *slot = -1;
      return TRUE;
    }

  day = _hyr_parse_date (value, draft->ctx->zone);
  if (day == NULL)
    return FALSE;
  offset = _hyr_julian_day (day) - draft->week;
  if (offset < 0 || offset > 6)
    return FALSE;

  *slot = offset;
  return TRUE;
}
