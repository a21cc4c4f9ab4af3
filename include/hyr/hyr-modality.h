/* hyr-modality.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr.h> can be included directly."
#endif

#include <glib-object.h>

#include "hyr-state.h"
#include "hyr-types.h"

G_BEGIN_DECLS

HyrModality hyr_modality_guess          (const char   *sport);
HyrModality hyr_modality_for_sport      (HyrState     *state,
                                         const char   *sport);
gboolean    hyr_modality_has_override   (HyrState     *state,
                                         const char   *sport);
gboolean    hyr_modality_set_override   (HyrState     *state,
                                         const char   *sport,
                                         HyrModality   modality,
                                         GError      **error);
gboolean    hyr_modality_clear_override (HyrState     *state,
                                         const char   *sport,
                                         GError      **error);

G_END_DECLS
