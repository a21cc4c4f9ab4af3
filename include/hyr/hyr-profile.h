/* hyr-profile.h
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
#include "hyr-state.h"
#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_TYPE_PROFILE (hyr_profile_get_type ())

G_DECLARE_FINAL_TYPE (HyrProfile, hyr_profile, HYR, PROFILE, GObject)

HyrProfile *hyr_state_get_profile              (HyrState    *state);
gboolean    hyr_profile_save                   (HyrProfile  *self,
                                                GError     **error);
double      hyr_profile_get_body_mass          (HyrProfile  *self);
void        hyr_profile_set_body_mass          (HyrProfile  *self,
                                                double       body_mass);
gboolean    hyr_profile_get_body_mass_override (HyrProfile  *self);
void        hyr_profile_set_body_mass_override (HyrProfile  *self,
                                                gboolean     body_mass_override);
double      hyr_profile_resolve_body_mass      (HyrProfile        *self,
                                                HyrActivityStore  *store,
                                                GDateTime         *when,
                                                HyrBodyMassSource *source);
gboolean    hyr_profile_get_saved              (HyrProfile  *self);
gboolean    hyr_profile_guess_run_days         (HyrProfile        *self,
                                                HyrActivityStore  *store,
                                                GDateTime         *now,
                                                guint             *run_days,
                                                GDateWeekday      *long_run_day);
double      hyr_profile_guess_training_max     (HyrProfile  *self,
                                                HyrLift      lift,
                                                GDateTime   *now);
HyrGoal     hyr_profile_get_goal               (HyrProfile  *self);
void        hyr_profile_set_goal               (HyrProfile  *self,
                                                HyrGoal      goal);
guint       hyr_profile_get_run_days           (HyrProfile  *self);
void        hyr_profile_set_run_days           (HyrProfile  *self,
                                                guint        run_days);
guint       hyr_profile_get_lift_days          (HyrProfile  *self);
void        hyr_profile_set_lift_days          (HyrProfile  *self,
                                                guint        lift_days);
int         hyr_profile_get_long_run_day       (HyrProfile  *self);
void        hyr_profile_set_long_run_day       (HyrProfile  *self,
                                                int          long_run_day);
GDateTime  *hyr_profile_get_race_date          (HyrProfile  *self);
void        hyr_profile_set_race_date          (HyrProfile  *self,
                                                GDateTime   *race_date);
double      hyr_profile_get_plate_increment    (HyrProfile  *self);
void        hyr_profile_set_plate_increment    (HyrProfile  *self,
                                                double       plate_increment);
double      hyr_profile_get_target_time        (HyrProfile  *self);
void        hyr_profile_set_target_time        (HyrProfile  *self,
                                                double       target_time);
GDateTime  *hyr_profile_get_block_start        (HyrProfile  *self);
void        hyr_profile_set_block_start        (HyrProfile  *self,
                                                GDateTime   *block_start);
gboolean    hyr_profile_get_lifting_novice     (HyrProfile  *self);
void        hyr_profile_set_lifting_novice     (HyrProfile  *self,
                                                gboolean     lifting_novice);
double      hyr_profile_get_training_max       (HyrProfile  *self,
                                                HyrLift      lift);
GDateTime  *hyr_profile_get_training_max_since (HyrProfile  *self,
                                                HyrLift      lift);
void        hyr_profile_set_training_max       (HyrProfile  *self,
                                                HyrLift      lift,
                                                double       training_max);
void        hyr_profile_set_one_rep_max        (HyrProfile  *self,
                                                HyrLift      lift,
                                                double       one_rep_max);

G_END_DECLS
