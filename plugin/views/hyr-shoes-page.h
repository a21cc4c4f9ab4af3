/* hyr-shoes-page.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_SHOES_PAGE (hyr_shoes_page_get_type ())

G_DECLARE_FINAL_TYPE (HyrShoesPage, hyr_shoes_page, HYR, SHOES_PAGE, GtkBin)

GtkWidget       *hyr_shoes_page_new          (HyrShoeRotation *rotation,
                                              GSettings       *settings);
HyrShoeRotation *hyr_shoes_page_get_rotation (HyrShoesPage    *self);
GSettings       *hyr_shoes_page_get_settings (HyrShoesPage    *self);

G_END_DECLS
