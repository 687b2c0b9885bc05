/* puente-chart-sankey.c: flows between stages, with the recycling loop
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nodes stand in columns by stage; a node is as tall as its throughput
 * (max of inflow and outflow, equal for balanced nodes); links are bands as
 * wide as their flow, stacked along the node's sides in the order of the
 * nodes at their other ends so that bands do not cross at the nodes. A link
 * back to an earlier column (recovered material returning to the materials
 * stage) leaves the right side of its source, runs under all the nodes and
 * enters its target from the left: a loop.
 *
 * With scenario B, two panels on one scale (A above B), or B's flows with
 * each node's B − A and the bands coloured by whether they grew.
 *
 * puente-chart-sankey-layout.c decides where everything goes; this file
 * paints it and finds what is under the pointer.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-chart-sankey-private.h"

static int
node_colour (const PuenteSankey *sk,
             guint               node)
{
  const PuenteSankeyNode *n = &g_array_index (sk->nodes, PuenteSankeyNode, node);
  static const int        by_column[] = {
           PUENTE_COLOUR_NEUTRAL,
           PUENTE_COLOUR_BLUE,
           PUENTE_COLOUR_SKY,
           PUENTE_COLOUR_ORANGE,
           PUENTE_COLOUR_VERMILLION,
           PUENTE_COLOUR_PURPLE,
           PUENTE_COLOUR_GREEN,
           PUENTE_COLOUR_YELLOW,
  };

  if (n->colour >= 0)
    return n->colour;
  return by_column[n->column % G_N_ELEMENTS (by_column)];
}

static void
paint_label (ChartContext      *ctx,
             const SankeyLabel *label,
             const PuenteRgb   *colour)
{
  cairo_t *cr = ctx->cr;

  if (label->text == NULL)
    return;
  if (label->leader)
    {
      cairo_new_path (cr);
      cairo_move_to (cr, label->leader_x[0], label->leader_y[0]);
      for (guint i = 1; i < 3; i++)
        cairo_line_to (cr, label->leader_x[i], label->leader_y[i]);
      chart_set_rgb (ctx, &ctx->m.muted, 0.9);
      cairo_set_line_width (cr, MAX (1.0, ctx->m.line_width * 0.4));
      cairo_stroke (cr);
    }
  if (label->backdrop)
    {
      chart_set_rgb (ctx, &ctx->m.background, PUENTE_CHART_BACKDROP_ALPHA);
      cairo_rectangle (cr, label->box.x, label->box.y, label->box.width, label->box.height);
      cairo_fill (cr);
    }
  chart_show_layout (ctx, label->text, label->x, label->y, 0, colour);
  if (label->value != NULL)
    chart_show_layout (ctx, label->value, label->x, label->y + label->text_h, 0, &ctx->m.muted);
}

static PuenteRgb
band_colour (ChartContext           *ctx,
             const SankeyBand       *band,
             const PuenteSankeyLink *link)
{
  const PuenteSankey *sk = ctx->data->sankey;

  if (band->change > 0)
    return chart_colour (ctx, PUENTE_COLOUR_PURPLE);
  if (band->change < 0)
    return chart_colour (ctx, PUENTE_COLOUR_VERMILLION);
  if (ctx->data->show_difference && sk->has_b)
    return chart_colour (ctx, PUENTE_COLOUR_GREY);
  return chart_colour (ctx, link->recycling ? PUENTE_COLOUR_GREEN : node_colour (sk, link->source));
}

/* Bands under nodes. With a node highlighted, the paths through it stand
 * out and the rest fade. */
static void
paint_bands (ChartContext      *ctx,
             const SankeyPanel *panel,
             const gboolean    *on_path)
{
  const PuenteSankey *sk = ctx->data->sankey;
  cairo_t            *cr = ctx->cr;

  for (guint l = 0; l < panel->bands->len; l++)
    {
      const SankeyBand       *band = &g_array_index (panel->bands, SankeyBand, l);
      const PuenteSankeyLink *link = &g_array_index (sk->links, PuenteSankeyLink, l);
      PuenteRgb               colour = band_colour (ctx, band, link);
      double                  p[2 + 6 * SANKEY_MAX_SEGMENTS];
      guint                   n;

      if (band->width <= 0)
        continue;
      n = sankey_band_path (band, p);
      cairo_new_path (cr);
      chart_set_rgb (ctx, &colour, on_path != NULL ? (on_path[l] ? 0.7 : 0.08) : band->change != 0 ? 0.6
                       : link->recycling                                                           ? 0.55
                                                                                                   : 0.38);
      if (band->loop)
        {
          /* A loop is thin: its centre line, stroked. */
          cairo_move_to (cr, p[0], p[1]);
          for (guint seg = 0; seg < n; seg++)
            cairo_curve_to (cr, p[6 * seg + 2], p[6 * seg + 3], p[6 * seg + 4], p[6 * seg + 5],
                            p[6 * seg + 6], p[6 * seg + 7]);
          cairo_set_line_width (cr, band->width);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
        }
      else
        {
          /* A ribbon between its top and bottom edges: a stroke as wide as
           * a big flow folds over itself where the curve turns. */
          double h = band->width / 2;

          cairo_move_to (cr, p[0], p[1] - h);
          cairo_curve_to (cr, p[2], p[3] - h, p[4], p[5] - h, p[6], p[7] - h);
          cairo_line_to (cr, p[6], p[7] + h);
          cairo_curve_to (cr, p[4], p[5] + h, p[2], p[3] + h, p[0], p[1] + h);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }
}

static void
paint_nodes (ChartContext      *ctx,
             const SankeyPanel *panel)
{
  for (guint i = 0; i < panel->nodes->len; i++)
    {
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);
      PuenteRgb            colour = chart_colour (ctx, node_colour (ctx->data->sankey, i));

      if (!box->shown)
        continue;
      chart_set_rgb (ctx, &colour, 1.0);
      cairo_rectangle (ctx->cr, box->rect.x, box->rect.y, box->rect.width, MAX (1.0, box->rect.height));
      cairo_fill (ctx->cr);
    }
}

