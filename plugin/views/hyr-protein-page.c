/* hyr-protein-page.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-protein-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr-protein-page.h"

#define SECTION "protein"
#define DEFAULT_MEALS 4

/**
 * HyrProteinPage:
 *
 * The protein calculator: today's protein target from the body mass in the
 * host's latest weight record, or the one the user enters, for a goal and a
 * number of meals, with the evidence range and the sources' findings.
 *
 * The body mass the user types is the profile's (#HyrProfile:body-mass),
 * shared with the planner, and is used when the tracker has no weight
 * record; goal and meals are kept in the state's "protein" section. Nothing
 * is saved while the body mass typed is invalid, nor while the state is
 * read-only.
 *
 * A body mass typed is checked as it is typed, but counts only once the
 * user is done with it (Enter, or leaving the field): "1000" on its way
 * through "100" is not a body mass to calculate with, nor to write into
 * the profile the planner shares. A number of meals out of range is
 * marked and explained under the field, and the target keeps the meals it
 * was for, instead of the field quietly jumping back.
 */
struct _HyrProteinPage
{
  GtkBin             parent_instance;

  HyrActivityStore  *store;
  HyrState          *state;
  GSettings         *settings;
  HyrProfile        *profile;

  /* The body mass the target is for and where it came from (see
   * hyr_profile_resolve_body_mass(): the same as the Planner's profile
   * shows); the profile's (entered by the user, used when the tracker has
   * none or the user overrides it) and the tracker's. */
  double             body_mass;
  HyrBodyMassSource  source;
  double             entered_mass;
  double             host_mass;
  HyrProteinGoal     goal;
  guint              meals;
  HyrMassUnit        unit;
  gboolean           mass_valid;
  gboolean           meals_valid;

  /* Set while the widgets are filled in from the values above, so that
   * their ::changed handlers do not take it for the user's editing. */
  guint              updating : 1;
  /* Set while this page saves, so that it does not reload what it wrote. */
  guint              saving : 1;

  GtkWidget         *summary;
  GtkLabel          *daily_label;
  GtkLabel          *daily_detail_label;
  GtkLabel          *basis_label;
  GtkWidget         *warning_box;
  GtkLabel          *warning_label;
  GtkLabel          *mass_source_label;
  GtkWidget         *use_tracker_button;
  GtkEntry          *mass_entry;
  GtkLabel          *mass_unit_label;
  GtkLabel          *mass_error_label;
  GtkLabel          *goal_detail_label;
  GtkComboBox       *goal_combo;
  GtkLabel          *meals_detail_label;
  GtkSpinButton     *meals_spin;
  GtkLabel          *save_error_label;
  GtkLabel          *meals_error_label;
  GtkListBox        *numbers_list;
  GtkListBox        *evidence_list;
  GtkWidget         *range_row;
  GtkLabel          *range_label;
  GtkLabel          *range_detail_label;
};

G_DEFINE_FINAL_TYPE (HyrProteinPage, hyr_protein_page, GTK_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* One decimal, none when it would be ".0": "80 kg", "80.5 kg", "176.4 lb". */
static char *
format_mass (double      kg,
             HyrMassUnit unit)
{
  double value = round (hyr_protein_mass_from_kg (kg, unit) * 10) / 10;

  if (value == round (value))
    return g_strdup_printf ("%.0f", value);

  return g_strdup_printf ("%.1f", value);
}

static const char *
unit_symbol (HyrMassUnit unit)
{
  /* Translators: the symbols of pounds and kilograms, after a body mass */
  return unit == HYR_MASS_UNIT_LB ? C_("mass unit", "lb") : C_("mass unit", "kg");
}

static const char *
goal_to_nick (HyrProteinGoal goal)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (HYR_TYPE_PROTEIN_GOAL);
  GEnumValue *value = g_enum_get_value (klass, goal);

  return value != NULL ? value->value_nick : NULL;
}

static HyrProteinGoal
goal_from_nick (const char     *nick,
                HyrProteinGoal  fallback)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (HYR_TYPE_PROTEIN_GOAL);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return value != NULL ? (HyrProteinGoal)value->value : fallback;
}

