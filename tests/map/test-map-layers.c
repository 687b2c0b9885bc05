/* test-map-layers.c: what the map's data layers show, drawn with Cairo only
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed (suite 'data'): the layers' values, classes and colours
 * come from the model's results, and their cairo-only drawing paints the
 * states the colours the legend says.
 */
#include "config.h"

#include <math.h>

#include "map-test-util.h"
#include "puente-charging-layer.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-ports-layer.h"
#include "puente-scenario.h"
#include "puente-states-layer.h"
#include "puente-transit-layer.h"
#include "puente-used-layer.h"

typedef struct
{
  PuenteDataset    *dataset;
  PuenteBasemap    *basemap;
  PuenteResults    *a;
  PuenteResults    *b;
  PuenteMapContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dataset = puente_dataset_load_default (&error);
  g_assert_no_error (error);
  f->basemap = puente_basemap_dup_default (&error);
  g_assert_no_error (error);
  f->a = map_test_run_preset (f->dataset, "baseline");
  f->b = map_test_run_preset (f->dataset, "ca-acc2-2035");
  f->context = puente_map_context_new (f->dataset, f->basemap);
  puente_map_context_set_results (f->context, f->a, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_pointer (&f->a, puente_results_free);
  g_clear_pointer (&f->b, puente_results_free);
  g_clear_object (&f->basemap);
  g_clear_pointer (&f->dataset, puente_dataset_unref);
}

/* The choropleth's value for a state is the model's result. */
static void
test_values_match_results (Fixture       *f,
                           gconstpointer  data)
{
  for (int year = PUENTE_BASE_YEAR; year <= 2050; year += 13)
    {
      double l2, dcfc, ev;

      puente_map_context_set_year (f->context, year);
      g_assert_cmpfloat (puente_states_get_value (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, "US-CA"), ==,
                         puente_results_get_value (f->a, "ldv.zev_share_sales", "US-CA", year));
      g_assert_cmpfloat (puente_states_get_value (f->context, PUENTE_STATES_METRIC_CHARGING_GAP, "MX-NLE"), ==,
                         puente_results_get_value (f->a, "charging.gap", "MX-NLE", year));
      g_assert_cmpfloat (puente_states_get_value (f->context, PUENTE_STATES_METRIC_ELECTRICITY, "US-TX"), ==,
                         puente_results_get_value (f->a, "ldv.electricity_gwh", "US-TX", year));
      g_assert_cmpfloat (puente_states_get_value (f->context, PUENTE_STATES_METRIC_CO2, "MX-JAL"), ==,
                         puente_results_get_value (f->a, "ldv.co2_mt", "MX-JAL", year));

      ev = puente_results_get_value (f->a, "ldv.ev_stock", "US-AZ", year);
      l2 = puente_results_get_value (f->a, "charging.public_l2_existing", "US-AZ", year);
      dcfc = puente_results_get_value (f->a, "charging.public_dcfc_existing", "US-AZ", year);
      g_assert_cmpfloat_with_epsilon (puente_states_get_value (f->context, PUENTE_STATES_METRIC_EVS_PER_PORT, "US-AZ"),
                                      ev / (l2 + dcfc), 1e-9);
    }

  /* Used vehicles: the Mexican state's imports in the year. */
  {
    double vehicles, evs, lat, lon;

    puente_map_context_set_year (f->context, 2030);
    g_assert_true (puente_used_get_values (f->context, "MX-BCN", &vehicles, &evs));
    g_assert_cmpfloat (vehicles, ==, puente_results_get_value (f->a, "ldv.used_imports", "MX-BCN", 2030));
    g_assert_cmpfloat (evs, ==, puente_results_get_value (f->a, "ldv.used_ev_imports", "MX-BCN", 2030));
    g_assert_cmpstr (puente_used_get_origin (f->context, "MX-BCN", &lat, &lon), ==, "US-CA");
    g_assert_cmpstr (puente_used_get_origin (f->context, "MX-TAM", &lat, &lon), ==, "US-TX");
    g_assert_cmpfloat (lat, >, 25.5);
  }

  /* Charging: existing and needed public ports. */
  {
    double existing, needed;

    g_assert_true (puente_charging_get_values (f->context, "US-CA", &existing, &needed));
    g_assert_cmpfloat_with_epsilon (needed,
                                    puente_results_get_value (f->a, "charging.public_l2_need", "US-CA", 2030) +
                                    puente_results_get_value (f->a, "charging.public_dcfc_need", "US-CA", 2030),
                                    1e-6);
    g_test_message ("US-CA 2030: %.0f public ports existing, %.0f needed", existing, needed);
  }
}

/* B - A when comparing; A again without B. */
static void
test_difference (Fixture       *f,
                 gconstpointer  data)
{
  double a = puente_results_get_value (f->a, "ldv.zev_share_sales", "US-CA", 2035);
  double b = puente_results_get_value (f->b, "ldv.zev_share_sales", "US-CA", 2035);
  PuenteMapClasses classes;

  puente_map_context_set_year (f->context, 2035);
  puente_map_context_set_results (f->context, f->a, f->b);
  puente_map_context_set_show (f->context, PUENTE_MAP_SHOW_DIFFERENCE);
  g_assert_true (puente_map_context_is_difference (f->context));
  g_assert_cmpfloat_with_epsilon (puente_states_get_value (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, "US-CA"),
                                  b - a, 1e-12);
  g_assert_cmpfloat (b - a, >, 0);

  /* A diverging ramp, symmetric around zero. */
  puente_states_get_classes (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, &classes);
  g_assert_cmpint (classes.ramp, ==, PUENTE_MAP_RAMP_DIVERGING);
  g_assert_cmpuint (classes.n_classes, ==, 7);
  g_assert_cmpfloat (classes.breaks[0], ==, -classes.breaks[5]);
  g_assert_cmpint (puente_map_classes_find (&classes, 0), ==, 3);

  puente_map_context_set_show (f->context, PUENTE_MAP_SHOW_B);
  g_assert_cmpfloat (puente_states_get_value (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, "US-CA"), ==, b);
  puente_map_context_set_results (f->context, f->a, NULL);
  g_assert_cmpfloat (puente_states_get_value (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, "US-CA"), ==, a);
}

static gboolean
same_rgb (PuenteRgb a,
          PuenteRgb b)
{
  return fabs (a.r - b.r) < 1e-6 && fabs (a.g - b.g) < 1e-6 && fabs (a.b - b.b) < 1e-6;
}

/* Playing the years and choosing another metric recolour a state. */
static void
test_colours_change (Fixture       *f,
                     gconstpointer  data)
{
  PuenteRgb early, late, co2;

  puente_map_context_set_year (f->context, 2024);
  g_assert_true (puente_states_get_colour (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, "US-WA", &early));
  puente_map_context_set_year (f->context, 2045);
  g_assert_true (puente_states_get_colour (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, "US-WA", &late));
  g_assert_false (same_rgb (early, late));
  g_assert_true (puente_states_get_colour (f->context, PUENTE_STATES_METRIC_CO2, "US-WA", &co2));
  g_assert_false (same_rgb (late, co2));
}

/* Pixels of @surface inside @code (by the basemap's point-in-polygon) that
 * show @expected under a fill of FILL_ALPHA: the share of those sampled. */
static double
share_painted (Fixture              *f,
               cairo_surface_t      *surface,
               const PuenteMapFrame *frame,
               const char           *code,
               PuenteRgb             expected)
{
  const PuenteBasemapFeature *state = puente_basemap_lookup (f->basemap, code);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  double west, south, east, north;
  guint inside = 0, matching = 0;

  puente_basemap_feature_get_bbox (state, &west, &south, &east, &north);
  for (double lat = south; lat <= north; lat += (north - south) / 15)
    for (double lon = west; lon <= east; lon += (east - west) / 15)
      {
        double x, y;
        guint32 p;
        double alpha, r, g, b;

        if (puente_basemap_find_at (f->basemap, lat, lon, PUENTE_BASEMAP_FEATURE_STATE) != state)
          continue;
        puente_map_frame_project (frame, lat, lon, &x, &y);
        if (x < 0 || y < 0 || x >= frame->width || y >= frame->height)
          continue;
        inside++;
        p = *(const guint32 *) (pixels + (int) y * stride + 4 * (int) x);
        alpha = (p >> 24) / 255.0;
        if (alpha == 0)
          continue;
        r = ((p >> 16) & 0xff) / 255.0 / alpha;
        g = ((p >> 8) & 0xff) / 255.0 / alpha;
        b = (p & 0xff) / 255.0 / alpha;
        if (fabs (alpha - 0.85) < 0.02 && fabs (r - expected.r) < 0.03 && fabs (g - expected.g) < 0.03 &&
            fabs (b - expected.b) < 0.03)
          matching++;
      }
  g_assert_cmpuint (inside, >, 20);
  return (double) matching / inside;
}

/* The drawing fills each state with the colour of its class. */
static void
test_paint_fills_states (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const codes[] = { "US-CA", "US-TX", "MX-NLE", "MX-CHH", "MX-YUC", "US-NY" };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cairo_t *cr = cairo_create (surface);
  PuenteMapFrame frame;

  puente_map_frame_init (&frame, 31.0, -100.0, 4.3, 1200, 800);
  puente_map_context_set_year (f->context, 2030);
  puente_states_paint (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, cr, &frame);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      PuenteRgb expected;
      double share;

      g_assert_true (puente_states_get_colour (f->context, PUENTE_STATES_METRIC_ZEV_SHARE, codes[i], &expected));
      share = share_painted (f, surface, &frame, codes[i], expected);
      g_test_message ("%s: %.0f%% of sampled points in the class colour", codes[i], share * 100);
      /* Borders and labels take a few samples. */
      g_assert_cmpfloat (share, >, 0.6);
    }
  cairo_surface_destroy (surface);
}

