/* puente-chart-bars.c: vertical and horizontal bar charts
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Categories arrive sorted (puente_chart_data_sort_categories). Bars of the
 * series sit side by side in each category, A then B (B in a light tint
 * with an outline). Value labels sit at the bar ends where they fit;
 * category labels rotate, then thin out, rather than overlap.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-chart-private.h"

static void
value_range (const PuenteChartData *data,
             double                *lo,
             double                *hi)
{
  *lo = 0;
  *hi = 0;
  for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
    for (guint s = 0; s < data->series->len; s++)
      for (guint i = 0; i < data->n_points; i++)
        {
          double v = puente_chart_data_get_value (data, s, i, slot);

          if (isfinite (v))
            {
              *lo = MIN (*lo, v);
              *hi = MAX (*hi, v);
            }
        }
}

static void
fill_bar (ChartContext    *ctx,
          const ChartRect *r,
          int              colour_index,
          guint            slot)
{
  PuenteRgb colour = chart_colour (ctx, colour_index);
  cairo_t  *cr = ctx->cr;

  if (r->width <= 0 || r->height <= 0)
    return;
  if (slot == PUENTE_SCENARIO_B)
    {
      chart_set_rgb (ctx, &colour, 0.35);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
      chart_set_rgb (ctx, &colour, 1.0);
      cairo_set_line_width (cr, MIN (1.5, MIN (r->width, r->height) / 3));
      cairo_rectangle (cr, r->x + 0.5, r->y + 0.5, MAX (0.0, r->width - 1), MAX (0.0, r->height - 1));
      cairo_stroke (cr);
    }
  else
    {
      chart_set_rgb (ctx, &colour, 1.0);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
    }
}

static void
add_bar (ChartContext    *ctx,
         const ChartRect *r,
         guint            s,
         guint            slot,
         guint            i)
{
  ChartBar bar = { *r, (int) s, slot, (int) i };

  g_array_append_val (ctx->layout->bars, bar);
}

static double
max_category_width (ChartContext *ctx)
{
  double w = 0;

  for (guint i = 0; i < ctx->data->n_points; i++)
    {
      g_autofree char *text = chart_text (ctx, &ctx->data->categories[i]);

      w = MAX (w, chart_text_width (ctx, FONT_LABEL, text));
    }
  return w;
}

static double
max_value_label_width (ChartContext *ctx)
{
  double w = 0;

  for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
    for (guint s = 0; s < ctx->data->series->len; s++)
      for (guint i = 0; i < ctx->data->n_points; i++)
        {
          double           v = puente_chart_data_get_value (ctx->data, s, i, slot);
          g_autofree char *text = NULL;

          if (!isfinite (v))
            continue;
          text = chart_format_value (ctx, v);
          w = MAX (w, chart_text_width (ctx, FONT_SMALL, text));
        }
  return w;
}

static double
max_tick_width (ChartContext *ctx,
                double        lo,
                double        hi,
                double        step,
                double        divisor)
{
  double w = 0;
  guint  n = (guint) llround ((hi - lo) / step);

  for (guint i = 0; i <= n; i++)
    {
      g_autofree char *text = chart_format_tick (ctx, lo + i * step, divisor, step);

      w = MAX (w, chart_text_width (ctx, FONT_LABEL, text));
    }
  return w;
}

void
chart_draw_bars (ChartContext    *ctx,
                 const ChartRect *area)
{
  const PuenteChartData *data = ctx->data;
  PuenteChartLayout     *layout = ctx->layout;
  cairo_t               *cr = ctx->cr;
  guint                  n = data->n_points;
  guint                  nslots = data->has_b ? 2 : 1;
  guint                  nb = data->series->len * nslots;
  double                 label_h = chart_line_height (ctx, FONT_LABEL);
  double                 small_h = chart_line_height (ctx, FONT_SMALL);
  double                 lo, hi, axis_lo, axis_hi, step, divisor = 1;
  double                 cat_w, group_w, cat_h, tick_w, max_len, value_w;
  double                 top, bottom, bw, inner;
  gboolean               rotate = FALSE, value_rotated = FALSE, value_labels = TRUE;
  guint                  every = 1;
  int                    scale;
  ChartRect              plot;

  layout->bars = g_array_new (FALSE, FALSE, sizeof (ChartBar));

  value_range (data, &lo, &hi);
  top = area->y + label_h * 1.5;

  /* A first guess at the axis for the label widths. */
  puente_nice_ticks (lo, hi, 6, &axis_lo, &axis_hi, &step);
  scale = data->value_kind == PUENTE_VALUE_SHARE ? 0 : puente_axis_scale (MAX (fabs (axis_lo), fabs (axis_hi)), &divisor);
  tick_w = max_tick_width (ctx, axis_lo, axis_hi, step, divisor) + label_h * 0.5;

  /* Category labels: straight when they fit, else at 45 degrees, and
   * every k-th when even that is too tight. */
  group_w = (area->width - tick_w) / MAX (n, 1);
  cat_w = max_category_width (ctx);
  max_len = MIN (cat_w, MAX (area->height * 0.3, ctx->height * 0.22));
  if (cat_w <= group_w * 0.92)
    cat_h = label_h;
  else
    {
      rotate = TRUE;
      cat_h = (max_len + label_h) * G_SQRT2 / 2;
      if (group_w < label_h * 1.15)
        every = (guint) ceil (label_h * 1.15 / group_w);
    }
  bottom = area->y + area->height - cat_h - label_h * 0.5;

  plot.x = area->x + tick_w;
  plot.y = top;
  plot.width = MAX (10.0, area->x + area->width - plot.x);
  plot.height = MAX (10.0, bottom - top);
  group_w = plot.width / MAX (n, 1);
  inner = group_w * (nb > 1 ? 0.84 : 0.72);
  bw = inner / MAX (nb, 1);

  /* Value labels: over the bars when they fit across, standing up when a
   * bar is at least a line tall, otherwise left to the axis. */
  value_w = max_value_label_width (ctx);
  if (value_w > bw * 1.15 + 2)
    {
      if (small_h <= bw * 1.1)
        value_rotated = TRUE;
      else
        value_labels = FALSE;
    }

  puente_nice_ticks (lo, hi, (guint) CLAMP (plot.height / (label_h * 2.6), 2, 8), &axis_lo, &axis_hi, &step);
  /* Headroom for the labels over the tallest bar. */
  if (value_labels && axis_hi > 0)
    {
      double need = value_rotated ? value_w + 4 : small_h + 2;

      for (int k = 0; k < 4 && (hi - axis_lo) / (axis_hi - axis_lo) * plot.height > plot.height - need; k++)
        axis_hi += step;
    }
  scale = data->value_kind == PUENTE_VALUE_SHARE ? 0 : puente_axis_scale (MAX (fabs (axis_lo), fabs (axis_hi)), &divisor);
  layout->plot = plot;
  layout->y_lo = axis_lo;
  layout->y_hi = axis_hi;

  {
    g_autofree char *title = chart_axis_title (ctx, scale);
    g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_LABEL, title, area->width, FALSE);

    chart_show_layout (ctx, pl, area->x, area->y, 0, &ctx->m.muted);
  }
  chart_draw_value_axis_h (ctx, &plot, axis_lo, axis_hi, step, divisor, plot.x - label_h * 0.4);

  for (guint i = 0; i < n; i++)
    {
      double gx = plot.x + i * group_w + (group_w - inner) / 2;
      double y0 = plot.y + plot.height - (0 - axis_lo) / (axis_hi - axis_lo) * plot.height;

      for (guint s = 0; s < data->series->len; s++)
        for (guint slot = 0; slot < nslots; slot++)
          {
            const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
            double                   v = puente_chart_data_get_value (data, s, i, slot);
            double                   y1;
            ChartRect                r;

            if (!isfinite (v))
              continue;
            y1 = plot.y + plot.height - (v - axis_lo) / (axis_hi - axis_lo) * plot.height;
            r.x = gx + (s * nslots + slot) * bw;
            r.width = MAX (1.0, bw - (nb > 1 ? MIN (2.0, bw * 0.1) : 0));
            r.y = MIN (y0, y1);
            r.height = fabs (y1 - y0);
            cairo_save (cr);
            chart_clip (ctx, &plot);
            fill_bar (ctx, &r, series->colour, slot);
            cairo_restore (cr);
            add_bar (ctx, &r, s, slot, i);

            if (value_labels)
              {
                g_autofree char *text = chart_format_value (ctx, v);
                g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_SMALL, text, -1, FALSE);
                double tw, th;

                chart_layout_size (pl, &tw, &th);
                if (value_rotated)
                  {
                    cairo_save (cr);
                    cairo_translate (cr, r.x + r.width / 2 - th / 2, r.y - 3);
                    cairo_rotate (cr, -G_PI / 2);
                    chart_show_layout (ctx, pl, 0, 0, 0, &ctx->m.text);
                    cairo_restore (cr);
                  }
                else
                  chart_show_layout (ctx, pl, r.x + r.width / 2, (v >= 0 ? r.y - th - 1 : r.y + r.height + 1),
                                     0.5, &ctx->m.text);
              }
          }

      if (i % every == 0)
        {
          g_autofree char *text = chart_text (ctx, &data->categories[i]);
          double           cx = plot.x + (i + 0.5) * group_w;
          double           ty = plot.y + plot.height + label_h * 0.35;

          if (rotate)
            {
              g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_LABEL, text, max_len, FALSE);
              double tw, th;

              chart_layout_size (pl, &tw, &th);
              tw = MIN (tw, max_len);
              /* The label's end sits under the bar, reading up to the left. */
              cairo_save (cr);
              cairo_translate (cr, cx, ty);
              cairo_rotate (cr, -G_PI / 4);
              chart_show_layout (ctx, pl, -tw, -th / 2, 0, &ctx->m.text);
              cairo_restore (cr);
            }
          else
            {
              g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_LABEL, text, -1, FALSE);

              chart_show_layout (ctx, pl, cx, ty, 0.5, &ctx->m.text);
            }
        }
    }
}

