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

/* The activities of the history as plain numbers, for the analytics that
 * pass over all of it (training load, run classes, shoe distances): one
 * array per field, in the order of the activities (sorted by start), so
 * that a pass reads only the fields it needs, in a line, and calls no
 * getter. The cache keeps one beside its activities; a pass over a plain
 * array packs one of its own. */
typedef struct
{
  guint          n;
  guint          room;
  gint64        *start;       /* µs since the epoch */
  int           *day;         /* Julian day of the start, in its own zone */
  guint         *sport;       /* index into the sport names */
  guint         *gear;        /* index into the gear names of the first gear
                               * identifier, 0 for none */
  guint16       *n_gear;      /* how many gear identifiers (at most 65 535
                               * counted): with more than one, the others
                               * are the activity's own */
  guint8        *race_title;  /* its title names a race (#HyrRunClassifier's
                               * words) */
  double        *distance;    /* m */
  double        *duration;    /* s */
  double        *ascent;      /* m */
  double        *avg_hr;      /* bpm, 0 when unknown */
  double        *rpe;         /* 0 when unknown */
  HyrActivity  **activity;    /* borrowed */
} HyrPacked;

/* Names that packed activities index (sports, gear identifiers), each
 * once; index 0 stands for none (NULL). */
typedef struct
{
  GPtrArray  *names;  /* char *, owned */
  GHashTable *index;  /* name → index */
} HyrNameTable;

void  _hyr_name_table_init   (HyrNameTable *table);
void  _hyr_name_table_clear  (HyrNameTable *table);

void  _hyr_packed_init         (HyrPacked           *packed);
void  _hyr_packed_clear        (HyrPacked           *packed);
void  _hyr_packed_remove       (HyrPacked           *packed,
                                guint                first,
                                guint                n);
void  _hyr_packed_insert       (HyrPacked           *packed,
                                guint                first,
                                HyrActivity * const *activities,
                                guint                n,
                                HyrNameTable        *sports,
                                HyrNameTable        *gear);
guint _hyr_packed_lower_bound  (const HyrPacked     *packed,
                                gint64               when);

const HyrPacked         *_hyr_history_cache_get_packed     (HyrHistoryCache     *self);
void                     _hyr_history_cache_get_names      (HyrHistoryCache     *self,
                                                            const HyrNameTable **sports,
                                                            const HyrNameTable **gear);
GPtrArray               *_hyr_history_cache_get_activities (HyrHistoryCache     *self);
void                     _hyr_history_cache_reread         (HyrHistoryCache     *self);
guint64                  _hyr_history_cache_get_generation (HyrHistoryCache     *self);
gboolean                 _hyr_history_cache_changed_since  (HyrHistoryCache     *self,
                                                            guint64              generation,
                                                            gint64              *from);

HyrHistoryCache *_hyr_history_cache_new (HyrActivityStore *store);

G_END_DECLS
