/* hyr-plan-export.h
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

G_BEGIN_DECLS

char *hyr_plan_export_json           (GPtrArray   *plans,
                                      GError     **error);
char *hyr_plan_export_icalendar      (GPtrArray   *plans,
                                      GError     **error);
char *hyr_plan_export_icalendar_full (GPtrArray   *plans,
                                      const char  *distance_unit,
                                      const char  *mass_unit,
                                      GError     **error);

G_END_DECLS
