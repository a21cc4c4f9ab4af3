/* hyr-shoe-rotation.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoe-rotation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr.h"
#include "hyr-enum-private.h"
#include "hyr-history-cache.h"
#include "hyr-private.h"
#include "hyr-run-classifier-private.h"
#include "hyr-shoe-advisor.h"
#include "hyr-shoe-private.h"
#include "hyr-shoe-rotation-private.h"
#include "hyr-shoe-storage.h"
#include "hyr-shoe-tally.h"

/**
 * HyrShoeRotation:
 *
 * The running-shoe rotation tracker: how far each pair went, how worn it is,
 * when it is due, how the runs of the last 8 weeks spread over the pairs,
 * and which pair to wear next.
 *
 * The pairs are the host's equipment (#HyrActivityStore's gear) and, for a
 * host without gear, pairs the plugin keeps in the "shoes" section of the
 * #HyrState. The user's settings for every pair (its kind, its retire
 * distance) live in that section too:
 *
 * |[
 * "shoes": {
 *   "pairs": {
 *     "7": { "kind": "trail", "retire-distance": 700000 },
 *     "hyr-1f0c…": { "own": true, "name": "Pegasus 40", "kind": "cushioned",
 *                    "prior-distance": 120000, "added": "2026-01-04T09:00:00Z",
 *                    "retired": "2026-09-01T18:00:00Z" }
 *   },
 *   "defaults": { "long": "hyr-1f0c…", "easy": "hyr-77a2…" },
 *   "assignments": { "activity-id": "hyr-77a2…" }
 * }
 * ]|
 *
 * An activity counts for the pair assigned to it by the user, else for the
 * pairs the host recorded on it. A run that carries no known pair while the
 * plugin keeps pairs of its own is assigned by rule: the default pair of its
 * run kind, else the default pair for easy runs, else the only pair of the
 * plugin's that was in use on that day. Rules never assign a run to a pair
 * before it was added or after it was retired. A run's kind is what
 * #HyrRunClassifier tells of it, with the user's corrections, measured
 * against the runs of its week and the three weeks before.
 *
 * Which activities are runs is decided by hyr_modality_for_sport(). The
 * rotation reads the whole history through the one in-memory history
 * (hyr_activity_store_new_history()) — @store itself when it is one — so
 * the store is asked for it once, in one query, and works it out in one
 * pass; when the store emits
 * #HyrActivityStore::changed it asks again once the main loop is idle,
 * however many changes came in the meantime. When the store emits
 * #HyrActivityStore::activities-changed it asks for that range only and
 * puts the answer in place of what it kept for it.
 */

/* The rotation is a facade over three parts: the storage reads and writes
 * the "shoes" section (HyrShoeStorage), the tally counts the history for
 * the pairs (HyrShoeTally), and the advisor makes the pairs' figures and
 * suggests the next pair (HyrShoeAdvisor). The rotation reads the store,
 * keeps the figures current and tells listeners. */

#define SPORTS_SECTION "sports"

/* How many of the latest runs hyr_shoe_rotation_list_recent_runs() can
 * return. */
#define RECENT_RUNS_KEPT 100

struct _HyrShoeRotation
{
  GObject            parent_instance;

  HyrActivityStore  *store;
  HyrHistoryCache   *history;         /* the store, or one in front of it */
  HyrState          *state;
  HyrShoeStorage    *storage;
  GDateTime         *reference_time;
  GMainContext      *context;
  GSource           *idle_source;
  gulong             store_changed_id;
  gulong             activities_changed_id;
  gulong             state_changed_id;

  /* The gear as last read from the store; NULL once the store changed. */
  GPtrArray         *gear;

  /* Figures, valid unless dirty or the history's generation moved from
   * the one the tally was made from. The tally borrows the history's
   * arrays, so it goes as soon as they change. */
  HyrShoeTally      *tally;
  guint64            generation;
  HyrShoeAdvisor    *advisor;
  GStrv              sports;
  GPtrArray         *recent_runs;     /* HyrActivity, latest first */
  char              *recent_signature;
  gboolean           host_has_gear;

  guint              dirty : 1;
  guint              settings_changed : 1;  /* not only the history: count afresh */
  HyrShoeSettings   *settings;        /* as last read, NULL until then */
  guint              computed_once : 1;
  guint              notify_pending : 1;
};

G_DEFINE_FINAL_TYPE (HyrShoeRotation, hyr_shoe_rotation, G_TYPE_OBJECT)

/**
 * hyr_shoe_rotation_error_quark:
 *
 * Gets the error domain of the shoe rotation, whose codes are
 * #HyrShoeRotationError.
 *
 * Returns: the #GQuark of %HYR_SHOE_ROTATION_ERROR
 */
