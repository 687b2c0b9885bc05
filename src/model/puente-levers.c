/* puente-levers.c: the registry of policy levers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One static table, indexed by PuenteLeverIndex (puente-levers-private.h),
 * in the order the app shows the levers. A lever's baseline is the dataset
 * parameter named in default_parameter when the dataset has it, otherwise
 * the fixed default_value. Fixed defaults are justified in
 * docs/methodology.md ("Baseline levers").
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-i18n.h"
#include "puente-levers-private.h"


/* Shorthand for one lever row. */
/* A table, one entry per row as written: clang-format leaves it alone. */
/* clang-format off */
#define LEVER(idx, id_, theme_, label_, desc_, unit_, min_, max_, step_, param_, def_, scope_, int_) \
  [idx] = { id_, theme_, label_, desc_, unit_, min_, max_, step_, param_, def_, scope_, int_ }

static const PuenteLever levers[PUENTE_N_LEVERS] = {
  LEVER (PUENTE_LEVER_GENERAL_HORIZON, "general.horizon", PUENTE_THEME_GENERAL,
         N_("Horizon"),
         N_("Last year the model computes."),
         "year", 2030, PUENTE_MAX_HORIZON, 1, NULL, PUENTE_DEFAULT_HORIZON, "US+MX", TRUE),

  /* ---- United States, light duty ---------------------------------- */
  LEVER (PUENTE_LEVER_LDV_US_TARGET_SHARE, "ldv.us.target_share", PUENTE_THEME_LIGHT_DUTY,
         N_("US ZEV share of new sales in the target year"),
         N_("Share of new light-duty sales that is zero-emission (battery electric or plug-in hybrid) in the target year. The share follows a logistic curve from the latest observed share (7.1 % in the fourth quarter of 2025, after the federal credits ended) through this target toward the ceiling. Baseline: 20 % in 2030, the IEA Global EV Outlook 2025 projection under stated policies. A target above the ceiling is reached and then held."),
         "share", 0, 1, 0.01, "us.zev_share_projection", 0.20, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_TARGET_YEAR, "ldv.us.target_year", PUENTE_THEME_LIGHT_DUTY,
         N_("US target year"),
         N_("Year in which the US ZEV share of new sales reaches the target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, "us.zev_share_projection_year", 2030, "US", TRUE),
  LEVER (PUENTE_LEVER_LDV_US_Z_MAX, "ldv.us.z_max", PUENTE_THEME_LIGHT_DUTY,
         N_("US long-run ceiling of the ZEV share"),
         N_("Share of new sales the US adoption curve levels off at without further policy. Baseline 29 %, the highest 2050 share in any case of the EIA Annual Energy Outlook 2023 (laws of 2022, with the federal credits that have since ended); IEA's 2025 Current Policies Scenario sees the US share level off near 15 %. Set it to 100 % for a path that keeps growing."),
         "share", 0.05, 1, 0.01, "us.zev_share_ceiling", 0.29, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_RULE, "ldv.us.rule", PUENTE_THEME_LIGHT_DUTY,
         N_("US follows the EPA 2027–2032 light-duty standards"),
         N_("1 = the US ZEV share is at least the share of EPA's projected compliance path for its 2027–2032 light-duty standards as finalised in 2024 (32 % in 2027 to 69 % in 2032: 56 % battery electric and 13 % plug-in hybrid), held at the 2032 level afterwards. EPA repealed these standards in February 2026 (91 FR 7686). 0 = no such floor."),
         "", 0, 1, 1, NULL, 0, "US", TRUE),
  LEVER (PUENTE_LEVER_LDV_US_BEV_SHARE_OF_ZEV, "ldv.us.bev_share_of_zev", PUENTE_THEME_LIGHT_DUTY,
         N_("US battery-electric share of ZEV sales"),
         N_("Share of ZEV sales that is battery electric (the rest plug-in hybrid), reached in the target year; it moves linearly from the 2024 value."),
         "share", 0, 1, 0.01, "us.bev_share_of_zev_2024", 0.8, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_SALES_GROWTH, "ldv.us.sales_growth", PUENTE_THEME_LIGHT_DUTY,
         N_("US growth of new light-duty sales"),
         N_("Annual growth rate of total new light-duty vehicle sales."),
         "1/year", -0.05, 0.05, 0.001, "us.sales_growth", 0.0, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_INCENTIVE_USD, "ldv.us.incentive_usd", PUENTE_THEME_LIGHT_DUTY,
         N_("US purchase incentive per ZEV"),
         N_("Purchase incentive per ZEV on top of the baseline, in US dollars. Each 1000 USD raises ZEV sales by 2.6 % (Jenn, Springel and Gopal 2018), which moves the adoption curve earlier."),
         "USD", 0, 15000, 250, NULL, 0, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_PRICE_PARITY_YEAR, "ldv.us.price_parity_year", PUENTE_THEME_LIGHT_DUTY,
         N_("US purchase-price parity year"),
         N_("Year in which electric cars cost the same to buy as gasoline cars. Each year earlier than the baseline (2029) moves the adoption curve one year earlier."),
         "year", 2024, 2045, 1, NULL, 2029, "US", TRUE),
  LEVER (PUENTE_LEVER_LDV_US_ICE_EFFICIENCY_GAIN, "ldv.us.ice_efficiency_gain", PUENTE_THEME_LIGHT_DUTY,
         N_("US fuel-economy gain of new gasoline vehicles"),
         N_("Annual reduction of the fuel use (L/100 km) of each new vintage of gasoline vehicles."),
         "1/year", 0, 0.05, 0.001, "us.ice_efficiency_gain", 0.01, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_PHEV_UTILITY_FACTOR, "ldv.us.phev_utility_factor", PUENTE_THEME_LIGHT_DUTY,
         N_("US plug-in hybrid electric driving share"),
         N_("Share of plug-in hybrid distance driven on electricity (utility factor)."),
         "share", 0, 1, 0.01, "us.phev_utility_factor", 0.5, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_MEDIAN_LIFETIME, "ldv.us.median_lifetime", PUENTE_THEME_LIGHT_DUTY,
         N_("US median vehicle lifetime"),
         N_("Age at which half of a vintage of light-duty vehicles has been scrapped. Weibull survival with shape 2.28, fitted to the EPA survival schedule of cars and light trucks (ORNL Transportation Energy Data Book); baseline 21 years, which reproduces S&P Global Mobility's 4.5 % yearly scrappage and 12.8-year average age."),
         "years", 8, 40, 0.5, "us.median_lifetime", 17, "US", FALSE),

  /* ---- California ------------------------------------------------- */
  LEVER (PUENTE_LEVER_LDV_CA_TARGET_SHARE, "ldv.ca.target_share", PUENTE_THEME_LIGHT_DUTY,
         N_("California ZEV share of new sales in its target year"),
         N_("California's own target (Advanced Clean Cars II: 100 % in 2035). 0 means California follows the US curve. When set, California follows its own curve, the other states keep the US curve and the US total is the sales-weighted result."),
         "share", 0, 1, 0.01, NULL, 0, "US-CA", FALSE),
  LEVER (PUENTE_LEVER_LDV_CA_TARGET_YEAR, "ldv.ca.target_year", PUENTE_THEME_LIGHT_DUTY,
         N_("California target year"),
         N_("Year in which California's ZEV share of new sales reaches its target."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "US-CA", TRUE),
  LEVER (PUENTE_LEVER_LDV_CA_RULE, "ldv.ca.rule", PUENTE_THEME_LIGHT_DUTY,
         N_("California follows Advanced Clean Cars II year by year"),
         N_("1 = California's ZEV share is at least the Advanced Clean Cars II requirement of each model year: 35 % in 2026, 43, 51, 59, 68 % in 2030, 76, 82, 88, 94 and 100 % from 2035. The federal waiver was revoked by Congress in June 2025 (under litigation). 0 = no such floor."),
         "", 0, 1, 1, NULL, 0, "US-CA", TRUE),

  /* ---- Mexico, light duty ----------------------------------------- */
  LEVER (PUENTE_LEVER_LDV_MX_TARGET_SHARE, "ldv.mx.target_share", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico ZEV share of new sales in the target year"),
         N_("Share of new light-duty sales that is zero-emission (battery electric or plug-in hybrid) in the target year, on a logistic curve from the 2025 share (6.3 %) toward the ceiling. Mexico has no binding ZEV target and no published current-policy projection was found; the baseline (15 % in 2030) continues the 2024–2025 gain of 1.7 points a year, an assumption explained in the methodology."),
         "share", 0, 1, 0.01, "mx.zev_share_projection", 0.15, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_TARGET_YEAR, "ldv.mx.target_year", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico target year"),
         N_("Year in which the Mexican ZEV share of new sales reaches the target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, "mx.zev_share_projection_year", 2030, "MX", TRUE),
  LEVER (PUENTE_LEVER_LDV_MX_Z_MAX, "ldv.mx.z_max", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico long-run ceiling of the ZEV share"),
         N_("Share of new sales the Mexican adoption curve levels off at without further policy. Baseline 29 %, the US value (an assumption: no long-run projection for Mexico was found). Set it to 100 % for a path that keeps growing."),
         "share", 0.05, 1, 0.01, "mx.zev_share_ceiling", 0.29, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_BEV_SHARE_OF_ZEV, "ldv.mx.bev_share_of_zev", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico battery-electric share of ZEV sales"),
         N_("Share of ZEV sales that is battery electric (the rest plug-in hybrid), reached in the target year; it moves linearly from the 2024 value."),
         "share", 0, 1, 0.01, "mx.bev_share_of_zev_2024", 0.7, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_SALES_GROWTH, "ldv.mx.sales_growth", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico growth of new light-duty sales"),
         N_("Annual growth rate of total new light-duty vehicle sales."),
         "1/year", -0.05, 0.05, 0.001, "mx.sales_growth", 0.02, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_INCENTIVE_USD, "ldv.mx.incentive_usd", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico purchase incentive per ZEV"),
         N_("Purchase incentive per ZEV on top of the baseline, in US dollars. Each 1000 USD raises ZEV sales by 2.6 % (Jenn, Springel and Gopal 2018, a US estimate), which moves the adoption curve earlier."),
         "USD", 0, 15000, 250, NULL, 0, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_PRICE_PARITY_YEAR, "ldv.mx.price_parity_year", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico purchase-price parity year"),
         N_("Year in which electric cars cost the same to buy as gasoline cars. Each year earlier than the baseline (2032) moves the adoption curve one year earlier."),
         "year", 2024, 2045, 1, NULL, 2032, "MX", TRUE),
  LEVER (PUENTE_LEVER_LDV_MX_ICE_EFFICIENCY_GAIN, "ldv.mx.ice_efficiency_gain", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico fuel-economy gain of new gasoline vehicles"),
         N_("Annual reduction of the fuel use (L/100 km) of each new vintage of gasoline vehicles."),
         "1/year", 0, 0.05, 0.001, "mx.ice_efficiency_gain", 0.01, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_PHEV_UTILITY_FACTOR, "ldv.mx.phev_utility_factor", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico plug-in hybrid electric driving share"),
         N_("Share of plug-in hybrid distance driven on electricity (utility factor)."),
         "share", 0, 1, 0.01, "mx.phev_utility_factor", 0.4, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_MEDIAN_LIFETIME, "ldv.mx.median_lifetime", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico median vehicle lifetime"),
         N_("Age at which half of a vintage of light-duty vehicles has been scrapped. No Mexican survival schedule is published: Weibull shape 1.98 and a median of 24 to 33 years fit the age of Mexico's vehicles in use (Integrate Data Facts, 2025); baseline 28 years."),
         "years", 8, 40, 0.5, "mx.median_lifetime", 20, "MX", FALSE),

  /* ---- Used vehicles US -> Mexico ---------------------------------- */
  LEVER (PUENTE_LEVER_LDV_USED_EXPORTS, "ldv.used_exports", PUENTE_THEME_LIGHT_DUTY,
         N_("Used light-duty vehicles exported from the US to Mexico"),
         N_("Used vehicles per year that leave the US fleet and join Mexico's, taken from the allowed age window with the powertrain mix of those US vintages."),
         "vehicles/year", 0, 3000000, 10000, "us.used_exports_2024", 0, "MX", TRUE),
  LEVER (PUENTE_LEVER_LDV_USED_MIN_AGE, "ldv.used_min_age", PUENTE_THEME_LIGHT_DUTY,
         N_("Youngest age of imported used vehicles"),
         N_("Youngest age (years) Mexico's import rules allow for used light-duty vehicles."),
         "years", 0, PUENTE_MAX_AGE, 1, "mx.used_import_min_age", 8, "MX", TRUE),
  LEVER (PUENTE_LEVER_LDV_USED_MAX_AGE, "ldv.used_max_age", PUENTE_THEME_LIGHT_DUTY,
         N_("Oldest age of imported used vehicles"),
         N_("Oldest age (years) Mexico's import rules allow for used light-duty vehicles."),
         "years", 0, PUENTE_MAX_AGE, 1, "mx.used_import_max_age", 10, "MX", TRUE),

  /* ---- Charging ---------------------------------------------------- */
  LEVER (PUENTE_LEVER_CHARGING_US_HOME_ACCESS_SHARE, "charging.us.home_access_share", PUENTE_THEME_CHARGING,
         N_("US EVs with home or workplace charging"),
         N_("Share of EVs whose owners can charge at home or at work."),
         "share", 0, 1, 0.01, "us.home_access_share", 0.8, "US", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_US_EVS_PER_PUBLIC_L2, "charging.us.evs_per_public_l2", PUENTE_THEME_CHARGING,
         N_("US EVs per public Level 2 port"),
         N_("EVs that one public Level 2 port serves (NREL 2030 National Charging Network: about 33)."),
         "EVs/port", 5, 200, 1, "us.evs_per_public_l2", 33, "US", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_US_EVS_PER_PUBLIC_DCFC, "charging.us.evs_per_public_dcfc", PUENTE_THEME_CHARGING,
         N_("US EVs per public DC fast port"),
         N_("EVs that one public DC fast port serves (NREL 2030 National Charging Network: about 181)."),
         "EVs/port", 20, 1000, 5, "us.evs_per_public_dcfc", 181, "US", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_US_DEPLOYMENT_GROWTH, "charging.us.deployment_growth", PUENTE_THEME_CHARGING,
         N_("US growth of yearly public port additions"),
         N_("Annual growth of the number of public ports added each year (Level 2 and DC fast). The existing ports grow by the additions observed in 2025 (DC fast: 16,100 net, AFDC) until they meet what the EV stock needs, then follow the need. Baseline 0: the 2025 pace continues."),
         "1/year", -0.1, 0.6, 0.01, "us.port_additions_growth", 0.0, "US", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_US_COST_PUBLIC_DCFC, "charging.us.cost_public_dcfc", PUENTE_THEME_CHARGING,
         N_("US cost per public DC fast port"),
         N_("Installed cost of one public DC fast charging port, in US dollars."),
         "USD/port", 20000, 400000, 5000, "us.cost_public_dcfc", 140000, "US", FALSE),

  LEVER (PUENTE_LEVER_CHARGING_MX_HOME_ACCESS_SHARE, "charging.mx.home_access_share", PUENTE_THEME_CHARGING,
         N_("Mexico EVs with home or workplace charging"),
         N_("Share of EVs whose owners can charge at home or at work. Mexico has less home charging in multifamily housing than the US."),
         "share", 0, 1, 0.01, "mx.home_access_share", 0.6, "MX", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_MX_EVS_PER_PUBLIC_L2, "charging.mx.evs_per_public_l2", PUENTE_THEME_CHARGING,
         N_("Mexico EVs per public Level 2 port"),
         N_("EVs that one public Level 2 port serves."),
         "EVs/port", 5, 200, 1, "mx.evs_per_public_l2", 20, "MX", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_MX_EVS_PER_PUBLIC_DCFC, "charging.mx.evs_per_public_dcfc", PUENTE_THEME_CHARGING,
         N_("Mexico EVs per public DC fast port"),
         N_("EVs that one public DC fast port serves."),
         "EVs/port", 20, 1000, 5, "mx.evs_per_public_dcfc", 120, "MX", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_MX_DEPLOYMENT_GROWTH, "charging.mx.deployment_growth", PUENTE_THEME_CHARGING,
         N_("Mexico growth of yearly public port additions"),
         N_("Annual growth of the number of public ports added each year (Level 2 and DC fast). The existing ports grow by the recent yearly additions (EMA counts, June 2024 to December 2025) until they meet what the EV stock needs, then follow the need. Baseline 0: the recent pace continues."),
         "1/year", -0.1, 0.6, 0.01, "mx.port_additions_growth", 0.0, "MX", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_MX_COST_PUBLIC_DCFC, "charging.mx.cost_public_dcfc", PUENTE_THEME_CHARGING,
         N_("Mexico cost per public DC fast port"),
         N_("Installed cost of one public DC fast charging port, in US dollars."),
         "USD/port", 20000, 400000, 5000, "mx.cost_public_dcfc", 100000, "MX", FALSE),

  /* ---- Grid -------------------------------------------------------- */
  LEVER (PUENTE_LEVER_GRID_US_FACTOR_2050, "grid.us.factor_2050", PUENTE_THEME_GRID,
         N_("US grid emission factor in 2050"),
         N_("Average CO₂ per kWh of the US grid in 2050; each grid region moves linearly from its 2024 factor to this value scaled by its 2024 ratio to the country."),
         "kg CO2/kWh", 0, 1, 0.01, "us.grid_factor_2050", 0.2, "US", FALSE),
  LEVER (PUENTE_LEVER_GRID_MX_FACTOR_2050, "grid.mx.factor_2050", PUENTE_THEME_GRID,
         N_("Mexico grid emission factor in 2050"),
         N_("Average CO₂ per kWh of Mexico's national grid in 2050; it moves linearly from the 2024 factor."),
         "kg CO2/kWh", 0, 1, 0.01, "mx.grid_factor_2050", 0.3, "MX", FALSE),

  /* ---- Batteries --------------------------------------------------- */
  LEVER (PUENTE_LEVER_BATTERY_SECOND_LIFE_SHARE, "battery.second_life_share", PUENTE_THEME_SUPPLY_CHAIN,
         N_("Retired batteries going to second life"),
         N_("Share of retired EV batteries (GWh) reused in second-life applications such as stationary storage."),
         "share", 0, 1, 0.01, "battery_second_life_share", 0.2, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_BATTERY_RECYCLING_SHARE, "battery.recycling_share", PUENTE_THEME_SUPPLY_CHAIN,
         N_("Retired batteries recycled"),
         N_("Share of retired EV batteries (GWh) recycled directly. The rest (after second life) is stored or disposed of; if both shares add up to more than 1 they are scaled down together."),
         "share", 0, 1, 0.01, "battery_recycling_share", 0.7, "US+MX", FALSE),

  /* ---- Trucks at the border (model.md section 2) ----------------- */
  LEVER (PUENTE_LEVER_FREIGHT_GROWTH, "freight.growth", PUENTE_THEME_HEAVY_DUTY,
         N_("Growth of truck crossings"),
         N_("Annual growth of northbound truck crossings at every port of entry. Baseline 3 %/year: an assumption in the range of US–Mexico trade growth (the crossing counts in the dataset end in 2024 or 2025)."),
         "1/year", -0.05, 0.1, 0.005, NULL, 0.03, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_HD_SALES_GROWTH, "freight.hd_sales_growth", PUENTE_THEME_HEAVY_DUTY,
         N_("Growth of new heavy-truck sales"),
         N_("Annual growth of new heavy-truck sales in both countries, from their 2024 level. The national heavy-truck stocks follow from these sales and the trucks' survival."),
         "1/year", -0.05, 0.1, 0.005, "hd_truck_sales_growth", 0.01, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_DRAYAGE_TARGET_SHARE, "freight.drayage.target_share", PUENTE_THEME_HEAVY_DUTY,
         N_("Zero-emission share of drayage crossings in the target year"),
         N_("A target for the share of short-haul drayage trucks crossing the border that are zero-emission in the target year, on a logistic curve from today's share. 0 (baseline) = no target: there is no binational mandate, so crossings follow the turnover of the Mexican and US heavy-truck fleets under current policies."),
         "share", 0, 1, 0.01, NULL, 0, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_DRAYAGE_TARGET_YEAR, "freight.drayage.target_year", PUENTE_THEME_HEAVY_DUTY,
         N_("Drayage target year"),
         N_("Year in which zero-emission drayage crossings reach the target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "US+MX", TRUE),
  LEVER (PUENTE_LEVER_FREIGHT_LONGHAUL_TARGET_SHARE, "freight.longhaul.target_share", PUENTE_THEME_HEAVY_DUTY,
         N_("Zero-emission share of long-haul crossings in the target year"),
         N_("A target for the share of long-haul trucks crossing the border that are zero-emission in the target year, on a logistic curve from today's share. 0 (baseline) = no target: crossings follow the turnover of the Mexican and US heavy-truck fleets."),
         "share", 0, 1, 0.01, NULL, 0, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_LONGHAUL_TARGET_YEAR, "freight.longhaul.target_year", PUENTE_THEME_HEAVY_DUTY,
         N_("Long-haul target year"),
         N_("Year in which zero-emission long-haul crossings reach the target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "US+MX", TRUE),
  LEVER (PUENTE_LEVER_FREIGHT_CA_DRAYAGE_TARGET_SHARE, "freight.ca.drayage_target_share", PUENTE_THEME_HEAVY_DUTY,
         N_("California ports: zero-emission drayage share in its target year"),
         N_("Own drayage target for the California ports of entry, e.g. the goal of Executive Order N-79-20 (100 % zero-emission drayage by 2035, non-binding). Advanced Clean Fleets' drayage rule covered seaports and rail yards, not land ports of entry. 0 = no own target."),
         "share", 0, 1, 0.01, NULL, 0, "US-CA", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_CA_DRAYAGE_TARGET_YEAR, "freight.ca.drayage_target_year", PUENTE_THEME_HEAVY_DUTY,
         N_("California ports: drayage target year"),
         N_("Year in which drayage at the California ports reaches its own target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "US-CA", TRUE),
  LEVER (PUENTE_LEVER_FREIGHT_CA_LONGHAUL_TARGET_SHARE, "freight.ca.longhaul_target_share", PUENTE_THEME_HEAVY_DUTY,
         N_("California ports: zero-emission long-haul share in its target year"),
         N_("Own long-haul target for the California ports of entry, e.g. the goal of Executive Order N-79-20 (100 % zero-emission trucks by 2045 where feasible, non-binding). 0 = no own target."),
         "share", 0, 1, 0.01, NULL, 0, "US-CA", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_CA_LONGHAUL_TARGET_YEAR, "freight.ca.longhaul_target_year", PUENTE_THEME_HEAVY_DUTY,
         N_("California ports: long-haul target year"),
         N_("Year in which long-haul trucks at the California ports reach their own target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2045, "US-CA", TRUE),
  LEVER (PUENTE_LEVER_FREIGHT_DRAYAGE_ROUND_TRIP_KM, "freight.drayage_round_trip_km", PUENTE_THEME_HEAVY_DUTY,
         N_("Drayage round trip per crossing"),
         N_("Distance a drayage truck drives per crossing, warehouse to warehouse and back (TCEQ: short hauls between sister-city warehouses)."),
         "km", 5, 200, 5, "drayage_round_trip_km", 40, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_LONGHAUL_ROUND_TRIP_KM, "freight.longhaul_round_trip_km", PUENTE_THEME_HEAVY_DUTY,
         N_("Long-haul distance on energy bought at the port"),
         N_("Distance per long-haul crossing driven in the border region on energy charged at the port (NACFE Run on Less – Electric: daily ranges of regional battery trucks)."),
         "km", 50, 1000, 10, "longhaul_round_trip_km", 300, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_DRAYAGE_DEPOT_SHARE, "freight.drayage_depot_share", PUENTE_THEME_HEAVY_DUTY,
         N_("Drayage energy charged overnight at depots"),
         N_("Share of zero-emission drayage energy charged overnight at depots; the rest at 350 kW fast chargers. Baseline 80 %: an assumption (a drayage truck's daily distance fits in one overnight charge)."),
         "share", 0, 1, 0.05, NULL, 0.8, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_LONGHAUL_MW_SHARE, "freight.longhaul_mw_share", PUENTE_THEME_HEAVY_DUTY,
         N_("Long-haul energy from megawatt chargers"),
         N_("Share of zero-emission long-haul energy charged at megawatt chargers; the rest at 350 kW chargers. Baseline 50 %: an assumption."),
         "share", 0, 1, 0.05, NULL, 0.5, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_DEPOT_UTILISATION, "freight.depot_utilisation", PUENTE_THEME_HEAVY_DUTY,
         N_("Utilisation of depot chargers"),
         N_("Share of the day a depot charger is in use. Chargers needed = daily energy / (energy per session x sessions per day), with sessions scaled by this utilisation relative to the dataset's (ICCT's HDV charging approach)."),
         "share", 0.05, 1, 0.01, "charger_depot_utilisation", 0.35, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_FAST_UTILISATION, "freight.fast_utilisation", PUENTE_THEME_HEAVY_DUTY,
         N_("Utilisation of 350 kW truck chargers"),
         N_("Share of the day a 350 kW truck charger is in use (ICCT)."),
         "share", 0.05, 1, 0.01, "charger_350kw_utilisation", 0.19, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_MW_UTILISATION, "freight.mw_utilisation", PUENTE_THEME_HEAVY_DUTY,
         N_("Utilisation of megawatt truck chargers"),
         N_("Share of the day a megawatt truck charger is in use (ICCT)."),
         "share", 0.05, 1, 0.01, "charger_mw_utilisation", 0.17, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_US_HD_TARGET_SHARE, "freight.us.hd_target_share", PUENTE_THEME_HEAVY_DUTY,
         N_("US zero-emission share of new heavy-truck sales in the target year"),
         N_("A policy target for the share of new US heavy trucks (Class 8) that are zero-emission in the target year, on a logistic curve from the 2024 share; the share never falls below the current-policies path. 0 (baseline) = no target: no federal truck greenhouse-gas standard remains (EPA repealed Phase 3 in February 2026)."),
         "share", 0, 1, 0.01, NULL, 0, "US", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_US_HD_TARGET_YEAR, "freight.us.hd_target_year", PUENTE_THEME_HEAVY_DUTY,
         N_("US heavy-truck target year"),
         N_("Year in which the US zero-emission share of new heavy-truck sales reaches its target."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "US", TRUE),
  LEVER (PUENTE_LEVER_FREIGHT_MX_HD_TARGET_SHARE, "freight.mx.hd_target_share", PUENTE_THEME_HEAVY_DUTY,
         N_("Mexico zero-emission share of new heavy-truck sales in the target year"),
         N_("A policy target for the share of new Mexican heavy trucks that are zero-emission in the target year, on a logistic curve from the 2024 share; the share never falls below the current-policies path. 0 (baseline) = no target: Mexico has no CO₂ standard for heavy vehicles."),
         "share", 0, 1, 0.01, NULL, 0, "MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_MX_HD_TARGET_YEAR, "freight.mx.hd_target_year", PUENTE_THEME_HEAVY_DUTY,
         N_("Mexico heavy-truck target year"),
         N_("Year in which the Mexican zero-emission share of new heavy-truck sales reaches its target."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "MX", TRUE),
  LEVER (PUENTE_LEVER_FREIGHT_US_HD_LONG_RUN_SHARE, "freight.us.hd_long_run_share", PUENTE_THEME_HEAVY_DUTY,
         N_("US long-run zero-emission share of heavy-truck sales under current policies"),
         N_("Share of new US heavy trucks that current policies lead to in the long run: the current-policies path is a logistic from the 2024 share that levels off at this share. Baseline from a published current-policies projection (see the methodology)."),
         "share", 0, 1, 0.01, "us.hd_ze_share_long_run", 0.1, "US", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_MX_HD_LONG_RUN_SHARE, "freight.mx.hd_long_run_share", PUENTE_THEME_HEAVY_DUTY,
         N_("Mexico long-run zero-emission share of heavy-truck sales under current policies"),
         N_("Share of new Mexican heavy trucks that current policies lead to in the long run: the current-policies path is a logistic from the 2024 share that levels off at this share (see the methodology for its source)."),
         "share", 0, 1, 0.01, "mx.hd_ze_share_long_run", 0.05, "MX", FALSE),
  LEVER (PUENTE_LEVER_FREIGHT_CA_ACT_COMPLIANCE, "freight.ca.act_compliance", PUENTE_THEME_HEAVY_DUTY,
         N_("California Advanced Clean Trucks schedule applied"),
         N_("Share of the zero-emission sales schedule of California's Advanced Clean Trucks rule (Class 7–8 tractors: 5 % in model year 2024 rising to 40 % from 2032) that California's new heavy trucks meet; 1 = the rule as adopted. Baseline 0: Congress disapproved the rule's federal waiver (signed June 2025; under litigation)."),
         "share", 0, 1, 0.05, NULL, 0, "US-CA", FALSE),

  /* ---- Transit buses (model.md section 3) ------------------------ */
  LEVER (PUENTE_LEVER_TRANSIT_US_TARGET_YEAR, "transit.us.target_year", PUENTE_THEME_TRANSIT,
         N_("US year of 100 % zero-emission bus purchases"),
         N_("A national target for US cities without a binding rule or their own lever: the zero-emission share of bus purchases ramps linearly from the city's recent share to 100 % in this year. 0 = none (the baseline): there is no federal mandate, so those cities keep buying as they recently did (California's Innovative Clean Transit rule binds its agencies)."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "US", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_MX_TARGET_YEAR, "transit.mx.target_year", PUENTE_THEME_TRANSIT,
         N_("Mexico year of 100 % zero-emission bus purchases"),
         N_("A national target for Mexican cities without their own lever: the zero-emission share of bus purchases ramps linearly from the city's recent share to 100 % in this year. 0 = none (the baseline): there is no national mandate, so cities keep buying as they recently did."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "MX", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_NONBINDING_GOALS, "transit.nonbinding_goals", PUENTE_THEME_TRANSIT,
         N_("Cities meet their non-binding bus goals"),
         N_("1 = cities with a published but non-binding goal (Houston 2030, Phoenix 2040) buy only zero-emission buses from their goal year, ramping from their recent share. 0 (baseline) = goals are not counted: those cities keep buying as they recently did (Houston METRO's 2025 order was diesel and natural gas). Binding rules (California's Innovative Clean Transit) always count."),
         "index", 0, 1, 1, NULL, 0, "US+MX", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_US_BUS_LIFETIME, "transit.us.bus_lifetime", PUENTE_THEME_TRANSIT,
         N_("US transit bus lifetime"),
         N_("Years a US transit bus is kept before replacement (FTA minimum useful life: 12 years). The fleet is assumed evenly aged in 2024."),
         "years", 8, 20, 1, "us.bus_lifetime_years", 12, "US", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_MX_BUS_LIFETIME, "transit.mx.bus_lifetime", PUENTE_THEME_TRANSIT,
         N_("Mexico transit bus lifetime"),
         N_("Years a Mexican transit bus is kept before replacement. The fleet is assumed evenly aged in 2024."),
         "years", 8, 20, 1, "mx.bus_lifetime_years", 15, "MX", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_FLEET_GROWTH, "transit.fleet_growth", PUENTE_THEME_TRANSIT,
         N_("Growth of transit bus fleets"),
         N_("Annual growth of every city's bus fleet (trolleybus networks are kept at their size). Baseline 1 %/year: an assumption."),
         "1/year", -0.05, 0.1, 0.005, NULL, 0.01, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_TRANSIT_US_ELECTRICITY_PRICE, "transit.us.electricity_price", PUENTE_THEME_TRANSIT,
         N_("US electricity price for bus depots"),
         N_("Price of depot electricity in US dollars per kWh (EIA: average US commercial price about 0.13 USD/kWh in 2024; an approximation)."),
         "USD/kWh", 0.03, 0.5, 0.01, NULL, 0.13, "US", FALSE),
  LEVER (PUENTE_LEVER_TRANSIT_MX_ELECTRICITY_PRICE, "transit.mx.electricity_price", PUENTE_THEME_TRANSIT,
         N_("Mexico electricity price for bus depots"),
         N_("Price of depot electricity in US dollars per kWh (CFE medium-voltage hourly tariff GDMTH, roughly 2.4 MXN/kWh in 2024 at 18.3 MXN/USD; an approximation)."),
         "USD/kWh", 0.03, 0.5, 0.01, NULL, 0.13, "MX", FALSE),
  LEVER (PUENTE_LEVER_TRANSIT_US_DIESEL_PRICE, "transit.us.diesel_price", PUENTE_THEME_TRANSIT,
         N_("US diesel price"),
         N_("Diesel price in US dollars per litre (EIA: US on-highway diesel averaged about 3.76 USD per gallon, 0.99 USD/L, in 2024)."),
         "USD/L", 0.3, 3, 0.01, NULL, 0.99, "US", FALSE),
  LEVER (PUENTE_LEVER_TRANSIT_MX_DIESEL_PRICE, "transit.mx.diesel_price", PUENTE_THEME_TRANSIT,
         N_("Mexico diesel price"),
         N_("Diesel price in US dollars per litre (about 25.5 MXN/L in 2024, Profeco/CRE station prices, at 18.3 MXN/USD; an approximation)."),
         "USD/L", 0.3, 3, 0.01, NULL, 1.39, "MX", FALSE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_MX_CDMX_TARGET_YEAR, "transit.mx-cdmx.target_year", PUENTE_THEME_TRANSIT,
         N_("Mexico City: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "mx-cdmx", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_MX_CJS_TARGET_YEAR, "transit.mx-cjs.target_year", PUENTE_THEME_TRANSIT,
         N_("Ciudad Juárez: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "mx-cjs", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_MX_GDL_TARGET_YEAR, "transit.mx-gdl.target_year", PUENTE_THEME_TRANSIT,
         N_("Guadalajara: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "mx-gdl", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_MX_LEON_TARGET_YEAR, "transit.mx-leon.target_year", PUENTE_THEME_TRANSIT,
         N_("León: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "mx-leon", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_MX_MTY_TARGET_YEAR, "transit.mx-mty.target_year", PUENTE_THEME_TRANSIT,
         N_("Monterrey: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "mx-mty", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_MX_PUE_TARGET_YEAR, "transit.mx-pue.target_year", PUENTE_THEME_TRANSIT,
         N_("Puebla: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "mx-pue", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_MX_TIJ_TARGET_YEAR, "transit.mx-tij.target_year", PUENTE_THEME_TRANSIT,
         N_("Tijuana: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "mx-tij", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_US_ELP_TARGET_YEAR, "transit.us-elp.target_year", PUENTE_THEME_TRANSIT,
         N_("El Paso: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "us-elp", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_US_HOU_TARGET_YEAR, "transit.us-hou.target_year", PUENTE_THEME_TRANSIT,
         N_("Houston: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "us-hou", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_US_LA_TARGET_YEAR, "transit.us-la.target_year", PUENTE_THEME_TRANSIT,
         N_("Los Angeles: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "us-la", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_US_PHX_TARGET_YEAR, "transit.us-phx.target_year", PUENTE_THEME_TRANSIT,
         N_("Phoenix: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "us-phx", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_US_SAT_TARGET_YEAR, "transit.us-sat.target_year", PUENTE_THEME_TRANSIT,
         N_("San Antonio: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "us-sat", TRUE),
  LEVER (PUENTE_LEVER_TRANSIT_CITY_US_SD_TARGET_YEAR, "transit.us-sd.target_year", PUENTE_THEME_TRANSIT,
         N_("San Diego: year of 100 % zero-emission bus purchases"),
         N_("Year from which every bus this city buys is zero-emission. 0 = the city's binding rule if it has one (its non-binding goal only when goals are counted), otherwise its country's year, otherwise its recent purchases."),
         "year", 0, PUENTE_MAX_HORIZON, 1, NULL, 0, "us-sd", TRUE),

  /* ---- Battery supply chain (model.md section 4) ------------------ */
  LEVER (PUENTE_LEVER_SUPPLY_PLANT_STATUSES, "supply.plant_statuses", PUENTE_THEME_SUPPLY_CHAIN,
         N_("Battery plants that count"),
         N_("Which cell, cathode and recycling plants of the sites dataset count towards North American capacity, from their start year: 0 = only plants operating (and paused or cancelled plants for the years they ran); 1 = also plants under construction; 2 = also paused plants, restarted; 3 = also announced plants (every plant not cancelled). Baseline 1."),
         "index", 0, 3, 1, NULL, 1, "US+MX", TRUE),
  LEVER (PUENTE_LEVER_SUPPLY_LFP_SHARE_2035, "supply.lfp_share_2035", PUENTE_THEME_SUPPLY_CHAIN,
         N_("LFP share of new battery capacity in 2035"),
         N_("Share of new battery capacity that is lithium iron phosphate (LFP, no nickel or cobalt) in 2035; it moves linearly from each country's 2024 share and stays flat afterwards. The rest is NMC (60 % NMC811, 40 % NMC622). Baseline 30 %: an assumption (IEA Global EV Outlook: LFP about half of the world market in 2024, much less in the US)."),
         "share", 0, 1, 0.01, NULL, 0.3, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_SUPPLY_RECYCLING_RECOVERY, "supply.recycling_recovery", PUENTE_THEME_SUPPLY_CHAIN,
         N_("Recycling recovery relative to today's plants"),
         N_("Multiplies each material's recovery rate in recycling (dataset: 95 % of nickel and cobalt, 80 % of lithium and manganese as reported by Li-Cycle; graphite 0); capped at 100 %."),
         "index", 0, 1.2, 0.05, NULL, 1, "US+MX", FALSE),
  LEVER (PUENTE_LEVER_SUPPLY_BATTERY_COST_DECLINE, "supply.battery_cost_decline", PUENTE_THEME_SUPPLY_CHAIN,
         N_("Annual decline of battery pack prices"),
         N_("Annual decline of the battery pack price from BloombergNEF's 2024 average (115 USD/kWh); it lowers the price of electric buses."),
         "1/year", 0, 0.15, 0.005, "battery_cost_decline", 0.05, "US+MX", FALSE),
};
/* clang-format on */

const PuenteCountryLevers puente_country_levers[PUENTE_N_COUNTRIES] = {
  [PUENTE_COUNTRY_US] = {
    PUENTE_LEVER_LDV_US_TARGET_SHARE,
    PUENTE_LEVER_LDV_US_TARGET_YEAR,
    PUENTE_LEVER_LDV_US_Z_MAX,
    PUENTE_LEVER_LDV_US_BEV_SHARE_OF_ZEV,
    PUENTE_LEVER_LDV_US_SALES_GROWTH,
    PUENTE_LEVER_LDV_US_INCENTIVE_USD,
    PUENTE_LEVER_LDV_US_PRICE_PARITY_YEAR,
    PUENTE_LEVER_LDV_US_ICE_EFFICIENCY_GAIN,
    PUENTE_LEVER_LDV_US_PHEV_UTILITY_FACTOR,
    PUENTE_LEVER_LDV_US_MEDIAN_LIFETIME,
    PUENTE_LEVER_CHARGING_US_HOME_ACCESS_SHARE,
    PUENTE_LEVER_CHARGING_US_EVS_PER_PUBLIC_L2,
    PUENTE_LEVER_CHARGING_US_EVS_PER_PUBLIC_DCFC,
    PUENTE_LEVER_CHARGING_US_DEPLOYMENT_GROWTH,
    PUENTE_LEVER_CHARGING_US_COST_PUBLIC_DCFC,
    PUENTE_LEVER_GRID_US_FACTOR_2050,
  },
  [PUENTE_COUNTRY_MX] = {
    PUENTE_LEVER_LDV_MX_TARGET_SHARE,
    PUENTE_LEVER_LDV_MX_TARGET_YEAR,
    PUENTE_LEVER_LDV_MX_Z_MAX,
    PUENTE_LEVER_LDV_MX_BEV_SHARE_OF_ZEV,
    PUENTE_LEVER_LDV_MX_SALES_GROWTH,
    PUENTE_LEVER_LDV_MX_INCENTIVE_USD,
    PUENTE_LEVER_LDV_MX_PRICE_PARITY_YEAR,
    PUENTE_LEVER_LDV_MX_ICE_EFFICIENCY_GAIN,
    PUENTE_LEVER_LDV_MX_PHEV_UTILITY_FACTOR,
    PUENTE_LEVER_LDV_MX_MEDIAN_LIFETIME,
    PUENTE_LEVER_CHARGING_MX_HOME_ACCESS_SHARE,
    PUENTE_LEVER_CHARGING_MX_EVS_PER_PUBLIC_L2,
    PUENTE_LEVER_CHARGING_MX_EVS_PER_PUBLIC_DCFC,
    PUENTE_LEVER_CHARGING_MX_DEPLOYMENT_GROWTH,
    PUENTE_LEVER_CHARGING_MX_COST_PUBLIC_DCFC,
    PUENTE_LEVER_GRID_MX_FACTOR_2050,
  },
};

int
puente_levers_find_city_target_year (const char *city_id)
{
  g_autofree char *id = NULL;
  int              index;

  if (city_id == NULL)
    return -1;
  id = g_strdup_printf ("transit.%s.target_year", city_id);
  index = puente_levers_find (id);
  if (index < PUENTE_LEVER_TRANSIT_CITY_MX_CDMX_TARGET_YEAR ||
      index > PUENTE_LEVER_TRANSIT_CITY_US_SD_TARGET_YEAR)
    return -1;
  return index;
}

guint
puente_levers_get_n (void)
{
  return PUENTE_N_LEVERS;
}

const PuenteLever *
puente_levers_get (guint index)
{
  g_return_val_if_fail (index < PUENTE_N_LEVERS, NULL);

  return &levers[index];
}

int
puente_levers_find (const char *id)
{
  if (id == NULL)
    return -1;

  for (guint i = 0; i < PUENTE_N_LEVERS; i++)
    if (strcmp (levers[i].id, id) == 0)
      return (int) i;

  return -1;
}

/* The longest id "did you mean" compares: twice the longest lever id. */
#define MAX_SUGGEST_LENGTH 128

/* Levenshtein distance with two rows; ids are short. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize             la = strlen (a), lb = strlen (b);
  g_autofree guint *prev = g_new (guint, lb + 1);
  g_autofree guint *cur = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    prev[j] = j;

  for (gsize i = 1; i <= la; i++)
    {
      guint *tmp;

      cur[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          /* Case does not count: "ldv.MX.x" is "ldv.mx.x". */
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;
          guint best = prev[j - 1] + cost;

          best = MIN (best, prev[j] + 1);
          best = MIN (best, cur[j - 1] + 1);
          cur[j] = best;
        }
      tmp = prev;
      prev = cur;
      cur = tmp;
    }

  return prev[lb];
}

const char *
puente_levers_closest (const char *id)
{
  const char *best = NULL;
  guint       best_distance = G_MAXUINT;

  g_return_val_if_fail (id != NULL, NULL);

  /* Distances cost length × length: an id far longer than any lever's is
   * no typo of one, and a megabyte of text must not stall the caller. */
  if (strnlen (id, MAX_SUGGEST_LENGTH + 1) > MAX_SUGGEST_LENGTH)
    return NULL;

  for (guint i = 0; i < PUENTE_N_LEVERS; i++)
    {
      guint d = edit_distance (id, levers[i].id);

      if (d < best_distance)
        {
          best_distance = d;
          best = levers[i].id;
        }
    }

  return best;
}

double
puente_lever_get_default (const PuenteLever   *lever,
                          const PuenteDataset *dataset)
{
  g_return_val_if_fail (lever != NULL, 0);

  if (lever->default_parameter != NULL && dataset != NULL)
    {
      const PuenteFigure *fig = puente_dataset_get_parameter (dataset, lever->default_parameter);

      if (fig != NULL)
        return fig->value;
    }

  return lever->default_value;
}

void
puente_levers_fill_baseline (const PuenteDataset *dataset,
                             double              *values)
{
  g_return_if_fail (values != NULL);

  for (guint i = 0; i < PUENTE_N_LEVERS; i++)
    values[i] = puente_lever_get_default (&levers[i], dataset);
}

/* Returns the translated label. */
const char *
puente_lever_theme_label (PuenteLeverTheme theme,
                          PuenteLang       lang)
{
  static const char *const labels[PUENTE_N_THEMES] = {
    [PUENTE_THEME_LIGHT_DUTY] = N_ ("Light-duty vehicles"),
    [PUENTE_THEME_HEAVY_DUTY] = N_ ("Medium and heavy-duty vehicles"),
    [PUENTE_THEME_TRANSIT] = N_ ("Cities and transit"),
    [PUENTE_THEME_CHARGING] = N_ ("Charging"),
    [PUENTE_THEME_SUPPLY_CHAIN] = N_ ("Supply chain"),
    [PUENTE_THEME_GRID] = N_ ("Grid"),
    [PUENTE_THEME_GENERAL] = N_ ("General"),
  };

  g_return_val_if_fail (theme < PUENTE_N_THEMES, NULL);

  return puente_gettext (lang, labels[theme]);
}
