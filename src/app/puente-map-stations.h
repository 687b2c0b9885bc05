/* puente-map-stations.h: the imported stations in the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layers popover's "Charging stations" section: Import Stations…, the
 * files imported (each with its stations, or why it failed, and a button
 * that removes it), and the stations layer's filters — DC fast only, a
 * network, open or planned — kept equal to the view state's
 * "stations-dc-fast-only", "stations-network" and "stations-show". And
 * puente_map_stations_show (), which puts the stations and the filters
 * into a map pane's stations layer.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-map-pane.h"
#include "puente-station-files.h"
#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_STATIONS (puente_map_stations_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapStations, puente_map_stations, PUENTE, MAP_STATIONS, GtkWidget)

/* @workspace's station files; numbers in @lang. */
GtkWidget      *puente_map_stations_new (PuenteWorkspace *workspace,
                                         PuenteViewState *state,
                                         PuenteLang       lang);
/* "Use as scenario A's base-year ports". */
GtkCheckButton *puente_map_stations_get_base_check (PuenteMapStations *self);
/* The "DC fast only" check, the network and status drop-downs. */
GtkCheckButton *puente_map_stations_get_dc_fast_check (PuenteMapStations *self);
GtkDropDown    *puente_map_stations_get_network_dropdown (PuenteMapStations *self);
GtkDropDown    *puente_map_stations_get_show_dropdown (PuenteMapStations *self);
/* The remove button of @path's row, or NULL. */
GtkButton      *puente_map_stations_get_remove_button (PuenteMapStations *self,
                                                       const char        *path);

/* Shows @files' stations, filtered as @state says, in @pane's stations
 * layer. */
void            puente_map_stations_show (PuenteMapPane      *pane,
                                          PuenteStationFiles *files,
                                          PuenteViewState    *state);

G_END_DECLS
