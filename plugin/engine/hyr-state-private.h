/* hyr-state-private.h — checks the state store shares with its sections' owners
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

/* The calendar years a date from the state may fall in. GDateTime holds
 * years 1 to 9999 and returns NULL for anything past them, so a date near
 * either end makes any week arithmetic on it fail (a training max "since"
 * early in year 1 crashed the planner). Nobody trains before 1900 or plans
 * past 2999, and the margin keeps every date arithmetic inside the range. */
#define HYR_STATE_MIN_YEAR 1900
#define HYR_STATE_MAX_YEAR 2999

HyrState  *_hyr_state_load_data         (const char  *path,
                                         const char  *data,
                                         gsize        len,
                                         GError     **error);
char      *_hyr_state_to_data           (HyrState    *self,
                                         gsize       *len,
                                         GError     **error);
gboolean   _hyr_state_date_is_plausible (GDateTime  *when);
GDateTime *_hyr_state_plausible_date    (GDateTime  *when,
                                         const char *member);

G_END_DECLS
