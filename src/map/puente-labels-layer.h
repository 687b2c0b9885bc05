/* puente-labels-layer.h: the map's names, above its data layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ShumateLayer that draws the labels pass (puente-map-labels.h) over a
 * map: add it above the data layers it names around. It follows the
 * viewport, the context and which of those layers are shown. "scale" makes
 * the names bigger (Present mode).
 */
#pragma once

#include "puente-map-labels.h"
#include "puente-map-layer.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_LABELS_LAYER (puente_labels_layer_get_type ())

G_DECLARE_FINAL_TYPE (PuenteLabelsLayer, puente_labels_layer, PUENTE, LABELS_LAYER, ShumateLayer)

/* Names for @context over @viewport, kept clear of the symbols of
 * @layers (those shown). */
PuenteLabelsLayer *puente_labels_layer_new (ShumateViewport       *viewport,
                                            PuenteMapContext      *context,
                                            PuenteMapLayer *const *layers,
                                            guint                  n_layers);
double             puente_labels_layer_get_scale (PuenteLabelsLayer *self);
void               puente_labels_layer_set_scale (PuenteLabelsLayer *self,
                                                  double             scale);
/* The names as placed in the layer's frame now (PuenteMapLabelBox). */
GArray            *puente_labels_layer_get_boxes (PuenteLabelsLayer *self);

G_END_DECLS
