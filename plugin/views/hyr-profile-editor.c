/* hyr-profile-editor.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-profile-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hyr-profile-editor.h"
#include "hyr-week-start.h"

/**
 * HyrProfileEditor:
 *
 * Edits the planner's #HyrProfile: body mass, goal and race date, run and
 * lifting days, the long-run day, the plate increment and the training
 * maxes of the four main lifts, entered as training maxes or as one-rep
 * maxes (the training max is then 90 %). Masses are shown in the user's
 * unit (the GSettings key mass-unit).
 *
 * Nothing changes in the profile until "Save", which writes only the
 * fields the user touched, so that a value shown in pounds is not rounded
 * back into the profile, and a training max keeps the day it was entered.
 * When saving fails (the state is read-only, say), the error shows under
 * the form and the edits stay in it.
 *
 * A race date typed in is checked as it is typed, the GNOME way: a day
 * already gone marks the field and says why under it, and "Save" waits
 * until it is fixed; the profile keeps its race date meanwhile. A race
 * date the profile already had is not checked: after the race it is in
 * the past, and rightly so. Numbers are checked the same way: a body mass,
 * a count of days, a plate step or a training max typed out of range or
 * not a number at all marks its field, says the range under it and holds
 * "Save" back; the spin button keeps what was typed instead of clamping it
 * or falling back to 0, and the profile keeps its value.
 *
 * A race goal (5 km, 10 km, half marathon, marathon) takes a race date
 * and, if the runner has one, a target time, typed as h:mm:ss or mm:ss
 * and checked as it is typed like the other fields: not a time, 24 hours
 * or more, or faster than the world record marks the field and says why
 * under it. Beside it, the time the runner's recent running predicts for
 * the race, from #HyrProfileEditor:vdot (the planner's).
 *
 * The planner page shows it in a popover; it can be embedded in the
 * plugin's preferences as well.
 */

#define MIN_BODY_MASS_KG    25.0
#define MAX_BODY_MASS_KG    350.0
#define MAX_TRAINING_MAX_KG 600.0
#define MIN_PLATE_KG        0.25
#define MAX_PLATE_KG        25.0

typedef enum
{
  FIELD_BODY_MASS = 1 << 0,
  FIELD_GOAL      = 1 << 1,
  FIELD_RACE_DATE = 1 << 2,
  FIELD_RUN_DAYS  = 1 << 3,
  FIELD_LIFT_DAYS = 1 << 4,
  FIELD_LONG_RUN  = 1 << 5,
  FIELD_PLATE     = 1 << 6,
  FIELD_NOVICE    = 1 << 7,
  /* FIELD_MAX << lift for the four main lifts */
  FIELD_MAX       = 1 << 8,
  /* after the lifts' bits */
  FIELD_TARGET_TIME = 1 << 16,
} Field;

#define N_LIFTS (HYR_LIFT_OVERHEAD_PRESS + 1)

struct _HyrProfileEditor
{
  GtkBin            parent_instance;

  HyrProfile       *profile;
  GSettings        *settings;
  /* The host's store, for its weight records; NULL without a host. */
  HyrActivityStore *store;
  /* The host's latest body mass, 0 when it has none. */
  double            host_mass;
  HyrMassUnit       unit;
  /* The day race dates are checked against; NULL for the clock's. */
  GDateTime        *today;

  /* The fields the user changed since the form was filled in. */
  guint             edited;
  /* Set while the form is filled in, so that the widgets' signals are not
   * taken for the user's editing. */
  guint             updating : 1;
  /* Set while this editor writes into the profile. */
  guint             saving : 1;
  /* Set while the race date typed in cannot be saved. */
  guint             race_date_invalid : 1;
  /* Set while the target time typed in cannot be saved. */
  guint             target_time_invalid : 1;
  /* The runner's VDOT the race prediction is read from; 0 for none. */
  double            vdot;
  /* The number fields whose text cannot be saved. */
  guint             invalid;
  /* The label under each number field saying why, by field bit. */
  GHashTable       *number_errors;

  GtkSpinButton    *body_mass_spin;
  GtkLabel         *body_mass_unit;
  GtkWidget        *body_mass_source_box;
  GtkLabel         *body_mass_source_label;
  GtkWidget        *use_tracker_button;
  GtkComboBoxText  *goal_combo;
  GtkEntry         *race_date_entry;
  GtkPopover       *race_calendar_popover;
  GtkCalendar      *race_calendar;
  GtkLabel         *race_date_error;
  GtkWidget        *target_time_label;
  GtkEntry         *target_time_entry;
  GtkLabel         *target_time_error;
  GtkLabel         *prediction_label;
  GtkSpinButton    *run_days_spin;
  GtkSpinButton    *lift_days_spin;
  GtkComboBoxText  *long_run_combo;
  GtkSpinButton    *plate_spin;
  GtkLabel         *plate_unit;
  GtkToggleButton  *novice_check;
  GtkComboBoxText  *max_kind_combo;
  GtkSpinButton    *squat_spin;
  GtkSpinButton    *deadlift_spin;
  GtkSpinButton    *bench_spin;
  GtkSpinButton    *press_spin;
  GtkLabel         *squat_unit;
  GtkLabel         *deadlift_unit;
  GtkLabel         *bench_unit;
  GtkLabel         *press_unit;
  GtkLabel         *error_label;
  GtkWidget        *revert_button;
  GtkWidget        *save_button;
};

G_DEFINE_FINAL_TYPE (HyrProfileEditor, hyr_profile_editor, GTK_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_SETTINGS,
  PROP_MODIFIED,
  PROP_TODAY,
  PROP_STORE,
  PROP_VDOT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void show_race_date_check  (HyrProfileEditor *self,
                                   gboolean          typing);
static void show_target_time_check (HyrProfileEditor *self);
static void update_save_button    (HyrProfileEditor *self);

/* Goals */

static const struct
{
  HyrGoal     goal;
  const char *id;
  double      distance;        /* m, for a race */
  /* s: the men's world record, track or road, whichever is faster (as
   * of 2025); a target under it is a typing mistake. */
  double      world_record;
} goals[] = {
  { HYR_GOAL_HYPERTROPHY, "hypertrophy", 0, 0 },
  { HYR_GOAL_FIVE_K, "five-k", 5000, 12 * 60 + 35 },
  { HYR_GOAL_TEN_K, "ten-k", 10000, 26 * 60 + 11 },
  { HYR_GOAL_HALF_MARATHON, "half-marathon", 21097.5, 56 * 60 + 42 },
  { HYR_GOAL_MARATHON, "marathon", 42195, 2 * 3600 + 35 },
};

static guint
selected_goal (HyrProfileEditor *self)
{
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->goal_combo));

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      if (g_strcmp0 (goals[i].id, id) == 0)
        return i;
    }

  return 0;
}

static gboolean
race_selected (HyrProfileEditor *self)
{
  return goals[selected_goal (self)].distance > 0;
}

/* Times */

/* "47:30", "1:45:00" */
static char *
format_race_time (double seconds)
{
  int total = (int)round (seconds);

  if (total >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60);

  return g_strdup_printf ("%d:%02d", total / 60, total % 60);
}

