/* test-chart-summary.c: a chart's text alternative and its table
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a screen reader reads for a chart and what "Show as table" lists:
 * the chart's own numbers, written as it writes them, in its language,
 * for A and B, and nothing stale after the numbers change.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "puente-chart-summary.h"
#include "puente-format.h"
#include "puente-i18n.h"

#define assert_contains(haystack, needle) \
  G_STMT_START { \
    const char *h__ = (haystack); \
    if (h__ == NULL || strstr (h__, (needle)) == NULL) \
      g_error ("%s: expected \"%s\" in \"%s\"", G_STRLOC, (needle), h__ != NULL ? h__ : "(null)"); \
  } G_STMT_END

#include <string.h>

/* ZEV share, 2024-2030, the US and Mexico, A and B, 2027 selected. */
static PuenteChartData *
share_chart (void)
{
  PuenteChartData *data = puente_chart_data_new ("zev-share", PUENTE_CHART_LINE);
  PuenteChartSeries *us, *mx;

  data->value_kind = PUENTE_VALUE_SHARE;
  puente_text_set (&data->title, "ZEV share of new sales", "Participación de VEZ en ventas nuevas");
  puente_text_set (&data->axis_title, "Share of new sales", "Participación en ventas nuevas");
  data->has_b = TRUE;
  puente_chart_data_set_years (data, 2024, 7);
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies", "Políticas actuales");
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "acc2", "ACC II", "ACC II");
  data->year = 2027;
  us = puente_chart_data_add_series (data, "United States", "Estados Unidos", "ldv.zev_share", "US", 0);
  mx = puente_chart_data_add_series (data, "Mexico", "México", "ldv.zev_share", "MX", 1);
  for (guint i = 0; i < 7; i++)
    {
      us->values[PUENTE_SCENARIO_A][i] = 0.10 + i * (0.10 / 6);
      us->values[PUENTE_SCENARIO_B][i] = 0.10 + i * (0.58 / 6);
      mx->values[PUENTE_SCENARIO_A][i] = 0.01 + i * 0.005;
      mx->values[PUENTE_SCENARIO_B][i] = 0.02 + i * 0.01;
    }
  return data;
}

static void
test_line_summary (void)
{
  g_autoptr(PuenteChartData) data = share_chart ();
  g_autofree char *en = puente_chart_summary (data, PUENTE_LANG_EN);
  g_autofree char *es = puente_chart_summary (data, PUENTE_LANG_ES);
  g_autofree char *changed = NULL;
  g_autofree char *us_2027 = NULL;

  /* The example, as the chart writes its shares. */
  assert_contains (en, "Values: Share of new sales.");
  assert_contains (en, "A: Current policies; B: ACC II.");
  assert_contains (en, "United States: 10.0% in 2024 to 20.0% in 2030; B reaches 68.0% in 2030.");
  assert_contains (en, "Mexico: 1.0% in 2024 to 4.0% in 2030; B reaches 8.0% in 2030.");
  us_2027 = puente_format_percent (PUENTE_LANG_EN, data->series->pdata[0] != NULL
                                   ? ((PuenteChartSeries *) data->series->pdata[0])->values[0][3] : NAN, 1);
  assert_contains (en, "In 2027: United States 15.0% (A), 39.0% (B); Mexico 2.5% (A), 5.0% (B).");
  assert_contains (en, us_2027);

  /* Spanish: the series' and scenarios' Spanish names, Spanish words. */
  assert_contains (es, "Estados Unidos: 10.0% en 2024 a 20.0% en 2030");
  assert_contains (es, "Políticas actuales");
  g_assert_null (strstr (es, " in 2024"));
  g_assert_null (strstr (es, "reaches"));

  /* New numbers, a new summary: nothing stale. */
  ((PuenteChartSeries *) data->series->pdata[0])->values[PUENTE_SCENARIO_A][6] = 0.25;
  changed = puente_chart_summary (data, PUENTE_LANG_EN);
  assert_contains (changed, "United States: 10.0% in 2024 to 25.0% in 2030");
  g_assert_cmpstr (changed, !=, en);
}

static void
test_line_without_b (void)
{
  g_autoptr(PuenteChartData) data = puente_chart_data_new ("stock", PUENTE_CHART_LINE);
  PuenteChartSeries *series;
  g_autofree char *text = NULL;

  puente_text_set (&data->title, "Battery-electric cars", NULL);
  puente_text_set (&data->axis_title, "Vehicles", "Vehículos");
  puente_chart_data_set_years (data, 2024, 3);
  series = puente_chart_data_add_series (data, "United States", "Estados Unidos", "ldv.bev_stock", "US", 0);
  series->values[PUENTE_SCENARIO_A][0] = 4.8e6;
  series->values[PUENTE_SCENARIO_A][1] = 6.1e6;
  series->values[PUENTE_SCENARIO_A][2] = 7922;
  text = puente_chart_summary (data, PUENTE_LANG_EN);

  /* Amounts compact, as beside the chart's marks; no B anywhere. */
  assert_contains (text, "United States: 4.8M in 2024 to 7,922 in 2026.");
  g_assert_null (strstr (text, "B reaches"));
  g_assert_null (strstr (text, "(A)"));
}

