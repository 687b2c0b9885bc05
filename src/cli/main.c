/* main.c: puente-cli, the command-line front end of the Puente model
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "puente-cli.h"

int
main (int    argc,
      char **argv)
{
  return puente_cli_main (argc, argv);
}
