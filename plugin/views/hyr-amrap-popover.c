/* hyr-amrap-popover.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-amrap-popover"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hyr-amrap-popover.h"
#include "hyr-planner-format.h"

/**
 * HyrAmrapPopover:
 *
 * What a strength card's "Log Last Set…" opens: the reps that each main
 * lift's AMRAP ("+") set of the session reached, one row per lift,
 * prefilled with the reps logged before or else the reps the set asks
 * for. The next cycle's training max follows from them.
 *
 * Save Result emits #HyrAmrapPopover::save; its handler saves with
 * hyr_amrap_popover_save(). The lift log announces each result as it is
 * saved, and the owner that rebuilds the week on such news knows this
 * way which of them are its own doing.
 */

typedef struct
{
  HyrLift        lift;
  double         weight;
  guint          required;
  GtkSpinButton *spin;
} AmrapEntry;

struct _HyrAmrapPopover
{
  GtkPopover  parent_instance;

  HyrSession *session;
  HyrLiftLog *lift_log;
  char       *mass_unit;
  GArray     *entries;

  GtkGrid    *grid;
  GtkLabel   *error_label;
  GtkWidget  *save_button;
};

G_DEFINE_FINAL_TYPE (HyrAmrapPopover, hyr_amrap_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_LIFT_LOG,
  PROP_MASS_UNIT,
  N_PROPS
};

enum {
  SAVE,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/**
 * hyr_amrap_popover_find_amrap:
 * @exercise: an exercise of a strength session
 * @weight: (out): the AMRAP set's weight, in kg
 * @required_reps: (out): the reps it asks for at least
 *
 * Finds the set the popover logs of @exercise: a main lift's AMRAP set.
 *
 * Returns: whether @exercise has one
 */
gboolean
hyr_amrap_popover_find_amrap (HyrExercise *exercise,
                              double      *weight,
                              guint       *required_reps)
{
  GPtrArray *sets = hyr_exercise_get_sets (exercise);

  if (hyr_exercise_get_lift (exercise) == HYR_LIFT_NONE)
    return FALSE;

  for (guint i = 0; i < sets->len; i++)
    {
      HyrLiftSet *set = g_ptr_array_index (sets, i);

      if (hyr_lift_set_get_amrap (set))
        {
          *weight = hyr_lift_set_get_weight (set);
          *required_reps = hyr_lift_set_get_reps (set);
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_save_clicked (HyrAmrapPopover *self,
                 GtkButton       *button)
{
  g_signal_emit (self, signals [SAVE], 0);
}

static void
add_rows (HyrAmrapPopover *self)
{
  GPtrArray *exercises = hyr_session_get_exercises (self->session);
  gboolean pounds = g_strcmp0 (self->mass_unit, "lb") == 0;
  int row = 0;

  for (guint i = 0; i < exercises->len; i++)
    {
      HyrExercise *exercise = g_ptr_array_index (exercises, i);
      AmrapEntry entry = { 0 };
      g_autofree char *weight = NULL;
      g_autofree char *text = NULL;
      GtkWidget *label, *spin, *reps;
      guint logged;

      if (!hyr_amrap_popover_find_amrap (exercise, &entry.weight, &entry.required))
        continue;

      entry.lift = hyr_exercise_get_lift (exercise);
      weight = hyr_format_weight (entry.weight, pounds);
      /* Translators: a lift, its weight and the reps it prescribes, as in
       * "_Squat, 85 kg × 5+"; the underscore marks the mnemonic */
      text = g_strdup_printf (_("_%s, %s × %u+"), hyr_lift_get_name (entry.lift), weight, entry.required);
      label = gtk_label_new_with_mnemonic (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);

      spin = gtk_spin_button_new_with_range (0, 100, 1);
      gtk_widget_set_name (spin, "amrap-reps");
      gtk_entry_set_activates_default (GTK_ENTRY (spin), TRUE);
      if (hyr_lift_log_lookup (self->lift_log, entry.lift, hyr_session_get_day (self->session),
                               NULL, &logged, NULL))
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), logged);
      else
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), entry.required);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
      entry.spin = GTK_SPIN_BUTTON (spin);

      reps = gtk_label_new (_("reps"));
      gtk_label_set_xalign (GTK_LABEL (reps), 0);
      gtk_style_context_add_class (gtk_widget_get_style_context (reps), GTK_STYLE_CLASS_DIM_LABEL);

      gtk_grid_attach (self->grid, label, 0, row, 1, 1);
      gtk_grid_attach (self->grid, spin, 1, row, 1, 1);
      gtk_grid_attach (self->grid, reps, 2, row, 1, 1);
      row++;

      g_array_append_val (self->entries, entry);
    }

  gtk_widget_show_all (GTK_WIDGET (self->grid));
}

/**
 * hyr_amrap_popover_save:
 * @self: a #HyrAmrapPopover
 *
 * Logs the reps entered in the lift log, lift by lift, until one fails.
 * The popover closes when all were saved; else it stays open and says
 * why.
 *
 * Returns: how many lifts' results were saved
 */
