/* puente-dataset.c: loading and validating the sourced dataset
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files of docs/dataset.md are read with puente_file_read () (regular
 * files, at most PUENTE_FILE_MAX_SIZE each) and puente_json_parse () (depth,
 * numbers, duplicate keys), checked against the contract and turned into
 * plain structs. Every figure is checked against its row in the schema
 * (puente-dataset-schema.c): unit, and value, low and high within range.
 * Every string lives in one GStringChunk owned by the dataset, so the
 * structs can be handed out as const pointers for the dataset's life.
 *
 * Errors name the file, the place in it and the field, e.g.
 *   states.json: states[4] (US-CA): missing field “ldv_stock”
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "puente-dataset-private.h"
#include "puente-data-resources.h"
#include "puente-file.h"

#define DATASET_RESOURCE_PATH "/io/github/PuenteZEV/Puente/dataset"
#define DATASET_FORMAT "puente-dataset"
#define DATASET_VERSION 1

typedef struct
{
  const char   *unit;
  guint         n_points;
  PuenteFigure *points; /* sorted by year */
} Series;

struct _PuenteDataset
{
  gatomicrefcount    ref_count;
  GStringChunk      *strings;
  char              *origin;

  PuenteState       *states;
  guint              n_states;

  PuenteGridRegion  *regions;
  guint              n_regions;

  GHashTable        *parameters; /* interned id -> PuenteFigure* (owned) */
  GHashTable        *series;     /* interned id -> Series* (owned) */

  PuentePort        *ports;
  guint              n_ports;
  PuenteCity        *cities;
  guint              n_cities;
  PuenteSite        *sites;
  guint              n_sites;

  PuenteRule        *rules;
  guint              n_rules;
  GPtrArray         *rule_points; /* PuenteFigure arrays of the rules (owned) */
  PuenteObservation *observations;
  guint              n_observations;
};

G_DEFINE_QUARK (puente - dataset - error - quark, puente_dataset_error)

static const char *const known_units[] = {
  "persons",
  "vehicles",
  "vehicles/year",
  "share",
  "index",
  "ports",
  "EVs/port",
  "ports/EV",
  "years",
  "km/year",
  "L/100 km",
  "kWh/km",
  "kWh",
  "kg CO2/kWh",
  "kg CO2/L",
  "USD/port",
  "1/year",
  "year",
  "degrees",
  /* ports, transit, sites, supply */
  "L/km",
  "km",
  "kW",
  "USD",
  "USD/km",
  "USD/kWh",
  "kg/kWh",
  "jobs/GWh",
  "jobs/1000 vehicles",
  "GWh/year",
  "t/year",
  "sessions/day",
};

gboolean
puente_unit_is_known (const char *unit)
{
  if (unit == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (known_units); i++)
    if (strcmp (unit, known_units[i]) == 0)
      return TRUE;

  return FALSE;
}

const char *
puente_country_code (PuenteCountry country)
{
  switch (country)
    {
    case PUENTE_COUNTRY_US:
      return "US";
    case PUENTE_COUNTRY_MX:
      return "MX";
    case PUENTE_N_COUNTRIES:
    default:
      return NULL;
    }
}

static gboolean
puente_country_from_code (const char    *code,
                          PuenteCountry *country)
{
  if (g_strcmp0 (code, "US") == 0)
    *country = PUENTE_COUNTRY_US;
  else if (g_strcmp0 (code, "MX") == 0)
    *country = PUENTE_COUNTRY_MX;
  else
    return FALSE;

  return TRUE;
}

const char *
puente_figure_status_to_string (PuenteFigureStatus status)
{
  switch (status)
    {
    case PUENTE_FIGURE_VERIFIED:
      return "verified";
    case PUENTE_FIGURE_SECONDARY:
      return "secondary";
    case PUENTE_FIGURE_DERIVED:
      return "derived";
    case PUENTE_FIGURE_ASSUMPTION:
      return "assumption";
    default:
      return NULL;
    }
}

static gboolean
status_from_string (const char         *s,
                    PuenteFigureStatus *status)
{
  for (int i = PUENTE_FIGURE_VERIFIED; i <= PUENTE_FIGURE_ASSUMPTION; i++)
    if (g_strcmp0 (s, puente_figure_status_to_string (i)) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

/* ----------------------------------------------------------------------- */
/* Life cycle                                                                */

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->points);
  g_free (series);
}

static PuenteDataset *
dataset_new (const char *origin)
{
  PuenteDataset *self = g_new0 (PuenteDataset, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->strings = g_string_chunk_new (4096);
  self->origin = g_strdup (origin);
  self->parameters = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->series = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, series_free);
  self->rule_points = g_ptr_array_new_with_free_func (g_free);

  return self;
}

PuenteDataset *
puente_dataset_ref (PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
puente_dataset_unref (PuenteDataset *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->parameters, g_hash_table_unref);
  g_clear_pointer (&self->series, g_hash_table_unref);
  g_clear_pointer (&self->states, g_free);
  g_clear_pointer (&self->regions, g_free);
  g_clear_pointer (&self->ports, g_free);
  g_clear_pointer (&self->cities, g_free);
  g_clear_pointer (&self->sites, g_free);
  g_clear_pointer (&self->rules, g_free);
  g_clear_pointer (&self->rule_points, g_ptr_array_unref);
  g_clear_pointer (&self->observations, g_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->origin, g_free);
  g_free (self);
}

static const char *
intern (PuenteDataset *self,
        const char    *s)
{
  return s != NULL ? g_string_chunk_insert_const (self->strings, s) : NULL;
}

/* ----------------------------------------------------------------------- */
/* JSON helpers                                                              */

/* Context for error messages: which file and where in it. */
typedef struct
{
  const char *file;
  const char *where;
} Ctx;

G_GNUC_PRINTF (4, 5)
static gboolean
fail (GError    **error,
      int         code,
      const Ctx  *ctx,
      const char *format,
      ...)
{
  g_autofree char *msg = NULL;
  va_list          args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);

  if (ctx->where != NULL && *ctx->where != '\0')
    g_set_error (error, PUENTE_DATASET_ERROR, code, "%s: %s: %s", ctx->file, ctx->where, msg);
  else
    g_set_error (error, PUENTE_DATASET_ERROR, code, "%s: %s", ctx->file, msg);

  return FALSE;
}

static gboolean
missing (GError    **error,
         const Ctx  *ctx,
         const char *field)
{
  return fail (error, PUENTE_DATASET_ERROR_MISSING_FIELD, ctx,
               _ ("missing field “%s”"), field);
}

static JsonObject *
get_object (JsonObject *obj,
            const char *field,
            const Ctx  *ctx,
            GError    **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL)
    {
      missing (error, ctx, field);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, PUENTE_DATASET_ERROR_FORMAT, ctx,
            _ ("field “%s” must be an object"), field);
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
get_array (JsonObject *obj,
           const char *field,
           const Ctx  *ctx,
           GError    **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL)
    {
      missing (error, ctx, field);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, PUENTE_DATASET_ERROR_FORMAT, ctx,
            _ ("field “%s” must be an array"), field);
      return NULL;
    }
  return json_node_get_array (node);
}

static const char *
get_string (JsonObject *obj,
            const char *field,
            const Ctx  *ctx,
            GError    **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL)
    {
      missing (error, ctx, field);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (error, PUENTE_DATASET_ERROR_FORMAT, ctx,
            _ ("field “%s” must be a string"), field);
      return NULL;
    }
  return json_node_get_string (node);
}

