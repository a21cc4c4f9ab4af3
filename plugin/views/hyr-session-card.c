/* hyr-session-card.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-session-card"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hyr-amrap-popover.h"
#include "hyr-planner-format.h"
#include "hyr-session-card.h"
#include "hyr-style-sheet.h"

#define N_DAYS     7
#define CARD_CSS   "/io/github/HypertrophyRunning/ui/hyr-session-card.css"
#define STATUS_CSS "/io/github/HypertrophyRunning/ui/hyr-session-status.css"

/**
 * HyrSessionCard:
 *
 * One planned session in the Planner's week: the run's kind, distance,
 * duration, its steps and paces and the suggested pair of shoes, or the
 * strength session's focus and each exercise's sets × reps @ weight; and
 * why it is planned so. In a week that has begun it says what was done
 * against it (done with the recorded distance and time, partly done,
 * missed), in words and a sign as well as the colour of its edge.
 *
 * While its session can still be moved or skipped, the card has a menu
 * that does it through the "planner" action group of the widgets around
 * it: "planner.move-session" with the session's index in the week's plan
 * and the day of the week to move it to, "planner.skip-session" with the
 * index. A strength card says what was logged of it in the lift diary;
 * it asks its owner to log the session with #HyrSessionCard::log-session,
 * and hands over the AMRAP popover's results with
 * #HyrSessionCard::save-amrap.
 *
 * A card shows its session as it was given; a changed plan gets new
 * cards.
 */
struct _HyrSessionCard
{
  GtkBox       parent_instance;

  HyrWeekPlan *plan;
  HyrSession  *session;
  HyrActivity *activity;
  HyrLiftLog  *lift_log;
  GDateTime   *today;
  char        *distance_unit;
  char        *mass_unit;

  GtkBox      *title_row;
  GtkLabel    *title;
  GtkLabel    *detail_label;
  GtkLabel    *reason_label;
};

G_DEFINE_FINAL_TYPE (HyrSessionCard, hyr_session_card, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_SESSION,
  PROP_ACTIVITY,
  PROP_LIFT_LOG,
  PROP_TODAY,
  PROP_DISTANCE_UNIT,
  PROP_MASS_UNIT,
  N_PROPS
};