static gboolean
member_number (JsonObject *object,
               const char *name,
               double     *number)
{
  JsonNode *node = json_object_get_member (object, name);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
    return FALSE;

  *number = json_node_get_double (node);
  return TRUE;
}

static double
profile_body_mass (HyrProteinPage *self)
{
  double mass = hyr_profile_get_body_mass (self->profile);

  /* The profile allows any mass up to its limit; the calculator needs one
   * it can use. */
  return hyr_protein_check_body_mass (mass, NULL) ? mass : 0;
}

static void
resolve_body_mass (HyrProteinPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->host_mass = self->store != NULL ? hyr_activity_store_get_body_mass (self->store, now) : 0;
  self->body_mass = hyr_profile_resolve_body_mass (self->profile, self->store, now, &self->source);
}

/* Reads what the state holds, and the tracker's latest weight. A value the
 * state holds but the calculator cannot use (edited by hand, say) is
 * replaced by the default, and is only overwritten once the user changes
 * something. */
static void
load_values (HyrProteinPage *self)
{
  JsonObject *section = hyr_state_get_section (self->state, SECTION);
  double number;

  self->entered_mass = profile_body_mass (self);

  self->goal = goal_from_nick (json_object_get_string_member_with_default (section, "goal", NULL),
                               HYR_PROTEIN_GOAL_BUILD);

  self->meals = DEFAULT_MEALS;
  if (member_number (section, "meals", &number) &&
      number >= HYR_PROTEIN_MIN_MEALS && number <= HYR_PROTEIN_MAX_MEALS &&
      number == floor (number))
    self->meals = (guint)number;

  resolve_body_mass (self);
  self->mass_valid = TRUE;
}

static void
set_mass_error (HyrProteinPage *self,
                const char     *message)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self->mass_entry));

  if (message != NULL)
    {
      gtk_style_context_add_class (context, GTK_STYLE_CLASS_ERROR);
      gtk_label_set_label (self->mass_error_label, message);
      gtk_widget_show (GTK_WIDGET (self->mass_error_label));
    }
  else
    {
      gtk_style_context_remove_class (context, GTK_STYLE_CLASS_ERROR);
      gtk_widget_hide (GTK_WIDGET (self->mass_error_label));
    }
}

static void
show_mass (HyrProteinPage *self)
{
  g_autofree char *text = NULL;

  if (self->body_mass > 0)
    text = format_mass (self->body_mass, self->unit);

  self->updating = TRUE;
  gtk_entry_set_text (self->mass_entry, text != NULL ? text : "");
  self->updating = FALSE;

  self->mass_valid = TRUE;
  set_mass_error (self, NULL);
}

static void
show_values (HyrProteinPage *self)
{
  show_mass (self);

  self->updating = TRUE;
  self->meals_valid = TRUE;
  gtk_style_context_remove_class (gtk_widget_get_style_context (GTK_WIDGET (self->meals_spin)),
                                  GTK_STYLE_CLASS_ERROR);
  gtk_widget_hide (GTK_WIDGET (self->meals_error_label));
  gtk_combo_box_set_active_id (self->goal_combo, goal_to_nick (self->goal));
  gtk_spin_button_set_value (self->meals_spin, self->meals);
  self->updating = FALSE;
}

/* Tab through a list of rows that are not focusable themselves: into the
 * next row that has something to focus, and out of the list after the
 * last. GtkListBox gives the focus to the next row even when it cannot
 * take it, so Tab never left the body mass and meals fields. */
