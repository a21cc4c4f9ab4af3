/* hyr-workbench-addin.c — the one type that touches the host
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#define G_LOG_DOMAIN "hyr-workbench-addin"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpeas/peas.h>

#include "hyr-gtk.h"
#include "hyr-planner-page.h"
#include "hyr-protein-page.h"
#include "hyr-shared-state.h"
#include "hyr-shoes-page.h"
#include "hyr-state-banner.h"
#include "hyr-workbench-addin.h"

/**
 * HyrWorkbenchAddin:
 *
 * The plugin's #PeasActivatable. The host passes its #HyrWorkbench as
 * #PeasActivatable:object; activation loads the plugin's state, builds the
 * engine objects over the host's store and adds one page per view;
 * deactivation removes the pages and drops everything activation made, so
 * that the plugin can be cycled any number of times.
 */
struct _HyrWorkbenchAddin
{
  GObject           parent_instance;

  GObject          *object;

  /* Set while active */
  HyrWorkbench     *workbench;
  HyrState         *state;
  GSettings        *settings;
  HyrActivityStore *history;
  HyrShoeRotation  *rotation;
  HyrPlanner       *planner;
  GPtrArray        *page_ids;
  GPtrArray        *pages;
};

static void peas_activatable_iface_init (PeasActivatableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HyrWorkbenchAddin, hyr_workbench_addin, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PEAS_TYPE_ACTIVATABLE,
                                                      peas_activatable_iface_init))

enum {
  PROP_0,
  PROP_OBJECT,
  N_PROPS
};

#define SCHEMA_ID "io.github.HypertrophyRunning"

static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);

  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

typedef GtkWidget *(*ViewFactory) (HyrWorkbenchAddin *self);

static GtkWidget *
new_planner_view (HyrWorkbenchAddin *self)
{
  return hyr_planner_page_new (self->planner, self->settings);
}

static GtkWidget *
new_shoes_view (HyrWorkbenchAddin *self)
{
  return hyr_shoes_page_new (self->rotation, self->settings);
}

static GtkWidget *
new_protein_view (HyrWorkbenchAddin *self)
{
  return hyr_protein_page_new (self->history, self->state, self->settings);
}

/* A page's view is built when the page is first shown, not on activation,
 * and not in the same main-loop turn: the page first draws a small loading
 * state, then the view (which reads the history and computes the plan) is
 * built in an idle, so activation and the host's first frame stay fast.
 * A page shown at activation (a host whose first tab is ours) draws the
 * loading state at once. */
static gboolean
build_view (gpointer data)
{
  GtkWidget *page = data;
  HyrWorkbenchAddin *self = g_object_get_data (G_OBJECT (page), "hyr-addin");
  ViewFactory factory = g_object_get_data (G_OBJECT (page), "hyr-view-factory");
  GtkWidget *scroller = g_object_get_data (G_OBJECT (page), "hyr-scroller");
  GtkWidget *loading = g_object_get_data (G_OBJECT (page), "hyr-loading");
  GtkWidget *banner;
  GtkWidget *view;

  g_object_set_data (G_OBJECT (page), "hyr-build-source", NULL);
  g_object_set_data (G_OBJECT (page), "hyr-build-fallback", NULL);
  if (factory == NULL || self == NULL || self->workbench == NULL)
    return G_SOURCE_REMOVE;

  g_object_set_data (G_OBJECT (page), "hyr-view-factory", NULL);

  /* Every page carries the banner that explains a damaged state file. */
  banner = hyr_state_banner_new (self->state);
  gtk_box_pack_start (GTK_BOX (page), banner, FALSE, FALSE, 0);
  gtk_box_reorder_child (GTK_BOX (page), banner, 0);
  view = factory (self);
  if (loading != NULL)
    {
      g_object_set_data (G_OBJECT (page), "hyr-loading", NULL);
      gtk_widget_destroy (loading);
    }
  gtk_container_add (GTK_CONTAINER (scroller), view);
  if (GTK_IS_VIEWPORT (gtk_bin_get_child (GTK_BIN (scroller))))
    gtk_viewport_set_shadow_type (GTK_VIEWPORT (gtk_bin_get_child (GTK_BIN (scroller))),
                                  GTK_SHADOW_NONE);
  gtk_widget_show (scroller);
  gtk_widget_show (view);

  return G_SOURCE_REMOVE;
}

