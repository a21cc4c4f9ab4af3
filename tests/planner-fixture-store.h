/* planner-fixture-store.h — an activity store over synthetic histories, for
 * the planner's tests and benchmark
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

#define PLANNER_TYPE_FIXTURE_STORE (planner_fixture_store_get_type ())

G_DECLARE_FINAL_TYPE (PlannerFixtureStore, planner_fixture_store, PLANNER, FIXTURE_STORE, GObject)

PlannerFixtureStore *planner_fixture_store_new       (void);
guint                planner_fixture_store_get_size  (PlannerFixtureStore *self);
HyrActivity         *planner_fixture_store_add_run   (PlannerFixtureStore *self,
                                                      GDateTime           *start,
                                                      double               km,
                                                      double               pace_s_per_km,
                                                      double               heart_rate,
                                                      double               ascent,
                                                      double               rpe,
                                                      const char          *title);
HyrActivity         *planner_fixture_store_add_other (PlannerFixtureStore *self,
                                                      const char          *sport,
                                                      GDateTime           *start,
                                                      double               minutes,
                                                      double               heart_rate,
                                                      double               rpe);

G_END_DECLS
