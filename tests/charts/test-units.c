/* test-units.c: metric and US customary units, converted in one place
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-units.h"

static void
test_factors (void)
{
  double value;

  /* 100 km is 62.14 miles; 100 L is 26.42 US gallons; 1 Mt is 1.1023 M short tons. */
  value = 100.0;
  g_assert_cmpstr (puente_units_convert (PUENTE_UNITS_US_CUSTOMARY, "km", &value), ==, "mi");
  g_assert_cmpfloat_with_epsilon (value, 62.1371, 1e-4);
  value = 100.0;
  g_assert_cmpstr (puente_units_convert (PUENTE_UNITS_US_CUSTOMARY, "L", &value), ==, "gal");
  g_assert_cmpfloat_with_epsilon (value, 26.4172, 1e-4);
  value = 1.0;
  puente_units_convert (PUENTE_UNITS_US_CUSTOMARY, "Mt CO2", &value);
  g_assert_cmpfloat_with_epsilon (value, 1.10231, 1e-5);
  /* 20 kWh/100 km is 32.19 kWh/100 mi. */
  value = 20.0;
  g_assert_cmpstr (puente_units_convert (PUENTE_UNITS_US_CUSTOMARY, "kWh/100 km", &value), ==, "kWh/100 mi");
  g_assert_cmpfloat_with_epsilon (value, 32.1869, 1e-4);

  /* Metric, counts and shares are shown as they are. */
  value = 5.0;
  g_assert_cmpstr (puente_units_convert (PUENTE_UNITS_METRIC, "km", &value), ==, "km");
  g_assert_cmpstr (puente_units_convert (PUENTE_UNITS_US_CUSTOMARY, "vehicles", &value), ==, "vehicles");
  g_assert_cmpstr (puente_units_convert (PUENTE_UNITS_US_CUSTOMARY, "share", &value), ==, "share");
  g_assert_cmpfloat (value, ==, 5.0);

  g_assert_cmpint (puente_units_default_for (PUENTE_LANG_EN), ==, PUENTE_UNITS_US_CUSTOMARY);
  g_assert_cmpint (puente_units_default_for (PUENTE_LANG_ES), ==, PUENTE_UNITS_METRIC);
}

static void
test_chart_in_us_units (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteEngine) engine = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(PuenteChartSource) source = NULL;
  g_autofree double *values = NULL;
  const PuenteChartSpec *spec = puente_chart_catalogue_find ("co2");
  PuenteChartOptions metric = { 0 }, us = { 0 };
  PuenteChartData *a, *b;
  const PuenteChartSeries *sa, *sb;

  g_assert_no_error (error);
  g_assert_nonnull (spec);
  engine = puente_engine_new (dataset);
  results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);
  values = g_new0 (double, puente_levers_get_n ());
  puente_levers_fill_baseline (dataset, values);
  puente_engine_run (engine, values, results);
  source = puente_chart_source_new_for_results (results, dataset);

  us.units = PUENTE_UNITS_US_CUSTOMARY;
  a = puente_chart_build (spec, source, NULL, &metric, &error);
  g_assert_no_error (error);
  b = puente_chart_build (spec, source, NULL, &us, &error);
  g_assert_no_error (error);

  /* The same chart, every value in short tons, and the CSV says so. */
  g_assert_cmpstr (a->unit, ==, "Mt CO2");
  g_assert_cmpstr (b->unit, ==, "M short tons CO2");
  sa = g_ptr_array_index (a->series, 0);
  sb = g_ptr_array_index (b->series, 0);
  g_assert_cmpuint (a->n_points, ==, b->n_points);
  for (guint i = 0; i < a->n_points; i++)
    g_assert_cmpfloat_with_epsilon (sb->values[0][i], sa->values[0][i] * 1000.0 / 907.18474,
                                    1e-9 * MAX (1.0, fabs (sa->values[0][i])));
  g_assert_cmpstr (b->axis_title.en, ==, "Million short tons of CO₂ per year");

  puente_chart_data_free (a);
  puente_chart_data_free (b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/units/factors", test_factors);
  g_test_add_func ("/charts/units/chart", test_chart_in_us_units);

  return g_test_run ();
}
