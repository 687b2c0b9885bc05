/* puente-scenario-catalogue.h: the names of the scenarios a user can pick
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scenario menus list the presets and the user's own scenarios by name,
 * in both languages. Reading every file again for every menu rebuild (each
 * lever change, each save) costs a disk read per scenario; the catalogue
 * reads the presets once and a user scenario only when its file changes,
 * and says so with "changed" (a file monitor on the folder).
 */
#pragma once

#include <gio/gio.h>

#include "puente-lang.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_SCENARIO_CATALOGUE (puente_scenario_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (PuenteScenarioCatalogue, puente_scenario_catalogue, PUENTE, SCENARIO_CATALOGUE, GObject)

/* The process's catalogue, made on first use (main thread). */
PuenteScenarioCatalogue *puente_scenario_catalogue_get_default (void);

/* A preset's name in @lang, or its id when it has none. */
const char              *puente_scenario_catalogue_get_preset_name (PuenteScenarioCatalogue *self,
                                                                    const char              *preset_id,
                                                                    PuenteLang               lang);
/* A preset's legal status badge in @lang ("Repealed, as of 2026-12-07"),
 * or NULL. */
char                    *puente_scenario_catalogue_dup_preset_badge (PuenteScenarioCatalogue *self,
                                                                     const char              *preset_id,
                                                                     PuenteLang               lang);
/* The user scenario files, sorted, as puente_user_scenarios_list (). */
guint                    puente_scenario_catalogue_get_n_user (PuenteScenarioCatalogue *self);
const char              *puente_scenario_catalogue_get_user_path (PuenteScenarioCatalogue *self,
                                                                  guint                    index);
/* Its name in @lang, or NULL when the file has none or cannot be read. */
const char              *puente_scenario_catalogue_get_user_name (PuenteScenarioCatalogue *self,
                                                                  guint                    index,
                                                                  PuenteLang               lang);
/* Reads the folder again now (files whose modification time is unchanged
 * are not read again); "changed" when anything differs. */
void                     puente_scenario_catalogue_refresh (PuenteScenarioCatalogue *self);

G_END_DECLS
