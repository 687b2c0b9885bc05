/* puente-workspace.h: the scenarios a window works on, and their results
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workspace owns the dataset, one engine, scenario A (the one being
 * edited) and an optional scenario B to compare with, their lever values
 * and results, the undo history of A and the file A was read from. The
 * window's widgets edit it and redraw from it; it never touches GTK, so
 * switching the window's language keeps everything here untouched.
 */
#pragma once

#include <gio/gio.h>

#include "puente-dataset.h"
#include "puente-results.h"
#include "puente-scenario.h"

G_BEGIN_DECLS

typedef struct _PuenteChartData PuenteChartData;

#define PUENTE_TYPE_WORKSPACE (puente_workspace_get_type ())

G_DECLARE_FINAL_TYPE (PuenteWorkspace, puente_workspace, PUENTE, WORKSPACE, GObject)

PuenteWorkspace                   *puente_workspace_new (PuenteDataset *dataset);
PuenteDataset                     *puente_workspace_get_dataset (PuenteWorkspace *self);

/* Scenario A */
const PuenteScenario              *puente_workspace_get_scenario (PuenteWorkspace *self);
const double                      *puente_workspace_get_values (PuenteWorkspace *self);
const PuenteResults               *puente_workspace_get_results (PuenteWorkspace *self);
double                             puente_workspace_get_lever (PuenteWorkspace *self,
                                                               guint            lever);
/* Sets a lever of A (clamped to its range), recomputes and records undo.
 * Consecutive changes of the same lever (a slider drag) make one step. */
void                               puente_workspace_set_lever (PuenteWorkspace *self,
                                                               guint            lever,
                                                               double           value);
void                               puente_workspace_reset_lever (PuenteWorkspace *self,
                                                                 guint            lever);
gboolean                           puente_workspace_load_preset (PuenteWorkspace *self,
                                                                 const char      *preset_id,
                                                                 GError         **error);
/* Nothing changes when loading fails. These replace A even when it has
 * unsaved changes: the window asks the user first (puente-window.c). */
gboolean                           puente_workspace_load_file (PuenteWorkspace *self,
                                                               GFile           *file,
                                                               GError         **error);
/* Makes @scenario (taken) A, read from @file or @preset_id (either may
 * be NULL), without unsaved changes; clears the undo history. */
void                               puente_workspace_replace (PuenteWorkspace *self,
                                                             PuenteScenario  *scenario,
                                                             const char      *preset_id,
                                                             GFile           *file);
/* Reads a local scenario file (a remote one is refused with a message). */
PuenteScenario                    *puente_workspace_read_file (GFile   *file,
                                                               GError **error);
gboolean                           puente_workspace_save_file (PuenteWorkspace *self,
                                                               GFile           *file,
                                                               GError         **error);
/* With PUENTE_FILE_WRITE_REPLACE_READ_ONLY once the user agreed to replace
 * a read-only file (PUENTE_SCENARIO_ERROR_READ_ONLY otherwise). */
gboolean                           puente_workspace_save_file_full (PuenteWorkspace     *self,
                                                                    GFile               *file,
                                                                    PuenteFileWriteFlags flags,
                                                                    GError             **error);
GFile                             *puente_workspace_get_file (PuenteWorkspace *self);
/* The preset A started from, or NULL for a file or a new scenario. */
const char                        *puente_workspace_get_preset_id (PuenteWorkspace *self);
gboolean                           puente_workspace_get_modified (PuenteWorkspace *self);
/* Display name of A in @lang, with the file's name for files. */
const char                        *puente_workspace_get_name (PuenteWorkspace *self,
                                                              PuenteLang       lang);

/* Renames A in @lang (English or Spanish). */
void                               puente_workspace_set_name (PuenteWorkspace *self,
                                                              PuenteLang       lang,
                                                              const char      *name);
/* Makes @scenario A with unsaved changes, as if edited from @file or
 * @preset_id (crash recovery). Takes ownership of @scenario. */
void                               puente_workspace_restore (PuenteWorkspace *self,
                                                             PuenteScenario  *scenario,
                                                             GFile           *file,
                                                             const char      *preset_id);
/* Makes A a new, unsaved copy named @name that will be saved to @file. */
void                               puente_workspace_duplicate (PuenteWorkspace *self,
                                                               const char      *name,
                                                               GFile           *file);

/* Undo history of A's levers */
gboolean                           puente_workspace_can_undo (PuenteWorkspace *self);
gboolean                           puente_workspace_can_redo (PuenteWorkspace *self);
void                               puente_workspace_undo (PuenteWorkspace *self);
void                               puente_workspace_redo (PuenteWorkspace *self);

/* Scenario B: NULL preset id clears the comparison. */
gboolean                           puente_workspace_set_compare_preset (PuenteWorkspace *self,
                                                                        const char      *preset_id,
                                                                        GError         **error);
gboolean                           puente_workspace_set_compare_file (PuenteWorkspace *self,
                                                                      GFile           *file,
                                                                      GError         **error);
/* A copy of @scenario (a slide's B), or NULL: no comparison. Its id is
 * the scenario's own (a preset's), else "deck". */
void                               puente_workspace_set_compare_scenario (PuenteWorkspace      *self,
                                                                          const PuenteScenario *scenario);
const PuenteScenario              *puente_workspace_get_compare (PuenteWorkspace *self);
const char                        *puente_workspace_get_compare_id (PuenteWorkspace *self);
const PuenteResults               *puente_workspace_get_compare_results (PuenteWorkspace *self);
/* B's lever values (puente_levers_get_n ()), or NULL without B. */
const double                      *puente_workspace_get_compare_values (PuenteWorkspace *self);

/* Names scenario A, and B when set, on @data (a chart of their results):
 * the names in both languages and their legal status, for the footer. */
void                               puente_workspace_name_chart (PuenteWorkspace *self,
                                                                PuenteChartData *data);

/* The selected year (PUENTE_BASE_YEAR..horizon) */
int                                puente_workspace_get_year (PuenteWorkspace *self);
void                               puente_workspace_set_year (PuenteWorkspace *self,
                                                              int              year);
int                                puente_workspace_get_horizon (PuenteWorkspace *self);

/* The charging-station files imported and their stations, for every view
 * (puente-station-files.h). */
typedef struct _PuenteStationFiles PuenteStationFiles;
PuenteStationFiles                *puente_workspace_get_station_files (PuenteWorkspace *self);
/* Scenario A takes @stations' open public ports as its base year's
 * existing ports, recorded with the files (NULL: the dataset's again). */
void                               puente_workspace_set_base_ports (PuenteWorkspace *self,
                                                                    PuenteStations  *stations);

G_END_DECLS
