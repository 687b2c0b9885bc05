/* puente-map-context.c: what the map's data layers show, and where
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "puente-format.h"
#include "puente-geo.h"
#include "puente-map-context.h"
#include "puente-map-style.h"

/* ---- frames ----------------------------------------------------------- */

void
puente_map_frame_init (PuenteMapFrame *frame,
                       double          latitude,
                       double          longitude,
                       double          zoom,
                       double          width,
                       double          height)
{
  g_return_if_fail (frame != NULL);

  frame->latitude = CLAMP (latitude, -PUENTE_MERCATOR_MAX_LAT, PUENTE_MERCATOR_MAX_LAT);
  frame->longitude = longitude;
  frame->zoom = zoom;
  frame->width = width;
  frame->height = height;
}

static void
world_px (double  latitude,
          double  longitude,
          double  zoom,
          double *x,
          double *y)
{
  double scale = exp2 (zoom);

  puente_geo_project (CLAMP (latitude, -PUENTE_MERCATOR_MAX_LAT, PUENTE_MERCATOR_MAX_LAT),
                      longitude, 0, x, y);
  *x *= scale;
  *y *= scale;
}

void
puente_map_frame_get_origin (const PuenteMapFrame *frame,
                             double               *left,
                             double               *top)
{
  double cx, cy;

  g_return_if_fail (frame != NULL);

  world_px (frame->latitude, frame->longitude, frame->zoom, &cx, &cy);
  *left = cx - frame->width / 2.0;
  *top = cy - frame->height / 2.0;
}

void
puente_map_frame_project (const PuenteMapFrame *frame,
                          double                latitude,
                          double                longitude,
                          double               *x,
                          double               *y)
{
  double left, top, wx, wy;

  g_return_if_fail (frame != NULL);

  puente_map_frame_get_origin (frame, &left, &top);
  world_px (latitude, longitude, frame->zoom, &wx, &wy);
  *x = wx - left;
  *y = wy - top;
}

void
puente_map_frame_unproject (const PuenteMapFrame *frame,
                            double                x,
                            double                y,
                            double               *latitude,
                            double               *longitude)
{
  double left, top, scale;

  g_return_if_fail (frame != NULL);

  puente_map_frame_get_origin (frame, &left, &top);
  scale = exp2 (frame->zoom);
  puente_geo_unproject ((left + x) / scale, (top + y) / scale, 0, latitude, longitude);
}

void
puente_map_frame_fit (PuenteMapFrame *frame,
                      double          west,
                      double          south,
                      double          east,
                      double          north,
                      double          width,
                      double          height)
{
  double x0, y0, x1, y1, zoom, lat, lon;

  g_return_if_fail (frame != NULL);

  /* At zoom 0, how big the box is; then the zoom that fits it. */
  world_px (north, west, 0, &x0, &y0);
  world_px (south, east, 0, &x1, &y1);
  zoom = log2 (MIN (width / MAX (x1 - x0, 1e-9), height / MAX (y1 - y0, 1e-9)));
  zoom = CLAMP (zoom, PUENTE_BASEMAP_MIN_ZOOM, PUENTE_BASEMAP_MAX_ZOOM);
  puente_geo_unproject ((x0 + x1) / 2, (y0 + y1) / 2, 0, &lat, &lon);
  puente_map_frame_init (frame, lat, lon, zoom, width, height);
}

void
puente_map_frame_fit_clear (PuenteMapFrame        *frame,
                            const PuenteMapBounds *bounds,
                            double                 width,
                            double                 height,
                            const PuenteMapInsets *insets,
                            double                 max_zoom)
{
  PuenteMapInsets none = { 0 };
  PuenteMapFrame  clear;
  double          lat, lon;

  g_return_if_fail (frame != NULL);
  g_return_if_fail (bounds != NULL);

  if (insets == NULL)
    insets = &none;
  /* Fitted into the clear part alone... */
  puente_map_frame_fit (&clear, bounds->west, bounds->south, bounds->east, bounds->north,
                        MAX (width - insets->left - insets->right, 1), MAX (height - insets->top - insets->bottom, 1));
  clear.zoom = MIN (clear.zoom, max_zoom);
  /* ...then the whole frame moved so that the box's centre lies at that
   * part's centre, (left - right) / 2 and (top - bottom) / 2 px off the
   * frame's. */
  puente_map_frame_init (frame, clear.latitude, clear.longitude, clear.zoom, width, height);
  puente_map_frame_unproject (frame, width / 2 - (insets->left - insets->right) / 2,
                              height / 2 - (insets->top - insets->bottom) / 2, &lat, &lon);
  puente_map_frame_init (frame, lat, lon, clear.zoom, width, height);
}

