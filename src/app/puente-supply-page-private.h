/* puente-supply-page-private.h: what tests look at inside the Supply chain view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-chart-view.h"
#include "puente-supply-page.h"

G_BEGIN_DECLS

/* The node whose paths are highlighted (clicked), or NULL. */
const char      *puente_supply_page_get_highlight (PuenteSupplyPage *self);
PuenteChartView *puente_supply_page_get_chart_view (PuenteSupplyPage *self);
/* "Show as table": its toggle and the PuenteDataTable of the flows. */
GtkToggleButton *puente_supply_page_get_table_button (PuenteSupplyPage *self);
GtkWidget       *puente_supply_page_get_table (PuenteSupplyPage *self);
/* The A, A | B and B − A buttons (shown with B set). */
GtkWidget       *puente_supply_page_get_compare_box (PuenteSupplyPage *self);

G_END_DECLS
