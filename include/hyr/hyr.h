/* hyr.h — the Hypertrophy Running library: host contract and engine, without
 * GTK (the workbench, which takes a GtkWidget, is in <hyr/hyr-gtk.h>)
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#define HYR_INSIDE

#include "hyr-types.h"
#include "hyr-enum-types.h"

/* The host contract */
#include "hyr-activity.h"
#include "hyr-gear.h"
#include "hyr-activity-store.h"

/* The engine */
#include "hyr-units.h"
#include "hyr-state.h"
#include "hyr-names.h"
#include "hyr-modality.h"
#include "hyr-shoe.h"
#include "hyr-shoe-rotation.h"
#include "hyr-protein-target.h"
#include "hyr-protein.h"
#include "hyr-profile.h"
#include "hyr-lift-set.h"
#include "hyr-five-three-one.h"
#include "hyr-lift-log.h"
#include "hyr-logged-set.h"
#include "hyr-lift-diary.h"
#include "hyr-load-day.h"
#include "hyr-load-series.h"
#include "hyr-run-classifier.h"
#include "hyr-training-load.h"
#include "hyr-exercise.h"
#include "hyr-session.h"
#include "hyr-week-plan.h"
#include "hyr-planner.h"
#include "hyr-plan-export.h"
#include "hyr-vdot.h"
#include "hyr-workout-step.h"

#undef HYR_INSIDE