/* A string field, kept in the dataset. */
static gboolean
read_string (PuenteDataset *self,
             JsonObject    *obj,
             const char    *field,
             const Ctx     *ctx,
             const char   **out,
             GError       **error)
{
  const char *s = get_string (obj, field, ctx, error);

  if (s == NULL)
    return FALSE;
  *out = intern (self, s);
  return TRUE;
}

/* "country": "US" or "MX". */
static gboolean
read_country (JsonObject    *obj,
              const Ctx     *ctx,
              PuenteCountry *country,
              GError       **error)
{
  const char *s = get_string (obj, "country", ctx, error);

  if (s == NULL)
    return FALSE;
  if (!puente_country_from_code (s, country))
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("“country” is “%s”; expected US or MX"), s);
  return TRUE;
}

/* The index of the first of @n_items @items (@stride bytes apart, each
 * starting with its id) whose id is @id, or -1. */
static int
find_id (const void *items,
         gsize       stride,
         guint       n_items,
         const char *id)
{
  if (id == NULL || items == NULL)
    return -1;
  for (guint i = 0; i < n_items; i++)
    if (strcmp (*(const char *const *) ((const char *) items + i * stride), id) == 0)
      return (int) i;
  return -1;
}

G_STATIC_ASSERT (G_STRUCT_OFFSET (PuenteState, code) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (PuenteGridRegion, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (PuentePort, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (PuenteCity, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (PuenteSite, id) == 0);

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
get_number (JsonObject *obj,
            const char *field,
            double     *out,
            const Ctx  *ctx,
            GError    **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  if (node == NULL)
    return missing (error, ctx, field);
  if (!node_is_number (node))
    return fail (error, PUENTE_DATASET_ERROR_FORMAT, ctx,
                 _ ("field “%s” must be a number"), field);

  *out = json_node_get_double (node);
  if (!isfinite (*out))
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("field “%s” must be a finite number"), field);
  return TRUE;
}

/* Checks the {"format": "puente-dataset", "version": 1} header. */
static gboolean
check_header (JsonObject *root,
              const Ctx  *ctx,
              GError    **error)
{
  const char *format;
  double      version;

  if (!(format = get_string (root, "format", ctx, error)))
    return FALSE;
  if (strcmp (format, DATASET_FORMAT) != 0)
    return fail (error, PUENTE_DATASET_ERROR_FORMAT, ctx,
                 _ ("“format” is “%s”, expected “%s”"), format, DATASET_FORMAT);
  if (!get_number (root, "version", &version, ctx, error))
    return FALSE;
  if (version != DATASET_VERSION)
    return fail (error, PUENTE_DATASET_ERROR_FORMAT, ctx,
                 _ ("version %g is not supported (this Puente reads version %d)"),
                 version, DATASET_VERSION);
  return TRUE;
}

/* The array @field of a file, after its header; its length in @n_items. */
static JsonArray *
get_items (JsonObject *root,
           const char *field,
           const Ctx  *ctx,
           guint      *n_items,
           GError    **error)
{
  JsonArray *array;

  if (!check_header (root, ctx, error) || !(array = get_array (root, field, ctx, error)))
    return NULL;
  *n_items = json_array_get_length (array);
  return array;
}

/* @fig against its row of the schema: the row exists, the unit is the
 * row's, value, low and high lie in its range. */
static gboolean
check_schema (const PuenteFigure *fig,
              const char         *key,
              const char         *unit,
              const Ctx          *ctx,
              GError            **error)
{
  const PuenteFigureSchema *row;
  const double              values[] = { fig->value, fig->low, fig->high };
  const char               *names[] = { "value", "low", "high" };

  if (unit != NULL && strcmp (unit, PUENTE_SCHEMA_ANY_UNIT) == 0)
    {
      row = puente_dataset_schema_find (ctx->file, key, fig->unit);
      if (row == NULL)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                     _ ("unit is “%s”, which has no range for “%s” in the dataset schema (src/model/puente-dataset-schema.c)"),
                     fig->unit, key);
      unit = fig->unit;
    }
  row = puente_dataset_schema_find (ctx->file, key, unit);
  if (row == NULL && unit != NULL && puente_dataset_schema_find (ctx->file, key, NULL) != NULL)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("unit is “%s”, expected “%s”"), fig->unit, unit);
  if (row == NULL)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("the figure “%s” is not in the dataset schema; add its unit and range to src/model/puente-dataset-schema.c"),
                 key);
  if (strcmp (fig->unit, row->unit) != 0)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("unit is “%s”, expected “%s”"), fig->unit, row->unit);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (values[i] < row->min || values[i] > row->max)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                     /* Translators: "“value” of “us.km_per_vehicle” is -14000
                      * km/year; it must lie between 100 and 200000 km/year" */
                     _ ("“%s” of “%s” is %g %s; it must lie between %g and %g %s"),
                     names[i], key, values[i], fig->unit, row->min, row->max, row->unit);
      if ((row->flags & PUENTE_FIGURE_WHOLE) && values[i] != floor (values[i]))
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                     _ ("“%s” of “%s” is %g; it must be a whole number"),
                     names[i], key, values[i]);
    }

  return TRUE;
}

/* A figure: {"value", "unit", "year", "source": {publisher, title, url},
 * "status", "note"?, "assumption"?, "low"?, "high"?}, the member @field of
 * @parent, checked against the schema's row for @key (@field when NULL)
 * and, for keys with rows in several units, @unit. */
static gboolean
read_figure (PuenteDataset *self,
             JsonObject    *parent,
             const char    *field,
             const char    *key,
             const char    *unit,
             const Ctx     *outer,
             PuenteFigure  *fig,
             GError       **error)
{
  g_autofree char *where = NULL;
  JsonObject      *obj, *source;
  JsonNode        *node;
  const char      *s;
  double           year;
  Ctx              ctx;

  where = outer->where && *outer->where
    ? g_strdup_printf ("%s.%s", outer->where, field)
    : g_strdup (field);
  ctx.file = outer->file;
  ctx.where = where;

  if (!(obj = get_object (parent, field, outer, error)))
    return FALSE;

  memset (fig, 0, sizeof *fig);

  if (!get_number (obj, "value", &fig->value, &ctx, error))
    return FALSE;
  fig->low = fig->high = fig->value;
  if (json_object_has_member (obj, "low") &&
      !get_number (obj, "low", &fig->low, &ctx, error))
    return FALSE;
  if (json_object_has_member (obj, "high") &&
      !get_number (obj, "high", &fig->high, &ctx, error))
    return FALSE;
  if (fig->low > fig->value || fig->high < fig->value)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &ctx,
                 _ ("“low” (%g) and “high” (%g) must bracket “value” (%g)"),
                 fig->low, fig->high, fig->value);

  if (!(s = get_string (obj, "unit", &ctx, error)))
    return FALSE;
  fig->unit = intern (self, s);
  if (!check_schema (fig, key != NULL ? key : field, unit, &ctx, error))
    return FALSE;

  if (!get_number (obj, "year", &year, &ctx, error))
    return FALSE;
  if (year != floor (year) || year < 1900 || year > 2100)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &ctx,
                 _ ("“year” must be a calendar year, not %g"), year);
  fig->year = (int) year;

  if (!(source = get_object (obj, "source", &ctx, error)))
    return FALSE;
  {
    g_autofree char *swhere = g_strdup_printf ("%s.source", where);
    Ctx              sctx = { ctx.file, swhere };

    if (!(s = get_string (source, "publisher", &sctx, error)))
      return FALSE;
    fig->publisher = intern (self, s);
    if (!(s = get_string (source, "title", &sctx, error)))
      return FALSE;
    fig->title = intern (self, s);
    if (!(s = get_string (source, "url", &sctx, error)))
      return FALSE;
    fig->url = intern (self, s);
  }

  if (!(s = get_string (obj, "status", &ctx, error)))
    return FALSE;
  if (!status_from_string (s, &fig->status))
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &ctx,
                 _ ("“status” is “%s”; expected verified, secondary, derived or assumption"), s);

  if ((node = json_object_get_member (obj, "note")) != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!(s = get_string (obj, "note", &ctx, error)))
        return FALSE;
      fig->note = intern (self, s);
    }

  /* Assumptions say so twice (status and flag) and explain themselves. */
  {
    gboolean flag = FALSE;

    if ((node = json_object_get_member (obj, "assumption")) != NULL)
      {
        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
          return fail (error, PUENTE_DATASET_ERROR_FORMAT, &ctx,
                       _ ("field “assumption” must be true or false"));
        flag = json_node_get_boolean (node);
      }
    if (fig->status == PUENTE_FIGURE_ASSUMPTION && !flag)
      return fail (error, PUENTE_DATASET_ERROR_MISSING_FIELD, &ctx,
                   _ ("an assumption must carry “assumption”: true"));
    if (flag && fig->status != PUENTE_FIGURE_ASSUMPTION)
      return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &ctx,
                   _ ("“assumption”: true but “status” is “%s”"),
                   puente_figure_status_to_string (fig->status));
    if ((fig->status == PUENTE_FIGURE_ASSUMPTION || fig->status == PUENTE_FIGURE_DERIVED) &&
        (fig->note == NULL || *fig->note == '\0'))
      return fail (error, PUENTE_DATASET_ERROR_MISSING_FIELD, &ctx,
                   _ ("a figure with status “%s” must explain itself in “note”"),
                   puente_figure_status_to_string (fig->status));
  }

  return TRUE;
}

