/* bench-stations.c: how long a 50 MB station export takes to import
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds two synthetic 50 MB exports from the real samples in
 * tests/fixtures/stations, in a temporary folder (nothing is committed):
 *
 * - an AFDC CSV: the New York export's header and rows repeated, each copy
 *   with new station ids and its coordinates moved by up to 0.01 degrees,
 *   all fuels kept (so about 2.5 % of rows are skipped as not electric);
 * - an Open Charge Map JSON array: the 89 records repeated the same way.
 *
 * and imports each file RUNS times, from the file, as the app and
 * puente-cli do (bounded read, checksum, parse, locate every station).
 * Prints the median and the worst; the target is under 2 s for 50 MB.
 *
 * Usage: bench-stations [RUNS]
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "puente-state-locator.h"
#include "puente-stations.h"
#include "puente-test-stations.h"

#define TARGET_BYTES (50 * 1000 * 1000)
#define AFDC_ID_COLUMN 27
#define AFDC_LATITUDE_COLUMN 24

/* Splits one CSV row (no line break inside quotes in the ones we change)
 * at its commas outside quotes. */
static GPtrArray *
split_row (const char *row)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  gboolean quoted = FALSE;
  const char *start = row;

  for (const char *p = row;; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      if ((*p == ',' && !quoted) || *p == '\0')
        {
          g_ptr_array_add (fields, g_strndup (start, p - start));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return fields;
}

static double
jitter (GRand *rand)
{
  return g_rand_double_range (rand, -0.01, 0.01);
}

/* The New York export repeated to TARGET_BYTES. */
static char *
make_afdc_csv (const char *dir,
               guint      *n_rows)
{
  g_autofree char *source = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  char *path = g_build_filename (dir, "alt_fuel_stations_synthetic_50MB.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert (g_file_get_contents (source, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_string_append_printf (out, "%s\n", lines[0]);
  *n_rows = 0;
  for (guint copy = 0; out->len < TARGET_BYTES; copy++)
    for (guint i = 1; lines[i] != NULL && out->len < TARGET_BYTES; i++)
      {
        g_autoptr(GPtrArray) fields = NULL;

        if (lines[i][0] == '\0')
          continue;
        fields = split_row (lines[i]);
        /* The row with a line break in a quoted address stays as it is. */
        if (fields->len <= AFDC_ID_COLUMN)
          {
            g_string_append_printf (out, "%s\n", lines[i]);
            continue;
          }
        for (guint f = 0; f < fields->len; f++)
          {
            const char *value = g_ptr_array_index (fields, f);

            if (f > 0)
              g_string_append_c (out, ',');
            if (f == AFDC_ID_COLUMN && copy > 0)
              g_string_append_printf (out, "%u%s", copy, value);
            else if ((f == AFDC_LATITUDE_COLUMN || f == AFDC_LATITUDE_COLUMN + 1) && copy > 0 && *value != '\0')
              g_string_append_printf (out, "%.6f", g_ascii_strtod (value, NULL) + jitter (rand));
            else
              g_string_append (out, value);
          }
        g_string_append_c (out, '\n');
        (*n_rows)++;
      }
  if (!g_file_set_contents (path, out->str, (gssize) out->len, &error))
    g_error ("%s", error->message);
  return path;
}

/* The 89 Open Charge Map records repeated to TARGET_BYTES, as an array. */
static char *
make_ocm_json (const char *dir,
               guint      *n_records)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GString) out = g_string_new ("[");
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  char *path = g_build_filename (dir, "ocm_synthetic_50MB.json", NULL);
  g_autoptr(GPtrArray) paths = puente_test_stations_ocm_paths ();
  g_autoptr(GError) error = NULL;
  double origin[3 * 89];

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (json_parser_load_from_file (parser, g_ptr_array_index (paths, i), NULL))
        g_ptr_array_add (records, json_node_copy (json_parser_get_root (parser)));
    }
  g_assert (records->len == 89);

  /* The originals: json_node_copy () shares the objects, so each copy is
   * set from these rather than from the last copy. */
  for (guint i = 0; i < records->len; i++)
    {
      JsonObject *poi = json_node_get_object (g_ptr_array_index (records, i));
      JsonObject *address = json_object_get_object_member (poi, "AddressInfo");

      origin[3 * i] = (double) json_object_get_int_member (poi, "ID");
      origin[3 * i + 1] = json_object_get_double_member (address, "Latitude");
      origin[3 * i + 2] = json_object_get_double_member (address, "Longitude");
    }

  *n_records = 0;
  for (guint copy = 0; out->len < TARGET_BYTES; copy++)
    for (guint i = 0; i < records->len && out->len < TARGET_BYTES; i++)
      {
        JsonNode *node = g_ptr_array_index (records, i);
        JsonObject *poi = json_node_get_object (node);
        JsonObject *address = json_object_get_object_member (poi, "AddressInfo");
        g_autoptr(JsonGenerator) generator = json_generator_new ();
        g_autofree char *text = NULL;

        json_object_set_int_member (poi, "ID", (gint64) origin[3 * i] + (gint64) copy * 1000000);
        json_object_set_double_member (address, "Latitude", origin[3 * i + 1] + (copy > 0 ? jitter (rand) : 0));
        json_object_set_double_member (address, "Longitude", origin[3 * i + 2] + (copy > 0 ? jitter (rand) : 0));
        json_generator_set_root (generator, node);
        json_generator_set_pretty (generator, TRUE);
        json_generator_set_indent (generator, 4);
        text = json_generator_to_data (generator, NULL);
        g_string_append (out, *n_records > 0 ? ",\n" : "\n");
        g_string_append (out, text);
        (*n_records)++;
      }
  g_string_append (out, "\n]\n");
  if (!g_file_set_contents (path, out->str, (gssize) out->len, &error))
    g_error ("%s", error->message);
  return path;
}

