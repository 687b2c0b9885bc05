/* puente-cli-bench.c: the “bench” command, time model runs, chart drawing and ensembles
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli-commands.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart.h"
#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-ensemble.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"

/* ---- bench --charts ------------------------------------------------- */


static int
bench_charts (PuenteCli *cli,
              int        argc,
              char     **argv)
{
  gboolean     charts = FALSE, json = FALSE, dark = FALSE;
  int          runs = 20;
  char        *style_name = NULL;
  GOptionEntry entries[] = {
    { "charts", 0, 0, G_OPTION_ARG_NONE, &charts, N_ ("Time chart drawing instead of model runs"), NULL },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_ ("Number of timed renderings per chart (default 20)"), N_ ("N") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &style_name, N_ ("presentation or report (default)"), N_ ("STYLE") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_ ("Dark background"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autofree char *style_owned = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(PuenteChartSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  cairo_surface_t *surface;
  PuenteChartStyle style;
  gboolean         all_fast = TRUE;
  int              status;

  if ((status = puente_cli_parse_options ("bench --charts", NULL,
                                          _ ("Time drawing each chart of the catalogue on a 1920×1080 image (median and slowest of N, in milliseconds; the target is under 16 ms)."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  style_owned = style_name;
  if (argc > 1)
    return puente_cli_usage_error (_ ("“%s” takes no arguments, but “%s” was given."), "bench", argv[1]);
  if (runs < 1 || runs > 100000)
    return puente_cli_usage_error (_ ("--runs must be a whole number from 1 to 100000, not %d."), runs);

  puente_chart_style_init (&style);
  style.dark = dark;
  style.lang = cli->lang;
  if (style_name != NULL && !puente_chart_preset_from_string (style_name, &style.preset))
    return puente_cli_usage_error (_ ("Unknown style “%s”: use presentation or report."), style_name);

  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);
  if ((scenario = puente_scenario_load_preset ("baseline", &error)) == NULL)
    return puente_cli_fail (error);
  if ((results = puente_cli_run_scenario (dataset, scenario, &error)) == NULL)
    return puente_cli_fail (error);
  source = puente_chart_source_new_for_results (results, dataset);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);

  json_builder_begin_array (builder);
  if (!json)
    g_print ("%-22s %10s %10s\n", "chart", "median_ms", "max_ms");
  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autoptr(PuenteChartData) data = puente_chart_build (spec, source, NULL, NULL, &error);
      g_autofree double *times = g_new (double, runs);
      double             median, worst;

      if (data == NULL)
        {
          cairo_surface_destroy (surface);
          return puente_cli_fail (error);
        }
      for (int r = -1; r < runs; r++)
        {
          cairo_t           *cr = cairo_create (surface);
          gint64             start = g_get_monotonic_time ();
          PuenteChartLayout *layout = puente_chart_draw (data, &style, cr, 1920, 1080);

          cairo_surface_flush (surface);
          if (r >= 0)
            times[r] = (g_get_monotonic_time () - start) / 1000.0;
          puente_chart_layout_free (layout);
          cairo_destroy (cr);
        }
      qsort (times, (size_t) runs, sizeof (double), puente_cli_compare_doubles);
      median = runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
      worst = times[runs - 1];
      all_fast &= median < 16;
      if (json)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "chart");
          json_builder_add_string_value (builder, spec->id);
          json_builder_set_member_name (builder, "median_ms");
          json_builder_add_double_value (builder, round (median * 100) / 100);
          json_builder_set_member_name (builder, "max_ms");
          json_builder_add_double_value (builder, round (worst * 100) / 100);
          json_builder_end_object (builder);
        }
      else
        g_print ("%-22s %10.2f %10.2f%s\n", spec->id, median, worst, median < 16 ? "" : "  (over 16 ms)");
    }
  json_builder_end_array (builder);
  cairo_surface_destroy (surface);

  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      g_autofree char *text = puente_cli_json_to_string (root);

      g_print ("%s", text);
    }
  if (!all_fast && !json)
    g_print ("%s\n", _ ("Some charts took 16 ms or more to draw."));
  return PUENTE_CLI_EXIT_OK;
}


/* ---- bench --ensemble ----------------------------------------------- */

static int
bench_ensemble (PuenteCli *cli,
                int        argc,
                char     **argv)
{
  int          runs = 1000;
  int          repeat = 3;
  gint64       seed = 1;
  gboolean     json = FALSE, flag = FALSE;
  GOptionEntry entries[] = {
    { "ensemble", 0, 0, G_OPTION_ARG_NONE, &flag, N_ ("Time ensembles instead of single runs"), NULL },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_ ("Runs per ensemble (default 1000)"), N_ ("N") },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, N_ ("Ensembles timed (default 3; the median is shown)"), N_ ("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_ ("Seed of the sampling (default 1)"), N_ ("S") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteEnsemble) ensemble = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *values = NULL;
  g_autofree double *times = NULL;
  double             median;
  int                status;

  if ((status = puente_cli_parse_options ("bench", NULL,
                                          _ ("Time ensembles of the baseline (all key series, every indicator for US, MX and NA) on all processors: prints the median wall-clock time of one ensemble."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("bench", argc, argv)) >= 0)
    return status;
  if (runs < 1 || runs > 1000000)
    return puente_cli_usage_error (_ ("--runs must be a whole number from 1 to 1000000, not %d."), runs);
  if (repeat < 1 || repeat > 100)
    return puente_cli_usage_error (_ ("--repeat must be a whole number from 1 to 100, not %d."), repeat);
  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);

  values = g_new0 (double, puente_levers_get_n ());
  puente_levers_fill_baseline (dataset, values);
  ensemble = puente_ensemble_new (dataset);
  times = g_new (double, repeat);
  for (int i = 0; i < repeat; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!puente_ensemble_run (ensemble, values, runs, (guint64) seed, NULL, &error))
        return puente_cli_fail (error);
      times[i] = (g_get_monotonic_time () - start) / 1e3;
    }
  for (int i = 1; i < repeat; i++)
    for (int j = i; j > 0 && times[j - 1] > times[j]; j--)
      {
        double t = times[j];

        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  median = times[repeat / 2];

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "ensemble_runs");
      json_builder_add_int_value (b, runs);
      json_builder_set_member_name (b, "series");
      json_builder_add_int_value (b, puente_ensemble_get_n_series (ensemble));
      json_builder_set_member_name (b, "threads");
      json_builder_add_int_value (b, g_get_num_processors ());
      json_builder_set_member_name (b, "median_ms");
      json_builder_add_double_value (b, median);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      return puente_cli_print_json (root);
    }

  g_print (_ ("ensemble of %d runs, %u series, %u threads: median %.1f ms (of %d)"),
           runs, puente_ensemble_get_n_series (ensemble), g_get_num_processors (), median, repeat);
  g_print ("\n");
  return PUENTE_CLI_EXIT_OK;
}

/* ---- bench (model runs) ----------------------------------------------- */

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

int
puente_cli_bench (PuenteCli *cli,
                  int        argc,
                  char     **argv)
{
  int          runs = 1000;
  gboolean     json = FALSE;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_ ("Number of timed runs (default 1000)"), N_ ("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteEngine) engine = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *values = NULL;
  g_autofree gint64 *times = NULL;
  int                warmup;
  double             median, p95;
  int                status;

  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--charts") == 0)
      return bench_charts (cli, argc, argv);
    else if (strcmp (argv[i], "--ensemble") == 0)
      return bench_ensemble (cli, argc, argv);

  if ((status = puente_cli_parse_options ("bench", NULL,
                                          _ ("Time full model runs of the baseline: prints the number of runs and the median and 95th-percentile time of one run in microseconds."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("bench", argc, argv)) >= 0)
    return status;
  if (runs < 1 || runs > 10000000)
    return puente_cli_usage_error (_ ("--runs must be a whole number from 1 to 10000000, not %d."), runs);

  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);

  values = g_new0 (double, puente_levers_get_n ());
  puente_levers_fill_baseline (dataset, values);
  engine = puente_engine_new (dataset);
  results = puente_results_new (dataset, PUENTE_MAX_HORIZON);

  /* Warm the caches and the branch predictors before timing. */
  warmup = MIN (runs, 100);
  for (int i = 0; i < warmup; i++)
    puente_engine_run (engine, values, results);

  times = g_new (gint64, runs);
  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      puente_engine_run (engine, values, results);
      times[i] = g_get_monotonic_time () - start;
    }

  qsort (times, (size_t) runs, sizeof (gint64), compare_times);
  median = runs % 2 == 1 ? (double) times[runs / 2]
                         : ((double) times[runs / 2 - 1] + (double) times[runs / 2]) / 2.0;
  p95 = (double) times[(int) ceil (0.95 * runs) - 1];

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "runs");
      json_builder_add_int_value (builder, runs);
      json_builder_set_member_name (builder, "median_us");
      json_builder_add_double_value (builder, median);
      json_builder_set_member_name (builder, "p95_us");
      json_builder_add_double_value (builder, p95);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      return puente_cli_print_json (root);
    }

  g_print ("runs: %d\nmedian: %.1f µs\np95: %.1f µs\n", runs, median, p95);
  return PUENTE_CLI_EXIT_OK;
}
