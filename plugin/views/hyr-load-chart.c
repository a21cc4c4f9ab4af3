/* hyr-load-chart.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-load-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr-chart-draw.h"
#include "hyr-load-chart.h"
#include "hyr-planner-format.h"

/**
 * HyrLoadChart:
 *
 * A chart of a #HyrLoadSeries, drawn with Cairo and Pango: weekly running
 * distance and strength load as bars, fitness, fatigue and form as lines,
 * or acute and chronic load with their ratio. Axes, labels and the legend
 * use the theme's text colour and font; the first series takes the theme's
 * accent colour, the ratio bands its success and error colours. Hovering
 * shows the values of a week or a day in a tooltip, and
 * hyr_load_chart_describe() says in words what the chart shows, for screen
 * readers.
 */

#define PADDING        6.0
#define TICK_GAP       6.0
#define LEGEND_GAP     12.0
#define SWATCH         12.0
#define TARGET_TICKS   5

/* The acute:chronic ratio's bands (Gabbett 2016), drawn as heuristics. */
#define RATIO_LOW      0.8
#define RATIO_HIGH     1.3
#define RATIO_DANGER   1.5
#define RATIO_AXIS_MAX 2.0

typedef struct
{
  int      julian;      /* first day */
  guint    n_days;      /* fewer than 7 for a week the series cuts */
  double   distance;    /* m */
  double   lift_load;
} WeekBucket;

struct _HyrLoadChart
{
  GtkDrawingArea    parent_instance;

  HyrLoadChartMode  mode;
  HyrLoadSeries    *series;
  char             *distance_unit;
  GDateWeekday      week_start;
  /* The day that is today for the series; NULL for the clock's. */
  GDateTime        *today;

  GArray           *weeks;
  /* Where the last drawing put the time axis, for the tooltips. */
  double            plot_left;
  double            plot_right;
};

G_DEFINE_FINAL_TYPE (HyrLoadChart, hyr_load_chart, GTK_TYPE_DRAWING_AREA)
G_DEFINE_ENUM_TYPE (HyrLoadChartMode, hyr_load_chart_mode,
                    G_DEFINE_ENUM_VALUE (HYR_LOAD_CHART_VOLUME, "volume"),
                    G_DEFINE_ENUM_VALUE (HYR_LOAD_CHART_FITNESS, "fitness"),
                    G_DEFINE_ENUM_VALUE (HYR_LOAD_CHART_RATIO, "ratio"))

enum {
  PROP_0,
  PROP_MODE,
  PROP_SERIES,
  PROP_DISTANCE_UNIT,
  PROP_WEEK_START,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef struct
{
  GdkRGBA text;
  GdkRGBA dim;
  GdkRGBA grid;
  GdkRGBA accent;
  GdkRGBA orange;
  GdkRGBA purple;
  GdkRGBA good;
  GdkRGBA bad;
} Palette;

typedef struct
{
  double left;
  double top;
  double right;
  double bottom;
} Rect;


static int
julian_of (GDateTime *when)
{
  GDate date;
  int y, m, d;

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return (int)g_date_get_julian (&date);
}

static gboolean
is_miles (HyrLoadChart *self)
{
  return g_strcmp0 (self->distance_unit, "mi") == 0;
}

static double
distance_in_unit (HyrLoadChart *self,
                  double        metres)
{
  return hyr_units_distance_from_metres (metres, self->distance_unit);
}

static const char *
distance_symbol (HyrLoadChart *self)
{
  /* Translators: the symbols of miles and kilometres */
  return is_miles (self) ? C_("distance unit", "mi") : C_("distance unit", "km");
}

/* The weeks of the series, aligned to the user's first day of the week. */
static void
rebuild_weeks (HyrLoadChart *self)
{
  guint n_days;
  int first_week = 0;

  g_array_set_size (self->weeks, 0);

  if (self->series == NULL || (n_days = hyr_load_series_get_n_days (self->series)) == 0)
    return;

  for (guint i = 0; i < n_days; i++)
    {
      HyrLoadDay *day = hyr_load_series_get_day (self->series, i);
      GDateTime *date = hyr_load_day_get_date (day);
      int julian = julian_of (date);
      WeekBucket *bucket;
      guint index;

      if (i == 0)
        {
          int weekday = g_date_time_get_day_of_week (date);
          first_week = julian - ((weekday - (int)self->week_start + 7) % 7);
        }

      index = (guint)(julian - first_week) / 7;
      while (self->weeks->len <= index)
        {
          WeekBucket empty = { first_week + 7 * (int)self->weeks->len, 0, 0, 0 };
          g_array_append_val (self->weeks, empty);
        }

      bucket = &g_array_index (self->weeks, WeekBucket, index);
      bucket->n_days++;
      bucket->distance += hyr_load_day_get_run_distance (day);
      bucket->lift_load += hyr_load_day_get_lift_load (day);
    }
}

/* Whether @bucket is the week under way: the one holding today. */
static gboolean
week_under_way (HyrLoadChart *self,
                WeekBucket   *bucket)
{
  g_autoptr(GDateTime) now = self->today != NULL ? g_date_time_ref (self->today)
                                                 : g_date_time_new_now_local ();
  int today = julian_of (now);

  return today >= bucket->julian && today < bucket->julian + 7;
}

static char *
short_date (int julian)
{
  /* Translators: a day on a chart's axis, strftime() format: "3 Mar" */
  return hyr_julian_format (julian, C_("chart date", "%e %b"));
}

static char *
format_value (double value,
              double step)
{
  if (step < 1 && fabs (value) < 100)
    return g_strdup_printf ("%.1f", value);
  return g_strdup_printf ("%.0f", value);
}

static double
axis_y (const HyrChartAxis *axis,
        const Rect *plot,
        double      value)
{
  return plot->bottom - (value - axis->min) / (axis->max - axis->min) * (plot->bottom - plot->top);
}

static void
lookup_colour (GtkStyleContext *context,
               const char      *name,
               const char      *fallback,
               GdkRGBA         *colour)
{
  if (!gtk_style_context_lookup_color (context, name, colour))
    gdk_rgba_parse (colour, fallback);
}

static void
get_palette (HyrLoadChart *self,
             Palette      *palette)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, gtk_style_context_get_state (context), &palette->text);
  palette->dim = palette->text;
  palette->dim.alpha *= 0.65;
  palette->grid = palette->text;
  palette->grid.alpha *= 0.12;

  lookup_colour (context, "theme_selected_bg_color", "#3584e4", &palette->accent);
  lookup_colour (context, "success_color", "#33d17a", &palette->good);
  lookup_colour (context, "error_color", "#e01b24", &palette->bad);
  /* The theme names no colours for a second and third series; these are
   * from the GNOME palette, readable on light and dark backgrounds. */
  gdk_rgba_parse (&palette->orange, "#e66100");
  gdk_rgba_parse (&palette->purple, "#9141ac");
}

