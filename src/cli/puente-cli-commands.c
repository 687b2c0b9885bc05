/* puente-cli-commands.c: levers, presets, run, validate, bench
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli.h"
#include "puente-cli-json.h"
#include "puente-cli-charts.h"
#include "puente-cli-engine2.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-json.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"

/* ------------------------------------------------------------------------ */
/* Shared helpers                                                           */

int
puente_cli_parse_options (const char    *command,
                          const char    *parameters,
                          const char    *summary,
                          GOptionEntry  *entries,
                          int           *argc,
                          char        ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strconcat ("puente-cli ", command, NULL);

  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  /* The usage line reads "puente-cli COMMAND [OPTION…]". */
  g_set_prgname (prgname);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_set_prgname ("puente-cli");
      return puente_cli_usage_error ("%s", error->message);
    }
  g_set_prgname ("puente-cli");

  return -1;
}

int
puente_cli_fail (const GError *error)
{
  puente_cli_print_error (error->message);
  return PUENTE_CLI_EXIT_INVALID;
}

int
puente_cli_print_text (const char *text)
{
  if (fputs (text, stdout) < 0 || fflush (stdout) != 0)
    {
      puente_cli_print_error (_("Could not write to the standard output."));
      return PUENTE_CLI_EXIT_INVALID;
    }
  return PUENTE_CLI_EXIT_OK;
}

int
puente_cli_print_json (JsonNode *node)
{
  g_autofree char *text = puente_cli_json_to_string (node);

  return puente_cli_print_text (text);
}

int
puente_cli_no_arguments (const char  *command,
                         int          argc,
                         char       **argv)
{
  if (argc > 1)
    return puente_cli_usage_error (_("“%s” takes no arguments, but “%s” was given."),
                                   command, argv[1]);
  return -1;
}

void
puente_cli_append_padded (GString    *out,
                          const char *text,
                          int         width)
{
  glong pad = width - g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (glong p = 0; p < pad; p++)
    g_string_append_c (out, ' ');
}

const char *
puente_cli_unit_label (const char *unit)
{
  static const char *words[] = {
    /* Translators: unit of a share (0 to 1) in a table */
    N_("share"),
    N_("vehicles"),
    N_("ports"),
    /* Translators: unit: jobs */
    N_("jobs"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (unit, words[i]) == 0)
      return _(words[i]);

  return unit;
}

void
puente_cli_format_human (char   *buf,
                         gsize   size,
                         double  value)
{
  if (!isfinite (value))
    g_strlcpy (buf, "—", size);
  else if (fabs (value) >= 1000)
    g_snprintf (buf, size, "%.0f", value);
  else if (fabs (value) >= 10)
    g_snprintf (buf, size, "%.1f", value);
  else if (value == floor (value))
    g_snprintf (buf, size, "%.0f", value);
  else
    g_snprintf (buf, size, "%.3f", value);
}

PuenteScenario *
puente_cli_load_scenario (const char  *preset_id,
                          const char  *file,
                          GError     **error)
{
  if (file != NULL)
    return puente_scenario_load_file (file, error);
  return puente_scenario_load_preset (preset_id != NULL ? preset_id : "baseline", error);
}

int
puente_cli_check_scenario_options (const char *preset_id,
                                   const char *file)
{
  if (preset_id != NULL && file != NULL)
    return puente_cli_usage_error (_("Give either --preset or --scenario, not both."));
  return -1;
}

int
puente_cli_load_inputs (PuenteCli       *cli,
                        const char      *preset_id,
                        const char      *file,
                        PuenteScenario **scenario,
                        PuenteDataset  **dataset,
                        char           **label)
{
  g_autoptr(GError) error = NULL;

  if ((*scenario = puente_cli_load_scenario (preset_id, file, &error)) == NULL)
    return puente_cli_fail (error);
  if ((*dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);
  *label = puente_cli_scenario_label (*scenario, file);
  return -1;
}

char *
puente_cli_scenario_label (const PuenteScenario *scenario,
                           const char           *file)
{
  const char *id = puente_scenario_get_id (scenario);

  if (id != NULL && *id != '\0')
    return g_strdup (id);
  if (file != NULL)
    {
      g_autofree char *base = g_path_get_basename (file);

      if (g_str_has_suffix (base, ".json"))
        base[strlen (base) - strlen (".json")] = '\0';
      return g_steal_pointer (&base);
    }
  return g_strdup ("scenario");
}

PuenteResults *
puente_cli_run_scenario (PuenteDataset        *dataset,
                         const PuenteScenario *scenario)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  int horizon_index = puente_levers_find ("general.horizon");
  int horizon = PUENTE_DEFAULT_HORIZON;
  PuenteResults *results;

  puente_scenario_fill_values (scenario, dataset, values);
  if (horizon_index >= 0)
    horizon = (int) values[horizon_index];

  results = puente_results_new (dataset, horizon);
  puente_engine_run (engine, values, results);
  return results;
}

/* The scenario as its own serialisation reads back. */
static JsonNode *
scenario_to_node (const PuenteScenario *scenario)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  gsize length = 0;

  data = puente_scenario_to_data (scenario, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL) ||
      json_parser_get_root (parser) == NULL)
    return json_node_new (JSON_NODE_NULL);
  return json_node_copy (json_parser_get_root (parser));
}