enum {
  LOG_SESSION,
  SAVE_AMRAP,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* What the session has goes between its detail line and the reason,
 * which stays last. */
static void
add_row (HyrSessionCard *self,
         GtkWidget      *row)
{
  g_autoptr(GList) children = NULL;

  gtk_container_add (GTK_CONTAINER (self), row);
  children = gtk_container_get_children (GTK_CONTAINER (self));
  gtk_box_reorder_child (GTK_BOX (self), row, (int)g_list_length (children) - 2);
}

/* Days */

static gboolean
miles (HyrSessionCard *self)
{
  return g_strcmp0 (self->distance_unit, "mi") == 0;
}

static gboolean
pounds (HyrSessionCard *self)
{
  return g_strcmp0 (self->mass_unit, "lb") == 0;
}

static int
today_julian (HyrSessionCard *self)
{
  return hyr_julian_of (self->today);
}

static int
week_julian (HyrSessionCard *self)
{
  return hyr_julian_of (hyr_week_plan_get_week_start (self->plan));
}

/* The session's place in the week's plan, which the planner's actions
 * name it by. */
static guint
session_index (HyrSessionCard *self)
{
  guint index = 0;

  if (!g_ptr_array_find (hyr_week_plan_get_sessions (self->plan), self->session, &index))
    g_assert_not_reached ();

  return index;
}

static gboolean
hard_run (HyrSession *session)
{
  switch (hyr_session_get_run_kind (session))
    {
    case HYR_RUN_KIND_TEMPO:
    case HYR_RUN_KIND_INTERVAL:
    case HYR_RUN_KIND_HILL:
    case HYR_RUN_KIND_RACE:
      return TRUE;
    case HYR_RUN_KIND_RECOVERY:
    case HYR_RUN_KIND_EASY:
    case HYR_RUN_KIND_LONG:
    default:
      return FALSE;
    }
}

/* The style class of a card and its status line. */
static const char *
status_class (HyrSessionStatus status)
{
  switch (status)
    {
    case HYR_SESSION_STATUS_DONE:
      return "done";
    case HYR_SESSION_STATUS_PARTIAL:
      return "partial";
    case HYR_SESSION_STATUS_MISSED:
      return "missed";
    case HYR_SESSION_STATUS_SKIPPED:
      return "skipped";
    case HYR_SESSION_STATUS_PLANNED:
    default:
      return "planned";
    }
}

/* What was done */

/* "✓ Done: 8.1 km in 47 min", "Partly done: …", "Missed": in words and
 * a sign, not in colour alone. Nothing for a session still to come. */
static GtkWidget *
status_label_new (HyrSessionCard *self)
{
  HyrSessionStatus status = hyr_session_get_status (self->session);
  g_autofree char *recorded = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (self->activity != NULL)
    recorded = hyr_format_recorded (self->activity, miles (self));

  switch (status)
    {
    case HYR_SESSION_STATUS_DONE:
      text = recorded != NULL
             /* Translators: a session done, with what was recorded, as in
              * "✓ Done: 8.1 km in 47 min" */
             ? g_strdup_printf (_("✓ Done: %s"), recorded)
             : g_strdup (_("✓ Done"));
      break;
    case HYR_SESSION_STATUS_PARTIAL:
      text = recorded != NULL
             /* Translators: a session done in part, with what was recorded,
              * as in "◐ Partly done: 4.2 km in 25 min" */
             ? g_strdup_printf (_("◐ Partly done: %s"), recorded)
             : g_strdup (_("◐ Partly done"));
      break;
    case HYR_SESSION_STATUS_MISSED:
      text = g_strdup (_("✗ Missed"));
      break;
    case HYR_SESSION_STATUS_SKIPPED:
      text = g_strdup (_("Skipped"));
      break;
    case HYR_SESSION_STATUS_PLANNED:
    default:
      return NULL;
    }

  label = hyr_week_label_new (text, FALSE, TRUE);
  gtk_widget_set_name (label, "session-status");
  hyr_style_sheet_add_class (label, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "hyr-status");
  hyr_style_sheet_add_class (label, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, status_class (status));
  return label;
}

/* Moving and skipping */

/* Whether the card's session can still be moved or skipped: one of a
 * week not over, not done yet, with a day left to move it to. */
static gboolean
changeable (HyrSessionCard *self)
{
  HyrSessionStatus status = hyr_session_get_status (self->session);

  /* The race stays on its date; the profile's race date moves it. */
  if (hyr_session_get_kind (self->session) == HYR_SESSION_KIND_RUN &&
      hyr_session_get_run_kind (self->session) == HYR_RUN_KIND_RACE)
    return FALSE;

  return week_julian (self) + N_DAYS - 1 >= today_julian (self) &&
         (status == HYR_SESSION_STATUS_PLANNED || status == HYR_SESSION_STATUS_MISSED);
}

/* The card's menu: the other days of the week still to come, then Skip.
 * A day gone by is no day to move a session to. */
static GtkWidget *
session_menu_button_new (HyrSessionCard *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) days = g_menu_new ();
  g_autoptr(GMenu) skip = g_menu_new ();
  g_autoptr(GMenuItem) skip_item = NULL;
  g_autofree char *accessible = NULL;
  guint index = session_index (self);
  int week = week_julian (self);
  int session_day = hyr_julian_of (hyr_session_get_day (self->session));
  int first = MAX (week, today_julian (self));
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("view-more-symbolic", GTK_ICON_SIZE_BUTTON);

