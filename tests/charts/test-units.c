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
#include "puente-format.h"
#include "puente-indicators.h"
#include "puente-levers.h"
#include "puente-units.h"

static void
test_factors (void)
{
  /* 100 km is 62.14 miles; 100 L is 26.42 US gallons; 1 Mt is 1.1023 M short tons. */
  g_assert_cmpfloat_with_epsilon (100.0 * puente_units_factor ("km", PUENTE_UNITS_US_CUSTOMARY), 62.1371, 1e-4);
  g_assert_cmpstr (puente_units_label ("km", PUENTE_UNITS_US_CUSTOMARY, PUENTE_LANG_EN), ==, "mi");
  g_assert_cmpfloat_with_epsilon (100.0 * puente_units_factor ("L", PUENTE_UNITS_US_CUSTOMARY), 26.4172, 1e-4);
  g_assert_cmpstr (puente_units_label ("L", PUENTE_UNITS_US_CUSTOMARY, PUENTE_LANG_EN), ==, "gal");
  g_assert_cmpfloat_with_epsilon (puente_units_factor ("Mt CO2", PUENTE_UNITS_US_CUSTOMARY), 1.10231, 1e-5);
  /* 20 kWh/100 km is 32.19 kWh/100 mi. */
  g_assert_cmpfloat_with_epsilon (20.0 * puente_units_factor ("kWh/100 km", PUENTE_UNITS_US_CUSTOMARY), 32.1869, 1e-4);
  g_assert_cmpstr (puente_units_label ("kWh/100 km", PUENTE_UNITS_US_CUSTOMARY, PUENTE_LANG_EN), ==, "kWh/100 mi");

  /* Metric, counts and shares are shown as they are. */
  g_assert_cmpfloat (puente_units_factor ("km", PUENTE_UNITS_METRIC), ==, 1.0);
  g_assert_cmpfloat (puente_units_factor ("vehicles", PUENTE_UNITS_US_CUSTOMARY), ==, 1.0);
  g_assert_cmpstr (puente_units_label ("km", PUENTE_UNITS_METRIC, PUENTE_LANG_ES), ==, "km");
  /* A unit nobody put in the table shows as it is. */
  g_assert_null (puente_units_find ("furlongs"));
  g_assert_cmpstr (puente_units_label ("furlongs", PUENTE_UNITS_US_CUSTOMARY, PUENTE_LANG_ES), ==, "furlongs");
}

/* What a card shows: the same number in English and Spanish, words
 * translated; the unit system alone changes the number. */
static void
test_format (void)
{
  struct {
    const char      *unit;
    PuenteUnitSystem system;
    double           value;
    gboolean         delta;
    const char      *en;
    const char      *es;
  } cases[] = {
    { "share", PUENTE_UNITS_METRIC, 0.5043, FALSE, "50.4%", "50.4%" },
    { "share", PUENTE_UNITS_METRIC, 0.052, TRUE, "+5.2 pp", "+5.2 pp" },
    { "share", PUENTE_UNITS_METRIC, -0.0004, TRUE, "0.0 pp", "0.0 pp" },
    { "Mt CO2", PUENTE_UNITS_METRIC, 5093.4, FALSE, "5,093 Mt CO₂", "5,093 Mt CO₂" },
    { "Mt CO2", PUENTE_UNITS_US_CUSTOMARY, 5093.4, FALSE, "5,615 M short tons CO₂", "5,615 M de toneladas cortas de CO₂" },
    { "Mt CO2", PUENTE_UNITS_METRIC, -12.34, TRUE, "−12.3 Mt CO₂", "−12.3 Mt CO₂" },
    { "jobs", PUENTE_UNITS_METRIC, 131000, FALSE, "131k jobs", "131 mil empleos" },
    { "vehicles", PUENTE_UNITS_US_CUSTOMARY, 2500000, FALSE, "2.5M vehicles", "2.5 millones de vehículos" },
    { "MUSD", PUENTE_UNITS_METRIC, 1234.5, FALSE, "1.2B USD", "1.2 mil millones de USD" },
    { "GWh", PUENTE_UNITS_METRIC, 812.3, FALSE, "812 GWh", "812 GWh" },
    { "share", PUENTE_UNITS_METRIC, NAN, FALSE, PUENTE_FORMAT_MISSING, PUENTE_FORMAT_MISSING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (PuenteLang lang = PUENTE_LANG_EN; lang <= PUENTE_LANG_ES; lang++)
      {
        g_autofree char *text = puente_units_format_full (cases[i].unit, cases[i].system, lang,
                                                          cases[i].value, cases[i].delta);

        g_assert_cmpstr (text, ==, lang == PUENTE_LANG_EN ? cases[i].en : cases[i].es);
      }
}

/* Every unit the model, the levers, the key indicators and the charts
 * name has its row: none falls back to being shown as it is. */
static void
test_every_unit_known (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteResults) results = NULL;

  g_assert_no_error (error);
  results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);
  for (guint i = 0; i < puente_results_get_n_indicators (results); i++)
    {
      const char *unit = puente_results_get_indicator (results, i)->unit;

      if (puente_units_find (unit) == NULL)
        g_error ("indicator %s: unit “%s” is not in the units table",
                 puente_results_get_indicator (results, i)->id, unit);
    }
  for (guint i = 0; i < puente_levers_get_n (); i++)
    if (puente_units_find (puente_levers_get (i)->unit) == NULL)
      g_error ("lever %s: unit “%s” is not in the units table", puente_levers_get (i)->id,
               puente_levers_get (i)->unit);
  for (guint i = 0; i < puente_key_indicators_get_n (); i++)
    g_assert_nonnull (puente_units_find (puente_key_indicators_get (i)->unit));
  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    if (puente_units_find (puente_chart_catalogue_get (i)->unit) == NULL)
      g_error ("chart %s: unit “%s” is not in the units table", puente_chart_catalogue_get (i)->id,
               puente_chart_catalogue_get (i)->unit);
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
  g_assert_cmpstr (b->unit, ==, "M short tons CO₂");
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
  puente_i18n_init (NULL);

  g_test_add_func ("/charts/units/factors", test_factors);
  g_test_add_func ("/charts/units/format", test_format);
  g_test_add_func ("/charts/units/every-unit-known", test_every_unit_known);
  g_test_add_func ("/charts/units/chart", test_chart_in_us_units);

  return g_test_run ();
}
