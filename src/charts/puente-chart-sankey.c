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
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-chart-private.h"

typedef struct
{
  guint  link;
  double key;
} SideItem;

static int
compare_side (gconstpointer a,
              gconstpointer b)
{
  const SideItem *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->link < y->link ? -1 : (x->link > y->link);
}

static gboolean
is_loop (const PuenteSankey     *sk,
         const PuenteSankeyLink *link)
{
  const PuenteSankeyNode *a = &g_array_index (sk->nodes, PuenteSankeyNode, link->source);
  const PuenteSankeyNode *b = &g_array_index (sk->nodes, PuenteSankeyNode, link->target);

  return link->recycling || b->column <= a->column;
}

static int
node_colour (const PuenteSankey *sk,
             guint               node)
{
  const PuenteSankeyNode *n = &g_array_index (sk->nodes, PuenteSankeyNode, node);
  static const int by_column[] = {
    PUENTE_COLOUR_NEUTRAL, PUENTE_COLOUR_BLUE, PUENTE_COLOUR_SKY, PUENTE_COLOUR_ORANGE,
    PUENTE_COLOUR_VERMILLION, PUENTE_COLOUR_PURPLE, PUENTE_COLOUR_GREEN, PUENTE_COLOUR_YELLOW,
  };

  if (n->colour >= 0)
    return n->colour;
  return by_column[n->column % G_N_ELEMENTS (by_column)];
}