static void
cancel_build (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

static void
schedule_build (GtkWidget *page)
{
  guint id;

  if (g_object_get_data (G_OBJECT (page), "hyr-build-source") != NULL)
    return;

  /* Below the redraw priority: the loading state reaches the screen
   * before the view is built. */
  id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_view, page, NULL);
  g_object_set_data_full (G_OBJECT (page), "hyr-build-source", GUINT_TO_POINTER (id), cancel_build);
}

/* Cancels a page's pending build: on deactivation, the page may outlive
 * the addin in the host's hands. */
static void
forget_page (gpointer data)
{
  GtkWidget *page = data;

  g_object_set_data (G_OBJECT (page), "hyr-build-source", NULL);
  g_object_set_data (G_OBJECT (page), "hyr-build-fallback", NULL);
  g_object_set_data (G_OBJECT (page), "hyr-addin", NULL);
  g_object_unref (page);
}

static gboolean
on_loading_drawn (GtkWidget *loading,
                  cairo_t   *cr,
                  GtkWidget *page)
{
  g_signal_handlers_disconnect_by_func (loading, on_loading_drawn, page);
  schedule_build (page);

  return FALSE;
}

static GtkWidget *
new_loading_state (GtkWidget *page)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *label = gtk_label_new (_("Reading your training history…"));

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (box, TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "dim-label");
  gtk_container_add (GTK_CONTAINER (box), spinner);
  gtk_container_add (GTK_CONTAINER (box), label);
  gtk_widget_show_all (box);
  g_signal_connect_after (box, "draw", G_CALLBACK (on_loading_drawn), page);

  return box;
}

static void
on_page_mapped (GtkWidget         *page,
                HyrWorkbenchAddin *self)
{
  GtkWidget *scroller = g_object_get_data (G_OBJECT (page), "hyr-scroller");
  GtkWidget *loading;

  if (g_object_get_data (G_OBJECT (page), "hyr-view-factory") == NULL || self->workbench == NULL)
    return;

  g_signal_handlers_disconnect_by_func (page, on_page_mapped, self);

  /* The loading state takes the scroller's place until the view is
   * built; a page that is never drawn (an off-screen host) still gets
   * its view. */
  loading = new_loading_state (page);
  gtk_widget_hide (scroller);
  gtk_box_pack_start (GTK_BOX (page), loading, TRUE, TRUE, 0);
  g_object_set_data (G_OBJECT (page), "hyr-loading", loading);
  /* Should no frame come (a window the window manager keeps hidden), the
   * view is built all the same. */
  g_object_set_data_full (G_OBJECT (page), "hyr-build-fallback",
                          GUINT_TO_POINTER (g_timeout_add (250, build_view, page)), cancel_build);
}

