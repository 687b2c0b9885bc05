/* puente-language.c: the window's language, switchable at run time
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * design.md's mechanism, checked on Debian 12's glibc: after setting
 * LANGUAGE and calling setlocale (LC_ALL, "") again, gettext answers in the
 * new language, even under C.UTF-8. gettext's language is process-wide, so
 * only the main thread calls this.
 */
#include "config.h"

#include <locale.h>

#include "puente-language.h"

const char *
puente_language_get_current (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "es") ? "es" : "en";
}

void
puente_language_set_current (const char *lang)
{
  g_return_if_fail (g_strcmp0 (lang, "en") == 0 || g_strcmp0 (lang, "es") == 0);

  /* English is listed after Spanish's fallbacks so untranslated strings
   * fall back to the source language. */
  g_setenv ("LANGUAGE", g_str_equal (lang, "es") ? "es_MX:es" : "en_US:en", TRUE);
  setlocale (LC_ALL, "");
}
