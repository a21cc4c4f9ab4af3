/* hyr-names.h — what the engine's enum values are called for people
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr.h> can be included directly."
#endif

#include <glib.h>

#include "hyr-types.h"

G_BEGIN_DECLS

const char *hyr_run_kind_get_name   (HyrRunKind   kind);
const char *hyr_lift_focus_get_name (HyrLiftFocus focus);
const char *hyr_lift_get_name       (HyrLift      lift);
const char *hyr_shoe_kind_get_name  (HyrShoeKind  kind);
const char *hyr_muscle_get_name     (const char  *muscle_id);

G_END_DECLS
