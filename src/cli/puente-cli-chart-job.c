/* puente-cli-chart-job.c: what the chart commands share: options, scenarios, one rendering
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "puente-chart-export.h"
#include "puente-chart-fan.h"
#include "puente-cli-chart-job.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-ensemble.h"
#include "puente-i18n.h"
#include "puente-levers.h"
#include "puente-scenario.h"
#include "puente-chart-scenario.h"
#include "puente-units.h"

void
puente_cli_chart_args_clear (ChartArgs *args)
{
  g_free (args->preset);
  g_free (args->scenario);
  g_free (args->compare_preset);
  g_free (args->compare);
  g_free (args->region);
  g_free (args->lang);
  g_free (args->style);
  g_free (args->units);
  g_free (args->format);
  g_free (args->width);
  g_free (args->height);
  g_free (args->size);
  g_free (args->output);
  g_free (args->dir);
  g_strfreev (args->stations);
}


void
puente_cli_chart_job_clear (ChartJob *job)
{
  g_clear_pointer (&job->a_source, puente_chart_source_free);
  g_clear_pointer (&job->b_source, puente_chart_source_free);
  g_clear_pointer (&job->stations, puente_stations_unref);
  g_clear_pointer (&job->a_results, puente_results_free);
  g_clear_pointer (&job->b_results, puente_results_free);
  g_clear_pointer (&job->a, puente_scenario_free);
  g_clear_pointer (&job->b, puente_scenario_free);
  g_clear_pointer (&job->a_label, g_free);
  g_clear_pointer (&job->b_label, g_free);
  g_clear_pointer (&job->dataset, puente_dataset_unref);
  g_clear_pointer (&job->formats, g_array_unref);
}


int
puente_cli_chart_job_prepare (PuenteCli *cli,
                              ChartArgs *args,
                              gboolean   many_formats,
                              ChartJob  *job)
{
  g_autoptr(GError) error = NULL;
  double          w = 1600, h = 900;
  PuenteChartUnit wu = PUENTE_CHART_UNIT_PX, hu = PUENTE_CHART_UNIT_PX;

  memset (job, 0, sizeof *job);
  job->cli = cli;
  puente_chart_style_init (&job->style);
  job->style.lang = cli->chart_lang;
  if (args->lang != NULL && !puente_lang_from_string (args->lang, &job->style.lang))
    return puente_cli_usage_error (_ ("Unknown chart language “%s”: use en, es or both."), args->lang);
  if (!puente_i18n_check (job->style.lang == PUENTE_LANG_BOTH ? PUENTE_LANG_ES : job->style.lang, &error))
    return puente_cli_fail (error);
  if (args->style != NULL && !puente_chart_preset_from_string (args->style, &job->style.preset))
    return puente_cli_usage_error (_ ("Unknown style “%s”: use presentation or report."), args->style);
  /* Units never follow the language: metric unless --units says. */
  job->units = PUENTE_UNITS_METRIC;
  if (args->units != NULL && !puente_units_from_string (args->units, &job->units))
    return puente_cli_usage_error (_ ("Unknown units “%s”: use metric or us."), args->units);
  job->style.dark = args->dark;

  if ((args->preset != NULL && args->scenario != NULL) ||
      (args->compare_preset != NULL && args->compare != NULL))
    return puente_cli_usage_error ("%s", _ ("Give a preset or a scenario file, not both."));

  if (args->size != NULL && (args->width != NULL || args->height != NULL))
    return puente_cli_usage_error ("%s", _ ("Give --size, or --width and --height, not both."));
  if (args->width != NULL && !puente_chart_parse_length (args->width, &w, &wu, &error))
    return puente_cli_fail (error);
  if (args->height != NULL && !puente_chart_parse_length (args->height, &h, &hu, &error))
    return puente_cli_fail (error);
  if (wu != hu)
    return puente_cli_fail_message (_ ("Give the width and the height in the same unit (both pixels or both millimetres)."));
  if (args->dpi < 0 || args->dpi > 2400)
    return puente_cli_fail_message (_ ("--dpi must be between 1 and 2400."));
  job->size.width = w;
  job->size.height = h;
  job->size.unit = wu;
  if (args->size != NULL && !puente_chart_size_parse (args->size, &job->size, &error))
    return puente_cli_fail (error);
  job->size_given = args->size != NULL || args->width != NULL || args->height != NULL;
  job->size.dpi = args->dpi;

  job->formats = g_array_new (FALSE, FALSE, sizeof (PuenteChartFormat));
  if (args->format != NULL)
    {
      g_auto(GStrv) names = g_strsplit (args->format, ",", -1);

      if (many_formats && g_strcmp0 (args->format, "all") == 0)
        {
          for (PuenteChartFormat f = PUENTE_CHART_FORMAT_PNG; f <= PUENTE_CHART_FORMAT_CSV; f++)
            g_array_append_val (job->formats, f);
        }
      else
        for (guint i = 0; names[i] != NULL; i++)
          {
            PuenteChartFormat f;

            if (!puente_chart_format_from_string (names[i], &f, &error))
              return puente_cli_fail (error);
            if (!many_formats && i > 0)
              return puente_cli_usage_error ("%s", _ ("“chart” writes one file: give one --format."));
            g_array_append_val (job->formats, f);
          }
    }
  else
    {
      PuenteChartFormat f = PUENTE_CHART_FORMAT_PNG;

      if (!many_formats && args->output != NULL && strcmp (args->output, "-") != 0 &&
          !puente_chart_format_from_path (args->output, &f))
        {
          g_autofree char *message = g_strdup_printf (_ ("Cannot tell the format from “%s”: give --format png, svg, pdf or csv."),
                                                      args->output);
          return puente_cli_fail_message (message);
        }
      g_array_append_val (job->formats, f);
    }

  if ((job->a = puente_cli_load_scenario (cli, args->preset, args->scenario, &error)) == NULL)
    return puente_cli_fail (error);
  if ((args->compare_preset != NULL || args->compare != NULL) &&
      (job->b = puente_cli_load_scenario (cli, args->compare_preset, args->compare, &error)) == NULL)
    return puente_cli_fail (error);
  if ((job->dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);
  if (args->stations != NULL && (job->stations = puente_cli_import_stations (args->stations, &error)) == NULL)
    return puente_cli_fail (error);
  /* chart -o: refused now, not after the drawing. */
  if (args->output != NULL && !puente_cli_check_output (cli, args->output, &error))
    return puente_cli_fail (error);

  job->a_label = puente_cli_scenario_label (job->a, args->scenario);
  if ((job->a_results = puente_cli_run_scenario (job->dataset, job->a, &error)) == NULL)
    return puente_cli_fail (error);
  job->a_source = puente_chart_source_new_for_results (job->a_results, job->dataset);
  puente_chart_source_set_stations (job->a_source, job->stations);
  if (job->b != NULL)
    {
      job->b_label = puente_cli_scenario_label (job->b, args->compare);
      if ((job->b_results = puente_cli_run_scenario (job->dataset, job->b, &error)) == NULL)
        return puente_cli_fail (error);
      job->b_source = puente_chart_source_new_for_results (job->b_results, job->dataset);
      puente_chart_source_set_stations (job->b_source, job->stations);
    }
  return -1;
}

