/* test-stations-layer.c: the stations layer in a map, as a user meets it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (suite 'gui'): run under xvfb-run when there is none.
 * The layer hides until stations are imported, shows the Open Charge Map
 * sample over the offline basemap, finds the station under the pointer,
 * describes it, follows its filters and carries the attribution.
 */
#include "config.h"

#include <string.h>

#include "puente-offline-source.h"
#include "puente-stations-layer.h"
#include "puente-test-stations.h"

typedef struct
{
  GtkWidget           *window;
  ShumateMap          *map;
  PuenteMapContext    *context;
  PuenteStationsLayer *layer;
  PuenteStationsPainter *painter;
  PuenteStations      *stations;
  guint                notified;
} Fixture;

static void
flush_events (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           Fixture    *f)
{
  f->notified++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteBasemap) basemap = puente_basemap_dup_default (&error);
  g_autoptr(PuenteOfflineSource) source = NULL;
  ShumateViewport *viewport;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_no_error (error);
  f->context = puente_map_context_new (dataset, basemap);
  source = puente_offline_source_new (basemap);
  f->map = shumate_map_new ();
  viewport = shumate_map_get_viewport (f->map);
  shumate_viewport_set_reference_map_source (viewport, SHUMATE_MAP_SOURCE (source));
  shumate_map_add_layer (f->map, SHUMATE_LAYER (shumate_map_layer_new (SHUMATE_MAP_SOURCE (source), viewport)));
  f->layer = PUENTE_STATIONS_LAYER (puente_map_layer_new (PUENTE_TYPE_STATIONS_LAYER, viewport, f->context));
  f->painter = PUENTE_STATIONS_PAINTER (puente_map_layer_get_painter (PUENTE_MAP_LAYER (f->layer)));
  shumate_map_add_layer (f->map, SHUMATE_LAYER (f->layer));
  shumate_viewport_set_zoom_level (viewport, 9);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 21.729665, -102.277536);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->map));
  gtk_window_present (GTK_WINDOW (f->window));
  while (gtk_widget_get_width (GTK_WIDGET (f->map)) < 100 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  f->stations = puente_test_stations_load_ocm ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  flush_events ();
  g_clear_object (&f->context);
  g_clear_pointer (&f->stations, puente_stations_unref);
}

/* Hidden with nothing imported; shown, described and attributed after. */
static void
test_import_shows (Fixture       *f,
                   gconstpointer  data)
{
  PuenteMapLayer *layer = PUENTE_MAP_LAYER (f->layer);
  PuenteMapLegendStyle legend;

  g_assert_cmpstr (puente_map_layer_get_id (layer), ==, "stations");
  g_assert_false (puente_map_layer_is_available (layer));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->layer)));
  g_assert_null (puente_map_layer_get_sources (layer));

  g_signal_connect (f->painter, "notify::stations", G_CALLBACK (on_notify), f);
  g_object_set (f->painter, "stations", f->stations, NULL);
  g_object_set (f->painter, "stations", f->stations, NULL);
  g_assert_cmpuint (f->notified, ==, 1);
  flush_events ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->layer)));
  g_assert_true (puente_stations_painter_get_stations (f->painter) == f->stations);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (f->painter), ==, 89);
  g_assert_cmpstr (puente_map_layer_get_sources (layer), ==,
                   "Charging stations: Open Charge Map, January 2024, © Open Charge Map contributors, CC BY-SA 4.0");
  g_assert_cmpstr (puente_map_layer_get_title (layer), ==, "Charging stations (imported)");
  puente_map_legend_style_init (&legend, PUENTE_BASEMAP_STYLE_LIGHT);
  g_assert_cmpfloat (puente_map_layer_draw_legend (layer, NULL, &legend, 0, 0, 280), >, 5 * legend.font_size);

  /* Switched off by the user, it hides; back on, it shows. */
  puente_map_layer_set_enabled (layer, FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->layer)));
  puente_map_layer_set_enabled (layer, TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->layer)));

  g_object_set (f->painter, "stations", NULL, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->layer)));
}

/* The pointer on a station finds it, as the map page will for a click. */
static void
test_hit_test (Fixture       *f,
               gconstpointer  data)
{
  PuenteMapLayer *layer = PUENTE_MAP_LAYER (f->layer);
  ShumateViewport *viewport = shumate_map_get_viewport (f->map);
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  PuenteStationsPick pick;
  PuenteMapFrame frame;
  double x, y;

  puente_stations_painter_set_stations (f->painter, f->stations);
  flush_events ();
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (f->layer), 21.729665, -102.277536, &x, &y);
  puente_map_layer_get_frame (layer, &frame);
  id = puente_map_layer_hit_test (layer, &frame, x, y);
  g_assert_cmpstr (id, ==, "ocm:101055");
  text = puente_map_layer_describe (layer, id);
  g_assert_true (g_str_has_prefix (text, "Aguascalientes Supercharger\n"));
  g_assert_nonnull (strstr (text, "6 DC fast ports"));
  g_assert_true (puente_stations_painter_pick (f->painter, &frame, x, y, &pick));
  g_assert_cmpint (pick.station, ==, puente_stations_find (f->stations, "ocm:101055"));
  /* Not there when switched off. */
  puente_map_layer_set_enabled (layer, FALSE);
  g_assert_null (puente_map_layer_hit_test (layer, &frame, x, y));
  /* Nor in a painter without stations. */
  puente_stations_painter_set_stations (f->painter, NULL);
  g_assert_false (puente_stations_painter_pick (f->painter, &frame, x, y, &pick));
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  gboolean dc_fast_only;
  g_autofree char *network = NULL;
  PuenteStationsShow show;

  puente_stations_painter_set_stations (f->painter, f->stations);
  g_signal_connect (f->painter, "notify::dc-fast-only", G_CALLBACK (on_notify), f);
  g_object_set (f->painter, "dc-fast-only", TRUE, NULL);
  g_object_set (f->painter, "dc-fast-only", TRUE, NULL);
  g_assert_cmpuint (f->notified, ==, 1);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (f->painter), <, 30);
  g_object_set (f->painter, "dc-fast-only", FALSE, "network", "Tesla Motors (Worldwide)", NULL);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (f->painter), ==, 87);
  g_object_set (f->painter, "network", NULL, "show", PUENTE_STATIONS_SHOW_PLANNED, NULL);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (f->painter), ==, 0);
  g_object_get (f->painter, "dc-fast-only", &dc_fast_only, "network", &network, "show", &show, NULL);
  g_assert_false (dc_fast_only);
  g_assert_null (network);
  g_assert_cmpint (show, ==, PUENTE_STATIONS_SHOW_PLANNED);
  puente_stations_painter_set_show (f->painter, PUENTE_STATIONS_SHOW_OPEN);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (f->painter), ==, 89);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/map/stations-layer/import-shows", Fixture, NULL, fixture_set_up, test_import_shows, fixture_tear_down);
  g_test_add ("/map/stations-layer/hit-test", Fixture, NULL, fixture_set_up, test_hit_test, fixture_tear_down);
  g_test_add ("/map/stations-layer/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);

  return g_test_run ();
}
