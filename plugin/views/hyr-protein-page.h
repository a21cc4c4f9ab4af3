/* hyr-protein-page.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_PROTEIN_PAGE (hyr_protein_page_get_type ())

G_DECLARE_FINAL_TYPE (HyrProteinPage, hyr_protein_page, HYR, PROTEIN_PAGE, GtkBin)

GtkWidget *hyr_protein_page_new (HyrActivityStore *store,
                                 HyrState         *state,
                                 GSettings        *settings);

G_END_DECLS
