/* puente-station-files.h: the station files the user imported
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of charging-station files (AFDC CSV or JSON, Open Charge Map
 * JSON) the user chose with Import Stations… or dropped on the window,
 * remembered in the settings' "station-files" and imported again at the
 * next start, and the stations imported from them. Imports run in a
 * worker thread (a national export takes a second or two), so the window
 * never freezes: the whole list is imported into a new PuenteStations,
 * which replaces the old one when it is done ("changed"). What each
 * import did — the stations imported, the rows skipped and why, or the
 * error — is said through "report", one translated sentence per file.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-stations.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_STATION_FILES (puente_station_files_get_type ())

G_DECLARE_FINAL_TYPE (PuenteStationFiles, puente_station_files, PUENTE, STATION_FILES, GObject)

PuenteStationFiles *puente_station_files_new (void);
/* Remembers the list in @settings' "station-files" from now on, and
 * imports the files it holds. */
void                puente_station_files_bind_settings (PuenteStationFiles *self,
                                                        GSettings          *settings);
/* Adds @paths (NULL-terminated; ones already there are imported again)
 * and imports them. */
void                puente_station_files_add (PuenteStationFiles *self,
                                              const char *const  *paths);
/* Forgets @path; its stations leave the map. */
void                puente_station_files_remove (PuenteStationFiles *self,
                                                 const char         *path);
/* The files, in the order added (NULL-terminated, borrowed). */
const char *const  *puente_station_files_get_paths (PuenteStationFiles *self);
/* Why @path could not be imported the last time, or NULL. */
const char         *puente_station_files_get_error (PuenteStationFiles *self,
                                                    const char         *path);
/* The stations of every file imported, or NULL when none is. */
PuenteStations     *puente_station_files_get_stations (PuenteStationFiles *self);
/* Whether an import runs. */
gboolean            puente_station_files_get_busy (PuenteStationFiles *self);

/* Runs a file chooser (several files) over @parent and adds the files. */
void                puente_station_files_choose (PuenteStationFiles *self,
                                                 GtkWindow          *parent);
/* A drop of @value (a GFile or a GdkFileList): adds the station files
 * among them (CSV, JSON that is not a Puente scenario) and returns TRUE
 * when there were some; the first other file is *@other (a scenario for
 * the window to open), else NULL. */
gboolean            puente_station_files_drop (PuenteStationFiles *self,
                                               const GValue       *value,
                                               GFile             **other);

G_END_DECLS