static void
bench (PuenteStateLocator *locator,
       const char         *what,
       const char         *path,
       guint               n_records,
       guint               runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) skipped = g_string_new (NULL);
  GStatBuf st;
  guint n_stations = 0;

  g_assert (g_stat (path, &st) == 0);
  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(PuenteStations) stations = puente_stations_new (locator);
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!puente_stations_import_file (stations, path, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
      n_stations = puente_stations_get_n_stations (stations);
      g_string_truncate (skipped, 0);
      for (guint k = 0; k < PUENTE_STATION_N_SKIP_REASONS; k++)
        if (puente_stations_get_skipped (stations, k) > 0)
          g_string_append_printf (skipped, " %s=%u", puente_station_skip_to_string (k),
                                  puente_stations_get_skipped (stations, k));
    }
  qsort (times->data, times->len, sizeof (double), puente_test_compare_doubles);
  g_print ("%-28s %6.1f MB %8u %8u %9.0f %9.0f %9.1f\n", what, st.st_size / 1e6, n_records, n_stations,
           g_array_index (times, double, times->len / 2), g_array_index (times, double, times->len - 1),
           st.st_size / 1e6 / (g_array_index (times, double, times->len / 2) / 1000.0));
  g_print ("#   skipped:%s\n", skipped->len > 0 ? skipped->str : " none");
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 5;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("puente-bench-stations-XXXXXX", &error);
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autoptr(PuenteStateLocator) locator = NULL;
  guint n_csv, n_json;
  gint64 start;

  if (dir == NULL)
    g_error ("%s", error->message);
  runs = MAX (runs, 1);
  start = g_get_monotonic_time ();
  locator = puente_state_locator_dup_default (&error);
  if (locator == NULL)
    g_error ("%s", error->message);
  g_print ("# state locator built in %.0f ms (once per process)\n", (g_get_monotonic_time () - start) / 1000.0);

  csv = make_afdc_csv (dir, &n_csv);
  json = make_ocm_json (dir, &n_json);
  g_print ("# import of synthetic 50 MB exports built from the samples, %u runs; target: median under 2000 ms\n", runs);
  g_print ("# %-26s %9s %8s %8s %9s %9s %9s\n", "what", "size", "records", "stations", "median_ms", "worst_ms", "MB/s");
  bench (locator, "AFDC CSV (New York rows)", csv, n_csv, runs);
  bench (locator, "OCM JSON array (89 records)", json, n_json, runs);

  if (g_getenv ("PUENTE_BENCH_KEEP") == NULL)
    {
      g_unlink (csv);
      g_unlink (json);
      g_rmdir (dir);
    }
  else
    g_print ("# kept %s and %s\n", csv, json);
  return 0;
}
