/* puente-transit-layer.c: transit cities: bus fleets and their electric share, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-transit-layer.h"

struct _PuenteTransitLayer
{
  PuenteMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteTransitLayer, puente_transit_layer, PUENTE_TYPE_MAP_LAYER)

static void
puente_transit_layer_class_init (PuenteTransitLayerClass *klass)
{
  PUENTE_MAP_LAYER_CLASS (klass)->painter_type = PUENTE_TYPE_TRANSIT_PAINTER;
}

static void
puente_transit_layer_init (PuenteTransitLayer *self)
{
}
