/* test-charts.c: chart drawing, formatting, hit testing and exports
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Synthetic series stand in for the engine here, so every drawing kind
 * (including the Sankey and the fan) and every catalogue entry is tested
 * on its own. test-chart-catalogue.c draws the engine's results.
 */
#include "config.h"

#include <cairo.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-test-util.h"
#include "puente-chart.h"
#include "puente-format.h"
#include "puente-i18n.h"

/* Formatting */

static void
assert_number (PuenteLang  lang,
               double      value,
               int         decimals,
               const char *expected)
{
  g_autofree char *text = puente_format_number (lang, value, decimals);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_si (PuenteLang  lang,
           double      value,
           const char *expected)
{
  g_autofree char *text = puente_format_si (lang, value, 1);

  g_assert_cmpstr (text, ==, expected);
}

static void
check_numbers (void)
{
  assert_number (PUENTE_LANG_EN, 1234567.891, 1, "1,234,567.9");
  assert_number (PUENTE_LANG_ES, 1234567.891, 1, "1,234,567.9");
  assert_number (PUENTE_LANG_EN, 999, 0, "999");
  assert_number (PUENTE_LANG_EN, 1000, 0, "1,000");
  assert_number (PUENTE_LANG_EN, -1234.5, 1, "−1,234.5");
  assert_number (PUENTE_LANG_EN, -0.0001, 1, "0.0");
  assert_number (PUENTE_LANG_ES, 0.25, 2, "0.25");
  assert_number (PUENTE_LANG_EN, NAN, 0, PUENTE_FORMAT_MISSING);

  assert_si (PUENTE_LANG_EN, 950, "950");
  assert_si (PUENTE_LANG_EN, 1234, "1.2k");
  assert_si (PUENTE_LANG_EN, 45000, "45k");
  assert_si (PUENTE_LANG_EN, 2500000, "2.5M");
  assert_si (PUENTE_LANG_EN, 3.2e9, "3.2B");
  assert_si (PUENTE_LANG_ES, 1234, "1.2 mil");
  assert_si (PUENTE_LANG_ES, 2500000, "2.5 millones");
  assert_si (PUENTE_LANG_ES, 1000000, "1 millón");
  assert_si (PUENTE_LANG_ES, 3.2e9, "3.2 mil millones");
  /* Bilingual charts avoid "B" (a Spanish reader's billón is 10^12). */
  assert_si (PUENTE_LANG_BOTH, 3.2e9, "3,200M");
  assert_si (PUENTE_LANG_EN, 999999, "1M");
  assert_si (PUENTE_LANG_EN, 12.5, "12.5");
  assert_si (PUENTE_LANG_EN, 12.96, "13");

  /* Beside marks, in read-outs and in the map's details: one rule. */
  {
    static const struct { PuenteLang lang; double value; const char *text; } values[] = {
      { PUENTE_LANG_EN, 0, "0" }, { PUENTE_LANG_EN, 0.022, "0.022" }, { PUENTE_LANG_EN, 0.5, "0.5" },
      { PUENTE_LANG_EN, 5.5, "5.5" }, { PUENTE_LANG_EN, 26.0, "26" }, { PUENTE_LANG_EN, 12.94, "12.9" },
      { PUENTE_LANG_EN, 7922, "7,922" }, { PUENTE_LANG_EN, 13216, "13.2k" },
      { PUENTE_LANG_EN, 2147231, "2.1M" }, { PUENTE_LANG_ES, 6035637, "6 millones" },
      { PUENTE_LANG_EN, -10500, "−10.5k" }, { PUENTE_LANG_EN, NAN, PUENTE_FORMAT_MISSING },
    };

    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      {
        g_autofree char *text = puente_format_value (values[i].lang, values[i].value);

        g_assert_cmpstr (text, ==, values[i].text);
      }
  }

  {
    g_autofree char *p1 = puente_format_percent (PUENTE_LANG_EN, 0.452, 1);
    g_autofree char *p2 = puente_format_percent (PUENTE_LANG_ES, 0.5, 0);

    g_assert_cmpstr (p1, ==, "45.2%");
    g_assert_cmpstr (p2, ==, "50%");
  }
  g_assert_cmpstr (puente_axis_scale_word (PUENTE_LANG_EN, 2), ==, "millions");
  g_assert_cmpstr (puente_axis_scale_word (PUENTE_LANG_ES, 2), ==, "millones");
  g_assert_cmpstr (puente_axis_scale_word (PUENTE_LANG_ES, 3), ==, "miles de millones");
}

static void
test_format_numbers (void)
{
  check_numbers ();
}

/* The machine's LC_NUMERIC must not leak into charts: the same text under
 * en_US, es_MX and C. */
static void
test_format_machine_locale (void)
{
  const char *locales[] = { "en_US.UTF-8", "es_MX.UTF-8", "C.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (setlocale (LC_ALL, locales[i]) == NULL)
        g_error ("locale %s is not installed (tools/install-deps generates it)", locales[i]);
      check_numbers ();
    }
  setlocale (LC_ALL, saved);
}

static void
test_format_ticks (void)
{
  double lo, hi, step;
  guint n;

  n = puente_nice_ticks (0, 0.73, 5, &lo, &hi, &step);
  g_assert_cmpfloat_with_epsilon (step, 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (hi, 0.8, 1e-12);
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpuint (n, ==, 5);

  n = puente_nice_ticks (0, 1234567, 6, &lo, &hi, &step);
  g_assert_cmpfloat (step, ==, 250000);
  g_assert_cmpfloat (hi, ==, 1250000);
  g_assert_cmpuint (n, ==, 6);

  n = puente_nice_ticks (-3, 7, 5, &lo, &hi, &step);
  g_assert_cmpfloat (step, ==, 2.5);
  g_assert_cmpfloat (lo, ==, -5);
  g_assert_cmpfloat (hi, ==, 7.5);
  g_assert_cmpuint (n, ==, 6);

  /* A flat series still gets an axis. */
  n = puente_nice_ticks (5, 5, 5, &lo, &hi, &step);
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpfloat (hi, >=, 5);
  g_assert_cmpuint (n, >=, 2);

  g_assert_cmpint (puente_decimals_for_step (0.25), ==, 2);
  g_assert_cmpint (puente_decimals_for_step (2.5), ==, 1);
  g_assert_cmpint (puente_decimals_for_step (1000), ==, 0);
  g_assert_cmpint (puente_decimals_for_step (0.1), ==, 1);

  {
    double divisor;

    g_assert_cmpint (puente_axis_scale (5000, &divisor), ==, 0);
    g_assert_cmpint (puente_axis_scale (250000, &divisor), ==, 1);
    g_assert_cmpfloat (divisor, ==, 1e3);
    g_assert_cmpint (puente_axis_scale (3e8, &divisor), ==, 2);
    g_assert_cmpfloat (divisor, ==, 1e6);
  }
}

/* Language switching */

static void
test_i18n_switch (void)
{
  const char *before = g_getenv ("LANGUAGE");
  g_autofree char *saved = g_strdup (before);
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));

  /* A string of the app's catalogue: the lookup is Spanish... */
  g_assert_cmpstr (puente_gettext (PUENTE_LANG_ES, "Overview"), ==, "Resumen");
  g_assert_cmpstr (puente_pgettext (PUENTE_LANG_ES, "shortcut window", "Quit"), ==, "Salir");
  g_assert_cmpstr (puente_gettext (PUENTE_LANG_EN, "Overview"), ==, "Overview");
  /* ...and the process language is what it was. */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, saved);
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, messages);
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "Overview"), ==, "Overview");

  {
    PuenteLang lang;

    g_assert_true (puente_lang_from_string ("es_MX", &lang));
    g_assert_cmpint (lang, ==, PUENTE_LANG_ES);
    g_assert_true (puente_lang_from_string ("both", &lang));
    g_assert_cmpint (lang, ==, PUENTE_LANG_BOTH);
    g_assert_false (puente_lang_from_string ("fr", &lang));
  }
  {
    PuenteText text = { 0 };
    g_autofree char *both = NULL;

    puente_text_set (&text, "ZEV share of new sales", "Participación de VCE en ventas nuevas");
    both = puente_text_get (&text, PUENTE_LANG_BOTH);
    g_assert_cmpstr (both, ==, "ZEV share of new sales / Participación de VCE en ventas nuevas");
    puente_text_clear (&text);
  }
}

