/* hyr-run-classifier.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-run-classifier"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hyr.h"
#include "hyr-enum-private.h"
#include "hyr-run-classifier-private.h"
#include "hyr-run-kind-private.h"
#include "hyr-state-section-private.h"

/**
 * HyrRunClassifier:
 *
 * Tells the purpose of a recorded run (#HyrRunKind) from its distance, its
 * pace relative to the user's own history, its heart rate and its ascent.
 * Feed it the user's runs with hyr_run_classifier_learn(); it takes the
 * medians of pace, distance and average heart rate as the user's
 * reference, then applies these rules in order (the first that matches
 * wins):
 *
 * 1. a correction the user made (state section "run-kinds");
 * 2. race: the title names one ("race", "parkrun", "wettkampf",
 *    "competition"), or a run of 10 km, a half or a full marathon (± 3 %)
 *    at 88 % of the reference pace or faster;
 * 3. hill: at least 20 m of ascent per km;
 * 4. long: at least 1.5 × the reference distance (18 km without history);
 * 5. interval: 92 % of the reference pace or faster and at most 0.8 × the
 *    reference distance;
 * 6. tempo: 95 % of the reference pace or faster, or an average heart rate
 *    at least 6 % above the reference;
 * 7. recovery: at most 0.75 × the reference distance and 5 % slower than
 *    the reference pace or a heart rate 6 % below the reference;
 * 8. easy otherwise.
 *
 * A reference needs at least three runs that have the value; without it
 * the rules that use it do not apply.
 *
 * Over a long history, the engine (the training-load series, the shoe
 * rotation's default pairs) measures each run against the runs of its own
 * week and the three weeks before, Monday to Monday in UTC, with medians
 * to within 0.1 s/km, 10 m and half a beat per minute: what was usual for
 * the runner then. A run's kind then never moves when later runs come in,
 * so figures are brought up to date from the week of a change on.
 *
 * These are heuristics: average pace
 * hides the structure of a session, so the user can correct any run.
 */

#define MIN_SAMPLES 3

struct _HyrRunClassifier
{
  GObject parent_instance;

  HyrState *state;
  double    reference_pace;     /* s/m */
  double    reference_distance; /* m */
  double    reference_hr;       /* bpm */
  double    easy_pace;          /* s/m */
};

G_DEFINE_FINAL_TYPE (HyrRunClassifier, hyr_run_classifier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const double race_distances[] = { 10000.0, 21097.5, 42195.0 };

static void
hyr_run_classifier_dispose (GObject *object)
{
  HyrRunClassifier *self = (HyrRunClassifier *)object;

  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_run_classifier_parent_class)->dispose (object);
}

static void
hyr_run_classifier_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HyrRunClassifier *self = HYR_RUN_CLASSIFIER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_run_classifier_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HyrRunClassifier *self = HYR_RUN_CLASSIFIER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_run_classifier_class_init (HyrRunClassifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hyr_run_classifier_dispose;
  object_class->get_property = hyr_run_classifier_get_property;
  object_class->set_property = hyr_run_classifier_set_property;

  /**
   * HyrRunClassifier:state:
   *
   * The state holding the user's corrections, or %NULL to classify
   * without them.
   */
  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, HYR_TYPE_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hyr_run_classifier_init (HyrRunClassifier *self)
{
}

/**
 * hyr_run_classifier_new:
 * @state: (nullable): the state holding the user's corrections
 *
 * Creates a classifier that tells the purpose of a run from its distance,
 * pace, heart rate and ascent, measured against the runner's own runs; feed
 * it the history with hyr_run_classifier_learn().
 *
 * Returns: (transfer full): a classifier without a reference yet
 */
HyrRunClassifier *
hyr_run_classifier_new (HyrState *state)
{
  g_return_val_if_fail (state == NULL || HYR_IS_STATE (state), NULL);

  return g_object_new (HYR_TYPE_RUN_CLASSIFIER, "state", state, NULL);
}

/**
 * hyr_run_classifier_get_state:
 * @self: a #HyrRunClassifier
 *
 * Gets the state that holds the user's corrections of run kinds.
 *
 * Returns: (transfer none) (nullable): the state
 */
HyrState *
hyr_run_classifier_get_state (HyrRunClassifier *self)
{
  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), NULL);
  return self->state;
}