/* The "date" of a preset: not in the public API, so read it back from the
 * scenario's own serialisation. */
static char *
scenario_date (const PuenteScenario *scenario)
{
  g_autoptr(JsonNode) root = scenario_to_node (scenario);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (json_node_get_object (root),
                                                               "date", NULL));
}

/* ------------------------------------------------------------------------ */
/* levers                                                                   */

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
puente_cli_levers (PuenteCli  *cli,
                   int         argc,
                   char      **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = puente_cli_parse_options ("levers", NULL,
                                          _("List the policy levers a scenario can change, with their units, ranges and baseline values."),
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
          json_builder_add_string_value (builder, _(lever->label));
          json_builder_set_member_name (builder, "description");
          json_builder_add_string_value (builder, _(lever->description));
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
          char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];
          char base[G_ASCII_DTOSTR_BUF_SIZE];

          if ((int) lever->theme != last_theme)
            {
              g_string_append_printf (out, "%s%s\n", last_theme < 0 ? "" : "\n",
                                      puente_lever_theme_label (lever->theme));
              last_theme = (int) lever->theme;
            }
          puente_json_format_number (lo, sizeof lo, lever->min);
          puente_json_format_number (hi, sizeof hi, lever->max);
          puente_json_format_number (base, sizeof base, puente_lever_get_default (lever, dataset));
          g_string_append_printf (out, "  %-34s %s\n", lever->id, _(lever->label));
          g_string_append (out, "  ");
          g_string_append_printf (out, "%-34s ", "");
          /* Translators: "from 0 to 1 share; baseline 0.2" */
          g_string_append_printf (out, _("from %s to %s %s; baseline %s"), lo, hi, lever->unit, base);
          g_string_append_c (out, '\n');
        }
      return puente_cli_print_text (out->str);
    }
}

/* ------------------------------------------------------------------------ */
/* presets                                                                  */

