/* hyr-log-session-dialog.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-log-session-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr-log-session-dialog.h"

/**
 * HyrLogSessionDialog:
 *
 * Logs a strength session set by set. It opens with the session's sets
 * as planned, one row each (exercise, load in the user's unit, reps,
 * reps in reserve left empty), for the lifter to change into what was
 * done; rows can be added and removed. Each row is checked as it is
 * typed, with the lift diary's own words under the first field that is
 * wrong, and Save stays off while any is. Tab goes from field to field,
 * Return saves. The load steps by the plates a gym has: 2.5 kg, or 2.5 lb
 * and 5 lb a page (a pair of 1.25 lb or 2.5 lb plates).
 *
 * Saved, every set goes into the diary at the session's day and time;
 * the main lift's "+" set is its AMRAP result, as the card's "Log Last
 * Set" takes it, so that it moves the next training max and is not
 * counted twice. #HyrLogSessionDialog::logged hands over what was logged,
 * for an Undo.
 */

#define MAX_KG       500.0
#define MAX_REPS     100
#define N_COLUMNS    5
#define LOAD_STEP    2.5
#define LOAD_PAGE    5.0

typedef struct
{
  HyrLogSessionDialog *dialog;
  GtkWidget           *name;
  GtkWidget           *weight;
  GtkWidget           *reps;
  GtkWidget           *rir;
  GtkWidget           *remove;
  GtkWidget           *error;
  HyrLift              lift;
  gboolean             amrap;
  guint                required;
  /* The plan's load in kg and the value first shown for it: a load left
   * as shown is saved as planned, not as the rounded pounds shown. */
  double               planned_kg;
  double               shown;
} Row;

struct _HyrLogSessionDialog
{
  GtkDialog     parent_instance;

  HyrLiftDiary *diary;
  HyrSession   *session;
  char         *mass_unit;
  GPtrArray    *rows;

  GtkLabel     *heading_label;
  GtkLabel     *note_label;
  GtkGrid      *sets_grid;
  GtkLabel     *weight_header;
  GtkWidget    *add_button;
  GtkLabel     *save_error_label;
};

G_DEFINE_FINAL_TYPE (HyrLogSessionDialog, hyr_log_session_dialog, GTK_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_DIARY,
  PROP_SESSION,
  PROP_MASS_UNIT,
  N_PROPS
};

enum {
  LOGGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static gboolean
pounds (HyrLogSessionDialog *self)
{
  return g_strcmp0 (self->mass_unit, "lb") == 0;
}

static double
shown_of_kg (HyrLogSessionDialog *self,
             double               kg)
{
  return round (hyr_units_mass_from_kg (kg, self->mass_unit) * 10) / 10;
}

static double
row_weight_kg (Row *row)
{
  double shown = gtk_spin_button_get_value (GTK_SPIN_BUTTON (row->weight));

  if (shown == row->shown)
    return row->planned_kg;

  return hyr_units_mass_to_kg (shown, row->dialog->mass_unit);
}

/* Empty is "not known" (-1); what is not a number of 0 or more is NAN,
 * which the diary refuses with its message. */
static double
row_rir (Row *row)
{
  g_autofree char *text = g_strdelimit (g_strstrip (g_strdup (gtk_entry_get_text (GTK_ENTRY (row->rir)))),
                                        ",", '.');
  char *end = NULL;
  double value;

  if (*text == '\0')
    return -1;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) || value < 0)
    return NAN;

  return value;
}

static void
mark (GtkWidget *field,
      gboolean   wrong)
{
  GtkStyleContext *context = gtk_widget_get_style_context (field);

  if (wrong)
    gtk_style_context_add_class (context, GTK_STYLE_CLASS_ERROR);
  else
    gtk_style_context_remove_class (context, GTK_STYLE_CLASS_ERROR);
}

/* Checks each field of @row on its own, so that the message goes under
 * the field it is about; returns whether the row is right. */
