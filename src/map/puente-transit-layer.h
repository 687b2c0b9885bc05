/* puente-transit-layer.h: transit cities: bus fleets and their electric share, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that shows a PuenteTransitPainter (the drawing, without
 * GTK, is in puente-transit-painter.h).
 */
#pragma once

#include "puente-transit-painter.h"
#include "puente-map-layer.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_TRANSIT_LAYER (puente_transit_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteTransitLayer, puente_transit_layer, PUENTE, TRANSIT_LAYER, PuenteMapLayer)

G_END_DECLS
