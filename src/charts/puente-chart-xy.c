/* puente-chart-xy.c: charts over years (lines, stacked areas, fans)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scenario A is drawn solid, B dashed in the same colour; an optional panel
 * under the plot shows B - A. Year labels thin out (every 1, 2, 5, 10...
 * years) so that they never touch.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-chart-private.h"

static inline double
map_y (double           lo,
       double           hi,
       const ChartRect *plot,
       double           v)
{
  return plot->y + plot->height - (v - lo) / (hi - lo) * plot->height;
}

static inline double
map_x (const PuenteChartLayout *layout,
       guint                    i)
{
  return layout->x0 + i * layout->dx;
}

/* Stacked areas: the running sum of series 0..s at point i. */
static double
stacked_top (const PuenteChartData *data,
             guint                  s,
             guint                  slot,
             guint                  i)
{
  double sum = 0;

  for (guint k = 0; k <= s; k++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, k);
      double                   v = series->values[slot] != NULL ? series->values[slot][i] : NAN;

      if (isfinite (v))
        sum += v;
    }
  return sum;
}

static void
extend (double *lo,
        double *hi,
        double  v)
{
  if (!isfinite (v))
    return;
  *lo = MIN (*lo, v);
  *hi = MAX (*hi, v);
}

static void
compute_range (const PuenteChartData *data,
               double                *lo,
               double                *hi)
{
  *lo = 0;
  *hi = 0;
  for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
    for (guint s = 0; s < data->series->len; s++)
      {
        const PuenteChartSeries *series = g_ptr_array_index (data->series, s);

        for (guint i = 0; i < data->n_points; i++)
          {
            if (data->kind == PUENTE_CHART_STACKED_AREA)
              {
                if (series->values[slot] != NULL)
                  extend (lo, hi, stacked_top (data, s, slot, i));
                continue;
              }
            if (series->values[slot] != NULL)
              extend (lo, hi, series->values[slot][i]);
            if (data->kind == PUENTE_CHART_FAN)
              {
                double *const *bands = slot == PUENTE_SCENARIO_A ? series->bands : series->b_bands;

                for (guint p = 0; p < PUENTE_N_PERCENTILES; p++)
                  if (bands[p] != NULL)
                    extend (lo, hi, bands[p][i]);
              }
          }
      }
}

static void
compute_diff_range (const PuenteChartData *data,
                    double                *lo,
                    double                *hi)
{
  *lo = 0;
  *hi = 0;
  for (guint s = 0; s < data->series->len; s++)
    for (guint i = 0; i < data->n_points; i++)
      extend (lo, hi, puente_chart_data_get_value (data, s, i, PUENTE_SCENARIO_B) - puente_chart_data_get_value (data, s, i, PUENTE_SCENARIO_A));
}

static void
path_values (ChartContext    *ctx,
             const double    *values,
             const ChartRect *plot,
             double           lo,
             double           hi)
{
  const PuenteChartLayout *layout = ctx->layout;
  gboolean                 pen_down = FALSE;

  for (guint i = 0; i < ctx->data->n_points; i++)
    {
      double x = map_x (layout, i);

      if (!isfinite (values[i]))
        {
          pen_down = FALSE;
          continue;
        }
      if (pen_down)
        cairo_line_to (ctx->cr, x, map_y (lo, hi, plot, values[i]));
      else
        cairo_move_to (ctx->cr, x, map_y (lo, hi, plot, values[i]));
      pen_down = TRUE;
    }
}

