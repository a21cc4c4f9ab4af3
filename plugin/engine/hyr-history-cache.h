/* hyr-history-cache.h — a host's history, read once and kept
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_HISTORY_CACHE (_hyr_history_cache_get_type ())

G_DECLARE_FINAL_TYPE (HyrHistoryCache, _hyr_history_cache, HYR, HISTORY_CACHE, GObject)

/* One activity of the history as plain numbers, for the analytics that
 * pass over all of it (training load, run classes, shoe distances): the
 * cache keeps them in one array beside the activities, in the same order,
 * so such a pass reads memory in a line and calls no getter. */
typedef struct
{
  gint64       start;     /* µs since the epoch */
  int          day;       /* Julian day of the start, in its own zone */
  guint        sport;     /* index into the cache's sport names */
  double       distance;  /* m */
  double       duration;  /* s */
  double       ascent;    /* m */
  double       avg_hr;    /* bpm, 0 when unknown */
  double       rpe;       /* 0 when unknown */
  const char  *title;     /* the activity's, or NULL */
  HyrActivity *activity;  /* borrowed from the cache */
} HyrPackedActivity;

const HyrPackedActivity *_hyr_history_cache_get_packed (HyrHistoryCache *self,
                                                        GDateTime       *from,
                                                        GDateTime       *to,
                                                        guint           *n_activities);
const char              *_hyr_history_cache_get_sport  (HyrHistoryCache *self,
                                                        guint            sport);
guint                    _hyr_history_cache_get_n_sports (HyrHistoryCache *self);

HyrHistoryCache *_hyr_history_cache_new (HyrActivityStore *store);
void             _hyr_history_splice    (GPtrArray        *history,
                                         HyrActivityStore *store,
                                         GDateTime        *from,
                                         GDateTime        *to);

G_END_DECLS
