/* puente-cli-flows.c: the “flows” command, the battery supply chain of one year
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
#include "puente-engine.h"
#include "puente-flows.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"

/* The node kinds as a reader sees them (JSON keeps the ids). */
static const char *
flow_kind_label (PuenteFlowNodeKind kind)
{
  switch (kind)
    {
    case PUENTE_FLOW_NODE_SOURCE:
      /* Translators: a supply-chain node where flows enter */
      return _ ("source");
    case PUENTE_FLOW_NODE_SINK:
      /* Translators: a supply-chain node where flows leave */
      return _ ("sink");
    case PUENTE_FLOW_NODE_STAGE:
    default:
      /* Translators: a supply-chain stage (inflow = outflow) */
      return _ ("stage");
    }
}

int
puente_cli_flows (PuenteCli *cli,
                  int        argc,
                  char     **argv)
{
  int              year = 0;
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  gboolean         json = FALSE;
  GOptionEntry     entries[] = {
        { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_ ("Year of the flows (required)"), N_ ("YEAR") },
        { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_ ("Run the preset ID (default: baseline)"), N_ ("ID") },
        { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_ ("Run the scenario in FILE"), N_ ("FILE") },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
        { NULL }
  };
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(PuenteFlows) flows = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = puente_cli_parse_options ("flows", NULL,
                                          _ ("The battery supply-chain flows of one year, in GWh of battery capacity (GWh-equivalent for materials) and tonnes of lithium, nickel, cobalt, manganese and graphite. Every stage balances: inflow = outflow; sources and sinks are where batteries enter and leave North America's chain."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("flows", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if (year == 0)
    return puente_cli_usage_error (_ ("--year is required, e.g. --year 2035."));

  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;

  if ((results = puente_cli_run_scenario (dataset, scenario, &error)) == NULL)
    return puente_cli_fail (error);
  flows = puente_flows_new (results, year);
  if (flows == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_ ("--year %d is outside the scenario’s years (%d–%d)."), year,
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
          json_builder_add_string_value (b, _ (node->label));
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

      g_string_append_printf (out, _ ("Battery supply-chain flows, %s, %d (GWh)"), label, year);
      g_string_append (out, "\n\n");
      puente_cli_append_padded (out, _ ("Kind"), 10);
      puente_cli_append_padded (out, _ ("Column"), 9);
      puente_cli_append_padded (out, _ ("Node"), 60);
      g_string_append_printf (out, " %12s %12s\n", _ ("In"), _ ("Out"));
      for (guint n = 0; n < puente_flows_get_n_nodes (); n++)
        {
          const PuenteFlowNode *node = puente_flows_get_node (n);
          g_autofree char      *column = g_strdup_printf ("%u", node->column);
          char                  in[64], o[64];

          puente_cli_format_human (in, sizeof in, puente_flows_get_inflow (flows, n));
          puente_cli_format_human (o, sizeof o, puente_flows_get_outflow (flows, n));

          puente_cli_append_padded (out, flow_kind_label (node->kind), 10);
          puente_cli_append_padded (out, column, 9);
          puente_cli_append_padded (out, _ (node->label), 60);
          g_string_append_printf (out, " %12s %12s\n", in, o);
        }
      g_string_append (out, "\n");
      g_string_append_printf (out, "%-45s %12s %12s\n", _ ("Link"), "GWh", _ ("t lithium"));
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
