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

/* Adds @class_name to @widget, with the style sheet at @resource_path
 * that styles it. */
void
hyr_style_sheet_add_class (GtkWidget  *widget,
                           const char *resource_path,
                           guint       priority,
                           const char *class_name)
{
  hyr_style_sheet_add (widget, resource_path, priority);
  gtk_style_context_add_class (gtk_widget_get_style_context (widget), class_name);
}

/* Returns (transfer floating) a left-aligned label of the week view:
 * @dim for secondary text; @wrap to wrap at whatever width a column gets. */
GtkWidget *
hyr_week_label_new (const char *text,
                    gboolean    dim,
                    gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_line_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      /* A small natural width lets the seven columns share the page's
       * width; the text wraps to whatever each one gets. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
    }
  if (dim)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), GTK_STYLE_CLASS_DIM_LABEL);

  return label;
}

/* Sets @label's text in bold. */
void
hyr_label_set_bold (GtkWidget *label)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}