/* Sankey */

static void
test_sankey_balance (void)
{
  g_autoptr(PuenteSankey) sk = chart_test_sankey_new ();
  guint bad = G_MAXUINT;
  int packs = puente_sankey_find_node (sk, "packs");

  g_assert_true (puente_sankey_check_balance (sk, 1e-9, &bad));
  g_assert_cmpuint (bad, ==, G_MAXUINT);
  g_assert_cmpfloat (puente_sankey_node_inflow (sk, packs), ==, 272);
  g_assert_cmpfloat (puente_sankey_node_outflow (sk, packs), ==, 272);

  /* An extra outflow from the packs node breaks its balance. */
  puente_sankey_add_link (sk, packs, puente_sankey_find_node (sk, "exports"), 5, FALSE);
  g_assert_false (puente_sankey_check_balance (sk, 1e-9, &bad));
  g_assert_cmpuint (bad, ==, (guint) packs);
}

static cairo_t *
new_image (cairo_surface_t **surface,
           int               width,
           int               height)
{
  *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  return cairo_create (*surface);
}

static void
test_sankey_draw_and_hit (void)
{
  g_autoptr(PuenteChartData) data = chart_test_sankey_data ();
  PuenteChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr = new_image (&surface, 1600, 900);
  g_autoptr(PuenteChartLayout) layout = NULL;
  PuenteChartHit hit;
  int recycling = puente_sankey_find_node (data->sankey, "recycling");
  int recovered = puente_sankey_find_node (data->sankey, "materials.recovered");
  double px, py, pw, ph;
  gboolean found_loop = FALSE;
  g_autofree char *text = NULL;

  puente_chart_style_init (&style);
  layout = puente_chart_draw (data, &style, cr, 1600, 900);
  puente_chart_layout_get_plot (layout, &px, &py, &pw, &ph);

  /* Nothing hit outside the chart. */
  g_assert_false (puente_chart_hit_test (layout, 2, 2, &hit));

  /* Scan the bottom of the plot: the recycling loop runs under the nodes,
   * from the recycling node back to recovered materials. */
  for (double y = py + ph - 1; y > py + ph * 0.5 && !found_loop; y -= 1)
    if (puente_chart_hit_test (layout, px + pw / 2, y, &hit) && hit.kind == PUENTE_CHART_HIT_LINK)
      {
        const PuenteSankeyLink *link = &g_array_index (data->sankey->links, PuenteSankeyLink, hit.link);

        g_assert_true (link->recycling);
        g_assert_cmpint (link->source, ==, recycling);
        g_assert_cmpint (link->target, ==, recovered);
        g_assert_cmpfloat (hit.value, ==, 12);
        found_loop = TRUE;
      }
  g_assert_true (found_loop);

  /* Scan across the middle: nodes and links, with read-outs. */
  {
    gboolean found_node = FALSE, found_link = FALSE;

    for (double x = px; x < px + pw; x += 2)
      for (double y = py; y < py + ph; y += 4)
        if (puente_chart_hit_test (layout, x, y, &hit))
          {
            if (hit.kind == PUENTE_CHART_HIT_NODE && !found_node)
              {
                g_assert_cmpfloat (hit.value, ==, puente_sankey_node_total (data->sankey, hit.node));
                found_node = TRUE;
              }
            if (hit.kind == PUENTE_CHART_HIT_LINK)
              found_link = TRUE;
          }
    g_assert_true (found_node && found_link);
  }

  hit.kind = PUENTE_CHART_HIT_NODE;
  hit.node = puente_sankey_find_node (data->sankey, "packs");
  hit.value = 272;
  style.lang = PUENTE_LANG_ES;
  text = puente_chart_describe_hit (data, &style, &hit);
  g_assert_cmpstr (text, ==, "Paquetes de baterías: 272 GWh");

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  chart_test_keep_png (data, "sankey.png", PUENTE_LANG_EN, PUENTE_CHART_STYLE_REPORT, FALSE, 1600, 900);
  chart_test_keep_png (data, "sankey-es-presentation.png", PUENTE_LANG_ES, PUENTE_CHART_STYLE_PRESENTATION, FALSE, 1920, 1080);
}

/* Fan */

