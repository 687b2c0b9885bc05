/* puente-lang.h: the one language type
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every layer names a language with PuenteLang and passes it explicitly:
 * the model's names, the charts, the map and the command line. Strings
 * ("en", "es", "both") appear only where a language crosses a boundary:
 * command-line options, settings, action targets and files.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  PUENTE_LANG_EN,
  PUENTE_LANG_ES,
  PUENTE_LANG_BOTH, /* bilingual chart text, "English / Español"; not a
                        * language messages are written in */
} PuenteLang;

#define PUENTE_TYPE_LANG (puente_lang_get_type ())
GType       puente_lang_get_type (void);

/* "en", "es" or "both" (also "en_US", "es_MX", "es-MX", "en+es"). */
gboolean    puente_lang_from_string (const char *text,
                                     PuenteLang *lang);
/* "en", "es" or "both". */
const char *puente_lang_to_string (PuenteLang lang);

/* @text folded for matching what people type: lower case, without
 * accents or punctuation, words separated by single spaces ("Nuevo
 * León" and "nuevo-leon" both give "nuevo leon"). */
char       *puente_lang_fold (const char *text);

G_END_DECLS
