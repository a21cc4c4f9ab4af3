/* hyr-shoe-advisor.h — how worn each pair is, when it is due, and which
 * pair to wear next
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"
#include "hyr-shoe-storage.h"
#include "hyr-shoe-tally.h"

G_BEGIN_DECLS

#define HYR_TYPE_SHOE_ADVISOR (_hyr_shoe_advisor_get_type ())

G_DECLARE_FINAL_TYPE (HyrShoeAdvisor, _hyr_shoe_advisor, HYR, SHOE_ADVISOR, GObject)

HyrShoeAdvisor *_hyr_shoe_advisor_new            (GPtrArray       *pairs,
                                                  HyrShoeTally    *tally);
GPtrArray      *_hyr_shoe_advisor_get_shoes      (HyrShoeAdvisor  *self);
HyrShoe        *_hyr_shoe_advisor_get_pair_shoe  (HyrShoeAdvisor  *self,
                                                  guint            pair);
HyrShoe        *_hyr_shoe_advisor_suggest        (HyrShoeAdvisor  *self,
                                                  HyrRunKind       kind,
                                                  double           distance_m,
                                                  GDateTime       *when,
                                                  GHashTable      *planned,
                                                  GDateTime       *reference_time,
                                                  char           **reason);

G_END_DECLS
