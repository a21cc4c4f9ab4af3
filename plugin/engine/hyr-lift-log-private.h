/* hyr-lift-log-private.h — the AMRAP results the planner reads; not
 * installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

void _hyr_lift_log_results (HyrLiftLog *self,
                            HyrLift     lift,
                            GDateTime  *from,
                            GDateTime  *to,
                            guint      *made,
                            guint      *missed);

G_END_DECLS
