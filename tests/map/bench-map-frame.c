/* bench-map-frame.c: how long a frame of the map's data layers takes
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pans a 1920x1080 view across the US-Mexico border region (117°W to 97°W
 * at 29°N, zoom 5.5) in 120 steps with every data layer on, comparing
 * scenario A with B, and times each frame's drawing with Cairo: the same
 * code the layers run in their snapshot (the choropleth's fills come from
 * its cache while the zoom stays). Prints the median and the worst frame
 * (the target is a median under 16 ms), the choropleth without its cache
 * (every frame of a zoom), and the time to render the basemap tiles that
 * come into view (drawn in a worker thread in the app).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "map-test-util.h"
#include "puente-charging-layer.h"
#include "puente-engine.h"
#include "puente-geo.h"
#include "puente-map-labels.h"
#include "puente-levers.h"
#include "puente-ports-layer.h"
#include "puente-scenario.h"
#include "puente-states-layer.h"
#include "puente-supply-layer.h"
#include "puente-transit-layer.h"
#include "puente-used-layer.h"

#define WIDTH 1920
#define HEIGHT 1080
#define FRAMES 120
#define ZOOM 5.5

/* The calling thread's CPU time, milliseconds. */
static double
cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *times)
{
  qsort (times->data, times->len, sizeof (double), compare_double);
  g_print ("%-34s %5u %9.2f %9.2f %9.2f\n", what, times->len,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.95)),
           g_array_index (times, double, times->len - 1));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteBasemap) basemap = NULL;
  g_autoptr(PuenteMapContext) context = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) placements = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) painters = g_ptr_array_new_with_free_func (g_object_unref);
  const char * const *ids = puente_map_painter_list_ids ();
  PuenteMapLabels *labels = puente_map_labels_new ();
  guint n_placed, n_reused;
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) uncached = g_array_new (FALSE, FALSE, sizeof (double));
  PuenteStatesCache *cache = puente_states_cache_new ();
  guint hits, misses;
  g_autoptr(GArray) tiles = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tile_frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GHashTable) drawn = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PuenteResults *a, *b;
  cairo_surface_t *surface;

  if (dataset == NULL)
    g_error ("%s", error->message);
  basemap = puente_basemap_dup_default (&error);
  if (basemap == NULL)
    g_error ("%s", error->message);
  a = map_test_run_preset (dataset, "baseline");
  b = map_test_run_preset (dataset, "ca-acc2-2035");
  context = puente_map_context_new (dataset, basemap);
  puente_map_context_set_results (context, a, b);
  puente_map_context_set_year (context, 2035);
  puente_map_context_set_selection (context, "MX-NLE");
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (painters, puente_map_painter_new_for_id (ids[i], context));

  for (int i = 0; i < FRAMES; i++)
    {
      PuenteMapFrame frame;
      cairo_t *cr = cairo_create (surface);
      double lon = -117.0 + 20.0 * i / (FRAMES - 1);
      gint64 start, after_states, after_layers;
      double ms, left, top, tile_ms = 0, cpu_start;
      int zoom = (int) floor (ZOOM);
      double size = PUENTE_TILE_SIZE * exp2 (ZOOM - zoom);

      puente_map_frame_init (&frame, 29.0, lon, ZOOM, WIDTH, HEIGHT);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

      /* As the layer draws: the fills from its cache while panning. */
      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      puente_states_paint_cached (context, PUENTE_STATES_METRIC_ZEV_SHARE, cache, cr, &frame);
      after_states = g_get_monotonic_time ();
      puente_charging_paint (context, cr, &frame);
      puente_used_paint (context, cr, &frame);
      puente_transit_paint (context, cr, &frame);
      puente_ports_paint (context, cr, &frame);
      puente_supply_paint (context, cr, &frame);
      after_layers = g_get_monotonic_time ();
      /* The names over every layer, as the labels layer draws them. */
      puente_map_labels_draw (labels, context, (PuenteMapPainter **) painters->pdata, painters->len, cr, &frame);
      cairo_surface_flush (surface);
      ms = cpu_ms () - cpu_start;
      g_array_append_val (frames_cpu, ms);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (frames, ms);
      ms = (after_states - start) / 1000.0;
      g_array_append_val (states, ms);
      ms = (g_get_monotonic_time () - after_layers) / 1000.0;
      g_array_append_val (names, ms);
      cairo_destroy (cr);

      /* Every tenth frame: the names placed afresh, as a zoom step does. */
      if (i % 10 == 0)
        {
          PuenteMapLabels *fresh = puente_map_labels_new ();
          g_autoptr(GArray) boxes = NULL;

          start = g_get_monotonic_time ();
          boxes = puente_map_labels_get_boxes (fresh, context, (PuenteMapPainter **) painters->pdata,
                                               painters->len, &frame);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (placements, ms);
          puente_map_labels_free (fresh);
        }

      /* The fills drawn afresh, as every frame of a zoom would. */
      cr = cairo_create (surface);
      start = g_get_monotonic_time ();
      puente_states_paint (context, PUENTE_STATES_METRIC_ZEV_SHARE, cr, &frame);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (uncached, ms);
      cairo_destroy (cr);

      /* Tiles that come into view, each rendered once (as the source's
       * cache would), at scale 1. */
      puente_map_frame_get_origin (&frame, &left, &top);
      for (int ty = (int) floor (top / size); ty <= (int) floor ((top + HEIGHT) / size); ty++)
        for (int tx = (int) floor (left / size); tx <= (int) floor ((left + WIDTH) / size); tx++)
          {
            char *key = g_strdup_printf ("%d/%d", tx, ty);
            cairo_surface_t *tile;
            gint64 t0;
            double t;

            if (g_hash_table_contains (drawn, key))
              {
                g_free (key);
                continue;
              }
            g_hash_table_add (drawn, key);
            t0 = g_get_monotonic_time ();
            tile = puente_basemap_render_tile_surface (basemap, zoom, tx, ty, 1, PUENTE_BASEMAP_STYLE_LIGHT);
            t = (g_get_monotonic_time () - t0) / 1000.0;
            cairo_surface_destroy (tile);
            /* The first includes placing the zoom's labels. */
            if (g_hash_table_size (drawn) > 1)
              g_array_append_val (tiles, t);
            tile_ms += t;
          }
      g_array_append_val (tile_frames, tile_ms);
    }

  g_print ("# map frame, %dx%d, zoom %.1f, panning 117W to 97W at 29N, all layers, A vs B\n",
           WIDTH, HEIGHT, ZOOM);
  g_print ("# %-32s %5s %9s %9s %9s\n", "what", "n", "median_ms", "p95_ms", "worst_ms");
  report ("frame: all data layers and names", frames);
  report ("  the same, thread CPU time", frames_cpu);
  report ("  of which states (choropleth)", states);
  report ("  of which names (labels pass)", names);
  report ("names placed afresh (zoom step)", placements);
  report ("states without the cache (zooming)", uncached);
  report ("tile render (new tile, scale 1)", tiles);
  report ("tile render per frame (new tiles)", tile_frames);

  puente_states_cache_get_stats (cache, &hits, &misses);
  g_print ("# states cache: %u frames reused the fills, %u redrew them\n", hits, misses);
  puente_map_labels_get_stats (labels, &n_placed, &n_reused);
  g_print ("# names: %u placements, %u frames reused one\n", n_placed, n_reused);

  puente_states_cache_free (cache);
  puente_map_labels_free (labels);
  cairo_surface_destroy (surface);
  puente_results_free (a);
  puente_results_free (b);
  return 0;
}