static double
axis_label_width (HyrLoadChart *self,
                  const HyrChartAxis   *axis)
{
  double widest = 0;

  for (double v = axis->min; v <= axis->max + axis->step / 2; v += axis->step)
    {
      g_autofree char *label = format_value (v, axis->step);
      widest = MAX (widest, hyr_chart_text_width (GTK_WIDGET (self), label));
    }

  return widest;
}

typedef enum
{
  SWATCH_BAR,
  SWATCH_LINE,
  SWATCH_BAND,
} SwatchKind;

typedef struct
{
  const char    *label;
  const GdkRGBA *colour;
  SwatchKind     kind;
} LegendItem;

/* Draws the legend in rows from the top left and returns its height. */
static double
draw_legend (HyrLoadChart     *self,
             cairo_t          *cr,
             const Palette    *palette,
             const LegendItem *items,
             guint             n_items,
             double            width)
{
  double height = hyr_chart_line_height (GTK_WIDGET (self));
  double x = PADDING, y = PADDING;

  for (guint i = 0; i < n_items; i++)
    {
      double item_width = SWATCH + 6 + hyr_chart_text_width (GTK_WIDGET (self), items[i].label);

      if (x > PADDING && x + item_width > width - PADDING)
        {
          x = PADDING;
          y += height + 4;
        }

      gdk_cairo_set_source_rgba (cr, items[i].colour);
      switch (items[i].kind)
        {
        case SWATCH_BAR:
          cairo_rectangle (cr, x, y + (height - SWATCH) / 2, SWATCH, SWATCH);
          cairo_fill (cr);
          break;
        case SWATCH_LINE:
          cairo_set_line_width (cr, 2);
          cairo_move_to (cr, x, y + height / 2);
          cairo_line_to (cr, x + SWATCH, y + height / 2);
          cairo_stroke (cr);
          break;
        case SWATCH_BAND:
          {
            GdkRGBA band = *items[i].colour;
            band.alpha *= 0.25;
            gdk_cairo_set_source_rgba (cr, &band);
            cairo_rectangle (cr, x, y + (height - SWATCH) / 2, SWATCH, SWATCH);
            cairo_fill (cr);
          }
          break;
        default:
          g_assert_not_reached ();
        }

      hyr_chart_draw_text (GTK_WIDGET (self), cr, items[i].label, x + SWATCH + 6, y, 0, 0, &palette->text);
      x += item_width + LEGEND_GAP;
    }

  return y + height - PADDING;
}

static void
draw_grid (HyrLoadChart  *self,
           cairo_t       *cr,
           const Palette *palette,
           const Rect    *plot,
           const HyrChartAxis    *axis)
{
  cairo_set_line_width (cr, 1);

  for (double v = axis->min; v <= axis->max + axis->step / 2; v += axis->step)
    {
      g_autofree char *label = format_value (fabs (v) < axis->step / 1000 ? 0 : v, axis->step);
      double y = round (axis_y (axis, plot, v)) + 0.5;

      gdk_cairo_set_source_rgba (cr, fabs (v) < axis->step / 1000 ? &palette->dim : &palette->grid);
      cairo_move_to (cr, plot->left, y);
      cairo_line_to (cr, plot->right, y);
      cairo_stroke (cr);

      hyr_chart_draw_text (GTK_WIDGET (self), cr, label, plot->left - TICK_GAP, y, 1, 0.5, &palette->dim);
    }
}