static gboolean
check_row (Row *row)
{
  const char *name = gtk_entry_get_text (GTK_ENTRY (row->name));
  guint reps = (guint)gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->reps));
  struct
  {
    GtkWidget *field;
    int        column;
    gboolean   right;
    GError    *error;
  } fields[] = {
    { row->name, 0, FALSE, NULL },
    { row->weight, 1, FALSE, NULL },
    { row->reps, 2, FALSE, NULL },
    { row->rir, 3, FALSE, NULL },
  };
  int first = -1;

  fields[0].right = hyr_lift_diary_check_set (name, 0, 1, -1, &fields[0].error);
  fields[1].right = hyr_lift_diary_check_set ("-", row_weight_kg (row), 1, -1, &fields[1].error);
  fields[2].right = hyr_lift_diary_check_set ("-", 0, reps, -1, &fields[2].error);
  fields[3].right = hyr_lift_diary_check_set ("-", 0, 1, row_rir (row), &fields[3].error);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      mark (fields[i].field, !fields[i].right);
      if (!fields[i].right && first < 0)
        first = (int)i;
    }

  if (first >= 0)
    {
      gtk_label_set_label (GTK_LABEL (row->error), fields[first].error->message);
      gtk_container_child_set (GTK_CONTAINER (row->dialog->sets_grid), row->error,
                               "left-attach", fields[first].column,
                               "width", N_COLUMNS - fields[first].column,
                               NULL);
    }
  gtk_widget_set_visible (row->error, first >= 0);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_clear_error (&fields[i].error);

  return first < 0;
}

/**
 * hyr_log_session_dialog_is_valid:
 * @self: a #HyrLogSessionDialog
 *
 * Returns: whether every row can be logged, and there is one
 */
gboolean
hyr_log_session_dialog_is_valid (HyrLogSessionDialog *self)
{
  gboolean valid;

  g_return_val_if_fail (HYR_IS_LOG_SESSION_DIALOG (self), FALSE);

  valid = self->rows->len > 0;
  for (guint i = 0; i < self->rows->len; i++)
    valid &= check_row (g_ptr_array_index (self->rows, i));

  return valid;
}

static void
update_save (HyrLogSessionDialog *self)
{
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT,
                                     hyr_log_session_dialog_is_valid (self));
}

static void
on_field_changed (Row *row)
{
  update_save (row->dialog);
}

static void
name_fields (HyrLogSessionDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      g_autofree char *name = NULL;
      g_autofree char *weight = NULL;
      g_autofree char *reps = NULL;
      g_autofree char *rir = NULL;
      g_autofree char *remove = NULL;

      /* Translators: the accessible names of a set's fields in the
       * session log, as in "Set 3: exercise" */
      name = g_strdup_printf (_("Set %u: exercise"), i + 1);
      weight = g_strdup_printf (_("Set %u: load"), i + 1);
      reps = g_strdup_printf (_("Set %u: reps"), i + 1);
      rir = g_strdup_printf (_("Set %u: reps in reserve"), i + 1);
      remove = g_strdup_printf (_("Remove set %u"), i + 1);
      atk_object_set_name (gtk_widget_get_accessible (row->name), name);
      atk_object_set_name (gtk_widget_get_accessible (row->weight), weight);
      atk_object_set_name (gtk_widget_get_accessible (row->reps), reps);
      atk_object_set_name (gtk_widget_get_accessible (row->rir), rir);
      atk_object_set_name (gtk_widget_get_accessible (row->remove), remove);
    }
}