static void
set_line_style (ChartContext *ctx,
                guint         slot,
                double        width)
{
  cairo_set_line_width (ctx->cr, width);
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
  if (slot == PUENTE_SCENARIO_B)
    {
      double dashes[] = { width * 2.2, width * 1.4 };

      cairo_set_line_cap (ctx->cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (ctx->cr, dashes, 2, 0);
    }
  else
    {
      cairo_set_line_cap (ctx->cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
    }
}

/* A darker (light background) or lighter (dark) shade, for outlines drawn
 * over an area of the series' own colour. */
static PuenteRgb
shade (ChartContext *ctx,
       PuenteRgb     c)
{
  double f = 0.55;

  if (ctx->style->dark)
    return (PuenteRgb){ c.r + (1 - c.r) * f, c.g + (1 - c.g) * f, c.b + (1 - c.b) * f };
  return (PuenteRgb){ c.r * (1 - f), c.g * (1 - f), c.b * (1 - f) };
}

static void
draw_lines (ChartContext    *ctx,
            const ChartRect *plot,
            double           lo,
            double           hi)
{
  const PuenteChartData *data = ctx->data;

  /* B first, so A's solid line stays on top where they meet. */
  for (int slot = PUENTE_N_SCENARIO_SLOTS - 1; slot >= 0; slot--)
    for (guint s = 0; s < data->series->len; s++)
      {
        const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
        PuenteRgb                colour = chart_colour (ctx, series->colour);

        if (series->values[slot] == NULL)
          continue;
        set_line_style (ctx, slot, ctx->m.line_width);
        chart_set_rgb (ctx, &colour, 1.0);
        path_values (ctx, series->values[slot], plot, lo, hi);
        cairo_stroke (ctx->cr);
      }
}

static void
draw_stacked (ChartContext    *ctx,
              const ChartRect *plot,
              double           lo,
              double           hi)
{
  const PuenteChartData   *data = ctx->data;
  const PuenteChartLayout *layout = ctx->layout;
  cairo_t                 *cr = ctx->cr;
  guint                    n = data->n_points;

  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      PuenteRgb                colour = chart_colour (ctx, series->colour);

      for (guint i = 0; i < n; i++)
        {
          double y = map_y (lo, hi, plot, stacked_top (data, s, PUENTE_SCENARIO_A, i));

          if (i == 0)
            cairo_move_to (cr, map_x (layout, i), y);
          else
            cairo_line_to (cr, map_x (layout, i), y);
        }
      for (guint i = n; i-- > 0;)
        {
          double base = s == 0 ? 0 : stacked_top (data, s - 1, PUENTE_SCENARIO_A, i);

          cairo_line_to (cr, map_x (layout, i), map_y (lo, hi, plot, base));
        }
      cairo_close_path (cr);
      chart_set_rgb (ctx, &colour, 1.0);
      cairo_fill (cr);
    }

  /* Thin separators in the background colour keep the bands apart. */
  cairo_set_line_width (cr, MAX (1.0, ctx->m.line_width * 0.45));
  chart_set_rgb (ctx, &ctx->m.plot_background, 0.9);
  for (guint s = 0; s < data->series->len; s++)
    {
      for (guint i = 0; i < n; i++)
        {
          double y = map_y (lo, hi, plot, stacked_top (data, s, PUENTE_SCENARIO_A, i));

          if (i == 0)
            cairo_move_to (cr, map_x (layout, i), y);
          else
            cairo_line_to (cr, map_x (layout, i), y);
        }
      cairo_stroke (cr);
    }

  if (!data->has_b)
    return;
  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      PuenteRgb                colour = shade (ctx, chart_colour (ctx, series->colour));

      set_line_style (ctx, PUENTE_SCENARIO_B, ctx->m.line_width * 0.9);
      chart_set_rgb (ctx, &colour, 1.0);
      for (guint i = 0; i < n; i++)
        {
          double y = map_y (lo, hi, plot, stacked_top (data, s, PUENTE_SCENARIO_B, i));

          if (i == 0)
            cairo_move_to (cr, map_x (layout, i), y);
          else
            cairo_line_to (cr, map_x (layout, i), y);
        }
      cairo_stroke (cr);
    }
}