static gboolean
read_names (PuenteDataset *self,
            JsonObject    *obj,
            const Ctx     *ctx,
            const char   **en,
            const char   **es,
            GError       **error)
{
  JsonObject      *name;
  g_autofree char *where = g_strdup_printf ("%s.name", ctx->where);
  Ctx              nctx = { ctx->file, where };

  if (!(name = get_object (obj, "name", ctx, error)))
    return FALSE;
  return read_string (self, name, "en", &nctx, en, error) &&
    read_string (self, name, "es", &nctx, es, error);
}

/* Element @i of @array (the file's @what) as an object, its @key (the
 * id) kept in @id and in *@where, which names the element for errors. */
static JsonObject *
element_with_id (PuenteDataset *self,
                 JsonArray     *array,
                 guint          i,
                 const char    *what,
                 const char    *key,
                 const char   **id,
                 char         **where,
                 const Ctx     *file_ctx,
                 GError       **error)
{
  JsonNode   *node = json_array_get_element (array, i);
  Ctx         ctx = { file_ctx->file, NULL };
  JsonObject *obj;

  *where = g_strdup_printf ("%s[%u]", what, i);
  ctx.where = *where;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, PUENTE_DATASET_ERROR_FORMAT, &ctx, _ ("must be an object"));
      return NULL;
    }
  obj = json_node_get_object (node);
  if (!read_string (self, obj, key, &ctx, id, error))
    return NULL;
  g_free (*where);
  *where = g_strdup_printf ("%s[%u] (%s)", what, i, *id);
  return obj;
}

/* ----------------------------------------------------------------------- */
/* The four files                                                            */

