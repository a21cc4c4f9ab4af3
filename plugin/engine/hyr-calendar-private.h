/* hyr-calendar-private.h — calendar days, as the planner, the training
 * load and the lift diary count them; not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The engine works in calendar days: an activity belongs to the date on
 * which it started in its own time zone, the way the user lived it. */
int         _hyr_julian_day   (GDateTime    *when);
GDateTime  *_hyr_midnight     (GDateTime    *when);
GDateTime  *_hyr_date_at      (GTimeZone    *zone,
                               int           julian_day,
                               int           hour,
                               int           minute);
char       *_hyr_format_date  (GDateTime    *when);
GDateTime  *_hyr_parse_date   (const char   *text,
                               GTimeZone    *zone);
const char *_hyr_weekday_name (GDateWeekday  weekday);

G_END_DECLS
