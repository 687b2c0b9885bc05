/* puente-point-layer.c: base of the layers of proportional point symbols
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-i18n.h"
#include "puente-map-points-private.h"
#include "puente-point-layer.h"

typedef struct
{
  PuentePoints points;
} PuentePointLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PuentePointLayer, puente_point_layer, PUENTE_TYPE_MAP_LAYER)

static const PuentePointSpec *
get_spec (PuenteMapLayer *layer)
{
  return PUENTE_POINT_LAYER_GET_CLASS (layer)->spec;
}

static PuentePoints *
get_points (PuenteMapLayer *layer)
{
  PuentePointLayerPrivate *priv = puente_point_layer_get_instance_private (PUENTE_POINT_LAYER (layer));

  return &priv->points;
}

static gboolean
point_layer_is_available (PuenteMapLayer *layer)
{
  return puente_points_is_available (puente_map_layer_get_context (layer), get_spec (layer));
}

static void
point_layer_draw (PuenteMapLayer       *layer,
                  cairo_t              *cr,
                  const PuenteMapFrame *frame)
{
  puente_points_draw (get_points (layer), puente_map_layer_get_context (layer), cr, frame);
}

static char *
point_layer_hit_test (PuenteMapLayer       *layer,
                      const PuenteMapFrame *frame,
                      double                x,
                      double                y)
{
  return puente_points_hit_test (get_points (layer), puente_map_layer_get_context (layer), frame, x, y);
}

static char *
point_layer_describe (PuenteMapLayer *layer,
                      const char     *id)
{
  const char *name;
  g_autofree char *size_text = NULL;
  g_autofree char *colour_text = NULL;

  if (!puente_points_describe (puente_map_layer_get_context (layer), get_spec (layer), id, &name, &size_text,
                               &colour_text))
    return NULL;
  return PUENTE_POINT_LAYER_GET_CLASS (layer)->format_tooltip (PUENTE_POINT_LAYER (layer), name, size_text,
                                                               colour_text);
}

static double
point_layer_draw_legend (PuenteMapLayer             *layer,
                         cairo_t                    *cr,
                         const PuenteMapLegendStyle *legend,
                         double                      x,
                         double                      y,
                         double                      width)
{
  PuentePointLayer *self = PUENTE_POINT_LAYER (layer);
  PuentePointLayerClass *klass = PUENTE_POINT_LAYER_GET_CLASS (self);
  PuenteMapContext *context = puente_map_layer_get_context (layer);
  g_autofree char *key_number = puente_points_key_number (get_points (layer), context);
  g_autofree char *title = klass->format_legend_title (self, puente_map_context_get_year (context));
  g_autofree char *key_text = klass->format_size_key (self, key_number);

  /* The subclass marked them for translation (N_). */
  return puente_points_legend (get_points (layer), context, cr, legend, title,
                               puente_gettext (puente_map_context_get_language (context),
                                               puente_map_context_is_difference (context)
                                                 ? klass->colour_difference_title
                                                 : klass->colour_title),
                               key_text, x, y, width);
}

static void
puente_point_layer_constructed (GObject *object)
{
  PuenteMapLayer *layer = PUENTE_MAP_LAYER (object);

  g_assert (get_spec (layer) != NULL);
  puente_points_init (get_points (layer), get_spec (layer));

  G_OBJECT_CLASS (puente_point_layer_parent_class)->constructed (object);
}

static void
puente_point_layer_finalize (GObject *object)
{
  puente_points_clear (get_points (PUENTE_MAP_LAYER (object)));

  G_OBJECT_CLASS (puente_point_layer_parent_class)->finalize (object);
}

static void
puente_point_layer_class_init (PuentePointLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PuenteMapLayerClass *layer_class = PUENTE_MAP_LAYER_CLASS (klass);

  object_class->constructed = puente_point_layer_constructed;
  object_class->finalize = puente_point_layer_finalize;
  layer_class->is_available = point_layer_is_available;
  layer_class->draw = point_layer_draw;
  layer_class->hit_test = point_layer_hit_test;
  layer_class->describe = point_layer_describe;
  layer_class->draw_legend = point_layer_draw_legend;
}

static void
puente_point_layer_init (PuentePointLayer *self)
{
}
