/* puente-cli-private.h: helpers shared by the puente-cli commands
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "puente-cli.h"
#include "puente-stations.h"
#include "puente-types.h"

G_BEGIN_DECLS

/* "puente-cli: MESSAGE" on the standard error. */
void puente_cli_print_error (const char *message);
/* Prints the message and a pointer to --help; returns PUENTE_CLI_EXIT_USAGE. */
G_GNUC_PRINTF (1, 2)
int            puente_cli_usage_error (const char *format,
                                       ...);
/* The dataset of --dataset DIR, else the built-in one. */
PuenteDataset *puente_cli_load_dataset (PuenteCli *cli,
                                        GError   **error);
/* Checks that an output may go to @path ("-": the standard output): not
 * a file the command read, a folder, a device, a FIFO or a read-only file.
 * Call it before the work, so a refusal is immediate. */
gboolean       puente_cli_check_output (PuenteCli  *cli,
                                        const char *path,
                                        GError    **error);
/* Checks @path (above), then writes @data to it atomically, or to stdout
 * when @path is "-". */
gboolean       puente_cli_write_output (PuenteCli  *cli,
                                        const char *path,
                                        const char *data,
                                        gsize       length,
                                        GError    **error);

/* Prints @message; returns PUENTE_CLI_EXIT_INVALID. */
int            puente_cli_fail_message (const char *message);
/* For qsort () of doubles. */
int            puente_cli_compare_doubles (gconstpointer a,
                                           gconstpointer b);
/* The scenario as its own serialisation reads back (a JSON object). */
JsonNode      *puente_cli_scenario_to_node (const PuenteScenario *scenario);
/* The "date" of a preset's status, or NULL. */
char          *puente_cli_scenario_date (const PuenteScenario *scenario);

/* Parses a command's options; returns -1 to go on, else the exit code. */
int            puente_cli_parse_options (const char   *command,
                                         const char   *parameters,
                                         const char   *summary,
                                         GOptionEntry *entries,
                                         int          *argc,
                                         char       ***argv);
/* Prints @error's message; returns PUENTE_CLI_EXIT_INVALID. */
int            puente_cli_fail (const GError *error);
/* Writes @text to the standard output; returns the exit code. */
int            puente_cli_print_text (const char *text);
int            puente_cli_print_json (JsonNode *node);
/* For a command that takes no arguments after its options: returns -1 to
 * go on, else the exit code. */
int            puente_cli_no_arguments (const char *command,
                                        int         argc,
                                        char      **argv);
/* Numbers for people: no exponent, few decimals. */
/* Appends @text padded with spaces to @width characters (not bytes:
 * labels are UTF-8). */
void           puente_cli_append_padded (GString    *out,
                                         const char *text,
                                         int         width);
/* --units for the commands that print tables of numbers. */
#define PUENTE_CLI_UNITS_OPTION(variable)                                                                                                                  \
  {                                                                                                                                                        \
    "units", 0, 0, G_OPTION_ARG_STRING, &(variable), N_ ("Units of the table: metric (default) or us (US customary), whatever the language"), N_ ("UNITS") \
  }
/* Sets cli->units from --units (NULL: metric): returns -1 to go on, else
 * the exit code (the error printed). */
int             puente_cli_parse_units (PuenteCli  *cli,
                                        const char *text);
/* A unit as a reader sees it in the messages' language. */
const char     *puente_cli_unit_label (const char *unit);
void            puente_cli_format_human (char  *buf,
                                         gsize  size,
                                         double value);
/* --preset ID or --scenario FILE (NULL, NULL: the baseline); a file is
 * added to the command's inputs. */
PuenteScenario *puente_cli_load_scenario (PuenteCli  *cli,
                                          const char *preset_id,
                                          const char *file,
                                          GError    **error);
/* --preset and --scenario, not both: returns -1 to go on, else the exit code. */
int             puente_cli_check_scenario_options (const char *preset_id,
                                                   const char *file);
/* The scenario of --preset ID or --scenario FILE, the dataset and the
 * scenario's label: returns -1 to go on, else the exit code (the error
 * printed). */
int             puente_cli_load_inputs (PuenteCli       *cli,
                                        const char      *preset_id,
                                        const char      *file,
                                        PuenteScenario **scenario,
                                        PuenteDataset  **dataset,
                                        char           **label);
/* The scenario column of the CSV: the id, else the file's base name. */
char           *puente_cli_scenario_label (const PuenteScenario *scenario,
                                           const char           *file);
/* Runs @scenario; NULL when the results hold a value no run may produce
 * (puente_results_check ()). */
PuenteResults  *puente_cli_run_scenario (PuenteDataset        *dataset,
                                         const PuenteScenario *scenario,
                                         GError              **error);
/* The stations of every file of @paths (NULL-terminated); NULL with the
 * first file's error. */
PuenteStations *puente_cli_import_stations (char   **paths,
                                            GError **error);
/* Key indicators of A, and with @b_results also B and B - A. */
int             puente_cli_print_indicators (PuenteCli            *cli,
                                             PuenteDataset        *dataset,
                                             const PuenteScenario *a,
                                             const char           *a_label,
                                             const PuenteResults  *a_results,
                                             const PuenteScenario *b,
                                             const char           *b_label,
                                             const PuenteResults  *b_results,
                                             gboolean              json);

G_END_DECLS
