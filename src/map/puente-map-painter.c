/* puente-map-painter.c: what a data layer of the map draws, with Cairo alone
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "puente-charging-painter.h"
#include "puente-i18n.h"
#include "puente-map-painter.h"
#include "puente-ports-painter.h"
#include "puente-states-painter.h"
#include "puente-stations-painter.h"
#include "puente-supply-painter.h"
#include "puente-transit-painter.h"
#include "puente-used-painter.h"

typedef struct
{
  PuenteMapContext *context;
  double            device_scale;
  double            reference;
  guint             reference_generation;
  gboolean          reference_valid;
} PuenteMapPainterPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PuenteMapPainter, puente_map_painter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
puente_map_painter_dispose (GObject *object)
{
  PuenteMapPainter        *self = PUENTE_MAP_PAINTER (object);
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);

  g_clear_object (&priv->context);

  G_OBJECT_CLASS (puente_map_painter_parent_class)->dispose (object);
}

static void
puente_map_painter_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PuenteMapPainter        *self = PUENTE_MAP_PAINTER (object);
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_map_painter_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PuenteMapPainter        *self = PUENTE_MAP_PAINTER (object);
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
default_is_available (PuenteMapPainter *self)
{
  return TRUE;
}

/* The subclasses mark their title and sources for translation (N_);
 * they are translated here, in the map's language. */
static const char *
default_get_title (PuenteMapPainter *self)
{
  return puente_gettext (puente_map_painter_get_language (self), PUENTE_MAP_PAINTER_GET_CLASS (self)->title);
}

static const char *
default_get_sources (PuenteMapPainter *self)
{
  const char *sources = PUENTE_MAP_PAINTER_GET_CLASS (self)->sources;

  return sources != NULL ? puente_gettext (puente_map_painter_get_language (self), sources) : NULL;
}

static void
puente_map_painter_class_init (PuenteMapPainterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = puente_map_painter_dispose;
  object_class->get_property = puente_map_painter_get_property;
  object_class->set_property = puente_map_painter_set_property;
  klass->is_available = default_is_available;
  klass->get_title = default_get_title;
  klass->get_sources = default_get_sources;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, PUENTE_TYPE_MAP_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
puente_map_painter_init (PuenteMapPainter *self)
{
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);

  priv->device_scale = 1;
}

PuenteMapPainter *
puente_map_painter_new (GType             painter_type,
                        PuenteMapContext *context)
{
  g_return_val_if_fail (g_type_is_a (painter_type, PUENTE_TYPE_MAP_PAINTER), NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  return g_object_new (painter_type, "context", context, NULL);
}

/* Bottom to top, as the map stacks them. */
static const char *const layer_ids[] = { "states", "charging", "used", "transit", "stations", "ports", "supply", NULL };

const char *const *
puente_map_painter_list_ids (void)
{
  return layer_ids;
}

PuenteMapPainter *
puente_map_painter_new_for_id (const char       *layer_id,
                               PuenteMapContext *context)
{
  GType types[] = {
    PUENTE_TYPE_STATES_PAINTER,
    PUENTE_TYPE_CHARGING_PAINTER,
    PUENTE_TYPE_USED_PAINTER,
    PUENTE_TYPE_TRANSIT_PAINTER,
    PUENTE_TYPE_STATIONS_PAINTER,
    PUENTE_TYPE_PORTS_PAINTER,
    PUENTE_TYPE_SUPPLY_PAINTER,
  };

  g_return_val_if_fail (layer_id != NULL, NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (layer_ids[i], layer_id))
      return puente_map_painter_new (types[i], context);
  return NULL;
}

PuenteMapContext *
puente_map_painter_get_context (PuenteMapPainter *self)
{
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);

  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), NULL);

  return priv->context;
}

const char *
puente_map_painter_get_id (PuenteMapPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), NULL);

  return PUENTE_MAP_PAINTER_GET_CLASS (self)->layer_id;
}

PuenteLang
puente_map_painter_get_language (PuenteMapPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), PUENTE_LANG_EN);

  return puente_map_context_get_language (puente_map_painter_get_context (self));
}

const char *
puente_map_painter_get_title (PuenteMapPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), NULL);

  return PUENTE_MAP_PAINTER_GET_CLASS (self)->get_title (self);
}

const char *
puente_map_painter_get_sources (PuenteMapPainter *self)
{
  PuenteMapPainterClass *klass;

  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), NULL);

  klass = PUENTE_MAP_PAINTER_GET_CLASS (self);
  return klass->get_sources != NULL ? klass->get_sources (self) : NULL;
}

gboolean
puente_map_painter_is_available (PuenteMapPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), FALSE);

  return PUENTE_MAP_PAINTER_GET_CLASS (self)->is_available (self);
}

void
puente_map_painter_draw (PuenteMapPainter     *self,
                         cairo_t              *cr,
                         const PuenteMapFrame *frame)
{
  g_return_if_fail (PUENTE_IS_MAP_PAINTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);

  if (!puente_map_painter_is_available (self))
    return;
  cairo_save (cr);
  PUENTE_MAP_PAINTER_GET_CLASS (self)->draw (self, cr, frame);
  cairo_restore (cr);
}