void
puente_map_frame_reveal (PuenteMapFrame        *frame,
                         const PuenteMapBounds *bounds,
                         const PuenteMapInsets *insets)
{
  PuenteMapInsets none = { 0 };
  double          x0, y0, x1, y1, dx = 0, dy = 0, lat, lon;
  double          left, top, right, bottom;

  g_return_if_fail (frame != NULL);
  g_return_if_fail (bounds != NULL);

  if (insets == NULL)
    insets = &none;
  puente_map_frame_project (frame, bounds->north, bounds->west, &x0, &y0);
  puente_map_frame_project (frame, bounds->south, bounds->east, &x1, &y1);
  left = insets->left;
  top = insets->top;
  right = frame->width - insets->right;
  bottom = frame->height - insets->bottom;

  /* Per axis: centred when it cannot fit, else the least move in. */
  if (x1 - x0 > right - left)
    dx = (x0 + x1) / 2 - (left + right) / 2;
  else if (x0 < left)
    dx = x0 - left;
  else if (x1 > right)
    dx = x1 - right;
  if (y1 - y0 > bottom - top)
    dy = (y0 + y1) / 2 - (top + bottom) / 2;
  else if (y0 < top)
    dy = y0 - top;
  else if (y1 > bottom)
    dy = y1 - bottom;
  if (dx == 0 && dy == 0)
    return;
  puente_map_frame_unproject (frame, frame->width / 2 + dx, frame->height / 2 + dy, &lat, &lon);
  puente_map_frame_init (frame, lat, lon, frame->zoom, frame->width, frame->height);
}

/* ---- the context ------------------------------------------------------ */

struct _PuenteMapContext
{
  GObject              parent_instance;

  PuenteDataset       *dataset;
  PuenteBasemap       *basemap;
  const PuenteResults *results;
  const PuenteResults *compare;
  guint                generation;
  int                  year;
  PuenteMapShow        show;
  PuenteBasemapStyle   style;
  PuenteLang           language;
  char                *selection;
};

