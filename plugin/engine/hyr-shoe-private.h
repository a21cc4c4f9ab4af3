/* hyr-shoe-private.h — how the rotation makes HyrShoe snapshots
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

/* Everything a HyrShoe shows; the rotation fills one per pair. Strings and
 * dates are copied by _hyr_shoe_new(). */
typedef struct
{
  const char  *gear_id;
  const char  *name;
  HyrShoeKind  kind;
  gboolean     kind_guessed;
  double       prior_distance;
  double       distance;
  double       run_distance;
  guint        runs;
  GDateTime   *last_used;
  double       retire_distance;
  gboolean     retire_distance_custom;
  GDateTime   *retire_date;
  gboolean     active;
  gboolean     from_host;
  double       share;
  guint        recent_runs;
  double       weekly_distance;
} HyrShoeFigures;

HyrShoe  *_hyr_shoe_new   (const HyrShoeFigures *figures);
gboolean  _hyr_shoe_equal (HyrShoe              *a,
                           HyrShoe              *b);

G_END_DECLS
