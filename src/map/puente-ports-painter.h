/* puente-ports-painter.h: ports of entry: truck crossings and charging power
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-point-painter.h"

G_BEGIN_DECLS

/* Indicators the layer needs from the engine (medium and heavy duty). */
#define PUENTE_PORTS_CROSSINGS "freight.crossings"
#define PUENTE_PORTS_PEAK_MW "freight.peak_mw"

gboolean puente_ports_is_available (PuenteMapContext *context);
void     puente_ports_paint (PuenteMapContext     *context,
                             cairo_t              *cr,
                             const PuenteMapFrame *frame);

#define PUENTE_TYPE_PORTS_PAINTER (puente_ports_painter_get_type ())

G_DECLARE_FINAL_TYPE (PuentePortsPainter, puente_ports_painter, PUENTE, PORTS_PAINTER, PuentePointPainter)

G_END_DECLS
