/* test-scenario-ports.c: a scenario's base-year ports from imported stations
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scenario format version 2 ("base_ports"): taken from the New York AFDC
 * export, saved with the file's name, data date and checksum, read back
 * the same; the model starts New York from the file's ports and every
 * other state from the dataset's; version 1 files load as before and may
 * not hold the new key; bad base ports are refused with the reason.
 */
#include "config.h"

#include <string.h>

#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-scenario.h"
#include "puente-test-stations.h"

static PuenteStations *
load_ny (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (&error);
  g_autofree char *path = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  PuenteStations *stations;

  g_assert_no_error (error);
  stations = puente_stations_new (locator);
  g_assert_true (puente_stations_import_file (stations, path, &error));
  g_assert_no_error (error);
  return stations;
}

/* Saved and read back: the counts and the file's record survive. */
static void
test_round_trip (void)
{
  g_autoptr(PuenteStations) stations = load_ny ();
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset ("baseline", NULL);
  g_autoptr(PuenteScenario) back = NULL;
  g_autoptr(PuenteScenario) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  const PuenteStationFile *file = puente_stations_get_file (stations, 0);
  const PuenteScenarioStationFile *recorded;
  double l2 = 0, dcfc = 0;

  g_assert_false (puente_scenario_has_base_ports (scenario));
  data = puente_scenario_to_data (scenario, NULL);
  /* Without base ports, still the version older Puente reads. */
  g_assert_nonnull (strstr (data, "\"version\": 1"));
  g_clear_pointer (&data, g_free);

  puente_scenario_set_base_ports (scenario, stations);
  data = puente_scenario_to_data (scenario, NULL);
  g_test_message ("%s", data);
  g_assert_nonnull (strstr (data, "\"version\": 2"));
  g_assert_nonnull (strstr (data, "\"name\": \"alt_fuel_stations_NY_2025-04.csv\""));
  g_assert_nonnull (strstr (data, file->checksum));
  g_assert_nonnull (strstr (data, "\"US-NY\": { \"level2\": 14626, \"dc_fast\": 2161 }"));

  back = puente_scenario_load_data (data, -1, "round trip", &error);
  g_assert_no_error (error);
  g_assert_true (puente_scenario_has_base_ports (back));
  g_assert_true (puente_scenario_get_base_ports (back, "US-NY", &l2, &dcfc));
  g_assert_cmpfloat (l2, ==, 14626);
  g_assert_cmpfloat (dcfc, ==, 2161);
  g_assert_false (puente_scenario_get_base_ports (back, "US-CA", &l2, &dcfc));
  g_assert_cmpuint (puente_scenario_get_n_base_port_files (back), ==, 1);
  recorded = puente_scenario_get_base_port_file (back, 0);
  g_assert_cmpstr (recorded->name, ==, "alt_fuel_stations_NY_2025-04.csv");
  g_assert_cmpstr (recorded->data_date, ==, file->data_date);
  g_assert_cmpstr (recorded->sha256, ==, file->checksum);
  g_assert_cmpuint (strlen (recorded->sha256), ==, 64);
  /* Written again, the same bytes; a copy keeps them. */
  again = puente_scenario_to_data (back, NULL);
  g_assert_cmpstr (again, ==, data);
  copy = puente_scenario_copy (back);
  g_assert_true (puente_scenario_get_base_ports (copy, "US-NY", &l2, &dcfc));

  /* Cleared: version 1 again. */
  puente_scenario_set_base_ports (copy, NULL);
  g_clear_pointer (&again, g_free);
  again = puente_scenario_to_data (copy, NULL);
  g_assert_nonnull (strstr (again, "\"version\": 1"));
  g_assert_null (strstr (again, "base_ports"));
}

static double
value_of (PuenteDataset        *dataset,
          const PuenteScenario *scenario,
          const char           *indicator,
          const char           *region,
          int                   year)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  PuenteResults *results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);
  double value;

  puente_scenario_fill_values (scenario, dataset, values);
  puente_engine_set_base_ports (engine, scenario);
  puente_engine_run (engine, values, results);
  value = puente_results_get_value (results, indicator, region, year);
  puente_results_free (results);
  return value;
}

/* The model starts New York from the file's ports, other states from
 * the dataset's. */
