/* hyr-workbench.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_GTK_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr-gtk.h> can be included directly."
#endif

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_WORKBENCH (hyr_workbench_get_type ())

G_DECLARE_INTERFACE (HyrWorkbench, hyr_workbench, HYR, WORKBENCH, GObject)

/**
 * HyrWorkbenchInterface:
 * @parent_iface: the parent interface
 * @add_page: shows @page under @title; @id is unique among the plugin's pages
 * @remove_page: removes the page added under @id
 * @get_store: returns the host's activity store
 *
 * Where a plugin's views go in the host's window.
 */
struct _HyrWorkbenchInterface
{
  GTypeInterface parent_iface;

  void              (*add_page)    (HyrWorkbench *self,
                                    const char   *id,
                                    const char   *title,
                                    GtkWidget    *page);
  void              (*remove_page) (HyrWorkbench *self,
                                    const char   *id);
  HyrActivityStore *(*get_store)   (HyrWorkbench *self);

  /*< private >*/
  gpointer padding[8];
};

void              hyr_workbench_add_page    (HyrWorkbench *self,
                                             const char   *id,
                                             const char   *title,
                                             GtkWidget    *page);
void              hyr_workbench_remove_page (HyrWorkbench *self,
                                             const char   *id);
HyrActivityStore *hyr_workbench_get_store   (HyrWorkbench *self);

G_END_DECLS
