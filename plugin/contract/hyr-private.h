/* hyr-private.h — helpers shared by libhyr's sources, not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits past which a value from the host is taken as nonsense. They are
 * generous on purpose: a multi-day ultra or a shoe run into the ground must
 * still count, a corrupt 1e300 must not. */
#define HYR_MAX_ACTIVITY_DISTANCE  (2000.0 * 1000.0)     /* m */
#define HYR_MIN_ACTIVITY_DISTANCE  1.0                    /* m; below is none */
#define HYR_MAX_ACTIVITY_DURATION  (14.0 * 24.0 * 3600.0) /* s */
#define HYR_MAX_ACTIVITY_ASCENT    (50.0 * 1000.0)       /* m */
#define HYR_MAX_GEAR_DISTANCE      (100000.0 * 1000.0)   /* m */
/* The shortest life a pair of shoes may be given. A retire distance is a
 * divisor: a tiny one (a hand-edited 0.001 m) made the wear a huge ratio,
 * shown as "−2147483648 %". The Shoes page itself asks for 50 km at least;
 * 1 km leaves room for tests and odd hosts. */
#define HYR_MIN_RETIRE_DISTANCE    (1.0 * 1000.0)        /* m */
#define HYR_MIN_HEART_RATE         25.0
#define HYR_MAX_HEART_RATE         250.0

double _hyr_sanitize (double      value,
                      double      max,
                      const char *what);

G_END_DECLS
