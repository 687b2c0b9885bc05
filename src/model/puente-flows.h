/* puente-flows.h: the battery supply-chain flow graph of one year
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model specification section 4. The graph has a fixed set of nodes and
 * links (the same every year and scenario); a run fills each link's value
 * in GWh (battery capacity, or GWh-equivalent for materials) and its
 * content in tonnes of lithium, nickel, cobalt, manganese and graphite.
 *
 * Every stage node balances: the sum of its inflows equals the sum of its
 * outflows. Only source nodes (no inflow: mining, imports, stock drawn
 * down) and sink nodes (no outflow: exports, second life, disposal,
 * losses, stock growth) do not. The graph has one loop: material recovered
 * by recycling flows back to the materials stage.
 *
 * A PuenteFlows is a snapshot of one year of a results table, for Sankey
 * diagrams and exports; it does not change when the results do.
 */
#pragma once

#include "puente-types.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_MATERIAL_LITHIUM,
  PUENTE_MATERIAL_NICKEL,
  PUENTE_MATERIAL_COBALT,
  PUENTE_MATERIAL_MANGANESE,
  PUENTE_MATERIAL_GRAPHITE,
  PUENTE_N_MATERIALS
} PuenteMaterial;

typedef enum {
  PUENTE_FLOW_NODE_SOURCE, /* outflow only: enters the system here */
  PUENTE_FLOW_NODE_STAGE,  /* inflow = outflow */
  PUENTE_FLOW_NODE_SINK,   /* inflow only: leaves the system here */
} PuenteFlowNodeKind;

typedef struct
{
  const char        *id;    /* "cells-na" */
  const char        *label; /* untranslated (N_()); translate with _() */
  PuenteFlowNodeKind kind;
  guint              column; /* stage index, left to right, for layout */
  const char        *region; /* "US", "MX" or "NA" */
} PuenteFlowNode;

typedef struct
{
  const char *id;     /* "cells-na>packs" */
  guint       source; /* node indices */
  guint       target;
  double      gwh; /* value in the snapshot's year */
  double      tonnes[PUENTE_N_MATERIALS];
} PuenteFlowLink;

typedef struct _PuenteFlows PuenteFlows;

/* Static graph description. */
guint                       puente_flows_get_n_nodes (void);
const PuenteFlowNode       *puente_flows_get_node (guint index);
int                         puente_flows_find_node (const char *id);
guint                       puente_flows_get_n_links (void);
const char                 *puente_material_id (PuenteMaterial material);              /* "lithium" */
const char                 *puente_flow_node_kind_to_string (PuenteFlowNodeKind kind); /* "source", "stage", "sink" */

/* One year of a results table; NULL when @year is outside its years. */
PuenteFlows                *puente_flows_new (const PuenteResults *results,
                                              int                  year);
void                        puente_flows_free (PuenteFlows *self);
int                         puente_flows_get_year (const PuenteFlows *self);
/* Links with their values (puente_flows_get_n_links () of them). */
const PuenteFlowLink       *puente_flows_get_link (const PuenteFlows *self,
                                                   guint              index);
/* Sums over the links into and out of node @node, in GWh. */
double                      puente_flows_get_inflow (const PuenteFlows *self,
                                                     guint              node);
double                      puente_flows_get_outflow (const PuenteFlows *self,
                                                      guint              node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteFlows, puente_flows_free)

G_END_DECLS