static gboolean
load_grid (PuenteDataset *self,
           JsonObject    *root,
           GError       **error)
{
  Ctx        ctx = { "grid.json", NULL };
  JsonArray *regions;

  if (!(regions = get_items (root, "regions", &ctx, &self->n_regions, error)))
    return FALSE;
  self->regions = g_new0 (PuenteGridRegion, MAX (self->n_regions, 1));

  for (guint i = 0; i < self->n_regions; i++)
    {
      PuenteGridRegion *r = &self->regions[i];
      g_autofree char  *where = NULL;
      JsonObject       *obj;
      Ctx               rctx = { ctx.file, NULL };

      obj = element_with_id (self, regions, i, "regions", "id", &r->id, &where, &ctx, error);
      rctx.where = where;
      if (obj == NULL)
        return FALSE;
      if (find_id (self->regions, sizeof *self->regions, i, r->id) >= 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &rctx,
                     _ ("region id “%s” appears twice"), r->id);

      if (!read_country (obj, &rctx, &r->country, error))
        return FALSE;
      if (!read_names (self, obj, &rctx, &r->name_en, &r->name_es, error))
        return FALSE;
      if (!read_figure (self, obj, "factor_2024", NULL, NULL, &rctx, &r->factor_2024, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_states (PuenteDataset *self,
             JsonObject    *root,
             GError       **error)
{
  Ctx        ctx = { "states.json", NULL };
  JsonArray *states;
  guint      count[PUENTE_N_COUNTRIES] = {
         0,
  };

  if (!(states = get_items (root, "states", &ctx, &self->n_states, error)))
    return FALSE;
  self->states = g_new0 (PuenteState, MAX (self->n_states, 1));

  for (guint i = 0; i < self->n_states; i++)
    {
      PuenteState     *st = &self->states[i];
      g_autofree char *where = NULL;
      g_autofree char *prefix = NULL;
      Ctx              sctx = { ctx.file, NULL };
      JsonObject      *obj, *capital;
      int              region;

      obj = element_with_id (self, states, i, "states", "code", &st->code, &where, &ctx, error);
      sctx.where = where;
      if (obj == NULL)
        return FALSE;
      if (find_id (self->states, sizeof *self->states, i, st->code) >= 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("state code “%s” appears twice"), st->code);

      if (!read_country (obj, &sctx, &st->country, error))
        return FALSE;
      prefix = g_strdup_printf ("%s-", puente_country_code (st->country));
      if (!g_str_has_prefix (st->code, prefix))
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("code “%s” does not start with “%s”"), st->code, prefix);
      count[st->country]++;

      if (!read_names (self, obj, &sctx, &st->name_en, &st->name_es, error))
        return FALSE;

      if (!(capital = get_object (obj, "capital", &sctx, error)))
        return FALSE;
      {
        g_autofree char *cwhere = g_strdup_printf ("%s.capital", where);
        Ctx              cctx = { ctx.file, cwhere };

        if (!get_number (capital, "lat", &st->lat, &cctx, error) ||
            !get_number (capital, "lon", &st->lon, &cctx, error))
          return FALSE;
      }

      if (!read_string (self, obj, "grid_region", &sctx, &st->grid_region, error))
        return FALSE;
      region = puente_dataset_find_grid_region (self, st->grid_region);
      if (region < 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("“grid_region” “%s” is not a region of grid.json"), st->grid_region);
      st->grid_factor = self->regions[region].factor_2024;

#define FIGURE(field)                                                         \
  if (!read_figure (self, obj, #field, NULL, NULL, &sctx, &st->field, error)) \
  return FALSE
      FIGURE (population);
      FIGURE (ldv_stock);
      FIGURE (sales_share);
      FIGURE (adoption_index);
      FIGURE (bev_stock);
      FIGURE (phev_stock);
      FIGURE (public_l2_ports);
      FIGURE (public_dcfc_ports);
#undef FIGURE

      if (st->country == PUENTE_COUNTRY_MX)
        {
          if (!read_figure (self, obj, "used_import_share", NULL, NULL, &sctx, &st->used_import_share, error))
            return FALSE;
        }
      else if (json_object_has_member (obj, "used_import_share"))
        {
          if (!read_figure (self, obj, "used_import_share", NULL, NULL, &sctx, &st->used_import_share, error))
            return FALSE;
          if (st->used_import_share.value != 0)
            return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                         _ ("“used_import_share” must be 0 for a US state"));
        }
      else
        {
          /* US states receive no used imports: a zero without a source. */
          st->used_import_share.unit = intern (self, "share");
          st->used_import_share.year = PUENTE_BASE_YEAR;
          st->used_import_share.status = PUENTE_FIGURE_DERIVED;
        }

      if (st->bev_stock.value + st->phev_stock.value > st->ldv_stock.value)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("BEV + PHEV stock (%g) exceeds the light-duty stock (%g)"),
                     st->bev_stock.value + st->phev_stock.value, st->ldv_stock.value);
    }

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    if (count[c] == 0)
      return fail (error, PUENTE_DATASET_ERROR_MISSING_FIELD, &ctx,
                   _ ("no state of country %s"), puente_country_code (c));

  return TRUE;
}

/* The engine refuses a dataset that lacks a parameter the schema marks
 * required in @file (units and ranges were checked as it was read). */
static gboolean
check_required (PuenteDataset *self,
                const char    *file,
                GError       **error)
{
  Ctx                       ctx = { file, NULL };
  const PuenteFigureSchema *rows;
  guint                     n_rows;

  rows = puente_dataset_schema_get (&n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      const PuenteFigureSchema *row = &rows[i];
      gboolean                  per_country = (row->flags & PUENTE_FIGURE_PER_COUNTRY) != 0;

      if ((row->flags & PUENTE_FIGURE_REQUIRED) == 0 || strcmp (row->file, file) != 0)
        continue;

      for (int c = 0; c < (per_country ? PUENTE_N_COUNTRIES : 1); c++)
        {
          g_autofree char *id = NULL;

          if (per_country)
            {
              g_autofree char *lower = g_ascii_strdown (puente_country_code (c), -1);

              /* The schema's per-country keys are "%s.xxx". */
              id = g_strconcat (lower, row->key + 2, NULL);
            }
          else
            id = g_strdup (row->key);

          if (!g_hash_table_contains (self->parameters, id))
            return fail (error, PUENTE_DATASET_ERROR_MISSING_FIELD, &ctx,
                         _ ("missing required parameter “%s”"), id);
        }
    }

  return TRUE;
}

/* Reads a {"ID": FIGURE, ...} object into the parameters; an id may
 * appear in one file only. */
static gboolean
read_parameter_object (PuenteDataset *self,
                       JsonObject    *params,
                       const char    *file,
                       GError       **error)
{
  g_autoptr(GList) members = json_object_get_members (params);
  Ctx ctx = { file, NULL };

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char              *id = l->data;
      Ctx                      pctx = { file, "parameters" };
      g_autofree PuenteFigure *fig = g_new0 (PuenteFigure, 1);

      if (g_hash_table_contains (self->parameters, id))
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &ctx,
                     _ ("parameter “%s” is already defined in another file"), id);
      if (!read_figure (self, params, id, NULL, NULL, &pctx, fig, error))
        return FALSE;
      g_hash_table_replace (self->parameters, (gpointer) intern (self, id), g_steal_pointer (&fig));
    }
  return TRUE;
}

static gboolean
load_parameters (PuenteDataset *self,
                 JsonObject    *root,
                 GError       **error)
{
  Ctx         ctx = { "parameters.json", NULL };
  JsonObject *params;

  if (!check_header (root, &ctx, error))
    return FALSE;
  if (!(params = get_object (root, "parameters", &ctx, error)))
    return FALSE;

  if (!read_parameter_object (self, params, ctx.file, error))
    return FALSE;

  return check_required (self, ctx.file, error);
}

static int
compare_figure_year (gconstpointer a,
                     gconstpointer b)
{
  const PuenteFigure *fa = a, *fb = b;

  return (fa->year > fb->year) - (fa->year < fb->year);
}

static gboolean
load_series (PuenteDataset *self,
             JsonObject    *root,
             GError       **error)
{
  Ctx         ctx = { "series.json", NULL };
  JsonObject *all;
  g_autoptr(GList) members = NULL;

  if (!check_header (root, &ctx, error))
    return FALSE;
  if (!(all = get_object (root, "series", &ctx, error)))
    return FALSE;

  members = json_object_get_members (all);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char      *id = l->data;
      g_autofree char *where = g_strdup_printf ("series.%s", id);
      Ctx              sctx = { ctx.file, where };
      JsonObject      *obj;
      JsonArray       *points;
      const char      *unit;
      Series          *series;

      if (!(obj = get_object (all, id, &ctx, error)))
        return FALSE;
      if (!(unit = get_string (obj, "unit", &sctx, error)))
        return FALSE;
      if (!(points = get_array (obj, "points", &sctx, error)))
        return FALSE;

      series = g_new0 (Series, 1);
      series->unit = intern (self, unit);
      series->n_points = json_array_get_length (points);
      series->points = g_new0 (PuenteFigure, MAX (series->n_points, 1));
      g_hash_table_replace (self->series, (gpointer) intern (self, id), series);

      for (guint i = 0; i < series->n_points; i++)
        {
          g_autoptr(JsonObject) holder = json_object_new ();
          g_autofree char *field = g_strdup_printf ("points[%u]", i);

          json_object_set_member (holder, field, json_node_copy (json_array_get_element (points, i)));
          if (!read_figure (self, holder, field, id, NULL, &sctx, &series->points[i], error))
            return FALSE;
          if (strcmp (series->points[i].unit, series->unit) != 0)
            {
              g_autofree char *pwhere = g_strdup_printf ("%s.%s", where, field);
              Ctx              pctx = { ctx.file, pwhere };

              return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &pctx,
                           _ ("unit is “%s”, but the series is in “%s”"),
                           series->points[i].unit, series->unit);
            }
        }

      qsort (series->points, series->n_points, sizeof (PuenteFigure), compare_figure_year);
      for (guint i = 1; i < series->n_points; i++)
        if (series->points[i].year == series->points[i - 1].year)
          return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                       _ ("year %d appears twice"), series->points[i].year);
    }

  return TRUE;
}

/* ----------------------------------------------------------------------- */
/* Trucks, transit and the supply chain                                      */

/* A string field kept in the dataset, or NULL when absent or null. */
static gboolean
read_optional_string (PuenteDataset *self,
                      JsonObject    *obj,
                      const char    *field,
                      const Ctx     *ctx,
                      const char   **out,
                      GError       **error)
{
  JsonNode *node = json_object_get_member (obj, field);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, PUENTE_DATASET_ERROR_FORMAT, ctx,
                 _ ("field “%s” must be a string"), field);
  *out = intern (self, json_node_get_string (node));
  return TRUE;
}

/* Latitude and longitude, checked to lie on the globe. */
static gboolean
read_lat_lon (JsonObject *obj,
              double     *lat,
              double     *lon,
              const Ctx  *ctx,
              GError    **error)
{
  if (!get_number (obj, "lat", lat, ctx, error) || !get_number (obj, "lon", lon, ctx, error))
    return FALSE;
  if (fabs (*lat) > 90 || fabs (*lon) > 180)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("coordinates %g, %g are not on the globe"), *lat, *lon);
  return TRUE;
}