/* Reads h:mm:ss or mm:ss; minutes and seconds after a colon are two
 * digits under 60. */
static gboolean
parse_race_time (const char *text,
                 double     *seconds)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_auto(GStrv) parts = g_strsplit (copy, ":", -1);
  guint n = g_strv_length (parts);
  double total = 0;

  if (n < 2 || n > 3)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *part = parts[i];
      guint64 value;

      if (*part == '\0' || !g_ascii_string_to_unsigned (part, 10, 0, G_MAXINT, &value, NULL))
        return FALSE;
      if (i > 0 && (strlen (part) != 2 || value >= 60))
        return FALSE;
      total = total * 60 + (double)value;
    }

  *seconds = total;
  return TRUE;
}

/* The time a runner of @vdot runs @distance in: the time whose effort
 * has that VDOT, found by bisection (a longer time is a lower VDOT). */
static double
predict_race_time (double vdot,
                   double distance)
{
  double low = 60, high = 24 * 3600;

  for (int i = 0; i < 60; i++)
    {
      double middle = (low + high) / 2;

      if (hyr_vdot_from_effort (distance, middle) > vdot)
        low = middle;
      else
        high = middle;
    }

  return (low + high) / 2;
}

static GtkSpinButton *
max_spin (HyrProfileEditor *self,
          HyrLift           lift)
{
  switch (lift)
    {
    case HYR_LIFT_SQUAT:
      return self->squat_spin;
    case HYR_LIFT_DEADLIFT:
      return self->deadlift_spin;
    case HYR_LIFT_BENCH_PRESS:
      return self->bench_spin;
    case HYR_LIFT_OVERHEAD_PRESS:
      return self->press_spin;
    case HYR_LIFT_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* The form's unit as the engine's conversions name it. */
static const char *
unit_nick (HyrProfileEditor *self)
{
  return self->unit == HYR_MASS_UNIT_LB ? "lb" : "kg";
}

static double
to_unit (HyrProfileEditor *self,
         double            kg)
{
  return hyr_units_mass_from_kg (kg, unit_nick (self));
}

static double
from_unit (HyrProfileEditor *self,
           double            value)
{
  return hyr_units_mass_to_kg (value, unit_nick (self));
}

static gboolean
entering_one_rep_max (HyrProfileEditor *self)
{
  return g_strcmp0 (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->max_kind_combo)),
                    "one-rep-max") == 0;
}

static void
set_modified (HyrProfileEditor *self,
              gboolean          modified)
{
  gboolean was = self->edited != 0;

  if (!modified)
    self->edited = 0;

  update_save_button (self);
  gtk_widget_set_sensitive (self->revert_button, modified);

  if (was != modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
}

static void
show_error (HyrProfileEditor *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The unit's ranges and steps, so that the spin buttons hold what the
 * profile accepts: 0–350 kg of body mass, 0.25–25 kg plates, up to 600 kg
 * training maxes (the 1RM that gives it is 1/0.9 of that). */
static void
configure_spin (HyrProfileEditor *self,
                GtkSpinButton    *spin,
                double            lower_kg,
                double            upper_kg,
                double            step_kg)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double step = self->unit == HYR_MASS_UNIT_LB ? step_kg * 2 : step_kg;

  gtk_adjustment_configure (adjustment, gtk_adjustment_get_value (adjustment),
                            to_unit (self, lower_kg), to_unit (self, upper_kg),
                            step, step * 4, 0);
}

static void
configure_units (HyrProfileEditor *self)
{
  /* Translators: the symbols of pounds and kilograms, after a mass */
  const char *symbol = self->unit == HYR_MASS_UNIT_LB ? C_("mass unit", "lb") : C_("mass unit", "kg");
  double max_upper = entering_one_rep_max (self) ? MAX_TRAINING_MAX_KG / 0.9 : MAX_TRAINING_MAX_KG;

  configure_spin (self, self->body_mass_spin, 0, MAX_BODY_MASS_KG, 0.5);
  configure_spin (self, self->plate_spin, MIN_PLATE_KG, MAX_PLATE_KG, 0.25);
  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    configure_spin (self, max_spin (self, lift), 0, max_upper, 2.5);

  gtk_label_set_label (self->body_mass_unit, symbol);
  gtk_label_set_label (self->plate_unit, symbol);
  gtk_label_set_label (self->squat_unit, symbol);
  gtk_label_set_label (self->deadlift_unit, symbol);
  gtk_label_set_label (self->bench_unit, symbol);
  gtk_label_set_label (self->press_unit, symbol);
}

static char *
weekday_name (GDateWeekday weekday)
{
  GDate date;
  char name[64];

  /* 1 January 2024 was a Monday. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2024);
  g_date_add_days (&date, weekday - G_DATE_MONDAY);
  if (g_date_strftime (name, sizeof name, "%A", &date) == 0)
    return g_strdup_printf ("%d", weekday);

  return g_strdup (name);
}

/* The long-run day's choices in the order of the user's week. */
static void
fill_weekdays (HyrProfileEditor *self)
{
  GDateWeekday first = hyr_week_start_get (self->settings);

  gtk_combo_box_text_remove_all (self->long_run_combo);
  for (int i = 0; i < 7; i++)
    {
      GDateWeekday weekday = (first - 1 + i) % 7 + 1;
      g_autofree char *id = g_strdup_printf ("%d", weekday);
      g_autofree char *name = weekday_name (weekday);

      gtk_combo_box_text_append (self->long_run_combo, id, name);
    }
}

/* What a race goal has: its date, a target time and the prediction. */
static void
show_race_date_state (HyrProfileEditor *self)
{
  gboolean race = race_selected (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->race_date_entry), race);
  gtk_widget_set_visible (self->target_time_label, race);
  gtk_widget_set_visible (GTK_WIDGET (self->target_time_entry), race);
  gtk_widget_set_visible (GTK_WIDGET (self->prediction_label), race);
}

static void
show_prediction (HyrProfileEditor *self)
{
  double distance = goals[selected_goal (self)].distance;
  g_autofree char *time = NULL;
  g_autofree char *text = NULL;

  if (distance <= 0)
    return;

  if (self->vdot <= 0)
    {
      gtk_label_set_label (self->prediction_label, _("No recent race or hard run to predict from"));
      return;
    }

  time = format_race_time (predict_race_time (self->vdot, distance));
  /* Translators: the race time the runner's VDOT predicts, as in
   * "Your recent running predicts 47:30" */
  text = g_strdup_printf (_("Your recent running predicts %s"), time);
  gtk_label_set_label (self->prediction_label, text);
}

static void
show_training_maxes (HyrProfileEditor *self)
{
  gboolean one_rep_max = entering_one_rep_max (self);

  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    {
      double kg = hyr_profile_get_training_max (self->profile, lift);

      if (one_rep_max)
        kg /= 0.9;
      gtk_spin_button_set_value (max_spin (self, lift), to_unit (self, kg));
    }
}

/* Body mass: one value with the Protein page, and where it comes from */

static gboolean
same_mass (double a_kg,
           double b_kg)
{
  /* The field shows tenths of a unit. */
  return fabs (a_kg - b_kg) < 0.05;
}

/* Says where the body mass shown comes from, in the Protein page's words:
 * the tracker's record, or the value entered here over it. */
static void
show_body_mass_source (HyrProfileEditor *self,
                       double            shown)
{
  g_autofree char *text = NULL;
  gboolean from_tracker = self->host_mass > 0 && same_mass (shown, self->host_mass);

  if (from_tracker)
    text = g_strdup (_("From your tracker"));
  else if (self->host_mass > 0)
    {
      g_autofree char *host = g_strdup_printf ("%g", round (to_unit (self, self->host_mass) * 10) / 10);
      const char *symbol = self->unit == HYR_MASS_UNIT_LB ? C_("mass unit", "lb") : C_("mass unit", "kg");

      /* Translators: the first %s is a body mass, the second its unit */
      text = g_strdup_printf (_("Entered here; your tracker’s latest record is %s %s"), host, symbol);
    }
  else if (shown > 0)
    text = g_strdup (_("Entered here"));
  else if (self->store != NULL)
    text = g_strdup (_("Your tracker has no weight record"));

  gtk_label_set_label (self->body_mass_source_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->body_mass_source_box, text != NULL);
  gtk_widget_set_visible (self->use_tracker_button, self->host_mass > 0 && !from_tracker);
}

/* The body mass every view uses (see hyr_profile_resolve_body_mass()). */
static double
resolve_body_mass (HyrProfileEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->host_mass = 0;
  if (self->store != NULL)
    {
      double host = hyr_activity_store_get_body_mass (self->store, now);

      if (hyr_protein_check_body_mass (host, NULL))
        self->host_mass = host;
    }

  return hyr_profile_resolve_body_mass (self->profile, self->store, now, NULL);
}

static void
on_use_tracker_clicked (HyrProfileEditor *self,
                        GtkButton        *button)
{
  if (self->host_mass <= 0)
    return;

  /* Counts as the user's edit: saved with the form, undone by Revert. */
  gtk_spin_button_set_value (self->body_mass_spin, to_unit (self, self->host_mass));
  show_body_mass_source (self, self->host_mass);
}

/* Numbers typed in */

static void
update_save_button (HyrProfileEditor *self)
{
  gtk_widget_set_sensitive (self->save_button,
                            self->edited != 0 && !self->race_date_invalid && !self->target_time_invalid &&
                            self->invalid == 0);
}

static Field
number_field_of (HyrProfileEditor *self,
                 GtkSpinButton    *spin)
{
  if (spin == self->body_mass_spin)
    return FIELD_BODY_MASS;
  if (spin == self->run_days_spin)
    return FIELD_RUN_DAYS;
  if (spin == self->lift_days_spin)
    return FIELD_LIFT_DAYS;
  if (spin == self->plate_spin)
    return FIELD_PLATE;

  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    {
      if (spin == max_spin (self, lift))
        return FIELD_MAX << lift;
    }

  g_assert_not_reached ();
}

/* A number as people type it: either decimal mark, spaces around it. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  char *end = NULL;

  if (*copy == '\0')
    return FALSE;

  *value = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

static char *
format_mass (HyrProfileEditor *self,
             double            kg)
{
  const char *symbol = self->unit == HYR_MASS_UNIT_LB ? C_("mass unit", "lb") : C_("mass unit", "kg");
  double value = round (to_unit (self, kg) * 100) / 100;
  g_autofree char *number = value == floor (value) ? g_strdup_printf ("%.0f", value)
                                                   : g_strdup_printf ("%g", value);

  /* Translators: a mass and its unit, as in "350 kg" */
  return g_strdup_printf (C_("mass", "%s %s"), number, symbol);
}

