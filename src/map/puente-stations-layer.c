/* puente-stations-layer.c: imported charging stations on the map
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-map-style.h"
#include "puente-stations-layer.h"

struct _PuenteStationsLayer
{
  PuenteMapLayer         parent_instance;

  PuenteStationClusters *clusters;
  PuenteStationsFilter   filter;      /* network owned */
  char                  *sources;     /* the attribution line */
};

G_DEFINE_FINAL_TYPE (PuenteStationsLayer, puente_stations_layer, PUENTE_TYPE_MAP_LAYER)

enum {
  PROP_0,
  PROP_STATIONS,
  PROP_DC_FAST_ONLY,
  PROP_NETWORK,
  PROP_SHOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
changed (PuenteStationsLayer *self)
{
  puente_station_clusters_set_filter (self->clusters, &self->filter);
  gtk_widget_set_visible (GTK_WIDGET (self), puente_map_layer_get_shown (PUENTE_MAP_LAYER (self)));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
stations_is_available (PuenteMapLayer *layer)
{
  PuenteStations *stations = puente_stations_layer_get_stations (PUENTE_STATIONS_LAYER (layer));

  return stations != NULL && puente_stations_get_n_stations (stations) > 0;
}

static const char *
stations_get_sources (PuenteMapLayer *layer)
{
  return PUENTE_STATIONS_LAYER (layer)->sources;
}

static void
stations_draw (PuenteMapLayer       *layer,
               cairo_t              *cr,
               const PuenteMapFrame *frame)
{
  PuenteStationsLayer *self = PUENTE_STATIONS_LAYER (layer);
  PuenteMapContext *context = puente_map_layer_get_context (layer);

  puente_station_clusters_set_device_scale (self->clusters, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  puente_station_clusters_paint (self->clusters, cr, frame, puente_map_context_get_style (context),
                                 puente_map_context_get_selection (context));
}

static char *
stations_hit_test (PuenteMapLayer       *layer,
                   const PuenteMapFrame *frame,
                   double                x,
                   double                y)
{
  PuenteStationsLayer *self = PUENTE_STATIONS_LAYER (layer);
  PuenteStationsPick pick;

  if (!puente_station_clusters_pick (self->clusters, frame, x, y, &pick))
    return NULL;
  return puente_station_clusters_pick_to_id (self->clusters, &pick);
}

static char *
stations_describe (PuenteMapLayer *layer,
                   const char     *id)
{
  PuenteStationsLayer *self = PUENTE_STATIONS_LAYER (layer);
  PuenteMapContext *context = puente_map_layer_get_context (layer);
  PuenteStationsPick pick;

  if (!puente_station_clusters_pick_from_id (self->clusters, id, &pick))
    return NULL;
  return puente_station_clusters_describe (self->clusters, &pick,
                                           puente_map_context_get_language (context));
}

static double
stations_draw_legend (PuenteMapLayer             *layer,
                      cairo_t                    *cr,
                      const PuenteMapLegendStyle *legend,
                      double                      x,
                      double                      y,
                      double                      width)
{
  return puente_station_clusters_legend (PUENTE_STATIONS_LAYER (layer)->clusters, cr, legend, x, y, width,
                                         puente_map_layer_get_language (layer));
}

static void
puente_stations_layer_finalize (GObject *object)
{
  PuenteStationsLayer *self = PUENTE_STATIONS_LAYER (object);

  g_clear_pointer (&self->clusters, puente_station_clusters_free);
  g_free ((char *) self->filter.network);
  g_free (self->sources);

  G_OBJECT_CLASS (puente_stations_layer_parent_class)->finalize (object);
}

static void
puente_stations_layer_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PuenteStationsLayer *self = PUENTE_STATIONS_LAYER (object);

  switch (prop_id)
    {
    case PROP_STATIONS:
      g_value_set_boxed (value, puente_stations_layer_get_stations (self));
      break;
    case PROP_DC_FAST_ONLY:
      g_value_set_boolean (value, self->filter.dc_fast_only);
      break;
    case PROP_NETWORK:
      g_value_set_string (value, self->filter.network);
      break;
    case PROP_SHOW:
      g_value_set_enum (value, self->filter.show);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_stations_layer_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PuenteStationsLayer *self = PUENTE_STATIONS_LAYER (object);

  switch (prop_id)
    {
    case PROP_STATIONS:
      puente_stations_layer_set_stations (self, g_value_get_boxed (value));
      break;
    case PROP_DC_FAST_ONLY:
      puente_stations_layer_set_dc_fast_only (self, g_value_get_boolean (value));
      break;
    case PROP_NETWORK:
      puente_stations_layer_set_network (self, g_value_get_string (value));
      break;
    case PROP_SHOW:
      puente_stations_layer_set_show (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_stations_layer_class_init (PuenteStationsLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PuenteMapLayerClass *layer_class = PUENTE_MAP_LAYER_CLASS (klass);

  object_class->finalize = puente_stations_layer_finalize;
  object_class->get_property = puente_stations_layer_get_property;
  object_class->set_property = puente_stations_layer_set_property;

  layer_class->layer_id = "stations";
  layer_class->title = N_("Charging stations (imported)");
  layer_class->is_available = stations_is_available;
  layer_class->get_sources = stations_get_sources;
  layer_class->draw = stations_draw;
  layer_class->hit_test = stations_hit_test;
  layer_class->describe = stations_describe;
  layer_class->draw_legend = stations_draw_legend;

  properties[PROP_STATIONS] =
    g_param_spec_boxed ("stations", NULL, NULL, PUENTE_TYPE_STATIONS,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DC_FAST_ONLY] =
    g_param_spec_boolean ("dc-fast-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NETWORK] =
    g_param_spec_string ("network", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW] =
    g_param_spec_enum ("show", NULL, NULL, PUENTE_TYPE_STATIONS_SHOW, PUENTE_STATIONS_SHOW_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
puente_stations_layer_init (PuenteStationsLayer *self)
{
  self->clusters = puente_station_clusters_new ();
}

PuenteStations *
puente_stations_layer_get_stations (PuenteStationsLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_LAYER (self), NULL);
  return puente_station_clusters_get_stations (self->clusters);
}

void
puente_stations_layer_set_stations (PuenteStationsLayer *self,
                                    PuenteStations      *stations)
{
  g_return_if_fail (PUENTE_IS_STATIONS_LAYER (self));

  if (puente_station_clusters_get_stations (self->clusters) == stations)
    return;
  puente_station_clusters_set_stations (self->clusters, stations);
  g_free (self->sources);
  self->sources = stations != NULL ? puente_stations_describe_sources (stations) : NULL;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATIONS]);
}

gboolean
puente_stations_layer_get_dc_fast_only (PuenteStationsLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_LAYER (self), FALSE);
  return self->filter.dc_fast_only;
}

void
puente_stations_layer_set_dc_fast_only (PuenteStationsLayer *self,
                                        gboolean             dc_fast_only)
{
  g_return_if_fail (PUENTE_IS_STATIONS_LAYER (self));

  dc_fast_only = !!dc_fast_only;
  if (self->filter.dc_fast_only == dc_fast_only)
    return;
  self->filter.dc_fast_only = dc_fast_only;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DC_FAST_ONLY]);
}

const char *
puente_stations_layer_get_network (PuenteStationsLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_LAYER (self), NULL);
  return self->filter.network;
}

void
puente_stations_layer_set_network (PuenteStationsLayer *self,
                                   const char          *network)
{
  g_return_if_fail (PUENTE_IS_STATIONS_LAYER (self));

  if (g_strcmp0 (self->filter.network, network) == 0)
    return;
  g_free ((char *) self->filter.network);
  self->filter.network = g_strdup (network);
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

PuenteStationsShow
puente_stations_layer_get_show (PuenteStationsLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_LAYER (self), PUENTE_STATIONS_SHOW_ALL);
  return self->filter.show;
}

void
puente_stations_layer_set_show (PuenteStationsLayer *self,
                                PuenteStationsShow   show)
{
  g_return_if_fail (PUENTE_IS_STATIONS_LAYER (self));

  if (self->filter.show == show)
    return;
  self->filter.show = show;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW]);
}

gboolean
puente_stations_layer_pick (PuenteStationsLayer  *self,
                            const PuenteMapFrame *frame,
                            double                x,
                            double                y,
                            PuenteStationsPick   *pick)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_LAYER (self), FALSE);

  if (!puente_map_layer_get_shown (PUENTE_MAP_LAYER (self)))
    return FALSE;
  return puente_station_clusters_pick (self->clusters, frame, x, y, pick);
}

guint
puente_stations_layer_get_n_shown (PuenteStationsLayer *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_LAYER (self), 0);
  return puente_station_clusters_get_n_shown (self->clusters);
}