static void
fill_band (ChartContext    *ctx,
           const double    *low,
           const double    *high,
           const ChartRect *plot,
           double           lo,
           double           hi)
{
  const PuenteChartLayout *layout = ctx->layout;
  guint                    n = ctx->data->n_points;

  for (guint i = 0; i < n; i++)
    {
      double y = map_y (lo, hi, plot, high[i]);

      if (i == 0)
        cairo_move_to (ctx->cr, map_x (layout, i), y);
      else
        cairo_line_to (ctx->cr, map_x (layout, i), y);
    }
  for (guint i = n; i-- > 0;)
    cairo_line_to (ctx->cr, map_x (layout, i), map_y (lo, hi, plot, low[i]));
  cairo_close_path (ctx->cr);
  cairo_fill (ctx->cr);
}

static void
draw_fans (ChartContext    *ctx,
           const ChartRect *plot,
           double           lo,
           double           hi)
{
  const PuenteChartData *data = ctx->data;

  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      PuenteRgb                colour = chart_colour (ctx, series->colour);

      /* B's band under A's, lighter, its edges dashed like B's line. */
      if (series->b_bands[PUENTE_P5] != NULL)
        {
          chart_set_rgb (ctx, &colour, 0.10);
          fill_band (ctx, series->b_bands[PUENTE_P5], series->b_bands[PUENTE_P95], plot, lo, hi);
          chart_set_rgb (ctx, &colour, 0.20);
          fill_band (ctx, series->b_bands[PUENTE_P25], series->b_bands[PUENTE_P75], plot, lo, hi);
          set_line_style (ctx, PUENTE_SCENARIO_B, ctx->m.line_width * 0.35);
          chart_set_rgb (ctx, &colour, 0.8);
          path_values (ctx, series->b_bands[PUENTE_P5], plot, lo, hi);
          cairo_stroke (ctx->cr);
          path_values (ctx, series->b_bands[PUENTE_P95], plot, lo, hi);
          cairo_stroke (ctx->cr);
        }
      if (series->bands[PUENTE_P5] == NULL)
        continue;
      chart_set_rgb (ctx, &colour, 0.16);
      fill_band (ctx, series->bands[PUENTE_P5], series->bands[PUENTE_P95], plot, lo, hi);
      chart_set_rgb (ctx, &colour, 0.30);
      fill_band (ctx, series->bands[PUENTE_P25], series->bands[PUENTE_P75], plot, lo, hi);
    }
  for (int slot = PUENTE_N_SCENARIO_SLOTS - 1; slot >= 0; slot--)
    for (guint s = 0; s < data->series->len; s++)
      {
        const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
        PuenteRgb                colour = chart_colour (ctx, series->colour);
        const double            *median = series->values[slot];

        if (slot == PUENTE_SCENARIO_A && series->bands[PUENTE_P50] != NULL)
          median = series->bands[PUENTE_P50];
        if (median == NULL)
          continue;
        set_line_style (ctx, slot, ctx->m.line_width);
        chart_set_rgb (ctx, &colour, 1.0);
        path_values (ctx, median, plot, lo, hi);
        cairo_stroke (ctx->cr);
      }
}

static void
draw_diff (ChartContext    *ctx,
           const ChartRect *plot,
           double           lo,
           double           hi)
{
  const PuenteChartData *data = ctx->data;
  g_autofree double     *diff = g_new (double, MAX (data->n_points, 1));

  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      PuenteRgb                colour = chart_colour (ctx, series->colour);

      for (guint i = 0; i < data->n_points; i++)
        diff[i] = puente_chart_data_get_value (data, s, i, PUENTE_SCENARIO_B) -
          puente_chart_data_get_value (data, s, i, PUENTE_SCENARIO_A);
      set_line_style (ctx, PUENTE_SCENARIO_A, ctx->m.line_width * 0.85);
      chart_set_rgb (ctx, &colour, 1.0);
      path_values (ctx, diff, plot, lo, hi);
      cairo_stroke (ctx->cr);
    }
}

/* Year labels: the smallest round step whose labels do not touch. */
static int
year_step (double dx,
           double label_w)
{
  static const int steps[] = { 1, 2, 5, 10, 20, 25, 50 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * dx >= label_w)
      return steps[i];
  return 100;
}