/* Why the text of a number field cannot be saved, or NULL when it can. */
static char *
check_number (HyrProfileEditor *self,
              GtkSpinButton    *spin,
              double           *value)
{
  const char *text = gtk_entry_get_text (GTK_ENTRY (spin));
  Field field = number_field_of (self, spin);
  double kg;

  if (!parse_number (text, value))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      if (*stripped == '\0')
        return g_strdup (_("Enter a number."));
      /* Translators: %s is what was typed into a number field */
      return g_strdup_printf (_("“%s” is not a number."), text);
    }

  switch (field)
    {
    case FIELD_BODY_MASS:
      kg = from_unit (self, *value);
      if (kg < MIN_BODY_MASS_KG - 0.001 || kg > MAX_BODY_MASS_KG + 0.001)
        {
          g_autofree char *low = format_mass (self, MIN_BODY_MASS_KG);
          g_autofree char *high = format_mass (self, MAX_BODY_MASS_KG);

          /* Translators: the range of body masses, as in "25 kg" and "350 kg" */
          return g_strdup_printf (_("Enter a body mass from %s to %s."), low, high);
        }
      return NULL;

    case FIELD_RUN_DAYS:
      if (*value != floor (*value) || *value < 2 || *value > 6)
        return g_strdup (_("Plan from 2 to 6 run days a week."));
      return NULL;

    case FIELD_LIFT_DAYS:
      if (*value != floor (*value) || *value < 0 || *value > 4)
        return g_strdup (_("Plan from 0 to 4 lifting days a week."));
      return NULL;

    case FIELD_PLATE:
      kg = from_unit (self, *value);
      if (kg < MIN_PLATE_KG - 0.001 || kg > MAX_PLATE_KG + 0.001)
        {
          g_autofree char *low = format_mass (self, MIN_PLATE_KG);
          g_autofree char *high = format_mass (self, MAX_PLATE_KG);

          /* Translators: the range of plate increments, as in "0.25 kg" and "25 kg" */
          return g_strdup_printf (_("Enter the smallest step your plates allow, from %s to %s."),
                                  low, high);
        }
      return NULL;

    default:
      {
        double upper = entering_one_rep_max (self) ? MAX_TRAINING_MAX_KG / 0.9 : MAX_TRAINING_MAX_KG;

        kg = from_unit (self, *value);
        if (kg < 0 || kg > upper + 0.001)
          {
            g_autofree char *high = format_mass (self, upper);

            /* Translators: %s is the heaviest training max, as in "600 kg" */
            return g_strdup_printf (_("Enter a weight from 0 to %s; 0 when you do not know it yet."),
                                    high);
          }
        return NULL;
      }
    }
}

static GtkLabel *
number_error_label (HyrProfileEditor *self,
                    GtkSpinButton    *spin)
{
  return g_hash_table_lookup (self->number_errors, GUINT_TO_POINTER (number_field_of (self, spin)));
}

static void
show_number_check (HyrProfileEditor *self,
                   GtkSpinButton    *spin,
                   const char       *message)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (spin));
  GtkLabel *label = number_error_label (self, spin);
  Field field = number_field_of (self, spin);

  if (message != NULL)
    {
      self->invalid |= field;
      gtk_style_context_add_class (style, GTK_STYLE_CLASS_ERROR);
    }
  else
    {
      self->invalid &= ~field;
      gtk_style_context_remove_class (style, GTK_STYLE_CLASS_ERROR);
    }
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  update_save_button (self);
}

#define N_NUMBER_FIELDS (4 + N_LIFTS - HYR_LIFT_SQUAT)

