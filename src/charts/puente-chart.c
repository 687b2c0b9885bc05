/* puente-chart.c: frame, titles, legend and source line; hit testing
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart has the same frame: title and subtitle at the top, the legend
 * under them, the source line (data sources and scenarios) at the bottom,
 * and the kind's plot in between. Nothing overlaps: each block is measured
 * (wrapping to the width) before the plot gets the rest.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-chart-private.h"
#include "puente-chart-scenario.h"
#include "puente-i18n.h"

typedef enum {
  SWATCH_LINE,
  SWATCH_DASHED,
  SWATCH_BOX,
  SWATCH_BOX_LIGHT,
  SWATCH_BAND,
} SwatchKind;

typedef struct
{
  SwatchKind kind;
  PuenteRgb  colour;
  double     alpha;
  char      *text;
} LegendItem;

/* Text */

char *
chart_tr (ChartContext *ctx,
          const char   *msgid)
{
  const char *es;

  switch (ctx->style->lang)
    {
    case PUENTE_LANG_ES:
      return g_strdup (puente_gettext (PUENTE_LANG_ES, msgid));
    case PUENTE_LANG_BOTH:
      es = puente_gettext (PUENTE_LANG_ES, msgid);
      if (strcmp (es, msgid) == 0)
        return g_strdup (msgid);
      return g_strconcat (msgid, " / ", es, NULL);
    case PUENTE_LANG_EN:
    default:
      return g_strdup (msgid);
    }
}

char *
chart_text (ChartContext     *ctx,
            const PuenteText *text)
{
  return puente_text_get (text, ctx->style->lang);
}

