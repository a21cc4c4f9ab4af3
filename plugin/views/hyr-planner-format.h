/* hyr-planner-format.h — calendar days, units and names for the Planner's widgets
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

#include "hyr.h"

G_BEGIN_DECLS

int           hyr_julian_of           (GDateTime   *when);
GDateTime    *hyr_julian_to_date      (int          julian);
GDateWeekday  hyr_julian_get_weekday  (int          julian);
char         *hyr_julian_format       (int          julian,
                                       const char  *format);

char         *hyr_format_distance     (double       metres,
                                       gboolean     miles);
char         *hyr_format_weight       (double       kg,
                                       gboolean     pounds);
char         *hyr_format_duration     (double       seconds);
char         *hyr_format_recorded     (HyrActivity *activity,
                                       gboolean     miles);
const char   *hyr_format_session_name (HyrSession  *session);

G_END_DECLS
