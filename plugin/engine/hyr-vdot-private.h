/* hyr-vdot-private.h — not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

double _hyr_vdot_for_pace (double pace_s_per_km,
                           double share);

G_END_DECLS