static void
test_bars_summary (void)
{
  static const char * const codes[] = { "CA", "TX", "NL" };
  static const char * const names[] = { "California", "Texas", "Nuevo León" };
  g_autoptr(PuenteChartData) data = puente_chart_data_new ("ports", PUENTE_CHART_HBARS);
  PuenteChartSeries *series;
  g_autofree char *text = NULL;
  g_autoptr(PuenteTable) table = NULL;

  puente_chart_data_set_categories (data, 3, codes, names, names);
  data->year = 2030;
  series = puente_chart_data_add_series (data, "Ports", "Puertos", "charging.ports", NULL, 0);
  series->values[PUENTE_SCENARIO_A][0] = 152000;
  series->values[PUENTE_SCENARIO_A][1] = 41000;
  series->values[PUENTE_SCENARIO_A][2] = 950;
  text = puente_chart_summary (data, PUENTE_LANG_EN);
  assert_contains (text, "In 2030: California 152k, Texas 41k, Nuevo León 950.");

  table = puente_chart_data_to_table (data, PUENTE_LANG_EN);
  g_assert_cmpuint (table->n_columns, ==, 2);
  g_assert_cmpuint (puente_table_get_n_rows (table), ==, 3);
  g_assert_cmpstr (puente_table_get_row (table, 1)->key, ==, "TX");
  g_assert_cmpstr (puente_table_get_row (table, 1)->cells[1].text, ==, "41k");
  g_assert_cmpfloat (puente_table_get_row (table, 1)->cells[1].value, ==, 41000);
  g_assert_cmpint (puente_table_find_row (table, "NL"), ==, 2);
}

static void
test_years_table (void)
{
  g_autoptr(PuenteChartData) data = share_chart ();
  g_autoptr(PuenteTable) table = puente_chart_data_to_table (data, PUENTE_LANG_ES);
  const PuenteTableRow *row;

  /* Year, then each series for A and for B. */
  g_assert_cmpuint (table->n_columns, ==, 5);
  g_assert_cmpstr (table->headers[0], ==, "Año");
  g_assert_cmpstr (table->headers[1], ==, "Estados Unidos (A)");
  g_assert_cmpstr (table->headers[2], ==, "Estados Unidos (B)");
  g_assert_cmpstr (table->headers[4], ==, "México (B)");
  g_assert_true (table->numeric[1]);
  g_assert_cmpuint (puente_table_get_n_rows (table), ==, 7);
  row = puente_table_get_row (table, 6);
  g_assert_cmpstr (row->cells[0].text, ==, "2030");
  g_assert_cmpstr (row->cells[1].text, ==, "20.0%");
  g_assert_cmpstr (row->cells[2].text, ==, "68.0%");
  g_assert_cmpfloat_with_epsilon (row->cells[2].value, 0.68, 1e-9);
}

static PuenteChartData *
flows_chart (gboolean with_b)
{
  PuenteChartData *data = puente_chart_data_new ("flows", PUENTE_CHART_SANKEY);
  g_autoptr(PuenteSankey) b = NULL;
  guint mine, refine, cells;

  data->sankey = puente_sankey_new (3);
  data->unit = g_strdup ("GWh");
  data->year = 2030;
  mine = puente_sankey_add_node (data->sankey, "mining", "Mining", "Minería", 0, PUENTE_SANKEY_NODE_SOURCE);
  refine = puente_sankey_add_node (data->sankey, "refining", "Refining", "Refinación", 1, PUENTE_SANKEY_NODE_FLOW);
  cells = puente_sankey_add_node (data->sankey, "cells", "Cells", "Celdas", 2, PUENTE_SANKEY_NODE_SINK);
  puente_sankey_add_link (data->sankey, mine, refine, 12.5, FALSE);
  puente_sankey_add_link (data->sankey, refine, cells, 40, FALSE);
  if (with_b)
    {
      b = puente_sankey_new (3);
      mine = puente_sankey_add_node (b, "mining", "Mining", "Minería", 0, PUENTE_SANKEY_NODE_SOURCE);
      refine = puente_sankey_add_node (b, "refining", "Refining", "Refinación", 1, PUENTE_SANKEY_NODE_FLOW);
      cells = puente_sankey_add_node (b, "cells", "Cells", "Celdas", 2, PUENTE_SANKEY_NODE_SINK);
      puente_sankey_add_link (b, mine, refine, 20, FALSE);
      puente_sankey_add_link (b, refine, cells, 55, FALSE);
      puente_sankey_set_b (data->sankey, b);
      data->has_b = TRUE;
      puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies", NULL);
      puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "acc2", "ACC II", NULL);
    }
  return data;
}

