/* hyr-week-start.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GDateWeekday hyr_week_start_for_locale (void);
GDateWeekday hyr_week_start_get        (GSettings *settings);

G_END_DECLS
