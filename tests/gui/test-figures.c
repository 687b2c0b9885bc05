/* test-figures.c: what a screen reader and a table show of every figure
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (suite 'gui'). Every chart of the catalogue, the Sankey,
 * the map and the overview's cards are named and described with their
 * current numbers, written as the figure writes them, and the description
 * changes when a lever moves; "Show as table" lists the numbers the chart
 * draws, and stays on across a language switch.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "figure-test-util.h"
#include "puente-chart-spec.h"
#include "puente-chart.h"
#include "puente-chart-view-private.h"
#include "puente-charts-page-private.h"
#include "puente-data-table.h"
#include "puente-format.h"
#include "puente-i18n.h"
#include "puente-indicator-card-private.h"
#include "puente-indicators.h"
#include "puente-levers.h"
#include "puente-map-page-private.h"
#include "puente-overview-private.h"
#include "puente-states-painter.h"
#include "puente-supply-page-private.h"
#include "puente-window-private.h"

#define assert_contains(haystack, needle) \
  G_STMT_START { \
    const char *h__ = (haystack); \
    const char *n__ = (needle); \
    if (h__ == NULL || n__ == NULL || strstr (h__, n__) == NULL) \
      g_error ("%s: expected \"%s\" in \"%s\"", G_STRLOC, n__ != NULL ? n__ : "(null)", \
               h__ != NULL ? h__ : "(null)"); \
  } G_STMT_END

/* A number as the chart writes it in its read-outs. */
static char *
chart_number (const PuenteChartData *data,
              PuenteLang             lang,
              double                 value)
{
  return puente_chart_format_readout (data, lang, value);
}

static void
move_lever (PuenteWindow *window,
            const char   *id,
            double        value)
{
  puente_workspace_set_lever (puente_window_get_workspace (window), puente_levers_find (id), value);
  figure_test_wait (100);
}

/* The chart view's name is its title; its description is its summary,
 * with the value of the first series at the selected year (or its first
 * category, or the largest flow). Returns the description. */
