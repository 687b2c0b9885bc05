/* puente-map-style.c: colour ramps, classes and legend drawing for layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>

#include "puente-map-style.h"

/* Nine evenly spaced stops of each ramp (matplotlib's viridis, cividis and
 * magma; ColorBrewer's PuOr, reversed so that more is purple). */
static const guint32 ramps[][9] = {
  [PUENTE_MAP_RAMP_VIRIDIS] = { 0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                0x28ae80, 0x5ec962, 0xaddc30, 0xfde725 },
  [PUENTE_MAP_RAMP_CIVIDIS] = { 0x00204c, 0x213d6b, 0x4c546c, 0x666970, 0x7f7f78,
                                0x9b9677, 0xb8ae6f, 0xd8c95e, 0xfee838 },
  [PUENTE_MAP_RAMP_MAGMA] = { 0x1c1044, 0x3b0f70, 0x641a80, 0x8c2981, 0xb73779,
                              0xde4968, 0xf7705c, 0xfe9f6d, 0xfecf92 },
  [PUENTE_MAP_RAMP_DIVERGING] = { 0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf2f2f2,
                                  0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788 },
};

static PuenteRgb
rgb_from_hex (guint32 c)
{
  PuenteRgb rgb = { ((c >> 16) & 0xff) / 255.0, ((c >> 8) & 0xff) / 255.0, (c & 0xff) / 255.0 };

  return rgb;
}

PuenteRgb
puente_map_ramp_colour (PuenteMapRamp ramp,
                        guint         index,
                        guint         n)
{
  const guint32 *stops;
  double         t, f;
  guint          i;
  PuenteRgb      a, b, out;

  g_return_val_if_fail ((guint) ramp < G_N_ELEMENTS (ramps), rgb_from_hex (0x808080));

  stops = ramps[ramp];
  t = n > 1 ? (double) MIN (index, n - 1) / (n - 1) : 0.5;
  /* Diverging ramps keep their light middle for the middle class. */
  f = t * 8.0;
  i = (guint) floor (f);
  if (i >= 8)
    return rgb_from_hex (stops[8]);
  f -= i;
  a = rgb_from_hex (stops[i]);
  b = rgb_from_hex (stops[i + 1]);
  out.r = a.r + (b.r - a.r) * f;
  out.g = a.g + (b.g - a.g) * f;
  out.b = a.b + (b.b - a.b) * f;
  return out;
}

int
puente_map_classes_find (const PuenteMapClasses *classes,
                         double                  value)
{
  guint i;

  g_return_val_if_fail (classes != NULL, -1);

  if (isnan (value) || classes->n_classes == 0)
    return -1;
  for (i = 0; i + 1 < classes->n_classes; i++)
    if (value < classes->breaks[i])
      break;
  return (int) i;
}

gboolean
puente_map_classes_colour (const PuenteMapClasses *classes,
                           double                  value,
                           PuenteRgb              *rgb)
{
  int index = puente_map_classes_find (classes, value);

  if (index < 0)
    {
      *rgb = rgb_from_hex (0x9a9996);
      return FALSE;
    }
  *rgb = puente_map_ramp_colour (classes->ramp, index, classes->n_classes);
  return TRUE;
}

void
puente_map_classes_init (PuenteMapClasses *classes,
                         PuenteMapRamp     ramp,
                         const double     *breaks,
                         guint             n_breaks)
{
  g_return_if_fail (classes != NULL);
  g_return_if_fail (n_breaks < PUENTE_MAP_MAX_CLASSES);

  classes->ramp = ramp;
  classes->n_classes = n_breaks + 1;
  for (guint i = 0; i < n_breaks; i++)
    classes->breaks[i] = breaks[i];
}

