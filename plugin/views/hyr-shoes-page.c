/* hyr-shoes-page.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-shoes-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hyr-shoe-row.h"
#include "hyr-shoes-page.h"

#define N_RUN_KINDS          (HYR_RUN_KIND_RACE + 1)
#define RECENT_RUNS_SHOWN    10
#define UNDO_TIMEOUT_SECONDS 10
#define UNDO_RESPONSE        1

/**
 * HyrShoesPage:
 *
 * The "Shoes" page: every pair with its wear bar and figures, the pair to
 * wear for each kind of run, the rotation over the last 8 weeks with what
 * is known about rotating, and, when the host keeps no equipment, the
 * plugin's own pairs with their default-pair rules and the pair of each
 * recent run. Distances follow the distance-unit setting.
 *
 * The page shows a #HyrShoeRotation and refreshes when it emits
 * #HyrShoeRotation::changed; rows are updated in place, so that a spin
 * button keeps its focus while the figures change under it.
 */
typedef enum
{
  UNDO_NONE,
  UNDO_RETIRE,
  UNDO_REMOVE,
} UndoKind;

struct _HyrShoesPage
{
  GtkBin             parent_instance;

  HyrShoeRotation   *rotation;
  GSettings         *settings;
  gulong             rotation_changed_id;
  gulong             settings_changed_id;
  gboolean           miles;
  gboolean           updating;

  GHashTable        *shoe_rows;          /* gear id → HyrShoeRow */
  GtkComboBoxText   *default_combos[N_RUN_KINDS];
  GPtrArray         *run_combos;         /* GtkComboBoxText */
  GStrv              run_ids;
  GPtrArray         *sport_combos;       /* GtkComboBoxText */
  GStrv              sports;

  UndoKind           undo;
  char              *undo_gear_id;
  guint              undo_timeout_id;

  GtkInfoBar        *info_bar;
  GtkLabel          *info_label;
  GtkButton         *undo_button;
  GtkLabel          *summary_label;
  GtkMenuButton     *add_button;
  GtkListBox        *shoes_list;
  GtkListBox        *suggestions_list;
  GtkLabel          *rotation_label;
  GtkBox            *own_box;
  GtkListBox        *defaults_list;
  GtkListBox        *runs_list;
  GtkExpander       *sports_expander;
  GtkListBox        *sports_list;
  GtkLabel          *footnote_label;
  GtkPopover        *add_popover;
  GtkEntry          *add_name_entry;
  GtkComboBoxText   *add_kind_combo;
  GtkSpinButton     *add_prior_spin;
  GtkLabel          *add_unit_label;
  GtkButton         *add_confirm_button;
  GtkLabel          *placeholder_label;
};

G_DEFINE_FINAL_TYPE (HyrShoesPage, hyr_shoes_page, GTK_TYPE_BIN)

