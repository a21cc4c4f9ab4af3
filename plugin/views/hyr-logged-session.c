/* hyr-logged-session.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-logged-session"

#include "config.h"

#include "hyr-logged-session.h"

/**
 * HyrLoggedSession:
 *
 * What one "Log Session" put in the lift diary, so that it can be taken
 * out again: the sets logged, found as the diary's sets of the session's
 * day that were not there before, and the AMRAP results a "+" set
 * replaced. The diary does not say which set a call logged, and a
 * session's sets are often alike (five sets of ten at one load), so the
 * sets are told apart by what they hold: the day's sets before and after,
 * compared as a multiset.
 */

typedef struct
{
  HyrLift  lift;
  gboolean had_result;
  double   weight;
  guint    reps;
  guint    required;
} AmrapBefore;

struct _HyrLoggedSession
{
  GObject       parent_instance;

  HyrLiftDiary *diary;
  HyrLiftLog   *lift_log;
  GDateTime    *when;
  GDateTime    *day_start;
  GDateTime    *day_end;
  GPtrArray    *before;
  GPtrArray    *sets;
  GArray       *amraps;
  guint         n_sets;
};

G_DEFINE_FINAL_TYPE (HyrLoggedSession, hyr_logged_session, G_TYPE_OBJECT)

static void
hyr_logged_session_finalize (GObject *object)
{
  HyrLoggedSession *self = (HyrLoggedSession *)object;

  g_clear_object (&self->diary);
  g_clear_object (&self->lift_log);
  g_clear_pointer (&self->when, g_date_time_unref);
  g_clear_pointer (&self->day_start, g_date_time_unref);
  g_clear_pointer (&self->day_end, g_date_time_unref);
  g_clear_pointer (&self->before, g_ptr_array_unref);
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_clear_pointer (&self->amraps, g_array_unref);

  G_OBJECT_CLASS (hyr_logged_session_parent_class)->finalize (object);
}

static void
hyr_logged_session_class_init (HyrLoggedSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hyr_logged_session_finalize;
}

static void
hyr_logged_session_init (HyrLoggedSession *self)
{
  self->amraps = g_array_new (FALSE, TRUE, sizeof (AmrapBefore));
}

/**
 * hyr_logged_session_new:
 * @diary: the lift diary
 * @when: when the session was done; its sets are logged at this time
 *
 * Returns: (transfer full): a record of a session about to be logged
 */
HyrLoggedSession *
hyr_logged_session_new (HyrLiftDiary *diary,
                        GDateTime    *when)
{
  HyrLoggedSession *self;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (HYR_IS_LIFT_DIARY (diary), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  self = g_object_new (HYR_TYPE_LOGGED_SESSION, NULL);
  self->diary = g_object_ref (diary);
  self->lift_log = hyr_lift_log_new (hyr_lift_diary_get_state (diary));
  self->when = g_date_time_ref (when);
  local = g_date_time_to_local (when);
  self->day_start = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                           g_date_time_get_day_of_month (local), 0, 0, 0);
  self->day_end = g_date_time_add_days (self->day_start, 1);
  self->before = hyr_lift_diary_list_sets (diary, self->day_start, self->day_end);

  return self;
}

/**
 * hyr_logged_session_add_set:
 *
 * Logs a set at the session's time with hyr_lift_diary_record_set().
 */
gboolean
hyr_logged_session_add_set (HyrLoggedSession  *self,
                            const char        *exercise,
                            HyrLift            lift,
                            double             weight,
                            guint              reps,
                            double             rir,
                            GError           **error)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SESSION (self), FALSE);
  g_return_val_if_fail (self->sets == NULL, FALSE);

  if (!hyr_lift_diary_record_set (self->diary, self->when, exercise, lift, weight, reps, rir, error))
    return FALSE;

  self->n_sets++;
  return TRUE;
}

/**
 * hyr_logged_session_add_amrap:
 *
 * Logs the "+" set of a main lift as its AMRAP result, which the next
 * cycle's training max follows, and remembers the result it replaces.
 */