double
puente_map_round_nice (double value)
{
  double magnitude;

  if (value == 0 || !isfinite (value))
    return value;
  magnitude = pow (10, floor (log10 (fabs (value))) - 1);
  return round (value / magnitude) * magnitude;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values with the NANs dropped; returns how many are left. */
static guint
sort_finite (double *values,
             guint   n_values)
{
  guint n = 0;

  for (guint i = 0; i < n_values; i++)
    if (isfinite (values[i]))
      values[n++] = values[i];
  qsort (values, n, sizeof (double), compare_double);
  return n;
}

void
puente_map_classes_quantiles (PuenteMapClasses *classes,
                              PuenteMapRamp     ramp,
                              double           *values,
                              guint             n_values,
                              guint             n_classes)
{
  guint  n;
  double breaks[PUENTE_MAP_MAX_CLASSES - 1];
  guint  n_breaks = 0;

  g_return_if_fail (classes != NULL);
  g_return_if_fail (n_classes >= 2 && n_classes <= PUENTE_MAP_MAX_CLASSES);

  n = sort_finite (values, n_values);
  for (guint k = 1; k < n_classes && n > 0; k++)
    {
      double q = puente_map_round_nice (values[MIN (n - 1, (guint) ((double) k * n / n_classes))]);

      /* Thresholds above the smallest value, increasing. */
      if (q <= values[0] || (n_breaks > 0 && q <= breaks[n_breaks - 1]))
        continue;
      breaks[n_breaks++] = q;
    }
  puente_map_classes_init (classes, ramp, breaks, n_breaks);
}

void
puente_map_classes_diverging (PuenteMapClasses *classes,
                              double           *values,
                              guint             n_values)
{
  static const double quantiles[] = { 0.35, 0.7, 0.92 };
  double              t[3] = { 0 };
  double              breaks[6];
  guint               n;

  g_return_if_fail (classes != NULL);

  for (guint i = 0; i < n_values; i++)
    values[i] = fabs (values[i]);
  n = sort_finite (values, n_values);
  for (guint k = 0; k < 3 && n > 0; k++)
    t[k] = puente_map_round_nice (values[MIN (n - 1, (guint) (quantiles[k] * n))]);
  /* No difference at all, or a few: still seven increasing thresholds. */
  if (t[2] <= 0)
    t[2] = 1;
  if (t[1] <= 0 || t[1] >= t[2])
    t[1] = t[2] / 2;
  if (t[0] <= 0 || t[0] >= t[1])
    t[0] = t[1] / 4;

  breaks[0] = -t[2];
  breaks[1] = -t[1];
  breaks[2] = -t[0];
  breaks[3] = t[0];
  breaks[4] = t[1];
  breaks[5] = t[2];
  puente_map_classes_init (classes, PUENTE_MAP_RAMP_DIVERGING, breaks, 6);
}

/* ---- legends ---------------------------------------------------------- */

void
puente_map_legend_style_init (PuenteMapLegendStyle *style,
                              PuenteBasemapStyle    map_style)
{
  gboolean dark = map_style == PUENTE_BASEMAP_STYLE_DARK;

  g_return_if_fail (style != NULL);

  style->style = map_style;
  style->font_size = 12.0;
  style->text = dark ? rgb_from_hex (0xeeeeec) : rgb_from_hex (0x241f31);
  style->muted = dark ? rgb_from_hex (0xb0afac) : rgb_from_hex (0x5e5c64);
  style->background = dark ? rgb_from_hex (0x242424) : rgb_from_hex (0xffffff);
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             double      width,
             gboolean    bold)
{
  PangoLayout *layout;
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
  cairo_surface_t      *surface = NULL;
  cairo_t              *measure = cr;
  cairo_font_options_t *options = cairo_font_options_create ();

  if (measure == NULL)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      measure = cairo_create (surface);
    }
  layout = pango_cairo_create_layout (measure);
  /* The same metrics on screen, in PNG, SVG and PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_family (desc, "Cantarell,DejaVu Sans,Sans");
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);

  if (surface != NULL)
    {
      cairo_destroy (measure);
      cairo_surface_destroy (surface);
    }
  return layout;
}

double
puente_map_legend_text (cairo_t                    *cr,
                        const PuenteMapLegendStyle *style,
                        const char                 *text,
                        double                      x,
                        double                      y,
                        double                      width,
                        gboolean                    bold,
                        gboolean                    muted)
{
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  g_return_val_if_fail (style != NULL, 0);

  if (text == NULL || *text == '\0')
    return 0;

  layout = make_layout (cr, text, muted ? style->font_size * 0.9 : style->font_size, width, bold);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (cr != NULL)
    {
      const PuenteRgb *c = muted ? &style->muted : &style->text;

      cairo_set_source_rgb (cr, c->r, c->g, c->b);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      /* No current point left behind: a shape drawn next starts afresh. */
      cairo_new_path (cr);
    }
  return h;
}

