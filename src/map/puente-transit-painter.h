/* puente-transit-painter.h: transit cities: bus fleets and their electric share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-point-painter.h"

G_BEGIN_DECLS

#define PUENTE_TRANSIT_FLEET "transit.fleet"
#define PUENTE_TRANSIT_EBUS_SHARE "transit.ebus_share"

gboolean puente_transit_is_available (PuenteMapContext *context);
void     puente_transit_paint (PuenteMapContext     *context,
                               cairo_t              *cr,
                               const PuenteMapFrame *frame);

#define PUENTE_TYPE_TRANSIT_PAINTER (puente_transit_painter_get_type ())

G_DECLARE_FINAL_TYPE (PuenteTransitPainter, puente_transit_painter, PUENTE, TRANSIT_PAINTER, PuentePointPainter)

G_END_DECLS
