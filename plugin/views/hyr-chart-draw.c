/* hyr-chart-draw.c — what the Planner's charts draw alike
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The training-load chart and the strength chart label their axes in the
 * theme's small text and pick round steps the same way; the helpers live
 * here once.
 */

#include "config.h"

#include <math.h>

#include "hyr-chart-draw.h"

/* A step of 1, 2 or 5 × 10ⁿ that fits about @target_ticks ticks, and the
 * round values at or beyond @min and @max. */
HyrChartAxis
hyr_chart_nice_axis (double min,
                     double max,
                     guint  target_ticks)
{
  HyrChartAxis axis;
  double raw, magnitude, fraction;

  if (max <= min)
    max = min + 1;

  raw = (max - min) / MAX (target_ticks, 1);
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;

  if (fraction <= 1)
    axis.step = magnitude;
  else if (fraction <= 2)
    axis.step = 2 * magnitude;
  else if (fraction <= 5)
    axis.step = 5 * magnitude;
  else
    axis.step = 10 * magnitude;

  axis.min = floor (min / axis.step) * axis.step;
  axis.max = ceil (max / axis.step) * axis.step;
  if (axis.max <= axis.min)
    axis.max = axis.min + axis.step;

  return axis;
}

/* Returns (transfer full) a layout of @text in @widget's font, small. */
PangoLayout *
hyr_chart_small_layout (GtkWidget  *widget,
                        const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

/* Draws @text small with its anchor at (@x, @y): @xalign and @yalign 0 put
 * the text's top left there, 1 its bottom right. */
void
hyr_chart_draw_text (GtkWidget     *widget,
                     cairo_t       *cr,
                     const char    *text,
                     double         x,
                     double         y,
                     double         xalign,
                     double         yalign,
                     const GdkRGBA *colour)
{
  g_autoptr(PangoLayout) layout = hyr_chart_small_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_move_to (cr, round (x - xalign * width), round (y - yalign * height));
  pango_cairo_show_layout (cr, layout);
}

/* The width of @text, small. */
double
hyr_chart_text_width (GtkWidget  *widget,
                      const char *text)
{
  g_autoptr(PangoLayout) layout = hyr_chart_small_layout (widget, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The height of a line of small text. */
double
hyr_chart_line_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = hyr_chart_small_layout (widget, "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* Draws @message in the middle of a @width × @height chart, at the
 * widget's own size: what an empty chart says instead of its plot. */
void
hyr_chart_draw_message (GtkWidget     *widget,
                        cairo_t       *cr,
                        const char    *message,
                        const GdkRGBA *colour,
                        double         width,
                        double         height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, message);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_move_to (cr, round ((width - w) / 2), round ((height - h) / 2));
  pango_cairo_show_layout (cr, layout);
}