static void
on_remove_clicked (Row       *row,
                   GtkButton *button)
{
  HyrLogSessionDialog *self = row->dialog;
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index))
    g_return_if_reached ();

  /* The row's fields and its message go, and the rows under it move up;
   * a field losing the focus as it goes says nothing to a row that is
   * no more. */
  g_ptr_array_steal_index (self->rows, index);
  g_signal_handlers_disconnect_by_data (row->name, row);
  g_signal_handlers_disconnect_by_data (row->weight, row);
  g_signal_handlers_disconnect_by_data (row->reps, row);
  g_signal_handlers_disconnect_by_data (row->rir, row);
  g_signal_handlers_disconnect_by_data (row->remove, row);
  gtk_grid_remove_row (self->sets_grid, 1 + 2 * (int)index);
  gtk_grid_remove_row (self->sets_grid, 1 + 2 * (int)index);
  g_free (row);

  if (index < self->rows->len)
    gtk_widget_grab_focus (((Row *)g_ptr_array_index (self->rows, index))->remove);
  else if (index > 0)
    gtk_widget_grab_focus (((Row *)g_ptr_array_index (self->rows, index - 1))->remove);
  else
    gtk_widget_grab_focus (self->add_button);

  name_fields (self);
  update_save (self);
}

static Row *
add_row (HyrLogSessionDialog *self,
         const char          *exercise,
         HyrLift              lift,
         double               kg,
         guint                reps,
         gboolean             amrap,
         guint                required)
{
  Row *row = g_new0 (Row, 1);
  int top = 1 + 2 * (int)self->rows->len;
  double max = floor (hyr_units_mass_from_kg (MAX_KG, self->mass_unit));

  row->dialog = self;
  row->lift = lift;
  row->amrap = amrap;
  row->required = required;
  row->planned_kg = kg;
  row->shown = shown_of_kg (self, kg);

  row->name = gtk_entry_new ();
  gtk_widget_set_name (row->name, "log-exercise");
  gtk_entry_set_text (GTK_ENTRY (row->name), exercise);
  gtk_entry_set_width_chars (GTK_ENTRY (row->name), 18);
  gtk_entry_set_activates_default (GTK_ENTRY (row->name), TRUE);
  gtk_widget_set_hexpand (row->name, TRUE);
  if (amrap)
    gtk_widget_set_tooltip_text (row->name, _("The “+” set: its reps are the AMRAP result the next "
                                              "training max follows"));

  row->weight = gtk_spin_button_new_with_range (0, max, LOAD_STEP);
  gtk_widget_set_name (row->weight, "log-weight");
  gtk_spin_button_set_increments (GTK_SPIN_BUTTON (row->weight), LOAD_STEP, LOAD_PAGE);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (row->weight), 1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (row->weight), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->weight), row->shown);
  gtk_entry_set_activates_default (GTK_ENTRY (row->weight), TRUE);
  gtk_entry_set_width_chars (GTK_ENTRY (row->weight), 5);

  row->reps = gtk_spin_button_new_with_range (0, MAX_REPS, 1);
  gtk_widget_set_name (row->reps, "log-reps");
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (row->reps), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->reps), reps);
  gtk_entry_set_activates_default (GTK_ENTRY (row->reps), TRUE);
  gtk_entry_set_width_chars (GTK_ENTRY (row->reps), 3);

  row->rir = gtk_entry_new ();
  gtk_widget_set_name (row->rir, "log-rir");
  gtk_entry_set_width_chars (GTK_ENTRY (row->rir), 3);
  gtk_entry_set_input_purpose (GTK_ENTRY (row->rir), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_activates_default (GTK_ENTRY (row->rir), TRUE);

  row->remove = gtk_button_new_from_icon_name ("list-remove-symbolic", GTK_ICON_SIZE_BUTTON);
  gtk_widget_set_name (row->remove, "log-remove");
  gtk_button_set_relief (GTK_BUTTON (row->remove), GTK_RELIEF_NONE);
  gtk_widget_set_tooltip_text (row->remove, _("Remove this set"));

  row->error = gtk_label_new (NULL);
  gtk_widget_set_name (row->error, "log-error");
  gtk_label_set_xalign (GTK_LABEL (row->error), 0);
  gtk_label_set_line_wrap (GTK_LABEL (row->error), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (row->error), 40);
  gtk_style_context_add_class (gtk_widget_get_style_context (row->error), GTK_STYLE_CLASS_ERROR);
  gtk_widget_set_no_show_all (row->error, TRUE);

  gtk_grid_insert_row (self->sets_grid, top);
  gtk_grid_insert_row (self->sets_grid, top);
  gtk_grid_attach (self->sets_grid, row->name, 0, top, 1, 1);
  gtk_grid_attach (self->sets_grid, row->weight, 1, top, 1, 1);
  gtk_grid_attach (self->sets_grid, row->reps, 2, top, 1, 1);
  gtk_grid_attach (self->sets_grid, row->rir, 3, top, 1, 1);
  gtk_grid_attach (self->sets_grid, row->remove, 4, top, 1, 1);
  gtk_grid_attach (self->sets_grid, row->error, 0, top + 1, N_COLUMNS, 1);
  gtk_widget_show_all (GTK_WIDGET (self->sets_grid));

  g_signal_connect_swapped (row->name, "changed", G_CALLBACK (on_field_changed), row);
  g_signal_connect_swapped (row->weight, "value-changed", G_CALLBACK (on_field_changed), row);
  g_signal_connect_swapped (row->reps, "value-changed", G_CALLBACK (on_field_changed), row);
  g_signal_connect_swapped (row->rir, "changed", G_CALLBACK (on_field_changed), row);
  g_signal_connect_swapped (row->remove, "clicked", G_CALLBACK (on_remove_clicked), row);

  g_ptr_array_add (self->rows, row);
  return row;
}

