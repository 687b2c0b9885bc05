/* main.c: the puente program
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "puente-application.h"
#include "puente-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PuenteApplication) app = NULL;

  /* Process-wide locale state is settled here, once, before any thread
   * exists, and never changed after (design.md, "Languages and units"):
   * the environment's locale, with numbers always in the C locale's
   * format (Puente formats them per language itself), and GTK told not to
   * set it again. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  gtk_disable_setlocale ();
  /* Catalogues, a locale per language, and the language the environment
   * asks for, read before LANGUAGE goes: from here on gettext follows
   * each thread's own locale (puente_i18n_set_thread_lang ()). */
  puente_i18n_init (NULL);
  g_unsetenv ("LANGUAGE");
  /* Run from the build tree, the schema built there, as `meson devenv`
   * would set it. */
  if (puente_i18n_get_build_tree () != NULL)
    {
      g_autofree char *schemas = g_build_filename (puente_i18n_get_build_tree (), "data", NULL);

      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, FALSE);
    }

  /* The settings are required: say so plainly rather than abort. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

    if (schema == NULL)
      {
        puente_i18n_set_thread_lang (puente_i18n_get_system_lang ());
        /* Translators: %s is the settings schema's id */
        g_printerr (_ ("Puente cannot start: its settings schema %s is not installed. Install Puente (make install), or run it from its build tree (make run)."),
                    APP_ID);
        g_printerr ("\n");
        return 1;
      }
  }

  app = puente_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
