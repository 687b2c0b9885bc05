/* test-station-clusters.c: what the stations layer draws, with Cairo only
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed (suite 'data'). On the Open Charge Map sample: every
 * station is in exactly one symbol at every zoom, a click finds the station
 * or the cluster under it, dots have their level's colour and planned ones
 * are hollow, the filters show what they say.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-chart-style.h"
#include "puente-station-clusters.h"
#include "puente-test-stations.h"

static PuenteStationClusters *
clusters_of (PuenteStations *stations)
{
  PuenteStationClusters *clusters = puente_station_clusters_new ();

  puente_station_clusters_set_stations (clusters, stations);
  return clusters;
}

/* Every station is in one symbol, the symbols' ports add up, and no
 * symbol mixes the two countries. */
static void
test_conservation (void)
{
  g_autoptr(PuenteStations) stations = puente_test_stations_load_ocm ();
  g_autoptr(PuenteStationClusters) clusters = clusters_of (stations);
  guint ports[PUENTE_STATION_N_LEVELS] = { 0, 0, 0 };

  for (guint i = 0; i < puente_stations_get_n_stations (stations); i++)
    for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
      ports[l] += puente_stations_get_station (stations, i)->ports[l];

  for (int zoom = 0; zoom <= 20; zoom += 2)
    {
      guint count = 0, sum[PUENTE_STATION_N_LEVELS] = { 0, 0, 0 }, n_symbols = 0, in_mexico = 0;
      PuenteStationsPick pick;

      for (guint i = 0;; i++)
        {
          g_autofree char *id = g_strdup_printf ("cluster:%d:%u", zoom, i);

          if (!puente_station_clusters_pick_from_id (clusters, id, &pick))
            break;
          count += pick.count;
          if (pick.country == PUENTE_COUNTRY_MX)
            in_mexico += pick.count;
          for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
            sum[l] += pick.ports[l];
          n_symbols++;
        }
      g_assert_cmpuint (count, ==, 89);
      g_assert_cmpuint (in_mexico, ==, 69);
      for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
        g_assert_cmpuint (sum[l], ==, ports[l]);
      /* Fewer symbols the farther out. */
      if (zoom == 0)
        g_assert_cmpuint (n_symbols, <, 10);
      if (zoom == 20)
        g_assert_cmpuint (n_symbols, >, 80);
    }
}

static void
test_pick (void)
{
  g_autoptr(PuenteStations) stations = puente_test_stations_load_ocm ();
  g_autoptr(PuenteStationClusters) clusters = clusters_of (stations);
  PuenteMapFrame frame;
  PuenteStationsPick pick;
  g_autofree char *id = NULL;

  /* Close in, the Aguascalientes Supercharger is a station of its own. */
  puente_map_frame_init (&frame, 21.729665, -102.277536, 9, 400, 300);
  g_assert_true (puente_station_clusters_pick (clusters, &frame, 201, 150, &pick));
  g_assert_cmpint (pick.station, ==, puente_stations_find (stations, "ocm:101055"));
  g_assert_cmpuint (pick.count, ==, 1);
  id = puente_station_clusters_pick_to_id (clusters, &pick);
  g_assert_cmpstr (id, ==, "ocm:101055");
  /* Empty land a hundred pixels away. */
  g_assert_false (puente_station_clusters_pick (clusters, &frame, 100, 50, &pick));

  /* Far out, Mexico City's stations are one cluster. */
  puente_map_frame_init (&frame, 19.40, -99.17, 5, 400, 300);
  g_assert_true (puente_station_clusters_pick (clusters, &frame, 200, 150, &pick));
  g_assert_cmpint (pick.station, ==, -1);
  g_assert_cmpuint (pick.count, >=, 11);
  g_assert_cmpfloat (pick.zoom, ==, 7);
  g_clear_pointer (&id, g_free);
  id = puente_station_clusters_pick_to_id (clusters, &pick);
  g_assert_true (g_str_has_prefix (id, "cluster:5:"));
  {
    PuenteStationsPick again;

    g_assert_true (puente_station_clusters_pick_from_id (clusters, id, &again));
    g_assert_cmpuint (again.count, ==, pick.count);
  }
  g_assert_false (puente_station_clusters_pick_from_id (clusters, "cluster:5:100000", &pick));
  g_assert_false (puente_station_clusters_pick_from_id (clusters, "ocm:1", &pick));
}