  for (int julian = first; julian < week + N_DAYS; julian++)
    {
      g_autofree char *weekday = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (julian == session_day)
        continue;

      weekday = hyr_julian_format (julian, "%A");
      /* Translators: an item of a session's menu, as in "Move to Thursday" */
      label = g_strdup_printf (_("Move to %s"), weekday);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "planner.move-session", "(uu)",
                                         index, (guint)(julian - week));
      g_menu_append_item (days, item);
    }

  skip_item = g_menu_item_new (_("Skip"), NULL);
  g_menu_item_set_action_and_target (skip_item, "planner.skip-session", "u", index);
  g_menu_append_item (skip, skip_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (days));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (skip));

  gtk_widget_set_name (button, "session-menu");
  gtk_container_remove (GTK_CONTAINER (button), gtk_bin_get_child (GTK_BIN (button)));
  gtk_container_add (GTK_CONTAINER (button), icon);
  gtk_button_set_relief (GTK_BUTTON (button), GTK_RELIEF_NONE);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Move this session to another day, or skip it"));
  /* Translators: the accessible name of a session card's menu button, as
   * in "Move or skip Intervals" */
  accessible = g_strdup_printf (_("Move or skip %s"), hyr_format_session_name (self->session));
  atk_object_set_name (gtk_widget_get_accessible (button), accessible);

  return button;
}

/* Strength sessions */

static void
add_exercises (HyrSessionCard *self)
{
  GPtrArray *exercises = hyr_session_get_exercises (self->session);

  for (guint i = 0; i < exercises->len; i++)
    {
      HyrExercise *exercise = g_ptr_array_index (exercises, i);
      /* The same text as the calendar export's, one group of sets a line. */
      g_autofree char *sets = hyr_lift_set_format_sets (hyr_exercise_get_sets (exercise),
                                                        pounds (self) ? "lb" : "kg", "\n");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *name = hyr_week_label_new (hyr_exercise_get_name (exercise), FALSE, TRUE);
      GtkWidget *sets_label = hyr_week_label_new (sets, TRUE, TRUE);

      gtk_widget_set_name (box, "exercise");
      gtk_widget_set_tooltip_text (box, hyr_exercise_get_description (exercise));
      gtk_widget_set_margin_top (box, 4);
      if (hyr_exercise_get_lift (exercise) != HYR_LIFT_NONE)
        hyr_label_set_bold (name);
      gtk_widget_set_name (sets_label, "exercise-sets");
      gtk_container_add (GTK_CONTAINER (box), name);
      gtk_container_add (GTK_CONTAINER (box), sets_label);
      add_row (self, box);
    }
}

static void
on_save_amrap (HyrSessionCard  *self,
               HyrAmrapPopover *popover)
{
  g_signal_emit (self, signals [SAVE_AMRAP], 0, popover);
}

