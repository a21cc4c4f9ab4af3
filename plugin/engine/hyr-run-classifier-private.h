/* hyr-run-classifier-private.h — the run classifier over packed activities
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"
#include "hyr-history-cache.h"

G_BEGIN_DECLS

void       _hyr_run_classifier_learn_packed    (HyrRunClassifier        *self,
                                                const HyrPackedActivity *activities,
                                                guint                    n_activities,
                                                const HyrModality       *sport_modalities);
gboolean   _hyr_run_classifier_has_corrections (HyrRunClassifier        *self);
HyrRunKind _hyr_run_classifier_classify_packed (HyrRunClassifier        *self,
                                                const HyrPackedActivity *run,
                                                gboolean                 corrections);

G_END_DECLS