void
chart_draw_sankey (ChartContext    *ctx,
                   const ChartRect *area)
{
  const PuenteSankey *sk = ctx->data->sankey;
  g_autoptr(SankeyLayout) layout = sankey_layout_new (ctx, area);
  g_autofree gboolean *on_path = NULL;
  cairo_t             *cr = ctx->cr;

  ctx->layout->plot = *area;
  if (sk->highlight >= 0 && (guint) sk->highlight < sk->nodes->len)
    {
      on_path = g_new0 (gboolean, MAX (sk->links->len, 1));
      puente_sankey_paths_through (sk, sk->highlight, on_path);
    }

  for (guint i = 0; i < layout->headers->len; i++)
    paint_label (ctx, &g_array_index (layout->headers, SankeyLabel, i), &ctx->m.muted);

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const SankeyPanel *panel = &layout->panels[p];

      paint_label (ctx, &panel->title, &ctx->m.text);
      cairo_save (cr);
      chart_clip (ctx, &panel->plot);
      paint_bands (ctx, panel, on_path);
      paint_nodes (ctx, panel);
      cairo_restore (cr);
      for (guint i = 0; i < panel->labels->len; i++)
        paint_label (ctx, &g_array_index (panel->labels, SankeyLabel, i), &ctx->m.text);
    }

  for (guint i = 0; i < layout->key->len; i++)
    paint_label (ctx, &g_array_index (layout->key, SankeyLabel, i), &ctx->m.text);
}

static double
distance_to_segment (double px,
                     double py,
                     double ax,
                     double ay,
                     double bx,
                     double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

gboolean
chart_hit_sankey (const PuenteChartLayout *layout,
                  double                   x,
                  double                   y,
                  PuenteChartHit          *hit)
{
  const PuenteSankey *sk = layout->data->sankey;
  double              best = G_MAXDOUBLE;
  guint               nn, nl;

  if (sk == NULL || layout->nodes == NULL)
    return FALSE;
  nn = sk->nodes->len;
  nl = sk->links->len;

  for (guint i = 0; i < layout->nodes->len && nn > 0; i++)
    {
      ChartRect r = g_array_index (layout->nodes, ChartNode, i).rect;

      if (r.width <= 0)
        continue;
      r.x -= 2, r.width += 4;
      if (r.height < 4)
        r.y -= (4 - r.height) / 2, r.height = 4;
      if (chart_rect_contains (&r, x, y))
        {
          hit->kind = PUENTE_CHART_HIT_NODE;
          hit->node = (int) (i % nn);
          hit->slot = layout->panel_slot[i / nn];
          hit->value = puente_sankey_node_total_in (sk, i % nn, hit->slot);
          hit->year = layout->data->year;
          return TRUE;
        }
    }

  for (guint l = 0; l < layout->links->len && nl > 0; l++)
    {
      const ChartLink        *cl = &g_array_index (layout->links, ChartLink, l);
      const PuenteSankeyLink *link = &g_array_index (sk->links, PuenteSankeyLink, l % nl);
      const double           *p;
      guint                   n;

      if (cl->points == NULL || cl->points->len < 4)
        continue;
      p = (const double *) cl->points->data;
      n = cl->points->len / 2;
      for (guint i = 0; i + 1 < n; i++)
        {
          double d = distance_to_segment (x, y, p[2 * i], p[2 * i + 1], p[2 * i + 2], p[2 * i + 3]);

          if (d <= cl->width / 2 + 1 && d < best)
            {
              best = d;
              hit->kind = PUENTE_CHART_HIT_LINK;
              hit->link = (int) (l % nl);
              hit->slot = layout->panel_slot[l / nl];
              hit->value = hit->slot == PUENTE_SCENARIO_B ? link->value_b : link->value;
              hit->year = layout->data->year;
            }
        }
    }
  return hit->kind == PUENTE_CHART_HIT_LINK;
}
