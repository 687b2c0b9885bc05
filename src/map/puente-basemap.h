/* puente-basemap.h: offline basemap of North America (Natural Earth)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The geometry ships in the GResource (data/geo/basemap.json, made by
 * tools/make-basemap): US and Mexican states, and every country as context,
 * simplified per zoom level with shared borders kept shared. The basemap
 * answers "which state is here" and draws map tiles with Cairo only, so it
 * works without a display and from any thread.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <gio/gio.h>

#include "puente-lang.h"

G_BEGIN_DECLS

/* Where the basemap lives in the GResource. */
#define PUENTE_BASEMAP_RESOURCE_PATH "/io/github/PuenteZEV/Puente/geo/basemap.json"

#define PUENTE_BASEMAP_ERROR (puente_basemap_error_quark ())
GQuark puente_basemap_error_quark (void);

typedef enum {
  PUENTE_BASEMAP_ERROR_INVALID,
} PuenteBasemapError;

typedef enum {
  PUENTE_BASEMAP_FEATURE_STATE,
  PUENTE_BASEMAP_FEATURE_COUNTRY,
} PuenteBasemapFeatureKind;

typedef enum {
  PUENTE_BASEMAP_STYLE_LIGHT,
  PUENTE_BASEMAP_STYLE_DARK,
} PuenteBasemapStyle;

/* The colours a style paints with, for legends and tests. */
typedef enum {
  PUENTE_BASEMAP_PAINT_WATER,
  PUENTE_BASEMAP_PAINT_LAND,
  PUENTE_BASEMAP_PAINT_CONTEXT_LAND,
  PUENTE_BASEMAP_PAINT_COAST,
  PUENTE_BASEMAP_PAINT_STATE_BORDER,
  PUENTE_BASEMAP_PAINT_COUNTRY_BORDER,
  PUENTE_BASEMAP_PAINT_COUNTRY_TEXT,
  PUENTE_BASEMAP_PAINT_STATE_TEXT,
} PuenteBasemapPaint;

#define PUENTE_TYPE_BASEMAP_STYLE (puente_basemap_style_get_type ())
GType puente_basemap_style_get_type (void);

/* Zoom levels the basemap is drawn for. */
#define PUENTE_BASEMAP_MIN_ZOOM 2
#define PUENTE_BASEMAP_MAX_ZOOM 10

typedef struct _PuenteBasemapFeature PuenteBasemapFeature;

#define PUENTE_TYPE_BASEMAP (puente_basemap_get_type ())
G_DECLARE_FINAL_TYPE (PuenteBasemap, puente_basemap, PUENTE, BASEMAP, GObject)

PuenteBasemap              *puente_basemap_new_from_bytes (GBytes  *bytes,
                                                           GError **error);
PuenteBasemap              *puente_basemap_new_from_resource (const char *path,
                                                              GError    **error);
/* The basemap from the application's GResource, loaded once. */
PuenteBasemap              *puente_basemap_dup_default (GError **error);

guint                       puente_basemap_get_n_features (PuenteBasemap *self);
const PuenteBasemapFeature *puente_basemap_get_feature (PuenteBasemap *self,
                                                        guint          index);
const PuenteBasemapFeature *puente_basemap_lookup (PuenteBasemap *self,
                                                   const char    *id);
/* The feature of @kind at (@lat, @lon), or NULL (the sea, or off the map). */
const PuenteBasemapFeature *puente_basemap_find_at (PuenteBasemap           *self,
                                                    double                   lat,
                                                    double                   lon,
                                                    PuenteBasemapFeatureKind kind);

const char                 *puente_basemap_feature_get_id (const PuenteBasemapFeature *feature);
PuenteBasemapFeatureKind    puente_basemap_feature_get_kind (const PuenteBasemapFeature *feature);
/* ISO 3166-1 alpha-2 code of the feature's country ("US", "MX", ...). */
const char                 *puente_basemap_feature_get_country (const PuenteBasemapFeature *feature);
const char                 *puente_basemap_feature_get_name (const PuenteBasemapFeature *feature,
                                                             PuenteLang                  language);
/* A point well inside the feature (its pole of inaccessibility). */
void                        puente_basemap_feature_get_label_point (const PuenteBasemapFeature *feature,
                                                                    double                     *lat,
                                                                    double                     *lon);
void                        puente_basemap_feature_get_bbox (const PuenteBasemapFeature *feature,
                                                             double                     *west,
                                                             double                     *south,
                                                             double                     *east,
                                                             double                     *north);
/* The box of the feature's largest ring, in world pixels at @zoom. */
void                        puente_basemap_feature_get_main_box (const PuenteBasemapFeature *feature,
                                                                 double                      zoom,
                                                                 double                     *x0,
                                                                 double                     *y0,
                                                                 double                     *x1,
                                                                 double                     *y1);
/* The area of the feature's largest ring, in square pixels at @zoom. */
double                      puente_basemap_feature_get_area (const PuenteBasemapFeature *feature,
                                                             double                      zoom);

/* Draws tile (@x, @y) at @zoom into @cr, in user units 0..PUENTE_TILE_SIZE:
 * water, land, coasts and borders. Tiles carry no text: the names are drawn
 * over the whole view by the labels pass (puente-map-labels.h), above the
 * data layers. Thread-safe: tiles may be drawn from several threads at
 * once. */
void                        puente_basemap_render_tile (PuenteBasemap     *self,
                                                        cairo_t           *cr,
                                                        int                zoom,
                                                        int                x,
                                                        int                y,
                                                        PuenteBasemapStyle style);
/* A new ARGB32 image of PUENTE_TILE_SIZE * @scale_factor pixels a side. */
cairo_surface_t            *puente_basemap_render_tile_surface (PuenteBasemap     *self,
                                                                int                zoom,
                                                                int                x,
                                                                int                y,
                                                                int                scale_factor,
                                                                PuenteBasemapStyle style);
/* Appends @feature's rings to the path of @cr, in pixels of a view whose
 * top-left corner is world pixel (@left, @top) at @zoom (fractional zooms
 * allowed), simplified for that zoom; rings outside the @width x @height
 * view are left out. Fill with CAIRO_FILL_RULE_EVEN_ODD. */
void                        puente_basemap_append_feature_path (PuenteBasemap              *self,
                                                                cairo_t                    *cr,
                                                                const PuenteBasemapFeature *feature,
                                                                double                      zoom,
                                                                double                      left,
                                                                double                      top,
                                                                double                      width,
                                                                double                      height);

void                        puente_basemap_get_paint (PuenteBasemapStyle style,
                                                      PuenteBasemapPaint paint,
                                                      double            *red,
                                                      double            *green,
                                                      double            *blue);

G_END_DECLS
