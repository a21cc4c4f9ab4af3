/* hyr-test-widgets.h — finding a view's widgets by name, for the tests
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GPtrArray *hyr_test_find_all (GtkWidget  *widget,
                              const char *name);
GtkWidget *hyr_test_find_one (GtkWidget  *widget,
                              const char *name);

G_END_DECLS
