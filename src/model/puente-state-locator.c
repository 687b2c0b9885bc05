/* puente-state-locator.c: which US or Mexican state a point or a name is
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each state (and each country near North America) keeps the edges of its
 * finest rings in Web Mercator grid units (2^24 across the world, as the
 * basemap stores them), bucketed in horizontal bands: a point-in-polygon
 * test casts a ray to +x and counts the crossings of the edges in the
 * point's band only, so locating a station costs a few dozen edge tests
 * rather than thousands.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "puente-data-resources.h"
#include "puente-geo.h"
#include "puente-json.h"
#include "puente-state-locator.h"

#define BASEMAP_RESOURCE_PATH "/io/github/PuenteZEV/Puente/geo/basemap.json"
/* Grid units: world pixels at zoom 16 (256 * 2^16 = 2^24). */
#define GRID_ZOOM 16
#define GRID_SIZE 16777216.0
/* Bands of 4096 grid units (about 10 km at the equator). */
#define BAND_SHIFT 12
#define EQUATOR_KM 40075.017
/* Countries kept for "which country": those that reach this box. */
#define REGION_WEST -170.0
#define REGION_EAST -50.0
#define REGION_SOUTH 5.0
#define REGION_NORTH 75.0

typedef struct
{
  char   *id;
  char   *country;
  char   *name_en;
  char   *name_es;
  double  label_lat; /* the basemap's label point */
  double  label_lon;
  gint32  bbox[4]; /* min x, min y, max x, max y */
  gint32 *edges;   /* x1, y1, x2, y2 per edge */
  guint   n_edges;
  guint   n_bands;
  guint  *band_start; /* n_bands + 1 offsets into band_edges */
  guint  *band_edges;
} Shape;

struct _PuenteStateLocator
{
  gatomicrefcount ref_count;
  GArray         *states;      /* of Shape */
  GArray         *countries;   /* of Shape, without the US and Mexico */
  GHashTable     *by_code;     /* code -> Shape * (states) */
  GHashTable     *names[2];    /* normalised text -> code; [0] US, [1] MX */
  GPtrArray      *prefixes[2]; /* normalised names for prefix matches (key, code pairs) */
};

G_DEFINE_QUARK (puente - state - locator - error - quark, puente_state_locator_error)

static void
shape_clear (gpointer data)
{
  Shape *shape = data;

  g_free (shape->id);
  g_free (shape->country);
  g_free (shape->name_en);
  g_free (shape->name_es);
  g_free (shape->edges);
  g_free (shape->band_start);
  g_free (shape->band_edges);
}

/* ---- loading ------------------------------------------------------------ */

static gboolean
invalid (GError    **error,
         const char *what)
{
  g_set_error (error, PUENTE_STATE_LOCATOR_ERROR, PUENTE_STATE_LOCATOR_ERROR_INVALID,
               "Basemap geometry is not valid: %s", what);
  return FALSE;
}

typedef struct
{
  gint32  *xy;
  guint    n;
  gboolean decoded;
} Polyline;

static void
build_bands (Shape *shape)
{
  guint *counts;

  shape->n_bands = (guint) (((gint64) shape->bbox[3] - shape->bbox[1]) >> BAND_SHIFT) + 1;
  shape->band_start = g_new0 (guint, shape->n_bands + 1);
  counts = g_new0 (guint, shape->n_bands);

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint e = 0; e < shape->n_edges; e++)
        {
          const gint32 *edge = &shape->edges[4 * e];
          guint         b0 = (guint) ((MIN (edge[1], edge[3]) - shape->bbox[1]) >> BAND_SHIFT);
          guint         b1 = (guint) ((MAX (edge[1], edge[3]) - shape->bbox[1]) >> BAND_SHIFT);

          for (guint b = b0; b <= b1; b++)
            {
              if (pass == 0)
                shape->band_start[b + 1]++;
              else
                shape->band_edges[shape->band_start[b] + counts[b]++] = e;
            }
        }
      if (pass == 0)
        {
          for (guint b = 0; b < shape->n_bands; b++)
            shape->band_start[b + 1] += shape->band_start[b];
          shape->band_edges = g_new (guint, MAX (shape->band_start[shape->n_bands], 1));
        }
    }
  g_free (counts);
}