static void
draw_year_axis (ChartContext    *ctx,
                const ChartRect *plot,
                double           label_w)
{
  const PuenteChartData   *data = ctx->data;
  const PuenteChartLayout *layout = ctx->layout;
  cairo_t                 *cr = ctx->cr;
  double                   tick = ctx->m.label_size * 0.35;
  int                      step = year_step (layout->dx > 0 ? layout->dx : plot->width, label_w);
  double                   bottom = plot->y + plot->height;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  chart_set_rgb (ctx, &ctx->m.axis, 1.0);
  for (guint i = 0; i < data->n_points; i++)
    {
      int    year = data->first_year + (int) i;
      double x = round (map_x (layout, i)) + 0.5;
      char   text[16];
      g_autoptr(PangoLayout) pl = NULL;

      if (year % step != 0 && data->n_points > 1)
        continue;
      chart_set_rgb (ctx, &ctx->m.axis, 1.0);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + tick);
      cairo_stroke (cr);
      g_snprintf (text, sizeof text, "%d", year);
      pl = chart_layout_text (ctx, FONT_LABEL, text, -1, FALSE);
      chart_show_layout (ctx, pl, x, bottom + tick * 1.3, 0.5, &ctx->m.muted);
    }
  cairo_restore (cr);
}

static void
draw_marker (ChartContext    *ctx,
             const ChartRect *plot)
{
  const PuenteChartData *data = ctx->data;
  cairo_t               *cr = ctx->cr;
  double                 x;
  char                   text[16];
  g_autoptr(PangoLayout) pl = NULL;
  double w, h;

  if (data->year < data->first_year || data->year >= data->first_year + (int) data->n_points)
    return;
  x = round (map_x (ctx->layout, (guint) (data->year - data->first_year))) + 0.5;
  cairo_save (cr);
  chart_set_rgb (ctx, &ctx->m.muted, 0.8);
  cairo_set_line_width (cr, 1.0);
  {
    double dashes[] = { 2, 3 };
    cairo_set_dash (cr, dashes, 2, 0);
  }
  cairo_move_to (cr, x, plot->y);
  cairo_line_to (cr, x, plot->y + plot->height);
  cairo_stroke (cr);
  g_snprintf (text, sizeof text, "%d", data->year);
  pl = chart_layout_text (ctx, FONT_SMALL, text, -1, FALSE);
  chart_layout_size (pl, &w, &h);
  /* Keep the label inside the plot. */
  x = CLAMP (x + 3, plot->x, plot->x + plot->width - w);
  chart_show_layout (ctx, pl, x, plot->y + 2, 0, &ctx->m.muted);
  cairo_restore (cr);
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
chart_draw_years (ChartContext    *ctx,
                  const ChartRect *area)
{
  const PuenteChartData *data = ctx->data;
  PuenteChartLayout     *layout = ctx->layout;
  cairo_t               *cr = ctx->cr;
  double                 label_h = chart_line_height (ctx, FONT_LABEL);
  double                 year_w = chart_text_width (ctx, FONT_LABEL, "2050");
  gboolean               diff = data->show_difference && data->has_b;
  double                 lo, hi, axis_lo, axis_hi, step, divisor = 1;
  double                 dlo = 0, dhi = 0, daxis_lo = 0, daxis_hi = 1, dstep = 1, ddivisor = 1;
  double                 top, bottom, main_h, diff_h = 0, gap = label_h * 2.5;
  double                 label_w, diff_label_w = 0;
  int                    scale, dscale = 0;
  guint                  max_ticks;
  ChartRect              plot, dplot = { 0 };

  top = area->y + label_h * 1.5;
  bottom = area->y + area->height - label_h * 1.5;
  main_h = MAX (10.0, bottom - top);
  if (diff)
    {
      /* Room for three tick labels (B − A has at least two intervals),
       * however short the chart. */
      diff_h = MAX (label_h * 2.2, (main_h - gap) * 0.3);
      main_h = MAX (10.0, main_h - gap - diff_h);
    }

  compute_range (data, &lo, &hi);
  max_ticks = (guint) CLAMP (main_h / (label_h * 2.6), 2, 8);
  puente_nice_ticks (lo, hi, max_ticks, &axis_lo, &axis_hi, &step);
  scale = data->value_kind == PUENTE_VALUE_SHARE ? 0 : puente_axis_scale (MAX (fabs (axis_lo), fabs (axis_hi)), &divisor);
  label_w = max_tick_width (ctx, axis_lo, axis_hi, step, divisor);

  if (diff)
    {
      compute_diff_range (data, &dlo, &dhi);
      puente_nice_ticks (dlo, dhi, (guint) CLAMP (diff_h / (label_h * 2.2), 1, 4),
                         &daxis_lo, &daxis_hi, &dstep);
      dscale = data->value_kind == PUENTE_VALUE_SHARE ? 0
                                                      : puente_axis_scale (MAX (fabs (daxis_lo), fabs (daxis_hi)), &ddivisor);
      ctx->diff_axis = TRUE;
      diff_label_w = max_tick_width (ctx, daxis_lo, daxis_hi, dstep, ddivisor);
      ctx->diff_axis = FALSE;
    }

  plot.x = area->x + MAX (label_w, diff_label_w) + label_h * 0.5;
  plot.y = top;
  plot.width = MAX (10.0, area->x + area->width - year_w * 0.6 - plot.x);
  plot.height = main_h;
  layout->plot = plot;
  layout->y_lo = axis_lo;
  layout->y_hi = axis_hi;
  layout->x0 = plot.x;
  layout->dx = data->n_points > 1 ? plot.width / (data->n_points - 1) : 0;
  if (data->n_points == 1)
    layout->x0 = plot.x + plot.width / 2;

  /* Axis title above the value labels, left-aligned with them. */
  {
    g_autofree char *title = chart_axis_title (ctx, scale);
    g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_LABEL, title, area->width, FALSE);

    chart_show_layout (ctx, pl, area->x, area->y, 0, &ctx->m.muted);
  }
  chart_draw_value_axis_h (ctx, &plot, axis_lo, axis_hi, step, divisor, plot.x - label_h * 0.4);

  cairo_save (cr);
  chart_clip (ctx, &plot);
  switch (data->kind)
    {
    case PUENTE_CHART_STACKED_AREA:
      draw_stacked (ctx, &plot, axis_lo, axis_hi);
      break;
    case PUENTE_CHART_FAN:
      draw_fans (ctx, &plot, axis_lo, axis_hi);
      break;
    case PUENTE_CHART_LINE:
    case PUENTE_CHART_BARS:
    case PUENTE_CHART_HBARS:
    case PUENTE_CHART_SANKEY:
    case PUENTE_N_CHART_KINDS:
    default:
      draw_lines (ctx, &plot, axis_lo, axis_hi);
      break;
    }
  cairo_restore (cr);
  draw_marker (ctx, &plot);

  if (diff)
    {
      g_autofree char *unit = chart_axis_title (ctx, dscale);
      g_autofree char *title = g_strdup_printf ("B − A · %s", unit);
      g_autoptr(PangoLayout) pl = chart_layout_text (ctx, FONT_LABEL, title, area->width, FALSE);

      dplot.x = plot.x;
      dplot.width = plot.width;
      dplot.y = plot.y + plot.height + gap;
      dplot.height = diff_h;
      layout->has_diff = TRUE;
      layout->diff_plot = dplot;
      layout->diff_lo = daxis_lo;
      layout->diff_hi = daxis_hi;
      chart_show_layout (ctx, pl, area->x, dplot.y - label_h * 1.75, 0, &ctx->m.muted);
      ctx->diff_axis = TRUE;
      chart_draw_value_axis_h (ctx, &dplot, daxis_lo, daxis_hi, dstep, ddivisor,
                               dplot.x - label_h * 0.4);
      ctx->diff_axis = FALSE;
      cairo_save (cr);
      chart_clip (ctx, &dplot);
      draw_diff (ctx, &dplot, daxis_lo, daxis_hi);
      cairo_restore (cr);
      draw_year_axis (ctx, &dplot, year_w * 1.5);
    }
  else
    draw_year_axis (ctx, &plot, year_w * 1.5);
}

