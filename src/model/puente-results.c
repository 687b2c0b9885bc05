/* puente-results.c: annual series per indicator and region
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dense table allocated once (see puente-results-private.h). Flows and
 * levels aggregate by summing states; ratios are recomputed from their
 * numerator and denominator so that, e.g., the US ZEV share is US ZEV sales
 * divided by US sales (a sales-weighted mean of state shares).
 *
 * Timing convention (docs/methodology.md): levels (stocks, needs, existing
 * ports) are at the end of the year; flows (sales, scrappage, trade,
 * energy, emissions, ports built, investment, retired batteries) are
 * totals over the year. For every state and aggregate and every year
 * t >= 2025:
 *   stock(t) = stock(t-1) + sales(t) - scrappage(t) - used_exports(t) + used_imports(t)
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-flows-private.h"
#include "puente-results-private.h"

typedef struct
{
  PuenteIndicatorInfo info;
  int                 numerator; /* ratios: indicator indices, else -1 */
  int                 denominator;
  double              scale;
  guint               domain; /* PUENTE_DOMAIN_* flags */
} IndicatorDef;

/* Light duty: states, countries, NA. */
#define D_LDV (PUENTE_DOMAIN_STATE | PUENTE_DOMAIN_COUNTRY | PUENTE_DOMAIN_NA)
#define D_PORT (PUENTE_DOMAIN_PORT | PUENTE_DOMAIN_NA)
#define D_CITY (PUENTE_DOMAIN_CITY | PUENTE_DOMAIN_COUNTRY | PUENTE_DOMAIN_NA)
#define D_COUNTRY (PUENTE_DOMAIN_COUNTRY | PUENTE_DOMAIN_NA)
#define D_NA (PUENTE_DOMAIN_NA)

/* A table, one entry per row as written: clang-format leaves it alone. */
/* clang-format off */
#define FLOW(id, label, unit) { { id, label, unit, TRUE, FALSE }, -1, -1, 1, D_LDV }
#define LEVEL(id, label, unit) { { id, label, unit, FALSE, FALSE }, -1, -1, 1, D_LDV }
#define RATIO(id, label, unit, num, den, scale) { { id, label, unit, FALSE, TRUE }, num, den, scale, D_LDV }
#define FLOW_D(dom, id, label, unit) { { id, label, unit, TRUE, FALSE }, -1, -1, 1, dom }
#define LEVEL_D(dom, id, label, unit) { { id, label, unit, FALSE, FALSE }, -1, -1, 1, dom }
#define RATIO_D(dom, id, label, unit, num, den, scale) { { id, label, unit, FALSE, TRUE }, num, den, scale, dom }

