/* puente-chart-style.h: type sizes, colours and language of a drawing
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "puente-i18n.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_CHART_STYLE_REPORT,       /* print: compact type, thin lines */
  PUENTE_CHART_STYLE_PRESENTATION, /* projector: large type, thick lines */
  PUENTE_CHART_STYLE_ROOM,         /* Present mode: no text under
                                     * PUENTE_CHART_ROOM_MIN_TEXT px */
} PuenteChartPreset;

/* The smallest text of the ROOM preset, in CSS pixels: readable from the
 * back of a meeting room on a 1920x1080 projector. */
#define PUENTE_CHART_ROOM_MIN_TEXT 18.0

typedef struct
{
  PuenteLang        lang;
  PuenteChartPreset preset;
  gboolean          dark;
  /* Pure black (or white) text, darker grid and a palette whose every
   * colour keeps 3:1 against the background (WCAG's contrast for
   * graphics), still Okabe–Ito's colour-blind-safe hues. */
  gboolean          high_contrast;
} PuenteChartStyle;

typedef struct
{
  double r, g, b;
} PuenteRgb;

/* Sizes in user units (1/96 inch: CSS pixels). A chart exported at a
 * physical size prints at these sizes: the report preset's smallest, 11
 * px, is 8.25 pt. */
typedef struct
{
  const char *font_family;
  double      title_size;
  double      subtitle_size;
  double      label_size; /* ticks, legend, Sankey names */
  double      small_size; /* value labels, Sankey values, keys */
  double      source_size;
  double      line_width;
  double      padding;
  PuenteRgb   background;
  PuenteRgb   plot_background;
  PuenteRgb   text;
  PuenteRgb   muted; /* subtitles, source line, axis titles */
  PuenteRgb   grid;
  PuenteRgb   axis;
} PuenteChartMetrics;

/* Named palette slots (Okabe & Ito 2008, colour-blind safe). */
enum {
  PUENTE_COLOUR_BLUE,
  PUENTE_COLOUR_VERMILLION,
  PUENTE_COLOUR_GREEN, /* bluish green */
  PUENTE_COLOUR_ORANGE,
  PUENTE_COLOUR_PURPLE, /* reddish purple */
  PUENTE_COLOUR_SKY,
  PUENTE_COLOUR_NEUTRAL, /* black on light, light grey on dark */
  PUENTE_COLOUR_YELLOW,
  PUENTE_COLOUR_GREY, /* for "the rest" (combustion vehicles) */
  PUENTE_N_COLOURS
};
/* Series without a chosen colour cycle through the first eight. */
#define PUENTE_N_CYCLE_COLOURS 8

void      puente_chart_style_init (PuenteChartStyle *style);
gboolean  puente_chart_preset_from_string (const char        *text,
                                           PuenteChartPreset *preset);
void      puente_chart_style_get_metrics (const PuenteChartStyle *style,
                                          PuenteChartMetrics     *metrics);
/* The smallest text the style draws (small labels or the source line). */
double    puente_chart_style_get_min_text (const PuenteChartStyle *style);
/* Palette colour @index (wrapping), adjusted for a light or dark background. */
PuenteRgb puente_chart_style_get_colour (const PuenteChartStyle *style,
                                         int                     index);

double    puente_rgb_luminance (const PuenteRgb *colour);
double    puente_rgb_contrast (const PuenteRgb *a,
                               const PuenteRgb *b);

/* How opaque the background behind a label drawn over a Sankey band is:
 * enough that muted text keeps 4.5:1 over any palette colour. */
#define PUENTE_CHART_BACKDROP_ALPHA 0.92

G_END_DECLS