static void
number_spins (HyrProfileEditor *self,
              GtkSpinButton    *spins[N_NUMBER_FIELDS])
{
  spins[0] = self->body_mass_spin;
  spins[1] = self->run_days_spin;
  spins[2] = self->lift_days_spin;
  spins[3] = self->plate_spin;
  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    spins[4 + lift - HYR_LIFT_SQUAT] = max_spin (self, lift);
}

static void
clear_number_checks (HyrProfileEditor *self)
{
  GtkSpinButton *spins[N_NUMBER_FIELDS];
  guint n_spins = N_NUMBER_FIELDS;

  number_spins (self, spins);

  for (guint i = 0; i < n_spins; i++)
    show_number_check (self, spins[i], NULL);
}

/* As the user types: the field is checked, and counts as edited. */
static void
on_number_changed (HyrProfileEditor *self,
                   GtkEditable      *editable)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (editable);
  g_autofree char *message = NULL;
  double value;

  if (self->updating)
    return;

  message = check_number (self, spin, &value);
  self->edited |= number_field_of (self, spin);
  show_number_check (self, spin, message);
  set_modified (self, TRUE);
  if (spin == self->body_mass_spin && message == NULL)
    show_body_mass_source (self, from_unit (self, value));
}

/* The spin button reads its text through this: text that fails the check
 * leaves its value as it was (GTK_UPDATE_IF_VALID) rather than clamped. */
static int
on_number_input (HyrProfileEditor *self,
                 double           *new_value,
                 GtkSpinButton    *spin)
{
  g_autofree char *message = check_number (self, spin, new_value);

  return message != NULL ? GTK_INPUT_ERROR : TRUE;
}

/* While the text fails the check, it stays as typed: the spin button
 * would otherwise write its old value over it on leaving the field. */
static gboolean
on_number_output (HyrProfileEditor *self,
                  GtkSpinButton    *spin)
{
  return (self->invalid & number_field_of (self, spin)) != 0;
}

/* Each number field gets a label under it for the reason it cannot be
 * saved. */
static void
set_up_number_fields (HyrProfileEditor *self)
{
  GtkSpinButton *spins[N_NUMBER_FIELDS];
  guint n_spins = N_NUMBER_FIELDS;

  number_spins (self, spins);

  self->number_errors = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n_spins; i++)
    {
      GtkWidget *spin = GTK_WIDGET (spins[i]);
      GtkGrid *grid = GTK_GRID (gtk_widget_get_parent (spin));
      GtkWidget *label = gtk_label_new (NULL);
      int left = 0, top = 0;

      g_autofree char *name = g_strdup_printf ("%s-error", gtk_buildable_get_name (GTK_BUILDABLE (spin)));

      gtk_widget_set_name (label, name);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_style_context_add_class (gtk_widget_get_style_context (label), GTK_STYLE_CLASS_ERROR);
      gtk_widget_set_no_show_all (label, TRUE);

      gtk_container_child_get (GTK_CONTAINER (grid), spin, "left-attach", &left, "top-attach", &top, NULL);
      gtk_grid_insert_row (grid, top + 1);
      gtk_grid_attach (grid, label, left, top + 1, 2, 1);

      gtk_spin_button_set_numeric (spins[i], FALSE);
      gtk_spin_button_set_update_policy (spins[i], GTK_UPDATE_IF_VALID);
      g_signal_connect_object (spin, "changed", G_CALLBACK (on_number_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (spin, "input", G_CALLBACK (on_number_input), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (spin, "output", G_CALLBACK (on_number_output), self, G_CONNECT_SWAPPED);
      g_hash_table_insert (self->number_errors, GUINT_TO_POINTER (number_field_of (self, spins[i])), label);
    }
}

/* The body mass's source goes under the field and its error label. */
static void
place_body_mass_source (HyrProfileEditor *self)
{
  GtkWidget *spin = GTK_WIDGET (self->body_mass_spin);
  GtkGrid *grid = GTK_GRID (gtk_widget_get_parent (spin));
  int left = 0, top = 0;

  gtk_container_child_get (GTK_CONTAINER (grid), spin, "left-attach", &left, "top-attach", &top, NULL);
  gtk_grid_insert_row (grid, top + 2);
  gtk_grid_attach (grid, self->body_mass_source_box, left, top + 2, 2, 1);
}

/* The plate step as the planner rounds to it in the user's unit: the
 * 2.5 kg default shows as 5 lb, not 5.51 lb. */
static double
plate_in_unit (HyrProfileEditor *self,
               double            kg)
{
  return hyr_five_three_one_plate_in_unit (kg, unit_nick (self));
}

/* Fills the form in from the profile. */
static void
load (HyrProfileEditor *self)
{
  GDateTime *race_date = hyr_profile_get_race_date (self->profile);
  g_autofree char *race_text = NULL;
  g_autofree char *target_time = NULL;
  g_autofree char *long_run = NULL;
  double shown_mass;

  self->updating = TRUE;

  configure_units (self);
  shown_mass = resolve_body_mass (self);
  gtk_spin_button_set_value (self->body_mass_spin, to_unit (self, shown_mass));
  show_body_mass_source (self, shown_mass);
  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      if (goals[i].goal == hyr_profile_get_goal (self->profile))
        gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->goal_combo), goals[i].id);
    }
  target_time = hyr_profile_get_target_time (self->profile) > 0
                ? format_race_time (hyr_profile_get_target_time (self->profile)) : NULL;
  gtk_entry_set_text (self->target_time_entry, target_time != NULL ? target_time : "");
  if (race_date != NULL)
    race_text = g_date_time_format (race_date, "%Y-%m-%d");
  gtk_entry_set_text (self->race_date_entry, race_text != NULL ? race_text : "");
  gtk_spin_button_set_value (self->run_days_spin, hyr_profile_get_run_days (self->profile));
  gtk_spin_button_set_value (self->lift_days_spin, hyr_profile_get_lift_days (self->profile));
  long_run = g_strdup_printf ("%d", hyr_profile_get_long_run_day (self->profile));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->long_run_combo), long_run);
  gtk_spin_button_set_value (self->plate_spin,
                             to_unit (self, plate_in_unit (self, hyr_profile_get_plate_increment (self->profile))));
  gtk_toggle_button_set_active (self->novice_check, hyr_profile_get_lifting_novice (self->profile));
  show_training_maxes (self);
  show_race_date_state (self);

  self->updating = FALSE;

  clear_number_checks (self);
  set_modified (self, FALSE);
  show_race_date_check (self, FALSE);
  show_target_time_check (self);
  show_prediction (self);
  show_error (self, NULL);
}

static Field
field_of (HyrProfileEditor *self,
          GtkWidget        *widget)
{
  if (widget == GTK_WIDGET (self->body_mass_spin))
    return FIELD_BODY_MASS;
  if (widget == GTK_WIDGET (self->goal_combo))
    return FIELD_GOAL;
  if (widget == GTK_WIDGET (self->race_date_entry))
    return FIELD_RACE_DATE;
  if (widget == GTK_WIDGET (self->target_time_entry))
    return FIELD_TARGET_TIME;
  if (widget == GTK_WIDGET (self->run_days_spin))
    return FIELD_RUN_DAYS;
  if (widget == GTK_WIDGET (self->lift_days_spin))
    return FIELD_LIFT_DAYS;
  if (widget == GTK_WIDGET (self->long_run_combo))
    return FIELD_LONG_RUN;
  if (widget == GTK_WIDGET (self->plate_spin))
    return FIELD_PLATE;
  if (widget == GTK_WIDGET (self->novice_check))
    return FIELD_NOVICE;

  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    {
      if (widget == GTK_WIDGET (max_spin (self, lift)))
        return FIELD_MAX << lift;
    }

  g_assert_not_reached ();
}

