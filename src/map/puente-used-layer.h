/* puente-used-layer.h: used vehicles from the US to Mexican states, on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that shows a PuenteUsedPainter (the drawing, without
 * GTK, is in puente-used-painter.h).
 */
#pragma once

#include "puente-used-painter.h"
#include "puente-map-layer.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_USED_LAYER (puente_used_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteUsedLayer, puente_used_layer, PUENTE, USED_LAYER, PuenteMapLayer)

G_END_DECLS
