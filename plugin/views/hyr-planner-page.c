/* hyr-planner-page.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-planner-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hyr-amrap-popover.h"
#include "hyr-load-view.h"
#include "hyr-log-session-dialog.h"
#include "hyr-muscle-bars.h"
#include "hyr-planner-format.h"
#include "hyr-planner-page-private.h"
#include "hyr-profile-editor.h"
#include "hyr-session-card.h"
#include "hyr-style-sheet.h"
#include "hyr-undo-notification.h"
#include "hyr-week-grid.h"
#include "hyr-week-start.h"

/**
 * HyrPlannerPage:
 *
 * The Planner tab. When the profile's goal is a race, a bar at the top
 * says whether the weeks left can prepare for it, and what to change when
 * they cannot. The "Week" view shows the plan of one week in seven
 * day columns, each session as a card: the run's kind, distance, duration
 * and suggested pair of shoes, or the strength session's focus and each
 * exercise's sets × reps @ weight; every card says why it is planned so.
 * A run's card reads like the workout: its steps and paces. In a week
 * that has begun, each card says what was done against it (done with
 * the recorded distance and time, partly done, missed), activities
 * recorded outside the plan show as small cards on their day, and the
 * header says how far the week got: the distance run of the distance
 * planned, the sessions done of the sessions planned, and in this week
 * what is left. A card's menu moves its session to another day of the
 * week still to come, or skips it; a notification over the week says
 * what changed and undoes it. A skipped session leaves the plan (the
 * engine plans the week without it), so it has no card: the
 * notification is where it can be brought back.
 * Above the days are the week's warnings; under them its summary and the
 * hard sets each muscle gets against the 10–20 target, and in a week
 * that has begun the sets done of them. A strength card's "Log Session"
 * logs its sets in the lift diary (the notification undoes it), and the
 * card then says what was logged and the estimated one-rep max of each
 * main lift's top set; the main lifts' AMRAP sets can also be logged on
 * their own from their cards. The profile is edited in a
 * popover; the shown week, or 4 or 16 weeks from it, export as JSON or
 * iCalendar.
 *
 * The "Training Load" view charts the last 16 weeks: weekly running
 * distance and strength load, fitness/fatigue/form, and acute against
 * chronic load with their ratio, whose bands are labelled as the
 * heuristics they are; and each main lift's estimated one-rep max.
 *
 * The page composes its parts and carries out what they ask: each
 * session is a #HyrSessionCard, whose AMRAP sets a #HyrAmrapPopover logs;
 * the hard sets per muscle are #HyrMuscleBars; the Training Load view is
 * a #HyrLoadView. The page plans, keeps the plans and rebuilds them on
 * change, and runs the actions that change the plan or the diary.
 *
 * Weeks start on the day the GSettings key week-start names; distances
 * and masses follow distance-unit and mass-unit. Plans are computed for
 * the shown week when it is first shown and kept until the history, the
 * state or the settings change; changes are gathered in one idle
 * callback. Both run on the main thread: the host's store (a Python host
 * reading SQLite, say) and the state are not for other threads, and a
 * week plans in milliseconds even on a long history.
 */

#define N_DAYS          7
#define CHART_WEEKS     16
/* plan_range() takes at most 104 weeks; farther weeks are planned one by
 * one, which the engine allows up to ten years ahead. */
#define MAX_RANGE_WEEKS 104

struct _HyrPlannerPage
{
  GtkBin                parent_instance;

  HyrPlanner           *planner;
  GSettings            *settings;
  HyrActivityStore     *store;
  HyrState             *state;
  HyrProfile           *profile;
  HyrLiftLog           *lift_log;
  HyrLiftDiary         *diary;
  GSimpleActionGroup   *actions;

  /* Plans by the julian day of their first day; cleared on any change. */
  GHashTable           *plans;
  HyrWeekPlan          *plan;
  gboolean              plan_failed;
  int                   offset;
  int                   shown_week;
  guint                 refresh_id;
  gboolean              charts_stale;
  /* Set while an AMRAP result is saved: a save that fails announces the
   * lift log twice and leaves it as it was, which is no reason to rebuild
   * the week (and the popover that shows the error). */
  gboolean              recording;

  GtkFileChooserNative *chooser;
  guint                 chooser_weeks;

  GtkWidget            *profile_editor;

  /* The activities recorded in the shown week, by id, for the figures of
   * the sessions they did; NULL for a week still to come. */
  GHashTable           *week_activities;
  /* The session the notification can bring back, of the plan it was
   * moved or skipped from. */
  HyrSession           *changed_session;
  /* Or the sets the notification can take out of the diary again. */
  HyrLoggedSession     *logged_session;

  GtkLabel             *week_title;
  GtkLabel             *week_subtitle;
  GtkWidget            *recovery_badge;
  GtkWidget            *progress_box;
  GtkLabel             *week_progress;
  GtkLabel             *week_left;
  HyrUndoNotification  *undo_notification;
  GtkLabel             *accepted_badge;
  GtkButton            *accept_button;
  GtkWidget            *previous_button;
  GtkWidget            *today_button;
  GtkWidget            *next_button;
  GtkMenuButton        *profile_button;
  GtkPopover           *profile_popover;
  GtkMenuButton        *export_button;
  GtkPopover           *export_popover;
  GtkRevealer          *error_revealer;
  GtkRevealer          *saved_revealer;
  GtkLabel             *saved_label;
  /* The file the last export wrote, for the "Open" button. */
  GFile                *saved_file;
  GtkLabel             *error_label;
  GtkWidget            *error_profile_button;
  GtkInfoBar           *race_bar;
  GtkImage             *race_icon;
  GtkLabel             *race_label;
  GtkWidget            *week_details;
  GtkStack             *stack;
  GtkWidget            *warnings_bar;
  GtkBox               *warnings_box;
  GtkWidget            *notes_bar;
  GtkBox               *notes_box;
  GtkWidget            *setup_bar;
  GtkLabel             *setup_label;
  HyrWeekGrid          *days_box;
  GtkLabel             *summary_label;
  GtkLabel             *facts_label;
  HyrMuscleBars        *muscles_grid;
  HyrLoadView          *load_view;
};

G_DEFINE_FINAL_TYPE (HyrPlannerPage, hyr_planner_page, GTK_TYPE_BIN)

enum {
  PROP_0,
  PROP_PLANNER,
  PROP_SETTINGS,
  N_PROPS
};

