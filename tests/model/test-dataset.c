/* test-dataset.c: the dataset loader and its errors
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Broken datasets are made by copying the fixture to a temporary directory
 * and editing one thing with json-glib; each must fail with an error that
 * names the file and the field.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "puente-dataset-private.h"

/* Every file of the fixture: a broken copy differs from it in one edit. */
static const char * const files[] = {
  "states.json", "grid.json", "parameters.json", "series.json",
  "supply.json", "ports.json", "transit.json", "sites.json",
  "rules.json", "observed.json",
};

static void
test_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_dir (TEST_DATASET_DIR, &error);
  const PuenteState *ca;
  const PuenteRule *rule;
  const PuenteObservation *obs;
  const PuenteFigure *fig, *points;
  g_autofree const char **ids = NULL;
  guint n = 0;
  double v = 0;
  int i;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (puente_dataset_get_n_states (dataset), ==, 7);
  g_assert_cmpstr (puente_dataset_get_origin (dataset), ==, TEST_DATASET_DIR);

  i = puente_dataset_find_state (dataset, "US-CA");
  g_assert_cmpint (i, >=, 0);
  g_assert_cmpint (puente_dataset_find_state (dataset, "US-XX"), ==, -1);
  ca = puente_dataset_get_state (dataset, i);
  g_assert_cmpstr (ca->code, ==, "US-CA");
  g_assert_cmpint (ca->country, ==, PUENTE_COUNTRY_US);
  g_assert_cmpstr (ca->name_es, ==, "California");
  g_assert_cmpstr (ca->grid_region, ==, "CAMX");
  g_assert_cmpfloat (ca->ldv_stock.value, ==, 30e6);
  g_assert_cmpstr (ca->ldv_stock.unit, ==, "vehicles");
  g_assert_cmpint (ca->ldv_stock.status, ==, PUENTE_FIGURE_VERIFIED);
  g_assert_cmpfloat (ca->grid_factor.value, ==, 0.23);
  g_assert_cmpfloat (ca->used_import_share.value, ==, 0);
  g_assert_nonnull (ca->ldv_stock.url);
  g_assert_cmpfloat (ca->ldv_stock.low, ==, ca->ldv_stock.value);

  i = puente_dataset_find_state (dataset, "MX-BCN");
  g_assert_cmpfloat (puente_dataset_get_state (dataset, i)->used_import_share.value, ==, 0.6);
  g_assert_cmpstr (puente_dataset_get_state (dataset, i)->name_es, ==, "Baja California");

  fig = puente_dataset_get_parameter (dataset, "us.ldv_sales_2024");
  g_assert_nonnull (fig);
  g_assert_cmpfloat (fig->value, ==, 15.9e6);
  g_assert_cmpint (fig->status, ==, PUENTE_FIGURE_ASSUMPTION);
  g_assert_nonnull (fig->note);
  g_assert_null (puente_dataset_get_parameter (dataset, "us.nonsense"));
  g_assert_cmpfloat (puente_dataset_get_value (dataset, "mx.median_lifetime"), ==, 25);

  ids = puente_dataset_list_parameters (dataset, &n);
  g_assert_cmpuint (n, >=, 29);
  for (guint k = 1; k < n; k++)
    g_assert_cmpint (strcmp (ids[k - 1], ids[k]), <, 0);

  g_assert_true (puente_dataset_get_series_value (dataset, "us.ldv_sales", 2020, &v));
  g_assert_cmpfloat (v, ==, 14.5e6);
  g_assert_false (puente_dataset_get_series_value (dataset, "us.ldv_sales", 2017, &v));
  g_assert_false (puente_dataset_get_series_value (dataset, "nope", 2020, &v));
  points = puente_dataset_get_series (dataset, "mx.zev_share_sales", &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (points[0].year, ==, 2020);
  g_assert_cmpint (points[2].year, ==, 2024);
  g_assert_cmpint (points[3].year, ==, 2025);
  g_assert_cmpstr (puente_dataset_get_series_unit (dataset, "mx.zev_share_sales"), ==, "share");

  g_assert_cmpuint (puente_dataset_get_n_grid_regions (dataset), ==, 5);
  g_assert_cmpint (puente_dataset_find_grid_region (dataset, "MX-SEN"), >=, 0);
  g_assert_true (puente_unit_is_known ("kg CO2/kWh"));
  g_assert_false (puente_unit_is_known ("percent"));

  /* Rule tables: the requirement in the table's years, linear between
   * them, held after the last, none before the first. */
  /* ACC II, EPA 2024, ACT (trucks) and ICT (buses). */
  g_assert_cmpuint (puente_dataset_get_n_rules (dataset), ==, 4);
  g_assert_cmpstr (puente_dataset_get_rule (dataset, "ca-act-tractors")->segment, ==, "hdv");
  g_assert_cmpstr (puente_dataset_get_rule (dataset, "ca-ict-large-agencies")->segment, ==, "bus");
  g_assert_null (puente_dataset_get_rule (dataset, "nope"));
  rule = puente_dataset_get_rule (dataset, "ca-acc2");
  g_assert_nonnull (rule);
  g_assert_true (rule == puente_dataset_get_rule_by_index (dataset, 0));
  g_assert_cmpstr (rule->region, ==, "US-CA");
  g_assert_cmpstr (rule->segment, ==, "ldv");
  g_assert_cmpuint (rule->n_points, ==, 10);
  g_assert_true (isnan (puente_rule_value (rule, 2025)));
  g_assert_cmpfloat_with_epsilon (puente_rule_value (rule, 2026), 0.35, 1e-12);
  g_assert_cmpfloat_with_epsilon (puente_rule_value (rule, 2030), 0.68, 1e-12);
  g_assert_cmpfloat_with_epsilon (puente_rule_value (rule, 2035), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (puente_rule_value (rule, 2050), 1.0, 1e-12);
  rule = puente_dataset_get_rule (dataset, "us-epa-lmdv-2024");
  g_assert_nonnull (rule);
  /* 2031 is not in the table: halfway between 2030 (53 %) and 2032 (69 %). */
  g_assert_cmpfloat_with_epsilon (puente_rule_value (rule, 2031), 0.61, 1e-12);
  g_assert_cmpfloat_with_epsilon (puente_rule_value (rule, 2040), 0.69, 1e-12);

  /* Observed figures for the validation table. */
  g_assert_cmpuint (puente_dataset_get_n_observations (dataset), ==, 3);
  obs = puente_dataset_get_observation (dataset, 1);
  g_assert_cmpstr (obs->indicator, ==, "ldv.bev_stock");
  g_assert_cmpstr (obs->region, ==, "US-CA");
  g_assert_cmpint (obs->year, ==, 2024);
  g_assert_cmpfloat (obs->tolerance, ==, 0.1);
  g_assert_cmpfloat (obs->figure.value, ==, 1300000);
  g_assert_cmpstr (obs->figure.unit, ==, "vehicles");
}

static void
test_refcount (void)
{
  g_autoptr(GError) error = NULL;
  PuenteDataset *dataset = puente_dataset_load_dir (TEST_DATASET_DIR, &error);
  const char *code;

  g_assert_no_error (error);
  puente_dataset_ref (dataset);
  puente_dataset_unref (dataset);
  code = puente_dataset_get_state (dataset, 0)->code;
  g_assert_nonnull (code);
  puente_dataset_unref (dataset);
}

/* ---- Broken copies -------------------------------------------------------- */

typedef void (*EditFunc) (JsonObject *root);

/* Copies the fixture to a fresh directory, letting @edit change @file. */
static char *
broken_copy (const char *file,
             EditFunc    edit)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("puente-dataset-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *src = g_build_filename (TEST_DATASET_DIR, files[i], NULL);
      g_autofree char *dst = g_build_filename (dir, files[i], NULL);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (src, &data, &length, &error));
      g_assert_no_error (error);

      if (file != NULL && strcmp (file, files[i]) == 0)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(JsonGenerator) gen = json_generator_new ();

          if (edit == NULL)
            {
              /* NULL edit: remove the file. */
              continue;
            }
          g_assert_true (json_parser_load_from_data (parser, data, length, &error));
          edit (json_node_get_object (json_parser_get_root (parser)));
          json_generator_set_root (gen, json_parser_get_root (parser));
          g_free (data);
          data = json_generator_to_data (gen, &length);
        }

      g_assert_true (g_file_set_contents (dst, data, length, &error));
      g_assert_no_error (error);
    }

  return dir;
}