static gboolean
on_list_focus (GtkWidget        *list,
               GtkDirectionType  direction,
               gpointer          user_data)
{
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  g_autoptr(GList) rows = NULL;
  GtkWidget *focus_row;
  GList *l;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GDK_EVENT_PROPAGATE;

  rows = gtk_container_get_children (GTK_CONTAINER (list));
  if (!forward)
    rows = g_list_reverse (rows);

  focus_row = gtk_container_get_focus_child (GTK_CONTAINER (list));
  l = focus_row != NULL ? g_list_find (rows, focus_row) : rows;
  /* The rows' contents, not the rows: a row claims the focus for itself
   * even when it cannot take it. */
  if (focus_row != NULL)
    {
      if (gtk_widget_child_focus (gtk_bin_get_child (GTK_BIN (focus_row)), direction))
        return GDK_EVENT_STOP;
      l = l->next;
    }

  for (; l != NULL; l = l->next)
    {
      GtkWidget *content = gtk_bin_get_child (GTK_BIN (l->data));

      if (gtk_widget_get_visible (l->data) && content != NULL && gtk_widget_child_focus (content, direction))
        return GDK_EVENT_STOP;
    }

  /* Out of the list: GtkListBox's own handler would keep the focus. */
  g_signal_stop_emission_by_name (list, "focus");
  return FALSE;
}

/* Lines between the rows of a list, as GNOME's settings lists have. */
static void
separator_header (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  if (before == NULL)
    gtk_list_box_row_set_header (row, NULL);
  else if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
}

static GtkWidget *
note_row_new (const char *note)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (note);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_can_focus (row, FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  g_object_set (label, "margin", 12, NULL);
  gtk_container_add (GTK_CONTAINER (row), label);
  gtk_widget_show_all (row);

  return row;
}

static void
show_notes (HyrProteinPage   *self,
            HyrProteinTarget *target)
{
  g_autoptr(GList) rows = gtk_container_get_children (GTK_CONTAINER (self->evidence_list));
  const char * const *notes;

  for (const GList *l = rows; l != NULL; l = l->next)
    {
      if (l->data != self->range_row)
        gtk_widget_destroy (l->data);
    }

  if (target == NULL)
    return;

  notes = hyr_protein_target_get_notes (target);
  for (guint i = 0; notes[i] != NULL; i++)
    gtk_container_add (GTK_CONTAINER (self->evidence_list), note_row_new (notes[i]));
}

