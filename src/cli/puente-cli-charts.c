/* puente-cli-charts.c: the “charts” command, the chart catalogue
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-chart-spec.h"
#include "puente-chart.h"
#include "puente-cli-commands.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-format.h"
#include "puente-i18n.h"

int
puente_cli_charts (PuenteCli *cli,
                   int        argc,
                   char     **argv)
{
  gboolean     json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { NULL }
  };
  static const char *const kinds[] = { "line", "stacked-area", "bars", "hbars", "sankey", "fan" };
  /* In the order of the PuenteChartRegionKinds flags. */
  static const char *const region_kinds[] = { "state", "port", "city", "country", "NA" };
  int                      status;

  if ((status = puente_cli_parse_options ("charts", NULL, _ ("List the charts that “chart” and “export-all” draw."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return puente_cli_usage_error (_ ("“%s” takes no arguments, but “%s” was given."), "charts", argv[1]);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
        {
          const PuenteChartSpec *spec = puente_chart_catalogue_get (i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, spec->id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, puente_gettext (cli->lang, spec->title));
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, kinds[spec->kind]);
          json_builder_set_member_name (builder, "by");
          json_builder_add_string_value (builder, spec->kind == PUENTE_CHART_SANKEY ? "flow" : spec->axis == PUENTE_CHART_X_STATES ? "state"
                                           : spec->axis == PUENTE_CHART_X_PORTS                                                    ? "port"
                                                                                                                                   : "year");
          json_builder_set_member_name (builder, "regions");
          json_builder_begin_array (builder);
          for (guint r = 0; r < PUENTE_CHART_MAX_REGIONS && spec->regions[r] != NULL; r++)
            json_builder_add_string_value (builder, spec->regions[r]);
          json_builder_end_array (builder);
          /* What --region may be. */
          json_builder_set_member_name (builder, "region_kinds");
          json_builder_begin_array (builder);
          for (guint k = 0; k < G_N_ELEMENTS (region_kinds); k++)
            if (puente_chart_spec_get_region_kinds (spec) & (1u << k))
              json_builder_add_string_value (builder, region_kinds[k]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      text = puente_cli_json_to_string (root);
      g_print ("%s", text);
      return PUENTE_CLI_EXIT_OK;
    }

  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);

      g_print ("%-24s %s\n", spec->id, puente_gettext (cli->lang, spec->title));
    }
  return PUENTE_CLI_EXIT_OK;
}
