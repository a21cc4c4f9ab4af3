/* hyr-sentence-private.h — texts put together a sentence at a time; not
 * installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void _hyr_append_sentence (char       **text,
                           const char  *sentence);

G_END_DECLS