static void
test_fan (void)
{
  g_autoptr(PuenteChartData) data = chart_test_fan_data (TRUE);
  g_autofree char *csv = puente_chart_data_to_csv (data, PUENTE_LANG_EN);
  g_auto(GStrv) lines = g_strsplit (chart_test_csv_body (csv), "\n", -1);
  PuenteChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr = new_image (&surface, 1200, 700);
  g_autoptr(PuenteChartLayout) layout = NULL;
  const PuenteChartSeries *us = g_ptr_array_index (data->series, 0);
  PuenteChartHit hit;
  double x, y;

  g_assert_cmpstr (lines[0], ==, "scenario,series,indicator,region,year,p5,p25,p50,p75,p95,unit");
  g_assert_true (g_str_has_prefix (lines[1], "baseline,United States,ldv.zev_share_sales,US,2024,"));
  /* 2 series x 27 years for A, and the same for B's median. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 2 * 27 * 2 + 1);

  puente_chart_style_init (&style);
  layout = puente_chart_draw (data, &style, cr, 1200, 700);
  /* Inside the US fan in 2040, between p5 and p25: the US series. */
  g_assert_true (puente_chart_layout_point_position (layout, 16, (us->bands[PUENTE_P5][16] + us->bands[PUENTE_P25][16]) / 2, &x, &y));
  g_assert_true (puente_chart_hit_test (layout, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, PUENTE_CHART_HIT_POINT);
  g_assert_cmpint (hit.series, ==, 0);
  g_assert_cmpint (hit.year, ==, 2040);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  chart_test_keep_png (data, "fan.png", PUENTE_LANG_EN, PUENTE_CHART_STYLE_REPORT, FALSE, 1200, 700);
  chart_test_keep_png (data, "fan-dark-presentation.png", PUENTE_LANG_BOTH, PUENTE_CHART_STYLE_PRESENTATION, TRUE, 1920, 1080);
}

/* Catalogue charts on synthetic results */

static PuenteChartData *
build_chart (const char         *id,
             const PuenteChartSource *a,
             const PuenteChartSource *b,
             const char         *region,
             int                 year,
             gboolean            difference)
{
  PuenteChartOptions options = { region, year, difference };
  g_autoptr(GError) error = NULL;
  PuenteChartData *data = puente_chart_build (puente_chart_catalogue_find (id), a, b, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies", "Políticas actuales");
  if (b != NULL)
    puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "ca-acc2-2035", "California ACC II", "ACC II de California");
  return data;
}

static void
test_line_hit (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartSource *b = chart_test_source_new (-3);
  g_autoptr(PuenteChartData) data = build_chart ("zev-share-sales", a, b, NULL, 2030, TRUE);
  PuenteChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr = new_image (&surface, 1200, 700);
  g_autoptr(PuenteChartLayout) layout = NULL;
  PuenteChartHit hit;
  double x, y, px, py, pw, ph;
  double mx = puente_chart_data_get_value (data, 1, 6, PUENTE_SCENARIO_A);
  g_autofree char *text = NULL;

  puente_chart_style_init (&style);
  layout = puente_chart_draw (data, &style, cr, 1200, 700);

  /* Mexico (series 1) in 2030 (point 6), scenario A. */
  g_assert_true (puente_chart_layout_point_position (layout, 6, mx, &x, &y));
  g_assert_true (puente_chart_hit_test (layout, x + 3, y + 2, &hit));
  g_assert_cmpint (hit.kind, ==, PUENTE_CHART_HIT_POINT);
  g_assert_cmpint (hit.series, ==, 1);
  g_assert_cmpint (hit.year, ==, 2030);
  g_assert_cmpuint (hit.slot, ==, PUENTE_SCENARIO_A);
  g_assert_false (hit.difference);
  g_assert_cmpfloat (hit.value, ==, mx);

  text = puente_chart_describe_hit (data, &style, &hit);
  g_assert_true (g_str_has_prefix (text, "Mexico, 2030: "));
  g_assert_nonnull (strstr (text, "(Current policies)"));
  g_assert_nonnull (strstr (text, "(California ACC II)"));

  /* Far from every line: nothing. */
  puente_chart_layout_get_plot (layout, &px, &py, &pw, &ph);
  g_assert_false (puente_chart_hit_test (layout, px - 5, py + ph / 2, &hit));

  /* The B - A panel is hit-tested on its own. */
  {
    gboolean found = FALSE;

    for (double yy = py + ph + 1; yy < 700 && !found; yy += 1)
      if (puente_chart_hit_test (layout, x, yy, &hit) && hit.difference)
        found = TRUE;
    g_assert_true (found);
  }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  chart_test_source_free (a);
  chart_test_source_free (b);
}

/* The hover marker is a ring on the point and nothing else: no line from
 * wherever the drawing left its current point (text does) to the ring. */
static void
test_hover_marker (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  g_autoptr(PuenteChartData) data = build_chart ("zev-share-sales", a, NULL, NULL, 0, FALSE);
  PuenteChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr = new_image (&surface, 1200, 700);
  g_autoptr(PuenteChartLayout) layout = NULL;
  g_autofree guint32 *before = NULL;
  double x, y, px, py, pw, ph;
  double value = puente_chart_data_get_value (data, 0, 10, PUENTE_SCENARIO_A);
  int stride, changed = 0, outside = 0;
  const guint32 *pixels;

  puente_chart_style_init (&style);
  layout = puente_chart_draw (data, &style, cr, 1200, 700);
  /* Drawing a chart leaves no current point behind. */
  g_assert_false (cairo_has_current_point (cr));

  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  before = g_memdup2 (cairo_image_surface_get_data (surface), (gsize) stride * 700);
  g_assert_true (puente_chart_layout_point_position (layout, 10, value, &x, &y));
  puente_chart_layout_get_plot (layout, &px, &py, &pw, &ph);

  /* Even with a current point left at the plot's corner. */
  cairo_move_to (cr, px + pw, py + ph);
  g_assert_true (puente_chart_draw_hover (layout, &style, cr, x + 2, y - 1));
  cairo_surface_flush (surface);
  pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  for (int j = 0; j < 700; j++)
    for (int i = 0; i < 1200; i++)
      if ((pixels[j * stride / 4 + i] & 0xffffff) != (before[j * stride / 4 + i] & 0xffffff))
        {
          changed++;
          /* The ring: radius 5, line 2, antialiased. */
          if (hypot (i + 0.5 - x, j + 0.5 - y) > 7.5)
            outside++;
        }
  g_assert_cmpint (changed, >, 20);
  g_assert_cmpint (outside, ==, 0);

  /* Away from the lines: no marker, nothing drawn. */
  g_assert_false (puente_chart_draw_hover (layout, &style, cr, px - 40, py + ph / 2));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  chart_test_source_free (a);
}

static void
test_bars (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartSource *b = chart_test_source_new (-3);
  g_autoptr(PuenteChartData) data = build_chart ("charging-by-state", a, b, "NA", 2035, FALSE);
  PuenteChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr = new_image (&surface, 1200, 800);
  g_autoptr(PuenteChartLayout) layout = NULL;
  PuenteChartHit hit;
  gboolean found = FALSE;
  double px, py, pw, ph;

  /* Sorted by need, largest first, at most 15 of the 15 states. */
  g_assert_cmpuint (data->n_points, ==, 15);
  for (guint i = 1; i < data->n_points; i++)
    g_assert_cmpfloat (puente_chart_data_get_value (data, 0, i - 1, 0), >=, puente_chart_data_get_value (data, 0, i, 0));
  g_assert_cmpint (data->year, ==, 2035);

  puente_chart_style_init (&style);
  layout = puente_chart_draw (data, &style, cr, 1200, 800);
  puente_chart_layout_get_plot (layout, &px, &py, &pw, &ph);
  /* The top row's first bar starts at the axis: the largest state, A. */
  for (double x = px + 2; x < px + pw && !found; x += 3)
    for (double y = py; y < py + ph / data->n_points && !found; y += 1)
      if (puente_chart_hit_test (layout, x, y, &hit))
        {
          g_assert_cmpint (hit.kind, ==, PUENTE_CHART_HIT_BAR);
          g_assert_cmpint (hit.point, ==, 0);
          g_assert_cmpint (hit.series, ==, 0);
          g_assert_cmpuint (hit.slot, ==, PUENTE_SCENARIO_A);
          found = TRUE;
        }
  g_assert_true (found);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  chart_test_source_free (a);
  chart_test_source_free (b);
}

static void
test_bad_requests (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  PuenteChartData *data;

  options.region = "XX-YY";
  data = puente_chart_build (puente_chart_catalogue_find ("zev-share-sales"), a, NULL, &options, &error);
  g_assert_null (data);
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION);
  g_clear_error (&error);

  options.region = "US-CA";
  data = puente_chart_build (puente_chart_catalogue_find ("charging-by-state"), a, NULL, &options, &error);
  g_assert_null (data);
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION);
  g_clear_error (&error);

  options.region = NULL;
  options.year = 2099;
  data = puente_chart_build (puente_chart_catalogue_find ("charging-by-state"), a, NULL, &options, &error);
  g_assert_null (data);
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_YEAR);
  g_clear_error (&error);

  {
    PuenteChartFormat format;

    g_assert_false (puente_chart_format_from_string ("gif", &format, &error));
    g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_FORMAT);
    g_clear_error (&error);
  }
  {
    double v;
    PuenteChartUnit unit;

    g_assert_true (puente_chart_parse_length ("180mm", &v, &unit, NULL));
    g_assert_cmpfloat (v, ==, 180);
    g_assert_cmpint (unit, ==, PUENTE_CHART_UNIT_MM);
    g_assert_true (puente_chart_parse_length ("1600", &v, &unit, NULL));
    g_assert_cmpint (unit, ==, PUENTE_CHART_UNIT_PX);
    g_assert_false (puente_chart_parse_length ("-3", &v, &unit, &error));
    g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE);
  }
  chart_test_source_free (a);
}

