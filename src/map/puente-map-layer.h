/* puente-map-layer.h: base of the map's data layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A data layer is a ShumateLayer that draws its whole picture in snapshot
 * with Cairo (no widget per point) and hit-tests itself. Subclasses draw
 * through the cairo-only draw () so exports and tests draw the same thing
 * without a display; the base turns the viewport into a frame, redraws when
 * the viewport or the context changes, and hides the layer when its data is
 * not there.
 */
#pragma once

#include <shumate/shumate.h>

#include "puente-map-context.h"
#include "puente-map-style.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_LAYER (puente_map_layer_get_type ())

G_DECLARE_DERIVABLE_TYPE (PuenteMapLayer, puente_map_layer, PUENTE, MAP_LAYER, ShumateLayer)

struct _PuenteMapLayerClass
{
  ShumateLayerClass parent_class;

  /* Stable id for settings: "states", "charging", "used", "ports",
   * "transit", "supply". */
  const char *layer_id;
  /* Untranslated (marked N_) name and source line, for the default
   * get_title () and get_sources (). */
  const char *title;
  const char *sources;

  /* Whether the model and dataset have what the layer shows. */
  gboolean    (*is_available) (PuenteMapLayer             *self);
  /* Translated name for the layers popover and the legend. */
  const char *(*get_title)    (PuenteMapLayer             *self);
  /* Translated source line ("Data: ..."), or NULL. */
  const char *(*get_sources)  (PuenteMapLayer             *self);
  /* The value proportional symbols are scaled by, over all years and
   * scenarios; puente_map_layer_get_reference () keeps it per generation
   * of the context's results. Takes the context alone so that Cairo-only
   * painting computes the same. */
  double      (*compute_reference) (PuenteMapContext      *context);
  void        (*draw)         (PuenteMapLayer             *self,
                               cairo_t                    *cr,
                               const PuenteMapFrame       *frame);
  /* The id of the place at (@x, @y) of @frame, or NULL. */
  char       *(*hit_test)     (PuenteMapLayer             *self,
                               const PuenteMapFrame       *frame,
                               double                      x,
                               double                      y);
  /* One or two lines about @id for a tooltip, or NULL. */
  char       *(*describe)     (PuenteMapLayer             *self,
                               const char                 *id);
  /* Draws the legend at (@x, @y) within @width; @cr NULL only measures.
   * Returns the height. */
  double      (*draw_legend)  (PuenteMapLayer             *self,
                               cairo_t                    *cr,
                               const PuenteMapLegendStyle *style,
                               double                      x,
                               double                      y,
                               double                      width);

  gpointer padding[5];
};

/* A layer of @layer_type, a subclass, over @viewport showing @context. */
PuenteMapLayer   *puente_map_layer_new          (GType                       layer_type,
                                                 ShumateViewport            *viewport,
                                                 PuenteMapContext           *context);
PuenteMapContext *puente_map_layer_get_context  (PuenteMapLayer             *self);
const char       *puente_map_layer_get_id       (PuenteMapLayer             *self);
/* The context's language: every text the layer draws or describes. */
PuenteLang        puente_map_layer_get_language (PuenteMapLayer             *self);
const char       *puente_map_layer_get_title    (PuenteMapLayer             *self);
const char       *puente_map_layer_get_sources  (PuenteMapLayer             *self);
gboolean          puente_map_layer_is_available (PuenteMapLayer             *self);
/* Switched on by the user; the layer shows when enabled and available. */
gboolean          puente_map_layer_get_enabled  (PuenteMapLayer             *self);
void              puente_map_layer_set_enabled  (PuenteMapLayer             *self,
                                                 gboolean                    enabled);
gboolean          puente_map_layer_get_shown    (PuenteMapLayer             *self);
/* The layer's viewport and size as a frame. */
void              puente_map_layer_get_frame    (PuenteMapLayer             *self,
                                                 PuenteMapFrame             *frame);
/* Cairo only: what snapshot draws, for exports. */
void              puente_map_layer_draw         (PuenteMapLayer             *self,
                                                 cairo_t                    *cr,
                                                 const PuenteMapFrame       *frame);
char             *puente_map_layer_hit_test     (PuenteMapLayer             *self,
                                                 const PuenteMapFrame       *frame,
                                                 double                      x,
                                                 double                      y);
char             *puente_map_layer_describe     (PuenteMapLayer             *self,
                                                 const char                 *id);
double            puente_map_layer_draw_legend  (PuenteMapLayer             *self,
                                                 cairo_t                    *cr,
                                                 const PuenteMapLegendStyle *style,
                                                 double                      x,
                                                 double                      y,
                                                 double                      width);
/* The class's compute_reference () for the context's results, computed
 * once per generation. */
double            puente_map_layer_get_reference (PuenteMapLayer            *self);

/* How much symbols grow with the zoom: 1 at zoom 4.5. */
double            puente_map_symbol_scale       (const PuenteMapFrame       *frame);

G_END_DECLS