static void
on_add_clicked (HyrLogSessionDialog *self,
                GtkButton           *button)
{
  Row *row;

  /* Another set like the last one is the usual next set; a plain row
   * when there is none. */
  if (self->rows->len > 0)
    {
      Row *last = g_ptr_array_index (self->rows, self->rows->len - 1);

      row = add_row (self, gtk_entry_get_text (GTK_ENTRY (last->name)), last->lift,
                     row_weight_kg (last),
                     (guint)gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (last->reps)),
                     FALSE, 0);
    }
  else
    row = add_row (self, "", HYR_LIFT_NONE, 0, 8, FALSE, 0);

  name_fields (self);
  update_save (self);
  gtk_widget_grab_focus (row->name);
}

/**
 * hyr_log_session_dialog_get_n_rows:
 * @self: a #HyrLogSessionDialog
 *
 * Returns: the number of sets the dialog would log
 */
guint
hyr_log_session_dialog_get_n_rows (HyrLogSessionDialog *self)
{
  g_return_val_if_fail (HYR_IS_LOG_SESSION_DIALOG (self), 0);
  return self->rows->len;
}

/**
 * hyr_log_session_dialog_save:
 * @self: a #HyrLogSessionDialog
 * @error: return location for a #GError
 *
 * Logs every row at the session's day and time; nothing when a row is
 * wrong (%HYR_LIFT_DIARY_ERROR_INVALID), and what was logged is taken out
 * again when a save fails half way.
 *
 * Returns: (transfer full) (nullable): what was logged, for an Undo
 */
HyrLoggedSession *
hyr_log_session_dialog_save (HyrLogSessionDialog  *self,
                             GError              **error)
{
  g_autoptr(HyrLoggedSession) logged = NULL;

  g_return_val_if_fail (HYR_IS_LOG_SESSION_DIALOG (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A value typed into a spin button counts once it is read in. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      gtk_spin_button_update (GTK_SPIN_BUTTON (row->weight));
      gtk_spin_button_update (GTK_SPIN_BUTTON (row->reps));
    }

  if (!hyr_log_session_dialog_is_valid (self))
    {
      g_set_error_literal (error, HYR_LIFT_DIARY_ERROR, HYR_LIFT_DIARY_ERROR_INVALID,
                           self->rows->len == 0 ? _("There is no set to log.")
                                                : _("A set is not right yet; the message under it says why."));
      update_save (self);
      return NULL;
    }

  logged = hyr_logged_session_new (self->diary, hyr_session_get_day (self->session));

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      g_autofree char *name = g_strstrip (g_strdup (gtk_entry_get_text (GTK_ENTRY (row->name))));
      guint reps = (guint)gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->reps));
      double kg = row_weight_kg (row);
      gboolean saved;

      /* The "+" set, still the main lift's, is its AMRAP result. */
      if (row->amrap && row->lift != HYR_LIFT_NONE &&
          g_strcmp0 (name, hyr_lift_get_name (row->lift)) == 0)
        saved = hyr_logged_session_add_amrap (logged, row->lift, kg, reps, row->required, error);
      else
        saved = hyr_logged_session_add_set (logged, name, row->lift, kg, reps, row_rir (row), error);

      if (!saved)
        {
          hyr_logged_session_finish (logged);
          hyr_logged_session_undo (logged, NULL);
          return NULL;
        }
    }

  hyr_logged_session_finish (logged);
  return g_steal_pointer (&logged);
}

