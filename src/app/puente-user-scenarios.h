/* puente-user-scenarios.h: the user's own scenarios and the autosave
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * User scenarios are scenario files in $XDG_DATA_HOME/puente/scenarios;
 * the autosave of unsaved changes is $XDG_DATA_HOME/puente/autosave.json
 * with autosave.origin beside it (the file or preset the changes were
 * made to).
 */
#pragma once

#include <gio/gio.h>

#include "puente-scenario.h"

G_BEGIN_DECLS

/* The folder of the user scenarios. */
char      *puente_user_scenarios_get_dir       (void);
/* The user scenario files, sorted by name. */
GPtrArray *puente_user_scenarios_list          (void);
gboolean   puente_user_scenarios_contains      (GFile                *file);
/* A new file for a scenario called @name that does not exist yet. */
GFile     *puente_user_scenarios_new_file      (const char           *name);

gboolean   puente_autosave_write               (const PuenteScenario *scenario,
                                                const char           *origin,
                                                GError              **error);
/* NULL when there is nothing to recover (or it cannot be read). */
PuenteScenario *puente_autosave_read           (char                **origin);
void       puente_autosave_clear               (void);

G_END_DECLS
