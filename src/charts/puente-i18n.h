/* puente-i18n.h: translations in a language chosen per call
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gettext's language is process-wide. An export may use another language
 * than the window, so chart text is looked up through these helpers, which
 * switch LANGUAGE (and LC_MESSAGES, so gettext notices), look up, and switch
 * back. Main thread only.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PUENTE_LANG_EN,
  PUENTE_LANG_ES,
  PUENTE_LANG_BOTH,    /* bilingual text: "English / Español" */
} PuenteLang;

/* "en", "es" or "both" (also "en_US", "es_MX", "es-MX"). */
gboolean    puente_lang_from_string     (const char *text,
                                         PuenteLang *lang);
const char *puente_lang_to_string       (PuenteLang  lang);

/* Binds the text domain to $PUENTE_LOCALEDIR when set, else LOCALEDIR.
 * Called by the lookups; safe to call more than once. */
void        puente_i18n_init            (void);

/* @lang is "en" or "es". English returns @msgid itself. The result belongs
 * to the catalogue (do not free). */
G_GNUC_FORMAT (2)
const char *puente_i18n_gettext_for     (const char *lang,
                                         const char *msgid);
G_GNUC_FORMAT (3)
const char *puente_i18n_pgettext_for    (const char *lang,
                                         const char *context,
                                         const char *msgid);

/* For many lookups at once: push a language, look up with
 * puente_i18n_lookup () (plain dgettext in the pushed language), pop. Pushes
 * do not nest. */
void        puente_i18n_push            (const char *lang);
const char *puente_i18n_lookup          (const char *context,
                                         const char *msgid);
void        puente_i18n_pop             (void);

G_END_DECLS