static gboolean
load_shape (JsonObject *o,
            JsonArray  *arcs,
            Polyline  **decoded,
            guint       n_levels,
            Shape      *shape,
            GError    **error)
{
  JsonArray *levels = json_object_get_array_member (o, "levels");
  JsonArray *rings;
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (gint32));
  guint level;

  if (levels == NULL || json_array_get_length (levels) == 0)
    return invalid (error, "a feature has no geometry");
  level = MIN (json_array_get_length (levels), n_levels) - 1;
  rings = json_array_get_array_element (levels, level);
  if (rings == NULL)
    return invalid (error, "a feature level is not a list of rings");

  shape->bbox[0] = shape->bbox[1] = G_MAXINT32;
  shape->bbox[2] = shape->bbox[3] = G_MININT32;
  for (guint r = 0; r < json_array_get_length (rings); r++)
    {
      JsonArray *refs = json_array_get_array_element (rings, r);

      if (refs == NULL)
        return invalid (error, "a ring is not a list of arcs");
      for (guint k = 0; k < json_array_get_length (refs); k++)
        {
          gint64    ref = json_array_get_int_element (refs, k);
          gint64    a = ref >= 0 ? ref : ~ref;
          Polyline *line;

          if (a >= json_array_get_length (arcs))
            return invalid (error, "a ring refers to a missing arc");
          line = &decoded[level][a];
          if (!line->decoded)
            {
              JsonArray  *versions = json_array_get_array_element (arcs, (guint) a);
              const char *text = versions != NULL && level < json_array_get_length (versions)
                ? json_array_get_string_element (versions, level)
                : NULL;

              if (text == NULL || !puente_geo_decode_polyline (text, &line->xy, &line->n))
                return invalid (error, "an arc's polyline does not decode");
              line->decoded = TRUE;
            }
          /* Crossings and distances do not depend on the direction. */
          for (guint i = 1; i < line->n; i++)
            {
              gint32 e[4] = { line->xy[2 * i - 2], line->xy[2 * i - 1], line->xy[2 * i], line->xy[2 * i + 1] };

              g_array_append_vals (edges, e, 4);
              shape->bbox[0] = MIN (shape->bbox[0], MIN (e[0], e[2]));
              shape->bbox[1] = MIN (shape->bbox[1], MIN (e[1], e[3]));
              shape->bbox[2] = MAX (shape->bbox[2], MAX (e[0], e[2]));
              shape->bbox[3] = MAX (shape->bbox[3], MAX (e[1], e[3]));
            }
        }
    }
  if (edges->len == 0)
    return TRUE;
  shape->n_edges = edges->len / 4;
  shape->edges = (gint32 *) (void *) g_array_free (g_steal_pointer (&edges), FALSE);
  build_bands (shape);
  return TRUE;
}

static void
add_name (PuenteStateLocator *self,
          guint               table,
          const char         *text,
          const char         *code,
          gboolean            prefix)
{
  char *key = puente_lang_fold (text);

  if (*key == '\0' || g_hash_table_contains (self->names[table], key))
    {
      g_free (key);
      return;
    }
  if (prefix && strlen (key) >= 4)
    {
      g_ptr_array_add (self->prefixes[table], g_strdup (key));
      g_ptr_array_add (self->prefixes[table], (gpointer) code);
    }
  g_hash_table_insert (self->names[table], key, (gpointer) code);
}

/* Abbreviations and other names records use, beyond the basemap's names
 * and the ISO and postal codes. */
static const struct
{
  const char *text;
  const char *code;
} aliases[] = {
  { "CDMX", "MX-CMX" },
  { "DF", "MX-CMX" },
  { "D.F.", "MX-CMX" },
  { "Distrito Federal", "MX-CMX" },
  { "Mexico D.F.", "MX-CMX" },
  { "Ciudad de Mexico", "MX-CMX" },
  { "Edomex", "MX-MEX" },
  { "Edo. Mex.", "MX-MEX" },
  { "Edo. de Mexico", "MX-MEX" },
  { "Mexico State", "MX-MEX" },
  { "Ags", "MX-AGU" },
  { "BC", "MX-BCN" },
  { "Baja California Norte", "MX-BCN" },
  { "Camp", "MX-CAM" },
  { "Chis", "MX-CHP" },
  { "Chih", "MX-CHH" },
  { "Coah", "MX-COA" },
  { "Dgo", "MX-DUR" },
  { "Gto", "MX-GUA" },
  { "Hgo", "MX-HID" },
  { "Mich", "MX-MIC" },
  { "NYR", "MX-NAY" },
  { "NL", "MX-NLE" },
  { "N.L.", "MX-NLE" },
  { "Qro", "MX-QUE" },
  { "Q. Roo", "MX-ROO" },
  { "QRoo", "MX-ROO" },
  { "Tamps", "MX-TAM" },
  { "Tamp", "MX-TAM" },
  { "Tlax", "MX-TLA" },
  { "Washington DC", "US-DC" },
  { "Washington D.C.", "US-DC" },
  { "D.C.", "US-DC" },
};