static void
show_source (HyrProteinPage *self)
{
  g_autofree char *host = NULL;
  g_autofree char *text = NULL;

  if (self->host_mass > 0)
    host = format_mass (self->host_mass, self->unit);

  switch (self->source)
    {
    case HYR_BODY_MASS_SOURCE_HOST:
      text = g_strdup (_("From your tracker"));
      break;

    case HYR_BODY_MASS_SOURCE_PROFILE:
      if (host != NULL)
        /* Translators: the first %s is a body mass, the second its unit */
        text = g_strdup_printf (_("Entered here; your tracker’s latest record is %s %s"),
                                host, unit_symbol (self->unit));
      else
        text = g_strdup (_("Entered here"));
      break;

    case HYR_BODY_MASS_SOURCE_NONE:
      text = g_strdup (_("Your tracker has no weight record"));
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (self->mass_source_label, text);
  gtk_widget_set_visible (self->use_tracker_button,
                          self->source != HYR_BODY_MASS_SOURCE_HOST && self->host_mass > 0);
}

static void
show_goal (HyrProteinPage *self)
{
  g_autofree char *goal_detail = NULL;
  g_autofree char *range_detail = NULL;
  double grams_per_kg = hyr_protein_goal_get_grams_per_kg (self->goal);
  double low, high;

  if (self->unit == HYR_MASS_UNIT_LB)
    /* Translators: protein a day per kg and, in brackets, per pound of body mass */
    goal_detail = g_strdup_printf (_("%.1f g per kg a day (%.2f g per lb)"),
                                   grams_per_kg, grams_per_kg * HYR_KILOGRAMS_PER_POUND);
  else
    goal_detail = g_strdup_printf (_("%.1f g per kg of body mass a day"), grams_per_kg);
  gtk_label_set_label (self->goal_detail_label, goal_detail);

  hyr_protein_goal_get_range (self->goal, &low, &high);
  range_detail = g_strdup_printf (_("%.1f–%.1f g per kg of body mass a day"), low, high);
  gtk_label_set_label (self->range_detail_label, range_detail);
}

static void
show_no_target (HyrProteinPage *self)
{
  gtk_label_set_label (self->daily_label, "—");
  gtk_label_set_label (self->daily_detail_label, _("Enter your body mass to see your target."));
  gtk_label_set_label (self->basis_label, "");
  gtk_widget_hide (self->warning_box);
  gtk_label_set_label (self->meals_detail_label, "");
  gtk_label_set_label (self->range_label, "—");
  show_notes (self, NULL);
}

static void
show_target (HyrProteinPage *self)
{
  g_autoptr(HyrProteinTarget) target = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *daily_detail = NULL;
  g_autofree char *basis = NULL;
  g_autofree char *mass = NULL;
  g_autofree char *meals_detail = NULL;
  g_autofree char *range = NULL;
  const char *warning;
  double per_meal;

  gtk_label_set_label (self->mass_unit_label, unit_symbol (self->unit));
  show_source (self);
  show_goal (self);

  /* While the body mass typed is invalid, the target for the last valid
   * one stays, greyed out, so that the page does not jump as the user
   * types. */
  gtk_widget_set_sensitive (self->summary, self->mass_valid);

  if (self->body_mass > 0)
    target = hyr_protein_target (self->body_mass, self->goal, self->meals, NULL);
  if (target == NULL)
    {
      show_no_target (self);
      return;
    }

  /* Translators: the daily protein target in grams, shown large */
  daily = g_strdup_printf (_("%.0f g"), round (hyr_protein_target_get_daily (target)));
  gtk_label_set_label (self->daily_label, daily);

  per_meal = round (hyr_protein_target_get_per_meal (target));
  daily_detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "a day, in %u meal of %.0f g",
                                               "a day, in %u meals of %.0f g each",
                                               self->meals),
                                  self->meals, per_meal);
  gtk_label_set_label (self->daily_detail_label, daily_detail);

  mass = format_mass (self->body_mass, self->unit);
  if (self->source == HYR_BODY_MASS_SOURCE_HOST)
    /* Translators: a body mass and its unit */
    basis = g_strdup_printf (_("For %s %s, from your tracker’s latest weight record"),
                             mass, unit_symbol (self->unit));
  else
    /* Translators: a body mass and its unit */
    basis = g_strdup_printf (_("For the %s %s you entered"), mass, unit_symbol (self->unit));
  gtk_label_set_label (self->basis_label, basis);

  warning = hyr_protein_target_get_warning (target);
  gtk_widget_set_visible (self->warning_box, warning != NULL);
  gtk_label_set_label (self->warning_label, warning != NULL ? warning : "");

  /* Translators: grams of protein and g/kg of body mass in each meal */
  meals_detail = g_strdup_printf (_("%.0f g each, %.2f g per kg"),
                                  per_meal, hyr_protein_target_get_per_meal_grams_per_kg (target));
  gtk_label_set_label (self->meals_detail_label, meals_detail);

  /* Translators: the low and high end of a range of grams of protein a day */
  range = g_strdup_printf (_("%.0f–%.0f g"),
                           round (hyr_protein_target_get_low (target)),
                           round (hyr_protein_target_get_high (target)));
  gtk_label_set_label (self->range_label, range);

  show_notes (self, target);
}

static void
show_save_error (HyrProteinPage *self,
                 const GError   *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      gtk_widget_hide (GTK_WIDGET (self->save_error_label));
      return;
    }

  message = g_strdup_printf (_("Your numbers could not be saved: %s"), error->message);
  gtk_label_set_label (self->save_error_label, message);
  gtk_widget_show (GTK_WIDGET (self->save_error_label));
}

/* A read-only state keeps the damaged file on disk untouched until the
 * user decides: nothing is changed in it, not even in memory, while the
 * calculation still follows the input. */
