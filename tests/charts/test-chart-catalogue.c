/* test-chart-catalogue.c: the catalogue drawn from the engine's results
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The baseline scenario run on the shipped dataset: every catalogue chart
 * resolves and draws in both languages to every format; charts by port
 * and by city carry the dataset's ports, cities and names; the Sankey of
 * the supply chain balances; ensemble fans are ordered around the median.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-test-util.h"
#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-ensemble.h"
#include "puente-i18n.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"
#include "puente-test-stations.h"

static PuenteDataset *dataset;
static PuenteResults *results;
static PuenteStations *stations;   /* New York (AFDC) and the OCM sample */
static double *lever_values;

static PuenteChartData *
build (const PuenteChartSource *source,
       const char              *id,
       const char              *region,
       int                      year,
       gboolean                 fan)
{
  PuenteChartOptions options = { region, year, FALSE, 0, fan };
  g_autoptr(GError) error = NULL;
  const PuenteChartSpec *spec = puente_chart_catalogue_find (id);
  PuenteChartData *data;

  g_assert_nonnull (spec);
  data = puente_chart_build (spec, source, NULL, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies", "Políticas actuales");
  return data;
}

static gboolean
all_zero (const PuenteChartData *data)
{
  for (guint s = 0; s < data->series->len; s++)
    for (guint i = 0; i < data->n_points; i++)
      if (fabs (puente_chart_data_get_value (data, s, i, PUENTE_SCENARIO_A)) > 0)
        return FALSE;
  return TRUE;
}

/* Every chart of the catalogue, with its default regions, from the model:
 * not empty, and every file checked in English, Spanish and both. */
static void
test_catalogue_engine (void)
{
  g_autoptr(PuenteChartSource) source = puente_chart_source_new_for_results (results, dataset);
  g_autofree char *dir = g_dir_make_tmp ("puente-chart-catalogue-XXXXXX", NULL);

  puente_chart_source_set_stations (source, stations);
  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autoptr(PuenteChartData) data = build (source, spec->id, NULL, 0, FALSE);
      g_autofree char *keep_en = g_strconcat (spec->id, "-engine.png", NULL);
      g_autofree char *keep_es = g_strconcat (spec->id, "-engine-es.png", NULL);

      g_test_message ("chart %s", spec->id);
      if (spec->kind == PUENTE_CHART_SANKEY)
        g_assert_cmpuint (data->sankey->links->len, >, 10);
      else if (all_zero (data))
        g_error ("chart %s is empty on the baseline", spec->id);
      /* The samples have no US DC fast station near the border (the
       * figures are checked in /charts/engine/stations): the render check
       * wants the first series to show. */
      if (!g_str_equal (spec->id, "stations-border"))
        chart_test_render_all (spec->id, data, dir);
      chart_test_keep_png (data, keep_en, PUENTE_LANG_EN, PUENTE_CHART_STYLE_REPORT, FALSE, 1600, 900);
      chart_test_keep_png (data, keep_es, PUENTE_LANG_ES, PUENTE_CHART_STYLE_PRESENTATION, FALSE, 1920, 1080);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Imported vs dataset vs need: New York's bars are the file's open
 * public ports, the dataset's count and the model's need in the year;
 * the border chart counts the OCM sample's stations; both name the files'
 * sources. Without stations they say what to do. */
static void
test_stations_charts (void)
{
  g_autoptr(PuenteChartSource) source = puente_chart_source_new_for_results (results, dataset);
  g_autoptr(PuenteChartSource) bare = puente_chart_source_new_for_results (results, dataset);
  g_autoptr(PuenteChartData) l2 = NULL;
  g_autoptr(PuenteChartData) dcfc = NULL;
  g_autoptr(PuenteChartData) border = NULL;
  g_autoptr(PuenteChartData) none = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sources_en = NULL;
  g_autofree char *sources_es = NULL;
  g_autofree char *csv = NULL;
  const PuenteState *ny = puente_dataset_get_state (dataset, (guint) puente_dataset_find_state (dataset, "US-NY"));
  int roma = -1;

  puente_chart_source_set_stations (source, stations);
  l2 = build (source, "stations-l2", NULL, 2030, FALSE);
  dcfc = build (source, "stations-dcfc", NULL, 2030, FALSE);
  /* New York first: the only state with many imported ports. */
  g_assert_cmpstr (l2->category_codes[0], ==, "US-NY");
  g_assert_cmpfloat (puente_chart_data_get_value (l2, 0, 0, PUENTE_SCENARIO_A), ==, 14626);
  g_assert_cmpfloat (puente_chart_data_get_value (l2, 1, 0, PUENTE_SCENARIO_A), ==, ny->public_l2_ports.value);
  g_assert_cmpfloat_with_epsilon (puente_chart_data_get_value (l2, 2, 0, PUENTE_SCENARIO_A),
                                  puente_results_get_value (results, "charging.public_l2_need", "US-NY", 2030), 1e-6);
  g_assert_cmpstr (dcfc->category_codes[0], ==, "US-NY");
  g_assert_cmpfloat (puente_chart_data_get_value (dcfc, 0, 0, PUENTE_SCENARIO_A), ==, 2161);
  /* Only states with imported stations. */
  for (guint i = 0; i < l2->n_points; i++)
    g_assert_cmpfloat (puente_chart_data_get_value (l2, 0, i, PUENTE_SCENARIO_A), >, 0);
  sources_en = puente_text_get (&l2->sources, PUENTE_LANG_EN);
  sources_es = puente_text_get (&l2->sources, PUENTE_LANG_ES);
  g_assert_nonnull (strstr (sources_en, "Charging stations: AFDC, April 2025"));
  g_assert_nonnull (strstr (sources_en, "© Open Charge Map contributors, CC BY-SA 4.0"));
  g_assert_nonnull (strstr (sources_es, "abril de 2025"));
  csv = puente_chart_data_to_csv (l2, PUENTE_LANG_EN);
  g_assert_nonnull (strstr (csv, "AFDC, April 2025"));

  /* Roma: the sample's one DC fast station across, in Ciudad Miguel Alemán. */
  border = build (source, "stations-border", NULL, 0, FALSE);
  g_assert_cmpuint (border->n_points, ==, puente_dataset_get_n_ports (dataset));
  for (guint i = 0; i < border->n_points; i++)
    if (g_str_equal (border->category_codes[i], "roma"))
      roma = (int) i;
  g_assert_cmpint (roma, >=, 0);
  g_assert_cmpfloat (puente_chart_data_get_value (border, 1, (guint) roma, PUENTE_SCENARIO_A), ==, 1);
  g_assert_cmpfloat (puente_chart_data_get_value (border, 0, (guint) roma, PUENTE_SCENARIO_A), ==, 0);

  none = puente_chart_build (puente_chart_catalogue_find ("stations-l2"), bare, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA);
  g_assert_nonnull (strstr (error->message, "import a station file first"));
}

/* Peak charging power by port: every port of ports.json, named from the
 * dataset in English and Spanish, in the CSV with the year. */
static void
test_ports (void)
{
  g_autoptr(PuenteChartSource) source = puente_chart_source_new_for_results (results, dataset);
  g_autoptr(PuenteChartData) data = build (source, "charging-by-port", NULL, 2040, FALSE);
  g_autofree char *csv = puente_chart_data_to_csv (data, PUENTE_LANG_EN);
  guint n_ports = puente_dataset_get_n_ports (dataset);

  g_assert_cmpuint (n_ports, >=, 20);
  g_assert_cmpuint (data->n_points, ==, n_ports);
  for (guint p = 0; p < n_ports; p++)
    {
      const PuentePort *port = puente_dataset_get_port (dataset, p);
      g_autofree char *row = g_strdup_printf (",%s,2040,", port->id);
      gboolean found = FALSE;

      g_assert_nonnull (strstr (csv, row));
      for (guint i = 0; i < data->n_points; i++)
        if (strcmp (data->category_codes[i], port->id) == 0)
          {
            g_autofree char *es = puente_text_get (&data->categories[i], PUENTE_LANG_ES);

            g_assert_cmpstr (data->categories[i].en, ==, port->name_en);
            g_assert_cmpstr (es, ==, port->name_es);
            g_assert_cmpfloat (puente_chart_data_get_value (data, 0, i, 0), ==,
                               puente_results_get_value (results, "freight.peak_mw", port->id, 2040));
            found = TRUE;
          }
      g_assert_true (found);
    }
  /* Largest first, and the busiest crossing (Laredo) leads. */
  for (guint i = 1; i < data->n_points; i++)
    g_assert_cmpfloat (puente_chart_data_get_value (data, 0, i - 1, 0), >=, puente_chart_data_get_value (data, 0, i, 0));
  g_assert_cmpstr (data->category_codes[0], ==, "laredo-wtb");
  g_assert_cmpfloat (puente_chart_data_get_value (data, 0, 0, 0), >, 0);
}

/* The transit fleet of every city: the city's name, every year in the
 * CSV, and the three layers adding up to the model's fleet. */
static void
test_cities (void)
{
  g_autoptr(PuenteChartSource) source = puente_chart_source_new_for_results (results, dataset);
  const PuenteChartSpec *spec = puente_chart_catalogue_find ("transit-fleet");
  g_autoptr(GPtrArray) regions = puente_chart_spec_list_regions (spec, source);

  g_assert_cmpuint (regions->len, ==, 3 + puente_dataset_get_n_cities (dataset));
  for (guint c = 0; c < puente_dataset_get_n_cities (dataset); c++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, c);
      g_autoptr(PuenteChartData) data = build (source, "transit-fleet", city->id, 0, FALSE);
      g_autofree char *csv = puente_chart_data_to_csv (data, PUENTE_LANG_ES);
      g_autofree char *subtitle = puente_text_get (&data->subtitle, PUENTE_LANG_ES);
      const double *fleet = puente_results_get_series (results, "transit.fleet", city->id);

      g_assert_true (g_str_has_prefix (subtitle, city->name_es));
      g_assert_cmpuint (data->series->len, ==, 3);
      for (guint i = 0; i < data->n_points; i++)
        {
          g_autofree char *row = g_strdup_printf (",%s,%d,", city->id, data->first_year + (int) i);
          double sum = 0;

          g_assert_nonnull (strstr (csv, row));
          for (guint s = 0; s < data->series->len; s++)
            sum += puente_chart_data_get_value (data, s, i, PUENTE_SCENARIO_A);
          g_assert_cmpfloat_with_epsilon (sum, fleet[i], 1e-6 * MAX (1.0, fleet[i]));
        }
    }
}

/* The supply-chain Sankey of the catalogue: the engine's graph, balanced
 * at every stage node, for the year asked. */
static void
test_sankey (void)
{
  g_autoptr(PuenteChartSource) source = puente_chart_source_new_for_results (results, dataset);
  const int years[] = { 2024, 2035, 2050 };

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autoptr(PuenteChartData) data = build (source, "supply-sankey", NULL, years[y], FALSE);
      g_autofree char *csv = puente_chart_data_to_csv (data, PUENTE_LANG_EN);
      g_autofree char *row = g_strdup_printf ("baseline,%d,", years[y]);
      guint bad = G_MAXUINT;
      guint n_flow = 0;

      g_assert_cmpint (data->kind, ==, PUENTE_CHART_SANKEY);
      g_assert_cmpint (data->year, ==, years[y]);
      g_assert_cmpstr (data->id, ==, "supply-sankey");
      if (!puente_sankey_check_balance (data->sankey, 1e-6, &bad))
        {
          const PuenteSankeyNode *node = &g_array_index (data->sankey->nodes, PuenteSankeyNode, bad);

          g_error ("%d: node %s takes in %g GWh and gives out %g GWh", years[y], node->id,
                   puente_sankey_node_inflow (data->sankey, bad), puente_sankey_node_outflow (data->sankey, bad));
        }
      for (guint n = 0; n < data->sankey->nodes->len; n++)
        if (g_array_index (data->sankey->nodes, PuenteSankeyNode, n).kind == PUENTE_SANKEY_NODE_FLOW &&
            puente_sankey_node_total (data->sankey, n) > 0)
          n_flow++;
      g_assert_cmpuint (n_flow, >=, 5);
      g_assert_true (g_str_has_prefix (strchr (chart_test_csv_body (csv), '\n') + 1, row));
    }

  /* Slot B is not drawn by a Sankey, so it is not named either. */
  {
    g_autoptr(PuenteChartData) data = build (source, "supply-sankey", NULL, 0, FALSE);

    g_assert_cmpint (data->year, ==, puente_chart_catalogue_find ("supply-sankey")->default_year);
    puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "other", "Other", "Otro");
    g_assert_false (data->has_b);
  }
}