static void
draw_right_labels (HyrLoadChart  *self,
                   cairo_t       *cr,
                   const Palette *palette,
                   const Rect    *plot,
                   const HyrChartAxis    *axis)
{
  for (double v = axis->min; v <= axis->max + axis->step / 2; v += axis->step)
    {
      g_autofree char *label = format_value (v, axis->step);
      double y = round (axis_y (axis, plot, v)) + 0.5;

      hyr_chart_draw_text (GTK_WIDGET (self), cr, label, plot->right + TICK_GAP, y, 0, 0.5, &palette->dim);
    }
}

static void
draw_axis_title (HyrLoadChart  *self,
                 cairo_t       *cr,
                 const Palette *palette,
                 const Rect    *plot,
                 const char    *title,
                 gboolean       right)
{
  if (right)
    hyr_chart_draw_text (GTK_WIDGET (self), cr, title, plot->right, plot->top - 4, 1, 1, &palette->dim);
  else
    hyr_chart_draw_text (GTK_WIDGET (self), cr, title, plot->left, plot->top - 4, 0, 1, &palette->dim);
}

/* Labels the x axis under the first day of every few weeks, as many as fit
 * side by side. @x_of_julian gives the x of a day's first pixel. */
static void
draw_week_labels (HyrLoadChart  *self,
                  cairo_t       *cr,
                  const Palette *palette,
                  const Rect    *plot,
                  int            first_julian,
                  guint          n_weeks,
                  double         week_width,
                  gboolean       centred)
{
  g_autofree char *sample = short_date (first_julian);
  double label_width = hyr_chart_text_width (GTK_WIDGET (self), sample) + 12;
  guint every = MAX (1, (guint)ceil (label_width / MAX (week_width, 1)));

  for (guint w = 0; w < n_weeks; w += every)
    {
      g_autofree char *label = short_date (first_julian + 7 * (int)w);
      double x = plot->left + w * week_width + (centred ? week_width / 2 : 0);

      if (!centred)
        {
          gdk_cairo_set_source_rgba (cr, &palette->grid);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, round (x) + 0.5, plot->top);
          cairo_line_to (cr, round (x) + 0.5, plot->bottom);
          cairo_stroke (cr);
        }

      /* A label that starts at its week's line and would run past the
       * chart's edge (the last, on a narrow window) is left out, not cut. */
      if (!centred && x + hyr_chart_text_width (GTK_WIDGET (self), label) > gtk_widget_get_allocated_width (GTK_WIDGET (self)))
        continue;

      hyr_chart_draw_text (GTK_WIDGET (self), cr, label, x, plot->bottom + TICK_GAP, centred ? 0.5 : 0, 0, &palette->dim);
    }
}

static gboolean
series_is_empty (HyrLoadChart *self)
{
  guint n;

  if (self->series == NULL || (n = hyr_load_series_get_n_days (self->series)) == 0)
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      HyrLoadDay *day = hyr_load_series_get_day (self->series, i);

      if (hyr_load_day_get_load (day) > 0 || hyr_load_day_get_ctl (day) > 0 ||
          hyr_load_day_get_run_distance (day) > 0)
        return FALSE;
    }

  return TRUE;
}

/* The plot's rectangle, once the legend, the axis titles and labels have
 * their room. */
static Rect
plot_rect (HyrLoadChart *self,
           double        width,
           double        height,
           double        legend_height,
           double        left_labels,
           double        right_labels)
{
  double text = hyr_chart_line_height (GTK_WIDGET (self));
  Rect plot;

  plot.left = PADDING + left_labels + TICK_GAP;
  plot.right = width - PADDING - (right_labels > 0 ? right_labels + TICK_GAP : hyr_chart_text_width (GTK_WIDGET (self), "00") / 2);
  plot.top = PADDING + legend_height + 8 + text + 4 + text / 2;
  plot.bottom = height - PADDING - text - TICK_GAP;

  return plot;
}

static void
remember_plot (HyrLoadChart *self,
               const Rect   *plot)
{
  self->plot_left = plot->left;
  self->plot_right = plot->right;
}