G_DEFINE_QUARK (hyr-shoe-rotation-error-quark, hyr_shoe_rotation_error)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  PROP_REFERENCE_TIME,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static GDateTime *
dup_now (HyrShoeRotation *self)
{
  if (self->reference_time != NULL)
    return g_date_time_ref (self->reference_time);

  return g_date_time_new_now_local ();
}

static gboolean
shoes_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (!_hyr_shoe_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
strv_equal0 (char **a,
             char **b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal ((const char * const *)a, (const char * const *)b);
}

/* Recomputes every figure from the history, which reads the store first
 * when it changed. Returns whether anything the rotation shows changed. */
static gboolean
recompute (HyrShoeRotation *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(HyrShoeAdvisor) advisor = NULL;
  g_autoptr(GPtrArray) recent_runs = NULL;
  HyrShoeSettings *settings;
  g_autoptr(GString) signature = g_string_new (NULL);
  g_auto(GStrv) sport_names = NULL;
  guint n_runs;
  gboolean changed;

  if (self->gear == NULL)
    self->gear = hyr_activity_store_list_gear (self->store);

  /* The settings are read again only when they, the state or the gear
   * changed: after a new activity, the same pairs and choices. */
  if (self->settings == NULL || self->settings_changed)
    {
      g_clear_pointer (&self->settings, _hyr_shoe_settings_free);
      self->settings = _hyr_shoe_storage_read (self->storage, self->gear);
    }
  settings = self->settings;
  /* The history reads the whole of it, and what the user entered ahead of
   * time, in one query the first time: a Python host pays one crossing.
   * After a change of the history alone, the tally is brought up to date
   * from the changed week on. */
  if (self->tally == NULL || self->settings_changed ||
      !_hyr_shoe_tally_catch_up (self->tally, self->history, settings, self->state, now))
    {
      g_clear_object (&self->tally);
      self->tally = _hyr_shoe_tally_new_from_history (self->history, settings, self->state, now);
    }
  self->settings_changed = FALSE;
  self->generation = _hyr_history_cache_get_generation (self->history);
  advisor = _hyr_shoe_advisor_new (settings->pairs, self->tally);

  recent_runs = g_ptr_array_new_with_free_func (g_object_unref);
  n_runs = _hyr_shoe_tally_get_n_runs (self->tally);
  for (guint i = n_runs; i > 0 && recent_runs->len < RECENT_RUNS_KEPT; i--)
    {
      int pair;
      HyrActivity *run = _hyr_shoe_tally_get_run (self->tally, i - 1, &pair);
      const char *id = hyr_activity_get_id (run);

      g_ptr_array_add (recent_runs, g_object_ref (run));
      if (id != NULL)
        g_string_append (signature, id);
      g_string_append_c (signature, '=');
      if (pair >= 0)
        g_string_append (signature, ((HyrShoePair *)g_ptr_array_index (settings->pairs, pair))->id);
      g_string_append_c (signature, '\n');
    }

  sport_names = g_strdupv ((char **)_hyr_shoe_tally_get_sports (self->tally));

  changed = self->advisor == NULL ||
            !shoes_equal (_hyr_shoe_advisor_get_shoes (self->advisor), _hyr_shoe_advisor_get_shoes (advisor)) ||
            !strv_equal0 (self->sports, sport_names) ||
            g_strcmp0 (self->recent_signature, signature->str) != 0 ||
            self->host_has_gear != (self->gear->len > 0);

  g_clear_object (&self->advisor);
  self->advisor = g_steal_pointer (&advisor);
  g_clear_pointer (&self->sports, g_strfreev);
  self->sports = g_steal_pointer (&sport_names);
  g_clear_pointer (&self->recent_runs, g_ptr_array_unref);
  self->recent_runs = g_steal_pointer (&recent_runs);
  g_free (self->recent_signature);
  self->recent_signature = g_string_free (g_steal_pointer (&signature), FALSE);
  self->host_has_gear = self->gear->len > 0;

  return changed;
}

static gboolean
notify_idle (gpointer data)
{
  HyrShoeRotation *self = data;

  g_clear_pointer (&self->idle_source, g_source_unref);

  if (self->dirty)
    {
      gboolean changed = recompute (self);

      self->dirty = FALSE;
      if (changed && self->computed_once)
        self->notify_pending = TRUE;
      self->computed_once = TRUE;
    }

  if (self->notify_pending)
    {
      self->notify_pending = FALSE;
      g_signal_emit (self, signals [CHANGED], 0);
    }

  return G_SOURCE_REMOVE;
}

/* Changes are coalesced: however many come in, the figures are computed
 * once, when the main loop is idle, and listeners hear of it once. */
static void
schedule_refresh (HyrShoeRotation *self)
{
  if (self->idle_source != NULL)
    return;

  self->idle_source = g_idle_source_new ();
  g_source_set_priority (self->idle_source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (self->idle_source, notify_idle, self, NULL);
  g_source_set_static_name (self->idle_source, "[hyr] shoe rotation refresh");
  g_source_attach (self->idle_source, self->context);
}

/* Makes the figures current for a caller that reads them now; the signal
 * still comes from the idle callback, never from inside a getter. The
 * history may have changed before the rotation heard of it (a handler of
 * its activities-changed connected before the rotation's asks): the
 * generation tells. */
static void
ensure_figures (HyrShoeRotation *self)
{
  gboolean changed;

  if (!self->dirty && self->tally != NULL &&
      self->generation == _hyr_history_cache_get_generation (self->history))
    return;

  changed = recompute (self);
  self->dirty = FALSE;

  if (changed && self->computed_once)
    {
      self->notify_pending = TRUE;
      schedule_refresh (self);
    }

  self->computed_once = TRUE;
}

static void
invalidate (HyrShoeRotation *self,
            gboolean         reread_store)
{
  if (reread_store)
    {
      /* A history the rotation made for itself in front of a plain store
       * is read again from that store; one the caller shares is the
       * caller's, and follows its store on its own. */
      if ((gpointer)self->history != (gpointer)self->store)
        _hyr_history_cache_reread (self->history);
      g_clear_object (&self->tally);
      g_clear_pointer (&self->gear, g_ptr_array_unref);
    }

  self->dirty = TRUE;
  self->settings_changed = TRUE;
  schedule_refresh (self);
}

static void
on_store_changed (HyrShoeRotation  *self,
                  HyrActivityStore *store)
{
  invalidate (self, TRUE);
}

static void
on_activities_changed (HyrShoeRotation  *self,
                       GDateTime        *from,
                       GDateTime        *to,
                       HyrActivityStore *store)
{
  /* The tally borrows the history's activities, and some of those are
   * gone: it is brought up to date before anything of it is read again
   * (ensure_figures()). */
  self->dirty = TRUE;
  schedule_refresh (self);
}

static void
on_state_changed (HyrShoeRotation *self,
                  const char      *section,
                  HyrState        *state)
{
  /* A corrected run kind may send a run to another default pair: news only
   * when figures move, as with a history change. */
  if (g_strcmp0 (section, HYR_RUN_KINDS_SECTION) == 0)
    {
      invalidate (self, FALSE);
      return;
    }

  /* "*" stands for every section: the state was replaced as a whole, as
   * after "Start Afresh". */
  if (g_strcmp0 (section, HYR_SHOES_SECTION) != 0 && g_strcmp0 (section, SPORTS_SECTION) != 0 &&
      g_strcmp0 (section, "*") != 0)
    return;

  /* A settings change is always news (a default pair may change no figure
   * yet still show differently); a history change only when figures move. */
  if (self->computed_once)
    self->notify_pending = TRUE;

  invalidate (self, FALSE);
}

static void
hyr_shoe_rotation_constructed (GObject *object)
{
  HyrShoeRotation *self = (HyrShoeRotation *)object;

  G_OBJECT_CLASS (hyr_shoe_rotation_parent_class)->constructed (object);

  g_return_if_fail (HYR_IS_ACTIVITY_STORE (self->store));
  g_return_if_fail (HYR_IS_STATE (self->state));

  self->storage = _hyr_shoe_storage_new (self->state);
  self->history = HYR_HISTORY_CACHE (hyr_activity_store_new_history (self->store));

  self->store_changed_id =
    g_signal_connect_object (self->history, "changed",
                             G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  self->activities_changed_id =
    g_signal_connect_object (self->history, "activities-changed",
                             G_CALLBACK (on_activities_changed), self, G_CONNECT_SWAPPED);
  self->state_changed_id =
    g_signal_connect_object (self->state, "changed",
                             G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
}

static void
hyr_shoe_rotation_dispose (GObject *object)
{
  HyrShoeRotation *self = (HyrShoeRotation *)object;

  if (self->idle_source != NULL)
    {
      g_source_destroy (self->idle_source);
      g_clear_pointer (&self->idle_source, g_source_unref);
    }

  g_clear_signal_handler (&self->store_changed_id, self->history);
  g_clear_signal_handler (&self->activities_changed_id, self->history);
  g_clear_signal_handler (&self->state_changed_id, self->state);

  g_clear_object (&self->tally);
  g_clear_pointer (&self->settings, _hyr_shoe_settings_free);
  g_clear_object (&self->advisor);
  g_clear_pointer (&self->recent_runs, g_ptr_array_unref);
  g_clear_pointer (&self->gear, g_ptr_array_unref);
  g_clear_object (&self->storage);
  g_clear_object (&self->history);
  g_clear_object (&self->store);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_shoe_rotation_parent_class)->dispose (object);
}

static void
hyr_shoe_rotation_finalize (GObject *object)
{
  HyrShoeRotation *self = (HyrShoeRotation *)object;

  g_clear_pointer (&self->sports, g_strfreev);
  g_clear_pointer (&self->recent_signature, g_free);
  g_clear_pointer (&self->reference_time, g_date_time_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (hyr_shoe_rotation_parent_class)->finalize (object);
}

static void
hyr_shoe_rotation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HyrShoeRotation *self = HYR_SHOE_ROTATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_REFERENCE_TIME:
      g_value_set_boxed (value, self->reference_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoe_rotation_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HyrShoeRotation *self = HYR_SHOE_ROTATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    case PROP_REFERENCE_TIME:
      hyr_shoe_rotation_set_reference_time (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoe_rotation_class_init (HyrShoeRotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hyr_shoe_rotation_constructed;
  object_class->dispose = hyr_shoe_rotation_dispose;
  object_class->finalize = hyr_shoe_rotation_finalize;
  object_class->get_property = hyr_shoe_rotation_get_property;
  object_class->set_property = hyr_shoe_rotation_set_property;

  /**
   * HyrShoeRotation:store:
   *
   * The host's activity store.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HYR_TYPE_ACTIVITY_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrShoeRotation:state:
   *
   * The plugin's state, holding the "shoes" and "sports" sections and the
   * corrections of run kinds ("run-kinds").
   */
  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, HYR_TYPE_STATE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrShoeRotation:reference-time:
   *
   * The moment the figures are computed for: the end of the "last 8 weeks"
   * and the start of retire-date projections. %NULL, the default, follows
   * the clock; a fixed time shows the figures as they were then (and makes
   * tests repeatable).
   */
  properties [PROP_REFERENCE_TIME] =
    g_param_spec_boxed ("reference-time", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrShoeRotation::changed:
   * @self: the rotation
   *
   * Emitted, from an idle callback, when the figures changed: the store's
   * history or gear changed something, or the user's settings changed.
   * Read them again with hyr_shoe_rotation_list_shoes().
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hyr_shoe_rotation_init (HyrShoeRotation *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->dirty = TRUE;
}

/**
 * hyr_shoe_rotation_new:
 * @store: the host's activity store
 * @state: the plugin's state
 *
 * Creates the tracker. Figures are computed on first use and again, from
 * an idle callback, whenever @store or the "shoes", "sports" and
 * "run-kinds" sections of @state change.
 *
 * Returns: (transfer full): a new #HyrShoeRotation
 */
HyrShoeRotation *
hyr_shoe_rotation_new (HyrActivityStore *store,
                       HyrState         *state)
{
  g_return_val_if_fail (HYR_IS_ACTIVITY_STORE (store), NULL);
  g_return_val_if_fail (HYR_IS_STATE (state), NULL);

  return g_object_new (HYR_TYPE_SHOE_ROTATION,
                       "store", store,
                       "state", state,
                       NULL);
}

/**
 * hyr_shoe_rotation_get_store:
 * @self: a #HyrShoeRotation
 *
 * Gets the store the rotation reads the history and the host's equipment
 * from.
 *
 * Returns: (transfer none): the activity store
 */
HyrActivityStore *
hyr_shoe_rotation_get_store (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  return self->store;
}

/**
 * hyr_shoe_rotation_get_state:
 * @self: a #HyrShoeRotation
 *
 * Gets the state the rotation keeps the pairs' kinds, retire distances and
 * the user's choices in.
 *
 * Returns: (transfer none): the plugin's state
 */
HyrState *
hyr_shoe_rotation_get_state (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  return self->state;
}

/**
 * hyr_shoe_rotation_get_reference_time:
 * @self: a #HyrShoeRotation
 *
 * Gets the moment the rotation's figures are computed for: the end of the
 * "last 8 weeks" and the start of retire-date projections.
 *
 * Returns: (transfer none) (nullable): the fixed time the figures are
 *   computed for, or %NULL when they follow the clock
 */
GDateTime *
hyr_shoe_rotation_get_reference_time (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  return self->reference_time;
}

/**
 * hyr_shoe_rotation_set_reference_time:
 * @self: a #HyrShoeRotation
 * @when: (nullable): the time to compute the figures for, or %NULL to
 *   follow the clock
 *
 * Sets #HyrShoeRotation:reference-time. The history is read again, up to
 * @when.
 */
void
hyr_shoe_rotation_set_reference_time (HyrShoeRotation *self,
                                      GDateTime       *when)
{
  g_return_if_fail (HYR_IS_SHOE_ROTATION (self));

  if (self->reference_time == when ||
      (self->reference_time != NULL && when != NULL && g_date_time_equal (self->reference_time, when)))
    return;

  g_clear_pointer (&self->reference_time, g_date_time_unref);
  self->reference_time = when != NULL ? g_date_time_ref (when) : NULL;

  if (self->computed_once)
    self->notify_pending = TRUE;

  invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REFERENCE_TIME]);
}

/**
 * hyr_shoe_rotation_list_shoes:
 * @self: a #HyrShoeRotation
 *
 * Lists every pair with its figures: active pairs first, then by name.
 *
 * The array owns its elements (it frees them with g_object_unref()), so it
 * is annotated as a container transfer: a binding that took the elements
 * as well would release them twice.
 *
 * Returns: (transfer container) (element-type HyrShoe): the pairs
 */
GPtrArray *
hyr_shoe_rotation_list_shoes (HyrShoeRotation *self)
{
  GPtrArray *shoes;
  GPtrArray *result;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);

  ensure_figures (self);

  shoes = _hyr_shoe_advisor_get_shoes (self->advisor);
  result = g_ptr_array_new_full (shoes->len, g_object_unref);
  for (guint i = 0; i < shoes->len; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (shoes, i)));

  return result;
}

static HyrShoe *
find_shoe (HyrShoeRotation  *self,
           const char       *gear_id,
           GError          **error)
{
  GPtrArray *shoes;

  ensure_figures (self);

  shoes = _hyr_shoe_advisor_get_shoes (self->advisor);
  for (guint i = 0; i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);

      if (g_strcmp0 (hyr_shoe_get_gear_id (shoe), gear_id) == 0)
        return shoe;
    }

  g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_UNKNOWN_SHOE,
               _("There is no pair with the identifier “%s”."), gear_id);
  return NULL;
}

/* Only the plugin's own pairs can be renamed, retired or removed here. */
static HyrShoe *
find_own_shoe (HyrShoeRotation  *self,
               const char       *gear_id,
               GError          **error)
{
  HyrShoe *shoe = find_shoe (self, gear_id, error);

  if (shoe != NULL && hyr_shoe_get_from_host (shoe))
    {
      g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_HOST_SHOE,
                   _("“%s” is equipment of the host application; change it there."),
                   hyr_shoe_get_name (shoe));
      return NULL;
    }

  return shoe;
}

/**
 * hyr_shoe_rotation_get_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: a pair's identifier
 *
 * Looks up a pair by its identifier.
 *
 * Returns: (transfer full) (nullable): the pair with its figures, or %NULL
 *   when there is none with @gear_id
 */
HyrShoe *
hyr_shoe_rotation_get_shoe (HyrShoeRotation *self,
                            const char      *gear_id)
{
  HyrShoe *shoe;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (gear_id != NULL, NULL);

  shoe = find_shoe (self, gear_id, NULL);

  return shoe != NULL ? g_object_ref (shoe) : NULL;
}

/**
 * hyr_shoe_rotation_get_host_has_gear:
 * @self: a #HyrShoeRotation
 *
 * Gets whether the host keeps equipment of its own.
 *
 * Returns: whether the host lists equipment. When it does not, the plugin
 *   keeps pairs itself (see hyr_shoe_rotation_add_shoe()).
 */
gboolean
hyr_shoe_rotation_get_host_has_gear (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);

  ensure_figures (self);

  return self->host_has_gear;
}