/* A strip of swatches, thresholds written under the joins between them. */
double
puente_map_legend_classes (cairo_t                    *cr,
                           const PuenteMapLegendStyle *style,
                           const PuenteMapClasses     *classes,
                           char *(*format_value) (double   value,
                                                  gpointer user_data),
                           gpointer user_data,
                           double   x,
                           double   y,
                           double   width)
{
  PuenteMapLegendStyle small = *style;
  double               swatch_h = style->font_size * 0.9;
  double               w, label_h = 0;

  if (classes->n_classes == 0)
    return 0;
  small.font_size = style->font_size * 0.85;
  w = width / classes->n_classes;

  for (guint i = 0; i < classes->n_classes; i++)
    {
      if (cr != NULL)
        {
          PuenteRgb c = puente_map_ramp_colour (classes->ramp, i, classes->n_classes);

          cairo_rectangle (cr, x + i * w, y, w, swatch_h);
          cairo_set_source_rgb (cr, c.r, c.g, c.b);
          cairo_fill (cr);
        }
      if (i > 0)
        {
          g_autofree char *text = format_value (classes->breaks[i - 1], user_data);
          double           h = puente_map_legend_text (NULL, &small, text, 0, 0, -1, FALSE, FALSE);

          label_h = MAX (label_h, h);
          if (cr != NULL)
            {
              g_autoptr(PangoLayout) layout = make_layout (cr, text, small.font_size, -1, FALSE);
              int tw, th;

              pango_layout_get_pixel_size (layout, &tw, &th);
              /* Every other label when they would collide. */
              if (tw > w * 0.95 && classes->n_classes > 4 && i % 2 == 0)
                continue;
              cairo_move_to (cr, x + i * w, y + swatch_h);
              cairo_line_to (cr, x + i * w, y + swatch_h + 3);
              cairo_set_source_rgba (cr, style->text.r, style->text.g, style->text.b, 0.6);
              cairo_set_line_width (cr, 1);
              cairo_stroke (cr);
              cairo_set_source_rgb (cr, style->text.r, style->text.g, style->text.b);
              cairo_move_to (cr, CLAMP (x + i * w - tw / 2.0, x, x + width - tw), y + swatch_h + 3);
              pango_cairo_show_layout (cr, layout);
            }
        }
    }
  if (cr != NULL)
    {
      cairo_rectangle (cr, x + 0.5, y + 0.5, width - 1, swatch_h - 1);
      cairo_set_source_rgba (cr, style->text.r, style->text.g, style->text.b, 0.25);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  return swatch_h + 3 + label_h;
}

double
puente_map_legend_size_key (cairo_t                    *cr,
                            const PuenteMapLegendStyle *style,
                            double                      max_radius,
                            double                      value,
                            double                      reference,
                            const char                 *text,
                            double                      x,
                            double                      y,
                            double                      width)
{
  double r;

  g_return_val_if_fail (style != NULL, 0);

  r = max_radius * sqrt (value / reference);
  if (cr != NULL)
    {
      cairo_new_path (cr);
      cairo_arc (cr, x + max_radius, y + 4 + r, r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, style->text.r, style->text.g, style->text.b, 0.7);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  puente_map_legend_text (cr, style, text, x + 2 * max_radius + 8, y + 4 + r - style->font_size * 0.7,
                          width - 2 * max_radius - 8, FALSE, FALSE);
  return 2 * r + 8;
}