enum {
  PREVIOUS_WEEK,
  NEXT_WEEK,
  THIS_WEEK,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void queue_refresh (HyrPlannerPage *self);

/* Styling */

#define PAGE_CSS   "/io/github/HypertrophyRunning/ui/hyr-planner-page.css"
#define STATUS_CSS "/io/github/HypertrophyRunning/ui/hyr-session-status.css"

static void
remove_children (GtkContainer *container)
{
  g_autoptr(GList) children = gtk_container_get_children (container);

  for (const GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
}

/* Dates: the page works in calendar days (julian day numbers), in local
 * time, as the planner does. */

static GDateTime *
today (HyrPlannerPage *self)
{
  GDateTime *planner_today = hyr_planner_get_today (self->planner);

  if (planner_today != NULL)
    return g_date_time_to_local (planner_today);

  return g_date_time_new_now_local ();
}

static int
today_julian (HyrPlannerPage *self)
{
  g_autoptr(GDateTime) now = today (self);

  return hyr_julian_of (now);
}

static GDateWeekday
week_start_weekday (HyrPlannerPage *self)
{
  return hyr_week_start_get (self->settings);
}

static int
week_of (HyrPlannerPage *self,
         int             julian)
{
  return julian - (int)((hyr_julian_get_weekday (julian) - week_start_weekday (self) + 7) % 7);
}

static int
current_week (HyrPlannerPage *self)
{
  return week_of (self, today_julian (self));
}

/* Units */

static gboolean
miles (HyrPlannerPage *self)
{
  g_autofree char *unit = g_settings_get_string (self->settings, "distance-unit");

  return g_str_equal (unit, "mi");
}

static gboolean
pounds (HyrPlannerPage *self)
{
  g_autofree char *unit = g_settings_get_string (self->settings, "mass-unit");

  return g_str_equal (unit, "lb");
}

static const char *
phase_name (HyrPlanPhase phase)
{
  switch (phase)
    {
    case HYR_PLAN_PHASE_HYPERTROPHY:
      return _("Hypertrophy block");
    case HYR_PLAN_PHASE_BASE:
      return _("Marathon base");
    case HYR_PLAN_PHASE_BUILD:
      return _("Marathon build");
    case HYR_PLAN_PHASE_PEAK:
      return _("Marathon peak");
    case HYR_PLAN_PHASE_TAPER:
      return _("Taper");
    case HYR_PLAN_PHASE_POST_RACE:
      return _("After the race");
    default:
      g_return_val_if_reached ("");
    }
}

/* Errors */

static void
show_error (HyrPlannerPage *self,
            const char     *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  gtk_widget_hide (self->error_profile_button);
}

/* A plan fails for what the profile says (a marathon without its date),
 * so the error offers to edit it. */
static void
show_plan_error (HyrPlannerPage *self,
                 const GError   *error)
{
  g_autofree char *message = g_strdup_printf (_("This week could not be planned: %s"),
                                              error->message);

  show_error (self, message);
  gtk_widget_set_visible (self->error_profile_button,
                          g_error_matches (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_NO_RACE_DATE));
}

/* What the Profile button opens, for the buttons of the error and race
 * bars that send the user there. */
static void
on_edit_profile_clicked (HyrPlannerPage *self,
                         GtkButton      *button)
{
  gtk_popover_popup (self->profile_popover);
}

static void
on_error_response (HyrPlannerPage *self,
                   int             response,
                   GtkInfoBar     *info_bar)
{
  show_error (self, NULL);
}

/* Race readiness */

/* Whether the weeks left before the race in the profile can prepare the
 * runner for it, said above the plan: information when on track, a
 * warning when at risk, an error when not realistic. The engine's reason
 * says what to do (a later race, run-walk, a shorter race); the bar's
 * button opens the profile to do it. Nothing shows without a race. */
static void
show_readiness (HyrPlannerPage *self)
{
  g_autofree char *reason = NULL;
  HyrRaceReadiness readiness = hyr_planner_assess_race (self->planner, &reason);
  GtkMessageType type;
  const char *icon;

  /* The icon says it too, for themes that tell the bars apart by little
   * more than a shade, and for those who do not see the shade. */
  switch (readiness)
    {
    case HYR_RACE_READINESS_ON_TRACK:
      type = GTK_MESSAGE_INFO;
      icon = "dialog-information-symbolic";
      break;
    case HYR_RACE_READINESS_AT_RISK:
      type = GTK_MESSAGE_WARNING;
      icon = "dialog-warning-symbolic";
      break;
    case HYR_RACE_READINESS_UNREALISTIC:
      type = GTK_MESSAGE_ERROR;
      icon = "dialog-error-symbolic";
      break;
    case HYR_RACE_READINESS_NO_RACE:
    default:
      gtk_widget_hide (GTK_WIDGET (self->race_bar));
      return;
    }

  gtk_info_bar_set_message_type (self->race_bar, type);
  gtk_image_set_from_icon_name (self->race_icon, icon, GTK_ICON_SIZE_BUTTON);
  gtk_label_set_label (self->race_label, reason != NULL ? reason : "");
  gtk_widget_show (GTK_WIDGET (self->race_bar));
}

/* Plans */

static void
invalidate (HyrPlannerPage *self)
{
  g_hash_table_remove_all (self->plans);
  self->charts_stale = TRUE;
  queue_refresh (self);
}

static HyrWeekPlan *
ensure_plan (HyrPlannerPage  *self,
             int              week,
             GError         **error)
{
  g_autoptr(GDateTime) start = NULL;
  HyrWeekPlan *plan;
  int current;

  plan = g_hash_table_lookup (self->plans, GINT_TO_POINTER (week));
  if (plan != NULL)
    return plan;

  current = current_week (self);

  /* A later week is planned on top of the weeks before it, back to this
   * one; planning the stretch at once keeps them all for navigation. */
  if (week > current && (week - current) / 7 < MAX_RANGE_WEEKS)
    {
      g_autoptr(GPtrArray) plans = NULL;

      start = hyr_julian_to_date (current);
      plans = hyr_planner_plan_range (self->planner, start, (guint)((week - current) / 7 + 1), error);
      if (plans == NULL)
        return NULL;

      for (guint i = 0; i < plans->len; i++)
        g_hash_table_insert (self->plans, GINT_TO_POINTER (current + 7 * (int)i),
                             g_object_ref (g_ptr_array_index (plans, i)));
    }
  else
    {
      start = hyr_julian_to_date (week);
      plan = hyr_planner_plan_week (self->planner, start, error);
      if (plan == NULL)
        return NULL;

      g_hash_table_insert (self->plans, GINT_TO_POINTER (week), plan);
    }

  return g_hash_table_lookup (self->plans, GINT_TO_POINTER (week));
}

/* AMRAP results */

static void
on_save_amrap (HyrPlannerPage  *self,
               HyrAmrapPopover *popover,
               HyrSessionCard  *card)
{
  guint n_saved;

  self->recording = TRUE;
  n_saved = hyr_amrap_popover_save (popover);
  self->recording = FALSE;

  /* What was saved changes the training maxes ahead: the week is rebuilt,
   * with this popover, once idle. */
  if (n_saved > 0)
    invalidate (self);
}

/* Session cards */

static void
on_session_logged (HyrPlannerPage      *self,
                   HyrLoggedSession    *logged,
                   HyrLogSessionDialog *dialog)
{
  guint n = hyr_logged_session_get_n_sets (logged);
  /* Translators: the notification after logging a session */
  g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Logged %u set", "Logged %u sets", n), n);

  /* The diary announces itself through the state: the week is planned
   * again with the sets done. */
  g_clear_object (&self->changed_session);
  g_set_object (&self->logged_session, logged);
  hyr_undo_notification_show (self->undo_notification, message);
}

static void
on_log_session (HyrPlannerPage *self,
                HyrSessionCard *card)
{
  HyrSession *session = hyr_session_card_get_session (card);
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));
  GtkWidget *dialog = hyr_log_session_dialog_new (self->diary, session, pounds (self) ? "lb" : "kg");

