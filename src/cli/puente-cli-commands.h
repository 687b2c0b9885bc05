/* puente-cli-commands.h: the puente-cli commands, one file each
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each command takes the global options in @cli and its own arguments
 * (argv[0] is the command's name), and returns the exit code.
 */
#pragma once

#include "puente-cli.h"

G_BEGIN_DECLS

/* puente-cli levers [--json] */
int puente_cli_levers (PuenteCli *cli,
                       int        argc,
                       char     **argv);
/* puente-cli presets [--json] */
int puente_cli_presets (PuenteCli *cli,
                        int        argc,
                        char     **argv);
/* puente-cli run [--preset ID | --scenario FILE] [--csv FILE|-] [--json] */
int puente_cli_run (PuenteCli *cli,
                    int        argc,
                    char     **argv);
/* puente-cli indicators [--preset ID | --scenario FILE] [--compare…] [--json] */
int puente_cli_indicators (PuenteCli *cli,
                           int        argc,
                           char     **argv);
/* puente-cli validate FILE */
int puente_cli_validate (PuenteCli *cli,
                         int        argc,
                         char     **argv);
/* puente-cli bench [--runs N] [--json]; bench --charts; bench --ensemble */
int puente_cli_bench (PuenteCli *cli,
                      int        argc,
                      char     **argv);
/* puente-cli charts [--json] */
int puente_cli_charts (PuenteCli *cli,
                       int        argc,
                       char     **argv);
/* puente-cli chart ID [OPTIONS] -o FILE */
int puente_cli_chart (PuenteCli *cli,
                      int        argc,
                      char     **argv);
/* puente-cli export-all [OPTIONS] --dir DIR */
int puente_cli_export_all (PuenteCli *cli,
                           int        argc,
                           char     **argv);
/* puente-cli map [--metric M] [--year Y] [--compare-preset ID] [--mode single|split|difference]
 *                [--lang en|es|both] [--size WxH] -o FILE */
int puente_cli_map (PuenteCli *cli,
                    int        argc,
                    char     **argv);
/* puente-cli report DECK -o FILE [--lang en|es|both] [--size a4|letter]
 *                   [--both-layout side|sequence] */
int puente_cli_report (PuenteCli *cli,
                       int        argc,
                       char     **argv);
/* puente-cli flows --year Y [--preset ID | --scenario FILE] [--json] */
int puente_cli_flows (PuenteCli *cli,
                      int        argc,
                      char     **argv);
/* puente-cli ensemble [--preset ID | --scenario FILE] --runs N --seed S [--csv FILE|-] */
int puente_cli_ensemble (PuenteCli *cli,
                         int        argc,
                         char     **argv);
/* puente-cli stations summary|coverage|compare FILE... [OPTIONS] */
int puente_cli_stations (PuenteCli *cli,
                         int        argc,
                         char     **argv);

/* puente-cli check-model [--preset ID | --scenario FILE] [--json | --markdown] */
int puente_cli_check_model (PuenteCli *cli,
                            int        argc,
                            char     **argv);

G_END_DECLS
