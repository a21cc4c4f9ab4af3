/* hyr-log-session-dialog.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"
#include "hyr-logged-session.h"

G_BEGIN_DECLS

#define HYR_TYPE_LOG_SESSION_DIALOG (hyr_log_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HyrLogSessionDialog, hyr_log_session_dialog, HYR, LOG_SESSION_DIALOG, GtkDialog)

GtkWidget        *hyr_log_session_dialog_new        (HyrLiftDiary         *diary,
                                                     HyrSession           *session,
                                                     const char           *mass_unit);
guint             hyr_log_session_dialog_get_n_rows (HyrLogSessionDialog  *self);
gboolean          hyr_log_session_dialog_is_valid   (HyrLogSessionDialog  *self);
HyrLoggedSession *hyr_log_session_dialog_save       (HyrLogSessionDialog  *self,
                                                     GError              **error);

G_END_DECLS
