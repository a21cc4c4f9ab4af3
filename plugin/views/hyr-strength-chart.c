/* hyr-strength-chart.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-strength-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr-chart-draw.h"
#include "hyr-strength-chart.h"

/**
 * HyrStrengthChart:
 *
 * The estimated one-rep max of each main lift, week by week, drawn with
 * Cairo as #HyrLoadChart draws the loads: a line per lift through the
 * weeks that have logged sets, the best set of the week by Epley's
 * formula (sets of up to 10 reps, as hyr_lift_diary_best_one_rep_max()
 * counts them). Weeks without sets leave a gap in the dots, not a dip.
 * hyr_strength_chart_describe() says the same in words: the accessible
 * description, and the tooltip from the keyboard.
 */

#define PADDING      6.0
#define TICK_GAP     6.0
#define LEGEND_GAP   12.0
#define SWATCH       12.0
#define TARGET_TICKS 4
#define N_LIFTS      4


struct _HyrStrengthChart
{
  GtkDrawingArea  parent_instance;

  HyrLiftDiary   *diary;
  GDateTime      *first_week;
  guint           n_weeks;
  char           *mass_unit;

  /* best[week * N_LIFTS + lift - 1]: kg, 0 for a week without sets */
  double         *best;
};

G_DEFINE_FINAL_TYPE (HyrStrengthChart, hyr_strength_chart, GTK_TYPE_DRAWING_AREA)

enum {
  PROP_0,
  PROP_DIARY,
  PROP_MASS_UNIT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const HyrLift lifts[N_LIFTS] = {
  HYR_LIFT_SQUAT, HYR_LIFT_DEADLIFT, HYR_LIFT_BENCH_PRESS, HYR_LIFT_OVERHEAD_PRESS,
};

/* The local calendar day of @when. */
static int
julian_of (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return (int)g_date_get_julian (&date);
}

static gboolean
pounds (HyrStrengthChart *self)
{
  return g_strcmp0 (self->mass_unit, "lb") == 0;
}

static double
in_unit (HyrStrengthChart *self,
         double            kg)
{
  return hyr_units_mass_from_kg (kg, self->mass_unit);
}

static char *
format_mass (HyrStrengthChart *self,
             double            kg)
{
  if (pounds (self))
    /* Translators: a weight in pounds, rounded */
    return g_strdup_printf (_("%.0f lb"), in_unit (self, kg));

  /* Translators: a weight in kilograms, rounded */
  return g_strdup_printf (_("%.0f kg"), kg);
}

static double *
best_of (HyrStrengthChart *self,
         guint             week,
         HyrLift           lift)
{
  return &self->best[week * N_LIFTS + (guint)lift - 1];
}

static gboolean
is_empty (HyrStrengthChart *self)
{
  for (guint i = 0; i < self->n_weeks * N_LIFTS; i++)
    if (self->best[i] > 0)
      return FALSE;

  return TRUE;
}

static char *
week_date (HyrStrengthChart *self,
           guint             week)
{
  GDate date;
  char buffer[64];

  /* strftime() as the load charts' axes, whose %e pads with a plain space */
  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32)(julian_of (self->first_week) + 7 * (int)week));
  /* Translators: a day on a chart's axis, strftime() format: "3 Mar" */
  if (g_date_strftime (buffer, sizeof buffer, C_("chart date", "%e %b"), &date) == 0)
    return g_strdup ("");

  return g_strstrip (g_strdup (buffer));
}

/**
 * hyr_strength_chart_refresh:
 * @self: a #HyrStrengthChart
 *
 * Reads the diary again, after sets were logged or removed.
 */
