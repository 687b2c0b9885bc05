/* puente-ports-layer.h: ports of entry: truck crossings and charging power
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-point-layer.h"

G_BEGIN_DECLS

/* Indicators the layer needs from the engine (medium and heavy duty). */
#define PUENTE_PORTS_CROSSINGS "freight.crossings"
#define PUENTE_PORTS_PEAK_MW   "freight.peak_mw"

gboolean puente_ports_is_available (PuenteMapContext     *context);
void     puente_ports_paint        (PuenteMapContext     *context,
                                    cairo_t              *cr,
                                    const PuenteMapFrame *frame);

#define PUENTE_TYPE_PORTS_LAYER (puente_ports_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuentePortsLayer, puente_ports_layer, PUENTE, PORTS_LAYER, PuentePointLayer)

G_END_DECLS
