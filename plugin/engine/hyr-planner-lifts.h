/* hyr-planner-lifts.h — the strength work of the week the planner drafts;
 * not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr-planner-draft.h"

G_BEGIN_DECLS

void      _hyr_week_draft_plan_lifts        (WeekDraft      *draft);
void      _hyr_week_draft_add_lift_sessions (WeekDraft      *draft,
                                             GPtrArray      *sessions);
GVariant *_hyr_week_draft_sets_per_muscle   (WeekDraft      *draft);
void      _hyr_week_plan_count_done_sets    (PlannerContext *ctx,
                                             HyrWeekPlan    *plan,
                                             int             week);
void      _hyr_week_draft_warn_strength     (WeekDraft      *draft);

G_END_DECLS
