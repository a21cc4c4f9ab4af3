/* hyr-shoe-row.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_SHOE_ROW (hyr_shoe_row_get_type ())

G_DECLARE_FINAL_TYPE (HyrShoeRow, hyr_shoe_row, HYR, SHOE_ROW, GtkListBoxRow)

GtkWidget *hyr_shoe_row_new             (HyrShoe         *shoe,
                                         gboolean         miles,
                                         GDateTime       *now);
HyrShoe   *hyr_shoe_row_get_shoe        (HyrShoeRow      *self);
void       hyr_shoe_row_set_shoe        (HyrShoeRow      *self,
                                         HyrShoe         *shoe);
void       hyr_shoe_row_set_miles       (HyrShoeRow      *self,
                                         gboolean         miles);
void       hyr_shoe_row_set_now         (HyrShoeRow      *self,
                                         GDateTime       *now);
char      *hyr_shoe_row_format_distance (double           metres,
                                         gboolean         miles);
char      *hyr_shoe_row_format_day      (GDateTime       *when,
                                         GDateTime       *now);
void       hyr_shoe_row_append_kinds    (GtkComboBoxText *combo);

G_END_DECLS