enum {
  PROP_0,
  PROP_ROTATION,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The "next run" suggestions: a typical distance for each kind of run. */
static const struct {
  HyrRunKind  kind;
  double      distance;
} next_runs[] = {
  { HYR_RUN_KIND_EASY, 6000 },
  { HYR_RUN_KIND_LONG, 20000 },
  { HYR_RUN_KIND_RECOVERY, 5000 },
  { HYR_RUN_KIND_TEMPO, 10000 },
  { HYR_RUN_KIND_INTERVAL, 8000 },
  { HYR_RUN_KIND_HILL, 6000 },
  { HYR_RUN_KIND_RACE, 10000 },
};

static void refresh (HyrShoesPage *self);

static const char *
modality_title (HyrModality modality)
{
  switch (modality)
    {
    case HYR_MODALITY_RUNNING:
      return _("Running");
    case HYR_MODALITY_STRENGTH:
      return _("Strength");
    case HYR_MODALITY_OTHER:
    default:
      return _("Other");
    }
}

static double
unit_length (gboolean miles)
{
  return hyr_units_distance_to_metres (1, miles ? "mi" : "km");
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  enum_class = g_type_class_ref (type);
  enum_value = g_enum_get_value_by_nick (enum_class, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

static GtkWidget *
dim_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "dim-label");

  return label;
}

static void
remove_all_rows (GtkListBox *list)
{
  g_autoptr(GList) children = gtk_container_get_children (GTK_CONTAINER (list));

  for (const GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
}

static void
separator_header (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  if (before != NULL && gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  else if (before == NULL)
    gtk_list_box_row_set_header (row, NULL);
}

/* Messages and undo */

static void
show_message (HyrShoesPage   *self,
              GtkMessageType  type,
              const char     *text,
              gboolean        can_undo)
{
  gtk_info_bar_set_message_type (self->info_bar, type);
  gtk_label_set_text (self->info_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->undo_button), can_undo);
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
}

static void
show_error (HyrShoesPage *self,
            const GError *error)
{
  show_message (self, GTK_MESSAGE_ERROR, error->message, FALSE);
}

/* Ends the undo period of the last retire or remove. A removal is only
 * carried out here: until then the row is merely hidden, so that "Undo"
 * can bring it back with its history. */
static void
finish_undo (HyrShoesPage *self,
             gboolean      commit)
{
  g_autofree char *gear_id = g_steal_pointer (&self->undo_gear_id);
  UndoKind undo = self->undo;

  g_clear_handle_id (&self->undo_timeout_id, g_source_remove);
  self->undo = UNDO_NONE;

  if (undo == UNDO_REMOVE && commit && self->rotation != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!hyr_shoe_rotation_remove_shoe (self->rotation, gear_id, &error))
        {
          show_error (self, error);
          refresh (self);
        }
    }
  else if (undo == UNDO_REMOVE)
    refresh (self);
}

static gboolean
on_undo_timeout (gpointer data)
{
  HyrShoesPage *self = data;

  self->undo_timeout_id = 0;
  gtk_info_bar_set_revealed (self->info_bar, FALSE);
  finish_undo (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
start_undo (HyrShoesPage *self,
            UndoKind      undo,
            const char   *gear_id,
            const char   *message)
{
  finish_undo (self, TRUE);

  self->undo = undo;
  self->undo_gear_id = g_strdup (gear_id);
  self->undo_timeout_id = g_timeout_add_seconds (UNDO_TIMEOUT_SECONDS, on_undo_timeout, self);
  show_message (self, GTK_MESSAGE_INFO, message, TRUE);
}

static void
on_info_bar_response (HyrShoesPage *self,
                      int           response)
{
  gtk_info_bar_set_revealed (self->info_bar, FALSE);

  if (response == UNDO_RESPONSE && self->undo == UNDO_RETIRE)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *gear_id = g_strdup (self->undo_gear_id);

      finish_undo (self, FALSE);
      if (!hyr_shoe_rotation_retire_shoe (self->rotation, gear_id, FALSE, &error))
        show_error (self, error);
    }
  else
    finish_undo (self, response != UNDO_RESPONSE);
}

/* Pairs */

static void
on_row_kind_changed (HyrShoesPage *self,
                     HyrShoeKind   kind,
                     HyrShoeRow   *row)
{
  g_autoptr(GError) error = NULL;
  HyrShoe *shoe = hyr_shoe_row_get_shoe (row);

  if (!hyr_shoe_rotation_set_kind (self->rotation, hyr_shoe_get_gear_id (shoe), kind, &error))
    {
      show_error (self, error);
      hyr_shoe_row_set_shoe (row, shoe);
      refresh (self);
    }
}

static void
on_row_retire_distance_changed (HyrShoesPage *self,
                                double        distance,
                                HyrShoeRow   *row)
{
  g_autoptr(GError) error = NULL;
  HyrShoe *shoe = hyr_shoe_row_get_shoe (row);

  if (!hyr_shoe_rotation_set_retire_distance (self->rotation, hyr_shoe_get_gear_id (shoe),
                                              distance, &error))
    {
      show_error (self, error);
      refresh (self);
    }
}

static void
on_row_edited (HyrShoesPage *self,
               const char   *name,
               double        prior_distance,
               HyrShoeRow   *row)
{
  g_autoptr(GError) error = NULL;
  HyrShoe *shoe = hyr_shoe_row_get_shoe (row);

  if (!hyr_shoe_rotation_edit_shoe (self->rotation, hyr_shoe_get_gear_id (shoe),
                                    name, prior_distance, &error))
    show_error (self, error);
}

static void
on_row_retire_toggled (HyrShoesPage *self,
                       gboolean      retired,
                       HyrShoeRow   *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HyrShoe) shoe = g_object_ref (hyr_shoe_row_get_shoe (row));
  g_autofree char *message = NULL;

  if (!hyr_shoe_rotation_retire_shoe (self->rotation, hyr_shoe_get_gear_id (shoe), retired, &error))
    {
      show_error (self, error);
      return;
    }

  if (retired)
    {
      message = g_strdup_printf (_("“%s” was retired."), hyr_shoe_get_name (shoe));
      start_undo (self, UNDO_RETIRE, hyr_shoe_get_gear_id (shoe), message);
    }
}

static void
on_row_remove_requested (HyrShoesPage *self,
                         HyrShoeRow   *row)
{
  g_autoptr(HyrShoe) shoe = g_object_ref (hyr_shoe_row_get_shoe (row));
  g_autofree char *message = g_strdup_printf (_("“%s” was removed."), hyr_shoe_get_name (shoe));

  start_undo (self, UNDO_REMOVE, hyr_shoe_get_gear_id (shoe), message);
  gtk_widget_hide (GTK_WIDGET (row));
}

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       user_data)
{
  guint x = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (a), "hyr-order"));
  guint y = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), "hyr-order"));

  return (x > y) - (x < y);
}

