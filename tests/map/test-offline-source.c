/* test-offline-source.c: the offline basemap as a libshumate map source
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (suite 'gui'): run under xvfb-run when there is none.
 */
#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "puente-geo.h"
#include "puente-offline-source.h"

typedef struct
{
  gboolean done;
  gboolean ok;
  GError *error;
} FillResult;

static void
on_filled (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FillResult *r = user_data;

  r->ok = shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, &r->error);
  r->done = TRUE;
}

static gboolean
fill (ShumateMapSource *source,
      ShumateTile      *tile,
      GError          **error)
{
  FillResult r = { 0 };
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  shumate_map_source_fill_tile_async (source, tile, NULL, on_filled, &r);
  while (!r.done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (r.done);
  if (r.error != NULL)
    g_propagate_error (error, r.error);
  return r.ok;
}

static void
test_fill_tile (void)
{
  g_autoptr(PuenteOfflineSource) source = puente_offline_source_new (NULL);
  ShumateMapSource *map_source = SHUMATE_MAP_SOURCE (source);
  g_autoptr(GError) error = NULL;
  double x, y;
  int tx, ty;

  g_assert_cmpuint (shumate_map_source_get_min_zoom_level (map_source), ==, 2);
  g_assert_cmpuint (shumate_map_source_get_max_zoom_level (map_source), ==, 10);
  g_assert_cmpuint (shumate_map_source_get_tile_size (map_source), ==, 256);
  g_assert_cmpstr (shumate_map_source_get_id (map_source), ==, PUENTE_OFFLINE_SOURCE_ID "-light-1");

  puente_geo_project (31.76, -106.48, 6, &x, &y);
  tx = (int) (x / 256);
  ty = (int) (y / 256);

  for (int scale = 1; scale <= 2; scale++)
    {
      g_autoptr(ShumateTile) tile = shumate_tile_new_full (tx, ty, 256, 6);
      GdkPaintable *paintable;

      puente_offline_source_set_scale_factor (source, scale);
      g_assert_true (fill (map_source, tile, &error));
      g_assert_no_error (error);
      g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
      paintable = shumate_tile_get_paintable (tile);
      g_assert_true (GDK_IS_TEXTURE (paintable));
      g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (paintable)), ==, 256 * scale);
    }
  g_assert_cmpuint (puente_offline_source_get_cached_tiles (source), ==, 2);
  g_assert_cmpuint (puente_offline_source_get_cache_hits (source), ==, 0);

  /* The same tile again comes from the cache, as the same texture. */
  {
    g_autoptr(ShumateTile) a = shumate_tile_new_full (tx, ty, 256, 6);
    g_autoptr(ShumateTile) b = shumate_tile_new_full (tx, ty, 256, 6);

    g_assert_true (fill (map_source, a, &error));
    g_assert_true (fill (map_source, b, &error));
    g_assert_no_error (error);
    g_assert_true (shumate_tile_get_paintable (a) == shumate_tile_get_paintable (b));
    g_assert_cmpuint (puente_offline_source_get_cache_hits (source), ==, 2);
  }

  /* Another style is another tile. */
  {
    g_autoptr(ShumateTile) dark = shumate_tile_new_full (tx, ty, 256, 6);

    puente_offline_source_set_style (source, PUENTE_BASEMAP_STYLE_DARK);
    g_assert_cmpstr (shumate_map_source_get_id (map_source), ==, PUENTE_OFFLINE_SOURCE_ID "-dark-2");
    g_assert_true (fill (map_source, dark, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (puente_offline_source_get_cached_tiles (source), ==, 3);
  }

  /* Outside the world: an error, not a crash. */
  {
    g_autoptr(ShumateTile) bad = shumate_tile_new_full (1000, 0, 256, 2);

    g_assert_false (fill (map_source, bad, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  }
}

/* The source set on a ShumateSimpleMap in a window: the map asks it for the
 * tiles around the US-Mexico border, and it draws them. */
static void
test_simple_map (void)
{
  g_autoptr(PuenteOfflineSource) source = puente_offline_source_new (NULL);
  GtkWidget *window = gtk_window_new ();
  ShumateSimpleMap *map = shumate_simple_map_new ();
  ShumateViewport *viewport = shumate_simple_map_get_viewport (map);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
  shumate_simple_map_set_map_source (map, SHUMATE_MAP_SOURCE (source));
  g_assert_true (shumate_simple_map_get_map_source (map) == SHUMATE_MAP_SOURCE (source));
  shumate_viewport_set_zoom_level (viewport, 5);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 30.0, -105.0);
  gtk_window_present (GTK_WINDOW (window));

  while (puente_offline_source_get_cached_tiles (source) < 6 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("%u tiles drawn", puente_offline_source_get_cached_tiles (source));
  g_assert_cmpuint (puente_offline_source_get_cached_tiles (source), >=, 6);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/offline-source/fill-tile", test_fill_tile);
  g_test_add_func ("/map/offline-source/simple-map", test_simple_map);

  return g_test_run ();
}