static void
save_body_mass (HyrProteinPage *self,
                gboolean        override)
{
  g_autoptr(GError) error = NULL;

  if (hyr_state_get_read_only (self->state))
    return;

  self->saving = TRUE;
  hyr_profile_set_body_mass (self->profile, self->entered_mass);
  hyr_profile_set_body_mass_override (self->profile, override);
  if (!hyr_profile_save (self->profile, &error))
    g_debug ("Saving the body mass failed: %s", error->message);
  self->saving = FALSE;

  show_save_error (self, error);
}

static JsonNode *
copy_member (JsonObject *section,
             const char *name)
{
  JsonNode *node = json_object_get_member (section, name);

  return node != NULL ? json_node_copy (node) : NULL;
}

static void
restore_member (JsonObject *section,
                const char *name,
                JsonNode   *node)
{
  if (node != NULL)
    json_object_set_member (section, name, json_node_copy (node));
  else
    json_object_remove_member (section, name);
}

/* When saving fails, the section gets its old values back, so that memory
 * and disk agree and nothing claims to be saved that is not. */
static void
save_goal_and_meals (HyrProteinPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) old_goal = NULL;
  g_autoptr(JsonNode) old_meals = NULL;
  JsonObject *section;

  if (hyr_state_get_read_only (self->state))
    return;

  section = hyr_state_get_section (self->state, SECTION);
  old_goal = copy_member (section, "goal");
  old_meals = copy_member (section, "meals");

  self->saving = TRUE;
  json_object_set_string_member (section, "goal", goal_to_nick (self->goal));
  json_object_set_int_member (section, "meals", self->meals);
  hyr_state_section_changed (self->state, SECTION);

  if (!hyr_state_save (self->state, &error))
    {
      restore_member (section, "goal", old_goal);
      restore_member (section, "meals", old_meals);
      hyr_state_section_changed (self->state, SECTION);
    }
  self->saving = FALSE;

  show_save_error (self, error);
}

/* As the user types: checked, marked when it cannot be a body mass, and
 * nothing more until the user is done with it. */
static void
on_mass_entry_changed (HyrProteinPage *self,
                       GtkEntry       *entry)
{
  g_autoptr(GError) error = NULL;
  double kg;

  if (self->updating)
    return;

  self->mass_valid = hyr_protein_parse_body_mass (gtk_entry_get_text (entry), self->unit, &kg, &error);
  set_mass_error (self, self->mass_valid ? NULL : error->message);
  /* The target greys out while the text cannot be a body mass, and is
   * still the one for the body mass from before. */
  show_target (self);
}

/* Done typing: a valid body mass other than the one shown is the user's
 * override, used and kept in the profile. */
static void
commit_mass (HyrProteinPage *self)
{
  double kg;

  if (self->updating || !self->mass_valid ||
      !hyr_protein_parse_body_mass (gtk_entry_get_text (self->mass_entry), self->unit, &kg, NULL))
    return;

  if (self->source == HYR_BODY_MASS_SOURCE_PROFILE && fabs (kg - self->entered_mass) < 1e-9)
    return;
  if (self->source == HYR_BODY_MASS_SOURCE_HOST && fabs (kg - self->body_mass) < 0.05)
    return;

  self->body_mass = kg;
  self->entered_mass = kg;
  self->source = HYR_BODY_MASS_SOURCE_PROFILE;
  /* Typed over the tracker's record: the user's word counts until they
   * go back to the tracker's, here or in the Planner's profile. */
  save_body_mass (self, self->host_mass > 0);
  show_target (self);
}

static void
on_mass_entry_activate (HyrProteinPage *self,
                        GtkEntry       *entry)
{
  commit_mass (self);
}

static gboolean
on_mass_entry_focus_out (HyrProteinPage *self,
                         GdkEvent       *event,
                         GtkEntry       *entry)
{
  commit_mass (self);
  return GDK_EVENT_PROPAGATE;
}

static void
on_goal_changed (HyrProteinPage *self,
                 GtkComboBox    *combo)
{
  if (self->updating)
    return;

  self->goal = goal_from_nick (gtk_combo_box_get_active_id (combo), self->goal);
  save_goal_and_meals (self);
  show_target (self);
}