/* A state code that exists in states.json, in @country. */
static gboolean
check_state_ref (PuenteDataset *self,
                 const char    *field,
                 const char    *code,
                 PuenteCountry  country,
                 const Ctx     *ctx,
                 GError       **error)
{
  int s = puente_dataset_find_state (self, code);

  if (s < 0)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("“%s” “%s” is not a state of states.json"), field, code);
  if (self->states[s].country != country)
    return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                 _ ("“%s” “%s” is not in %s"), field, code, puente_country_code (country));
  return TRUE;
}

static gboolean
load_supply (PuenteDataset *self,
             JsonObject    *root,
             GError       **error)
{
  Ctx         ctx = { "supply.json", NULL };
  JsonObject *params;

  if (!check_header (root, &ctx, error))
    return FALSE;
  if (!(params = get_object (root, "parameters", &ctx, error)))
    return FALSE;
  if (!read_parameter_object (self, params, ctx.file, error))
    return FALSE;

  return check_required (self, ctx.file, error);
}

static gboolean
load_ports (PuenteDataset *self,
            JsonObject    *root,
            GError       **error)
{
  Ctx        ctx = { "ports.json", NULL };
  JsonArray *ports;

  if (!(ports = get_items (root, "ports", &ctx, &self->n_ports, error)))
    return FALSE;
  self->ports = g_new0 (PuentePort, MAX (self->n_ports, 1));

  for (guint i = 0; i < self->n_ports; i++)
    {
      PuentePort      *port = &self->ports[i];
      g_autofree char *where = NULL;
      JsonObject      *obj;
      Ctx              pctx = { ctx.file, NULL };

      obj = element_with_id (self, ports, i, "ports", "id", &port->id, &where, &ctx, error);
      pctx.where = where;
      if (obj == NULL)
        return FALSE;
      if (find_id (self->ports, sizeof *self->ports, i, port->id) >= 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &pctx,
                     _ ("port id “%s” appears twice"), port->id);

      if (!read_names (self, obj, &pctx, &port->name_en, &port->name_es, error) ||
          !read_string (self, obj, "us_state", &pctx, &port->us_state, error) ||
          !check_state_ref (self, "us_state", port->us_state, PUENTE_COUNTRY_US, &pctx, error) ||
          !read_string (self, obj, "mx_state", &pctx, &port->mx_state, error) ||
          !check_state_ref (self, "mx_state", port->mx_state, PUENTE_COUNTRY_MX, &pctx, error) ||
          !read_optional_string (self, obj, "mx_city", &pctx, &port->mx_city, error) ||
          !read_optional_string (self, obj, "location_note", &pctx, &port->location_note, error) ||
          !read_lat_lon (obj, &port->lat, &port->lon, &pctx, error) ||
          !read_figure (self, obj, "crossings", NULL, NULL, &pctx, &port->crossings, error) ||
          !read_figure (self, obj, "drayage_share", NULL, NULL, &pctx, &port->drayage_share, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_transit (PuenteDataset *self,
              JsonObject    *root,
              GError       **error)
{
  Ctx        ctx = { "transit.json", NULL };
  JsonArray *cities;

  if (!(cities = get_items (root, "cities", &ctx, &self->n_cities, error)))
    return FALSE;
  self->cities = g_new0 (PuenteCity, MAX (self->n_cities, 1));

  for (guint i = 0; i < self->n_cities; i++)
    {
      PuenteCity      *city = &self->cities[i];
      g_autofree char *where = NULL;
      JsonObject      *obj;
      const char      *kind = NULL;
      Ctx              cctx = { ctx.file, NULL };

      obj = element_with_id (self, cities, i, "cities", "id", &city->id, &where, &ctx, error);
      cctx.where = where;
      if (obj == NULL)
        return FALSE;
      if (find_id (self->cities, sizeof *self->cities, i, city->id) >= 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &cctx,
                     _ ("city id “%s” appears twice"), city->id);

      if (!read_names (self, obj, &cctx, &city->name_en, &city->name_es, error) ||
          !read_country (obj, &cctx, &city->country, error) ||
          !read_string (self, obj, "state", &cctx, &city->state, error) ||
          !check_state_ref (self, "state", city->state, city->country, &cctx, error) ||
          !read_lat_lon (obj, &city->lat, &city->lon, &cctx, error) ||
          !read_optional_string (self, obj, "location_note", &cctx, &city->location_note, error) ||
          !read_optional_string (self, obj, "agencies", &cctx, &city->agencies, error) ||
          !read_figure (self, obj, "bus_fleet", NULL, NULL, &cctx, &city->bus_fleet, error) ||
          !read_figure (self, obj, "battery_electric", NULL, NULL, &cctx, &city->battery_electric, error) ||
          !read_figure (self, obj, "trolleybus", NULL, NULL, &cctx, &city->trolleybus, error))
        return FALSE;
      if (city->battery_electric.value > city->bus_fleet.value)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &cctx,
                     _ ("“battery_electric” (%g) exceeds “bus_fleet” (%g), which includes them"),
                     city->battery_electric.value, city->bus_fleet.value);

      city->has_cng_share = json_object_has_member (obj, "cng_share");
      if (city->has_cng_share &&
          !read_figure (self, obj, "cng_share", NULL, NULL, &cctx, &city->cng_share, error))
        return FALSE;
      city->has_target_year = json_object_has_member (obj, "target_year");
      if (city->has_target_year)
        {
          if (!read_figure (self, obj, "target_year", NULL, NULL, &cctx, &city->target_year, error))
            return FALSE;
        }
      if (!read_optional_string (self, obj, "target_kind", &cctx, &kind, error))
        return FALSE;
      if (kind != NULL && strcmp (kind, "rule") != 0 && strcmp (kind, "goal") != 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &cctx,
                     _ ("“target_kind” is “%s”; expected rule or goal"), kind);
      city->target_binding = kind != NULL && strcmp (kind, "rule") == 0;
      if (!read_optional_string (self, obj, "purchase_rule", &cctx, &city->purchase_rule, error))
        return FALSE;
      if (city->purchase_rule != NULL && puente_dataset_get_rule (self, city->purchase_rule) == NULL)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &cctx,
                     _ ("“purchase_rule” “%s” is not a rule of rules.json"), city->purchase_rule);
      city->has_ze_purchase_share = json_object_has_member (obj, "ze_purchase_share");
      if (city->has_ze_purchase_share &&
          !read_figure (self, obj, "ze_purchase_share", NULL, NULL, &cctx,
                        &city->ze_purchase_share, error))
        return FALSE;
    }

  return TRUE;
}

static const char *const site_types[PUENTE_N_SITE_TYPES] = {
  "mining",
  "refining",
  "cathode",
  "cells",
  "packs",
  "vehicle_assembly",
  "recycling",
};

static const char *const site_statuses[PUENTE_N_SITE_STATUSES] = {
  "operating",
  "under construction",
  "announced",
  "paused",
  "cancelled",
};

const char *
puente_site_type_to_string (PuenteSiteType type)
{
  g_return_val_if_fail (type < PUENTE_N_SITE_TYPES, NULL);

  return site_types[type];
}

const char *
puente_site_type_capacity_unit (PuenteSiteType type)
{
  switch (type)
    {
    case PUENTE_SITE_CATHODE:
    case PUENTE_SITE_CELLS:
    case PUENTE_SITE_PACKS:
      return "GWh/year";
    case PUENTE_SITE_VEHICLE_ASSEMBLY:
      return "vehicles/year";
    case PUENTE_SITE_MINING:
    case PUENTE_SITE_REFINING:
    case PUENTE_SITE_RECYCLING:
      return "t/year";
    case PUENTE_N_SITE_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }
}

int
puente_site_get_status_year (const PuenteSite *site)
{
  const char *d;
  int         year = 0;

  g_return_val_if_fail (site != NULL, 0);

  d = site->status_date;
  if (d == NULL)
    return 0;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (d[i]))
        return 0;
      year = year * 10 + (d[i] - '0');
    }
  if (d[4] != '\0' && d[4] != '-')
    return 0;
  return year >= 1900 && year <= 2100 ? year : 0;
}

