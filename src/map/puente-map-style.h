/* puente-map-style.h: colour ramps, classes and legend drawing for layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layers colour values by classes (a few ranges, each one colour) from
 * colour-blind-safe ramps: viridis, cividis and magma for amounts, purple
 * to orange for differences. Legends are drawn with Cairo and Pango so the
 * window and the exports show the same legend.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "puente-basemap.h"
#include "puente-chart-style.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_MAP_RAMP_VIRIDIS,
  PUENTE_MAP_RAMP_CIVIDIS,
  PUENTE_MAP_RAMP_MAGMA,
  PUENTE_MAP_RAMP_DIVERGING, /* orange (less) - grey - purple (more) */
} PuenteMapRamp;

#define PUENTE_MAP_MAX_CLASSES 9

typedef struct
{
  guint         n_classes;
  /* n_classes - 1 thresholds, increasing: class i holds values in
   * [breaks[i - 1], breaks[i]). */
  double        breaks[PUENTE_MAP_MAX_CLASSES - 1];
  PuenteMapRamp ramp;
} PuenteMapClasses;

/* Colour @index of @n evenly spaced colours of @ramp. */
PuenteRgb puente_map_ramp_colour (PuenteMapRamp ramp,
                                  guint         index,
                                  guint         n);
/* The class of @value (NAN: -1). */
int       puente_map_classes_find (const PuenteMapClasses *classes,
                                   double                  value);
/* Colour of @value; FALSE (and grey) when it has none. */
gboolean  puente_map_classes_colour (const PuenteMapClasses *classes,
                                     double                  value,
                                     PuenteRgb              *rgb);
/* Classes from fixed thresholds. */
void      puente_map_classes_init (PuenteMapClasses *classes,
                                   PuenteMapRamp     ramp,
                                   const double     *breaks,
                                   guint             n_breaks);
/* Quantile classes of @values (NANs skipped), thresholds rounded to two
 * significant digits, duplicates merged. */
void      puente_map_classes_quantiles (PuenteMapClasses *classes,
                                        PuenteMapRamp     ramp,
                                        double           *values,
                                        guint             n_values,
                                        guint             n_classes);
/* Seven classes symmetric around zero for differences of @values. */
void      puente_map_classes_diverging (PuenteMapClasses *classes,
                                        double           *values,
                                        guint             n_values);
/* Rounds to two significant digits. */
double    puente_map_round_nice (double value);

/* ---- legends --------------------------------------------------------- */

typedef struct
{
  PuenteBasemapStyle style;
  double             font_size; /* body text, logical pixels */
  PuenteRgb          text;
  PuenteRgb          muted;
  PuenteRgb          background;
} PuenteMapLegendStyle;

void   puente_map_legend_style_init (PuenteMapLegendStyle *style,
                                     PuenteBasemapStyle    map_style);
/* Draws @text at (@x, @y) within @width (wrapped); returns its height.
 * With @cr NULL, only measures. */
double puente_map_legend_text (cairo_t                    *cr,
                               const PuenteMapLegendStyle *style,
                               const char                 *text,
                               double                      x,
                               double                      y,
                               double                      width,
                               gboolean                    bold,
                               gboolean                    muted);
/* A class legend: a strip of swatches with the thresholds under the joins
 * between them; @format_value turns a threshold into short text. Returns
 * the height. */
double puente_map_legend_classes (cairo_t                    *cr,
                                  const PuenteMapLegendStyle *style,
                                  const PuenteMapClasses     *classes,
                                  char *(*format_value) (double   value,
                                                         gpointer user_data),
                                  gpointer user_data,
                                  double   x,
                                  double   y,
                                  double   width);

/* The key of proportional circles: the outline of the circle for @value
 * (@max_radius wide at @reference) beside @text. Returns the height. */
double puente_map_legend_size_key (cairo_t                    *cr,
                                   const PuenteMapLegendStyle *style,
                                   double                      max_radius,
                                   double                      value,
                                   double                      reference,
                                   const char                 *text,
                                   double                      x,
                                   double                      y,
                                   double                      width);

G_END_DECLS
