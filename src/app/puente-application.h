/* puente-application.h
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "puente-lang.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_APPLICATION (puente_application_get_type ())

G_DECLARE_FINAL_TYPE (PuenteApplication, puente_application, PUENTE, APPLICATION, AdwApplication)

PuenteApplication *puente_application_new (void);
/* The application's settings (the schema is required). */
GSettings         *puente_application_get_settings (PuenteApplication *self);
/* The language new windows start in: --lang, else the "language"
 * setting, else the system's. */
PuenteLang         puente_application_get_language (PuenteApplication *self);

G_END_DECLS
