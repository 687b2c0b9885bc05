/* test-sankey-layout.c: the supply-chain Sankey keeps every label whole
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model's Sankey (baseline, and compared with North American battery
 * nearshoring) laid out at the sizes the Supply chain view has in a
 * maximised window at 1920×1080 and 1366×768, in English, Spanish and
 * both, for A alone, A | B and B − A, in four years: no text is cut short
 * with an ellipsis, runs off the chart or overlaps another; every node
 * with a flow is named, beside it or in the key, and every column has its
 * header.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "chart-test-util.h"
#include "puente-chart-source.h"
#include "puente-chart.h"
#include "puente-i18n.h"

/* The Supply chain view's chart in a maximised window, levers shown
 * (measured under Xvfb + openbox). */
static const struct
{
  const char *name;
  double      width, height;
} view_sizes[] = {
  { "1920×1080", 1582, 921 },
  { "1366×768", 1028, 609 },
};

static PuenteDataset *dataset;
static PuenteResults *results_a;
static PuenteResults *results_b;

typedef enum {
  SHOW_A,
  SHOW_A_AND_B,
  SHOW_B_MINUS_A,
} Show;

static PuenteChartData *
build (int  year,
       Show show)
{
  g_autoptr(PuenteChartSource) a = puente_chart_source_new_for_results (results_a, dataset);
  g_autoptr(PuenteChartSource) b = show != SHOW_A ? puente_chart_source_new_for_results (results_b, dataset) : NULL;
  PuenteChartOptions options = { NULL, year, show == SHOW_B_MINUS_A, 0, FALSE };
  g_autoptr(GError) error = NULL;
  PuenteChartData *data = puente_chart_build (puente_chart_catalogue_find ("supply-sankey"), a, b, &options, &error);

  g_assert_no_error (error);
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies (baseline)",
                                  "Políticas actuales (línea base)");
  if (show != SHOW_A)
    puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "na-battery-nearshoring",
                                    "North American battery nearshoring",
                                    "Relocalización de baterías en Norteamérica");
  return data;
}

/* @text in @lang as a label shows it (in both, English then Spanish on
 * its own line) or the key does ("English / Español"). */
static gboolean
has_name (const PuenteChartLayout *layout,
          const PuenteText        *text,
          PuenteLang               lang)
{
  g_autofree char *shown = NULL;
  g_autofree char *joined = NULL;

  if (text->en == NULL)
    return FALSE;
  joined = puente_text_get (text, lang);
  if (lang == PUENTE_LANG_BOTH && text->es != NULL)
    shown = g_strconcat (text->en, "\n", text->es, NULL);
  return chart_test_has_text (layout, joined) || (shown != NULL && chart_test_has_text (layout, shown));
}

static void
check_layout (const PuenteChartData *data,
              PuenteLang             lang,
              double                 width,
              double                 height,
              const char            *what)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR, NULL);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PuenteChartLayout) layout = NULL;
  PuenteChartStyle style;
  const PuenteSankey *sk = data->sankey;

  puente_chart_style_init (&style);
  style.lang = lang;
  layout = puente_chart_draw (data, &style, cr, width, height);
  chart_test_check_texts (layout, width, height, what);

  /* Every node with a flow is named, in full or short, beside it or in
   * the key. */
  for (guint i = 0; i < sk->nodes->len; i++)
    {
      const PuenteSankeyNode *node = &g_array_index (sk->nodes, PuenteSankeyNode, i);
      double a = puente_sankey_node_total_in (sk, i, PUENTE_SCENARIO_A);
      double b = sk->has_b ? puente_sankey_node_total_in (sk, i, PUENTE_SCENARIO_B) : 0;

      if (a <= 0 && b <= 0)
        continue;
      if (!has_name (layout, &node->label, lang) && !has_name (layout, &node->short_label, lang))
        g_error ("%s: node “%s” is not named", what, node->id);
    }
  /* Every column has its header. */
  for (guint c = 0; c < sk->n_columns; c++)
    if (!has_name (layout, &sk->column_labels[c], lang))
      g_error ("%s: column %u has no header", what, c);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_view_sizes (void)
{
  const int years[] = { 2024, 2030, 2035, 2050 };
  const PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_ES, PUENTE_LANG_BOTH };
  const char *shows[] = { "A", "A | B", "B − A" };
  guint checked = 0;

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    for (Show show = SHOW_A; show <= SHOW_B_MINUS_A; show++)
      {
        g_autoptr(PuenteChartData) data = build (years[y], show);

        for (guint s = 0; s < G_N_ELEMENTS (view_sizes); s++)
          for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
            {
              g_autofree char *what = g_strdup_printf ("%d, %s, %s, %s", years[y], shows[show],
                                                       view_sizes[s].name, puente_lang_to_string (langs[l]));

              check_layout (data, langs[l], view_sizes[s].width, view_sizes[s].height, what);
              checked++;
            }
      }
  g_test_message ("%u layouts checked", checked);
}

