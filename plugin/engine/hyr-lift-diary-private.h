/* hyr-lift-diary-private.h — the diary's storage, shared with the AMRAP
 * log and the planner, not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hyr.h"

G_BEGIN_DECLS

#define LIFT_DIARY_SECTION "lift-diary"
#define LIFT_DIARY_VERSION 1

HyrLoggedSet *_hyr_logged_set_new             (const char   *key,
                                               GDateTime    *when,
                                               const char   *exercise,
                                               HyrLift       lift,
                                               double        weight,
                                               guint         reps,
                                               double        rir,
                                               guint         required);
const char   *_hyr_logged_set_get_key         (HyrLoggedSet *self);
guint         _hyr_logged_set_get_required    (HyrLoggedSet *self);
void          _hyr_logged_set_set_activity_id (HyrLoggedSet *self,
                                               const char   *activity_id);

JsonObject   *_hyr_lift_diary_sets            (HyrState     *state);
GPtrArray    *_hyr_lift_diary_read_sets       (HyrState     *state,
                                               GDateTime    *from,
                                               GDateTime    *to);
gboolean      _hyr_lift_diary_put             (HyrState     *state,
                                               const char   *key,
                                               JsonObject   *entry,
                                               GError      **error);
gboolean      _hyr_lift_diary_drop            (HyrState     *state,
                                               const char   *key,
                                               GError      **error);
char         *_hyr_lift_diary_amrap_key       (HyrLift       lift,
                                               GDateTime    *day);

G_END_DECLS
