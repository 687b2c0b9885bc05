/* puente-chart.h: draw a chart on any cairo_t, and find what is under a point
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's chart widget calls puente_chart_draw () from its snapshot
 * (gtk_snapshot_append_cairo); the exports call it on image, SVG and PDF
 * surfaces. Same data, same style: same picture.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "puente-chart-data.h"
#include "puente-chart-style.h"

G_BEGIN_DECLS

typedef struct _PuenteChartLayout PuenteChartLayout;

typedef enum {
  PUENTE_CHART_HIT_NONE,
  PUENTE_CHART_HIT_POINT, /* a series at a year (lines, areas, fans) */
  PUENTE_CHART_HIT_BAR,   /* a series at a category */
  PUENTE_CHART_HIT_NODE,  /* Sankey node */
  PUENTE_CHART_HIT_LINK,  /* Sankey link */
} PuenteChartHitKind;

typedef struct
{
  PuenteChartHitKind kind;
  int                series;     /* index in data->series, or -1 */
  guint              slot;       /* PUENTE_SCENARIO_A or _B */
  gboolean           difference; /* in the B - A panel */
  int                point;      /* year index or category index, or -1 */
  int                year;       /* the year, or 0 */
  double             value;      /* as stored (shares 0..1) */
  int                node;       /* Sankey node, or -1 */
  int                link;       /* Sankey link, or -1 */
} PuenteChartHit;

/* Draws @data in a @width x @height box (user units, 1/96 inch) at the
 * origin of @cr, and returns the geometry for hit testing (free it with
 * puente_chart_layout_free). The layout borrows @data: keep it alive. */
PuenteChartLayout *puente_chart_draw (const PuenteChartData  *data,
                                      const PuenteChartStyle *style,
                                      cairo_t                *cr,
                                      double                  width,
                                      double                  height);
void               puente_chart_layout_free (PuenteChartLayout *layout);
/* The plot area (inside the axes) in user units. */
void               puente_chart_layout_get_plot (const PuenteChartLayout *layout,
                                                 double                  *x,
                                                 double                  *y,
                                                 double                  *width,
                                                 double                  *height);
/* Charts over years: where (@point, @value) of the main plot is drawn
 * (for a hover marker). FALSE for other kinds or out of range. */
gboolean           puente_chart_layout_point_position (const PuenteChartLayout *layout,
                                                       guint                    point,
                                                       double                   value,
                                                       double                  *x,
                                                       double                  *y);
/* Charts over years: a ring on the point under (@x, @y) of the main plot,
 * as the window shows on hover. Starts a new path, so nothing drawn before
 * (text leaves a current point) connects to it. TRUE when it drew one. */
gboolean           puente_chart_draw_hover (const PuenteChartLayout *layout,
                                            const PuenteChartStyle  *style,
                                            cairo_t                 *cr,
                                            double                   x,
                                            double                   y);
/* A text the drawing placed. */
typedef struct
{
  const char *text;  /* as laid out (lines wrapped, not ellipsized) */
  double      x, y;  /* its box in user units (for rotated text, */
  double      width; /*  the box around it) */
  double      height;
  double      ink_x, ink_y; /* the box around its glyphs */
  double      ink_width;
  double      ink_height;
  double      size; /* font size in the surface's units (points in
                             * PDF and SVG, pixels in PNG) */
  guint       n_lines;
  gboolean    ellipsized; /* cut short with "…" */
} PuenteChartText;

/* Every text of the drawing, in the order drawn: tests check that none
 * overlaps another, none is cut, every one is large enough. */
guint    puente_chart_layout_get_n_texts (const PuenteChartLayout *layout);
void     puente_chart_layout_get_text (const PuenteChartLayout *layout,
                                       guint                    index,
                                       PuenteChartText         *text);
/* What is under (@x, @y): FALSE with hit->kind NONE when nothing is. */
gboolean puente_chart_hit_test (const PuenteChartLayout *layout,
                                double                   x,
                                double                   y,
                                PuenteChartHit          *hit);
/* A value of @data as its read-outs and text alternative write it:
 * shares as percent with one decimal ("45.2%"), amounts compact ("2.1M",
 * "7,922", "12.9"); NAN -> "–". */
char    *puente_chart_format_readout (const PuenteChartData *data,
                                      PuenteLang             lang,
                                      double                 value);
/* A one-line read-out of @hit in the style's language:
 * "United States, 2030: 45.2% (Baseline), 52.1% (ACC II)". */
char    *puente_chart_describe_hit (const PuenteChartData  *data,
                                    const PuenteChartStyle *style,
                                    const PuenteChartHit   *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteChartLayout, puente_chart_layout_free)

G_END_DECLS