static void
refresh_shoe_rows (HyrShoesPage *self,
                   GPtrArray    *shoes,
                   GDateTime    *now)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);
      const char *gear_id = hyr_shoe_get_gear_id (shoe);
      GtkWidget *row = g_hash_table_lookup (self->shoe_rows, gear_id);

      if (row == NULL)
        {
          row = hyr_shoe_row_new (shoe, self->miles, now);
          g_signal_connect_object (row, "kind-changed",
                                   G_CALLBACK (on_row_kind_changed), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "retire-distance-changed",
                                   G_CALLBACK (on_row_retire_distance_changed), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "edited",
                                   G_CALLBACK (on_row_edited), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "retire-toggled",
                                   G_CALLBACK (on_row_retire_toggled), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "remove-requested",
                                   G_CALLBACK (on_row_remove_requested), self, G_CONNECT_SWAPPED);
          gtk_container_add (GTK_CONTAINER (self->shoes_list), row);
          g_hash_table_insert (self->shoe_rows, g_strdup (gear_id), row);
        }
      else
        {
          hyr_shoe_row_set_now (HYR_SHOE_ROW (row), now);
          hyr_shoe_row_set_miles (HYR_SHOE_ROW (row), self->miles);
          hyr_shoe_row_set_shoe (HYR_SHOE_ROW (row), shoe);
        }

      g_object_set_data (G_OBJECT (row), "hyr-order", GUINT_TO_POINTER (i));
      gtk_widget_set_visible (row, !(self->undo == UNDO_REMOVE &&
                                     g_strcmp0 (self->undo_gear_id, gear_id) == 0));
      g_hash_table_add (seen, (char *)gear_id);
    }

  g_hash_table_iter_init (&iter, self->shoe_rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!g_hash_table_contains (seen, key))
        {
          gtk_widget_destroy (value);
          g_hash_table_iter_remove (&iter);
        }
    }

  gtk_list_box_invalidate_sort (self->shoes_list);

  gtk_label_set_text (self->placeholder_label,
                      hyr_shoe_rotation_get_host_has_gear (self->rotation)
                        ? _("The host application lists no running shoes.")
                        : _("No pairs yet: add the pairs you run in with “Add Pair…”."));
}

static void
refresh_summary (HyrShoesPage *self,
                 GPtrArray    *shoes)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint active = 0, retired = 0, worn = 0, due = 0;

  for (guint i = 0; i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);

      if (!hyr_shoe_get_active (shoe))
        {
          retired++;
          continue;
        }

      active++;
      if (hyr_shoe_get_warning (shoe) == HYR_SHOE_WARNING_RETIRE)
        due++;
      else if (hyr_shoe_get_warning (shoe) == HYR_SHOE_WARNING_WORN)
        worn++;
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u active pair", "%u active pairs", active),
                          active);
  if (retired > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u retired", "%u retired", retired),
                              retired);
    }
  if (due > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u due for retirement",
                                                 "%u due for retirement", due),
                              due);
    }
  if (worn > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u past 80 %% of its life",
                                                 "%u past 80 %% of their life", worn),
                              worn);
    }

  gtk_label_set_text (self->summary_label, text->str);
}

/* Next run */

/* One line per kind of run: the run, the pair and how long it rested;
 * the engine's full reason is the line's tooltip, instead of a paragraph
 * that repeats for every kind the same pair suits. */
static GtkWidget *
suggestion_row_new (const char *title,
                    const char *pair,
                    const char *rest,
                    const char *reason)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *pair_label = gtk_label_new (pair);
  GtkWidget *rest_label = dim_label_new (rest);
  PangoAttrList *bold = pango_attr_list_new ();

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (title_label), bold);
  pango_attr_list_unref (bold);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (pair_label), 1);
  gtk_label_set_ellipsize (GTK_LABEL (pair_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_selectable (GTK_LABEL (rest_label), FALSE);
  gtk_label_set_line_wrap (GTK_LABEL (rest_label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (rest_label), 1);
  gtk_widget_set_name (rest_label, "suggestion-rest");
  gtk_widget_set_size_request (rest_label, 130, -1);

  g_object_set (grid,
                "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 6,
                "column-spacing", 12,
                NULL);
  gtk_grid_attach (GTK_GRID (grid), title_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), pair_label, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), rest_label, 2, 0, 1, 1);
  gtk_container_add (GTK_CONTAINER (row), grid);
  gtk_widget_set_tooltip_text (row, reason);
  atk_object_set_description (gtk_widget_get_accessible (row), reason);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_show_all (row);

  return row;
}

