/* puente-used-layer.c: used vehicles from the US to Mexican states, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-used-layer.h"

struct _PuenteUsedLayer
{
  PuenteMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteUsedLayer, puente_used_layer, PUENTE_TYPE_MAP_LAYER)

static void
puente_used_layer_class_init (PuenteUsedLayerClass *klass)
{
  PUENTE_MAP_LAYER_CLASS (klass)->painter_type = PUENTE_TYPE_USED_PAINTER;
}

static void
puente_used_layer_init (PuenteUsedLayer *self)
{
}
