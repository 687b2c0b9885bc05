/* puente-results-private.h: the dense results table, for the engine
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layout: values[(indicator * n_regions + region) * capacity + year_index]
 * with regions 0 .. n_states-1 the dataset's states (dataset order), then
 * the ports of entry, then the transit cities (dataset order), then US, MX
 * and NA. Each indicator has a domain: the region kinds it exists for
 * (light duty: states, countries, NA; ports: ports and NA; transit:
 * cities, countries, NA; supply chain: countries and NA, or NA alone).
 * Rows outside the domain stay zero and are not exposed. The engine writes
 * the finest rows of each domain and calls puente_results_aggregate (),
 * which fills the coarser rows (sums) and every ratio row (numerator /
 * denominator, for every region of the domain).
 */
#pragma once

#include "puente-results.h"
#include "puente-flows.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_IND_LDV_SALES,
  PUENTE_IND_LDV_ZEV_SALES,
  PUENTE_IND_LDV_BEV_SALES,
  PUENTE_IND_LDV_PHEV_SALES,
  PUENTE_IND_LDV_ZEV_SHARE_SALES,
  PUENTE_IND_LDV_BEV_SHARE_SALES,
  PUENTE_IND_LDV_STOCK,
  PUENTE_IND_LDV_ICE_STOCK,
  PUENTE_IND_LDV_BEV_STOCK,
  PUENTE_IND_LDV_PHEV_STOCK,
  PUENTE_IND_LDV_EV_STOCK,
  PUENTE_IND_LDV_EV_SHARE_STOCK,
  PUENTE_IND_LDV_SCRAPPAGE,
  PUENTE_IND_LDV_EV_SCRAPPAGE,
  PUENTE_IND_LDV_USED_EXPORTS,
  PUENTE_IND_LDV_USED_IMPORTS,
  PUENTE_IND_LDV_USED_EV_EXPORTS,
  PUENTE_IND_LDV_USED_EV_IMPORTS,
  PUENTE_IND_LDV_ELECTRICITY_GWH,
  PUENTE_IND_LDV_FUEL_ML,
  PUENTE_IND_LDV_CO2_TAILPIPE_MT,
  PUENTE_IND_LDV_CO2_GRID_MT,
  PUENTE_IND_LDV_CO2_MT,
  PUENTE_IND_LDV_CO2_AVOIDED_MT,
  PUENTE_IND_LDV_CO2_CUMULATIVE_MT,
  PUENTE_IND_LDV_CO2_AVOIDED_CUMULATIVE_MT,
  PUENTE_IND_LDV_GRID_FACTOR,
  PUENTE_IND_CHARGING_PRIVATE_NEED,
  PUENTE_IND_CHARGING_PUBLIC_L2_NEED,
  PUENTE_IND_CHARGING_PUBLIC_DCFC_NEED,
  PUENTE_IND_CHARGING_PUBLIC_L2_EXISTING,
  PUENTE_IND_CHARGING_PUBLIC_DCFC_EXISTING,
  PUENTE_IND_CHARGING_PUBLIC_L2_ADDED,
  PUENTE_IND_CHARGING_PUBLIC_DCFC_ADDED,
  PUENTE_IND_CHARGING_GAP_L2,
  PUENTE_IND_CHARGING_GAP_DCFC,
  PUENTE_IND_CHARGING_GAP,
  PUENTE_IND_CHARGING_L2_TO_BUILD,
  PUENTE_IND_CHARGING_DCFC_TO_BUILD,
  PUENTE_IND_CHARGING_PORTS_TO_BUILD,
  PUENTE_IND_CHARGING_INVESTMENT_MUSD,
  PUENTE_IND_CHARGING_PRIVATE_INVESTMENT_MUSD,
  PUENTE_IND_BATTERY_RETIRED_GWH,
  PUENTE_IND_BATTERY_SECOND_LIFE_GWH,
  PUENTE_IND_BATTERY_RECYCLED_GWH,
  PUENTE_IND_BATTERY_DISPOSAL_GWH,

  /* Ports of entry (model.md section 2), per port and NA. */
  PUENTE_IND_FREIGHT_CROSSINGS,
  PUENTE_IND_FREIGHT_ZE_CROSSINGS,
  PUENTE_IND_FREIGHT_ZE_SHARE,
  PUENTE_IND_FREIGHT_DRAYAGE_CROSSINGS,
  PUENTE_IND_FREIGHT_ZE_DRAYAGE_CROSSINGS,
  PUENTE_IND_FREIGHT_DRAYAGE_ZE_SHARE,
  PUENTE_IND_FREIGHT_ENERGY_MWH_DAY,
  PUENTE_IND_FREIGHT_CHARGERS_DEPOT,
  PUENTE_IND_FREIGHT_CHARGERS_FAST,
  PUENTE_IND_FREIGHT_CHARGERS_MW,
  PUENTE_IND_FREIGHT_CHARGERS,
  PUENTE_IND_FREIGHT_PEAK_MW,
  PUENTE_IND_FREIGHT_DIESEL_AVOIDED_ML,
  PUENTE_IND_FREIGHT_CO2_AVOIDED_MT,
  /* National heavy-truck stock, per country and NA. */
  PUENTE_IND_HDV_SALES,
  PUENTE_IND_HDV_ZE_SALES,
  PUENTE_IND_HDV_ZE_SHARE_SALES,
  PUENTE_IND_HDV_STOCK,
  PUENTE_IND_HDV_ZE_STOCK,
  PUENTE_IND_HDV_SCRAPPAGE,
  PUENTE_IND_HDV_ZE_SCRAPPAGE,
  PUENTE_IND_HDV_RETIRED_GWH,
  /* Transit buses (section 3), per city, country and NA. */
  PUENTE_IND_TRANSIT_FLEET,
  PUENTE_IND_TRANSIT_CONVENTIONAL,
  PUENTE_IND_TRANSIT_EBUS,
  PUENTE_IND_TRANSIT_TROLLEYBUS,
  PUENTE_IND_TRANSIT_ZE_FLEET,
  PUENTE_IND_TRANSIT_EBUS_SHARE,
  PUENTE_IND_TRANSIT_ZE_SHARE,
  PUENTE_IND_TRANSIT_PURCHASES,
  PUENTE_IND_TRANSIT_ZE_PURCHASES,
  PUENTE_IND_TRANSIT_ZE_PURCHASE_SHARE,
  PUENTE_IND_TRANSIT_RETIREMENTS,
  PUENTE_IND_TRANSIT_EBUS_RETIREMENTS,
  PUENTE_IND_TRANSIT_GROWTH,
  PUENTE_IND_TRANSIT_KM,
  PUENTE_IND_TRANSIT_KM_PER_BUS,
  PUENTE_IND_TRANSIT_ELECTRICITY_GWH,
  PUENTE_IND_TRANSIT_DIESEL_ML,
  PUENTE_IND_TRANSIT_DEPOT_CHARGERS,
  PUENTE_IND_TRANSIT_DEPOT_MW,
  PUENTE_IND_TRANSIT_CAPEX_MUSD,
  PUENTE_IND_TRANSIT_OPEX_MUSD,
  PUENTE_IND_TRANSIT_COST_DIFF_CUMULATIVE_MUSD,
  PUENTE_IND_TRANSIT_CO2_MT,
  PUENTE_IND_TRANSIT_CO2_AVOIDED_MT,
  /* Battery supply chain (section 4), per country and NA (some NA only). */
  PUENTE_IND_SUPPLY_BATTERY_DEMAND_GWH,
  PUENTE_IND_SUPPLY_DEMAND_LDV_GWH,
  PUENTE_IND_SUPPLY_DEMAND_BUS_GWH,
  PUENTE_IND_SUPPLY_DEMAND_TRUCK_GWH,
  PUENTE_IND_SUPPLY_CELLS_OUTSIDE_NA_GWH,
  PUENTE_IND_SUPPLY_CELLS_OUTSIDE_NA_SHARE,
  PUENTE_IND_SUPPLY_CELL_CAPACITY_GWH,
  PUENTE_IND_SUPPLY_CELL_PRODUCTION_GWH,
  PUENTE_IND_SUPPLY_RECYCLING_CAPACITY_GWH,
  PUENTE_IND_SUPPLY_RECYCLING_CAPACITY_T,
  PUENTE_IND_SUPPLY_RETIRED_GWH,
  PUENTE_IND_SUPPLY_RECOVERED_GWH,
  PUENTE_IND_SUPPLY_RECYCLED_CONTENT_SHARE,
  PUENTE_IND_SUPPLY_ZEV_ASSEMBLED,
  PUENTE_IND_SUPPLY_JOBS_CELLS,
  PUENTE_IND_SUPPLY_JOBS_ASSEMBLY,
  PUENTE_IND_SUPPLY_JOBS,
  PUENTE_IND_SUPPLY_LITHIUM_T,
  PUENTE_IND_SUPPLY_NICKEL_T,
  PUENTE_IND_SUPPLY_COBALT_T,
  PUENTE_IND_SUPPLY_MANGANESE_T,
  PUENTE_IND_SUPPLY_GRAPHITE_T,
  PUENTE_IND_SUPPLY_BATTERY_COST,
  PUENTE_N_INDICATORS
} PuenteIndicatorIndex;