static gboolean
regions_contain (GPtrArray  *regions,
                 const char *code)
{
  for (guint i = 0; i < regions->len; i++)
    if (strcmp (g_ptr_array_index (regions, i), code) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_region_error (const char *chart,
                     const char *region,
                     int         code,
                     const char *words)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartOptions options = { region, 0, FALSE, 0, FALSE };
  g_autoptr(GError) error = NULL;
  PuenteChartData *data = puente_chart_build (puente_chart_catalogue_find (chart), a, NULL, &options, &error);

  g_assert_null (data);
  g_assert_error (error, PUENTE_CHART_ERROR, code);
  /* The message names what was wrong and what would be right. */
  if (strstr (error->message, words) == NULL)
    g_error ("chart %s, region %s: “%s” does not say “%s”", chart, region, error->message, words);
  chart_test_source_free (a);
}

/* Which regions each chart takes: ports, cities, states or countries. */
static void
test_regions (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  const PuenteChartSpec *transit = puente_chart_catalogue_find ("transit-fleet");
  const PuenteChartSpec *ports = puente_chart_catalogue_find ("charging-by-port");
  const PuenteChartSpec *freight = puente_chart_catalogue_find ("freight-ze-share");
  const PuenteChartSpec *ldv = puente_chart_catalogue_find ("zev-share-sales");
  g_autoptr(GPtrArray) cities = puente_chart_spec_list_regions (transit, a);
  g_autoptr(GPtrArray) port_scopes = puente_chart_spec_list_regions (ports, a);
  g_autoptr(GPtrArray) freight_regions = puente_chart_spec_list_regions (freight, a);
  g_autoptr(GPtrArray) states = puente_chart_spec_list_regions (ldv, a);

  g_assert_cmpint (puente_chart_region_kind (a, "mx-cdmx"), ==, PUENTE_CHART_REGION_CITY);
  g_assert_cmpint (puente_chart_region_kind (a, "otay-mesa"), ==, PUENTE_CHART_REGION_PORT);
  g_assert_cmpint (puente_chart_region_kind (a, "US-CA"), ==, PUENTE_CHART_REGION_STATE);
  g_assert_cmpint (puente_chart_region_kind (a, "no-such-place"), ==, 0);

  /* The transit chart's chooser: both countries, the countries and the
   * cities, never a state or a port; Mexico City first among cities. */
  g_assert_cmpuint (cities->len, ==, 3 + 4);
  g_assert_cmpstr (g_ptr_array_index (cities, 0), ==, "NA");
  g_assert_cmpstr (g_ptr_array_index (cities, 3), ==, "mx-cdmx");
  g_assert_true (regions_contain (cities, "us-la"));
  g_assert_false (regions_contain (cities, "MX-CMX"));
  g_assert_false (regions_contain (cities, "laredo-wtb"));
  g_assert_cmpstr (transit->regions[0], ==, "mx-cdmx");

  /* Ports by port: the whole border only. Freight over time: NA or a port. */
  g_assert_cmpuint (port_scopes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (port_scopes, 0), ==, "NA");
  g_assert_cmpuint (freight_regions->len, ==, 1 + 6);
  g_assert_false (regions_contain (freight_regions, "US"));
  g_assert_true (regions_contain (states, "US-CA"));
  g_assert_false (regions_contain (states, "mx-cdmx"));
  g_assert_false (puente_chart_spec_accepts_region (ldv, a, "otay-mesa"));
  g_assert_true (puente_chart_spec_accepts_region (freight, a, "otay-mesa"));

  assert_region_error ("zev-share-by-state", "laredo-wtb", PUENTE_CHART_ERROR_UNKNOWN_REGION, "compares states");
  assert_region_error ("transit-fleet", "mx-xyz", PUENTE_CHART_ERROR_UNKNOWN_REGION, "transit city id such as mx-cdmx");
  assert_region_error ("transit-fleet", "laredo-wtb", PUENTE_CHART_ERROR_UNKNOWN_REGION, "a port of entry");
  assert_region_error ("transit-fleet", "MX-CMX", PUENTE_CHART_ERROR_UNKNOWN_REGION, "a state");
  assert_region_error ("charging-by-port", "MX", PUENTE_CHART_ERROR_UNKNOWN_REGION, "choose the region NA");
  assert_region_error ("freight-ze-share", "mx-cdmx", PUENTE_CHART_ERROR_UNKNOWN_REGION, "port of entry id");
  assert_region_error ("supply-sankey", "US", PUENTE_CHART_ERROR_UNKNOWN_REGION, "use NA");
  assert_region_error ("ev-stock", "otay-mesa", PUENTE_CHART_ERROR_UNKNOWN_REGION, "state code");

  /* A port's lines, labelled with the port's name in each language. */
  {
    g_autoptr(PuenteChartData) data = build_chart ("freight-ze-share", a, NULL, "otay-mesa", 0, FALSE);
    const PuenteChartSeries *first = g_ptr_array_index (data->series, 0);
    g_autofree char *subtitle = puente_text_get (&data->subtitle, PUENTE_LANG_ES);

    g_assert_cmpuint (data->series->len, ==, 2);
    g_assert_cmpstr (first->region, ==, "otay-mesa");
    g_assert_true (g_str_has_prefix (subtitle, "Tijuana – Mesa de Otay · "));
  }
  /* A state next to its country, in two colours. */
  {
    g_autoptr(PuenteChartData) data = build_chart ("ev-stock", a, NULL, "US-TX", 0, FALSE);
    const PuenteChartSeries *state = g_ptr_array_index (data->series, 0);
    const PuenteChartSeries *country = g_ptr_array_index (data->series, 1);

    g_assert_cmpuint (data->series->len, ==, 2);
    g_assert_cmpstr (country->region, ==, "US");
    g_assert_cmpint (state->colour, !=, country->colour);
  }
  chart_test_source_free (a);
}

/* Bars by port of entry: every port, sorted, named in both languages. */
static void
test_ports_axis (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  g_autoptr(PuenteChartData) data = build_chart ("charging-by-port", a, NULL, NULL, 0, FALSE);
  g_autoptr(PuenteChartData) later = build_chart ("charging-by-port", a, NULL, "NA", 2045, FALSE);
  g_autofree char *csv = puente_chart_data_to_csv (data, PUENTE_LANG_ES);
  g_autofree char *subtitle = puente_text_get (&later->subtitle, PUENTE_LANG_EN);
  gboolean found = FALSE;

  g_assert_cmpint (data->kind, ==, PUENTE_CHART_HBARS);
  g_assert_cmpuint (data->n_points, ==, 6);
  g_assert_cmpint (data->year, ==, 2035);
  for (guint i = 1; i < data->n_points; i++)
    g_assert_cmpfloat (puente_chart_data_get_value (data, 0, i - 1, 0), >=, puente_chart_data_get_value (data, 0, i, 0));
  for (guint i = 0; i < data->n_points; i++)
    {
      g_autofree char *row = g_strdup_printf (",%s,2035,", data->category_codes[i]);

      g_assert_cmpint (puente_chart_region_kind (a, data->category_codes[i]), ==, PUENTE_CHART_REGION_PORT);
      g_assert_nonnull (strstr (csv, row));
      if (strcmp (data->category_codes[i], "otay-mesa") == 0)
        {
          g_autofree char *es = puente_text_get (&data->categories[i], PUENTE_LANG_ES);

          g_assert_cmpstr (data->categories[i].en, ==, "San Diego – Otay Mesa");
          g_assert_cmpstr (es, ==, "Tijuana – Mesa de Otay");
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpint (later->year, ==, 2045);
  g_assert_true (g_str_has_suffix (subtitle, " · 2045"));
  chart_test_source_free (a);
}

/* A failed export keeps the previous file and leaves no temporary file. */
static void
test_export_atomic (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  g_autoptr(PuenteChartData) data = build_chart ("co2", a, NULL, NULL, 0, FALSE);
  g_autofree char *dir = g_dir_make_tmp ("puente-charts-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "co2.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "co2.png", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  PuenteChartStyle style;
  PuenteChartSize size = { 800, 500, PUENTE_CHART_UNIT_PX, 0 };
  PuenteChartSize bad = { 2, 2, PUENTE_CHART_UNIT_PX, 0 };
  GDir *listing;
  guint n_files = 0;

  puente_chart_style_init (&style);
  g_assert_true (puente_chart_export (data, &style, PUENTE_CHART_FORMAT_PNG, &size, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  g_assert_false (puente_chart_export (data, &style, PUENTE_CHART_FORMAT_PNG, &bad, path, &error));
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE);
  g_clear_error (&error);
  g_assert_false (puente_chart_export (data, &style, PUENTE_CHART_FORMAT_PDF, &size, missing, &error));
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_WRITE);
  g_clear_error (&error);
  /* A directory where the file should be: the write fails cleanly. */
  g_assert_false (puente_chart_export (data, &style, PUENTE_CHART_FORMAT_SVG, &size, dir, &error));
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_dir_close (listing);
  g_assert_cmpuint (n_files, ==, 1);

  g_remove (path);
  g_rmdir (dir);
  chart_test_source_free (a);
}

/* Sizes: millimetres at a DPI, and pixels; by name and by dimensions;
 * each format's default. */
static void
test_export_sizes (void)
{
  PuenteChartSize mm = { 160, 90, PUENTE_CHART_UNIT_MM, 300, 0 };
  PuenteChartSize px = { 1920, 1080, PUENTE_CHART_UNIT_PX, 0, 0 };
  PuenteChartSize size = { 0 };
  g_autoptr(GError) error = NULL;
  const char *bad[] = { "", "a5", "160x", "x100mm", "160x100yd", "-160x100mm", "0x100", "160*100mm", NULL };
  double w, h;
  int pw, ph;

  puente_chart_size_resolve (&mm, &w, &h, &pw, &ph);
  g_assert_cmpint (pw, ==, 1890);   /* 160 mm at 300 dpi */
  g_assert_cmpint (ph, ==, 1063);
  g_assert_cmpfloat_with_epsilon (w, 160 / 25.4 * 96, 1e-9);
  puente_chart_size_resolve (&px, &w, &h, &pw, &ph);
  g_assert_cmpint (pw, ==, 1920);
  g_assert_cmpint (ph, ==, 1080);

  /* A4: a landscape page, the chart inside 15 mm margins. */
  g_assert_true (puente_chart_size_parse ("A4", &size, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (size.width, ==, 297);
  g_assert_cmpfloat (size.height, ==, 210);
  g_assert_cmpint (size.unit, ==, PUENTE_CHART_UNIT_MM);
  puente_chart_size_resolve (&size, &w, &h, &pw, &ph);
  g_assert_cmpfloat_with_epsilon (w, (297 - 30) / 25.4 * 96, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, (210 - 30) / 25.4 * 96, 1e-9);
  g_assert_cmpint (pw, ==, 1123);   /* the whole page at 96 dpi */
  g_assert_true (puente_chart_size_parse ("letter-portrait", &size, NULL));
  g_assert_cmpfloat (size.width, ==, 215.9);
  g_assert_cmpfloat (size.height, ==, 279.4);

  /* Dimensions: the chart's own size, no margins. */
  g_assert_true (puente_chart_size_parse ("160x100mm", &size, NULL));
  g_assert_cmpfloat (size.width, ==, 160);
  g_assert_cmpfloat (size.margin, ==, 0);
  g_assert_true (puente_chart_size_parse ("6 × 4 in", &size, NULL));
  g_assert_cmpfloat_with_epsilon (size.width, 152.4, 1e-9);
  g_assert_cmpint (size.unit, ==, PUENTE_CHART_UNIT_MM);
  g_assert_true (puente_chart_size_parse ("1600x900", &size, NULL));
  g_assert_cmpint (size.unit, ==, PUENTE_CHART_UNIT_PX);
  g_assert_cmpfloat (size.height, ==, 900);
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_assert_false (puente_chart_size_parse (bad[i], &size, &error));
      g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE);
      g_assert_nonnull (strstr (error->message, "a4"));
      g_clear_error (&error);
    }

  /* Defaults: a report's column for print, wider and taller where the
   * chart needs it; a screen for PNG. */
  puente_chart_size_init_default (&size, PUENTE_CHART_FORMAT_PDF, PUENTE_CHART_LINE);
  g_assert_cmpfloat (size.width, ==, 160);
  g_assert_cmpfloat (size.height, ==, 100);
  g_assert_cmpint (size.unit, ==, PUENTE_CHART_UNIT_MM);
  puente_chart_size_init_default (&size, PUENTE_CHART_FORMAT_SVG, PUENTE_CHART_SANKEY);
  g_assert_cmpfloat (size.width, ==, 250);
  puente_chart_size_init_default (&size, PUENTE_CHART_FORMAT_PDF, PUENTE_CHART_HBARS);
  g_assert_cmpfloat (size.height, ==, 130);
  puente_chart_size_init_default (&size, PUENTE_CHART_FORMAT_PNG, PUENTE_CHART_LINE);
  g_assert_cmpint (size.unit, ==, PUENTE_CHART_UNIT_PX);
  g_assert_cmpfloat (size.width, ==, 1600);
}

/* A PDF of @data at its default print size (or @size_name), in @lang,
 * written to @dir. */
static char *
export_pdf (const PuenteChartData *data,
            PuenteLang             lang,
            const char            *size_name,
            const char            *dir)
{
  g_autofree char *file = g_strdup_printf ("%s-%s-%s.pdf", data->id, puente_lang_to_string (lang),
                                           size_name != NULL ? size_name : "default");
  char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;
  PuenteChartStyle style;
  PuenteChartSize size;

  puente_chart_style_init (&style);
  style.lang = lang;
  puente_chart_size_init_default (&size, PUENTE_CHART_FORMAT_PDF, data->kind);
  if (size_name != NULL)
    g_assert_true (puente_chart_size_parse (size_name, &size, NULL));
  g_assert_true (puente_chart_export (data, &style, PUENTE_CHART_FORMAT_PDF, &size, path, &error));
  g_assert_no_error (error);
  return path;
}

/* The page's size in millimetres, as pdfinfo reads it. */
static void
pdf_page_mm (const char *path,
             double     *width,
             double     *height)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GRegex) page = g_regex_new ("Page size:\\s+([0-9.]+) x ([0-9.]+) pts", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *info = NULL;
  g_autofree char *w = NULL;
  g_autofree char *h = NULL;
  int status;

  chart_test_require_tool ("pdfinfo");
  info = chart_test_run_tool (argv, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_regex_match (page, info, 0, &match));
  w = g_match_info_fetch (match, 1);
  h = g_match_info_fetch (match, 2);
  *width = g_ascii_strtod (w, NULL) / 72 * 25.4;
  *height = g_ascii_strtod (h, NULL) / 72 * 25.4;
}

/* Print: PDFs at their default size are 160 × 100 mm (bars by state 160 ×
 * 130, the Sankey 250 × 160) with no text under 8 pt, in each language;
 * on an A4 page, every word stays inside the margins. */
static void
test_export_print (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartSource *b = chart_test_source_new (-3);
  g_autofree char *dir = g_dir_make_tmp ("puente-print-XXXXXX", NULL);
  g_autoptr(PuenteChartData) line = build_chart ("zev-share-sales", a, b, NULL, 0, TRUE);
  g_autoptr(PuenteChartData) rows = build_chart ("charging-by-state", a, NULL, "US", 2030, FALSE);
  g_autoptr(PuenteChartData) sankey = chart_test_sankey_data ();
  const PuenteChartData *charts[] = { line, rows, sankey };
  const double expected[][2] = { { 160, 100 }, { 160, 130 }, { 250, 160 } };
  const PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_ES, PUENTE_LANG_BOTH };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      {
        g_autofree char *path = export_pdf (charts[c], langs[l], NULL, dir);
        double w, h;

        pdf_page_mm (path, &w, &h);
        g_assert_cmpfloat_with_epsilon (w, expected[c][0], 0.05);
        g_assert_cmpfloat_with_epsilon (h, expected[c][1], 0.05);
        chart_test_check_pdf_type (path, 8.0);
        g_remove (path);
      }

  /* A4: the page, and the words inside 15 mm margins. */
  {
    g_autofree char *path = export_pdf (line, PUENTE_LANG_ES, "a4", dir);
    const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
    g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\"", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;
    g_autofree char *html = NULL;
    double w, h, margin = 15.0 / 25.4 * 72;
    guint n = 0;
    int status;

    pdf_page_mm (path, &w, &h);
    g_assert_cmpfloat_with_epsilon (w, 297, 0.05);
    g_assert_cmpfloat_with_epsilon (h, 210, 0.05);
    html = chart_test_run_tool (argv, &status);
    g_assert_cmpint (status, ==, 0);
    g_regex_match (word, html, 0, &match);
    while (g_match_info_matches (match))
      {
        double box[4];

        for (guint k = 0; k < 4; k++)
          {
            g_autofree char *v = g_match_info_fetch (match, k + 1);

            box[k] = g_ascii_strtod (v, NULL);
          }
        g_assert_cmpfloat (box[0], >=, margin - 0.5);
        g_assert_cmpfloat (box[1], >=, margin - 0.5);
        g_assert_cmpfloat (box[2], <=, 297.0 / 25.4 * 72 - margin + 0.5);
        g_assert_cmpfloat (box[3], <=, 210.0 / 25.4 * 72 - margin + 0.5);
        n++;
        g_match_info_next (match, NULL);
      }
    g_assert_cmpuint (n, >, 20);
    g_remove (path);
  }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  chart_test_source_free (a);
  chart_test_source_free (b);
}

/* SVG text is text: the title, the legend and the ticks as <text>, in
 * the export's language, nothing as glyph outlines; its lines keep
 * Pango's positions in the chart's fonts. */
static void
test_export_svg_text (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  g_autoptr(PuenteChartData) data = build_chart ("zev-share-sales", a, NULL, NULL, 0, FALSE);
  PuenteChartStyle style;
  PuenteChartSize size;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *svg = NULL;

  puente_chart_style_init (&style);
  style.lang = PUENTE_LANG_ES;
  puente_chart_size_init_default (&size, PUENTE_CHART_FORMAT_SVG, data->kind);
  bytes = puente_chart_render (data, &style, PUENTE_CHART_FORMAT_SVG, &size, &error);
  g_assert_no_error (error);
  svg = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  g_assert_nonnull (strstr (svg, "width=\"453.543307pt\""));   /* 160 mm */
  g_assert_nonnull (strstr (svg, "font-family=\"Cantarell, 'DejaVu Sans', sans-serif\""));
  g_assert_nonnull (strstr (svg, ">Participación de VCE en las ventas de vehículos ligeros nuevos</tspan>"));
  /* Ticks, right-aligned at their mark. */
  g_assert_true (g_regex_match_simple ("text-anchor=\"end\">[0-9]+%</tspan>", svg, 0, 0));
  g_assert_null (strstr (svg, "<use xlink:href=\"#glyph"));
  g_assert_true (g_str_has_suffix (svg, "</svg>\n"));
  chart_test_source_free (a);
}

/* CSV: a header block says what the rows are (the chart, each scenario
 * and its status, the units, the sources, the rounding), and the numbers
 * have four significant digits. */
static void
test_export_csv_header (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartSource *b = chart_test_source_new (-3);
  g_autoptr(PuenteChartData) data = build_chart ("ev-stock", a, b, NULL, 0, FALSE);
  g_autofree char *csv = NULL;
  g_autofree char *es = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) rows = NULL;

  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies", "Políticas actuales");
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "us-lmdv-2032", "US light-duty standards", NULL);
  puente_chart_data_set_scenario_status (data, PUENTE_SCENARIO_B, "Repealed, as of 2025-06-12", "Derogado, al 2025-06-12");
  csv = puente_chart_data_to_csv (data, PUENTE_LANG_EN);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "# Chart: Electric light-duty vehicles on the road (ev-stock)"));
  g_assert_cmpstr (lines[1], ==, "# Scenario A: baseline — Current policies");
  g_assert_cmpstr (lines[2], ==, "# Scenario B: us-lmdv-2032 — US light-duty standards");
  g_assert_cmpstr (lines[3], ==, "# Status of B: Repealed, as of 2025-06-12");
  g_assert_true (g_str_has_prefix (lines[4], "# Units: vehicles"));
  g_assert_true (g_str_has_prefix (lines[5], "# Sources: "));
  g_assert_cmpstr (lines[6], ==, "# Values: rounded to four significant digits, whole numbers from 1,000");
  g_assert_cmpstr (lines[7], ==, "scenario,series,indicator,region,year,value,unit");

  /* Every value: a whole number from 1,000, else four significant digits. */
  for (guint i = 8; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], ",", -1);
      const char *dot = strchr (f[5], '.');
      double v = g_ascii_strtod (f[5], NULL);

      if (fabs (v) >= 1000)
        g_assert_null (dot);
      else if (dot != NULL)
        g_assert_cmpint ((int) strlen (dot + 1), <=, MAX (0, 3 - (int) floor (log10 (fabs (v)))));
    }

  /* In Spanish, the header's words too. */
  es = puente_chart_data_to_csv (data, PUENTE_LANG_ES);
  rows = g_strsplit (es, "\n", -1);
  g_assert_true (g_str_has_prefix (rows[1], "# Escenario A: baseline — Políticas actuales"));
  g_assert_cmpstr (rows[3], ==, "# Situación de B: Derogado, al 2025-06-12");
  chart_test_source_free (a);
  chart_test_source_free (b);
}

