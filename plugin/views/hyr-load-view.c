/* hyr-load-view.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-load-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hyr-load-chart.h"
#include "hyr-load-view.h"
#include "hyr-strength-chart.h"

/**
 * HyrLoadView:
 *
 * The Planner's "Training Load" view of a #HyrLoadSeries: weekly running
 * distance and strength load, fitness/fatigue/form, and acute against
 * chronic load with their ratio, whose bands are labelled as the
 * heuristics they are; today's numbers beside them; and each main lift's
 * estimated one-rep max from the lift diary, over the same weeks.
 *
 * The owner computes the series and hands it over; the view draws it
 * in the units and with the week start it is given.
 */
struct _HyrLoadView
{
  GtkGrid           parent_instance;

  HyrLoadChart     *volume_chart;
  HyrLoadChart     *fitness_chart;
  HyrLoadChart     *ratio_chart;
  GtkLabel         *fitness_note;
  GtkGrid          *today_grid;
  GtkLabel         *estimated_label;
  HyrStrengthChart *strength_chart;
  GtkLabel         *strength_summary;
};

G_DEFINE_FINAL_TYPE (HyrLoadView, hyr_load_view, GTK_TYPE_GRID)

enum {
  PROP_0,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
add_today_row (HyrLoadView *self,
               int          row,
               const char  *name,
               const char  *value,
               const char  *tooltip)
{
  GtkWidget *name_label = gtk_label_new (name);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_style_context_add_class (gtk_widget_get_style_context (name_label), GTK_STYLE_CLASS_DIM_LABEL);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_widget_set_tooltip_text (name_label, tooltip);
  gtk_widget_set_tooltip_text (value_label, tooltip);
  gtk_grid_attach (self->today_grid, name_label, 0, row, 1, 1);
  gtk_grid_attach (self->today_grid, value_label, 1, row, 1, 1);
}

static void
show_today (HyrLoadView   *self,
            HyrLoadSeries *series)
{
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (self->today_grid));
  HyrLoadDay *day;
  g_autofree char *acute = NULL;
  g_autofree char *chronic = NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *fitness = NULL;
  g_autofree char *monotony = NULL;
  g_autofree char *estimated = NULL;
  g_autofree char *note = NULL;
  guint n = hyr_load_series_get_n_days (series);

  for (const GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  if (n == 0)
    return;

  day = hyr_load_series_get_day (series, n - 1);
  acute = g_strdup_printf ("%.0f", hyr_load_day_get_acute (day));
  chronic = g_strdup_printf ("%.0f", hyr_load_day_get_chronic (day));
  if (hyr_load_day_get_ratio_known (day))
    ratio = g_strdup_printf ("%.2f", hyr_load_day_get_ratio (day));
  else if (hyr_load_day_get_chronic (day) > 0)
    ratio = g_strdup (_("none yet: fewer than 28 days of history"));
  else
    ratio = g_strdup (_("none yet: no chronic load"));
  /* Translators: fitness (CTL), fatigue (ATL) and form (TSB), three numbers */
  fitness = g_strdup_printf (_("%.0f / %.0f / %+.0f"), hyr_load_day_get_ctl (day),
                             hyr_load_day_get_atl (day), hyr_load_day_get_tsb (day));
  monotony = hyr_load_day_get_monotony (day) > 0
             ? g_strdup_printf ("%.1f / %.0f", hyr_load_day_get_monotony (day), hyr_load_day_get_strain (day))
             : g_strdup ("—");

  add_today_row (self, 0, _("Acute load, last 7 days"), acute,
                 _("Session RPE × minutes summed over the last 7 days"));
  add_today_row (self, 1, _("Chronic load, a week"), chronic,
                 _("The last 28 days’ load ÷ 4: an average week"));
  add_today_row (self, 2, _("Acute:chronic ratio*"), ratio,
                 _("A heuristic; see the note under the chart"));
  add_today_row (self, 3, _("Fitness / fatigue / form"), fitness,
                 _("CTL, ATL and TSB, in RPE × minutes a day"));
  add_today_row (self, 4, _("Monotony / strain"), monotony,
                 _("Mean daily load ÷ its standard deviation over 7 days, and the week’s load × "
                   "monotony (Foster 1998); what is high differs from person to person"));
  gtk_widget_show_all (GTK_WIDGET (self->today_grid));

  if (hyr_load_series_get_n_estimated (series) > 0)
    /* Translators: how many sessions had no RPE recorded, of all counted */
    estimated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Your tracker recorded no effort (RPE) for %u of the %u "
                                              "session counted; its RPE is estimated from the run’s kind "
                                              "or heart rate.",
                                              "Your tracker recorded no effort (RPE) for %u of the %u "
                                              "sessions counted; their RPE is estimated from the run’s kind "
                                              "or heart rate.",
                                              hyr_load_series_get_n_sessions (series)),
                                 hyr_load_series_get_n_estimated (series),
                                 hyr_load_series_get_n_sessions (series));
  gtk_label_set_label (self->estimated_label, estimated != NULL ? estimated : "");
  gtk_widget_set_visible (GTK_WIDGET (self->estimated_label), estimated != NULL);

  /* Translators: the two numbers are the time constants in days */
  note = g_strdup_printf (_("Fitness (CTL) and fatigue (ATL) are the daily load averaged with exponential "
                            "decay over %.0f and %.0f days; form (TSB) is yesterday’s fitness minus "
                            "yesterday’s fatigue. Negative form means you are carrying fatigue."),
                          hyr_load_series_get_ctl_time_constant (series),
                          hyr_load_series_get_atl_time_constant (series));
  gtk_label_set_label (self->fitness_note, note);
}