static void
refresh_suggestions (HyrShoesPage *self,
                     GDateTime    *now)
{
  remove_all_rows (self->suggestions_list);

  for (guint i = 0; i < G_N_ELEMENTS (next_runs); i++)
    {
      g_autofree char *reason = NULL;
      g_autofree char *distance = hyr_shoe_row_format_distance (next_runs[i].distance, self->miles);
      g_autofree char *title = NULL;
      g_autofree char *rest = NULL;
      g_autoptr(HyrShoe) shoe = NULL;

      shoe = hyr_shoe_rotation_suggest (self->rotation, next_runs[i].kind,
                                        next_runs[i].distance, now, &reason);
      /* Translators: a kind of run and its distance, as in "Long run, 20 km" */
      title = g_strdup_printf (_("%s, %s"), hyr_run_kind_get_name (next_runs[i].kind), distance);

      if (shoe == NULL)
        rest = g_strdup ("");
      else if (hyr_shoe_get_last_used (shoe) == NULL)
        rest = g_strdup (_("not worn yet"));
      else
        {
          g_autoptr(GDateTime) today = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
          int days = MAX (hyr_shoe_days_between (hyr_shoe_get_last_used (shoe), today), 0);

          /* Translators: how long the pair suggested has not been worn, as
           * in "rested 5 days"; the same count as "last worn 5 days ago" */
          rest = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "rested %d day", "rested %d days", days),
                                  days);
        }

      gtk_container_add (GTK_CONTAINER (self->suggestions_list),
                         suggestion_row_new (title,
                                             shoe != NULL ? hyr_shoe_get_name (shoe) : _("No pair"),
                                             rest, reason));
    }
}

/* Rotation */

static void
refresh_rotation (HyrShoesPage *self,
                  GPtrArray    *shoes)
{
  g_autofree char *text = NULL;
  HyrShoe *main_pair = NULL;
  guint used = 0;

  for (guint i = 0; i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);

      if (hyr_shoe_get_recent_runs (shoe) == 0)
        continue;

      used++;
      if (main_pair == NULL || hyr_shoe_get_share (shoe) > hyr_shoe_get_share (main_pair))
        main_pair = shoe;
    }

  if (main_pair == NULL)
    text = g_strdup (_("No run of the last 8 weeks was in a tracked pair."));
  else if (used == 1)
    text = g_strdup_printf (_("All your runs of the last 8 weeks were in “%s”. A second pair, "
                              "worn for some of your runs, would vary the load on your legs."),
                            hyr_shoe_get_name (main_pair));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Your runs of the last 8 weeks were spread over %u pair; “%s” took %d %% of them.",
                                         "Your runs of the last 8 weeks were spread over %u pairs; “%s” took %d %% of them.",
                                         used),
                            used, hyr_shoe_get_name (main_pair),
                            (int)round (hyr_shoe_get_share (main_pair) * 100));

  gtk_label_set_text (self->rotation_label, text);
}

/* The plugin's own pairs: default pairs and recent runs */

static const char *
shoe_name (GPtrArray  *shoes,
           const char *gear_id)
{
  for (guint i = 0; gear_id != NULL && i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);

      if (g_strcmp0 (hyr_shoe_get_gear_id (shoe), gear_id) == 0)
        return hyr_shoe_get_name (shoe);
    }

  return NULL;
}

static void
append_pairs (GtkComboBoxText *combo,
              GPtrArray       *shoes)
{
  for (guint i = 0; i < shoes->len; i++)
    {
      HyrShoe *shoe = g_ptr_array_index (shoes, i);
      g_autofree char *label = NULL;

      if (hyr_shoe_get_active (shoe))
        label = g_strdup (hyr_shoe_get_name (shoe));
      else
        /* Translators: a retired pair in a list of pairs */
        label = g_strdup_printf (_("%s (retired)"), hyr_shoe_get_name (shoe));

      gtk_combo_box_text_append (combo, hyr_shoe_get_gear_id (shoe), label);
    }
}

static void
on_default_changed (HyrShoesPage    *self,
                    GtkComboBoxText *combo)
{
  g_autoptr(GError) error = NULL;
  HyrRunKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (combo), "hyr-run-kind"));
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (combo));

  if (self->updating || id == NULL)
    return;

  if (!hyr_shoe_rotation_set_default_for_kind (self->rotation, kind,
                                               g_strcmp0 (id, "none") == 0 ? NULL : id, &error))
    {
      show_error (self, error);
      refresh (self);
    }
}

