/* puente-chart-view.h: a chart from src/charts as a widget, with hover
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-chart.h"
#include "puente-chart-data.h"
#include "puente-chart-style.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_CHART_VIEW (puente_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PuenteChartView, puente_chart_view, PUENTE, CHART_VIEW, GtkWidget)

GtkWidget             *puente_chart_view_new (void);
/* Takes ownership of @data (may be NULL: nothing drawn). */
void                   puente_chart_view_set_data (PuenteChartView *self,
                                                   PuenteChartData *data);
const PuenteChartData *puente_chart_view_get_data (PuenteChartView *self);
void                   puente_chart_view_set_style (PuenteChartView        *self,
                                                    const PuenteChartStyle *style);
/* Interactive views show a read-out of what the pointer is over. */
void                   puente_chart_view_set_interactive (PuenteChartView *self,
                                                          gboolean         interactive);
/* What is drawn at (@x, @y) in widget coordinates. */
gboolean               puente_chart_view_hit_test (PuenteChartView *self,
                                                   double           x,
                                                   double           y,
                                                   PuenteChartHit  *hit);
/* Draws as if @width wide, scaled down to fit (thumbnails); 0: off. */
void                   puente_chart_view_set_virtual_width (PuenteChartView *self,
                                                            double           width);
/* Whether the chart follows the window's dark style (on by default;
 * export previews show the exported colours instead). */
void                   puente_chart_view_set_follow_dark (PuenteChartView *self,
                                                          gboolean         follow);

G_END_DECLS
