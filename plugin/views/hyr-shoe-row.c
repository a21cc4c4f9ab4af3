/* hyr-shoe-row.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoe-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr-shoe-row.h"

/* The wear bar runs to 125 % so that a pair past its retire distance still
 * shows how far past; its offsets colour it at 80 % and 100 %. */
#define WEAR_BAR_MAX 1.25

/**
 * HyrShoeRow:
 *
 * One pair on the "Shoes" page: its wear bar, distance, runs, last use,
 * projected retirement, rotation share and warnings, with its kind and
 * retire distance to edit. The plugin's own pairs also get a menu to
 * rename, retire or remove them.
 *
 * The row shows a #HyrShoe and changes nothing itself: edits come out as
 * signals that the page carries out, so that errors (a read-only state)
 * are reported in one place.
 */
struct _HyrShoeRow
{
  GtkListBoxRow    parent_instance;

  HyrShoe         *shoe;
  GDateTime       *now;
  gboolean         miles;
  gboolean         updating;
  gboolean         retire_invalid;

  GtkLabel        *name_label;
  GtkLabel        *status_label;
  GtkComboBoxText *kind_combo;
  GtkMenuButton   *menu_button;
  GtkWidget       *guess_box;
  GtkLabel        *guess_label;
  GtkLevelBar     *wear_bar;
  GtkLabel        *wear_label;
  GtkLabel        *retire_date_label;
  GtkLabel        *details_label;
  GtkLabel        *share_label;
  GtkBox          *warning_box;
  GtkImage        *warning_image;
  GtkLabel        *warning_label;
  GtkSpinButton   *retire_spin;
  GtkLabel        *unit_label;
  GtkButton       *reset_button;
  GtkBox          *retire_box;
  GtkLabel        *retire_error_label;
  GtkPopover      *edit_popover;
  GtkEntry        *name_entry;
  GtkSpinButton   *prior_spin;
  GtkLabel        *prior_unit_label;
  GtkButton       *save_button;
  GtkButton       *retire_button;
};

G_DEFINE_FINAL_TYPE (HyrShoeRow, hyr_shoe_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_SHOE,
  PROP_MILES,
  PROP_NOW,
  N_PROPS
};

enum {
  KIND_CHANGED,
  RETIRE_DISTANCE_CHANGED,
  EDITED,
  RETIRE_TOGGLED,
  REMOVE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static double
unit_length (gboolean miles)
{
  return hyr_units_distance_to_metres (1, miles ? "mi" : "km");
}

/**
 * hyr_shoe_row_format_distance:
 * @metres: a distance
 * @miles: %TRUE for miles, %FALSE for kilometres
 *
 * Formats a distance for people: whole units from 100 on, one decimal
 * below.
 *
 * Returns: (transfer full): the text, such as "512 km" or "8.4 mi"
 */
char *
hyr_shoe_row_format_distance (double   metres,
                              gboolean miles)
{
  double value = metres / unit_length (miles);
  g_autofree char *number = NULL;

  if (!isfinite (value))
    value = 0;

  number = g_strdup_printf ("%.*f", fabs (value) >= 100 ? 0 : 1, value);

  /* Translators: a distance, as in "512 mi" */
  return miles ? g_strdup_printf (_("%s mi"), number)
               /* Translators: a distance, as in "512 km" */
               : g_strdup_printf (_("%s km"), number);
}

/**
 * hyr_shoe_row_format_day:
 * @when: a day
 * @now: (nullable): today, or %NULL for the clock
 *
 * Formats a past day relative to today for the recent week ("today",
 * "yesterday", "3 days ago"), as a date before that.
 *
 * Returns: (transfer full): the text
 */
char *
hyr_shoe_row_format_day (GDateTime *when,
                         GDateTime *now)
{
  g_autoptr(GDateTime) local_when = g_date_time_to_local (when);
  g_autoptr(GDateTime) local_now = now != NULL ? g_date_time_to_local (now)
                                               : g_date_time_new_now_local ();
  /* The rotation's advice counts days rested the same way. */
  int days = hyr_shoe_days_between (local_when, local_now);

  if (days == 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("yesterday"));
  if (days > 1 && days < 7)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), days);

  /* Translators: a date, see the strftime() manual; as in "4 Mar 2026" */
  return g_date_time_format (local_when, _("%-d %b %Y"));
}

