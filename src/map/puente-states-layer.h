/* puente-states-layer.h: states coloured by a metric (choropleth), on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that shows a PuenteStatesPainter (the drawing, without
 * GTK, is in puente-states-painter.h). Its "metric" is the painter's.
 */
#pragma once

#include "puente-map-layer.h"
#include "puente-states-painter.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_STATES_LAYER (puente_states_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteStatesLayer, puente_states_layer, PUENTE, STATES_LAYER, PuenteMapLayer)

PuenteStatesMetric puente_states_layer_get_metric (PuenteStatesLayer *self);
void               puente_states_layer_set_metric (PuenteStatesLayer *self,
                                                   PuenteStatesMetric metric);

G_END_DECLS
