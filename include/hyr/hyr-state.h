/* hyr-state.h
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#if !defined (HYR_INSIDE) && !defined (HYR_COMPILATION)
# error "Only <hyr/hyr.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * HYR_STATE_SCHEMA_VERSION:
 *
 * The version of the state document this library writes. A document with a
 * higher version is refused with %HYR_STATE_ERROR_FUTURE_VERSION.
 */
#define HYR_STATE_SCHEMA_VERSION 1

#define HYR_STATE_ERROR (hyr_state_error_quark ())

/**
 * HyrStateError:
 * @HYR_STATE_ERROR_CORRUPT: the file is not a JSON document this library
 *   wrote (a syntax error, or the wrong shape)
 * @HYR_STATE_ERROR_TRUNCATED: the file is empty or ends in the middle of the
 *   document
 * @HYR_STATE_ERROR_FUTURE_VERSION: the file was written by a newer version
 * @HYR_STATE_ERROR_READ_ONLY: the state could not be loaded and is kept
 *   read-only so that the file on disk stays untouched
 * @HYR_STATE_ERROR_IO: reading or writing the file failed
 * @HYR_STATE_ERROR_INVALID: saving was refused because a section holds
 *   something that would not load again (a number that is not finite, a
 *   member of the wrong type); the file on disk is the previous state
 *
 * Errors of the state store. Whatever the error, the file on disk is left
 * byte for byte as it was.
 */
typedef enum
{
  HYR_STATE_ERROR_CORRUPT,
  HYR_STATE_ERROR_TRUNCATED,
  HYR_STATE_ERROR_FUTURE_VERSION,
  HYR_STATE_ERROR_READ_ONLY,
  HYR_STATE_ERROR_IO,
  HYR_STATE_ERROR_INVALID,
} HyrStateError;

#define HYR_TYPE_STATE (hyr_state_get_type ())

G_DECLARE_FINAL_TYPE (HyrState, hyr_state, HYR, STATE, GObject)

GQuark        hyr_state_error_quark       (void);
char         *hyr_state_get_default_path  (void);
HyrState     *hyr_state_new               (const char    *path);
HyrState     *hyr_state_new_read_only     (const char    *path,
                                           const GError  *reason);
HyrState     *hyr_state_load              (const char    *path,
                                           GError       **error);
gboolean      hyr_state_save              (HyrState      *self,
                                           GError       **error);
gboolean      hyr_state_set_aside         (HyrState      *self,
                                           char         **moved_to,
                                           GError       **error);
const char   *hyr_state_get_path          (HyrState      *self);
gboolean      hyr_state_get_read_only     (HyrState      *self);
const GError *hyr_state_get_load_error    (HyrState      *self);
JsonObject   *hyr_state_get_section       (HyrState      *self,
                                           const char    *name);
void          hyr_state_section_changed   (HyrState      *self,
                                           const char    *name);

G_END_DECLS
