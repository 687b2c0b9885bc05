/* puente-stations-painter.c: imported charging stations on the map
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-map-style.h"
#include "puente-stations-painter.h"

struct _PuenteStationsPainter
{
  PuenteMapPainter       parent_instance;

  PuenteStationClusters *clusters;
  PuenteStationsFilter   filter;     /* network owned */
  char                  *sources[2]; /* the attribution line, English and Spanish */
};

G_DEFINE_FINAL_TYPE (PuenteStationsPainter, puente_stations_painter, PUENTE_TYPE_MAP_PAINTER)

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
changed (PuenteStationsPainter *self)
{
  puente_station_clusters_set_filter (self->clusters, &self->filter);
}

static gboolean
stations_is_available (PuenteMapPainter *painter)
{
  PuenteStations *stations = puente_stations_painter_get_stations (PUENTE_STATIONS_PAINTER (painter));

  return stations != NULL && puente_stations_get_n_stations (stations) > 0;
}

/* In the map's language, whatever the thread's. */
static const char *
stations_get_sources (PuenteMapPainter *painter)
{
  PuenteStationsPainter *self = PUENTE_STATIONS_PAINTER (painter);
  PuenteStations        *stations = puente_stations_painter_get_stations (self);
  PuenteLang             lang = puente_map_painter_get_language (painter) == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN;

  if (stations == NULL)
    return NULL;
  if (self->sources[lang] == NULL)
    self->sources[lang] = puente_stations_describe_sources_in (stations, lang);
  return self->sources[lang];
}

static void
stations_draw (PuenteMapPainter     *painter,
               cairo_t              *cr,
               const PuenteMapFrame *frame)
{
  PuenteStationsPainter *self = PUENTE_STATIONS_PAINTER (painter);
  PuenteMapContext      *context = puente_map_painter_get_context (painter);

  puente_station_clusters_set_device_scale (self->clusters, puente_map_painter_get_device_scale (painter));
  puente_station_clusters_paint (self->clusters, cr, frame, puente_map_context_get_style (context),
                                 puente_map_context_get_selection (context));
}

static char *
stations_hit_test (PuenteMapPainter     *painter,
                   const PuenteMapFrame *frame,
                   double                x,
                   double                y)
{
  PuenteStationsPainter *self = PUENTE_STATIONS_PAINTER (painter);
  PuenteStationsPick     pick;

  if (!puente_station_clusters_pick (self->clusters, frame, x, y, &pick))
    return NULL;
  return puente_station_clusters_pick_to_id (self->clusters, &pick);
}

static char *
stations_describe (PuenteMapPainter *painter,
                   const char       *id)
{
  PuenteStationsPainter *self = PUENTE_STATIONS_PAINTER (painter);
  PuenteMapContext      *context = puente_map_painter_get_context (painter);
  PuenteStationsPick     pick;

  if (!puente_stations_painter_pick_from_id (self, id, &pick))
    return NULL;
  return puente_station_clusters_describe (self->clusters, &pick,
                                           puente_map_context_get_language (context));
}

static double
stations_draw_legend (PuenteMapPainter           *painter,
                      cairo_t                    *cr,
                      const PuenteMapLegendStyle *legend,
                      double                      x,
                      double                      y,
                      double                      width)
{
  return puente_station_clusters_legend (PUENTE_STATIONS_PAINTER (painter)->clusters, cr, legend, x, y, width,
                                         puente_map_painter_get_language (painter));
}

static void
add_obstacle (double   x,
              double   y,
              double   radius,
              gpointer user_data)
{
  puente_map_marks_add_obstacle (user_data, x, y, radius, FALSE);
}

/* The cluster discs keep the names off their counts. */
static void
stations_collect_marks (PuenteMapPainter     *painter,
                        const PuenteMapFrame *frame,
                        PuenteMapMarks       *marks)
{
  puente_station_clusters_foreach_disc (PUENTE_STATIONS_PAINTER (painter)->clusters, frame, add_obstacle, marks);
}

static void
puente_stations_painter_finalize (GObject *object)
{
  PuenteStationsPainter *self = PUENTE_STATIONS_PAINTER (object);

  g_clear_pointer (&self->clusters, puente_station_clusters_free);
  g_free ((char *) self->filter.network);
  g_free (self->sources[0]);
  g_free (self->sources[1]);

  G_OBJECT_CLASS (puente_stations_painter_parent_class)->finalize (object);
}