static void
hyr_log_session_dialog_response (GtkDialog *dialog,
                                 int        response_id)
{
  HyrLogSessionDialog *self = HYR_LOG_SESSION_DIALOG (dialog);

  if (response_id == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HyrLoggedSession) logged = hyr_log_session_dialog_save (self, &error);

      if (logged == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Nothing was logged: %s"), error->message);

          gtk_label_set_label (self->save_error_label, message);
          gtk_widget_show (GTK_WIDGET (self->save_error_label));
          return;
        }

      g_signal_emit (self, signals [LOGGED], 0, logged);
    }

  gtk_widget_destroy (GTK_WIDGET (self));
}

static void
fill (HyrLogSessionDialog *self)
{
  GPtrArray *exercises = hyr_session_get_exercises (self->session);
  g_autoptr(GDateTime) local = g_date_time_to_local (hyr_session_get_day (self->session));
  g_autoptr(GDateTime) day_end = NULL;
  g_autoptr(GDateTime) day_start = NULL;
  g_autoptr(GPtrArray) logged = NULL;
  /* Translators: a session's day in the session log's heading, g_date_time_format() format ("%-e" is the day without padding) */
  g_autofree char *date = g_date_time_format (local, _("%A %-e %B"));
  g_autofree char *heading = NULL;
  g_autofree char *note = NULL;

  /* Translators: the session log's heading, as in "Lower body, Wednesday 4 March" */
  heading = g_strdup_printf (_("%s, %s"), hyr_lift_focus_get_name (hyr_session_get_lift_focus (self->session)),
                             date);
  gtk_label_set_label (self->heading_label, heading);

  day_start = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                     g_date_time_get_day_of_month (local), 0, 0, 0);
  day_end = g_date_time_add_days (day_start, 1);
  logged = hyr_lift_diary_list_sets (self->diary, day_start, day_end);
  if (logged->len > 0)
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The sets as planned, to change into what you did. %u set of this "
                                         "day is logged already; these are added to it.",
                                         "The sets as planned, to change into what you did. %u sets of this "
                                         "day are logged already; these are added to them.",
                                         logged->len),
                            logged->len);
  else
    note = g_strdup (_("The sets as planned, to change into what you did. A load of 0 is body weight; "
                       "reps in reserve may stay empty."));
  gtk_label_set_label (self->note_label, note);

  gtk_label_set_label (self->weight_header, pounds (self) ? _("Load (lb)") : _("Load (kg)"));

  for (guint i = 0; i < exercises->len; i++)
    {
      HyrExercise *exercise = g_ptr_array_index (exercises, i);
      GPtrArray *sets = hyr_exercise_get_sets (exercise);

      for (guint s = 0; s < sets->len; s++)
        {
          HyrLiftSet *set = g_ptr_array_index (sets, s);

          add_row (self, hyr_exercise_get_name (exercise), hyr_exercise_get_lift (exercise),
                   hyr_lift_set_get_weight (set), hyr_lift_set_get_reps (set),
                   hyr_lift_set_get_amrap (set), hyr_lift_set_get_reps (set));
        }
    }

  name_fields (self);
  update_save (self);
}