static void
test_catalogue_synthetic (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartSource *b = chart_test_source_new (-3);
  g_autofree char *dir = g_dir_make_tmp ("puente-charts-XXXXXX", NULL);

  g_assert_cmpuint (puente_chart_catalogue_get_n (), >=, 8);
  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autoptr(PuenteChartData) single = build_chart (spec->id, a, NULL, NULL, 0, FALSE);
      g_autoptr(PuenteChartData) compare = build_chart (spec->id, a, b, NULL, 0, TRUE);
      g_autofree char *name_b = g_strconcat (spec->id, "-ab", NULL);
      g_autofree char *keep = g_strconcat (spec->id, ".png", NULL);
      g_autofree char *keep_b = g_strconcat (spec->id, "-ab-es.png", NULL);

      g_test_message ("chart %s", spec->id);
      g_assert_true (puente_chart_catalogue_find (spec->id) == spec);
      chart_test_render_all (spec->id, single, dir);
      chart_test_render_all (name_b, compare, dir);
      chart_test_keep_png (single, keep, PUENTE_LANG_EN, PUENTE_CHART_STYLE_REPORT, FALSE, 1200, 720);
      chart_test_keep_png (compare, keep_b, PUENTE_LANG_ES, PUENTE_CHART_STYLE_PRESENTATION, FALSE, 1920, 1080);
    }
  {
    g_autoptr(PuenteChartData) sankey = chart_test_sankey_data ();
    g_autoptr(PuenteChartData) fan = chart_test_fan_data (FALSE);

    g_autoptr(PuenteChartData) columns = build_chart ("charging-by-state", a, b, "MX", 2035, FALSE);

    g_autoptr(PuenteChartData) city = build_chart ("transit-fleet", a, b, "us-la", 0, FALSE);
    g_autoptr(PuenteChartData) port = build_chart ("freight-ze-share", a, b, "laredo-wtb", 2030, TRUE);

    /* Charts for a city without trolleybuses, and for a port. */
    chart_test_render_all ("transit-us-la", city, dir);
    chart_test_render_all ("freight-laredo", port, dir);
    chart_test_render_all ("sankey", sankey, dir);
    chart_test_render_all ("fan", fan, dir);
    /* Vertical bars (border ports will use them): the same data standing up. */
    columns->kind = PUENTE_CHART_BARS;
    chart_test_render_all ("columns", columns, dir);
    chart_test_keep_png (columns, "columns.png", PUENTE_LANG_EN, PUENTE_CHART_STYLE_REPORT, FALSE, 1200, 720);
    chart_test_keep_png (columns, "columns-narrow-es.png", PUENTE_LANG_ES, PUENTE_CHART_STYLE_PRESENTATION, FALSE, 900, 600);
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  chart_test_source_free (a);
  chart_test_source_free (b);
}