/**
 * hyr_shoe_row_append_kinds:
 * @combo: a combo box
 *
 * Appends every #HyrShoeKind to @combo, its nick as the id and its name
 * from hyr_shoe_kind_get_name() as the text, so that the kind reads the
 * same wherever a pair's kind is picked.
 */
void
hyr_shoe_row_append_kinds (GtkComboBoxText *combo)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (HYR_TYPE_SHOE_KIND);

  g_return_if_fail (GTK_IS_COMBO_BOX_TEXT (combo));

  for (guint i = 0; i < kinds->n_values; i++)
    gtk_combo_box_text_append (combo, kinds->values[i].value_nick,
                               hyr_shoe_kind_get_name (kinds->values[i].value));
}

static void
update (HyrShoeRow *self)
{
  g_autofree char *distance = NULL;
  g_autofree char *retire = NULL;
  g_autofree char *run_distance = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) details = NULL;
  g_autoptr(GEnumClass) kinds = NULL;
  GEnumValue *kind;
  GDateTime *last_used;
  GDateTime *retire_date;
  HyrShoeWarning warning;
  double wear;
  int percent;

  if (self->shoe == NULL)
    return;

  self->updating = TRUE;

  gtk_label_set_text (self->name_label, hyr_shoe_get_name (self->shoe));
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), !hyr_shoe_get_active (self->shoe));
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), !hyr_shoe_get_from_host (self->shoe));

  kinds = g_type_class_ref (HYR_TYPE_SHOE_KIND);
  kind = g_enum_get_value (kinds, hyr_shoe_get_kind (self->shoe));
  if (kind != NULL)
    gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->kind_combo), kind->value_nick);

  wear = hyr_shoe_get_wear (self->shoe);
  percent = hyr_shoe_get_wear_percent (self->shoe);
  gtk_level_bar_set_value (self->wear_bar, CLAMP (wear, 0, WEAR_BAR_MAX));

  distance = hyr_shoe_row_format_distance (hyr_shoe_get_distance (self->shoe), self->miles);
  retire = hyr_shoe_row_format_distance (hyr_shoe_get_retire_distance (self->shoe), self->miles);
  /* Translators: wear of a pair of shoes, as in "512 km of 800 km (64 %)" */
  text = g_strdup_printf (_("%s of %s (%d %%)"), distance, retire, percent);
  gtk_label_set_text (self->wear_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->wear_bar), text);
  g_clear_pointer (&text, g_free);

  retire_date = hyr_shoe_get_retire_date (self->shoe);
  warning = hyr_shoe_get_warning (self->shoe);
  if (!hyr_shoe_get_active (self->shoe))
    gtk_label_set_text (self->retire_date_label, "");
  else if (warning == HYR_SHOE_WARNING_RETIRE)
    gtk_label_set_text (self->retire_date_label, _("Due for retirement"));
  else if (retire_date != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (retire_date);
      /* Translators: a month, see the strftime() manual; as in "March 2027" */
      g_autofree char *month = g_date_time_format (local, _("%OB %Y"));

      /* Translators: the projected retirement of a pair, as in "Retires around March 2027" */
      text = g_strdup_printf (_("Retires around %s"), month);
      gtk_label_set_text (self->retire_date_label, text);
      g_clear_pointer (&text, g_free);
    }
  else
    gtk_label_set_text (self->retire_date_label, _("Not worn in the last 8 weeks"));

  details = g_string_new (NULL);
  run_distance = hyr_shoe_row_format_distance (hyr_shoe_get_run_distance (self->shoe), self->miles);
  g_string_append_printf (details,
                          /* Translators: as in "42 runs, 390 km" */
                          g_dngettext (GETTEXT_PACKAGE, "%u run, %s", "%u runs, %s",
                                       hyr_shoe_get_runs (self->shoe)),
                          hyr_shoe_get_runs (self->shoe), run_distance);

  last_used = hyr_shoe_get_last_used (self->shoe);
  if (last_used != NULL)
    {
      g_autofree char *day = hyr_shoe_row_format_day (last_used, self->now);

      g_string_append (details, " · ");
      /* Translators: as in "last worn yesterday" or "last worn 4 Mar 2026" */
      g_string_append_printf (details, _("last worn %s"), day);
    }
  else
    {
      g_string_append (details, " · ");
      g_string_append (details, _("not worn yet"));
    }

  if (hyr_shoe_get_prior_distance (self->shoe) > 0)
    {
      g_autofree char *prior = hyr_shoe_row_format_distance (hyr_shoe_get_prior_distance (self->shoe),
                                                             self->miles);

      g_string_append (details, " · ");
      /* Translators: distance a pair ran before it was tracked */
      g_string_append_printf (details, _("%s before tracking"), prior);
    }

  gtk_label_set_text (self->details_label, details->str);

  if (hyr_shoe_get_kind_guessed (self->shoe) && hyr_shoe_get_active (self->shoe))
    {
      /* Translators: a kind of shoe guessed from the pair's name, as in
       * "Racing (guessed from the name)" */
      text = g_strdup_printf (_("%s (guessed from the name)"),
                              hyr_shoe_kind_get_name (hyr_shoe_get_kind (self->shoe)));
      gtk_label_set_text (self->guess_label, text);
      g_clear_pointer (&text, g_free);
    }
  gtk_widget_set_visible (self->guess_box,
                          hyr_shoe_get_kind_guessed (self->shoe) && hyr_shoe_get_active (self->shoe));

  /* A retired pair keeps its history; rotation and retiring are over. */
  gtk_widget_set_visible (GTK_WIDGET (self->share_label), hyr_shoe_get_active (self->shoe));
  gtk_widget_set_visible (GTK_WIDGET (self->retire_box), hyr_shoe_get_active (self->shoe));

  if (hyr_shoe_get_recent_runs (self->shoe) > 0)
    {
      g_autofree char *weekly = hyr_shoe_row_format_distance (hyr_shoe_get_weekly_distance (self->shoe),
                                                              self->miles);

      /* Translators: rotation share, as in "45 % of your runs of the last 8 weeks, 12.5 km a week" */
      text = g_strdup_printf (_("%d %% of your runs of the last 8 weeks, %s a week"),
                              (int)round (hyr_shoe_get_share (self->shoe) * 100), weekly);
      gtk_label_set_text (self->share_label, text);
      g_clear_pointer (&text, g_free);
    }
  else
    gtk_label_set_text (self->share_label, _("No runs in the last 8 weeks"));

  gtk_widget_set_visible (GTK_WIDGET (self->warning_box),
                          hyr_shoe_get_active (self->shoe) && warning != HYR_SHOE_WARNING_NONE);
  if (warning == HYR_SHOE_WARNING_RETIRE)
    {
      gtk_image_set_from_icon_name (self->warning_image, "dialog-error-symbolic", GTK_ICON_SIZE_BUTTON);
      gtk_label_set_text (self->warning_label,
                          _("Past its retire distance: time to retire this pair."));
    }
  else if (warning == HYR_SHOE_WARNING_WORN)
    {
      gtk_image_set_from_icon_name (self->warning_image, "dialog-warning-symbolic", GTK_ICON_SIZE_BUTTON);
      text = g_strdup_printf (_("At %d %% of its retire distance: plan a replacement."), percent);
      gtk_label_set_text (self->warning_label, text);
      g_clear_pointer (&text, g_free);
    }

  gtk_label_set_text (self->unit_label, self->miles ? _("mi") : _("km"));
  gtk_label_set_text (self->prior_unit_label, self->miles ? _("mi") : _("km"));
  if (!gtk_widget_has_focus (GTK_WIDGET (self->retire_spin)))
    gtk_spin_button_set_value (self->retire_spin,
                               round (hyr_shoe_get_retire_distance (self->shoe) / unit_length (self->miles)));
  gtk_widget_set_visible (GTK_WIDGET (self->reset_button),
                          hyr_shoe_get_retire_distance_is_custom (self->shoe));

  if (!gtk_widget_get_visible (GTK_WIDGET (self->edit_popover)))
    {
      gtk_entry_set_text (self->name_entry, hyr_shoe_get_name (self->shoe));
      gtk_spin_button_set_value (self->prior_spin,
                                 round (hyr_shoe_get_prior_distance (self->shoe) / unit_length (self->miles)));
    }
  gtk_button_set_label (self->retire_button,
                        hyr_shoe_get_active (self->shoe) ? _("Re_tire Pair") : _("Bring Bac_k"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->retire_button),
                               hyr_shoe_get_active (self->shoe)
                                 ? _("Keep the pair's history but stop suggesting it")
                                 : _("Use the pair again"));

  self->updating = FALSE;
}

