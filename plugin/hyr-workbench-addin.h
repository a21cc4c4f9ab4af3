/* hyr-workbench-addin.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HYR_TYPE_WORKBENCH_ADDIN (hyr_workbench_addin_get_type ())

G_DECLARE_FINAL_TYPE (HyrWorkbenchAddin, hyr_workbench_addin, HYR, WORKBENCH_ADDIN, GObject)

G_END_DECLS
