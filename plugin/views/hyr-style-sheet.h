/* hyr-style-sheet.h — the views' CSS resources, on the widgets they style
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       hyr_style_sheet_add       (GtkWidget  *widget,
                                      const char *resource_path,
                                      guint       priority);
void       hyr_style_sheet_add_class (GtkWidget  *widget,
                                      const char *resource_path,
                                      guint       priority,
                                      const char *class_name);
GtkWidget *hyr_week_label_new        (const char *text,
                                      gboolean    dim,
                                      gboolean    wrap);
void       hyr_label_set_bold        (GtkWidget  *label);

G_END_DECLS
