/* test-results.c: the results table, its CSV and the key indicators
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-indicators.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"

static PuenteDataset *dataset;

static const char * const required_indicators[] = {
  "ldv.sales", "ldv.zev_share_sales", "ldv.bev_share_sales", "ldv.stock",
  "ldv.ev_stock", "ldv.scrappage", "ldv.used_exports", "ldv.used_imports",
  "ldv.electricity_gwh", "ldv.fuel_ml", "ldv.co2_mt", "ldv.co2_avoided_mt",
  "charging.public_l2_need", "charging.public_dcfc_need",
  "charging.public_l2_existing", "charging.public_dcfc_existing",
  "charging.gap", "charging.investment_musd", "battery.retired_gwh",
  "ldv.bev_stock", "ldv.phev_stock", "ldv.ice_stock", "charging.private_need",
  "charging.ports_to_build", "battery.second_life_gwh", "battery.recycled_gwh",
  "ldv.co2_cumulative_mt",
};

static PuenteResults *
run_baseline (int horizon)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autofree double *values = g_new (double, puente_levers_get_n ());
  PuenteResults *results = puente_results_new (dataset, PUENTE_MAX_HORIZON);

  puente_levers_fill_baseline (dataset, values);
  values[puente_levers_find ("general.horizon")] = horizon;
  puente_engine_run (engine, values, results);
  return results;
}

static void
test_indicators (void)
{
  g_autoptr(PuenteResults) results = run_baseline (2050);
  guint n_regions = puente_results_get_n_regions (results);
  guint n_ind = puente_results_get_n_indicators (results);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n_regions, ==, puente_dataset_get_n_states (dataset) + puente_dataset_get_n_ports (dataset) +
                                   puente_dataset_get_n_cities (dataset) + 3);
  g_assert_cmpint (puente_results_find_region (results, "US"), >=, 0);
  g_assert_cmpint (puente_results_find_region (results, "MX"), >=, 0);
  g_assert_cmpint (puente_results_find_region (results, "NA"), >=, 0);
  g_assert_cmpint (puente_results_find_region (results, "MX-NLE"), >=, 0);
  g_assert_cmpint (puente_results_find_region (results, "XX"), ==, -1);

  for (guint i = 0; i < n_ind; i++)
    {
      const PuenteIndicatorInfo *info = puente_results_get_indicator (results, i);

      g_assert_false (g_hash_table_contains (seen, info->id));
      g_hash_table_add (seen, (gpointer) info->id);
      g_assert_cmpint (puente_results_find_indicator (results, info->id), ==, (int) i);
      g_assert_nonnull (info->label);
      g_assert_nonnull (info->unit);
      g_assert_false (info->is_flow && info->is_ratio);
    }

  for (guint i = 0; i < G_N_ELEMENTS (required_indicators); i++)
    for (guint r = 0; r < n_regions; r++)
      {
        const char *region = puente_results_get_region (results, r);
        const double *series = puente_results_get_series (results, required_indicators[i], region);
        PuenteRegionKind kind = puente_results_get_region_kind (results, r);

        /* Light-duty series exist for states, countries and NA only. */
        if (kind == PUENTE_REGION_PORT || kind == PUENTE_REGION_CITY)
          {
            g_assert_null (series);
            continue;
          }
        if (series == NULL)
          g_error ("no %s for %s", required_indicators[i], region);
        for (guint y = 0; y < puente_results_get_n_years (results); y++)
          g_assert_true (isfinite (series[y]));
      }

  g_assert_null (puente_results_get_series (results, "ldv.nonsense", "US"));
  g_assert_true (isnan (puente_results_get_value (results, "ldv.stock", "US", 2023)));
  g_assert_cmpstr (puente_results_get_indicator (results, puente_results_find_indicator (results, "ldv.co2_mt"))->unit,
                   ==, "Mt CO2");
  g_assert_true (puente_results_get_indicator (results, puente_results_find_indicator (results, "ldv.zev_share_sales"))->is_ratio);
  g_assert_true (puente_results_get_indicator (results, puente_results_find_indicator (results, "ldv.sales"))->is_flow);
}

