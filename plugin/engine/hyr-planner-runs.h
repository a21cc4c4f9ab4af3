/* hyr-planner-runs.h — the running of the week the planner drafts; not
 * installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr-planner-draft.h"

G_BEGIN_DECLS

void _hyr_week_draft_plan_runs        (WeekDraft *draft);
void _hyr_week_draft_add_run_sessions (WeekDraft *draft,
                                       GPtrArray *sessions);
void _hyr_week_draft_warn_easy_share  (WeekDraft *draft);

G_END_DECLS
