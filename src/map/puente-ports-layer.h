/* puente-ports-layer.h: ports of entry: truck crossings and charging power, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that shows a PuentePortsPainter (the drawing, without
 * GTK, is in puente-ports-painter.h).
 */
#pragma once

#include "puente-ports-painter.h"
#include "puente-map-layer.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_PORTS_LAYER (puente_ports_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuentePortsLayer, puente_ports_layer, PUENTE, PORTS_LAYER, PuenteMapLayer)

G_END_DECLS
