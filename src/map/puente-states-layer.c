/* puente-states-layer.c: states coloured by a metric (choropleth), on screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-states-layer.h"

struct _PuenteStatesLayer
{
  PuenteMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteStatesLayer, puente_states_layer, PUENTE_TYPE_MAP_LAYER)

enum {
  PROP_0,
  PROP_METRIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PuenteStatesPainter *
get_painter (PuenteStatesLayer *self)
{
  return PUENTE_STATES_PAINTER (puente_map_layer_get_painter (PUENTE_MAP_LAYER (self)));
}

static void
on_metric_changed (PuenteStatesLayer *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

static void
puente_states_layer_constructed (GObject *object)
{
  PuenteStatesLayer *self = PUENTE_STATES_LAYER (object);

  G_OBJECT_CLASS (puente_states_layer_parent_class)->constructed (object);

  g_signal_connect_object (get_painter (self), "notify::metric", G_CALLBACK (on_metric_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
puente_states_layer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PuenteStatesLayer *self = PUENTE_STATES_LAYER (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      g_value_set_string (value, puente_states_metric_to_string (puente_states_layer_get_metric (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_states_layer_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PuenteStatesLayer *self = PUENTE_STATES_LAYER (object);
  PuenteStatesMetric metric;

  switch (prop_id)
    {
    case PROP_METRIC:
      if (puente_states_metric_from_string (g_value_get_string (value), &metric))
        puente_states_layer_set_metric (self, metric);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_states_layer_class_init (PuenteStatesLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = puente_states_layer_constructed;
  object_class->get_property = puente_states_layer_get_property;
  object_class->set_property = puente_states_layer_set_property;
  PUENTE_MAP_LAYER_CLASS (klass)->painter_type = PUENTE_TYPE_STATES_PAINTER;

  /* A string, so it binds to a GSettings key as it is. */
  properties[PROP_METRIC] =
    g_param_spec_string ("metric", NULL, NULL, "zev-share",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
puente_states_layer_init (PuenteStatesLayer *self)
{
}

PuenteStatesMetric
puente_states_layer_get_metric (PuenteStatesLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_STATES_LAYER (self), PUENTE_STATES_METRIC_ZEV_SHARE);

  return puente_states_painter_get_metric (get_painter (self));
}

void
puente_states_layer_set_metric (PuenteStatesLayer *self,
                                PuenteStatesMetric metric)
{
  g_return_if_fail (PUENTE_IS_STATES_LAYER (self));

  puente_states_painter_set_metric (get_painter (self), metric);
}
