/* hyr-style-sheet.h — the views' CSS resources, on the widgets they style
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hyr_style_sheet_add (GtkWidget  *widget,
                          const char *resource_path,
                          guint       priority);

G_END_DECLS
