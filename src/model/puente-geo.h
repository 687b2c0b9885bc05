/* puente-geo.h: Web Mercator projection and basemap geometry helpers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure GLib and libm: the model locates states with them, the map draws
 * with them.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Size of one map tile in pixels, as libshumate's sources use. */
#define PUENTE_TILE_SIZE 256

/* Latitude limit of the Web Mercator square. */
#define PUENTE_MERCATOR_MAX_LAT 85.05112878

/* World pixel coordinates at @zoom (0 = one 256 px tile for the world). */
void     puente_geo_project (double  lat,
                             double  lon,
                             int     zoom,
                             double *x,
                             double *y);
void     puente_geo_unproject (double  x,
                               double  y,
                               int     zoom,
                               double *lat,
                               double *lon);
/* Great-circle distance in kilometres. */
double   puente_geo_distance_km (double lat1,
                                 double lon1,
                                 double lat2,
                                 double lon2);

/* Decodes Google's encoded polyline (zigzag integers, 5 bits a character)
 * as the basemap file stores its arcs: pairs of integers, accumulated.
 * Returns FALSE on a malformed string; else *@xy (2 * *@n values, free
 * with g_free) holds the points. */
gboolean puente_geo_decode_polyline (const char *text,
                                     gint32    **xy,
                                     guint      *n);

G_END_DECLS
