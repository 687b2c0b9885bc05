/* test-fuzz.c: no input, however broken, crashes a reader
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every reader of user files is a row of `targets` below: its name, the
 * well-formed inputs (seeds) its mutations start from, and a function that
 * reads one input from memory. For each target:
 *
 *  - seeded random mutations of the seeds (byte flips, deletions,
 *    insertions of JSON punctuation and boundary numbers, repeated pieces)
 *    must each be accepted (the target may check more, e.g. that a saved
 *    scenario reads back the same) or refused with an error in the
 *    target's domain whose message names where;
 *  - the hostile corpus (a 100,000-deep file, a 1 MB unknown id, numbers
 *    that wrap around in 64 bits, NUL escapes, 10 MiB + 1 byte) must be
 *    refused, the same way.
 *
 * Run under AddressSanitizer and UndefinedBehaviorSanitizer in CI, this is
 * what "never a crash" rests on. A new reader joins with one
 * row: its seeds, its read function and, if its format is not JSON, the
 * pieces its mutations insert.
 *
 * Station files (issue 17) go through the importers: a slice of the AFDC
 * New York export, Open Charge Map records alone and in an array, and
 * AFDC's JSON, mutated with CSV and JSON punctuation; what imports must be
 * sane stations (a US or Mexican state, coordinates in range).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-dataset-private.h"
#include "puente-deck.h"
#include "puente-levers.h"
#include "puente-scenario.h"
#include "puente-state-locator.h"
#include "puente-stations.h"
#include "puente-test-stations.h"
#include "test-hostile.h"

/* One input to mutate: @label says which file it stands for. */
typedef struct
{
  char *label;
  char *data;
} Seed;

typedef struct
{
  const char *name;
  /* The well-formed inputs, Seed *, mutated in turn. */
  GPtrArray *(*seeds) (void);
  /* Reads @data as @seed's file: TRUE when accepted; else FALSE with an
   * error whose message names @seed->label. */
  gboolean   (*read)  (const Seed  *seed,
                       const char  *data,
                       gsize        length,
                       GError     **error);
  GQuark     (*domain) (void);
  guint        iterations;
  /* What mutations insert (NULL: JSON punctuation and numbers). */
  const char * const *fragments;
  guint        n_fragments;
  /* The least share of mutated inputs accepted. */
  double       min_accepted;
} FuzzTarget;

static void
seed_free (Seed *seed)
{
  g_free (seed->label);
  g_free (seed->data);
  g_free (seed);
}

static void
add_seed (GPtrArray  *seeds,
          const char *label,
          char       *data)
{
  Seed *seed = g_new0 (Seed, 1);

  seed->label = g_strdup (label);
  seed->data = data;
  g_ptr_array_add (seeds, seed);
}

/* ---- scenario files ---------------------------------------------------- */

static GPtrArray *
scenario_seeds (void)
{
  GPtrArray *seeds = g_ptr_array_new_with_free_func ((GDestroyNotify) seed_free);
  const char **presets;
  guint n_presets = 0;

  presets = puente_scenario_list_presets (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      g_autoptr(PuenteScenario) preset = puente_scenario_load_preset (presets[i], NULL);

      g_assert_nonnull (preset);
      add_seed (seeds, "fuzz.json", puente_scenario_to_data (preset, NULL));
    }
  return seeds;
}

/* What loads must save and load again to the same levers. */
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

static gboolean
scenario_read (const Seed  *seed,
               const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_data (data, (gssize) length, seed->label, error);

  if (scenario == NULL)
    return FALSE;
  check_round_trip (scenario);
  return TRUE;
}

/* ---- deck files -------------------------------------------------------- */

static GPtrArray *
deck_seeds (void)
{
  GPtrArray *seeds = g_ptr_array_new_with_free_func ((GDestroyNotify) seed_free);
  g_autofree char *path = g_build_filename (g_getenv ("PUENTE_SOURCE_DIR"), "data", "decks",
                                            "example.puente-deck", NULL);
  g_autoptr(PuenteDeck) deck = puente_deck_load_file (path, NULL);

  g_assert_nonnull (deck);
  add_seed (seeds, "fuzz.puente-deck", puente_deck_to_data (deck, NULL));
  /* One slide at a time too: smaller seeds, more of each mutated. */
  for (guint i = 0; i < puente_deck_get_n_slides (deck); i++)
    {
      g_autoptr(PuenteDeck) one = puente_deck_new ();

      puente_deck_insert (one, -1, puente_slide_copy (puente_deck_get_slide (deck, i)));
      add_seed (seeds, "fuzz.puente-deck", puente_deck_to_data (one, NULL));
    }
  return seeds;
}

