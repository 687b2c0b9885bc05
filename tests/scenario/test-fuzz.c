/* test-fuzz.c: no scenario or station file, however broken, crashes its
 * loader
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seeded random mutations of real scenario files (byte flips, deletions,
 * insertions of JSON punctuation and of boundary numbers) go through
 * puente_scenario_load_data (). Each must either load — and then save and
 * load again to the same levers — or fail with an error that says
 * something. Run under AddressSanitizer in CI, this is what "never a
 * crash" rests on.
 *
 * Station files (issue 17) go the same way through the importers: a slice
 * of the AFDC New York export, Open Charge Map records alone and in an
 * array, and AFDC's JSON, mutated with CSV and JSON punctuation; what
 * imports must be sane stations (a US or Mexican state, coordinates in
 * range), what does not a PUENTE_STATIONS_ERROR naming the file.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-levers.h"
#include "puente-scenario.h"
#include "puente-state-locator.h"
#include "puente-stations.h"
#include "puente-test-stations.h"

#define ITERATIONS 4000

static const char *const fragments[] = {
  "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true",
  "1e999", "-1e999", "NaN", "-0", "0.5", "9223372036854775808", "\"levers\"",
  "\"version\"", "2", "\"format\"", "\"es\"", "\xff", "\xc3\x28", "\"ldv.us.target_share\"",
};

/* For station files: CSV and JSON punctuation, the values their readers
 * look for, and numbers at the edges of what they accept. */
static const char *const station_fragments[] = {
  ",", "\"", "\"\"", "\n", "\r\n", "\r", "\xef\xbb\xbf", "{", "}", "[", "]", ":", "null", "ELEC", "CNG",
  "E", "P", "T", "public", "private", "0", "-0", "0,0", "90.0001", "-180.5", "1e999", "NaN", "4294967296",
  "99999", "\"Latitude\"", "\"Connections\"", "\"NumberOfPoints\": 7", "\"LevelID\": 3", "\"StatusTypeID\": 200",
  "\"CountryID\": 44", "\"Quantity\": -1", "\xff", "\xc3\x28", "\\u0000",
};

static char *
mutate (const char         *text,
        GRand              *rand,
        const char *const  *pieces,
        guint               n_pieces)
{
  GString *out = g_string_new (text);
  guint n = g_rand_int_range (rand, 1, 6);

  for (guint i = 0; i < n && out->len > 0; i++)
    {
      guint at = g_rand_int_range (rand, 0, (gint32) out->len);

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          out->str[at] = (char) g_rand_int_range (rand, 1, 256);
          break;
        case 1:
          {
            /* MIN evaluates its arguments twice: draw first. */
            gssize len = g_rand_int_range (rand, 1, 12);

            g_string_erase (out, at, MIN (len, (gssize) (out->len - at)));
          }
          break;
        case 2:
          g_string_insert (out, at, pieces[g_rand_int_range (rand, 0, (gint32) n_pieces)]);
          break;
        default:
          /* Repeat a piece: deep nesting, duplicate keys. */
          {
            guint draw = (guint) g_rand_int_range (rand, 1, 40);
            guint len = MIN (draw, out->len - at);
            g_autofree char *piece = g_strndup (out->str + at, len);

            g_string_insert (out, at, piece);
          }
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static void
check_round_trip (PuenteScenario *scenario)
{
  g_autofree char *saved = NULL;
  g_autoptr(PuenteScenario) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) ids_again = NULL;
  gsize length = 0;

  saved = puente_scenario_to_data (scenario, &length);
  again = puente_scenario_load_data (saved, (gssize) length, "round trip", &error);
  g_assert_no_error (error);
  ids = puente_scenario_list_set_levers (scenario);
  ids_again = puente_scenario_list_set_levers (again);
  g_assert_cmpuint (ids->len, ==, ids_again->len);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      g_assert_cmpstr (id, ==, g_ptr_array_index (ids_again, i));
      g_assert_cmpfloat (puente_scenario_get_lever (scenario, id, NULL), ==,
                         puente_scenario_get_lever (again, id, NULL));
    }
}

static void
test_mutations (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  g_autoptr(GPtrArray) seeds = g_ptr_array_new_with_free_func (g_free);
  const char **presets;
  guint n_presets = 0, loaded = 0, refused = 0;

  presets = puente_scenario_list_presets (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      g_autoptr(PuenteScenario) preset = puente_scenario_load_preset (presets[i], NULL);
      gsize length;

      g_assert_nonnull (preset);
      g_ptr_array_add (seeds, puente_scenario_to_data (preset, &length));
    }
  g_assert_cmpuint (seeds->len, >, 0);

  for (guint i = 0; i < ITERATIONS; i++)
    {
      const char *seed = g_ptr_array_index (seeds, i % seeds->len);
      g_autofree char *text = mutate (seed, rand, fragments, G_N_ELEMENTS (fragments));
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteScenario) scenario = NULL;

      scenario = puente_scenario_load_data (text, -1, "fuzz.json", &error);
      if (scenario != NULL)
        {
          g_assert_no_error (error);
          check_round_trip (scenario);
          loaded++;
        }
      else
        {
          /* A refusal says what and where. */
          g_assert_nonnull (error);
          g_assert_true (error->domain == PUENTE_SCENARIO_ERROR);
          g_assert_nonnull (strstr (error->message, "fuzz.json"));
          refused++;
        }
    }

  /* Both outcomes are exercised, or the mutations are too weak or too strong. */
  g_test_message ("%u mutated files loaded, %u refused", loaded, refused);
  g_assert_cmpuint (loaded, >, 0);
  g_assert_cmpuint (refused, >, ITERATIONS / 2);
}