/* Ratios aggregate weighted: the US ZEV share is ZEV sales / sales. */
static void
test_ratio_aggregation (void)
{
  g_autoptr(PuenteResults) results = run_baseline (2050);

  for (int year = 2024; year <= 2050; year++)
    for (guint c = 0; c < 3; c++)
      {
        const char *region = (const char *[]) { "US", "MX", "NA" }[c];
        double zev = puente_results_get_value (results, "ldv.zev_sales", region, year);
        double sales = puente_results_get_value (results, "ldv.sales", region, year);
        double share = puente_results_get_value (results, "ldv.zev_share_sales", region, year);

        g_assert_cmpfloat (fabs (share - zev / sales), <, 1e-12);
        g_assert_cmpfloat (fabs (puente_results_get_value (results, "ldv.sales", "NA", year) -
                                 puente_results_get_value (results, "ldv.sales", "US", year) -
                                 puente_results_get_value (results, "ldv.sales", "MX", year)), <, 1e-6);
      }
}

/* Conservation can be checked from the CSV alone. */
static void
test_csv (void)
{
  g_autoptr(PuenteResults) results = run_baseline (2040);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = NULL;
  guint expected;

  g_assert_true (puente_results_write_csv (results, "my, \"scenario\"", csv, &error));
  g_assert_no_error (error);

  lines = g_strsplit (csv->str, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "scenario,indicator,region,year,value,unit");
  expected = 0;
  for (guint i = 0; i < puente_results_get_n_indicators (results); i++)
    for (guint r = 0; r < puente_results_get_n_regions (results); r++)
      if (puente_results_get_series_by_index (results, i, r) != NULL)
        expected += puente_results_get_n_years (results);
  g_assert_cmpuint (g_strv_length (lines), ==, expected + 2); /* header + trailing empty */
  g_assert_true (g_str_has_prefix (lines[1], "\"my, \"\"scenario\"\"\",ldv.sales,"));

  for (guint i = 1; lines[i] && *lines[i]; i++)
    {
      /* The scenario field is quoted and contains a comma: skip it. */
      const char *rest = strstr (lines[i], "\",") + 2;
      g_auto(GStrv) f = g_strsplit (rest, ",", -1);
      double *v = g_new (double, 1);

      g_assert_cmpuint (g_strv_length (f), ==, 5);
      *v = g_ascii_strtod (f[3], NULL);
      g_hash_table_insert (values, g_strdup_printf ("%s|%s|%s", f[0], f[1], f[2]), v);
    }

  for (guint r = 0; r < puente_results_get_n_regions (results); r++)
    {
      const char *region = puente_results_get_region (results, r);

      if (puente_results_get_series (results, "ldv.stock", region) == NULL)
        continue;
      for (int year = 2025; year <= 2040; year++)
        {
          g_autofree char *k_stock = g_strdup_printf ("ldv.stock|%s|%d", region, year);
          g_autofree char *k_prev = g_strdup_printf ("ldv.stock|%s|%d", region, year - 1);
          g_autofree char *k_sales = g_strdup_printf ("ldv.sales|%s|%d", region, year);
          g_autofree char *k_scrap = g_strdup_printf ("ldv.scrappage|%s|%d", region, year);
          g_autofree char *k_exp = g_strdup_printf ("ldv.used_exports|%s|%d", region, year);
          g_autofree char *k_imp = g_strdup_printf ("ldv.used_imports|%s|%d", region, year);
          double stock = *(double *) g_hash_table_lookup (values, k_stock);
          double balance = *(double *) g_hash_table_lookup (values, k_prev)
                           + *(double *) g_hash_table_lookup (values, k_sales)
                           - *(double *) g_hash_table_lookup (values, k_scrap)
                           - *(double *) g_hash_table_lookup (values, k_exp)
                           + *(double *) g_hash_table_lookup (values, k_imp);

          if (fabs (stock - balance) > 1e-9 * MAX (1.0, stock))
            g_error ("CSV: %s %d stock %.15g, balance %.15g", region, year, stock, balance);
        }
    }
}

