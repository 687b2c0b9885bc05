/* puente-map-points-private.h: proportional symbols for point layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ports and transit cities are both circles sized by one indicator and
 * coloured by classes of another, per place id in the results.
 */
#pragma once

#include "puente-map-layer.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  double      latitude;
  double      longitude;
} PuentePlace;

typedef struct
{
  const char *id;
  double      x, y, r;
  double      size;
  double      colour;
} PuentePointSymbol;

typedef struct
{
  const char   *size_indicator;
  const char   *colour_indicator;
  PuenteMapRamp ramp;
  double        max_radius;
  const double *breaks;         /* fixed classes, or NULL: quantiles */
  guint         n_breaks;
} PuentePointSpec;

/* Size and colour of @id as the context shows them. */
gboolean puente_points_get_values (PuenteMapContext      *context,
                                   const PuentePointSpec *spec,
                                   const char            *id,
                                   double                *size,
                                   double                *colour);
double   puente_points_reference  (PuenteMapContext      *context,
                                   const PuentePointSpec *spec,
                                   const PuentePlace     *places,
                                   guint                  n_places);
void     puente_points_classes    (PuenteMapContext      *context,
                                   const PuentePointSpec *spec,
                                   const PuentePlace     *places,
                                   guint                  n_places,
                                   PuenteMapClasses      *classes);
/* Symbols in drawing order (largest first). */
GArray  *puente_points_layout     (PuenteMapContext      *context,
                                   const PuentePointSpec *spec,
                                   const PuentePlace     *places,
                                   guint                  n_places,
                                   double                 reference,
                                   const PuenteMapFrame  *frame);
void     puente_points_paint      (PuenteMapContext       *context,
                                   GArray                 *symbols,
                                   const PuenteMapClasses *classes,
                                   cairo_t                *cr,
                                   gboolean                square);
char    *puente_points_hit_test   (GArray                 *symbols,
                                   double                  x,
                                   double                  y);
/* A size key: a circle for half the reference, with its text. */
double   puente_points_size_key   (cairo_t                    *cr,
                                   const PuenteMapLegendStyle *legend,
                                   const PuentePointSpec      *spec,
                                   double                      reference,
                                   const char                 *text,
                                   double                      x,
                                   double                      y,
                                   double                      width);

G_END_DECLS
