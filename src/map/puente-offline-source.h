/* puente-offline-source.h: map tiles drawn from the built-in basemap
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "puente-basemap.h"

G_BEGIN_DECLS

/* Prefix of the source's id, which goes on with style and scale:
 * "puente-offline-light-1". Tiles carry no text: the map's names are drawn
 * by the labels layer (puente-labels-layer.h). */
#define PUENTE_OFFLINE_SOURCE_ID "puente-offline"

#define PUENTE_TYPE_OFFLINE_SOURCE (puente_offline_source_get_type ())
G_DECLARE_FINAL_TYPE (PuenteOfflineSource, puente_offline_source, PUENTE, OFFLINE_SOURCE, ShumateMapSource)

PuenteOfflineSource *puente_offline_source_new (PuenteBasemap *basemap);

PuenteBasemapStyle   puente_offline_source_get_style (PuenteOfflineSource *self);
void                 puente_offline_source_set_style (PuenteOfflineSource *self,
                                                      PuenteBasemapStyle   style);
/* Device pixels per logical pixel of the tiles: 2 on a HiDPI screen. */
int                  puente_offline_source_get_scale_factor (PuenteOfflineSource *self);
void                 puente_offline_source_set_scale_factor (PuenteOfflineSource *self,
                                                             int                  scale_factor);

/* How many tiles the cache holds now, and how many were served from it. */
guint                puente_offline_source_get_cached_tiles (PuenteOfflineSource *self);
guint                puente_offline_source_get_cache_hits (PuenteOfflineSource *self);

G_END_DECLS