static void
test_key_indicators (void)
{
  g_autoptr(PuenteResults) results = run_baseline (2050);
  g_autoptr(PuenteResults) short_run = run_baseline (2032);
  guint n = puente_key_indicators_get_n ();
  g_autofree double *values = g_new (double, n);
  static const char * const required[] = {
    "key.ldv.zev_share_sales.us.2030", "key.ldv.zev_share_sales.mx.2030",
    "key.ldv.zev_share_sales.us.2032", "key.ldv.zev_share_sales.mx.2032",
    "key.ldv.ev_stock.na.2035", "key.ldv.ev_stock.na.2045",
    "key.charging.gap.na.2030", "key.charging.investment_musd.na.2035",
    "key.ldv.co2_avoided_mt.na.horizon",
  };
  double sum = 0;
  int i;

  for (guint k = 0; k < G_N_ELEMENTS (required); k++)
    g_assert_cmpint (puente_key_indicators_find (required[k]), >=, 0);

  puente_key_indicators_compute (results, values);
  for (guint k = 0; k < n; k++)
    {
      const PuenteKeyIndicator *key = puente_key_indicators_get (k);

      g_assert_nonnull (puente_results_get_series (results, key->indicator, key->region));
      g_assert_true (isfinite (values[k]));
    }

  i = puente_key_indicators_find ("key.ldv.zev_share_sales.us.2030");
  g_assert_cmpfloat (values[i], ==, puente_results_get_value (results, "ldv.zev_share_sales", "US", 2030));

  i = puente_key_indicators_find ("key.charging.investment_musd.na.2035");
  for (int year = 2024; year <= 2035; year++)
    sum += puente_results_get_value (results, "charging.investment_musd", "NA", year);
  g_assert_cmpfloat (fabs (values[i] - sum), <=, 1e-9 * sum);

  i = puente_key_indicators_find ("key.ldv.co2_avoided_mt.na.horizon");
  g_assert_cmpfloat (fabs (values[i] - puente_results_get_value (results, "ldv.co2_avoided_cumulative_mt", "NA", 2050)),
                     <=, 1e-9 * fabs (values[i]) + 1e-12);

  /* Beyond the horizon: not a number, not a made-up value. */
  i = puente_key_indicators_find ("key.ldv.ev_stock.na.2035");
  g_assert_true (isnan (puente_key_indicator_compute (puente_key_indicators_get (i), short_run)));
}

/* Every preset's run passes the check: it flags no real result. */
static void
test_check_presets (void)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autofree double *values = g_new (double, puente_levers_get_n ());
  g_autoptr(PuenteResults) results = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  guint n_presets = 0;
  const char **presets = puente_scenario_list_presets (&n_presets);

  g_assert_cmpuint (n_presets, >, 0);
  for (guint i = 0; i < n_presets; i++)
    {
      g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (presets[i], NULL);
      g_autoptr(GError) error = NULL;

      puente_scenario_fill_values (scenario, dataset, values);
      puente_engine_run (engine, values, results);
      g_assert_true (puente_results_check (results, &error));
      g_assert_no_error (error);
    }
}

/* A negative stock or a NaN is refused, naming the value and where to
 * look in the dataset; a saving (a signed indicator) may be negative. */
static void
test_check_invalid (void)
{
  g_autoptr(PuenteResults) results = run_baseline (2050);
  g_autoptr(GError) error = NULL;
  int co2 = puente_results_find_indicator (results, "ldv.co2_mt");
  int saving = puente_results_find_indicator (results, "transit.cost_diff_cumulative_musd");
  int nle = puente_results_find_region (results, "MX-NLE");
  int mx = puente_results_find_region (results, "MX");
  double *row;

  g_assert_cmpint (co2, >=, 0);
  g_assert_cmpint (saving, >=, 0);
  g_assert_cmpint (nle, >=, 0);
  g_assert_cmpint (mx, >=, 0);
  g_assert_true (puente_results_check (results, NULL));

  row = (double *) puente_results_get_series_by_index (results, (guint) saving, (guint) mx);
  row[3] = -12.5;
  g_assert_true (puente_results_check (results, NULL));

  row = (double *) puente_results_get_series_by_index (results, (guint) co2, (guint) nle);
  /* Rounding noise is not a negative quantity. */
  row[7] = -3.7e-17;
  g_assert_true (puente_results_check (results, NULL));
  row[7] = -3.25;
  g_assert_false (puente_results_check (results, &error));
  g_assert_error (error, PUENTE_RESULTS_ERROR, PUENTE_RESULTS_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "ldv.co2_mt"));
  g_assert_nonnull (strstr (error->message, "MX-NLE in 2031"));
  g_assert_nonnull (strstr (error->message, "-3.25"));
  g_assert_nonnull (strstr (error->message, "states.json"));
  g_clear_error (&error);

  row[7] = NAN;
  g_assert_false (puente_results_check (results, &error));
  g_assert_nonnull (strstr (error->message, "not a number"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = puente_dataset_load_dir (TEST_DATASET_DIR, &error);
  g_assert_no_error (error);

  g_test_add_func ("/model/results/indicators", test_indicators);
  g_test_add_func ("/model/results/ratio-aggregation", test_ratio_aggregation);
  g_test_add_func ("/model/results/csv", test_csv);
  g_test_add_func ("/model/results/key-indicators", test_key_indicators);
  g_test_add_func ("/model/results/check-presets", test_check_presets);
  g_test_add_func ("/model/results/check-invalid", test_check_invalid);

  ret = g_test_run ();
  puente_dataset_unref (dataset);
  return ret;
}
