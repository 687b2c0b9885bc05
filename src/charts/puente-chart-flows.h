/* puente-chart-flows.h: the supply-chain graph of a year as a Sankey chart
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-chart-data.h"
#include "puente-flows.h"

G_BEGIN_DECLS

#define PUENTE_CHART_SUPPLY_SANKEY "supply-sankey"

/* A Sankey of @flows in GWh: nodes in their stage columns, every link with
 * a flow, the recycling link back to the materials drawn as a loop. */
PuenteChartData *puente_chart_build_flows (const PuenteFlows *flows);

G_END_DECLS