/* The @k-th smallest of @values[0..@n) (0-based), by Wirth's selection:
 * @values is reordered so that it stands at @k, nothing larger before it
 * and nothing smaller after. Linear on average, where sorting is n log n. */
static double
select_kth (double *values,
            guint   n,
            guint   k)
{
  gint64 low = 0;
  gint64 high = (gint64)n - 1;

  while (low < high)
    {
      double pivot = values[k];
      gint64 i = low;
      gint64 j = high;

      do
        {
          while (values[i] < pivot)
            i++;
          while (pivot < values[j])
            j--;
          if (i <= j)
            {
              double t = values[i];

              values[i] = values[j];
              values[j] = t;
              i++;
              j--;
            }
        }
      while (i <= j);

      if (j < (gint64)k)
        low = i;
      if ((gint64)k < i)
        high = j;
    }

  return values[k];
}

/* The median of @values[0..@n) in any order, which it reorders, or 0
 * with fewer than MIN_SAMPLES values: too few runs say nothing about a
 * habit. */
static double
median_of (double *v,
           guint   n)
{
  double upper;
  double lower;

  if (n < MIN_SAMPLES)
    return 0;

  upper = select_kth (v, n, n / 2);
  if (n % 2 == 1)
    return upper;

  /* The other middle value is the largest of those before it. */
  lower = v[0];
  for (guint i = 1; i < n / 2; i++)
    lower = MAX (lower, v[i]);

  return (lower + upper) / 2;
}

static double
median (GArray *values)
{
  return median_of ((double *)(gpointer)values->data, values->len);
}

static double
pace_of (HyrActivity *run)
{
  double distance = hyr_activity_get_distance (run);
  double duration = hyr_activity_get_duration (run);

  /* Shorter than 500 m, a pace is mostly stopwatch noise. */
  if (distance < 500 || duration <= 0)
    return 0;

  return duration / distance;
}

/**
 * hyr_run_classifier_learn:
 * @self: a #HyrRunClassifier
 * @runs: (element-type HyrActivity): the user's runs
 *
 * Takes the medians of pace, distance and average heart rate of @runs as
 * the user's reference, replacing any earlier one, and the median pace of
 * those of them that classify as easy as the easy pace.
 */
void
hyr_run_classifier_learn (HyrRunClassifier *self,
                          GPtrArray        *runs)
{
  g_autoptr(GArray) paces = NULL;
  g_autoptr(GArray) distances = NULL;
  g_autoptr(GArray) heart_rates = NULL;
  g_autoptr(GArray) easy_paces = NULL;

  g_return_if_fail (HYR_IS_RUN_CLASSIFIER (self));
  g_return_if_fail (runs != NULL);


  paces = g_array_sized_new (FALSE, FALSE, sizeof (double), runs->len);
  distances = g_array_sized_new (FALSE, FALSE, sizeof (double), runs->len);
  heart_rates = g_array_sized_new (FALSE, FALSE, sizeof (double), runs->len);
  easy_paces = g_array_sized_new (FALSE, FALSE, sizeof (double), runs->len);

  for (guint i = 0; i < runs->len; i++)
    {
      HyrActivity *run = g_ptr_array_index (runs, i);
      double pace = pace_of (run);
      double distance = hyr_activity_get_distance (run);
      double hr = hyr_activity_get_avg_heart_rate (run);

      if (pace > 0)
        g_array_append_val (paces, pace);
      if (distance > 0)
        g_array_append_val (distances, distance);
      if (hr > 0)
        g_array_append_val (heart_rates, hr);
    }

  self->reference_pace = median (paces);
  self->reference_distance = median (distances);
  self->reference_hr = median (heart_rates);

  for (guint i = 0; i < runs->len; i++)
    {
      HyrActivity *run = g_ptr_array_index (runs, i);
      double pace = pace_of (run);

      if (pace > 0 && hyr_run_classifier_classify (self, run, NULL) == HYR_RUN_KIND_EASY)
        g_array_append_val (easy_paces, pace);
    }

  self->easy_pace = median (easy_paces);
  if (self->easy_pace == 0)
    self->easy_pace = self->reference_pace;
}

