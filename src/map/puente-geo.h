/* puente-geo.h: Web Mercator projection shared by the basemap and layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Size of one map tile in pixels, as libshumate's sources use. */
#define PUENTE_TILE_SIZE 256

/* Latitude limit of the Web Mercator square. */
#define PUENTE_MERCATOR_MAX_LAT 85.05112878

/* World pixel coordinates at @zoom (0 = one 256 px tile for the world). */
void     puente_geo_project   (double lat,
                               double lon,
                               int    zoom,
                               double *x,
                               double *y);
void     puente_geo_unproject (double x,
                               double y,
                               int    zoom,
                               double *lat,
                               double *lon);
/* Great-circle distance in kilometres. */
double   puente_geo_distance_km (double lat1,
                                 double lon1,
                                 double lat2,
                                 double lon2);

G_END_DECLS
