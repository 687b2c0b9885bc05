/* puente-map-details-private.h: what the details panel's parts share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The panel's rows for imported charging stations are written in
 * puente-map-details-stations.c with these.
 */
#pragma once

#include "puente-map-details.h"

G_BEGIN_DECLS

PuenteWorkspace *puente_map_details_get_workspace (PuenteMapDetails *self);
PuenteLang       puente_map_details_get_lang (PuenteMapDetails *self);
void             puente_map_details_set_titles (PuenteMapDetails *self,
                                                const char       *title,
                                                const char       *subtitle);
/* A label and a text across the figures' columns; nothing for a NULL or
 * empty text. */
void             puente_map_details_add_text_row (PuenteMapDetails *self,
                                                  int              *row,
                                                  const char       *label,
                                                  const char       *value);
/* A heading across the whole grid. */
void             puente_map_details_add_heading_row (PuenteMapDetails *self,
                                                     int              *row,
                                                     const char       *text);

/* puente-map-details-stations.c: whether @id is an imported station. */
gboolean         puente_map_details_has_station (PuenteMapDetails *self,
                                                 const char       *id);
/* Shows the imported station @id (TRUE),
 * or nothing (FALSE: no such station). */
gboolean         puente_map_details_show_station (PuenteMapDetails *self,
                                                  const char       *id,
                                                  GString          *sources);
/* A state's imported level 2 and DC fast ports beside the dataset's and
 * the model's need; nothing without imported stations there. */
void             puente_map_details_add_state_stations (PuenteMapDetails *self,
                                                        int              *row,
                                                        const char       *region,
                                                        GString          *sources);
/* A port's nearest DC fast station on each side and how many are within
 * 80 km (50 mi); nothing without imported stations. */
void             puente_map_details_add_port_coverage (PuenteMapDetails *self,
                                                       int              *row,
                                                       const char       *port,
                                                       GString          *sources);

G_END_DECLS
