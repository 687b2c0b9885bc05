/* puente-stations-layer.c: imported charging stations on the map, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-stations-layer.h"

struct _PuenteStationsLayer
{
  PuenteMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteStationsLayer, puente_stations_layer, PUENTE_TYPE_MAP_LAYER)

static void
puente_stations_layer_class_init (PuenteStationsLayerClass *klass)
{
  PUENTE_MAP_LAYER_CLASS (klass)->painter_type = PUENTE_TYPE_STATIONS_PAINTER;
}

static void
puente_stations_layer_init (PuenteStationsLayer *self)
{
}