/* Aggregate regions after the states. */
enum {
  PUENTE_AGG_US,
  PUENTE_AGG_MX,
  PUENTE_AGG_NA,
  PUENTE_N_AGGREGATES
};

/* Region kinds an indicator exists for (its domain). */
enum {
  PUENTE_DOMAIN_STATE = 1 << PUENTE_REGION_STATE,
  PUENTE_DOMAIN_PORT = 1 << PUENTE_REGION_PORT,
  PUENTE_DOMAIN_CITY = 1 << PUENTE_REGION_CITY,
  PUENTE_DOMAIN_COUNTRY = 1 << PUENTE_REGION_COUNTRY,
  PUENTE_DOMAIN_NA = 1 << PUENTE_REGION_NORTH_AMERICA,
};

struct _PuenteResults
{
  PuenteDataset *dataset;
  guint          n_states;
  guint          n_ports;
  guint          n_cities;
  guint          first_port;    /* n_states */
  guint          first_city;    /* first_port + n_ports */
  guint          first_agg;     /* first_city + n_cities: US, MX, NA */
  guint          n_regions;     /* first_agg + PUENTE_N_AGGREGATES */
  guint          capacity;      /* years allocated */
  int            first_year;    /* PUENTE_BASE_YEAR */
  int            last_year;     /* horizon of the last run */
  guint8        *state_country; /* PuenteCountry per state */
  guint8        *city_country;  /* PuenteCountry per city */
  double        *values;
  /* Supply-chain flows (puente-flows.h): GWh per link and year, and tonnes
   * per link, material and year: flows[link * capacity + y],
   * tonnes[(link * PUENTE_N_MATERIALS + m) * capacity + y]. */
  double        *flows;
  double        *tonnes;
};

static inline guint
puente_results_agg (const PuenteResults *self,
                    guint                agg)
{
  return self->first_agg + agg;
}

static inline double *
puente_results_flow_row (PuenteResults *self,
                         guint          link)
{
  return self->flows + (gsize) link * self->capacity;
}

static inline double *
puente_results_tonnes_row (PuenteResults *self,
                           guint          link,
                           guint          material)
{
  return self->tonnes + ((gsize) link * PUENTE_N_MATERIALS + material) * self->capacity;
}

static inline double *
puente_results_row (PuenteResults *self,
                    guint          indicator,
                    guint          region)
{
  return self->values + ((gsize) indicator * self->n_regions + region) * self->capacity;
}

/* Fills the aggregate rows and the ratio rows for years 0 .. n_years-1. */
void puente_results_aggregate (PuenteResults *self,
                               guint          n_years);

G_END_DECLS
