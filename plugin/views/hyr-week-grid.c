/* hyr-week-grid.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-week-grid"

#include "config.h"

#include "hyr-week-grid.h"

/**
 * HyrWeekGrid:
 *
 * The days of a week side by side, as many to a row as the width allows:
 * all seven when each day gets at least #HyrWeekGrid:column-width pixels,
 * else four (Monday to Thursday over Friday to Sunday, say), else two,
 * else one under the other. The planner's week thus fits pytrainer's
 * window from about 900 px up without a horizontal scrollbar.
 *
 * It asks for the width of its narrowest layout as its minimum and of
 * four days side by side as its natural width, and takes whatever it is
 * given: a row is as tall as its tallest day at the width it gets.
 */

/* The layouts, widest first: days to a row. */
static const guint layouts[] = { 7, 4, 2, 1 };

#define DEFAULT_COLUMN_WIDTH 140
#define DEFAULT_SPACING      8

struct _HyrWeekGrid
{
  GtkContainer  parent_instance;

  GPtrArray    *children;
  int           column_width;
  int           spacing;
  guint         n_columns;
};

G_DEFINE_FINAL_TYPE (HyrWeekGrid, hyr_week_grid, GTK_TYPE_CONTAINER)

enum {
  PROP_0,
  PROP_COLUMN_WIDTH,
  PROP_SPACING,
  PROP_N_COLUMNS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static int
widest_minimum (HyrWeekGrid *self)
{
  int widest = 0;

  for (guint i = 0; i < self->children->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->children, i);
      int minimum = 0;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_get_preferred_width (child, &minimum, NULL);
      widest = MAX (widest, minimum);
    }

  return widest;
}

static int
column_floor (HyrWeekGrid *self)
{
  return MAX (self->column_width, widest_minimum (self));
}

static guint
columns_for_width (HyrWeekGrid *self,
                   int          width)
{
  int floor = column_floor (self);

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    if ((width - (int)(layouts[i] - 1) * self->spacing) / (int)layouts[i] >= floor)
      return layouts[i];

  return 1;
}

static int
column_width_for (HyrWeekGrid *self,
                  int          width,
                  guint        n_columns)
{
  return MAX (1, (width - (int)(n_columns - 1) * self->spacing) / (int)n_columns);
}

static GtkSizeRequestMode
hyr_week_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hyr_week_grid_get_preferred_width (GtkWidget *widget,
                                   int       *minimum,
                                   int       *natural)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (widget);
  int floor = column_floor (self);

  *minimum = widest_minimum (self);
  *natural = 4 * floor + 3 * self->spacing;
}

/* Rows of n_columns days, each as tall as its tallest day. */
static int
height_for_width (HyrWeekGrid *self,
                  int          width,
                  gboolean     natural)
{
  guint n_columns = columns_for_width (self, width);
  int column = column_width_for (self, width, n_columns);
  int total = 0, row = 0;
  guint in_row = 0, n_rows = 0;

  for (guint i = 0; i < self->children->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->children, i);
      int minimum = 0, preferred = 0;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_get_preferred_height_for_width (child, column, &minimum, &preferred);
      row = MAX (row, natural ? preferred : minimum);
      if (++in_row == n_columns)
        {
          total += row;
          n_rows++;
          row = 0;
          in_row = 0;
        }
    }
  if (in_row > 0)
    {
      total += row;
      n_rows++;
    }

  return total + (n_rows > 1 ? (int)(n_rows - 1) * 2 * self->spacing : 0);
}

static void
hyr_week_grid_get_preferred_height_for_width (GtkWidget *widget,
                                              int        width,
                                              int       *minimum,
                                              int       *natural)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (widget);

  *minimum = height_for_width (self, width, FALSE);
  *natural = height_for_width (self, width, TRUE);
}

static void
hyr_week_grid_get_preferred_height (GtkWidget *widget,
                                    int       *minimum,
                                    int       *natural)
{
  int minimum_width = 0, natural_width = 0;

  hyr_week_grid_get_preferred_width (widget, &minimum_width, &natural_width);
  hyr_week_grid_get_preferred_height_for_width (widget, natural_width, minimum, natural);
}