static void
on_kind_changed (HyrShoeRow *self)
{
  g_autoptr(GEnumClass) kinds = NULL;
  const char *id;
  GEnumValue *value;

  if (self->updating || self->shoe == NULL)
    return;

  id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->kind_combo));
  kinds = g_type_class_ref (HYR_TYPE_SHOE_KIND);
  value = id != NULL ? g_enum_get_value_by_nick (kinds, id) : NULL;

  if (value != NULL && (HyrShoeKind)value->value != hyr_shoe_get_kind (self->shoe))
    g_signal_emit (self, signals [KIND_CHANGED], 0, value->value);
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

/* Why the retire distance as typed cannot be saved, or NULL when it can;
 * @value is in the unit shown. */
static char *
check_retire_text (HyrShoeRow *self,
                   double     *value)
{
  const char *text = gtk_entry_get_text (GTK_ENTRY (self->retire_spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->retire_spin);
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);

  if (!parse_number (text, value))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      if (*stripped == '\0')
        return g_strdup (_("Enter a number."));
      /* Translators: %s is what was typed into a number field */
      return g_strdup_printf (_("“%s” is not a number."), text);
    }

  if (*value < lower || *value > upper)
    {
      /* Translators: the range of retire distances, as in "Enter a distance from 50 to 5000 km." */
      return self->miles ? g_strdup_printf (_("Enter a distance from %.0f to %.0f mi."), lower, upper)
                         : g_strdup_printf (_("Enter a distance from %.0f to %.0f km."), lower, upper);
    }

  return NULL;
}