static void
test_sankey (void)
{
  g_autoptr(PuenteChartData) data = flows_chart (FALSE);
  g_autoptr(PuenteChartData) data_b = flows_chart (TRUE);
  g_autofree char *text = puente_chart_summary (data, PUENTE_LANG_EN);
  g_autofree char *text_b = puente_chart_summary (data_b, PUENTE_LANG_EN);
  g_autofree char *text_es = puente_chart_summary (data, PUENTE_LANG_ES);
  g_autoptr(PuenteTable) table = puente_chart_data_to_table (data_b, PUENTE_LANG_EN);

  /* Largest flow first. */
  assert_contains (text, "Flows in 2030, in GWh, largest first: Refining → Cells 40; Mining → Refining 12.5.");
  assert_contains (text_b, "Refining → Cells 40 (A), 55 (B); Mining → Refining 12.5 (A), 20 (B).");
  assert_contains (text_es, "Refinación → Celdas 40");

  g_assert_cmpuint (table->n_columns, ==, 5);
  g_assert_cmpstr (table->headers[0], ==, "From");
  g_assert_cmpstr (table->headers[2], ==, "Flow, GWh (A)");
  g_assert_cmpuint (puente_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (puente_table_get_row (table, 0)->key, ==, "mining>refining");
  g_assert_cmpstr (puente_table_get_row (table, 0)->cells[1].text, ==, "Refining");
  g_assert_cmpstr (puente_table_get_row (table, 0)->cells[3].text, ==, "20");
  g_assert_cmpstr (puente_table_get_row (table, 0)->cells[4].text, ==, "7.5");
}

static void
test_ranking (void)
{
  static const struct { const char *code, *name; double value; } states[] = {
    { "CA", "California", 0.31 }, { "TX", "Texas", 0.12 }, { "CHP", "Chiapas", 0.002 },
    { "NL", "Nuevo León", 0.05 }, { "WA", "Washington", 0.28 }, { "XX", "Nowhere", NAN },
    { "OAX", "Oaxaca", 0.004 }, { "CO", "Colorado", 0.22 },
  };
  g_autoptr(PuenteTable) table = puente_table_new (2);
  g_autofree char *top2 = NULL;
  g_autofree char *all = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      PuenteTableRow *row = puente_table_add_row (table, states[i].code);
      g_autofree char *text = puente_format_percent (PUENTE_LANG_EN, states[i].value, 1);

      puente_table_set_cell (table, row, 0, states[i].name, NAN);
      puente_table_set_cell (table, row, 1, isfinite (states[i].value) ? text : NULL, states[i].value);
    }
  top2 = puente_table_describe_ranking (table, 0, 1, 2, PUENTE_LANG_EN);
  g_assert_cmpstr (top2, ==, "Highest: California 31.0%, Washington 28.0%; lowest: Chiapas 0.2%, Oaxaca 0.4%.");
  all = puente_table_describe_ranking (table, 0, 1, 4, PUENTE_LANG_EN);
  assert_contains (all, "Highest first: California 31.0%, Washington 28.0%, Colorado 22.0%");
  g_assert_null (strstr (all, "Nowhere"));
}

static void
test_trend (void)
{
  const double rising[] = { 1, 2, NAN, 4 };
  const double falling[] = { 4, 3, 2 };
  const double peaks[] = { 300, 410, 350, 250 };
  const double flat[] = { 100, 100.5, 100.2 };
  const double none[] = { NAN, NAN };
  guint peak = 0;

  g_assert_cmpint (puente_trend_of (rising, 4, NULL), ==, PUENTE_TREND_RISING);
  g_assert_cmpint (puente_trend_of (falling, 3, NULL), ==, PUENTE_TREND_FALLING);
  g_assert_cmpint (puente_trend_of (peaks, 4, &peak), ==, PUENTE_TREND_PEAKS);
  g_assert_cmpuint (peak, ==, 1);
  g_assert_cmpint (puente_trend_of (flat, 3, NULL), ==, PUENTE_TREND_FLAT);
  g_assert_cmpint (puente_trend_of (none, 2, NULL), ==, PUENTE_TREND_NONE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  g_test_add_func ("/charts/summary/line", test_line_summary);
  g_test_add_func ("/charts/summary/line-without-b", test_line_without_b);
  g_test_add_func ("/charts/summary/bars", test_bars_summary);
  g_test_add_func ("/charts/summary/years-table", test_years_table);
  g_test_add_func ("/charts/summary/sankey", test_sankey);
  g_test_add_func ("/charts/summary/ranking", test_ranking);
  g_test_add_func ("/charts/summary/trend", test_trend);

  return g_test_run ();
}