/* Every text a catalogue chart draws is recorded, whole (not cut short),
 * on the chart and clear of every other, in each language, on a screen
 * and at the chart's default print size (PDF, SVG). */
static void
test_texts_whole (void)
{
  PuenteChartSource *a = chart_test_source_new (0);
  PuenteChartSource *b = chart_test_source_new (-3);
  const PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_ES, PUENTE_LANG_BOTH };

  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    for (guint with_b = 0; with_b < 2; with_b++)
      for (guint print = 0; print < 2; print++)
        {
          const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
          g_autoptr(PuenteChartData) data = build_chart (spec->id, a, with_b ? b : NULL, NULL, 0, with_b);
          PuenteChartSize size;
          double w, h;

          puente_chart_size_init_default (&size, print ? PUENTE_CHART_FORMAT_PDF : PUENTE_CHART_FORMAT_PNG, data->kind);
          puente_chart_size_resolve (&size, &w, &h, NULL, NULL);
          for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
            {
              cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR, NULL);
              cairo_t *cr = cairo_create (surface);
              g_autoptr(PuenteChartLayout) layout = NULL;
              g_autofree char *what = g_strdup_printf ("%s%s, %s, %g × %g", spec->id, with_b ? " (A and B)" : "",
                                                       puente_lang_to_string (langs[l]), w, h);
              g_autofree char *title = puente_text_get (&data->title, langs[l]);
              PuenteChartStyle style;

              puente_chart_style_init (&style);
              style.lang = langs[l];
              layout = puente_chart_draw (data, &style, cr, w, h);
              /* Known limit: bilingual names of ports of entry ("Brownsville
               * – Veterans International Bridge (Los Tomates) / Matamoros
               * – Puente Internacional …") are cut at print sizes, where
               * bars by port have one line a row. */
              if (!(print && langs[l] == PUENTE_LANG_BOTH && data->kind == PUENTE_CHART_HBARS))
                g_assert_cmpuint (chart_test_check_texts (layout, w, h, what), >, 5);
              g_assert_true (chart_test_has_text (layout, title));
              cairo_destroy (cr);
              cairo_surface_destroy (surface);
            }
        }
  chart_test_source_free (a);
  chart_test_source_free (b);
}

