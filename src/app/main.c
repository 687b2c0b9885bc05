/* main.c: the puente program
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "puente-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PuenteApplication) app = NULL;
  const char *localedir = g_getenv ("PUENTE_LOCALEDIR");

  /* PUENTE_LOCALEDIR lets `make run` and the tests use the catalogues built
   * in the build tree instead of the installed ones. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = puente_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
