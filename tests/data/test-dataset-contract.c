/* test-dataset-contract.c: the shipped dataset against docs/dataset.md
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads data/dataset/ twice: as raw JSON, walking every figure in every
 * file (so one run lists every problem, not just the first), and through
 * the loader, for the cross-file rules (states, sums, grid regions) and
 * the lever defaults. The GResource copy must load to the same dataset.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-levers.h"

static const char * const files[] = {
  "states.json", "grid.json", "parameters.json", "series.json",
  "ports.json", "transit.json", "sites.json", "supply.json",
  "rules.json", "observed.json",
};

/* A figure is any object with "value" and "unit". */
static gboolean
is_figure (JsonObject *obj)
{
  return json_object_has_member (obj, "value") && json_object_has_member (obj, "unit");
}

static const char *
string_member (JsonObject *obj,
               const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static void
check_figure (JsonObject *fig,
              const char *where,
              GPtrArray  *problems,
              guint      *n_figures)
{
  JsonObject *source = NULL;
  JsonNode *node;
  const char *status, *unit, *note;

  (*n_figures)++;

  node = json_object_get_member (fig, "value");
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    g_ptr_array_add (problems, g_strdup_printf ("%s: value is not a number", where));

  unit = string_member (fig, "unit");
  if (!puente_unit_is_known (unit))
    g_ptr_array_add (problems, g_strdup_printf ("%s: unknown unit “%s”", where, unit ? unit : "(none)"));

  node = json_object_get_member (fig, "year");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1990 || json_node_get_int (node) > 2060)
    g_ptr_array_add (problems, g_strdup_printf ("%s: missing or implausible year", where));

  node = json_object_get_member (fig, "source");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    source = json_node_get_object (node);
  if (source == NULL)
    g_ptr_array_add (problems, g_strdup_printf ("%s: no source", where));
  else
    for (guint i = 0; i < 3; i++)
      {
        const char *field = (const char *[]) { "publisher", "title", "url" }[i];
        const char *v = string_member (source, field);

        if (v == NULL || *v == '\0')
          g_ptr_array_add (problems, g_strdup_printf ("%s: source has no %s", where, field));
        else if (i == 2 && !g_str_has_prefix (v, "https://") && !g_str_has_prefix (v, "http://"))
          {
            /* Derivations by the Puente team may point at the repository's
             * own documentation ("docs/dataset.md#..."), which must exist. */
            g_auto(GStrv) parts = g_strsplit (v, "#", 2);
            g_autofree char *path = g_build_filename (DATASET_DIR, "..", "..", parts[0], NULL);

            if (!g_str_has_prefix (v, "docs/") || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
              g_ptr_array_add (problems, g_strdup_printf ("%s: source url “%s” is not a web address nor a document of the repository",
                                                          where, v));
          }
      }

  status = string_member (fig, "status");
  note = string_member (fig, "note");
  if (g_strcmp0 (status, "verified") != 0 && g_strcmp0 (status, "secondary") != 0 &&
      g_strcmp0 (status, "derived") != 0 && g_strcmp0 (status, "assumption") != 0)
    g_ptr_array_add (problems, g_strdup_printf ("%s: status “%s” is not verified, secondary, derived or assumption",
                                                where, status ? status : "(none)"));

  if (g_strcmp0 (status, "assumption") == 0)
    {
      node = json_object_get_member (fig, "assumption");
      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_BOOLEAN || !json_node_get_boolean (node))
        g_ptr_array_add (problems, g_strdup_printf ("%s: an assumption without \"assumption\": true", where));
    }
  if ((g_strcmp0 (status, "assumption") == 0 || g_strcmp0 (status, "derived") == 0) &&
      (note == NULL || *note == '\0'))
    g_ptr_array_add (problems, g_strdup_printf ("%s: status %s without a note", where, status));

  if (g_strcmp0 (unit, "share") == 0 && JSON_NODE_HOLDS_VALUE (json_object_get_member (fig, "value")))
    {
      double v = json_object_get_double_member (fig, "value");

      if (v < 0 || v > 1)
        g_ptr_array_add (problems, g_strdup_printf ("%s: share %g outside 0..1", where, v));
    }
}