static void
on_edited (HyrProfileEditor *self,
           GtkWidget        *widget)
{
  if (self->updating)
    return;

  self->edited |= field_of (self, widget);
  set_modified (self, TRUE);
}

static void
on_goal_changed (HyrProfileEditor *self,
                 GtkComboBox      *combo)
{
  show_race_date_state (self);
  show_prediction (self);
  on_edited (self, GTK_WIDGET (combo));
  if (!self->updating)
    {
      show_race_date_check (self, TRUE);
      show_target_time_check (self);
    }
}

/* Switching between training max and 1RM shows the same lifts the other
 * way; what the user typed is carried over. */
static void
on_max_kind_changed (HyrProfileEditor *self,
                     GtkComboBox      *combo)
{
  double factor = entering_one_rep_max (self) ? 1 / 0.9 : 0.9;
  gboolean updating = self->updating;

  self->updating = TRUE;
  configure_units (self);
  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    {
      GtkSpinButton *spin = max_spin (self, lift);

      gtk_spin_button_set_value (spin, gtk_spin_button_get_value (spin) * factor);
    }
  self->updating = updating;
}

/* Reads "YYYY-MM-DD" into local midnight of that day. */
static GDateTime *
parse_date (const char *text)
{
  int year, month, day;
  char end;

  if (sscanf (text, "%d-%d-%d%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

typedef enum
{
  RACE_DATE_VALID,
  RACE_DATE_NOT_A_DATE,
  RACE_DATE_PAST,
} RaceDateCheck;

/* Reads the race date typed in into @date (NULL for none). A race on the
 * day itself is fine; one before it is over. */
static RaceDateCheck
check_race_date (HyrProfileEditor  *self,
                 GDateTime        **date)
{
  const char *text = gtk_entry_get_text (self->race_date_entry);
  g_autoptr(GDateTime) race = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) midnight = NULL;

  *date = NULL;
  if (*text == '\0')
    return RACE_DATE_VALID;

  race = parse_date (text);
  if (race == NULL)
    return RACE_DATE_NOT_A_DATE;

  now = self->today != NULL ? g_date_time_to_local (self->today) : g_date_time_new_now_local ();
  midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now), 0, 0, 0);
  if (g_date_time_compare (race, midnight) < 0)
    return RACE_DATE_PAST;

  *date = g_steal_pointer (&race);
  return RACE_DATE_VALID;
}

static char *
race_date_message (HyrProfileEditor *self,
                   RaceDateCheck     check)
{
  const char *text = gtk_entry_get_text (self->race_date_entry);

  switch (check)
    {
    case RACE_DATE_NOT_A_DATE:
      return g_strdup_printf (_("“%s” is not a date. Enter the race day as year-month-day, "
                                "for example 2026-10-11."), text);
    case RACE_DATE_PAST:
      /* Translators: %s is the race date as typed, year-month-day */
      return g_strdup_printf (_("%s has passed. Enter the day of a race still to come."), text);
    case RACE_DATE_VALID:
    default:
      return NULL;
    }
}

/* Marks the race date field and says why under it. Only a date the user
 * typed for a race is checked; while typing, text that is not a date
 * yet is left alone until the field is left or the form saved. */
static void
show_race_date_check (HyrProfileEditor *self,
                      gboolean          typing)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self->race_date_entry));
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *message = NULL;
  RaceDateCheck check = RACE_DATE_VALID;

  if ((self->edited & FIELD_RACE_DATE) && race_selected (self))
    check = check_race_date (self, &date);
  if (typing && check == RACE_DATE_NOT_A_DATE)
    check = RACE_DATE_VALID;

  message = race_date_message (self, check);
  self->race_date_invalid = check != RACE_DATE_VALID;
  if (self->race_date_invalid)
    gtk_style_context_add_class (style, GTK_STYLE_CLASS_ERROR);
  else
    gtk_style_context_remove_class (style, GTK_STYLE_CLASS_ERROR);
  gtk_label_set_label (self->race_date_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->race_date_error), message != NULL);
  update_save_button (self);
}

static void
on_race_date_changed (HyrProfileEditor *self,
                      GtkEntry         *entry)
{
  on_edited (self, GTK_WIDGET (entry));
  if (!self->updating)
    show_race_date_check (self, TRUE);
}

/* The entry's calendar icon: a calendar at the date typed, else today. */
static void
on_race_date_icon_press (HyrProfileEditor     *self,
                         GtkEntryIconPosition  position,
                         GdkEvent             *event,
                         GtkEntry             *entry)
{
  g_autoptr(GDateTime) shown = parse_date (gtk_entry_get_text (entry));
  GdkRectangle area;

  if (shown == NULL)
    shown = self->today != NULL ? g_date_time_to_local (self->today) : g_date_time_new_now_local ();

  gtk_calendar_select_month (self->race_calendar, g_date_time_get_month (shown) - 1,
                             g_date_time_get_year (shown));
  gtk_calendar_select_day (self->race_calendar, g_date_time_get_day_of_month (shown));

  gtk_entry_get_icon_area (entry, position, &area);
  gtk_popover_set_pointing_to (self->race_calendar_popover, &area);
  gtk_popover_popup (self->race_calendar_popover);
}

/* A day double-clicked, or "Set Race Date": written into the entry as if
 * typed, so that it is checked and saved like a typed one. */
static void
on_race_calendar_chosen (HyrProfileEditor *self)
{
  guint year, month, day;
  g_autofree char *text = NULL;

  gtk_calendar_get_date (self->race_calendar, &year, &month, &day);
  text = g_strdup_printf ("%04u-%02u-%02u", year, month + 1, day);
  gtk_entry_set_text (self->race_date_entry, text);
  gtk_popover_popdown (self->race_calendar_popover);
  show_race_date_check (self, FALSE);
}

static gboolean
on_race_date_focus_out (HyrProfileEditor *self,
                        GdkEvent         *event,
                        GtkEntry         *entry)
{
  show_race_date_check (self, FALSE);
  return GDK_EVENT_PROPAGATE;
}

/* Why the target time typed in cannot be saved, or NULL when it can
 * (empty is none). @seconds is what it reads. */
static char *
check_target_time (HyrProfileEditor *self,
                   double           *seconds)
{
  const char *text = gtk_entry_get_text (self->target_time_entry);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint goal = selected_goal (self);

  *seconds = 0;
  if (*stripped == '\0')
    return NULL;

  if (!parse_race_time (stripped, seconds))
    /* Translators: %s is what was typed as a target time */
    return g_strdup_printf (_("“%s” is not a time. Enter it as h:mm:ss or mm:ss, for example 47:30."), stripped);

  if (*seconds <= 0 || *seconds >= 24 * 3600)
    return g_strdup (_("Enter a time from 0:01 to 23:59:59."));

  if (*seconds < goals[goal].world_record)
    {
      g_autofree char *record = format_race_time (goals[goal].world_record);

      /* Translators: %s is the world record of the race, as in "26:24" */
      return g_strdup_printf (_("That is faster than the world record, %s. Enter a time you can aim for."),
                              record);
    }

  return NULL;
}