PangoLayout *
chart_layout_text (ChartContext *ctx,
                   ChartFont     font,
                   const char   *text,
                   double        max_width,
                   gboolean      wrap)
{
  PangoLayout *layout = pango_layout_new (ctx->pango);

  pango_layout_set_font_description (layout, ctx->fonts[font]);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      if (wrap)
        pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      else
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

void
chart_layout_size (PangoLayout *layout,
                   double      *width,
                   double      *height)
{
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

double
chart_text_width (ChartContext *ctx,
                  ChartFont     font,
                  const char   *text)
{
  g_autoptr(PangoLayout) layout = chart_layout_text (ctx, font, text, -1, FALSE);
  double width;

  chart_layout_size (layout, &width, NULL);
  return width;
}

double
chart_line_height (ChartContext *ctx,
                   ChartFont     font)
{
  g_autoptr(PangoLayout) layout = chart_layout_text (ctx, font, "Ág", -1, FALSE);
  double height;

  chart_layout_size (layout, NULL, &height);
  return height;
}

void
chart_set_rgb (ChartContext    *ctx,
               const PuenteRgb *colour,
               double           alpha)
{
  cairo_set_source_rgba (ctx->cr, colour->r, colour->g, colour->b, alpha);
}

PuenteRgb
chart_colour (ChartContext *ctx,
              int           index)
{
  return puente_chart_style_get_colour (ctx->style, index);
}

void
chart_show_layout (ChartContext    *ctx,
                   PangoLayout     *layout,
                   double           x,
                   double           y,
                   double           xalign,
                   const PuenteRgb *colour)
{
  double width;

  chart_layout_size (layout, &width, NULL);
  if (pango_layout_get_width (layout) > 0 &&
      (pango_layout_get_wrap (layout) == PANGO_WRAP_WORD_CHAR || pango_layout_is_ellipsized (layout)))
    {
      PangoRectangle logical;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      width = logical.width;
    }
  {
    ChartText      text = { g_object_ref (layout), { 0 }, { 0 }, *colour, xalign };
    cairo_matrix_t at;

    cairo_matrix_init_translate (&at, x - xalign * width, y);
    cairo_get_matrix (ctx->cr, &text.to_device);
    cairo_matrix_multiply (&text.to_device, &at, &text.to_device);
    cairo_matrix_multiply (&text.to_chart, &text.to_device, &ctx->from_device);
    g_array_append_val (ctx->layout->texts, text);
  }
  if (ctx->flags & CHART_DRAW_TEXT_AS_ELEMENTS)
    return;
  chart_set_rgb (ctx, colour, 1.0);
  cairo_move_to (ctx->cr, x - xalign * width, y);
  pango_cairo_show_layout (ctx->cr, layout);
  /* Text leaves a current point: drop it, or the next arc or curve
   * starts with a line from here. */
  cairo_new_path (ctx->cr);
}

void
chart_clip (ChartContext    *ctx,
            const ChartRect *rect)
{
  cairo_rectangle (ctx->cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (ctx->cr);
}

/* Numbers */

char *
chart_format_value (ChartContext *ctx,
                    double        value)
{
  if (ctx->data->value_kind == PUENTE_VALUE_SHARE)
    return puente_format_percent (ctx->style->lang, value, fabs (value) < 0.1 ? 1 : 0);
  return puente_format_value (ctx->style->lang, value);
}

char *
chart_format_tick (ChartContext *ctx,
                   double        value,
                   double        divisor,
                   double        step)
{
  if (ctx->data->value_kind == PUENTE_VALUE_SHARE && ctx->diff_axis)
    {
      /* A difference of shares is in percentage points. */
      g_autofree char *number = puente_format_number (ctx->style->lang, value * 100,
                                                      puente_decimals_for_step (step * 100));

      return g_strconcat (value > 0 ? "+" : "", number, " pp", NULL);
    }
  if (ctx->data->value_kind == PUENTE_VALUE_SHARE)
    return puente_format_percent (ctx->style->lang, value, puente_decimals_for_step (step * 100));
  return puente_format_number (ctx->style->lang, value / divisor,
                               puente_decimals_for_step (step / divisor));
}

char *
chart_axis_title (ChartContext *ctx,
                  int           scale)
{
  g_autofree char *title = chart_text (ctx, &ctx->data->axis_title);
  const char      *word = puente_axis_scale_word (ctx->style->lang, scale);

  if (ctx->data->value_kind == PUENTE_VALUE_SHARE || word == NULL)
    return g_steal_pointer (&title);
  if (*title == '\0')
    return g_strdup (word);
  return g_strdup_printf ("%s (%s)", title, word);
}

void
chart_draw_value_axis_h (ChartContext    *ctx,
                         const ChartRect *plot,
                         double           lo,
                         double           hi,
                         double           step,
                         double           divisor,
                         double           label_right)
{
  cairo_t *cr = ctx->cr;
  double   label_h = chart_line_height (ctx, FONT_LABEL);
  guint    n = (guint) llround ((hi - lo) / step);

  cairo_save (cr);
  cairo_set_line_width (cr, MAX (1.0, ctx->m.line_width * 0.4));
  for (guint i = 0; i <= n; i++)
    {
      double           v = lo + i * step;
      double           y = plot->y + plot->height - (v - lo) / (hi - lo) * plot->height;
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      if (fabs (v) < step * 1e-9)
        v = 0;
      y = round (y) + 0.5;
      chart_set_rgb (ctx, v == 0 ? &ctx->m.axis : &ctx->m.grid, 1.0);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);

      text = chart_format_tick (ctx, v, divisor, step);
      layout = chart_layout_text (ctx, FONT_LABEL, text, -1, FALSE);
      chart_show_layout (ctx, layout, label_right, y - label_h / 2, 1.0, &ctx->m.muted);
    }
  cairo_restore (cr);
}

/* Legend */

static void
legend_item_clear (gpointer data)
{
  LegendItem *item = data;

  g_free (item->text);
}

static void
add_item (GArray    *items,
          SwatchKind kind,
          PuenteRgb  colour,
          double     alpha,
          char      *text)
{
  LegendItem item = { kind, colour, alpha, text };

  g_array_append_val (items, item);
}

static char *
scenario_label (ChartContext *ctx,
                guint         slot)
{
  g_autofree char *name = chart_text (ctx, &ctx->data->scenario[slot]);

  return g_strdup_printf ("%s: %s", slot == PUENTE_SCENARIO_A ? "A" : "B", name);
}

static GArray *
build_legend (ChartContext *ctx)
{
  const PuenteChartData *data = ctx->data;
  GArray                *items = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  PuenteRgb              neutral = chart_colour (ctx, PUENTE_COLOUR_NEUTRAL);
  SwatchKind             series_kind;
  gboolean               bars = data->kind == PUENTE_CHART_BARS || data->kind == PUENTE_CHART_HBARS;

  g_array_set_clear_func (items, legend_item_clear);
  if (data->kind == PUENTE_CHART_SANKEY)
    {
      /* B − A: bands coloured by how B's flow compares with A's. */
      if (data->show_difference && data->has_b && data->sankey != NULL && data->sankey->has_b)
        {
          add_item (items, SWATCH_BOX, chart_colour (ctx, PUENTE_COLOUR_PURPLE), 0.6, chart_tr (ctx, N_ ("More in B")));
          add_item (items, SWATCH_BOX, chart_colour (ctx, PUENTE_COLOUR_VERMILLION), 0.6, chart_tr (ctx, N_ ("Less in B")));
          /* xgettext:no-c-format */
          add_item (items, SWATCH_BOX, chart_colour (ctx, PUENTE_COLOUR_GREY), 0.38, chart_tr (ctx, N_ ("About the same (within 1%)")));
        }
      return items;
    }

  series_kind = (data->kind == PUENTE_CHART_STACKED_AREA || bars) ? SWATCH_BOX : SWATCH_LINE;
  /* One series without comparison: the title says it all. */
  if (data->series->len > 1 || data->kind == PUENTE_CHART_FAN || data->has_b)
    for (guint i = 0; i < data->series->len; i++)
      {
        const PuenteChartSeries *series = g_ptr_array_index (data->series, i);

        add_item (items, series_kind, chart_colour (ctx, series->colour), 1.0,
                  chart_text (ctx, &series->label));
      }

  if (data->kind == PUENTE_CHART_FAN)
    {
      /* xgettext:no-c-format */
      add_item (items, SWATCH_BAND, neutral, 0.38, chart_tr (ctx, N_ ("Middle 50% of runs")));
      /* xgettext:no-c-format */
      add_item (items, SWATCH_BAND, neutral, 0.16, chart_tr (ctx, N_ ("Middle 90% of runs")));
    }

  if (data->has_b)
    {
      if (bars)
        {
          add_item (items, SWATCH_BOX, neutral, 1.0, scenario_label (ctx, PUENTE_SCENARIO_A));
          add_item (items, SWATCH_BOX_LIGHT, neutral, 1.0, scenario_label (ctx, PUENTE_SCENARIO_B));
        }
      else
        {
          add_item (items, data->kind == PUENTE_CHART_STACKED_AREA ? SWATCH_BOX : SWATCH_LINE,
                    neutral, 1.0, scenario_label (ctx, PUENTE_SCENARIO_A));
          add_item (items, SWATCH_DASHED, neutral, 1.0, scenario_label (ctx, PUENTE_SCENARIO_B));
        }
    }
  return items;
}

static void
draw_swatch (ChartContext     *ctx,
             const LegendItem *item,
             double            x,
             double            y,
             double            size)
{
  cairo_t *cr = ctx->cr;
  double   lw = ctx->m.line_width;

  cairo_save (cr);
  switch (item->kind)
    {
    case SWATCH_LINE:
    case SWATCH_DASHED:
      chart_set_rgb (ctx, &item->colour, item->alpha);
      cairo_set_line_width (cr, lw);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      if (item->kind == SWATCH_DASHED)
        {
          double dashes[] = { lw * 2.2, lw * 1.4 };
          cairo_set_dash (cr, dashes, 2, 0);
        }
      cairo_move_to (cr, x, y + size / 2);
      cairo_line_to (cr, x + size * 1.6, y + size / 2);
      cairo_stroke (cr);
      break;
    case SWATCH_BOX_LIGHT:
      chart_set_rgb (ctx, &item->colour, 0.35);
      cairo_rectangle (cr, x + 0.5, y + 0.5, size * 1.6 - 1, size - 1);
      cairo_fill_preserve (cr);
      chart_set_rgb (ctx, &item->colour, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;
    case SWATCH_BAND:
    case SWATCH_BOX:
    default:
      chart_set_rgb (ctx, &item->colour, item->alpha);
      cairo_rectangle (cr, x, y, size * 1.6, size);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

/* Lays the legend out in rows within @width; draws it when @draw. Returns
 * its height. */
static double
layout_legend (ChartContext *ctx,
               GArray       *items,
               double        x0,
               double        y0,
               double        width,
               gboolean      draw)
{
  double line_h = chart_line_height (ctx, FONT_LABEL);
  double swatch = line_h * 0.62;
  double gap = line_h * 1.1;
  double x = x0, y = y0, row_h = line_h;

  if (items->len == 0)
    return 0;

  for (guint i = 0; i < items->len; i++)
    {
      const LegendItem *item = &g_array_index (items, LegendItem, i);
      double            sw = swatch * 1.6 + swatch * 0.6;
      /* A name wider than the chart (a scenario's, in two languages)
       * wraps: never cut. */
      g_autoptr(PangoLayout) layout = chart_layout_text (ctx, FONT_LABEL, item->text,
                                                          width - sw, TRUE);
      PangoRectangle logical;
      double         tw;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      tw = MIN (logical.width, width - sw);
      if (x > x0 && x + sw + tw > x0 + width)
        {
          x = x0;
          y += row_h + line_h * 0.15;
          row_h = line_h;
        }
      if (draw)
        {
          draw_swatch (ctx, item, x, y + (line_h - swatch) / 2, swatch);
          chart_show_layout (ctx, layout, x + sw, y, 0, &ctx->m.text);
        }
      row_h = MAX (row_h, logical.height);
      x += sw + tw + gap;
    }
  return y - y0 + row_h;
}

static char *
build_source_line (ChartContext *ctx)
{
  const PuenteChartData *data = ctx->data;
  g_autofree char       *sources = chart_text (ctx, &data->sources);
  GString               *out = g_string_new (sources);

  /* The scenarios, each with its legal status (puente-chart-scenario.h). */
  if (data->scenario[PUENTE_SCENARIO_A].en != NULL)
    {
      g_autofree char *scenarios = puente_chart_scenarios_line (data->scenario, data->status,
                                                                data->has_b, ctx->style->lang);

      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, scenarios);
    }
  return g_string_free (out, FALSE);
}

/* Drawing */

static void
clear_text (gpointer data)
{
  ChartText *text = data;

  g_clear_object (&text->layout);
}

static void
context_init (ChartContext           *ctx,
              const PuenteChartData  *data,
              const PuenteChartStyle *style,
              cairo_t                *cr,
              double                  width,
              double                  height,
              ChartDrawFlags          flags)
{
  cairo_font_options_t *options;
  double                sizes[N_FONTS];

  memset (ctx, 0, sizeof *ctx);
  ctx->cr = cr;
  ctx->data = data;
  ctx->style = style;
  ctx->width = width;
  ctx->height = height;
  ctx->flags = flags;
  cairo_get_matrix (cr, &ctx->from_device);
  if (cairo_matrix_invert (&ctx->from_device) != CAIRO_STATUS_SUCCESS)
    cairo_matrix_init_identity (&ctx->from_device);
  puente_chart_style_get_metrics (style, &ctx->m);

  ctx->pango = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  /* The same layout on every surface: no metric hinting. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (ctx->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (ctx->pango, FALSE);
  pango_context_set_language (ctx->pango,
                              pango_language_from_string (style->lang == PUENTE_LANG_ES ? "es-mx" : "en-us"));

  sizes[FONT_TITLE] = ctx->m.title_size;
  sizes[FONT_SUBTITLE] = ctx->m.subtitle_size;
  sizes[FONT_LABEL] = ctx->m.label_size;
  sizes[FONT_LABEL_BOLD] = ctx->m.label_size;
  sizes[FONT_SMALL] = ctx->m.small_size;
  sizes[FONT_SOURCE] = ctx->m.source_size;
  for (guint i = 0; i < N_FONTS; i++)
    {
      ctx->fonts[i] = pango_font_description_from_string (ctx->m.font_family);
      pango_font_description_set_absolute_size (ctx->fonts[i], sizes[i] * PANGO_SCALE);
      if (i == FONT_TITLE || i == FONT_LABEL_BOLD)
        pango_font_description_set_weight (ctx->fonts[i], PANGO_WEIGHT_BOLD);
    }

  ctx->layout = g_new0 (PuenteChartLayout, 1);
  ctx->layout->texts = g_array_new (FALSE, TRUE, sizeof (ChartText));
  g_array_set_clear_func (ctx->layout->texts, clear_text);
  ctx->layout->data = data;
  ctx->layout->kind = data->kind;
  ctx->layout->label_size = ctx->m.label_size;
}

static void
context_clear (ChartContext *ctx)
{
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&ctx->fonts[i], pango_font_description_free);
  g_clear_object (&ctx->pango);
}

static void
draw_no_data (ChartContext    *ctx,
              const ChartRect *area)
{
  g_autofree char *text = chart_tr (ctx, N_ ("No data for this chart"));
  g_autoptr(PangoLayout) layout = chart_layout_text (ctx, FONT_SUBTITLE, text, area->width, TRUE);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  chart_show_layout (ctx, layout, area->x, area->y + area->height / 2, 0, &ctx->m.muted);
}

PuenteChartLayout *
puente_chart_draw (const PuenteChartData  *data,
                   const PuenteChartStyle *style,
                   cairo_t                *cr,
                   double                  width,
                   double                  height)
{
  return chart_draw_full (data, style, cr, width, height, CHART_DRAW_DEFAULT);
}

PuenteChartLayout *
chart_draw_full (const PuenteChartData  *data,
                 const PuenteChartStyle *style,
                 cairo_t                *cr,
                 double                  width,
                 double                  height,
                 ChartDrawFlags          flags)
{
  ChartContext ctx;
  g_autoptr(GArray) legend = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *source = NULL;
  double           pad, inner_w, y, h, source_h = 0;
  ChartRect        area;
  gboolean         has_data;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  context_init (&ctx, data, style, cr, width, height, flags);
  pad = ctx.m.padding;
  inner_w = MAX (1.0, width - 2 * pad);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  chart_set_rgb (&ctx, &ctx.m.background, 1.0);
  cairo_paint (cr);

  /* Title and subtitle wrap; they never run off the side. */
  y = pad;
  title = chart_text (&ctx, &data->title);
  {
    g_autoptr(PangoLayout) layout = chart_layout_text (&ctx, FONT_TITLE, title, inner_w, TRUE);

    chart_show_layout (&ctx, layout, pad, y, 0, &ctx.m.text);
    chart_layout_size (layout, NULL, &h);
    y += h;
  }
  subtitle = chart_text (&ctx, &data->subtitle);
  if (*subtitle != '\0')
    {
      g_autoptr(PangoLayout) layout = chart_layout_text (&ctx, FONT_SUBTITLE, subtitle, inner_w, TRUE);

      y += ctx.m.subtitle_size * 0.15;
      chart_show_layout (&ctx, layout, pad, y, 0, &ctx.m.muted);
      chart_layout_size (layout, NULL, &h);
      y += h;
    }
  y += ctx.m.label_size * 0.8;

  legend = build_legend (&ctx);
  if (legend->len > 0)
    {
      h = layout_legend (&ctx, legend, pad, y, inner_w, TRUE);
      y += h + ctx.m.label_size * 0.8;
    }

  source = build_source_line (&ctx);
  if (*source != '\0')
    {
      g_autoptr(PangoLayout) layout = chart_layout_text (&ctx, FONT_SOURCE, source, inner_w, TRUE);

      chart_layout_size (layout, NULL, &source_h);
      chart_show_layout (&ctx, layout, pad, height - pad * 0.75 - source_h, 0, &ctx.m.muted);
      source_h += ctx.m.label_size * 0.6;
    }

  area.x = pad;
  area.y = y;
  area.width = inner_w;
  area.height = MAX (1.0, height - pad * 0.75 - source_h - y);

  has_data = data->kind == PUENTE_CHART_SANKEY
    ? data->sankey != NULL && data->sankey->links->len > 0
    : data->series->len > 0 && data->n_points > 0;
  if (!has_data)
    draw_no_data (&ctx, &area);
  else
    switch (data->kind)
      {
      case PUENTE_CHART_BARS:
        chart_draw_bars (&ctx, &area);
        break;
      case PUENTE_CHART_HBARS:
        chart_draw_hbars (&ctx, &area);
        break;
      case PUENTE_CHART_SANKEY:
        chart_draw_sankey (&ctx, &area);
        break;
      case PUENTE_CHART_LINE:
      case PUENTE_CHART_STACKED_AREA:
      case PUENTE_CHART_FAN:
      case PUENTE_N_CHART_KINDS:
      default:
        chart_draw_years (&ctx, &area);
        break;
      }

  cairo_restore (cr);
  context_clear (&ctx);
  return ctx.layout;
}

static void
clear_link (gpointer data)
{
  ChartLink *link = data;

  g_clear_pointer (&link->points, g_array_unref);
}

void
puente_chart_layout_free (PuenteChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_clear_pointer (&layout->bars, g_array_unref);
  g_clear_pointer (&layout->nodes, g_array_unref);
  g_clear_pointer (&layout->texts, g_array_unref);
  if (layout->links != NULL)
    {
      for (guint i = 0; i < layout->links->len; i++)
        clear_link (&g_array_index (layout->links, ChartLink, i));
      g_array_unref (layout->links);
    }
  g_free (layout);
}

void
puente_chart_layout_get_plot (const PuenteChartLayout *layout,
                              double                  *x,
                              double                  *y,
                              double                  *width,
                              double                  *height)
{
  g_return_if_fail (layout != NULL);

  if (x != NULL)
    *x = layout->plot.x;
  if (y != NULL)
    *y = layout->plot.y;
  if (width != NULL)
    *width = layout->plot.width;
  if (height != NULL)
    *height = layout->plot.height;
}

gboolean
puente_chart_layout_point_position (const PuenteChartLayout *layout,
                                    guint                    point,
                                    double                   value,
                                    double                  *x,
                                    double                  *y)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->kind != PUENTE_CHART_LINE && layout->kind != PUENTE_CHART_STACKED_AREA &&
      layout->kind != PUENTE_CHART_FAN)
    return FALSE;
  if (point >= layout->data->n_points || layout->y_hi <= layout->y_lo || !isfinite (value))
    return FALSE;
  if (x != NULL)
    *x = layout->x0 + point * layout->dx;
  if (y != NULL)
    *y = layout->plot.y + layout->plot.height -
      (value - layout->y_lo) / (layout->y_hi - layout->y_lo) * layout->plot.height;
  return TRUE;
}

guint
puente_chart_layout_get_n_texts (const PuenteChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->texts->len;
}

/* The box around @rect (Pango units) through @matrix. */
static void
transform_box (const cairo_matrix_t *matrix,
               const PangoRectangle *rect,
               double               *x,
               double               *y,
               double               *width,
               double               *height)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint corner = 0; corner < 4; corner++)
    {
      double cx = (double) (rect->x + (corner & 1 ? rect->width : 0)) / PANGO_SCALE;
      double cy = (double) (rect->y + (corner & 2 ? rect->height : 0)) / PANGO_SCALE;

      cairo_matrix_transform_point (matrix, &cx, &cy);
      x0 = MIN (x0, cx), y0 = MIN (y0, cy), x1 = MAX (x1, cx), y1 = MAX (y1, cy);
    }
  *x = x0, *y = y0, *width = x1 - x0, *height = y1 - y0;
}

