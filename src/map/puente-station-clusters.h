/* puente-station-clusters.h: imported stations as points and clusters
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the stations layer draws, with Cairo only, so the layer, exports
 * and the frame benchmark draw the same: every station that passes the
 * filters, grouped at the nearest whole zoom: stations within 60 pixels of
 * one another share a cluster (28 pixels at zoom 10). A group of one is the station itself: a dot coloured by its
 * fastest level (level 1, level 2, DC fast), its area by its ports,
 * hollow when planned. A larger group is a disc with its number of
 * stations and a ring split by its ports per level. Groups are computed
 * once per zoom level and filter, so panning only projects and draws.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "puente-map-context.h"
#include "puente-map-style.h"
#include "puente-stations.h"

G_BEGIN_DECLS

/* Which stations by status: all, open only, or planned only. */
typedef enum {
  PUENTE_STATIONS_SHOW_ALL,
  PUENTE_STATIONS_SHOW_OPEN,
  PUENTE_STATIONS_SHOW_PLANNED,
} PuenteStationsShow;

#define PUENTE_TYPE_STATIONS_SHOW (puente_stations_show_get_type ())
GType puente_stations_show_get_type (void);

typedef struct
{
  gboolean           dc_fast_only; /* only stations with DC fast ports */
  const char        *network;      /* only this network; NULL for all */
  PuenteStationsShow show;
} PuenteStationsFilter;

/* What is under a point of the map. */
typedef struct
{
  int           station; /* the station's index, or -1 for a cluster */
  guint         count;   /* stations in the cluster (1 for a station) */
  PuenteCountry country; /* a cluster's stations are all in one country */
  guint         ports[PUENTE_STATION_N_LEVELS];
  double        latitude; /* the symbol's centre */
  double        longitude;
  double        zoom; /* a zoom that shows it closer (two levels in) */
  int           cluster_zoom;
  guint         cluster; /* the cluster's index at cluster_zoom */
} PuenteStationsPick;

typedef struct _PuenteStationClusters PuenteStationClusters;

PuenteStationClusters                *puente_station_clusters_new (void);
void                                  puente_station_clusters_free (PuenteStationClusters *self);
/* NULL clears. */
void                                  puente_station_clusters_set_stations (PuenteStationClusters *self,
                                                                            PuenteStations        *stations);
PuenteStations                       *puente_station_clusters_get_stations (PuenteStationClusters *self);
/* The filter's strings are copied. */
void                                  puente_station_clusters_set_filter (PuenteStationClusters      *self,
                                                                          const PuenteStationsFilter *filter);
/* Pixels per logical pixel of the display the discs are drawn for. */
void                                  puente_station_clusters_set_device_scale (PuenteStationClusters *self,
                                                                                double                 scale);
/* Stations that pass the filter. */
guint                                 puente_station_clusters_get_n_shown (PuenteStationClusters *self);

/* Draws the frame's stations and clusters; @selection (a station id) is
 * outlined. */
void                                  puente_station_clusters_paint (PuenteStationClusters *self,
                                                                     cairo_t               *cr,
                                                                     const PuenteMapFrame  *frame,
                                                                     PuenteBasemapStyle     style,
                                                                     const char            *selection);
/* Calls @func for every cluster disc (two or more stations) drawn in
 * @frame: its centre and radius in the frame's pixels. */
typedef void (*PuenteStationsDiscFunc) (double   x,
                                        double   y,
                                        double   radius,
                                        gpointer user_data);
void     puente_station_clusters_foreach_disc (PuenteStationClusters *self,
                                               const PuenteMapFrame  *frame,
                                               PuenteStationsDiscFunc func,
                                               gpointer               user_data);
/* The topmost symbol at (@x, @y) of @frame; FALSE when none. */
gboolean puente_station_clusters_pick (PuenteStationClusters *self,
                                       const PuenteMapFrame  *frame,
                                       double                 x,
                                       double                 y,
                                       PuenteStationsPick    *pick);
/* The pick as an id for hit tests ("afdc:44174", or "cluster:Z:I") and
 * back; FALSE for an id of no current symbol. */
char    *puente_station_clusters_pick_to_id (PuenteStationClusters    *self,
                                             const PuenteStationsPick *pick);
gboolean puente_station_clusters_pick_from_id (PuenteStationClusters *self,
                                               const char            *id,
                                               PuenteStationsPick    *pick);
/* A tooltip in @lang. */
char    *puente_station_clusters_describe (PuenteStationClusters    *self,
                                           const PuenteStationsPick *pick,
                                           PuenteLang                lang);
/* The legend in @lang: what colours, sizes, rings and hollow dots mean,
 * and the sources. Returns the height; @cr NULL only measures. */
double   puente_station_clusters_legend (PuenteStationClusters      *self,
                                         cairo_t                    *cr,
                                         const PuenteMapLegendStyle *legend,
                                         double                      x,
                                         double                      y,
                                         double                      width,
                                         PuenteLang                  lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteStationClusters, puente_station_clusters_free)

G_END_DECLS
