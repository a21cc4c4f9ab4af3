/* hyr-undo-notification.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HYR_TYPE_UNDO_NOTIFICATION (hyr_undo_notification_get_type ())

G_DECLARE_FINAL_TYPE (HyrUndoNotification, hyr_undo_notification, HYR, UNDO_NOTIFICATION, GtkRevealer)

GtkWidget  *hyr_undo_notification_new         (void);
void        hyr_undo_notification_show        (HyrUndoNotification *self,
                                               const char          *message);
void        hyr_undo_notification_dismiss     (HyrUndoNotification *self);
const char *hyr_undo_notification_get_message (HyrUndoNotification *self);

G_END_DECLS
