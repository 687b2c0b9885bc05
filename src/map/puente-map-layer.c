/* puente-map-layer.c: base of the map's data layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-charging-layer.h"
#include "puente-map-layer.h"
#include "puente-ports-layer.h"
#include "puente-states-layer.h"
#include "puente-stations-layer.h"
#include "puente-supply-layer.h"
#include "puente-transit-layer.h"
#include "puente-used-layer.h"

typedef struct
{
  PuenteMapContext *context;
  PuenteMapPainter *painter;
  gboolean          enabled;
} PuenteMapLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PuenteMapLayer, puente_map_layer, SHUMATE_TYPE_LAYER)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_visible (PuenteMapLayer *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), puente_map_layer_get_shown (self));
}

static void
on_context_changed (PuenteMapLayer *self)
{
  update_visible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
puente_map_frame_init_for_layer (PuenteMapFrame *frame,
                                 ShumateLayer   *layer)
{
  ShumateViewport *viewport;

  g_return_if_fail (frame != NULL);
  g_return_if_fail (SHUMATE_IS_LAYER (layer));

  viewport = shumate_layer_get_viewport (layer);
  puente_map_frame_init (frame,
                         shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                         shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                         shumate_viewport_get_zoom_level (viewport),
                         gtk_widget_get_width (GTK_WIDGET (layer)),
                         gtk_widget_get_height (GTK_WIDGET (layer)));
}

cairo_t *
puente_map_layer_append_cairo (ShumateLayer         *layer,
                               GtkSnapshot          *snapshot,
                               const PuenteMapFrame *frame)
{
  double   rotation;
  cairo_t *cr;

  g_return_val_if_fail (SHUMATE_IS_LAYER (layer), NULL);

  rotation = shumate_viewport_get_rotation (shumate_layer_get_viewport (layer));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, frame->width, frame->height));
  if (rotation != 0)
    {
      cairo_translate (cr, frame->width / 2, frame->height / 2);
      cairo_rotate (cr, rotation);
      cairo_translate (cr, -frame->width / 2, -frame->height / 2);
    }
  return cr;
}

void
puente_map_layer_get_frame (PuenteMapLayer *self,
                            PuenteMapFrame *frame)
{
  g_return_if_fail (PUENTE_IS_MAP_LAYER (self));

  puente_map_frame_init_for_layer (frame, SHUMATE_LAYER (self));
}

static void
puente_map_layer_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PuenteMapLayer *self = PUENTE_MAP_LAYER (widget);
  PuenteMapFrame  frame;
  cairo_t        *cr;

  if (!puente_map_layer_get_shown (self))
    return;

  puente_map_layer_get_frame (self, &frame);
  if (frame.width <= 0 || frame.height <= 0)
    return;

  puente_map_painter_set_device_scale (puente_map_layer_get_painter (self), gtk_widget_get_scale_factor (widget));
  cr = puente_map_layer_append_cairo (SHUMATE_LAYER (self), snapshot, &frame);
  puente_map_layer_draw (self, cr, &frame);
  cairo_destroy (cr);
}

static void
on_viewport_changed (PuenteMapLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
puente_map_layer_constructed (GObject *object)
{
  PuenteMapLayer        *self = PUENTE_MAP_LAYER (object);
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);
  ShumateViewport       *viewport;

  G_OBJECT_CLASS (puente_map_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::longitude", G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::rotation", G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
  g_assert (priv->context != NULL);
  g_signal_connect_object (priv->context, "changed", G_CALLBACK (on_context_changed), self, G_CONNECT_SWAPPED);
  g_assert (PUENTE_MAP_LAYER_GET_CLASS (self)->painter_type != 0);
  priv->painter = puente_map_painter_new (PUENTE_MAP_LAYER_GET_CLASS (self)->painter_type, priv->context);
  /* A painter's own settings (the states' metric, the stations' filters)
   * change its picture. */
  g_signal_connect_object (priv->painter, "notify", G_CALLBACK (on_context_changed), self, G_CONNECT_SWAPPED);

  /* The page hit-tests for clicks and tooltips: the map keeps its gestures. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  update_visible (self);
}

static void
puente_map_layer_dispose (GObject *object)
{
  PuenteMapLayer        *self = PUENTE_MAP_LAYER (object);
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  g_clear_object (&priv->painter);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (puente_map_layer_parent_class)->dispose (object);
}

static void
puente_map_layer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PuenteMapLayer        *self = PUENTE_MAP_LAYER (object);
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, priv->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_map_layer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PuenteMapLayer        *self = PUENTE_MAP_LAYER (object);
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;
    case PROP_ENABLED:
      puente_map_layer_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_map_layer_class_init (PuenteMapLayerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = puente_map_layer_constructed;
  object_class->dispose = puente_map_layer_dispose;
  object_class->get_property = puente_map_layer_get_property;
  object_class->set_property = puente_map_layer_set_property;
  widget_class->snapshot = puente_map_layer_snapshot;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, PUENTE_TYPE_MAP_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
puente_map_layer_init (PuenteMapLayer *self)
{
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  priv->enabled = TRUE;
}

PuenteMapLayer *
puente_map_layer_new (GType             layer_type,
                      ShumateViewport  *viewport,
                      PuenteMapContext *context)
{
  g_return_val_if_fail (g_type_is_a (layer_type, PUENTE_TYPE_MAP_LAYER), NULL);
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  return g_object_new (layer_type, "viewport", viewport, "context", context, NULL);
}

PuenteMapLayer *
puente_map_layer_new_for_id (const char       *layer_id,
                             ShumateViewport  *viewport,
                             PuenteMapContext *context)
{
  static const struct
  {
    const char *id;
    GType (*get_type) (void);
  } layers[] = {
    { "states", puente_states_layer_get_type },
    { "charging", puente_charging_layer_get_type },
    { "used", puente_used_layer_get_type },
    { "transit", puente_transit_layer_get_type },
    { "ports", puente_ports_layer_get_type },
    { "supply", puente_supply_layer_get_type },
    { "stations", puente_stations_layer_get_type },
  };

  g_return_val_if_fail (layer_id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    if (g_str_equal (layers[i].id, layer_id))
      return puente_map_layer_new (layers[i].get_type (), viewport, context);
  return NULL;
}

PuenteMapContext *
puente_map_layer_get_context (PuenteMapLayer *self)
{
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), NULL);

  return priv->context;
}

const char *
puente_map_layer_get_id (PuenteMapLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), NULL);

  return puente_map_painter_get_id (puente_map_layer_get_painter (self));
}

PuenteMapPainter *
puente_map_layer_get_painter (PuenteMapLayer *self)
{
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), NULL);

  return priv->painter;
}

PuenteLang
puente_map_layer_get_language (PuenteMapLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), PUENTE_LANG_EN);

  return puente_map_context_get_language (puente_map_layer_get_context (self));
}

const char *
puente_map_layer_get_title (PuenteMapLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), NULL);

  return puente_map_painter_get_title (puente_map_layer_get_painter (self));
}

const char *
puente_map_layer_get_sources (PuenteMapLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), NULL);

  return puente_map_painter_get_sources (puente_map_layer_get_painter (self));
}

gboolean
puente_map_layer_is_available (PuenteMapLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), FALSE);

  return puente_map_painter_is_available (puente_map_layer_get_painter (self));
}

gboolean
puente_map_layer_get_enabled (PuenteMapLayer *self)
{
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), FALSE);

  return priv->enabled;
}

void
puente_map_layer_set_enabled (PuenteMapLayer *self,
                              gboolean        enabled)
{
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  g_return_if_fail (PUENTE_IS_MAP_LAYER (self));

  enabled = !!enabled;
  if (priv->enabled == enabled)
    return;
  priv->enabled = enabled;
  if (priv->painter != NULL)
    update_visible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

gboolean
puente_map_layer_get_shown (PuenteMapLayer *self)
{
  PuenteMapLayerPrivate *priv = puente_map_layer_get_instance_private (self);

  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), FALSE);

  return priv->enabled && priv->painter != NULL && puente_map_painter_is_available (priv->painter);
}

void
puente_map_layer_draw (PuenteMapLayer       *self,
                       cairo_t              *cr,
                       const PuenteMapFrame *frame)
{
  g_return_if_fail (PUENTE_IS_MAP_LAYER (self));

  puente_map_painter_draw (puente_map_layer_get_painter (self), cr, frame);
}

char *
puente_map_layer_hit_test (PuenteMapLayer       *self,
                           const PuenteMapFrame *frame,
                           double                x,
                           double                y)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), NULL);

  if (!puente_map_layer_get_shown (self))
    return NULL;
  return puente_map_painter_hit_test (puente_map_layer_get_painter (self), frame, x, y);
}

char *
puente_map_layer_describe (PuenteMapLayer *self,
                           const char     *id)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), NULL);

  return puente_map_painter_describe (puente_map_layer_get_painter (self), id);
}

double
puente_map_layer_draw_legend (PuenteMapLayer             *self,
                              cairo_t                    *cr,
                              const PuenteMapLegendStyle *style,
                              double                      x,
                              double                      y,
                              double                      width)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYER (self), 0);

  return puente_map_painter_draw_legend (puente_map_layer_get_painter (self), cr, style, x, y, width);
}