static const IndicatorDef indicators[PUENTE_N_INDICATORS] = {
  [PUENTE_IND_LDV_SALES] = FLOW ("ldv.sales", N_("New light-duty sales"), "vehicles"),
  [PUENTE_IND_LDV_ZEV_SALES] = FLOW ("ldv.zev_sales", N_("New ZEV sales (BEV + PHEV)"), "vehicles"),
  [PUENTE_IND_LDV_BEV_SALES] = FLOW ("ldv.bev_sales", N_("New battery-electric sales"), "vehicles"),
  [PUENTE_IND_LDV_PHEV_SALES] = FLOW ("ldv.phev_sales", N_("New plug-in hybrid sales"), "vehicles"),
  [PUENTE_IND_LDV_ZEV_SHARE_SALES] = RATIO ("ldv.zev_share_sales", N_("ZEV share of new light-duty sales"), "share",
                                           PUENTE_IND_LDV_ZEV_SALES, PUENTE_IND_LDV_SALES, 1),
  [PUENTE_IND_LDV_BEV_SHARE_SALES] = RATIO ("ldv.bev_share_sales", N_("Battery-electric share of new light-duty sales"), "share",
                                           PUENTE_IND_LDV_BEV_SALES, PUENTE_IND_LDV_SALES, 1),
  [PUENTE_IND_LDV_STOCK] = LEVEL ("ldv.stock", N_("Light-duty vehicles in operation"), "vehicles"),
  [PUENTE_IND_LDV_ICE_STOCK] = LEVEL ("ldv.ice_stock", N_("Combustion vehicles in operation"), "vehicles"),
  [PUENTE_IND_LDV_BEV_STOCK] = LEVEL ("ldv.bev_stock", N_("Battery-electric vehicles in operation"), "vehicles"),
  [PUENTE_IND_LDV_PHEV_STOCK] = LEVEL ("ldv.phev_stock", N_("Plug-in hybrids in operation"), "vehicles"),
  [PUENTE_IND_LDV_EV_STOCK] = LEVEL ("ldv.ev_stock", N_("ZEVs in operation (BEV + PHEV)"), "vehicles"),
  [PUENTE_IND_LDV_EV_SHARE_STOCK] = RATIO ("ldv.ev_share_stock", N_("ZEV share of vehicles in operation"), "share",
                                          PUENTE_IND_LDV_EV_STOCK, PUENTE_IND_LDV_STOCK, 1),
  [PUENTE_IND_LDV_SCRAPPAGE] = FLOW ("ldv.scrappage", N_("Light-duty vehicles scrapped"), "vehicles"),
  [PUENTE_IND_LDV_EV_SCRAPPAGE] = FLOW ("ldv.ev_scrappage", N_("ZEVs scrapped"), "vehicles"),
  [PUENTE_IND_LDV_USED_EXPORTS] = FLOW ("ldv.used_exports", N_("Used vehicles exported to Mexico"), "vehicles"),
  [PUENTE_IND_LDV_USED_IMPORTS] = FLOW ("ldv.used_imports", N_("Used vehicles imported from the US"), "vehicles"),
  [PUENTE_IND_LDV_USED_EV_EXPORTS] = FLOW ("ldv.used_ev_exports", N_("Used ZEVs exported to Mexico"), "vehicles"),
  [PUENTE_IND_LDV_USED_EV_IMPORTS] = FLOW ("ldv.used_ev_imports", N_("Used ZEVs imported from the US"), "vehicles"),
  [PUENTE_IND_LDV_ELECTRICITY_GWH] = FLOW ("ldv.electricity_gwh", N_("Light-duty electricity use"), "GWh"),
  [PUENTE_IND_LDV_FUEL_ML] = FLOW ("ldv.fuel_ml", N_("Light-duty gasoline use"), "ML"),
  [PUENTE_IND_LDV_CO2_TAILPIPE_MT] = FLOW ("ldv.co2_tailpipe_mt", N_("Light-duty tailpipe CO₂"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_GRID_MT] = FLOW ("ldv.co2_grid_mt", N_("Light-duty CO₂ from electricity generation"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_MT] = FLOW ("ldv.co2_mt", N_("Light-duty CO₂ (tailpipe + grid)"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_AVOIDED_MT] = FLOW ("ldv.co2_avoided_mt", N_("CO₂ avoided by ZEVs"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_CUMULATIVE_MT] = LEVEL ("ldv.co2_cumulative_mt", N_("Light-duty CO₂ since 2024"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_AVOIDED_CUMULATIVE_MT] = LEVEL ("ldv.co2_avoided_cumulative_mt", N_("CO₂ avoided by ZEVs since 2024"), "Mt CO2"),
  [PUENTE_IND_LDV_GRID_FACTOR] = RATIO ("ldv.grid_factor", N_("Grid emission factor of light-duty charging"), "kg CO2/kWh",
                                       PUENTE_IND_LDV_CO2_GRID_MT, PUENTE_IND_LDV_ELECTRICITY_GWH, 1000),
  [PUENTE_IND_CHARGING_PRIVATE_NEED] = LEVEL ("charging.private_need", N_("Private charging ports needed"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_L2_NEED] = LEVEL ("charging.public_l2_need", N_("Public Level 2 ports needed"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_DCFC_NEED] = LEVEL ("charging.public_dcfc_need", N_("Public DC fast ports needed"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_L2_EXISTING] = LEVEL ("charging.public_l2_existing", N_("Public Level 2 ports (existing trend)"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_DCFC_EXISTING] = LEVEL ("charging.public_dcfc_existing", N_("Public DC fast ports (existing trend)"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_L2_ADDED] = FLOW ("charging.public_l2_added", N_("Public Level 2 ports added (existing trend)"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_DCFC_ADDED] = FLOW ("charging.public_dcfc_added", N_("Public DC fast ports added (existing trend)"), "ports"),
  [PUENTE_IND_CHARGING_GAP_L2] = LEVEL ("charging.gap_l2", N_("Public Level 2 port gap"), "ports"),
  [PUENTE_IND_CHARGING_GAP_DCFC] = LEVEL ("charging.gap_dcfc", N_("Public DC fast port gap"), "ports"),
  [PUENTE_IND_CHARGING_GAP] = LEVEL ("charging.gap", N_("Public charging port gap"), "ports"),
  [PUENTE_IND_CHARGING_L2_TO_BUILD] = FLOW ("charging.l2_to_build", N_("Public Level 2 ports to build"), "ports"),
  [PUENTE_IND_CHARGING_DCFC_TO_BUILD] = FLOW ("charging.dcfc_to_build", N_("Public DC fast ports to build"), "ports"),
  [PUENTE_IND_CHARGING_PORTS_TO_BUILD] = FLOW ("charging.ports_to_build", N_("Public charging ports to build"), "ports"),
  [PUENTE_IND_CHARGING_INVESTMENT_MUSD] = FLOW ("charging.investment_musd", N_("Public charging investment"), "MUSD"),
  [PUENTE_IND_CHARGING_PRIVATE_INVESTMENT_MUSD] = FLOW ("charging.private_investment_musd", N_("Private charging investment"), "MUSD"),
  [PUENTE_IND_BATTERY_RETIRED_GWH] = FLOW ("battery.retired_gwh", N_("EV batteries retired"), "GWh"),
  [PUENTE_IND_BATTERY_SECOND_LIFE_GWH] = FLOW ("battery.second_life_gwh", N_("Retired batteries to second life"), "GWh"),
  [PUENTE_IND_BATTERY_RECYCLED_GWH] = FLOW ("battery.recycled_gwh", N_("Retired batteries recycled"), "GWh"),
  [PUENTE_IND_BATTERY_DISPOSAL_GWH] = FLOW ("battery.disposal_gwh", N_("Retired batteries stored or disposed of"), "GWh"),

  /* Ports of entry (per port and NA). */
  [PUENTE_IND_FREIGHT_CROSSINGS] = FLOW_D (D_PORT, "freight.crossings", N_("Northbound truck crossings"), "vehicles"),
  [PUENTE_IND_FREIGHT_ZE_CROSSINGS] = FLOW_D (D_PORT, "freight.ze_crossings", N_("Zero-emission truck crossings"), "vehicles"),
  [PUENTE_IND_FREIGHT_ZE_SHARE] = RATIO_D (D_PORT, "freight.ze_share", N_("Zero-emission share of truck crossings"), "share",
                                           PUENTE_IND_FREIGHT_ZE_CROSSINGS, PUENTE_IND_FREIGHT_CROSSINGS, 1),
  [PUENTE_IND_FREIGHT_DRAYAGE_CROSSINGS] = FLOW_D (D_PORT, "freight.drayage_crossings", N_("Drayage truck crossings"), "vehicles"),
  [PUENTE_IND_FREIGHT_ZE_DRAYAGE_CROSSINGS] = FLOW_D (D_PORT, "freight.ze_drayage_crossings", N_("Zero-emission drayage crossings"), "vehicles"),
  [PUENTE_IND_FREIGHT_DRAYAGE_ZE_SHARE] = RATIO_D (D_PORT, "freight.drayage_ze_share", N_("Zero-emission share of drayage crossings"), "share",
                                                   PUENTE_IND_FREIGHT_ZE_DRAYAGE_CROSSINGS, PUENTE_IND_FREIGHT_DRAYAGE_CROSSINGS, 1),
  [PUENTE_IND_FREIGHT_ENERGY_MWH_DAY] = LEVEL_D (D_PORT, "freight.energy_mwh_day", N_("Truck charging energy per working day at the port"), "MWh/day"),
  [PUENTE_IND_FREIGHT_CHARGERS_DEPOT] = LEVEL_D (D_PORT, "freight.chargers_depot", N_("Overnight depot truck chargers needed"), "chargers"),
  [PUENTE_IND_FREIGHT_CHARGERS_FAST] = LEVEL_D (D_PORT, "freight.chargers_350kw", N_("350 kW truck chargers needed"), "chargers"),
  [PUENTE_IND_FREIGHT_CHARGERS_MW] = LEVEL_D (D_PORT, "freight.chargers_mw", N_("Megawatt truck chargers needed"), "chargers"),
  [PUENTE_IND_FREIGHT_CHARGERS] = LEVEL_D (D_PORT, "freight.chargers", N_("Truck chargers needed"), "chargers"),
  [PUENTE_IND_FREIGHT_PEAK_MW] = LEVEL_D (D_PORT, "freight.peak_mw", N_("Peak truck charging power at the port"), "MW"),
  [PUENTE_IND_FREIGHT_DIESEL_AVOIDED_ML] = FLOW_D (D_PORT, "freight.diesel_avoided_ml", N_("Diesel avoided by zero-emission crossings"), "ML"),
  [PUENTE_IND_FREIGHT_CO2_AVOIDED_MT] = FLOW_D (D_PORT, "freight.co2_avoided_mt", N_("CO₂ avoided by zero-emission crossings"), "Mt CO2"),
  /* National heavy-truck stock (per country and NA). */
  [PUENTE_IND_HDV_SALES] = FLOW_D (D_COUNTRY, "hdv.sales", N_("New heavy-truck sales"), "vehicles"),
  [PUENTE_IND_HDV_ZE_SALES] = FLOW_D (D_COUNTRY, "hdv.ze_sales", N_("New zero-emission heavy-truck sales"), "vehicles"),
  [PUENTE_IND_HDV_ZE_SHARE_SALES] = RATIO_D (D_COUNTRY, "hdv.ze_share_sales", N_("Zero-emission share of new heavy-truck sales"), "share",
                                             PUENTE_IND_HDV_ZE_SALES, PUENTE_IND_HDV_SALES, 1),
  [PUENTE_IND_HDV_STOCK] = LEVEL_D (D_COUNTRY, "hdv.stock", N_("Heavy trucks in operation"), "vehicles"),
  [PUENTE_IND_HDV_ZE_STOCK] = LEVEL_D (D_COUNTRY, "hdv.ze_stock", N_("Zero-emission heavy trucks in operation"), "vehicles"),
  [PUENTE_IND_HDV_SCRAPPAGE] = FLOW_D (D_COUNTRY, "hdv.scrappage", N_("Heavy trucks scrapped"), "vehicles"),
  [PUENTE_IND_HDV_ZE_SCRAPPAGE] = FLOW_D (D_COUNTRY, "hdv.ze_scrappage", N_("Zero-emission heavy trucks scrapped"), "vehicles"),
  [PUENTE_IND_HDV_RETIRED_GWH] = FLOW_D (D_COUNTRY, "hdv.retired_gwh", N_("Heavy-truck batteries retired"), "GWh"),
  /* Transit buses (per city, country and NA). */
  [PUENTE_IND_TRANSIT_FLEET] = LEVEL_D (D_CITY, "transit.fleet", N_("Transit buses in service (incl. trolleybuses)"), "vehicles"),
  [PUENTE_IND_TRANSIT_CONVENTIONAL] = LEVEL_D (D_CITY, "transit.conventional", N_("Diesel, natural-gas and hybrid buses"), "vehicles"),
  [PUENTE_IND_TRANSIT_EBUS] = LEVEL_D (D_CITY, "transit.ebus", N_("Battery-electric buses"), "vehicles"),
  [PUENTE_IND_TRANSIT_TROLLEYBUS] = LEVEL_D (D_CITY, "transit.trolleybus", N_("Trolleybuses"), "vehicles"),
  [PUENTE_IND_TRANSIT_ZE_FLEET] = LEVEL_D (D_CITY, "transit.ze_fleet", N_("Zero-emission buses (battery-electric and trolleybus)"), "vehicles"),
  [PUENTE_IND_TRANSIT_EBUS_SHARE] = RATIO_D (D_CITY, "transit.ebus_share", N_("Battery-electric share of the bus fleet"), "share",
                                            PUENTE_IND_TRANSIT_EBUS, PUENTE_IND_TRANSIT_FLEET, 1),
  [PUENTE_IND_TRANSIT_ZE_SHARE] = RATIO_D (D_CITY, "transit.ze_share", N_("Zero-emission share of the bus fleet"), "share",
                                          PUENTE_IND_TRANSIT_ZE_FLEET, PUENTE_IND_TRANSIT_FLEET, 1),
  [PUENTE_IND_TRANSIT_PURCHASES] = FLOW_D (D_CITY, "transit.purchases", N_("Buses bought (replacements and growth)"), "vehicles"),
  [PUENTE_IND_TRANSIT_ZE_PURCHASES] = FLOW_D (D_CITY, "transit.ze_purchases", N_("Zero-emission buses bought"), "vehicles"),
  [PUENTE_IND_TRANSIT_ZE_PURCHASE_SHARE] = RATIO_D (D_CITY, "transit.ze_purchase_share", N_("Zero-emission share of bus purchases"), "share",
                                                   PUENTE_IND_TRANSIT_ZE_PURCHASES, PUENTE_IND_TRANSIT_PURCHASES, 1),
  [PUENTE_IND_TRANSIT_RETIREMENTS] = FLOW_D (D_CITY, "transit.retirements", N_("Buses retired"), "vehicles"),
  [PUENTE_IND_TRANSIT_EBUS_RETIREMENTS] = FLOW_D (D_CITY, "transit.ebus_retirements", N_("Battery-electric buses retired"), "vehicles"),
  [PUENTE_IND_TRANSIT_GROWTH] = FLOW_D (D_CITY, "transit.growth", N_("Growth of the bus fleet"), "vehicles"),
  [PUENTE_IND_TRANSIT_KM] = FLOW_D (D_CITY, "transit.km", N_("Bus distance driven"), "million km"),
  [PUENTE_IND_TRANSIT_KM_PER_BUS] = RATIO_D (D_CITY, "transit.km_per_bus", N_("Distance per bus"), "km/year",
                                            PUENTE_IND_TRANSIT_KM, PUENTE_IND_TRANSIT_FLEET, 1e6),
  [PUENTE_IND_TRANSIT_ELECTRICITY_GWH] = FLOW_D (D_CITY, "transit.electricity_gwh", N_("Electricity used by battery-electric buses"), "GWh"),
  [PUENTE_IND_TRANSIT_DIESEL_ML] = FLOW_D (D_CITY, "transit.diesel_ml", N_("Fuel used by conventional buses (diesel equivalent)"), "ML"),
  [PUENTE_IND_TRANSIT_DEPOT_CHARGERS] = LEVEL_D (D_CITY, "transit.depot_chargers", N_("Depot bus chargers"), "chargers"),
  [PUENTE_IND_TRANSIT_DEPOT_MW] = LEVEL_D (D_CITY, "transit.depot_mw", N_("Depot charging power"), "MW"),
  [PUENTE_IND_TRANSIT_CAPEX_MUSD] = FLOW_D (D_CITY, "transit.capex_musd", N_("Spending on buses and depot chargers"), "MUSD"),
  [PUENTE_IND_TRANSIT_OPEX_MUSD] = FLOW_D (D_CITY, "transit.opex_musd", N_("Bus energy and maintenance cost"), "MUSD"),
  [PUENTE_IND_TRANSIT_COST_DIFF_CUMULATIVE_MUSD] = LEVEL_D (D_CITY, "transit.cost_diff_cumulative_musd", N_("Cumulative cost against all-diesel replacement"), "MUSD"),
  [PUENTE_IND_TRANSIT_CO2_MT] = FLOW_D (D_CITY, "transit.co2_mt", N_("Transit bus CO₂ (tailpipe + grid)"), "Mt CO2"),
  [PUENTE_IND_TRANSIT_CO2_AVOIDED_MT] = FLOW_D (D_CITY, "transit.co2_avoided_mt", N_("Bus CO₂ avoided against an all-diesel fleet"), "Mt CO2"),
  /* Battery supply chain (per country and NA, or NA only). */
  [PUENTE_IND_SUPPLY_BATTERY_DEMAND_GWH] = FLOW_D (D_COUNTRY, "supply.battery_demand_gwh", N_("Battery demand of new zero-emission vehicles"), "GWh"),
  [PUENTE_IND_SUPPLY_DEMAND_LDV_GWH] = FLOW_D (D_COUNTRY, "supply.demand_ldv_gwh", N_("Battery demand: light-duty vehicles"), "GWh"),
  [PUENTE_IND_SUPPLY_DEMAND_BUS_GWH] = FLOW_D (D_COUNTRY, "supply.demand_bus_gwh", N_("Battery demand: transit buses"), "GWh"),
  [PUENTE_IND_SUPPLY_DEMAND_TRUCK_GWH] = FLOW_D (D_COUNTRY, "supply.demand_truck_gwh", N_("Battery demand: heavy trucks"), "GWh"),
  [PUENTE_IND_SUPPLY_CELLS_OUTSIDE_NA_GWH] = FLOW_D (D_COUNTRY, "supply.cells_outside_na_gwh", N_("Battery cells made outside North America"), "GWh"),
  [PUENTE_IND_SUPPLY_CELLS_OUTSIDE_NA_SHARE] = RATIO_D (D_COUNTRY, "supply.cells_outside_na_share", N_("Share of battery cells made outside North America"), "share",
                                                       PUENTE_IND_SUPPLY_CELLS_OUTSIDE_NA_GWH, PUENTE_IND_SUPPLY_BATTERY_DEMAND_GWH, 1),
  [PUENTE_IND_SUPPLY_CELL_CAPACITY_GWH] = LEVEL_D (D_COUNTRY, "supply.cell_capacity_gwh", N_("Battery cell capacity"), "GWh/year"),
  [PUENTE_IND_SUPPLY_CELL_PRODUCTION_GWH] = FLOW_D (D_COUNTRY, "supply.cell_production_gwh", N_("Battery cells made for North American vehicles"), "GWh"),
  [PUENTE_IND_SUPPLY_RECYCLING_CAPACITY_GWH] = LEVEL_D (D_COUNTRY, "supply.recycling_capacity_gwh", N_("Battery recycling capacity"), "GWh/year"),
  [PUENTE_IND_SUPPLY_RECYCLING_CAPACITY_T] = LEVEL_D (D_COUNTRY, "supply.recycling_capacity_t", N_("Battery recycling capacity (tonnes of batteries)"), "t/year"),
  [PUENTE_IND_SUPPLY_RETIRED_GWH] = FLOW_D (D_COUNTRY, "supply.retired_gwh", N_("Vehicle batteries retired (cars, buses, trucks)"), "GWh"),
  [PUENTE_IND_SUPPLY_RECOVERED_GWH] = FLOW_D (D_NA, "supply.recovered_gwh", N_("Materials recovered for new cells"), "GWh"),
  [PUENTE_IND_SUPPLY_RECYCLED_CONTENT_SHARE] = RATIO_D (D_NA, "supply.recycled_content_share", N_("Recycled content of North American cells"), "share",
                                                       PUENTE_IND_SUPPLY_RECOVERED_GWH, PUENTE_IND_SUPPLY_CELL_PRODUCTION_GWH, 1),
  [PUENTE_IND_SUPPLY_ZEV_ASSEMBLED] = FLOW_D (D_COUNTRY, "supply.zev_assembled", N_("Zero-emission light-duty vehicles assembled"), "vehicles"),
  [PUENTE_IND_SUPPLY_JOBS_CELLS] = LEVEL_D (D_COUNTRY, "supply.jobs_cells", N_("Jobs in battery cell plants"), "jobs"),
  [PUENTE_IND_SUPPLY_JOBS_ASSEMBLY] = LEVEL_D (D_COUNTRY, "supply.jobs_assembly", N_("Jobs assembling zero-emission vehicles"), "jobs"),
  [PUENTE_IND_SUPPLY_JOBS] = LEVEL_D (D_COUNTRY, "supply.jobs", N_("Jobs in cells and zero-emission vehicle assembly"), "jobs"),
  [PUENTE_IND_SUPPLY_LITHIUM_T] = FLOW_D (D_COUNTRY, "supply.lithium_t", N_("Lithium in new batteries"), "t"),
  [PUENTE_IND_SUPPLY_NICKEL_T] = FLOW_D (D_COUNTRY, "supply.nickel_t", N_("Nickel in new batteries"), "t"),
  [PUENTE_IND_SUPPLY_COBALT_T] = FLOW_D (D_COUNTRY, "supply.cobalt_t", N_("Cobalt in new batteries"), "t"),
  [PUENTE_IND_SUPPLY_MANGANESE_T] = FLOW_D (D_COUNTRY, "supply.manganese_t", N_("Manganese in new batteries"), "t"),
  [PUENTE_IND_SUPPLY_GRAPHITE_T] = FLOW_D (D_COUNTRY, "supply.graphite_t", N_("Graphite in new batteries"), "t"),
  [PUENTE_IND_SUPPLY_BATTERY_COST] = LEVEL_D (D_NA, "supply.battery_cost", N_("Battery pack price"), "USD/kWh"),
};
/* clang-format on */

static const char *const aggregate_codes[PUENTE_N_AGGREGATES] = { "US", "MX", "NA" };

PuenteResults *
puente_results_new (const PuenteDataset *dataset,
                    int                  horizon)
{
  PuenteResults *self;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (horizon >= PUENTE_BASE_YEAR && horizon <= PUENTE_MAX_HORIZON, NULL);

  self = g_new0 (PuenteResults, 1);
  /* The dataset is immutable and reference counted: results keep the state
   * codes alive through it. */
  self->dataset = puente_dataset_ref ((PuenteDataset *) dataset);
  self->n_states = puente_dataset_get_n_states (dataset);
  self->n_ports = puente_dataset_get_n_ports (dataset);
  self->n_cities = puente_dataset_get_n_cities (dataset);
  self->first_port = self->n_states;
  self->first_city = self->first_port + self->n_ports;
  self->first_agg = self->first_city + self->n_cities;
  self->n_regions = self->first_agg + PUENTE_N_AGGREGATES;
  self->first_year = PUENTE_BASE_YEAR;
  self->last_year = horizon;
  self->capacity = horizon - PUENTE_BASE_YEAR + 1;
  self->state_country = g_new (guint8, MAX (self->n_states, 1));
  for (guint s = 0; s < self->n_states; s++)
    self->state_country[s] = puente_dataset_get_state (dataset, s)->country;
  self->city_country = g_new (guint8, MAX (self->n_cities, 1));
  for (guint c = 0; c < self->n_cities; c++)
    self->city_country[c] = puente_dataset_get_city (dataset, c)->country;
  self->values = g_new0 (double, (gsize) PUENTE_N_INDICATORS * self->n_regions * self->capacity);
  self->flows = g_new0 (double, (gsize) PUENTE_N_FLOW_LINKS * self->capacity);
  self->tonnes = g_new0 (double, (gsize) PUENTE_N_FLOW_LINKS *PUENTE_N_MATERIALS * self->capacity);

  return self;
}

void
puente_results_free (PuenteResults *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->dataset, puente_dataset_unref);
  g_free (self->state_country);
  g_free (self->city_country);
  g_free (self->values);
  g_free (self->flows);
  g_free (self->tonnes);
  g_free (self);
}

PuenteResults *
puente_results_copy (const PuenteResults *self)
{
  PuenteResults *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->dataset = puente_dataset_ref (self->dataset);
  copy->state_country = g_memdup2 (self->state_country, MAX (self->n_states, 1));
  copy->city_country = g_memdup2 (self->city_country, MAX (self->n_cities, 1));
  copy->values = g_memdup2 (self->values,
                            sizeof (double) * PUENTE_N_INDICATORS * self->n_regions * self->capacity);
  copy->flows = g_memdup2 (self->flows, sizeof (double) * PUENTE_N_FLOW_LINKS * self->capacity);
  copy->tonnes = g_memdup2 (self->tonnes,
                            sizeof (double) * PUENTE_N_FLOW_LINKS * PUENTE_N_MATERIALS * self->capacity);
  return copy;
}

int
puente_results_get_first_year (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->first_year;
}

int
puente_results_get_last_year (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_year;
}

guint
puente_results_get_n_years (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_year - self->first_year + 1;
}

guint
puente_results_get_n_indicators (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return PUENTE_N_INDICATORS;
}

const PuenteIndicatorInfo *
puente_results_get_indicator (const PuenteResults *self,
                              guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < PUENTE_N_INDICATORS, NULL);

  return &indicators[index].info;
}

int
puente_results_find_indicator (const PuenteResults *self,
                               const char          *id)
{
  g_return_val_if_fail (self != NULL, -1);

  if (id == NULL)
    return -1;
  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    if (strcmp (indicators[i].info.id, id) == 0)
      return (int) i;
  return -1;
}

guint
puente_results_get_n_regions (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_regions;
}

PuenteRegionKind
puente_results_get_region_kind (const PuenteResults *self,
                                guint                index)
{
  g_return_val_if_fail (self != NULL, PUENTE_REGION_STATE);
  g_return_val_if_fail (index < self->n_regions, PUENTE_REGION_STATE);

  if (index < self->first_port)
    return PUENTE_REGION_STATE;
  if (index < self->first_city)
    return PUENTE_REGION_PORT;
  if (index < self->first_agg)
    return PUENTE_REGION_CITY;
  if (index - self->first_agg == PUENTE_AGG_NA)
    return PUENTE_REGION_NORTH_AMERICA;
  return PUENTE_REGION_COUNTRY;
}

const char *
puente_results_get_region (const PuenteResults *self,
                           guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_regions, NULL);

  if (index < self->first_port)
    return puente_dataset_get_state (self->dataset, index)->code;
  if (index < self->first_city)
    return puente_dataset_get_port (self->dataset, index - self->first_port)->id;
  if (index < self->first_agg)
    return puente_dataset_get_city (self->dataset, index - self->first_city)->id;
  return aggregate_codes[index - self->first_agg];
}

const char *
puente_results_get_region_name (const PuenteResults *self,
                                guint                index,
                                PuenteLang           lang)
{
  gboolean es = lang == PUENTE_LANG_ES;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_regions, NULL);

  if (index < self->first_port)
    {
      const PuenteState *st = puente_dataset_get_state (self->dataset, index);
      return es ? st->name_es : st->name_en;
    }
  if (index < self->first_city)
    {
      const PuentePort *port = puente_dataset_get_port (self->dataset, index - self->first_port);
      return es ? port->name_es : port->name_en;
    }
  if (index < self->first_agg)
    {
      const PuenteCity *city = puente_dataset_get_city (self->dataset, index - self->first_city);
      return es ? city->name_es : city->name_en;
    }
  switch (index - self->first_agg)
    {
    case PUENTE_AGG_US:
      return es ? "Estados Unidos" : "United States";
    case PUENTE_AGG_MX:
      return es ? "México" : "Mexico";
    default:
      return es ? "América del Norte (EE. UU. y México)" : "North America (US and Mexico)";
    }
}

int
puente_results_find_region (const PuenteResults *self,
                            const char          *code)
{
  int i;

  g_return_val_if_fail (self != NULL, -1);

  if (code == NULL)
    return -1;
  for (guint a = 0; a < PUENTE_N_AGGREGATES; a++)
    if (strcmp (aggregate_codes[a], code) == 0)
      return (int) (self->first_agg + a);
  if ((i = puente_dataset_find_state (self->dataset, code)) >= 0)
    return i;
  if ((i = puente_dataset_find_port (self->dataset, code)) >= 0)
    return (int) self->first_port + i;
  if ((i = puente_dataset_find_city (self->dataset, code)) >= 0)
    return (int) self->first_city + i;
  return -1;
}

static gboolean
puente_results_indicator_has_region_kind (const PuenteResults *self,
                                          guint                indicator,
                                          PuenteRegionKind     kind)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (indicator >= PUENTE_N_INDICATORS)
    return FALSE;
  return (indicators[indicator].domain & (1u << kind)) != 0;
}

const double *
puente_results_get_series_by_index (const PuenteResults *self,
                                    guint                indicator,
                                    guint                region)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (indicator >= PUENTE_N_INDICATORS || region >= self->n_regions)
    return NULL;
  if (!puente_results_indicator_has_region_kind (self, indicator,
                                                 puente_results_get_region_kind (self, region)))
    return NULL;
  return puente_results_row ((PuenteResults *) self, indicator, region);
}

const double *
puente_results_get_series (const PuenteResults *self,
                           const char          *indicator,
                           const char          *region)
{
  int i, r;

  g_return_val_if_fail (self != NULL, NULL);

  i = puente_results_find_indicator (self, indicator);
  r = puente_results_find_region (self, region);
  if (i < 0 || r < 0)
    return NULL;
  return puente_results_get_series_by_index (self, i, r);
}

double
puente_results_get_value (const PuenteResults *self,
                          const char          *indicator,
                          const char          *region,
                          int                  year)
{
  const double *series;

  g_return_val_if_fail (self != NULL, NAN);

  series = puente_results_get_series (self, indicator, region);
  if (series == NULL || year < self->first_year || year > self->last_year)
    return NAN;
  return series[year - self->first_year];
}

/* Sums rows first .. first + n - 1 into the country rows, by @country. */
static void
sum_into_countries (PuenteResults *self,
                    guint          indicator,
                    guint          first,
                    guint          n,
                    const guint8  *country,
                    guint          n_years)
{
  double *row_c[PUENTE_N_COUNTRIES] = {
    puente_results_row (self, indicator, puente_results_agg (self, PUENTE_AGG_US)),
    puente_results_row (self, indicator, puente_results_agg (self, PUENTE_AGG_MX)),
  };

  memset (row_c[0], 0, n_years * sizeof (double));
  memset (row_c[1], 0, n_years * sizeof (double));
  for (guint k = 0; k < n; k++)
    {
      const double *row = puente_results_row (self, indicator, first + k);
      double       *dst = row_c[country[k]];

      for (guint y = 0; y < n_years; y++)
        dst[y] += row[y];
    }
}

void
puente_results_aggregate (PuenteResults *self,
                          guint          n_years)
{
  guint na = puente_results_agg (self, PUENTE_AGG_NA);

  g_assert (n_years <= self->capacity);

  /* Sums first (ratio rows are overwritten below). Countries are the sum
   * of their states (or cities); NA is US + MX, or the sum of the ports
   * for port indicators. Indicators that exist only for countries or only
   * for NA were written there by the engine. */
  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    {
      guint   domain = indicators[i].domain;
      double *row_na = puente_results_row (self, i, na);

      if (indicators[i].info.is_ratio)
        continue;

      if (domain & PUENTE_DOMAIN_STATE)
        sum_into_countries (self, i, 0, self->n_states, self->state_country, n_years);
      else if (domain & PUENTE_DOMAIN_CITY)
        sum_into_countries (self, i, self->first_city, self->n_cities, self->city_country, n_years);

      if (domain & PUENTE_DOMAIN_COUNTRY)
        {
          const double *us = puente_results_row (self, i, puente_results_agg (self, PUENTE_AGG_US));
          const double *mx = puente_results_row (self, i, puente_results_agg (self, PUENTE_AGG_MX));

          for (guint y = 0; y < n_years; y++)
            row_na[y] = us[y] + mx[y];
        }
      else if (domain & PUENTE_DOMAIN_PORT)
        {
          memset (row_na, 0, n_years * sizeof (double));
          for (guint p = 0; p < self->n_ports; p++)
            {
              const double *row = puente_results_row (self, i, self->first_port + p);

              for (guint y = 0; y < n_years; y++)
                row_na[y] += row[y];
            }
        }
    }

  /* Ratios, for every region of their domain, from their numerator and
   * denominator. */
  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    {
      const IndicatorDef *def = &indicators[i];

      if (!def->info.is_ratio)
        continue;

      for (guint r = 0; r < self->n_regions; r++)
        {
          const double *num, *den;
          double       *dst;

          if (!(def->domain & (1u << puente_results_get_region_kind (self, r))))
            continue;
          num = puente_results_row (self, def->numerator, r);
          den = puente_results_row (self, def->denominator, r);
          dst = puente_results_row (self, i, r);
          for (guint y = 0; y < n_years; y++)
            dst[y] = den[y] > 0 ? def->scale * num[y] / den[y] : 0;
        }
    }
}

static void
append_csv_field (GString    *out,
                  const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

G_DEFINE_QUARK (puente - results - error - quark, puente_results_error)

/* Sums and differences of doubles leave rounding noise (-3.7e-17 GWh):
 * below zero means below this, in the indicator's own unit. */
#define ROUNDING_NOISE 1e-6

/* May be negative: differences against a reference and amounts avoided
 * (a dirty grid can make a ZEV emit more than the car it replaces). */
static const char *const signed_indicators[] = {
  "ldv.co2_avoided_mt",
  "ldv.co2_avoided_cumulative_mt",
  "freight.co2_avoided_mt",
  "transit.growth",
  "transit.co2_avoided_mt",
  "transit.cost_diff_cumulative_musd",
};

gboolean
puente_results_value_is_valid (double   value,
                               gboolean may_be_negative)
{
  return isfinite (value) && (may_be_negative || value >= -ROUNDING_NOISE);
}

gboolean
puente_results_indicator_is_signed (const PuenteResults *self,
                                    guint                indicator)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (indicator < PUENTE_N_INDICATORS, FALSE);

  return g_strv_contains (signed_indicators, indicators[indicator].info.id);
}

void
puente_results_set_invalid_error (const PuenteResults *self,
                                  guint                indicator,
                                  guint                region,
                                  int                  year,
                                  double               value,
                                  GError             **error)
{
  const PuenteIndicatorInfo *info = &indicators[indicator].info;
  const char                *code = puente_results_get_region (self, region);
  g_autofree char           *where = NULL;
  char                       number[G_ASCII_DTOSTR_BUF_SIZE];

  /* The dataset figures a value of this region comes from. */
  switch (puente_results_get_region_kind (self, region))
    {
    case PUENTE_REGION_STATE:
      /* Translators: "MX-JAL in states.json, and the mx. parameters" */
      where = g_strdup_printf (_ ("%s in states.json, and the %s. parameters"), code,
                               g_str_has_prefix (code, "MX") ? "mx" : "us");
      break;
    case PUENTE_REGION_PORT:
      where = g_strdup_printf (_ ("%s in ports.json, and supply.json"), code);
      break;
    case PUENTE_REGION_CITY:
      where = g_strdup_printf (_ ("%s in transit.json, and supply.json"), code);
      break;
    case PUENTE_REGION_COUNTRY:
      where = g_strdup_printf (_ ("the %s. parameters in parameters.json and supply.json, and the %s states"),
                               g_str_equal (code, "MX") ? "mx" : "us", code);
      break;
    case PUENTE_REGION_NORTH_AMERICA:
    default:
      where = g_strdup (_ ("the parameters of both countries"));
      break;
    }

  g_ascii_formatd (number, sizeof number, "%.6g", value);
  if (!isfinite (value))
    g_set_error (error, PUENTE_RESULTS_ERROR, PUENTE_RESULTS_ERROR_INVALID,
                 /* Translators: "the run gives ldv.co2_mt (Mt CO2) for MX-JAL
                  * in 2031 as nan, not a number; ..." */
                 _ ("the run gives %s (%s) for %s in %d as %s, not a number; the results are refused. Check the dataset figures for %s"),
                 info->id, info->unit, code, year, number, where);
  else
    g_set_error (error, PUENTE_RESULTS_ERROR, PUENTE_RESULTS_ERROR_INVALID,
                 _ ("the run gives %s (%s) for %s in %d as %s, below zero, which it cannot be; the results are refused. Check the dataset figures for %s"),
                 info->id, info->unit, code, year, number, where);
}

gboolean
puente_results_check (const PuenteResults *self,
                      GError             **error)
{
  guint n_years;

  g_return_val_if_fail (self != NULL, FALSE);

  n_years = puente_results_get_n_years (self);
  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    {
      gboolean may_be_negative = puente_results_indicator_is_signed (self, i);

      for (guint r = 0; r < self->n_regions; r++)
        {
          const double *row = puente_results_get_series_by_index (self, i, r);

          for (guint y = 0; row != NULL && y < n_years; y++)
            if (!puente_results_value_is_valid (row[y], may_be_negative))
              {
                puente_results_set_invalid_error (self, i, r, self->first_year + (int) y, row[y], error);
                return FALSE;
              }
        }
    }

  return TRUE;
}

gboolean
puente_results_write_csv (const PuenteResults *self,
                          const char          *scenario_id,
                          GString             *out,
                          GError             **error)
{
  char  number[G_ASCII_DTOSTR_BUF_SIZE];
  guint n_years;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (scenario_id == NULL)
    scenario_id = "";

  n_years = puente_results_get_n_years (self);
  g_string_append (out, "scenario,indicator,region,year,value,unit\n");

  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    {
      const PuenteIndicatorInfo *info = &indicators[i].info;

      for (guint r = 0; r < self->n_regions; r++)
        {
          const double *row = puente_results_get_series_by_index (self, i, r);
          const char   *region = puente_results_get_region (self, r);

          if (row == NULL)
            continue;

          for (guint y = 0; y < n_years; y++)
            {
              append_csv_field (out, scenario_id);
              g_string_append_c (out, ',');
              g_string_append (out, info->id);
              g_string_append_c (out, ',');
              g_string_append (out, region);
              g_string_append_printf (out, ",%d,", self->first_year + (int) y);
              /* 15 significant digits: exact enough to check conservation
               * from the file, locale-independent. */
              g_string_append (out, g_ascii_formatd (number, sizeof number, "%.15g", row[y]));
              g_string_append_c (out, ',');
              append_csv_field (out, info->unit);
              g_string_append_c (out, '\n');
            }
        }
    }

  return TRUE;
}
