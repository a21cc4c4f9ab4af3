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
 * the rules that use it do not apply. These are heuristics: average pace
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

  /* The values of the runs of a sliding reference, each sorted; NULL
   * until a run is added. */
  GArray   *window_paces;
  GArray   *window_distances;
  GArray   *window_heart_rates;
};

G_DEFINE_FINAL_TYPE (HyrRunClassifier, hyr_run_classifier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const race_words[] = { "race", "parkrun", "wettkampf", "competition" };
static const double race_distances[] = { 10000.0, 21097.5, 42195.0 };

static void
hyr_run_classifier_dispose (GObject *object)
{
  HyrRunClassifier *self = (HyrRunClassifier *)object;

  g_clear_object (&self->state);

  G_OBJECT_CLASS (hyr_run_classifier_parent_class)->dispose (object);
}

static void
hyr_run_classifier_finalize (GObject *object)
{
  HyrRunClassifier *self = (HyrRunClassifier *)object;

  g_clear_pointer (&self->window_paces, g_array_unref);
  g_clear_pointer (&self->window_distances, g_array_unref);
  g_clear_pointer (&self->window_heart_rates, g_array_unref);

  G_OBJECT_CLASS (hyr_run_classifier_parent_class)->finalize (object);
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
  object_class->finalize = hyr_run_classifier_finalize;
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

/* The median of @values, sorted, or 0 with fewer than MIN_SAMPLES values:
 * too few runs say nothing about a habit. */
static double
median_of_sorted (GArray *values)
{
  guint n = values->len;

  if (n < MIN_SAMPLES)
    return 0;

  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);

  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

/* The same of @values in any order, which it reorders. */
static double
median (GArray *values)
{
  double *v = (double *)(gpointer)values->data;
  guint n = values->len;
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

  g_clear_pointer (&self->window_paces, g_array_unref);
  g_clear_pointer (&self->window_distances, g_array_unref);
  g_clear_pointer (&self->window_heart_rates, g_array_unref);

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

/* The index at which @value goes in @values, sorted: after any equal
 * value. */
static guint
upper_bound (GArray *values,
             double  value)
{
  guint low = 0;
  guint high = values->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (values, double, middle) <= value)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
sorted_insert (GArray *values,
               double  value)
{
  g_array_insert_val (values, upper_bound (values, value), value);
}

/* Removes one @value from @values, sorted. The value was computed from the
 * same run when it was added, so it is there to the last bit. */
static void
sorted_remove (GArray *values,
               double  value)
{
  guint index = upper_bound (values, value);

  g_return_if_fail (index > 0 && g_array_index (values, double, index - 1) == value);
  g_array_remove_index (values, index - 1);
}

static void
update_reference (HyrRunClassifier *self)
{
  self->reference_pace = median_of_sorted (self->window_paces);
  self->reference_distance = median_of_sorted (self->window_distances);
  self->reference_hr = median_of_sorted (self->window_heart_rates);
}

/*
 * _hyr_run_classifier_add_reference_run:
 * @run: a run
 *
 * Adds @run to a sliding reference: the reference becomes the medians of
 * pace, distance and average heart rate of the runs added and not removed
 * since, with the rules of hyr_run_classifier_learn(); the easy pace stays
 * as it was. hyr_run_classifier_learn() starts the reference over.
 *
 * The shoe tally classifies each week of a long history against the runs
 * around it. Learning anew for every week sorted the same runs over and
 * over again; a run enters and leaves the sliding reference once.
 */
void
_hyr_run_classifier_add_reference_run (HyrRunClassifier *self,
                                       HyrActivity      *run)
{
  double pace, distance, hr;

  g_return_if_fail (HYR_IS_RUN_CLASSIFIER (self));
  g_return_if_fail (HYR_IS_ACTIVITY (run));

  if (self->window_paces == NULL)
    {
      self->window_paces = g_array_new (FALSE, FALSE, sizeof (double));
      self->window_distances = g_array_new (FALSE, FALSE, sizeof (double));
      self->window_heart_rates = g_array_new (FALSE, FALSE, sizeof (double));
    }

  pace = pace_of (run);
  distance = hyr_activity_get_distance (run);
  hr = hyr_activity_get_avg_heart_rate (run);

  if (pace > 0)
    sorted_insert (self->window_paces, pace);
  if (distance > 0)
    sorted_insert (self->window_distances, distance);
  if (hr > 0)
    sorted_insert (self->window_heart_rates, hr);

  update_reference (self);
}

/*
 * _hyr_run_classifier_remove_reference_run:
 * @run: a run added with _hyr_run_classifier_add_reference_run() and not
 *   removed since
 *
 * Takes @run out of the sliding reference.
 */
void
_hyr_run_classifier_remove_reference_run (HyrRunClassifier *self,
                                          HyrActivity      *run)
{
  double pace, distance, hr;

  g_return_if_fail (HYR_IS_RUN_CLASSIFIER (self));
  g_return_if_fail (HYR_IS_ACTIVITY (run));
  g_return_if_fail (self->window_paces != NULL);

  pace = pace_of (run);
  distance = hyr_activity_get_distance (run);
  hr = hyr_activity_get_avg_heart_rate (run);

  if (pace > 0)
    sorted_remove (self->window_paces, pace);
  if (distance > 0)
    sorted_remove (self->window_distances, distance);
  if (hr > 0)
    sorted_remove (self->window_heart_rates, hr);

  update_reference (self);
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
title_names_race (const char *title)
{
  g_autofree char *folded = NULL;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    return FALSE;

  folded = g_utf8_casefold (title, -1);
  for (guint i = 0; i < G_N_ELEMENTS (race_words); i++)
    {
      if (strstr (folded, race_words[i]) != NULL)
        return TRUE;
    }

  return FALSE;
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
                          title_names_race (hyr_activity_get_title (run)));
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

static double
packed_pace (const HyrPackedActivity *run)
{
  /* As pace_of (). */
  if (run->distance < 500 || run->duration <= 0)
    return 0;

  return run->duration / run->distance;
}

/* hyr_run_classifier_classify () for a packed run; @corrections from
 * _hyr_run_classifier_has_corrections (). */
HyrRunKind
_hyr_run_classifier_classify_packed (HyrRunClassifier        *self,
                                     const HyrPackedActivity *run,
                                     gboolean                 corrections)
{
  HyrRunKind kind;

  if (corrections && lookup_correction (self, run->activity, &kind))
    return kind;

  return classify_values (self, run->distance, packed_pace (run), run->avg_hr, run->ascent,
                          title_names_race (run->title));
}

/* hyr_run_classifier_learn () from the packed activities whose sport
 * @sport_modalities (indexed by the packed sport) says is running; the kind
 * of each of those runs is set in @kinds (one per activity). */
void
_hyr_run_classifier_learn_packed (HyrRunClassifier        *self,
                                  const HyrPackedActivity *activities,
                                  guint                    n_activities,
                                  const HyrModality       *sport_modalities,
                                  guint8                  *kinds)
{
  g_autoptr(GArray) paces = g_array_sized_new (FALSE, FALSE, sizeof (double), n_activities);
  g_autoptr(GArray) distances = g_array_sized_new (FALSE, FALSE, sizeof (double), n_activities);
  g_autoptr(GArray) heart_rates = g_array_sized_new (FALSE, FALSE, sizeof (double), n_activities);
  g_autoptr(GArray) easy_paces = g_array_sized_new (FALSE, FALSE, sizeof (double), n_activities);
  gboolean corrections;

  g_return_if_fail (HYR_IS_RUN_CLASSIFIER (self));
  g_return_if_fail (kinds != NULL || n_activities == 0);

  g_clear_pointer (&self->window_paces, g_array_unref);
  g_clear_pointer (&self->window_distances, g_array_unref);
  g_clear_pointer (&self->window_heart_rates, g_array_unref);

  for (guint i = 0; i < n_activities; i++)
    {
      const HyrPackedActivity *run = &activities[i];
      double pace;

      if (sport_modalities[run->sport] != HYR_MODALITY_RUNNING)
        continue;

      pace = packed_pace (run);
      if (pace > 0)
        g_array_append_val (paces, pace);
      if (run->distance > 0)
        g_array_append_val (distances, run->distance);
      if (run->avg_hr > 0)
        g_array_append_val (heart_rates, run->avg_hr);
    }

  self->reference_pace = median (paces);
  self->reference_distance = median (distances);
  self->reference_hr = median (heart_rates);

  corrections = _hyr_run_classifier_has_corrections (self);
  for (guint i = 0; i < n_activities; i++)
    {
      const HyrPackedActivity *run = &activities[i];
      double pace;

      if (sport_modalities[run->sport] != HYR_MODALITY_RUNNING)
        continue;

      /* The references are final here, and a run's kind depends on
       * nothing else: the kinds found now are the kinds. */
      pace = packed_pace (run);
      kinds[i] = _hyr_run_classifier_classify_packed (self, run, corrections);
      if (pace > 0 && kinds[i] == HYR_RUN_KIND_EASY)
        g_array_append_val (easy_paces, pace);
    }

  self->easy_pace = median (easy_paces);
  if (self->easy_pace == 0)
    self->easy_pace = self->reference_pace;
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