static void
centre_pixel (PuenteStationClusters *clusters,
              double                 lat,
              double                 lon,
              double                 dx,
              PuenteRgb             *rgb)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 61, 61);
  cairo_t *cr = cairo_create (surface);
  PuenteMapFrame frame;
  guint32 pixel;

  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  puente_map_frame_init (&frame, lat, lon, 14, 61, 61);
  puente_station_clusters_paint (clusters, cr, &frame, PUENTE_BASEMAP_STYLE_LIGHT, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) (void *) (cairo_image_surface_get_data (surface) + 30 * cairo_image_surface_get_stride (surface)
                                 + (30 + (int) dx) * 4);
  rgb->r = ((pixel >> 16) & 0xff) / 255.0;
  rgb->g = ((pixel >> 8) & 0xff) / 255.0;
  rgb->b = (pixel & 0xff) / 255.0;
  cairo_surface_destroy (surface);
}

static void
assert_colour (const PuenteRgb *have,
               const PuenteRgb *want)
{
  if (fabs (have->r - want->r) > 0.02 || fabs (have->g - want->g) > 0.02 || fabs (have->b - want->b) > 0.02)
    g_error ("colour %.2f %.2f %.2f, expected %.2f %.2f %.2f", have->r, have->g, have->b, want->r, want->g, want->b);
}

/* A dot has the colour of its fastest level; a planned one is hollow. */
static void
test_colours (void)
{
  g_autoptr(PuenteStations) stations = puente_test_stations_load_ocm ();
  g_autoptr(PuenteStationClusters) clusters = clusters_of (stations);
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (NULL);
  g_autoptr(PuenteStations) planned = puente_stations_new (locator);
  g_autoptr(PuenteStationClusters) planned_clusters = NULL;
  static const char planned_csv[] =
    "Fuel Type Code,Station Name,State,Status Code,Access Code,EV Level2 EVSE Num,Latitude,Longitude,ID\n"
    "ELEC,Planned,NY,P,public,8,41.101628,-74.02813,1\n";
  PuenteChartStyle style;
  PuenteRgb have, dc, l2;

  puente_chart_style_init (&style);
  dc = puente_chart_style_get_colour (&style, PUENTE_COLOUR_VERMILLION);
  l2 = puente_chart_style_get_colour (&style, PUENTE_COLOUR_BLUE);

  /* China, N.L. Supercharger: 6 DC fast ports. */
  centre_pixel (clusters, 25.756565, -99.377525, 0, &have);
  assert_colour (&have, &dc);
  /* Plaza Barrancas, Ciudad Juárez: 2 level 2 ports. */
  centre_pixel (clusters, 31.713131, -106.394422, 0, &have);
  assert_colour (&have, &l2);

  g_assert_true (puente_stations_import_data (planned, planned_csv, strlen (planned_csv), "planned.csv", NULL));
  planned_clusters = clusters_of (planned);
  centre_pixel (planned_clusters, 41.101628, -74.02813, 0, &have);
  g_assert_cmpfloat (have.r, >, 0.8);
  g_assert_cmpfloat (have.g, >, 0.8);
  g_assert_cmpfloat (have.b, >, 0.8);
  /* Its ring (2 px wide at 8.2 px for 8 ports) has level 2's colour. */
  centre_pixel (planned_clusters, 41.101628, -74.02813, 8, &have);
  g_assert_cmpfloat (fabs (have.b - l2.b) + fabs (have.r - l2.r), <, 0.25);
}

