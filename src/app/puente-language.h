/* puente-language.h: the window's language, switchable at run time
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "puente-i18n.h"

G_BEGIN_DECLS

/* setlocale and the message catalogues; call once at start. */
void        puente_language_init        (void);
/* "en" or "es": the language gettext answers in now. */
const char *puente_language_get_current (void);
/* The same, as the chart library's language. */
PuenteLang  puente_language_get_current_lang (void);
/* Switches gettext (and GTK's own strings) to @lang ("en" or "es"), or
 * back to the system's language when @lang is NULL. */
void        puente_language_set_current (const char *lang);

G_END_DECLS