/* Hit testing */

gboolean
chart_hit_years (const PuenteChartLayout *layout,
                 double                   x,
                 double                   y,
                 PuenteChartHit          *hit)
{
  const PuenteChartData *data = layout->data;
  const ChartRect       *plot = &layout->plot;
  double                 tolerance = MAX (8.0, layout->label_size);
  double                 best = G_MAXDOUBLE;
  gboolean               in_diff;
  int                    point;

  if (data->n_points == 0 || data->series->len == 0)
    return FALSE;
  in_diff = layout->has_diff && chart_rect_contains (&layout->diff_plot, x, y);
  if (!in_diff && !chart_rect_contains (plot, x, y))
    return FALSE;

  point = layout->dx > 0 ? (int) lround ((x - layout->x0) / layout->dx) : 0;
  point = CLAMP (point, 0, (int) data->n_points - 1);

  if (in_diff)
    {
      for (guint s = 0; s < data->series->len; s++)
        {
          double d = puente_chart_data_get_value (data, s, point, PUENTE_SCENARIO_B) -
            puente_chart_data_get_value (data, s, point, PUENTE_SCENARIO_A);
          double dist = fabs (map_y (layout->diff_lo, layout->diff_hi, &layout->diff_plot, d) - y);

          if (isfinite (d) && dist < best && dist <= tolerance)
            {
              best = dist;
              hit->series = s;
              hit->value = d;
            }
        }
      hit->difference = TRUE;
      hit->slot = PUENTE_SCENARIO_B;
    }
  else if (data->kind == PUENTE_CHART_STACKED_AREA)
    {
      double v = layout->y_lo + (plot->y + plot->height - y) / plot->height * (layout->y_hi - layout->y_lo);

      for (guint s = 0; s < data->series->len; s++)
        {
          double base = s == 0 ? 0 : stacked_top (data, s - 1, PUENTE_SCENARIO_A, point);
          double top = stacked_top (data, s, PUENTE_SCENARIO_A, point);

          if (v >= base && v <= top)
            {
              hit->series = s;
              hit->slot = PUENTE_SCENARIO_A;
              hit->value = puente_chart_data_get_value (data, s, point, PUENTE_SCENARIO_A);
              break;
            }
        }
    }
  else
    {
      for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
        for (guint s = 0; s < data->series->len; s++)
          {
            const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
            double                   v = puente_chart_data_get_value (data, s, point, slot);
            double                   dist;

            if (data->kind == PUENTE_CHART_FAN && slot == PUENTE_SCENARIO_A &&
                series->bands[PUENTE_P5] != NULL)
              {
                double p5 = map_y (layout->y_lo, layout->y_hi, plot, series->bands[PUENTE_P5][point]);
                double p95 = map_y (layout->y_lo, layout->y_hi, plot, series->bands[PUENTE_P95][point]);

                v = series->bands[PUENTE_P50][point];
                /* Anywhere inside the fan counts as the fan. */
                dist = (y <= p5 && y >= p95) ? 0 : fabs (map_y (layout->y_lo, layout->y_hi, plot, v) - y);
              }
            else
              dist = fabs (map_y (layout->y_lo, layout->y_hi, plot, v) - y);
            if (isfinite (v) && dist < best && dist <= tolerance)
              {
                best = dist;
                hit->series = s;
                hit->slot = slot;
                hit->value = v;
              }
          }
    }

  if (hit->series < 0)
    return FALSE;
  hit->kind = PUENTE_CHART_HIT_POINT;
  hit->point = point;
  hit->year = data->first_year + point;
  return TRUE;
}
