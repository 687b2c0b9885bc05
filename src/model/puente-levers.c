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
#include "puente-levers-private.h"


/* Shorthand for one lever row. */
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
         N_("Share of new light-duty sales that is zero-emission (battery electric or plug-in hybrid) in the target year. The share follows a logistic curve through the 2024 share and this target. Baseline: 20 % in 2030, the IEA Global EV Outlook 2025 projection under stated policies."),
         "share", 0, 1, 0.01, NULL, 0.20, "US", FALSE),
  LEVER (PUENTE_LEVER_LDV_US_TARGET_YEAR, "ldv.us.target_year", PUENTE_THEME_LIGHT_DUTY,
         N_("US target year"),
         N_("Year in which the US ZEV share of new sales reaches the target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2030, "US", TRUE),
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
         N_("Age at which half of a vintage of light-duty vehicles has been scrapped (Weibull survival, shape 5)."),
         "years", 8, 30, 0.5, "us.median_lifetime", 17, "US", FALSE),

  /* ---- California ------------------------------------------------- */
  LEVER (PUENTE_LEVER_LDV_CA_TARGET_SHARE, "ldv.ca.target_share", PUENTE_THEME_LIGHT_DUTY,
         N_("California ZEV share of new sales in its target year"),
         N_("California's own target (Advanced Clean Cars II: 100 % in 2035). 0 means California follows the US curve. When set, California follows its own curve, the other states keep the US curve and the US total is the sales-weighted result."),
         "share", 0, 1, 0.01, NULL, 0, "US-CA", FALSE),
  LEVER (PUENTE_LEVER_LDV_CA_TARGET_YEAR, "ldv.ca.target_year", PUENTE_THEME_LIGHT_DUTY,
         N_("California target year"),
         N_("Year in which California's ZEV share of new sales reaches its target."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "US-CA", TRUE),

  /* ---- Mexico, light duty ----------------------------------------- */
  LEVER (PUENTE_LEVER_LDV_MX_TARGET_SHARE, "ldv.mx.target_share", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico ZEV share of new sales in the target year"),
         N_("Share of new light-duty sales that is zero-emission (battery electric or plug-in hybrid) in the target year. Mexico has no binding ZEV target; the baseline (10 % in 2035) is an assumption explained in the methodology."),
         "share", 0, 1, 0.01, NULL, 0.10, "MX", FALSE),
  LEVER (PUENTE_LEVER_LDV_MX_TARGET_YEAR, "ldv.mx.target_year", PUENTE_THEME_LIGHT_DUTY,
         N_("Mexico target year"),
         N_("Year in which the Mexican ZEV share of new sales reaches the target share."),
         "year", 2025, PUENTE_MAX_HORIZON, 1, NULL, 2035, "MX", TRUE),
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
         N_("Age at which half of a vintage of light-duty vehicles has been scrapped (Weibull survival, shape 5)."),
         "years", 8, 30, 0.5, "mx.median_lifetime", 20, "MX", FALSE),

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
         N_("US growth of public charging ports"),
         N_("Annual growth of the existing public charging ports (both Level 2 and DC fast)."),
         "1/year", -0.1, 0.6, 0.01, "us.public_port_growth", 0.1, "US", FALSE),
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
         N_("Mexico growth of public charging ports"),
         N_("Annual growth of the existing public charging ports (both Level 2 and DC fast)."),
         "1/year", -0.1, 0.6, 0.01, "mx.public_port_growth", 0.1, "MX", FALSE),
  LEVER (PUENTE_LEVER_CHARGING_MX_COST_PUBLIC_DCFC, "charging.mx.cost_public_dcfc", PUENTE_THEME_CHARGING,
         N_("Mexico cost per public DC fast port"),
         N_("Installed cost of one public DC fast charging port, in US dollars."),
         "USD/port", 20000, 400000, 5000, "mx.cost_public_dcfc", 100000, "MX", FALSE),

  /* ---- Grid -------------------------------------------------------- */
  LEVER (PUENTE_LEVER_GRID_US_FACTOR_2050, "grid.us.factor_2050", PUENTE_THEME_GRID,
         N_("US grid emission factor in 2050"),
         N_("Average CO2 per kWh of the US grid in 2050; each grid region moves linearly from its 2024 factor to this value scaled by its 2024 ratio to the country."),
         "kg CO2/kWh", 0, 1, 0.01, "us.grid_factor_2050", 0.2, "US", FALSE),
  LEVER (PUENTE_LEVER_GRID_MX_FACTOR_2050, "grid.mx.factor_2050", PUENTE_THEME_GRID,
         N_("Mexico grid emission factor in 2050"),
         N_("Average CO2 per kWh of Mexico's national grid in 2050; it moves linearly from the 2024 factor."),
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
};

const PuenteCountryLevers puente_country_levers[PUENTE_N_COUNTRIES] = {
  [PUENTE_COUNTRY_US] = {
    PUENTE_LEVER_LDV_US_TARGET_SHARE,
    PUENTE_LEVER_LDV_US_TARGET_YEAR,
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

/* Levenshtein distance with two rows; ids are short. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
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
  guint best_distance = G_MAXUINT;

  g_return_val_if_fail (id != NULL, NULL);

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
puente_lever_theme_label (PuenteLeverTheme theme)
{
  static const char * const labels[PUENTE_N_THEMES] = {
    [PUENTE_THEME_LIGHT_DUTY] = N_("Light-duty vehicles"),
    [PUENTE_THEME_HEAVY_DUTY] = N_("Medium and heavy-duty vehicles"),
    [PUENTE_THEME_TRANSIT] = N_("Cities and transit"),
    [PUENTE_THEME_CHARGING] = N_("Charging"),
    [PUENTE_THEME_SUPPLY_CHAIN] = N_("Supply chain"),
    [PUENTE_THEME_GRID] = N_("Grid"),
    [PUENTE_THEME_GENERAL] = N_("General"),
  };

  g_return_val_if_fail (theme < PUENTE_N_THEMES, NULL);

  return g_dgettext (GETTEXT_PACKAGE, labels[theme]);
}