static void
show_retire_check (HyrShoeRow *self,
                   const char *message)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self->retire_spin));

  self->retire_invalid = message != NULL;
  if (message != NULL)
    gtk_style_context_add_class (style, GTK_STYLE_CLASS_ERROR);
  else
    gtk_style_context_remove_class (style, GTK_STYLE_CLASS_ERROR);
  gtk_label_set_text (self->retire_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->retire_error_label), message != NULL);
}

/* As the user types: the reason shows under the field at once. */
static void
on_retire_text_changed (HyrShoeRow *self)
{
  g_autofree char *message = NULL;
  double value;

  message = check_retire_text (self, &value);
  show_retire_check (self, message);
}

/* The spin button reads its text through this: text that fails the check
 * leaves the value as it was (GTK_UPDATE_IF_VALID) instead of clamping
 * 0 or 5 to the lowest distance or snapping back without a word. */
static int
on_retire_input (HyrShoeRow    *self,
                 double        *new_value,
                 GtkSpinButton *spin)
{
  g_autofree char *message = check_retire_text (self, new_value);

  return message != NULL ? GTK_INPUT_ERROR : TRUE;
}

/* While the text fails the check, it stays as typed: the spin button
 * would otherwise write the old value over it on leaving the field. */
static gboolean
on_retire_output (HyrShoeRow    *self,
                  GtkSpinButton *spin)
{
  return self->retire_invalid;
}

static void
on_retire_value_changed (HyrShoeRow *self)
{
  double metres;

  if (self->updating || self->shoe == NULL || self->retire_invalid)
    return;

  metres = gtk_spin_button_get_value (self->retire_spin) * unit_length (self->miles);

  /* The spin button shows whole units: no news while it shows the same. */
  if (fabs (metres - hyr_shoe_get_retire_distance (self->shoe)) < unit_length (self->miles) / 2)
    return;

  g_signal_emit (self, signals [RETIRE_DISTANCE_CHANGED], 0, metres);
}

