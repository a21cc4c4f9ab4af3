/* hyr-enum-private.h — enum values as the state and the exports store
 * them, not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Enum values in the state and the exports are nicks, which stay stable
 * when an enum grows. A nick read from a file that may have been edited
 * by hand is checked: an unknown one reads as FALSE, never as a value. */
const char *_hyr_enum_to_nick   (GType       type,
                                 int         value);
gboolean    _hyr_enum_from_nick (GType       type,
                                 const char *nick,
                                 int        *value);

G_END_DECLS
