/* puente-cli-levers.c: the “levers” command, the policy levers, their units, ranges and baselines
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
#include "puente-json.h"
#include "puente-levers.h"

static const char *
theme_id (PuenteLeverTheme theme)
{
  switch (theme)
    {
    case PUENTE_THEME_LIGHT_DUTY:
      return "light-duty";
    case PUENTE_THEME_HEAVY_DUTY:
      return "heavy-duty";
    case PUENTE_THEME_TRANSIT:
      return "transit";
    case PUENTE_THEME_CHARGING:
      return "charging";
    case PUENTE_THEME_SUPPLY_CHAIN:
      return "supply-chain";
    case PUENTE_THEME_GRID:
      return "grid";
    case PUENTE_THEME_GENERAL:
      return "general";
    case PUENTE_N_THEMES:
    default:
      return "other";
    }
}

int
puente_cli_levers (PuenteCli *cli,
                   int        argc,
                   char     **argv)
{
  gboolean     json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = puente_cli_parse_options ("levers", NULL,
                                          _ ("List the policy levers a scenario can change, with their units, ranges and baseline values."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("levers", argc, argv)) >= 0)
    return status;

  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "levers");
      json_builder_begin_array (builder);
      for (guint i = 0; i < puente_levers_get_n (); i++)
        {
          const PuenteLever *lever = puente_levers_get (i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, lever->id);
          json_builder_set_member_name (builder, "theme");
          json_builder_add_string_value (builder, theme_id (lever->theme));
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, _ (lever->label));
          json_builder_set_member_name (builder, "description");
          json_builder_add_string_value (builder, _ (lever->description));
          json_builder_set_member_name (builder, "unit");
          json_builder_add_string_value (builder, lever->unit);
          json_builder_set_member_name (builder, "min");
          json_builder_add_double_value (builder, lever->min);
          json_builder_set_member_name (builder, "max");
          json_builder_add_double_value (builder, lever->max);
          json_builder_set_member_name (builder, "step");
          json_builder_add_double_value (builder, lever->step);
          json_builder_set_member_name (builder, "baseline");
          json_builder_add_double_value (builder, puente_lever_get_default (lever, dataset));
          json_builder_set_member_name (builder, "scope");
          json_builder_add_string_value (builder, lever->scope);
          json_builder_set_member_name (builder, "integer");
          json_builder_add_boolean_value (builder, lever->is_integer);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      return puente_cli_print_json (root);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);
      int last_theme = -1;

      for (guint i = 0; i < puente_levers_get_n (); i++)
        {
          const PuenteLever *lever = puente_levers_get (i);
          char               lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];
          char               base[G_ASCII_DTOSTR_BUF_SIZE];

          if ((int) lever->theme != last_theme)
            {
              g_string_append_printf (out, "%s%s\n", last_theme < 0 ? "" : "\n",
                                      puente_lever_theme_label (lever->theme, cli->lang));
              last_theme = (int) lever->theme;
            }
          puente_json_format_number (lo, sizeof lo, lever->min);
          puente_json_format_number (hi, sizeof hi, lever->max);
          puente_json_format_number (base, sizeof base, puente_lever_get_default (lever, dataset));
          g_string_append_printf (out, "  %-34s %s\n", lever->id, _ (lever->label));
          g_string_append (out, "  ");
          g_string_append_printf (out, "%-34s ", "");
          /* Translators: "from 0 to 1 share; baseline 0.2" */
          g_string_append_printf (out, _ ("from %s to %s %s; baseline %s"), lo, hi, lever->unit, base);
          g_string_append_c (out, '\n');
        }
      return puente_cli_print_text (out->str);
    }
}
