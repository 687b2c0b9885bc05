/* test-map-export.c: the map as a file, drawn from what it shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed (suite 'data'). A PuenteMapDocument — scenarios, year,
 * metric, layers, mode, language, view — gives the same picture every time
 * at the size asked, whatever a window shows: the US and Mexico fitted,
 * A | B as two maps of the same view, B − A in the difference colours, the
 * title, the scenario's legal status and the sources in the PDF's text,
 * both languages side by side when asked.
 */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "map-test-util.h"
#include "puente-i18n.h"
#include "puente-map-export.h"
#include "puente-scenario.h"

static const char * const layers[] = { "states", "charging", "ports", "transit", NULL };

typedef struct
{
  PuenteDataset  *dataset;
  PuenteScenario *a;
  PuenteScenario *b;
  PuenteResults  *a_results;
  PuenteResults  *b_results;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dataset = puente_dataset_load_default (&error);
  g_assert_no_error (error);
  f->a = puente_scenario_load_preset ("baseline", &error);
  g_assert_no_error (error);
  f->b = puente_scenario_load_preset ("us-lmdv-2032", &error);
  g_assert_no_error (error);
  f->a_results = map_test_run_preset (f->dataset, "baseline");
  f->b_results = map_test_run_preset (f->dataset, "us-lmdv-2032");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->a_results, puente_results_free);
  g_clear_pointer (&f->b_results, puente_results_free);
  g_clear_pointer (&f->a, puente_scenario_free);
  g_clear_pointer (&f->b, puente_scenario_free);
  g_clear_pointer (&f->dataset, puente_dataset_unref);
}

static void
init_doc (Fixture           *f,
          PuenteMapDocument *doc)
{
  puente_map_document_init (doc, f->dataset, f->a, f->a_results);
  doc->b = f->b;
  doc->b_results = f->b_results;
  doc->year = 2032;
  doc->layers = layers;
}