/**
 * hyr_shoe_rotation_list_sports:
 * @self: a #HyrShoeRotation
 *
 * Lists the host's sport names found in the history, for choosing which of
 * them are runs (see hyr_modality_set_override()).
 *
 * Returns: (transfer full) (array zero-terminated=1): the sport names,
 *   sorted
 */
char **
hyr_shoe_rotation_list_sports (HyrShoeRotation *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);

  ensure_figures (self);

  return g_strdupv (self->sports);
}

/**
 * hyr_shoe_rotation_list_recent_runs:
 * @self: a #HyrShoeRotation
 * @max_runs: how many runs to return at most; no more than 100 are kept
 *
 * Lists the latest runs, for choosing the pair of each (see
 * hyr_shoe_rotation_set_activity_shoe()).
 *
 * Returns: (transfer container) (element-type HyrActivity): the runs,
 *   latest first, in an array that owns them
 */
GPtrArray *
hyr_shoe_rotation_list_recent_runs (HyrShoeRotation *self,
                                    guint            max_runs)
{
  GPtrArray *result;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);

  ensure_figures (self);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->recent_runs->len && i < max_runs; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (self->recent_runs, i)));

  return result;
}

static gboolean
check_distance (double       distance,
                GError     **error)
{
  if (!isfinite (distance) || distance < 0 || distance > HYR_MAX_GEAR_DISTANCE)
    {
      g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID,
                   _("A distance of %g m is not possible for a pair of shoes."), distance);
      return FALSE;
    }

  return TRUE;
}

