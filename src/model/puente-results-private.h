/* puente-results-private.h: the dense results table, for the engine
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layout: values[(indicator * n_regions + region) * capacity + year_index]
 * with regions 0 .. n_states-1 the dataset's states (dataset order), then
 * US, MX and NA. The engine writes state rows and calls
 * puente_results_aggregate (), which fills the country and NA rows (sums)
 * and every ratio row (numerator / denominator, for states too).
 */
#pragma once

#include "puente-results.h"

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
  PUENTE_N_INDICATORS
} PuenteIndicatorIndex;

/* Aggregate regions after the states. */
enum {
  PUENTE_AGG_US,
  PUENTE_AGG_MX,
  PUENTE_AGG_NA,
  PUENTE_N_AGGREGATES
};

struct _PuenteResults
{
  PuenteDataset *dataset;
  guint          n_states;
  guint          n_regions;      /* n_states + PUENTE_N_AGGREGATES */
  guint          capacity;       /* years allocated */
  int            first_year;     /* PUENTE_BASE_YEAR */
  int            last_year;      /* horizon of the last run */
  guint8        *state_country;  /* PuenteCountry per state */
  double        *values;
};

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
