/* puente-charging-painter.h: public charging ports per state, existing and needed
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-map-painter.h"

G_BEGIN_DECLS

/* Cairo only: the rings of every state for the context's year. */
void     puente_charging_paint (PuenteMapContext     *context,
                                cairo_t              *cr,
                                const PuenteMapFrame *frame);
/* Existing and needed public ports (Level 2 + DC fast) of @region as shown. */
gboolean puente_charging_get_values (PuenteMapContext *context,
                                     const char       *region,
                                     double           *existing,
                                     double           *needed);

#define PUENTE_TYPE_CHARGING_PAINTER (puente_charging_painter_get_type ())

G_DECLARE_FINAL_TYPE (PuenteChargingPainter, puente_charging_painter, PUENTE, CHARGING_PAINTER, PuenteMapPainter)

G_END_DECLS
