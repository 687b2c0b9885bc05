/* puente-map-details.h: the figures of the place selected on the map
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel of the Map view: a state's, port's, transit city's or
 * supply-chain site's name, its figures of the year for A (and B and
 * B − A when comparing), the observed figures beside the model's, a small
 * chart and the sources. Its close button runs "map.clear-selection".
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_DETAILS (puente_map_details_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapDetails, puente_map_details, PUENTE, MAP_DETAILS, GtkWidget)

/* Figures of @workspace's results and year, text in @lang. */
GtkWidget  *puente_map_details_new (PuenteWorkspace *workspace,
                                    PuenteLang       lang);
/* Shows the place @id (a state code, port, city or site id); FALSE, and
 * nothing shown, when there is no such place. */
gboolean    puente_map_details_set_place (PuenteMapDetails *self,
                                          const char       *id);
/* The results or the year changed. */
void        puente_map_details_refresh (PuenteMapDetails *self);
/* The place's name. */
const char *puente_map_details_get_title (PuenteMapDetails *self);

G_END_DECLS
