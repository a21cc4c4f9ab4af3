/* hyr-run-classifier-private.h — what the engine's other parts use of the
 * run classifier beyond its public API
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

/* The state section holding the user's corrections of run kinds. */
#define HYR_RUN_KINDS_SECTION "run-kinds"

void _hyr_run_classifier_add_reference_run    (HyrRunClassifier *self,
                                               HyrActivity      *run);
void _hyr_run_classifier_remove_reference_run (HyrRunClassifier *self,
                                               HyrActivity      *run);

G_END_DECLS