/* The kind guessed from the name, kept as the user's own. */
static void
on_confirm_kind_clicked (HyrShoeRow *self)
{
  if (self->shoe != NULL)
    g_signal_emit (self, signals [KIND_CHANGED], 0, hyr_shoe_get_kind (self->shoe));
}

static void
on_reset_clicked (HyrShoeRow *self)
{
  g_signal_emit (self, signals [RETIRE_DISTANCE_CHANGED], 0, 0.0);
}

static void
on_save_clicked (HyrShoeRow *self)
{
  const char *name = gtk_entry_get_text (self->name_entry);
  double prior;

  gtk_spin_button_update (self->prior_spin);
  prior = gtk_spin_button_get_value (self->prior_spin) * unit_length (self->miles);

  gtk_popover_popdown (self->edit_popover);
  g_signal_emit (self, signals [EDITED], 0, name, prior);
}

static void
on_retire_clicked (HyrShoeRow *self)
{
  gtk_popover_popdown (self->edit_popover);
  g_signal_emit (self, signals [RETIRE_TOGGLED], 0, hyr_shoe_get_active (self->shoe));
}

static void
on_remove_clicked (HyrShoeRow *self)
{
  gtk_popover_popdown (self->edit_popover);
  g_signal_emit (self, signals [REMOVE_REQUESTED], 0);
}

static void
hyr_shoe_row_finalize (GObject *object)
{
  HyrShoeRow *self = (HyrShoeRow *)object;

  g_clear_object (&self->shoe);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (hyr_shoe_row_parent_class)->finalize (object);
}

static void
hyr_shoe_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HyrShoeRow *self = HYR_SHOE_ROW (object);

  switch (prop_id)
    {
    case PROP_SHOE:
      g_value_set_object (value, self->shoe);
      break;
    case PROP_MILES:
      g_value_set_boolean (value, self->miles);
      break;
    case PROP_NOW:
      g_value_set_boxed (value, self->now);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoe_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HyrShoeRow *self = HYR_SHOE_ROW (object);

  switch (prop_id)
    {
    case PROP_SHOE:
      hyr_shoe_row_set_shoe (self, g_value_get_object (value));
      break;
    case PROP_MILES:
      hyr_shoe_row_set_miles (self, g_value_get_boolean (value));
      break;
    case PROP_NOW:
      hyr_shoe_row_set_now (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoe_row_class_init (HyrShoeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hyr_shoe_row_finalize;
  object_class->get_property = hyr_shoe_row_get_property;
  object_class->set_property = hyr_shoe_row_set_property;

  properties [PROP_SHOE] =
    g_param_spec_object ("shoe", NULL, NULL, HYR_TYPE_SHOE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_MILES] =
    g_param_spec_boolean ("miles", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user picked another kind. */
  signals [KIND_CHANGED] =
    g_signal_new ("kind-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HYR_TYPE_SHOE_KIND);
  /* The user set a retire distance, in metres; 0 asks for the default. */
  signals [RETIRE_DISTANCE_CHANGED] =
    g_signal_new ("retire-distance-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  /* The user renamed an own pair or changed its prior distance (metres). */
  signals [EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_DOUBLE);
  /* The user retired an own pair (TRUE) or brought it back (FALSE). */
  signals [RETIRE_TOGGLED] =
    g_signal_new ("retire-toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /* The user asked to remove an own pair. */
  signals [REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-shoe-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, kind_combo);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, wear_bar);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, wear_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, retire_date_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, share_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, warning_box);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, warning_image);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, warning_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, retire_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, reset_button);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, retire_box);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, guess_box);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, guess_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, retire_error_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, edit_popover);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, prior_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, prior_unit_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HyrShoeRow, retire_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_retire_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_kind_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_retire_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_retire_input);
  gtk_widget_class_bind_template_callback (widget_class, on_retire_output);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_retire_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

/* Colours of the wear bar: the theme's accent up to 80 %, its warning
 * colour to 100 %, its error colour past that. GtkLevelBar gives the
 * filled block the class of the first offset at or above the value. */
