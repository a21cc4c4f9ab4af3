/* hyr-preferences.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-preferences"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpeas-gtk/peas-gtk.h>

#include "hyr-preferences.h"
#include "hyr-profile-editor.h"
#include "hyr-shared-state.h"

/**
 * HyrPreferences:
 *
 * The plugin's #PeasGtkConfigurable: what the host's plugin manager shows
 * behind its "Preferences" button. The widget edits GSettings directly, so
 * every open page follows at once.
 */
struct _HyrPreferences
{
  GObject parent_instance;
};

struct _HyrPreferencesWidget
{
  GtkBox           parent_instance;

  GSettings       *settings;
  HyrState        *state;

  GtkComboBoxText *distance_unit;
  GtkComboBoxText *mass_unit;
  GtkComboBoxText *week_start;
  GtkBox          *profile_box;
};

static void peas_gtk_configurable_iface_init (PeasGtkConfigurableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HyrPreferences, hyr_preferences, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PEAS_GTK_TYPE_CONFIGURABLE,
                                                      peas_gtk_configurable_iface_init))

G_DEFINE_FINAL_TYPE (HyrPreferencesWidget, hyr_preferences_widget, GTK_TYPE_BOX)

static GtkWidget *
hyr_preferences_create_configure_widget (PeasGtkConfigurable *configurable)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.HypertrophyRunning", TRUE);

  if (schema == NULL)
    {
      GtkWidget *label = gtk_label_new (_("The settings schema is not installed, "
                                          "so there is nothing to set here."));

      gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
      g_object_set (label, "margin", 18, NULL);
      return label;
    }

  settings = g_settings_new_full (schema, NULL, NULL);
  return hyr_preferences_widget_new (settings);
}

static void
peas_gtk_configurable_iface_init (PeasGtkConfigurableInterface *iface)
{
  iface->create_configure_widget = hyr_preferences_create_configure_widget;
}

static void
hyr_preferences_class_init (HyrPreferencesClass *klass)
{
}

static void
hyr_preferences_init (HyrPreferences *self)
{
}

static void
hyr_preferences_widget_dispose (GObject *object)
{
  HyrPreferencesWidget *self = (HyrPreferencesWidget *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_preferences_widget_parent_class)->dispose (object);
}

static void
hyr_preferences_widget_class_init (HyrPreferencesWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hyr_preferences_widget_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrPreferencesWidget, distance_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrPreferencesWidget, mass_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrPreferencesWidget, week_start);
  gtk_widget_class_bind_template_child (widget_class, HyrPreferencesWidget, profile_box);
}

static void
hyr_preferences_widget_init (HyrPreferencesWidget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hyr_preferences_widget_new:
 * @settings: the plugin's settings
 *
 * Returns: (transfer floating): the preferences, bound to @settings
 */
GtkWidget *
hyr_preferences_widget_new (GSettings *settings)
{
  HyrPreferencesWidget *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HYR_TYPE_PREFERENCES_WIDGET, NULL);
  self->settings = g_object_ref (settings);

  /* The combo boxes' ids are the schema's enum nicks. */
  g_settings_bind (settings, "distance-unit", self->distance_unit, "active-id", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "mass-unit", self->mass_unit, "active-id", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "week-start", self->week_start, "active-id", G_SETTINGS_BIND_DEFAULT);

  /* The same state as the pages, so an edit here shows in the Planner at
   * once and neither overwrites the other. */
  self->state = hyr_shared_state_acquire ();
  gtk_container_add (GTK_CONTAINER (self->profile_box),
                     hyr_profile_editor_new (hyr_state_get_profile (self->state), settings));

  return GTK_WIDGET (self);
}
