/* puente-cli.h: the puente-cli commands
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "puente-types.h"

G_BEGIN_DECLS

/* Exit codes. */
typedef enum {
  PUENTE_CLI_EXIT_OK = 0,
  PUENTE_CLI_EXIT_INVALID = 1,   /* invalid input: bad scenario, unknown preset, I/O */
  PUENTE_CLI_EXIT_USAGE = 2,     /* bad command line */
} PuenteCliExit;

typedef struct
{
  const char *lang;          /* "en" or "es": the language of messages */
  const char *dataset_dir;   /* NULL: the built-in dataset */
  const char *chart_lang;    /* "both" after --lang both (charts only), else NULL */
} PuenteCli;

/* The whole program: parses global options, sets up the locale, runs a
 * command. Returns the exit code. */
int            puente_cli_main              (int          argc,
                                             char       **argv);

/* Commands: argv[0] is the command name. */
int            puente_cli_levers            (PuenteCli   *cli,
                                             int          argc,
                                             char       **argv);
int            puente_cli_presets           (PuenteCli   *cli,
                                             int          argc,
                                             char       **argv);
int            puente_cli_run               (PuenteCli   *cli,
                                             int          argc,
                                             char       **argv);
int            puente_cli_indicators        (PuenteCli   *cli,
                                             int          argc,
                                             char       **argv);
int            puente_cli_validate          (PuenteCli   *cli,
                                             int          argc,
                                             char       **argv);
int            puente_cli_bench             (PuenteCli   *cli,
                                             int          argc,
                                             char       **argv);

/* Helpers shared by the commands. */
void           puente_cli_print_error       (const char  *message);
G_GNUC_PRINTF (1, 2)
int            puente_cli_usage_error       (const char  *format,
                                             ...);
PuenteDataset *puente_cli_load_dataset      (PuenteCli   *cli,
                                             GError     **error);
/* Writes @data to @path atomically, or to stdout when @path is "-". */
gboolean       puente_cli_write_output      (const char  *path,
                                             const char  *data,
                                             gsize        length,
                                             GError     **error);

G_END_DECLS
