/* puente-cli-engine2.c: flows, ensemble and bench --ensemble
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   puente-cli flows --year Y [--preset ID | --scenario FILE] [--json]
 *     The battery supply-chain flow graph of one year: nodes with their
 *     kind (source, stage, sink) and column, links with their value in
 *     GWh and their material content in tonnes.
 *   puente-cli ensemble [--preset ID | --scenario FILE] --runs N --seed S
 *                       [--series INDICATOR:REGION ...] [--csv FILE|-]
 *     Percentiles 5, 25, 50, 75 and 95 per series and year.
 *   puente-cli bench --ensemble [--runs N] [--seed S] [--json]
 *     Wall-clock time of one ensemble of N runs on all processors.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli-engine2.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-ensemble.h"
#include "puente-flows.h"
#include "puente-indicators.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"

/* ---- flows ------------------------------------------------------------ */

/* The node kinds as a reader sees them (JSON keeps the ids). */
static const char *
flow_kind_label (PuenteFlowNodeKind kind)
{
  switch (kind)
    {
    case PUENTE_FLOW_NODE_SOURCE:
      /* Translators: a supply-chain node where flows enter */
      return _("source");
    case PUENTE_FLOW_NODE_SINK:
      /* Translators: a supply-chain node where flows leave */
      return _("sink");
    case PUENTE_FLOW_NODE_STAGE:
    default:
      /* Translators: a supply-chain stage (inflow = outflow) */
      return _("stage");
    }
}

