/* puente-flows.c: the battery supply-chain flow graph of one year
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Static topology (nodes and links) and snapshots of one year of the
 * values a run stored in the results table. docs/methodology.md section
 * "Battery supply chain" explains every link.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-flows-private.h"
#include "puente-results-private.h"

#define NODE(idx, id, label, kind, column, region) \
  [idx] = { id, label, PUENTE_FLOW_NODE_##kind, column, region }

static const PuenteFlowNode nodes[PUENTE_N_FLOW_NODES] = {
  NODE (FN_NA_MATERIALS, "na-materials", N_ ("North American materials"), SOURCE, 0, "NA"),
  NODE (FN_IMPORTED_MATERIALS, "imported-materials", N_ ("Imported materials"), SOURCE, 0, "NA"),
  NODE (FN_MATERIALS, "materials", N_ ("Battery materials"), STAGE, 1, "NA"),
  NODE (FN_CELLS_NA, "cells-na", N_ ("Cells made in North America"), STAGE, 2, "NA"),
  NODE (FN_IMPORTED_CELLS, "imported-cells", N_ ("Cells made outside North America"), SOURCE, 2, "NA"),
  NODE (FN_PACKS, "packs", N_ ("Battery packs"), STAGE, 3, "NA"),
  NODE (FN_ASSEMBLY_US, "assembly-us", N_ ("Vehicles assembled in the US"), STAGE, 4, "US"),
  NODE (FN_ASSEMBLY_MX, "assembly-mx", N_ ("Vehicles assembled in Mexico"), STAGE, 4, "MX"),
  NODE (FN_IMPORTED_VEHICLES, "imported-vehicles", N_ ("Vehicles made outside North America"), SOURCE, 4, "NA"),
  NODE (FN_SALES_US, "sales-us", N_ ("New vehicles sold in the US"), STAGE, 5, "US"),
  NODE (FN_SALES_MX, "sales-mx", N_ ("New vehicles sold in Mexico"), STAGE, 5, "MX"),
  NODE (FN_EXPORTS, "exports", N_ ("Vehicles exported outside North America"), SINK, 5, "MX"),
  NODE (FN_STOCK_DRAWDOWN_US, "stock-drawdown-us", N_ ("Drawn from the US vehicle stock"), SOURCE, 5, "US"),
  NODE (FN_FLEET_US, "fleet-us", N_ ("Vehicles in use in the US"), STAGE, 6, "US"),
  NODE (FN_USED_TRADE, "used-trade", N_ ("Used vehicles from the US to Mexico"), STAGE, 7, "NA"),
  NODE (FN_STOCK_GROWTH_US, "stock-growth-us", N_ ("Added to the US vehicle stock"), SINK, 7, "US"),
  NODE (FN_STOCK_DRAWDOWN_MX, "stock-drawdown-mx", N_ ("Drawn from the Mexican vehicle stock"), SOURCE, 7, "MX"),
  NODE (FN_FLEET_MX, "fleet-mx", N_ ("Vehicles in use in Mexico"), STAGE, 8, "MX"),
  NODE (FN_STOCK_GROWTH_MX, "stock-growth-mx", N_ ("Added to the Mexican vehicle stock"), SINK, 9, "MX"),
  NODE (FN_EOL_US, "eol-us", N_ ("End of life in the US"), STAGE, 9, "US"),
  NODE (FN_EOL_MX, "eol-mx", N_ ("End of life in Mexico"), STAGE, 9, "MX"),
  NODE (FN_SECOND_LIFE, "second-life", N_ ("Second life (stationary storage)"), SINK, 10, "NA"),
  NODE (FN_RECYCLING, "recycling", N_ ("Recycling in North America"), STAGE, 10, "NA"),
  NODE (FN_RECYCLING_EXPORTS, "recycling-exports", N_ ("Sent for recycling outside North America"), SINK, 10, "NA"),
  NODE (FN_DISPOSAL, "disposal", N_ ("Stored or disposed of"), SINK, 10, "NA"),
  NODE (FN_RECYCLING_LOSSES, "recycling-losses", N_ ("Not recovered in recycling"), SINK, 11, "NA"),
  NODE (FN_RECOVERED_SURPLUS, "recovered-surplus", N_ ("Recovered materials beyond North American cell needs"), SINK, 11, "NA"),
};

typedef struct
{
  guint source;
  guint target;
} LinkDef;

static const LinkDef links[PUENTE_N_FLOW_LINKS] = {
  [FL_NA_MATERIALS] = { FN_NA_MATERIALS, FN_MATERIALS },
  [FL_IMPORTED_MATERIALS] = { FN_IMPORTED_MATERIALS, FN_MATERIALS },
  [FL_RECOVERED] = { FN_RECYCLING, FN_MATERIALS },
  [FL_MATERIALS_CELLS] = { FN_MATERIALS, FN_CELLS_NA },
  [FL_CELLS_PACKS] = { FN_CELLS_NA, FN_PACKS },
  [FL_IMPORTED_CELLS] = { FN_IMPORTED_CELLS, FN_PACKS },
  [FL_PACKS_US] = { FN_PACKS, FN_ASSEMBLY_US },
  [FL_PACKS_MX] = { FN_PACKS, FN_ASSEMBLY_MX },
  [FL_US_SALES_US] = { FN_ASSEMBLY_US, FN_SALES_US },
  [FL_MX_SALES_US] = { FN_ASSEMBLY_MX, FN_SALES_US },
  [FL_MX_SALES_MX] = { FN_ASSEMBLY_MX, FN_SALES_MX },
  [FL_MX_EXPORTS] = { FN_ASSEMBLY_MX, FN_EXPORTS },
  [FL_IMPORTED_SALES_US] = { FN_IMPORTED_VEHICLES, FN_SALES_US },
  [FL_IMPORTED_SALES_MX] = { FN_IMPORTED_VEHICLES, FN_SALES_MX },
  [FL_SALES_FLEET_US] = { FN_SALES_US, FN_FLEET_US },
  [FL_SALES_FLEET_MX] = { FN_SALES_MX, FN_FLEET_MX },
  [FL_DRAWDOWN_US] = { FN_STOCK_DRAWDOWN_US, FN_FLEET_US },
  [FL_FLEET_US_USED] = { FN_FLEET_US, FN_USED_TRADE },
  [FL_USED_FLEET_MX] = { FN_USED_TRADE, FN_FLEET_MX },
  [FL_GROWTH_US] = { FN_FLEET_US, FN_STOCK_GROWTH_US },
  [FL_DRAWDOWN_MX] = { FN_STOCK_DRAWDOWN_MX, FN_FLEET_MX },
  [FL_GROWTH_MX] = { FN_FLEET_MX, FN_STOCK_GROWTH_MX },
  [FL_FLEET_EOL_US] = { FN_FLEET_US, FN_EOL_US },
  [FL_FLEET_EOL_MX] = { FN_FLEET_MX, FN_EOL_MX },
  [FL_EOL_US_SECOND_LIFE] = { FN_EOL_US, FN_SECOND_LIFE },
  [FL_EOL_US_RECYCLING] = { FN_EOL_US, FN_RECYCLING },
  [FL_EOL_US_RECYCLING_EXPORTS] = { FN_EOL_US, FN_RECYCLING_EXPORTS },
  [FL_EOL_US_DISPOSAL] = { FN_EOL_US, FN_DISPOSAL },
  [FL_EOL_MX_SECOND_LIFE] = { FN_EOL_MX, FN_SECOND_LIFE },
  [FL_EOL_MX_RECYCLING] = { FN_EOL_MX, FN_RECYCLING },
  [FL_EOL_MX_RECYCLING_EXPORTS] = { FN_EOL_MX, FN_RECYCLING_EXPORTS },
  [FL_EOL_MX_DISPOSAL] = { FN_EOL_MX, FN_DISPOSAL },
  [FL_RECYCLING_LOSSES] = { FN_RECYCLING, FN_RECYCLING_LOSSES },
  [FL_RECOVERED_SURPLUS] = { FN_RECYCLING, FN_RECOVERED_SURPLUS },
};

static const char *const material_ids[PUENTE_N_MATERIALS] = {
  "lithium",
  "nickel",
  "cobalt",
  "manganese",
  "graphite",
};

struct _PuenteFlows
{
  int            year;
  PuenteFlowLink links[PUENTE_N_FLOW_LINKS];
  char          *link_ids; /* one block holding the "a>b" ids */
};

