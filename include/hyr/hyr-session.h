/* hyr-session.h
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

#include "hyr-workout-step.h"

#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_TYPE_SESSION (hyr_session_get_type ())

G_DECLARE_FINAL_TYPE (HyrSession, hyr_session, HYR, SESSION, GObject)

GDateTime      *hyr_session_get_day         (HyrSession *self);
HyrSessionKind  hyr_session_get_kind        (HyrSession *self);
HyrRunKind      hyr_session_get_run_kind    (HyrSession *self);
double          hyr_session_get_distance    (HyrSession *self);
double          hyr_session_get_duration    (HyrSession *self);
HyrLiftFocus    hyr_session_get_lift_focus  (HyrSession *self);
gboolean        hyr_session_get_heavy_legs  (HyrSession *self);
const char     *hyr_session_get_shoe_id     (HyrSession *self);
const char     *hyr_session_get_shoe_reason (HyrSession *self);
const char     *hyr_session_get_shoe_name   (HyrSession *self);
const char     *hyr_session_get_title       (HyrSession *self);
const char     *hyr_session_get_reason      (HyrSession *self);
GPtrArray      *hyr_session_get_exercises   (HyrSession *self);
HyrSessionStatus hyr_session_get_status     (HyrSession *self);
GPtrArray      *hyr_session_get_steps       (HyrSession *self);
const char     *hyr_session_get_activity_id (HyrSession *self);

G_END_DECLS
