/* hyr-lift-diary.h
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

#include "hyr-activity-store.h"
#include "hyr-logged-set.h"
#include "hyr-state.h"
#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_LIFT_DIARY_ERROR (hyr_lift_diary_error_quark ())

/**
 * HyrLiftDiaryError:
 * @HYR_LIFT_DIARY_ERROR_INVALID: a set's values cannot be right: an empty
 *   exercise name, a weight that is negative, not a number or over 500 kg,
 *   no reps or more than 100, reps in reserve that are not a number
 * @HYR_LIFT_DIARY_ERROR_NEWER: the diary was written by a newer version,
 *   which this one does not change
 *
 * Errors of #HyrLiftDiary. Saving can also fail with a #HyrStateError.
 */
typedef enum
{
  HYR_LIFT_DIARY_ERROR_INVALID,
  HYR_LIFT_DIARY_ERROR_NEWER,
} HyrLiftDiaryError;

#define HYR_TYPE_LIFT_DIARY (hyr_lift_diary_get_type ())

G_DECLARE_FINAL_TYPE (HyrLiftDiary, hyr_lift_diary, HYR, LIFT_DIARY, GObject)

GQuark        hyr_lift_diary_error_quark       (void);
HyrLiftDiary *hyr_lift_diary_new               (HyrState          *state);
HyrState     *hyr_lift_diary_get_state         (HyrLiftDiary      *diary);
void          hyr_lift_diary_set_store         (HyrLiftDiary      *diary,
                                                HyrActivityStore  *store);
gboolean      hyr_lift_diary_record_set        (HyrLiftDiary      *diary,
                                                GDateTime         *when,
                                                const char        *exercise,
                                                HyrLift            lift,
                                                double             weight,
                                                guint              reps,
                                                double             rir,
                                                GError           **error);
GPtrArray    *hyr_lift_diary_list_sets         (HyrLiftDiary      *diary,
                                                GDateTime         *from,
                                                GDateTime         *to);
gboolean      hyr_lift_diary_remove_set        (HyrLiftDiary      *diary,
                                                HyrLoggedSet      *set,
                                                GError           **error);
double        hyr_lift_diary_best_one_rep_max  (HyrLiftDiary      *diary,
                                                HyrLift            lift,
                                                GDateTime         *from,
                                                GDateTime         *to);

G_END_DECLS