/* The first @n_lines lines of @path. */
static char *
head_of (const char *path,
         guint       n_lines)
{
  g_autofree char *text = NULL;
  char *p;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  p = text;
  for (guint i = 0; i < n_lines && p != NULL; i++)
    {
      p = strchr (p, '\n');
      if (p != NULL)
        p++;
    }
  if (p != NULL)
    *p = '\0';
  return g_steal_pointer (&text);
}

static void
check_stations (PuenteStations *stations)
{
  g_autoptr(GArray) tallies = NULL;
  g_autofree char *sources = NULL;
  PuenteStationTally total;
  guint open_public = 0;

  g_assert_cmpuint (puente_stations_get_n_stations (stations), >, 0);
  for (guint i = 0; i < puente_stations_get_n_stations (stations); i++)
    {
      const PuenteStation *s = puente_stations_get_station (stations, i);

      g_assert_nonnull (s->id);
      g_assert_nonnull (s->name);
      g_assert_true (g_str_has_prefix (s->state, s->country == PUENTE_COUNTRY_MX ? "MX-" : "US-"));
      g_assert_true (isfinite (s->latitude) && fabs (s->latitude) <= 90);
      g_assert_true (isfinite (s->longitude) && fabs (s->longitude) <= 180);
      g_assert_cmpuint (puente_station_get_n_ports (s), <=, 30000);
      g_assert_true (isnan (s->max_power_kw) || (s->max_power_kw > 0 && s->max_power_kw <= 10000));
      g_assert_cmpint (puente_stations_find (stations, s->id), ==, (int) i);
      if (puente_station_is_open_public (s))
        open_public++;
    }
  for (guint i = 0; i < puente_stations_get_n_notes (stations); i++)
    {
      g_autofree char *text = puente_stations_describe_note (stations, puente_stations_get_note (stations, i), PUENTE_LANG_EN);

      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
  tallies = puente_stations_tally (stations, &total);
  g_assert_cmpuint (total.stations, ==, open_public);
  sources = puente_stations_describe_sources (stations);
  g_assert_nonnull (sources);
}

static void
test_station_mutations (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr(GPtrArray) seeds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (NULL);
  g_autofree char *ny = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  g_autoptr(GPtrArray) ocm = puente_test_stations_ocm_paths ();
  g_autoptr(GString) array = g_string_new ("[");
  guint n_ocm = 0, loaded = 0, refused = 0;

  g_assert_nonnull (locator);
  /* Header, the first rows of other fuels and about 150 stations. */
  g_ptr_array_add (seeds, head_of (ny, 270));
  for (; n_ocm < 12; n_ocm++)
    {
      char *text = NULL;

      g_assert_true (g_file_get_contents (g_ptr_array_index (ocm, n_ocm), &text, NULL, NULL));
      if (n_ocm < 4)
        g_string_append_printf (array, "%s%s", n_ocm > 0 ? ",\n" : "", text);
      g_ptr_array_add (seeds, text);
    }
  g_string_append (array, "]");
  g_ptr_array_add (seeds, g_string_free (g_steal_pointer (&array), FALSE));
  g_ptr_array_add (seeds, g_strdup ("{\"fuel_stations\": [{\"fuel_type_code\": \"ELEC\", \"id\": 94851, "
                                    "\"station_name\": \"Exit 14, Park and Ride\", \"state\": \"NY\", \"country\": \"US\", "
                                    "\"status_code\": \"E\", \"access_code\": \"public\", \"latitude\": 41.101628, "
                                    "\"longitude\": -74.02813, \"ev_level2_evse_num\": 2, \"ev_dc_fast_num\": null}]}"));

  for (guint i = 0; i < ITERATIONS; i++)
    {
      /* Half the runs on the CSV, the others spread over the JSON seeds. */
      const char *seed = g_ptr_array_index (seeds, i % 2 == 0 ? 0 : 1 + (i / 2) % (seeds->len - 1));
      g_autofree char *text = mutate (seed, rand, station_fragments, G_N_ELEMENTS (station_fragments));
      g_autoptr(PuenteStations) stations = puente_stations_new (locator);
      g_autoptr(GError) error = NULL;

      if (puente_stations_import_data (stations, text, strlen (text), "fuzz.csv", &error))
        {
          g_assert_no_error (error);
          check_stations (stations);
          loaded++;
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == PUENTE_STATIONS_ERROR);
          g_assert_nonnull (strstr (error->message, "fuzz.csv"));
          g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 0);
          refused++;
        }
    }

  g_test_message ("%u mutated station files imported, %u refused", loaded, refused);
  g_assert_cmpuint (loaded, >, ITERATIONS / 4);
  g_assert_cmpuint (refused, >, ITERATIONS / 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/scenario/fuzz", test_mutations);
  g_test_add_func ("/model/stations/fuzz", test_station_mutations);

  return g_test_run ();
}