static gboolean
lookup_correction (HyrRunClassifier *self,
                   HyrActivity      *run,
                   HyrRunKind       *kind)
{
  const char *id = hyr_activity_get_id (run);
  JsonObject *section;
  JsonNode *node;
  int value;

  if (self->state == NULL || id == NULL)
    return FALSE;

  section = hyr_state_get_section (self->state, HYR_RUN_KINDS_SECTION);
  /* Most runners correct no run: then no run's identifier is hashed. The
   * shoe tally classifies every run of a long history. */
  if (json_object_get_size (section) == 0)
    return FALSE;

  node = json_object_get_member (section, id);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      !_hyr_enum_from_nick (HYR_TYPE_RUN_KIND, json_node_get_string (node), &value))
    return FALSE;

  *kind = value;
  return TRUE;
}

static gboolean
is_race_distance (double distance)
{
  for (guint i = 0; i < G_N_ELEMENTS (race_distances); i++)
    {
      if (fabs (distance - race_distances[i]) <= 0.03 * race_distances[i])
        return TRUE;
    }

  return FALSE;
}

/* The rules of the class description, on a run's figures (@pace in s/m,
 * 0 when unknown; @race_title: its title names a race). */
static HyrRunKind
classify_values (HyrRunClassifier *self,
                 double            distance,
                 double            pace,
                 double            hr,
                 double            ascent,
                 gboolean          race_title)
{
  double pace_ratio = 1;
  double hr_ratio = 1;
  double ref_distance = self->reference_distance;

  if (pace > 0 && self->reference_pace > 0)
    pace_ratio = pace / self->reference_pace;
  if (hr > 0 && self->reference_hr > 0)
    hr_ratio = hr / self->reference_hr;

  if (race_title || (is_race_distance (distance) && pace_ratio <= 0.88))
    return HYR_RUN_KIND_RACE;

  if (distance >= 1000 && ascent / (distance / 1000) >= 20)
    return HYR_RUN_KIND_HILL;

  if ((ref_distance > 0 && distance >= 1.5 * ref_distance) ||
      (ref_distance == 0 && distance >= 18000))
    return HYR_RUN_KIND_LONG;

  if (ref_distance > 0 && pace_ratio <= 0.92 && distance <= 0.8 * ref_distance)
    return HYR_RUN_KIND_INTERVAL;

  if (pace_ratio <= 0.95 || hr_ratio >= 1.06)
    return HYR_RUN_KIND_TEMPO;

  if (ref_distance > 0 && distance <= 0.75 * ref_distance &&
      (pace_ratio >= 1.05 || hr_ratio <= 0.94))
    return HYR_RUN_KIND_RECOVERY;

  return HYR_RUN_KIND_EASY;
}

/**
 * hyr_run_classifier_classify:
 * @self: a #HyrRunClassifier
 * @run: a run
 * @corrected: (out) (optional): whether the kind is the user's correction
 *
 * Classifies @run by the rules in the description of #HyrRunClassifier.
 *
 * Returns: the run's kind
 */
HyrRunKind
hyr_run_classifier_classify (HyrRunClassifier *self,
                             HyrActivity      *run,
                             gboolean         *corrected)
{
  HyrRunKind kind;

  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), HYR_RUN_KIND_EASY);
  g_return_val_if_fail (HYR_IS_ACTIVITY (run), HYR_RUN_KIND_EASY);

  if (corrected != NULL)
    *corrected = FALSE;

  if (lookup_correction (self, run, &kind))
    {
      if (corrected != NULL)
        *corrected = TRUE;
      return kind;
    }

  return classify_values (self, hyr_activity_get_distance (run), pace_of (run),
                          hyr_activity_get_avg_heart_rate (run), hyr_activity_get_ascent (run),
                          _hyr_run_kind_title_names_race (hyr_activity_get_title (run)));
}

/* Whether the user corrected any run's kind: without corrections, a pass
 * over packed runs looks none up. */
