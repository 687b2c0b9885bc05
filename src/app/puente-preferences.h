/* puente-preferences.h: the preferences window
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PUENTE_TYPE_PREFERENCES (puente_preferences_get_type ())

G_DECLARE_FINAL_TYPE (PuentePreferences, puente_preferences, PUENTE, PREFERENCES, AdwPreferencesWindow)

GtkWidget *puente_preferences_new (GtkWindow *parent,
                                   GSettings *settings);

G_END_DECLS
