/* hyr-activity-store.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define HYR_TYPE_ACTIVITY_STORE (hyr_activity_store_get_type ())

G_DECLARE_INTERFACE (HyrActivityStore, hyr_activity_store, HYR, ACTIVITY_STORE, GObject)

/**
 * HyrActivityStoreInterface::query:
 * @self: the store
 * @from: start of the range, inclusive
 * @to: end of the range, exclusive
 *
 * Returns: (transfer full) (element-type HyrActivity): every activity that
 *   started in [@from, @to), each with a reference the caller owns
 */

/**
 * HyrActivityStoreInterface::list_gear:
 * @self: the store
 *
 * Returns: (transfer full) (element-type HyrGear): the host's equipment,
 *   each with a reference the caller owns
 */

/**
 * HyrActivityStoreInterface::get_body_mass:
 * @self: the store
 * @when: the time of interest
 *
 * Returns: the latest body mass at or before @when in kg, 0 when unknown
 */

/**
 * HyrActivityStoreInterface:
 * @parent_iface: the parent interface
 * @query: returns every activity whose start lies in [@from, @to)
 * @list_gear: returns the host's equipment; a host without gear returns an
 *   empty array
 * @get_body_mass: returns the latest body mass at or before a time, in kg,
 *   or 0 when unknown. The default implementation returns 0.
 *
 * The host's activity database. Every vfunc that returns an object or a
 * container returns it with full transfer, so hosts written in Python hand
 * over references that outlive their temporaries.
 */
struct _HyrActivityStoreInterface
{
  GTypeInterface parent_iface;

  GPtrArray *(*query)         (HyrActivityStore *self,
                               GDateTime        *from,
                               GDateTime        *to);
  GPtrArray *(*list_gear)     (HyrActivityStore *self);
  double     (*get_body_mass) (HyrActivityStore *self,
                               GDateTime        *when);

  /*< private >*/
  gpointer padding[8];
};

GPtrArray *hyr_activity_store_query         (HyrActivityStore *self,
                                             GDateTime        *from,
                                             GDateTime        *to);
GPtrArray *hyr_activity_store_list_gear     (HyrActivityStore *self);
double     hyr_activity_store_get_body_mass (HyrActivityStore *self,
                                             GDateTime        *when);
void       hyr_activity_store_emit_changed  (HyrActivityStore *self);
void       hyr_activity_store_emit_activities_changed (HyrActivityStore *self,
                                                       GDateTime        *from,
                                                       GDateTime        *to);
GList     *hyr_activity_store_query_list    (HyrActivityStore *self,
                                             GDateTime        *from,
                                             GDateTime        *to);
GList     *hyr_activity_store_list_gear_list (HyrActivityStore *self);

HyrActivityStore *hyr_activity_store_new_history (HyrActivityStore *store);

G_END_DECLS
