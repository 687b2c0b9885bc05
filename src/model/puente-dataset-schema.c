/* puente-dataset-schema.c: every figure of the dataset, its unit and range
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader looks every figure it reads up in this table and refuses the
 * dataset when the figure is missing from it, in another unit, or outside
 * its range (value, low and high alike). A new figure in a dataset file
 * needs its row here: the error names the file and the figure.
 *
 * A range says what is physically possible, not what is likely: it
 * catches a wrong sign, a unit mix-up (km for m, a percentage for a share),
 * a typed extra zero or 1e308, and keeps zero out of anything the engine
 * divides by or takes as a lifetime. Estimates stay the sources' business.
 */
#include "config.h"

#include <string.h>

#include "puente-dataset-private.h"

#define REQ PUENTE_FIGURE_REQUIRED
#define PER PUENTE_FIGURE_PER_COUNTRY
#define WHOLE PUENTE_FIGURE_WHOLE
#define OPT PUENTE_FIGURE_OPTIONAL

/* Bounds shared by many rows. */
#define PEOPLE 1e10 /* more than the world's population */
#define FLEET 2e9   /* more vehicles than the world has */
#define YEARLY 2e8  /* vehicles a year, above world sales */

static const PuenteFigureSchema schema[] = {
  /* file, key, unit, min, max, flags */

  /* grid.json: each region's item */
  { "grid.json", "factor_2024", "kg CO2/kWh", 0, 2, OPT },

  /* states.json: each state's item */
  { "states.json", "population", "persons", 1, PEOPLE, OPT },
  { "states.json", "ldv_stock", "vehicles", 0, FLEET, OPT },
  { "states.json", "sales_share", "share", 0, 1, OPT },
  { "states.json", "adoption_index", "index", 0, 100, OPT },
  { "states.json", "bev_stock", "vehicles", 0, FLEET, OPT },
  { "states.json", "phev_stock", "vehicles", 0, FLEET, OPT },
  { "states.json", "public_l2_ports", "ports", 0, 1e8, OPT },
  { "states.json", "public_dcfc_ports", "ports", 0, 1e8, OPT },
  { "states.json", "used_import_share", "share", 0, 1, OPT },

  /* parameters.json */
  { "parameters.json", "%s.ldv_sales_2024", "vehicles", 0, YEARLY, REQ | PER },
  { "parameters.json", "%s.zev_share_2024", "share", 0, 1, REQ | PER },
  { "parameters.json", "%s.bev_share_of_zev_2024", "share", 0, 1, REQ | PER },
  { "parameters.json", "%s.sales_growth", "1/year", -0.5, 0.5, REQ | PER },
  { "parameters.json", "%s.median_lifetime", "years", 1, 60, REQ | PER },
  { "parameters.json", "%s.weibull_shape", "index", 0.5, 20, REQ | PER },
  { "parameters.json", "%s.zev_share_latest", "share", 0, 1, REQ | PER },
  /* A decimal year: 2025.875 is the end of November 2025. */
  { "parameters.json", "%s.zev_share_latest_time", "year", 2000, 2100, REQ | PER },
  { "parameters.json", "%s.zev_share_projection", "share", 0, 1, REQ | PER },
  { "parameters.json", "%s.zev_share_projection_year", "year", PUENTE_BASE_YEAR, 2100, REQ | PER },
  { "parameters.json", "%s.zev_share_ceiling", "share", 0, 1, REQ | PER },
  { "parameters.json", "%s.km_per_vehicle", "km/year", 100, 200000, REQ | PER },
  { "parameters.json", "%s.ice_l_per_100km", "L/100 km", 1, 100, REQ | PER },
  { "parameters.json", "%s.ice_efficiency_gain", "1/year", -0.2, 0.2, REQ | PER },
  { "parameters.json", "%s.bev_kwh_per_km", "kWh/km", 0.01, 2, REQ | PER },
  { "parameters.json", "%s.phev_utility_factor", "share", 0, 1, REQ | PER },
  { "parameters.json", "%s.phev_l_per_100km", "L/100 km", 1, 100, REQ | PER },
  { "parameters.json", "%s.grid_factor_2050", "kg CO2/kWh", 0, 2, REQ | PER },
  { "parameters.json", "%s.home_access_share", "share", 0, 1, REQ | PER },
  { "parameters.json", "%s.private_ports_per_ev", "ports/EV", 0, 10, REQ | PER },
  { "parameters.json", "%s.evs_per_public_l2", "EVs/port", 1, 10000, REQ | PER },
  { "parameters.json", "%s.evs_per_public_dcfc", "EVs/port", 1, 100000, REQ | PER },
  { "parameters.json", "%s.public_l2_added", "ports", 0, 1e7, REQ | PER },
  { "parameters.json", "%s.public_dcfc_added", "ports", 0, 1e7, REQ | PER },
  { "parameters.json", "%s.port_additions_growth", "1/year", -0.5, 1, REQ | PER },
  { "parameters.json", "%s.cost_public_l2", "USD/port", 0, 1e6, REQ | PER },
  { "parameters.json", "%s.cost_public_dcfc", "USD/port", 0, 1e7, REQ | PER },
  { "parameters.json", "%s.cost_private", "USD/port", 0, 1e6, REQ | PER },
  { "parameters.json", "%s.bev_pack_kwh", "kWh", 1, 500, REQ | PER },
  { "parameters.json", "%s.phev_pack_kwh", "kWh", 1, 200, REQ | PER },
  { "parameters.json", "%s.pack_kwh_growth", "1/year", -0.2, 0.2, REQ | PER },
  { "parameters.json", "us.used_exports_2024", "vehicles/year", 0, YEARLY, REQ },
  { "parameters.json", "mx.used_import_min_age", "years", 0, 40, REQ },
  { "parameters.json", "mx.used_import_max_age", "years", 0, 40, REQ },
  { "parameters.json", "gasoline_kg_co2_per_l", "kg CO2/L", 0.1, 10, REQ },
  { "parameters.json", "battery_second_life_share", "share", 0, 1, REQ },
  { "parameters.json", "battery_recycling_share", "share", 0, 1, REQ },

  /* series.json: every point of the series */
  { "series.json", "%s.ldv_sales", "vehicles", 0, YEARLY, PER },
  { "series.json", "%s.zev_share_sales", "share", 0, 1, PER },
  { "series.json", "%s.bev_share_of_zev", "share", 0, 1, PER },

  /* supply.json: trucks and their charging */
  { "supply.json", "hd_truck_kwh_per_km", "kWh/km", 0.1, 10, REQ },
  { "supply.json", "hd_truck_diesel_l_per_100km", "L/100 km", 1, 200, REQ },
  { "supply.json", "drayage_round_trip_km", "km", 1, 10000, REQ },
  { "supply.json", "longhaul_round_trip_km", "km", 1, 10000, REQ },
  { "supply.json", "charger_depot_kw", "kW", 1, 10000, REQ },
  { "supply.json", "charger_350kw_kw", "kW", 1, 10000, REQ },
  { "supply.json", "charger_mw_kw", "kW", 1, 10000, REQ },
  { "supply.json", "charger_depot_session_kwh", "kWh", 1, 10000, REQ },
  { "supply.json", "charger_350kw_session_kwh", "kWh", 1, 10000, REQ },
  { "supply.json", "charger_mw_session_kwh", "kWh", 1, 10000, REQ },
  { "supply.json", "charger_depot_sessions_per_day", "sessions/day", 0.1, 100, REQ },
  { "supply.json", "charger_350kw_sessions_per_day", "sessions/day", 0.1, 100, REQ },
  { "supply.json", "charger_mw_sessions_per_day", "sessions/day", 0.1, 100, REQ },
  { "supply.json", "charger_depot_utilisation", "share", 0.01, 1, REQ },
  { "supply.json", "charger_350kw_utilisation", "share", 0.01, 1, REQ },
  { "supply.json", "charger_mw_utilisation", "share", 0.01, 1, REQ },
  { "supply.json", "diesel_kg_co2_per_l", "kg CO2/L", 0.1, 10, REQ },
  { "supply.json", "%s.hd_truck_median_lifetime", "years", 1, 60, REQ | PER },
  { "supply.json", "%s.hd_truck_sales_2024", "vehicles/year", 0, YEARLY, REQ | PER },
  { "supply.json", "%s.hd_truck_stock", "vehicles", 0, FLEET, REQ | PER },
  { "supply.json", "%s.hd_truck_weibull_shape", "index", 0.5, 20, REQ | PER },
  { "supply.json", "%s.hd_ze_share_2024", "share", 0, 1, REQ | PER },
  { "supply.json", "%s.hd_ze_share_long_run", "share", 0, 1, REQ | PER },
  { "supply.json", "%s.hd_ze_midpoint_year", "year", PUENTE_BASE_YEAR, 2100, REQ | PER },
  { "supply.json", "hd_truck_sales_growth", "1/year", -0.5, 0.5, REQ },
  { "supply.json", "ca_hd_truck_sales_share", "share", 0, 1, REQ },
  { "supply.json", "crossings_mx_share_drayage", "share", 0, 1, REQ },
  { "supply.json", "crossings_mx_share_longhaul", "share", 0, 1, REQ },
  { "supply.json", "hd_truck_pack_kwh", "kWh", 1, 10000, REQ },
  { "supply.json", "hd_truck_pack_kwh_growth", "1/year", -0.2, 0.2, REQ },
  { "supply.json", "mx.hd_production_2024", "vehicles/year", 0, YEARLY, OPT },

  /* supply.json: buses */
  { "supply.json", "%s.bus_kwh_per_km", "kWh/km", 0.1, 10, REQ | PER },
  { "supply.json", "%s.bus_diesel_l_per_km", "L/km", 0.01, 5, REQ | PER },
  { "supply.json", "%s.bus_km_per_year", "km/year", 100, 500000, REQ | PER },
  { "supply.json", "%s.bus_lifetime_years", "years", 1, 60, REQ | PER },
  { "supply.json", "%s.bus_median_lifetime", "years", 1, 60, PER },
  { "supply.json", "%s.ebus_price_usd", "USD", 0, 1e7, REQ | PER },
  { "supply.json", "%s.diesel_bus_price_usd", "USD", 0, 1e7, REQ | PER },
  { "supply.json", "%s.depot_charger_price_usd", "USD", 0, 1e7, REQ | PER },
  { "supply.json", "depot_charger_kw", "kW", 1, 10000, REQ },
  { "supply.json", "bus_maint_usd_per_km_diesel", "USD/km", 0, 100, REQ },
  { "supply.json", "bus_maint_usd_per_km_electric", "USD/km", 0, 100, REQ },
  { "supply.json", "bus_pack_kwh", "kWh", 1, 5000, REQ },
  { "supply.json", "bus_pack_kwh_growth", "1/year", -0.2, 0.2, REQ },

  /* supply.json: batteries, materials, jobs, trade */
  { "supply.json", "intensity.nmc811.lithium", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc811.nickel", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc811.cobalt", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc811.manganese", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc811.graphite", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc622.lithium", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc622.nickel", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc622.cobalt", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc622.manganese", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.nmc622.graphite", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.lfp.lithium", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.lfp.nickel", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.lfp.cobalt", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.lfp.manganese", "kg/kWh", 0, 10, REQ },
  { "supply.json", "intensity.lfp.graphite", "kg/kWh", 0, 10, REQ },
  { "supply.json", "%s.lfp_share_2024", "share", 0, 1, REQ | PER },
  { "supply.json", "%s.cells_imported_share_2024", "share", 0, 1, REQ | PER },
  { "supply.json", "jobs_per_gwh_cells", "jobs/GWh", 0, 10000, REQ },
  { "supply.json", "jobs_per_thousand_vehicles_assembly", "jobs/1000 vehicles", 0, 10000, REQ },
  { "supply.json", "recycling_recovery_lithium", "share", 0, 1, REQ },
  { "supply.json", "recycling_recovery_nickel", "share", 0, 1, REQ },
  { "supply.json", "recycling_recovery_cobalt", "share", 0, 1, REQ },
  { "supply.json", "recycling_recovery_manganese", "share", 0, 1, REQ },
  { "supply.json", "recycling_recovery_graphite", "share", 0, 1, REQ },
  { "supply.json", "battery_cost_usd_per_kwh_2024", "USD/kWh", 1, 10000, REQ },
  { "supply.json", "battery_cost_decline", "1/year", -0.5, 0.5, REQ },
  { "supply.json", "mx.lv_production_2024", "vehicles/year", 0, YEARLY, REQ },
  { "supply.json", "mx.lv_exports_2024", "vehicles/year", 0, YEARLY, REQ },
  { "supply.json", "mx.lv_exports_to_us_2024", "vehicles/year", 0, YEARLY, REQ },

  /* ports.json: each port's item */
  { "ports.json", "crossings", "vehicles/year", 0, 1e8, OPT },
  { "ports.json", "drayage_share", "share", 0, 1, OPT },

  /* transit.json: each city's item */
  { "transit.json", "bus_fleet", "vehicles", 0, 1e6, OPT },
  { "transit.json", "battery_electric", "vehicles", 0, 1e6, OPT },
  { "transit.json", "trolleybus", "vehicles", 0, 1e6, OPT },
  { "transit.json", "cng_share", "share", 0, 1, OPT },
  { "transit.json", "target_year", "year", PUENTE_BASE_YEAR, PUENTE_MAX_HORIZON, WHOLE },
  { "transit.json", "ze_purchase_share", "share", 0, 1, OPT },

  /* rules.json: each rule's table, a share by model year */
  { "rules.json", "table", "share", 0, 1, OPT },

  /* sites.json: a site's capacity, in its type's unit */
  { "sites.json", "capacity", "GWh/year", 0, 10000, OPT },
  { "sites.json", "capacity", "vehicles/year", 0, 1e8, OPT },
  { "sites.json", "capacity", "t/year", 0, 1e9, OPT },

  /* observed.json: a published figure in its indicator's unit */
  { "observed.json", "figure", "vehicles", 0, FLEET, OPT },
  { "observed.json", "figure", "vehicles/year", 0, YEARLY, OPT },
  { "observed.json", "figure", "share", 0, 1, OPT },
  { "observed.json", "figure", "ports", 0, 1e8, OPT },
  { "observed.json", "figure", "GWh/year", 0, 1e5, OPT },
  { "observed.json", "figure", "t/year", 0, 1e9, OPT },
};

const PuenteFigureSchema *
puente_dataset_schema_get (guint *n_rows)
{
  if (n_rows != NULL)
    *n_rows = G_N_ELEMENTS (schema);
  return schema;
}

/* "us.x" and "mx.x" match "%s.x". */
static gboolean
key_matches (const PuenteFigureSchema *row,
             const char               *key)
{
  if ((row->flags & PUENTE_FIGURE_PER_COUNTRY) == 0)
    return strcmp (row->key, key) == 0;

  return (g_str_has_prefix (key, "us.") || g_str_has_prefix (key, "mx.")) &&
    g_str_has_prefix (row->key, "%s.") &&
    strcmp (row->key + 3, key + 3) == 0;
}

const PuenteFigureSchema *
puente_dataset_schema_find (const char *file,
                            const char *key,
                            const char *unit)
{
  g_return_val_if_fail (file != NULL && key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (schema); i++)
    if (strcmp (schema[i].file, file) == 0 && key_matches (&schema[i], key) &&
        (unit == NULL || strcmp (schema[i].unit, unit) == 0))
      return &schema[i];

  return NULL;
}
