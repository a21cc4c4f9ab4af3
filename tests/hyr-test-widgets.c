/* hyr-test-widgets.c — finding a view's widgets by name, for the tests
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "hyr-test-widgets.h"

static void
collect_named (GtkWidget  *widget,
               const char *name,
               GPtrArray  *found)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    g_ptr_array_add (found, widget);

  if (GTK_IS_CONTAINER (widget))
    {
      g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (widget));

      for (const GList *l = children; l != NULL; l = l->next)
        collect_named (l->data, name, found);
    }
}

/* Returns (transfer container) every widget named @name under @widget
 * (itself included), in the order of a depth-first walk. */
GPtrArray *
hyr_test_find_all (GtkWidget  *widget,
                   const char *name)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_named (widget, name, found);
  return found;
}

/* The first widget named @name under @widget; there must be one. */
GtkWidget *
hyr_test_find_one (GtkWidget  *widget,
                   const char *name)
{
  g_autoptr(GPtrArray) found = hyr_test_find_all (widget, name);

  g_assert_cmpuint (found->len, >=, 1);
  return g_ptr_array_index (found, 0);
}
