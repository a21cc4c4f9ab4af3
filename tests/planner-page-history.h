/* planner-page-history.h — a runner-lifter's history for the planner page's
 * test and screenshots
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr-test-store.h"

G_BEGIN_DECLS

#define PLANNER_PAGE_SHOE_DAILY      "gear-daily"
#define PLANNER_PAGE_SHOE_MINIMALIST "gear-minimal"

void planner_page_history_fill (HyrTestStore *store,
                                GDateTime    *today,
                                guint         n_weeks);

G_END_DECLS
