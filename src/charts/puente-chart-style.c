/* puente-chart-style.c: type sizes, colours and language of a drawing
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-chart-style.h"

#define RGB(hex)                                                                     \
  {                                                                                  \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) &0xff) / 255.0 \
  }

/* Okabe-Ito, ordered so that the first colours are the most distinct on a
 * white page. A line needs 3:1 against the page (WCAG 1.4.11): orange,
 * sky, reddish purple and the grey are darkened members of their family
 * (3.2-3.3:1, were 2.1-3.1:1), and no yellow reaches 3:1, so its slot is
 * Tol's wine (8.7:1), apart from purple and vermilion by lightness.
 * tests/charts/test-contrast.c checks every colour in both styles. */
static const PuenteRgb light_palette[PUENTE_N_COLOURS] = {
  RGB (0x0072B2),
  RGB (0xD55E00),
  RGB (0x009E73),
  RGB (0xBD8300),
  RGB (0xCA73A3),
  RGB (0x1D96DB),
  RGB (0x3C3C3C),
  RGB (0x882255),
  RGB (0x8F8F8F),
};

/* On dark backgrounds the deep blue and black lose contrast: lighter
 * members of the same family take their place. */
static const PuenteRgb dark_palette[PUENTE_N_COLOURS] = {
  RGB (0x56B4E9),
  RGB (0xE8743B),
  RGB (0x2BC49A),
  RGB (0xE69F00),
  RGB (0xDC93BA),
  RGB (0x9ED2F2),
  RGB (0xC8C8C8),
  RGB (0xF0E442),
  RGB (0x7A7A7A),
};

/* High contrast: the same hues darkened to 3:1 against white (lighter
 * ones only), black for the neutral slot. */
static const PuenteRgb light_high_contrast[PUENTE_N_COLOURS] = {
  RGB (0x0072B2),
  RGB (0xD55E00),
  RGB (0x009E73),
  RGB (0xBF8400),
  RGB (0xCA73A3),
  RGB (0x1D96DB),
  RGB (0x000000),
  RGB (0x9E9100),
  RGB (0x8F8F8F),
};

/* On dark: every colour keeps 5.5:1 already but the grey; white neutral. */
static const PuenteRgb dark_high_contrast[PUENTE_N_COLOURS] = {
  RGB (0x56B4E9),
  RGB (0xE8743B),
  RGB (0x2BC49A),
  RGB (0xE69F00),
  RGB (0xDC93BA),
  RGB (0x9ED2F2),
  RGB (0xFFFFFF),
  RGB (0xF0E442),
  RGB (0xA8A8A8),
};

void
puente_chart_style_init (PuenteChartStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->lang = PUENTE_LANG_EN;
  style->preset = PUENTE_CHART_STYLE_REPORT;
  style->dark = FALSE;
}

gboolean
puente_chart_preset_from_string (const char        *text,
                                 PuenteChartPreset *preset)
{
  g_return_val_if_fail (preset != NULL, FALSE);

  if (g_strcmp0 (text, "report") == 0)
    *preset = PUENTE_CHART_STYLE_REPORT;
  else if (g_strcmp0 (text, "presentation") == 0)
    *preset = PUENTE_CHART_STYLE_PRESENTATION;
  else if (g_strcmp0 (text, "room") == 0)
    *preset = PUENTE_CHART_STYLE_ROOM;
  else
    return FALSE;
  return TRUE;
}

void
puente_chart_style_get_metrics (const PuenteChartStyle *style,
                                PuenteChartMetrics     *m)
{
  static const PuenteRgb white = RGB (0xFFFFFF);
  static const PuenteRgb dark_bg = RGB (0x1E1E1E);
  static const PuenteRgb dark_plot = RGB (0x242424);

  g_return_if_fail (style != NULL && m != NULL);

  memset (m, 0, sizeof *m);
  m->font_family = "Cantarell, DejaVu Sans, sans-serif";
  if (style->preset == PUENTE_CHART_STYLE_ROOM)
    {
      /* Small labels and the source line at 18 px; a 34 px title leaves
       * a plot at 1366x768. */
      m->title_size = 34;
      m->subtitle_size = 24;
      m->label_size = 21;
      m->small_size = PUENTE_CHART_ROOM_MIN_TEXT;
      m->source_size = PUENTE_CHART_ROOM_MIN_TEXT;
      m->line_width = 5;
      m->padding = 24;
    }
  else if (style->preset == PUENTE_CHART_STYLE_PRESENTATION)
    {
      m->title_size = 34;
      m->subtitle_size = 23;
      m->label_size = 20;
      m->small_size = 17.5;
      m->source_size = 15;
      m->line_width = 4.5;
      m->padding = 28;
    }
  else
    {
      m->title_size = 19;
      m->subtitle_size = 13.5;
      m->label_size = 12;
      /* Print: nothing under 8 pt (10.7 px) at a physical size. */
      m->small_size = 11;
      m->source_size = 11;
      m->line_width = 2.25;
      m->padding = 16;
    }

  if (style->dark)
    {
      m->background = dark_bg;
      m->plot_background = dark_plot;
      m->text = (PuenteRgb) RGB (0xF2F2F2);
      m->muted = (PuenteRgb) RGB (0xB0B0B0);
      m->grid = (PuenteRgb) RGB (0x3A3A3A);
      m->axis = (PuenteRgb) RGB (0x8A8A8A);
    }
  else
    {
      m->background = white;
      m->plot_background = white;
      m->text = (PuenteRgb) RGB (0x1A1A1A);
      m->muted = (PuenteRgb) RGB (0x5E5E5E);
      m->grid = (PuenteRgb) RGB (0xE3E3E3);
      m->axis = (PuenteRgb) RGB (0x6E6E6E);
    }

  if (style->high_contrast)
    {
      m->line_width *= 1.25;
      m->text = style->dark ? (PuenteRgb) RGB (0xFFFFFF) : (PuenteRgb) RGB (0x000000);
      m->muted = style->dark ? (PuenteRgb) RGB (0xE0E0E0) : (PuenteRgb) RGB (0x262626);
      m->grid = style->dark ? (PuenteRgb) RGB (0x5A5A5A) : (PuenteRgb) RGB (0xB8B8B8);
      m->axis = m->text;
    }
}

double
puente_chart_style_get_min_text (const PuenteChartStyle *style)
{
  PuenteChartMetrics m;

  g_return_val_if_fail (style != NULL, 0);

  puente_chart_style_get_metrics (style, &m);
  return MIN (MIN (m.label_size, m.small_size), m.source_size);
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* WCAG 2.1 relative luminance of an sRGB colour. */
double
puente_rgb_luminance (const PuenteRgb *colour)
{
  g_return_val_if_fail (colour != NULL, 0);

  return 0.2126 * linear (colour->r) + 0.7152 * linear (colour->g) + 0.0722 * linear (colour->b);
}

/* WCAG 2.1 contrast ratio of two colours, 1 to 21. */
double
puente_rgb_contrast (const PuenteRgb *a,
                     const PuenteRgb *b)
{
  double la = puente_rgb_luminance (a);
  double lb = puente_rgb_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

PuenteRgb
puente_chart_style_get_colour (const PuenteChartStyle *style,
                               int                     index)
{
  gboolean         dark = style != NULL && style->dark;
  const PuenteRgb *palette = dark ? dark_palette : light_palette;

  if (style != NULL && style->high_contrast)
    palette = dark ? dark_high_contrast : light_high_contrast;

  if (index < 0)
    index = 0;
  if (index >= PUENTE_N_COLOURS)
    index %= PUENTE_N_CYCLE_COLOURS;
  return palette[index];
}