static void
on_meals_changed (HyrProteinPage *self,
                  GtkSpinButton  *spin)
{
  if (self->updating || !self->meals_valid)
    return;

  self->meals = (guint)gtk_spin_button_get_value_as_int (spin);
  save_goal_and_meals (self);
  show_target (self);
}

/* Why the meals typed cannot be used, or NULL when they can. */
static char *
check_meals (const char *text,
             double     *meals)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;

  *meals = g_ascii_strtod (stripped, &end);
  if (*stripped == '\0' || end == NULL || *end != '\0' || *meals != floor (*meals) ||
      *meals < HYR_PROTEIN_MIN_MEALS || *meals > HYR_PROTEIN_MAX_MEALS)
    return g_strdup_printf (_("Enter from %d to %d meals a day."),
                            HYR_PROTEIN_MIN_MEALS, HYR_PROTEIN_MAX_MEALS);

  return NULL;
}

static void
on_meals_text_changed (HyrProteinPage *self,
                       GtkEditable    *editable)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (editable));
  g_autofree char *message = NULL;
  double meals;

  if (self->updating)
    return;

  message = check_meals (gtk_entry_get_text (GTK_ENTRY (editable)), &meals);
  self->meals_valid = message == NULL;
  if (message != NULL)
    gtk_style_context_add_class (context, GTK_STYLE_CLASS_ERROR);
  else
    gtk_style_context_remove_class (context, GTK_STYLE_CLASS_ERROR);
  gtk_label_set_label (self->meals_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->meals_error_label), message != NULL);
}

/* Meals out of range leave the value as it was (update policy if-valid)
 * and the text as typed, so that the mark and its reason stay true. */
static int
on_meals_input (HyrProteinPage *self,
                double         *new_value,
                GtkSpinButton  *spin)
{
  g_autofree char *message = check_meals (gtk_entry_get_text (GTK_ENTRY (spin)), new_value);

  return message != NULL ? GTK_INPUT_ERROR : TRUE;
}

static gboolean
on_meals_output (HyrProteinPage *self,
                 GtkSpinButton  *spin)
{
  return !self->meals_valid;
}

static void
on_use_tracker_clicked (HyrProteinPage *self,
                        GtkButton      *button)
{
  if (self->host_mass <= 0)
    return;

  self->body_mass = self->host_mass;
  self->source = HYR_BODY_MASS_SOURCE_HOST;
  save_body_mass (self, FALSE);
  show_mass (self);
  show_target (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->mass_entry));
}

static void
on_state_changed (HyrProteinPage *self,
                  const char     *section,
                  HyrState       *state)
{
  /* "*" is every section, as after the user started afresh. */
  if (self->saving || (g_strcmp0 (section, SECTION) != 0 && g_strcmp0 (section, "*") != 0))
    return;

  load_values (self);
  show_values (self);
  show_target (self);
}

/* Another view, such as the planner's, changed the profile's body mass. */
static void
on_profile_body_mass_changed (HyrProteinPage *self,
                              GParamSpec     *pspec,
                              HyrProfile     *profile)
{
  if (self->saving)
    return;

  self->entered_mass = profile_body_mass (self);
  resolve_body_mass (self);
  show_mass (self);
  show_target (self);
}

static void
on_store_changed (HyrProteinPage   *self,
                  HyrActivityStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* Activities come and go far more often than weight records. */
  if (hyr_activity_store_get_body_mass (store, now) == self->host_mass)
    return;

  /* A new weight record in the tracker is the user's latest word on their
   * body mass, unless they chose their own over the tracker's; without a
   * record, the value entered here takes over again. */
  resolve_body_mass (self);
  show_mass (self);
  show_target (self);
}

static void
on_mass_unit_changed (HyrProteinPage *self,
                      const char     *key,
                      GSettings      *settings)
{
  self->unit = g_settings_get_enum (settings, "mass-unit");

  /* A valid body mass is shown in the new unit without being saved again,
   * so that switching back and forth never drifts by rounding; what the
   * user is still typing is checked again in the new unit. */
  if (self->mass_valid)
    show_mass (self);
  else
    on_mass_entry_changed (self, self->mass_entry);

  show_target (self);
}

