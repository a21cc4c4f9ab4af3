/* hypertrophy-running-plugin.c — registers the plugin's extensions, nothing else
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpeas/peas.h>
#include <libpeas-gtk/peas-gtk.h>

#include "hyr-preferences.h"
#include "hyr-workbench-addin.h"

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  const char *localedir;

  /* The types are registered statically, so the module must never be
   * unloaded once they exist. */
  g_module_make_resident (peas_object_module_get_library (module));

  /* A host running the plugin from a build dir (build-aux/hyr-demo, the
   * build dir's launcher) names the build dir's catalogs, which are not
   * installed under LOCALEDIR yet. */
  localedir = g_getenv ("HYR_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  peas_object_module_register_extension_type (module,
                                              PEAS_TYPE_ACTIVATABLE,
                                              HYR_TYPE_WORKBENCH_ADDIN);
  peas_object_module_register_extension_type (module,
                                              PEAS_GTK_TYPE_CONFIGURABLE,
                                              HYR_TYPE_PREFERENCES);
}
