/* hyr-run-classifier.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr.h> can be included directly."
#endif

#include <glib-object.h>

#include "hyr-activity.h"
#include "hyr-state.h"
#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_TYPE_RUN_CLASSIFIER (hyr_run_classifier_get_type ())

G_DECLARE_FINAL_TYPE (HyrRunClassifier, hyr_run_classifier, HYR, RUN_CLASSIFIER, GObject)

HyrRunClassifier *hyr_run_classifier_new                      (HyrState          *state);
HyrState         *hyr_run_classifier_get_state                (HyrRunClassifier  *self);
void              hyr_run_classifier_learn                    (HyrRunClassifier  *self,
                                                               GPtrArray         *runs);
HyrRunKind        hyr_run_classifier_classify                 (HyrRunClassifier  *self,
                                                               HyrActivity       *run,
                                                               gboolean          *corrected);
gboolean          hyr_run_classifier_correct                  (HyrRunClassifier  *self,
                                                               const char        *activity_id,
                                                               HyrRunKind         kind,
                                                               GError           **error);
gboolean          hyr_run_classifier_clear_correction         (HyrRunClassifier  *self,
                                                               const char        *activity_id,
                                                               GError           **error);
double            hyr_run_classifier_get_reference_pace       (HyrRunClassifier  *self);
double            hyr_run_classifier_get_reference_distance   (HyrRunClassifier  *self);
double            hyr_run_classifier_get_reference_heart_rate (HyrRunClassifier  *self);
double            hyr_run_classifier_get_easy_pace            (HyrRunClassifier  *self);

G_END_DECLS
