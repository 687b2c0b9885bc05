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
  PUENTE_CLI_EXIT_INVALID = 1, /* invalid input: bad scenario, unknown preset, I/O */
  PUENTE_CLI_EXIT_USAGE = 2,   /* bad command line */
} PuenteCliExit;

typedef struct
{
  PuenteLang  lang;        /* of messages: English or Spanish */
  PuenteLang  chart_lang;  /* of charts: @lang, or PUENTE_LANG_BOTH after --lang both */
  const char *dataset_dir; /* NULL: the built-in dataset */
  GPtrArray  *inputs;      /* files the command read: no output replaces them */
  int         units;       /* PuenteUnitSystem of tables: metric unless
                              * a command's --units says otherwise */
} PuenteCli;

/* The whole program: parses global options, chooses the language of the
 * calling thread, runs a command. Returns the exit code. main () has
 * settled the locale and called puente_i18n_init () before. */
int puente_cli_main (int    argc,
                     char **argv);

G_END_DECLS