static void
hyr_log_session_dialog_map (GtkWidget *widget)
{
  HyrLogSessionDialog *self = HYR_LOG_SESSION_DIALOG (widget);

  GTK_WIDGET_CLASS (hyr_log_session_dialog_parent_class)->map (widget);

  /* The first set's exercise, where typing begins; not Save, which a
   * dialog otherwise focuses. */
  if (self->rows->len > 0)
    gtk_widget_grab_focus (((Row *)g_ptr_array_index (self->rows, 0))->name);
}

static void
hyr_log_session_dialog_constructed (GObject *object)
{
  HyrLogSessionDialog *self = (HyrLogSessionDialog *)object;

  G_OBJECT_CLASS (hyr_log_session_dialog_parent_class)->constructed (object);

  g_assert (HYR_IS_LIFT_DIARY (self->diary));
  g_assert (HYR_IS_SESSION (self->session));

  fill (self);
}

static void
hyr_log_session_dialog_finalize (GObject *object)
{
  HyrLogSessionDialog *self = (HyrLogSessionDialog *)object;

  g_clear_object (&self->diary);
  g_clear_object (&self->session);
  g_clear_pointer (&self->mass_unit, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hyr_log_session_dialog_parent_class)->finalize (object);
}

static void
hyr_log_session_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HyrLogSessionDialog *self = HYR_LOG_SESSION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_MASS_UNIT:
      g_value_set_string (value, self->mass_unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_log_session_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HyrLogSessionDialog *self = HYR_LOG_SESSION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      self->diary = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_MASS_UNIT:
      g_free (self->mass_unit);
      self->mass_unit = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_log_session_dialog_class_init (HyrLogSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->constructed = hyr_log_session_dialog_constructed;
  object_class->finalize = hyr_log_session_dialog_finalize;
  object_class->get_property = hyr_log_session_dialog_get_property;
  object_class->set_property = hyr_log_session_dialog_set_property;
  widget_class->map = hyr_log_session_dialog_map;
  dialog_class->response = hyr_log_session_dialog_response;

  /**
   * HyrLogSessionDialog:diary:
   *
   * The lift diary the sets go into.
   */
  properties [PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL, HYR_TYPE_LIFT_DIARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrLogSessionDialog:session:
   *
   * The strength session to log, whose sets fill the rows.
   */
  properties [PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HYR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrLogSessionDialog:mass-unit:
   *
   * "kg" or "lb", as the GSettings key mass-unit; the diary keeps kg.
   */
  properties [PROP_MASS_UNIT] =
    g_param_spec_string ("mass-unit", NULL, NULL, "kg",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrLogSessionDialog::logged:
   * @self: the dialog
   * @logged: what was logged
   *
   * Emitted when the sets were saved, before the dialog closes.
   */
  signals [LOGGED] =
    g_signal_new ("logged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HYR_TYPE_LOGGED_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-log-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrLogSessionDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HyrLogSessionDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, HyrLogSessionDialog, sets_grid);
  gtk_widget_class_bind_template_child (widget_class, HyrLogSessionDialog, weight_header);
  gtk_widget_class_bind_template_child (widget_class, HyrLogSessionDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, HyrLogSessionDialog, save_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

static void
hyr_log_session_dialog_init (HyrLogSessionDialog *self)
{
  self->mass_unit = g_strdup ("kg");
  self->rows = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hyr_log_session_dialog_new:
 * @diary: the lift diary
 * @session: a strength session
 * @mass_unit: "kg" or "lb"
 *
 * Returns: (transfer floating): a new #HyrLogSessionDialog with the
 *   session's planned sets
 */
GtkWidget *
hyr_log_session_dialog_new (HyrLiftDiary *diary,
                            HyrSession   *session,
                            const char   *mass_unit)
{
  g_return_val_if_fail (HYR_IS_LIFT_DIARY (diary), NULL);
  g_return_val_if_fail (HYR_IS_SESSION (session), NULL);

  return g_object_new (HYR_TYPE_LOG_SESSION_DIALOG,
                       "diary", diary,
                       "session", session,
                       "mass-unit", mass_unit,
                       "use-header-bar", FALSE,
                       NULL);
}