static void
walk (JsonNode   *node,
      const char *where,
      GPtrArray  *problems,
      guint      *n_figures)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *obj = json_node_get_object (node);
      g_autoptr(GList) members = NULL;

      if (is_figure (obj))
        {
          check_figure (obj, where, problems, n_figures);
          return;
        }
      members = json_object_get_members (obj);
      for (const GList *l = members; l; l = l->next)
        {
          g_autofree char *sub = g_strdup_printf ("%s.%s", where, (const char *) l->data);

          walk (json_object_get_member (obj, l->data), sub, problems, n_figures);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *sub = NULL;

          if (JSON_NODE_HOLDS_OBJECT (element) &&
              json_object_has_member (json_node_get_object (element), "code"))
            sub = g_strdup_printf ("%s[%s]", where,
                                   json_object_get_string_member (json_node_get_object (element), "code"));
          else if (JSON_NODE_HOLDS_OBJECT (element) &&
                   json_object_has_member (json_node_get_object (element), "id"))
            sub = g_strdup_printf ("%s[%s]", where,
                                   json_object_get_string_member (json_node_get_object (element), "id"));
          else
            sub = g_strdup_printf ("%s[%u]", where, i);
          walk (element, sub, problems, n_figures);
        }
    }
}

static void
report (GPtrArray  *problems,
        const char *what)
{
  g_autoptr(GString) all = g_string_new (NULL);

  if (problems->len == 0)
    return;
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (all, "\n  %s", (const char *) problems->pdata[i]);
  g_error ("%u %s problem(s):%s", problems->len, what, all->str);
}

/* Every figure: source, year, known unit, status; assumptions flagged
 * and explained. */
static void
test_figures (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  guint n_figures = 0;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (DATASET_DIR, files[i], NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *root;

      if (!json_parser_load_from_file (parser, path, &error))
        {
          g_ptr_array_add (problems, g_strdup_printf ("%s: %s", files[i], error->message));
          continue;
        }
      root = json_node_get_object (json_parser_get_root (parser));
      if (g_strcmp0 (string_member (root, "format"), "puente-dataset") != 0 ||
          json_object_get_int_member_with_default (root, "version", 0) != 1)
        g_ptr_array_add (problems, g_strdup_printf ("%s: not a puente-dataset version 1 file", files[i]));
      walk (json_parser_get_root (parser), files[i], problems, &n_figures);
    }

  report (problems, "figure");
  g_assert_cmpuint (n_figures, >, 83 * 8);
}