int
puente_cli_flows (PuenteCli  *cli,
                  int         argc,
                  char      **argv)
{
  int year = 0;
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("Year of the flows (required)"), N_("YEAR") },
    { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_("Run the preset ID (default: baseline)"), N_("ID") },
    { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_("Run the scenario in FILE"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(PuenteFlows) flows = NULL;
  g_autofree char *label = NULL;
  int status;

  if ((status = puente_cli_parse_options ("flows", NULL,
                                          _("The battery supply-chain flows of one year, in GWh of battery capacity (GWh-equivalent for materials) and tonnes of lithium, nickel, cobalt, manganese and graphite. Every stage balances: inflow = outflow; sources and sinks are where batteries enter and leave North America's chain."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("flows", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if (year == 0)
    return puente_cli_usage_error (_("--year is required, e.g. --year 2035."));

  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;

  results = puente_cli_run_scenario (dataset, scenario);
  flows = puente_flows_new (results, year);
  if (flows == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("--year %d is outside the scenario’s years (%d–%d)."), year,
                                              puente_results_get_first_year (results),
                                              puente_results_get_last_year (results));

      puente_cli_print_error (msg);
      return PUENTE_CLI_EXIT_INVALID;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "scenario");
      json_builder_add_string_value (b, label);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, year);
      json_builder_set_member_name (b, "unit");
      json_builder_add_string_value (b, "GWh");
      json_builder_set_member_name (b, "nodes");
      json_builder_begin_array (b);
      for (guint n = 0; n < puente_flows_get_n_nodes (); n++)
        {
          const PuenteFlowNode *node = puente_flows_get_node (n);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, node->id);
          json_builder_set_member_name (b, "label");
          json_builder_add_string_value (b, _(node->label));
          json_builder_set_member_name (b, "kind");
          json_builder_add_string_value (b, puente_flow_node_kind_to_string (node->kind));
          json_builder_set_member_name (b, "column");
          json_builder_add_int_value (b, node->column);
          json_builder_set_member_name (b, "region");
          json_builder_add_string_value (b, node->region);
          json_builder_set_member_name (b, "inflow");
          json_builder_add_double_value (b, puente_flows_get_inflow (flows, n));
          json_builder_set_member_name (b, "outflow");
          json_builder_add_double_value (b, puente_flows_get_outflow (flows, n));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "links");
      json_builder_begin_array (b);
      for (guint l = 0; l < puente_flows_get_n_links (); l++)
        {
          const PuenteFlowLink *link = puente_flows_get_link (flows, l);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, link->id);
          json_builder_set_member_name (b, "source");
          json_builder_add_string_value (b, puente_flows_get_node (link->source)->id);
          json_builder_set_member_name (b, "target");
          json_builder_add_string_value (b, puente_flows_get_node (link->target)->id);
          json_builder_set_member_name (b, "value");
          json_builder_add_double_value (b, link->gwh);
          json_builder_set_member_name (b, "unit");
          json_builder_add_string_value (b, "GWh");
          json_builder_set_member_name (b, "tonnes");
          json_builder_begin_object (b);
          for (guint m = 0; m < PUENTE_N_MATERIALS; m++)
            {
              json_builder_set_member_name (b, puente_material_id (m));
              json_builder_add_double_value (b, link->tonnes[m]);
            }
          json_builder_end_object (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      return puente_cli_print_json (root);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);
      char v[64], li[64];

      g_string_append_printf (out, _("Battery supply-chain flows, %s, %d (GWh)"), label, year);
      g_string_append (out, "\n\n");
      puente_cli_append_padded (out, _("Kind"), 10);
      puente_cli_append_padded (out, _("Column"), 9);
      puente_cli_append_padded (out, _("Node"), 60);
      g_string_append_printf (out, " %12s %12s\n", _("In"), _("Out"));
      for (guint n = 0; n < puente_flows_get_n_nodes (); n++)
        {
          const PuenteFlowNode *node = puente_flows_get_node (n);
          g_autofree char *column = g_strdup_printf ("%u", node->column);
          char in[64], o[64];

          puente_cli_format_human (in, sizeof in, puente_flows_get_inflow (flows, n));
          puente_cli_format_human (o, sizeof o, puente_flows_get_outflow (flows, n));

          puente_cli_append_padded (out, flow_kind_label (node->kind), 10);
          puente_cli_append_padded (out, column, 9);
          puente_cli_append_padded (out, _(node->label), 60);
          g_string_append_printf (out, " %12s %12s\n", in, o);
        }
      g_string_append (out, "\n");
      g_string_append_printf (out, "%-45s %12s %12s\n", _("Link"), "GWh", _("t lithium"));
      for (guint l = 0; l < puente_flows_get_n_links (); l++)
        {
          const PuenteFlowLink *link = puente_flows_get_link (flows, l);

          puente_cli_format_human (v, sizeof v, link->gwh);
          puente_cli_format_human (li, sizeof li, link->tonnes[PUENTE_MATERIAL_LITHIUM]);
          g_string_append_printf (out, "%-45s %12s %12s\n", link->id, v, li);
        }
      return puente_cli_print_text (out->str);
    }
}

/* ---- ensemble --------------------------------------------------------- */

static gboolean
add_series (PuenteEnsemble  *ensemble,
            char           **series,
            GError         **error)
{
  for (guint i = 0; series != NULL && series[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (series[i], ":", 2);

      if (g_strv_length (parts) != 2)
        {
          g_set_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES,
                       _("--series “%s” must be INDICATOR:REGION, e.g. transit.ebus:NA"), series[i]);
          return FALSE;
        }
      if (!puente_ensemble_add_series (ensemble, parts[0], parts[1], error))
        return FALSE;
    }
  return TRUE;
}

int
puente_cli_ensemble (PuenteCli  *cli,
                     int         argc,
                     char      **argv)
{
  int runs = 1000;
  gint64 seed = 1;
  int threads = 0;
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) series = NULL;
  GOptionEntry entries[] = {
    { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_("Run the preset ID (default: baseline)"), N_("ID") },
    { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_("Run the scenario in FILE"), N_("FILE") },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_("Number of runs (default 1000)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the sampling (default 1); the same seed gives the same percentiles"), N_("S") },
    { "series", 0, 0, G_OPTION_ARG_STRING_ARRAY, &series, N_("Keep this series (repeatable; default: every indicator for US, MX and NA)"), N_("INDICATOR:REGION") },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_("Threads (default: one per processor)"), N_("N") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_("Write the percentiles as CSV to FILE (- for the standard output)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteEnsemble) ensemble = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree double *values = NULL;
  gint64 start;
  double seconds;
  int status;

  if ((status = puente_cli_parse_options ("ensemble", NULL,
                                          _("Run a scenario many times with its uncertain inputs sampled (the dataset figures with a low–high range) and print the 5th, 25th, 50th, 75th and 95th percentile of each series and year. Sampling is seeded: the same seed gives the same numbers."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("ensemble", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if (runs < 1 || runs > 1000000)
    return puente_cli_usage_error (_("--runs must be a whole number from 1 to 1000000, not %d."), runs);
  if (threads < 0 || threads > 256)
    return puente_cli_usage_error (_("--threads must be a whole number from 0 to 256, not %d."), threads);

  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;

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
      if (!puente_cli_write_output (csv, out->str, out->len, &error))
        return puente_cli_fail (error);
      if (g_strcmp0 (csv, "-") != 0)
        {
          g_autofree char *seed_text = g_strdup_printf ("%" G_GINT64_FORMAT, seed);

          g_printerr (_("%u runs (seed %s, %u uncertain inputs) in %.2f s; percentiles written to %s"),
                      (guint) runs, seed_text, puente_ensemble_get_n_inputs (ensemble), seconds, csv);
          g_printerr ("\n");
        }
      return PUENTE_CLI_EXIT_OK;
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autofree char *seed_text = g_strdup_printf ("%" G_GINT64_FORMAT, seed);

      g_string_append_printf (out, _("%s: %u runs, seed %s, %u uncertain inputs, %.2f s"),
                              label, (guint) runs, seed_text, puente_ensemble_get_n_inputs (ensemble), seconds);
      g_string_append (out, "\n\n");
      g_string_append_printf (out, "%-40s %-6s %5s %12s %12s %12s %12s %12s\n",
                              _("Series"), _("Region"), _("Year"), "p5", "p25", "p50", "p75", "p95");
      for (guint k = 0; k < puente_key_indicators_get_n (); k++)
        {
          const PuenteKeyIndicator *key = puente_key_indicators_get (k);
          int s = puente_ensemble_find_series (ensemble, key->indicator, key->region);
          int year = key->year == PUENTE_KEY_AT_HORIZON
                     ? puente_ensemble_get_first_year (ensemble) + (int) puente_ensemble_get_n_years (ensemble) - 1
                     : key->year;
          guint y;
          const double *p;

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

/* ---- bench --ensemble ----------------------------------------------- */

int
puente_cli_bench_ensemble (PuenteCli  *cli,
                           int         argc,
                           char      **argv)
{
  int runs = 1000;
  int repeat = 3;
  gint64 seed = 1;
  gboolean json = FALSE, flag = FALSE;
  GOptionEntry entries[] = {
    { "ensemble", 0, 0, G_OPTION_ARG_NONE, &flag, N_("Time ensembles instead of single runs"), NULL },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_("Runs per ensemble (default 1000)"), N_("N") },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, N_("Ensembles timed (default 3; the median is shown)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the sampling (default 1)"), N_("S") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteEnsemble) ensemble = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *values = NULL;
  g_autofree double *times = NULL;
  double median;
  int status;

  if ((status = puente_cli_parse_options ("bench", NULL,
                                          _("Time ensembles of the baseline (all key series, every indicator for US, MX and NA) on all processors: prints the median wall-clock time of one ensemble."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("bench", argc, argv)) >= 0)
    return status;
  if (runs < 1 || runs > 1000000)
    return puente_cli_usage_error (_("--runs must be a whole number from 1 to 1000000, not %d."), runs);
  if (repeat < 1 || repeat > 100)
    return puente_cli_usage_error (_("--repeat must be a whole number from 1 to 100, not %d."), repeat);
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

  g_print (_("ensemble of %d runs, %u series, %u threads: median %.1f ms (of %d)"),
           runs, puente_ensemble_get_n_series (ensemble), g_get_num_processors (), median, repeat);
  g_print ("\n");
  return PUENTE_CLI_EXIT_OK;
}
