/* puente-chart-sankey-private.h: the Sankey's layout, between measuring and painting
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sankey_layout_new () decides where everything goes: column headers,
 * nodes, bands, labels (beside their node, or moved along a leader line,
 * or as a number with the name in a key under the plot) and the key; it
 * measures text but draws nothing. chart_draw_sankey () paints the
 * layout. Text is wrapped at word boundaries and never cut: a label that
 * fits nowhere whole, in full or in its short form, becomes a number.
 */
#pragma once

#include "puente-chart-private.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean  shown;   /* has a flow in the panel (in A or B for B − A) */
  ChartRect rect;    /* the bar */
  double    value;   /* throughput in the panel's scenario */
  double    value_a; /* B − A: scenario A's throughput */
} SankeyNodeBox;

typedef struct
{
  double   width;  /* 0: not drawn */
  double   x0, y0; /* the centre line's ends */
  double   x1, y1;
  gboolean loop;    /* back to an earlier column, under the nodes */
  double   channel; /* loops: the centre line of the loop's channel */
  double   bulge;   /* loops: how far the turns reach out */
  int      change;  /* B − A: +1 more in B, -1 less, 0 about the same */
} SankeyBand;

typedef struct
{
  int          node;  /* the node, or -1 (a header or title) */
  PangoLayout *text;  /* wrapped at word boundaries, never cut */
  PangoLayout *value; /* under the text, or NULL */
  double       x, y;  /* the text's top-left */
  double       text_h;
  ChartRect    box; /* text and value with the backdrop's margin */
  gboolean     backdrop;
  gboolean     leader; /* moved away from its node: a line joins them */
  double       leader_x[3], leader_y[3];
  int          key; /* > 0: a number; the key under the plot names it */
} SankeyLabel;

typedef struct
{
  guint       slot;   /* the scenario whose flows the panel draws */
  ChartRect   plot;   /* nodes, bands and labels */
  SankeyLabel title;  /* "A: ..." above the panel; text NULL for none */
  GArray     *nodes;  /* SankeyNodeBox, one per data node */
  GArray     *bands;  /* SankeyBand, one per data link */
  GArray     *labels; /* SankeyLabel */
} SankeyPanel;

typedef struct
{
  double      scale; /* user units per unit of flow, for all panels */
  double      node_w;
  double      spacing; /* from one column to the next */
  double      x0;      /* the first column's left */
  gboolean    difference;
  GArray     *headers; /* SankeyLabel, one per column with a header */
  guint       n_panels;
  SankeyPanel panels[PUENTE_N_SCENARIO_SLOTS];
  GArray     *key; /* SankeyLabel: "3 Vehicles assembled in the US" */
  guint       n_keyed;
  double      type_scale; /* of the chart's labels (< 1: smaller to fit) */
} SankeyLayout;

SankeyLayout *sankey_layout_new (ChartContext    *ctx,
                                 const ChartRect *area);
/* The band's centre line as cubic segments: a start point and three
 * points a segment in @points (room for 2 + 6 * SANKEY_MAX_SEGMENTS);
 * returns the number of segments. */
#define SANKEY_MAX_SEGMENTS 3
guint sankey_band_path (const SankeyBand *band,
                        double           *points);
void  sankey_layout_free (SankeyLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SankeyLayout, sankey_layout_free)

G_END_DECLS
