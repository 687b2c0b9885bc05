/* puente-levers-private.h: registry indices for the engine
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry table in puente-levers.c is indexed by this enum, so the
 * engine reads lever values as values[PUENTE_LEVER_...] without looking ids
 * up during a run. The order is the order the app shows.
 */
#pragma once

#include "puente-levers.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_LEVER_GENERAL_HORIZON,

  PUENTE_LEVER_LDV_US_TARGET_SHARE,
  PUENTE_LEVER_LDV_US_TARGET_YEAR,
  PUENTE_LEVER_LDV_US_BEV_SHARE_OF_ZEV,
  PUENTE_LEVER_LDV_US_SALES_GROWTH,
  PUENTE_LEVER_LDV_US_INCENTIVE_USD,
  PUENTE_LEVER_LDV_US_PRICE_PARITY_YEAR,
  PUENTE_LEVER_LDV_US_ICE_EFFICIENCY_GAIN,
  PUENTE_LEVER_LDV_US_PHEV_UTILITY_FACTOR,
  PUENTE_LEVER_LDV_US_MEDIAN_LIFETIME,

  PUENTE_LEVER_LDV_CA_TARGET_SHARE,
  PUENTE_LEVER_LDV_CA_TARGET_YEAR,

  PUENTE_LEVER_LDV_MX_TARGET_SHARE,
  PUENTE_LEVER_LDV_MX_TARGET_YEAR,
  PUENTE_LEVER_LDV_MX_BEV_SHARE_OF_ZEV,
  PUENTE_LEVER_LDV_MX_SALES_GROWTH,
  PUENTE_LEVER_LDV_MX_INCENTIVE_USD,
  PUENTE_LEVER_LDV_MX_PRICE_PARITY_YEAR,
  PUENTE_LEVER_LDV_MX_ICE_EFFICIENCY_GAIN,
  PUENTE_LEVER_LDV_MX_PHEV_UTILITY_FACTOR,
  PUENTE_LEVER_LDV_MX_MEDIAN_LIFETIME,

  PUENTE_LEVER_LDV_USED_EXPORTS,
  PUENTE_LEVER_LDV_USED_MIN_AGE,
  PUENTE_LEVER_LDV_USED_MAX_AGE,

  PUENTE_LEVER_CHARGING_US_HOME_ACCESS_SHARE,
  PUENTE_LEVER_CHARGING_US_EVS_PER_PUBLIC_L2,
  PUENTE_LEVER_CHARGING_US_EVS_PER_PUBLIC_DCFC,
  PUENTE_LEVER_CHARGING_US_DEPLOYMENT_GROWTH,
  PUENTE_LEVER_CHARGING_US_COST_PUBLIC_DCFC,

  PUENTE_LEVER_CHARGING_MX_HOME_ACCESS_SHARE,
  PUENTE_LEVER_CHARGING_MX_EVS_PER_PUBLIC_L2,
  PUENTE_LEVER_CHARGING_MX_EVS_PER_PUBLIC_DCFC,
  PUENTE_LEVER_CHARGING_MX_DEPLOYMENT_GROWTH,
  PUENTE_LEVER_CHARGING_MX_COST_PUBLIC_DCFC,

  PUENTE_LEVER_GRID_US_FACTOR_2050,
  PUENTE_LEVER_GRID_MX_FACTOR_2050,

  PUENTE_LEVER_BATTERY_SECOND_LIFE_SHARE,
  PUENTE_LEVER_BATTERY_RECYCLING_SHARE,

  PUENTE_N_LEVERS
} PuenteLeverIndex;

/* The per-country light-duty and charging levers, by country. */
typedef struct
{
  PuenteLeverIndex target_share;
  PuenteLeverIndex target_year;
  PuenteLeverIndex bev_share_of_zev;
  PuenteLeverIndex sales_growth;
  PuenteLeverIndex incentive_usd;
  PuenteLeverIndex price_parity_year;
  PuenteLeverIndex ice_efficiency_gain;
  PuenteLeverIndex phev_utility_factor;
  PuenteLeverIndex median_lifetime;
  PuenteLeverIndex home_access_share;
  PuenteLeverIndex evs_per_public_l2;
  PuenteLeverIndex evs_per_public_dcfc;
  PuenteLeverIndex deployment_growth;
  PuenteLeverIndex cost_public_dcfc;
  PuenteLeverIndex grid_factor_2050;
} PuenteCountryLevers;

extern const PuenteCountryLevers puente_country_levers[PUENTE_N_COUNTRIES];

G_END_DECLS
