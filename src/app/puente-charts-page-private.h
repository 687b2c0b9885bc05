/* puente-charts-page-private.h: what tests look at inside the Charts view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-charts-page.h"

G_BEGIN_DECLS

/* The B − A and uncertainty toggles, and the chart list's scroller. */
GtkToggleButton   *puente_charts_page_get_difference_button  (PuenteChartsPage *self);
GtkToggleButton   *puente_charts_page_get_uncertainty_button (PuenteChartsPage *self);
GtkScrolledWindow *puente_charts_page_get_list_scroller      (PuenteChartsPage *self);

G_END_DECLS