gboolean
_hyr_run_classifier_has_corrections (HyrRunClassifier *self)
{
  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), FALSE);

  return self->state != NULL &&
         json_object_get_size (hyr_state_get_section (self->state, HYR_RUN_KINDS_SECTION)) > 0;
}

/* The pace of packed activity @i, as pace_of (). */
static double
packed_pace (const HyrPacked *packed,
             guint            i)
{
  double distance = packed->distance[i];
  double duration = packed->duration[i];

  if (distance < 500 || duration <= 0)
    return 0;

  return duration / distance;
}

/* hyr_run_classifier_classify () for packed activity @i; @corrections from
 * _hyr_run_classifier_has_corrections (). */
HyrRunKind
_hyr_run_classifier_classify_packed (HyrRunClassifier *self,
                                     const HyrPacked  *packed,
                                     guint             i,
                                     gboolean          corrections)
{
  HyrRunKind kind;

  if (corrections && lookup_correction (self, packed->activity[i], &kind))
    return kind;

  return classify_values (self, packed->distance[i], packed_pace (packed, i), packed->avg_hr[i],
                          packed->ascent[i], packed->race_title[i]);
}

/* The sliding reference: each run is measured against the runs of its
 * week and the REFERENCE_WEEKS - 1 weeks before, what was usual for the
 * runner then. Weeks here start on Monday 00:00 UTC, so that they follow
 * the history's order by start. The medians of a window are kept in
 * histograms: to within 0.1 s/km of pace, 10 m of distance and half a
 * beat per minute, far inside what a watch measures; adding or removing a
 * run is a count, and a median a walk over a few hundred counts, so a
 * window of thousands of runs costs no more than one of ten. */

#define REFERENCE_WEEKS 4
#define USEC_PER_DAY    (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)
#define BLOCK_SHIFT     7

/* No value: the run has no pace, distance or heart rate to count. */
#define NO_KEY G_MAXUINT16

typedef struct
{
  double   step;       /* value per bucket */
  double   per_step;   /* 1 / step */
  guint    n_buckets;  /* the last one takes everything above; < NO_KEY */
  guint   *counts;     /* per bucket, of blocks that are ready only */
  guint   *blocks;     /* per 2^BLOCK_SHIFT buckets */
  guint8  *ready;      /* per block: its counts were set to 0 */
  guint    n;
} Histogram;

static void
histogram_init (Histogram *histogram,
                double     step,
                guint      n_buckets)
{
  histogram->step = step;
  histogram->per_step = 1 / step;
  histogram->n_buckets = n_buckets;
  /* A window over a few weeks touches a few blocks: only those are
   * cleared, when first counted in. */
  histogram->counts = g_new (guint, n_buckets);
  histogram->blocks = g_new0 (guint, (n_buckets >> BLOCK_SHIFT) + 1);
  histogram->ready = g_new0 (guint8, (n_buckets >> BLOCK_SHIFT) + 1);
  histogram->n = 0;
}

static void
histogram_clear (Histogram *histogram)
{
  g_clear_pointer (&histogram->counts, g_free);
  g_clear_pointer (&histogram->blocks, g_free);
  g_clear_pointer (&histogram->ready, g_free);
}

/* The bucket of @value, NO_KEY when it is not above 0. */
static guint16
histogram_key (const Histogram *histogram,
               double           value)
{
  double key = value * histogram->per_step + 0.5;

  if (!(value > 0))
    return NO_KEY;
  if (!(key < histogram->n_buckets - 1))
    return histogram->n_buckets - 1;

  return (guint16)key;
}

/* Sets the counts of @block to 0, the first time a value falls in it. */
static G_GNUC_NO_INLINE void
histogram_clear_block (Histogram *histogram,
                       guint      block)
{
  guint first = block << BLOCK_SHIFT;

  memset (&histogram->counts[first], 0, MIN (1u << BLOCK_SHIFT, histogram->n_buckets - first) * sizeof (guint));
  histogram->ready[block] = TRUE;
}

static inline void
histogram_move (Histogram *histogram,
                guint16    key,
                int        delta)
{
  guint block = key >> BLOCK_SHIFT;

  if (key == NO_KEY)
    return;

  if (G_UNLIKELY (!histogram->ready[block]))
    histogram_clear_block (histogram, block);

  histogram->counts[key] += delta;
  histogram->blocks[block] += delta;
  histogram->n += delta;
}

