/* hyr-planner-plans.h — accepted weeks in the state's "plans" section; not
 * installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hyr.h"

G_BEGIN_DECLS

JsonObject  *_hyr_accepted_week_to_json (HyrWeekPlan *plan);
char        *_hyr_accepted_week_key     (GDateTime   *week_start);
HyrWeekPlan *_hyr_accepted_week_read    (JsonObject  *section,
                                         GDateTime   *week_start,
                                         const char  *distance_unit);

G_END_DECLS
