/* hyr-amrap-popover.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_AMRAP_POPOVER (hyr_amrap_popover_get_type ())

G_DECLARE_FINAL_TYPE (HyrAmrapPopover, hyr_amrap_popover, HYR, AMRAP_POPOVER, GtkPopover)

GtkWidget *hyr_amrap_popover_new        (HyrSession      *session,
                                        HyrLiftLog      *lift_log,
                                        const char      *mass_unit);
guint      hyr_amrap_popover_save       (HyrAmrapPopover *self);
gboolean   hyr_amrap_popover_find_amrap (HyrExercise     *exercise,
                                        double          *weight,
                                        guint           *required_reps);

G_END_DECLS
