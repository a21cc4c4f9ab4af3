/* hyr-test-store.h — a host for tests: an activity store over an array and a
 * workbench over a GtkNotebook
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr-gtk.h"

G_BEGIN_DECLS

#define HYR_TYPE_TEST_STORE (hyr_test_store_get_type ())

G_DECLARE_FINAL_TYPE (HyrTestStore, hyr_test_store, HYR, TEST_STORE, GObject)

HyrTestStore *hyr_test_store_new             (void);
void          hyr_test_store_add             (HyrTestStore *self,
                                              HyrActivity  *activity);
HyrActivity  *hyr_test_store_add_run         (HyrTestStore *self,
                                              const char   *id,
                                              const char   *sport,
                                              GDateTime    *start,
                                              double        duration_s,
                                              double        distance_m,
                                              const char   *gear_id);
HyrActivity  *hyr_test_store_add_activity    (HyrTestStore *self,
                                              const char   *id,
                                              const char   *sport,
                                              GDateTime    *start,
                                              double        distance_m,
                                              double        ascent_m,
                                              const char   *gear_id);
HyrActivity  *hyr_test_store_add_activity_on (HyrTestStore *self,
                                              const char   *id,
                                              const char   *sport,
                                              int           year,
                                              int           month,
                                              int           day,
                                              double        distance_m,
                                              const char   *gear_id);
void          hyr_test_store_add_object      (HyrTestStore *self,
                                              GObject      *object);
void          hyr_test_store_set_indexed     (HyrTestStore *self,
                                              gboolean      indexed);
void          hyr_test_store_add_gear        (HyrTestStore *self,
                                              HyrGear      *gear);
void          hyr_test_store_add_gear_full   (HyrTestStore *self,
                                              const char   *id,
                                              const char   *name,
                                              double        prior_distance_m,
                                              double        retire_distance_m,
                                              gboolean      active);
void          hyr_test_store_set_body_mass   (HyrTestStore *self,
                                              double        kg);
guint         hyr_test_store_get_n_queries   (HyrTestStore *self);
guint         hyr_test_store_get_n_whole_queries (HyrTestStore *self);
gint64        hyr_test_store_get_widest_query (HyrTestStore *self);
void          hyr_test_store_reset_queries   (HyrTestStore *self);
void          hyr_test_store_remove          (HyrTestStore *self,
                                              const char   *id);

GDateTime    *hyr_test_day                   (int           year,
                                              int           month,
                                              int           day);

#define HYR_TYPE_TEST_WORKBENCH (hyr_test_workbench_get_type ())

G_DECLARE_FINAL_TYPE (HyrTestWorkbench, hyr_test_workbench, HYR, TEST_WORKBENCH, GObject)

HyrTestWorkbench *hyr_test_workbench_new          (HyrActivityStore *store);
GtkNotebook      *hyr_test_workbench_get_notebook (HyrTestWorkbench *self);
GtkWidget        *hyr_test_workbench_get_page     (HyrTestWorkbench *self,
                                                   const char       *id);

G_END_DECLS
