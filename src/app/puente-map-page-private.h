/* puente-map-page-private.h: what tests look at inside the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-map-page.h"

G_BEGIN_DECLS

/* The A, A | B and B − A buttons. */
GtkToggleButton *puente_map_page_get_mode_button  (PuenteMapPage *self,
                                                   PuenteMapMode  mode);
GtkDropDown     *puente_map_page_get_metric_dropdown (PuenteMapPage *self);
/* A layer's check in the layers popover, by id, and the legend's. */
GtkCheckButton  *puente_map_page_get_layer_check  (PuenteMapPage *self,
                                                   const char    *id);
GtkCheckButton  *puente_map_page_get_legend_check (PuenteMapPage *self);
/* Whether the legend shows over the map. */
gboolean         puente_map_page_get_legend_shown (PuenteMapPage *self);

G_END_DECLS
