/* puente-supply-page.h: the year's battery flows as a Sankey
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-chart-data.h"
#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_SUPPLY_PAGE (puente_supply_page_get_type ())

G_DECLARE_FINAL_TYPE (PuenteSupplyPage, puente_supply_page, PUENTE, SUPPLY_PAGE, GtkWidget)

/* Numbers and the Sankey in @lang; the highlighted node is @state's
 * "supply-node". */
GtkWidget       *puente_supply_page_new (PuenteWorkspace *workspace,
                                         PuenteViewState *state,
                                         PuenteLang       lang);
/* The Sankey as the page shows it (A, A | B or B − A, the year, the
 * scenarios' names), for an export; NULL without flows for the year. */
PuenteChartData *puente_supply_page_build_data (PuenteSupplyPage *self);

G_END_DECLS