static void
puente_stations_painter_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PuenteStationsPainter *self = PUENTE_STATIONS_PAINTER (object);

  switch (prop_id)
    {
    case PROP_STATIONS:
      g_value_set_boxed (value, puente_stations_painter_get_stations (self));
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
puente_stations_painter_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PuenteStationsPainter *self = PUENTE_STATIONS_PAINTER (object);

  switch (prop_id)
    {
    case PROP_STATIONS:
      puente_stations_painter_set_stations (self, g_value_get_boxed (value));
      break;
    case PROP_DC_FAST_ONLY:
      puente_stations_painter_set_dc_fast_only (self, g_value_get_boolean (value));
      break;
    case PROP_NETWORK:
      puente_stations_painter_set_network (self, g_value_get_string (value));
      break;
    case PROP_SHOW:
      puente_stations_painter_set_show (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_stations_painter_class_init (PuenteStationsPainterClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  PuenteMapPainterClass *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);

  object_class->finalize = puente_stations_painter_finalize;
  object_class->get_property = puente_stations_painter_get_property;
  object_class->set_property = puente_stations_painter_set_property;

  painter_class->layer_id = "stations";
  painter_class->title = N_ ("Charging stations (imported)");
  painter_class->is_available = stations_is_available;
  painter_class->get_sources = stations_get_sources;
  painter_class->draw = stations_draw;
  painter_class->hit_test = stations_hit_test;
  painter_class->describe = stations_describe;
  painter_class->draw_legend = stations_draw_legend;
  painter_class->collect_marks = stations_collect_marks;

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
puente_stations_painter_init (PuenteStationsPainter *self)
{
  self->clusters = puente_station_clusters_new ();
}

PuenteStations *
puente_stations_painter_get_stations (PuenteStationsPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_PAINTER (self), NULL);
  return puente_station_clusters_get_stations (self->clusters);
}

void
puente_stations_painter_set_stations (PuenteStationsPainter *self,
                                      PuenteStations        *stations)
{
  g_return_if_fail (PUENTE_IS_STATIONS_PAINTER (self));

  if (puente_station_clusters_get_stations (self->clusters) == stations)
    return;
  puente_station_clusters_set_stations (self->clusters, stations);
  g_clear_pointer (&self->sources[0], g_free);
  g_clear_pointer (&self->sources[1], g_free);
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATIONS]);
}

gboolean
puente_stations_painter_get_dc_fast_only (PuenteStationsPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_PAINTER (self), FALSE);
  return self->filter.dc_fast_only;
}

void
puente_stations_painter_set_dc_fast_only (PuenteStationsPainter *self,
                                          gboolean               dc_fast_only)
{
  g_return_if_fail (PUENTE_IS_STATIONS_PAINTER (self));

  dc_fast_only = !!dc_fast_only;
  if (self->filter.dc_fast_only == dc_fast_only)
    return;
  self->filter.dc_fast_only = dc_fast_only;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DC_FAST_ONLY]);
}

const char *
puente_stations_painter_get_network (PuenteStationsPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_PAINTER (self), NULL);
  return self->filter.network;
}

void
puente_stations_painter_set_network (PuenteStationsPainter *self,
                                     const char            *network)
{
  g_return_if_fail (PUENTE_IS_STATIONS_PAINTER (self));

  if (g_strcmp0 (self->filter.network, network) == 0)
    return;
  g_free ((char *) self->filter.network);
  self->filter.network = g_strdup (network);
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

PuenteStationsShow
puente_stations_painter_get_show (PuenteStationsPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_PAINTER (self), PUENTE_STATIONS_SHOW_ALL);
  return self->filter.show;
}

void
puente_stations_painter_set_show (PuenteStationsPainter *self,
                                  PuenteStationsShow     show)
{
  g_return_if_fail (PUENTE_IS_STATIONS_PAINTER (self));

  if (self->filter.show == show)
    return;
  self->filter.show = show;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW]);
}

gboolean
puente_stations_painter_pick (PuenteStationsPainter *self,
                              const PuenteMapFrame  *frame,
                              double                 x,
                              double                 y,
                              PuenteStationsPick    *pick)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_PAINTER (self), FALSE);

  if (!puente_map_painter_is_available (PUENTE_MAP_PAINTER (self)))
    return FALSE;
  return puente_station_clusters_pick (self->clusters, frame, x, y, pick);
}

gboolean
puente_stations_painter_pick_from_id (PuenteStationsPainter *self,
                                      const char            *id,
                                      PuenteStationsPick    *pick)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_PAINTER (self), FALSE);

  return id != NULL && puente_station_clusters_pick_from_id (self->clusters, id, pick);
}

guint
puente_stations_painter_get_n_shown (PuenteStationsPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_STATIONS_PAINTER (self), 0);
  return puente_station_clusters_get_n_shown (self->clusters);
}