/* A name as the user typed it, or NULL with @error set when it is empty. */
static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);

  g_strstrip (valid);
  if (valid[0] == '\0')
    {
      g_set_error_literal (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID,
                           _("A pair needs a name."));
      return NULL;
    }

  return g_steal_pointer (&valid);
}

/**
 * hyr_shoe_rotation_set_kind:
 * @self: a #HyrShoeRotation
 * @gear_id: a pair's identifier
 * @kind: what kind of shoe the pair is
 * @error: return location for a #GError
 *
 * Sets the kind of a pair, host's or own, and saves the state. The kind
 * decides the default retire distance and which runs the pair is suggested
 * for.
 *
 * Returns: %TRUE on success; %FALSE with @error set when there is no such
 *   pair or the state could not be saved (%HYR_STATE_ERROR_READ_ONLY, say),
 *   in which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_kind (HyrShoeRotation  *self,
                            const char       *gear_id,
                            HyrShoeKind       kind,
                            GError          **error)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (_hyr_enum_to_nick (HYR_TYPE_SHOE_KIND, kind) != NULL, FALSE);

  if (find_shoe (self, gear_id, error) == NULL)
    return FALSE;

  return _hyr_shoe_storage_set_kind (self->storage, gear_id, kind, error);
}

/**
 * hyr_shoe_rotation_set_retire_distance:
 * @self: a #HyrShoeRotation
 * @gear_id: a pair's identifier
 * @distance: the distance at which to retire the pair, in metres; 0 goes
 *   back to the host's life expectancy or the default for the pair's kind
 * @error: return location for a #GError
 *
 * Sets the retire distance of a pair, host's or own, and saves the state.
 * The user's choice wins over the host's life expectancy.
 *
 * Returns: %TRUE on success; %FALSE with @error set when there is no such
 *   pair, @distance is not a plausible distance
 *   (%HYR_SHOE_ROTATION_ERROR_INVALID) or the state could not be saved, in
 *   which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_retire_distance (HyrShoeRotation  *self,
                                       const char       *gear_id,
                                       double            distance,
                                       GError          **error)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_distance (distance, error))
    return FALSE;

  if (distance > 0 && distance < HYR_MIN_RETIRE_DISTANCE)
    {
      g_set_error (error, HYR_SHOE_ROTATION_ERROR, HYR_SHOE_ROTATION_ERROR_INVALID,
                   _("A pair of shoes lasts more than %.0f km."), HYR_MIN_RETIRE_DISTANCE / 1000);
      return FALSE;
    }

  if (find_shoe (self, gear_id, error) == NULL)
    return FALSE;

  return _hyr_shoe_storage_set_retire_distance (self->storage, gear_id, distance, error);
}

/**
 * hyr_shoe_rotation_suggest:
 * @self: a #HyrShoeRotation
 * @kind: the kind of the next run
 * @distance_m: its planned distance in metres; 0 when unknown
 * @when: (nullable): when it is planned, for how long each pair has rested;
 *   %NULL for now
 * @reason: (out) (optional) (transfer full): a sentence saying why, for
 *   the user
 *
 * Suggests the pair to wear for a run. Retired pairs are never suggested,
 * nor pairs past their retire distance while another pair is left. Of the
 * pairs whose kind suits the run best (cushioned for long, recovery and easy
 * runs; minimalist for short easy runs and hills, gradually; racing for
 * races, tempo runs and intervals; trail for hills), the one that rested
 * longest is chosen, which keeps the rotation going.
 *
 * Returns: (transfer full) (nullable): the pair, or %NULL when there is no
 *   active pair
 */
