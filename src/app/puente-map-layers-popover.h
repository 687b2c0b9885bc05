/* puente-map-layers-popover.h: which layers the map shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A check per data layer, top layer first, and one for the legend, kept
 * equal to the view state's "map-layers" and "map-legend" both ways. A
 * layer the model cannot feed yet is shown, insensitive, with the reason.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-view-state.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_LAYERS_POPOVER (puente_map_layers_popover_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapLayersPopover, puente_map_layers_popover, PUENTE, MAP_LAYERS_POPOVER, GtkPopover)

/* A check for each of @layers (PuenteMapLayer, bottom to top). */
GtkWidget      *puente_map_layers_popover_new (PuenteViewState *state,
                                               GPtrArray       *layers);
/* The check of the layer @id, or NULL. */
GtkCheckButton *puente_map_layers_popover_get_check (PuenteMapLayersPopover *self,
                                                     const char             *id);
GtkCheckButton *puente_map_layers_popover_get_legend_check (PuenteMapLayersPopover *self);
/* A layer's data came or went: its check follows. */
void            puente_map_layers_popover_update (PuenteMapLayersPopover *self);
/* Appends @section (the stations' files and filters) below the checks. */
void            puente_map_layers_popover_add_section (PuenteMapLayersPopover *self,
                                                       GtkWidget              *section);

G_END_DECLS
