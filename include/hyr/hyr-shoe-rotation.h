/* hyr-shoe-rotation.h
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

#include "hyr-activity-store.h"
#include "hyr-shoe.h"
#include "hyr-state.h"
#include "hyr-types.h"

G_BEGIN_DECLS

#define HYR_SHOE_ROTATION_ERROR (hyr_shoe_rotation_error_quark ())

/**
 * HyrShoeRotationError:
 * @HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE: no pair has that identifier
 * @HYR_SHOE_ROTATION_ERROR_HOST_SHOE: the pair is the host's equipment, so
 *   only the host can rename, retire or remove it
 * @HYR_SHOE_ROTATION_ERROR_INVALID: a value is out of range (an empty name,
 *   a negative or absurd distance)
 *
 * Errors of #HyrShoeRotation's edits. Saving the state may fail with a
 * #HyrStateError as well.
 */
typedef enum
{
  HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE,
  HYR_SHOE_ROTATION_ERROR_HOST_SHOE,
  HYR_SHOE_ROTATION_ERROR_INVALID,
} HyrShoeRotationError;

#define HYR_TYPE_SHOE_ROTATION (hyr_shoe_rotation_get_type ())

G_DECLARE_FINAL_TYPE (HyrShoeRotation, hyr_shoe_rotation, HYR, SHOE_ROTATION, GObject)

GQuark            hyr_shoe_rotation_error_quark           (void);
HyrShoeRotation  *hyr_shoe_rotation_new                   (HyrActivityStore  *store,
                                                           HyrState          *state);
HyrActivityStore *hyr_shoe_rotation_get_store             (HyrShoeRotation   *self);
HyrState         *hyr_shoe_rotation_get_state             (HyrShoeRotation   *self);
GDateTime        *hyr_shoe_rotation_get_reference_time    (HyrShoeRotation   *self);
void              hyr_shoe_rotation_set_reference_time    (HyrShoeRotation   *self,
                                                           GDateTime         *when);
GPtrArray        *hyr_shoe_rotation_list_shoes            (HyrShoeRotation   *self);
HyrShoe          *hyr_shoe_rotation_get_shoe              (HyrShoeRotation   *self,
                                                           const char        *gear_id);
gboolean          hyr_shoe_rotation_get_host_has_gear     (HyrShoeRotation   *self);
char            **hyr_shoe_rotation_list_sports           (HyrShoeRotation   *self);
GPtrArray        *hyr_shoe_rotation_list_recent_runs      (HyrShoeRotation   *self,
                                                           guint              max_runs);
gboolean          hyr_shoe_rotation_set_kind              (HyrShoeRotation   *self,
                                                           const char        *gear_id,
                                                           HyrShoeKind        kind,
                                                           GError           **error);
gboolean          hyr_shoe_rotation_set_retire_distance   (HyrShoeRotation   *self,
                                                           const char        *gear_id,
                                                           double             distance,
                                                           GError           **error);
HyrShoe          *hyr_shoe_rotation_suggest               (HyrShoeRotation   *self,
                                                           HyrRunKind         kind,
                                                           double             distance_m,
                                                           GDateTime         *when,
                                                           char             **reason);
char             *hyr_shoe_rotation_add_shoe              (HyrShoeRotation   *self,
                                                           const char        *name,
                                                           HyrShoeKind        kind,
                                                           double             prior_distance,
                                                           GDateTime         *since,
                                                           GError           **error);
gboolean          hyr_shoe_rotation_edit_shoe             (HyrShoeRotation   *self,
                                                           const char        *gear_id,
                                                           const char        *name,
                                                           double             prior_distance,
                                                           GError           **error);
gboolean          hyr_shoe_rotation_retire_shoe           (HyrShoeRotation   *self,
                                                           const char        *gear_id,
                                                           gboolean           retired,
                                                           GError           **error);
gboolean          hyr_shoe_rotation_remove_shoe           (HyrShoeRotation   *self,
                                                           const char        *gear_id,
                                                           GError           **error);
gboolean          hyr_shoe_rotation_set_default_for_kind  (HyrShoeRotation   *self,
                                                           HyrRunKind         kind,
                                                           const char        *gear_id,
                                                           GError           **error);
char             *hyr_shoe_rotation_get_default_for_kind  (HyrShoeRotation   *self,
                                                           HyrRunKind         kind);
gboolean          hyr_shoe_rotation_set_activity_shoe     (HyrShoeRotation   *self,
                                                           const char        *activity_id,
                                                           const char        *gear_id,
                                                           GError           **error);
char             *hyr_shoe_rotation_get_activity_shoe     (HyrShoeRotation   *self,
                                                           const char        *activity_id);
char             *hyr_shoe_rotation_get_activity_override (HyrShoeRotation   *self,
                                                           const char        *activity_id);

G_END_DECLS