char *
puente_map_painter_hit_test (PuenteMapPainter     *self,
                             const PuenteMapFrame *frame,
                             double                x,
                             double                y)
{
  PuenteMapPainterClass *klass;

  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), NULL);
  g_return_val_if_fail (frame != NULL, NULL);

  klass = PUENTE_MAP_PAINTER_GET_CLASS (self);
  if (klass->hit_test == NULL || !puente_map_painter_is_available (self))
    return NULL;
  return klass->hit_test (self, frame, x, y);
}

char *
puente_map_painter_describe (PuenteMapPainter *self,
                             const char       *id)
{
  PuenteMapPainterClass *klass;

  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), NULL);

  klass = PUENTE_MAP_PAINTER_GET_CLASS (self);
  if (klass->describe == NULL || id == NULL)
    return NULL;
  return klass->describe (self, id);
}

double
puente_map_painter_draw_legend (PuenteMapPainter           *self,
                                cairo_t                    *cr,
                                const PuenteMapLegendStyle *style,
                                double                      x,
                                double                      y,
                                double                      width)
{
  PuenteMapPainterClass *klass;

  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), 0);
  g_return_val_if_fail (style != NULL, 0);

  klass = PUENTE_MAP_PAINTER_GET_CLASS (self);
  if (klass->draw_legend == NULL)
    return 0;
  return klass->draw_legend (self, cr, style, x, y, width);
}

void
puente_map_painter_collect_marks (PuenteMapPainter     *self,
                                  const PuenteMapFrame *frame,
                                  PuenteMapMarks       *marks)
{
  PuenteMapPainterClass *klass;

  g_return_if_fail (PUENTE_IS_MAP_PAINTER (self));
  g_return_if_fail (frame != NULL);
  g_return_if_fail (marks != NULL);

  klass = PUENTE_MAP_PAINTER_GET_CLASS (self);
  if (klass->collect_marks != NULL && puente_map_painter_is_available (self))
    klass->collect_marks (self, frame, marks);
}

double
puente_map_painter_get_reference (PuenteMapPainter *self)
{
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);
  guint                    generation;

  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), 1);
  g_return_val_if_fail (PUENTE_MAP_PAINTER_GET_CLASS (self)->compute_reference != NULL, 1);

  generation = puente_map_context_get_generation (priv->context);
  if (!priv->reference_valid || priv->reference_generation != generation)
    {
      priv->reference = PUENTE_MAP_PAINTER_GET_CLASS (self)->compute_reference (priv->context);
      priv->reference_generation = generation;
      priv->reference_valid = TRUE;
    }
  return priv->reference;
}

double
puente_map_painter_get_device_scale (PuenteMapPainter *self)
{
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);

  g_return_val_if_fail (PUENTE_IS_MAP_PAINTER (self), 1);

  return priv->device_scale;
}

void
puente_map_painter_set_device_scale (PuenteMapPainter *self,
                                     double            scale)
{
  PuenteMapPainterPrivate *priv = puente_map_painter_get_instance_private (self);

  g_return_if_fail (PUENTE_IS_MAP_PAINTER (self));

  priv->device_scale = CLAMP (scale, 1, 4);
}

/* ---- marks -------------------------------------------------------------- */

void
puente_map_marks_init (PuenteMapMarks *marks)
{
  g_return_if_fail (marks != NULL);

  marks->obstacles = g_array_new (FALSE, FALSE, sizeof (PuenteMapObstacle));
  marks->places = g_array_new (FALSE, FALSE, sizeof (PuenteMapPlaceLabel));
}

void
puente_map_marks_clear (PuenteMapMarks *marks)
{
  g_clear_pointer (&marks->obstacles, g_array_unref);
  g_clear_pointer (&marks->places, g_array_unref);
}

void
puente_map_marks_add_obstacle (PuenteMapMarks *marks,
                               double          x,
                               double          y,
                               double          radius,
                               gboolean        square)
{
  PuenteMapObstacle obstacle = { x, y, radius, square };

  g_return_if_fail (marks != NULL);

  g_array_append_val (marks->obstacles, obstacle);
}

void
puente_map_marks_add_place (PuenteMapMarks *marks,
                            const char     *id,
                            const char     *text,
                            double          x,
                            double          y,
                            double          radius,
                            double          weight,
                            double          min_zoom)
{
  PuenteMapPlaceLabel place = { id, text, x, y, radius, weight, min_zoom };

  g_return_if_fail (marks != NULL);

  if (text != NULL && *text != '\0')
    g_array_append_val (marks->places, place);
}

double
puente_map_symbol_scale (const PuenteMapFrame *frame)
{
  g_return_val_if_fail (frame != NULL, 1);

  return CLAMP (exp2 ((frame->zoom - 4.5) * 0.5), 0.6, 2.5);
}
