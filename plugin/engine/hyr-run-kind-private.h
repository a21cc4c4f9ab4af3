/* hyr-run-kind-private.h — what the planner takes each kind of run to be;
 * not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

double _hyr_run_kind_pace_factor (HyrRunKind  kind);
double _hyr_run_kind_hard_share  (HyrRunKind  kind);
char  *_hyr_run_kind_title       (HyrRunKind  kind,
                                  double      distance,
                                  const char *distance_unit);
gboolean _hyr_run_kind_title_names_race (const char *title);

G_END_DECLS
