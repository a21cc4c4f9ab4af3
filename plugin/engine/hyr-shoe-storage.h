/* hyr-shoe-storage.h — the pairs and the user's choices, as the "shoes"
 * section of the state keeps them
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"

G_BEGIN_DECLS

#define HYR_SHOES_SECTION "shoes"

/* How many run kinds there are, for arrays indexed by #HyrRunKind. */
#define HYR_SHOE_N_RUN_KINDS (HYR_RUN_KIND_RACE + 1)

/* One pair: the host's equipment or one the plugin keeps, with the user's
 * settings for it. */
typedef struct
{
  char        *id;
  char        *name;
  gboolean     from_host;
  gboolean     active;
  double       prior_distance;
  double       host_retire_distance;  /* 0 when the host has none */
  double       user_retire_distance;  /* 0 when the user set none */
  HyrShoeKind  kind;
  gboolean     kind_guessed;          /* from the name, not confirmed */
  GDateTime   *since;                 /* own pairs: when added */
  GDateTime   *until;                 /* own pairs: when retired */
  char        *sort_key;              /* the name's collation key, made on
                                       * the first sort */
} HyrShoePair;

/* Everything the user decided about the pairs, read at one moment: the
 * pairs (the host's first, in its order, then the plugin's own), the
 * default pair of each run kind and the pair chosen for single
 * activities. Identifiers may name pairs that no longer exist. */
typedef struct
{
  GPtrArray  *pairs;                          /* HyrShoePair */
  char       *defaults[HYR_SHOE_N_RUN_KINDS];  /* gear id, or NULL */
  GHashTable *assignments;                    /* activity id → gear id */
} HyrShoeSettings;

HyrShoePair     *_hyr_shoe_pair_new      (const char   *id,
                                          const char   *name);
void             _hyr_shoe_pair_free     (HyrShoePair  *pair);
const char      *_hyr_shoe_pair_get_sort_key (HyrShoePair *pair);
HyrShoeSettings *_hyr_shoe_settings_new  (void);
void             _hyr_shoe_settings_free (HyrShoeSettings *settings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HyrShoePair, _hyr_shoe_pair_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HyrShoeSettings, _hyr_shoe_settings_free)

#define HYR_TYPE_SHOE_STORAGE (_hyr_shoe_storage_get_type ())

G_DECLARE_FINAL_TYPE (HyrShoeStorage, _hyr_shoe_storage, HYR, SHOE_STORAGE, GObject)

HyrShoeStorage  *_hyr_shoe_storage_new            (HyrState        *state);
HyrShoeSettings *_hyr_shoe_storage_read           (HyrShoeStorage  *self,
                                                   GPtrArray       *gear);
const char      *_hyr_shoe_storage_get_default    (HyrShoeStorage  *self,
                                                   HyrRunKind       kind);
const char      *_hyr_shoe_storage_get_assignment (HyrShoeStorage  *self,
                                                   const char      *activity_id);
gboolean         _hyr_shoe_storage_set_kind       (HyrShoeStorage  *self,
                                                   const char      *gear_id,
                                                   HyrShoeKind      kind,
                                                   GError         **error);
gboolean         _hyr_shoe_storage_set_retire_distance
                                                  (HyrShoeStorage  *self,
                                                   const char      *gear_id,
                                                   double           distance,
                                                   GError         **error);
char            *_hyr_shoe_storage_add_pair       (HyrShoeStorage  *self,
                                                   const char      *name,
                                                   HyrShoeKind      kind,
                                                   double           prior_distance,
                                                   GDateTime       *since,
                                                   GError         **error);
gboolean         _hyr_shoe_storage_edit_pair      (HyrShoeStorage  *self,
                                                   const char      *gear_id,
                                                   const char      *name,
                                                   double           prior_distance,
                                                   GError         **error);
gboolean         _hyr_shoe_storage_set_retired    (HyrShoeStorage  *self,
                                                   const char      *gear_id,
                                                   GDateTime       *retired,
                                                   GError         **error);
gboolean         _hyr_shoe_storage_remove_pair    (HyrShoeStorage  *self,
                                                   const char      *gear_id,
                                                   GError         **error);
gboolean         _hyr_shoe_storage_set_default    (HyrShoeStorage  *self,
                                                   HyrRunKind       kind,
                                                   const char      *gear_id,
                                                   GError         **error);
gboolean         _hyr_shoe_storage_set_assignment (HyrShoeStorage  *self,
                                                   const char      *activity_id,
                                                   const char      *gear_id,
                                                   GError         **error);

G_END_DECLS