HyrShoe *
hyr_shoe_rotation_suggest (HyrShoeRotation  *self,
                           HyrRunKind        kind,
                           double            distance_m,
                           GDateTime        *when,
                           char            **reason)
{
  return _hyr_shoe_rotation_suggest_planned (self, kind, distance_m, when, NULL, reason);
}

/*
 * _hyr_shoe_rotation_suggest_planned:
 * @planned: (nullable) (element-type utf8 GLib.DateTime): for each pair,
 *   the last run planned for it so far, by gear id
 *
 * hyr_shoe_rotation_suggest() for a run of a plan: each run planned
 * before @when wears the pair chosen for it, so that the pairs take turns
 * over the coming weeks instead of the pair that rested longest today
 * taking every run. The planner records its choices in @planned as it
 * plans the weeks in order.
 */
HyrShoe *
_hyr_shoe_rotation_suggest_planned (HyrShoeRotation  *self,
                                    HyrRunKind        kind,
                                    double            distance_m,
                                    GDateTime        *when,
                                    GHashTable       *planned,
                                    char            **reason)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (kind <= HYR_RUN_KIND_RACE, NULL);

  ensure_figures (self);

  return _hyr_shoe_advisor_suggest (self->advisor, kind, distance_m, when, planned,
                                    self->reference_time, reason);
}

