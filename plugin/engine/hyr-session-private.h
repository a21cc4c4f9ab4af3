/* hyr-session-private.h — how the planner makes and changes a session;
 * not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

HyrSession *_hyr_session_new_run      (GDateTime        *day,
                                       HyrRunKind        run_kind,
                                       double            distance,
                                       double            duration,
                                       const char       *title);
HyrSession *_hyr_session_new_lift     (GDateTime        *day,
                                       HyrLiftFocus      focus,
                                       double            duration,
                                       gboolean          heavy_legs,
                                       const char       *title);
void        _hyr_session_add_exercise (HyrSession       *self,
                                       HyrExercise      *exercise);
void        _hyr_session_set_shoe     (HyrSession       *self,
                                       const char       *gear_id,
                                       const char       *shoe_name,
                                       const char       *shoe_reason);
void        _hyr_session_set_run      (HyrSession       *self,
                                       HyrRunKind        run_kind,
                                       double            distance,
                                       double            duration,
                                       const char       *title);
void        _hyr_session_set_steps    (HyrSession       *self,
                                       GPtrArray        *steps);
void        _hyr_session_set_key      (HyrSession       *self,
                                       const char       *key);
const char *_hyr_session_get_key      (HyrSession       *self);
void        _hyr_session_set_status   (HyrSession       *self,
                                       HyrSessionStatus  status,
                                       const char       *activity_id);
void        _hyr_session_add_reason   (HyrSession       *self,
                                       const char       *sentence);

G_END_DECLS
