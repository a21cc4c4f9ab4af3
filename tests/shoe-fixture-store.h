/* shoe-fixture-store.h — an in-memory HyrActivityStore for the shoe tests
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

#define SHOE_TYPE_FIXTURE_STORE (shoe_fixture_store_get_type ())

G_DECLARE_FINAL_TYPE (ShoeFixtureStore, shoe_fixture_store, SHOE, FIXTURE_STORE, GObject)

ShoeFixtureStore *shoe_fixture_store_new             (void);
void              shoe_fixture_store_add_gear        (ShoeFixtureStore *self,
                                                      const char       *id,
                                                      const char       *name,
                                                      double            prior_distance,
                                                      double            retire_distance,
                                                      gboolean          active);
HyrActivity      *shoe_fixture_store_add_activity    (ShoeFixtureStore *self,
                                                      const char       *id,
                                                      const char       *sport,
                                                      GDateTime        *start,
                                                      double            distance,
                                                      double            ascent,
                                                      const char       *gear_id);
void              shoe_fixture_store_add_object      (ShoeFixtureStore *self,
                                                      GObject          *object);
void              shoe_fixture_store_add_gear_object (ShoeFixtureStore *self,
                                                      GObject          *object);
guint             shoe_fixture_store_get_queries     (ShoeFixtureStore *self);
GDateTime        *shoe_fixture_day                   (int               year,
                                                      int               month,
                                                      int               day);

G_END_DECLS
