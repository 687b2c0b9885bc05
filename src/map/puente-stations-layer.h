/* puente-stations-layer.h: imported charging stations on the map, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that shows a PuenteStationsPainter (the drawing, the
 * filters and the stations themselves are the painter's: see
 * puente-stations-painter.h, and puente_map_layer_get_painter ()).
 */
#pragma once

#include "puente-map-layer.h"
#include "puente-stations-painter.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_STATIONS_LAYER (puente_stations_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteStationsLayer, puente_stations_layer, PUENTE, STATIONS_LAYER, PuenteMapLayer)

G_END_DECLS