guint
puente_flows_get_n_nodes (void)
{
  return PUENTE_N_FLOW_NODES;
}

const PuenteFlowNode *
puente_flows_get_node (guint index)
{
  g_return_val_if_fail (index < PUENTE_N_FLOW_NODES, NULL);

  return &nodes[index];
}

int
puente_flows_find_node (const char *id)
{
  if (id == NULL)
    return -1;
  for (guint i = 0; i < PUENTE_N_FLOW_NODES; i++)
    if (strcmp (nodes[i].id, id) == 0)
      return (int) i;
  return -1;
}

guint
puente_flows_get_n_links (void)
{
  return PUENTE_N_FLOW_LINKS;
}

const char *
puente_material_id (PuenteMaterial material)
{
  g_return_val_if_fail (material < PUENTE_N_MATERIALS, NULL);

  return material_ids[material];
}

const char *
puente_flow_node_kind_to_string (PuenteFlowNodeKind kind)
{
  switch (kind)
    {
    case PUENTE_FLOW_NODE_SOURCE:
      return "source";
    case PUENTE_FLOW_NODE_STAGE:
      return "stage";
    case PUENTE_FLOW_NODE_SINK:
      return "sink";
    default:
      g_return_val_if_reached (NULL);
    }
}

PuenteFlows *
puente_flows_new (const PuenteResults *results,
                  int                  year)
{
  PuenteFlows *self;
  GString     *ids;
  gsize        offsets[PUENTE_N_FLOW_LINKS];
  guint        y;

  g_return_val_if_fail (results != NULL, NULL);

  if (year < results->first_year || year > results->last_year)
    return NULL;
  y = year - results->first_year;

  self = g_new0 (PuenteFlows, 1);
  self->year = year;

  ids = g_string_new (NULL);
  for (guint l = 0; l < PUENTE_N_FLOW_LINKS; l++)
    {
      offsets[l] = ids->len;
      g_string_append_printf (ids, "%s>%s", nodes[links[l].source].id, nodes[links[l].target].id);
      g_string_append_c (ids, '\0');
    }
  self->link_ids = g_string_free (ids, FALSE);

  for (guint l = 0; l < PUENTE_N_FLOW_LINKS; l++)
    {
      PuenteFlowLink *link = &self->links[l];

      link->id = self->link_ids + offsets[l];
      link->source = links[l].source;
      link->target = links[l].target;
      link->gwh = puente_results_flow_row ((PuenteResults *) results, l)[y];
      for (guint m = 0; m < PUENTE_N_MATERIALS; m++)
        link->tonnes[m] = puente_results_tonnes_row ((PuenteResults *) results, l, m)[y];
    }

  return self;
}

void
puente_flows_free (PuenteFlows *self)
{
  if (self == NULL)
    return;
  g_free (self->link_ids);
  g_free (self);
}

int
puente_flows_get_year (const PuenteFlows *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->year;
}

const PuenteFlowLink *
puente_flows_get_link (const PuenteFlows *self,
                       guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < PUENTE_N_FLOW_LINKS, NULL);

  return &self->links[index];
}

double
puente_flows_get_inflow (const PuenteFlows *self,
                         guint              node)
{
  double sum = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (node < PUENTE_N_FLOW_NODES, 0);

  for (guint l = 0; l < PUENTE_N_FLOW_LINKS; l++)
    if (self->links[l].target == node)
      sum += self->links[l].gwh;
  return sum;
}

double
puente_flows_get_outflow (const PuenteFlows *self,
                          guint              node)
{
  double sum = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (node < PUENTE_N_FLOW_NODES, 0);

  for (guint l = 0; l < PUENTE_N_FLOW_LINKS; l++)
    if (self->links[l].source == node)
      sum += self->links[l].gwh;
  return sum;
}
