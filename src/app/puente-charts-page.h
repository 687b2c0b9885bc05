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
GtkWidget             *puente_charts_page_new          (PuenteWorkspace  *workspace,
                                                        PuenteViewState  *state,
                                                        PuenteLang        lang);
const char            *puente_charts_page_get_chart_id (PuenteChartsPage *self);
void                   puente_charts_page_set_chart_id (PuenteChartsPage *self,
                                                        const char       *chart_id);
/* NULL: the chart's own regions. */
const char            *puente_charts_page_get_region   (PuenteChartsPage *self);
void                   puente_charts_page_set_region   (PuenteChartsPage *self,
                                                        const char       *region);
/* A new copy of what the large chart shows, in @lang, for exports. */
PuenteChartData       *puente_charts_page_build_data   (PuenteChartsPage *self,
                                                        GError          **error);
GtkWidget             *puente_charts_page_get_chart_view (PuenteChartsPage *self);
/* Line charts over years drawn as ensemble fans, computed off the main
 * thread; the line chart shows until the fan is ready. */
void                   puente_charts_page_set_show_uncertainty (PuenteChartsPage *self,
                                                                gboolean          show);

G_END_DECLS
