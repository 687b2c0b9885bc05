/* puente-basemap.c: offline basemap of North America (Natural Earth)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file (see tools/make-basemap) holds arcs (polylines shared by
 * neighbouring features, one simplified version per level) and features whose
 * rings list arcs by index (~i for an arc walked backwards). Coordinates are
 * Web Mercator on a 2^24 grid over the world: at zoom z, one tile pixel is
 * 2^(16 - z) grid units.
 */
#include "puente-basemap.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "puente-geo.h"
#include "puente-json.h"
#include "puente-data-resources.h"
#include "puente-tsan.h"

#define QUANT_BITS 24
/* Points per culling chunk of an arc. */
#define CHUNK 32

typedef enum {
  ARC_STATE_BORDER = 0,
  ARC_COUNTRY_BORDER = 1,
  ARC_COAST = 2,
  ARC_CUT = 3,
} ArcClass;

typedef struct
{
  gint32 *xy; /* 2 * n */
  guint   n;
  gint32  bbox[4]; /* min x, min y, max x, max y */
  guint   n_chunks;
  gint32 *chunk_bbox; /* 4 per chunk */
} Arc;

typedef struct
{
  gint32 *refs;
  guint   n_refs;
  gint32  bbox[4];
} Ring;

typedef struct
{
  Ring *rings;
  guint n_rings;
} FeatureLevel;

struct _PuenteBasemapFeature
{
  char                    *id;
  char                    *country;
  char                    *name_en;
  char                    *name_es;
  PuenteBasemapFeatureKind kind;
  gboolean                 focus; /* US or Mexico */
  double                   label_lat, label_lon;
  double                   west, south, east, north;
  gint32                   bbox[4];      /* grid units, finest level */
  gint32                   main_bbox[4]; /* the largest ring's */
  double                   area;         /* of the largest ring, grid units squared */
  FeatureLevel            *levels;
  guint                    n_levels;
};

struct _PuenteBasemap
{
  GObject               parent_instance;

  guint                 n_levels;
  int                  *level_max_zoom;
  guint                 n_arcs;
  guint8               *arc_class;
  Arc                 **arcs; /* [level][arc] */
  PuenteBasemapFeature *features;
  guint                 n_features;
  GHashTable           *by_id;
};

G_DEFINE_TYPE (PuenteBasemap, puente_basemap, G_TYPE_OBJECT)

G_DEFINE_QUARK (puente - basemap - error - quark, puente_basemap_error)

G_DEFINE_ENUM_TYPE (PuenteBasemapStyle, puente_basemap_style, G_DEFINE_ENUM_VALUE (PUENTE_BASEMAP_STYLE_LIGHT, "light"), G_DEFINE_ENUM_VALUE (PUENTE_BASEMAP_STYLE_DARK, "dark"))

/* ------------------------------------------------------------ lifecycle */

static void
puente_basemap_finalize (GObject *object)
{
  PuenteBasemap *self = (PuenteBasemap *) object;

  for (guint l = 0; l < self->n_levels && self->arcs != NULL; l++)
    {
      for (guint a = 0; a < self->n_arcs; a++)
        {
          g_free (self->arcs[l][a].xy);
          g_free (self->arcs[l][a].chunk_bbox);
        }
      g_free (self->arcs[l]);
    }
  g_free (self->arcs);
  g_free (self->arc_class);
  g_free (self->level_max_zoom);

  for (guint i = 0; i < self->n_features; i++)
    {
      PuenteBasemapFeature *f = &self->features[i];

      for (guint l = 0; l < f->n_levels; l++)
        {
          for (guint r = 0; r < f->levels[l].n_rings; r++)
            g_free (f->levels[l].rings[r].refs);
          g_free (f->levels[l].rings);
        }
      g_free (f->levels);
      g_free (f->id);
      g_free (f->country);
      g_free (f->name_en);
      g_free (f->name_es);
    }
  g_free (self->features);
  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (puente_basemap_parent_class)->finalize (object);
}

static void
puente_basemap_class_init (PuenteBasemapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = puente_basemap_finalize;
}

