/* puente-cli.h: the puente-cli program: options every command sees, exit codes
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

G_END_DECLS