void
puente_chart_layout_get_text (const PuenteChartLayout *layout,
                              guint                    index,
                              PuenteChartText         *text)
{
  const ChartText            *t;
  const PangoFontDescription *desc;
  PangoRectangle              ink, logical;
  double                      dx = 0, dy = 1;

  g_return_if_fail (layout != NULL && text != NULL);
  g_return_if_fail (index < layout->texts->len);

  t = &g_array_index (layout->texts, ChartText, index);
  pango_layout_get_extents (t->layout, &ink, &logical);
  text->text = pango_layout_get_text (t->layout);
  transform_box (&t->to_chart, &logical, &text->x, &text->y, &text->width, &text->height);
  transform_box (&t->to_chart, &ink, &text->ink_x, &text->ink_y, &text->ink_width, &text->ink_height);
  desc = pango_layout_get_font_description (t->layout);
  cairo_matrix_transform_distance (&t->to_device, &dx, &dy);
  text->size = desc != NULL ? pango_font_description_get_size (desc) / (double) PANGO_SCALE * hypot (dx, dy) : 0;
  text->n_lines = (guint) pango_layout_get_line_count (t->layout);
  text->ellipsized = pango_layout_is_ellipsized (t->layout);
}

gboolean
puente_chart_draw_hover (const PuenteChartLayout *layout,
                         const PuenteChartStyle  *style,
                         cairo_t                 *cr,
                         double                   x,
                         double                   y)
{
  PuenteChartHit hit;
  double         px, py, v;

  g_return_val_if_fail (layout != NULL && style != NULL && cr != NULL, FALSE);

  if (!puente_chart_hit_test (layout, x, y, &hit) || hit.kind != PUENTE_CHART_HIT_POINT ||
      hit.point < 0 || hit.difference ||
      !puente_chart_layout_point_position (layout, hit.point, hit.value, &px, &py))
    return FALSE;

  v = style->dark ? 1 : 0;
  cairo_save (cr);
  /* A new path: cairo_arc () joins the current point, if any, to the
   * ring's start with a line. */
  cairo_new_path (cr);
  cairo_arc (cr, px, py, 5.0, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, v, v, v, 0.8);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  cairo_restore (cr);
  return TRUE;
}

