/* puente-map-pane.h: one map of the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libshumate map with the basemap's tiles under Puente's data layers
 * (one per puente_map_painter_list_ids ()) and the labels pass over them,
 * its title, scale and attribution. It
 * selects the place clicked, pans and zooms from the keyboard, and says
 * what is under the pointer. The page holds one or two of them (A | B)
 * and tells them what to show through their contexts.
 */
#pragma once

#include <shumate/shumate.h>

#include "puente-map-layer.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_PANE (puente_map_pane_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapPane, puente_map_pane, PUENTE, MAP_PANE, GtkWidget)

/* A pane of its own context on @dataset and @basemap; @name is what
 * assistive technologies call the map. */
GtkWidget        *puente_map_pane_new (PuenteDataset *dataset,
                                       PuenteBasemap *basemap,
                                       const char    *name);
PuenteMapContext *puente_map_pane_get_context (PuenteMapPane *self);
ShumateMap       *puente_map_pane_get_map (PuenteMapPane *self);
/* Names on the map at @scale times their size (Present mode's type). */
void              puente_map_pane_set_label_scale (PuenteMapPane *self,
                                                   double         scale);
ShumateViewport  *puente_map_pane_get_viewport (PuenteMapPane *self);
/* The data layers, bottom to top (borrowed). */
GPtrArray        *puente_map_pane_get_layers (PuenteMapPane *self);
PuenteMapLayer   *puente_map_pane_get_layer (PuenteMapPane *self,
                                             const char    *id);
/* Enables the layers whose ids are in @ids, disables the others. */
void              puente_map_pane_set_layers (PuenteMapPane     *self,
                                              const char *const *ids);
/* Tiles from @offline, and from @online over them (NULL: none). A new
 * source, style or language of the offline tiles needs this again. */
void              puente_map_pane_set_tiles (PuenteMapPane    *self,
                                             ShumateMapSource *offline,
                                             ShumateMapSource *online);

/* The selected place (a state code, port, city or site id) or NULL; its
 * "selection" property notifies when a click or Esc changes it. */
const char       *puente_map_pane_get_selected (PuenteMapPane *self);
/* NULL or "" clears it. */
void              puente_map_pane_select (PuenteMapPane *self,
                                          const char    *id);

/* The title over the map's top-left corner (NULL: none), @top px down;
 * ellipsized when the map is narrow, whole in its tooltip. */
void              puente_map_pane_set_title (PuenteMapPane *self,
                                             const char    *title);
const char       *puente_map_pane_get_title (PuenteMapPane *self);
void              puente_map_pane_set_title_top (PuenteMapPane *self,
                                                 int            top);
/* Where the title is drawn, in the pane's coordinates; FALSE when there
 * is none. */
gboolean          puente_map_pane_get_title_bounds (PuenteMapPane   *self,
                                                    graphene_rect_t *bounds);

/* A line over the tiles' credits in the map's corner (the imported
 * stations' sources); NULL: none. */
void              puente_map_pane_set_credit (PuenteMapPane *self,
                                              const char    *credit);

/* The view as a frame of the map's size. */
void              puente_map_pane_get_frame (PuenteMapPane  *self,
                                             PuenteMapFrame *frame);
/* Centre and zoom of @frame (its size is the map's). */
void              puente_map_pane_set_frame (PuenteMapPane        *self,
                                             const PuenteMapFrame *frame);

/* The id of the place at (@x, @y) of the map, and its layer; NULL on the
 * sea or between places. */
char             *puente_map_pane_hit_test (PuenteMapPane   *self,
                                            double           x,
                                            double           y,
                                            PuenteMapLayer **layer);
/* A click at (@x, @y): selects what is there (or nothing). */
void              puente_map_pane_click (PuenteMapPane *self,
                                         double         x,
                                         double         y);
/* The tooltip at (@x, @y), or NULL. */
char             *puente_map_pane_describe_at (PuenteMapPane *self,
                                               double         x,
                                               double         y);

G_END_DECLS