static cairo_surface_t *
render_png (const PuenteMapDocument *doc,
            double                   width,
            double                   height)
{
  g_autoptr(GError) error = NULL;
  PuenteChartSize size = { width, height, PUENTE_CHART_UNIT_PX, 0 };
  g_autoptr(GBytes) bytes = puente_map_render (doc, PUENTE_CHART_FORMAT_PNG, &size, &error);
  g_autofree char *path = NULL;
  int fd;
  cairo_surface_t *surface;

  g_assert_no_error (error);
  fd = g_file_open_tmp ("map-XXXXXX.png", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  surface = cairo_image_surface_create_from_png (path);
  g_unlink (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* The share of the pixels of a box of @surface that differ between @a and
 * @b by more than a little. */
static double
share_differing (cairo_surface_t *a,
                 cairo_surface_t *b,
                 double           x,
                 double           y,
                 double           w,
                 double           h)
{
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint differ = 0, total = 0;

  for (int j = (int) y; j < (int) (y + h); j++)
    for (int i = (int) x; i < (int) (x + w); i++)
      {
        const guint8 *qa = pa + j * stride + i * 4, *qb = pb + j * stride + i * 4;

        differ += abs (qa[0] - qb[0]) + abs (qa[1] - qb[1]) + abs (qa[2] - qb[2]) > 24;
        total++;
      }
  return total > 0 ? differ / (double) total : 0;
}

/* The same document gives the same bytes; the size asked is the size got;
 * the view is the US and Mexico fitted into the map's part of the picture,
 * not any window's. */
static void
test_same_picture (Fixture       *f,
                   gconstpointer  data)
{
  PuenteMapDocument doc;
  PuenteChartSize size = { 1366, 768, PUENTE_CHART_UNIT_PX, 0 };
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;
  cairo_surface_t *surface;
  PuenteMapFrame frames[2];
  double x[2], y[2], lat, lon;

  init_doc (f, &doc);
  one = puente_map_render (&doc, PUENTE_CHART_FORMAT_PNG, &size, NULL);
  two = puente_map_render (&doc, PUENTE_CHART_FORMAT_PNG, &size, NULL);
  g_assert_nonnull (one);
  g_assert_true (g_bytes_equal (one, two));

  surface = render_png (&doc, 1366, 768);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1366);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 768);
  cairo_surface_destroy (surface);

  /* California's and Yucatán's coasts are in the map. */
  g_assert_cmpuint (puente_map_document_layout (&doc, 1366, 768, frames, x, y), ==, 1);
  g_assert_cmpfloat (frames[0].width, >, 1366 * 0.6);
  puente_map_frame_unproject (&frames[0], 0, frames[0].height / 2, &lat, &lon);
  g_assert_cmpfloat (lon, <, PUENTE_MAP_HOME_WEST + 0.5);
  puente_map_frame_unproject (&frames[0], frames[0].width, frames[0].height, &lat, &lon);
  g_assert_cmpfloat (lon, >, -86.7);
  g_assert_cmpfloat (lat, <, 18);

  /* A centre and zoom given: that view. */
  doc.centred = TRUE;
  doc.latitude = 27.5;
  doc.longitude = -100.0;
  doc.zoom = 6.5;
  puente_map_document_layout (&doc, 1366, 768, frames, x, y);
  g_assert_cmpfloat (frames[0].zoom, ==, 6.5);
  g_assert_cmpfloat (frames[0].latitude, ==, 27.5);
}

/* A | B: two maps of the same view, one per scenario, each under its name
 * and status; B − A: the difference's colours. */
static void
test_modes (Fixture       *f,
            gconstpointer  data)
{
  PuenteMapDocument doc;
  PuenteMapFrame frames[2];
  double x[2], y[2];
  cairo_surface_t *single, *split, *difference;

  init_doc (f, &doc);
  doc.mode = PUENTE_MAP_EXPORT_SPLIT;
  g_assert_cmpuint (puente_map_document_layout (&doc, 1920, 1080, frames, x, y), ==, 2);
  g_assert_cmpfloat (frames[0].zoom, ==, frames[1].zoom);
  g_assert_cmpfloat (frames[0].latitude, ==, frames[1].latitude);
  g_assert_cmpfloat (x[1], >=, x[0] + frames[0].width);
  split = render_png (&doc, 1920, 1080);

  /* Without B, no split: one map. */
  doc.b = NULL;
  doc.b_results = NULL;
  g_assert_cmpuint (puente_map_document_layout (&doc, 1920, 1080, frames, x, y), ==, 1);
  doc.b = f->b;
  doc.b_results = f->b_results;

  doc.mode = PUENTE_MAP_EXPORT_SINGLE;
  single = render_png (&doc, 1920, 1080);
  doc.mode = PUENTE_MAP_EXPORT_DIFFERENCE;
  difference = render_png (&doc, 1920, 1080);
  puente_map_document_layout (&doc, 1920, 1080, frames, x, y);
  /* The difference map is another picture of the same place. */
  g_assert_cmpfloat (share_differing (single, difference, x[0], y[0], frames[0].width, frames[0].height), >, 0.2);
  g_assert_cmpfloat (share_differing (single, split, 0, 0, 1920, 1080), >, 0.2);

  cairo_surface_destroy (single);
  cairo_surface_destroy (split);
  cairo_surface_destroy (difference);
}

static char *
pdf_text (const PuenteMapDocument *doc)
{
  g_autoptr(GError) error = NULL;
  PuenteChartSize size = { 297, 210, PUENTE_CHART_UNIT_MM, 0 };
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", NULL, "-", NULL };
  int fd, status;
  GString *folded = g_string_new (NULL);

  fd = g_file_open_tmp ("map-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (puente_map_export (doc, PUENTE_CHART_FORMAT_PDF, &size, path, &error));
  g_assert_no_error (error);
  argv[3] = path;
  if (g_find_program_in_path ("pdftotext") == NULL)
    g_error ("pdftotext is needed by the map tests (tools/install-deps installs it)");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_unlink (path);
  /* Whitespace folded: text may wrap. */
  for (const char *p = out; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (folded->len > 0 && folded->str[folded->len - 1] != ' ')
            g_string_append_c (folded, ' ');
          continue;
        }
      g_string_append_c (folded, *p);
    }
  return g_string_free (folded, FALSE);
}

static void
assert_has (const char *text,
            const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("the PDF's text lacks “%s”:\n%s", expected, text);
}

/* The title, the scenario and its legal status, names, legend and
 * sources are text in the PDF, in the language asked. */
static void
test_pdf_text (Fixture       *f,
               gconstpointer  data)
{
  PuenteMapDocument doc;
  g_autofree char *en = NULL;
  g_autofree char *es = NULL;
  g_autofree char *both = NULL;
  g_autofree char *status = NULL;

  init_doc (f, &doc);
  doc.a = f->b;
  doc.a_results = f->b_results;
  doc.b = NULL;
  doc.b_results = NULL;
  en = pdf_text (&doc);
  assert_has (en, "ZEV share of new sales by state, 2032");
  assert_has (en, "Scenario: US light-duty standards 2027–2032");
  /* The preset's legal status, as of its date. */
  status = g_strndup (puente_scenario_get_status (f->b, PUENTE_LANG_EN), 30);
  assert_has (en, status);
  assert_has (en, "Texas");
  assert_has (en, "Basemap: Natural Earth (public domain)");

  doc.lang = PUENTE_LANG_ES;
  es = pdf_text (&doc);
  assert_has (es, "por estado, 2032");
  assert_has (es, "Dakota del Norte");
  assert_has (es, "Derogada");

  /* Both: titles in both, the legend in both. */
  doc.lang = PUENTE_LANG_BOTH;
  both = pdf_text (&doc);
  assert_has (both, "ZEV share of new sales by state, 2032 / ");
  assert_has (both, "Repealed");
  assert_has (both, "Derogada");

  /* A status given (another engineer's footer) replaces the preset's. */
  doc.lang = PUENTE_LANG_EN;
  doc.a_status = "Status line given by the caller";
  g_free (en);
  en = pdf_text (&doc);
  assert_has (en, "Status line given by the caller");
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  PuenteMapDocument doc;
  PuenteChartSize size = { 8, 8, PUENTE_CHART_UNIT_PX, 0 };
  g_autoptr(GError) error = NULL;

  init_doc (f, &doc);
  g_assert_null (puente_map_render (&doc, PUENTE_CHART_FORMAT_CSV, &size, &error));
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  g_assert_null (puente_map_render (&doc, PUENTE_CHART_FORMAT_PNG, &size, &error));
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE);
  g_clear_error (&error);
  size.width = size.height = 800;
  g_assert_false (puente_map_export (&doc, PUENTE_CHART_FORMAT_PNG, &size, "/nonexistent/dir/map.png", &error));
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_WRITE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  g_test_add ("/map/export/same-picture", Fixture, NULL, fixture_set_up, test_same_picture, fixture_tear_down);
  g_test_add ("/map/export/modes", Fixture, NULL, fixture_set_up, test_modes, fixture_tear_down);
  g_test_add ("/map/export/pdf-text", Fixture, NULL, fixture_set_up, test_pdf_text, fixture_tear_down);
  g_test_add ("/map/export/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  return g_test_run ();
}
