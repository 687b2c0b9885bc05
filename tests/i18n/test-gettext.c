/* test-gettext.c: the Spanish catalogue is built and switchable at run time
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * design.md's mechanism: after setenv ("LANGUAGE", "es") and setlocale
 * (LC_ALL, "") again, gettext returns Spanish, and back.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>

static void
switch_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

static void
test_switch (void)
{
  switch_language ("es");
  g_assert_cmpstr (_("Overview"), ==, "Resumen");
  g_assert_cmpstr (_("Supply Chain"), ==, "Cadena de suministro");
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", "Quit"), ==, "Salir");

  switch_language ("en");
  g_assert_cmpstr (_("Overview"), ==, "Overview");

  switch_language ("es");
  g_assert_cmpstr (_("Charts"), ==, "Gráficas");
  switch_language ("en");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PUENTE_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (localedir);
  /* Under C.UTF-8 the LANGUAGE variable is still honoured by glibc. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/i18n/gettext/switch-language", test_switch);

  return g_test_run ();
}
