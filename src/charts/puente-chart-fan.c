/* puente-chart-fan.c: a line chart over years drawn as an ensemble fan
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-chart-export.h"
#include "puente-chart-fan.h"
#include "puente-chart-source.h"
#include "puente-format.h"
#include "puente-i18n.h"

PuenteEnsemble *
puente_chart_fan_prepare (const PuenteChartSpec    *spec,
                          const PuenteChartSource  *a,
                          const PuenteChartOptions *options,
                          PuenteDataset            *dataset,
                          GError                  **error)
{
  g_autoptr(PuenteChartData) plain = NULL;
  g_autoptr(PuenteEnsemble) ensemble = NULL;
  PuenteChartOptions plain_options = *options;

  g_return_val_if_fail (spec != NULL && a != NULL && options != NULL && dataset != NULL, NULL);

  if (spec->kind != PUENTE_CHART_LINE || spec->axis != PUENTE_CHART_X_YEARS)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                   _ ("Chart “%s” is not a line chart over years: only those can be drawn as fans"), spec->id);
      return NULL;
    }

  /* The chart's own (indicator, region) pairs, as drawn. */
  plain_options.fan = FALSE;
  plain_options.difference = FALSE;
  if ((plain = puente_chart_build (spec, a, NULL, &plain_options, error)) == NULL)
    return NULL;

  ensemble = puente_ensemble_new (dataset);
  for (guint s = 0; s < plain->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (plain->series, s);

      if (strchr (series->indicator, '+') != NULL)
        {
          g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                       _ ("Chart “%s” adds several indicators in one series; their percentiles do not add up, so it cannot be drawn as a fan"),
                       spec->id);
          return NULL;
        }
      if (puente_ensemble_find_series (ensemble, series->indicator, series->region) < 0 &&
          !puente_ensemble_add_series (ensemble, series->indicator, series->region, error))
        return NULL;
    }

  return g_steal_pointer (&ensemble);
}

/* "… · median of 1,000 runs with sampled inputs" */
static void
add_runs_to_subtitle (PuenteChartData      *data,
                      const PuenteEnsemble *ensemble)
{
  guint            n_runs = puente_ensemble_get_n_runs (ensemble);
  g_autofree char *number_en = puente_format_number (PUENTE_LANG_EN, n_runs, 0);
  g_autofree char *number_es = puente_format_number (PUENTE_LANG_ES, n_runs, 0);
  /* Translators: added to a fan chart's subtitle; %s is a number of model runs */
  g_autofree char *runs_en = g_strdup_printf (N_ ("median of %s runs with sampled inputs"), number_en);
  g_autofree char *runs_es = g_strdup_printf (puente_gettext (PUENTE_LANG_ES, N_ ("median of %s runs with sampled inputs")),
                                              number_es);
  g_autofree char *en = g_strconcat (data->subtitle.en, " · ", runs_en, NULL);
  g_autofree char *es = g_strconcat (data->subtitle.es != NULL ? data->subtitle.es : data->subtitle.en,
                                     " · ", runs_es, NULL);

  puente_text_set (&data->subtitle, en, es);
}

PuenteChartData *
puente_chart_fan_build (const PuenteChartSpec    *spec,
                        const PuenteEnsemble     *ensemble,
                        const PuenteResults      *results,
                        const PuenteDataset      *dataset,
                        const PuenteChartSource  *b,
                        const PuenteChartOptions *options,
                        GError                  **error)
{
  g_autoptr(PuenteChartSource) source = NULL;
  PuenteChartOptions fan_options = *options;
  PuenteChartData   *data;

  g_return_val_if_fail (spec != NULL && ensemble != NULL && results != NULL && dataset != NULL, NULL);

  source = puente_chart_source_new_for_ensemble (results, dataset, ensemble);
  fan_options.fan = TRUE;
  if ((data = puente_chart_build (spec, source, b, &fan_options, error)) == NULL)
    return NULL;
  add_runs_to_subtitle (data, ensemble);
  return data;
}

PuenteChartData *
puente_chart_fan_build_compare (const PuenteChartSpec    *spec,
                                const PuenteEnsemble     *ensemble,
                                const PuenteResults      *results,
                                const PuenteEnsemble     *b_ensemble,
                                const PuenteResults      *b_results,
                                const PuenteDataset      *dataset,
                                const PuenteChartOptions *options,
                                GError                  **error)
{
  g_autoptr(PuenteChartSource) b = NULL;

  g_return_val_if_fail (b_ensemble != NULL && b_results != NULL, NULL);

  b = puente_chart_source_new_for_ensemble (b_results, dataset, b_ensemble);
  return puente_chart_fan_build (spec, ensemble, results, dataset, b, options, error);
}
