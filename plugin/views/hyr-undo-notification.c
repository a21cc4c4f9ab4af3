/* hyr-undo-notification.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-undo-notification"

#include "config.h"


#include "hyr-undo-notification.h"

/**
 * HyrUndoNotification:
 *
 * GNOME's in-app notification: a line over the top of a view that says
 * what was just done ("Moved “Intervals” to Thursday"), with an Undo
 * button and a close button. It stays until closed, undone or replaced
 * by the next change: a notification that hides itself on a timer can be
 * gone before someone using a keyboard or a screen reader reaches it.
 * The owner shows it over its content with a #GtkOverlay and does the
 * undoing on #HyrUndoNotification::undo.
 */
struct _HyrUndoNotification
{
  GtkRevealer  parent_instance;

  GtkWidget   *frame;
  GtkLabel    *message;
  GtkWidget   *undo_button;
  GtkWidget   *close_button;
};

G_DEFINE_FINAL_TYPE (HyrUndoNotification, hyr_undo_notification, GTK_TYPE_REVEALER)

enum {
  UNDO,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
on_undo_clicked (HyrUndoNotification *self,
                 GtkButton           *button)
{
  hyr_undo_notification_dismiss (self);
  g_signal_emit (self, signals [UNDO], 0);
}

static void
on_close_clicked (HyrUndoNotification *self,
                  GtkButton           *button)
{
  hyr_undo_notification_dismiss (self);
}

static void
hyr_undo_notification_class_init (HyrUndoNotificationClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * HyrUndoNotification::undo:
   * @self: the notification
   *
   * Emitted when the user asks to undo what the notification says was
   * done; the notification is hidden by then.
   */
  signals [UNDO] =
    g_signal_new ("undo",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-undo-notification.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrUndoNotification, frame);
  gtk_widget_class_bind_template_child (widget_class, HyrUndoNotification, message);
  gtk_widget_class_bind_template_child (widget_class, HyrUndoNotification, undo_button);
  gtk_widget_class_bind_template_child (widget_class, HyrUndoNotification, close_button);
  gtk_widget_class_bind_template_callback (widget_class, on_undo_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);
}

static void
hyr_undo_notification_init (HyrUndoNotification *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A screen reader announces it as it appears. */
  atk_object_set_role (gtk_widget_get_accessible (self->frame), ATK_ROLE_NOTIFICATION);
}

/**
 * hyr_undo_notification_new:
 *
 * Returns: (transfer floating): a new, hidden #HyrUndoNotification
 */
GtkWidget *
hyr_undo_notification_new (void)
{
  return g_object_new (HYR_TYPE_UNDO_NOTIFICATION, NULL);
}

/**
 * hyr_undo_notification_show:
 * @self: a #HyrUndoNotification
 * @message: what was done, in a sentence
 *
 * Shows @message with the Undo button, in place of what was shown.
 */
void
hyr_undo_notification_show (HyrUndoNotification *self,
                            const char          *message)
{
  g_return_if_fail (HYR_IS_UNDO_NOTIFICATION (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_label (self->message, message);
  atk_object_set_name (gtk_widget_get_accessible (self->frame), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self), TRUE);
}

/**
 * hyr_undo_notification_dismiss:
 * @self: a #HyrUndoNotification
 *
 * Hides the notification; there is nothing to undo any more.
 */
void
hyr_undo_notification_dismiss (HyrUndoNotification *self)
{
  g_return_if_fail (HYR_IS_UNDO_NOTIFICATION (self));

  gtk_revealer_set_reveal_child (GTK_REVEALER (self), FALSE);
}

/**
 * hyr_undo_notification_get_message:
 * @self: a #HyrUndoNotification
 *
 * Returns: (nullable): the message shown, %NULL when hidden
 */
const char *
hyr_undo_notification_get_message (HyrUndoNotification *self)
{
  g_return_val_if_fail (HYR_IS_UNDO_NOTIFICATION (self), NULL);

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self)))
    return NULL;
  return gtk_label_get_label (self->message);
}
