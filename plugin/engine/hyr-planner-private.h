/* hyr-planner-private.h — helpers shared by the planner's sources, not
 * installed
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#pragma once

#include "hyr.h"
#include "hyr-enum-private.h"

G_BEGIN_DECLS

/* Dates. The planner works in calendar days: an activity belongs to the
 * date on which it started in its own time zone, the way the user lived it. */
int         _hyr_julian_day            (GDateTime    *when);
GDateTime  *_hyr_midnight              (GDateTime    *when);
GDateTime  *_hyr_date_at               (GTimeZone    *zone,
                                        int           julian_day,
                                        int           hour,
                                        int           minute);
char       *_hyr_format_date           (GDateTime    *when);
GDateTime  *_hyr_parse_date            (const char   *text,
                                        GTimeZone    *zone);
const char *_hyr_weekday_name          (GDateWeekday  weekday);
const char *_hyr_goal_race_name        (HyrGoal       goal);

void        _hyr_append_sentence       (char        **text,
                                        const char   *sentence);

double      _hyr_json_get_double       (JsonObject   *object,
                                        const char   *member,
                                        double        min,
                                        double        max,
                                        double        fallback);
const char *_hyr_json_get_string       (JsonObject   *object,
                                        const char   *member);
gboolean    _hyr_json_get_boolean      (JsonObject   *object,
                                        const char   *member,
                                        gboolean      fallback);
void        _hyr_json_object_replace   (JsonObject   *target,
                                        JsonObject   *source);
gboolean    _hyr_state_commit          (HyrState     *state,
                                        const char   *section,
                                        JsonObject   *backup,
                                        GError      **error);

/* Training load */
typedef struct
{
  double   load;
  double   run_load;
  double   lift_load;
  double   ctl;
  double   atl;
  double   tsb;
  double   acute;
  double   chronic;
  double   ratio;
  double   monotony;
  double   strain;
  double   run_distance;
  gboolean estimated;
} HyrLoadValues;

HyrLoadDay    *_hyr_load_day_new       (GDateTime           *date,
                                        const HyrLoadValues *values);
HyrLoadSeries *_hyr_load_series_new    (GPtrArray           *days,
                                        double               ctl_time_constant,
                                        double               atl_time_constant,
                                        guint                n_sessions,
                                        guint                n_estimated);
double         _hyr_training_load_session (HyrActivity      *activity,
                                           HyrModality       modality,
                                           HyrRunClassifier *classifier,
                                           gboolean         *estimated);

double         _hyr_training_load_planned (HyrSessionKind kind,
                                           HyrRunKind     run_kind,
                                           double         duration);

/* Lift log */
void        _hyr_lift_log_results      (HyrLiftLog   *self,
                                        HyrLift       lift,
                                        GDateTime    *from,
                                        GDateTime    *to,
                                        guint        *made,
                                        guint        *missed);

/* Plans */
HyrExercise *_hyr_exercise_new         (const char         *name,
                                        HyrLift             lift,
                                        const char * const *muscles,
                                        const char * const *secondary_muscles,
                                        GPtrArray          *sets,
                                        const char         *description);
HyrSession  *_hyr_session_new_run      (GDateTime    *day,
                                        HyrRunKind    run_kind,
                                        double        distance,
                                        double        duration,
                                        const char   *title);
HyrSession  *_hyr_session_new_lift     (GDateTime    *day,
                                        HyrLiftFocus  focus,
                                        double        duration,
                                        gboolean      heavy_legs,
                                        const char   *title);
void         _hyr_session_add_exercise (HyrSession   *self,
                                        HyrExercise  *exercise);
void         _hyr_session_set_shoe     (HyrSession   *self,
                                        const char   *gear_id,
                                        const char   *shoe_name,
                                        const char   *shoe_reason);
void         _hyr_session_set_run      (HyrSession   *self,
                                        HyrRunKind    run_kind,
                                        double        distance,
                                        double        duration,
                                        const char   *title);
void         _hyr_session_set_steps    (HyrSession   *self,
                                        GPtrArray    *steps);
void         _hyr_session_set_key      (HyrSession   *self,
                                        const char   *key);
const char  *_hyr_session_get_key      (HyrSession   *self);
void         _hyr_session_set_status   (HyrSession       *self,
                                        HyrSessionStatus  status,
                                        const char       *activity_id);
void         _hyr_session_add_reason   (HyrSession   *self,
                                        const char   *sentence);
HyrWeekPlan *_hyr_week_plan_new        (GDateTime    *week_start,
                                        HyrPlanPhase  phase,
                                        gboolean      recovery_week,
                                        guint         wave_week);
void         _hyr_week_plan_add_session (HyrWeekPlan *self,
                                         HyrSession  *session);
void         _hyr_week_plan_add_warning (HyrWeekPlan *self,
                                         const char  *format,
                                         ...) G_GNUC_PRINTF (2, 3);
void         _hyr_week_plan_add_summary (HyrWeekPlan *self,
                                         const char  *format,
                                         ...) G_GNUC_PRINTF (2, 3);
void         _hyr_week_plan_set_totals  (HyrWeekPlan *self,
                                         double       run_distance,
                                         double       easy_fraction,
                                         GVariant    *sets_per_muscle);
JsonNode    *_hyr_week_plan_to_node     (HyrWeekPlan *self);
void         _hyr_week_plan_set_done_sets (HyrWeekPlan *self,
                                           GVariant    *sets_done,
                                           GPtrArray   *logged_sets);
void         _hyr_week_plan_set_done    (HyrWeekPlan *self,
                                         double       done_distance,
                                         guint        sessions_done,
                                         GPtrArray   *extra_activities);

G_END_DECLS
