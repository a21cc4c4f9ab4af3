/* hyr-load-day-private.h — how the training load makes a day of its
 * series; not installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

/* A day's figures, as hyr_training_load_compute_full() works them out. */
typedef struct
{
  double   load;
  double   run_load;
  double   lift_load;
  double   ctl;
  double   atl;
  double   tsb;
  double   acute;
  double   chronic;
  double   ratio;
  double   monotony;
  double   strain;
  double   run_distance;
  gboolean estimated;
  gboolean ratio_known;
} HyrLoadValues;

HyrLoadDay *_hyr_load_day_new (GDateTime           *date,
                               const HyrLoadValues *values);

G_END_DECLS