static void
draw_volume (HyrLoadChart  *self,
             cairo_t       *cr,
             const Palette *palette,
             double         width,
             double         height)
{
  g_autofree char *distance_title = NULL;
  g_autofree char *distance_label = NULL;
  LegendItem legend[2];
  double max_distance = 0, max_lift = 0, legend_height, week_width, bar;
  HyrChartAxis left, right;
  Rect plot;

  for (guint i = 0; i < self->weeks->len; i++)
    {
      WeekBucket *bucket = &g_array_index (self->weeks, WeekBucket, i);
      max_distance = MAX (max_distance, distance_in_unit (self, bucket->distance));
      max_lift = MAX (max_lift, bucket->lift_load);
    }

  /* Translators: a legend entry; %s is "km" or "mi" */
  distance_label = g_strdup_printf (_("Running distance (%s)"), distance_symbol (self));
  legend[0] = (LegendItem) { distance_label, &palette->accent, SWATCH_BAR };
  legend[1] = (LegendItem) { _("Strength load (RPE × min)"), &palette->purple, SWATCH_BAR };
  legend_height = draw_legend (self, cr, palette, legend, G_N_ELEMENTS (legend), width);

  left = hyr_chart_nice_axis (0, max_distance, TARGET_TICKS);
  right = hyr_chart_nice_axis (0, max_lift, TARGET_TICKS);
  /* Both axes get the same number of steps, so that the grid lines of the
   * left one are the ticks of the right one too. */
  {
    guint left_steps = (guint)round ((left.max - left.min) / left.step);
    guint right_steps = (guint)round ((right.max - right.min) / right.step);
    guint steps = MAX (left_steps, right_steps);

    left.max = left.min + steps * left.step;
    right.max = right.min + steps * right.step;
  }

  plot = plot_rect (self, width, height, legend_height,
                    axis_label_width (self, &left), axis_label_width (self, &right));
  draw_grid (self, cr, palette, &plot, &left);
  draw_right_labels (self, cr, palette, &plot, &right);

  distance_title = g_strdup (distance_symbol (self));
  draw_axis_title (self, cr, palette, &plot, distance_title, FALSE);
  draw_axis_title (self, cr, palette, &plot, C_("chart axis", "RPE × min"), TRUE);

  remember_plot (self, &plot);
  if (self->weeks->len == 0)
    return;

  week_width = (plot.right - plot.left) / self->weeks->len;
  bar = MIN (week_width * 0.36, 24);

  for (guint i = 0; i < self->weeks->len; i++)
    {
      WeekBucket *bucket = &g_array_index (self->weeks, WeekBucket, i);
      double centre = plot.left + (i + 0.5) * week_width;
      double y_distance = axis_y (&left, &plot, distance_in_unit (self, bucket->distance));
      double y_lift = axis_y (&right, &plot, bucket->lift_load);
      GdkRGBA run_colour = palette->accent, lift_colour = palette->purple;

      /* The current week is drawn lighter: it is not over yet, even on
       * its last day. */
      if (week_under_way (self, bucket))
        {
          run_colour.alpha *= 0.45;
          lift_colour.alpha *= 0.45;
        }

      gdk_cairo_set_source_rgba (cr, &run_colour);
      cairo_rectangle (cr, round (centre - bar - 1), y_distance, round (bar), plot.bottom - y_distance);
      cairo_fill (cr);

      gdk_cairo_set_source_rgba (cr, &lift_colour);
      cairo_rectangle (cr, round (centre + 1), y_lift, round (bar), plot.bottom - y_lift);
      cairo_fill (cr);
    }

  draw_week_labels (self, cr, palette, &plot,
                    g_array_index (self->weeks, WeekBucket, 0).julian,
                    self->weeks->len, week_width, TRUE);
}

typedef double (*DayValue) (HyrLoadDay *day);

static void
draw_line (HyrLoadChart  *self,
           cairo_t       *cr,
           const Rect    *plot,
           const HyrChartAxis    *axis,
           DayValue       value,
           gboolean       skip_without_chronic,
           const GdkRGBA *colour,
           double         line_width)
{
  guint n = hyr_load_series_get_n_days (self->series);
  double day_width = (plot->right - plot->left) / MAX (n, 1);
  gboolean drawing = FALSE;

  cairo_save (cr);
  cairo_rectangle (cr, plot->left, plot->top - line_width, plot->right - plot->left,
                   plot->bottom - plot->top + 2 * line_width);
  cairo_clip (cr);

  gdk_cairo_set_source_rgba (cr, colour);
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < n; i++)
    {
      HyrLoadDay *day = hyr_load_series_get_day (self->series, i);
      double x = plot->left + (i + 0.5) * day_width;
      double y;

      /* Without a chronic load of four real weeks the ratio is
       * undefined: a gap, not a 0. */
      if (skip_without_chronic && !hyr_load_day_get_ratio_known (day))
        {
          drawing = FALSE;
          continue;
        }

      y = axis_y (axis, plot, value (day));
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }

  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
series_first_week (HyrLoadChart *self,
                   int          *first_julian,
                   double       *offset_days)
{
  GDateTime *first = hyr_load_day_get_date (hyr_load_series_get_day (self->series, 0));
  int weekday = g_date_time_get_day_of_week (first);
  int back = (weekday - (int)self->week_start + 7) % 7;

  /* The first label goes on the first week start inside the series. */
  *first_julian = julian_of (first) + (back == 0 ? 0 : 7 - back);
  *offset_days = back == 0 ? 0 : 7 - back;
}

static void
draw_day_labels (HyrLoadChart  *self,
                 cairo_t       *cr,
                 const Palette *palette,
                 const Rect    *plot)
{
  guint n = hyr_load_series_get_n_days (self->series);
  double day_width = (plot->right - plot->left) / MAX (n, 1);
  double offset;
  int first_julian;
  Rect shifted = *plot;

  series_first_week (self, &first_julian, &offset);
  shifted.left += offset * day_width;
  draw_week_labels (self, cr, palette, &shifted, first_julian,
                    (guint)ceil ((n - offset) / 7.0), 7 * day_width, FALSE);
}

