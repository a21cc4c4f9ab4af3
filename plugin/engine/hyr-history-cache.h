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

HyrHistoryCache *_hyr_history_cache_new (HyrActivityStore *store);
void             _hyr_history_splice    (GPtrArray        *history,
                                         HyrActivityStore *store,
                                         GDateTime        *from,
                                         GDateTime        *to);

G_END_DECLS
