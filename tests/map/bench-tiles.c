/* bench-tiles.c: how long the offline basemap takes to draw a tile
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws every tile over the US-Mexico border region (32.7°N to 25.8°N,
 * 117.2°W to 97.1°W) at zooms 4 to 8, HiDPI (scale 2), light and English,
 * and prints the median and the worst time per tile for each zoom. The
 * first draw of a zoom includes placing its labels, so it is counted apart.
 *
 *   bench-tiles                       the benchmark
 *   bench-tiles --png FILE --zoom Z --lat LAT --lon LON [--size N]
 *               [--scale S] [--dark] [--es]
 *                                     an N x N mosaic of tiles around a point
 */
#include <math.h>
#include <stdlib.h>

#include "puente-basemap.h"
#include "puente-geo.h"

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
bench (PuenteBasemap *basemap)
{
  const double north = 32.7, south = 25.8, west = -117.2, east = -97.1;

  g_print ("# tile render, scale 2, light, en: US-Mexico border region\n");
  g_print ("# zoom tiles first_ms median_ms worst_ms  (first: includes placing the zoom's labels)\n");
  for (int zoom = 4; zoom <= 8; zoom++)
    {
      double x0, y0, x1, y1;
      int tx0, ty0, tx1, ty1;
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      double first = -1, worst = -1;
      int worst_x = 0, worst_y = 0;

      puente_geo_project (north, west, zoom, &x0, &y0);
      puente_geo_project (south, east, zoom, &x1, &y1);
      tx0 = (int) (x0 / PUENTE_TILE_SIZE);
      ty0 = (int) (y0 / PUENTE_TILE_SIZE);
      tx1 = (int) (x1 / PUENTE_TILE_SIZE);
      ty1 = (int) (y1 / PUENTE_TILE_SIZE);

      for (int ty = ty0; ty <= ty1; ty++)
        for (int tx = tx0; tx <= tx1; tx++)
          {
            gint64 start = g_get_monotonic_time ();
            cairo_surface_t *s = puente_basemap_render_tile_surface (basemap, zoom, tx, ty, 2,
                                                                     PUENTE_BASEMAP_STYLE_LIGHT);
            double ms = (g_get_monotonic_time () - start) / 1000.0;

            cairo_surface_destroy (s);
            if (first < 0)
              {
                first = ms;
                continue;
              }
            g_array_append_val (times, ms);
            if (ms > worst)
              {
                worst = ms;
                worst_x = tx;
                worst_y = ty;
              }
          }
      if (times->len == 0)
        g_array_append_val (times, first);
      qsort (times->data, times->len, sizeof (double), compare_double);
      g_print ("z%d %4u %8.2f %9.2f %8.2f  (worst: %d/%d/%d)\n", zoom, times->len + 1, first,
               g_array_index (times, double, times->len / 2),
               g_array_index (times, double, times->len - 1), zoom, worst_x, worst_y);
    }
  return 0;
}

static int
mosaic (PuenteBasemap *basemap,
        const char    *png,
        int            zoom,
        double         lat,
        double         lon,
        int            size,
        int            scale,
        gboolean       dark,
        gboolean       es)
{
  double x, y;
  int cx, cy;
  cairo_surface_t *out = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                     size * PUENTE_TILE_SIZE * scale,
                                                     size * PUENTE_TILE_SIZE * scale);
  cairo_t *cr = cairo_create (out);
  cairo_status_t status;

  puente_geo_project (lat, lon, zoom, &x, &y);
  cx = (int) (x / PUENTE_TILE_SIZE) - size / 2;
  cy = (int) (y / PUENTE_TILE_SIZE) - size / 2;
  for (int j = 0; j < size; j++)
    for (int i = 0; i < size; i++)
      {
        cairo_surface_t *t;

        if (cx + i < 0 || cy + j < 0 || cx + i >= (1 << zoom) || cy + j >= (1 << zoom))
          continue;
        t = puente_basemap_render_tile_surface (basemap, zoom, cx + i, cy + j, scale,
                                                dark ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT);
        cairo_set_source_surface (cr, t, i * PUENTE_TILE_SIZE * scale, j * PUENTE_TILE_SIZE * scale);
        cairo_paint (cr);
        cairo_surface_destroy (t);
      }
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (out, png);
  cairo_surface_destroy (out);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("Could not write %s: %s\n", png, cairo_status_to_string (status));
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteBasemap) basemap = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *png = NULL;
  int zoom = 5, size = 3, scale = 1;
  double lat = 31.0, lon = -106.0;
  gboolean dark = FALSE, es = FALSE;
  GOptionEntry entries[] = {
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Write a mosaic of tiles to FILE", "FILE" },
    { "zoom", 0, 0, G_OPTION_ARG_INT, &zoom, "Zoom of the mosaic", "Z" },
    { "lat", 0, 0, G_OPTION_ARG_DOUBLE, &lat, "Latitude of the mosaic's centre", "LAT" },
    { "lon", 0, 0, G_OPTION_ARG_DOUBLE, &lon, "Longitude of the mosaic's centre", "LON" },
    { "size", 0, 0, G_OPTION_ARG_INT, &size, "Tiles a side", "N" },
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale, "Scale factor", "S" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "es", 0, 0, G_OPTION_ARG_NONE, &es, "Spanish labels", NULL },
    { NULL }
  };

  context = g_option_context_new ("- time or draw offline basemap tiles");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  basemap = puente_basemap_new_from_resource (PUENTE_BASEMAP_RESOURCE_PATH, &error);
  if (basemap == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (png != NULL)
    return mosaic (basemap, png, CLAMP (zoom, 0, 12), lat, lon, CLAMP (size, 1, 8),
                   CLAMP (scale, 1, 4), dark, es);
  return bench (basemap);
}
