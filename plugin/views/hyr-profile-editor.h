/* hyr-profile-editor.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_TYPE_PROFILE_EDITOR (hyr_profile_editor_get_type ())

G_DECLARE_FINAL_TYPE (HyrProfileEditor, hyr_profile_editor, HYR, PROFILE_EDITOR, GtkBin)

GtkWidget        *hyr_profile_editor_new             (HyrProfile        *profile,
                                                      GSettings         *settings);
HyrProfile       *hyr_profile_editor_get_profile     (HyrProfileEditor  *self);
GSettings        *hyr_profile_editor_get_settings    (HyrProfileEditor  *self);
HyrActivityStore *hyr_profile_editor_get_store       (HyrProfileEditor  *self);
void              hyr_profile_editor_set_store       (HyrProfileEditor  *self,
                                                      HyrActivityStore  *store);
gboolean          hyr_profile_editor_get_modified    (HyrProfileEditor  *self);
gboolean          hyr_profile_editor_save            (HyrProfileEditor  *self,
                                                      GError           **error);
void              hyr_profile_editor_revert          (HyrProfileEditor  *self);
GDateTime        *hyr_profile_editor_get_today       (HyrProfileEditor  *self);
void              hyr_profile_editor_set_today       (HyrProfileEditor  *self,
                                                      GDateTime         *today);
double            hyr_profile_editor_get_vdot        (HyrProfileEditor  *self);
void              hyr_profile_editor_set_vdot        (HyrProfileEditor  *self,
                                                      double             vdot);
void              hyr_profile_editor_fill_in_guesses (HyrProfileEditor  *self,
                                                      GDateTime         *now);

G_END_DECLS
