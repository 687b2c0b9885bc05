/* puente-charts-page-private.h: what tests look at inside the Charts view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-charts-page.h"

G_BEGIN_DECLS

/* The B − A and uncertainty toggles, and the chart list's scroller. */
GtkToggleButton   *puente_charts_page_get_difference_button (PuenteChartsPage *self);
GtkToggleButton   *puente_charts_page_get_uncertainty_button (PuenteChartsPage *self);
GtkScrolledWindow *puente_charts_page_get_list_scroller (PuenteChartsPage *self);
const char        *puente_charts_page_get_chart_id (PuenteChartsPage *self);
void               puente_charts_page_set_chart_id (PuenteChartsPage *self,
                                                    const char       *chart_id);
/* NULL: the chart's own regions. */
const char        *puente_charts_page_get_region (PuenteChartsPage *self);
void               puente_charts_page_set_region (PuenteChartsPage *self,
                                                  const char       *region);
GtkWidget         *puente_charts_page_get_chart_view (PuenteChartsPage *self);
/* "Show as table": its toggle and the PuenteDataTable. */
GtkToggleButton   *puente_charts_page_get_table_button (PuenteChartsPage *self);
GtkWidget         *puente_charts_page_get_table (PuenteChartsPage *self);
/* Line charts over years drawn as ensemble fans, computed off the main
 * thread; the line chart shows until the fan is ready. */
void               puente_charts_page_set_show_uncertainty (PuenteChartsPage *self,
                                                            gboolean          show);

G_END_DECLS
