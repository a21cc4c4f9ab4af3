/* hyr-shared-state.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

HyrState *hyr_shared_state_acquire (void);

G_END_DECLS