static void
add_amrap (HyrSessionCard *self)
{
  GPtrArray *exercises = hyr_session_get_exercises (self->session);
  GDateTime *day = hyr_session_get_day (self->session);
  gboolean any = FALSE;
  GtkWidget *button, *label, *popover;

  for (guint i = 0; i < exercises->len; i++)
    {
      HyrExercise *exercise = g_ptr_array_index (exercises, i);
      double weight;
      guint required, reps;

      if (!hyr_amrap_popover_find_amrap (exercise, &weight, &required))
        continue;

      any = TRUE;
      if (hyr_lift_log_lookup (self->lift_log, hyr_exercise_get_lift (exercise), day,
                               NULL, &reps, NULL))
        {
          /* Translators: a logged AMRAP result, as in "Squat: 7 reps logged" */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%s: %u rep logged",
                                                                "%s: %u reps logged", reps),
                                                   hyr_lift_get_name (hyr_exercise_get_lift (exercise)), reps);
          GtkWidget *logged = hyr_week_label_new (text, FALSE, TRUE);

          gtk_widget_set_name (logged, "amrap-logged");
          gtk_widget_set_margin_top (logged, 4);
          add_row (self, logged);
        }
    }

  if (!any)
    return;

  button = gtk_menu_button_new ();
  gtk_widget_set_name (button, "amrap-button");
  /* A label of its own that wraps: a narrow day column is no wider than
   * its widest word. */
  gtk_container_remove (GTK_CONTAINER (button), gtk_bin_get_child (GTK_BIN (button)));
  label = hyr_week_label_new (_("Log Last Set…"), FALSE, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_container_add (GTK_CONTAINER (button), label);
  gtk_widget_set_margin_top (button, 6);
  popover = hyr_amrap_popover_new (self->session, self->lift_log, self->mass_unit);
  g_signal_connect_object (popover, "save", G_CALLBACK (on_save_amrap), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  /* A set can be logged from its day on, not before it is done. */
  if (hyr_julian_of (day) > today_julian (self))
    {
      gtk_widget_set_sensitive (button, FALSE);
      gtk_widget_set_tooltip_text (button, _("You can log the “+” set on its day or after it."));
    }
  else
    gtk_widget_set_tooltip_text (button, _("Enter the reps of the main lift’s “+” set"));

  add_row (self, button);
}

/* The sets logged on the session's day, from the week's diary. */
static GPtrArray *
logged_sets (HyrSessionCard *self)
{
  GPtrArray *logged = hyr_week_plan_get_logged_sets (self->plan);
  GPtrArray *found = g_ptr_array_new ();
  int day = hyr_julian_of (hyr_session_get_day (self->session));

  for (guint i = 0; logged != NULL && i < logged->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (logged, i);
      g_autoptr(GDateTime) when = g_date_time_to_local (hyr_logged_set_get_when (set));

      if (hyr_julian_of (when) == day)
        g_ptr_array_add (found, set);
    }

  return found;
}

/* "✓ Logged 14 sets", then a line per exercise, in the order done:
 * "Squat 3 sets · e1RM 128 kg" with the estimate of the main lift's top
 * set on the line that holds it. */
static char *
format_logged (HyrSessionCard *self,
               GPtrArray      *sets)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  HyrLoggedSet *top[HYR_LIFT_OVERHEAD_PRESS + 1] = { NULL };

  for (guint i = 0; i < sets->len; i++)
    {
      HyrLoggedSet *set = g_ptr_array_index (sets, i);
      HyrLift lift = hyr_logged_set_get_lift (set);
      const char *name = hyr_logged_set_get_exercise (set);

      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer)name);
      if (lift != HYR_LIFT_NONE && hyr_logged_set_get_one_rep_max (set) > 0 &&
          (top[lift] == NULL || hyr_logged_set_get_one_rep_max (set) > hyr_logged_set_get_one_rep_max (top[lift])))
        top[lift] = set;
    }

  /* Translators: the sets logged of a strength session, on its card */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "✓ Logged %u set", "✓ Logged %u sets", sets->len),
                          sets->len);

  for (guint n = 0; n < names->len; n++)
    {
      const char *name = g_ptr_array_index (names, n);
      g_autofree char *count = NULL;
      HyrLoggedSet *best = NULL;
      guint n_sets = 0;

      for (guint i = 0; i < sets->len; i++)
        {
          HyrLoggedSet *set = g_ptr_array_index (sets, i);

          if (!g_str_equal (hyr_logged_set_get_exercise (set), name))
            continue;
          n_sets++;
          if (top[hyr_logged_set_get_lift (set)] == set)
            best = set;
        }

      /* Translators: an exercise and the sets logged of it, as in "Squat 3 sets" */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %u set", "%s %u sets", n_sets), name, n_sets);
      g_string_append_c (text, '\n');
      if (best != NULL)
        {
          g_autofree char *e1rm = hyr_format_weight (hyr_logged_set_get_one_rep_max (best), pounds (self));

          /* Translators: the sets of a main lift and the estimated one-rep
           * max of its top set, as in "Squat 3 sets · e1RM 128 kg" */
          g_string_append_printf (text, _("%s · e1RM %s"), count, e1rm);
        }
      else
        g_string_append (text, count);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_log_session_clicked (HyrSessionCard *self,
                        GtkButton      *button)
{
  g_signal_emit (self, signals [LOG_SESSION], 0);
}

static void
add_log_session (HyrSessionCard *self)
{
  g_autoptr(GPtrArray) logged = logged_sets (self);
  GtkWidget *button, *label;

  if (hyr_session_get_exercises (self->session)->len == 0)
    return;

  if (logged->len > 0)
    {
      g_autofree char *text = format_logged (self, logged);
      char *lines = strchr (text, '\n');
      GtkWidget *status, *sets;

      /* The count as a status, in words and a sign; the exercises under
       * it in the card's plain text. */
      *lines++ = '\0';
      status = hyr_week_label_new (text, FALSE, TRUE);
      gtk_widget_set_name (status, "session-logged");
      gtk_widget_set_margin_top (status, 4);
      hyr_style_sheet_add_class (status, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "hyr-status");
      hyr_style_sheet_add_class (status, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "done");
      add_row (self, status);

      sets = hyr_week_label_new (lines, FALSE, TRUE);
      gtk_widget_set_name (sets, "session-logged-sets");
      add_row (self, sets);
    }

  button = gtk_button_new ();
  gtk_widget_set_name (button, "log-session-button");
  /* A label of its own that wraps, as the AMRAP button's. */
  label = gtk_label_new_with_mnemonic (_("_Log Session…"));
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_container_add (GTK_CONTAINER (button), label);
  gtk_widget_set_margin_top (button, 6);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_log_session_clicked), self, G_CONNECT_SWAPPED);

  /* A session is logged once done: from its day on. */
  if (hyr_julian_of (hyr_session_get_day (self->session)) > today_julian (self))
    {
      gtk_widget_set_sensitive (button, FALSE);
      gtk_widget_set_tooltip_text (button, _("You can log the session on its day or after it."));
    }
  else
    gtk_widget_set_tooltip_text (button, _("Enter the sets you did: loads, reps and reps in reserve"));

  add_row (self, button);
}