int
puente_cli_presets (PuenteCli  *cli,
                    int         argc,
                    char      **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  const char **presets;
  guint n_presets = 0;
  int status;

  if ((status = puente_cli_parse_options ("presets", NULL,
                                          _("List the scenarios that ship with Puente: what each models, its sources, and the policy's status as of its date."),
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
          json_array_add_element (array, scenario_to_node (scenario));
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
          g_autofree char *date = NULL;
          const char *status_text;
          const char * const *sources;

          if (scenario == NULL)
            return puente_cli_fail (error);

          date = scenario_date (scenario);
          status_text = puente_scenario_get_status (scenario, cli->lang);
          g_string_append_printf (out, "%s%s\n  %s\n", i > 0 ? "\n" : "", presets[i],
                                  puente_scenario_get_name (scenario, cli->lang));
          if (status_text != NULL)
            {
              g_string_append (out, "  ");
              if (date != NULL)
                /* Translators: "Status as of 2026-11-29: Repealed ..." */
                g_string_append_printf (out, _("Status as of %s: %s"), date, status_text);
              else
                g_string_append_printf (out, _("Status: %s"), status_text);
              g_string_append_c (out, '\n');
            }

          set = puente_scenario_list_set_levers (scenario);
          g_string_append_printf (out, "  %s", _("Levers:"));
          if (set->len == 0)
            g_string_append_printf (out, " %s", _("none (baseline values)"));
          for (guint j = 0; j < set->len; j++)
            {
              char buf[G_ASCII_DTOSTR_BUF_SIZE];
              const char *id = g_ptr_array_index (set, j);

              puente_json_format_number (buf, sizeof buf,
                                         puente_scenario_get_lever (scenario, id, NULL));
              g_string_append_printf (out, "%s %s = %s", j > 0 ? "," : "", id, buf);
            }
          g_string_append_c (out, '\n');

          sources = (const char * const *) puente_scenario_get_sources (scenario);
          for (guint j = 0; sources != NULL && sources[j] != NULL; j++)
            g_string_append_printf (out, "  %s %s\n", j == 0 ? _("Sources:") : "        ",
                                    sources[j]);
        }
      return puente_cli_print_text (out->str);
    }
}

/* ------------------------------------------------------------------------ */
/* run                                                                      */

static JsonNode *
results_to_json (const PuenteResults  *results,
                 const PuenteScenario *scenario,
                 const char           *label,
                 const char           *lang)
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
puente_cli_run (PuenteCli  *cli,
                int         argc,
                char      **argv)
{
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  g_autofree char *csv = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_("Run the preset ID (default: baseline)"), N_("ID") },
    { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_("Run the scenario in FILE"), N_("FILE") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_("Write the results as long CSV to FILE (- for the standard output)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the results as JSON"), NULL },
    { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  int status;

  if ((status = puente_cli_parse_options ("run", NULL,
                                          _("Run a scenario (a preset or a file) and write its results: long CSV with the columns scenario,indicator,region,year,value,unit, or JSON. Without --csv or --json, print its key indicators."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("run", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if (json && g_strcmp0 (csv, "-") == 0)
    return puente_cli_usage_error (_("--json and --csv - both write to the standard output; write the CSV to a file instead."));
  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;

  results = puente_cli_run_scenario (dataset, scenario);

  if (csv != NULL)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      if (!puente_results_write_csv (results, label, out, &error))
        return puente_cli_fail (error);
      if (!puente_cli_write_output (csv, out->str, out->len, &error))
        {
          g_autofree char *message =
            g_strdup_printf (_("Could not write the CSV to “%s”: %s"), csv, error->message);

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

/* ------------------------------------------------------------------------ */
/* validate                                                                 */

int
puente_cli_validate (PuenteCli  *cli,
                     int         argc,
                     char      **argv)
{
  GOptionEntry entries[] = {
    { NULL }
  };
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  int status;

  if ((status = puente_cli_parse_options ("validate", _("FILE"),
                                          _("Check a scenario file: exit status 0 when it is valid, 1 with an explanation when it is not."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc < 2)
    return puente_cli_usage_error (_("“validate” needs the scenario file to check."));
  if (argc > 2)
    return puente_cli_usage_error (_("“validate” checks one file at a time, but %d were given."),
                                   argc - 1);

  if ((scenario = puente_scenario_load_file (argv[1], &error)) == NULL)
    return puente_cli_fail (error);

  set = puente_scenario_list_set_levers (scenario);
  name = puente_scenario_get_name (scenario, cli->lang);
  if (name != NULL)
    g_print (ngettext ("%s: valid scenario “%s”, changing %u lever.\n",
                       "%s: valid scenario “%s”, changing %u levers.\n", set->len),
             argv[1], name, set->len);
  else
    g_print (ngettext ("%s: valid scenario, changing %u lever.\n",
                       "%s: valid scenario, changing %u levers.\n", set->len),
             argv[1], set->len);
  return PUENTE_CLI_EXIT_OK;
}

/* ------------------------------------------------------------------------ */
/* bench                                                                    */

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

int
puente_cli_bench (PuenteCli  *cli,
                  int         argc,
                  char      **argv)
{
  int runs = 1000;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_("Number of timed runs (default 1000)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteEngine) engine = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *values = NULL;
  g_autofree gint64 *times = NULL;
  int warmup;
  double median, p95;
  int status;

  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--charts") == 0)
      return puente_cli_bench_charts (cli, argc, argv);
    else if (strcmp (argv[i], "--ensemble") == 0)
      return puente_cli_bench_ensemble (cli, argc, argv);

  if ((status = puente_cli_parse_options ("bench", NULL,
                                          _("Time full model runs of the baseline: prints the number of runs and the median and 95th-percentile time of one run in microseconds."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("bench", argc, argv)) >= 0)
    return status;
  if (runs < 1 || runs > 10000000)
    return puente_cli_usage_error (_("--runs must be a whole number from 1 to 10000000, not %d."), runs);

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