  if (GTK_IS_WINDOW (toplevel))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (toplevel));
  g_signal_connect_object (dialog, "logged", G_CALLBACK (on_session_logged), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
session_card_new (HyrPlannerPage *self,
                  HyrSession     *session)
{
  const char *id = hyr_session_get_activity_id (session);
  g_autoptr(GDateTime) now = today (self);
  HyrActivity *activity = NULL;
  GtkWidget *card;

  /* The activity that did the session, for its figures on the card. */
  if (id != NULL && self->week_activities != NULL)
    activity = g_hash_table_lookup (self->week_activities, id);

  card = hyr_session_card_new (self->plan, session, activity, self->lift_log, now,
                               miles (self) ? "mi" : "km", pounds (self) ? "lb" : "kg");
  g_signal_connect_object (card, "log-session", G_CALLBACK (on_log_session), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (card, "save-amrap", G_CALLBACK (on_save_amrap), self, G_CONNECT_SWAPPED);
  return card;
}

/* An activity recorded outside the plan, small on its day. */
static GtkWidget *
extra_card_new (HyrPlannerPage *self,
                HyrActivity    *activity)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const char *title_text = hyr_activity_get_title (activity);
  g_autofree char *recorded = hyr_format_recorded (activity, miles (self));
  GtkWidget *title, *detail, *note;

  if (title_text == NULL || *title_text == '\0')
    title_text = hyr_activity_get_sport (activity);
  if (title_text == NULL)
    title_text = _("Activity");

  gtk_widget_set_name (card, "extra-activity");
  hyr_style_sheet_add_class (card, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "hyr-card");
  hyr_style_sheet_add_class (card, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "extra");
  gtk_widget_set_tooltip_text (card, _("Recorded, but not one of the planned sessions: it counts in the week’s distance and load"));

  title = hyr_week_label_new (title_text, FALSE, TRUE);
  gtk_widget_set_name (title, "extra-title");
  detail = hyr_week_label_new (recorded, TRUE, TRUE);
  gtk_widget_set_name (detail, "extra-detail");
  note = hyr_week_label_new (_("Not in the plan"), TRUE, TRUE);
  hyr_style_sheet_add_class (note, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "hyr-workout");

  gtk_container_add (GTK_CONTAINER (card), title);
  gtk_container_add (GTK_CONTAINER (card), detail);
  gtk_container_add (GTK_CONTAINER (card), note);
  gtk_widget_show_all (card);
  return card;
}

static GtkWidget *
day_column_new (HyrPlannerPage *self,
                int             julian,
                GPtrArray      *sessions)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *name = hyr_julian_format (julian, "%A");
  /* Translators: a day's date under its weekday, strftime() format */
  g_autofree char *date = hyr_julian_format (julian, C_("day column", "%e %B"));
  g_autofree char *widget_name = g_strdup_printf ("day-%d", (julian - self->shown_week));
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = hyr_week_label_new (name, FALSE, FALSE);
  GtkWidget *date_label = hyr_week_label_new (date, TRUE, FALSE);
  GPtrArray *extras = self->plan != NULL ? hyr_week_plan_get_extra_activities (self->plan) : NULL;
  guint n_extras = extras != NULL ? extras->len : 0;
  guint s = 0, e = 0;
  gboolean rest = TRUE;

  gtk_widget_set_name (column, widget_name);
  gtk_widget_set_name (title, "day-title");
  hyr_label_set_bold (title);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (date_label), PANGO_ELLIPSIZE_END);
  if (julian == today_julian (self))
    {
      g_autofree char *today_text = g_strdup_printf (_("Today, %s"), date);

      hyr_style_sheet_add_class (title, PAGE_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION, "hyr-today");
      gtk_label_set_label (GTK_LABEL (date_label), today_text);
    }
  gtk_container_add (GTK_CONTAINER (header), title);
  gtk_container_add (GTK_CONTAINER (header), date_label);
  gtk_container_add (GTK_CONTAINER (column), header);

  /* The day's sessions and the activities recorded outside the plan, in
   * the order of the day: both lists are in order of time. */
  while ((sessions != NULL && s < sessions->len) || e < n_extras)
    {
      HyrSession *session = NULL;
      HyrActivity *activity = NULL;
      g_autoptr(GDateTime) start = NULL;

      if (sessions != NULL && s < sessions->len)
        session = g_ptr_array_index (sessions, s);
      if (e < n_extras)
        activity = g_ptr_array_index (extras, e);

      if (session != NULL &&
          (activity == NULL || g_date_time_compare (hyr_session_get_day (session),
                                                    hyr_activity_get_start (activity)) <= 0))
        {
          if (hyr_julian_of (hyr_session_get_day (session)) == julian)
            {
              gtk_container_add (GTK_CONTAINER (column), session_card_new (self, session));
              rest = FALSE;
            }
          s++;
          continue;
        }

      start = g_date_time_to_local (hyr_activity_get_start (activity));
      if (hyr_julian_of (start) == julian)
        {
          gtk_container_add (GTK_CONTAINER (column), extra_card_new (self, activity));
          rest = FALSE;
        }
      e++;
    }

  if (rest)
    {
      GtkWidget *label = hyr_week_label_new (sessions != NULL ? _("Rest") : "—", TRUE, FALSE);

      gtk_widget_set_name (label, "rest");
      gtk_container_add (GTK_CONTAINER (column), label);
    }

  gtk_widget_show_all (column);
  return column;
}

/* The week */

static void
show_title (HyrPlannerPage *self)
{
  int current = current_week (self);
  g_autofree char *first = hyr_julian_format (self->shown_week, C_("week title", "%e %b"));
  g_autofree char *last = hyr_julian_format (self->shown_week + N_DAYS - 1, C_("week title", "%e %b %Y"));
  g_autofree char *title = g_strdup_printf (_("%s – %s"), first, last);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  int weeks = (self->shown_week - current) / 7;

  gtk_label_set_label (self->week_title, title);

  if (weeks == 0)
    when = g_strdup (_("This week"));
  else if (weeks == 1)
    when = g_strdup (_("Next week"));
  else if (weeks == -1)
    when = g_strdup (_("Last week"));
  else if (weeks > 0)
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d week", "In %d weeks", weeks), weeks);
  else
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week ago", "%d weeks ago", -weeks), -weeks);

  if (self->plan != NULL)
    {
      guint wave = hyr_week_plan_get_wave_week (self->plan);

      if (wave == 4)
        /* Translators: when the week is, the phase, then the 5/3/1 deload */
        subtitle = g_strdup_printf (_("%s · %s · 5/3/1 deload week"), when,
                                    phase_name (hyr_week_plan_get_phase (self->plan)));
      else
        /* Translators: when the week is, the phase, then the week of the
         * four-week 5/3/1 wave */
        subtitle = g_strdup_printf (_("%s · %s · 5/3/1 week %u of 4"), when,
                                    phase_name (hyr_week_plan_get_phase (self->plan)), wave);
    }

  gtk_label_set_label (self->week_subtitle, subtitle != NULL ? subtitle : when);
  gtk_widget_set_visible (self->recovery_badge,
                          self->plan != NULL && hyr_week_plan_get_recovery_week (self->plan));
  gtk_widget_set_sensitive (self->today_button, weeks != 0);
}

/* Fills @bar with a line per sentence, each with @icon; the bar shows
 * only when there is one. */
static void
show_banner (GtkWidget          *bar,
             GtkBox             *box,
             const char * const *lines,
             const char         *icon_name,
             const char         *row_name)
{
  remove_children (GTK_CONTAINER (box));

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name, GTK_ICON_SIZE_BUTTON);
      GtkWidget *label = hyr_week_label_new (lines[i], FALSE, TRUE);

      gtk_widget_set_name (row, row_name);
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 100);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_container_add (GTK_CONTAINER (row), icon);
      gtk_container_add (GTK_CONTAINER (row), label);
      gtk_widget_show_all (row);
      gtk_container_add (GTK_CONTAINER (box), row);
    }

  gtk_widget_set_visible (bar, lines != NULL && lines[0] != NULL);
}

/* First run */

static char *
weekday_name (GDateWeekday weekday)
{
  /* 1 January 2024 was a Monday. */
  g_autoptr(GDateTime) day = g_date_time_new_local (2024, 1, weekday, 12, 0, 0);

  return g_date_time_format (day, "%A");
}

/* Until the profile is first saved, what the plan needs, said in one place
 * with what the host already tells: the run days of the last weeks, the
 * body mass of its weight records, training maxes from logged sets. */