/* The value of the bucket of the @k-th smallest value (0-based). */
static double
histogram_kth (const Histogram *histogram,
               guint            k)
{
  guint block = 0;
  guint key;

  while (k >= histogram->blocks[block])
    k -= histogram->blocks[block++];

  for (key = block << BLOCK_SHIFT; k >= histogram->counts[key]; key++)
    k -= histogram->counts[key];

  return key * histogram->step;
}

/* As median_of (): 0 with fewer than MIN_SAMPLES values. */
static double
histogram_median (const Histogram *histogram)
{
  guint n = histogram->n;

  if (n < MIN_SAMPLES)
    return 0;

  if (n % 2 == 1)
    return histogram_kth (histogram, n / 2);

  return (histogram_kth (histogram, n / 2 - 1) + histogram_kth (histogram, n / 2)) / 2;
}

/* The reference week of a start in µs since the epoch: whole weeks from
 * Monday 29 December 1969, UTC. */
gint64
_hyr_run_classifier_week_of (gint64 start)
{
  gint64 day = start / USEC_PER_DAY - (start % USEC_PER_DAY < 0);
  gint64 since = day + 3;

  return since / 7 - (since % 7 < 0);
}

/* The first moment of reference week @week, in µs since the epoch. */
gint64
_hyr_run_classifier_week_start (gint64 week)
{
  return (week * 7 - 3) * USEC_PER_DAY;
}

/* The histograms of a window of runs, and the buckets of each run in it,
 * found when it enters and used again when it leaves. */
struct _HyrRunWindow
{
  HyrRunClassifier        *classifier;
  const HyrPacked         *packed;
  const HyrModality       *sport_modalities;
  Histogram                paces;
  Histogram                distances;
  Histogram                heart_rates;
  guint                    start;      /* the oldest activity in the window */
  guint                    end;        /* after the newest */
  guint                    base;       /* the activity of keys[0] */
  guint                    capacity;   /* activities keys has room for */
  guint16                 *keys;       /* three per activity from base */
  gboolean                 corrections;
};

static guint16 *
window_keys (HyrRunWindow *self,
             guint         index)
{
  if (index >= self->base + self->capacity)
    {
      /* Only runs have their buckets kept; the window may end in other
       * sessions past the buffer, and may start past it after a gap. */
      guint buffered_end = MIN (self->end, self->base + self->capacity);
      guint kept = buffered_end > self->start ? buffered_end - self->start : 0;

      g_assert (self->base <= self->start);

      /* Those that left are forgotten; room for as many again. */
      if (kept > 0)
        memmove (self->keys, &self->keys[3 * (self->start - self->base)], 3 * kept * sizeof (guint16));
      self->base = self->start;
      if (index >= self->base + self->capacity)
        {
          self->capacity = MAX (2 * self->capacity, index - self->base + 1);
          self->keys = g_renew (guint16, self->keys, 3 * self->capacity);
        }
    }

  return &self->keys[3 * (index - self->base)];
}

static void
window_add (HyrRunWindow *self,
            guint         index)
{
  guint16 *keys = window_keys (self, index);

  keys[0] = histogram_key (&self->paces, packed_pace (self->packed, index));
  keys[1] = histogram_key (&self->distances, self->packed->distance[index]);
  keys[2] = histogram_key (&self->heart_rates, self->packed->avg_hr[index]);
  histogram_move (&self->paces, keys[0], +1);
  histogram_move (&self->distances, keys[1], +1);
  histogram_move (&self->heart_rates, keys[2], +1);
}

static void
window_remove (HyrRunWindow *self,
               guint         index)
{
  const guint16 *keys = &self->keys[3 * (index - self->base)];

  histogram_move (&self->paces, keys[0], -1);
  histogram_move (&self->distances, keys[1], -1);
  histogram_move (&self->heart_rates, keys[2], -1);
}