static PuenteDataset *
load (void)
{
  g_autoptr(GError) error = NULL;
  PuenteDataset *dataset = puente_dataset_load_dir (DATASET_DIR, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_states (void)
{
  g_autoptr(PuenteDataset) dataset = load ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = puente_dataset_get_n_states (dataset);
  guint count[PUENTE_N_COUNTRIES] = { 0, };
  double sales[PUENTE_N_COUNTRIES] = { 0, };
  double adoption[PUENTE_N_COUNTRIES] = { 0, };
  double imports = 0;

  for (guint s = 0; s < n; s++)
    {
      const PuenteState *st = puente_dataset_get_state (dataset, s);

      if (g_hash_table_contains (codes, st->code))
        g_ptr_array_add (problems, g_strdup_printf ("%s appears twice", st->code));
      g_hash_table_add (codes, (gpointer) st->code);
      count[st->country]++;
      sales[st->country] += st->sales_share.value;
      adoption[st->country] += st->sales_share.value * st->adoption_index.value;
      if (st->country == PUENTE_COUNTRY_MX)
        imports += st->used_import_share.value;
      if (puente_dataset_find_grid_region (dataset, st->grid_region) < 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s: grid region %s does not exist", st->code, st->grid_region));
      else if (puente_dataset_get_grid_region (dataset, puente_dataset_find_grid_region (dataset, st->grid_region))->country != st->country)
        g_ptr_array_add (problems, g_strdup_printf ("%s: grid region %s is in the other country", st->code, st->grid_region));
      if (st->country == PUENTE_COUNTRY_MX && strcmp (st->grid_region, "MX-SEN") != 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s: Mexican states use MX-SEN", st->code));
      if (*st->name_en == '\0' || *st->name_es == '\0')
        g_ptr_array_add (problems, g_strdup_printf ("%s: empty name", st->code));
      if (fabs (st->lat) > 90 || fabs (st->lon) > 180 || st->lat < 14 || st->lat > 72 || st->lon > -65)
        g_ptr_array_add (problems, g_strdup_printf ("%s: capital at %g, %g is not in North America", st->code, st->lat, st->lon));
      if (st->ldv_stock.value <= 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s: no light-duty stock", st->code));
      if (st->adoption_index.value < 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s: negative adoption index", st->code));
    }

  if (count[PUENTE_COUNTRY_US] != 51)
    g_ptr_array_add (problems, g_strdup_printf ("%u US states, expected 51 (50 + DC)", count[PUENTE_COUNTRY_US]));
  if (count[PUENTE_COUNTRY_MX] != 32)
    g_ptr_array_add (problems, g_strdup_printf ("%u Mexican states, expected 32", count[PUENTE_COUNTRY_MX]));
  if (puente_dataset_find_state (dataset, "US-DC") < 0)
    g_ptr_array_add (problems, g_strdup ("US-DC is missing"));
  if (puente_dataset_find_state (dataset, "MX-CMX") < 0)
    g_ptr_array_add (problems, g_strdup ("MX-CMX is missing"));
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    if (fabs (sales[c] - 1.0) > 1e-6)
      g_ptr_array_add (problems, g_strdup_printf ("%s sales_share sums to %.9f, not 1",
                                                  puente_country_code (c), sales[c]));
  /* The index is state share / country share, so its sales-weighted mean
   * is 1 (the engine renormalises anyway; a large miss is a data error). */
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    if (fabs (adoption[c] - 1.0) > 1e-6)
      g_ptr_array_add (problems, g_strdup_printf ("%s sales-weighted adoption_index is %.9f, not 1",
                                                  puente_country_code (c), adoption[c]));
  if (fabs (imports - 1.0) > 1e-6)
    g_ptr_array_add (problems, g_strdup_printf ("MX used_import_share sums to %.9f, not 1", imports));

  report (problems, "state");
}

static void
test_lever_defaults (void)
{
  g_autoptr(PuenteDataset) dataset = load ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < puente_levers_get_n (); i++)
    {
      const PuenteLever *lever = puente_levers_get (i);
      double v = puente_lever_get_default (lever, dataset);

      if (lever->default_parameter && puente_dataset_get_parameter (dataset, lever->default_parameter) == NULL)
        g_ptr_array_add (problems, g_strdup_printf ("%s: parameter %s missing", lever->id, lever->default_parameter));
      if (!(v >= lever->min && v <= lever->max))
        g_ptr_array_add (problems, g_strdup_printf ("%s: baseline %g (from %s) outside the lever range %g..%g",
                                                    lever->id, v, lever->default_parameter ? lever->default_parameter : "registry",
                                                    lever->min, lever->max));
    }

  report (problems, "lever default");
}

static void
test_series (void)
{
  g_autoptr(PuenteDataset) dataset = load ();

  for (guint c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *cc = c == PUENTE_COUNTRY_US ? "us" : "mx";
      g_autofree char *sales = g_strdup_printf ("%s.ldv_sales", cc);
      g_autofree char *zev = g_strdup_printf ("%s.zev_share_sales", cc);
      g_autofree char *sales_2024 = g_strdup_printf ("%s.ldv_sales_2024", cc);
      g_autofree char *zev_2024 = g_strdup_printf ("%s.zev_share_2024", cc);
      double v;

      /* At least 2019-2024 sales; the 2024 point agrees with the parameter. */
      for (int year = 2019; year <= 2024; year++)
        if (!puente_dataset_get_series_value (dataset, sales, year, &v))
          g_error ("%s has no %d point", sales, year);
      g_assert_true (puente_dataset_get_series_value (dataset, sales, 2024, &v));
      g_assert_cmpfloat (v, ==, puente_dataset_get_value (dataset, sales_2024));
      g_assert_true (puente_dataset_get_series_value (dataset, zev, 2024, &v));
      g_assert_cmpfloat (fabs (v - puente_dataset_get_value (dataset, zev_2024)), <, 1e-9);
      g_assert_cmpstr (puente_dataset_get_series_unit (dataset, sales), ==, "vehicles");
      g_assert_cmpstr (puente_dataset_get_series_unit (dataset, zev), ==, "share");
    }
}

/* The GResource holds the same data as the directory. */
static void
test_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) from_dir = load ();
  g_autoptr(PuenteDataset) from_resource = puente_dataset_load_default (&error);
  guint n_a = 0, n_b = 0;
  g_autofree const char **ids_a = NULL, **ids_b = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (puente_dataset_get_n_states (from_dir), ==, puente_dataset_get_n_states (from_resource));
  for (guint s = 0; s < puente_dataset_get_n_states (from_dir); s++)
    {
      g_assert_cmpstr (puente_dataset_get_state (from_dir, s)->code, ==, puente_dataset_get_state (from_resource, s)->code);
      g_assert_cmpfloat (puente_dataset_get_state (from_dir, s)->ldv_stock.value, ==,
                         puente_dataset_get_state (from_resource, s)->ldv_stock.value);
    }
  g_assert_cmpuint (puente_dataset_get_n_ports (from_dir), ==, puente_dataset_get_n_ports (from_resource));
  g_assert_cmpuint (puente_dataset_get_n_cities (from_dir), ==, puente_dataset_get_n_cities (from_resource));
  g_assert_cmpuint (puente_dataset_get_n_sites (from_dir), ==, puente_dataset_get_n_sites (from_resource));
  ids_a = puente_dataset_list_parameters (from_dir, &n_a);
  ids_b = puente_dataset_list_parameters (from_resource, &n_b);
  g_assert_cmpuint (n_a, ==, n_b);
  for (guint i = 0; i < n_a; i++)
    {
      g_assert_cmpstr (ids_a[i], ==, ids_b[i]);
      g_assert_cmpfloat (puente_dataset_get_value (from_dir, ids_a[i]), ==,
                         puente_dataset_get_value (from_resource, ids_b[i]));
    }
}

/* Rough bounding boxes: the contiguous US and Mexico. */
static gboolean
in_country (PuenteCountry country,
            double        lat,
            double        lon)
{
  if (country == PUENTE_COUNTRY_US)
    return lat >= 24.4 && lat <= 49.5 && lon >= -125 && lon <= -66.9;
  return lat >= 14.5 && lat <= 32.8 && lon >= -118.5 && lon <= -86.7;
}

static void
check_source (GPtrArray  *problems,
              const char *what,
              const char *publisher,
              const char *title,
              const char *url)
{
  if (publisher == NULL || *publisher == '\0' || title == NULL || *title == '\0')
    g_ptr_array_add (problems, g_strdup_printf ("%s: source without publisher or title", what));
  if (url == NULL || (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://")))
    g_ptr_array_add (problems, g_strdup_printf ("%s: source url “%s” is not a web address", what, url ? url : "(none)"));
}

static void
test_ports (void)
{
  g_autoptr(PuenteDataset) dataset = load ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = puente_dataset_get_n_ports (dataset);

  g_assert_cmpuint (n, >=, 20);
  for (guint i = 0; i < n; i++)
    {
      const PuentePort *port = puente_dataset_get_port (dataset, i);

      if (!g_hash_table_add (ids, (gpointer) port->id))
        g_ptr_array_add (problems, g_strdup_printf ("port %s appears twice", port->id));
      /* The US side of a land crossing: in the US, near the border. */
      if (!in_country (PUENTE_COUNTRY_US, port->lat, port->lon) || port->lat > 32.8 ||
          port->lon < -117.2 || port->lon > -97.1)
        g_ptr_array_add (problems, g_strdup_printf ("port %s at %g, %g is not on the US side of the border",
                                                    port->id, port->lat, port->lon));
      if (!g_str_has_prefix (port->us_state, "US-") || !g_str_has_prefix (port->mx_state, "MX-"))
        g_ptr_array_add (problems, g_strdup_printf ("port %s: states %s / %s", port->id, port->us_state, port->mx_state));
      if (port->crossings.value <= 0)
        g_ptr_array_add (problems, g_strdup_printf ("port %s: no crossings", port->id));
      if (strcmp (port->crossings.unit, "vehicles/year") != 0 || strcmp (port->drayage_share.unit, "share") != 0)
        g_ptr_array_add (problems, g_strdup_printf ("port %s: units %s, %s", port->id,
                                                    port->crossings.unit, port->drayage_share.unit));
      check_source (problems, port->id, port->crossings.publisher, port->crossings.title, port->crossings.url);
      if (port->location_note == NULL || *port->location_note == '\0')
        g_ptr_array_add (problems, g_strdup_printf ("port %s: no location_note", port->id));
    }
  g_assert_nonnull (puente_dataset_get_port (dataset, puente_dataset_find_port (dataset, "otay-mesa")));
  report (problems, "port");
}

static void
test_cities (void)
{
  g_autoptr(PuenteDataset) dataset = load ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = puente_dataset_get_n_cities (dataset);
  guint count[PUENTE_N_COUNTRIES] = { 0, };

  for (guint i = 0; i < n; i++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, i);
      const PuenteState *st = puente_dataset_get_state (dataset, puente_dataset_find_state (dataset, city->state));

      count[city->country]++;
      if (!g_hash_table_add (ids, (gpointer) city->id))
        g_ptr_array_add (problems, g_strdup_printf ("city %s appears twice", city->id));
      if (!in_country (city->country, city->lat, city->lon))
        g_ptr_array_add (problems, g_strdup_printf ("city %s at %g, %g is not in %s", city->id, city->lat, city->lon,
                                                    puente_country_code (city->country)));
      if (st->country != city->country)
        g_ptr_array_add (problems, g_strdup_printf ("city %s: state %s in the other country", city->id, city->state));
      if (!g_str_has_prefix (city->id, city->country == PUENTE_COUNTRY_US ? "us-" : "mx-"))
        g_ptr_array_add (problems, g_strdup_printf ("city %s: id does not start with its country", city->id));
      if (city->bus_fleet.value <= 0)
        g_ptr_array_add (problems, g_strdup_printf ("city %s: no buses", city->id));
      /* Every city has its own target-year lever. */
      if (puente_levers_find (g_strdup_printf ("transit.%s.target_year", city->id)) < 0)
        g_ptr_array_add (problems, g_strdup_printf ("city %s has no lever transit.%s.target_year", city->id, city->id));
      check_source (problems, city->id, city->bus_fleet.publisher, city->bus_fleet.title, city->bus_fleet.url);
    }
  if (count[PUENTE_COUNTRY_US] == 0 || count[PUENTE_COUNTRY_MX] == 0)
    g_ptr_array_add (problems, g_strdup ("transit cities of both countries are needed"));
  report (problems, "city");
}

static void
test_sites (void)
{
  g_autoptr(PuenteDataset) dataset = load ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = puente_dataset_get_n_sites (dataset);
  guint with_cells = 0;

  g_assert_cmpuint (n, >=, 40);
  for (guint i = 0; i < n; i++)
    {
      const PuenteSite *site = puente_dataset_get_site (dataset, i);

      if (!g_hash_table_add (ids, (gpointer) site->id))
        g_ptr_array_add (problems, g_strdup_printf ("site %s appears twice", site->id));
      if (!in_country (site->country, site->lat, site->lon))
        g_ptr_array_add (problems, g_strdup_printf ("site %s at %g, %g is not in %s", site->id, site->lat, site->lon,
                                                    puente_country_code (site->country)));
      if (!g_str_has_prefix (site->state, puente_country_code (site->country)))
        g_ptr_array_add (problems, g_strdup_printf ("site %s: state %s", site->id, site->state));
      check_source (problems, site->id, site->publisher, site->title, site->url);
      if (site->has_capacity)
        {
          if (strcmp (site->capacity.unit, puente_site_type_capacity_unit (site->type)) != 0)
            g_ptr_array_add (problems, g_strdup_printf ("site %s: capacity in %s, a %s site needs %s", site->id,
                                                        site->capacity.unit, puente_site_type_to_string (site->type),
                                                        puente_site_type_capacity_unit (site->type)));
          if (site->type == PUENTE_SITE_CELLS)
            with_cells++;
        }
      if (site->start_year != 0 && (site->start_year < 1950 || site->start_year > 2040))
        g_ptr_array_add (problems, g_strdup_printf ("site %s: start year %d", site->id, site->start_year));
      if (site->status_date == NULL || strlen (site->status_date) < 4)
        g_ptr_array_add (problems, g_strdup_printf ("site %s: no status date", site->id));
    }
  if (with_cells == 0)
    g_ptr_array_add (problems, g_strdup ("no cell plant with a capacity"));
  report (problems, "site");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/figures", test_figures);
  g_test_add_func ("/data/states", test_states);
  g_test_add_func ("/data/series", test_series);
  g_test_add_func ("/data/lever-defaults", test_lever_defaults);
  g_test_add_func ("/data/resource", test_resource);
  g_test_add_func ("/data/ports", test_ports);
  g_test_add_func ("/data/cities", test_cities);
  g_test_add_func ("/data/sites", test_sites);

  return g_test_run ();
}