static void
show_setup (HyrPlannerPage *self)
{
  g_autoptr(GDateTime) now = today (self);
  g_autoptr(GString) text = NULL;
  g_autoptr(GPtrArray) guessed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  HyrBodyMassSource source;
  GDateWeekday long_run_day;
  guint run_days;
  double mass;

  gtk_widget_set_visible (self->setup_bar, !hyr_profile_get_saved (self->profile));
  if (hyr_profile_get_saved (self->profile))
    return;

  text = g_string_new (NULL);

  if (hyr_profile_guess_run_days (self->profile, self->store, now, &run_days, &long_run_day))
    {
      g_autofree char *day = weekday_name (long_run_day);

      /* Translators: a line of the first-run box; %u runs a week, %s a weekday */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "• Run days: %u a week, the long run on %s, as in your last 6 weeks",
                                                 "• Run days: %u a week, the long run on %s, as in your last 6 weeks",
                                                 run_days),
                              run_days, day);
    }
  else
    g_string_append (text, _("• Run days: your tracker has no runs of the last 6 weeks, so the plan starts from 3 a week"));

  mass = hyr_profile_resolve_body_mass (self->profile, self->store, now, &source);
  g_string_append_c (text, '\n');
  if (source == HYR_BODY_MASS_SOURCE_NONE)
    g_string_append (text, _("• Body mass, for the Protein page: your tracker has no weight record"));
  else
    {
      g_autofree char *weight = hyr_format_weight (mass, pounds (self));

      if (source == HYR_BODY_MASS_SOURCE_HOST)
        /* Translators: a line of the first-run box; %s is a body mass */
        g_string_append_printf (text, _("• Body mass: %s, from your tracker"), weight);
      else
        /* Translators: a line of the first-run box; %s is a body mass */
        g_string_append_printf (text, _("• Body mass: %s"), weight);
    }

  for (HyrLift lift = HYR_LIFT_SQUAT; lift <= HYR_LIFT_OVERHEAD_PRESS; lift++)
    {
      double kg = hyr_profile_get_training_max (self->profile, lift);
      gboolean from_log = FALSE;

      if (kg <= 0)
        {
          kg = hyr_profile_guess_training_max (self->profile, lift, now);
          from_log = kg > 0;
        }
      if (from_log)
        {
          g_autofree char *weight = hyr_format_weight (kg, pounds (self));

          /* Translators: a lift and its training max, as in "squat 105 kg" */
          g_ptr_array_add (guessed, g_strdup_printf (C_("lift and weight", "%s %s"), hyr_lift_get_name (lift), weight));
        }
      else if (kg <= 0)
        g_ptr_array_add (missing, (gpointer)hyr_lift_get_name (lift));
    }

  if (guessed->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (guessed, NULL);
      list = g_strjoinv (", ", (char **)guessed->pdata);
      g_string_append_c (text, '\n');
      /* Translators: a line of the first-run box; %s lists lifts and weights */
      g_string_append_printf (text, _("• Training maxes from the sets you logged: %s"), list);
    }
  if (missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **)missing->pdata);
      g_string_append_c (text, '\n');
      /* Translators: a line of the first-run box; %s lists lifts */
      g_string_append_printf (text, _("• A training max for %s: a tested or estimated one-rep max gives the lifting sessions their weights"),
                              list);
    }

  gtk_label_set_label (self->setup_label, text->str);
}

static void
on_setup_clicked (HyrPlannerPage *self,
                  GtkButton      *button)
{
  g_autoptr(GDateTime) now = today (self);

  hyr_profile_editor_fill_in_guesses (HYR_PROFILE_EDITOR (self->profile_editor), now);
  gtk_popover_popup (self->profile_popover);
}

/* Warnings in the warning bar; what the plan does on purpose (fewer sets
 * in a deload or a marathon phase) in an information bar, without the
 * warning sign. */
static void
show_warnings (HyrPlannerPage *self)
{
  show_banner (self->warnings_bar, self->warnings_box,
               self->plan != NULL ? hyr_week_plan_get_warnings (self->plan) : NULL,
               "dialog-warning-symbolic", "warning");
  show_banner (self->notes_bar, self->notes_box,
               self->plan != NULL ? hyr_week_plan_get_notes (self->plan) : NULL,
               "dialog-information-symbolic", "note");
  show_setup (self);
}

static void
show_summary (HyrPlannerPage *self)
{
  g_autofree char *distance = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *lifts = NULL;
  g_autofree char *facts = NULL;
  guint n_runs = 0, n_lifts = 0;
  GPtrArray *sessions;

  if (self->plan == NULL)
    {
      gtk_label_set_label (self->summary_label, "");
      gtk_label_set_label (self->facts_label, "");
      return;
    }

  sessions = hyr_week_plan_get_sessions (self->plan);
  for (guint i = 0; i < sessions->len; i++)
    {
      if (hyr_session_get_kind (g_ptr_array_index (sessions, i)) == HYR_SESSION_KIND_RUN)
        n_runs++;
      else
        n_lifts++;
    }

  distance = hyr_format_distance (hyr_week_plan_get_run_distance (self->plan), miles (self));
  /* Translators: the number of runs and their distance */
  runs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run, %s", "%u runs, %s", n_runs),
                          n_runs, distance);
  lifts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u strength session", "%u strength sessions",
                                        n_lifts),
                           n_lifts);
  /* Translators: the week in numbers: runs and their distance, the share of
   * easy running time, then strength sessions */
  facts = g_strdup_printf (_("%s, %.0f %% of the running time easy · %s"),
                           runs, 100 * hyr_week_plan_get_easy_fraction (self->plan), lifts);

  gtk_label_set_label (self->summary_label, hyr_week_plan_get_summary (self->plan));
  gtk_label_set_label (self->facts_label, facts);
}

static void
show_muscles (HyrPlannerPage *self)
{
  /* The sets done count from the week's first day; a week to come has
   * none to show. */
  hyr_muscle_bars_set_plan (self->muscles_grid, self->plan, self->shown_week <= today_julian (self));
}

/* Accepting the week */

static gboolean
same_session (HyrSession *a,
              HyrSession *b)
{
  HyrSessionKind kind = hyr_session_get_kind (a);

  if (kind != hyr_session_get_kind (b) ||
      !g_date_time_equal (hyr_session_get_day (a), hyr_session_get_day (b)))
    return FALSE;

  if (kind == HYR_SESSION_KIND_RUN)
    return hyr_session_get_run_kind (a) == hyr_session_get_run_kind (b) &&
           fabs (hyr_session_get_distance (a) - hyr_session_get_distance (b)) < 1;

  return hyr_session_get_lift_focus (a) == hyr_session_get_lift_focus (b) &&
         hyr_session_get_heavy_legs (a) == hyr_session_get_heavy_legs (b);
}

/* Whether the week accepted still is the plan shown: what an accepted week
 * keeps of each session is the same. */
static gboolean
accepted_is_shown (HyrWeekPlan *accepted,
                   HyrWeekPlan *plan)
{
  GPtrArray *kept = hyr_week_plan_get_sessions (accepted);
  GPtrArray *shown = hyr_week_plan_get_sessions (plan);

  if (kept->len != shown->len)
    return FALSE;

  for (guint i = 0; i < kept->len; i++)
    {
      if (!same_session (g_ptr_array_index (kept, i), g_ptr_array_index (shown, i)))
        return FALSE;
    }

  return TRUE;
}

/* The accept button's three labels: it is as wide as the widest, so that
 * the header does not jump when one replaces another. */
static const char *accept_labels[] = {
  N_("_Accept Week"),
  N_("Accepted"),
  N_("_Re-accept Week"),
};

