/* puente-cli-presets.c: the “presets” command, the scenarios that ship with Puente and their status
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
#include "puente-json.h"
#include "puente-scenario.h"

int
puente_cli_presets (PuenteCli *cli,
                    int        argc,
                    char     **argv)
{
  gboolean     json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { NULL }
  };
  const char **presets;
  guint        n_presets = 0;
  int          status;

  if ((status = puente_cli_parse_options ("presets", NULL,
                                          _ ("List the scenarios that ship with Puente: what each models, its sources, and the policy's status as of its date."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("presets", argc, argv)) >= 0)
    return status;

  presets = puente_scenario_list_presets (&n_presets);

  if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonObject) object = json_object_new ();
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < n_presets; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (presets[i], &error);

          if (scenario == NULL)
            return puente_cli_fail (error);
          json_array_add_element (array, puente_cli_scenario_to_node (scenario));
        }
      json_object_set_array_member (object, "presets", g_steal_pointer (&array));
      json_node_set_object (root, object);
      return puente_cli_print_json (root);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; i < n_presets; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (presets[i], &error);
          g_autoptr(GPtrArray) set = NULL;
          g_autofree char   *date = NULL;
          const char        *status_text;
          const char *const *sources;

          if (scenario == NULL)
            return puente_cli_fail (error);

          date = puente_cli_scenario_date (scenario);
          status_text = puente_scenario_get_status (scenario, cli->lang);
          g_string_append_printf (out, "%s%s\n  %s\n", i > 0 ? "\n" : "", presets[i],
                                  puente_scenario_get_name (scenario, cli->lang));
          if (status_text != NULL)
            {
              g_string_append (out, "  ");
              if (date != NULL)
                /* Translators: "Status as of 2026-11-29: Repealed ..." */
                g_string_append_printf (out, _ ("Status as of %s: %s"), date, status_text);
              else
                g_string_append_printf (out, _ ("Status: %s"), status_text);
              g_string_append_c (out, '\n');
            }

          set = puente_scenario_list_set_levers (scenario);
          g_string_append_printf (out, "  %s", _ ("Levers:"));
          if (set->len == 0)
            g_string_append_printf (out, " %s", _ ("none (baseline values)"));
          for (guint j = 0; j < set->len; j++)
            {
              char        buf[G_ASCII_DTOSTR_BUF_SIZE];
              const char *id = g_ptr_array_index (set, j);

              puente_json_format_number (buf, sizeof buf,
                                         puente_scenario_get_lever (scenario, id, NULL));
              g_string_append_printf (out, "%s %s = %s", j > 0 ? "," : "", id, buf);
            }
          g_string_append_c (out, '\n');

          sources = (const char *const *) puente_scenario_get_sources (scenario);
          for (guint j = 0; sources != NULL && sources[j] != NULL; j++)
            g_string_append_printf (out, "  %s %s\n", j == 0 ? _ ("Sources:") : "        ",
                                    sources[j]);
        }
      return puente_cli_print_text (out->str);
    }
}