/* Titles in the requested language, and bilingual titles. */
static void
test_catalogue_languages (void)
{
  PuenteChartSource *a = chart_test_source_new (0);

  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autoptr(PuenteChartData) data = build_chart (spec->id, a, NULL, NULL, 0, FALSE);
      g_autofree char *en = puente_text_get (&data->title, PUENTE_LANG_EN);
      g_autofree char *es = puente_text_get (&data->title, PUENTE_LANG_ES);
      g_autofree char *both = puente_text_get (&data->title, PUENTE_LANG_BOTH);
      g_autofree char *expected = g_strconcat (en, " / ", es, NULL);

      g_assert_cmpstr (en, ==, spec->title);
      /* The Spanish catalogue translates every chart title. */
      if (g_strcmp0 (en, es) == 0)
        g_error ("chart “%s” has no Spanish title (po/es.po)", spec->id);
      g_assert_cmpstr (both, ==, expected);
    }
  chart_test_source_free (a);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  g_test_add_func ("/charts/format/numbers", test_format_numbers);
  g_test_add_func ("/charts/format/machine-locale", test_format_machine_locale);
  g_test_add_func ("/charts/format/ticks", test_format_ticks);
  g_test_add_func ("/charts/i18n/switch", test_i18n_switch);
  g_test_add_func ("/charts/sankey/balance", test_sankey_balance);
  g_test_add_func ("/charts/sankey/draw-and-hit", test_sankey_draw_and_hit);
  g_test_add_func ("/charts/fan", test_fan);
  g_test_add_func ("/charts/line/hit", test_line_hit);
  g_test_add_func ("/charts/line/hover-marker", test_hover_marker);
  g_test_add_func ("/charts/bars/sorted-and-hit", test_bars);
  g_test_add_func ("/charts/build/bad-requests", test_bad_requests);
  g_test_add_func ("/charts/build/regions", test_regions);
  g_test_add_func ("/charts/bars/ports", test_ports_axis);
  g_test_add_func ("/charts/export/atomic", test_export_atomic);
  g_test_add_func ("/charts/export/sizes", test_export_sizes);
  g_test_add_func ("/charts/export/print", test_export_print);
  g_test_add_func ("/charts/export/svg-text", test_export_svg_text);
  g_test_add_func ("/charts/export/csv-header", test_export_csv_header);
  g_test_add_func ("/charts/catalogue/languages", test_catalogue_languages);
  g_test_add_func ("/charts/catalogue/texts-whole", test_texts_whole);
  g_test_add_func ("/charts/catalogue/render-all", test_catalogue_synthetic);

  return g_test_run ();
}
