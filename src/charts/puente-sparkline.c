/* puente-sparkline.c: a word-sized line chart for indicator cards
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "puente-sparkline.h"

#include <math.h>

static void
set_rgba (cairo_t      *cr,
          const double *rgba)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

void
puente_sparkline_style_default (PuenteSparklineStyle *style,
                                gboolean              dark)
{
  /* Okabe–Ito: blue #0072B2 and vermilion #D55E00; on dark, sky blue
   * #56B4E9 and orange #E69F00. */
  const double blue[4] = { 0x00 / 255.0, 0x72 / 255.0, 0xb2 / 255.0, 1.0 };
  const double sky[4] = { 0x56 / 255.0, 0xb4 / 255.0, 0xe9 / 255.0, 1.0 };
  const double vermilion[4] = { 0xd5 / 255.0, 0x5e / 255.0, 0x00 / 255.0, 1.0 };
  const double orange[4] = { 0xe6 / 255.0, 0x9f / 255.0, 0x00 / 255.0, 1.0 };

  g_return_if_fail (style != NULL);

  for (guint i = 0; i < 4; i++)
    {
      style->rgba_a[i] = dark ? sky[i] : blue[i];
      style->rgba_b[i] = dark ? orange[i] : vermilion[i];
      style->rgba_marker[i] = dark ? 1.0 : 0.0;
    }
  style->rgba_marker[3] = 0.35;
  style->line_width = 2.0;
}

static void
series_range (const double *values,
              guint         n,
              double       *lo,
              double       *hi)
{
  if (values == NULL)
    return;

  for (guint i = 0; i < n; i++)
    if (isfinite (values[i]))
      {
        *lo = MIN (*lo, values[i]);
        *hi = MAX (*hi, values[i]);
      }
}

static void
draw_series (cairo_t      *cr,
             const double *values,
             guint         n,
             double        x,
             double        y,
             double        width,
             double        height,
             double        lo,
             double        hi)
{
  gboolean pen_down = FALSE;

  for (guint i = 0; i < n; i++)
    {
      double px, py;

      if (!isfinite (values[i]))
        {
          pen_down = FALSE;
          continue;
        }

      px = x + (n > 1 ? width * i / (n - 1) : width / 2);
      py = y + height - (values[i] - lo) / (hi - lo) * height;
      if (pen_down)
        cairo_line_to (cr, px, py);
      else
        cairo_move_to (cr, px, py);
      pen_down = TRUE;
    }
  cairo_stroke (cr);
}

void
puente_sparkline_draw (cairo_t                    *cr,
                       double                      x,
                       double                      y,
                       double                      width,
                       double                      height,
                       const double               *a,
                       const double               *b,
                       guint                       n_years,
                       int                         marker_index,
                       const PuenteSparklineStyle *style)
{
  double lo = INFINITY, hi = -INFINITY;
  double inset;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (a == NULL || n_years == 0 || width <= 0 || height <= 0)
    return;

  series_range (a, n_years, &lo, &hi);
  series_range (b, n_years, &lo, &hi);
  if (!isfinite (lo) || !isfinite (hi))
    return;
  if (hi - lo < 1e-12 * MAX (1.0, fabs (hi)))
    {
      /* A flat line sits in the middle. */
      lo -= 1.0;
      hi += 1.0;
    }

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);

  /* Keep the stroke inside the rectangle. */
  inset = style->line_width;
  x += inset;
  y += inset;
  width -= 2 * inset;
  height -= 2 * inset;

  cairo_set_line_width (cr, style->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (marker_index >= 0 && (guint) marker_index < n_years && n_years > 1)
    {
      double mx = x + width * marker_index / (n_years - 1);

      set_rgba (cr, style->rgba_marker);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, round (mx) + 0.5, y - inset);
      cairo_line_to (cr, round (mx) + 0.5, y + height + inset);
      cairo_stroke (cr);
      cairo_set_line_width (cr, style->line_width);
    }

  if (b != NULL)
    {
      static const double dash[] = { 4.0, 3.0 };

      set_rgba (cr, style->rgba_b);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      draw_series (cr, b, n_years, x, y, width, height, lo, hi);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  set_rgba (cr, style->rgba_a);
  draw_series (cr, a, n_years, x, y, width, height, lo, hi);

  cairo_restore (cr);
}
