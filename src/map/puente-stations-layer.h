/* puente-stations-layer.h: imported charging stations on the map
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every imported station (PuenteStations, from AFDC or Open Charge Map
 * files) as a point, grouped into clusters by zoom with their number,
 * coloured by level, sized by ports, hollow when planned; see
 * puente-station-clusters.h for the drawing. The layer draws in snapshot
 * and hit-tests itself like the other data layers, and is shown only when
 * it has stations.
 *
 * For the app (a later change): set the stations after an import
 * (puente_stations_layer_set_stations, or the "stations" property); bind
 * the filters to the layers popover ("dc-fast-only", "network" with
 * puente_stations_list_networks () for its choices, "show"); on a click,
 * puente_stations_layer_pick () says whether it is a station (its index
 * for the details panel) or a cluster (where and how far to zoom in);
 * puente_map_layer_get_sources () gives the attribution line exports need.
 */
#pragma once

#include "puente-map-layer.h"
#include "puente-station-clusters.h"
#include "puente-stations.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_STATIONS_LAYER (puente_stations_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteStationsLayer, puente_stations_layer, PUENTE, STATIONS_LAYER, PuenteMapLayer)

PuenteStations    *puente_stations_layer_get_stations     (PuenteStationsLayer *self);
void               puente_stations_layer_set_stations     (PuenteStationsLayer *self,
                                                           PuenteStations      *stations);
gboolean           puente_stations_layer_get_dc_fast_only (PuenteStationsLayer *self);
void               puente_stations_layer_set_dc_fast_only (PuenteStationsLayer *self,
                                                           gboolean             dc_fast_only);
const char        *puente_stations_layer_get_network      (PuenteStationsLayer *self);
void               puente_stations_layer_set_network      (PuenteStationsLayer *self,
                                                           const char          *network);
PuenteStationsShow puente_stations_layer_get_show         (PuenteStationsLayer *self);
void               puente_stations_layer_set_show         (PuenteStationsLayer *self,
                                                           PuenteStationsShow   show);
/* What is at (@x, @y) of @frame; FALSE when nothing. */
gboolean           puente_stations_layer_pick             (PuenteStationsLayer *self,
                                                           const PuenteMapFrame *frame,
                                                           double               x,
                                                           double               y,
                                                           PuenteStationsPick  *pick);
/* Stations that pass the filters. */
guint              puente_stations_layer_get_n_shown      (PuenteStationsLayer *self);

G_END_DECLS
