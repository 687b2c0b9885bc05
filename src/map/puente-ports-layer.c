/* puente-ports-layer.c: ports of entry: truck crossings and charging power, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-ports-layer.h"

struct _PuentePortsLayer
{
  PuenteMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PuentePortsLayer, puente_ports_layer, PUENTE_TYPE_MAP_LAYER)

static void
puente_ports_layer_class_init (PuentePortsLayerClass *klass)
{
  PUENTE_MAP_LAYER_CLASS (klass)->painter_type = PUENTE_TYPE_PORTS_PAINTER;
}

static void
puente_ports_layer_init (PuentePortsLayer *self)
{
}
