/* puente-chart-source.c: chart numbers from model results
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the drawing code so that programs drawing synthetic data
 * (the chart tests) do not need the engine.
 */
#include "config.h"

#include "puente-chart-source.h"

typedef struct
{
  PuenteChartSource    source;
  const PuenteResults *results;
  const PuenteDataset *dataset;
  const char         **regions;
} ResultsSource;

static const double *
results_get_series (gpointer    user_data,
                    const char *indicator,
                    const char *region)
{
  ResultsSource *self = user_data;

  return puente_results_get_series (self->results, indicator, region);
}

static const char *
results_get_region_name (gpointer    user_data,
                         const char *code,
                         const char *lang)
{
  ResultsSource *self = user_data;
  const PuenteState *state;
  int index;

  if (self->dataset == NULL)
    return NULL;
  index = puente_dataset_find_state (self->dataset, code);
  if (index < 0)
    return NULL;
  state = puente_dataset_get_state (self->dataset, (guint) index);
  return g_str_has_prefix (lang, "es") ? state->name_es : state->name_en;
}

PuenteChartSource *
puente_chart_source_new_for_results (const PuenteResults *results,
                                     const PuenteDataset *dataset)
{
  ResultsSource *self;
  guint n;

  g_return_val_if_fail (results != NULL, NULL);

  self = g_new0 (ResultsSource, 1);
  self->results = results;
  self->dataset = dataset;
  n = puente_results_get_n_regions (results);
  self->regions = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->regions[i] = puente_results_get_region (results, i);

  self->source.first_year = puente_results_get_first_year (results);
  self->source.n_years = puente_results_get_n_years (results);
  self->source.regions = self->regions;
  self->source.get_series = results_get_series;
  self->source.get_region_name = results_get_region_name;
  self->source.user_data = self;
  return &self->source;
}

void
puente_chart_source_free (PuenteChartSource *source)
{
  ResultsSource *self = (ResultsSource *) source;

  if (source == NULL)
    return;
  g_free (self->regions);
  g_free (self);
}
