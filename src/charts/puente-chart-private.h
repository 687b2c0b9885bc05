/* puente-chart-private.h: shared by the chart kinds' drawing code
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "puente-chart.h"
#include "puente-format.h"

G_BEGIN_DECLS

typedef enum {
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_LABEL,
  FONT_LABEL_BOLD,
  FONT_SMALL,
  FONT_SOURCE,
  N_FONTS
} ChartFont;

typedef struct
{
  double x, y, width, height;
} ChartRect;

typedef struct
{
  ChartRect rect;
  int       series;
  guint     slot;
  int       point;
} ChartBar;

typedef struct
{
  ChartRect rect;
} ChartNode;

typedef struct
{
  GArray *points; /* double pairs: the centre line */
  double  width;
} ChartLink;

/* A text the drawing placed, as drawn: for tests (overlaps, sizes) and for
 * SVG files, which write it as a <text> element. */
typedef struct
{
  PangoLayout   *layout;    /* a reference */
  cairo_matrix_t to_chart;  /* layout space -> chart space (user units) */
  cairo_matrix_t to_device; /* layout space -> the surface's units */
  PuenteRgb      colour;
  double         xalign; /* 0 left, 0.5 centred, 1 right-aligned at x */
} ChartText;

typedef enum {
  CHART_DRAW_DEFAULT = 0,
  /* Record text without painting glyphs: SVG writes it as text. */
  CHART_DRAW_TEXT_AS_ELEMENTS = 1 << 0,
} ChartDrawFlags;

struct _PuenteChartLayout
{
  const PuenteChartData *data;
  PuenteChartKind        kind;
  double                 label_size;
  ChartRect              plot;
  /* Years (lines, areas, fans). */
  double                 x0, dx;
  double                 y_lo, y_hi;
  gboolean               has_diff;
  ChartRect              diff_plot;
  double                 diff_lo, diff_hi;
  /* Bars. */
  GArray                *bars; /* ChartBar */
  /* Sankey: one of each per data node and link, per panel (A | B: A's,
   * then B's). */
  GArray                *nodes; /* ChartNode */
  GArray                *links; /* ChartLink */
  guint                  n_panels;
  guint                  panel_slot[PUENTE_N_SCENARIO_SLOTS];
  /* Every text drawn. */
  GArray                *texts; /* ChartText */
};

typedef struct
{
  cairo_t                *cr;
  const PuenteChartData  *data;
  const PuenteChartStyle *style;
  PuenteChartMetrics      m;
  PangoContext           *pango;
  PangoFontDescription   *fonts[N_FONTS];
  PuenteChartLayout      *layout;
  double                  width, height;
  gboolean                diff_axis; /* ticks of the B - A panel */
  ChartDrawFlags          flags;
  cairo_matrix_t          from_device; /* the surface's units -> chart space */
} ChartContext;

/* puente_chart_draw () with @flags. */
PuenteChartLayout *chart_draw_full (const PuenteChartData  *data,
                                    const PuenteChartStyle *style,
                                    cairo_t                *cr,
                                    double                  width,
                                    double                  height,
                                    ChartDrawFlags          flags);

/* The texts of @layout as SVG <text> elements, in the surface's units,
 * in a <g> of their own (puente-chart-svg.c). */
char              *chart_texts_to_svg (const PuenteChartLayout *layout);

char              *chart_text (ChartContext     *ctx,
                               const PuenteText *text);
/* A msgid of the chart's words (N_()) in the chart's language. */
char              *chart_tr (ChartContext *ctx,
                             const char   *msgid);
PangoLayout       *chart_layout_text (ChartContext *ctx,
                                      ChartFont     font,
                                      const char   *text,
                                      double        max_width,
                                      gboolean      wrap);
void               chart_layout_size (PangoLayout *layout,
                                      double      *width,
                                      double      *height);
double             chart_text_width (ChartContext *ctx,
                                     ChartFont     font,
                                     const char   *text);
double             chart_line_height (ChartContext *ctx,
                                      ChartFont     font);
/* Draws @layout with its top-left (xalign 0), centre (0.5) or right (1)
 * at (x, y) in the current user space (rotated text too), and records it
 * in the layout's texts. Leaves no current point. */
void               chart_show_layout (ChartContext    *ctx,
                                      PangoLayout     *layout,
                                      double           x,
                                      double           y,
                                      double           xalign,
                                      const PuenteRgb *colour);
void               chart_set_rgb (ChartContext    *ctx,
                                  const PuenteRgb *colour,
                                  double           alpha);
PuenteRgb          chart_colour (ChartContext *ctx,
                                 int           index);
/* Value formatting for ticks and labels. */
char              *chart_format_value (ChartContext *ctx,
                                       double        value);
char              *chart_format_tick (ChartContext *ctx,
                                      double        value,
                                      double        divisor,
                                      double        step);
/* The value axis title with its scale word ("Vehicles (millions)"). */
char              *chart_axis_title (ChartContext *ctx,
                                     int           scale);
/* Y ticks: gridlines across @plot, labels right-aligned at @label_right. */
void               chart_draw_value_axis_h (ChartContext    *ctx,
                                            const ChartRect *plot,
                                            double           lo,
                                            double           hi,
                                            double           step,
                                            double           divisor,
                                            double           label_right);
void               chart_clip (ChartContext    *ctx,
                               const ChartRect *rect);

/* The kinds. Each lays out and draws inside @area. */
void               chart_draw_years (ChartContext    *ctx,
                                     const ChartRect *area);
void               chart_draw_bars (ChartContext    *ctx,
                                    const ChartRect *area);
void               chart_draw_hbars (ChartContext    *ctx,
                                     const ChartRect *area);
void               chart_draw_sankey (ChartContext    *ctx,
                                      const ChartRect *area);

gboolean           chart_hit_years (const PuenteChartLayout *layout,
                                    double                   x,
                                    double                   y,
                                    PuenteChartHit          *hit);
gboolean           chart_hit_sankey (const PuenteChartLayout *layout,
                                     double                   x,
                                     double                   y,
                                     PuenteChartHit          *hit);

static inline gboolean
chart_rect_contains (const ChartRect *r,
                     double           x,
                     double           y)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}

G_END_DECLS