static void
set_scenario_names (PuenteChartData      *data,
                    guint                 slot,
                    const PuenteScenario *scenario,
                    const char           *label)
{
  /* The name and the legal status, as the window's footers write them. */
  puente_chart_data_name_scenario (data, slot, label, scenario);
}

PuenteChartData *
puente_cli_chart_job_build (const ChartJob        *job,
                            const PuenteChartSpec *spec,
                            const ChartArgs       *args,
                            GError               **error)
{
  PuenteChartOptions options = { args->region, args->year, args->difference, job->units, FALSE };
  g_autofree char   *country = NULL;
  PuenteChartData   *data;

  /* export-all with a region some charts do not take: charts by state show
   * a state's country; the others keep their own regions (a city's transit
   * chart, the ports, the Sankey of both countries). */
  if (args->dir != NULL && args->region != NULL &&
      !puente_chart_spec_accepts_region (spec, job->a_source, args->region))
    {
      if (puente_chart_region_kind (job->a_source, args->region) == PUENTE_CHART_REGION_STATE)
        country = g_strndup (args->region, 2);
      options.region = country != NULL && puente_chart_spec_accepts_region (spec, job->a_source, country)
        ? country
        : NULL;
    }

  data = puente_chart_build (spec, job->a_source, job->b_source, &options, error);
  if (data == NULL)
    return NULL;
  set_scenario_names (data, PUENTE_SCENARIO_A, job->a, job->a_label);
  if (job->b != NULL)
    set_scenario_names (data, PUENTE_SCENARIO_B, job->b, job->b_label);
  return data;
}