static void
hyr_week_grid_size_allocate (GtkWidget     *widget,
                             GtkAllocation *allocation)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (widget);
  guint n_columns = columns_for_width (self, allocation->width);
  int column = column_width_for (self, allocation->width, n_columns);
  guint first = 0;
  int y = allocation->y;

  gtk_widget_set_allocation (widget, allocation);

  if (n_columns != self->n_columns)
    {
      self->n_columns = n_columns;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_COLUMNS]);
    }

  /* Row by row: measure the row's days, then place them. */
  while (first < self->children->len)
    {
      guint last = first, in_row = 0;
      int row = 0, x = allocation->x;

      for (; last < self->children->len && in_row < n_columns; last++)
        {
          GtkWidget *child = g_ptr_array_index (self->children, last);
          int minimum = 0, natural = 0;

          if (!gtk_widget_get_visible (child))
            continue;
          gtk_widget_get_preferred_height_for_width (child, column, &minimum, &natural);
          row = MAX (row, natural);
          in_row++;
        }

      for (guint i = first; i < last; i++)
        {
          GtkWidget *child = g_ptr_array_index (self->children, i);
          GtkAllocation child_allocation = { x, y, column, row };

          if (!gtk_widget_get_visible (child))
            continue;
          gtk_widget_size_allocate (child, &child_allocation);
          x += column + self->spacing;
        }

      y += row + 2 * self->spacing;
      first = last;
    }
}

static void
hyr_week_grid_add (GtkContainer *container,
                   GtkWidget    *child)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (container);

  g_ptr_array_add (self->children, child);
  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

static void
hyr_week_grid_remove (GtkContainer *container,
                      GtkWidget    *child)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (container);
  gboolean was_visible = gtk_widget_get_visible (child);

  if (!g_ptr_array_remove (self->children, child))
    return;
  gtk_widget_unparent (child);
  if (was_visible && gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
hyr_week_grid_forall (GtkContainer *container,
                      gboolean      include_internals,
                      GtkCallback   callback,
                      gpointer      data)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (container);
  g_autoptr(GPtrArray) children = g_ptr_array_copy (self->children, NULL, NULL);

  /* A copy: the callback may remove the child (gtk_widget_destroy). */
  for (guint i = 0; i < children->len; i++)
    callback (g_ptr_array_index (children, i), data);
}

static void
hyr_week_grid_finalize (GObject *object)
{
  HyrWeekGrid *self = (HyrWeekGrid *)object;

  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (hyr_week_grid_parent_class)->finalize (object);
}

static void
hyr_week_grid_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (object);

  switch (prop_id)
    {
    case PROP_COLUMN_WIDTH:
      g_value_set_int (value, self->column_width);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_N_COLUMNS:
      g_value_set_uint (value, self->n_columns);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_week_grid_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HyrWeekGrid *self = HYR_WEEK_GRID (object);

  switch (prop_id)
    {
    case PROP_COLUMN_WIDTH:
      self->column_width = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_SPACING:
      self->spacing = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_week_grid_class_init (HyrWeekGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkContainerClass *container_class = GTK_CONTAINER_CLASS (klass);

  object_class->finalize = hyr_week_grid_finalize;
  object_class->get_property = hyr_week_grid_get_property;
  object_class->set_property = hyr_week_grid_set_property;

  widget_class->get_request_mode = hyr_week_grid_get_request_mode;
  widget_class->get_preferred_width = hyr_week_grid_get_preferred_width;
  widget_class->get_preferred_height = hyr_week_grid_get_preferred_height;
  widget_class->get_preferred_height_for_width = hyr_week_grid_get_preferred_height_for_width;
  widget_class->size_allocate = hyr_week_grid_size_allocate;

  container_class->add = hyr_week_grid_add;
  container_class->remove = hyr_week_grid_remove;
  container_class->forall = hyr_week_grid_forall;

  /**
   * HyrWeekGrid:column-width:
   *
   * The narrowest a day may be before the days go on more rows.
   */
  properties [PROP_COLUMN_WIDTH] =
    g_param_spec_int ("column-width", NULL, NULL, 1, G_MAXINT, DEFAULT_COLUMN_WIDTH,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrWeekGrid:spacing:
   *
   * Pixels between days; rows are twice as far apart.
   */
  properties [PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, DEFAULT_SPACING,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrWeekGrid:n-columns:
   *
   * How many days the last allocation put side by side.
   */
  properties [PROP_N_COLUMNS] =
    g_param_spec_uint ("n-columns", NULL, NULL, 0, 7, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "weekgrid");
}

static void
hyr_week_grid_init (HyrWeekGrid *self)
{
  gtk_widget_set_has_window (GTK_WIDGET (self), FALSE);
  self->children = g_ptr_array_new ();
  self->column_width = DEFAULT_COLUMN_WIDTH;
  self->spacing = DEFAULT_SPACING;
}

/**
 * hyr_week_grid_new:
 *
 * Returns: (transfer floating): a new, empty #HyrWeekGrid
 */
GtkWidget *
hyr_week_grid_new (void)
{
  return g_object_new (HYR_TYPE_WEEK_GRID, NULL);
}

/**
 * hyr_week_grid_get_n_columns:
 * @self: a #HyrWeekGrid
 *
 * Returns: how many days the last allocation put side by side, 0 before
 *   the first
 */
guint
hyr_week_grid_get_n_columns (HyrWeekGrid *self)
{
  g_return_val_if_fail (HYR_IS_WEEK_GRID (self), 0);
  return self->n_columns;
}
