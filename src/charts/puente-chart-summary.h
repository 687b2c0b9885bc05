/* puente-chart-summary.h: what a figure shows, in words and as a table
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text alternatives for everything drawn: a screen reader reads a chart's
 * summary as its accessible description, the window shows its table on
 * "Show as table", and both write numbers as the chart does (puente-format.h),
 * in the chart's language. No GTK: the command line and the report can
 * use them too.
 */
#pragma once

#include <glib.h>

#include "puente-chart-data.h"
#include "puente-table.h"

G_BEGIN_DECLS

/* What @data shows for A and B, in @lang, for someone who cannot see it:
 * "Values: Share of new sales. United States: 10% in 2024 to 20% in 2050;
 * B reaches 68% in 2050. In 2030: United States 14% (A), 31% (B)."
 * Bars list their categories, fans their median and 90% range, the Sankey
 * its flows, largest first. Free with g_free. */
char        *puente_chart_summary (const PuenteChartData *data,
                                   PuenteLang             lang);
/* The numbers @data shows, in @lang:
 *   years: Year, then each series (and its B);
 *   bars:  the category, then each series (and its B);
 *   fan:   Year, then each series' p5, p25, median, p75, p95;
 *   Sankey: From, To, the flow (A, and B and B − A with B).
 * Rows keyed by the year, the category code or "source>target" node ids. */
PuenteTable *puente_chart_data_to_table (const PuenteChartData *data,
                                         PuenteLang             lang);
/* A ranking of @table's rows by @value_column, in @lang: "Highest: Texas
 * 12%, Nuevo León 11%, …; lowest: …", @n rows at each end (all of them,
 * once, when there are no more than 2 × @n). Rows without a value are
 * left out. */
char        *puente_table_describe_ranking (const PuenteTable *table,
                                            guint              name_column,
                                            guint              value_column,
                                            guint              n,
                                            PuenteLang         lang);

typedef enum {
  PUENTE_TREND_NONE, /* no values */
  PUENTE_TREND_FLAT, /* the end within 1% of the start */
  PUENTE_TREND_RISING,
  PUENTE_TREND_FALLING,
  PUENTE_TREND_PEAKS, /* rises, then falls by 5% of the peak or more */
} PuenteTrend;

/* The shape of @n values (NaN ignored); the peak's index in @peak. */
PuenteTrend puente_trend_of (const double *values,
                             guint         n,
                             guint        *peak);

G_END_DECLS