static void
test_filters (void)
{
  g_autoptr(PuenteStations) stations = puente_test_stations_load_ocm ();
  g_autoptr(PuenteStationClusters) clusters = clusters_of (stations);
  PuenteStationsFilter filter = { FALSE, NULL, PUENTE_STATIONS_SHOW_ALL };
  guint with_dc = 0;

  for (guint i = 0; i < puente_stations_get_n_stations (stations); i++)
    if (puente_stations_get_station (stations, i)->ports[PUENTE_STATION_DC_FAST] > 0)
      with_dc++;
  g_assert_cmpuint (with_dc, >, 5);

  g_assert_cmpuint (puente_station_clusters_get_n_shown (clusters), ==, 89);
  filter.dc_fast_only = TRUE;
  puente_station_clusters_set_filter (clusters, &filter);
  g_assert_cmpuint (puente_station_clusters_get_n_shown (clusters), ==, with_dc);
  filter.dc_fast_only = FALSE;
  /* Tesla: 68 Mexican and 19 US records (README). */
  filter.network = "Tesla Motors (Worldwide)";
  puente_station_clusters_set_filter (clusters, &filter);
  g_assert_cmpuint (puente_station_clusters_get_n_shown (clusters), ==, 87);
  filter.network = NULL;
  filter.show = PUENTE_STATIONS_SHOW_PLANNED;
  puente_station_clusters_set_filter (clusters, &filter);
  g_assert_cmpuint (puente_station_clusters_get_n_shown (clusters), ==, 0);
  filter.show = PUENTE_STATIONS_SHOW_OPEN;
  puente_station_clusters_set_filter (clusters, &filter);
  g_assert_cmpuint (puente_station_clusters_get_n_shown (clusters), ==, 89);
}

static void
test_describe (void)
{
  g_autoptr(PuenteStations) stations = puente_test_stations_load_ocm ();
  g_autoptr(PuenteStationClusters) clusters = clusters_of (stations);
  PuenteStationsPick pick;
  g_autofree char *station = NULL;
  g_autofree char *cluster = NULL;
  PuenteMapFrame frame;

  g_assert_true (puente_station_clusters_pick_from_id (clusters, "ocm:101055", &pick));
  station = puente_station_clusters_describe (clusters, &pick, PUENTE_LANG_EN);
  g_assert_cmpstr (station, ==, "Aguascalientes Supercharger\nTesla Motors (Worldwide)\n6 DC fast ports, up to 120 kW\nopen");

  puente_map_frame_init (&frame, 19.40, -99.17, 5, 400, 300);
  g_assert_true (puente_station_clusters_pick (clusters, &frame, 200, 150, &pick));
  cluster = puente_station_clusters_describe (clusters, &pick, PUENTE_LANG_EN);
  g_assert_true (g_str_has_suffix (cluster, "\nZoom in to see them."));
  g_assert_nonnull (strstr (cluster, " stations: "));
}

static void
test_legend (void)
{
  g_autoptr(PuenteStations) stations = puente_test_stations_load_ocm ();
  g_autoptr(PuenteStationClusters) clusters = clusters_of (stations);
  g_autoptr(PuenteStationClusters) empty = puente_station_clusters_new ();
  PuenteMapLegendStyle legend;
  double with_sources, without;

  puente_map_legend_style_init (&legend, PUENTE_BASEMAP_STYLE_LIGHT);
  with_sources = puente_station_clusters_legend (clusters, NULL, &legend, 0, 0, 260, PUENTE_LANG_EN);
  without = puente_station_clusters_legend (empty, NULL, &legend, 0, 0, 260, PUENTE_LANG_EN);
  /* The attribution takes its place. */
  g_assert_cmpfloat (with_sources, >, without + legend.font_size);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/stations/conservation", test_conservation);
  g_test_add_func ("/map/stations/pick", test_pick);
  g_test_add_func ("/map/stations/colours", test_colours);
  g_test_add_func ("/map/stations/filters", test_filters);
  g_test_add_func ("/map/stations/describe", test_describe);
  g_test_add_func ("/map/stations/legend", test_legend);

  return g_test_run ();
}