/* A | B shows both scenarios on one scale and says which is which; B − A
 * says so too. */
static void
test_compare_says_which (void)
{
  g_autoptr(PuenteChartData) both = build (2035, SHOW_A_AND_B);
  g_autoptr(PuenteChartData) diff = build (2035, SHOW_B_MINUS_A);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR, NULL);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PuenteChartLayout) layout = NULL;
  g_autoptr(PuenteChartLayout) layout_diff = NULL;
  PuenteChartStyle style;
  PuenteChartHit hit;
  double px, py, pw, ph;
  int cells = puente_sankey_find_node (both->sankey, "imported-cells");
  gboolean seen[PUENTE_N_SCENARIO_SLOTS] = { FALSE };

  puente_chart_style_init (&style);
  layout = puente_chart_draw (both, &style, cr, 1582, 921);
  g_assert_true (chart_test_has_text (layout, "A: Current policies (baseline)"));
  g_assert_true (chart_test_has_text (layout, "B: North American battery nearshoring"));

  /* The imported cells' node in each panel: its own scenario's flow. */
  puente_chart_layout_get_plot (layout, &px, &py, &pw, &ph);
  for (double y = py; y < py + ph; y += 1)
    for (double x = px; x < px + pw; x += 1)
      if (puente_chart_hit_test (layout, x, y, &hit) && hit.kind == PUENTE_CHART_HIT_NODE && hit.node == cells)
        {
          g_assert_cmpfloat (hit.value, ==, puente_sankey_node_total_in (both->sankey, cells, hit.slot));
          seen[hit.slot] = TRUE;
        }
  g_assert_true (seen[PUENTE_SCENARIO_A] && seen[PUENTE_SCENARIO_B]);
  /* Nearshoring makes fewer cells abroad. */
  g_assert_cmpfloat (puente_sankey_node_total_in (both->sankey, cells, PUENTE_SCENARIO_B), <,
                     puente_sankey_node_total_in (both->sankey, cells, PUENTE_SCENARIO_A));

  layout_diff = puente_chart_draw (diff, &style, cr, 1582, 921);
  g_assert_true (chart_test_has_text (layout_diff, "Flows of B: North American battery nearshoring."));
  g_assert_true (chart_test_has_text (layout_diff, "B − A −"));
  g_assert_true (chart_test_has_text (layout_diff, "More in B"));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  dataset = puente_dataset_load_default (&error);
  g_assert_no_error (error);
  results_a = chart_test_run_preset (dataset, "baseline");
  results_b = chart_test_run_preset (dataset, "na-battery-nearshoring");

  g_test_add_func ("/charts/sankey/layout/view-sizes", test_view_sizes);
  g_test_add_func ("/charts/sankey/layout/compare-says-which", test_compare_says_which);

  status = g_test_run ();
  g_clear_pointer (&results_a, puente_results_free);
  g_clear_pointer (&results_b, puente_results_free);
  g_clear_pointer (&dataset, puente_dataset_unref);
  return status;
}