gboolean
puente_chart_hit_test (const PuenteChartLayout *layout,
                       double                   x,
                       double                   y,
                       PuenteChartHit          *hit)
{
  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  memset (hit, 0, sizeof *hit);
  hit->kind = PUENTE_CHART_HIT_NONE;
  hit->series = -1;
  hit->point = -1;
  hit->node = -1;
  hit->link = -1;
  hit->value = NAN;

  switch (layout->kind)
    {
    case PUENTE_CHART_BARS:
    case PUENTE_CHART_HBARS:
      if (layout->bars == NULL)
        return FALSE;
      for (guint i = 0; i < layout->bars->len; i++)
        {
          const ChartBar *bar = &g_array_index (layout->bars, ChartBar, i);
          ChartRect       r = bar->rect;

          /* Thin bars get a little slack so a pointer can land on them. */
          if (r.width < 6)
            r.x -= (6 - r.width) / 2, r.width = 6;
          if (r.height < 6)
            r.y -= (6 - r.height) / 2, r.height = 6;
          if (chart_rect_contains (&r, x, y))
            {
              hit->kind = PUENTE_CHART_HIT_BAR;
              hit->series = bar->series;
              hit->slot = bar->slot;
              hit->point = bar->point;
              hit->year = layout->data->year;
              hit->value = puente_chart_data_get_value (layout->data, bar->series, bar->point, bar->slot);
              return TRUE;
            }
        }
      return FALSE;
    case PUENTE_CHART_SANKEY:
      return chart_hit_sankey (layout, x, y, hit);
    case PUENTE_CHART_LINE:
    case PUENTE_CHART_STACKED_AREA:
    case PUENTE_CHART_FAN:
    case PUENTE_N_CHART_KINDS:
    default:
      return chart_hit_years (layout, x, y, hit);
    }
}

