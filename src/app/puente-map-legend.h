/* puente-map-legend.h: the legend of the layers a map shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each shown layer's legend, top layer first, drawn by the layers
 * themselves (the same drawing as in exports), on a card over the map's
 * bottom-right corner. Its text size is the style's (the .map-legend
 * class), and its width follows it. On a map less than three legends wide
 * it folds to a Legend button; the user can open or fold it either way.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-map-layer.h"
#include "puente-view-state.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_LEGEND (puente_map_legend_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapLegend, puente_map_legend, PUENTE, MAP_LEGEND, GtkWidget)

GtkWidget       *puente_map_legend_new (void);
/* The layers whose legends it draws, bottom to top. */
void             puente_map_legend_set_layers (PuenteMapLegend *self,
                                               GPtrArray       *layers);
/* What the layers show changed (layers, metric, year, style): measures
 * and draws again. */
void             puente_map_legend_update (PuenteMapLegend *self);
/* The width of the map the legend lies on. Crossing three legends' width
 * either way puts the "fold" property back to auto. */
void             puente_map_legend_set_room (PuenteMapLegend *self,
                                             int              width);
/* The "fold" property. */
PuenteLegendFold puente_map_legend_get_fold (PuenteMapLegend *self);
void             puente_map_legend_set_fold (PuenteMapLegend *self,
                                             PuenteLegendFold fold);
/* Whether it is folded to its button now. */
gboolean         puente_map_legend_get_folded (PuenteMapLegend *self);
/* Whether any shown layer has a legend. */
gboolean         puente_map_legend_has_content (PuenteMapLegend *self);

G_END_DECLS
