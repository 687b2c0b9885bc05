/* puente-cli-charts.h: chart listing, export and timing commands
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-cli.h"

G_BEGIN_DECLS

/* puente-cli charts [--json] */
int puente_cli_charts        (PuenteCli  *cli,
                              int         argc,
                              char      **argv);
/* puente-cli chart ID [OPTIONS] -o FILE */
int puente_cli_chart         (PuenteCli  *cli,
                              int         argc,
                              char      **argv);
/* puente-cli export-all [OPTIONS] --dir DIR */
int puente_cli_export_all    (PuenteCli  *cli,
                              int         argc,
                              char      **argv);
/* puente-cli bench --charts [--runs N] [--json] */
int puente_cli_bench_charts  (PuenteCli  *cli,
                              int         argc,
                              char      **argv);

G_END_DECLS