char *
puente_chart_format_readout (const PuenteChartData *data,
                             PuenteLang             lang,
                             double                 value)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (data->value_kind == PUENTE_VALUE_SHARE)
    return puente_format_percent (lang, value, 1);
  return puente_format_value (lang, value);
}

static char *
format_for_readout (const PuenteChartData  *data,
                    const PuenteChartStyle *style,
                    double                  value)
{
  return puente_chart_format_readout (data, style->lang, value);
}

/* A Sankey flow: "68.8 GWh", or with B "65.7 GWh (A), 68.8 GWh (B);
 * B − A +3.1 GWh". */
static void
append_flows (GString                *out,
              const PuenteChartData  *data,
              const PuenteChartStyle *style,
              double                  a,
              double                  b)
{
  g_autofree char *na = format_for_readout (data, style, a);

  if (!data->has_b || !data->sankey->has_b)
    {
      g_string_append_printf (out, "%s %s", na, data->unit);
      return;
    }
  {
    g_autofree char *nb = format_for_readout (data, style, b);
    g_autofree char *diff = format_for_readout (data, style, b - a);

    g_string_append_printf (out, "%s %s (A), %s %s (B); B − A %s%s %s", na, data->unit, nb, data->unit,
                            b - a > 0 ? "+" : "", diff, data->unit);
  }
}