/**
 * hyr_shoe_rotation_add_shoe:
 * @self: a #HyrShoeRotation
 * @name: the pair's name
 * @kind: what kind of shoe it is
 * @prior_distance: metres it ran before being tracked
 * @since: (nullable): from when runs may be assigned to it by rule; %NULL
 *   for now
 * @error: return location for a #GError
 *
 * Adds a pair the plugin keeps itself, for a host without gear, and saves
 * the state. Runs from @since on that carry no pair are assigned to it by
 * rule (see hyr_shoe_rotation_set_default_for_kind()).
 *
 * Returns: (transfer full) (nullable): the new pair's identifier, or %NULL
 *   with @error set when @name is empty, @prior_distance is implausible or
 *   the state could not be saved
 */
char *
hyr_shoe_rotation_add_shoe (HyrShoeRotation  *self,
                            const char       *name,
                            HyrShoeKind       kind,
                            double            prior_distance,
                            GDateTime        *since,
                            GError          **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (_hyr_enum_to_nick (HYR_TYPE_SHOE_KIND, kind) != NULL, NULL);

  if (!(clean = clean_name (name, error)) || !check_distance (prior_distance, error))
    return NULL;

  if (since == NULL)
    since = now = dup_now (self);

  return _hyr_shoe_storage_add_pair (self->storage, clean, kind, prior_distance, since, error);
}