static char *
check_chart_view (PuenteChartView *view,
                  PuenteLang       lang)
{
  const PuenteChartData *data = puente_chart_view_get_data (view);
  g_autofree char *label = figure_test_get_property (GTK_WIDGET (view), GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_autofree char *description = figure_test_get_property (GTK_WIDGET (view),
                                                           GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_autofree char *title = NULL;
  g_autofree char *value = NULL;

  g_assert_nonnull (data);
  title = puente_text_get (&data->title, lang);
  g_assert_cmpstr (label, ==, title);
  g_assert_cmpstr (description, ==, puente_chart_view_get_summary (view));
  g_assert_cmpuint (strlen (description), >, 20);

  if (data->kind == PUENTE_CHART_SANKEY)
    {
      double largest = 0;

      for (guint i = 0; i < data->sankey->links->len; i++)
        largest = MAX (largest, g_array_index (data->sankey->links, PuenteSankeyLink, i).value);
      value = chart_number (data, lang, largest);
    }
  else if (data->categories != NULL)
    value = chart_number (data, lang, puente_chart_data_get_value (data, 0, 0, PUENTE_SCENARIO_A));
  else
    value = chart_number (data, lang, puente_chart_data_get_value (data, 0, (guint) (data->year - data->first_year),
                                                                   PUENTE_SCENARIO_A));
  assert_contains (description, value);
  return g_steal_pointer (&description);
}

/* The table shows what the chart draws: the same rows, the same texts. */
static void
check_table (PuenteDataTable       *table,
             const PuenteChartData *data,
             PuenteLang             lang)
{
  const PuenteTable *shown = puente_data_table_get_table (table);

  g_assert_nonnull (shown);
  if (data->kind == PUENTE_CHART_SANKEY)
    {
      g_assert_cmpuint (puente_table_get_n_rows (shown), ==, data->sankey->links->len);
      for (guint i = 0; i < data->sankey->links->len; i++)
        {
          g_autofree char *value = chart_number (data, lang,
                                                 g_array_index (data->sankey->links, PuenteSankeyLink, i).value);

          g_assert_cmpstr (puente_table_get_row (shown, i)->cells[2].text, ==, value);
        }
      return;
    }
  g_assert_cmpuint (puente_table_get_n_rows (shown), ==, data->n_points);
  for (guint p = 0; p < data->n_points; p++)
    {
      g_autofree char *value = chart_number (data, lang, puente_chart_data_get_value (data, 0, p, PUENTE_SCENARIO_A));

      g_assert_cmpstr (puente_table_get_row (shown, p)->cells[1].text, ==, value);
    }
}

static void
check_charts (PuenteWindow *window)
{
  PuenteChartsPage *page;
  PuenteChartView *view;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  figure_test_show_view (window, "charts");
  page = PUENTE_CHARTS_PAGE (figure_test_page (window, "charts"));
  view = PUENTE_CHART_VIEW (puente_charts_page_get_chart_view (page));

  /* Every chart of the catalogue, its table too. */
  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autofree char *description = NULL;

      /* The stations charts wait for an import (tests/map/test-map-stations.c). */
      if (spec->needs_stations)
        continue;
      puente_charts_page_set_chart_id (page, spec->id);
      figure_test_wait (50);
      g_test_message ("%s", spec->id);
      description = check_chart_view (view, PUENTE_LANG_EN);
      check_table (PUENTE_DATA_TABLE (puente_charts_page_get_table (page)), puente_chart_view_get_data (view),
                   PUENTE_LANG_EN);
    }

  /* A lever moves the numbers: the description and the table follow. */
  puente_charts_page_set_chart_id (page, "zev-share-sales");
  figure_test_wait (50);
  before = check_chart_view (view, PUENTE_LANG_EN);
  assert_contains (before, "United States: ");
  move_lever (window, "ldv.us.target_share", 0.80);
  after = check_chart_view (view, PUENTE_LANG_EN);
  g_assert_cmpstr (before, !=, after);
  check_table (PUENTE_DATA_TABLE (puente_charts_page_get_table (page)), puente_chart_view_get_data (view),
               PUENTE_LANG_EN);

  /* With B: both scenarios named, where B ends up. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));
  figure_test_wait (100);
  g_clear_pointer (&after, g_free);
  after = check_chart_view (view, PUENTE_LANG_EN);
  assert_contains (after, "A: ");
  assert_contains (after, "; B: ");
  assert_contains (after, "B reaches");
  assert_contains (after, "(B)");
}

static void
test_charts (void)
{
  figure_test_run (check_charts);
}

static void
check_supply (PuenteWindow *window)
{
  PuenteSupplyPage *page;
  PuenteChartView *view;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  figure_test_show_view (window, "supply");
  page = PUENTE_SUPPLY_PAGE (figure_test_page (window, "supply"));
  view = puente_supply_page_get_chart_view (page);
  before = check_chart_view (view, PUENTE_LANG_EN);
  assert_contains (before, " → ");
  assert_contains (before, "largest first");
  check_table (PUENTE_DATA_TABLE (puente_supply_page_get_table (page)), puente_chart_view_get_data (view),
               PUENTE_LANG_EN);

  /* More recovered from old batteries: other flows. */
  move_lever (window, "supply.recycling_recovery", 0.98);
  after = check_chart_view (view, PUENTE_LANG_EN);
  g_assert_cmpstr (before, !=, after);
  check_table (PUENTE_DATA_TABLE (puente_supply_page_get_table (page)), puente_chart_view_get_data (view),
               PUENTE_LANG_EN);
}

static void
test_supply (void)
{
  figure_test_run (check_supply);
}

static void
check_map (PuenteWindow *window)
{
  PuenteMapPage *page;
  GtkWidget *map;
  PuenteDataTable *table;
  const PuenteTable *rows;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *texas = NULL;
  int row;
  GtkColumnView *view;
  GtkColumnViewColumn *column;
  const PuenteTableRow *top;

  figure_test_show_view (window, "map");
  page = PUENTE_MAP_PAGE (figure_test_page (window, "map"));
  map = puente_map_page_get_map (page, 0);
  table = PUENTE_DATA_TABLE (puente_map_page_get_table (page));

  /* The map reads its metric by state, highest and lowest. */
  before = figure_test_get_property (map, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_assert_cmpstr (before, ==, puente_map_page_get_description (page, 0));
  assert_contains (before, puente_states_metric_get_title (PUENTE_STATES_METRIC_ZEV_SHARE, PUENTE_LANG_EN));
  assert_contains (before, "Highest: ");
  assert_contains (before, "; lowest: ");

  /* The table: every state, the metric as the legend writes it. */
  rows = puente_data_table_get_table (table);
  g_assert_cmpuint (puente_table_get_n_rows (rows), ==, 83);
  row = puente_table_find_row (rows, "US-TX");
  g_assert_cmpint (row, >=, 0);
  texas = puente_states_metric_format (PUENTE_STATES_METRIC_ZEV_SHARE,
                                       puente_table_get_row (rows, (guint) row)->cells[2].value, FALSE,
                                       PUENTE_LANG_EN);
  g_assert_cmpstr (puente_table_get_row (rows, (guint) row)->cells[2].text, ==, texas);
  g_assert_cmpstr (puente_table_get_row (rows, (guint) row)->cells[0].text, ==, "Texas");

  /* Sorted by the metric, highest first: the first row is the highest. */
  view = puente_data_table_get_view (table);
  column = g_list_model_get_item (gtk_column_view_get_columns (view), 2);
  gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
  g_object_unref (column);
  figure_test_wait (50);
  top = puente_data_table_get_shown_row (table, 0);
  for (guint i = 0; i < puente_table_get_n_rows (rows); i++)
    if (isfinite (puente_table_get_row (rows, i)->cells[2].value))
      g_assert_cmpfloat (puente_table_get_row (rows, i)->cells[2].value, <=, top->cells[2].value);
  assert_contains (before, top->cells[0].text);

  /* A row activated selects its state and opens its details. */
  g_object_set (puente_window_get_view_state (window), "map-table", TRUE, NULL);
  figure_test_wait (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (table)));
  rows = puente_data_table_get_table (table);
  for (guint i = 0; i < puente_table_get_n_rows (rows); i++)
    if (g_strcmp0 (puente_data_table_get_shown_row (table, i)->key, "MX-NLE") == 0)
      {
        g_signal_emit_by_name (view, "activate", i);
        break;
      }
  figure_test_wait (100);
  g_assert_cmpstr (puente_map_page_get_panel_title (page), ==, "Nuevo León");

  /* The selected state is read with its values, and named with the map
   * (a screen reader says a new name of what has the focus). */
  g_clear_pointer (&after, g_free);
  after = figure_test_get_property (map, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  assert_contains (after, "Selected: Nuevo León, ");
  {
    g_autofree char *label = figure_test_get_property (map, GTK_ACCESSIBLE_PROPERTY_LABEL);

    g_assert_cmpstr (label, ==, "Map: Nuevo León");
  }

  /* Another year, other words. */
  puente_workspace_set_year (puente_window_get_workspace (window), 2035);
  figure_test_wait (100);
  g_clear_pointer (&before, g_free);
  before = figure_test_get_property (map, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_assert_cmpstr (before, !=, after);
  assert_contains (before, ", 2035. ");
  g_free (texas);
  texas = g_strdup (puente_table_get_row (puente_data_table_get_table (table), (guint) row)->cells[2].text);

  /* A lever moves the map's numbers, its words and its table. */
  move_lever (window, "ldv.us.target_share", 0.90);
  g_clear_pointer (&after, g_free);
  after = figure_test_get_property (map, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_assert_cmpstr (before, !=, after);
  rows = puente_data_table_get_table (table);
  g_assert_cmpstr (puente_table_get_row (rows, (guint) row)->cells[0].text, ==, "Texas");
  g_assert_cmpstr (puente_table_get_row (rows, (guint) row)->cells[2].text, !=, texas);
}

static void
test_map (void)
{
  figure_test_run (check_map);
}

static void
check_cards (PuenteWindow *window)
{
  PuenteOverview *overview = PUENTE_OVERVIEW (puente_window_get_overview (window));
  g_autofree char *before = NULL;

  figure_test_show_view (window, "overview");
  for (guint i = 0; i < puente_key_indicators_get_n (); i++)
    {
      const PuenteKeyIndicator *key = puente_key_indicators_get (i);
      GtkWidget *card = puente_overview_get_card (overview, key->id);
      g_autofree char *label = figure_test_get_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL);
      g_autofree char *description = figure_test_get_property (card, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

      g_autofree char *value = g_strdup_printf (": %s", puente_indicator_card_get_value_text (PUENTE_INDICATOR_CARD (card)));

      /* "Title: value unit", and the trend in words. */
      g_assert_cmpuint (strlen (label), >, strlen (value) + 3);
      assert_contains (label, value);
      assert_contains (description, "Trend, A: ");
      g_assert_cmpstr (description, ==, puente_indicator_card_get_description (PUENTE_INDICATOR_CARD (card)));
    }

  {
    GtkWidget *card = puente_overview_get_card (overview, "key.ldv.zev_share_sales.us.2032");

    g_autofree char *after = NULL;

    before = figure_test_get_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL);
    move_lever (window, "ldv.us.target_share", 0.80);
    after = figure_test_get_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL);
    g_assert_cmpstr (after, !=, before);
  }
}

static void
test_cards (void)
{
  figure_test_run (check_cards);
}

/* The tables stay on across a language switch, in the new language. */
static void
check_tables_kept (PuenteWindow *window)
{
  PuenteChartsPage *page;
  const PuenteTable *table;

  figure_test_show_view (window, "charts");
  page = PUENTE_CHARTS_PAGE (figure_test_page (window, "charts"));
  gtk_toggle_button_set_active (puente_charts_page_get_table_button (page), TRUE);
  figure_test_wait (50);
  g_assert_true (gtk_widget_get_mapped (puente_charts_page_get_table (page)));
  g_assert_false (gtk_widget_get_mapped (puente_charts_page_get_chart_view (page)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  figure_test_wait (200);
  page = PUENTE_CHARTS_PAGE (figure_test_page (window, "charts"));
  g_assert_true (gtk_toggle_button_get_active (puente_charts_page_get_table_button (page)));
  g_assert_true (gtk_widget_get_mapped (puente_charts_page_get_table (page)));
  table = puente_data_table_get_table (PUENTE_DATA_TABLE (puente_charts_page_get_table (page)));
  g_assert_cmpstr (table->headers[0], ==, "Año");
  check_table (PUENTE_DATA_TABLE (puente_charts_page_get_table (page)),
               puente_chart_view_get_data (PUENTE_CHART_VIEW (puente_charts_page_get_chart_view (page))),
               PUENTE_LANG_ES);
  /* The chart's words in Spanish too. */
  g_free (check_chart_view (PUENTE_CHART_VIEW (puente_charts_page_get_chart_view (page)), PUENTE_LANG_ES));
  assert_contains (puente_chart_view_get_summary (PUENTE_CHART_VIEW (puente_charts_page_get_chart_view (page))),
                   " en 2024 a ");
}

static void
test_tables_kept (void)
{
  figure_test_run (check_tables_kept);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Criticals fail the test (G_DEBUG=fatal-criticals); GTK's own
   * warnings do not, as in the window test. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);

  g_test_add_func ("/gui/figures/charts", test_charts);
  g_test_add_func ("/gui/figures/supply", test_supply);
  g_test_add_func ("/gui/figures/map", test_map);
  g_test_add_func ("/gui/figures/cards", test_cards);
  g_test_add_func ("/gui/figures/tables-kept", test_tables_kept);

  return g_test_run ();
}
