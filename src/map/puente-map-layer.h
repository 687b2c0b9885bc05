/* puente-map-layer.h: base of the map's data layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A data layer is a ShumateLayer that shows a PuenteMapPainter
 * (puente-map-painter.h, no GTK): the painter draws the whole picture with
 * Cairo in snapshot (no widget per point), hit-tests, describes and draws
 * the legend, so exports and puente-cli draw exactly what the window
 * shows. A subclass names its painter's type in class_init. The base turns
 * the viewport into a frame, redraws when the viewport, the context or the
 * painter changes, and hides the layer when the user turned it off or its
 * data is not there.
 */
#pragma once

#include <shumate/shumate.h>

#include "puente-map-context.h"
#include "puente-map-painter.h"
#include "puente-map-style.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_LAYER (puente_map_layer_get_type ())

G_DECLARE_DERIVABLE_TYPE (PuenteMapLayer, puente_map_layer, PUENTE, MAP_LAYER, ShumateLayer)

struct _PuenteMapLayerClass
{
  ShumateLayerClass parent_class;

  /* The PuenteMapPainter subclass the layer shows. */
  GType             painter_type;

  gpointer          padding[8];
};

/* A layer of @layer_type, a subclass, over @viewport showing @context. */
PuenteMapLayer   *puente_map_layer_new (GType             layer_type,
                                        ShumateViewport  *viewport,
                                        PuenteMapContext *context);
/* The layer of a built-in painter's id (puente_map_painter_list_ids (), or
 * "stations"), or NULL for an unknown id: panes build their layers from
 * the painters' list. */
PuenteMapLayer   *puente_map_layer_new_for_id (const char       *layer_id,
                                               ShumateViewport  *viewport,
                                               PuenteMapContext *context);
PuenteMapContext *puente_map_layer_get_context (PuenteMapLayer *self);
/* The painter the layer shows (its drawing, without GTK). */
PuenteMapPainter *puente_map_layer_get_painter (PuenteMapLayer *self);
/* The painter's: "states", "charging", "used", "ports", "transit",
 * "supply", "stations". */
const char       *puente_map_layer_get_id (PuenteMapLayer *self);
/* The context's language: every text the layer draws or describes. */
PuenteLang        puente_map_layer_get_language (PuenteMapLayer *self);
const char       *puente_map_layer_get_title (PuenteMapLayer *self);
const char       *puente_map_layer_get_sources (PuenteMapLayer *self);
gboolean          puente_map_layer_is_available (PuenteMapLayer *self);
/* Switched on by the user; the layer shows when enabled and available. */
gboolean          puente_map_layer_get_enabled (PuenteMapLayer *self);
void              puente_map_layer_set_enabled (PuenteMapLayer *self,
                                                gboolean        enabled);
gboolean          puente_map_layer_get_shown (PuenteMapLayer *self);
/* The layer's viewport and size as a frame. */
void              puente_map_layer_get_frame (PuenteMapLayer *self,
                                              PuenteMapFrame *frame);
/* Cairo only: what snapshot draws. */
void              puente_map_layer_draw (PuenteMapLayer       *self,
                                         cairo_t              *cr,
                                         const PuenteMapFrame *frame);
/* NULL when the layer is not shown. */
char             *puente_map_layer_hit_test (PuenteMapLayer       *self,
                                             const PuenteMapFrame *frame,
                                             double                x,
                                             double                y);
char             *puente_map_layer_describe (PuenteMapLayer *self,
                                             const char     *id);
double            puente_map_layer_draw_legend (PuenteMapLayer             *self,
                                                cairo_t                    *cr,
                                                const PuenteMapLegendStyle *style,
                                                double                      x,
                                                double                      y,
                                                double                      width);

/* For any layer over a map: its viewport and size as a frame, and a Cairo
 * context for its snapshot with the viewport's rotation applied. */
void              puente_map_frame_init_for_layer (PuenteMapFrame *frame,
                                                   ShumateLayer   *layer);
cairo_t          *puente_map_layer_append_cairo (ShumateLayer         *layer,
                                                 GtkSnapshot          *snapshot,
                                                 const PuenteMapFrame *frame);

G_END_DECLS
