/* hyr-state-banner.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_STATE_BANNER (hyr_state_banner_get_type ())

G_DECLARE_FINAL_TYPE (HyrStateBanner, hyr_state_banner, HYR, STATE_BANNER, GtkBin)

GtkWidget *hyr_state_banner_new (HyrState *state);

G_END_DECLS
