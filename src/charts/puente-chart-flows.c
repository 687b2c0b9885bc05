/* puente-chart-flows.c: the supply-chain graph of a year as a Sankey chart
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-chart-flows.h"
#include "puente-i18n.h"

/* Links below this many GWh are left out: they would be hairlines. */
#define MIN_LINK_GWH 1e-6

/* Stage labels for the model's columns, left to right. */
static const char *column_labels[] = {
  N_("Origins"),
  N_("Materials"),
  N_("Cells"),
  N_("Packs"),
  N_("Assembly"),
  N_("New sales"),
  N_("US fleet"),
  N_("Used trade"),
  N_("Mexican fleet"),
  N_("End of life"),
  N_("Reuse and recycling"),
  N_("Recovery"),
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
  PuenteSankey *sankey;
  guint n_nodes = puente_flows_get_n_nodes ();
  guint n_links = puente_flows_get_n_links ();
  guint n_columns = 0;
  int year;
  g_autofree char *subtitle_en = NULL;
  g_autofree char *subtitle_es = NULL;
  g_autofree int *index = NULL;

  g_return_val_if_fail (flows != NULL, NULL);

  year = puente_flows_get_year (flows);
  for (guint i = 0; i < n_nodes; i++)
    n_columns = MAX (n_columns, puente_flows_get_node (i)->column + 1);

  data = puente_chart_data_new (PUENTE_CHART_SUPPLY_SANKEY, PUENTE_CHART_SANKEY);
  data->value_kind = PUENTE_VALUE_NUMBER;
  data->year = year;
  g_free (data->unit);
  data->unit = g_strdup ("GWh");
  set_text (&data->title, N_("Battery flows in North America"));
  /* Translators: subtitle of the supply-chain Sankey; %d is a year */
  subtitle_en = g_strdup_printf (N_("Gigawatt-hours of vehicle batteries, %d"), year);
  subtitle_es = g_strdup_printf (puente_gettext (PUENTE_LANG_ES, N_("Gigawatt-hours of vehicle batteries, %d")), year);
  puente_text_set (&data->subtitle, subtitle_en, subtitle_es);
  set_text (&data->axis_title, N_("GWh"));
  set_text (&data->sources, N_("Data: Puente model; sites from company announcements; pack sizes and material intensities from the dataset"));

  sankey = puente_sankey_new (n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const char *label = c < G_N_ELEMENTS (column_labels) ? column_labels[c] : "";

      puente_sankey_set_column (sankey, c, label, puente_gettext (PUENTE_LANG_ES, label));
    }

  /* Only nodes that carry a flow this year. */
  index = g_new (int, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      const PuenteFlowNode *node = puente_flows_get_node (i);
      PuenteSankeyNodeKind kind;

      index[i] = -1;
      if (puente_flows_get_inflow (flows, i) < MIN_LINK_GWH && puente_flows_get_outflow (flows, i) < MIN_LINK_GWH)
        continue;

      kind = node->kind == PUENTE_FLOW_NODE_SOURCE ? PUENTE_SANKEY_NODE_SOURCE
           : node->kind == PUENTE_FLOW_NODE_SINK ? PUENTE_SANKEY_NODE_SINK
           : PUENTE_SANKEY_NODE_FLOW;
      index[i] = (int) puente_sankey_add_node (sankey, node->id, node->label,
                                               puente_gettext (PUENTE_LANG_ES, node->label),
                                               node->column, kind);
    }

  for (guint i = 0; i < n_links; i++)
    {
      const PuenteFlowLink *link = puente_flows_get_link (flows, i);
      const PuenteFlowNode *source = puente_flows_get_node (link->source);
      const PuenteFlowNode *target = puente_flows_get_node (link->target);

      if (link->gwh < MIN_LINK_GWH || index[link->source] < 0 || index[link->target] < 0)
        continue;

      /* A link that goes back to an earlier stage closes the loop. */
      puente_sankey_add_link (sankey, index[link->source], index[link->target], link->gwh,
                              target->column < source->column);
    }

  data->sankey = sankey;
  return data;
}