static void
hyr_load_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HyrLoadView *self = HYR_LOAD_VIEW (object);

  switch (prop_id)
    {
    case PROP_TODAY:
      g_value_set_boxed (value, hyr_load_view_get_today (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_load_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HyrLoadView *self = HYR_LOAD_VIEW (object);

  switch (prop_id)
    {
    case PROP_TODAY:
      hyr_load_view_set_today (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_load_view_class_init (HyrLoadViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hyr_load_view_get_property;
  object_class->set_property = hyr_load_view_set_property;

  /**
   * HyrLoadView:today:
   *
   * The day the series runs to, whose week is drawn lighter until it is
   * over; %NULL for the clock's.
   */
  properties [PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HYR_TYPE_LOAD_CHART);
  g_type_ensure (HYR_TYPE_STRENGTH_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-load-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, volume_chart);
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, fitness_chart);
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, ratio_chart);
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, fitness_note);
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, today_grid);
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, estimated_label);
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, strength_chart);
  gtk_widget_class_bind_template_child (widget_class, HyrLoadView, strength_summary);
}

static void
hyr_load_view_init (HyrLoadView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hyr_load_view_new:
 *
 * Returns: (transfer floating): a new #HyrLoadView, empty until given a
 *   series
 */
GtkWidget *
hyr_load_view_new (void)
{
  return g_object_new (HYR_TYPE_LOAD_VIEW, NULL);
}

/**
 * hyr_load_view_set_diary:
 * @self: a #HyrLoadView
 * @diary: the lift diary, for the estimated one-rep maxes
 */
void
hyr_load_view_set_diary (HyrLoadView  *self,
                         HyrLiftDiary *diary)
{
  g_return_if_fail (HYR_IS_LOAD_VIEW (self));

  hyr_strength_chart_set_diary (self->strength_chart, diary);
}

/**
 * hyr_load_view_get_today:
 * @self: a #HyrLoadView
 *
 * Returns: (transfer none) (nullable): #HyrLoadView:today
 */
GDateTime *
hyr_load_view_get_today (HyrLoadView *self)
{
  g_return_val_if_fail (HYR_IS_LOAD_VIEW (self), NULL);

  return hyr_load_chart_get_today (self->volume_chart);
}

/**
 * hyr_load_view_set_today:
 * @self: a #HyrLoadView
 * @today: (nullable): the planner's today, or %NULL for the clock's
 *
 * Sets #HyrLoadView:today.
 */
void
hyr_load_view_set_today (HyrLoadView *self,
                         GDateTime   *today)
{
  g_return_if_fail (HYR_IS_LOAD_VIEW (self));

  if (today == hyr_load_chart_get_today (self->volume_chart))
    return;

  hyr_load_chart_set_today (self->volume_chart, today);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}

/**
 * hyr_load_view_set_week_start:
 * @self: a #HyrLoadView
 * @week_start: the first day of the user's week
 *
 * The charts' weeks start on @week_start.
 */
void
hyr_load_view_set_week_start (HyrLoadView  *self,
                              GDateWeekday  week_start)
{
  g_return_if_fail (HYR_IS_LOAD_VIEW (self));

  hyr_load_chart_set_week_start (self->volume_chart, week_start);
  hyr_load_chart_set_week_start (self->fitness_chart, week_start);
  hyr_load_chart_set_week_start (self->ratio_chart, week_start);
}

/**
 * hyr_load_view_set_distance_unit:
 * @self: a #HyrLoadView
 * @unit: "km" or "mi"
 *
 * The weekly running distance is drawn in @unit.
 */
void
hyr_load_view_set_distance_unit (HyrLoadView *self,
                                 const char  *unit)
{
  g_return_if_fail (HYR_IS_LOAD_VIEW (self));

  hyr_load_chart_set_distance_unit (self->volume_chart, unit);
}

/**
 * hyr_load_view_set_mass_unit:
 * @self: a #HyrLoadView
 * @unit: "kg" or "lb"
 *
 * The estimated one-rep maxes are drawn in @unit.
 */
void
hyr_load_view_set_mass_unit (HyrLoadView *self,
                             const char  *unit)
{
  g_return_if_fail (HYR_IS_LOAD_VIEW (self));

  hyr_strength_chart_set_mass_unit (self->strength_chart, unit);
}

/**
 * hyr_load_view_set_series:
 * @self: a #HyrLoadView
 * @series: the training load of the weeks shown
 * @first_week: the first day of the first week shown
 * @n_weeks: the weeks shown, up to and with today's
 *
 * Draws @series and the estimated one-rep maxes of the same weeks, with
 * the numbers of the series' last day, today, beside them.
 */
void
hyr_load_view_set_series (HyrLoadView   *self,
                          HyrLoadSeries *series,
                          GDateTime     *first_week,
                          guint          n_weeks)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (HYR_IS_LOAD_VIEW (self));
  g_return_if_fail (HYR_IS_LOAD_SERIES (series));
  g_return_if_fail (first_week != NULL);

  hyr_load_chart_set_series (self->volume_chart, series);
  hyr_load_chart_set_series (self->fitness_chart, series);
  hyr_load_chart_set_series (self->ratio_chart, series);
  show_today (self, series);

  hyr_strength_chart_set_range (self->strength_chart, first_week, n_weeks);
  summary = hyr_strength_chart_describe (self->strength_chart);
  gtk_label_set_label (self->strength_summary, summary);
}
