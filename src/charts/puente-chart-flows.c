/* puente-chart-flows.c: the supply-chain graph of a year as a Sankey chart
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-chart-flows.h"
#include "puente-i18n.h"

/* Links below this many GWh are left out: they would be hairlines. */
#define MIN_LINK_GWH 1e-6

/* Stage labels for the model's columns, left to right. */
static const char *column_labels[] = {
  N_ ("Origins"),
  N_ ("Materials"),
  N_ ("Cells"),
  N_ ("Packs"),
  N_ ("Assembly"),
  N_ ("New sales"),
  N_ ("US fleet"),
  N_ ("Used trade"),
  N_ ("Mexican fleet"),
  N_ ("End of life"),
  N_ ("Reuse and recycling"),
  N_ ("Recovery"),
};

/* Short labels, read under their column's header: "Imported" under
 * "Cells" is "Cells made outside North America". The node's id is the
 * translation's context: Spanish agrees in gender with what it names
 * (materiales importados, celdas importadas). */
static const struct
{
  const char *id;
  const char *label;
} short_labels[] = {
  { "na-materials", NC_ ("na-materials", "From North America") },
  { "imported-materials", NC_ ("imported-materials", "Imported") },
  { "materials", NC_ ("materials", "Materials") },
  { "cells-na", NC_ ("cells-na", "Made in North America") },
  { "imported-cells", NC_ ("imported-cells", "Imported") },
  { "packs", NC_ ("packs", "Packs") },
  { "assembly-us", NC_ ("assembly-us", "In the US") },
  { "assembly-mx", NC_ ("assembly-mx", "In Mexico") },
  { "imported-vehicles", NC_ ("imported-vehicles", "Imported") },
  { "sales-us", NC_ ("sales-us", "In the US") },
  { "sales-mx", NC_ ("sales-mx", "In Mexico") },
  { "exports", NC_ ("exports", "Exported") },
  { "stock-drawdown-us", NC_ ("stock-drawdown-us", "From the US stock") },
  { "fleet-us", NC_ ("fleet-us", "In use") },
  { "used-trade", NC_ ("used-trade", "US to Mexico") },
  { "stock-growth-us", NC_ ("stock-growth-us", "To the US stock") },
  { "stock-drawdown-mx", NC_ ("stock-drawdown-mx", "From the Mexican stock") },
  { "fleet-mx", NC_ ("fleet-mx", "In use") },
  { "stock-growth-mx", NC_ ("stock-growth-mx", "To the Mexican stock") },
  { "eol-us", NC_ ("eol-us", "In the US") },
  { "eol-mx", NC_ ("eol-mx", "In Mexico") },
  { "second-life", NC_ ("second-life", "Second life") },
  { "recycling", NC_ ("recycling", "In North America") },
  { "recycling-exports", NC_ ("recycling-exports", "Sent abroad") },
  { "disposal", NC_ ("disposal", "Disposed of") },
  { "recycling-losses", NC_ ("recycling-losses", "Lost") },
  { "recovered-surplus", NC_ ("recovered-surplus", "Surplus") },
};

static void
set_text (PuenteText *text,
          const char *msgid)
{
  puente_text_set (text, msgid, puente_gettext (PUENTE_LANG_ES, msgid));
}

PuenteChartData *
puente_chart_build_flows (const PuenteFlows *flows)
{
  PuenteChartData *data;
  PuenteSankey    *sankey;
  guint            n_nodes = puente_flows_get_n_nodes ();
  guint            n_links = puente_flows_get_n_links ();
  guint            n_columns = 0;
  int              year;
  g_autofree char *subtitle_en = NULL;
  g_autofree char *subtitle_es = NULL;
  g_autofree int  *index = NULL;

  g_return_val_if_fail (flows != NULL, NULL);

  year = puente_flows_get_year (flows);
  for (guint i = 0; i < n_nodes; i++)
    n_columns = MAX (n_columns, puente_flows_get_node (i)->column + 1);

  data = puente_chart_data_new (PUENTE_CHART_SUPPLY_SANKEY, PUENTE_CHART_SANKEY);
  data->value_kind = PUENTE_VALUE_NUMBER;
  data->year = year;
  g_free (data->unit);
  data->unit = g_strdup ("GWh");
  set_text (&data->title, N_ ("Battery flows in North America"));
  /* Translators: subtitle of the supply-chain Sankey; %d is a year */
  subtitle_en = g_strdup_printf (N_ ("Gigawatt-hours of vehicle batteries, %d"), year);
  subtitle_es = g_strdup_printf (puente_gettext (PUENTE_LANG_ES, N_ ("Gigawatt-hours of vehicle batteries, %d")), year);
  puente_text_set (&data->subtitle, subtitle_en, subtitle_es);
  set_text (&data->axis_title, N_ ("GWh"));
  set_text (&data->sources, N_ ("Data: Puente model; sites from company announcements; pack sizes and material intensities from the dataset"));

  sankey = puente_sankey_new (n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const char *label = c < G_N_ELEMENTS (column_labels) ? column_labels[c] : "";

      puente_sankey_set_column (sankey, c, label, puente_gettext (PUENTE_LANG_ES, label));
    }

  /* Every node, in the model's order, even without a flow this year (the
   * drawing leaves it out): another scenario's Sankey has the same nodes
   * in the same order to compare with. */
  index = g_new (int, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      const PuenteFlowNode *node = puente_flows_get_node (i);
      PuenteSankeyNodeKind  kind;

      kind = node->kind == PUENTE_FLOW_NODE_SOURCE ? PUENTE_SANKEY_NODE_SOURCE
        : node->kind == PUENTE_FLOW_NODE_SINK      ? PUENTE_SANKEY_NODE_SINK
                                                   : PUENTE_SANKEY_NODE_FLOW;
      index[i] = (int) puente_sankey_add_node (sankey, node->id, node->label,
                                               puente_gettext (PUENTE_LANG_ES, node->label),
                                               node->column, kind);
      for (guint k = 0; k < G_N_ELEMENTS (short_labels); k++)
        if (strcmp (short_labels[k].id, node->id) == 0)
          puente_sankey_set_short_label (sankey, index[i], short_labels[k].label,
                                         puente_pgettext (PUENTE_LANG_ES, short_labels[k].id, short_labels[k].label));
    }

  for (guint i = 0; i < n_links; i++)
    {
      const PuenteFlowLink *link = puente_flows_get_link (flows, i);
      const PuenteFlowNode *source = puente_flows_get_node (link->source);
      const PuenteFlowNode *target = puente_flows_get_node (link->target);

      if (link->gwh < MIN_LINK_GWH)
        continue;

      /* A link that goes back to an earlier stage closes the loop. */
      puente_sankey_add_link (sankey, index[link->source], index[link->target], link->gwh,
                              target->column < source->column);
    }

  data->sankey = sankey;
  return data;
}
