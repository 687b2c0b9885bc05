/* bench-stations-frame.c: how long a frame of the stations layer takes
 * with a national-scale import
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SYNTHETIC DATA: 100,000 stations made up for this benchmark and never
 * shown. Each copies the ports by level, network, status and access of a
 * station drawn at random from the real samples (tests/fixtures/stations:
 * the AFDC New York export and the Open Charge Map records), and is placed
 * in a US or Mexican state drawn in proportion to the state's public ports
 * in the dataset (states.json): 60 % near the state's capital (a normal
 * spread of 0.35 degrees), 40 % anywhere in the state. They are imported
 * through the real importer, as an AFDC CSV, so the layer draws what an
 * import gives it.
 *
 * Then it draws 1920x1080 frames of the layer with Cairo, as its snapshot
 * does, over four views: the whole of both countries (zoom 4), a pan along
 * the border (zoom 5.5, as bench-map-frame), a pan across Los Angeles
 * (zoom 8) and across Manhattan (zoom 11). The first frame of a zoom level
 * groups the stations into clusters (cached after); it is reported apart.
 * Prints medians, 95th percentiles and worst frames; the target is a
 * median under 16 ms. Times are the drawing thread's CPU time, which a
 * busy machine (the build machines are shared) does not inflate; the
 * wall-clock median is printed beside it.
 *
 * Usage: bench-stations-frame [N-STATIONS]
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "puente-basemap.h"
#include "puente-dataset.h"
#include "puente-station-clusters.h"
#include "puente-stations.h"
#include "puente-test-stations.h"

#define WIDTH 1920
#define HEIGHT 1080
#define FRAMES 60

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
report (const char *what,
        GArray     *times,
        GArray     *wall)
{
  qsort (times->data, times->len, sizeof (double), puente_test_compare_doubles);
  qsort (wall->data, wall->len, sizeof (double), puente_test_compare_doubles);
  g_print ("%-40s %5u %9.2f %9.2f %9.2f %9.2f\n", what, times->len,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.95)),
           g_array_index (times, double, times->len - 1),
           g_array_index (wall, double, wall->len / 2));
}

static PuenteStations *
load_samples (PuenteStateLocator *locator)
{
  PuenteStations *samples = puente_stations_new (locator);
  g_autofree char *ny = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  g_autoptr(GPtrArray) ocm = puente_test_stations_ocm_paths ();
  g_autoptr(GError) error = NULL;

  if (!puente_stations_import_file (samples, ny, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < ocm->len; i++)
    if (!puente_stations_import_file (samples, g_ptr_array_index (ocm, i), &error))
      g_error ("%s", error->message);
  return samples;
}

/* The synthetic national file, as AFDC CSV text. */
static char *
make_national (PuenteStations     *samples,
               PuenteDataset      *dataset,
               PuenteBasemap      *basemap,
               PuenteStateLocator *locator,
               guint               n)
{
  static const char status_codes[PUENTE_STATION_N_STATUSES] = { 'E', 'P', 'T', 'E' };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  GString *out = g_string_new ("Fuel Type Code,Station Name,State,Status Code,Access Code,EV Level1 EVSE Num,"
                               "EV Level2 EVSE Num,EV DC Fast Count,EV Network,Latitude,Longitude,ID,Country\n");
  guint n_states = puente_dataset_get_n_states (dataset);
  g_autofree double *weight = g_new0 (double, n_states);
  double total = 0;

  for (guint s = 0; s < n_states; s++)
    {
      const PuenteState *state = puente_dataset_get_state (dataset, s);

      weight[s] = state->public_l2_ports.value + state->public_dcfc_ports.value;
      total += weight[s];
    }

  for (guint i = 0; i < n; i++)
    {
      const PuenteStation *t = puente_stations_get_station (samples,
                                                            (guint) g_rand_int_range (rand, 0, (gint32) puente_stations_get_n_stations (samples)));
      double pick = g_rand_double (rand) * total, lat = 0, lon = 0;
      const PuenteState *state = NULL;

      for (guint s = 0; s < n_states && state == NULL; s++)
        {
          pick -= weight[s];
          if (pick <= 0 || s == n_states - 1)
            state = puente_dataset_get_state (dataset, s);
        }
      for (guint attempt = 0; attempt < 200; attempt++)
        {
          if (g_rand_double (rand) < 0.6)
            {
              /* Box-Muller: a normal spread around the capital. */
              double r = 0.35 * sqrt (-2 * log (1 - g_rand_double (rand))), a = 2 * G_PI * g_rand_double (rand);

              lat = state->lat + r * sin (a);
              lon = state->lon + r * cos (a);
            }
          else
            {
              double west, south, east, north;

              puente_basemap_feature_get_bbox (puente_basemap_lookup (basemap, state->code), &west, &south, &east, &north);
              lat = g_rand_double_range (rand, south, north);
              lon = g_rand_double_range (rand, west, east);
            }
          if (g_strcmp0 (puente_state_locator_find_state (locator, lat, lon), state->code) == 0)
            break;
          lat = state->lat;
          lon = state->lon;
        }
      g_string_append_printf (out, "ELEC,Synthetic %u,%s,%c,%s,%u,%u,%u,\"%s\",%.6f,%.6f,%u,%s\n", i, state->code + 3,
                              status_codes[t->status], t->access == PUENTE_STATION_PRIVATE ? "private" : "public",
                              t->ports[0], t->ports[1], t->ports[2], t->network != NULL ? t->network : "",
                              lat, lon, i + 1, state->country == PUENTE_COUNTRY_MX ? "MX" : "US");
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *what;
  double      lat0, lon0, lat1, lon1;   /* the pan, start to end */
  double      zoom;
} View;

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteBasemap) basemap = NULL;
  g_autoptr(PuenteStateLocator) locator = NULL;
  g_autoptr(PuenteStations) samples = NULL;
  g_autoptr(PuenteStations) stations = NULL;
  g_autoptr(PuenteStationClusters) clusters = puente_station_clusters_new ();
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) grouping = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) grouping_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *text = NULL;
  const View views[] = {
    { "both countries, zoom 4", 31, -100, 33, -96, 4.0 },
    { "the border, zoom 5.5", 29, -117, 29, -97, 5.5 },
    { "Los Angeles, zoom 8", 34.05, -118.6, 34.05, -117.6, 8.0 },
    { "Manhattan, zoom 11", 40.70, -74.02, 40.80, -73.95, 11.0 },
  };
  cairo_surface_t *surface;
  gint64 start;

  if (dataset == NULL)
    g_error ("%s", error->message);
  basemap = puente_basemap_dup_default (&error);
  locator = puente_state_locator_dup_default (&error);
  if (basemap == NULL || locator == NULL)
    g_error ("%s", error->message);
  samples = load_samples (locator);
  text = make_national (samples, dataset, basemap, locator, MAX (n, 1));
  stations = puente_stations_new (locator);
  start = g_get_monotonic_time ();
  if (!puente_stations_import_data (stations, text, strlen (text), "SYNTHETIC-national-benchmark.csv", &error))
    g_error ("%s", error->message);
  g_print ("# SYNTHETIC stations layer benchmark: %u made-up stations (samples' ports, networks and statuses, "
           "states weighted by the dataset's public ports), imported in %.0f ms\n",
           puente_stations_get_n_stations (stations), (g_get_monotonic_time () - start) / 1000.0);
  puente_station_clusters_set_stations (clusters, stations);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_print ("# %dx%d frames, %d a view; target: median under 16 ms\n", WIDTH, HEIGHT, FRAMES);
  g_print ("# %-38s %5s %9s %9s %9s %9s\n", "view", "n", "median_ms", "p95_ms", "worst_ms", "wall_med");
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));

      for (int i = 0; i < FRAMES; i++)
        {
          double f = (double) i / (FRAMES - 1), ms, cpu, wall_ms;
          PuenteMapFrame frame;
          cairo_t *cr = cairo_create (surface);

          puente_map_frame_init (&frame, views[v].lat0 + f * (views[v].lat1 - views[v].lat0),
                                 views[v].lon0 + f * (views[v].lon1 - views[v].lon0), views[v].zoom, WIDTH, HEIGHT);
          cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
          cairo_paint (cr);
          cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
          start = g_get_monotonic_time ();
          cpu = cpu_ms ();
          puente_station_clusters_paint (clusters, cr, &frame, PUENTE_BASEMAP_STYLE_LIGHT, NULL);
          cairo_surface_flush (surface);
          ms = cpu_ms () - cpu;
          wall_ms = (g_get_monotonic_time () - start) / 1000.0;
          cairo_destroy (cr);
          /* The first frame of a zoom level groups the stations. */
          if (i == 0)
            {
              g_array_append_val (grouping, ms);
              g_array_append_val (grouping_wall, wall_ms);
              g_print ("#   %s: first frame, grouping the stations: %.1f ms\n", views[v].what, ms);
              continue;
            }
          g_array_append_val (times, ms);
          g_array_append_val (all, ms);
          g_array_append_val (wall, wall_ms);
          g_array_append_val (all_wall, wall_ms);
        }
      report (views[v].what, times, wall);
    }
  report ("all frames (zoom level already grouped)", all, all_wall);
  report ("first frame of a zoom level (grouping)", grouping, grouping_wall);

  cairo_surface_destroy (surface);
  return 0;
}
