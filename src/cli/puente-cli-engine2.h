/* puente-cli-engine2.h: commands for the supply-chain flows and ensembles
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-cli.h"

G_BEGIN_DECLS

/* puente-cli flows --year Y [--preset ID | --scenario FILE] [--json] */
int puente_cli_flows          (PuenteCli  *cli,
                               int         argc,
                               char      **argv);
/* puente-cli ensemble [--preset ID | --scenario FILE] --runs N --seed S [--csv FILE|-] */
int puente_cli_ensemble       (PuenteCli  *cli,
                               int         argc,
                               char      **argv);
/* puente-cli bench --ensemble [--runs N] [--seed S] [--json] */
int puente_cli_bench_ensemble (PuenteCli  *cli,
                               int         argc,
                               char      **argv);

G_END_DECLS