/**
 * hyr_shoe_rotation_edit_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: the identifier of one of the plugin's own pairs
 * @name: the pair's new name
 * @prior_distance: metres it ran before being tracked
 * @error: return location for a #GError
 *
 * Renames one of the plugin's own pairs and sets its prior distance, then
 * saves the state.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the host's, a value is invalid, or the state could not be
 *   saved, in which case nothing changed
 */
gboolean
hyr_shoe_rotation_edit_shoe (HyrShoeRotation  *self,
                             const char       *gear_id,
                             const char       *name,
                             double            prior_distance,
                             GError          **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_own_shoe (self, gear_id, error) == NULL)
    return FALSE;

  if (!(clean = clean_name (name, error)) || !check_distance (prior_distance, error))
    return FALSE;

  return _hyr_shoe_storage_edit_pair (self->storage, gear_id, clean, prior_distance, error);
}

/**
 * hyr_shoe_rotation_retire_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: the identifier of one of the plugin's own pairs
 * @retired: %TRUE to retire the pair, %FALSE to bring it back
 * @error: return location for a #GError
 *
 * Retires one of the plugin's own pairs (or brings it back) and saves the
 * state. A retired pair keeps its history but is no longer suggested, and
 * no later run is assigned to it by rule.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the host's, or the state could not be saved, in which case
 *   nothing changed
 */
gboolean
hyr_shoe_rotation_retire_shoe (HyrShoeRotation  *self,
                               const char       *gear_id,
                               gboolean          retired,
                               GError          **error)
{
  g_autoptr(GDateTime) now = NULL;
  HyrShoe *shoe;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(shoe = find_own_shoe (self, gear_id, error)))
    return FALSE;

  if (hyr_shoe_get_active (shoe) == !retired)
    return TRUE;

  if (retired)
    now = dup_now (self);

  return _hyr_shoe_storage_set_retired (self->storage, gear_id, now, error);
}

/**
 * hyr_shoe_rotation_remove_shoe:
 * @self: a #HyrShoeRotation
 * @gear_id: the identifier of one of the plugin's own pairs
 * @error: return location for a #GError
 *
 * Forgets one of the plugin's own pairs, with its default-pair rules and
 * the runs assigned to it, and saves the state. Retiring keeps the
 * history; removing is for a pair added by mistake.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the host's, or the state could not be saved, in which case
 *   nothing changed
 */
