/* main.c: puente-cli, the command-line front end of the Puente model
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "puente-cli.h"
#include "puente-i18n.h"

int
main (int    argc,
      char **argv)
{
  const char *ctype;

  /* Process-wide locale state is settled here, once, before any thread
   * exists, and never changed after (design.md, "Languages and units"). */
  setlocale (LC_ALL, "");
  /* In the bare C locale, text would be forced to ASCII ("?" for every
   * accent and curly quote); C.UTF-8 keeps C's rules with UTF-8 text, as
   * Python does (PEP 538). */
  ctype = setlocale (LC_CTYPE, NULL);
  if (ctype == NULL || strcmp (ctype, "C") == 0 || strcmp (ctype, "POSIX") == 0)
    {
      if (setlocale (LC_CTYPE, "C.UTF-8") == NULL)
        setlocale (LC_CTYPE, "C.utf8");
    }
  /* Numbers in every output are C-locale (CSV, JSON, bench). */
  setlocale (LC_NUMERIC, "C");
  /* Catalogues, a locale per language, and the language the environment
   * asks for, read before LANGUAGE goes: from here on gettext follows
   * each thread's own locale (puente_i18n_set_thread_lang ()). */
  puente_i18n_init (NULL);
  g_unsetenv ("LANGUAGE");

  return puente_cli_main (argc, argv);
}