static GtkWidget *
combo_row_new (const char  *title,
               const char  *subtitle,
               GtkWidget   *combo)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), combo);
  gtk_container_add (GTK_CONTAINER (labels), label);
  if (subtitle != NULL)
    gtk_container_add (GTK_CONTAINER (labels), dim_label_new (subtitle));
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (combo, GTK_ALIGN_CENTER);

  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_container_add (GTK_CONTAINER (box), labels);
  gtk_container_add (GTK_CONTAINER (box), combo);
  gtk_container_add (GTK_CONTAINER (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_show_all (row);

  return row;
}

static void
build_default_rows (HyrShoesPage *self)
{
  for (guint kind = 0; kind < N_RUN_KINDS; kind++)
    {
      GtkWidget *combo = gtk_combo_box_text_new ();

      g_object_set_data (G_OBJECT (combo), "hyr-run-kind", GINT_TO_POINTER (kind));
      g_signal_connect_object (combo, "changed", G_CALLBACK (on_default_changed), self, G_CONNECT_SWAPPED);
      self->default_combos[kind] = GTK_COMBO_BOX_TEXT (combo);
      gtk_container_add (GTK_CONTAINER (self->defaults_list),
                         combo_row_new (hyr_run_kind_get_name (kind), NULL, combo));
    }
}

static void
refresh_defaults (HyrShoesPage *self,
                  GPtrArray    *shoes)
{
  for (guint kind = 0; kind < N_RUN_KINDS; kind++)
    {
      GtkComboBoxText *combo = self->default_combos[kind];
      g_autofree char *gear_id = hyr_shoe_rotation_get_default_for_kind (self->rotation, kind);

      gtk_combo_box_text_remove_all (combo);
      gtk_combo_box_text_append (combo, "none",
                                 kind == HYR_RUN_KIND_EASY ? _("No default") : _("As easy runs"));
      append_pairs (combo, shoes);
      gtk_combo_box_set_active_id (GTK_COMBO_BOX (combo), gear_id != NULL ? gear_id : "none");
    }
}

static void
on_run_shoe_changed (HyrShoesPage    *self,
                     GtkComboBoxText *combo)
{
  g_autoptr(GError) error = NULL;
  const char *activity_id = g_object_get_data (G_OBJECT (combo), "hyr-activity-id");
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (combo));

  if (self->updating || id == NULL)
    return;

  if (!hyr_shoe_rotation_set_activity_shoe (self->rotation, activity_id,
                                            g_strcmp0 (id, "auto") == 0 ? NULL : id, &error))
    {
      show_error (self, error);
      refresh (self);
    }
}

static void
refresh_runs (HyrShoesPage *self,
              GPtrArray    *shoes,
              GDateTime    *now)
{
  g_autoptr(GPtrArray) runs = hyr_shoe_rotation_list_recent_runs (self->rotation, RECENT_RUNS_SHOWN);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  /* Runs without an identifier cannot be assigned a pair. */
  for (guint i = 0; i < runs->len; i++)
    {
      if (hyr_activity_get_id (g_ptr_array_index (runs, i)) == NULL)
        g_ptr_array_remove_index (runs, i--);
    }

  for (guint i = 0; i < runs->len; i++)
    g_strv_builder_add (builder, hyr_activity_get_id (g_ptr_array_index (runs, i)));
  ids = g_strv_builder_end (builder);

  /* Rows stay while the same runs are shown, so that a combo box keeps its
   * focus. */
  if (self->run_ids == NULL || !g_strv_equal ((const char * const *)self->run_ids,
                                              (const char * const *)ids))
    {
      remove_all_rows (self->runs_list);
      g_ptr_array_set_size (self->run_combos, 0);
      g_strfreev (self->run_ids);
      self->run_ids = g_steal_pointer (&ids);

      for (guint i = 0; i < runs->len; i++)
        {
          HyrActivity *run = g_ptr_array_index (runs, i);
          g_autofree char *day = hyr_shoe_row_format_day (hyr_activity_get_start (run), now);
          g_autofree char *distance = hyr_shoe_row_format_distance (hyr_activity_get_distance (run),
                                                                    self->miles);
          g_autofree char *subtitle = g_strdup_printf ("%s · %s", day, distance);
          const char *title = hyr_activity_get_title (run);
          GtkWidget *combo = gtk_combo_box_text_new ();

          if (title == NULL || title[0] == '\0')
            title = hyr_activity_get_sport (run) != NULL ? hyr_activity_get_sport (run) : _("Run");

          g_object_set_data_full (G_OBJECT (combo), "hyr-activity-id",
                                  g_strdup (hyr_activity_get_id (run)), g_free);
          g_signal_connect_object (combo, "changed", G_CALLBACK (on_run_shoe_changed), self,
                                   G_CONNECT_SWAPPED);
          g_ptr_array_add (self->run_combos, combo);
          gtk_container_add (GTK_CONTAINER (self->runs_list), combo_row_new (title, subtitle, combo));
        }
    }

  for (guint i = 0; i < self->run_combos->len; i++)
    {
      GtkComboBoxText *combo = g_ptr_array_index (self->run_combos, i);
      const char *activity_id = g_object_get_data (G_OBJECT (combo), "hyr-activity-id");
      g_autofree char *chosen = hyr_shoe_rotation_get_activity_override (self->rotation, activity_id);
      g_autofree char *counted = hyr_shoe_rotation_get_activity_shoe (self->rotation, activity_id);
      g_autofree char *automatic = NULL;

      if (chosen != NULL)
        automatic = g_strdup (_("Automatic"));
      else if (counted != NULL)
        /* Translators: the pair a run counts for by rule, as in "Automatic: Pegasus 41" */
        automatic = g_strdup_printf (_("Automatic: %s"), shoe_name (shoes, counted));
      else
        automatic = g_strdup (_("Automatic: no pair"));

      gtk_combo_box_text_remove_all (combo);
      gtk_combo_box_text_append (combo, "auto", automatic);
      append_pairs (combo, shoes);
      gtk_combo_box_set_active_id (GTK_COMBO_BOX (combo), chosen != NULL ? chosen : "auto");
    }
}