/* Marks the target time field and says why under it; a goal that is not
 * a race has no target time to check. */
static void
show_target_time_check (HyrProfileEditor *self)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self->target_time_entry));
  g_autofree char *message = NULL;
  double seconds;

  if ((self->edited & FIELD_TARGET_TIME) && race_selected (self))
    message = check_target_time (self, &seconds);

  self->target_time_invalid = message != NULL;
  if (self->target_time_invalid)
    gtk_style_context_add_class (style, GTK_STYLE_CLASS_ERROR);
  else
    gtk_style_context_remove_class (style, GTK_STYLE_CLASS_ERROR);
  gtk_label_set_label (self->target_time_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->target_time_error), message != NULL);
  update_save_button (self);
}

static void
on_target_time_changed (HyrProfileEditor *self,
                        GtkEntry         *entry)
{
  on_edited (self, GTK_WIDGET (entry));
  if (!self->updating)
    show_target_time_check (self);
}

static void
on_revert_clicked (HyrProfileEditor *self,
                   GtkButton        *button)
{
  hyr_profile_editor_revert (self);
}

static void
on_save_clicked (HyrProfileEditor *self,
                 GtkButton        *button)
{
  g_autoptr(GError) error = NULL;

  if (!hyr_profile_editor_save (self, &error))
    g_debug ("The profile was not saved: %s", error->message);
}

static void
on_profile_changed (HyrProfileEditor *self,
                    HyrProfile       *profile)
{
  /* What the user is typing wins over a change made elsewhere; "Revert"
   * shows the newer values. */
  if (self->saving || self->edited != 0)
    return;

  load (self);
}

/* A new weight record in the tracker shows unless the user is editing. */
static void
on_store_changed (HyrProfileEditor *self,
                  HyrActivityStore *store)
{
  if (self->saving || self->edited != 0)
    return;

  load (self);
}

static void
on_mass_unit_changed (HyrProfileEditor *self,
                      const char       *key,
                      GSettings        *settings)
{
  HyrMassUnit unit = g_settings_get_enum (settings, "mass-unit");
  GtkSpinButton *spins[] = {
    self->body_mass_spin, self->plate_spin,
    self->squat_spin, self->deadlift_spin, self->bench_spin, self->press_spin,
  };
  double kg[G_N_ELEMENTS (spins)];

  if (unit == self->unit)
    return;

  /* The values shown, edited or not, are carried over into the new unit;
   * the profile keeps its own, exact, values. */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    kg[i] = from_unit (self, gtk_spin_button_get_value (spins[i]));

  /* A number that failed the check is shown again as the value it left
   * standing, in the new unit. */
  clear_number_checks (self);
  self->unit = unit;
  /* Plates come in steps of their unit: 5 lb becomes 2.5 kg, not 2.27. */
  kg[1] = plate_in_unit (self, kg[1]);
  self->updating = TRUE;
  configure_units (self);
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_spin_button_set_value (spins[i], to_unit (self, kg[i]));
  self->updating = FALSE;
  show_body_mass_source (self, kg[0]);
}

static void
on_week_start_changed (HyrProfileEditor *self,
                       const char       *key,
                       GSettings        *settings)
{
  g_autofree char *active = g_strdup (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->long_run_combo)));

  self->updating = TRUE;
  fill_weekdays (self);
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->long_run_combo), active);
  self->updating = FALSE;
}

static void
hyr_profile_editor_constructed (GObject *object)
{
  HyrProfileEditor *self = (HyrProfileEditor *)object;

  G_OBJECT_CLASS (hyr_profile_editor_parent_class)->constructed (object);

  g_assert (HYR_IS_PROFILE (self->profile));
  g_assert (G_IS_SETTINGS (self->settings));

  self->unit = g_settings_get_enum (self->settings, "mass-unit");
  fill_weekdays (self);

  g_signal_connect_object (self->profile, "changed",
                           G_CALLBACK (on_profile_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::mass-unit",
                           G_CALLBACK (on_mass_unit_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::week-start",
                           G_CALLBACK (on_week_start_changed), self, G_CONNECT_SWAPPED);

  set_up_number_fields (self);
  place_body_mass_source (self);
  load (self);
}

static void
hyr_profile_editor_dispose (GObject *object)
{
  HyrProfileEditor *self = (HyrProfileEditor *)object;

  /* The form's widgets are gone after this; so are the signals that fill
   * them in. */
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->today, g_date_time_unref);
  g_clear_pointer (&self->number_errors, g_hash_table_unref);

  G_OBJECT_CLASS (hyr_profile_editor_parent_class)->dispose (object);
}

static void
hyr_profile_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HyrProfileEditor *self = HYR_PROFILE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, hyr_profile_editor_get_modified (self));
      break;
    case PROP_TODAY:
      g_value_set_boxed (value, self->today);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_VDOT:
      g_value_set_double (value, self->vdot);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_profile_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HyrProfileEditor *self = HYR_PROFILE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_TODAY:
      hyr_profile_editor_set_today (self, g_value_get_boxed (value));
      break;
    case PROP_STORE:
      hyr_profile_editor_set_store (self, g_value_get_object (value));
      break;
    case PROP_VDOT:
      hyr_profile_editor_set_vdot (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_profile_editor_class_init (HyrProfileEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hyr_profile_editor_constructed;
  object_class->dispose = hyr_profile_editor_dispose;
  object_class->get_property = hyr_profile_editor_get_property;
  object_class->set_property = hyr_profile_editor_set_property;

  /**
   * HyrProfileEditor:profile:
   *
   * The profile edited.
   */
  properties [PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, HYR_TYPE_PROFILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProfileEditor:settings:
   *
   * The plugin's settings, for the mass unit and the first day of the week.
   */
  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProfileEditor:modified:
   *
   * Whether the form holds changes that are not saved.
   */
  properties [PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProfileEditor:today: (nullable)
   *
   * The day a race date typed in is checked against, in any time zone;
   * %NULL for today by the clock. The Planner tab gives its planner's.
   */
  properties [PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProfileEditor:store:
   *
   * The host's activity store, whose latest weight record is the body mass
   * shown unless the user overrides it; %NULL without a host.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HYR_TYPE_ACTIVITY_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProfileEditor:vdot:
   *
   * The runner's VDOT, from which the time a race goal's distance takes
   * is predicted; 0 when there is none (no recent race or hard run). The
   * Planner tab gives its planner's #HyrPlanner:vdot.
   */
  properties [PROP_VDOT] =
    g_param_spec_double ("vdot", NULL, NULL, 0, 100, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrProfileEditor::saved:
   * @self: the editor
   *
   * Emitted after the profile was saved from the form.
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-profile-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, body_mass_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, body_mass_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, body_mass_source_box);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, body_mass_source_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, use_tracker_button);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, goal_combo);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, race_date_entry);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, race_date_error);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, race_calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, race_calendar);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, target_time_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, target_time_entry);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, target_time_error);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, prediction_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, run_days_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, lift_days_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, long_run_combo);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, plate_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, plate_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, novice_check);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, max_kind_combo);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, squat_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, deadlift_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, bench_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, press_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, squat_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, deadlift_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, bench_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, press_unit);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, revert_button);
  gtk_widget_class_bind_template_child (widget_class, HyrProfileEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_edited);
  gtk_widget_class_bind_template_callback (widget_class, on_race_date_icon_press);
  gtk_widget_class_bind_template_callback (widget_class, on_race_calendar_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_use_tracker_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_race_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_race_date_focus_out);
  gtk_widget_class_bind_template_callback (widget_class, on_target_time_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_max_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_revert_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
hyr_profile_editor_init (HyrProfileEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hyr_profile_editor_new:
 * @profile: the profile to edit
 * @settings: the plugin's settings (schema io.github.HypertrophyRunning)
 *
 * Returns: (transfer floating): a new #HyrProfileEditor
 */
GtkWidget *
hyr_profile_editor_new (HyrProfile *profile,
                        GSettings  *settings)
{
  g_return_val_if_fail (HYR_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (HYR_TYPE_PROFILE_EDITOR,
                       "profile", profile,
                       "settings", settings,
                       NULL);
}

/**
 * hyr_profile_editor_get_profile:
 * @self: a #HyrProfileEditor
 *
 * Returns: (transfer none): the profile edited
 */
HyrProfile *
hyr_profile_editor_get_profile (HyrProfileEditor *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE_EDITOR (self), NULL);
  return self->profile;
}

/**
 * hyr_profile_editor_get_settings:
 * @self: a #HyrProfileEditor
 *
 * Returns: (transfer none): the plugin's settings
 */
GSettings *
hyr_profile_editor_get_settings (HyrProfileEditor *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE_EDITOR (self), NULL);
  return self->settings;
}

/**
 * hyr_profile_editor_get_modified:
 * @self: a #HyrProfileEditor
 *
 * Returns: whether the form holds changes that are not saved
 */
gboolean
hyr_profile_editor_get_modified (HyrProfileEditor *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE_EDITOR (self), FALSE);
  return self->edited != 0;
}

