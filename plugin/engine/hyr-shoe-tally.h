/* hyr-shoe-tally.h — how far each pair went, from the history
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"
#include "hyr-history-cache.h"
#include "hyr-shoe-storage.h"

G_BEGIN_DECLS

/* "Recent" is the last 8 weeks, for the rotation share and for the pace
 * that projects a pair's retire date. */
#define HYR_SHOE_RECENT_DAYS 56

/* What one pair carried. Dates are borrowed from the tally's activities. */
typedef struct
{
  double     distance;         /* every activity, entered ahead of time too */
  double     run_distance;     /* runs done */
  guint      runs;
  GDateTime *first_used;       /* activities done, not entered ahead */
  GDateTime *last_used;
  double     recent_distance;  /* activities of the last 8 weeks */
  guint      recent_runs;
} HyrShoeTallyFigures;

#define HYR_TYPE_SHOE_TALLY (_hyr_shoe_tally_get_type ())

G_DECLARE_FINAL_TYPE (HyrShoeTally, _hyr_shoe_tally, HYR, SHOE_TALLY, GObject)

HyrShoeTally              *_hyr_shoe_tally_new                     (GPtrArray             *activities,
                                                                    const HyrShoeSettings *settings,
                                                                    HyrState              *state,
                                                                    GDateTime             *now);
HyrShoeTally              *_hyr_shoe_tally_new_from_history        (HyrHistoryCache       *history,
                                                                    const HyrShoeSettings *settings,
                                                                    HyrState              *state,
                                                                    GDateTime             *now);
gboolean                   _hyr_shoe_tally_catch_up                (HyrShoeTally          *self,
                                                                    HyrHistoryCache       *history,
                                                                    const HyrShoeSettings *settings,
                                                                    HyrState              *state,
                                                                    GDateTime             *now);
GDateTime                 *_hyr_shoe_tally_get_now                 (HyrShoeTally          *self);
GDateTime                 *_hyr_shoe_tally_get_recent_from         (HyrShoeTally          *self);
const HyrShoeTallyFigures *_hyr_shoe_tally_get_figures             (HyrShoeTally          *self,
                                                                    guint                  pair);
guint                      _hyr_shoe_tally_get_recent_runs_counted (HyrShoeTally          *self);
int                        _hyr_shoe_tally_get_activity_pair       (HyrShoeTally          *self,
                                                                    const char            *activity_id);
guint                      _hyr_shoe_tally_get_n_runs              (HyrShoeTally          *self);
HyrActivity               *_hyr_shoe_tally_get_run                 (HyrShoeTally          *self,
                                                                    guint                  index,
                                                                    int                   *pair);
const char * const        *_hyr_shoe_tally_get_sports              (HyrShoeTally          *self);

G_END_DECLS
