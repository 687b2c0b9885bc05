/* puente-labels-layer.c: the map's names, above its data layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-labels-layer.h"

struct _PuenteLabelsLayer
{
  ShumateLayer      parent_instance;

  PuenteMapContext *context;
  GPtrArray        *layers; /* of PuenteMapLayer */
  PuenteMapLabels  *labels;
};

G_DEFINE_FINAL_TYPE (PuenteLabelsLayer, puente_labels_layer, SHUMATE_TYPE_LAYER)

enum {
  PROP_0,
  PROP_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GPtrArray *
shown_painters (PuenteLabelsLayer *self)
{
  GPtrArray *painters = g_ptr_array_new ();

  for (guint i = 0; i < self->layers->len; i++)
    {
      PuenteMapLayer *layer = g_ptr_array_index (self->layers, i);

      if (puente_map_layer_get_shown (layer))
        g_ptr_array_add (painters, puente_map_layer_get_painter (layer));
    }
  return painters;
}

static void
puente_labels_layer_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  PuenteLabelsLayer *self = PUENTE_LABELS_LAYER (widget);
  g_autoptr(GPtrArray) painters = NULL;
  PuenteMapFrame frame;
  cairo_t       *cr;

  puente_map_frame_init_for_layer (&frame, SHUMATE_LAYER (self));
  if (frame.width <= 0 || frame.height <= 0)
    return;
  painters = shown_painters (self);
  puente_map_labels_set_device_scale (self->labels, gtk_widget_get_scale_factor (widget));
  cr = puente_map_layer_append_cairo (SHUMATE_LAYER (self), snapshot, &frame);
  puente_map_labels_draw (self->labels, self->context, (PuenteMapPainter **) painters->pdata, painters->len,
                          cr, &frame);
  cairo_destroy (cr);
}

static void
queue_draw (PuenteLabelsLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
puente_labels_layer_dispose (GObject *object)
{
  PuenteLabelsLayer *self = PUENTE_LABELS_LAYER (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->layers, g_ptr_array_unref);

  G_OBJECT_CLASS (puente_labels_layer_parent_class)->dispose (object);
}

static void
puente_labels_layer_finalize (GObject *object)
{
  PuenteLabelsLayer *self = PUENTE_LABELS_LAYER (object);

  g_clear_pointer (&self->labels, puente_map_labels_free);

  G_OBJECT_CLASS (puente_labels_layer_parent_class)->finalize (object);
}

static void
puente_labels_layer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PuenteLabelsLayer *self = PUENTE_LABELS_LAYER (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_double (value, puente_labels_layer_get_scale (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_labels_layer_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PuenteLabelsLayer *self = PUENTE_LABELS_LAYER (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      puente_labels_layer_set_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_labels_layer_class_init (PuenteLabelsLayerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_labels_layer_dispose;
  object_class->finalize = puente_labels_layer_finalize;
  object_class->get_property = puente_labels_layer_get_property;
  object_class->set_property = puente_labels_layer_set_property;
  widget_class->snapshot = puente_labels_layer_snapshot;

  /* 1: as the map's type is; Present mode makes it bigger. */
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, 0.5, 4, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
puente_labels_layer_init (PuenteLabelsLayer *self)
{
  self->labels = puente_map_labels_new ();
  self->layers = g_ptr_array_new_with_free_func (g_object_unref);
  /* Clicks and tooltips go to the map and its layers below. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

PuenteLabelsLayer *
puente_labels_layer_new (ShumateViewport       *viewport,
                         PuenteMapContext      *context,
                         PuenteMapLayer *const *layers,
                         guint                  n_layers)
{
  PuenteLabelsLayer *self;
  const char *const  signals[] = {
     "notify::latitude",
     "notify::longitude",
     "notify::zoom-level",
     "notify::rotation",
  };

  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);
  g_return_val_if_fail (layers != NULL || n_layers == 0, NULL);

  self = g_object_new (PUENTE_TYPE_LABELS_LAYER, "viewport", viewport, NULL);
  self->context = g_object_ref (context);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (viewport, signals[i], G_CALLBACK (queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "changed", G_CALLBACK (queue_draw), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < n_layers; i++)
    {
      g_return_val_if_fail (PUENTE_IS_MAP_LAYER (layers[i]), self);
      g_ptr_array_add (self->layers, g_object_ref (layers[i]));
      /* Shown or hidden, or the painter's picture changed. */
      g_signal_connect_object (layers[i], "notify::visible", G_CALLBACK (queue_draw), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (puente_map_layer_get_painter (layers[i]), "notify", G_CALLBACK (queue_draw), self,
                               G_CONNECT_SWAPPED);
    }
  return self;
}

double
puente_labels_layer_get_scale (PuenteLabelsLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_LABELS_LAYER (self), 1);

  return puente_map_labels_get_scale (self->labels);
}

void
puente_labels_layer_set_scale (PuenteLabelsLayer *self,
                               double             scale)
{
  g_return_if_fail (PUENTE_IS_LABELS_LAYER (self));

  if (puente_map_labels_get_scale (self->labels) == scale)
    return;
  puente_map_labels_set_scale (self->labels, scale);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

GArray *
puente_labels_layer_get_boxes (PuenteLabelsLayer *self)
{
  g_autoptr(GPtrArray) painters = NULL;
  PuenteMapFrame frame;

  g_return_val_if_fail (PUENTE_IS_LABELS_LAYER (self), NULL);

  puente_map_frame_init_for_layer (&frame, SHUMATE_LAYER (self));
  painters = shown_painters (self);
  return puente_map_labels_get_boxes (self->labels, self->context, (PuenteMapPainter **) painters->pdata,
                                      painters->len, &frame);
}
