/* puente-supply-layer.c: supply-chain sites by stage, and flows between stages, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-supply-layer.h"

struct _PuenteSupplyLayer
{
  PuenteMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteSupplyLayer, puente_supply_layer, PUENTE_TYPE_MAP_LAYER)

static void
puente_supply_layer_class_init (PuenteSupplyLayerClass *klass)
{
  PUENTE_MAP_LAYER_CLASS (klass)->painter_type = PUENTE_TYPE_SUPPLY_PAINTER;
}

static void
puente_supply_layer_init (PuenteSupplyLayer *self)
{
}