static void
build_names (PuenteStateLocator *self)
{
  for (guint t = 0; t < 2; t++)
    {
      self->names[t] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->prefixes[t] = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->states->len; i++)
    {
      Shape *s = &g_array_index (self->states, Shape, i);
      guint  t = g_str_equal (s->country, "MX") ? 1 : 0;

      add_name (self, t, s->id, s->id, FALSE);
      add_name (self, t, s->id + 3, s->id, FALSE);
      add_name (self, t, s->name_en, s->id, TRUE);
      add_name (self, t, s->name_es, s->id, TRUE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    add_name (self, g_str_has_prefix (aliases[i].code, "MX") ? 1 : 0, aliases[i].text, aliases[i].code, TRUE);
}

static gboolean
load (PuenteStateLocator *self,
      GBytes             *bytes,
      GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize       size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonObject *root;
  JsonArray  *levels, *arcs, *features;
  Polyline  **decoded;
  guint       n_levels, n_arcs;
  gboolean    ok = TRUE;

  if (!json_parser_load_from_data (parser, data, (gssize) size, error))
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, "the root is not an object");
  root = json_node_get_object (json_parser_get_root (parser));
  if (g_strcmp0 (puente_json_get_string (root, "format"), "puente-basemap") != 0 ||
      json_object_get_int_member_with_default (root, "quantization", 0) != (gint64) GRID_SIZE)
    return invalid (error, "not a puente-basemap file on a 2^24 grid");
  levels = json_object_get_array_member (root, "levels");
  arcs = json_object_get_array_member (root, "arcs");
  features = json_object_get_array_member (root, "features");
  if (levels == NULL || arcs == NULL || features == NULL || json_array_get_length (levels) == 0)
    return invalid (error, "missing levels, arcs or features");

  n_levels = json_array_get_length (levels);
  n_arcs = json_array_get_length (arcs);
  decoded = g_new0 (Polyline *, n_levels);
  for (guint l = 0; l < n_levels; l++)
    decoded[l] = g_new0 (Polyline, MAX (n_arcs, 1));

  for (guint i = 0; ok && i < json_array_get_length (features); i++)
    {
      JsonObject *o = json_array_get_object_element (features, i);
      const char *id, *kind, *country;
      JsonArray  *bbox;
      gboolean    is_state;
      Shape       shape = { 0 };

      if (o == NULL)
        {
          ok = invalid (error, "a feature is not an object");
          break;
        }
      id = puente_json_get_string (o, "id");
      kind = puente_json_get_string (o, "kind");
      country = puente_json_get_string (o, "country");
      bbox = json_object_get_array_member (o, "bbox");
      if (id == NULL || kind == NULL || country == NULL || bbox == NULL || json_array_get_length (bbox) != 4)
        {
          ok = invalid (error, "a feature lacks its id, kind, country or bbox");
          break;
        }
      is_state = g_str_equal (kind, "state") && (g_str_equal (country, "US") || g_str_equal (country, "MX"));
      if (!is_state)
        {
          /* The US and Mexico are their states; far countries never
           * matter to a station file of North America. */
          if (g_str_equal (country, "US") || g_str_equal (country, "MX") || !g_str_equal (kind, "country"))
            continue;
          if (json_array_get_double_element (bbox, 2) < REGION_WEST ||
              json_array_get_double_element (bbox, 0) > REGION_EAST ||
              json_array_get_double_element (bbox, 3) < REGION_SOUTH ||
              json_array_get_double_element (bbox, 1) > REGION_NORTH)
            continue;
        }

      if (!load_shape (o, arcs, decoded, n_levels, &shape, error))
        {
          shape_clear (&shape);
          ok = FALSE;
          break;
        }
      if (shape.n_edges == 0)
        {
          shape_clear (&shape);
          continue;
        }
      shape.id = g_strdup (id);
      shape.country = g_strdup (country);
      shape.name_en = g_strdup (puente_json_get_string (o, "name_en") != NULL ? puente_json_get_string (o, "name_en") : id);
      shape.name_es = g_strdup (puente_json_get_string (o, "name_es") != NULL ? puente_json_get_string (o, "name_es") : id);
      {
        JsonArray *label = json_object_get_array_member (o, "label");

        if (label != NULL && json_array_get_length (label) == 2)
          {
            shape.label_lon = json_array_get_double_element (label, 0);
            shape.label_lat = json_array_get_double_element (label, 1);
          }
        else
          {
            shape.label_lon = (json_array_get_double_element (bbox, 0) + json_array_get_double_element (bbox, 2)) / 2;
            shape.label_lat = (json_array_get_double_element (bbox, 1) + json_array_get_double_element (bbox, 3)) / 2;
          }
      }
      g_array_append_val (is_state ? self->states : self->countries, shape);
    }

  for (guint l = 0; l < n_levels; l++)
    {
      for (guint a = 0; a < n_arcs; a++)
        g_free (decoded[l][a].xy);
      g_free (decoded[l]);
    }
  g_free (decoded);
  if (!ok)
    return FALSE;
  if (self->states->len == 0)
    return invalid (error, "no US or Mexican state");

  for (guint i = 0; i < self->states->len; i++)
    {
      Shape *s = &g_array_index (self->states, Shape, i);

      g_hash_table_insert (self->by_code, s->id, s);
    }
  build_names (self);
  return TRUE;
}

PuenteStateLocator *
puente_state_locator_new_from_bytes (GBytes  *basemap,
                                     GError **error)
{
  PuenteStateLocator *self;

  g_return_val_if_fail (basemap != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (PuenteStateLocator, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->states = g_array_new (FALSE, FALSE, sizeof (Shape));
  g_array_set_clear_func (self->states, shape_clear);
  self->countries = g_array_new (FALSE, FALSE, sizeof (Shape));
  g_array_set_clear_func (self->countries, shape_clear);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  if (!load (self, basemap, error))
    {
      puente_state_locator_unref (self);
      return NULL;
    }
  return self;
}

PuenteStateLocator *
puente_state_locator_dup_default (GError **error)
{
  static GMutex              lock;
  static PuenteStateLocator *instance;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (instance == NULL)
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (puente_data_get_resource (), BASEMAP_RESOURCE_PATH,
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      if (bytes == NULL)
        return NULL;
      instance = puente_state_locator_new_from_bytes (bytes, error);
    }
  return instance != NULL ? puente_state_locator_ref (instance) : NULL;
}

PuenteStateLocator *
puente_state_locator_ref (PuenteStateLocator *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
puente_state_locator_unref (PuenteStateLocator *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->states);
  g_array_unref (self->countries);
  g_hash_table_unref (self->by_code);
  for (guint t = 0; t < 2; t++)
    {
      g_clear_pointer (&self->names[t], g_hash_table_unref);
      g_clear_pointer (&self->prefixes[t], g_ptr_array_unref);
    }
  g_free (self);
}

/* ---- points ------------------------------------------------------------- */

static gboolean
to_grid (double  latitude,
         double  longitude,
         double *x,
         double *y)
{
  if (!isfinite (latitude) || !isfinite (longitude) || fabs (latitude) > 85.0 || fabs (longitude) > 180.0)
    return FALSE;
  puente_geo_project (latitude, longitude, GRID_ZOOM, x, y);
  return TRUE;
}

/* Even-odd crossings of a ray from (x, y) towards +x. */
static gboolean
shape_contains (const Shape *shape,
                double       x,
                double       y)
{
  gboolean inside = FALSE;
  guint    band;

  if (x < shape->bbox[0] || x > shape->bbox[2] || y < shape->bbox[1] || y > shape->bbox[3])
    return FALSE;
  band = (guint) (((gint64) floor (y) - shape->bbox[1]) >> BAND_SHIFT);
  if (band >= shape->n_bands)
    return FALSE;
  for (guint k = shape->band_start[band]; k < shape->band_start[band + 1]; k++)
    {
      const gint32 *e = &shape->edges[4 * shape->band_edges[k]];
      double        x1 = e[0], y1 = e[1], x2 = e[2], y2 = e[3];

      if ((y1 > y) != (y2 > y) && x < (x2 - x1) * (y - y1) / (y2 - y1) + x1)
        inside = !inside;
    }
  return inside;
}

static double
segment_distance (double        x,
                  double        y,
                  const gint32 *e)
{
  double dx = (double) e[2] - e[0], dy = (double) e[3] - e[1];
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((x - e[0]) * dx + (y - e[1]) * dy) / len2 : 0;
  double px, py;

  t = CLAMP (t, 0.0, 1.0);
  px = e[0] + t * dx - x;
  py = e[1] + t * dy - y;
  return sqrt (px * px + py * py);
}

/* Grid units from (x, y) to the shape's edges, or G_MAXDOUBLE beyond
 * @max_units. */
static double
shape_distance (const Shape *shape,
                double       x,
                double       y,
                double       max_units)
{
  double best = G_MAXDOUBLE;
  gint64 lo, hi;

  if (x < shape->bbox[0] - max_units || x > shape->bbox[2] + max_units ||
      y < shape->bbox[1] - max_units || y > shape->bbox[3] + max_units)
    return G_MAXDOUBLE;
  if (shape_contains (shape, x, y))
    return 0;
  lo = MAX (0, ((gint64) floor (y - max_units) - shape->bbox[1]) >> BAND_SHIFT);
  hi = MIN ((gint64) shape->n_bands - 1, ((gint64) ceil (y + max_units) - shape->bbox[1]) >> BAND_SHIFT);
  for (gint64 b = lo; b <= hi; b++)
    for (guint k = shape->band_start[b]; k < shape->band_start[b + 1]; k++)
      {
        const gint32 *e = &shape->edges[4 * shape->band_edges[k]];
        double        d;

        if (MIN (e[0], e[2]) > x + max_units || MAX (e[0], e[2]) < x - max_units)
          continue;
        d = segment_distance (x, y, e);
        if (d < best)
          best = d;
      }
  return best <= max_units ? best : G_MAXDOUBLE;
}

/* Kilometres on the ground per grid unit at @latitude. */
static double
km_per_unit (double latitude)
{
  return EQUATOR_KM * cos (latitude * G_PI / 180.0) / GRID_SIZE;
}

const char *
puente_state_locator_find_state (const PuenteStateLocator *self,
                                 double                    latitude,
                                 double                    longitude)
{
  double x, y;

  g_return_val_if_fail (self != NULL, NULL);

  if (!to_grid (latitude, longitude, &x, &y))
    return NULL;
  for (guint i = 0; i < self->states->len; i++)
    {
      const Shape *s = &g_array_index (self->states, Shape, i);

      if (shape_contains (s, x, y))
        return s->id;
    }
  return NULL;
}

const char *
puente_state_locator_find_country (const PuenteStateLocator *self,
                                   double                    latitude,
                                   double                    longitude)
{
  const char *state;
  double      x, y;

  g_return_val_if_fail (self != NULL, NULL);

  state = puente_state_locator_find_state (self, latitude, longitude);
  if (state != NULL)
    return ((const Shape *) g_hash_table_lookup (self->by_code, state))->country;
  if (!to_grid (latitude, longitude, &x, &y))
    return NULL;
  for (guint i = 0; i < self->countries->len; i++)
    {
      const Shape *s = &g_array_index (self->countries, Shape, i);

      if (shape_contains (s, x, y))
        return s->country;
    }
  return NULL;
}

double
puente_state_locator_distance_to (const PuenteStateLocator *self,
                                  const char               *code,
                                  double                    latitude,
                                  double                    longitude,
                                  double                    max_km)
{
  const Shape *shape;
  double       x, y, scale, d;

  g_return_val_if_fail (self != NULL, G_MAXDOUBLE);
  g_return_val_if_fail (code != NULL, G_MAXDOUBLE);

  shape = g_hash_table_lookup (self->by_code, code);
  if (shape == NULL || !to_grid (latitude, longitude, &x, &y))
    return G_MAXDOUBLE;
  scale = km_per_unit (latitude);
  d = shape_distance (shape, x, y, MAX (max_km, 0) / scale);
  return d == G_MAXDOUBLE ? G_MAXDOUBLE : d * scale;
}

const char *
puente_state_locator_nearest (const PuenteStateLocator *self,
                              double                    latitude,
                              double                    longitude,
                              double                    max_km,
                              double                   *distance_km)
{
  const char *best = NULL;
  double      best_d = G_MAXDOUBLE, x, y, scale;

  g_return_val_if_fail (self != NULL, NULL);

  if (distance_km != NULL)
    *distance_km = G_MAXDOUBLE;
  if (!to_grid (latitude, longitude, &x, &y))
    return NULL;
  scale = km_per_unit (latitude);
  for (guint i = 0; i < self->states->len; i++)
    {
      const Shape *s = &g_array_index (self->states, Shape, i);
      double       d = shape_distance (s, x, y, MIN (MAX (max_km, 0) / scale, best_d));

      if (d < best_d)
        {
          best_d = d;
          best = s->id;
        }
    }
  if (best != NULL && distance_km != NULL)
    *distance_km = best_d * scale;
  return best;
}

/* ---- names -------------------------------------------------------------- */

static const char *
lookup_in (const PuenteStateLocator *self,
           guint                     table,
           const char               *key)
{
  const char *code = g_hash_table_lookup (self->names[table], key);
  gsize       best = 0;

  if (code != NULL)
    return code;
  /* "Michoacan de Ocampo", "Texas, USA": the longest name the text
   * starts with, as a whole word. */
  for (guint i = 0; i + 1 < self->prefixes[table]->len; i += 2)
    {
      const char *name = g_ptr_array_index (self->prefixes[table], i);
      gsize       len = strlen (name);

      if (len > best && g_str_has_prefix (key, name) && key[len] == ' ')
        {
          best = len;
          code = g_ptr_array_index (self->prefixes[table], i + 1);
        }
    }
  return code;
}

const char *
puente_state_locator_lookup_name (const PuenteStateLocator *self,
                                  const char               *text,
                                  const char               *country)
{
  g_autofree char *key = NULL;
  const char      *code = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL)
    return NULL;
  key = puente_lang_fold (text);
  if (*key == '\0')
    return NULL;
  if (g_strcmp0 (country, "MX") != 0)
    code = lookup_in (self, 0, key);
  if (code == NULL && g_strcmp0 (country, "US") != 0)
    code = lookup_in (self, 1, key);
  return code;
}

const char *
puente_state_locator_get_name (const PuenteStateLocator *self,
                               const char               *code,
                               PuenteLang                lang)
{
  const Shape *shape;

  g_return_val_if_fail (self != NULL, NULL);

  shape = code != NULL ? g_hash_table_lookup (self->by_code, code) : NULL;
  if (shape == NULL)
    return NULL;
  return lang == PUENTE_LANG_ES ? shape->name_es : shape->name_en;
}

gboolean
puente_state_locator_get_extent (const PuenteStateLocator *self,
                                 const char               *code,
                                 double                   *label_latitude,
                                 double                   *label_longitude,
                                 double                   *west,
                                 double                   *south,
                                 double                   *east,
                                 double                   *north)
{
  const Shape *shape;
  double       half = GRID_SIZE / 2;
  double       x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double       w, s, e, n;
  gboolean     west_side;

  g_return_val_if_fail (self != NULL, FALSE);

  shape = code != NULL ? g_hash_table_lookup (self->by_code, code) : NULL;
  if (shape == NULL)
    return FALSE;

  /* Alaska's Aleutians cross the antimeridian: keep the side of the
   * label point, or the box would span the world. */
  west_side = shape->label_lon < 0;
  for (guint k = 0; k < 2 * shape->n_edges; k++)
    {
      double x = shape->edges[2 * k], y = shape->edges[2 * k + 1];

      if ((x < half) != west_side)
        continue;
      x0 = MIN (x0, x);
      x1 = MAX (x1, x);
      y0 = MIN (y0, y);
      y1 = MAX (y1, y);
    }
  if (x0 > x1)
    return FALSE;
  if (label_latitude != NULL)
    *label_latitude = shape->label_lat;
  if (label_longitude != NULL)
    *label_longitude = shape->label_lon;
  /* Grid y grows southwards. */
  puente_geo_unproject (x0, y1, GRID_ZOOM, &s, &w);
  puente_geo_unproject (x1, y0, GRID_ZOOM, &n, &e);
  if (west != NULL)
    *west = w;
  if (south != NULL)
    *south = s;
  if (east != NULL)
    *east = e;
  if (north != NULL)
    *north = n;
  return TRUE;
}
