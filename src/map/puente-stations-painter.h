/* puente-stations-painter.h: imported charging stations on the map
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every imported station (PuenteStations, from AFDC or Open Charge Map
 * files) as a point, grouped into clusters by zoom with their number,
 * coloured by level, sized by ports, hollow when planned; see
 * puente-station-clusters.h for the drawing. Like the other painters it
 * draws and hit-tests with Cairo alone, and is available only when it has
 * stations; PuenteStationsPainter shows it on the map.
 *
 * For the app (a later change): set the stations after an import
 * (puente_stations_painter_set_stations, or the "stations" property); bind
 * the filters to the layers popover ("dc-fast-only", "network" with
 * puente_stations_list_networks () for its choices, "show"); on a click,
 * puente_stations_painter_pick () says whether it is a station (its index
 * for the details panel) or a cluster (where and how far to zoom in);
 * puente_map_painter_get_sources () gives the attribution line exports
 * need.
 */
#pragma once

#include "puente-map-painter.h"
#include "puente-station-clusters.h"
#include "puente-stations.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_STATIONS_PAINTER (puente_stations_painter_get_type ())

G_DECLARE_FINAL_TYPE (PuenteStationsPainter, puente_stations_painter, PUENTE, STATIONS_PAINTER, PuenteMapPainter)

PuenteStations    *puente_stations_painter_get_stations (PuenteStationsPainter *self);
void               puente_stations_painter_set_stations (PuenteStationsPainter *self,
                                                         PuenteStations        *stations);
gboolean           puente_stations_painter_get_dc_fast_only (PuenteStationsPainter *self);
void               puente_stations_painter_set_dc_fast_only (PuenteStationsPainter *self,
                                                             gboolean               dc_fast_only);
const char        *puente_stations_painter_get_network (PuenteStationsPainter *self);
void               puente_stations_painter_set_network (PuenteStationsPainter *self,
                                                        const char            *network);
PuenteStationsShow puente_stations_painter_get_show (PuenteStationsPainter *self);
void               puente_stations_painter_set_show (PuenteStationsPainter *self,
                                                     PuenteStationsShow     show);
/* What is at (@x, @y) of @frame; FALSE when nothing. */
gboolean           puente_stations_painter_pick (PuenteStationsPainter *self,
                                                 const PuenteMapFrame  *frame,
                                                 double                 x,
                                                 double                 y,
                                                 PuenteStationsPick    *pick);
/* The symbol of a hit test's id ("afdc:44174", "cluster:Z:I"); FALSE
 * for none shown. */
gboolean           puente_stations_painter_pick_from_id (PuenteStationsPainter *self,
                                                         const char            *id,
                                                         PuenteStationsPick    *pick);
/* Stations that pass the filters. */
guint              puente_stations_painter_get_n_shown (PuenteStationsPainter *self);

G_END_DECLS
