/* puente-charging-layer.c: public charging ports per state, existing and needed, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-charging-layer.h"

struct _PuenteChargingLayer
{
  PuenteMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteChargingLayer, puente_charging_layer, PUENTE_TYPE_MAP_LAYER)

static void
puente_charging_layer_class_init (PuenteChargingLayerClass *klass)
{
  PUENTE_MAP_LAYER_CLASS (klass)->painter_type = PUENTE_TYPE_CHARGING_PAINTER;
}

static void
puente_charging_layer_init (PuenteChargingLayer *self)
{
}