static void
draw_fitness (HyrLoadChart  *self,
              cairo_t       *cr,
              const Palette *palette,
              double         width,
              double         height)
{
  guint n = hyr_load_series_get_n_days (self->series);
  double min = 0, max = 0, legend_height;
  LegendItem legend[] = {
    { _("Fitness (CTL)"), &palette->accent, SWATCH_LINE },
    { _("Fatigue (ATL)"), &palette->orange, SWATCH_LINE },
    { _("Form (TSB)"), &palette->good, SWATCH_LINE },
  };
  HyrChartAxis axis;
  Rect plot;

  for (guint i = 0; i < n; i++)
    {
      HyrLoadDay *day = hyr_load_series_get_day (self->series, i);

      max = MAX (max, MAX (hyr_load_day_get_ctl (day), hyr_load_day_get_atl (day)));
      max = MAX (max, hyr_load_day_get_tsb (day));
      min = MIN (min, hyr_load_day_get_tsb (day));
    }

  legend_height = draw_legend (self, cr, palette, legend, G_N_ELEMENTS (legend), width);
  axis = hyr_chart_nice_axis (min, max, TARGET_TICKS);
  plot = plot_rect (self, width, height, legend_height, axis_label_width (self, &axis), 0);
  remember_plot (self, &plot);
  draw_grid (self, cr, palette, &plot, &axis);
  draw_axis_title (self, cr, palette, &plot, C_("chart axis", "RPE × min a day"), FALSE);
  draw_day_labels (self, cr, palette, &plot);

  draw_line (self, cr, &plot, &axis, hyr_load_day_get_ctl, FALSE, &palette->accent, 2);
  draw_line (self, cr, &plot, &axis, hyr_load_day_get_atl, FALSE, &palette->orange, 1.5);
  draw_line (self, cr, &plot, &axis, hyr_load_day_get_tsb, FALSE, &palette->good, 1.5);
}

static void
draw_band (cairo_t       *cr,
           const Rect    *plot,
           const HyrChartAxis    *axis,
           double         low,
           double         high,
           const GdkRGBA *colour)
{
  GdkRGBA fill = *colour;
  double top = axis_y (axis, plot, MIN (high, axis->max));
  double bottom = axis_y (axis, plot, low);

  fill.alpha *= 0.16;
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_rectangle (cr, plot->left, top, plot->right - plot->left, bottom - top);
  cairo_fill (cr);
}

static double
day_ratio (HyrLoadDay *day)
{
  return hyr_load_day_get_ratio (day);
}

/* Two panels over one time axis: acute and chronic load above, their
 * ratio and its bands below, so that the bands are never read against
 * the loads. */
static void
draw_ratio (HyrLoadChart  *self,
            cairo_t       *cr,
            const Palette *palette,
            double         width,
            double         height)
{
  guint n = hyr_load_series_get_n_days (self->series);
  double max_load = 0, max_ratio = RATIO_AXIS_MAX, legend_height, gap, split;
  LegendItem legend[] = {
    { _("Acute load (7 days)"), &palette->orange, SWATCH_LINE },
    { _("Chronic load (28 days ÷ 4)"), &palette->accent, SWATCH_LINE },
    { _("Acute:chronic ratio"), &palette->text, SWATCH_LINE },
    /* Translators: the acute:chronic ratio's bands; “heuristic” because
     * the evidence for them is weak */
    { _("0.8–1.3 “sweet spot” (a heuristic)"), &palette->good, SWATCH_BAND },
    { _("≥ 1.5 “danger” (a heuristic)"), &palette->bad, SWATCH_BAND },
  };
  HyrChartAxis load_axis, ratio_axis;
  Rect plot, loads, ratios;

  for (guint i = 0; i < n; i++)
    {
      HyrLoadDay *day = hyr_load_series_get_day (self->series, i);

      max_load = MAX (max_load, MAX (hyr_load_day_get_acute (day), hyr_load_day_get_chronic (day)));
      if (hyr_load_day_get_ratio_known (day))
        max_ratio = MAX (max_ratio, hyr_load_day_get_ratio (day));
    }

  legend_height = draw_legend (self, cr, palette, legend, G_N_ELEMENTS (legend), width);

  load_axis = hyr_chart_nice_axis (0, max_load, TARGET_TICKS);
  /* Steps of 0.5 put 1.0 and 1.5 on grid lines. */
  ratio_axis = (HyrChartAxis) { 0, ceil (max_ratio * 2) / 2, 0.5 };

  plot = plot_rect (self, width, height, legend_height,
                    MAX (axis_label_width (self, &load_axis), axis_label_width (self, &ratio_axis)), 0);
  remember_plot (self, &plot);

  /* The lower panel gets a little less room and a gap with its title. */
  gap = hyr_chart_line_height (GTK_WIDGET (self)) + 14;
  split = plot.top + (plot.bottom - plot.top - gap) * 0.55;
  loads = plot;
  loads.bottom = split;
  ratios = plot;
  ratios.top = split + gap;

  draw_band (cr, &ratios, &ratio_axis, RATIO_LOW, RATIO_HIGH, &palette->good);
  draw_band (cr, &ratios, &ratio_axis, RATIO_DANGER, ratio_axis.max, &palette->bad);

  draw_grid (self, cr, palette, &loads, &load_axis);
  draw_grid (self, cr, palette, &ratios, &ratio_axis);
  draw_axis_title (self, cr, palette, &loads, C_("chart axis", "RPE × min a week"), FALSE);
  draw_axis_title (self, cr, palette, &ratios, C_("chart axis", "acute ÷ chronic"), FALSE);
  draw_day_labels (self, cr, palette, &plot);

  draw_line (self, cr, &loads, &load_axis, hyr_load_day_get_chronic, FALSE, &palette->accent, 2);
  draw_line (self, cr, &loads, &load_axis, hyr_load_day_get_acute, FALSE, &palette->orange, 1.5);
  draw_line (self, cr, &ratios, &ratio_axis, day_ratio, TRUE, &palette->text, 1.5);
}

