/* puente-map-page-private.h: what tests look at inside the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-map-legend.h"
#include "puente-map-page.h"
#include "puente-map-pane.h"
#include "puente-map-search.h"

G_BEGIN_DECLS

/* The A, A | B and B − A buttons. */
GtkToggleButton *puente_map_page_get_mode_button (PuenteMapPage *self,
                                                  PuenteMapMode  mode);
GtkDropDown     *puente_map_page_get_metric_dropdown (PuenteMapPage *self);
/* A layer's check in the layers popover, by id, and the legend's. */
GtkCheckButton  *puente_map_page_get_layer_check (PuenteMapPage *self,
                                                  const char    *id);
GtkCheckButton  *puente_map_page_get_legend_check (PuenteMapPage *self);
/* Whether the legend shows over the map, whole (not folded). */
gboolean         puente_map_page_get_legend_shown (PuenteMapPage *self);
PuenteMapLegend *puente_map_page_get_legend (PuenteMapPage *self);
PuenteMapSearch *puente_map_page_get_search (PuenteMapPage *self);
/* The first (A) map pane, and the second (B) one shown side by side. */
PuenteMapPane   *puente_map_page_get_pane (PuenteMapPage *self,
                                           guint          index);
/* The first (A) map, and the second (B) one shown side by side. */
GtkWidget       *puente_map_page_get_map (PuenteMapPage *self,
                                          guint          index);
/* A layer of the first map by id ("states", "charging", ...). */
PuenteMapLayer  *puente_map_page_get_layer (PuenteMapPage *self,
                                            const char    *id);
PuenteMapMode    puente_map_page_get_mode (PuenteMapPage *self);
void             puente_map_page_set_mode (PuenteMapPage *self,
                                           PuenteMapMode  mode);
/* What a click at (@x, @y) of map @index does: selects the place there
 * (or nothing, on the sea). Returns the id selected, or NULL. */
const char      *puente_map_page_click (PuenteMapPage *self,
                                        guint          index,
                                        double         x,
                                        double         y);
/* The tooltip text at (@x, @y) of map @index, or NULL. */
char            *puente_map_page_describe_at (PuenteMapPage *self,
                                              guint          index,
                                              double         x,
                                              double         y);
/* Centre and zoom of the first map. */
void             puente_map_page_get_view (PuenteMapPage *self,
                                           double        *latitude,
                                           double        *longitude,
                                           double        *zoom);
void             puente_map_page_set_view (PuenteMapPage *self,
                                           double         latitude,
                                           double         longitude,
                                           double         zoom);
/* Map @index's accessible description: the metric by state in words and
 * the selected place. */
const char      *puente_map_page_get_description (PuenteMapPage *self,
                                                  guint          index);
/* "Show as table": its toggle and the PuenteDataTable of the metric. */
GtkToggleButton *puente_map_page_get_table_button (PuenteMapPage *self);
GtkWidget       *puente_map_page_get_table (PuenteMapPage *self);
/* The side panel's title (the selected place's name), or NULL. */
const char      *puente_map_page_get_panel_title (PuenteMapPage *self);

G_END_DECLS
