/* puente-cli-ensemble.c: the “ensemble” command, percentiles over sampled uncertain inputs
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli-commands.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-ensemble.h"
#include "puente-indicators.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"

static gboolean
add_series (PuenteEnsemble *ensemble,
            char          **series,
            GError        **error)
{
  for (guint i = 0; series != NULL && series[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (series[i], ":", 2);

      if (g_strv_length (parts) != 2)
        {
          g_set_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES,
                       _ ("--series “%s” must be INDICATOR:REGION, e.g. transit.ebus:NA"), series[i]);
          return FALSE;
        }
      if (!puente_ensemble_add_series (ensemble, parts[0], parts[1], error))
        return FALSE;
    }
  return TRUE;
}

int
puente_cli_ensemble (PuenteCli *cli,
                     int        argc,
                     char     **argv)
{
  int              runs = 1000;
  gint64           seed = 1;
  int              threads = 0;
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) series = NULL;
  GOptionEntry entries[] = {
    { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_ ("Run the preset ID (default: baseline)"), N_ ("ID") },
    { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_ ("Run the scenario in FILE"), N_ ("FILE") },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_ ("Number of runs (default 1000)"), N_ ("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_ ("Seed of the sampling (default 1); the same seed gives the same percentiles"), N_ ("S") },
    { "series", 0, 0, G_OPTION_ARG_STRING_ARRAY, &series, N_ ("Keep this series (repeatable; default: every indicator for US, MX and NA)"), N_ ("INDICATOR:REGION") },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_ ("Threads (default: one per processor)"), N_ ("N") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_ ("Write the percentiles as CSV to FILE (- for the standard output)"), N_ ("FILE") },
    { NULL }
  };
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteEnsemble) ensemble = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char   *label = NULL;
  g_autofree double *values = NULL;
  gint64             start;
  double             seconds;
  int                status;

  if ((status = puente_cli_parse_options ("ensemble", NULL,
                                          _ ("Run a scenario many times with its uncertain inputs sampled (the dataset figures with a low–high range) and print the 5th, 25th, 50th, 75th and 95th percentile of each series and year. Sampling is seeded: the same seed gives the same numbers."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("ensemble", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if (runs < 1 || runs > 1000000)
    return puente_cli_usage_error (_ ("--runs must be a whole number from 1 to 1000000, not %d."), runs);
  if (threads < 0 || threads > 256)
    return puente_cli_usage_error (_ ("--threads must be a whole number from 0 to 256, not %d."), threads);

  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;
  if (csv != NULL && !puente_cli_check_output (cli, csv, &error))
    return puente_cli_fail (error);

  values = g_new0 (double, puente_levers_get_n ());
  puente_scenario_fill_values (scenario, dataset, values);
  ensemble = puente_ensemble_new (dataset);
  puente_ensemble_set_n_threads (ensemble, threads);
  if (series == NULL && csv == NULL)
    {
      /* The key indicators' series. */
      for (guint k = 0; k < puente_key_indicators_get_n (); k++)
        {
          const PuenteKeyIndicator *key = puente_key_indicators_get (k);

          if (key->mode != PUENTE_KEY_VALUE_AT)
            continue;
          if (puente_ensemble_find_series (ensemble, key->indicator, key->region) < 0 &&
              !puente_ensemble_add_series (ensemble, key->indicator, key->region, &error))
            return puente_cli_fail (error);
        }
    }
  else if (!add_series (ensemble, series, &error))
    return puente_cli_fail (error);

  start = g_get_monotonic_time ();
  if (!puente_ensemble_run (ensemble, values, runs, (guint64) seed, NULL, &error))
    return puente_cli_fail (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  if (csv != NULL)
    {
      g_autoptr(GString) out = g_string_new ("scenario,indicator,region,year,p5,p25,p50,p75,p95,unit\n");
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      for (guint s = 0; s < puente_ensemble_get_n_series (ensemble); s++)
        {
          const double *p = puente_ensemble_get_percentiles (ensemble, s);

          for (guint y = 0; y < puente_ensemble_get_n_years (ensemble); y++)
            {
              g_string_append_printf (out, "%s,%s,%s,%d", label, puente_ensemble_get_indicator (ensemble, s),
                                      puente_ensemble_get_region (ensemble, s),
                                      puente_ensemble_get_first_year (ensemble) + (int) y);
              for (int k = 0; k < PUENTE_ENSEMBLE_N_PERCENTILES; k++)
                g_string_append_printf (out, ",%s",
                                        g_ascii_formatd (number, sizeof number, "%.15g",
                                                         p[y * PUENTE_ENSEMBLE_N_PERCENTILES + k]));
              g_string_append_printf (out, ",%s\n", puente_ensemble_get_unit (ensemble, s));
            }
        }
      if (!puente_cli_write_output (cli, csv, out->str, out->len, &error))
        return puente_cli_fail (error);
      if (g_strcmp0 (csv, "-") != 0)
        {
          g_autofree char *seed_text = g_strdup_printf ("%" G_GINT64_FORMAT, seed);

          g_printerr (_ ("%u runs (seed %s, %u uncertain inputs) in %.2f s; percentiles written to %s"),
                      (guint) runs, seed_text, puente_ensemble_get_n_inputs (ensemble), seconds, csv);
          g_printerr ("\n");
        }
      return PUENTE_CLI_EXIT_OK;
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autofree char *seed_text = g_strdup_printf ("%" G_GINT64_FORMAT, seed);

      g_string_append_printf (out, _ ("%s: %u runs, seed %s, %u uncertain inputs, %.2f s"),
                              label, (guint) runs, seed_text, puente_ensemble_get_n_inputs (ensemble), seconds);
      g_string_append (out, "\n\n");
      g_string_append_printf (out, "%-40s %-6s %5s %12s %12s %12s %12s %12s\n",
                              _ ("Series"), _ ("Region"), _ ("Year"), "p5", "p25", "p50", "p75", "p95");
      for (guint k = 0; k < puente_key_indicators_get_n (); k++)
        {
          const PuenteKeyIndicator *key = puente_key_indicators_get (k);
          int                       s = puente_ensemble_find_series (ensemble, key->indicator, key->region);
          int                       year = key->year == PUENTE_KEY_AT_HORIZON
                                  ? puente_ensemble_get_first_year (ensemble) + (int) puente_ensemble_get_n_years (ensemble) - 1
                                  : key->year;
          guint                     y;
          const double             *p;

          /* Percentiles of a sum over years are not sums of percentiles:
           * the table shows series values in one year only. */
          if (s < 0 || key->mode != PUENTE_KEY_VALUE_AT || year < puente_ensemble_get_first_year (ensemble))
            continue;
          y = year - puente_ensemble_get_first_year (ensemble);
          if (y >= puente_ensemble_get_n_years (ensemble))
            continue;
          p = puente_ensemble_get_percentiles (ensemble, s) + y * PUENTE_ENSEMBLE_N_PERCENTILES;
          g_string_append_printf (out, "%-40s %-6s %5d", key->indicator, key->region, year);
          for (int j = 0; j < PUENTE_ENSEMBLE_N_PERCENTILES; j++)
            {
              char v[64];

              puente_cli_format_human (v, sizeof v, p[j]);
              g_string_append_printf (out, " %12s", v);
            }
          g_string_append_c (out, '\n');
        }
      return puente_cli_print_text (out->str);
    }
}