static void
fit_accept_button (HyrPlannerPage *self)
{
  int widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (accept_labels); i++)
    {
      GtkWidget *button = g_object_ref_sink (gtk_button_new_with_mnemonic (_(accept_labels[i])));
      int natural = 0;

      gtk_widget_get_preferred_width (button, NULL, &natural);
      widest = MAX (widest, natural);
      gtk_widget_destroy (button);
      g_object_unref (button);
    }

  gtk_widget_set_size_request (GTK_WIDGET (self->accept_button), widest, -1);
}

/* The button accepts a week not accepted yet, or the changed plan of one
 * accepted before; a week accepted as shown only says so. A week that is
 * over was what it was: there is nothing left to compare it with. */
static void
show_accepted (HyrPlannerPage *self)
{
  g_autoptr(HyrWeekPlan) accepted = NULL;
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "accept-week");
  gboolean over = self->shown_week < current_week (self);
  gboolean unchanged = FALSE;
  const char *label, *tooltip;

  if (self->plan != NULL)
    {
      g_autoptr(GDateTime) start = hyr_julian_to_date (self->shown_week);

      accepted = hyr_planner_get_accepted_week (self->planner, start);
      unchanged = accepted != NULL && accepted_is_shown (accepted, self->plan);
    }

  if (accepted == NULL)
    {
      label = _(accept_labels[0]);
      tooltip = over ? _("This week is over: only this week and the weeks to come can be accepted")
                     : _("Keep this week’s plan so next week can compare what you ran with it");
    }
  else if (unchanged)
    {
      label = _(accept_labels[1]);
      tooltip = _("You accepted this week’s plan: next week compares what you ran with it");
    }
  else
    {
      label = _(accept_labels[2]);
      tooltip = over ? _("This week is over: only this week and the weeks to come can be accepted")
                     : _("The plan changed since you accepted it: keep the new one so next week compares what you ran with it");
    }

  gtk_button_set_label (self->accept_button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->accept_button), tooltip);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->plan != NULL && !over && !unchanged);

  gtk_label_set_label (self->accepted_badge, unchanged ? _("Accepted") : _("Accepted · Changed Since"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->accepted_badge),
                               unchanged ? _("Next week compares what you ran with this plan")
                                         : _("Next week compares what you ran with the plan as you accepted it, not with the one shown"));
  gtk_widget_set_visible (GTK_WIDGET (self->accepted_badge), accepted != NULL);
}

static void
on_accept_week (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  HyrPlannerPage *self = user_data;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->plan != NULL);

  /* Saved, the "plans" section announces itself and the weeks are planned
   * again: the week after this one compares its history with it. */
  if (!hyr_planner_accept_week (self->planner, self->plan, &error))
    {
      g_autofree char *message = g_strdup_printf (_("This week’s plan was not accepted: %s"),
                                                  error->message);

      show_error (self, message);
    }

  show_accepted (self);
}

/* The shown week's recorded activities, for the figures on the cards of
 * the sessions they did: one query of the week, for a week that has
 * begun. */
static void
load_week_activities (HyrPlannerPage *self)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GPtrArray) activities = NULL;

  g_clear_pointer (&self->week_activities, g_hash_table_unref);
  if (self->plan == NULL || self->shown_week > today_julian (self))
    return;

  from = hyr_julian_to_date (self->shown_week);
  to = hyr_julian_to_date (self->shown_week + N_DAYS);
  activities = hyr_activity_store_query (self->store, from, to);
  self->week_activities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; activities != NULL && i < activities->len; i++)
    {
      HyrActivity *activity = g_ptr_array_index (activities, i);

      /* A host may report an activity without an id; no session names it. */
      if (hyr_activity_get_id (activity) == NULL)
        continue;
      g_hash_table_insert (self->week_activities, g_strdup (hyr_activity_get_id (activity)),
                           g_object_ref (activity));
    }
}

/* "18.4 of 42.0 km · 3 of 7 sessions" for a week that has begun; in this
 * week also what is left: the sessions still to come and their
 * running. */
static void
show_progress (HyrPlannerPage *self)
{
  g_autofree char *distance = NULL;
  g_autofree char *sessions_text = NULL;
  g_autofree char *progress = NULL;
  GPtrArray *sessions;
  double planned, done, left_distance = 0;
  guint n_left = 0;

  if (self->plan == NULL || self->shown_week > today_julian (self))
    {
      gtk_widget_hide (self->progress_box);
      return;
    }

  sessions = hyr_week_plan_get_sessions (self->plan);
  planned = hyr_week_plan_get_run_distance (self->plan);
  done = hyr_week_plan_get_done_distance (self->plan);
  if (miles (self))
    /* Translators: running recorded of running planned, in miles */
    distance = g_strdup_printf (_("%.1f of %.1f mi"), hyr_units_distance_from_metres (done, "mi"),
                                hyr_units_distance_from_metres (planned, "mi"));
  else
    /* Translators: running recorded of running planned, in kilometres */
    distance = g_strdup_printf (_("%.1f of %.1f km"), hyr_units_distance_from_metres (done, "km"),
                                hyr_units_distance_from_metres (planned, "km"));
  /* Translators: planned sessions done of planned sessions, as in "3 of 7 sessions" */
  sessions_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u session", "%u of %u sessions",
                                                sessions->len),
                                   hyr_week_plan_get_sessions_done (self->plan), sessions->len);
  /* Translators: the week so far, distance then sessions, as in
   * "18.4 of 42.0 km · 3 of 7 sessions" */
  progress = g_strdup_printf (_("%s · %s"), distance, sessions_text);
  gtk_label_set_label (self->week_progress, progress);
  hyr_style_sheet_add_class (GTK_WIDGET (self->week_progress), STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "hyr-progress");

  for (guint i = 0; i < sessions->len; i++)
    {
      HyrSession *session = g_ptr_array_index (sessions, i);

      if (hyr_session_get_status (session) != HYR_SESSION_STATUS_PLANNED)
        continue;
      n_left++;
      if (hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN)
        left_distance += hyr_session_get_distance (session);
    }

  if (self->shown_week != current_week (self))
    gtk_widget_hide (GTK_WIDGET (self->week_left));
  else
    {
      g_autofree char *left = NULL;

      if (n_left == 0)
        left = g_strdup (_("Nothing left to do this week"));
      else
        {
          g_autofree char *left_km = hyr_format_distance (left_distance, miles (self));

          /* Translators: what is left of this week, as in "Left: 4 sessions, 23.6 km of running" */
          left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Left: %u session, %s of running",
                                               "Left: %u sessions, %s of running", n_left),
                                  n_left, left_km);
        }
      gtk_label_set_label (self->week_left, left);
      gtk_widget_show (GTK_WIDGET (self->week_left));
    }

  gtk_widget_show (self->progress_box);
}

/* Moving and skipping sessions */

static HyrSession *
session_at (HyrPlannerPage *self,
            guint           index)
{
  GPtrArray *sessions = self->plan != NULL ? hyr_week_plan_get_sessions (self->plan) : NULL;

  g_return_val_if_fail (sessions != NULL && index < sessions->len, NULL);
  return g_ptr_array_index (sessions, index);
}

/* Kept, the change announces itself through the state and the weeks are
 * planned again; the notification says what changed until it is undone,
 * closed or replaced. */
static void
session_changed (HyrPlannerPage *self,
                 HyrSession     *session,
                 gboolean        changed,
                 const GError   *error,
                 const char     *message)
{
  if (!changed)
    {
      g_autofree char *text = g_strdup_printf (_("The session was not changed: %s"), error->message);

      show_error (self, text);
      return;
    }

  g_clear_object (&self->logged_session);
  g_set_object (&self->changed_session, session);
  hyr_undo_notification_show (self->undo_notification, message);
}