/* The chart as a fan: the pairs it draws are run @n_runs times with the
 * uncertain inputs sampled; the median and bands replace scenario A's line. */
PuenteChartData *
puente_cli_chart_job_build_fan (const ChartJob        *job,
                                const PuenteChartSpec *spec,
                                const ChartArgs       *args,
                                guint                  n_runs,
                                guint64                seed,
                                GError               **error)
{
  g_autoptr(PuenteEnsemble) ensemble = NULL;
  g_autofree double *values = NULL;
  PuenteChartOptions options = { args->region, args->year, FALSE, job->units, TRUE };
  PuenteChartData   *data;

  if ((ensemble = puente_chart_fan_prepare (spec, job->a_source, &options, job->dataset, error)) == NULL)
    return NULL;
  values = g_new0 (double, puente_levers_get_n ());
  puente_scenario_fill_values (job->a, job->dataset, values);
  if (!puente_ensemble_run (ensemble, values, n_runs, seed, NULL, error))
    return NULL;

  /* B's band too: the same inputs sampled on B's levers. */
  if (job->b != NULL)
    {
      g_autoptr(PuenteEnsemble) b_ensemble = NULL;

      if ((b_ensemble = puente_chart_fan_prepare (spec, job->a_source, &options, job->dataset, error)) == NULL)
        return NULL;
      puente_scenario_fill_values (job->b, job->dataset, values);
      if (!puente_ensemble_run (b_ensemble, values, n_runs, seed, NULL, error))
        return NULL;
      data = puente_chart_fan_build_compare (spec, ensemble, job->a_results, b_ensemble, job->b_results,
                                             job->dataset, &options, error);
    }
  else
    data = puente_chart_fan_build (spec, ensemble, job->a_results, job->dataset, NULL, &options, error);
  if (data == NULL)
    return NULL;
  set_scenario_names (data, PUENTE_SCENARIO_A, job->a, job->a_label);
  if (job->b != NULL)
    set_scenario_names (data, PUENTE_SCENARIO_B, job->b, job->b_label);
  return data;
}

gboolean
puente_cli_chart_job_write (const ChartJob        *job,
                            const PuenteChartData *data,
                            PuenteChartFormat      format,
                            const char            *path,
                            GError               **error)
{
  PuenteChartSize size = job->size;

  if (!job->size_given)
    {
      puente_chart_size_init_default (&size, format, data->kind);
      size.dpi = job->size.dpi;
    }
  if (strcmp (path, "-") == 0)
    {
      g_autoptr(GBytes) bytes = puente_chart_render (data, &job->style, format, &size, error);
      gsize         length;
      gconstpointer contents;

      if (bytes == NULL)
        return FALSE;
      contents = g_bytes_get_data (bytes, &length);
      return puente_cli_write_output (job->cli, "-", contents, length, error);
    }
  return puente_cli_check_output (job->cli, path, error) &&
    puente_chart_export (data, &job->style, format, &size, path, error);
}