gboolean
puente_site_operated_in (const PuenteSite *site,
                         int               year)
{
  int start, status_year;

  g_return_val_if_fail (site != NULL, FALSE);

  start = site->start_year;
  status_year = puente_site_get_status_year (site);
  switch (site->status)
    {
    case PUENTE_SITE_OPERATING:
      /* Without a start year an operating site counts from its status date. */
      return year >= (start > 0 ? start : MIN (status_year, PUENTE_BASE_YEAR));
    case PUENTE_SITE_PAUSED:
    case PUENTE_SITE_CANCELLED:
      /* Produced from its start until the pause or cancellation. */
      return start > 0 && start < status_year && year >= start && year < status_year;
    case PUENTE_SITE_UNDER_CONSTRUCTION:
    case PUENTE_SITE_ANNOUNCED:
    case PUENTE_N_SITE_STATUSES:
    default:
      return FALSE;
    }
}

/* The index of @name in @names, or -1. */
static int
find_name (const char *const *names,
           int                n_names,
           const char        *name)
{
  for (int i = 0; i < n_names; i++)
    if (strcmp (name, names[i]) == 0)
      return i;
  return -1;
}

static gboolean
load_sites (PuenteDataset *self,
            JsonObject    *root,
            GError       **error)
{
  Ctx        ctx = { "sites.json", NULL };
  JsonArray *sites;

  if (!(sites = get_items (root, "sites", &ctx, &self->n_sites, error)))
    return FALSE;
  self->sites = g_new0 (PuenteSite, MAX (self->n_sites, 1));

  for (guint i = 0; i < self->n_sites; i++)
    {
      PuenteSite      *site = &self->sites[i];
      g_autofree char *where = NULL;
      JsonObject      *obj, *source;
      JsonNode        *node;
      const char      *s;
      int              t;
      Ctx              sctx = { ctx.file, NULL };

      obj = element_with_id (self, sites, i, "sites", "id", &site->id, &where, &ctx, error);
      sctx.where = where;
      if (obj == NULL)
        return FALSE;
      if (find_id (self->sites, sizeof *self->sites, i, site->id) >= 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("site id “%s” appears twice"), site->id);

      if (!read_string (self, obj, "company", &sctx, &site->company, error) ||
          !read_string (self, obj, "name", &sctx, &site->name, error) ||
          !read_string (self, obj, "products", &sctx, &site->products, error) ||
          !read_string (self, obj, "city", &sctx, &site->city, error) ||
          !read_string (self, obj, "state", &sctx, &site->state, error) ||
          !read_string (self, obj, "status_date", &sctx, &site->status_date, error))
        return FALSE;
      if (puente_site_get_status_year (site) == 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("“status_date” is “%s”; expected a date that starts with its year, e.g. 2025-06"),
                     site->status_date);

      if (!(s = get_string (obj, "type", &sctx, error)))
        return FALSE;
      if ((t = find_name (site_types, PUENTE_N_SITE_TYPES, s)) < 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("“type” is “%s”; expected mining, refining, cathode, cells, packs, vehicle_assembly or recycling"), s);
      site->type = t;

      if (!(s = get_string (obj, "status", &sctx, error)))
        return FALSE;
      if ((t = find_name (site_statuses, PUENTE_N_SITE_STATUSES, s)) < 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                     _ ("“status” is “%s”; expected operating, under construction, announced, paused or cancelled"), s);
      site->status = t;

      if (!read_country (obj, &sctx, &site->country, error) ||
          !check_state_ref (self, "state", site->state, site->country, &sctx, error) ||
          !read_lat_lon (obj, &site->lat, &site->lon, &sctx, error) ||
          !read_optional_string (self, obj, "location_note", &sctx, &site->location_note, error) ||
          !read_optional_string (self, obj, "note", &sctx, &site->note, error))
        return FALSE;

      node = json_object_get_member (obj, "capacity");
      if (node == NULL)
        return missing (error, &sctx, "capacity");
      site->has_capacity = !JSON_NODE_HOLDS_NULL (node);
      if (site->has_capacity &&
          !read_figure (self, obj, "capacity", NULL, puente_site_type_capacity_unit (site->type),
                        &sctx, &site->capacity, error))
        return FALSE;

      /* Optional: the plant makes cells for stationary storage, not EVs. */
      node = json_object_get_member (obj, "stationary_storage");
      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        {
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            return fail (error, PUENTE_DATASET_ERROR_FORMAT, &sctx,
                         _ ("field “%s” must be true or false"), "stationary_storage");
          site->stationary_storage = json_node_get_boolean (node);
        }

      node = json_object_get_member (obj, "start_year");
      if (node == NULL)
        return missing (error, &sctx, "start_year");
      if (!JSON_NODE_HOLDS_NULL (node))
        {
          double year;

          if (!get_number (obj, "start_year", &year, &sctx, error))
            return FALSE;
          if (year != floor (year) || year < 1900 || year > 2100)
            return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &sctx,
                         _ ("“start_year” must be a calendar year, not %g"), year);
          site->start_year = (int) year;
        }

      if (!(source = get_object (obj, "source", &sctx, error)))
        return FALSE;
      {
        g_autofree char *swhere = g_strdup_printf ("%s.source", where);
        Ctx              srcctx = { ctx.file, swhere };

        if (!read_string (self, source, "publisher", &srcctx, &site->publisher, error) ||
            !read_string (self, source, "title", &srcctx, &site->title, error) ||
            !read_string (self, source, "url", &srcctx, &site->url, error))
          return FALSE;
      }
    }

  return TRUE;
}


/* ----------------------------------------------------------------------- */
/* Rule tables and observed figures                                          */

/* A region code of the results: a state, a port, a city, US, MX or NA. */
static gboolean
region_is_known (PuenteDataset *self,
                 const char    *region)
{
  return puente_dataset_find_state (self, region) >= 0 ||
    puente_dataset_find_port (self, region) >= 0 ||
    puente_dataset_find_city (self, region) >= 0 ||
    strcmp (region, "US") == 0 || strcmp (region, "MX") == 0 || strcmp (region, "NA") == 0;
}

/* Each element of @array (named @what[i] in errors) as a figure with a
 * year, into @points; sorted by year, a year at most once. */
static gboolean
read_year_figures (PuenteDataset *self,
                   JsonArray     *array,
                   const char    *what,
                   const Ctx     *ctx,
                   PuenteFigure  *points,
                   GError       **error)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JsonObject) holder = json_object_new ();
      g_autofree char *field = g_strdup_printf ("%s[%u]", what, i);

      json_object_set_member (holder, field, json_node_copy (json_array_get_element (array, i)));
      if (!read_figure (self, holder, field, what, NULL, ctx, &points[i], error))
        return FALSE;
    }
  qsort (points, n, sizeof (PuenteFigure), compare_figure_year);
  for (guint i = 1; i < n; i++)
    if (points[i].year == points[i - 1].year)
      return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, ctx,
                   _ ("year %d appears twice"), points[i].year);
  return TRUE;
}