static void
on_move_session (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  HyrPlannerPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *weekday = NULL;
  g_autofree char *message = NULL;
  HyrSession *session;
  guint index, offset;
  gboolean moved;

  g_variant_get (parameter, "(uu)", &index, &offset);
  session = session_at (self, index);
  g_return_if_fail (session != NULL && offset < N_DAYS);

  g_object_ref (session);
  day = hyr_julian_to_date (self->shown_week + (int)offset);
  weekday = hyr_julian_format (self->shown_week + (int)offset, "%A");
  /* Translators: the notification after a move, as in "Moved “Intervals” to Thursday" */
  message = g_strdup_printf (_("Moved “%s” to %s"), hyr_format_session_name (session), weekday);
  moved = hyr_planner_move_session (self->planner, session, day, &error);
  session_changed (self, session, moved, error, message);
  g_object_unref (session);
}

static void
on_skip_session (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  HyrPlannerPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  HyrSession *session = session_at (self, g_variant_get_uint32 (parameter));
  gboolean skipped;

  g_return_if_fail (session != NULL);

  g_object_ref (session);
  /* Translators: the notification after skipping a session, as in "Skipped “Intervals”" */
  message = g_strdup_printf (_("Skipped “%s”"), hyr_format_session_name (session));
  skipped = hyr_planner_skip_session (self->planner, session, &error);
  session_changed (self, session, skipped, error, message);
  g_object_unref (session);
}

static void
on_undo (HyrPlannerPage      *self,
         HyrUndoNotification *notification)
{
  g_autoptr(HyrSession) session = g_steal_pointer (&self->changed_session);
  g_autoptr(HyrLoggedSession) logged = g_steal_pointer (&self->logged_session);
  g_autoptr(GError) error = NULL;

  if (logged != NULL)
    {
      if (!hyr_logged_session_undo (logged, &error))
        {
          g_autofree char *message = g_strdup_printf (_("The sets were not taken out of the diary: %s"),
                                                      error->message);

          show_error (self, message);
        }
      return;
    }

  g_return_if_fail (session != NULL);

  if (!hyr_planner_restore_session (self->planner, session, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The change was not undone: %s"), error->message);

      show_error (self, message);
    }
}

static void
show_week (HyrPlannerPage *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions = NULL;

  self->shown_week = current_week (self) + 7 * self->offset;
  g_set_object (&self->plan, ensure_plan (self, self->shown_week, &error));

  if (self->plan == NULL)
    {
      show_plan_error (self, error);
      self->plan_failed = TRUE;
    }
  else
    {
      sessions = hyr_week_plan_get_sessions (self->plan);
      /* The planning error from before (a missing race date, say) is
       * solved now; an export's error stays until closed. */
      if (self->plan_failed)
        show_error (self, NULL);
      self->plan_failed = FALSE;
    }

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                            "export-json")),
                               self->plan != NULL);

  load_week_activities (self);
  remove_children (GTK_CONTAINER (self->days_box));
  for (int d = 0; d < N_DAYS; d++)
    gtk_container_add (GTK_CONTAINER (self->days_box),
                       day_column_new (self, self->shown_week + d, sessions));

  show_title (self);
  show_progress (self);
  show_accepted (self);
  show_warnings (self);
  show_summary (self);
  show_muscles (self);
  gtk_widget_set_visible (self->week_details, self->plan != NULL);
}

/* Training load */

static void
show_charts (HyrPlannerPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(HyrLoadSeries) series = NULL;
  int first = current_week (self) - 7 * (CHART_WEEKS - 1);

  self->charts_stale = FALSE;

  /* The last 16 weeks up to and with today: the current week is drawn as
   * far as it went. */
  from = hyr_julian_to_date (first);
  to = hyr_julian_to_date (today_julian (self) + 1);
  series = hyr_training_load_compute_full (self->store, self->state, from, to,
                                           HYR_TRAINING_LOAD_CTL_TIME_CONSTANT,
                                           HYR_TRAINING_LOAD_ATL_TIME_CONSTANT, &error);
  if (series == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The training load could not be computed: %s"),
                                                  error->message);
      show_error (self, message);
      return;
    }

  hyr_load_view_set_series (self->load_view, series, from, CHART_WEEKS);
}

static gboolean
load_view_visible (HyrPlannerPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "load") == 0;
}

static void
refresh (HyrPlannerPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  show_week (self);
  show_readiness (self);
  if (self->charts_stale && load_view_visible (self))
    show_charts (self);
}

static gboolean
refresh_cb (gpointer data)
{
  HyrPlannerPage *self = data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a profile saved field by field, a host
 * importing a season of activities); one idle callback takes them all. */
static void
queue_refresh (HyrPlannerPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

static void
on_visible_child_changed (HyrPlannerPage *self,
                          GParamSpec     *pspec,
                          GtkStack       *stack)
{
  if (self->charts_stale && load_view_visible (self))
    show_charts (self);
}

/* Navigation */

static void
go_to_offset (HyrPlannerPage *self,
              int             offset)
{
  self->offset = offset;
  show_week (self);
}

static void
previous_week (HyrPlannerPage *self)
{
  go_to_offset (self, self->offset - 1);
}

static void
next_week (HyrPlannerPage *self)
{
  go_to_offset (self, self->offset + 1);
}

static void
this_week (HyrPlannerPage *self)
{
  go_to_offset (self, 0);
}

static void
on_previous_week (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  previous_week (user_data);
}

static void
on_next_week (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  next_week (user_data);
}

static void
on_this_week (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  this_week (user_data);
}

/* Exports */

static gboolean
write_file (GFile       *file,
            const char  *contents,
            GError     **error)
{
  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

gboolean
_hyr_planner_page_export_json (HyrPlannerPage  *self,
                               GFile           *file,
                               GError         **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->plan == NULL)
    {
      g_set_error_literal (error, HYR_PLAN_EXPORT_ERROR, HYR_PLAN_EXPORT_ERROR_NO_WEEKS,
                           _("There is no plan for this week to export."));
      return FALSE;
    }

  json = hyr_week_plan_to_json (self->plan);
  return write_file (file, json, error);
}

gboolean
_hyr_planner_page_export_icalendar (HyrPlannerPage  *self,
                                    GFile           *file,
                                    guint            n_weeks,
                                    GError         **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autofree char *calendar = NULL;

  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  start = hyr_julian_to_date (self->shown_week);
  plans = hyr_planner_plan_range (self->planner, start, n_weeks, error);
  if (plans == NULL)
    return FALSE;

  calendar = hyr_plan_export_icalendar_full (plans, hyr_planner_get_distance_unit (self->planner),
                                             pounds (self) ? "lb" : "kg", error);
  if (calendar == NULL)
    return FALSE;

  return write_file (file, calendar, error);
}

/* Where an export is offered first: the user's documents folder, else
 * their home folder, never the folder the host happened to start in. */
char *
_hyr_planner_page_get_export_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_strdup (documents);

  return g_strdup (g_get_home_dir ());
}

/* "Saved to …", with a button that opens the file. */
static void
show_saved (HyrPlannerPage *self,
            GFile          *file)
{
  g_autofree char *where = g_file_get_parse_name (file);
  g_autofree char *message = NULL;

  g_set_object (&self->saved_file, file);
  /* Translators: %s is the path of the file an export wrote */
  message = g_strdup_printf (_("Saved to %s"), where);
  gtk_label_set_label (self->saved_label, message);
  gtk_revealer_set_reveal_child (self->saved_revealer, TRUE);
}

