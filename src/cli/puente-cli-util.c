/* puente-cli-util.c: helpers shared by the puente-cli commands
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

#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-file.h"
#include "puente-format.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"
#include "puente-units.h"

void
puente_cli_print_error (const char *message)
{
  g_printerr ("puente-cli: %s\n", message);
}

int
puente_cli_usage_error (const char *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  puente_cli_print_error (message);
  g_printerr ("%s\n", _ ("Run “puente-cli --help” for the commands and options."));
  return PUENTE_CLI_EXIT_USAGE;
}

PuenteDataset *
puente_cli_load_dataset (PuenteCli *cli,
                         GError   **error)
{
  if (cli->dataset_dir != NULL)
    {
      const char *const *names = puente_dataset_get_file_names (NULL);

      for (guint i = 0; names[i] != NULL; i++)
        g_ptr_array_add (cli->inputs, g_build_filename (cli->dataset_dir, names[i], NULL));
      return puente_dataset_load_dir (cli->dataset_dir, error);
    }
  return puente_dataset_load_default (error);
}

gboolean
puente_cli_check_output (PuenteCli  *cli,
                         const char *path,
                         GError    **error)
{
  g_autofree char *target = NULL;

  if (g_strcmp0 (path, "-") == 0)
    return TRUE;

  for (guint i = 0; i < cli->inputs->len; i++)
    if (puente_file_is_same (path, g_ptr_array_index (cli->inputs, i)))
      {
        g_autofree char *where = g_filename_display_name (path);

        g_set_error (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_WRITE,
                     _ ("%s: this file is also an input of the command; write the output to another file"),
                     where);
        return FALSE;
      }

  /* A folder, a device, a FIFO or a read-only file: refused before any
   * work is done. */
  target = puente_file_resolve_output (path, PUENTE_FILE_WRITE_NONE, error);
  return target != NULL;
}

gboolean
puente_cli_write_output (PuenteCli  *cli,
                         const char *path,
                         const char *data,
                         gsize       length,
                         GError    **error)
{
  if (g_strcmp0 (path, "-") == 0)
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _ ("Could not write to the standard output."));
          return FALSE;
        }
      return TRUE;
    }

  /* A temporary file in the same folder, synced, then renamed: a reader
   * never sees half a file, and a failure leaves any previous file. */
  return puente_cli_check_output (cli, path, error) &&
    puente_file_write (path, data, length, PUENTE_FILE_WRITE_NONE, error);
}

int
puente_cli_parse_options (const char   *command,
                          const char   *parameters,
                          const char   *summary,
                          GOptionEntry *entries,
                          int          *argc,
                          char       ***argv)
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
      puente_cli_print_error (_ ("Could not write to the standard output."));
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
puente_cli_no_arguments (const char *command,
                         int         argc,
                         char      **argv)
{
  if (argc > 1)
    return puente_cli_usage_error (_ ("“%s” takes no arguments, but “%s” was given."),
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

int
puente_cli_parse_units (PuenteCli  *cli,
                        const char *text)
{
  PuenteUnitSystem system = PUENTE_UNITS_METRIC;

  if (text != NULL && !puente_units_from_string (text, &system))
    return puente_cli_usage_error (_ ("Unknown units “%s”: use metric or us."), text);
  cli->units = system;
  return -1;
}

const char *
puente_cli_unit_label (const char *unit)
{
  /* The units table's metric label, in the messages' language. */
  const char *label = puente_units_label_msgid (unit, PUENTE_UNITS_METRIC);

  return *label != '\0' ? _ (label) : "";
}

void
puente_cli_format_human (char  *buf,
                         gsize  size,
                         double value)
{
  if (!isfinite (value))
    g_strlcpy (buf, PUENTE_FORMAT_MISSING, size);
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
puente_cli_load_scenario (PuenteCli  *cli,
                          const char *preset_id,
                          const char *file,
                          GError    **error)
{
  if (file != NULL)
    {
      g_ptr_array_add (cli->inputs, g_strdup (file));
      return puente_scenario_load_file (file, error);
    }
  return puente_scenario_load_preset (preset_id != NULL ? preset_id : "baseline", error);
}

int
puente_cli_check_scenario_options (const char *preset_id,
                                   const char *file)
{
  if (preset_id != NULL && file != NULL)
    return puente_cli_usage_error (_ ("Give either --preset or --scenario, not both."));
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

  if ((*scenario = puente_cli_load_scenario (cli, preset_id, file, &error)) == NULL)
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
                         const PuenteScenario *scenario,
                         GError              **error)
{
  return puente_engine_run_scenario (dataset, scenario, error);
}

/* The scenario as its own serialisation reads back. */
JsonNode *
puente_cli_scenario_to_node (const PuenteScenario *scenario)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  gsize            length = 0;

  data = puente_scenario_to_data (scenario, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL) ||
      json_parser_get_root (parser) == NULL)
    return json_node_new (JSON_NODE_NULL);
  return json_node_copy (json_parser_get_root (parser));
}

/* The "date" of a preset: not in the public API, so read it back from the
 * scenario's own serialisation. */
char *
puente_cli_scenario_date (const PuenteScenario *scenario)
{
  g_autoptr(JsonNode) root = puente_cli_scenario_to_node (scenario);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (json_node_get_object (root),
                                                               "date", NULL));
}

int
puente_cli_fail_message (const char *message)
{
  puente_cli_print_error (message);
  return PUENTE_CLI_EXIT_INVALID;
}

int
puente_cli_compare_doubles (gconstpointer a,
                            gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

PuenteStations *
puente_cli_import_stations (char   **paths,
                            GError **error)
{
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (error);
  g_autoptr(PuenteStations) stations = NULL;

  if (locator == NULL)
    return NULL;
  stations = puente_stations_new (locator);
  for (guint i = 0; paths[i] != NULL; i++)
    if (!puente_stations_import_file (stations, paths[i], error))
      return NULL;
  return g_steal_pointer (&stations);
}