G_DEFINE_FINAL_TYPE (PuenteMapContext, puente_map_context, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (PuenteMapContext *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
puente_map_context_finalize (GObject *object)
{
  PuenteMapContext *self = PUENTE_MAP_CONTEXT (object);

  g_clear_pointer (&self->dataset, puente_dataset_unref);
  g_clear_object (&self->basemap);
  g_clear_pointer (&self->selection, g_free);

  G_OBJECT_CLASS (puente_map_context_parent_class)->finalize (object);
}

static void
puente_map_context_class_init (PuenteMapContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = puente_map_context_finalize;

  /* Anything a layer draws from changed: redraw. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
puente_map_context_init (PuenteMapContext *self)
{
  self->year = PUENTE_BASE_YEAR;
}

PuenteMapContext *
puente_map_context_new (PuenteDataset *dataset,
                        PuenteBasemap *basemap)
{
  PuenteMapContext *self;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (PUENTE_IS_BASEMAP (basemap), NULL);

  self = g_object_new (PUENTE_TYPE_MAP_CONTEXT, NULL);
  self->dataset = puente_dataset_ref (dataset);
  self->basemap = g_object_ref (basemap);
  return self;
}

PuenteDataset *
puente_map_context_get_dataset (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), NULL);

  return self->dataset;
}

PuenteBasemap *
puente_map_context_get_basemap (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), NULL);

  return self->basemap;
}

void
puente_map_context_set_results (PuenteMapContext    *self,
                                const PuenteResults *a,
                                const PuenteResults *b)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (self));

  self->results = a;
  self->compare = b;
  self->generation++;
  emit_changed (self);
}

const PuenteResults *
puente_map_context_get_results (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), NULL);

  return self->results;
}

const PuenteResults *
puente_map_context_get_compare (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), NULL);

  return self->compare;
}

guint
puente_map_context_get_generation (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), 0);

  return self->generation;
}

int
puente_map_context_get_year (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), PUENTE_BASE_YEAR);

  return self->year;
}

void
puente_map_context_set_year (PuenteMapContext *self,
                             int               year)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (self));

  if (self->year == year)
    return;
  self->year = year;
  emit_changed (self);
}

void
puente_map_context_set_show (PuenteMapContext *self,
                             PuenteMapShow     show)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (self));

  if (self->show == show)
    return;
  self->show = show;
  self->generation++;
  emit_changed (self);
}

PuenteBasemapStyle
puente_map_context_get_style (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), PUENTE_BASEMAP_STYLE_LIGHT);

  return self->style;
}

void
puente_map_context_set_style (PuenteMapContext  *self,
                              PuenteBasemapStyle style)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (self));

  if (self->style == style)
    return;
  self->style = style;
  emit_changed (self);
}

PuenteLang
puente_map_context_get_language (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), PUENTE_LANG_EN);

  return self->language;
}

void
puente_map_context_set_language (PuenteMapContext *self,
                                 PuenteLang        language)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (self));

  if (self->language == language)
    return;
  self->language = language;
  emit_changed (self);
}

const char *
puente_map_context_get_selection (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), NULL);

  return self->selection;
}

void
puente_map_context_set_selection (PuenteMapContext *self,
                                  const char       *id)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (self));

  if (g_strcmp0 (self->selection, id) == 0)
    return;
  g_free (self->selection);
  self->selection = g_strdup (id);
  emit_changed (self);
}

gboolean
puente_map_context_is_difference (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), FALSE);

  return self->show == PUENTE_MAP_SHOW_DIFFERENCE && self->compare != NULL;
}

const PuenteResults *
puente_map_context_get_shown (PuenteMapContext *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), NULL);

  if (self->show == PUENTE_MAP_SHOW_B && self->compare != NULL)
    return self->compare;
  return self->results;
}

gboolean
puente_map_context_has_indicator (PuenteMapContext *self,
                                  const char       *indicator)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), FALSE);

  return self->results != NULL && puente_results_find_indicator (self->results, indicator) >= 0;
}

gboolean
puente_map_context_get_pair (PuenteMapContext *self,
                             PuenteMapPairFunc func,
                             const char       *region,
                             double           *first,
                             double           *second)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (self->results == NULL)
    return FALSE;
  if (puente_map_context_is_difference (self))
    {
      double first_a, second_a, first_b, second_b;

      if (!func (self->results, region, self->year, &first_a, &second_a) ||
          !func (self->compare, region, self->year, &first_b, &second_b))
        return FALSE;
      *first = first_b - first_a;
      *second = second_b - second_a;
      return TRUE;
    }
  return func (puente_map_context_get_shown (self), region, self->year, first, second);
}

gboolean
puente_map_context_format_pair (PuenteMapContext *self,
                                PuenteMapPairFunc func,
                                const char       *id,
                                const char      **name,
                                char            **first_text,
                                char            **second_text)
{
  PuenteLang lang;
  double     first, second;

  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), FALSE);

  lang = self->language;
  *name = puente_map_context_get_place_name (self, id);
  if (*name == NULL || !puente_map_context_get_pair (self, func, id, &first, &second))
    return FALSE;
  *first_text = puente_format_number (lang, first, 0);
  *second_text = puente_format_number (lang, second, 0);
  return TRUE;
}

const char *
puente_map_context_get_place_name (PuenteMapContext *self,
                                   const char       *id)
{
  gboolean es;
  int      index;

  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (self), NULL);

  if (id == NULL)
    return NULL;
  es = self->language == PUENTE_LANG_ES;

  if ((index = puente_dataset_find_state (self->dataset, id)) >= 0)
    {
      const PuenteState *state = puente_dataset_get_state (self->dataset, index);

      return es ? state->name_es : state->name_en;
    }
  if ((index = puente_dataset_find_port (self->dataset, id)) >= 0)
    {
      const PuentePort *port = puente_dataset_get_port (self->dataset, index);

      return es ? port->name_es : port->name_en;
    }
  if ((index = puente_dataset_find_city (self->dataset, id)) >= 0)
    {
      const PuenteCity *city = puente_dataset_get_city (self->dataset, index);

      return es ? city->name_es : city->name_en;
    }
  if ((index = puente_dataset_find_site (self->dataset, id)) >= 0)
    return puente_dataset_get_site (self->dataset, index)->name;

  return NULL;
}