static void
on_saved_response (HyrPlannerPage *self,
                   int             response,
                   GtkInfoBar     *info_bar)
{
  gtk_revealer_set_reveal_child (self->saved_revealer, FALSE);
}

static void
on_saved_open_clicked (HyrPlannerPage *self,
                       GtkButton      *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  if (self->saved_file == NULL)
    return;

  uri = g_file_get_uri (self->saved_file);
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The exported file could not be opened: %s"),
                                                  error->message);
      show_error (self, message);
    }
}

/**
 * _hyr_planner_page_export:
 * @self: a #HyrPlannerPage
 * @file: where to write
 * @n_weeks: 0 for the shown week as JSON, else that many weeks from it as
 *   iCalendar
 * @error: return location for a #GError
 *
 * What the file chooser's "Export" does: writes the file and says where it
 * went, with a button to open it; on failure the error shows instead.
 *
 * Returns: whether the file was written
 */
gboolean
_hyr_planner_page_export (HyrPlannerPage  *self,
                          GFile           *file,
                          guint            n_weeks,
                          GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean written;

  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (n_weeks == 0)
    written = _hyr_planner_page_export_json (self, file, &local_error);
  else
    written = _hyr_planner_page_export_icalendar (self, file, n_weeks, &local_error);

  if (!written)
    {
      g_autofree char *message = g_strdup_printf (_("The plan was not exported: %s"),
                                                  local_error->message);

      gtk_revealer_set_reveal_child (self->saved_revealer, FALSE);
      show_error (self, message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  show_saved (self, file);
  return TRUE;
}

static void
on_chooser_response (HyrPlannerPage       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!_hyr_planner_page_export (self, file, self->chooser_weeks, &error))
        g_debug ("The plan was not exported: %s", error->message);
    }

  g_clear_object (&self->chooser);
}

static void
run_chooser (HyrPlannerPage *self,
             const char     *title,
             const char     *file_name,
             const char     *filter_name,
             const char     *mime_type,
             guint           n_weeks)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *folder = _hyr_planner_page_get_export_folder ();

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (title,
                                               GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  self->chooser_weeks = n_weeks;
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_export_json (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  HyrPlannerPage *self = user_data;
  g_autofree char *date = hyr_julian_format (self->shown_week, "%Y-%m-%d");
  /* Translators: a file name; %s is the week's first day, 2026-03-02 */
  g_autofree char *name = g_strdup_printf (_("training-week-%s.json"), date);

  run_chooser (self, _("Export the Week as JSON"), name, _("JSON documents"), "application/json", 0);
}

static void
on_export_icalendar (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  HyrPlannerPage *self = user_data;
  guint n_weeks = g_variant_get_uint32 (parameter);
  g_autofree char *date = hyr_julian_format (self->shown_week, "%Y-%m-%d");
  /* Translators: a file name; %s is the first week's first day, %u the weeks */
  g_autofree char *name = g_strdup_printf (_("training-plan-%s-%u-weeks.ics"), date, n_weeks);

  run_chooser (self, _("Export the Plan as a Calendar"), name, _("iCalendar files"), "text/calendar",
               n_weeks);
}

/* Changes */

static void
on_store_changed (HyrPlannerPage   *self,
                  HyrActivityStore *store)
{
  invalidate (self);
}

/* The range could spare the weeks before it, but every week after today
 * is planned on top of the ones before, and the load charts run through
 * it: all of it is planned again, once idle. */
static void
on_activities_changed (HyrPlannerPage   *self,
                       GDateTime        *from,
                       GDateTime        *to,
                       HyrActivityStore *store)
{
  invalidate (self);
}

static void
on_state_changed (HyrPlannerPage *self,
                  const char     *section,
                  HyrState       *state)
{
  /* Everything but the protein calculator's section feeds the plans: the
   * profile, the lift log, run kinds, shoes, sports. */
  if (self->recording || g_strcmp0 (section, "protein") == 0)
    return;

  invalidate (self);
}

static void
on_profile_changed (HyrPlannerPage *self,
                    HyrProfile     *profile)
{
  invalidate (self);
}

static void
apply_units (HyrPlannerPage *self)
{
  const char *distance_unit = miles (self) ? "mi" : "km";

  /* The planner writes distances and loads into its reasons. */
  hyr_planner_set_distance_unit (self->planner, distance_unit);
  hyr_planner_set_mass_unit (self->planner, pounds (self) ? "lb" : "kg");
  hyr_load_view_set_distance_unit (self->load_view, distance_unit);
  hyr_load_view_set_mass_unit (self->load_view, pounds (self) ? "lb" : "kg");
}

static void
on_units_changed (HyrPlannerPage *self,
                  const char     *key,
                  GSettings      *settings)
{
  apply_units (self);
  g_hash_table_remove_all (self->plans);
  queue_refresh (self);
}

static void
on_week_start_changed (HyrPlannerPage *self,
                       const char     *key,
                       GSettings      *settings)
{
  hyr_load_view_set_week_start (self->load_view, week_start_weekday (self));
  invalidate (self);
}

static void
on_profile_saved (HyrPlannerPage   *self,
                  HyrProfileEditor *editor)
{
  gtk_popover_popdown (self->profile_popover);
}

/* The object */

static void
hyr_planner_page_constructed (GObject *object)
{
  HyrPlannerPage *self = (HyrPlannerPage *)object;
  static const GActionEntry entries[] = {
    { "previous-week", on_previous_week },
    { "next-week", on_next_week },
    { "this-week", on_this_week },
    { "export-json", on_export_json },
    { "export-icalendar", on_export_icalendar, "u" },
    { "accept-week", on_accept_week },
    { "move-session", on_move_session, "(uu)" },
    { "skip-session", on_skip_session, "u" },
  };

  G_OBJECT_CLASS (hyr_planner_page_parent_class)->constructed (object);

  g_assert (HYR_IS_PLANNER (self->planner));
  g_assert (G_IS_SETTINGS (self->settings));

  self->store = g_object_ref (hyr_planner_get_store (self->planner));
  self->state = g_object_ref (hyr_planner_get_state (self->planner));
  self->profile = g_object_ref (hyr_planner_get_profile (self->planner));
  self->lift_log = hyr_lift_log_new (self->state);
  self->diary = hyr_lift_diary_new (self->state);
  hyr_load_view_set_diary (self->load_view, self->diary);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "planner", G_ACTION_GROUP (self->actions));

  self->profile_editor = hyr_profile_editor_new (self->profile, self->settings);
  /* The body mass shown is the Protein page's: the tracker's record unless overridden. */
  hyr_profile_editor_set_store (HYR_PROFILE_EDITOR (self->profile_editor), self->store);
  /* A race date is in the past by the planner's today, not the clock's. */
  g_object_bind_property (self->planner, "today", self->profile_editor, "today", G_BINDING_SYNC_CREATE);
  /* The race prediction beside the target time is the planner's VDOT. */
  g_object_bind_property (self->planner, "vdot", self->profile_editor, "vdot", G_BINDING_SYNC_CREATE);
  gtk_widget_show (self->profile_editor);
  gtk_container_add (GTK_CONTAINER (self->profile_popover), self->profile_editor);
  g_signal_connect_object (self->profile_editor, "saved",
                           G_CALLBACK (on_profile_saved), self, G_CONNECT_SWAPPED);

  hyr_load_view_set_week_start (self->load_view, week_start_weekday (self));
  /* The week drawn lighter is the planner's current one. */
  g_object_bind_property (self->planner, "today", self->load_view, "today", G_BINDING_SYNC_CREATE);
  apply_units (self);

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "activities-changed",
                           G_CALLBACK (on_activities_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "changed",
                           G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->profile, "changed",
                           G_CALLBACK (on_profile_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::distance-unit",
                           G_CALLBACK (on_units_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::mass-unit",
                           G_CALLBACK (on_units_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::week-start",
                           G_CALLBACK (on_week_start_changed), self, G_CONNECT_SWAPPED);

  self->charts_stale = TRUE;
  show_week (self);
  show_readiness (self);
}

static void
hyr_planner_page_dispose (GObject *object)
{
  HyrPlannerPage *self = (HyrPlannerPage *)object;

  /* The page may outlive its removal from the host by a reference held
   * elsewhere; nothing should reach it from the engine after this. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  g_clear_object (&self->plan);
  g_clear_object (&self->changed_session);
  g_clear_object (&self->logged_session);
  g_clear_pointer (&self->week_activities, g_hash_table_unref);
  g_clear_pointer (&self->plans, g_hash_table_unref);
  g_clear_object (&self->actions);
  g_clear_object (&self->lift_log);
  g_clear_object (&self->diary);
  g_clear_object (&self->profile);
  g_clear_object (&self->state);
  g_clear_object (&self->store);
  g_clear_object (&self->saved_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->planner);

  G_OBJECT_CLASS (hyr_planner_page_parent_class)->dispose (object);
}

static void
hyr_planner_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HyrPlannerPage *self = HYR_PLANNER_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLANNER:
      g_value_set_object (value, self->planner);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_planner_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HyrPlannerPage *self = HYR_PLANNER_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLANNER:
      self->planner = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_planner_page_class_init (HyrPlannerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkBindingSet *bindings;

  object_class->constructed = hyr_planner_page_constructed;
  object_class->dispose = hyr_planner_page_dispose;
  object_class->get_property = hyr_planner_page_get_property;
  object_class->set_property = hyr_planner_page_set_property;

  /**
   * HyrPlannerPage:planner:
   *
   * The planner the page shows and edits the profile of.
   */
  properties [PROP_PLANNER] =
    g_param_spec_object ("planner", NULL, NULL, HYR_TYPE_PLANNER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrPlannerPage:settings:
   *
   * The plugin's settings: units and the first day of the week.
   */
  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrPlannerPage::previous-week:
   * @self: the page
   *
   * A keybinding signal (Alt+Left) that shows the week before.
   */
  signals [PREVIOUS_WEEK] =
    g_signal_new_class_handler ("previous-week", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (previous_week), NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HyrPlannerPage::next-week:
   * @self: the page
   *
   * A keybinding signal (Alt+Right) that shows the week after.
   */
  signals [NEXT_WEEK] =
    g_signal_new_class_handler ("next-week", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (next_week), NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HyrPlannerPage::this-week:
   * @self: the page
   *
   * A keybinding signal (Alt+Home) that shows the week with today in it.
   */
  signals [THIS_WEEK] =
    g_signal_new_class_handler ("this-week", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (this_week), NULL, NULL, NULL, G_TYPE_NONE, 0);

  bindings = gtk_binding_set_by_class (klass);
  gtk_binding_entry_add_signal (bindings, GDK_KEY_Left, GDK_MOD1_MASK, "previous-week", 0);
  gtk_binding_entry_add_signal (bindings, GDK_KEY_KP_Left, GDK_MOD1_MASK, "previous-week", 0);
  gtk_binding_entry_add_signal (bindings, GDK_KEY_Right, GDK_MOD1_MASK, "next-week", 0);
  gtk_binding_entry_add_signal (bindings, GDK_KEY_KP_Right, GDK_MOD1_MASK, "next-week", 0);
  gtk_binding_entry_add_signal (bindings, GDK_KEY_Home, GDK_MOD1_MASK, "this-week", 0);
  gtk_binding_entry_add_signal (bindings, GDK_KEY_KP_Home, GDK_MOD1_MASK, "this-week", 0);

  g_type_ensure (HYR_TYPE_LOAD_VIEW);
  g_type_ensure (HYR_TYPE_MUSCLE_BARS);
  g_type_ensure (HYR_TYPE_WEEK_GRID);
  g_type_ensure (HYR_TYPE_UNDO_NOTIFICATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-planner-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, week_title);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, week_subtitle);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, recovery_badge);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, week_progress);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, week_left);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, undo_notification);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, accepted_badge);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, accept_button);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, today_button);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, profile_button);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, profile_popover);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, saved_revealer);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, saved_label);
  gtk_widget_class_bind_template_callback (widget_class, on_saved_response);
  gtk_widget_class_bind_template_callback (widget_class, on_saved_open_clicked);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, export_popover);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, error_profile_button);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, race_bar);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, race_icon);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, race_label);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, week_details);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, warnings_bar);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, notes_bar);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, notes_box);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, setup_bar);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, setup_label);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_clicked);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, muscles_grid);
  gtk_widget_class_bind_template_child (widget_class, HyrPlannerPage, load_view);
  gtk_widget_class_bind_template_callback (widget_class, on_error_response);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_profile_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_undo);
}