void
chart_draw_hbars (ChartContext    *ctx,
                  const ChartRect *area)
{
  const PuenteChartData *data = ctx->data;
  PuenteChartLayout     *layout = ctx->layout;
  cairo_t               *cr = ctx->cr;
  guint                  n = data->n_points;
  guint                  nslots = data->has_b ? 2 : 1;
  guint                  nb = data->series->len * nslots;
  double                 label_h = chart_line_height (ctx, FONT_LABEL);
  double                 small_h = chart_line_height (ctx, FONT_SMALL);
  double                 lo, hi, axis_lo, axis_hi, step, divisor = 1;
  double                 cat_w, value_w, row_h, inner, bh, tick_w;
  gboolean               value_labels;
  guint                  every = 1, max_ticks;
  int                    scale;
  ChartRect              plot;

  layout->bars = g_array_new (FALSE, FALSE, sizeof (ChartBar));
  value_range (data, &lo, &hi);

  /* Names whole where they can be (ports of entry in a report's column):
   * up to 60% of the width, the bars and their values in the rest. */
  cat_w = MIN (max_category_width (ctx), area->width * 0.6);
  value_w = max_value_label_width (ctx);

  plot.x = area->x + cat_w + label_h * 0.6;
  plot.y = area->y;
  plot.height = MAX (10.0, area->height - label_h * 3.0);
  row_h = plot.height / MAX (n, 1);
  inner = row_h * (nb > 1 ? 0.84 : 0.72);
  bh = inner / MAX (nb, 1);
  value_labels = bh >= small_h * 0.72;
  plot.width = MAX (10.0, area->x + area->width - plot.x - (value_labels ? value_w + label_h * 0.4 : label_h));

  /* Ticks: as many as fit across without touching. */
  puente_nice_ticks (lo, hi, 5, &axis_lo, &axis_hi, &step);
  scale = data->value_kind == PUENTE_VALUE_SHARE ? 0 : puente_axis_scale (MAX (fabs (axis_lo), fabs (axis_hi)), &divisor);
  tick_w = max_tick_width (ctx, axis_lo, axis_hi, step, divisor);
  max_ticks = (guint) CLAMP (plot.width / (tick_w + label_h * 1.5), 2, 8);
  puente_nice_ticks (lo, hi, max_ticks, &axis_lo, &axis_hi, &step);
  scale = data->value_kind == PUENTE_VALUE_SHARE ? 0 : puente_axis_scale (MAX (fabs (axis_lo), fabs (axis_hi)), &divisor);
  layout->plot = plot;
  layout->y_lo = axis_lo;
  layout->y_hi = axis_hi;

  if (row_h < label_h * 1.02)
    every = (guint) ceil (label_h * 1.02 / row_h);

  /* Gridlines and tick labels along the bottom. */
  {
    guint            nt = (guint) llround ((axis_hi - axis_lo) / step);
    g_autofree char *title = chart_axis_title (ctx, scale);
    g_autoptr(PangoLayout) tl = chart_layout_text (ctx, FONT_LABEL, title, area->width, FALSE);

    cairo_save (cr);
    cairo_set_line_width (cr, MAX (1.0, ctx->m.line_width * 0.4));
    for (guint t = 0; t <= nt; t++)
      {
        double           v = axis_lo + t * step;
        double           x = round (plot.x + (v - axis_lo) / (axis_hi - axis_lo) * plot.width) + 0.5;
        g_autofree char *text = chart_format_tick (ctx, v, divisor, step);
        g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_LABEL, text, -1, FALSE);

        chart_set_rgb (ctx, fabs (v) < step * 1e-9 ? &ctx->m.axis : &ctx->m.grid, 1.0);
        cairo_move_to (cr, x, plot.y);
        cairo_line_to (cr, x, plot.y + plot.height);
        cairo_stroke (cr);
        chart_show_layout (ctx, pl, x, plot.y + plot.height + label_h * 0.25, 0.5, &ctx->m.muted);
      }
    cairo_restore (cr);
    chart_show_layout (ctx, tl, plot.x, plot.y + plot.height + label_h * 1.45, 0, &ctx->m.muted);
  }

  for (guint i = 0; i < n; i++)
    {
      double gy = plot.y + i * row_h + (row_h - inner) / 2;
      double x0 = plot.x + (0 - axis_lo) / (axis_hi - axis_lo) * plot.width;

      if (i % every == 0)
        {
          g_autofree char *text = chart_text (ctx, &data->categories[i]);
          g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_LABEL, text, cat_w, FALSE);
          PangoRectangle logical;

          /* Long names (ports of entry, both languages) take a second line
           * when the rows are tall enough. */
          if (row_h >= label_h * 2.1)
            {
              pango_layout_set_wrap (pl, PANGO_WRAP_WORD);
              pango_layout_set_height (pl, -2);
            }
          pango_layout_set_alignment (pl, PANGO_ALIGN_RIGHT);
          pango_layout_get_pixel_extents (pl, NULL, &logical);
          chart_show_layout (ctx, pl, area->x, plot.y + (i + 0.5) * row_h - logical.height / 2.0, 0, &ctx->m.text);
        }

      for (guint s = 0; s < data->series->len; s++)
        for (guint slot = 0; slot < nslots; slot++)
          {
            const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
            double                   v = puente_chart_data_get_value (data, s, i, slot);
            double                   x1;
            ChartRect                r;

            if (!isfinite (v))
              continue;
            x1 = plot.x + (v - axis_lo) / (axis_hi - axis_lo) * plot.width;
            r.y = gy + (s * nslots + slot) * bh;
            r.height = MAX (1.0, bh - (nb > 1 ? MIN (2.0, bh * 0.1) : 0));
            r.x = MIN (x0, x1);
            r.width = fabs (x1 - x0);
            cairo_save (cr);
            chart_clip (ctx, &plot);
            fill_bar (ctx, &r, series->colour, slot);
            cairo_restore (cr);
            add_bar (ctx, &r, s, slot, i);

            if (value_labels)
              {
                g_autofree char *text = chart_format_value (ctx, v);
                g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_SMALL, text, -1, FALSE);

                chart_show_layout (ctx, pl, r.x + r.width + label_h * 0.25,
                                   r.y + r.height / 2 - small_h / 2, 0, &ctx->m.text);
              }
          }
    }
}
