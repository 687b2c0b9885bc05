/* puente-map-context.h: what the map's data layers show, and where
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A map context holds what every data layer of one map reads: the dataset,
 * the basemap, the results of scenario A (and B), the year, whether the map
 * shows A, B or B - A, its style and language, and the selected place. It
 * has no GTK in it, so layers draw the same thing on screen (through their
 * ShumateLayer) and in exports and tests (through Cairo alone).
 *
 * A frame is one view of the map: its centre, zoom and size in logical
 * pixels. Layers draw and hit-test in a frame's pixels.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "puente-basemap.h"
#include "puente-dataset.h"
#include "puente-results.h"

G_BEGIN_DECLS

typedef struct
{
  double latitude;
  double longitude;
  double zoom;  /* fractional zoom levels allowed */
  double width; /* logical pixels */
  double height;
} PuenteMapFrame;

void puente_map_frame_init (PuenteMapFrame *frame,
                            double          latitude,
                            double          longitude,
                            double          zoom,
                            double          width,
                            double          height);
/* Where (@latitude, @longitude) is drawn in the frame, in pixels from its
 * top-left corner (outside the frame too). */
void puente_map_frame_project (const PuenteMapFrame *frame,
                               double                latitude,
                               double                longitude,
                               double               *x,
                               double               *y);
void puente_map_frame_unproject (const PuenteMapFrame *frame,
                                 double                x,
                                 double                y,
                                 double               *latitude,
                                 double               *longitude);
/* The US and Mexico (without Alaska and Hawaii): what a map shows fitted. */
#define PUENTE_MAP_HOME_WEST -125.0
#define PUENTE_MAP_HOME_SOUTH 14.3
#define PUENTE_MAP_HOME_EAST -66.9
#define PUENTE_MAP_HOME_NORTH 49.5

/* A @width x @height frame whose centre and zoom show the box from @west
 * to @east and @south to @north (degrees) as large as it fits, within the
 * basemap's zooms. */
void puente_map_frame_fit (PuenteMapFrame *frame,
                           double          west,
                           double          south,
                           double          east,
                           double          north,
                           double          width,
                           double          height);
/* World pixel at the frame's zoom of its top-left corner. */
void puente_map_frame_get_origin (const PuenteMapFrame *frame,
                                  double               *left,
                                  double               *top);

/* A box of the map in degrees, and pixels a frame keeps clear (under a
 * toolbar, beside a legend). */
typedef struct
{
  double west;
  double south;
  double east;
  double north;
} PuenteMapBounds;

typedef struct
{
  double top;
  double right;
  double bottom;
  double left;
} PuenteMapInsets;

/* Sets @frame to @width x @height px, centred and zoomed so that @bounds
 * fills the part of it inside @insets (NULL: all of it) as far as it fits,
 * no closer than @max_zoom (nor than the basemap's zooms allow). */
void puente_map_frame_fit_clear (PuenteMapFrame        *frame,
                                 const PuenteMapBounds *bounds,
                                 double                 width,
                                 double                 height,
                                 const PuenteMapInsets *insets,
                                 double                 max_zoom);
/* Moves @frame as little as needed for @bounds to lie inside its part
 * within @insets, at the same zoom; a box larger than that part is
 * centred in it. */
void puente_map_frame_reveal (PuenteMapFrame        *frame,
                              const PuenteMapBounds *bounds,
                              const PuenteMapInsets *insets);

/* What the layers show: scenario A, scenario B, or B minus A. */
typedef enum {
  PUENTE_MAP_SHOW_A,
  PUENTE_MAP_SHOW_B,
  PUENTE_MAP_SHOW_DIFFERENCE,
} PuenteMapShow;

#define PUENTE_TYPE_MAP_CONTEXT (puente_map_context_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapContext, puente_map_context, PUENTE, MAP_CONTEXT, GObject)

PuenteMapContext    *puente_map_context_new (PuenteDataset *dataset,
                                             PuenteBasemap *basemap);
PuenteDataset       *puente_map_context_get_dataset (PuenteMapContext *self);
PuenteBasemap       *puente_map_context_get_basemap (PuenteMapContext *self);

/* The results are borrowed: their owner keeps them alive and sets them
 * again (the same tables too) when it recomputes them. */
void                 puente_map_context_set_results (PuenteMapContext    *self,
                                                     const PuenteResults *a,
                                                     const PuenteResults *b);
const PuenteResults *puente_map_context_get_results (PuenteMapContext *self);
const PuenteResults *puente_map_context_get_compare (PuenteMapContext *self);
/* Bumped on every change of the results: layers cache per generation. */
guint                puente_map_context_get_generation (PuenteMapContext *self);

int                  puente_map_context_get_year (PuenteMapContext *self);
void                 puente_map_context_set_year (PuenteMapContext *self,
                                                  int               year);
void                 puente_map_context_set_show (PuenteMapContext *self,
                                                  PuenteMapShow     show);
PuenteBasemapStyle   puente_map_context_get_style (PuenteMapContext *self);
void                 puente_map_context_set_style (PuenteMapContext  *self,
                                                   PuenteBasemapStyle style);
PuenteLang           puente_map_context_get_language (PuenteMapContext *self);
void                 puente_map_context_set_language (PuenteMapContext *self,
                                                      PuenteLang        language);
const char          *puente_map_context_get_selection (PuenteMapContext *self);
void                 puente_map_context_set_selection (PuenteMapContext *self,
                                                       const char       *id);

/* The results the map shows now (B for PUENTE_MAP_SHOW_B). */
const PuenteResults *puente_map_context_get_shown (PuenteMapContext *self);
gboolean             puente_map_context_is_difference (PuenteMapContext *self);
/* Whether the results have @indicator at all (engine modules may be absent). */
gboolean             puente_map_context_has_indicator (PuenteMapContext *self,
                                                       const char       *indicator);

/* Two values of @region in @year from one table of results; FALSE when
 * either is missing. */
typedef gboolean (*PuenteMapPairFunc) (const PuenteResults *results,
                                       const char          *region,
                                       int                  year,
                                       double              *first,
                                       double              *second);
/* @func's pair for @region in the context's year as shown: A's, B's, or
 * B - A for both. FALSE without results or values. */
gboolean    puente_map_context_get_pair (PuenteMapContext *self,
                                         PuenteMapPairFunc func,
                                         const char       *region,
                                         double           *first,
                                         double           *second);
/* For a tooltip: @id's name (borrowed) and its pair as shown as whole
 * numbers in the context's language. FALSE for an unknown place or
 * missing values. */
gboolean    puente_map_context_format_pair (PuenteMapContext *self,
                                            PuenteMapPairFunc func,
                                            const char       *id,
                                            const char      **name,
                                            char            **first_text,
                                            char            **second_text);

/* A place's name in the context's language: a state, port, city or site
 * id; NULL when unknown. */
const char *puente_map_context_get_place_name (PuenteMapContext *self,
                                               const char       *id);

G_END_DECLS
