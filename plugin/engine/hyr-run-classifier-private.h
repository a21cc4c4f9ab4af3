/* hyr-run-classifier-private.h — what the engine's other parts use of the
 * run classifier beyond its public API: the sliding reference the training
 * load and the shoe tally classify runs by, over the one history's columns
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"
#include "hyr-history-cache.h"

G_BEGIN_DECLS

/* The state section holding the user's corrections of run kinds. */
#define HYR_RUN_KINDS_SECTION "run-kinds"

gboolean   _hyr_run_classifier_has_corrections      (HyrRunClassifier        *self);
HyrRunKind _hyr_run_classifier_classify_packed      (HyrRunClassifier        *self,
                                                     const HyrPacked         *packed,
                                                     guint                    i,
                                                     gboolean                 corrections);

typedef struct _HyrRunWindow HyrRunWindow;

HyrRunWindow *_hyr_run_window_new        (HyrRunClassifier        *classifier,
                                          const HyrPacked         *packed,
                                          const HyrModality       *sport_modalities);
void          _hyr_run_window_free       (HyrRunWindow            *self);
guint         _hyr_run_window_enter_week (HyrRunWindow            *self,
                                          guint                    group);
HyrRunKind    _hyr_run_window_classify   (HyrRunWindow            *self,
                                          guint                    index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HyrRunWindow, _hyr_run_window_free)

gint64     _hyr_run_classifier_week_of              (gint64                   start);
gint64     _hyr_run_classifier_week_start           (gint64                   week);

G_END_DECLS