/**
 * hyr_profile_editor_revert:
 * @self: a #HyrProfileEditor
 *
 * Drops the edits and shows the profile as it is.
 */
void
hyr_profile_editor_revert (HyrProfileEditor *self)
{
  g_return_if_fail (HYR_IS_PROFILE_EDITOR (self));

  load (self);
}

static void
apply_edits (HyrProfileEditor *self,
             GDateTime        *race_date,
             double            target_time)
{
  HyrProfile *profile = self->profile;

  if (self->edited & FIELD_BODY_MASS)
    {
      double kg = CLAMP (from_unit (self, gtk_spin_button_get_value (self->body_mass_spin)),
                         0, MAX_BODY_MASS_KG);

      /* The tracker's own value follows the tracker; another one is the
       * user's override of it. Without a host to ask, whether the value
       * overrides one is left as it was. */
      if (self->host_mass > 0 && same_mass (kg, self->host_mass))
        hyr_profile_set_body_mass_override (profile, FALSE);
      else
        {
          hyr_profile_set_body_mass (profile, kg);
          if (self->store != NULL)
            hyr_profile_set_body_mass_override (profile, self->host_mass > 0);
        }
    }
  if (self->edited & FIELD_GOAL)
    hyr_profile_set_goal (profile, goals[selected_goal (self)].goal);
  if (self->edited & FIELD_TARGET_TIME)
    hyr_profile_set_target_time (profile, target_time);
  if (self->edited & FIELD_RACE_DATE)
    hyr_profile_set_race_date (profile, race_date);
  if (self->edited & FIELD_RUN_DAYS)
    hyr_profile_set_run_days (profile, gtk_spin_button_get_value_as_int (self->run_days_spin));
  if (self->edited & FIELD_LIFT_DAYS)
    hyr_profile_set_lift_days (profile, gtk_spin_button_get_value_as_int (self->lift_days_spin));
  if (self->edited & FIELD_LONG_RUN)
    hyr_profile_set_long_run_day (profile,
                                  atoi (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->long_run_combo))));
  if (self->edited & FIELD_PLATE)
    hyr_profile_set_plate_increment (profile,
                                     CLAMP (from_unit (self, gtk_spin_button_get_value (self->plate_spin)),
                                            MIN_PLATE_KG, MAX_PLATE_KG));
  if (self->edited & FIELD_NOVICE)
    hyr_profile_set_lifting_novice (profile, gtk_toggle_button_get_active (self->novice_check));

  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    {
      double kg;

      if (!(self->edited & (FIELD_MAX << lift)))
        continue;

      kg = from_unit (self, gtk_spin_button_get_value (max_spin (self, lift)));
      if (entering_one_rep_max (self))
        hyr_profile_set_one_rep_max (profile, lift, CLAMP (kg, 0, MAX_TRAINING_MAX_KG / 0.9));
      else
        hyr_profile_set_training_max (profile, lift, CLAMP (kg, 0, MAX_TRAINING_MAX_KG));
    }
}

/**
 * hyr_profile_editor_save:
 * @self: a #HyrProfileEditor
 * @error: return location for a #GError
 *
 * Writes the fields the user changed into the profile and saves it, as
 * the "Save" button does. A marathon goal needs a race date
 * (%HYR_PLANNER_ERROR_NO_RACE_DATE); a date that is not a real
 * year-month-day, or a marathon's race date typed in that is before
 * #HyrProfileEditor:today, is %HYR_PLANNER_ERROR_INVALID_ARGUMENT, shown
 * under the race date field; saving fails as
 * hyr_profile_save() does, after which the profile is as it was and the
 * form keeps the edits. The error is shown under the form, too.
 *
 * Returns: %TRUE when the profile was saved
 */