static void
remove_dir (const char *dir)
{
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
expect_error (const char *file,
              EditFunc    edit,
              int         code,
              const char *must_contain1,
              const char *must_contain2)
{
  g_autofree char *dir = broken_copy (file, edit);
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_dir (dir, &error);

  g_assert_null (dataset);
  g_assert_error (error, PUENTE_DATASET_ERROR, code);
  if (g_test_verbose ())
    g_printerr ("%s\n", error->message);
  if (strstr (error->message, must_contain1) == NULL ||
      (must_contain2 && strstr (error->message, must_contain2) == NULL))
    g_error ("error “%s” should mention “%s” and “%s”", error->message,
             must_contain1, must_contain2 ? must_contain2 : "");
  remove_dir (dir);
}

static JsonObject *
state (JsonObject *root,
       guint       i)
{
  return json_array_get_object_element (json_object_get_array_member (root, "states"), i);
}

static void
edit_drop_stock (JsonObject *root)
{
  json_object_remove_member (state (root, 1), "ldv_stock");
}

static void
edit_drop_url (JsonObject *root)
{
  JsonObject *fig = json_object_get_object_member (state (root, 0), "bev_stock");

  json_object_remove_member (json_object_get_object_member (fig, "source"), "url");
}

static void
edit_bad_region (JsonObject *root)
{
  json_object_set_string_member (state (root, 2), "grid_region", "NOWHERE");
}

static void
edit_duplicate_state (JsonObject *root)
{
  json_object_set_string_member (state (root, 1), "code", "US-CA");
}

static void
edit_string_value (JsonObject *root)
{
  JsonObject *fig = json_object_get_object_member (state (root, 0), "population");

  json_object_set_string_member (fig, "value", "39 million");
}

static void
edit_assumption_without_flag (JsonObject *root)
{
  JsonObject *params = json_object_get_object_member (root, "parameters");

  json_object_remove_member (json_object_get_object_member (params, "us.km_per_vehicle"), "assumption");
}

static void
edit_drop_parameter (JsonObject *root)
{
  json_object_remove_member (json_object_get_object_member (root, "parameters"), "mx.bev_pack_kwh");
}

static void
edit_percent_unit (JsonObject *root)
{
  JsonObject *params = json_object_get_object_member (root, "parameters");

  json_object_set_string_member (json_object_get_object_member (params, "us.zev_share_2024"), "unit", "percent");
}

static void
edit_bad_status (JsonObject *root)
{
  JsonObject *params = json_object_get_object_member (root, "parameters");

  json_object_set_string_member (json_object_get_object_member (params, "us.sales_growth"), "status", "probably");
}

static void
edit_format (JsonObject *root)
{
  json_object_set_string_member (root, "format", "something-else");
}

static void
edit_version (JsonObject *root)
{
  json_object_set_int_member (root, "version", 2);
}

static void
edit_share_range (JsonObject *root)
{
  JsonObject *fig = json_object_get_object_member (state (root, 3), "sales_share");

  json_object_set_double_member (fig, "value", 13.0);
}

static JsonObject *
observation (JsonObject *root,
             guint       i)
{
  return json_array_get_object_element (json_object_get_array_member (root, "observations"), i);
}

static void
edit_observation_region (JsonObject *root)
{
  json_object_set_string_member (observation (root, 1), "region", "US-XX");
}

static void
edit_observation_tolerance (JsonObject *root)
{
  json_object_set_double_member (observation (root, 0), "tolerance", 0);
}

static void
edit_observation_year (JsonObject *root)
{
  json_object_set_int_member (observation (root, 2), "year", 2019);
}

static void
edit_rule_unit (JsonObject *root)
{
  JsonObject *rule = json_array_get_object_element (json_object_get_array_member (root, "rules"), 1);
  JsonObject *point = json_array_get_object_element (json_object_get_array_member (rule, "table"), 2);

  json_object_set_string_member (point, "unit", "percent");
}

static void
edit_rule_share (JsonObject *root)
{
  JsonObject *rule = json_array_get_object_element (json_object_get_array_member (root, "rules"), 0);
  JsonObject *point = json_array_get_object_element (json_object_get_array_member (rule, "table"), 4);

  json_object_set_double_member (point, "value", 68);
}

static void
edit_huge_stock (JsonObject *root)
{
  JsonObject *fig = json_object_get_object_member (state (root, 1), "ldv_stock");

  /* 1e308 would be written "1e+308.0" by json-glib's generator. */
  json_object_set_double_member (fig, "value", 1.7e308);
}

static JsonObject *
parameter (JsonObject *root,
           const char *id)
{
  return json_object_get_object_member (json_object_get_object_member (root, "parameters"), id);
}

static void
edit_negative_distance (JsonObject *root)
{
  JsonObject *fig = parameter (root, "mx.km_per_vehicle");

  json_object_set_double_member (fig, "value", -14000);
  json_object_set_double_member (fig, "low", -18000);
  json_object_set_double_member (fig, "high", -10000);
}

static void
edit_zero_lifetime (JsonObject *root)
{
  JsonObject *fig = parameter (root, "us.median_lifetime");

  json_object_set_double_member (fig, "value", 0);
  json_object_set_double_member (fig, "low", 0);
}

static void
edit_negative_truck_lifetime (JsonObject *root)
{
  JsonObject *fig = parameter (root, "mx.hd_truck_median_lifetime");

  json_object_set_double_member (fig, "value", -30);
  json_object_set_double_member (fig, "low", -38);
  json_object_set_double_member (fig, "high", -22);
}

static void
edit_low_outside_range (JsonObject *root)
{
  /* The value is fine; the low end an ensemble would sample is not. */
  json_object_set_double_member (parameter (root, "us.evs_per_public_l2"), "low", 0);
}

static void
edit_percent_factor (JsonObject *root)
{
  /* 95 (percent) where the schema wants a share of 0..1. */
  JsonObject *fig = parameter (root, "recycling_recovery_nickel");

  json_object_set_double_member (fig, "value", 95);
  json_object_remove_member (fig, "low");
  json_object_remove_member (fig, "high");
}

static void
edit_unknown_figure (JsonObject *root)
{
  JsonObject *params = json_object_get_object_member (root, "parameters");
  JsonNode *copy = json_node_copy (json_object_get_member (params, "us.km_per_vehicle"));

  json_object_set_member (params, "us.km_per_truck", copy);
}

static void
edit_series_point (JsonObject *root)
{
  JsonObject *series = json_object_get_object_member (json_object_get_object_member (root, "series"),
                                                      "mx.ldv_sales");
  JsonArray *points = json_object_get_array_member (series, "points");

  json_object_set_double_member (json_array_get_object_element (points, 0), "value", -938654);
}

static void
edit_port_crossings (JsonObject *root)
{
  JsonArray *ports = json_object_get_array_member (root, "ports");
  JsonObject *fig = json_object_get_object_member (json_array_get_object_element (ports, 0), "crossings");

  json_object_set_double_member (fig, "value", 1e12);
}

/* A dataset copy with @find replaced by @replace in @file's text. */
static void
expect_text_error (const char *file,
                   const char *find,
                   const char *replace,
                   int         code,
                   const char *must_contain1,
                   const char *must_contain2)
{
  g_autofree char *dir = broken_copy (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(GString) edited = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, find, replace, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, (gssize) edited->len, &error));

  dataset = puente_dataset_load_dir (dir, &error);
  g_assert_null (dataset);
  g_assert_error (error, PUENTE_DATASET_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  if (strstr (error->message, must_contain1) == NULL ||
      (must_contain2 && strstr (error->message, must_contain2) == NULL))
    g_error ("error “%s” should mention “%s” and “%s”", error->message,
             must_contain1, must_contain2 ? must_contain2 : "");
  remove_dir (dir);
}

/* The corrupted datasets of issue 12: each is refused with the file and
 * the figure, where it used to load and run to NaN or negative CO2. */
static void
test_schema_ranges (void)
{
  expect_error ("states.json", edit_huge_stock, PUENTE_DATASET_ERROR_INVALID_VALUE, "ldv_stock", "1.7e+308");
  expect_error ("states.json", edit_huge_stock, PUENTE_DATASET_ERROR_INVALID_VALUE, "states.json", "US-TX");
  expect_error ("parameters.json", edit_negative_distance, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "mx.km_per_vehicle", "-14000 km/year");
  expect_error ("parameters.json", edit_zero_lifetime, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "us.median_lifetime", "between 1 and 60 years");
  expect_error ("supply.json", edit_negative_truck_lifetime, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "mx.hd_truck_median_lifetime", "supply.json");
  expect_error ("parameters.json", edit_low_outside_range, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "“low” of “us.evs_per_public_l2”", NULL);
  expect_error ("supply.json", edit_percent_factor, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "recycling_recovery_nickel", "95 share");
  expect_error ("parameters.json", edit_unknown_figure, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "us.km_per_truck", "puente-dataset-schema.c");
  expect_error ("series.json", edit_series_point, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "mx.ldv_sales", "series.json");
  expect_error ("ports.json", edit_port_crossings, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "crossings", "ports.json");

  /* JSON parsers keep the last of two keys: ours refuses them. */
  expect_text_error ("parameters.json", "\"us.km_per_vehicle\"", "\"us.km_per_vehicle\": {}, \"us.km_per_vehicle\"",
                     PUENTE_DATASET_ERROR_PARSE, "us.km_per_vehicle", "twice");
  expect_text_error ("grid.json", "\"version\": 1", "\"version\": 1, \"version\": 2",
                     PUENTE_DATASET_ERROR_PARSE, "version", "twice");
  /* A year that wraps around to 2024 in 64 bits. */
  expect_text_error ("states.json", "\"year\": 2024", "\"year\": -18446744073709549592",
                     PUENTE_DATASET_ERROR_PARSE, "-18446744073709549592", "too large");
}

/* Every row of the schema is well formed: a known unit, a range. */
static void
test_schema_rows (void)
{
  const PuenteFigureSchema *rows;
  guint n;

  rows = puente_dataset_schema_get (&n);
  g_assert_cmpuint (n, >, 100);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = (rows[i].flags & PUENTE_FIGURE_PER_COUNTRY)
                               ? g_strconcat ("mx", rows[i].key + 2, NULL) : g_strdup (rows[i].key);

      g_assert_true (puente_unit_is_known (rows[i].unit));
      g_assert_cmpfloat (rows[i].min, <, rows[i].max);
      g_assert_true (puente_dataset_schema_find (rows[i].file, key, rows[i].unit) == &rows[i]);
    }
  g_assert_nonnull (puente_dataset_schema_find ("parameters.json", "mx.km_per_vehicle", NULL));
  g_assert_null (puente_dataset_schema_find ("parameters.json", "ca.km_per_vehicle", NULL));
  g_assert_null (puente_dataset_schema_find ("supply.json", "us.km_per_vehicle", NULL));
}

