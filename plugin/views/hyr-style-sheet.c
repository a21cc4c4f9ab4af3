/* hyr-style-sheet.c — the views' CSS resources, on the widgets they style
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "config.h"

#include "hyr-style-sheet.h"

/**
 * hyr_style_sheet_add:
 * @widget: a widget
 * @resource_path: the style sheet's path in the plugin's #GResource
 * @priority: the provider's priority, from
 *   %GTK_STYLE_PROVIDER_PRIORITY_APPLICATION for the widget's own sheet
 *
 * Styles @widget with a style sheet of the plugin's resources, read the
 * first time it is asked for and kept for the others. The provider goes
 * on each styled widget rather than on the screen, so that nothing of
 * the plugin stays in the host once it is unloaded; it styles that
 * widget and its own CSS nodes (a level bar's blocks), not its children.
 */
void
hyr_style_sheet_add (GtkWidget  *widget,
                     const char *resource_path,
                     guint       priority)
{
  /* Widgets live on the main thread, and so does this table. */
  static GHashTable *sheets;
  GtkCssProvider *provider;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (resource_path != NULL);

  if (sheets == NULL)
    sheets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  provider = g_hash_table_lookup (sheets, resource_path);
  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, resource_path);
      g_hash_table_insert (sheets, g_strdup (resource_path), provider);
    }

  gtk_style_context_add_provider (gtk_widget_get_style_context (widget),
                                  GTK_STYLE_PROVIDER (provider), priority);
}
