/* puente-autosave.h: unsaved changes kept on disk, and recovered
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every window autosaves to files of its own in the recovery folder,
 * $XDG_DATA_HOME/puente/recovery: ID.json (the scenario), ID.origin (the
 * file or preset the changes were made to, "file:PATH" or "preset:ID")
 * and ID.lock, which the window holds locked (flock) while it lives. So
 * two instances, even without a session bus, never write or delete each
 * other's files.
 *
 * What a window leaves behind when it does not close normally (a crash,
 * a kill) is recovery data: its lock is free. puente_recovery_find ()
 * claims each such file by locking it; the user restores it or discards
 * it, and until then it stays, whatever else they do, and is offered
 * again at the next start. A file that cannot be read is set aside
 * (renamed ".broken") with a message instead of stopping the start.
 */
#pragma once

#include <gio/gio.h>

#include "puente-scenario.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_AUTOSAVE (puente_autosave_get_type ())

G_DECLARE_FINAL_TYPE (PuenteAutosave, puente_autosave, PUENTE, AUTOSAVE, GObject)

/* The folder recovery files live in. */
char                          *puente_autosave_get_dir (void);

/* A new autosave for one window, its lock taken. */
PuenteAutosave                *puente_autosave_new (void);
/* Writes @scenario and @origin (may be NULL) atomically. */
gboolean                       puente_autosave_write (PuenteAutosave       *self,
                                                      const PuenteScenario *scenario,
                                                      const char           *origin,
                                                      GError              **error);
/* Nothing unsaved any more: removes the files (the lock stays). */
void                           puente_autosave_clear (PuenteAutosave *self);
/* Where the scenario is written. */
const char                    *puente_autosave_get_path (PuenteAutosave *self);

/* TRUE when no live window holds the autosave that @path (a recovery
 * file, "DIR/ID.EXT") belongs to: it is left over from a crash. */
gboolean                       puente_autosave_is_orphan (const char *path);

typedef struct _PuenteRecovery PuenteRecovery;

/* Claims the recovery data no live window holds, newest first. Files
 * that cannot be read are set aside; a message for each (what, where,
 * and the new name) goes into @problems (may be NULL). */
GPtrArray                     *puente_recovery_find (GPtrArray *problems);
const PuenteScenario          *puente_recovery_get_scenario (const PuenteRecovery *self);
/* "file:PATH", "preset:ID", or NULL. */
const char                    *puente_recovery_get_origin (const PuenteRecovery *self);
/* When the changes were last autosaved. */
GDateTime                     *puente_recovery_get_time (const PuenteRecovery *self);
const char                    *puente_recovery_get_path (const PuenteRecovery *self);
/* The user restored or discarded it: its files are deleted. */
void                           puente_recovery_discard (PuenteRecovery *self);
/* Releases the claim; the files stay for the next start. */
void                           puente_recovery_free (PuenteRecovery *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteRecovery, puente_recovery_free)

G_END_DECLS