static void
test_errors (void)
{
  /* The unedited copy loads: each error below comes from its one edit. */
  {
    g_autofree char *dir = broken_copy (NULL, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(PuenteDataset) dataset = puente_dataset_load_dir (dir, &error);

    g_assert_no_error (error);
    g_assert_nonnull (dataset);
    remove_dir (dir);
  }

  expect_error ("series.json", NULL, PUENTE_DATASET_ERROR_MISSING_FILE, "series.json", NULL);
  expect_error ("states.json", edit_drop_stock, PUENTE_DATASET_ERROR_MISSING_FIELD, "states.json", "ldv_stock");
  expect_error ("states.json", edit_drop_stock, PUENTE_DATASET_ERROR_MISSING_FIELD, "US-TX", NULL);
  expect_error ("states.json", edit_drop_url, PUENTE_DATASET_ERROR_MISSING_FIELD, "bev_stock.source", "url");
  expect_error ("states.json", edit_bad_region, PUENTE_DATASET_ERROR_INVALID_VALUE, "NOWHERE", "grid_region");
  expect_error ("states.json", edit_duplicate_state, PUENTE_DATASET_ERROR_INVALID_VALUE, "US-CA", "twice");
  expect_error ("states.json", edit_string_value, PUENTE_DATASET_ERROR_FORMAT, "population", "number");
  expect_error ("states.json", edit_share_range, PUENTE_DATASET_ERROR_INVALID_VALUE, "sales_share", "between 0 and 1");
  expect_error ("parameters.json", edit_assumption_without_flag, PUENTE_DATASET_ERROR_MISSING_FIELD,
                "us.km_per_vehicle", "assumption");
  expect_error ("parameters.json", edit_drop_parameter, PUENTE_DATASET_ERROR_MISSING_FIELD,
                "parameters.json", "mx.bev_pack_kwh");
  expect_error ("parameters.json", edit_percent_unit, PUENTE_DATASET_ERROR_INVALID_VALUE,
                "us.zev_share_2024", "share");
  expect_error ("parameters.json", edit_bad_status, PUENTE_DATASET_ERROR_INVALID_VALUE, "probably", "status");
  expect_error ("grid.json", edit_format, PUENTE_DATASET_ERROR_FORMAT, "grid.json", "puente-dataset");
  expect_error ("series.json", edit_version, PUENTE_DATASET_ERROR_FORMAT, "series.json", "version");
  expect_error ("rules.json", NULL, PUENTE_DATASET_ERROR_MISSING_FILE, "rules.json", NULL);
  expect_error ("rules.json", edit_rule_unit, PUENTE_DATASET_ERROR_INVALID_VALUE, "us-epa-lmdv-2024", "share");
  expect_error ("rules.json", edit_rule_share, PUENTE_DATASET_ERROR_INVALID_VALUE, "ca-acc2", "between 0 and 1");
  expect_error ("observed.json", edit_observation_region, PUENTE_DATASET_ERROR_INVALID_VALUE, "observed.json", "US-XX");
  expect_error ("observed.json", edit_observation_tolerance, PUENTE_DATASET_ERROR_INVALID_VALUE, "ldv.zev_share_sales", "tolerance");
  expect_error ("observed.json", edit_observation_year, PUENTE_DATASET_ERROR_INVALID_VALUE, "charging.public_dcfc_added", "2019");
}

static void
test_parse_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = broken_copy (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "grid.json", NULL);
  g_autoptr(PuenteDataset) dataset = NULL;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"puente-dataset\",\n  \"version\": 1,,}", -1, &error));
  dataset = puente_dataset_load_dir (dir, &error);
  g_assert_null (dataset);
  g_assert_error (error, PUENTE_DATASET_ERROR, PUENTE_DATASET_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "grid.json"));
  remove_dir (dir);
}

static void
test_missing_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_dir ("/nonexistent/puente", &error);

  g_assert_null (dataset);
  g_assert_error (error, PUENTE_DATASET_ERROR, PUENTE_DATASET_ERROR_MISSING_FILE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/dataset/load", test_load);
  g_test_add_func ("/model/dataset/refcount", test_refcount);
  g_test_add_func ("/model/dataset/errors", test_errors);
  g_test_add_func ("/model/dataset/schema-ranges", test_schema_ranges);
  g_test_add_func ("/model/dataset/schema-rows", test_schema_rows);
  g_test_add_func ("/model/dataset/parse-error", test_parse_error);
  g_test_add_func ("/model/dataset/missing-dir", test_missing_dir);

  return g_test_run ();
}
