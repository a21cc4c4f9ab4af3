/* hyr-state-banner.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-state-banner"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hyr-state-banner.h"

/**
 * HyrStateBanner:
 *
 * Says, above a page, that the state file could not be loaded and that
 * nothing will be saved until the user decides; "Start Afresh" keeps the
 * damaged file under another name and makes the state writable again.
 */
struct _HyrStateBanner
{
  GtkBin      parent_instance;

  HyrState   *state;

  GtkRevealer *revealer;
  GtkInfoBar  *info_bar;
  GtkLabel    *title;
  GtkLabel    *detail;
  GtkWidget   *start_afresh;

  /* After the user started afresh, the banner stays to say where the
   * damaged file went, until closed. */
  guint        announcing : 1;
};

G_DEFINE_FINAL_TYPE (HyrStateBanner, hyr_state_banner, GTK_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  RESPONSE_START_AFRESH = 1,
};

static void
hyr_state_banner_update (HyrStateBanner *self)
{
  const GError *error;

  if (self->announcing)
    return;

  if (self->state == NULL || !hyr_state_get_read_only (self->state))
    {
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }

  error = hyr_state_get_load_error (self->state);
  gtk_label_set_label (self->detail,
                       error != NULL ? error->message : _("The state file could not be read."));
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

static void
on_response (HyrStateBanner *self,
             int             response,
             GtkInfoBar     *info_bar)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *moved_to = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_CLOSE)
    {
      self->announcing = FALSE;
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }

  if (response != RESPONSE_START_AFRESH || self->state == NULL)
    return;

  /* Say where the old file goes before the state turns writable, so that
   * the banner stays up to tell it and nothing looks lost. */
  self->announcing = TRUE;
  if (!hyr_state_set_aside (self->state, &moved_to, &error))
    {
      self->announcing = FALSE;
      gtk_label_set_label (self->detail, error->message);
      return;
    }

  if (moved_to != NULL)
    message = g_strdup_printf (_("The damaged file was kept as “%s”."), moved_to);
  else
    message = g_strdup (_("The damaged file was no longer there."));

  gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_INFO);
  gtk_label_set_label (self->title, _("Started afresh. Your changes are saved again."));
  gtk_label_set_label (self->detail, message);
  gtk_widget_hide (self->start_afresh);
  gtk_info_bar_set_show_close_button (self->info_bar, TRUE);

  /* Every view reloads what it shows from the now empty state. */
  hyr_state_section_changed (self->state, "*");
}

static void
on_read_only_changed (HyrStateBanner *self)
{
  hyr_state_banner_update (self);
}

static void
hyr_state_banner_set_state (HyrStateBanner *self,
                            HyrState       *state)
{
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);

  g_set_object (&self->state, state);

  if (self->state != NULL)
    g_signal_connect_object (self->state, "notify::read-only",
                             G_CALLBACK (on_read_only_changed), self, G_CONNECT_SWAPPED);

  hyr_state_banner_update (self);
}

static void
hyr_state_banner_dispose (GObject *object)
{
  HyrStateBanner *self = (HyrStateBanner *)object;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_state_banner_parent_class)->dispose (object);
}

static void
hyr_state_banner_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HyrStateBanner *self = HYR_STATE_BANNER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_state_banner_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HyrStateBanner *self = HYR_STATE_BANNER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      hyr_state_banner_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_state_banner_class_init (HyrStateBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hyr_state_banner_dispose;
  object_class->get_property = hyr_state_banner_get_property;
  object_class->set_property = hyr_state_banner_set_property;

  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, HYR_TYPE_STATE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-state-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrStateBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, HyrStateBanner, info_bar);
  gtk_widget_class_bind_template_child (widget_class, HyrStateBanner, title);
  gtk_widget_class_bind_template_child (widget_class, HyrStateBanner, detail);
  gtk_widget_class_bind_template_child (widget_class, HyrStateBanner, start_afresh);
  gtk_widget_class_bind_template_callback (widget_class, on_response);
}

static void
hyr_state_banner_init (HyrStateBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hyr_state_banner_new:
 * @state: the plugin's state
 *
 * Returns: (transfer floating): a new #HyrStateBanner
 */
GtkWidget *
hyr_state_banner_new (HyrState *state)
{
  return g_object_new (HYR_TYPE_STATE_BANNER, "state", state, NULL);
}
