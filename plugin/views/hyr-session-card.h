/* hyr-session-card.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_SESSION_CARD (hyr_session_card_get_type ())

G_DECLARE_FINAL_TYPE (HyrSessionCard, hyr_session_card, HYR, SESSION_CARD, GtkBox)

GtkWidget  *hyr_session_card_new         (HyrWeekPlan    *plan,
                                          HyrSession     *session,
                                          HyrActivity    *activity,
                                          HyrLiftLog     *lift_log,
                                          GDateTime      *today,
                                          const char     *distance_unit,
                                          const char     *mass_unit);
HyrSession *hyr_session_card_get_session (HyrSessionCard *self);

G_END_DECLS