/* Quantile classes: increasing thresholds, every value has a class. */
static void
test_classes (void)
{
  double values[200];
  PuenteMapClasses classes;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    values[i] = i < 20 ? NAN : (double) i * i;
  puente_map_classes_quantiles (&classes, PUENTE_MAP_RAMP_VIRIDIS, values, G_N_ELEMENTS (values), 7);
  g_assert_cmpuint (classes.n_classes, ==, 7);
  for (guint i = 1; i + 1 < classes.n_classes; i++)
    g_assert_cmpfloat (classes.breaks[i], >, classes.breaks[i - 1]);
  g_assert_cmpint (puente_map_classes_find (&classes, -1), ==, 0);
  g_assert_cmpint (puente_map_classes_find (&classes, 1e9), ==, 6);
  g_assert_cmpint (puente_map_classes_find (&classes, NAN), ==, -1);
  g_assert_cmpfloat (puente_map_round_nice (12345), ==, 12000);
  g_assert_cmpfloat (puente_map_round_nice (0.0456), ==, 0.046);

  /* The ends of the ramps are their published colours. */
  {
    PuenteRgb first = puente_map_ramp_colour (PUENTE_MAP_RAMP_VIRIDIS, 0, 7);
    PuenteRgb last = puente_map_ramp_colour (PUENTE_MAP_RAMP_VIRIDIS, 6, 7);

    g_assert_cmpint ((int) round (first.r * 255), ==, 0x44);
    g_assert_cmpint ((int) round (last.g * 255), ==, 0xe7);
  }
}