/* Fans from a real ensemble: p5 <= p25 <= p50 <= p75 <= p95 every year,
 * the line is the median, the bands are not all flat, and the chart draws
 * in both languages to every format. */
static void
test_fan (void)
{
  const char *charts[] = { "zev-share-sales", "cells-outside-na" };
  g_autofree char *dir = g_dir_make_tmp ("puente-chart-fan-XXXXXX", NULL);

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(PuenteChartSource) plain_source = puente_chart_source_new_for_results (results, dataset);
      g_autoptr(PuenteChartData) plain = build (plain_source, charts[c], NULL, 0, FALSE);
      g_autoptr(PuenteEnsemble) ensemble = puente_ensemble_new (dataset);
      g_autoptr(PuenteChartSource) source = NULL;
      g_autoptr(PuenteChartData) data = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strconcat (charts[c], "-fan", NULL);
      g_autofree char *keep = g_strconcat (charts[c], "-fan.png", NULL);
      gboolean spread = FALSE;

      for (guint s = 0; s < plain->series->len; s++)
        {
          const PuenteChartSeries *series = g_ptr_array_index (plain->series, s);

          g_assert_true (puente_ensemble_add_series (ensemble, series->indicator, series->region, &error));
          g_assert_no_error (error);
        }
      g_assert_true (puente_ensemble_run (ensemble, lever_values, 120, 42, NULL, &error));
      g_assert_no_error (error);

      /* Without bands, no fan. */
      {
        PuenteChartOptions options = { NULL, 0, FALSE, 0, TRUE };

        g_assert_null (puente_chart_build (puente_chart_catalogue_find (charts[c]), plain_source, NULL, &options, &error));
        g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA);
        g_clear_error (&error);
      }

      source = puente_chart_source_new_for_ensemble (results, dataset, ensemble);
      data = build (source, charts[c], NULL, 0, TRUE);
      g_assert_cmpint (data->kind, ==, PUENTE_CHART_FAN);
      g_assert_cmpuint (data->series->len, ==, plain->series->len);
      for (guint s = 0; s < data->series->len; s++)
        {
          const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
          int e = puente_ensemble_find_series (ensemble, series->indicator, series->region);
          const double *p = puente_ensemble_get_percentiles (ensemble, (guint) e);

          g_assert_cmpint (e, >=, 0);
          for (guint i = 0; i < data->n_points; i++)
            {
              double median = series->values[PUENTE_SCENARIO_A][i];

              for (guint k = 0; k + 1 < PUENTE_N_PERCENTILES; k++)
                g_assert_cmpfloat (series->bands[k][i], <=, series->bands[k + 1][i]);
              g_assert_cmpfloat (series->bands[PUENTE_P25][i], <=, median);
              g_assert_cmpfloat (median, <=, series->bands[PUENTE_P75][i]);
              g_assert_cmpfloat (median, ==, series->bands[PUENTE_P50][i]);
              /* The ensemble's own numbers, year for year. */
              g_assert_cmpfloat (series->bands[PUENTE_P5][i], ==, p[i * PUENTE_ENSEMBLE_N_PERCENTILES]);
              g_assert_cmpfloat (series->bands[PUENTE_P95][i], ==, p[i * PUENTE_ENSEMBLE_N_PERCENTILES + 4]);
              spread |= series->bands[PUENTE_P95][i] > series->bands[PUENTE_P5][i] + 1e-6;
            }
        }
      g_assert_true (spread);
      chart_test_render_all (name, data, dir);
      chart_test_keep_png (data, keep, PUENTE_LANG_BOTH, PUENTE_CHART_STYLE_REPORT, FALSE, 1600, 900);
    }

  /* Sums of indicators and bars are not fans. */
  {
    g_autoptr(PuenteEnsemble) ensemble = puente_ensemble_new (dataset);
    g_autoptr(PuenteChartSource) source = NULL;
    PuenteChartOptions options = { NULL, 0, FALSE, 0, TRUE };
    g_autoptr(GError) error = NULL;

    g_assert_true (puente_ensemble_add_series (ensemble, "freight.peak_mw", "NA", &error));
    g_assert_true (puente_ensemble_run (ensemble, lever_values, 4, 1, NULL, &error));
    source = puente_chart_source_new_for_ensemble (results, dataset, ensemble);
    g_assert_null (puente_chart_build (puente_chart_catalogue_find ("charging-by-port"), source, NULL, &options, &error));
    g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA);
    g_clear_error (&error);
    g_assert_null (puente_chart_build (puente_chart_catalogue_find ("battery-demand"), source, NULL, &options, &error));
    g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA);
    g_clear_error (&error);
    /* A line chart whose series the ensemble did not keep. */
    g_assert_null (puente_chart_build (puente_chart_catalogue_find ("co2"), source, NULL, &options, &error));
    g_assert_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA);
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  dataset = puente_dataset_load_default (&error);
  g_assert_no_error (error);
  scenario = puente_scenario_load_preset ("baseline", &error);
  g_assert_no_error (error);
  lever_values = g_new0 (double, puente_levers_get_n ());
  puente_scenario_fill_values (scenario, dataset, lever_values);
  results = chart_test_run_preset (dataset, "baseline");
  {
    g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (&error);
    g_autofree char *ny = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
    g_autoptr(GPtrArray) ocm = puente_test_stations_ocm_paths ();

    g_assert_no_error (error);
    stations = puente_stations_new (locator);
    g_assert_true (puente_stations_import_file (stations, ny, &error));
    for (guint i = 0; i < ocm->len; i++)
      g_assert_true (puente_stations_import_file (stations, ocm->pdata[i], &error));
  }

  g_test_add_func ("/charts/engine/catalogue", test_catalogue_engine);
  g_test_add_func ("/charts/engine/ports", test_ports);
  g_test_add_func ("/charts/engine/stations", test_stations_charts);
  g_test_add_func ("/charts/engine/cities", test_cities);
  g_test_add_func ("/charts/engine/sankey-balance", test_sankey);
  g_test_add_func ("/charts/engine/fan", test_fan);

  status = g_test_run ();
  puente_stations_unref (stations);
  g_clear_pointer (&results, puente_results_free);
  g_clear_pointer (&lever_values, g_free);
  g_clear_pointer (&dataset, puente_dataset_unref);
  return status;
}
