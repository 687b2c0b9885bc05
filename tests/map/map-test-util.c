/* map-test-util.c: what the map's tests and benchmarks share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "map-test-util.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-scenario.h"

PuenteResults *
map_test_run_preset (PuenteDataset *dataset,
                     const char    *preset_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (preset_id, &error);
  g_autoptr(PuenteEngine) engine = NULL;
  g_autofree double *values = NULL;
  PuenteResults *results;

  if (scenario == NULL)
    g_error ("%s", error->message);
  engine = puente_engine_new (dataset);
  values = g_new0 (double, puente_levers_get_n ());
  results = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  puente_scenario_fill_values (scenario, dataset, values);
  puente_engine_run (engine, values, results);
  return results;
}