/*
 * _hyr_run_window_new:
 * @classifier: the classifier whose references the window sets, and whose
 *   state holds the user's corrections
 * @packed: the whole history as numbers, sorted by start
 * @sport_modalities: per packed sport, its modality
 *
 * Starts the sliding reference over @packed: each run is measured
 * against the runs of its week and the REFERENCE_WEEKS - 1 weeks before
 * (weeks from Monday 00:00 UTC), what was usual for the runner then. Move
 * it from week to week, oldest first, with _hyr_run_window_enter_week().
 * A run's kind depends on the runs of those weeks only: a consumer that
 * brings its figures up to date after a change from a moment on
 * classifies again from the week of that moment only.
 *
 * Returns: (transfer full): the window, empty
 */
HyrRunWindow *
_hyr_run_window_new (HyrRunClassifier        *classifier,
                     const HyrPacked         *packed,
                     const HyrModality       *sport_modalities)
{
  HyrRunWindow *self = g_new0 (HyrRunWindow, 1);

  self->classifier = g_object_ref (classifier);
  self->packed = packed;
  self->sport_modalities = sport_modalities;
  self->corrections = _hyr_run_classifier_has_corrections (classifier);
  histogram_init (&self->paces, 1e-4, 20000);
  histogram_init (&self->distances, 10, 10000);
  histogram_init (&self->heart_rates, 0.5, 600);
  self->capacity = 256;
  self->keys = g_new (guint16, 3 * self->capacity);

  return self;
}

void
_hyr_run_window_free (HyrRunWindow *self)
{
  g_clear_object (&self->classifier);
  g_free (self->keys);
  histogram_clear (&self->paces);
  histogram_clear (&self->distances);
  histogram_clear (&self->heart_rates);
  g_free (self);
}

/*
 * _hyr_run_window_enter_week:
 * @group: an activity at or after the end of the last week entered
 *
 * Moves the window to the week of the activity at @group, and sets the
 * classifier's references to the medians of its runs: to within 0.1 s/km
 * of pace, 10 m of distance and half a beat per minute, far inside what a
 * watch measures. Adding or removing a run is a count, and a median a
 * walk over a few hundred counts, so that a window of thousands of runs
 * costs no more than one of ten.
 *
 * Returns: the index after the last activity of that week
 */
guint
_hyr_run_window_enter_week (HyrRunWindow *self,
                            guint         group)
{
  const gint64 *starts = self->packed->start;
  const guint *sports = self->packed->sport;
  guint n_activities = self->packed->n;
  gint64 week, next_week, window_from;
  guint group_end;

  g_return_val_if_fail (group < n_activities, n_activities);

  week = _hyr_run_classifier_week_of (starts[group]);
  next_week = _hyr_run_classifier_week_start (week + 1);
  window_from = _hyr_run_classifier_week_start (week - (REFERENCE_WEEKS - 1));

  g_return_val_if_fail (group >= self->end, n_activities);

  group_end = group + 1;
  while (group_end < n_activities && starts[group_end] < next_week)
    group_end++;

  /* Runs leave the window when they are older than its weeks, and enter
   * it up to the end of this week. After a gap longer than the window
   * (or at the first week), those too old to enter are passed over. */
  for (; self->start < self->end && starts[self->start] < window_from; self->start++)
    {
      if (self->sport_modalities[sports[self->start]] == HYR_MODALITY_RUNNING)
        window_remove (self, self->start);
    }
  if (self->start == self->end)
    self->start = self->end = self->base = MAX (self->end, MIN (_hyr_packed_lower_bound (self->packed, window_from), group));
  for (; self->end < group_end; self->end++)
    {
      if (self->sport_modalities[sports[self->end]] == HYR_MODALITY_RUNNING)
        window_add (self, self->end);
    }

  self->classifier->reference_pace = histogram_median (&self->paces);
  self->classifier->reference_distance = histogram_median (&self->distances);
  self->classifier->reference_hr = histogram_median (&self->heart_rates);

  return group_end;
}

/* The kind of the run at @index, in the week last entered. */
HyrRunKind
_hyr_run_window_classify (HyrRunWindow *self,
                          guint         index)
{
  return _hyr_run_classifier_classify_packed (self->classifier, self->packed, index, self->corrections);
}

