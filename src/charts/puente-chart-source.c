/* puente-chart-source.c: chart numbers from model results
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the drawing code so that programs drawing synthetic data
 * (the chart tests) do not need the engine.
 */
#include "config.h"

#include <math.h>

#include "puente-chart-flows.h"
#include "puente-chart-source.h"
#include "puente-chart-stations.h"

typedef struct
{
  PuenteChartSource     source;
  const PuenteResults  *results;
  const PuenteDataset  *dataset;
  const PuenteEnsemble *ensemble;
  const char          **regions;
  /* Ensemble percentiles de-interleaved on the results' years:
   * "indicator|region|p" -> double[n_years]. */
  GHashTable           *bands;
  PuenteStations       *stations;
  GHashTable           *stations_series; /* puente-chart-stations.h */
} ResultsSource;

static const double *
results_get_series (gpointer    user_data,
                    const char *indicator,
                    const char *region)
{
  ResultsSource *self = user_data;

  if (g_str_has_prefix (indicator, PUENTE_CHART_STATIONS_PREFIX))
    return puente_chart_stations_lookup (self->stations_series, indicator, region);
  return puente_results_get_series (self->results, indicator, region);
}

static char *
results_describe_stations (gpointer   user_data,
                           PuenteLang lang)
{
  ResultsSource *self = user_data;

  return self->stations != NULL ? puente_stations_describe_sources_in (self->stations, lang) : NULL;
}

static const char *
results_get_region_name (gpointer    user_data,
                         const char *code,
                         PuenteLang  lang)
{
  ResultsSource *self = user_data;
  int            index;

  /* States, ports and cities carry their names in the dataset; the
   * results know which is which. */
  index = puente_results_find_region (self->results, code);
  if (index < 0)
    return NULL;
  return puente_results_get_region_name (self->results, (guint) index, lang);
}

static PuenteChartRegionKinds
results_get_region_kind (gpointer    user_data,
                         const char *code)
{
  ResultsSource *self = user_data;
  int            index = puente_results_find_region (self->results, code);

  if (index < 0)
    return 0;
  switch (puente_results_get_region_kind (self->results, (guint) index))
    {
    case PUENTE_REGION_STATE:
      return PUENTE_CHART_REGION_STATE;
    case PUENTE_REGION_PORT:
      return PUENTE_CHART_REGION_PORT;
    case PUENTE_REGION_CITY:
      return PUENTE_CHART_REGION_CITY;
    case PUENTE_REGION_COUNTRY:
      return PUENTE_CHART_REGION_COUNTRY;
    case PUENTE_REGION_NORTH_AMERICA:
    default:
      return PUENTE_CHART_REGION_NA;
    }
}

static PuenteChartData *
results_build_flows (gpointer user_data,
                     int      year)
{
  ResultsSource *self = user_data;
  g_autoptr(PuenteFlows) flows = puente_flows_new (self->results, year);

  if (flows == NULL)
    return NULL;
  return puente_chart_build_flows (flows);
}

static const double *
ensemble_get_band (gpointer    user_data,
                   const char *indicator,
                   const char *region,
                   guint       percentile)
{
  ResultsSource   *self = user_data;
  g_autofree char *key = NULL;
  const double    *percentiles;
  double          *band;
  int              series, offset;
  guint            n_years;

  if (self->ensemble == NULL || percentile >= PUENTE_ENSEMBLE_N_PERCENTILES)
    return NULL;
  key = g_strdup_printf ("%s|%s|%u", indicator, region, percentile);
  if ((band = g_hash_table_lookup (self->bands, key)) != NULL)
    return band;

  series = puente_ensemble_find_series (self->ensemble, indicator, region);
  if (series < 0)
    return NULL;
  percentiles = puente_ensemble_get_percentiles (self->ensemble, (guint) series);
  offset = puente_ensemble_get_first_year (self->ensemble) - self->source.first_year;
  n_years = puente_ensemble_get_n_years (self->ensemble);
  band = g_new (double, MAX (self->source.n_years, 1));
  for (guint i = 0; i < self->source.n_years; i++)
    {
      int y = (int) i - offset;

      band[i] = y >= 0 && y < (int) n_years ? percentiles[y * PUENTE_ENSEMBLE_N_PERCENTILES + percentile] : NAN;
    }
  g_hash_table_insert (self->bands, g_steal_pointer (&key), band);
  return band;
}

static ResultsSource *
results_source_new (const PuenteResults  *results,
                    const PuenteDataset  *dataset,
                    const PuenteEnsemble *ensemble)
{
  ResultsSource *self;
  guint          n;

  self = g_new0 (ResultsSource, 1);
  self->results = results;
  self->dataset = dataset;
  self->ensemble = ensemble;
  n = puente_results_get_n_regions (results);
  self->regions = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->regions[i] = puente_results_get_region (results, i);

  self->source.first_year = puente_results_get_first_year (results);
  self->source.n_years = puente_results_get_n_years (results);
  self->source.regions = self->regions;
  self->source.get_series = results_get_series;
  self->source.get_region_name = results_get_region_name;
  self->source.get_region_kind = results_get_region_kind;
  self->source.build_flows = results_build_flows;
  self->source.describe_stations = results_describe_stations;
  if (ensemble != NULL)
    {
      self->bands = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->source.get_band = ensemble_get_band;
    }
  self->source.user_data = self;
  return self;
}

PuenteChartSource *
puente_chart_source_new_for_results (const PuenteResults *results,
                                     const PuenteDataset *dataset)
{
  g_return_val_if_fail (results != NULL, NULL);

  return &results_source_new (results, dataset, NULL)->source;
}

PuenteChartSource *
puente_chart_source_new_for_ensemble (const PuenteResults  *results,
                                      const PuenteDataset  *dataset,
                                      const PuenteEnsemble *ensemble)
{
  g_return_val_if_fail (results != NULL, NULL);
  g_return_val_if_fail (ensemble != NULL, NULL);

  return &results_source_new (results, dataset, ensemble)->source;
}

void
puente_chart_source_free (PuenteChartSource *source)
{
  ResultsSource *self = (ResultsSource *) source;

  if (source == NULL)
    return;
  g_clear_pointer (&self->bands, g_hash_table_unref);
  g_clear_pointer (&self->stations_series, g_hash_table_unref);
  g_clear_pointer (&self->stations, puente_stations_unref);
  g_free (self->regions);
  g_free (self);
}

void
puente_chart_source_set_stations (PuenteChartSource *source,
                                  PuenteStations    *stations)
{
  ResultsSource *self = (ResultsSource *) source;

  g_return_if_fail (source != NULL && source->get_series == results_get_series);

  g_clear_pointer (&self->stations_series, g_hash_table_unref);
  g_clear_pointer (&self->stations, puente_stations_unref);
  if (stations == NULL || self->dataset == NULL)
    return;
  self->stations = puente_stations_ref (stations);
  self->stations_series = puente_chart_stations_series_new (stations, self->dataset, self->source.n_years);
}
