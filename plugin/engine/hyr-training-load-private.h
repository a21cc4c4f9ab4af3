/* hyr-training-load-private.h — the load of one session, for the
 * planner's simulation of the weeks ahead; not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

double _hyr_training_load_session (HyrActivity      *activity,
                                   HyrModality       modality,
                                   HyrRunClassifier *classifier,
                                   gboolean         *estimated);
double _hyr_training_load_planned (HyrSessionKind    kind,
                                   HyrRunKind        run_kind,
                                   double            duration);

G_END_DECLS