void
chart_draw_sankey (ChartContext    *ctx,
                   const ChartRect *area)
{
  const PuenteChartData *data = ctx->data;
  const PuenteSankey *sk = data->sankey;
  PuenteChartLayout *layout = ctx->layout;
  cairo_t *cr = ctx->cr;
  guint nn = sk->nodes->len, nl = sk->links->len, ncol = MAX (sk->n_columns, 1);
  double label_h = chart_line_height (ctx, FONT_LABEL);
  double small_h = chart_line_height (ctx, FONT_SMALL);
  double header_h = label_h * 1.5;
  double node_w = MAX (8.0, ctx->m.label_size * 0.75);
  double gap_y = label_h * 1.1;
  double loop_gap = label_h * 0.8;
  g_autofree double *total = g_new0 (double, MAX (nn, 1));
  g_autofree double *col_sum = g_new0 (double, ncol);
  g_autofree guint *col_count = g_new0 (guint, ncol);
  g_autofree double *in_off = g_new0 (double, MAX (nn, 1));
  g_autofree double *out_off = g_new0 (double, MAX (nn, 1));
  g_autofree double *link_y0 = g_new0 (double, MAX (nl, 1));
  g_autofree double *link_y1 = g_new0 (double, MAX (nl, 1));
  g_autofree gboolean *label_left = g_new0 (gboolean, MAX (nn, 1));
  double loop_sum = 0, max_loop_w = 0, k = G_MAXDOUBLE, avail_h, spacing, margin_x;
  double lowest = area->y;
  gboolean has_loop = FALSE;

  layout->nodes = g_array_sized_new (FALSE, TRUE, sizeof (ChartNode), nn);
  g_array_set_size (layout->nodes, nn);
  layout->links = g_array_sized_new (FALSE, TRUE, sizeof (ChartLink), nl);
  g_array_set_size (layout->links, nl);
  layout->plot = *area;

  for (guint i = 0; i < nn; i++)
    {
      const PuenteSankeyNode *node = &g_array_index (sk->nodes, PuenteSankeyNode, i);
      guint c = MIN (node->column, ncol - 1);

      total[i] = puente_sankey_node_total (sk, i);
      col_sum[c] += total[i];
      col_count[c]++;
    }
  for (guint l = 0; l < nl; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (sk->links, PuenteSankeyLink, l);

      if (is_loop (sk, link))
        {
          has_loop = TRUE;
          loop_sum += link->value;
          label_left[link->source] = TRUE;
        }
    }

  /* One scale for all columns: the fullest column fills the height, with
   * room under it for the loops. */
  avail_h = area->height - header_h - (has_loop ? loop_gap * 1.5 : 0);
  for (guint c = 0; c < ncol; c++)
    if (col_sum[c] > 0)
      k = MIN (k, (avail_h - (col_count[c] - 1) * gap_y) / (col_sum[c] + loop_sum));
  if (!isfinite (k) || k <= 0)
    k = 0;
  for (guint l = 0; l < nl; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (sk->links, PuenteSankeyLink, l);

      if (is_loop (sk, link))
        max_loop_w = MAX (max_loop_w, link->value * k);
    }

  margin_x = has_loop ? max_loop_w * 1.2 + label_h * 1.2 : 0;
  spacing = ncol > 1 ? (area->width - 2 * margin_x - node_w) / (ncol - 1) : 0;

  /* Nodes: each column centred in the height above the loop channel. */
  {
    double main_h = avail_h - (has_loop ? loop_sum * k : 0);

    for (guint c = 0; c < ncol; c++)
      {
        double col_h = col_sum[c] * k + (col_count[c] > 0 ? (col_count[c] - 1) * gap_y : 0);
        double y = area->y + header_h + MAX (0.0, (main_h - col_h) / 2);
        double x = area->x + margin_x + (ncol > 1 ? c * spacing : (area->width - node_w) / 2);

        for (guint i = 0; i < nn; i++)
          {
            const PuenteSankeyNode *node = &g_array_index (sk->nodes, PuenteSankeyNode, i);
            ChartNode *cn = &g_array_index (layout->nodes, ChartNode, i);

            if (MIN (node->column, ncol - 1) != c)
              continue;
            cn->rect.x = x;
            cn->rect.y = y;
            cn->rect.width = node_w;
            cn->rect.height = total[i] * k;
            y += cn->rect.height + gap_y;
            lowest = MAX (lowest, cn->rect.y + cn->rect.height);
          }
      }
  }

  /* Where each link leaves and enters: sides sorted by the other end. */
  for (guint i = 0; i < nn; i++)
    {
      g_autoptr(GArray) outs = g_array_new (FALSE, FALSE, sizeof (SideItem));
      g_autoptr(GArray) ins = g_array_new (FALSE, FALSE, sizeof (SideItem));
      const ChartNode *cn = &g_array_index (layout->nodes, ChartNode, i);

      for (guint l = 0; l < nl; l++)
        {
          const PuenteSankeyLink *link = &g_array_index (sk->links, PuenteSankeyLink, l);
          gboolean loop = is_loop (sk, link);

          if (link->source == i)
            {
              const ChartNode *other = &g_array_index (layout->nodes, ChartNode, link->target);
              SideItem item = { l, loop ? G_MAXDOUBLE / 2 : other->rect.y + other->rect.height / 2 };

              g_array_append_val (outs, item);
            }
          if (link->target == i)
            {
              const ChartNode *other = &g_array_index (layout->nodes, ChartNode, link->source);
              SideItem item = { l, loop ? G_MAXDOUBLE / 2 : other->rect.y + other->rect.height / 2 };

              g_array_append_val (ins, item);
            }
        }
      g_array_sort (outs, compare_side);
      g_array_sort (ins, compare_side);
      out_off[i] = 0;
      for (guint j = 0; j < outs->len; j++)
        {
          const SideItem *item = &g_array_index (outs, SideItem, j);
          double w = g_array_index (sk->links, PuenteSankeyLink, item->link).value * k;

          link_y0[item->link] = cn->rect.y + out_off[i] + w / 2;
          out_off[i] += w;
        }
      in_off[i] = 0;
      for (guint j = 0; j < ins->len; j++)
        {
          const SideItem *item = &g_array_index (ins, SideItem, j);
          double w = g_array_index (sk->links, PuenteSankeyLink, item->link).value * k;

          link_y1[item->link] = cn->rect.y + in_off[i] + w / 2;
          in_off[i] += w;
        }
    }

  /* Column headers. */
  for (guint c = 0; c < ncol && ncol > 0; c++)
    {
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) pl = NULL;
      double x = area->x + margin_x + c * spacing + node_w / 2;
      double width = ncol > 1 ? spacing * 0.96 : area->width;
      double tw;

      if (sk->column_labels[c].en == NULL)
        continue;
      text = chart_text (ctx, &sk->column_labels[c]);
      pl = chart_layout_text (ctx, FONT_LABEL_BOLD, text, width, FALSE);
      chart_layout_size (pl, &tw, NULL);
      tw = MIN (tw, width);
      x = CLAMP (x - tw / 2, area->x, area->x + area->width - tw);
      chart_show_layout (ctx, pl, x, area->y, 0, &ctx->m.muted);
    }

  /* Links under nodes; loops run in a channel under everything. With a
   * node highlighted, the paths through it stand out and the rest fade. */
  cairo_save (cr);
  chart_clip (ctx, area);
  {
    double channel = lowest + loop_gap;
    g_autofree gboolean *on_path = NULL;

    if (sk->highlight >= 0 && (guint) sk->highlight < nn)
      {
        on_path = g_new0 (gboolean, MAX (nl, 1));
        puente_sankey_paths_through (sk, sk->highlight, on_path);
      }

    for (guint l = 0; l < nl; l++)
      {
        const PuenteSankeyLink *link = &g_array_index (sk->links, PuenteSankeyLink, l);
        const ChartNode *a = &g_array_index (layout->nodes, ChartNode, link->source);
        const ChartNode *b = &g_array_index (layout->nodes, ChartNode, link->target);
        ChartLink *cl = &g_array_index (layout->links, ChartLink, l);
        double w = link->value * k;
        double x0 = a->rect.x + a->rect.width, x1 = b->rect.x;
        double y0 = link_y0[l], y1 = link_y1[l];
        PuenteRgb colour = chart_colour (ctx, link->recycling ? PUENTE_COLOUR_GREEN
                                                              : node_colour (sk, link->source));
        cairo_path_t *flat;

        cl->width = w;
        cl->points = g_array_new (FALSE, FALSE, sizeof (double));
        if (w <= 0)
          continue;

        cairo_new_path (cr);
        if (is_loop (sk, link))
          {
            double yc = channel + w / 2;
            double bulge = MAX (w, label_h) * 1.05;

            channel += w + 2;
            cairo_move_to (cr, x0, y0);
            cairo_curve_to (cr, x0 + bulge * 1.33, y0, x0 + bulge * 1.33, yc, x0, yc);
            cairo_line_to (cr, x1, yc);
            cairo_curve_to (cr, x1 - bulge * 1.33, yc, x1 - bulge * 1.33, y1, x1, y1);
          }
        else
          {
            double xm = (x0 + x1) / 2;

            cairo_move_to (cr, x0, y0);
            cairo_curve_to (cr, xm, y0, xm, y1, x1, y1);
          }
        flat = cairo_copy_path_flat (cr);
        for (int i = 0; i < flat->num_data; i += flat->data[i].header.length)
          {
            const cairo_path_data_t *d = &flat->data[i];

            if (d->header.type == CAIRO_PATH_MOVE_TO || d->header.type == CAIRO_PATH_LINE_TO)
              {
                g_array_append_val (cl->points, d[1].point.x);
                g_array_append_val (cl->points, d[1].point.y);
              }
          }
        cairo_path_destroy (flat);

        chart_set_rgb (ctx, &colour, on_path != NULL ? (on_path[l] ? 0.7 : 0.08)
                                     : link->recycling ? 0.55 : 0.38);
        cairo_set_line_width (cr, w);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
        cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke (cr);
      }
  }

  for (guint i = 0; i < nn; i++)
    {
      const ChartNode *cn = &g_array_index (layout->nodes, ChartNode, i);
      PuenteRgb colour = chart_colour (ctx, node_colour (sk, i));

      if (cn->rect.height <= 0)
        continue;
      chart_set_rgb (ctx, &colour, 1.0);
      cairo_rectangle (cr, cn->rect.x, cn->rect.y, cn->rect.width, MAX (1.0, cn->rect.height));
      cairo_fill (cr);
    }
  cairo_restore (cr);

  /* Labels: name (up to two lines), then the throughput; beside the node,
   * on a soft backdrop over the bands. A label that would touch one
   * already placed, in this column or the next (whose labels may face
   * this way), is left out: the hover read-out still has it. */
  {
    g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (ChartRect));

    for (guint i = 0; i < nn; i++)
      {
        const PuenteSankeyNode *node = &g_array_index (sk->nodes, PuenteSankeyNode, i);
        const ChartNode *cn = &g_array_index (layout->nodes, ChartNode, i);
        guint c = MIN (node->column, ncol - 1);
        gboolean left = label_left[i] || (c == ncol - 1 && ncol > 1);
        double max_w = ncol > 1 ? MAX (20.0, spacing - node_w - label_h * 0.8) : area->width / 2;
        g_autofree char *name = chart_text (ctx, &node->label);
        g_autofree char *number = puente_format_si (ctx->style->lang, total[i], 1);
        g_autofree char *value = g_strdup_printf ("%s %s", number, data->unit);
        g_autoptr(PangoLayout) nl_layout = chart_layout_text (ctx, FONT_LABEL, name, max_w, FALSE);
        g_autoptr(PangoLayout) vl_layout = chart_layout_text (ctx, FONT_SMALL, value, max_w, FALSE);
        PangoRectangle logical;
        double name_h, vw, block_h, x, y, bw;
        gboolean clash = FALSE;
        ChartRect box;

        if (total[i] <= 0)
          continue;
        /* Long names wrap once, then end in an ellipsis. */
        pango_layout_set_wrap (nl_layout, PANGO_WRAP_WORD);
        pango_layout_set_height (nl_layout, -2);
        pango_layout_get_pixel_extents (nl_layout, NULL, &logical);
        name_h = logical.height;
        chart_layout_size (vl_layout, &vw, NULL);
        bw = MIN (MAX (logical.width, vw), max_w);
        block_h = name_h + small_h;
        y = cn->rect.y + cn->rect.height / 2 - block_h / 2;
        y = CLAMP (y, area->y + header_h * 0.8, area->y + area->height - block_h);
        x = left ? cn->rect.x - label_h * 0.35 - bw : cn->rect.x + cn->rect.width + label_h * 0.35;
        x = CLAMP (x, area->x, area->x + area->width - bw);

        box.x = x - 2, box.y = y, box.width = bw + 4, box.height = block_h;
        for (guint j = 0; j < placed->len && !clash; j++)
          {
            const ChartRect *r = &g_array_index (placed, ChartRect, j);

            clash = box.x < r->x + r->width && r->x < box.x + box.width &&
                    box.y < r->y + r->height + 1 && r->y < box.y + box.height + 1;
          }
        if (clash)
          continue;
        g_array_append_val (placed, box);

        chart_set_rgb (ctx, &ctx->m.background, 0.72);
        cairo_rectangle (cr, box.x, box.y, box.width, box.height);
        cairo_fill (cr);
        if (left)
          pango_layout_set_alignment (nl_layout, PANGO_ALIGN_LEFT);
        chart_show_layout (ctx, nl_layout, x, y, 0, &ctx->m.text);
        chart_show_layout (ctx, vl_layout, x, y + name_h, 0, &ctx->m.muted);
      }
  }
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
  double best = G_MAXDOUBLE;

  if (sk == NULL || layout->nodes == NULL)
    return FALSE;

  for (guint i = 0; i < layout->nodes->len; i++)
    {
      ChartRect r = g_array_index (layout->nodes, ChartNode, i).rect;

      r.x -= 2, r.width += 4;
      if (r.height < 4)
        r.y -= (4 - r.height) / 2, r.height = 4;
      if (chart_rect_contains (&r, x, y))
        {
          hit->kind = PUENTE_CHART_HIT_NODE;
          hit->node = (int) i;
          hit->value = puente_sankey_node_total (sk, i);
          hit->year = layout->data->year;
          return TRUE;
        }
    }

  for (guint l = 0; l < layout->links->len; l++)
    {
      const ChartLink *cl = &g_array_index (layout->links, ChartLink, l);
      const double *p;
      guint n;

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
              hit->link = (int) l;
              hit->value = g_array_index (sk->links, PuenteSankeyLink, l).value;
              hit->year = layout->data->year;
            }
        }
    }
  return hit->kind == PUENTE_CHART_HIT_LINK;
}