/* The card */

static void
hyr_session_card_constructed (GObject *object)
{
  HyrSessionCard *self = (HyrSessionCard *)object;
  HyrSession *session = self->session;
  gboolean run;
  HyrSessionStatus status;
  g_autofree char *duration = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *status_label;

  G_OBJECT_CLASS (hyr_session_card_parent_class)->constructed (object);

  g_assert (HYR_IS_WEEK_PLAN (self->plan));
  g_assert (HYR_IS_SESSION (self->session));
  g_assert (HYR_IS_LIFT_LOG (self->lift_log));
  g_assert (self->today != NULL);

  run = hyr_session_get_kind (session) == HYR_SESSION_KIND_RUN;
  status = hyr_session_get_status (session);
  duration = hyr_format_duration (hyr_session_get_duration (session));

  gtk_widget_set_name (GTK_WIDGET (self), run ? "session-run" : "session-lift");
  hyr_style_sheet_add_class (GTK_WIDGET (self), CARD_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION, "hyr-card");
  hyr_style_sheet_add_class (GTK_WIDGET (self), CARD_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION, run ? "run" : "lift");
  if (status != HYR_SESSION_STATUS_PLANNED)
    hyr_style_sheet_add_class (GTK_WIDGET (self), STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, status_class (status));

  gtk_label_set_label (self->title, hyr_format_session_name (session));
  if (status == HYR_SESSION_STATUS_SKIPPED)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
      gtk_label_set_attributes (self->title, attrs);
      pango_attr_list_unref (attrs);
    }
  if (changeable (self))
    gtk_container_add (GTK_CONTAINER (self->title_row), session_menu_button_new (self));

  if (run)
    {
      g_autofree char *distance = hyr_format_distance (hyr_session_get_distance (session), miles (self));

      /* Translators: a run's distance and duration, as in "8.0 km · 48 min" */
      detail = g_strdup_printf (_("%s · %s"), distance, duration);
    }
  else if (hyr_session_get_heavy_legs (session))
    /* Translators: a strength session's duration, and that it is heavy leg work */
    detail = g_strdup_printf (_("%s · heavy legs"), duration);
  else
    detail = g_strdup (duration);

  gtk_label_set_label (self->detail_label, detail);
  if (!run)
    gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->detail_label)),
                                 GTK_STYLE_CLASS_DIM_LABEL);

  status_label = status_label_new (self);
  if (status_label != NULL)
    add_row (self, status_label);

  /* The run as a workout, in the steps and paces a watch would take: in
   * full for a hard run, dimmed for an easy one, whose one step says
   * little more than its pace. */
  if (run)
    {
      g_autofree char *workout = hyr_workout_steps_format (hyr_session_get_steps (session),
                                                           miles (self) ? "mi" : "km");

      if (workout != NULL && *workout != '\0')
        {
          GtkWidget *workout_label = hyr_week_label_new (workout, !hard_run (session), TRUE);

          gtk_widget_set_name (workout_label, "session-workout");
          hyr_style_sheet_add_class (workout_label, STATUS_CSS, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1, "hyr-workout");
          add_row (self, workout_label);
        }
    }

  if (run && hyr_session_get_shoe_id (session) != NULL)
    {
      const char *name = hyr_session_get_shoe_name (session);
      g_autofree char *text = g_strdup_printf (_("Shoes: %s"),
                                               name != NULL ? name : hyr_session_get_shoe_id (session));
      GtkWidget *shoe_label = hyr_week_label_new (text, TRUE, TRUE);

      gtk_widget_set_name (shoe_label, "session-shoe");
      gtk_widget_set_tooltip_text (shoe_label, hyr_session_get_shoe_reason (session));
      add_row (self, shoe_label);
    }

  if (!run)
    {
      add_exercises (self);
      add_amrap (self);
      add_log_session (self);
    }

  gtk_label_set_label (self->reason_label, hyr_session_get_reason (session));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title), hyr_session_get_reason (session));

  gtk_widget_show_all (GTK_WIDGET (self));
}

