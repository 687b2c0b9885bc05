/* puente-supply-layer.h: supply-chain sites by stage, and flows between stages, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that shows a PuenteSupplyPainter (the drawing, without
 * GTK, is in puente-supply-painter.h).
 */
#pragma once

#include "puente-supply-painter.h"
#include "puente-map-layer.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_SUPPLY_LAYER (puente_supply_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteSupplyLayer, puente_supply_layer, PUENTE, SUPPLY_LAYER, PuenteMapLayer)

G_END_DECLS