static void
hyr_planner_page_init (HyrPlannerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plans = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  hyr_style_sheet_add_class (self->recovery_badge, PAGE_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION, "hyr-badge");
  hyr_style_sheet_add_class (self->recovery_badge, PAGE_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION, "recovery");
  hyr_style_sheet_add_class (GTK_WIDGET (self->accepted_badge), PAGE_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION, "hyr-badge");
  fit_accept_button (self);
}

/**
 * hyr_planner_page_new:
 * @planner: the planner
 * @settings: the plugin's settings (schema io.github.HypertrophyRunning)
 *
 * Returns: (transfer floating): a new #HyrPlannerPage showing this week
 */
GtkWidget *
hyr_planner_page_new (HyrPlanner *planner,
                      GSettings  *settings)
{
  g_return_val_if_fail (HYR_IS_PLANNER (planner), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (HYR_TYPE_PLANNER_PAGE,
                       "planner", planner,
                       "settings", settings,
                       NULL);
}

/**
 * hyr_planner_page_get_planner:
 * @self: a #HyrPlannerPage
 *
 * Returns: (transfer none): the planner
 */
HyrPlanner *
hyr_planner_page_get_planner (HyrPlannerPage *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), NULL);
  return self->planner;
}

/**
 * hyr_planner_page_get_settings:
 * @self: a #HyrPlannerPage
 *
 * Returns: (transfer none): the plugin's settings
 */
GSettings *
hyr_planner_page_get_settings (HyrPlannerPage *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), NULL);
  return self->settings;
}

/**
 * hyr_planner_page_get_week_start:
 * @self: a #HyrPlannerPage
 *
 * Returns: (transfer full): local midnight of the shown week's first day
 */
GDateTime *
hyr_planner_page_get_week_start (HyrPlannerPage *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), NULL);
  return hyr_julian_to_date (self->shown_week);
}

/**
 * hyr_planner_page_show_week:
 * @self: a #HyrPlannerPage
 * @day: any time of a day in the week to show
 *
 * Shows the week, as the user's weeks start, that contains @day.
 */
void
hyr_planner_page_show_week (HyrPlannerPage *self,
                            GDateTime      *day)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (HYR_IS_PLANNER_PAGE (self));
  g_return_if_fail (day != NULL);

  local = g_date_time_to_local (day);
  go_to_offset (self, (week_of (self, hyr_julian_of (local)) - current_week (self)) / 7);
}

HyrWeekPlan *
_hyr_planner_page_get_plan (HyrPlannerPage *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), NULL);
  return self->plan;
}

GtkWidget *
_hyr_planner_page_get_editor (HyrPlannerPage *self)
{
  g_return_val_if_fail (HYR_IS_PLANNER_PAGE (self), NULL);
  return self->profile_editor;
}