static void
refresh_own (HyrShoesPage *self,
             GPtrArray    *shoes,
             GDateTime    *now)
{
  gboolean any_own = FALSE;

  for (guint i = 0; i < shoes->len && !any_own; i++)
    any_own = !hyr_shoe_get_from_host (g_ptr_array_index (shoes, i));

  gtk_widget_set_visible (GTK_WIDGET (self->own_box), any_own);
  if (!any_own)
    return;

  refresh_defaults (self, shoes);
  refresh_runs (self, shoes, now);
}

/* Sports */

static void
on_sport_changed (HyrShoesPage    *self,
                  GtkComboBoxText *combo)
{
  g_autoptr(GError) error = NULL;
  const char *sport = g_object_get_data (G_OBJECT (combo), "hyr-sport");
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (combo));
  HyrState *state = hyr_shoe_rotation_get_state (self->rotation);
  gboolean ok;
  int modality;

  if (self->updating || id == NULL)
    return;

  if (enum_from_nick (HYR_TYPE_MODALITY, id, &modality))
    ok = hyr_modality_set_override (state, sport, modality, &error);
  else
    ok = hyr_modality_clear_override (state, sport, &error);

  if (!ok)
    {
      show_error (self, error);
      refresh (self);
    }
}

static void
refresh_sports (HyrShoesPage *self)
{
  g_auto(GStrv) sports = hyr_shoe_rotation_list_sports (self->rotation);
  HyrState *state = hyr_shoe_rotation_get_state (self->rotation);

  if (self->sports == NULL || !g_strv_equal ((const char * const *)self->sports,
                                             (const char * const *)sports))
    {
      remove_all_rows (self->sports_list);
      g_ptr_array_set_size (self->sport_combos, 0);
      g_strfreev (self->sports);
      self->sports = g_strdupv (sports);

      for (guint i = 0; sports[i] != NULL; i++)
        {
          GtkWidget *combo = gtk_combo_box_text_new ();

          g_object_set_data_full (G_OBJECT (combo), "hyr-sport", g_strdup (sports[i]), g_free);
          g_signal_connect_object (combo, "changed", G_CALLBACK (on_sport_changed), self,
                                   G_CONNECT_SWAPPED);
          g_ptr_array_add (self->sport_combos, combo);
          gtk_container_add (GTK_CONTAINER (self->sports_list), combo_row_new (sports[i], NULL, combo));
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sports_expander), self->sports[0] != NULL);

  for (guint i = 0; i < self->sport_combos->len; i++)
    {
      GtkComboBoxText *combo = g_ptr_array_index (self->sport_combos, i);
      const char *sport = g_object_get_data (G_OBJECT (combo), "hyr-sport");
      g_autofree char *automatic = NULL;

      /* Translators: the built-in choice for a sport, as in "Automatic: Running" */
      automatic = g_strdup_printf (_("Automatic: %s"), modality_title (hyr_modality_guess (sport)));

      gtk_combo_box_text_remove_all (combo);
      gtk_combo_box_text_append (combo, "auto", automatic);
      for (HyrModality m = HYR_MODALITY_OTHER; m <= HYR_MODALITY_STRENGTH; m++)
        gtk_combo_box_text_append (combo, enum_nick (HYR_TYPE_MODALITY, m), modality_title (m));

      gtk_combo_box_set_active_id (GTK_COMBO_BOX (combo),
                                   hyr_modality_has_override (state, sport)
                                     ? enum_nick (HYR_TYPE_MODALITY, hyr_modality_for_sport (state, sport))
                                     : "auto");
    }
}

