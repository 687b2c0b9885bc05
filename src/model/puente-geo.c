/* puente-geo.c: Web Mercator projection and basemap geometry helpers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "puente-geo.h"

#include <math.h>

#define EARTH_RADIUS_KM 6371.0088

static double
world_size (int zoom)
{
  return ldexp (PUENTE_TILE_SIZE, zoom);
}

void
puente_geo_project (double  lat,
                    double  lon,
                    int     zoom,
                    double *x,
                    double *y)
{
  double size = world_size (zoom);
  double phi;

  g_return_if_fail (x != NULL && y != NULL);

  lat = CLAMP (lat, -PUENTE_MERCATOR_MAX_LAT, PUENTE_MERCATOR_MAX_LAT);
  phi = lat * G_PI / 180.0;
  *x = (lon + 180.0) / 360.0 * size;
  *y = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0 * size;
}

void
puente_geo_unproject (double  x,
                      double  y,
                      int     zoom,
                      double *lat,
                      double *lon)
{
  double size = world_size (zoom);
  double n;

  g_return_if_fail (lat != NULL && lon != NULL);

  *lon = x / size * 360.0 - 180.0;
  n = G_PI - 2.0 * G_PI * y / size;
  *lat = 180.0 / G_PI * atan (sinh (n));
}

double
puente_geo_distance_km (double lat1,
                        double lon1,
                        double lat2,
                        double lon2)
{
  double p1 = lat1 * G_PI / 180.0;
  double p2 = lat2 * G_PI / 180.0;
  double dp = p2 - p1;
  double dl = (lon2 - lon1) * G_PI / 180.0;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2.0 * EARTH_RADIUS_KM * atan2 (sqrt (a), sqrt (1.0 - a));
}

/* Bounds of the polyline decoder's arithmetic: a step may cross the grid
 * a few times over, a running sum stays far from gint64's limits. */
#define MAX_STEP ((gint64) 1 << 32)
#define MAX_COORD ((gint64) 1 << 40)

gboolean
puente_geo_decode_polyline (const char *text,
                            gint32    **xy,
                            guint      *n)
{
  g_autoptr(GArray) pts = NULL;
  gint64      acc[2] = { 0, 0 };
  guint       k = 0;
  const char *p = text;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (xy != NULL && n != NULL, FALSE);

  pts = g_array_new (FALSE, FALSE, sizeof (gint32));
  while (*p != '\0')
    {
      guint64 result = 0;
      guint   shift = 0;
      int     c;
      gint64  v;
      gint32  q;

      do
        {
          c = (int) (guchar) *p++ - 63;
          if (c < 0 || c > 63 || shift > 60)
            return FALSE;
          result |= (guint64) (c & 0x1f) << shift;
          shift += 5;
        }
      while (c >= 0x20 && *p != '\0');
      if (c >= 0x20)
        return FALSE;
      v = (result & 1) ? ~(gint64) (result >> 1) : (gint64) (result >> 1);
      /* A step across the whole 2^24 grid is the most a basemap holds:
       * anything larger is not one, and summing it could overflow. */
      if (v > MAX_STEP || v < -MAX_STEP)
        return FALSE;
      acc[k] = CLAMP (acc[k] + v, -MAX_COORD, MAX_COORD);
      q = (gint32) CLAMP (acc[k], -(1 << 30), 1 << 30);
      g_array_append_val (pts, q);
      k ^= 1;
    }
  if (k != 0)
    return FALSE;

  *n = pts->len / 2;
  *xy = (gint32 *) (void *) g_array_free (g_steal_pointer (&pts), FALSE);
  return TRUE;
}
