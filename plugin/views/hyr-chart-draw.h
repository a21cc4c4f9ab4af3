/* hyr-chart-draw.h — what the Planner's charts draw alike
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A value axis: from @min to @max in steps of @step. */
typedef struct
{
  double min;
  double max;
  double step;
} HyrChartAxis;

HyrChartAxis hyr_chart_nice_axis     (double         min,
                                      double         max,
                                      guint          target_ticks);
PangoLayout *hyr_chart_small_layout  (GtkWidget     *widget,
                                      const char    *text);
void         hyr_chart_draw_text     (GtkWidget     *widget,
                                      cairo_t       *cr,
                                      const char    *text,
                                      double         x,
                                      double         y,
                                      double         xalign,
                                      double         yalign,
                                      const GdkRGBA *colour);
double       hyr_chart_text_width    (GtkWidget     *widget,
                                      const char    *text);
double       hyr_chart_line_height   (GtkWidget     *widget);
void         hyr_chart_draw_message  (GtkWidget     *widget,
                                      cairo_t       *cr,
                                      const char    *message,
                                      const GdkRGBA *colour,
                                      double         width,
                                      double         height);

G_END_DECLS