static void
add_page (HyrWorkbenchAddin *self,
          const char        *id,
          const char        *title,
          ViewFactory        factory)
{
  GtkWidget *page;
  GtkWidget *scroller;

  /* A page must never force the host's window wider than the screen (the
   * week view wants about 1100 px): a narrower window scrolls sideways.
   * Views scroll vertically themselves. */
  scroller = gtk_scrolled_window_new (NULL, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_widget_set_vexpand (scroller, TRUE);

  /* The banner that explains a damaged state file comes with the view. */
  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_container_add (GTK_CONTAINER (page), scroller);
  gtk_widget_show (scroller);
  gtk_widget_show (page);

  g_object_set_data (G_OBJECT (page), "hyr-view-factory", factory);
  g_object_set_data (G_OBJECT (page), "hyr-scroller", scroller);
  g_object_set_data (G_OBJECT (page), "hyr-addin", self);
  g_ptr_array_add (self->pages, g_object_ref (page));
  g_signal_connect_object (page, "map", G_CALLBACK (on_page_mapped), self, 0);

  hyr_workbench_add_page (self->workbench, id, title, page);
  g_ptr_array_add (self->page_ids, g_strdup (id));
}

static void
hyr_workbench_addin_activate (PeasActivatable *activatable)
{
  HyrWorkbenchAddin *self = HYR_WORKBENCH_ADDIN (activatable);
  HyrActivityStore *store;

  g_return_if_fail (self->workbench == NULL);

  if (!HYR_IS_WORKBENCH (self->object))
    {
      g_warning ("Hypertrophy Running needs a host that implements HyrWorkbench; "
                 "%s does not, so no page was added.",
                 self->object != NULL ? G_OBJECT_TYPE_NAME (self->object) : "(nothing)");
      return;
    }

  store = hyr_workbench_get_store (HYR_WORKBENCH (self->object));
  if (store == NULL)
    {
      g_warning ("The host's workbench has no activity store, so no page was added.");
      return;
    }

  self->settings = new_settings ();
  if (self->settings == NULL)
    {
      g_warning ("The settings schema %s is not installed, so no page was added. "
                 "Run “meson install” or set GSETTINGS_SCHEMA_DIR.", SCHEMA_ID);
      return;
    }

  self->workbench = g_object_ref (HYR_WORKBENCH (self->object));
  self->state = hyr_shared_state_acquire ();
  /* One history, read from the host once, for every consumer: the shoe
   * rotation, the planner (with that same rotation) and the pages. */
  self->history = hyr_activity_store_new_history (store);
  self->rotation = hyr_shoe_rotation_new (self->history, self->state);
  self->planner = g_object_new (HYR_TYPE_PLANNER,
                                "store", self->history,
                                "state", self->state,
                                "rotation", self->rotation,
                                NULL);
  self->page_ids = g_ptr_array_new_with_free_func (g_free);
  self->pages = g_ptr_array_new_with_free_func (forget_page);

  add_page (self, "planner", _("Planner"), new_planner_view);
  add_page (self, "shoes", _("Shoes"), new_shoes_view);
  add_page (self, "protein", _("Protein"), new_protein_view);
}

static void
hyr_workbench_addin_deactivate (PeasActivatable *activatable)
{
  HyrWorkbenchAddin *self = HYR_WORKBENCH_ADDIN (activatable);

  if (self->workbench == NULL)
    return;

  for (guint i = 0; i < self->page_ids->len; i++)
    hyr_workbench_remove_page (self->workbench, g_ptr_array_index (self->page_ids, i));

  g_clear_pointer (&self->page_ids, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->planner);
  g_clear_object (&self->rotation);
  g_clear_object (&self->history);
  g_clear_object (&self->state);
  g_clear_object (&self->settings);
  g_clear_object (&self->workbench);
}

static void
peas_activatable_iface_init (PeasActivatableInterface *iface)
{
  iface->activate = hyr_workbench_addin_activate;
  iface->deactivate = hyr_workbench_addin_deactivate;
}

static void
hyr_workbench_addin_dispose (GObject *object)
{
  HyrWorkbenchAddin *self = (HyrWorkbenchAddin *)object;

  /* A host that forgets to deactivate must not leave pages behind. */
  hyr_workbench_addin_deactivate (PEAS_ACTIVATABLE (self));
  g_clear_object (&self->object);

  G_OBJECT_CLASS (hyr_workbench_addin_parent_class)->dispose (object);
}

static void
hyr_workbench_addin_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HyrWorkbenchAddin *self = HYR_WORKBENCH_ADDIN (object);

  switch (prop_id)
    {
    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_workbench_addin_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HyrWorkbenchAddin *self = HYR_WORKBENCH_ADDIN (object);

  switch (prop_id)
    {
    case PROP_OBJECT:
      g_set_object (&self->object, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hyr_workbench_addin_class_init (HyrWorkbenchAddinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hyr_workbench_addin_dispose;
  object_class->get_property = hyr_workbench_addin_get_property;
  object_class->set_property = hyr_workbench_addin_set_property;

  g_object_class_override_property (object_class, PROP_OBJECT, "object");
}

static void
hyr_workbench_addin_init (HyrWorkbenchAddin *self)
{
}
