/* puente-charging-layer.h: public charging ports per state, existing and needed, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that shows a PuenteChargingPainter (the drawing, without
 * GTK, is in puente-charging-painter.h).
 */
#pragma once

#include "puente-charging-painter.h"
#include "puente-map-layer.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_CHARGING_LAYER (puente_charging_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteChargingLayer, puente_charging_layer, PUENTE, CHARGING_LAYER, PuenteMapLayer)

G_END_DECLS