char *
puente_chart_describe_hit (const PuenteChartData  *data,
                           const PuenteChartStyle *style,
                           const PuenteChartHit   *hit)
{
  GString *out;

  g_return_val_if_fail (data != NULL && style != NULL && hit != NULL, NULL);

  out = g_string_new (NULL);
  switch (hit->kind)
    {
    case PUENTE_CHART_HIT_POINT:
    case PUENTE_CHART_HIT_BAR:
      {
        const PuenteChartSeries *series = g_ptr_array_index (data->series, hit->series);
        g_autofree char         *label = puente_text_get (&series->label, style->lang);

        g_string_append (out, label);
        if (data->categories != NULL && hit->point >= 0)
          {
            g_autofree char *category = puente_text_get (&data->categories[hit->point], style->lang);

            g_string_append_printf (out, ", %s", category);
          }
        if (hit->year > 0)
          g_string_append_printf (out, ", %d", hit->year);
        g_string_append (out, ": ");
        for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
          {
            double           v = puente_chart_data_get_value (data, hit->series, hit->point, slot);
            g_autofree char *number = NULL;
            g_autofree char *name = NULL;

            if (slot == PUENTE_SCENARIO_B && !data->has_b)
              break;
            number = format_for_readout (data, style, v);
            if (slot > 0)
              g_string_append (out, ", ");
            g_string_append (out, number);
            if (data->has_b)
              {
                name = puente_text_get (&data->scenario[slot], style->lang);
                g_string_append_printf (out, " (%s)", name);
              }
          }
        if (data->has_b)
          {
            double           a = puente_chart_data_get_value (data, hit->series, hit->point, PUENTE_SCENARIO_A);
            double           b = puente_chart_data_get_value (data, hit->series, hit->point, PUENTE_SCENARIO_B);
            g_autofree char *diff = format_for_readout (data, style, b - a);

            g_string_append_printf (out, "; B − A %s%s", b - a > 0 ? "+" : "", diff);
          }
        if (data->kind == PUENTE_CHART_FAN && series->bands[PUENTE_P5] != NULL && hit->point >= 0)
          {
            g_autofree char *lo = format_for_readout (data, style, series->bands[PUENTE_P5][hit->point]);
            g_autofree char *hi = format_for_readout (data, style, series->bands[PUENTE_P95][hit->point]);

            g_string_append_printf (out, " (p5–p95 %s – %s)", lo, hi);
          }
        break;
      }
    case PUENTE_CHART_HIT_NODE:
      {
        const PuenteSankeyNode *node = &g_array_index (data->sankey->nodes, PuenteSankeyNode, hit->node);
        g_autofree char        *label = puente_text_get (&node->label, style->lang);

        g_string_append_printf (out, "%s: ", label);
        append_flows (out, data, style, puente_sankey_node_total_in (data->sankey, hit->node, PUENTE_SCENARIO_A),
                      puente_sankey_node_total_in (data->sankey, hit->node, PUENTE_SCENARIO_B));
        break;
      }
    case PUENTE_CHART_HIT_LINK:
      {
        const PuenteSankeyLink *link = &g_array_index (data->sankey->links, PuenteSankeyLink, hit->link);
        const PuenteSankeyNode *a = &g_array_index (data->sankey->nodes, PuenteSankeyNode, link->source);
        const PuenteSankeyNode *b = &g_array_index (data->sankey->nodes, PuenteSankeyNode, link->target);
        g_autofree char        *la = puente_text_get (&a->label, style->lang);
        g_autofree char        *lb = puente_text_get (&b->label, style->lang);

        g_string_append_printf (out, "%s → %s: ", la, lb);
        append_flows (out, data, style, link->value, link->value_b);
        break;
      }
    case PUENTE_CHART_HIT_NONE:
    default:
      break;
    }
  return g_string_free (out, FALSE);
}
