/* puente-point-painter.h: base of the layers of proportional point symbols
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ports of entry and transit cities are drawn alike: a symbol per place,
 * its area proportional to one indicator and its colour a class of
 * another. A subclass sets its PuentePointSpec (puente-map-points-private.h)
 * and its texts in class_init; the base draws, hit-tests, describes and
 * explains the symbols in the legend, and keeps the size reference and
 * colour classes per generation of the context's results.
 */
#pragma once

#include "puente-map-painter.h"

G_BEGIN_DECLS

typedef struct _PuentePointSpec PuentePointSpec;

#define PUENTE_TYPE_POINT_PAINTER (puente_point_painter_get_type ())

G_DECLARE_DERIVABLE_TYPE (PuentePointPainter, puente_point_painter, PUENTE, POINT_PAINTER, PuenteMapPainter)

struct _PuentePointPainterClass
{
  PuenteMapPainterClass  parent_class;

  /* What the symbols show. */
  const PuentePointSpec *spec;
  /* Untranslated (marked N_) legend subtitles over the colour classes: for
   * values, and for B − A. */
  const char            *colour_title;
  const char            *colour_difference_title;

  /* Translated texts with the layer's numbers in them: a place's tooltip,
   * the legend's title for @year, and the text of the size key. */
  char *(*format_tooltip) (PuentePointPainter *self,
                           const char         *name,
                           const char         *size_text,
                           const char         *colour_text);
  char *(*format_legend_title) (PuentePointPainter *self,
                                int                 year);
  char *(*format_size_key) (PuentePointPainter *self,
                            const char         *number);

  gpointer padding[4];
};

G_END_DECLS