guint
hyr_amrap_popover_save (HyrAmrapPopover *self)
{
  GDateTime *day;
  g_autoptr(GError) error = NULL;
  gboolean saved = TRUE;
  guint n_saved = 0;

  g_return_val_if_fail (HYR_IS_AMRAP_POPOVER (self), 0);

  day = hyr_session_get_day (self->session);
  for (guint i = 0; saved && i < self->entries->len; i++)
    {
      AmrapEntry *entry = &g_array_index (self->entries, AmrapEntry, i);
      guint reps = (guint)gtk_spin_button_get_value_as_int (entry->spin);

      saved = hyr_lift_log_record (self->lift_log, entry->lift, day, entry->weight,
                                   reps, entry->required, &error);
      n_saved += saved;
    }

  if (!saved)
    {
      g_autofree char *message = g_strdup_printf (_("The result was not saved: %s"), error->message);

      gtk_label_set_label (self->error_label, message);
      gtk_widget_show (GTK_WIDGET (self->error_label));
    }
  else
    gtk_popover_popdown (GTK_POPOVER (self));

  return n_saved;
}

static void
hyr_amrap_popover_constructed (GObject *object)
{
  HyrAmrapPopover *self = (HyrAmrapPopover *)object;

  G_OBJECT_CLASS (hyr_amrap_popover_parent_class)->constructed (object);

  g_assert (HYR_IS_SESSION (self->session));
  g_assert (HYR_IS_LIFT_LOG (self->lift_log));

  add_rows (self);
}

static void
hyr_amrap_popover_dispose (GObject *object)
{
  HyrAmrapPopover *self = (HyrAmrapPopover *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->lift_log);

  G_OBJECT_CLASS (hyr_amrap_popover_parent_class)->dispose (object);
}

static void
hyr_amrap_popover_finalize (GObject *object)
{
  HyrAmrapPopover *self = (HyrAmrapPopover *)object;

  g_clear_pointer (&self->mass_unit, g_free);
  g_clear_pointer (&self->entries, g_array_unref);

  G_OBJECT_CLASS (hyr_amrap_popover_parent_class)->finalize (object);
}

static void
hyr_amrap_popover_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HyrAmrapPopover *self = HYR_AMRAP_POPOVER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_LIFT_LOG:
      g_value_set_object (value, self->lift_log);
      break;
    case PROP_MASS_UNIT:
      g_value_set_string (value, self->mass_unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_amrap_popover_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HyrAmrapPopover *self = HYR_AMRAP_POPOVER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_LIFT_LOG:
      self->lift_log = g_value_dup_object (value);
      break;
    case PROP_MASS_UNIT:
      self->mass_unit = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_amrap_popover_class_init (HyrAmrapPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hyr_amrap_popover_constructed;
  object_class->dispose = hyr_amrap_popover_dispose;
  object_class->finalize = hyr_amrap_popover_finalize;
  object_class->get_property = hyr_amrap_popover_get_property;
  object_class->set_property = hyr_amrap_popover_set_property;

  /**
   * HyrAmrapPopover:session:
   *
   * The strength session whose AMRAP sets are logged.
   */
  properties [PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HYR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrAmrapPopover:lift-log:
   *
   * Where the results go, and the results logged before come from.
   */
  properties [PROP_LIFT_LOG] =
    g_param_spec_object ("lift-log", NULL, NULL, HYR_TYPE_LIFT_LOG,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrAmrapPopover:mass-unit:
   *
   * "kg" or "lb", for the weights shown.
   */
  properties [PROP_MASS_UNIT] =
    g_param_spec_string ("mass-unit", NULL, NULL, "kg",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HyrAmrapPopover::save:
   * @self: the popover
   *
   * Save Result was clicked, or Return pressed in a field: the handler
   * saves with hyr_amrap_popover_save().
   */
  signals [SAVE] =
    g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-amrap-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrAmrapPopover, grid);
  gtk_widget_class_bind_template_child (widget_class, HyrAmrapPopover, error_label);
  gtk_widget_class_bind_template_child (widget_class, HyrAmrapPopover, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
hyr_amrap_popover_init (HyrAmrapPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_array_new (FALSE, TRUE, sizeof (AmrapEntry));
  gtk_popover_set_default_widget (GTK_POPOVER (self), self->save_button);
}

/**
 * hyr_amrap_popover_new:
 * @session: a strength session with AMRAP sets
 * @lift_log: the lift log to save in
 * @mass_unit: "kg" or "lb"
 *
 * Returns: (transfer floating): a new #HyrAmrapPopover, to be given to a
 *   #GtkMenuButton
 */
GtkWidget *
hyr_amrap_popover_new (HyrSession *session,
                       HyrLiftLog *lift_log,
                       const char *mass_unit)
{
  g_return_val_if_fail (HYR_IS_SESSION (session), NULL);
  g_return_val_if_fail (HYR_IS_LIFT_LOG (lift_log), NULL);

  return g_object_new (HYR_TYPE_AMRAP_POPOVER,
                       "session", session,
                       "lift-log", lift_log,
                       "mass-unit", mass_unit,
                       NULL);
}