static gboolean
edit_correction (HyrRunClassifier  *self,
                 const char        *activity_id,
                 const char        *nick,
                 GError           **error)
{
  g_autoptr(JsonObject) backup = json_object_new ();
  JsonObject *section = hyr_state_get_section (self->state, HYR_RUN_KINDS_SECTION);

  _hyr_json_object_replace (backup, section);

  if (nick != NULL)
    json_object_set_string_member (section, activity_id, nick);
  else if (json_object_has_member (section, activity_id))
    json_object_remove_member (section, activity_id);
  else
    return TRUE;

  return _hyr_state_commit (self->state, HYR_RUN_KINDS_SECTION, backup, error);
}

/**
 * hyr_run_classifier_correct:
 * @self: a #HyrRunClassifier with a state
 * @activity_id: the #HyrActivity:id of the run
 * @kind: what the run really was
 * @error: return location for a #GError
 *
 * Records the user's correction of a run's kind in the state's
 * "run-kinds" section and saves the state. When saving fails, nothing
 * changes.
 *
 * Returns: %TRUE when the correction was saved
 */
gboolean
hyr_run_classifier_correct (HyrRunClassifier  *self,
                            const char        *activity_id,
                            HyrRunKind         kind,
                            GError           **error)
{
  const char *nick;

  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), FALSE);
  g_return_val_if_fail (self->state != NULL, FALSE);
  g_return_val_if_fail (activity_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  nick = _hyr_enum_to_nick (HYR_TYPE_RUN_KIND, kind);
  g_return_val_if_fail (nick != NULL, FALSE);

  return edit_correction (self, activity_id, nick, error);
}

/**
 * hyr_run_classifier_clear_correction:
 * @self: a #HyrRunClassifier with a state
 * @activity_id: the #HyrActivity:id of the run
 * @error: return location for a #GError
 *
 * Forgets the user's correction of a run, so that the rules classify it
 * again, and saves the state. When saving fails, nothing changes.
 *
 * Returns: %TRUE when the state was saved
 */
gboolean
hyr_run_classifier_clear_correction (HyrRunClassifier  *self,
                                     const char        *activity_id,
                                     GError           **error)
{
  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), FALSE);
  g_return_val_if_fail (self->state != NULL, FALSE);
  g_return_val_if_fail (activity_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return edit_correction (self, activity_id, NULL, error);
}

/**
 * hyr_run_classifier_get_reference_pace:
 * @self: a #HyrRunClassifier
 *
 * Gets the typical pace of the runner's runs, as learned from the history.
 *
 * Returns: the median pace of the learned runs in seconds per metre, 0
 *   when unknown
 */
double
hyr_run_classifier_get_reference_pace (HyrRunClassifier *self)
{
  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), 0);
  return self->reference_pace;
}

/**
 * hyr_run_classifier_get_reference_distance:
 * @self: a #HyrRunClassifier
 *
 * Gets the typical distance of the runner's runs, as learned from the
 * history.
 *
 * Returns: the median distance of the learned runs in metres, 0 when
 *   unknown
 */
double
hyr_run_classifier_get_reference_distance (HyrRunClassifier *self)
{
  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), 0);
  return self->reference_distance;
}

/**
 * hyr_run_classifier_get_reference_heart_rate:
 * @self: a #HyrRunClassifier
 *
 * Gets the typical average heart rate of the runner's runs, as learned from
 * the history.
 *
 * Returns: the median average heart rate of the learned runs in bpm, 0
 *   when unknown
 */
double
hyr_run_classifier_get_reference_heart_rate (HyrRunClassifier *self)
{
  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), 0);
  return self->reference_hr;
}

/**
 * hyr_run_classifier_get_easy_pace:
 * @self: a #HyrRunClassifier
 *
 * Gets the runner's easy pace as learned from the history.
 *
 * Returns: the median pace of the learned runs that classify as easy, in
 *   seconds per metre (the reference pace when too few do), 0 when unknown
 */
double
hyr_run_classifier_get_easy_pace (HyrRunClassifier *self)
{
  g_return_val_if_fail (HYR_IS_RUN_CLASSIFIER (self), 0);
  return self->easy_pace;
}
