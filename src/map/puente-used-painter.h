/* puente-used-painter.h: used vehicles from the US to Mexican states
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-map-painter.h"

G_BEGIN_DECLS

/* Cairo only: the arcs for the context's year. */
void        puente_used_paint (PuenteMapContext     *context,
                               cairo_t              *cr,
                               const PuenteMapFrame *frame);
/* Used vehicles (and ZEVs among them) imported by Mexican state @region. */
gboolean    puente_used_get_values (PuenteMapContext *context,
                                    const char       *region,
                                    double           *vehicles,
                                    double           *evs);
/* Where the arc to @region starts: the port of entry facing it (or the
 * nearest one; without ports, the nearest US border state). Returns the
 * US state of that start. */
const char *puente_used_get_origin (PuenteMapContext *context,
                                    const char       *region,
                                    double           *latitude,
                                    double           *longitude);

#define PUENTE_TYPE_USED_PAINTER (puente_used_painter_get_type ())

G_DECLARE_FINAL_TYPE (PuenteUsedPainter, puente_used_painter, PUENTE, USED_PAINTER, PuenteMapPainter)

G_END_DECLS