void
hyr_strength_chart_refresh (HyrStrengthChart *self)
{
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (HYR_IS_STRENGTH_CHART (self));

  g_free (self->best);
  self->best = g_new0 (double, MAX (self->n_weeks, 1) * N_LIFTS);

  if (self->diary != NULL && self->first_week != NULL && self->n_weeks > 0)
    {
      /* One read of the diary for all the weeks: the best set of each
       * week and lift by the diary's own estimate. */
      end = g_date_time_add_weeks (self->first_week, (int)self->n_weeks);
      sets = hyr_lift_diary_list_sets (self->diary, self->first_week, end);

      for (guint i = 0; i < sets->len; i++)
        {
          HyrLoggedSet *set = g_ptr_array_index (sets, i);
          HyrLift lift = hyr_logged_set_get_lift (set);
          /* By calendar days: a week with a change to summer time is an
           * hour short. */
          int days = julian_of (hyr_logged_set_get_when (set)) - julian_of (self->first_week);
          guint week = (guint)(days / 7);
          double *best;

          if (lift == HYR_LIFT_NONE || days < 0 || week >= self->n_weeks)
            continue;

          best = best_of (self, week, lift);
          *best = MAX (*best, hyr_logged_set_get_one_rep_max (set));
        }
    }

  description = hyr_strength_chart_describe (self);
  atk_object_set_description (gtk_widget_get_accessible (GTK_WIDGET (self)), description);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * hyr_strength_chart_get_best:
 * @self: a #HyrStrengthChart
 * @lift: a main lift
 * @week: the week, 0 for the first
 *
 * Returns: the best estimated one-rep max of @lift in @week in kg, 0 for
 *   none
 */
double
hyr_strength_chart_get_best (HyrStrengthChart *self,
                             HyrLift           lift,
                             guint             week)
{
  g_return_val_if_fail (HYR_IS_STRENGTH_CHART (self), 0);
  g_return_val_if_fail (lift > HYR_LIFT_NONE && lift <= HYR_LIFT_OVERHEAD_PRESS, 0);
  g_return_val_if_fail (week < self->n_weeks, 0);

  return *best_of (self, week, lift);
}

/**
 * hyr_strength_chart_describe:
 * @self: a #HyrStrengthChart
 *
 * Says in words what the chart shows: for each lift with sets, its best
 * estimate in the weeks shown and its latest.
 *
 * Returns: (transfer full): sentences
 */
char *
hyr_strength_chart_describe (HyrStrengthChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (HYR_IS_STRENGTH_CHART (self), NULL);

  if (self->best == NULL || is_empty (self))
    return g_strdup (_("No main-lift sets logged in these weeks. Log a session from its card to see your estimated one-rep max here."));

  for (guint l = 0; l < N_LIFTS; l++)
    {
      guint best_week = 0, last_week = 0;
      double best = 0, last = 0;
      g_autofree char *best_text = NULL;
      g_autofree char *last_text = NULL;
      g_autofree char *best_date = NULL;
      g_autofree char *last_date = NULL;

      for (guint w = 0; w < self->n_weeks; w++)
        {
          double value = *best_of (self, w, lifts[l]);

          if (value <= 0)
            continue;
          if (value > best)
            {
              best = value;
              best_week = w;
            }
          last = value;
          last_week = w;
        }

      if (best <= 0)
        continue;

      best_text = format_mass (self, best);
      best_date = week_date (self, best_week);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      if (last_week == best_week)
        /* Translators: a lift's best estimated one-rep max, as in
         * "Squat: best e1RM 128 kg, in the week of 23 Feb." */
        g_string_append_printf (text, _("%s: best e1RM %s, in the week of %s."),
                                hyr_lift_get_name (lifts[l]), best_text, best_date);
      else
        {
          last_text = format_mass (self, last);
          last_date = week_date (self, last_week);
          /* Translators: a lift's best and latest estimated one-rep max,
           * as in "Squat: best e1RM 128 kg, in the week of 23 Feb; latest
           * 125 kg, in the week of 2 Mar." */
          g_string_append_printf (text, _("%s: best e1RM %s, in the week of %s; latest %s, in the week of %s."),
                                  hyr_lift_get_name (lifts[l]), best_text, best_date, last_text, last_date);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Drawing */

static void
lift_colours (HyrStrengthChart *self,
              GdkRGBA          *colours)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  if (!gtk_style_context_lookup_color (context, "theme_selected_bg_color", &colours[0]))
    gdk_rgba_parse (&colours[0], "#3584e4");
  /* The theme names no colours for further series; these are from the
   * GNOME palette, readable on light and dark backgrounds. */
  gdk_rgba_parse (&colours[1], "#e66100");
  gdk_rgba_parse (&colours[2], "#9141ac");
  gdk_rgba_parse (&colours[3], "#26a269");
}

static gboolean
hyr_strength_chart_draw (GtkWidget *widget,
                         cairo_t   *cr)
{
  HyrStrengthChart *self = HYR_STRENGTH_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  double width = gtk_widget_get_allocated_width (widget);
  double height = gtk_widget_get_allocated_height (widget);
  double text_height = hyr_chart_line_height (GTK_WIDGET (self));
  double min = G_MAXDOUBLE, max = 0, x = PADDING, y = PADDING, label_width = 0;
  double left, right, top, bottom, week_width;
  guint every;
  GdkRGBA text, dim, grid, colours[N_LIFTS];
  g_autofree char *sample = NULL;
  HyrChartAxis axis;

  gtk_render_background (context, cr, 0, 0, width, height);
  gtk_style_context_get_color (context, gtk_style_context_get_state (context), &text);
  dim = grid = text;
  dim.alpha *= 0.65;
  grid.alpha *= 0.12;
  lift_colours (self, colours);

  if (self->best == NULL || is_empty (self))
    {
      hyr_chart_draw_message (GTK_WIDGET (self), cr, _("No main-lift sets logged in these weeks"),
                              &dim, width, height);
      return GDK_EVENT_PROPAGATE;
    }

  /* The legend, in rows from the top left. */
  for (guint l = 0; l < N_LIFTS; l++)
    {
      const char *name = hyr_lift_get_name (lifts[l]);
      double item = SWATCH + 6 + hyr_chart_text_width (GTK_WIDGET (self), name);

      if (x > PADDING && x + item > width - PADDING)
        {
          x = PADDING;
          y += text_height + 4;
        }
      gdk_cairo_set_source_rgba (cr, &colours[l]);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, x, y + text_height / 2);
      cairo_line_to (cr, x + SWATCH, y + text_height / 2);
      cairo_stroke (cr);
      hyr_chart_draw_text (GTK_WIDGET (self), cr, name, x + SWATCH + 6, y, 0, 0, &text);
      x += item + LEGEND_GAP;
    }

  for (guint i = 0; i < self->n_weeks * N_LIFTS; i++)
    {
      if (self->best[i] <= 0)
        continue;
      min = MIN (min, in_unit (self, self->best[i]));
      max = MAX (max, in_unit (self, self->best[i]));
    }
  axis = hyr_chart_nice_axis (min * 0.95, max * 1.02, TARGET_TICKS);

  for (double v = axis.min; v <= axis.max + axis.step / 2; v += axis.step)
    {
      g_autofree char *label = g_strdup_printf ("%.0f", v);
      label_width = MAX (label_width, hyr_chart_text_width (GTK_WIDGET (self), label));
    }

  left = PADDING + label_width + TICK_GAP;
  right = width - PADDING - SWATCH;
  top = y + text_height + 8 + text_height + 4;
  bottom = height - PADDING - text_height - TICK_GAP;
  week_width = (right - left) / self->n_weeks;

  hyr_chart_draw_text (GTK_WIDGET (self), cr, pounds (self) ? _("e1RM, lb") : _("e1RM, kg"), left, top - 4, 0, 1, &dim);

  cairo_set_line_width (cr, 1);
  for (double v = axis.min; v <= axis.max + axis.step / 2; v += axis.step)
    {
      g_autofree char *label = g_strdup_printf ("%.0f", v);
      double ly = round (bottom - (v - axis.min) / (axis.max - axis.min) * (bottom - top)) + 0.5;

      gdk_cairo_set_source_rgba (cr, &grid);
      cairo_move_to (cr, left, ly);
      cairo_line_to (cr, right, ly);
      cairo_stroke (cr);
      hyr_chart_draw_text (GTK_WIDGET (self), cr, label, left - TICK_GAP, ly, 1, 0.5, &dim);
    }

  sample = week_date (self, 0);
  every = MAX (1, (guint)ceil ((hyr_chart_text_width (GTK_WIDGET (self), sample) + 12) / MAX (week_width, 1)));
  for (guint w = 0; w < self->n_weeks; w += every)
    {
      g_autofree char *label = week_date (self, w);

      hyr_chart_draw_text (GTK_WIDGET (self), cr, label, left + (w + 0.5) * week_width, bottom + TICK_GAP, 0.5, 0, &dim);
    }

  for (guint l = 0; l < N_LIFTS; l++)
    {
      gboolean drawing = FALSE;

      gdk_cairo_set_source_rgba (cr, &colours[l]);
      cairo_set_line_width (cr, 2);
      for (guint w = 0; w < self->n_weeks; w++)
        {
          double value = *best_of (self, w, lifts[l]);
          double px, py;

          if (value <= 0)
            continue;
          px = left + (w + 0.5) * week_width;
          py = bottom - (in_unit (self, value) - axis.min) / (axis.max - axis.min) * (bottom - top);
          if (drawing)
            cairo_line_to (cr, px, py);
          else
            cairo_move_to (cr, px, py);
          drawing = TRUE;
        }
      cairo_stroke (cr);

      for (guint w = 0; w < self->n_weeks; w++)
        {
          double value = *best_of (self, w, lifts[l]);

          if (value <= 0)
            continue;
          cairo_arc (cr, left + (w + 0.5) * week_width,
                     bottom - (in_unit (self, value) - axis.min) / (axis.max - axis.min) * (bottom - top),
                     3, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  return GDK_EVENT_PROPAGATE;
}

static gboolean
hyr_strength_chart_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_mode,
                                  GtkTooltip *tooltip)
{
  g_autofree char *text = hyr_strength_chart_describe (HYR_STRENGTH_CHART (widget));

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
hyr_strength_chart_get_preferred_width (GtkWidget *widget,
                                        int       *minimum,
                                        int       *natural)
{
  *minimum = 320;
  *natural = 560;
}

static void
hyr_strength_chart_get_preferred_height (GtkWidget *widget,
                                         int       *minimum,
                                         int       *natural)
{
  *minimum = 180;
  *natural = 220;
}

static void
hyr_strength_chart_finalize (GObject *object)
{
  HyrStrengthChart *self = (HyrStrengthChart *)object;

  g_clear_object (&self->diary);
  g_clear_pointer (&self->first_week, g_date_time_unref);
  g_clear_pointer (&self->mass_unit, g_free);
  g_clear_pointer (&self->best, g_free);

  G_OBJECT_CLASS (hyr_strength_chart_parent_class)->finalize (object);
}

static void
hyr_strength_chart_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HyrStrengthChart *self = HYR_STRENGTH_CHART (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;
    case PROP_MASS_UNIT:
      g_value_set_string (value, self->mass_unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_strength_chart_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HyrStrengthChart *self = HYR_STRENGTH_CHART (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      hyr_strength_chart_set_diary (self, g_value_get_object (value));
      break;
    case PROP_MASS_UNIT:
      hyr_strength_chart_set_mass_unit (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_strength_chart_class_init (HyrStrengthChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hyr_strength_chart_finalize;
  object_class->get_property = hyr_strength_chart_get_property;
  object_class->set_property = hyr_strength_chart_set_property;

  widget_class->draw = hyr_strength_chart_draw;
  widget_class->query_tooltip = hyr_strength_chart_query_tooltip;
  widget_class->get_preferred_width = hyr_strength_chart_get_preferred_width;
  widget_class->get_preferred_height = hyr_strength_chart_get_preferred_height;

  /**
   * HyrStrengthChart:diary:
   *
   * The lift diary whose sets are charted.
   */
  properties [PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL, HYR_TYPE_LIFT_DIARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrStrengthChart:mass-unit:
   *
   * "kg" or "lb", as the GSettings key mass-unit.
   */
  properties [PROP_MASS_UNIT] =
    g_param_spec_string ("mass-unit", NULL, NULL, "kg",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "hyr-strength-chart");
}

static void
hyr_strength_chart_init (HyrStrengthChart *self)
{
  self->mass_unit = g_strdup ("kg");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  hyr_strength_chart_refresh (self);
}

/**
 * hyr_strength_chart_new:
 *
 * Returns: (transfer floating): a new #HyrStrengthChart without a diary
 */
GtkWidget *
hyr_strength_chart_new (void)
{
  return g_object_new (HYR_TYPE_STRENGTH_CHART, NULL);
}

/**
 * hyr_strength_chart_set_diary:
 * @self: a #HyrStrengthChart
 * @diary: (nullable): the lift diary
 */
void
hyr_strength_chart_set_diary (HyrStrengthChart *self,
                              HyrLiftDiary     *diary)
{
  g_return_if_fail (HYR_IS_STRENGTH_CHART (self));
  g_return_if_fail (diary == NULL || HYR_IS_LIFT_DIARY (diary));

  if (g_set_object (&self->diary, diary))
    {
      hyr_strength_chart_refresh (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIARY]);
    }
}

/**
 * hyr_strength_chart_set_range:
 * @self: a #HyrStrengthChart
 * @first_week: local midnight of the first week's first day
 * @n_weeks: how many weeks to chart
 */
void
hyr_strength_chart_set_range (HyrStrengthChart *self,
                              GDateTime        *first_week,
                              guint             n_weeks)
{
  g_return_if_fail (HYR_IS_STRENGTH_CHART (self));
  g_return_if_fail (first_week != NULL);

  g_clear_pointer (&self->first_week, g_date_time_unref);
  self->first_week = g_date_time_ref (first_week);
  self->n_weeks = n_weeks;
  hyr_strength_chart_refresh (self);
}

/**
 * hyr_strength_chart_set_mass_unit:
 * @self: a #HyrStrengthChart
 * @unit: "kg" or "lb"
 */
void
hyr_strength_chart_set_mass_unit (HyrStrengthChart *self,
                                  const char       *unit)
{
  g_return_if_fail (HYR_IS_STRENGTH_CHART (self));

  if (g_strcmp0 (self->mass_unit, unit) == 0)
    return;

  g_free (self->mass_unit);
  self->mass_unit = g_strdup (unit != NULL ? unit : "kg");
  hyr_strength_chart_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MASS_UNIT]);
}