gboolean
hyr_shoe_rotation_remove_shoe (HyrShoeRotation  *self,
                               const char       *gear_id,
                               GError          **error)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (gear_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_own_shoe (self, gear_id, error) == NULL)
    return FALSE;

  return _hyr_shoe_storage_remove_pair (self->storage, gear_id, error);
}

/* @gear_id if it names a pair that exists; a default or an assignment may
 * name a pair that went. */
static char *
dup_existing (HyrShoeRotation *self,
              const char      *gear_id)
{
  if (gear_id == NULL || find_shoe (self, gear_id, NULL) == NULL)
    return NULL;

  return g_strdup (gear_id);
}

/**
 * hyr_shoe_rotation_set_default_for_kind:
 * @self: a #HyrShoeRotation
 * @kind: a run kind
 * @gear_id: (nullable): the pair to assign runs of @kind to, or %NULL for
 *   none
 * @error: return location for a #GError
 *
 * Chooses the pair that runs of @kind are assigned to when they carry no
 * pair and the plugin keeps pairs of its own, and saves the state. Runs
 * without a default for their kind get the default for easy runs.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the state could not be saved, in which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_default_for_kind (HyrShoeRotation  *self,
                                        HyrRunKind        kind,
                                        const char       *gear_id,
                                        GError          **error)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (_hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind) != NULL, FALSE);

  if (gear_id != NULL && find_shoe (self, gear_id, error) == NULL)
    return FALSE;

  return _hyr_shoe_storage_set_default (self->storage, kind, gear_id, error);
}

/**
 * hyr_shoe_rotation_get_default_for_kind:
 * @self: a #HyrShoeRotation
 * @kind: a run kind
 *
 * Gets the pair the user chose as the default for runs of @kind.
 *
 * Returns: (transfer full) (nullable): the identifier of the default pair
 *   for runs of @kind, or %NULL when there is none
 */
char *
hyr_shoe_rotation_get_default_for_kind (HyrShoeRotation *self,
                                        HyrRunKind       kind)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (_hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind) != NULL, NULL);

  return dup_existing (self, _hyr_shoe_storage_get_default (self->storage, kind));
}

/**
 * hyr_shoe_rotation_set_activity_shoe:
 * @self: a #HyrShoeRotation
 * @activity_id: an activity's identifier
 * @gear_id: (nullable): the pair the activity was done in, or %NULL to go
 *   back to what the host recorded or the rules say
 * @error: return location for a #GError
 *
 * Records the pair an activity was done in, whatever the host recorded or
 * the rules say, and saves the state.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the pair is
 *   unknown or the state could not be saved, in which case nothing changed
 */
gboolean
hyr_shoe_rotation_set_activity_shoe (HyrShoeRotation  *self,
                                     const char       *activity_id,
                                     const char       *gear_id,
                                     GError          **error)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), FALSE);
  g_return_val_if_fail (activity_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (gear_id != NULL && find_shoe (self, gear_id, error) == NULL)
    return FALSE;

  return _hyr_shoe_storage_set_assignment (self->storage, activity_id, gear_id, error);
}

/**
 * hyr_shoe_rotation_get_activity_shoe:
 * @self: a #HyrShoeRotation
 * @activity_id: an activity's identifier
 *
 * Gets the pair an activity counts for: the user's choice, the host's record
 * or the rotation's rules, in that order.
 *
 * Returns: (transfer full) (nullable): the identifier of the pair the
 *   activity counts for (the first, when the host recorded several), or
 *   %NULL when it counts for none
 */
char *
hyr_shoe_rotation_get_activity_shoe (HyrShoeRotation *self,
                                     const char      *activity_id)
{
  int pair;

  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (activity_id != NULL, NULL);

  ensure_figures (self);

  pair = _hyr_shoe_tally_get_activity_pair (self->tally, activity_id);
  if (pair < 0)
    return NULL;

  return g_strdup (hyr_shoe_get_gear_id (_hyr_shoe_advisor_get_pair_shoe (self->advisor, pair)));
}

/**
 * hyr_shoe_rotation_get_activity_override:
 * @self: a #HyrShoeRotation
 * @activity_id: an activity's identifier
 *
 * Gets the pair the user chose for an activity, if they did.
 *
 * Returns: (transfer full) (nullable): the identifier of the pair the user
 *   chose for the activity with hyr_shoe_rotation_set_activity_shoe(), or
 *   %NULL when the host's record or the rules decide
 */
char *
hyr_shoe_rotation_get_activity_override (HyrShoeRotation *self,
                                         const char      *activity_id)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (self), NULL);
  g_return_val_if_fail (activity_id != NULL, NULL);

  return dup_existing (self, _hyr_shoe_storage_get_assignment (self->storage, activity_id));
}