static gboolean
hyr_load_chart_draw (GtkWidget *widget,
                     cairo_t   *cr)
{
  HyrLoadChart *self = HYR_LOAD_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  double width = gtk_widget_get_allocated_width (widget);
  double height = gtk_widget_get_allocated_height (widget);
  Palette palette;

  gtk_render_background (context, cr, 0, 0, width, height);
  get_palette (self, &palette);

  if (series_is_empty (self))
    {
      hyr_chart_draw_message (GTK_WIDGET (self), cr, _("No training recorded in these weeks"),
                              &palette.dim, width, height);
      return GDK_EVENT_PROPAGATE;
    }

  switch (self->mode)
    {
    case HYR_LOAD_CHART_VOLUME:
      draw_volume (self, cr, &palette, width, height);
      break;
    case HYR_LOAD_CHART_FITNESS:
      draw_fitness (self, cr, &palette, width, height);
      break;
    case HYR_LOAD_CHART_RATIO:
      draw_ratio (self, cr, &palette, width, height);
      break;
    default:
      g_assert_not_reached ();
    }

  return GDK_EVENT_PROPAGATE;
}

static char *
describe_week (HyrLoadChart *self,
               WeekBucket   *bucket)
{
  g_autofree char *date = short_date (bucket->julian);

  if (week_under_way (self, bucket))
    /* Translators: a chart's tooltip for the week still under way: the
     * week's first day, the distance run, its unit and the strength load */
    return g_strdup_printf (_("Week of %s: %.1f %s run, strength load %.0f (so far)"),
                            date, distance_in_unit (self, bucket->distance),
                            distance_symbol (self), bucket->lift_load);

  /* Translators: a chart's tooltip: the week's first day, the distance run,
   * its unit and the strength load */
  return g_strdup_printf (_("Week of %s: %.1f %s run, strength load %.0f"),
                          date, distance_in_unit (self, bucket->distance),
                          distance_symbol (self), bucket->lift_load);
}

static char *
describe_day (HyrLoadChart *self,
              HyrLoadDay   *day)
{
  g_autofree char *date = short_date (julian_of (hyr_load_day_get_date (day)));

  if (self->mode == HYR_LOAD_CHART_FITNESS)
    /* Translators: a chart's tooltip: a day and three numbers */
    return g_strdup_printf (_("%s: fitness (CTL) %.0f, fatigue (ATL) %.0f, form (TSB) %.0f"),
                            date, hyr_load_day_get_ctl (day), hyr_load_day_get_atl (day),
                            hyr_load_day_get_tsb (day));

  if (hyr_load_day_get_chronic (day) <= 0)
    /* Translators: a chart's tooltip: a day and the acute load */
    return g_strdup_printf (_("%s: acute load %.0f, no chronic load yet, so no ratio"),
                            date, hyr_load_day_get_acute (day));

  if (!hyr_load_day_get_ratio_known (day))
    /* Translators: a chart's tooltip: a day and the acute load */
    return g_strdup_printf (_("%s: acute load %.0f, fewer than 28 days of history, so no ratio"),
                            date, hyr_load_day_get_acute (day));

  /* Translators: a chart's tooltip: a day, two loads and their ratio */
  return g_strdup_printf (_("%s: acute load %.0f, chronic load %.0f a week, ratio %.2f"),
                          date, hyr_load_day_get_acute (day), hyr_load_day_get_chronic (day),
                          hyr_load_day_get_ratio (day));
}

/**
 * hyr_load_chart_describe:
 * @self: a #HyrLoadChart
 *
 * Says in words what the chart shows: the last week or day of its series,
 * and for the weekly bars the totals. The chart's accessible description
 * is this text.
 *
 * Returns: (transfer full): a sentence
 */
