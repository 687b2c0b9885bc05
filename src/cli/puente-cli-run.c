/* puente-cli-run.c: the “run” command, a scenario's results as CSV or JSON
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli-commands.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-file.h"
#include "puente-results.h"
#include "puente-scenario.h"

static JsonNode *
results_to_json (const PuenteResults  *results,
                 const PuenteScenario *scenario,
                 const char           *label,
                 PuenteLang            lang)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_years = puente_results_get_n_years (results);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "scenario");
  json_builder_add_string_value (builder, label);
  json_builder_set_member_name (builder, "name");
  if (puente_scenario_get_name (scenario, lang) != NULL)
    json_builder_add_string_value (builder, puente_scenario_get_name (scenario, lang));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "first_year");
  json_builder_add_int_value (builder, puente_results_get_first_year (results));
  json_builder_set_member_name (builder, "last_year");
  json_builder_add_int_value (builder, puente_results_get_last_year (results));
  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  for (guint i = 0; i < puente_results_get_n_indicators (results); i++)
    {
      const PuenteIndicatorInfo *info = puente_results_get_indicator (results, i);

      for (guint r = 0; r < puente_results_get_n_regions (results); r++)
        {
          const double *series = puente_results_get_series_by_index (results, i, r);

          if (series == NULL)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "indicator");
          json_builder_add_string_value (builder, info->id);
          json_builder_set_member_name (builder, "region");
          json_builder_add_string_value (builder, puente_results_get_region (results, r));
          json_builder_set_member_name (builder, "unit");
          json_builder_add_string_value (builder, info->unit);
          json_builder_set_member_name (builder, "values");
          json_builder_begin_array (builder);
          for (guint y = 0; y < n_years; y++)
            json_builder_add_double_value (builder, series[y]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

int
puente_cli_run (PuenteCli *cli,
                int        argc,
                char     **argv)
{
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *units = NULL;
  gboolean         json = FALSE;
  GOptionEntry     entries[] = {
        { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_ ("Run the preset ID (default: baseline)"), N_ ("ID") },
        { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_ ("Run the scenario in FILE"), N_ ("FILE") },
        { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_ ("Write the results as long CSV to FILE (- for the standard output)"), N_ ("FILE") },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print the results as JSON"), NULL },
        PUENTE_CLI_UNITS_OPTION (units),
        { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  int              status;

  if ((status = puente_cli_parse_options ("run", NULL,
                                          _ ("Run a scenario (a preset or a file) and write its results: long CSV with the columns scenario,indicator,region,year,value,unit, or JSON. Without --csv or --json, print its key indicators."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("run", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if ((status = puente_cli_parse_units (cli, units)) >= 0)
    return status;
  if (json && g_strcmp0 (csv, "-") == 0)
    return puente_cli_usage_error (_ ("--json and --csv - both write to the standard output; write the CSV to a file instead."));
  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;
  if (csv != NULL && !puente_cli_check_output (cli, csv, &error))
    return puente_cli_fail (error);

  if ((results = puente_cli_run_scenario (dataset, scenario, &error)) == NULL)
    return puente_cli_fail (error);

  if (csv != NULL)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      if (!puente_results_write_csv (results, label, out, &error))
        return puente_cli_fail (error);
      if (!puente_cli_write_output (cli, csv, out->str, out->len, &error))
        {
          g_autofree char *message =
            g_error_matches (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_WRITE)
            ? g_strdup_printf (_ ("Could not write the CSV to “%s”: %s"), csv, error->message)
            : g_strdup (error->message);

          puente_cli_print_error (message);
          return PUENTE_CLI_EXIT_INVALID;
        }
    }

  if (json)
    {
      g_autoptr(JsonNode) root = results_to_json (results, scenario, label, cli->lang);

      return puente_cli_print_json (root);
    }

  if (csv == NULL)
    return puente_cli_print_indicators (cli, dataset, scenario, label, results,
                                        NULL, NULL, NULL, FALSE);

  return PUENTE_CLI_EXIT_OK;
}