static void
puente_basemap_init (PuenteBasemap *self)
{
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* -------------------------------------------------------------- loading */

static void
bbox_empty (gint32 b[4])
{
  b[0] = b[1] = G_MAXINT32;
  b[2] = b[3] = G_MININT32;
}

static void
bbox_add (gint32 b[4], gint32 x, gint32 y)
{
  b[0] = MIN (b[0], x);
  b[1] = MIN (b[1], y);
  b[2] = MAX (b[2], x);
  b[3] = MAX (b[3], y);
}

static void
bbox_union (gint32 b[4], const gint32 o[4])
{
  if (o[0] > o[2])
    return;
  b[0] = MIN (b[0], o[0]);
  b[1] = MIN (b[1], o[1]);
  b[2] = MAX (b[2], o[2]);
  b[3] = MAX (b[3], o[3]);
}

/* The arc's points (see puente_geo_decode_polyline ()), its bounding box
 * and the boxes of its culling chunks. */
static gboolean
decode_polyline (const char *s,
                 Arc        *arc)
{
  if (!puente_geo_decode_polyline (s, &arc->xy, &arc->n))
    return FALSE;
  bbox_empty (arc->bbox);
  for (guint i = 0; i < arc->n; i++)
    bbox_add (arc->bbox, arc->xy[2 * i], arc->xy[2 * i + 1]);

  arc->n_chunks = arc->n > 1 ? (arc->n - 2) / CHUNK + 1 : 0;
  arc->chunk_bbox = g_new (gint32, 4 * MAX (arc->n_chunks, 1));
  for (guint c = 0; c < arc->n_chunks; c++)
    {
      guint   start = c * CHUNK;
      guint   end = MIN (start + CHUNK, arc->n - 1);
      gint32 *b = &arc->chunk_bbox[4 * c];

      bbox_empty (b);
      for (guint i = start; i <= end; i++)
        bbox_add (b, arc->xy[2 * i], arc->xy[2 * i + 1]);
    }
  return TRUE;
}

static gboolean
invalid (GError    **error,
         const char *what)
{
  g_set_error (error, PUENTE_BASEMAP_ERROR, PUENTE_BASEMAP_ERROR_INVALID,
               "Basemap file is not valid: %s (rebuild it with tools/make-basemap)",
               what);
  return FALSE;
}

static gboolean
member_doubles (JsonObject *o,
                const char *name,
                double     *out,
                guint       n)
{
  JsonNode  *node = json_object_get_member (o, name);
  JsonArray *a;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  a = json_node_get_array (node);
  if (json_array_get_length (a) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    out[i] = json_array_get_double_element (a, i);
  return TRUE;
}

static void
grid_point (double  lat,
            double  lon,
            double *x,
            double *y)
{
  puente_geo_project (lat, lon, QUANT_BITS - 8, x, y);
}

static double
ring_area (PuenteBasemap *self,
           guint          level,
           const Ring    *ring)
{
  double   a = 0;
  gboolean have_prev = FALSE;
  double   px = 0, py = 0, fx = 0, fy = 0;

  for (guint r = 0; r < ring->n_refs; r++)
    {
      gint32     ref = ring->refs[r];
      const Arc *arc = &self->arcs[level][ref >= 0 ? ref : ~ref];

      for (guint k = 0; k < arc->n; k++)
        {
          guint  i = ref >= 0 ? k : arc->n - 1 - k;
          double x = arc->xy[2 * i], y = arc->xy[2 * i + 1];

          if (!have_prev)
            {
              fx = x;
              fy = y;
              have_prev = TRUE;
            }
          else
            a += px * y - x * py;
          px = x;
          py = y;
        }
    }
  a += px * fy - fx * py;
  return fabs (a) / 2.0;
}

static gboolean
load_feature (PuenteBasemap        *self,
              JsonObject           *o,
              PuenteBasemapFeature *f,
              GError              **error)
{
  const char *id = puente_json_get_string (o, "id");
  const char *kind = puente_json_get_string (o, "kind");
  const char *country = puente_json_get_string (o, "country");
  const char *name_en = puente_json_get_string (o, "name_en");
  const char *name_es = puente_json_get_string (o, "name_es");
  double      label[2], bbox[4];
  JsonNode   *levels_node = json_object_get_member (o, "levels");
  JsonArray  *levels;
  double      best_area = -1;

  if (id == NULL || kind == NULL || country == NULL || name_en == NULL || name_es == NULL)
    return invalid (error, "a feature lacks id, kind, country or names");
  if (!member_doubles (o, "label", label, 2) || !member_doubles (o, "bbox", bbox, 4))
    return invalid (error, "a feature lacks its label point or bbox");
  if (levels_node == NULL || !JSON_NODE_HOLDS_ARRAY (levels_node))
    return invalid (error, "a feature lacks its levels");

  f->id = g_strdup (id);
  f->country = g_strdup (country);
  f->name_en = g_strdup (name_en);
  f->name_es = g_strdup (name_es);
  f->kind = g_str_equal (kind, "state") ? PUENTE_BASEMAP_FEATURE_STATE : PUENTE_BASEMAP_FEATURE_COUNTRY;
  f->focus = g_str_equal (country, "US") || g_str_equal (country, "MX");
  f->label_lon = label[0];
  f->label_lat = label[1];
  f->west = bbox[0];
  f->south = bbox[1];
  f->east = bbox[2];
  f->north = bbox[3];

  levels = json_node_get_array (levels_node);
  f->n_levels = MIN (json_array_get_length (levels), self->n_levels);
  if (f->n_levels == 0)
    return invalid (error, "a feature has no geometry");
  f->levels = g_new0 (FeatureLevel, f->n_levels);
  for (guint l = 0; l < f->n_levels; l++)
    {
      JsonArray    *rings = json_array_get_array_element (levels, l);
      FeatureLevel *fl = &f->levels[l];

      if (rings == NULL)
        return invalid (error, "a feature level is not a list of rings");
      fl->n_rings = json_array_get_length (rings);
      fl->rings = g_new0 (Ring, fl->n_rings);
      for (guint r = 0; r < fl->n_rings; r++)
        {
          JsonArray *refs = json_array_get_array_element (rings, r);
          Ring      *ring = &fl->rings[r];

          if (refs == NULL)
            return invalid (error, "a ring is not a list of arcs");
          ring->n_refs = json_array_get_length (refs);
          ring->refs = g_new (gint32, MAX (ring->n_refs, 1));
          bbox_empty (ring->bbox);
          for (guint k = 0; k < ring->n_refs; k++)
            {
              gint64 ref = json_array_get_int_element (refs, k);
              gint64 a = ref >= 0 ? ref : ~ref;

              if (a >= self->n_arcs || self->arcs[l][a].n == 0)
                return invalid (error, "a ring refers to a missing arc");
              ring->refs[k] = (gint32) ref;
              bbox_union (ring->bbox, self->arcs[l][a].bbox);
            }
        }
    }

  /* Bounding boxes and the largest ring, at the finest level. */
  {
    FeatureLevel *fl = &f->levels[f->n_levels - 1];

    bbox_empty (f->bbox);
    bbox_empty (f->main_bbox);
    for (guint r = 0; r < fl->n_rings; r++)
      {
        double area = ring_area (self, f->n_levels - 1, &fl->rings[r]);

        bbox_union (f->bbox, fl->rings[r].bbox);
        if (area > best_area)
          {
            best_area = area;
            memcpy (f->main_bbox, fl->rings[r].bbox, sizeof f->main_bbox);
          }
      }
    f->area = MAX (best_area, 0);
  }
  return TRUE;
}

static gboolean
load (PuenteBasemap *self,
      GBytes        *bytes,
      GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize       size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonObject *root;
  JsonArray  *levels, *arcs, *features;
  const char *format, *classes;

  if (!json_parser_load_from_data (parser, data, (gssize) size, error))
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, "the root is not an object");
  root = json_node_get_object (json_parser_get_root (parser));
  format = puente_json_get_string (root, "format");
  if (g_strcmp0 (format, "puente-basemap") != 0)
    return invalid (error, "\"format\" is not \"puente-basemap\"");
  if (json_object_get_int_member_with_default (root, "version", 0) != 1)
    return invalid (error, "unsupported version (expected 1)");
  if (json_object_get_int_member_with_default (root, "quantization", 0) != (1 << QUANT_BITS))
    return invalid (error, "unexpected quantization (expected 2^24)");

  levels = json_object_get_array_member (root, "levels");
  arcs = json_object_get_array_member (root, "arcs");
  features = json_object_get_array_member (root, "features");
  classes = puente_json_get_string (root, "arc_classes");
  if (levels == NULL || arcs == NULL || features == NULL || classes == NULL)
    return invalid (error, "missing levels, arcs, arc_classes or features");

  self->n_levels = json_array_get_length (levels);
  if (self->n_levels == 0)
    return invalid (error, "no levels");
  self->level_max_zoom = g_new (int, self->n_levels);
  for (guint l = 0; l < self->n_levels; l++)
    {
      JsonObject *lo = json_array_get_object_element (levels, l);

      if (lo == NULL)
        return invalid (error, "a level is not an object");
      self->level_max_zoom[l] = (int) json_object_get_int_member_with_default (lo, "max_zoom", 0);
    }

  self->n_arcs = json_array_get_length (arcs);
  if (strlen (classes) != self->n_arcs)
    return invalid (error, "arc_classes does not match the arcs");
  self->arc_class = g_new (guint8, MAX (self->n_arcs, 1));
  self->arcs = g_new0 (Arc *, self->n_levels);
  for (guint l = 0; l < self->n_levels; l++)
    self->arcs[l] = g_new0 (Arc, MAX (self->n_arcs, 1));
  for (guint a = 0; a < self->n_arcs; a++)
    {
      JsonArray *versions = json_array_get_array_element (arcs, a);
      guint      n;

      if (classes[a] < '0' || classes[a] > '3')
        return invalid (error, "unknown arc class");
      self->arc_class[a] = (guint8) (classes[a] - '0');
      if (versions == NULL)
        return invalid (error, "an arc is not a list of polylines");
      n = MIN (json_array_get_length (versions), self->n_levels);
      for (guint l = 0; l < n; l++)
        {
          const char *s = json_array_get_string_element (versions, l);

          if (s == NULL || !decode_polyline (s, &self->arcs[l][a]))
            return invalid (error, "an arc's polyline does not decode");
        }
    }

  self->n_features = json_array_get_length (features);
  self->features = g_new0 (PuenteBasemapFeature, MAX (self->n_features, 1));
  for (guint i = 0; i < self->n_features; i++)
    {
      JsonObject *fo = json_array_get_object_element (features, i);

      if (fo == NULL)
        return invalid (error, "a feature is not an object");
      if (!load_feature (self, fo, &self->features[i], error))
        return FALSE;
      g_hash_table_insert (self->by_id, self->features[i].id, &self->features[i]);
    }
  return TRUE;
}

PuenteBasemap *
puente_basemap_new_from_bytes (GBytes  *bytes,
                               GError **error)
{
  g_autoptr(PuenteBasemap) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PUENTE_TYPE_BASEMAP, NULL);
  if (!load (self, bytes, error))
    return NULL;
  return g_steal_pointer (&self);
}

