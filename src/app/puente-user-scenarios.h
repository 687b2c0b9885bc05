/* puente-user-scenarios.h: the user's own scenarios and the autosave
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * User scenarios are scenario files in $XDG_DATA_HOME/puente/scenarios.
 * The autosave of unsaved changes is in puente-autosave.h.
 */
#pragma once

#include <gio/gio.h>

#include "puente-scenario.h"

G_BEGIN_DECLS

/* The folder of the user scenarios. */
char      *puente_user_scenarios_get_dir (void);
/* The user scenario files, sorted by name. */
GPtrArray *puente_user_scenarios_list (void);
gboolean   puente_user_scenarios_contains (GFile *file);
/* A new file for a scenario called @name that does not exist yet. */
GFile     *puente_user_scenarios_new_file (const char *name);
/* Reads every user scenario; one that cannot be read (malformed, a FIFO,
 * a folder, too large...) is set aside as NAME.broken, so the folder
 * never stops a start. A message for each (what, where, the new name)
 * goes into @problems. */
void       puente_user_scenarios_check (GPtrArray *problems);

G_END_DECLS
