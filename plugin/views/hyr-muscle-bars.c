/* hyr-muscle-bars.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-muscle-bars"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hyr-muscle-bars.h"
#include "hyr-style-sheet.h"

#define SETS_MIN        10.0
#define SETS_MAX        20.0
#define SETS_BAR_MAX    25.0

/**
 * HyrMuscleBars:
 *
 * The hard sets a week's plan gives each muscle, a row per muscle: its
 * name, a bar against the 10–20 sets a week that grow a muscle, short of
 * them and past them in the warning colour, and the number. In a week
 * that has begun the number is the sets done of the sets planned
 * ("4.5 / 12"), under a heading that says so. The rows go down the body,
 * in the planner's order.
 */
struct _HyrMuscleBars
{
  GtkGrid parent_instance;
};

G_DEFINE_FINAL_TYPE (HyrMuscleBars, hyr_muscle_bars, GTK_TYPE_GRID)

static void
remove_rows (HyrMuscleBars *self)
{
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (self));

  for (const GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
}

static void
add_rows (HyrMuscleBars *self,
          HyrWeekPlan   *plan,
          gboolean       show_done)
{
  GtkGrid *grid = GTK_GRID (self);
  GVariantIter iter;
  const char *key;
  double value;
  int row = 0;

  if (show_done)
    {
      /* Translators: the heading of the numbers beside the muscle bars,
       * as in "4.5 / 12" */
      GtkWidget *heading = gtk_label_new (_("done / planned"));

      gtk_style_context_add_class (gtk_widget_get_style_context (heading), GTK_STYLE_CLASS_DIM_LABEL);
      gtk_label_set_xalign (GTK_LABEL (heading), 1);
      gtk_grid_attach (grid, heading, 2, row++, 1, 1);
    }

  /* In the planner's order, which goes down the body. */
  g_variant_iter_init (&iter, hyr_week_plan_get_sets_per_muscle (plan));
  while (g_variant_iter_next (&iter, "{&sd}", &key, &value))
    {
      const char *name = hyr_muscle_get_name (key);
      double done = hyr_week_plan_get_muscle_sets_done (plan, key);
      g_autofree char *number = show_done ? g_strdup_printf ("%g / %g", done, value)
                                                : g_strdup_printf ("%g", value);
      g_autofree char *tooltip = NULL;
      g_autofree char *widget_name = g_strdup_printf ("muscle-%s", key);
      GtkWidget *name_label = gtk_label_new (name);
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, SETS_BAR_MAX);
      GtkWidget *value_label = gtk_label_new (number);

      if (value < SETS_MIN)
        /* Translators: hard sets of a muscle in the week */
        tooltip = g_strdup_printf (_("%g sets: below the 10 that grow a muscle"), value);
      else if (value > SETS_MAX)
        tooltip = g_strdup_printf (_("%g sets: above 20, more than adds growth for most"), value);
      else
        tooltip = g_strdup_printf (_("%g sets: within the 10–20 target"), value);
      if (show_done)
        {
          /* Translators: the sets of a muscle done so far in the week,
           * then the sentence about the sets planned */
          g_autofree char *planned = g_steal_pointer (&tooltip);

          tooltip = g_strdup_printf (_("%g done so far of %s"), done, planned);
        }

      gtk_label_set_xalign (GTK_LABEL (name_label), 0);
      gtk_widget_set_name (name_label, widget_name);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), "hyr-under", SETS_MIN - 0.01);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), "hyr-target", SETS_MAX);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), "hyr-over", SETS_BAR_MAX);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MIN (value, SETS_BAR_MAX));
      /* The offsets' colours style the bar's blocks, nodes of its own. */
      hyr_style_sheet_add (bar, "/io/github/HypertrophyRunning/ui/hyr-muscle-bars.css",
                           GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      gtk_widget_set_hexpand (bar, TRUE);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (value_label), 1);
      gtk_label_set_width_chars (GTK_LABEL (value_label), show_done ? 9 : 4);
      gtk_widget_set_name (value_label, "muscle-sets");

      gtk_widget_set_tooltip_text (name_label, tooltip);
      gtk_widget_set_tooltip_text (bar, tooltip);
      gtk_widget_set_tooltip_text (value_label, tooltip);

      gtk_grid_attach (grid, name_label, 0, row, 1, 1);
      gtk_grid_attach (grid, bar, 1, row, 1, 1);
      gtk_grid_attach (grid, value_label, 2, row, 1, 1);
      row++;
    }

  gtk_widget_show_all (GTK_WIDGET (self));
}

static void
hyr_muscle_bars_class_init (HyrMuscleBarsClass *klass)
{
}

static void
hyr_muscle_bars_init (HyrMuscleBars *self)
{
}

/**
 * hyr_muscle_bars_new:
 *
 * Returns: (transfer floating): a new #HyrMuscleBars without a plan
 */
GtkWidget *
hyr_muscle_bars_new (void)
{
  return g_object_new (HYR_TYPE_MUSCLE_BARS, NULL);
}

/**
 * hyr_muscle_bars_set_plan:
 * @self: a #HyrMuscleBars
 * @plan: (nullable): the week's plan, or %NULL for no rows
 * @show_done: whether to show the sets done beside the planned: for a
 *   week that has begun
 *
 * Shows the sets of @plan, row by row.
 */
void
hyr_muscle_bars_set_plan (HyrMuscleBars *self,
                          HyrWeekPlan   *plan,
                          gboolean       show_done)
{
  g_return_if_fail (HYR_IS_MUSCLE_BARS (self));
  g_return_if_fail (plan == NULL || HYR_IS_WEEK_PLAN (plan));

  remove_rows (self);
  if (plan != NULL)
    add_rows (self, plan, show_done);
}
