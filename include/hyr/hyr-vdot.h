/* hyr-vdot.h
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

G_BEGIN_DECLS

double hyr_vdot_from_effort (double distance_m,
                             double duration_s);
double hyr_vdot_pace        (double vdot,
                             double share);

G_END_DECLS
