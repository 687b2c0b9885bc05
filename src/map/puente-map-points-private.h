/* puente-map-points-private.h: proportional symbols for point layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ports (squares) and transit cities (discs) are both symbols sized by
 * one indicator and coloured by classes of another, per place id in the
 * results. A PuentePointPainter subclass describes itself in a
 * PuentePointSpec; the base keeps a PuentePoints and the functions here
 * do the rest.
 */
#pragma once

#include "puente-point-painter.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  double      latitude;
  double      longitude;
} PuentePlace;

/* Text for a colour value (@difference: a value of B − A). */
typedef char *(*PuentePointsFormat) (double     value,
                                     gboolean   difference,
                                     PuenteLang lang);

struct _PuentePointSpec
{
  const char   *size_indicator;
  const char   *colour_indicator;
  PuenteMapRamp ramp;
  double        max_radius;
  const double *breaks; /* fixed classes, or NULL: quantiles */
  guint         n_breaks;
  gboolean      square; /* squares, else discs */
  /* The dataset's places: how many, and the id and position of one. */
  guint (*get_n_places) (const PuenteDataset *dataset);
  void (*get_place) (const PuenteDataset *dataset,
                     guint                index,
                     PuentePlace         *place);
  /* For tooltips. */
  PuentePointsFormat format_colour;
  /* For the legend's classes. */
  PuentePointsFormat format_threshold;
  /* The places are named on the map from this zoom on. */
  double             label_min_zoom;
};

/* What a point layer keeps between frames: its places, and the size
 * reference and colour classes of the context's generation. */
typedef struct
{
  const PuentePointSpec *spec;
  GArray                *places;
  double                 reference;
  PuenteMapClasses       classes;
  guint                  generation;
  gboolean               valid;
} PuentePoints;

/* Whether the dataset has the spec's places and the results its
 * indicators. */
gboolean puente_points_is_available (PuenteMapContext      *context,
                                     const PuentePointSpec *spec);
/* Draws the spec's symbols once, without a layer (nothing when they are
 * not available). */
void     puente_points_paint (PuenteMapContext      *context,
                              const PuentePointSpec *spec,
                              cairo_t               *cr,
                              const PuenteMapFrame  *frame);

void     puente_points_init (PuentePoints          *points,
                             const PuentePointSpec *spec);
void     puente_points_clear (PuentePoints *points);
void     puente_points_draw (PuentePoints         *points,
                             PuenteMapContext     *context,
                             cairo_t              *cr,
                             const PuenteMapFrame *frame);
/* The symbols (obstacles to the names) and the places' names. */
void     puente_points_collect_marks (PuentePoints         *points,
                                      PuenteMapContext     *context,
                                      const PuenteMapFrame *frame,
                                      PuenteMapMarks       *marks);
char    *puente_points_hit_test (PuentePoints         *points,
                                 PuenteMapContext     *context,
                                 const PuenteMapFrame *frame,
                                 double                x,
                                 double                y);
/* The place's name, size and colour as text for a tooltip; FALSE when the
 * place is unknown or has no values. */
gboolean puente_points_describe (PuenteMapContext      *context,
                                 const PuentePointSpec *spec,
                                 const char            *id,
                                 const char           **name,
                                 char                 **size_text,
                                 char                 **colour_text);
/* The number of the size key, as puente_points_legend () draws it. */
char    *puente_points_key_number (PuentePoints     *points,
                                   PuenteMapContext *context);
/* Title, subtitle, colour classes and a size key with @key_text.
 * Returns the height. */
double   puente_points_legend (PuentePoints               *points,
                               PuenteMapContext           *context,
                               cairo_t                    *cr,
                               const PuenteMapLegendStyle *legend,
                               const char                 *title,
                               const char                 *subtitle,
                               const char                 *key_text,
                               double                      x,
                               double                      y,
                               double                      width);

G_END_DECLS
