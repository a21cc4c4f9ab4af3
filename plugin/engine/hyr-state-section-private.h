/* hyr-state-section-private.h — a section of the state, as its owner
 * reads and saves it; not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hyr.h"

G_BEGIN_DECLS

double      _hyr_json_get_double     (JsonObject  *object,
                                      const char  *member,
                                      double       min,
                                      double       max,
                                      double       fallback);
const char *_hyr_json_get_string     (JsonObject  *object,
                                      const char  *member);
gboolean    _hyr_json_get_boolean    (JsonObject  *object,
                                      const char  *member,
                                      gboolean     fallback);
void        _hyr_json_object_replace (JsonObject  *target,
                                      JsonObject  *source);
gboolean    _hyr_state_commit        (HyrState    *state,
                                      const char  *section,
                                      JsonObject  *backup,
                                      GError     **error);

G_END_DECLS