/* rules.json: {"rules": [{"id", "name": {en, es}, "region", "segment",
 * "status", "status_date", "table": [FIGURE (share, year = model year)]}]} */
static gboolean
load_rules (PuenteDataset *self,
            JsonObject    *root,
            GError       **error)
{
  Ctx        ctx = { "rules.json", NULL };
  JsonArray *rules;

  if (!(rules = get_items (root, "rules", &ctx, &self->n_rules, error)))
    return FALSE;

  self->rules = g_new0 (PuenteRule, MAX (self->n_rules, 1));
  for (guint i = 0; i < self->n_rules; i++)
    {
      PuenteRule      *rule = &self->rules[i];
      g_autofree char *where = NULL;
      JsonObject      *obj;
      JsonArray       *table;
      PuenteFigure    *points;
      Ctx              rctx = { ctx.file, NULL };

      if (!(obj = element_with_id (self, rules, i, "rules", "id", &rule->id, &where, &ctx, error)))
        return FALSE;
      rctx.where = where;
      if (find_id (self->rules, sizeof *self->rules, i, rule->id) >= 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &rctx, _ ("the id appears twice"));
      if (!read_names (self, obj, &rctx, &rule->name_en, &rule->name_es, error) ||
          !read_string (self, obj, "region", &rctx, &rule->region, error) ||
          !read_string (self, obj, "segment", &rctx, &rule->segment, error) ||
          !read_string (self, obj, "status", &rctx, &rule->status, error) ||
          !read_string (self, obj, "status_date", &rctx, &rule->status_date, error))
        return FALSE;
      if (!region_is_known (self, rule->region))
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &rctx,
                     _ ("“region” “%s” is not a state, US or MX"), rule->region);
      if (!(table = get_array (obj, "table", &rctx, error)))
        return FALSE;
      rule->n_points = json_array_get_length (table);
      if (rule->n_points == 0)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &rctx, _ ("“table” is empty"));
      points = g_new0 (PuenteFigure, rule->n_points);
      g_ptr_array_add (self->rule_points, points);
      rule->points = points;
      if (!read_year_figures (self, table, "table", &rctx, points, error))
        return FALSE;
    }

  return TRUE;
}

/* observed.json: {"observations": [{"indicator", "region", "year",
 * "tolerance", "figure": FIGURE}]} (docs/dataset.md). */
static gboolean
load_observed (PuenteDataset *self,
               JsonObject    *root,
               GError       **error)
{
  Ctx        ctx = { "observed.json", NULL };
  JsonArray *items;

  if (!(items = get_items (root, "observations", &ctx, &self->n_observations, error)))
    return FALSE;

  self->observations = g_new0 (PuenteObservation, MAX (self->n_observations, 1));
  for (guint i = 0; i < self->n_observations; i++)
    {
      PuenteObservation *obs = &self->observations[i];
      JsonNode          *node = json_array_get_element (items, i);
      g_autofree char   *where = g_strdup_printf ("observations[%u]", i);
      Ctx                octx = { ctx.file, where };
      JsonObject        *obj;
      double             year;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, PUENTE_DATASET_ERROR_FORMAT, &octx, _ ("must be an object"));
      obj = json_node_get_object (node);
      if (!read_string (self, obj, "indicator", &octx, &obs->indicator, error) ||
          !read_string (self, obj, "region", &octx, &obs->region, error))
        return FALSE;
      g_free (where);
      where = g_strdup_printf ("observations[%u] (%s, %s)", i, obs->indicator, obs->region);
      octx.where = where;
      if (!region_is_known (self, obs->region))
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &octx,
                     _ ("“region” “%s” is not a state, port, city, US, MX or NA"), obs->region);
      if (!get_number (obj, "year", &year, &octx, error))
        return FALSE;
      if (year != floor (year) || year < PUENTE_BASE_YEAR || year > PUENTE_MAX_HORIZON)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &octx,
                     _ ("“year” must be a year the model computes (%d–%d), not %g"),
                     PUENTE_BASE_YEAR, PUENTE_MAX_HORIZON, year);
      obs->year = (int) year;
      if (!get_number (obj, "tolerance", &obs->tolerance, &octx, error))
        return FALSE;
      if (obs->tolerance <= 0 || obs->tolerance > 1)
        return fail (error, PUENTE_DATASET_ERROR_INVALID_VALUE, &octx,
                     _ ("“tolerance” must be a relative tolerance in (0, 1], not %g"), obs->tolerance);
      /* In its indicator's unit: the schema has a range for each. */
      if (!read_figure (self, obj, "figure", NULL, PUENTE_SCHEMA_ANY_UNIT, &octx, &obs->figure, error))
        return FALSE;
    }

  return TRUE;
}

/* ----------------------------------------------------------------------- */
/* Reading                                                                   */

typedef gboolean (*LoadFunc) (PuenteDataset *self, JsonObject *root, GError **error);

/* In dependency order: states refer to grid regions; ports, cities and
 * sites refer to states; rules and observations to all of them. */
static const struct
{
  const char *file;
  LoadFunc    load;
} files[] = {
  { "grid.json", load_grid },
  { "states.json", load_states },
  { "parameters.json", load_parameters },
  { "series.json", load_series },
  { "rules.json", load_rules },
  { "supply.json", load_supply },
  { "ports.json", load_ports },
  { "transit.json", load_transit },
  { "sites.json", load_sites },
  { "observed.json", load_observed },
};

static gboolean
parse_file (PuenteDataset *self,
            const char    *file,
            const char    *data,
            gsize          length,
            LoadFunc       load,
            GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  /* Depth, number range, NUL, syntax and duplicate keys. */
  parser = puente_json_parse (data, length, file, &local_error);
  if (parser == NULL)
    {
      g_set_error_literal (error, PUENTE_DATASET_ERROR, PUENTE_DATASET_ERROR_PARSE,
                           local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, PUENTE_DATASET_ERROR, PUENTE_DATASET_ERROR_FORMAT,
                   _ ("%s: the top level must be a JSON object"), file);
      return FALSE;
    }

  return load (self, json_node_get_object (root), error);
}

