/* puente-chart-view-private.h: what tests look at inside a chart view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-chart-view.h"

G_BEGIN_DECLS

/* Microseconds the last snapshot spent drawing (for the frame budget). */
gint64                   puente_chart_view_get_last_draw_usec (PuenteChartView *self);
/* The accessible description: the summary of what the chart shows. */
const char              *puente_chart_view_get_summary (PuenteChartView *self);
/* What the last snapshot drew (its texts, for tests), or NULL. */
const PuenteChartLayout *puente_chart_view_get_layout (PuenteChartView *self);
/* The smallest text its last snapshot drew (its recorded texts), in
 * pixels on screen (a thumbnail's text is scaled down with it). */
double                   puente_chart_view_get_min_text_px (PuenteChartView *self);

G_END_DECLS