/* What loads saves and loads again to the same deck. */
static gboolean
deck_read (const Seed  *seed,
           const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(PuenteDeck) deck = puente_deck_load_data (data, (gssize) length, seed->label, error);
  g_autoptr(PuenteDeck) again = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *saved = NULL;
  gsize saved_length = 0;

  if (deck == NULL)
    return FALSE;
  saved = puente_deck_to_data (deck, &saved_length);
  again = puente_deck_load_data (saved, (gssize) saved_length, "round trip", &local_error);
  g_assert_no_error (local_error);
  g_assert_true (puente_deck_equal (deck, again));
  return TRUE;
}

/* ---- dataset files ----------------------------------------------------- */

static GPtrArray *
dataset_seeds (void)
{
  GPtrArray *seeds = g_ptr_array_new_with_free_func ((GDestroyNotify) seed_free);
  const char * const *names = puente_dataset_get_file_names (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (TEST_DATASET_DIR, names[i], NULL);
      char *data = NULL;

      g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
      add_seed (seeds, names[i], data);
    }
  return seeds;
}

/* The fixture dataset with the seed's file replaced by @data. */
static gboolean
dataset_read (const Seed  *seed,
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_dir_with (TEST_DATASET_DIR, seed->label,
                                                                   data, length, error);

  return dataset != NULL;
}

/* ---- station files ----------------------------------------------------- */

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

static GPtrArray *
station_seeds (void)
{
  GPtrArray *seeds = g_ptr_array_new_with_free_func ((GDestroyNotify) seed_free);
  g_autofree char *ny = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  g_autoptr(GPtrArray) ocm = puente_test_stations_ocm_paths ();
  g_autoptr(GString) array = g_string_new ("[");

  /* Header, the first rows of other fuels and about 150 stations, twice:
   * half the runs mutate the CSV. */
  add_seed (seeds, "fuzz.csv", head_of (ny, 270));
  for (guint n_ocm = 0; n_ocm < 12; n_ocm++)
    {
      char *text = NULL;

      g_assert_true (g_file_get_contents (g_ptr_array_index (ocm, n_ocm), &text, NULL, NULL));
      if (n_ocm < 4)
        g_string_append_printf (array, "%s%s", n_ocm > 0 ? ",\n" : "", text);
      add_seed (seeds, "fuzz.csv", text);
      add_seed (seeds, "fuzz.csv", head_of (ny, 270));
    }
  g_string_append (array, "]");
  add_seed (seeds, "fuzz.csv", g_string_free (g_steal_pointer (&array), FALSE));
  add_seed (seeds, "fuzz.csv", g_strdup ("{\"fuel_stations\": [{\"fuel_type_code\": \"ELEC\", \"id\": 94851, "
                                         "\"station_name\": \"Exit 14, Park and Ride\", \"state\": \"NY\", \"country\": \"US\", "
                                         "\"status_code\": \"E\", \"access_code\": \"public\", \"latitude\": 41.101628, "
                                         "\"longitude\": -74.02813, \"ev_level2_evse_num\": 2, \"ev_dc_fast_num\": null}]}"));
  return seeds;
}

/* What imports is a set of sane stations. */
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

static gboolean
station_read (const Seed  *seed,
              const char  *data,
              gsize        length,
              GError     **error)
{
  static PuenteStateLocator *locator = NULL;
  g_autoptr(PuenteStations) stations = NULL;

  if (locator == NULL)
    locator = puente_state_locator_dup_default (NULL);
  g_assert_nonnull (locator);

  stations = puente_stations_new (locator);
  if (!puente_stations_import_data (stations, data, length, seed->label, error))
    {
      g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 0);
      return FALSE;
    }
  check_stations (stations);
  return TRUE;
}

/* For station files: CSV and JSON punctuation, the values their readers
 * look for, and numbers at the edges of what they accept. */
static const char *const station_fragments[] = {
  ",", "\"", "\"\"", "\n", "\r\n", "\r", "\xef\xbb\xbf", "{", "}", "[", "]", ":", "null", "ELEC", "CNG",
  "E", "P", "T", "public", "private", "0", "-0", "0,0", "90.0001", "-180.5", "1e999", "NaN", "4294967296",
  "99999", "\"Latitude\"", "\"Connections\"", "\"NumberOfPoints\": 7", "\"LevelID\": 3", "\"StatusTypeID\": 200",
  "\"CountryID\": 44", "\"Quantity\": -1", "\xff", "\xc3\x28", "\\u0000",
};

/* ---- the targets ------------------------------------------------------- */

static const FuzzTarget targets[] = {
  { "scenario", scenario_seeds, scenario_read, puente_scenario_error_quark, 4000, NULL, 0, 0.01 },
  { "deck", deck_seeds, deck_read, puente_deck_error_quark, 3000, NULL, 0, 0.01 },
  /* Each run parses the whole fixture dataset (~100 KB). */
  { "dataset", dataset_seeds, dataset_read, puente_dataset_error_quark, 800, NULL, 0, 0.01 },
  { "stations", station_seeds, station_read, puente_stations_error_quark, 4000,
    station_fragments, G_N_ELEMENTS (station_fragments), 0.25 },
};

/* ---- mutations --------------------------------------------------------- */