gboolean
hyr_profile_editor_save (HyrProfileEditor  *self,
                         GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) race_date = NULL;
  g_autofree char *target_message = NULL;
  RaceDateCheck check;
  double target_time = 0;
  gboolean race;

  g_return_val_if_fail (HYR_IS_PROFILE_EDITOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* What is typed into a number field and not yet read (Enter pressed
   * in it, say) is read now; a number that fails its check is refused
   * where it was typed. */
  {
    GtkSpinButton *spins[N_NUMBER_FIELDS];
    guint n_spins = N_NUMBER_FIELDS;

    number_spins (self, spins);

    for (guint i = 0; i < n_spins; i++)
      {
        g_autofree char *message = NULL;
        double value;

        if (!(self->edited & number_field_of (self, spins[i])))
          continue;

        message = check_number (self, spins[i], &value);
        show_number_check (self, spins[i], message);
        if (message == NULL)
          gtk_spin_button_update (spins[i]);
      }

    for (guint i = 0; i < n_spins; i++)
      {
        if (self->invalid & number_field_of (self, spins[i]))
          {
            GtkLabel *label = number_error_label (self, spins[i]);

            gtk_widget_grab_focus (GTK_WIDGET (spins[i]));
            g_set_error_literal (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT,
                                 gtk_label_get_label (label));
            return FALSE;
          }
      }
  }

  race = race_selected (self);
  check = check_race_date (self, &race_date);

  /* A past race date is refused only as the user types it for a
   * marathon; one the profile had, after its race, stays as it is. */
  if (check == RACE_DATE_PAST && !(race && (self->edited & FIELD_RACE_DATE)))
    {
      check = RACE_DATE_VALID;
      race_date = parse_date (gtk_entry_get_text (self->race_date_entry));
    }

  if (check != RACE_DATE_VALID)
    {
      g_autofree char *message = race_date_message (self, check);

      /* Said under the field, where the mistake is. */
      show_race_date_check (self, FALSE);
      if (!gtk_widget_get_visible (GTK_WIDGET (self->race_date_error)))
        show_error (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->race_date_entry));
      g_set_error_literal (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT, message);
      return FALSE;
    }

  /* A target time that is not a time is refused where it was typed; one
   * kept for a goal that is no race any more goes with it. */
  if (race)
    target_message = check_target_time (self, &target_time);
  if (target_message != NULL)
    {
      show_target_time_check (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->target_time_entry));
      g_set_error_literal (error, HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_INVALID_ARGUMENT, target_message);
      return FALSE;
    }

  if (race && race_date == NULL)
    local_error = g_error_new_literal (HYR_PLANNER_ERROR, HYR_PLANNER_ERROR_NO_RACE_DATE,
                                       _("A race plan counts back from the race: enter its date."));

  if (local_error == NULL)
    {
      self->saving = TRUE;
      apply_edits (self, race_date, target_time);
      hyr_profile_save (self->profile, &local_error);
      self->saving = FALSE;
    }

  if (local_error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Your profile was not saved: %s"),
                                                  local_error->message);

      show_error (self, message);
      if (local_error->domain == HYR_PLANNER_ERROR)
        gtk_widget_grab_focus (GTK_WIDGET (self->race_date_entry));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  load (self);
  g_signal_emit (self, signals [SAVED], 0);

  return TRUE;
}

/**
 * hyr_profile_editor_get_today:
 * @self: a #HyrProfileEditor
 *
 * Returns: (transfer none) (nullable): the day race dates are checked
 *   against, %NULL for the clock's
 */
GDateTime *
hyr_profile_editor_get_today (HyrProfileEditor *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE_EDITOR (self), NULL);
  return self->today;
}

/**
 * hyr_profile_editor_set_today:
 * @self: a #HyrProfileEditor
 * @today: (nullable): the day race dates are checked against, %NULL for
 *   the clock's
 *
 * Sets #HyrProfileEditor:today and checks the race date typed in again.
 */
void
hyr_profile_editor_set_today (HyrProfileEditor *self,
                              GDateTime        *today)
{
  g_return_if_fail (HYR_IS_PROFILE_EDITOR (self));

  if (self->today == today || (self->today != NULL && today != NULL && g_date_time_equal (self->today, today)))
    return;

  g_clear_pointer (&self->today, g_date_time_unref);
  self->today = today != NULL ? g_date_time_ref (today) : NULL;
  if (self->race_date_error != NULL)
    show_race_date_check (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}

/**
 * hyr_profile_editor_get_store:
 * @self: a #HyrProfileEditor
 *
 * Returns: (transfer none) (nullable): the host's activity store
 */
HyrActivityStore *
hyr_profile_editor_get_store (HyrProfileEditor *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE_EDITOR (self), NULL);
  return self->store;
}

/**
 * hyr_profile_editor_set_store:
 * @self: a #HyrProfileEditor
 * @store: (nullable): the host's activity store, %NULL without a host
 *
 * Sets #HyrProfileEditor:store; the body mass shown follows its weight
 * records from then on.
 */
void
hyr_profile_editor_set_store (HyrProfileEditor *self,
                              HyrActivityStore *store)
{
  g_return_if_fail (HYR_IS_PROFILE_EDITOR (self));
  g_return_if_fail (store == NULL || HYR_IS_ACTIVITY_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  /* Before construction is over, constructed() fills the form in; the
   * number fields are set up there. */
  if (self->number_errors != NULL && self->edited == 0)
    load (self);
  else if (self->number_errors != NULL)
    {
      resolve_body_mass (self);
      show_body_mass_source (self, from_unit (self, gtk_spin_button_get_value (self->body_mass_spin)));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

/**
 * hyr_profile_editor_fill_in_guesses:
 * @self: a #HyrProfileEditor
 * @now: the time the guesses are for
 *
 * Fills the form in for a first run, as edits the user reviews and saves:
 * the run days and long-run day from the host's last weeks of runs (see
 * hyr_profile_guess_run_days()), and a training max for each lift without
 * one from the sets logged for it (see hyr_profile_guess_training_max()).
 * The body mass shown is the host's already. Nothing is saved.
 */
void
hyr_profile_editor_fill_in_guesses (HyrProfileEditor *self,
                                    GDateTime        *now)
{
  GDateWeekday long_run_day;
  guint run_days;

  g_return_if_fail (HYR_IS_PROFILE_EDITOR (self));
  g_return_if_fail (now != NULL);

  if (self->store != NULL &&
      hyr_profile_guess_run_days (self->profile, self->store, now, &run_days, &long_run_day))
    {
      g_autofree char *day = g_strdup_printf ("%d", long_run_day);

      gtk_spin_button_set_value (self->run_days_spin, run_days);
      gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->long_run_combo), day);
    }

  for (HyrLift lift = HYR_LIFT_SQUAT; lift < N_LIFTS; lift++)
    {
      double kg;

      if (hyr_profile_get_training_max (self->profile, lift) > 0)
        continue;

      kg = hyr_profile_guess_training_max (self->profile, lift, now);
      if (kg <= 0)
        continue;
      /* A number the plates make, as the planner will round to anyway. */
      kg = hyr_five_three_one_round (kg, plate_in_unit (self, hyr_profile_get_plate_increment (self->profile)));
      if (entering_one_rep_max (self))
        kg /= 0.9;
      gtk_spin_button_set_value (max_spin (self, lift), to_unit (self, kg));
    }
}

/**
 * hyr_profile_editor_get_vdot:
 * @self: a #HyrProfileEditor
 *
 * Returns: #HyrProfileEditor:vdot
 */
double
hyr_profile_editor_get_vdot (HyrProfileEditor *self)
{
  g_return_val_if_fail (HYR_IS_PROFILE_EDITOR (self), 0);
  return self->vdot;
}

/**
 * hyr_profile_editor_set_vdot:
 * @self: a #HyrProfileEditor
 * @vdot: the runner's VDOT, 0 for none
 *
 * Sets #HyrProfileEditor:vdot and predicts the race time again.
 */
void
hyr_profile_editor_set_vdot (HyrProfileEditor *self,
                             double            vdot)
{
  g_return_if_fail (HYR_IS_PROFILE_EDITOR (self));
  g_return_if_fail (vdot >= 0);

  if (self->vdot == vdot)
    return;

  self->vdot = vdot;
  if (self->prediction_label != NULL)
    show_prediction (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VDOT]);
}
