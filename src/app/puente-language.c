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

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "puente-language.h"

/* The environment's own choice, to go back to "follow the system". */
static gboolean saved;
static char *system_language;

static void
save_system_language (void)
{
  if (saved)
    return;

  system_language = g_strdup (g_getenv ("LANGUAGE"));
  saved = TRUE;
}

void
puente_language_init (void)
{
  const char *localedir = g_getenv ("PUENTE_LOCALEDIR");

  /* PUENTE_LOCALEDIR lets `make run` and the tests use the catalogues built
   * in the build tree instead of the installed ones. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* No textdomain (): every lookup names our domain (gi18n-lib.h, and
   * domain="puente" in the templates). Changing the default domain would
   * make GLib decide, once and for good, not to translate when the
   * program starts in an untranslated locale such as C.UTF-8, and the
   * language could not be switched later. */
}

const char *
puente_language_get_current (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "es") ? "es" : "en";
}

PuenteLang
puente_language_get_current_lang (void)
{
  return g_str_equal (puente_language_get_current (), "es") ? PUENTE_LANG_ES : PUENTE_LANG_EN;
}

void
puente_language_set_current (const char *lang)
{
  g_return_if_fail (lang == NULL || g_strcmp0 (lang, "en") == 0 || g_strcmp0 (lang, "es") == 0);

  save_system_language ();
  if (lang != NULL)
    g_setenv ("LANGUAGE", g_str_equal (lang, "es") ? "es_MX:es" : "en_US:en", TRUE);
  else if (system_language != NULL)
    g_setenv ("LANGUAGE", system_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
}
