/* puente-point-painter.c: base of the layers of proportional point symbols
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-i18n.h"
#include "puente-map-points-private.h"
#include "puente-point-painter.h"

typedef struct
{
  PuentePoints points;
} PuentePointPainterPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PuentePointPainter, puente_point_painter, PUENTE_TYPE_MAP_PAINTER)

static const PuentePointSpec *
get_spec (PuenteMapPainter *painter)
{
  return PUENTE_POINT_PAINTER_GET_CLASS (painter)->spec;
}

static PuentePoints *
get_points (PuenteMapPainter *painter)
{
  PuentePointPainterPrivate *priv = puente_point_painter_get_instance_private (PUENTE_POINT_PAINTER (painter));

  return &priv->points;
}

static gboolean
point_layer_is_available (PuenteMapPainter *painter)
{
  return puente_points_is_available (puente_map_painter_get_context (painter), get_spec (painter));
}

static void
point_layer_draw (PuenteMapPainter     *painter,
                  cairo_t              *cr,
                  const PuenteMapFrame *frame)
{
  puente_points_draw (get_points (painter), puente_map_painter_get_context (painter), cr, frame);
}

static char *
point_layer_hit_test (PuenteMapPainter     *painter,
                      const PuenteMapFrame *frame,
                      double                x,
                      double                y)
{
  return puente_points_hit_test (get_points (painter), puente_map_painter_get_context (painter), frame, x, y);
}

static char *
point_layer_describe (PuenteMapPainter *painter,
                      const char       *id)
{
  const char      *name;
  g_autofree char *size_text = NULL;
  g_autofree char *colour_text = NULL;

  if (!puente_points_describe (puente_map_painter_get_context (painter), get_spec (painter), id, &name, &size_text,
                               &colour_text))
    return NULL;
  return PUENTE_POINT_PAINTER_GET_CLASS (painter)->format_tooltip (PUENTE_POINT_PAINTER (painter), name, size_text,
                                                                   colour_text);
}

static double
point_layer_draw_legend (PuenteMapPainter           *painter,
                         cairo_t                    *cr,
                         const PuenteMapLegendStyle *legend,
                         double                      x,
                         double                      y,
                         double                      width)
{
  PuentePointPainter      *self = PUENTE_POINT_PAINTER (painter);
  PuentePointPainterClass *klass = PUENTE_POINT_PAINTER_GET_CLASS (self);
  PuenteMapContext        *context = puente_map_painter_get_context (painter);
  g_autofree char         *key_number = puente_points_key_number (get_points (painter), context);
  g_autofree char         *title = klass->format_legend_title (self, puente_map_context_get_year (context));
  g_autofree char         *key_text = klass->format_size_key (self, key_number);

  /* The subclass marked them for translation (N_). */
  return puente_points_legend (get_points (painter), context, cr, legend, title,
                               puente_gettext (puente_map_context_get_language (context),
                                               puente_map_context_is_difference (context)
                                                 ? klass->colour_difference_title
                                                 : klass->colour_title),
                               key_text, x, y, width);
}

static void
point_layer_collect_marks (PuenteMapPainter     *painter,
                           const PuenteMapFrame *frame,
                           PuenteMapMarks       *marks)
{
  puente_points_collect_marks (get_points (painter), puente_map_painter_get_context (painter), frame, marks);
}

static void
puente_point_painter_constructed (GObject *object)
{
  PuenteMapPainter *painter = PUENTE_MAP_PAINTER (object);

  g_assert (get_spec (painter) != NULL);
  puente_points_init (get_points (painter), get_spec (painter));

  G_OBJECT_CLASS (puente_point_painter_parent_class)->constructed (object);
}

static void
puente_point_painter_finalize (GObject *object)
{
  puente_points_clear (get_points (PUENTE_MAP_PAINTER (object)));

  G_OBJECT_CLASS (puente_point_painter_parent_class)->finalize (object);
}

static void
puente_point_painter_class_init (PuentePointPainterClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  PuenteMapPainterClass *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);

  object_class->constructed = puente_point_painter_constructed;
  object_class->finalize = puente_point_painter_finalize;
  painter_class->is_available = point_layer_is_available;
  painter_class->draw = point_layer_draw;
  painter_class->hit_test = point_layer_hit_test;
  painter_class->describe = point_layer_describe;
  painter_class->draw_legend = point_layer_draw_legend;
  painter_class->collect_marks = point_layer_collect_marks;
}

static void
puente_point_painter_init (PuentePointPainter *self)
{
}