PuenteBasemap *
puente_basemap_new_from_resource (const char *path,
                                  GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Looked up in our own resource first: a static library's resource is
   * registered only once its object file is linked in, which this does. */
  bytes = g_resource_lookup_data (puente_data_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return puente_basemap_new_from_bytes (bytes, error);
}

PuenteBasemap *
puente_basemap_dup_default (GError **error)
{
  static GMutex         lock;
  static PuenteBasemap *instance;
  PuenteBasemap        *result;

  puente_mutex_lock (&lock);
  if (instance == NULL)
    instance = puente_basemap_new_from_resource (PUENTE_BASEMAP_RESOURCE_PATH, error);
  result = instance != NULL ? g_object_ref (instance) : NULL;
  puente_mutex_unlock (&lock);
  return result;
}

/* ------------------------------------------------------------- features */

guint
puente_basemap_get_n_features (PuenteBasemap *self)
{
  g_return_val_if_fail (PUENTE_IS_BASEMAP (self), 0);
  return self->n_features;
}

const PuenteBasemapFeature *
puente_basemap_get_feature (PuenteBasemap *self,
                            guint          index)
{
  g_return_val_if_fail (PUENTE_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (index < self->n_features, NULL);
  return &self->features[index];
}

const PuenteBasemapFeature *
puente_basemap_lookup (PuenteBasemap *self,
                       const char    *id)
{
  g_return_val_if_fail (PUENTE_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->by_id, id);
}

const char *
puente_basemap_feature_get_id (const PuenteBasemapFeature *feature)
{
  g_return_val_if_fail (feature != NULL, NULL);
  return feature->id;
}

PuenteBasemapFeatureKind
puente_basemap_feature_get_kind (const PuenteBasemapFeature *feature)
{
  g_return_val_if_fail (feature != NULL, PUENTE_BASEMAP_FEATURE_COUNTRY);
  return feature->kind;
}

const char *
puente_basemap_feature_get_country (const PuenteBasemapFeature *feature)
{
  g_return_val_if_fail (feature != NULL, NULL);
  return feature->country;
}

const char *
puente_basemap_feature_get_name (const PuenteBasemapFeature *feature,
                                 PuenteLang                  language)
{
  g_return_val_if_fail (feature != NULL, NULL);
  return language == PUENTE_LANG_ES ? feature->name_es : feature->name_en;
}

void
puente_basemap_feature_get_label_point (const PuenteBasemapFeature *feature,
                                        double                     *lat,
                                        double                     *lon)
{
  g_return_if_fail (feature != NULL);
  if (lat != NULL)
    *lat = feature->label_lat;
  if (lon != NULL)
    *lon = feature->label_lon;
}

void
puente_basemap_feature_get_bbox (const PuenteBasemapFeature *feature,
                                 double                     *west,
                                 double                     *south,
                                 double                     *east,
                                 double                     *north)
{
  g_return_if_fail (feature != NULL);
  if (west != NULL)
    *west = feature->west;
  if (south != NULL)
    *south = feature->south;
  if (east != NULL)
    *east = feature->east;
  if (north != NULL)
    *north = feature->north;
}

void
puente_basemap_feature_get_main_box (const PuenteBasemapFeature *feature,
                                     double                      zoom,
                                     double                     *x0,
                                     double                     *y0,
                                     double                     *x1,
                                     double                     *y1)
{
  double upp;

  g_return_if_fail (feature != NULL);

  upp = ldexp (1.0, QUANT_BITS - 8) / exp2 (zoom);
  /* In doubles: a feature without rings keeps an empty box. */
  *x0 = feature->main_bbox[0] / upp;
  *y0 = feature->main_bbox[1] / upp;
  *x1 = MAX ((double) feature->main_bbox[2], feature->main_bbox[0]) / upp;
  *y1 = MAX ((double) feature->main_bbox[3], feature->main_bbox[1]) / upp;
}

double
puente_basemap_feature_get_area (const PuenteBasemapFeature *feature,
                                 double                      zoom)
{
  double upp;

  g_return_val_if_fail (feature != NULL, 0);

  upp = ldexp (1.0, QUANT_BITS - 8) / exp2 (zoom);
  return feature->area / (upp * upp);
}

/* Even-odd crossings of a ray from (x, y) towards +x. */
static gboolean
feature_contains (PuenteBasemap              *self,
                  const PuenteBasemapFeature *f,
                  double                      x,
                  double                      y)
{
  guint               level = f->n_levels - 1;
  const FeatureLevel *fl = &f->levels[level];
  gboolean            inside = FALSE;

  if (x < f->bbox[0] || x > f->bbox[2] || y < f->bbox[1] || y > f->bbox[3])
    return FALSE;

  for (guint r = 0; r < fl->n_rings; r++)
    {
      const Ring *ring = &fl->rings[r];

      if (x < ring->bbox[0] || x > ring->bbox[2] || y < ring->bbox[1] || y > ring->bbox[3])
        continue;
      for (guint k = 0; k < ring->n_refs; k++)
        {
          gint32     ref = ring->refs[k];
          const Arc *arc = &self->arcs[level][ref >= 0 ? ref : ~ref];

          /* Direction does not matter for crossings: walk arcs forwards. */
          if (y < arc->bbox[1] || y > arc->bbox[3] || x > arc->bbox[2])
            continue;
          for (guint i = 1; i < arc->n; i++)
            {
              double x1 = arc->xy[2 * i - 2], y1 = arc->xy[2 * i - 1];
              double x2 = arc->xy[2 * i], y2 = arc->xy[2 * i + 1];

              if ((y1 > y) != (y2 > y) && x < (x2 - x1) * (y - y1) / (y2 - y1) + x1)
                inside = !inside;
            }
        }
    }
  return inside;
}

const PuenteBasemapFeature *
puente_basemap_find_at (PuenteBasemap           *self,
                        double                   lat,
                        double                   lon,
                        PuenteBasemapFeatureKind kind)
{
  double x, y;

  g_return_val_if_fail (PUENTE_IS_BASEMAP (self), NULL);

  if (!isfinite (lat) || !isfinite (lon) || fabs (lat) > PUENTE_MERCATOR_MAX_LAT)
    return NULL;
  lon = fmod (lon + 180.0, 360.0);
  if (lon < 0)
    lon += 360.0;
  lon -= 180.0;
  grid_point (lat, lon, &x, &y);

  for (guint i = 0; i < self->n_features; i++)
    {
      const PuenteBasemapFeature *f = &self->features[i];

      if (f->kind == kind && feature_contains (self, f, x, y))
        return f;
    }
  return NULL;
}

/* ---------------------------------------------------------------- paint */

typedef struct
{
  guint32 rgb[8];
} Palette;

static const Palette palettes[2] = {
  /* light: GNOME's light greys and blues */
  { { 0xa6c8f0, /* water */
      0xf6f5f4, /* land (US, Mexico) */
      0xe8e6e3, /* context land */
      0x84aee6, /* coast */
      0xb9b6b2, /* state border */
      0x6f6d74, /* country border */
      0x4a4850, /* country text */
      0x6a6870,
      /* state text */ } },
  /* dark */
  { { 0x1b2838, /* water */
      0x383838, /* land */
      0x2e2e2e, /* context land */
      0x3a5a80, /* coast */
      0x5a5a5a, /* state border */
      0x9a9996, /* country border */
      0xe6e5e2, /* country text */
      0xc0bfbc,
      /* state text */ } },
};

void
puente_basemap_get_paint (PuenteBasemapStyle style,
                          PuenteBasemapPaint paint,
                          double            *red,
                          double            *green,
                          double            *blue)
{
  guint32 c;

  g_return_if_fail ((guint) style < G_N_ELEMENTS (palettes));
  g_return_if_fail ((guint) paint < G_N_ELEMENTS (palettes[0].rgb));

  c = palettes[style].rgb[paint];
  if (red != NULL)
    *red = ((c >> 16) & 0xff) / 255.0;
  if (green != NULL)
    *green = ((c >> 8) & 0xff) / 255.0;
  if (blue != NULL)
    *blue = (c & 0xff) / 255.0;
}

static void
set_paint (cairo_t           *cr,
           PuenteBasemapStyle style,
           PuenteBasemapPaint paint)
{
  double r, g, b;

  puente_basemap_get_paint (style, paint, &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
}

/* ------------------------------------------------------------ rendering */

typedef struct
{
  double ox, oy;  /* tile origin, grid units */
  double upp;     /* grid units per logical pixel */
  double clip[4]; /* grid units: the tile and a margin */
} View;

static inline gboolean
bbox_outside (const View  *v,
              const gint32 b[4])
{
  return b[2] < v->clip[0] || b[0] > v->clip[2] || b[3] < v->clip[1] || b[1] > v->clip[3];
}

static inline void
to_px (const View   *v,
       const gint32 *p,
       double       *x,
       double       *y)
{
  *x = (p[0] - v->ox) / v->upp;
  *y = (p[1] - v->oy) / v->upp;
}

/* Appends the points of @arc after its first one (in walking order). A part
 * of the arc whose box misses the tile is replaced by a straight line to its
 * end when filling: the part and that chord stay inside a box that misses the
 * tile, so the winding number of every point of the tile is unchanged. When
 * stroking, that part is skipped. */
static void
walk_arc (cairo_t    *cr,
          const Arc  *arc,
          gboolean    reversed,
          gboolean    stroke,
          const View *v)
{
  double x, y;

  if (arc->n < 2)
    return;

  if (bbox_outside (v, arc->bbox))
    {
      to_px (v, &arc->xy[reversed ? 0 : 2 * (arc->n - 1)], &x, &y);
      if (stroke)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      return;
    }

  for (guint k = 0; k < arc->n_chunks; k++)
    {
      guint c = reversed ? arc->n_chunks - 1 - k : k;
      guint start = c * CHUNK;
      guint end = MIN (start + CHUNK, arc->n - 1);

      if (bbox_outside (v, &arc->chunk_bbox[4 * c]))
        {
          to_px (v, &arc->xy[2 * (reversed ? start : end)], &x, &y);
          if (stroke)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
          continue;
        }
      if (!reversed)
        for (guint i = start + 1; i <= end; i++)
          {
            to_px (v, &arc->xy[2 * i], &x, &y);
            cairo_line_to (cr, x, y);
          }
      else
        for (guint i = end; i-- > start;)
          {
            to_px (v, &arc->xy[2 * i], &x, &y);
            cairo_line_to (cr, x, y);
          }
    }
}

static void
append_ring (PuenteBasemap *self,
             cairo_t       *cr,
             guint          level,
             const Ring    *ring,
             const View    *v)
{
  double x, y;

  for (guint k = 0; k < ring->n_refs; k++)
    {
      gint32     ref = ring->refs[k];
      const Arc *arc = &self->arcs[level][ref >= 0 ? ref : ~ref];

      if (k == 0)
        {
          to_px (v, &arc->xy[ref >= 0 ? 0 : 2 * (arc->n - 1)], &x, &y);
          cairo_move_to (cr, x, y);
        }
      walk_arc (cr, arc, ref < 0, FALSE, v);
    }
  cairo_close_path (cr);
}

static guint
level_for_zoom (PuenteBasemap *self,
                int            zoom)
{
  for (guint l = 0; l < self->n_levels; l++)
    if (zoom <= self->level_max_zoom[l])
      return l;
  return self->n_levels - 1;
}

static void
fill_land (PuenteBasemap *self,
           cairo_t       *cr,
           guint          level,
           const View    *v,
           gboolean       focus)
{
  cairo_new_path (cr);
  for (guint i = 0; i < self->n_features; i++)
    {
      const PuenteBasemapFeature *f = &self->features[i];
      guint                       l;

      if (f->kind != PUENTE_BASEMAP_FEATURE_COUNTRY || f->focus != focus)
        continue;
      if (bbox_outside (v, f->bbox))
        continue;
      l = MIN (level, f->n_levels - 1);
      for (guint r = 0; r < f->levels[l].n_rings; r++)
        {
          const Ring *ring = &f->levels[l].rings[r];

          if (!bbox_outside (v, ring->bbox))
            append_ring (self, cr, l, ring, v);
        }
    }
  cairo_fill (cr);
}

static void
stroke_arcs (PuenteBasemap *self,
             cairo_t       *cr,
             guint          level,
             const View    *v,
             ArcClass       klass)
{
  double x, y;

  cairo_new_path (cr);
  for (guint a = 0; a < self->n_arcs; a++)
    {
      const Arc *arc;
      guint      l = level;

      if (self->arc_class[a] != klass)
        continue;
      /* Context arcs stop at a coarser level. */
      while (l > 0 && self->arcs[l][a].n == 0)
        l--;
      arc = &self->arcs[l][a];
      if (arc->n < 2 || bbox_outside (v, arc->bbox))
        continue;
      to_px (v, &arc->xy[0], &x, &y);
      cairo_move_to (cr, x, y);
      walk_arc (cr, arc, FALSE, TRUE, v);
    }
  cairo_stroke (cr);
}

/* Widths in logical pixels, growing with the zoom. */
static double
width_for_zoom (int    zoom,
                double at2,
                double at10)
{
  double t = CLAMP ((zoom - 2) / 8.0, 0.0, 1.0);

  return at2 + (at10 - at2) * t;
}

void
puente_basemap_render_tile (PuenteBasemap     *self,
                            cairo_t           *cr,
                            int                zoom,
                            int                x,
                            int                y,
                            PuenteBasemapStyle style)
{
  View   v;
  guint  level;
  double margin;

  g_return_if_fail (PUENTE_IS_BASEMAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (zoom >= 0 && zoom <= 16);
  g_return_if_fail (x >= 0 && y >= 0 && x < (1 << zoom) && y < (1 << zoom));

  v.upp = ldexp (1.0, QUANT_BITS - 8 - zoom);
  v.ox = (double) x * PUENTE_TILE_SIZE * v.upp;
  v.oy = (double) y * PUENTE_TILE_SIZE * v.upp;
  margin = 4.0 * v.upp;
  v.clip[0] = v.ox - margin;
  v.clip[1] = v.oy - margin;
  v.clip[2] = v.ox + PUENTE_TILE_SIZE * v.upp + margin;
  v.clip[3] = v.oy + PUENTE_TILE_SIZE * v.upp + margin;
  level = level_for_zoom (self, zoom);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, PUENTE_TILE_SIZE, PUENTE_TILE_SIZE);
  cairo_clip (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_GOOD);

  set_paint (cr, style, PUENTE_BASEMAP_PAINT_WATER);
  cairo_paint (cr);

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_paint (cr, style, PUENTE_BASEMAP_PAINT_CONTEXT_LAND);
  fill_land (self, cr, level, &v, FALSE);
  set_paint (cr, style, PUENTE_BASEMAP_PAINT_LAND);
  fill_land (self, cr, level, &v, TRUE);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  set_paint (cr, style, PUENTE_BASEMAP_PAINT_COAST);
  cairo_set_line_width (cr, width_for_zoom (zoom, 0.5, 1.1));
  stroke_arcs (self, cr, level, &v, ARC_COAST);

  if (zoom >= 3)
    {
      set_paint (cr, style, PUENTE_BASEMAP_PAINT_STATE_BORDER);
      cairo_set_line_width (cr, width_for_zoom (zoom, 0.5, 1.2));
      stroke_arcs (self, cr, level, &v, ARC_STATE_BORDER);
    }

  /* Country borders: a soft casing, then the line. */
  {
    double r, g, b, w = width_for_zoom (zoom, 0.8, 2.2);

    puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_COUNTRY_BORDER, &r, &g, &b);
    if (zoom >= 4)
      {
        cairo_set_source_rgba (cr, r, g, b, 0.18);
        cairo_set_line_width (cr, w * 3.0);
        stroke_arcs (self, cr, level, &v, ARC_COUNTRY_BORDER);
      }
    cairo_set_source_rgb (cr, r, g, b);
    cairo_set_line_width (cr, w);
    stroke_arcs (self, cr, level, &v, ARC_COUNTRY_BORDER);
  }

  cairo_restore (cr);
}

cairo_surface_t *
puente_basemap_render_tile_surface (PuenteBasemap     *self,
                                    int                zoom,
                                    int                x,
                                    int                y,
                                    int                scale_factor,
                                    PuenteBasemapStyle style)
{
  cairo_surface_t *surface;
  cairo_t         *cr;

  g_return_val_if_fail (PUENTE_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (scale_factor >= 1 && scale_factor <= 4, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        PUENTE_TILE_SIZE * scale_factor,
                                        PUENTE_TILE_SIZE * scale_factor);
  cr = cairo_create (surface);
  cairo_scale (cr, scale_factor, scale_factor);
  puente_basemap_render_tile (self, cr, zoom, x, y, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

void
puente_basemap_append_feature_path (PuenteBasemap              *self,
                                    cairo_t                    *cr,
                                    const PuenteBasemapFeature *feature,
                                    double                      zoom,
                                    double                      left,
                                    double                      top,
                                    double                      width,
                                    double                      height)
{
  View   v;
  guint  level;
  double margin;

  g_return_if_fail (PUENTE_IS_BASEMAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (feature != NULL);

  v.upp = ldexp (1.0, QUANT_BITS - 8) / exp2 (zoom);
  v.ox = left * v.upp;
  v.oy = top * v.upp;
  margin = 4.0 * v.upp;
  v.clip[0] = v.ox - margin;
  v.clip[1] = v.oy - margin;
  v.clip[2] = v.ox + width * v.upp + margin;
  v.clip[3] = v.oy + height * v.upp + margin;
  if (bbox_outside (&v, feature->bbox))
    return;

  level = MIN (level_for_zoom (self, (int) floor (zoom)), feature->n_levels - 1);
  for (guint r = 0; r < feature->levels[level].n_rings; r++)
    {
      const Ring *ring = &feature->levels[level].rings[r];

      if (!bbox_outside (&v, ring->bbox))
        append_ring (self, cr, level, ring, &v);
    }
}
