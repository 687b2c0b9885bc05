/* puente-cli-chart.c: the “chart” command, draw one chart to a file
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-cli-chart-job.h"
#include "puente-cli-commands.h"
#include "puente-cli-private.h"

int
puente_cli_chart (PuenteCli *cli,
                  int        argc,
                  char     **argv)
{
  g_auto(ChartArgs) args = { 0 };
  int          ensemble_runs = 0;
  gint64       seed = 1;
  GOptionEntry entries[] = {
    CHART_OPTIONS (args),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format, N_ ("png, svg, pdf or csv (default: from the file name)"), N_ ("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output, N_ ("Write to FILE (“-” for standard output)"), N_ ("FILE") },
    { "ensemble-runs", 0, 0, G_OPTION_ARG_INT, &ensemble_runs, N_ ("Draw a line chart as a fan: the median of N runs with sampled inputs, with the bands from the 25th to the 75th and from the 5th to the 95th percentile"), N_ ("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_ ("Seed of the sampling for --ensemble-runs (default 1); the same seed gives the same fan"), N_ ("S") },
    { NULL }
  };
  g_auto(ChartJob) job = { 0 };
  g_autoptr(PuenteChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  const PuenteChartSpec *spec;
  int                    status;

  if ((status = puente_cli_parse_options ("chart", _ ("ID"),
                                          _ ("Draw one chart of the catalogue (see “puente-cli charts”) to a PNG, SVG, PDF or CSV file."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return puente_cli_usage_error ("%s", _ ("Give one chart id, e.g. “puente-cli chart zev-share-sales -o chart.png”."));
  if (args.output == NULL)
    return puente_cli_usage_error ("%s", _ ("Give the output file with -o FILE."));

  if ((spec = puente_chart_catalogue_find (argv[1])) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_ ("Unknown chart “%s”: run “puente-cli charts” for the list."), argv[1]);
      return puente_cli_fail_message (message);
    }
  if (ensemble_runs < 0 || ensemble_runs > 1000000)
    return puente_cli_usage_error (_ ("--ensemble-runs must be a whole number from 1 to 1000000, not %d."), ensemble_runs);
  if ((status = puente_cli_chart_job_prepare (cli, &args, FALSE, &job)) >= 0)
    return status;
  if ((data = puente_cli_chart_job_build (&job, spec, &args, &error)) == NULL)
    return puente_cli_fail (error);
  if (ensemble_runs > 0)
    {
      g_clear_pointer (&data, puente_chart_data_free);
      if ((data = puente_cli_chart_job_build_fan (&job, spec, &args, (guint) ensemble_runs, (guint64) seed, &error)) == NULL)
        return puente_cli_fail (error);
    }
  if (!puente_cli_chart_job_write (&job, data, g_array_index (job.formats, PuenteChartFormat, 0), args.output, &error))
    return puente_cli_fail (error);
  return PUENTE_CLI_EXIT_OK;
}