char *
hyr_load_chart_describe (HyrLoadChart *self)
{
  guint n;

  g_return_val_if_fail (HYR_IS_LOAD_CHART (self), NULL);

  if (series_is_empty (self))
    return g_strdup (_("No training recorded in these weeks"));

  n = hyr_load_series_get_n_days (self->series);

  if (self->mode == HYR_LOAD_CHART_VOLUME)
    {
      WeekBucket *last = &g_array_index (self->weeks, WeekBucket, self->weeks->len - 1);
      g_autofree char *last_week = describe_week (self, last);
      double distance = 0;

      for (guint i = 0; i < self->weeks->len; i++)
        distance += g_array_index (self->weeks, WeekBucket, i).distance;

      /* Translators: a chart's description: the number of weeks, the
       * distance run in them and its unit, then a sentence about the last week */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u week: %.0f %s run. %s.",
                                           "%u weeks: %.0f %s run. %s.",
                                           self->weeks->len),
                              self->weeks->len, distance_in_unit (self, distance),
                              distance_symbol (self), last_week);
    }

  return describe_day (self, hyr_load_series_get_day (self->series, n - 1));
}

static void
update_description (HyrLoadChart *self)
{
  g_autofree char *description = hyr_load_chart_describe (self);
  AtkObject *accessible = gtk_widget_get_accessible (GTK_WIDGET (self));

  atk_object_set_description (accessible, description);
}

