/* puente-charts-page.h: the chart catalogue, one chart large
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-chart-data.h"
#include "puente-chart-style.h"
#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_CHARTS_PAGE (puente_charts_page_get_type ())

G_DECLARE_FINAL_TYPE (PuenteChartsPage, puente_charts_page, PUENTE, CHARTS_PAGE, GtkWidget)

/* Chart text and region names in @lang; the chart, region, toggles and
 * list scroll follow @state both ways. */
GtkWidget       *puente_charts_page_new (PuenteWorkspace *workspace,
                                         PuenteViewState *state,
                                         PuenteLang       lang);
/* A new copy of what the large chart shows, in @lang, for exports. */
PuenteChartData *puente_charts_page_build_data (PuenteChartsPage *self,
                                                GError          **error);

G_END_DECLS
