/* puente-cli-indicators.c: key indicators of one or two scenarios
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli-commands.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-indicators.h"
#include "puente-results.h"
#include "puente-scenario.h"
#include "puente-units.h"

static double
compute (const PuenteResults      *results,
         const PuenteKeyIndicator *key)
{
  return puente_key_indicator_compute (key, results);
}

static void
add_number (JsonBuilder *builder,
            double       value)
{
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_scenario (JsonBuilder          *builder,
              const char           *member,
              const PuenteScenario *scenario,
              const char           *label,
              PuenteLang            lang)
{
  const char *name = puente_scenario_get_name (scenario, lang);

  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "scenario");
  json_builder_add_string_value (builder, label);
  json_builder_set_member_name (builder, "name");
  if (name != NULL)
    json_builder_add_string_value (builder, name);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

int
puente_cli_print_indicators (PuenteCli            *cli,
                             PuenteDataset        *dataset,
                             const PuenteScenario *a,
                             const char           *a_label,
                             const PuenteResults  *a_results,
                             const PuenteScenario *b,
                             const char           *b_label,
                             const PuenteResults  *b_results,
                             gboolean              json)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      add_scenario (builder, "a", a, a_label, cli->lang);
      if (b_results != NULL)
        add_scenario (builder, "b", b, b_label, cli->lang);
      json_builder_set_member_name (builder, "indicators");
      json_builder_begin_array (builder);
      for (guint i = 0; i < puente_key_indicators_get_n (); i++)
        {
          const PuenteKeyIndicator *key = puente_key_indicators_get (i);
          double                    va = compute (a_results, key);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, key->id);
          json_builder_set_member_name (builder, "label");
          {
            g_autofree char *title = puente_key_indicator_get_title (key, a_results, cli->lang);

            json_builder_add_string_value (builder, title);
          }
          json_builder_set_member_name (builder, "indicator");
          json_builder_add_string_value (builder, key->indicator);
          json_builder_set_member_name (builder, "region");
          json_builder_add_string_value (builder, key->region);
          json_builder_set_member_name (builder, "year");
          json_builder_add_int_value (builder, key->year == PUENTE_KEY_AT_HORIZON ? puente_results_get_last_year (a_results) : key->year);
          json_builder_set_member_name (builder, "cumulative");
          json_builder_add_boolean_value (builder, key->mode == PUENTE_KEY_CUMULATIVE_TO);
          json_builder_set_member_name (builder, "unit");
          json_builder_add_string_value (builder, key->unit);
          json_builder_set_member_name (builder, "a");
          add_number (builder, va);
          if (b_results != NULL)
            {
              double vb = compute (b_results, key);

              json_builder_set_member_name (builder, "b");
              add_number (builder, vb);
              json_builder_set_member_name (builder, "b_minus_a");
              add_number (builder, vb - va);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      text = puente_cli_json_to_string (root);
      g_string_append (out, text);
    }
  else
    {
      const char *a_name = puente_scenario_get_name (a, cli->lang);

      g_string_append_printf (out, "%s: %s%s%s%s\n",
                              b_results != NULL ? "A" : _ ("Scenario"), a_label,
                              a_name ? " (" : "", a_name ? a_name : "", a_name ? ")" : "");
      if (b_results != NULL)
        {
          const char *b_name = puente_scenario_get_name (b, cli->lang);

          g_string_append_printf (out, "B: %s%s%s%s\n", b_label,
                                  b_name ? " (" : "", b_name ? b_name : "", b_name ? ")" : "");
        }
      g_string_append_c (out, '\n');

      /* Numbers as the window shows them: the units table's factor,
       * label and rounding, in the --units system. */
      if (b_results != NULL)
        g_string_append_printf (out, "%-62s %14s %14s %14s  %s\n", "", "A", "B", "B - A", "");
      for (guint i = 0; i < puente_key_indicators_get_n (); i++)
        {
          const PuenteKeyIndicator *key = puente_key_indicators_get (i);
          PuenteUnitSystem          units = (PuenteUnitSystem) cli->units;
          double                    va = compute (a_results, key);
          const char               *label = "";
          g_autofree char          *title = puente_key_indicator_get_title (key, a_results, cli->lang);
          g_autofree char          *sa = puente_units_format (key->unit, units, cli->lang, va, FALSE, &label);

          puente_cli_append_padded (out, title, 62);
          if (b_results != NULL)
            {
              double           vb = compute (b_results, key);
              g_autofree char *sb = puente_units_format (key->unit, units, cli->lang, vb, FALSE, NULL);
              const char      *d_label = "";
              g_autofree char *sd = puente_units_format (key->unit, units, cli->lang, vb - va, TRUE, &d_label);

              /* A difference of shares is in percentage points. */
              if (g_strcmp0 (d_label, label) != 0)
                {
                  g_autofree char *with_label = g_strconcat (sd, " ", d_label, NULL);

                  g_free (sd);
                  sd = g_steal_pointer (&with_label);
                }

              g_string_append_printf (out, " %14s %14s %14s  %s\n", sa, sb, sd, label);
            }
          else
            g_string_append_printf (out, " %14s  %s\n", sa, label);
        }
    }

  return puente_cli_print_text (out->str);
}

int
puente_cli_indicators (PuenteCli *cli,
                       int        argc,
                       char     **argv)
{
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  g_autofree char *compare_preset = NULL;
  g_autofree char *compare_file = NULL;
  g_autofree char *units = NULL;
  gboolean         json = FALSE;
  GOptionEntry     entries[] = {
        { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_ ("Scenario A is the preset ID (default: baseline)"), N_ ("ID") },
        { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_ ("Scenario A is the scenario in FILE"), N_ ("FILE") },
        { "compare-preset", 0, 0, G_OPTION_ARG_STRING, &compare_preset, N_ ("Compare with scenario B, the preset ID"), N_ ("ID") },
        { "compare", 0, 0, G_OPTION_ARG_FILENAME, &compare_file, N_ ("Compare with scenario B, the scenario in FILE"), N_ ("FILE") },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
        PUENTE_CLI_UNITS_OPTION (units),
        { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteScenario) a = NULL;
  g_autoptr(PuenteScenario) b = NULL;
  g_autoptr(PuenteResults) a_results = NULL;
  g_autoptr(PuenteResults) b_results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a_label = NULL;
  g_autofree char *b_label = NULL;
  int              status;

  if ((status = puente_cli_parse_options ("indicators", NULL,
                                          _ ("Key indicators of scenario A; with --compare-preset or --compare, also of scenario B and the difference B - A."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("indicators", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if (compare_preset != NULL && compare_file != NULL)
    return puente_cli_usage_error (_ ("Give either --compare-preset or --compare, not both."));
  if ((status = puente_cli_parse_units (cli, units)) >= 0)
    return status;

  if ((a = puente_cli_load_scenario (cli, preset, file, &error)) == NULL)
    return puente_cli_fail (error);
  if ((compare_preset != NULL || compare_file != NULL) &&
      (b = puente_cli_load_scenario (cli, compare_preset, compare_file, &error)) == NULL)
    return puente_cli_fail (error);
  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);

  a_label = puente_cli_scenario_label (a, file);
  if ((a_results = puente_cli_run_scenario (dataset, a, &error)) == NULL)
    return puente_cli_fail (error);
  if (b != NULL)
    {
      b_label = puente_cli_scenario_label (b, compare_file);
      if ((b_results = puente_cli_run_scenario (dataset, b, &error)) == NULL)
        return puente_cli_fail (error);
    }

  return puente_cli_print_indicators (cli, dataset, a, a_label, a_results,
                                      b, b_label, b_results, json);
}