static gboolean
hyr_load_chart_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  HyrLoadChart *self = HYR_LOAD_CHART (widget);
  g_autofree char *text = NULL;
  double fraction;
  guint n;

  if (series_is_empty (self))
    return FALSE;

  if (keyboard_mode)
    {
      text = hyr_load_chart_describe (self);
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }

  if (x < self->plot_left || x >= self->plot_right)
    return FALSE;
  fraction = (x - self->plot_left) / (self->plot_right - self->plot_left);

  if (self->mode == HYR_LOAD_CHART_VOLUME)
    {
      n = self->weeks->len;
      text = describe_week (self, &g_array_index (self->weeks, WeekBucket, (guint)(fraction * n)));
    }
  else
    {
      n = hyr_load_series_get_n_days (self->series);
      text = describe_day (self, hyr_load_series_get_day (self->series, (guint)(fraction * n)));
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
hyr_load_chart_get_preferred_width (GtkWidget *widget,
                                    int       *minimum,
                                    int       *natural)
{
  *minimum = 320;
  *natural = 560;
}

static void
hyr_load_chart_get_preferred_height (GtkWidget *widget,
                                     int       *minimum,
                                     int       *natural)
{
  /* The ratio chart has two panels. */
  gboolean panels = HYR_LOAD_CHART (widget)->mode == HYR_LOAD_CHART_RATIO;

  *minimum = panels ? 280 : 180;
  *natural = panels ? 340 : 220;
}

static void
changed (HyrLoadChart *self)
{
  rebuild_weeks (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hyr_load_chart_finalize (GObject *object)
{
  HyrLoadChart *self = (HyrLoadChart *)object;

  g_clear_object (&self->series);
  g_clear_pointer (&self->today, g_date_time_unref);
  g_clear_pointer (&self->distance_unit, g_free);
  g_clear_pointer (&self->weeks, g_array_unref);

  G_OBJECT_CLASS (hyr_load_chart_parent_class)->finalize (object);
}

static void
hyr_load_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HyrLoadChart *self = HYR_LOAD_CHART (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    case PROP_DISTANCE_UNIT:
      g_value_set_string (value, self->distance_unit);
      break;
    case PROP_WEEK_START:
      g_value_set_int (value, self->week_start);
      break;
    case PROP_TODAY:
      g_value_set_boxed (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_load_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HyrLoadChart *self = HYR_LOAD_CHART (object);

  switch (prop_id)
    {
    case PROP_MODE:
      self->mode = g_value_get_enum (value);
      break;
    case PROP_SERIES:
      hyr_load_chart_set_series (self, g_value_get_object (value));
      break;
    case PROP_DISTANCE_UNIT:
      hyr_load_chart_set_distance_unit (self, g_value_get_string (value));
      break;
    case PROP_WEEK_START:
      hyr_load_chart_set_week_start (self, g_value_get_int (value));
      break;
    case PROP_TODAY:
      hyr_load_chart_set_today (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_load_chart_class_init (HyrLoadChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hyr_load_chart_finalize;
  object_class->get_property = hyr_load_chart_get_property;
  object_class->set_property = hyr_load_chart_set_property;

  widget_class->draw = hyr_load_chart_draw;
  widget_class->query_tooltip = hyr_load_chart_query_tooltip;
  widget_class->get_preferred_width = hyr_load_chart_get_preferred_width;
  widget_class->get_preferred_height = hyr_load_chart_get_preferred_height;

  /**
   * HyrLoadChart:mode:
   *
   * What the chart draws.
   */
  properties [PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       HYR_TYPE_LOAD_CHART_MODE, HYR_LOAD_CHART_VOLUME,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrLoadChart:series:
   *
   * The daily loads to draw; for the weekly bars, whole weeks from the
   * first day of the week on.
   */
  properties [PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, HYR_TYPE_LOAD_SERIES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrLoadChart:distance-unit:
   *
   * "km" or "mi", as the GSettings key distance-unit.
   */
  properties [PROP_DISTANCE_UNIT] =
    g_param_spec_string ("distance-unit", NULL, NULL, "km",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrLoadChart:week-start:
   *
   * The first day of the user's week, a #GDateWeekday (Monday = 1).
   */
  properties [PROP_WEEK_START] =
    g_param_spec_int ("week-start", NULL, NULL, G_DATE_MONDAY, G_DATE_SUNDAY, G_DATE_MONDAY,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrLoadChart:today:
   *
   * The day that is today for the series, whose week is drawn lighter
   * until it is over; %NULL for the clock's.
   */
  properties [PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "hyr-load-chart");
}

static void
hyr_load_chart_init (HyrLoadChart *self)
{
  self->distance_unit = g_strdup ("km");
  self->week_start = G_DATE_MONDAY;
  self->weeks = g_array_new (FALSE, TRUE, sizeof (WeekBucket));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_description (self);
}

/**
 * hyr_load_chart_new:
 * @mode: what to draw
 *
 * Returns: (transfer floating): a new #HyrLoadChart without a series
 */
GtkWidget *
hyr_load_chart_new (HyrLoadChartMode mode)
{
  return g_object_new (HYR_TYPE_LOAD_CHART, "mode", mode, NULL);
}

/**
 * hyr_load_chart_get_mode:
 * @self: a #HyrLoadChart
 *
 * Returns: what the chart draws
 */
HyrLoadChartMode
hyr_load_chart_get_mode (HyrLoadChart *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_CHART (self), HYR_LOAD_CHART_VOLUME);
  return self->mode;
}

/**
 * hyr_load_chart_get_series:
 * @self: a #HyrLoadChart
 *
 * Returns: (transfer none) (nullable): the series drawn
 */
HyrLoadSeries *
hyr_load_chart_get_series (HyrLoadChart *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_CHART (self), NULL);
  return self->series;
}

/**
 * hyr_load_chart_set_series:
 * @self: a #HyrLoadChart
 * @series: (nullable): the series to draw
 *
 * Sets #HyrLoadChart:series.
 */
void
hyr_load_chart_set_series (HyrLoadChart  *self,
                           HyrLoadSeries *series)
{
  g_return_if_fail (HYR_IS_LOAD_CHART (self));
  g_return_if_fail (series == NULL || HYR_IS_LOAD_SERIES (series));

  if (!g_set_object (&self->series, series))
    return;

  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SERIES]);
}

/**
 * hyr_load_chart_get_distance_unit:
 * @self: a #HyrLoadChart
 *
 * Returns: "km" or "mi"
 */
const char *
hyr_load_chart_get_distance_unit (HyrLoadChart *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_CHART (self), NULL);
  return self->distance_unit;
}

/**
 * hyr_load_chart_set_distance_unit:
 * @self: a #HyrLoadChart
 * @unit: "km" or "mi"
 *
 * Sets #HyrLoadChart:distance-unit.
 */
void
hyr_load_chart_set_distance_unit (HyrLoadChart *self,
                                  const char   *unit)
{
  g_return_if_fail (HYR_IS_LOAD_CHART (self));
  g_return_if_fail (g_strcmp0 (unit, "km") == 0 || g_strcmp0 (unit, "mi") == 0);

  if (g_strcmp0 (self->distance_unit, unit) == 0)
    return;

  g_free (self->distance_unit);
  self->distance_unit = g_strdup (unit);
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISTANCE_UNIT]);
}

/**
 * hyr_load_chart_get_week_start:
 * @self: a #HyrLoadChart
 *
 * Returns: the first day of the week
 */
GDateWeekday
hyr_load_chart_get_week_start (HyrLoadChart *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_CHART (self), G_DATE_MONDAY);
  return self->week_start;
}

/**
 * hyr_load_chart_set_week_start:
 * @self: a #HyrLoadChart
 * @week_start: the first day of the week
 *
 * Sets #HyrLoadChart:week-start.
 */
void
hyr_load_chart_set_week_start (HyrLoadChart *self,
                               GDateWeekday  week_start)
{
  g_return_if_fail (HYR_IS_LOAD_CHART (self));
  g_return_if_fail (g_date_valid_weekday (week_start));

  if (self->week_start == week_start)
    return;

  self->week_start = week_start;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WEEK_START]);
}

/**
 * hyr_load_chart_get_today:
 * @self: a #HyrLoadChart
 *
 * Returns: (transfer none) (nullable): the day that is today for the
 *   series, %NULL for the clock's
 */
GDateTime *
hyr_load_chart_get_today (HyrLoadChart *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_CHART (self), NULL);
  return self->today;
}

/**
 * hyr_load_chart_set_today:
 * @self: a #HyrLoadChart
 * @today: (nullable): the day that is today for the series, %NULL for the
 *   clock's
 *
 * Sets #HyrLoadChart:today.
 */
void
hyr_load_chart_set_today (HyrLoadChart *self,
                          GDateTime    *today)
{
  g_return_if_fail (HYR_IS_LOAD_CHART (self));

  if (self->today == today ||
      (self->today != NULL && today != NULL && g_date_time_equal (self->today, today)))
    return;

  g_clear_pointer (&self->today, g_date_time_unref);
  self->today = today != NULL ? g_date_time_ref (today) : NULL;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}