static void
register_resource (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      /* The resource may already be registered by its constructor; a
       * second registration is harmless, a missing one is not. */
      if (!g_resources_get_info (DATASET_RESOURCE_PATH "/states.json",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        g_resources_register (puente_data_get_resource ());
      g_once_init_leave (&registered, 1);
    }
}

const char *const *
puente_dataset_get_file_names (guint *n_files)
{
  static const char *names[G_N_ELEMENTS (files) + 1];
  static gsize       filled = 0;

  if (g_once_init_enter (&filled))
    {
      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        names[i] = files[i].file;
      g_once_init_leave (&filled, 1);
    }
  if (n_files != NULL)
    *n_files = G_N_ELEMENTS (files);
  return names;
}

PuenteDataset *
puente_dataset_load_default (GError **error)
{
  g_autoptr(PuenteDataset) self = dataset_new ("resource://" DATASET_RESOURCE_PATH);

  register_resource ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s", DATASET_RESOURCE_PATH, files[i].file);
      g_autoptr(GBytes) bytes = NULL;
      gsize       length;
      const char *data;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes == NULL)
        {
          g_set_error (error, PUENTE_DATASET_ERROR, PUENTE_DATASET_ERROR_MISSING_FILE,
                       _ ("%s: not found in the application’s resources (%s)"),
                       files[i].file, path);
          return NULL;
        }
      data = g_bytes_get_data (bytes, &length);
      if (!parse_file (self, files[i].file, data, length, files[i].load, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

PuenteDataset *
puente_dataset_load_dir_with (const char *dir,
                              const char *file,
                              const char *data,
                              gsize       length,
                              GError    **error)
{
  g_autoptr(PuenteDataset) self = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = dataset_new (dir);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].file, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local_error = NULL;

      if (file != NULL && strcmp (file, files[i].file) == 0)
        bytes = g_bytes_new_static (data, length);
      else
        /* Regular files only, at most PUENTE_FILE_MAX_SIZE: a FIFO or
         * /dev/zero in a dataset folder is refused, not waited on. */
        bytes = puente_file_read (path, PUENTE_FILE_MAX_SIZE, &local_error);
      if (bytes == NULL)
        {
          g_set_error_literal (error, PUENTE_DATASET_ERROR,
                               g_error_matches (local_error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_NOT_FOUND)
                                 ? PUENTE_DATASET_ERROR_MISSING_FILE
                                 : PUENTE_DATASET_ERROR_PARSE,
                               local_error->message);
          return NULL;
        }
      if (!parse_file (self, files[i].file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                       files[i].load, &local_error))
        {
          /* Messages start with the file's name: say which folder too. */
          if (g_str_has_prefix (local_error->message, files[i].file))
            {
              g_autofree char *shown = g_filename_display_name (path);
              char            *message = g_strconcat (shown, local_error->message + strlen (files[i].file), NULL);

              g_free (local_error->message);
              local_error->message = message;
            }
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

PuenteDataset *
puente_dataset_load_dir (const char *dir,
                         GError    **error)
{
  return puente_dataset_load_dir_with (dir, NULL, NULL, 0, error);
}

/* ----------------------------------------------------------------------- */
/* Accessors                                                                 */

guint
puente_dataset_get_n_states (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_states;
}

const PuenteState *
puente_dataset_get_state (const PuenteDataset *self,
                          guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_states, NULL);

  return &self->states[index];
}

int
puente_dataset_find_state (const PuenteDataset *self,
                           const char          *code)
{
  g_return_val_if_fail (self != NULL, -1);

  return find_id (self->states, sizeof *self->states, self->n_states, code);
}

guint
puente_dataset_get_n_grid_regions (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_regions;
}

const PuenteGridRegion *
puente_dataset_get_grid_region (const PuenteDataset *self,
                                guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_regions, NULL);

  return &self->regions[index];
}

int
puente_dataset_find_grid_region (const PuenteDataset *self,
                                 const char          *id)
{
  g_return_val_if_fail (self != NULL, -1);

  return find_id (self->regions, sizeof *self->regions, self->n_regions, id);
}

const PuenteFigure *
puente_dataset_get_parameter (const PuenteDataset *self,
                              const char          *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->parameters, id);
}

double
puente_dataset_get_value (const PuenteDataset *self,
                          const char          *id)
{
  const PuenteFigure *fig = puente_dataset_get_parameter (self, id);

  g_return_val_if_fail (fig != NULL, NAN);

  return fig->value;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static const char **
sorted_keys (GHashTable *table,
             guint      *n_ids)
{
  guint        n = 0;
  const char **ids = (const char **) g_hash_table_get_keys_as_array (table, &n);

  qsort (ids, n, sizeof (char *), compare_strings);
  if (n_ids != NULL)
    *n_ids = n;
  return ids;
}

const char **
puente_dataset_list_parameters (const PuenteDataset *self,
                                guint               *n_ids)
{
  g_return_val_if_fail (self != NULL, NULL);

  return sorted_keys (self->parameters, n_ids);
}

const PuenteFigure *
puente_dataset_get_series (const PuenteDataset *self,
                           const char          *series_id,
                           guint               *n_points)
{
  const Series *series;

  g_return_val_if_fail (self != NULL, NULL);

  series = series_id ? g_hash_table_lookup (self->series, series_id) : NULL;
  if (n_points != NULL)
    *n_points = series ? series->n_points : 0;
  return series ? series->points : NULL;
}

const char *
puente_dataset_get_series_unit (const PuenteDataset *self,
                                const char          *series_id)
{
  const Series *series;

  g_return_val_if_fail (self != NULL, NULL);

  series = series_id ? g_hash_table_lookup (self->series, series_id) : NULL;
  return series ? series->unit : NULL;
}

gboolean
puente_dataset_get_series_value (const PuenteDataset *self,
                                 const char          *series_id,
                                 int                  year,
                                 double              *value)
{
  const PuenteFigure *points;
  guint               n;

  g_return_val_if_fail (self != NULL, FALSE);

  points = puente_dataset_get_series (self, series_id, &n);
  for (guint i = 0; i < n; i++)
    if (points[i].year == year)
      {
        if (value != NULL)
          *value = points[i].value;
        return TRUE;
      }
  return FALSE;
}

const char *
puente_dataset_get_origin (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->origin;
}

guint
puente_dataset_get_n_ports (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_ports;
}

const PuentePort *
puente_dataset_get_port (const PuenteDataset *self,
                         guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_ports, NULL);

  return &self->ports[index];
}

int
puente_dataset_find_port (const PuenteDataset *self,
                          const char          *id)
{
  g_return_val_if_fail (self != NULL, -1);

  return find_id (self->ports, sizeof *self->ports, self->n_ports, id);
}

guint
puente_dataset_get_n_cities (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_cities;
}

const PuenteCity *
puente_dataset_get_city (const PuenteDataset *self,
                         guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_cities, NULL);

  return &self->cities[index];
}

int
puente_dataset_find_city (const PuenteDataset *self,
                          const char          *id)
{
  g_return_val_if_fail (self != NULL, -1);

  return find_id (self->cities, sizeof *self->cities, self->n_cities, id);
}

guint
puente_dataset_get_n_sites (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_sites;
}

const PuenteSite *
puente_dataset_get_site (const PuenteDataset *self,
                         guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_sites, NULL);

  return &self->sites[index];
}

int
puente_dataset_find_site (const PuenteDataset *self,
                          const char          *id)
{
  g_return_val_if_fail (self != NULL, -1);

  return find_id (self->sites, sizeof *self->sites, self->n_sites, id);
}

guint
puente_dataset_get_n_rules (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rules;
}

const PuenteRule *
puente_dataset_get_rule_by_index (const PuenteDataset *self,
                                  guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_rules, NULL);

  return &self->rules[index];
}

const PuenteRule *
puente_dataset_get_rule (const PuenteDataset *self,
                         const char          *id)
{
  int i;

  g_return_val_if_fail (self != NULL, NULL);

  i = find_id (self->rules, sizeof *self->rules, self->n_rules, id);
  return i >= 0 ? &self->rules[i] : NULL;
}

double
puente_rule_value (const PuenteRule *rule,
                   int               year)
{
  const PuenteFigure *p;
  guint               n;

  g_return_val_if_fail (rule != NULL, NAN);

  p = rule->points;
  n = rule->n_points;
  if (n == 0 || year < p[0].year)
    return NAN;
  if (year >= p[n - 1].year)
    return p[n - 1].value;
  for (guint i = 0; i + 1 < n; i++)
    if (year < p[i + 1].year)
      return p[i].value + (p[i + 1].value - p[i].value) * (double) (year - p[i].year) / (p[i + 1].year - p[i].year);
  return p[n - 1].value;
}

guint
puente_dataset_get_n_observations (const PuenteDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_observations;
}

const PuenteObservation *
puente_dataset_get_observation (const PuenteDataset *self,
                                guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_observations, NULL);

  return &self->observations[index];
}