static void
refresh_footnote (HyrShoesPage *self)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *racing = NULL;
  g_autofree char *text = NULL;
  double unit = unit_length (self->miles);

  low = g_strdup_printf ("%.0f", 480000 / unit);
  high = hyr_shoe_row_format_distance (800000, self->miles);
  racing = hyr_shoe_row_format_distance (500000, self->miles);

  /* Translators: the first two %s make a range, as in "480–800 km" */
  text = g_strdup_printf (_("A lifespan of %s–%s is a rule of thumb without study backing. The "
                            "defaults are %s for cushioned, trail and other pairs and %s for racing "
                            "and minimalist ones, and a life expectancy set in the host application "
                            "wins over them: retire a pair when it feels worn. Rotating pairs helps by "
                            "varying the load on your legs; that foam needs 24–48 hours to recover is "
                            "folklore (Cook 1985 found no benefit)."),
                          low, high, high, racing);
  gtk_label_set_text (self->footnote_label, text);
}

static void
refresh (HyrShoesPage *self)
{
  g_autoptr(GPtrArray) shoes = NULL;
  GDateTime *now;

  if (self->rotation == NULL)
    return;

  shoes = hyr_shoe_rotation_list_shoes (self->rotation);
  now = hyr_shoe_rotation_get_reference_time (self->rotation);

  self->updating = TRUE;

  refresh_shoe_rows (self, shoes, now);
  refresh_summary (self, shoes);
  refresh_suggestions (self, now);
  refresh_rotation (self, shoes);
  refresh_own (self, shoes, now);
  refresh_sports (self);
  refresh_footnote (self);

  gtk_widget_set_visible (GTK_WIDGET (self->add_button),
                          !hyr_shoe_rotation_get_host_has_gear (self->rotation));
  gtk_label_set_text (self->add_unit_label, self->miles ? _("mi") : _("km"));

  self->updating = FALSE;
}

static void
read_unit (HyrShoesPage *self)
{
  g_autofree char *unit = NULL;

  if (self->settings != NULL)
    unit = g_settings_get_string (self->settings, "distance-unit");

  self->miles = g_strcmp0 (unit, "mi") == 0;
}

static void
on_distance_unit_changed (HyrShoesPage *self)
{
  read_unit (self);
  refresh (self);
}

/* Adding a pair */

static void
on_add_popover_show (HyrShoesPage *self)
{
  gtk_entry_set_text (self->add_name_entry, "");
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->add_kind_combo), "cushioned");
  gtk_spin_button_set_value (self->add_prior_spin, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_name_entry));
}

static void
on_add_name_changed (HyrShoesPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_entry_get_text (self->add_name_entry)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_confirm_button), name[0] != '\0');
}

static void
on_add_confirm_clicked (HyrShoesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gear_id = NULL;
  const char *nick = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->add_kind_combo));
  int kind = HYR_SHOE_KIND_CUSHIONED;
  double prior;

  enum_from_nick (HYR_TYPE_SHOE_KIND, nick, &kind);
  gtk_spin_button_update (self->add_prior_spin);
  prior = gtk_spin_button_get_value (self->add_prior_spin) * unit_length (self->miles);

  gtk_popover_popdown (self->add_popover);

  gear_id = hyr_shoe_rotation_add_shoe (self->rotation, gtk_entry_get_text (self->add_name_entry),
                                        kind, prior, NULL, &error);
  if (gear_id == NULL)
    show_error (self, error);
}

/* GObject */

static void
hyr_shoes_page_constructed (GObject *object)
{
  HyrShoesPage *self = (HyrShoesPage *)object;

  G_OBJECT_CLASS (hyr_shoes_page_parent_class)->constructed (object);

  g_return_if_fail (HYR_IS_SHOE_ROTATION (self->rotation));

  self->rotation_changed_id =
    g_signal_connect_object (self->rotation, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);

  if (self->settings != NULL)
    self->settings_changed_id =
      g_signal_connect_object (self->settings, "changed::distance-unit",
                               G_CALLBACK (on_distance_unit_changed), self, G_CONNECT_SWAPPED);

  read_unit (self);
  refresh (self);
}

static void
hyr_shoes_page_dispose (GObject *object)
{
  HyrShoesPage *self = (HyrShoesPage *)object;

  g_clear_signal_handler (&self->rotation_changed_id, self->rotation);
  g_clear_signal_handler (&self->settings_changed_id, self->settings);

  /* A removal waiting for "Undo" happens when the page goes away. */
  finish_undo (self, TRUE);

  g_clear_object (&self->rotation);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hyr_shoes_page_parent_class)->dispose (object);
}

static void
hyr_shoes_page_finalize (GObject *object)
{
  HyrShoesPage *self = (HyrShoesPage *)object;

  g_clear_pointer (&self->shoe_rows, g_hash_table_unref);
  g_clear_pointer (&self->run_combos, g_ptr_array_unref);
  g_clear_pointer (&self->run_ids, g_strfreev);
  g_clear_pointer (&self->sport_combos, g_ptr_array_unref);
  g_clear_pointer (&self->sports, g_strfreev);

  G_OBJECT_CLASS (hyr_shoes_page_parent_class)->finalize (object);
}