static GtkCssProvider *
wear_bar_css (void)
{
  static GtkCssProvider *provider;

  if (g_once_init_enter (&provider))
    {
      GtkCssProvider *css = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (css,
                                       "levelbar.horizontal block { min-height: 6px; }\n"
                                       "levelbar block.hyr-fresh { background-color: @theme_selected_bg_color; border-color: shade(@theme_selected_bg_color, 0.8); }\n"
                                       "levelbar block.hyr-worn { background-color: @warning_color; border-color: shade(@warning_color, 0.8); }\n"
                                       "levelbar block.hyr-retire { background-color: @error_color; border-color: shade(@error_color, 0.8); }\n",
                                       -1, NULL);
      g_once_init_leave (&provider, css);
    }

  return provider;
}

static void
hyr_shoe_row_init (HyrShoeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hyr_shoe_row_append_kinds (self->kind_combo);

  gtk_level_bar_remove_offset_value (self->wear_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->wear_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->wear_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (self->wear_bar, "hyr-fresh", 0.8);
  gtk_level_bar_add_offset_value (self->wear_bar, "hyr-worn", 1.0);
  gtk_level_bar_add_offset_value (self->wear_bar, "hyr-retire", WEAR_BAR_MAX);
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->wear_bar)),
                                  GTK_STYLE_PROVIDER (wear_bar_css ()),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_popover_set_default_widget (self->edit_popover, GTK_WIDGET (self->save_button));
}

/**
 * hyr_shoe_row_new:
 * @shoe: the pair
 * @miles: whether to show miles
 * @now: (nullable): the time the figures are for, or %NULL for the clock
 *
 * Returns: (transfer floating): a new #HyrShoeRow
 */
GtkWidget *
hyr_shoe_row_new (HyrShoe   *shoe,
                  gboolean   miles,
                  GDateTime *now)
{
  g_return_val_if_fail (HYR_IS_SHOE (shoe), NULL);

  return g_object_new (HYR_TYPE_SHOE_ROW,
                       "miles", miles,
                       "now", now,
                       "shoe", shoe,
                       NULL);
}

/**
 * hyr_shoe_row_get_shoe:
 * @self: a #HyrShoeRow
 *
 * Returns: (transfer none): the pair shown
 */
HyrShoe *
hyr_shoe_row_get_shoe (HyrShoeRow *self)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROW (self), NULL);
  return self->shoe;
}

/**
 * hyr_shoe_row_set_shoe:
 * @self: a #HyrShoeRow
 * @shoe: the pair's new figures
 *
 * Shows new figures, keeping what the user is typing.
 */
void
hyr_shoe_row_set_shoe (HyrShoeRow *self,
                       HyrShoe    *shoe)
{
  g_return_if_fail (HYR_IS_SHOE_ROW (self));
  g_return_if_fail (HYR_IS_SHOE (shoe));

  if (g_set_object (&self->shoe, shoe))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOE]);
    }
}

/**
 * hyr_shoe_row_set_miles:
 * @self: a #HyrShoeRow
 * @miles: %TRUE for miles, %FALSE for kilometres
 */
void
hyr_shoe_row_set_miles (HyrShoeRow *self,
                        gboolean    miles)
{
  g_return_if_fail (HYR_IS_SHOE_ROW (self));

  miles = !!miles;
  if (self->miles == miles)
    return;

  self->miles = miles;

  /* The spin button shows the other unit now, even while focused; what
   * was typed in the old unit means nothing in the new one. */
  self->updating = TRUE;
  show_retire_check (self, NULL);
  if (self->shoe != NULL)
    gtk_spin_button_set_value (self->retire_spin,
                               round (hyr_shoe_get_retire_distance (self->shoe) / unit_length (miles)));
  self->updating = FALSE;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MILES]);
}

/**
 * hyr_shoe_row_set_now:
 * @self: a #HyrShoeRow
 * @now: (nullable): the time the figures are for, or %NULL for the clock
 */
void
hyr_shoe_row_set_now (HyrShoeRow *self,
                      GDateTime  *now)
{
  g_return_if_fail (HYR_IS_SHOE_ROW (self));

  if (self->now == now)
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOW]);
}