static const char *const json_fragments[] = {
  "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true",
  "1e999", "-1e999", "NaN", "-0", "0.5", "9223372036854775808", "-18446744073709549586",
  "\"levers\"", "\"version\"", "2", "\"format\"", "\"es\"", "\xff", "\xc3\x28",
  "\"ldv.us.target_share\"", "\"value\"", "\"low\"", "\"high\"", "\"unit\"", "1e308",
  "-14000", "0",
};

static char *
mutate (const char              *text,
        GRand                   *rand,
        const char * const      *fragments,
        guint                    n_fragments,
        gsize                   *length)
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
          g_string_insert (out, at, fragments[g_rand_int_range (rand, 0, (gint32) n_fragments)]);
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

  *length = out->len;
  return g_string_free (out, FALSE);
}

static void
check_refusal (const FuzzTarget *target,
               const Seed       *seed,
               const GError     *error)
{
  /* A refusal says what and where, briefly. */
  g_assert_nonnull (error);
  g_assert_true (error->domain == target->domain ());
  g_assert_nonnull (strstr (error->message, seed->label));
  g_assert_cmpuint (strlen (error->message), <, 1000);
}

static void
test_mutations (gconstpointer data)
{
  const FuzzTarget *target = data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  g_autoptr(GPtrArray) seeds = target->seeds ();
  guint loaded = 0, refused = 0;

  g_assert_cmpuint (seeds->len, >, 0);
  for (guint i = 0; i < target->iterations; i++)
    {
      const Seed *seed = g_ptr_array_index (seeds, i % seeds->len);
      gsize length;
      g_autofree char *text = target->fragments != NULL
        ? mutate (seed->data, rand, target->fragments, target->n_fragments, &length)
        : mutate (seed->data, rand, json_fragments, G_N_ELEMENTS (json_fragments), &length);
      g_autoptr(GError) error = NULL;

      if (target->read (seed, text, length, &error))
        {
          g_assert_no_error (error);
          loaded++;
        }
      else
        {
          check_refusal (target, seed, error);
          refused++;
        }
    }

  /* Both outcomes are exercised, or the mutations are too weak or too strong. */
  g_test_message ("%s: %u mutated inputs accepted, %u refused", target->name, loaded, refused);
  g_assert_cmpuint (loaded, >=, target->min_accepted * target->iterations);
  g_assert_cmpuint (refused, >, target->iterations / 10);
}

/* In memory, the hostile inputs of issue 12: every target refuses them. */
static GPtrArray *
hostile_inputs (void)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) seed_free);
  GString *objects = g_string_new (NULL);
  GString *big = g_string_new ("{");

  add_seed (inputs, "100,000 nested lists", hostile_deep_json (100000));
  for (guint i = 0; i < 100000; i++)
    g_string_append (objects, "{\"a\":");
  add_seed (inputs, "100,000 nested objects", g_string_free (objects, FALSE));
  add_seed (inputs, "1 MB unknown id", hostile_long_id_scenario (1024 * 1024));
  add_seed (inputs, "wrapping year", g_strdup ("{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {\"ldv.us.target_year\": -18446744073709549586}}"));
  add_seed (inputs, "wrapping version", g_strdup ("{\"format\": \"puente-dataset\", \"version\": 18446744073709551617}"));
  add_seed (inputs, "NUL escape", g_strdup ("{\"format\": \"puente-scenario\", \"version\": 1, \"name\": {\"en\": \"a\\u0000b\"}}"));
  while (big->len <= 10 * 1024 * 1024)
    g_string_append (big, "                                                                ");
  g_string_append_c (big, '}');
  add_seed (inputs, "over 10 MiB", g_string_free (big, FALSE));
  return inputs;
}

static void
test_hostile (gconstpointer data)
{
  const FuzzTarget *target = data;
  g_autoptr(GPtrArray) seeds = target->seeds ();
  g_autoptr(GPtrArray) inputs = hostile_inputs ();

  for (guint s = 0; s < seeds->len; s++)
    for (guint i = 0; i < inputs->len; i++)
      {
        const Seed *seed = g_ptr_array_index (seeds, s);
        const Seed *input = g_ptr_array_index (inputs, i);
        g_autoptr(GError) error = NULL;
        gint64 start = g_get_monotonic_time ();

        g_assert_false (target->read (seed, input->data, strlen (input->data), &error));
        check_refusal (target, seed, error);
        if (s == 0)
          g_test_message ("%s, %s: refused in %.3f s: %.160s", target->name, input->label,
                          (g_get_monotonic_time () - start) / 1e6, error->message);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *mutations = g_strdup_printf ("/model/fuzz/%s/mutations", targets[i].name);
      g_autofree char *hostile = g_strdup_printf ("/model/fuzz/%s/hostile", targets[i].name);

      g_test_add_data_func (mutations, &targets[i], test_mutations);
      g_test_add_data_func (hostile, &targets[i], test_hostile);
    }

  return g_test_run ();
}