/* Layers for engine modules that are not there hide themselves. */
static void
test_availability (Fixture       *f,
                   gconstpointer  data)
{
  gboolean freight = puente_results_find_indicator (f->a, PUENTE_PORTS_CROSSINGS) >= 0 &&
                     puente_results_find_indicator (f->a, PUENTE_PORTS_PEAK_MW) >= 0;
  gboolean transit = puente_results_find_indicator (f->a, PUENTE_TRANSIT_FLEET) >= 0 &&
                     puente_results_find_indicator (f->a, PUENTE_TRANSIT_EBUS_SHARE) >= 0;

  g_assert_cmpint (puente_ports_is_available (f->context), ==,
                   freight && puente_dataset_get_n_ports (f->dataset) > 0);
  g_assert_cmpint (puente_transit_is_available (f->context), ==,
                   transit && puente_dataset_get_n_cities (f->dataset) > 0);
  g_test_message ("freight results: %s, transit results: %s", freight ? "yes" : "no", transit ? "yes" : "no");

  /* Without results nothing is drawn, nothing crashes. */
  {
    g_autoptr(PuenteMapContext) empty = puente_map_context_new (f->dataset, f->basemap);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
    cairo_t *cr = cairo_create (surface);
    PuenteMapFrame frame;

    puente_map_frame_init (&frame, 30, -100, 4, 100, 100);
    g_assert_false (puente_ports_is_available (empty));
    puente_states_paint (empty, PUENTE_STATES_METRIC_ZEV_SHARE, cr, &frame);
    puente_ports_paint (empty, cr, &frame);
    puente_transit_paint (empty, cr, &frame);
    g_assert_true (isnan (puente_states_get_value (empty, PUENTE_STATES_METRIC_ZEV_SHARE, "US-CA")));
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

/* Frames: projecting and unprojecting agree; the centre is the middle. */
static void
test_frame (void)
{
  PuenteMapFrame frame;
  double x, y, lat, lon;

  puente_map_frame_init (&frame, 25.67, -100.31, 5.5, 800, 600);
  puente_map_frame_project (&frame, 25.67, -100.31, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 400, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 300, 1e-6);
  puente_map_frame_unproject (&frame, 123, 456, &lat, &lon);
  puente_map_frame_project (&frame, lat, lon, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 123, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 456, 1e-6);
}

/* The corners of @bounds in @frame. */
static void
bounds_in_frame (const PuenteMapFrame  *frame,
                 const PuenteMapBounds *bounds,
                 double                *x0,
                 double                *y0,
                 double                *x1,
                 double                *y1)
{
  puente_map_frame_project (frame, bounds->north, bounds->west, x0, y0);
  puente_map_frame_project (frame, bounds->south, bounds->east, x1, y1);
}

/* A fit puts the US and Mexico inside the part of the frame the insets
 * leave clear, centred there and touching it on one axis; a place (a
 * point) is centred there no closer than the zoom asked; a reveal moves
 * the least. */
static void
test_fit (void)
{
  PuenteMapInsets insets = { 110, 40, 8, 8 };
  PuenteMapBounds home = { PUENTE_MAP_HOME_WEST, PUENTE_MAP_HOME_SOUTH, PUENTE_MAP_HOME_EAST, PUENTE_MAP_HOME_NORTH };
  PuenteMapBounds port = { -106.45, 31.76, -106.45, 31.76 };
  PuenteMapBounds texas;
  PuenteMapFrame frame;
  double x0, y0, x1, y1, lat, lon;

  /* A map of A | B on a laptop: narrow and tall. */
  puente_map_frame_fit_clear (&frame, &home, 519, 654, &insets, PUENTE_BASEMAP_MAX_ZOOM);
  bounds_in_frame (&frame, &home, &x0, &y0, &x1, &y1);
  g_test_message ("fitted at zoom %.2f: %.0f, %.0f to %.0f, %.0f", frame.zoom, x0, y0, x1, y1);
  g_assert_cmpfloat (x0, >=, insets.left - 1e-6);
  g_assert_cmpfloat (x1, <=, 519 - insets.right + 1e-6);
  g_assert_cmpfloat (y0, >=, insets.top - 1e-6);
  g_assert_cmpfloat (y1, <=, 654 - insets.bottom + 1e-6);
  /* As large as fits: the width is filled. */
  g_assert_cmpfloat (x1 - x0, >, (519 - insets.left - insets.right) * 0.99);
  /* And centred in the clear part. */
  g_assert_cmpfloat_with_epsilon (x0 - insets.left, 519 - insets.right - x1, 1);
  g_assert_cmpfloat_with_epsilon (y0 - insets.top, 654 - insets.bottom - y1, 1);

  /* A port: at the clear part's centre, zoom 7. */
  puente_map_frame_fit_clear (&frame, &port, 800, 600, &insets, 7);
  bounds_in_frame (&frame, &port, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (frame.zoom, ==, 7);
  g_assert_cmpfloat_with_epsilon (x0, (insets.left + 800 - insets.right) / 2, 1e-6);
  g_assert_cmpfloat_with_epsilon (y0, (insets.top + 600 - insets.bottom) / 2, 1e-6);

  /* Texas off the right edge comes in just inside it; the zoom stays. */
  texas = (PuenteMapBounds) { -106.6, 25.8, -93.5, 36.5 };
  puente_map_frame_init (&frame, 30, -115, 6, 800, 600);
  puente_map_frame_reveal (&frame, &texas, &insets);
  bounds_in_frame (&frame, &texas, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (frame.zoom, ==, 6);
  g_assert_cmpfloat_with_epsilon (x1, 800 - insets.right, 1e-6);
  /* Already inside: nothing moves. */
  lat = frame.latitude, lon = frame.longitude;
  puente_map_frame_reveal (&frame, &texas, &insets);
  g_assert_cmpfloat (frame.latitude, ==, lat);
  g_assert_cmpfloat (frame.longitude, ==, lon);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/layers/frame", test_frame);
  g_test_add_func ("/map/layers/fit", test_fit);
  g_test_add_func ("/map/layers/classes", test_classes);
  g_test_add ("/map/layers/values-match-results", Fixture, NULL, fixture_set_up, test_values_match_results, fixture_tear_down);
  g_test_add ("/map/layers/difference", Fixture, NULL, fixture_set_up, test_difference, fixture_tear_down);
  g_test_add ("/map/layers/colours-change", Fixture, NULL, fixture_set_up, test_colours_change, fixture_tear_down);
  g_test_add ("/map/layers/paint-fills-states", Fixture, NULL, fixture_set_up, test_paint_fills_states, fixture_tear_down);
  g_test_add ("/map/layers/availability", Fixture, NULL, fixture_set_up, test_availability, fixture_tear_down);

  return g_test_run ();
}
