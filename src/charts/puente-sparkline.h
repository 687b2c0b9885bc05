/* puente-sparkline.h: a word-sized line chart for indicator cards
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double rgba_a[4]; /* scenario A */
  double rgba_b[4]; /* scenario B */
  double rgba_marker[4];
  double line_width;
} PuenteSparklineStyle;

/* Okabe–Ito blue and vermilion, on light or dark backgrounds. */
void puente_sparkline_style_default (PuenteSparklineStyle *style,
                                     gboolean              dark);

/* Draws @a (and @b when not NULL) over @n_years values into the
 * rectangle, on one shared vertical scale, with a marker at @marker_index
 * (or none when negative). NaN values break the line. Nothing is drawn
 * outside the rectangle. */
void puente_sparkline_draw (cairo_t                    *cr,
                            double                      x,
                            double                      y,
                            double                      width,
                            double                      height,
                            const double               *a,
                            const double               *b,
                            guint                       n_years,
                            int                         marker_index,
                            const PuenteSparklineStyle *style);

G_END_DECLS
