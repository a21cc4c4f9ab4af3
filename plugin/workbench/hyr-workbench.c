/* hyr-workbench.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-workbench"

#include "config.h"

#include "hyr-gtk.h"

/**
 * HyrWorkbench:
 *
 * Where a plugin's views go in the host's window, and the way to the host's
 * activity store. The host passes its workbench as the `object` of the
 * plugin's #PeasActivatable.
 */

G_DEFINE_INTERFACE (HyrWorkbench, hyr_workbench, G_TYPE_OBJECT)

static void
hyr_workbench_default_init (HyrWorkbenchInterface *iface)
{
}

/**
 * hyr_workbench_add_page:
 * @self: a #HyrWorkbench
 * @id: an identifier, unique among the plugin's pages
 * @title: the title shown on the page's tab
 * @page: the page
 *
 * Asks the host to show @page.
 */
void
hyr_workbench_add_page (HyrWorkbench *self,
                        const char   *id,
                        const char   *title,
                        GtkWidget    *page)
{
  g_return_if_fail (HYR_IS_WORKBENCH (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (title != NULL);
  g_return_if_fail (GTK_IS_WIDGET (page));

  if (HYR_WORKBENCH_GET_IFACE (self)->add_page == NULL)
    {
      g_warning ("%s does not implement HyrWorkbench.add_page", G_OBJECT_TYPE_NAME (self));
      return;
    }

  HYR_WORKBENCH_GET_IFACE (self)->add_page (self, id, title, page);
}

/**
 * hyr_workbench_remove_page:
 * @self: a #HyrWorkbench
 * @id: the identifier given to hyr_workbench_add_page()
 *
 * Asks the host to remove a page.
 */
void
hyr_workbench_remove_page (HyrWorkbench *self,
                           const char   *id)
{
  g_return_if_fail (HYR_IS_WORKBENCH (self));
  g_return_if_fail (id != NULL);

  if (HYR_WORKBENCH_GET_IFACE (self)->remove_page == NULL)
    {
      g_warning ("%s does not implement HyrWorkbench.remove_page", G_OBJECT_TYPE_NAME (self));
      return;
    }

  HYR_WORKBENCH_GET_IFACE (self)->remove_page (self, id);
}

/**
 * hyr_workbench_get_store:
 * @self: a #HyrWorkbench
 *
 * Gets the activity store the host offers the plugin through its workbench.
 *
 * Returns: (transfer none) (nullable): the host's activity store
 */
HyrActivityStore *
hyr_workbench_get_store (HyrWorkbench *self)
{
  HyrActivityStore *store;

  g_return_val_if_fail (HYR_IS_WORKBENCH (self), NULL);

  if (HYR_WORKBENCH_GET_IFACE (self)->get_store == NULL)
    return NULL;

  store = HYR_WORKBENCH_GET_IFACE (self)->get_store (self);
  if (store != NULL && !HYR_IS_ACTIVITY_STORE (store))
    {
      g_warning ("%s returned a store that is not a HyrActivityStore", G_OBJECT_TYPE_NAME (self));
      return NULL;
    }

  return store;
}