static void
hyr_shoes_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HyrShoesPage *self = HYR_SHOES_PAGE (object);

  switch (prop_id)
    {
    case PROP_ROTATION:
      g_value_set_object (value, self->rotation);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoes_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HyrShoesPage *self = HYR_SHOES_PAGE (object);

  switch (prop_id)
    {
    case PROP_ROTATION:
      self->rotation = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_shoes_page_class_init (HyrShoesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hyr_shoes_page_constructed;
  object_class->dispose = hyr_shoes_page_dispose;
  object_class->finalize = hyr_shoes_page_finalize;
  object_class->get_property = hyr_shoes_page_get_property;
  object_class->set_property = hyr_shoes_page_set_property;

  /**
   * HyrShoesPage:rotation:
   *
   * The shoe rotation the page shows and edits.
   */
  properties [PROP_ROTATION] =
    g_param_spec_object ("rotation", NULL, NULL, HYR_TYPE_SHOE_ROTATION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HyrShoesPage:settings:
   *
   * The plugin's settings, for the distance unit; %NULL shows kilometres.
   */
  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/HypertrophyRunning/ui/hyr-shoes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, info_bar);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, info_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, undo_button);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, shoes_list);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, suggestions_list);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, rotation_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, own_box);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, defaults_list);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, runs_list);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, sports_expander);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, sports_list);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, footnote_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, add_popover);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, add_name_entry);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, add_kind_combo);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, add_prior_spin);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, add_unit_label);
  gtk_widget_class_bind_template_child (widget_class, HyrShoesPage, add_confirm_button);
  gtk_widget_class_bind_template_callback (widget_class, on_info_bar_response);
  gtk_widget_class_bind_template_callback (widget_class, on_add_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_add_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_confirm_clicked);
}

static void
hyr_shoes_page_init (HyrShoesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shoe_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->run_combos = g_ptr_array_new ();
  self->sport_combos = g_ptr_array_new ();

  self->placeholder_label = GTK_LABEL (dim_label_new (NULL));
  g_object_set (self->placeholder_label, "margin", 18, "justify", GTK_JUSTIFY_CENTER,
                "xalign", 0.5f, NULL);
  gtk_widget_show (GTK_WIDGET (self->placeholder_label));
  gtk_list_box_set_placeholder (self->shoes_list, GTK_WIDGET (self->placeholder_label));

  gtk_list_box_set_sort_func (self->shoes_list, compare_rows, NULL, NULL);
  gtk_list_box_set_header_func (self->shoes_list, separator_header, NULL, NULL);
  gtk_list_box_set_header_func (self->suggestions_list, separator_header, NULL, NULL);
  gtk_list_box_set_header_func (self->defaults_list, separator_header, NULL, NULL);
  gtk_list_box_set_header_func (self->runs_list, separator_header, NULL, NULL);
  gtk_list_box_set_header_func (self->sports_list, separator_header, NULL, NULL);

  gtk_popover_set_default_widget (self->add_popover, GTK_WIDGET (self->add_confirm_button));
  hyr_shoe_row_append_kinds (self->add_kind_combo);
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->add_kind_combo), "cushioned");

  build_default_rows (self);
}

/**
 * hyr_shoes_page_new:
 * @rotation: the shoe rotation to show
 * @settings: (nullable): the plugin's settings, for the distance unit
 *
 * Returns: (transfer floating): a new #HyrShoesPage
 */
GtkWidget *
hyr_shoes_page_new (HyrShoeRotation *rotation,
                    GSettings       *settings)
{
  g_return_val_if_fail (HYR_IS_SHOE_ROTATION (rotation), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (HYR_TYPE_SHOES_PAGE,
                       "rotation", rotation,
                       "settings", settings,
                       NULL);
}

/**
 * hyr_shoes_page_get_rotation:
 * @self: a #HyrShoesPage
 *
 * Returns: (transfer none): the shoe rotation shown
 */
HyrShoeRotation *
hyr_shoes_page_get_rotation (HyrShoesPage *self)
{
  g_return_val_if_fail (HYR_IS_SHOES_PAGE (self), NULL);
  return self->rotation;
}

/**
 * hyr_shoes_page_get_settings:
 * @self: a #HyrShoesPage
 *
 * Returns: (transfer none) (nullable): the settings
 */
GSettings *
hyr_shoes_page_get_settings (HyrShoesPage *self)
{
  g_return_val_if_fail (HYR_IS_SHOES_PAGE (self), NULL);
  return self->settings;
}
