/* hyr-week-grid.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HYR_TYPE_WEEK_GRID (hyr_week_grid_get_type ())

G_DECLARE_FINAL_TYPE (HyrWeekGrid, hyr_week_grid, HYR, WEEK_GRID, GtkContainer)

GtkWidget *hyr_week_grid_new             (void);
guint      hyr_week_grid_get_n_columns   (HyrWeekGrid *self);

G_END_DECLS
