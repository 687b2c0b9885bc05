/* puente-i18n.h: translations in a language chosen per call or per thread
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here changes process-wide state after start-up: no setenv, no
 * setlocale (design.md, "Languages and units"). main () settles the locale
 * once, before any thread exists, and unsets LANGUAGE so that gettext
 * follows each thread's own locale; every language then has a locale
 * object of its own (LC_MESSAGES only: numbers and text encoding stay the
 * process's), and a lookup in a language borrows that locale for the
 * calling thread with uselocale () for the length of the lookup. glibc's
 * gettext honours the calling thread's locale and caches translations by
 * that locale's name, so threads in different languages never see each
 * other's text.
 *
 * Two ways to translate, both thread-safe:
 * - puente_gettext () and friends take the language as an argument: what
 *   is drawn or exported (charts, map labels and legends, names in
 *   exports) uses these, whatever thread it runs on.
 * - _() and GtkBuilder's translatable strings answer in the calling
 *   thread's language, set with puente_i18n_set_thread_lang (): the
 *   window's main thread and the command line's messages.
 *
 * xgettext knows puente_gettext:2, puente_pgettext:2c,3 and
 * puente_ngettext:2,3 (po/meson.build).
 */
#pragma once

#include <glib.h>

#include "puente-lang.h"

G_BEGIN_DECLS

#define PUENTE_I18N_ERROR (puente_i18n_error_quark ())
GQuark puente_i18n_error_quark (void);

typedef enum {
  PUENTE_I18N_ERROR_NO_CATALOGUE, /* the language's .mo file is missing */
  PUENTE_I18N_ERROR_NO_LOCALE,    /* the system has no locale for it */
} PuenteI18nError;

/* The build tree this program was built in when it runs from there
 * (its executable lies inside it), else NULL. Lets `_build/src/cli/
 * puente-cli` and `_build/src/app/puente` find the catalogues and the
 * settings schema built next to them, as `meson devenv` would. */
const char *puente_i18n_get_build_tree (void);

/* Binds the text domain to @localedir, prepares a locale per language,
 * and remembers the language the environment asks for
 * (puente_i18n_get_system_lang ()). @localedir NULL: $PUENTE_LOCALEDIR
 * when set (tests that need another folder), else the build tree's po/
 * when running from it, else the installed LOCALEDIR. Call once from
 * main () before any thread starts and before main () unsets LANGUAGE;
 * later calls do nothing. Lookups before it initialise with the default
 * folder. */
void        puente_i18n_init (const char *localedir);
/* The folder puente_i18n_init () bound. */
const char *puente_i18n_get_localedir (void);
/* English or Spanish, whichever the environment (LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG) named first when puente_i18n_init () ran; English
 * when it named neither. */
PuenteLang  puente_i18n_get_system_lang (void);

/* TRUE when text in @lang can be looked up: English always can; Spanish
 * needs its catalogue and a Spanish locale on the system. Otherwise a
 * translatable error that says which file or locale is missing and how to
 * get it. Programs check before they speak a language: never silent
 * English. */
gboolean    puente_i18n_check (PuenteLang lang,
                               GError   **error);

/* @msgid in @lang (English and PUENTE_LANG_BOTH: @msgid itself). The
 * result belongs to the catalogue: do not free. */
G_GNUC_FORMAT (2)
const char *puente_gettext (PuenteLang  lang,
                            const char *msgid);
G_GNUC_FORMAT (3)
const char *puente_pgettext (PuenteLang  lang,
                             const char *context,
                             const char *msgid);
G_GNUC_FORMAT (2)
const char *puente_ngettext (PuenteLang  lang,
                             const char *msgid,
                             const char *msgid_plural,
                             gulong      n);

/* From now on the calling thread's own gettext (_(), C_(), GtkBuilder's
 * translatable strings, GTK's own text) answers in @lang (English or
 * Spanish). Only the calling thread changes. */
void        puente_i18n_set_thread_lang (PuenteLang lang);

G_END_DECLS
