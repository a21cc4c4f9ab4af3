/* hyr-preferences.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HYR_TYPE_PREFERENCES (hyr_preferences_get_type ())

G_DECLARE_FINAL_TYPE (HyrPreferences, hyr_preferences, HYR, PREFERENCES, GObject)

#define HYR_TYPE_PREFERENCES_WIDGET (hyr_preferences_widget_get_type ())

G_DECLARE_FINAL_TYPE (HyrPreferencesWidget, hyr_preferences_widget, HYR, PREFERENCES_WIDGET, GtkBox)

GtkWidget *hyr_preferences_widget_new (GSettings *settings);

G_END_DECLS