static void
hyr_protein_page_constructed (GObject *object)
{
  HyrProteinPage *self = (HyrProteinPage *)object;

  G_OBJECT_CLASS (hyr_protein_page_parent_class)->constructed (object);

  g_assert (self->state != NULL);
  g_assert (self->settings != NULL);

  self->unit = g_settings_get_enum (self->settings, "mass-unit");
  self->profile = g_object_ref (hyr_state_get_profile (self->state));

  g_signal_connect_object (self->profile, "notify::body-mass",
                           G_CALLBACK (on_profile_body_mass_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->profile, "notify::body-mass-override",
                           G_CALLBACK (on_profile_body_mass_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "changed",
                           G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::mass-unit",
                           G_CALLBACK (on_mass_unit_changed), self, G_CONNECT_SWAPPED);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  load_values (self);
  show_values (self);
  show_target (self);
}

static void
hyr_protein_page_dispose (GObject *object)
{
  HyrProteinPage *self = (HyrProteinPage *)object;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);

  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  g_clear_object (&self->state);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hyr_protein_page_parent_class)->dispose (object);
}

static void
hyr_protein_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HyrProteinPage *self = HYR_PROTEIN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_protein_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HyrProteinPage *self = HYR_PROTEIN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_protein_page_class_init (HyrProteinPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hyr_protein_page_constructed;
  object_class->dispose = hyr_protein_page_dispose;
  object_class->get_property = hyr_protein_page_get_property;
  object_class->set_property = hyr_protein_page_set_property;

  /**
   * HyrProteinPage:store:
   *
   * The host's activity store, asked for the latest body mass; %NULL
   * without a host.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HYR_TYPE_ACTIVITY_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinPage:state:
   *
   * The plugin's state; the page keeps its values in the "protein" section.
   */
  properties [PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         HYR_TYPE_STATE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrProteinPage:settings:
   *
   * The plugin's settings; "mass-unit" chooses kg or lb.
   */
  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-protein-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, summary);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, daily_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, daily_detail_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, basis_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, warning_box);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, mass_source_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, use_tracker_button);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, mass_entry);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, mass_unit_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, mass_error_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, goal_detail_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, goal_combo);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, meals_detail_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, meals_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, meals_error_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, numbers_list);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, range_row);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, HyrProteinPage, range_detail_label);
  gtk_widget_class_bind_template_callback (widget_class, on_mass_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_meals_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_meals_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_meals_input);
  gtk_widget_class_bind_template_callback (widget_class, on_meals_output);
  gtk_widget_class_bind_template_callback (widget_class, on_mass_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_mass_entry_focus_out);
  gtk_widget_class_bind_template_callback (widget_class, on_use_tracker_clicked);
}

static void
hyr_protein_page_init (HyrProteinPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->numbers_list, separator_header, NULL, NULL);
  gtk_list_box_set_header_func (self->evidence_list, separator_header, NULL, NULL);
  g_signal_connect (self->numbers_list, "focus", G_CALLBACK (on_list_focus), NULL);
  g_signal_connect (self->evidence_list, "focus", G_CALLBACK (on_list_focus), NULL);
  self->meals_valid = TRUE;
}

/**
 * hyr_protein_page_new:
 * @store: (nullable): the host's activity store, or %NULL without a host
 * @state: the plugin's state
 * @settings: the plugin's settings (schema io.github.HypertrophyRunning)
 *
 * Creates the protein calculator page.
 *
 * Returns: (transfer floating): a new #HyrProteinPage
 */
GtkWidget *
hyr_protein_page_new (HyrActivityStore *store,
                      HyrState         *state,
                      GSettings        *settings)
{
  g_return_val_if_fail (store == NULL || HYR_IS_ACTIVITY_STORE (store), NULL);
  g_return_val_if_fail (HYR_IS_STATE (state), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (HYR_TYPE_PROTEIN_PAGE,
                       "store", store,
                       "state", state,
                       "settings", settings,
                       NULL);
}
