/* hyr-shoe-rotation-private.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

HyrShoe *_hyr_shoe_rotation_suggest_planned (HyrShoeRotation  *self,
                                             HyrRunKind        kind,
                                             double            distance_m,
                                             GDateTime        *when,
                                             GHashTable       *planned,
                                             char            **reason);

G_END_DECLS