static void
hyr_session_card_dispose (GObject *object)
{
  HyrSessionCard *self = (HyrSessionCard *)object;

  g_clear_object (&self->plan);
  g_clear_object (&self->session);
  g_clear_object (&self->activity);
  g_clear_object (&self->lift_log);
  g_clear_pointer (&self->today, g_date_time_unref);

  G_OBJECT_CLASS (hyr_session_card_parent_class)->dispose (object);
}

static void
hyr_session_card_finalize (GObject *object)
{
  HyrSessionCard *self = (HyrSessionCard *)object;

  g_clear_pointer (&self->distance_unit, g_free);
  g_clear_pointer (&self->mass_unit, g_free);

  G_OBJECT_CLASS (hyr_session_card_parent_class)->finalize (object);
}

static void
hyr_session_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HyrSessionCard *self = HYR_SESSION_CARD (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ACTIVITY:
      g_value_set_object (value, self->activity);
      break;
    case PROP_LIFT_LOG:
      g_value_set_object (value, self->lift_log);
      break;
    case PROP_TODAY:
      g_value_set_boxed (value, self->today);
      break;
    case PROP_DISTANCE_UNIT:
      g_value_set_string (value, self->distance_unit);
      break;
    case PROP_MASS_UNIT:
      g_value_set_string (value, self->mass_unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_session_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HyrSessionCard *self = HYR_SESSION_CARD (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_ACTIVITY:
      self->activity = g_value_dup_object (value);
      break;
    case PROP_LIFT_LOG:
      self->lift_log = g_value_dup_object (value);
      break;
    case PROP_TODAY:
      self->today = g_value_dup_boxed (value);
      break;
    case PROP_DISTANCE_UNIT:
      self->distance_unit = g_value_dup_string (value);
      break;
    case PROP_MASS_UNIT:
      self->mass_unit = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_session_card_class_init (HyrSessionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hyr_session_card_constructed;
  object_class->dispose = hyr_session_card_dispose;
  object_class->finalize = hyr_session_card_finalize;
  object_class->get_property = hyr_session_card_get_property;
  object_class->set_property = hyr_session_card_set_property;

  /**
   * HyrSessionCard:plan:
   *
   * The week's plan the session is of: its days, its sessions in the
   * order the planner's actions count them, the sets logged in it.
   */
  properties [PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HYR_TYPE_WEEK_PLAN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrSessionCard:session:
   *
   * The session shown, one of #HyrSessionCard:plan's.
   */
  properties [PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HYR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrSessionCard:activity:
   *
   * The recorded activity that did the session, for its figures, or
   * %NULL.
   */
  properties [PROP_ACTIVITY] =
    g_param_spec_object ("activity", NULL, NULL, HYR_TYPE_ACTIVITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrSessionCard:lift-log:
   *
   * The AMRAP results logged, and where the AMRAP popover saves.
   */
  properties [PROP_LIFT_LOG] =
    g_param_spec_object ("lift-log", NULL, NULL, HYR_TYPE_LIFT_LOG,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrSessionCard:today:
   *
   * Today, the planner's: a session is logged from its day on, and moved
   * to a day still to come.
   */
  properties [PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrSessionCard:distance-unit:
   *
   * "km" or "mi".
   */
  properties [PROP_DISTANCE_UNIT] =
    g_param_spec_string ("distance-unit", NULL, NULL, "km",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrSessionCard:mass-unit:
   *
   * "kg" or "lb".
   */
  properties [PROP_MASS_UNIT] =
    g_param_spec_string ("mass-unit", NULL, NULL, "kg",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrSessionCard::log-session:
   * @self: the card
   *
   * "Log Session…" was clicked: the owner opens the dialog that logs the
   * session's sets.
   */
  signals [LOG_SESSION] =
    g_signal_new ("log-session", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HyrSessionCard::save-amrap:
   * @self: the card
   * @popover: the card's AMRAP popover
   *
   * The AMRAP popover's Save Result: the owner saves with
   * hyr_amrap_popover_save().
   */
  signals [SAVE_AMRAP] =
    g_signal_new ("save-amrap", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, HYR_TYPE_AMRAP_POPOVER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-session-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrSessionCard, title_row);
  gtk_widget_class_bind_template_child (widget_class, HyrSessionCard, title);
  gtk_widget_class_bind_template_child (widget_class, HyrSessionCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HyrSessionCard, reason_label);
}

static void
hyr_session_card_init (HyrSessionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hyr_session_card_new:
 * @plan: the week's plan
 * @session: one of @plan's sessions
 * @activity: (nullable): the activity recorded that did @session
 * @lift_log: the lift log of the AMRAP results
 * @today: the planner's today
 * @distance_unit: "km" or "mi"
 * @mass_unit: "kg" or "lb"
 *
 * Returns: (transfer floating): a new #HyrSessionCard
 */
GtkWidget *
hyr_session_card_new (HyrWeekPlan *plan,
                      HyrSession  *session,
                      HyrActivity *activity,
                      HyrLiftLog  *lift_log,
                      GDateTime   *today,
                      const char  *distance_unit,
                      const char  *mass_unit)
{
  g_return_val_if_fail (HYR_IS_WEEK_PLAN (plan), NULL);
  g_return_val_if_fail (HYR_IS_SESSION (session), NULL);
  g_return_val_if_fail (activity == NULL || HYR_IS_ACTIVITY (activity), NULL);
  g_return_val_if_fail (HYR_IS_LIFT_LOG (lift_log), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  return g_object_new (HYR_TYPE_SESSION_CARD,
                       "plan", plan,
                       "session", session,
                       "activity", activity,
                       "lift-log", lift_log,
                       "today", today,
                       "distance-unit", distance_unit,
                       "mass-unit", mass_unit,
                       NULL);
}

/**
 * hyr_session_card_get_session:
 * @self: a #HyrSessionCard
 *
 * Returns: (transfer none): the session shown
 */
HyrSession *
hyr_session_card_get_session (HyrSessionCard *self)
{
  g_return_val_if_fail (HYR_IS_SESSION_CARD (self), NULL);
  return self->session;
}
