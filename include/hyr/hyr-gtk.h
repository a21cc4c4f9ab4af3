/* hyr-gtk.h — the GTK 3 part of the host contract: the workbench
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

/* libhyr-workbench (pkg-config hyr-workbench-1.0), kept out of libhyr so
 * that the engine and the rest of the contract need no GTK. */

#include <gtk/gtk.h>

#include "hyr.h"

#define HYR_GTK_INSIDE

#include "hyr-workbench.h"

#undef HYR_GTK_INSIDE
