/* main.c: the puente program
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-application.h"
#include "puente-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PuenteApplication) app = NULL;

  puente_language_init ();
  app = puente_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