gboolean
hyr_logged_session_add_amrap (HyrLoggedSession  *self,
                              HyrLift            lift,
                              double             weight,
                              guint              reps,
                              guint              required_reps,
                              GError           **error)
{
  AmrapBefore before = { lift, FALSE, 0, 0, 0 };
  gboolean known = FALSE;

  g_return_val_if_fail (HYR_IS_LOGGED_SESSION (self), FALSE);
  g_return_val_if_fail (self->sets == NULL, FALSE);

  if (!hyr_lift_diary_check_set (hyr_lift_get_name (lift), weight, reps, -1, error))
    return FALSE;

  for (guint i = 0; i < self->amraps->len; i++)
    known |= g_array_index (self->amraps, AmrapBefore, i).lift == lift;
  if (!known)
    {
      before.had_result = hyr_lift_log_lookup (self->lift_log, lift, self->when, &before.weight,
                                               &before.reps, &before.required);
      g_array_append_val (self->amraps, before);
    }

  if (!hyr_lift_log_record (self->lift_log, lift, self->when, weight, reps, required_reps, error))
    return FALSE;

  self->n_sets++;
  return TRUE;
}

static gboolean
same_set (HyrLoggedSet *a,
          HyrLoggedSet *b)
{
  return g_date_time_equal (hyr_logged_set_get_when (a), hyr_logged_set_get_when (b)) &&
         g_strcmp0 (hyr_logged_set_get_exercise (a), hyr_logged_set_get_exercise (b)) == 0 &&
         hyr_logged_set_get_lift (a) == hyr_logged_set_get_lift (b) &&
         hyr_logged_set_get_weight (a) == hyr_logged_set_get_weight (b) &&
         hyr_logged_set_get_reps (a) == hyr_logged_set_get_reps (b) &&
         hyr_logged_set_get_rir (a) == hyr_logged_set_get_rir (b);
}

/**
 * hyr_logged_session_finish:
 *
 * Finds the sets the session put in the diary; call it once, after the
 * last set was added (or one failed).
 */
void
hyr_logged_session_finish (HyrLoggedSession *self)
{
  g_autoptr(GPtrArray) after = NULL;
  g_autofree gboolean *matched = NULL;

  g_return_if_fail (HYR_IS_LOGGED_SESSION (self));
  g_return_if_fail (self->sets == NULL);

  after = hyr_lift_diary_list_sets (self->diary, self->day_start, self->day_end);
  matched = g_new0 (gboolean, self->before->len + 1);
  self->sets = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < after->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (after, i);
      gboolean old = FALSE;

      for (guint b = 0; !old && b < self->before->len; b++)
        {
          if (!matched[b] && same_set (set, g_ptr_array_index (self->before, b)))
            old = matched[b] = TRUE;
        }

      if (!old)
        g_ptr_array_add (self->sets, g_object_ref (set));
    }
}

/**
 * hyr_logged_session_get_n_sets:
 *
 * Returns: how many sets were logged
 */
guint
hyr_logged_session_get_n_sets (HyrLoggedSession *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SESSION (self), 0);
  return self->n_sets;
}

/**
 * hyr_logged_session_get_sets:
 *
 * Returns: (transfer none) (element-type HyrLoggedSet): the sets the
 *   session put in the diary, once finished
 */
GPtrArray *
hyr_logged_session_get_sets (HyrLoggedSession *self)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SESSION (self), NULL);
  g_return_val_if_fail (self->sets != NULL, NULL);
  return self->sets;
}

/**
 * hyr_logged_session_undo:
 *
 * Takes the session's sets out of the diary and puts back the AMRAP
 * results it replaced.
 *
 * Returns: %TRUE when the diary is as it was before the session
 */
gboolean
hyr_logged_session_undo (HyrLoggedSession  *self,
                         GError           **error)
{
  g_return_val_if_fail (HYR_IS_LOGGED_SESSION (self), FALSE);
  g_return_val_if_fail (self->sets != NULL, FALSE);

  for (guint i = 0; i < self->sets->len; i++)
    if (!hyr_lift_diary_remove_set (self->diary, g_ptr_array_index (self->sets, i), error))
      return FALSE;

  for (guint i = 0; i < self->amraps->len; i++)
    {
      AmrapBefore *before = &g_array_index (self->amraps, AmrapBefore, i);

      if (before->had_result &&
          !hyr_lift_log_record (self->lift_log, before->lift, self->when, before->weight,
                                before->reps, before->required, error))
        return FALSE;
    }

  g_ptr_array_set_size (self->sets, 0);
  g_array_set_size (self->amraps, 0);
  return TRUE;
}