static void
test_engine (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteStations) stations = load_ny ();
  g_autoptr(PuenteScenario) plain = puente_scenario_load_preset ("baseline", NULL);
  g_autoptr(PuenteScenario) imported = puente_scenario_load_preset ("baseline", NULL);
  const PuenteState *ny, *ca;

  g_assert_no_error (error);
  ny = puente_dataset_get_state (dataset, (guint) puente_dataset_find_state (dataset, "US-NY"));
  ca = puente_dataset_get_state (dataset, (guint) puente_dataset_find_state (dataset, "US-CA"));
  puente_scenario_set_base_ports (imported, stations);

  g_assert_cmpfloat_with_epsilon (value_of (dataset, plain, "charging.public_l2_existing", "US-NY", PUENTE_BASE_YEAR),
                                  ny->public_l2_ports.value, 1e-6);
  g_assert_cmpfloat_with_epsilon (value_of (dataset, imported, "charging.public_l2_existing", "US-NY",
                                            PUENTE_BASE_YEAR), 14626, 1e-6);
  g_assert_cmpfloat_with_epsilon (value_of (dataset, imported, "charging.public_dcfc_existing", "US-NY",
                                            PUENTE_BASE_YEAR), 2161, 1e-6);
  g_assert_cmpfloat_with_epsilon (value_of (dataset, imported, "charging.public_l2_existing", "US-CA",
                                            PUENTE_BASE_YEAR), ca->public_l2_ports.value, 1e-6);
  /* The same engine, back to the dataset for a plain scenario. */
  {
    g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
    g_autofree double *values = g_new0 (double, puente_levers_get_n ());
    PuenteResults *results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);

    puente_scenario_fill_values (plain, dataset, values);
    puente_engine_set_base_ports (engine, imported);
    puente_engine_set_base_ports (engine, plain);
    puente_engine_run (engine, values, results);
    g_assert_cmpfloat_with_epsilon (puente_results_get_value (results, "charging.public_l2_existing", "US-NY",
                                                              PUENTE_BASE_YEAR), ny->public_l2_ports.value, 1e-6);
    puente_results_free (results);
  }
}

static void
assert_refused (const char *text,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_data (text, -1, "test.json", &error);

  g_assert_null (scenario);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

#define FILE_OK "{\"name\": \"ny.csv\", \"data_date\": \"2025-04-14\", \"sha256\": \"" \
  "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}"

/* Old files load; the new key needs version 2; bad values say why. */
static void
test_versions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) v1 = NULL;
  g_autoptr(PuenteScenario) v2 = NULL;
  double l2, dcfc;

  v1 = puente_scenario_load_data ("{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {}}", -1, "v1", &error);
  g_assert_no_error (error);
  g_assert_false (puente_scenario_has_base_ports (v1));
  v2 = puente_scenario_load_data ("{\"format\": \"puente-scenario\", \"version\": 2, \"levers\": {}, \"base_ports\": "
                                  "{\"files\": [" FILE_OK "], \"regions\": {\"MX-NLE\": {\"level2\": 12, \"dc_fast\": 3}}}}",
                                  -1, "v2", &error);
  g_assert_no_error (error);
  g_assert_true (puente_scenario_get_base_ports (v2, "MX-NLE", &l2, &dcfc));
  g_assert_cmpfloat (l2, ==, 12);

  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 1, \"base_ports\": {}}",
                  "unknown key “base_ports”");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 3}", "newer than this version of Puente reads (version 2)");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 2, \"base_ports\": {\"files\": [], \"regions\": {}}}",
                  "must name the station files");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 2, \"base_ports\": {\"files\": [{\"name\": \"a.csv\", "
                  "\"sha256\": \"xyz\"}], \"regions\": {}}}", "64 hexadecimal digits");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 2, \"base_ports\": {\"files\": [" FILE_OK "], "
                  "\"regions\": {\"New York\": {\"level2\": 1, \"dc_fast\": 1}}}}", "must be a state code");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 2, \"base_ports\": {\"files\": [" FILE_OK "], "
                  "\"regions\": {\"US-NY\": {\"level2\": -5, \"dc_fast\": 1}}}}", "whole number of ports");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 2, \"base_ports\": {\"files\": [" FILE_OK "], "
                  "\"regions\": {\"US-NY\": {\"level2\": 1.5, \"dc_fast\": 1}}}}", "whole number of ports");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 2, \"base_ports\": {\"files\": [" FILE_OK "], "
                  "\"regions\": {\"US-NY\": {\"level2\": 1}}}}", "“dc_fast” is missing");
  assert_refused ("{\"format\": \"puente-scenario\", \"version\": 2, \"base_ports\": {\"files\": [" FILE_OK "], "
                  "\"regions\": {}, \"when\": 1}}", "unknown key “when”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario/base-ports/round-trip", test_round_trip);
  g_test_add_func ("/scenario/base-ports/engine", test_engine);
  g_test_add_func ("/scenario/base-ports/versions", test_versions);
  return g_test_run ();
}
