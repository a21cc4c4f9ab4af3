/* hyr-logged-session.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_LOGGED_SESSION (hyr_logged_session_get_type ())

G_DECLARE_FINAL_TYPE (HyrLoggedSession, hyr_logged_session, HYR, LOGGED_SESSION, GObject)

HyrLoggedSession *hyr_logged_session_new        (HyrLiftDiary      *diary,
                                                 GDateTime         *when);
gboolean          hyr_logged_session_add_set    (HyrLoggedSession  *self,
                                                 const char        *exercise,
                                                 HyrLift            lift,
                                                 double             weight,
                                                 guint              reps,
                                                 double             rir,
                                                 GError           **error);
gboolean          hyr_logged_session_add_amrap  (HyrLoggedSession  *self,
                                                 HyrLift            lift,
                                                 double             weight,
                                                 guint              reps,
                                                 guint              required_reps,
                                                 GError           **error);
void              hyr_logged_session_finish     (HyrLoggedSession  *self);
guint             hyr_logged_session_get_n_sets (HyrLoggedSession  *self);
GPtrArray        *hyr_logged_session_get_sets   (HyrLoggedSession  *self);
gboolean          hyr_logged_session_undo       (HyrLoggedSession  *self,
                                                 GError           **error);

G_END_DECLS
