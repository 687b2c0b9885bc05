/* puente-engine-transit.c: transit buses per city (model.md §3)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per city i, with lifetime L (lever per country) and buses of three
 * kinds (conventional = diesel, natural gas and hybrid; battery-electric;
 * trolleybus), each kept by age 0 .. L-1:
 *
 *   2024: every kind evenly aged, 1/L of it at each age
 *   retirements R(t)  = the buses reaching age L (F(2024)/L while the
 *                       2024 fleet retires, later the purchases of t - L)
 *   growth G(t)       = g * bus fleet(t - 1)        (lever g; trolleybus
 *                       networks keep their size)
 *   purchases P(t)    = R(t) + G(t)                 ("fleet / L plus growth")
 *   zero-emission share of bus purchases
 *     z(t) = max (b(t), r(t)),  b(t) = max (z_p, rule(t))   current policies:
 *                       the city's recent ZE share of purchases z_p (the e-bus
 *                       share of its fleet where none is published), or a
 *                       binding rule's year-by-year minimum (California's ICT)
 *     r(t) = z_p + (1 - z_p) (t - 2024) / (Y - 2024), 1 from Y on, when a
 *                       target year Y applies: the city's lever, its binding
 *                       rule, its non-binding goal when goals are counted,
 *                       or its country's target year; none in the baseline
 *   retired trolleybuses are replaced by trolleybuses
 *
 * so that fleet(t) - fleet(t - 1) = P(t) - R(t) = G(t) exactly.
 * Energy, depot chargers, costs and CO2 follow from the fleet; the
 * counterfactual replaces every bus with a diesel bus from 2025 on.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"

#define lever(values, index) puente_engine_lever ((values), (index))
#define ROW(ind, r) (puente_results_row (results, (ind), (r)))

/* The year a city's purchases become 100 % zero-emission, or 0 when no
 * target applies (the city keeps its recent purchases). */
static int
target_year (const PuenteEngine *self,
             const double       *values,
             const CityConst    *ci)
{
  double v = ci->lever >= 0 ? lever (values, ci->lever) : 0;
  int    country;

  if (v > 0)
    return MAX ((int) v, PUENTE_BASE_YEAR + 1);
  if (ci->published_year > 0 &&
      (ci->binding || lever (values, PUENTE_LEVER_TRANSIT_NONBINDING_GOALS) >= 1))
    return ci->published_year;
  country = (int) lever (values, ci->country == PUENTE_COUNTRY_US ? PUENTE_LEVER_TRANSIT_US_TARGET_YEAR : PUENTE_LEVER_TRANSIT_MX_TARGET_YEAR);
  return country > 0 ? MAX (country, PUENTE_BASE_YEAR + 1) : 0;
}

static inline double
sum_to (const double *x,
        int           n)
{
  return puente_sum (x, n);
}

/* Moves every cohort one year older; returns the buses reaching age L. */
static inline double
shift (double  *x,
       int      lifetime,
       double   newest,
       gboolean apply)
{
  double retired = x[lifetime - 1];

  if (!apply)
    return retired;
  for (int a = lifetime - 1; a > 0; a--)
    x[a] = x[a - 1];
  x[0] = newest;
  return retired;
}

void
puente_engine_transit_init (PuenteEngine *self,
                            GPtrArray    *slots)
{
  PuenteDataset *ds = self->dataset;
  TransitConst  *e = &self->transit;

  puente_engine_read_param (self, slots, &e->depot_charger_kw, "depot_charger_kw");
  puente_engine_read_param (self, slots, &e->maint_diesel, "bus_maint_usd_per_km_diesel");
  puente_engine_read_param (self, slots, &e->maint_electric, "bus_maint_usd_per_km_electric");
  puente_engine_read_param (self, slots, &e->bus_pack_kwh, "bus_pack_kwh");
  puente_engine_read_param (self, slots, &e->bus_pack_growth, "bus_pack_kwh_growth");
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *p = puente_country_prefix (c);

      puente_engine_read_param (self, slots, &e->bus_kwh_per_km[c], "%s.bus_kwh_per_km", p);
      puente_engine_read_param (self, slots, &e->bus_diesel_l_per_km[c], "%s.bus_diesel_l_per_km", p);
      puente_engine_read_param (self, slots, &e->bus_km_per_year[c], "%s.bus_km_per_year", p);
      puente_engine_read_param (self, slots, &e->ebus_price[c], "%s.ebus_price_usd", p);
      puente_engine_read_param (self, slots, &e->diesel_bus_price[c], "%s.diesel_bus_price_usd", p);
      puente_engine_read_param (self, slots, &e->depot_charger_price[c], "%s.depot_charger_price_usd", p);
    }

  /* Cities. */
  self->n_cities = puente_dataset_get_n_cities (ds);
  self->cities = g_new0 (CityConst, MAX (self->n_cities, 1));
  self->city_fleet = g_new0 (CityFleet, MAX (self->n_cities, 1));
  for (guint i = 0; i < self->n_cities; i++)
    {
      const PuenteCity *dc = puente_dataset_get_city (ds, i);
      CityConst        *ci = &self->cities[i];

      ci->country = dc->country;
      ci->state = puente_dataset_find_state (ds, dc->state);
      ci->bus_fleet = dc->bus_fleet.value;
      ci->ebus = dc->battery_electric.value;
      ci->trolleybus = dc->trolleybus.value;
      ci->published_year = dc->has_target_year ? (int) dc->target_year.value : 0;
      ci->binding = dc->target_binding;
      ci->lever = puente_levers_find_city_target_year (dc->id);
      ci->ze_purchase = dc->has_ze_purchase_share ? dc->ze_purchase_share.value : -1;
      ci->has_rule = dc->purchase_rule != NULL;
      if (ci->has_rule)
        {
          const PuenteRule *rule = puente_dataset_get_rule (ds, dc->purchase_rule);

          for (int y = 0; y < PUENTE_MAX_YEARS; y++)
            {
              double v = puente_rule_value (rule, PUENTE_BASE_YEAR + y);

              ci->rule[y] = isnan (v) ? 0 : v;
            }
        }
      puente_engine_add_slot (self, slots, dc->id, &dc->bus_fleet, &ci->bus_fleet);
      puente_engine_add_slot (self, slots, dc->id, &dc->battery_electric, &ci->ebus);
      if (dc->has_ze_purchase_share)
        puente_engine_add_slot (self, slots, dc->id, &dc->ze_purchase_share, &ci->ze_purchase);
    }
}

void
puente_engine_transit_run (PuenteEngine  *self,
                           const double  *values,
                           PuenteResults *results,
                           guint          n_years)
{
  const TransitConst *e = &self->transit;
  TransitRun         *r = &self->transit_run;
  double              g = lever (values, PUENTE_LEVER_TRANSIT_FLEET_GROWTH);
  double              decline = lever (values, PUENTE_LEVER_SUPPLY_BATTERY_COST_DECLINE);
  int                 lifetime[PUENTE_N_COUNTRIES] = {
                    (int) lever (values, PUENTE_LEVER_TRANSIT_US_BUS_LIFETIME),
                    (int) lever (values, PUENTE_LEVER_TRANSIT_MX_BUS_LIFETIME),
  };
  double price_e[PUENTE_N_COUNTRIES] = {
    lever (values, PUENTE_LEVER_TRANSIT_US_ELECTRICITY_PRICE),
    lever (values, PUENTE_LEVER_TRANSIT_MX_ELECTRICITY_PRICE),
  };
  double price_d[PUENTE_N_COUNTRIES] = {
    lever (values, PUENTE_LEVER_TRANSIT_US_DIESEL_PRICE),
    lever (values, PUENTE_LEVER_TRANSIT_MX_DIESEL_PRICE),
  };

  /* Pack sizes by vintage: pack(v) = pack(2024) (1 + growth)^(v - 2024). */
  for (int i = 0; i < PUENTE_N_VINTAGES; i++)
    r->bus_pack[i] = e->bus_pack_kwh * pow (1.0 + e->bus_pack_growth, PUENTE_FIRST_VINTAGE + i - PUENTE_BASE_YEAR);

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      lifetime[c] = CLAMP (lifetime[c], 1, PUENTE_MAX_BUS_LIFETIME);
      memset (r->bus_demand_kwh[c], 0, sizeof r->bus_demand_kwh[c]);
      memset (r->bus_retired_kwh[c], 0, sizeof r->bus_retired_kwh[c]);
    }

  for (guint i = 0; i < self->n_cities; i++)
    {
      const CityConst *ci = &self->cities[i];
      CityFleet       *f = &self->city_fleet[i];
      PuenteCountry    c = ci->country;
      int              L = lifetime[c];
      int              year_z = target_year (self, values, ci);
      double           z0 = ci->ze_purchase >= 0 ? ci->ze_purchase
                  : ci->bus_fleet > 0            ? ci->ebus / ci->bus_fleet
                                                 : 0;
      double           km = e->bus_km_per_year[c];
      double           kwh_km = e->bus_kwh_per_km[c];
      double           l_km = e->bus_diesel_l_per_km[c];
      double           kg_l = self->diesel_kg_co2_per_l;
      guint            region = results->first_city + i;
      double           cost_factor = 1.0;

      memset (f, 0, sizeof *f);
      for (int a = 0; a < L; a++)
        {
          f->conventional[a] = (ci->bus_fleet - ci->ebus) / L;
          f->ebus[a] = ci->ebus / L;
          f->trolleybus[a] = ci->trolleybus / L;
          f->ebus_cf[a] = ci->ebus / L;
        }
      /* The 2024 e-buses have their depot chargers. */
      f->chargers = ci->ebus / PUENTE_BUSES_PER_DEPOT_CHARGER;

      for (guint y = 0; y < n_years; y++)
        {
          int      year = PUENTE_BASE_YEAR + (int) y;
          gboolean base = (y == 0);
          double   z, bus_prev, grow, r_k, r_e, r_t, p_b, p_t;
          double   n_k, n_e, n_t, n_cf, fleet, elec, diesel, grid;
          double   need, build, ebus_price, capex, opex, capex_cf, opex_cf;
          double   elec_cf, diesel_cf;

          if (!base)
            cost_factor *= 1.0 - decline;
          z = ci->has_rule ? MAX (z0, ci->rule[y]) : z0;
          if (year_z > 0)
            z = MAX (z, year >= year_z ? 1.0 : z0 + (1.0 - z0) * (double) (year - PUENTE_BASE_YEAR) / (year_z - PUENTE_BASE_YEAR));

          bus_prev = sum_to (f->conventional, L) + sum_to (f->ebus, L);
          grow = g * bus_prev;
          r_k = f->conventional[L - 1];
          r_e = f->ebus[L - 1];
          r_t = f->trolleybus[L - 1];
          p_b = MAX (0.0, r_k + r_e + grow);
          p_t = r_t;

          /* In the base year the fleet is the data; the flows shown are
           * the step into 2025 (outside the balance identity). */
          shift (f->conventional, L, (1.0 - z) * p_b, !base);
          shift (f->ebus, L, z * p_b, !base);
          shift (f->trolleybus, L, p_t, !base);
          shift (f->ebus_cf, L, 0, !base);

          n_k = sum_to (f->conventional, L);
          n_e = sum_to (f->ebus, L);
          n_t = sum_to (f->trolleybus, L);
          n_cf = sum_to (f->ebus_cf, L);
          fleet = n_k + n_e + n_t;

          elec = (n_e + n_t) * km * kwh_km;
          diesel = n_k * km * l_km;
          elec_cf = (n_cf + n_t) * km * kwh_km;
          diesel_cf = (n_k + n_e - n_cf) * km * l_km;
          grid = puente_engine_grid_factor (self, values, ci->state, y);

          /* Depot chargers: one per PUENTE_BUSES_PER_DEPOT_CHARGER e-buses;
           * the installed base never shrinks. */
          need = n_e / PUENTE_BUSES_PER_DEPOT_CHARGER;
          build = MAX (0.0, need - f->chargers);
          f->chargers += build;

          /* The e-bus price falls with the battery: by its pack's kWh times
           * the drop of the pack price since 2024. */
          ebus_price = e->ebus_price[c] -
            r->bus_pack[year - PUENTE_FIRST_VINTAGE] * self->supply.battery_cost_2024 * (1.0 - cost_factor);
          ebus_price = MAX (ebus_price, e->diesel_bus_price[c]);

          capex = z * p_b * ebus_price + (1.0 - z) * p_b * e->diesel_bus_price[c] +
            p_t * ebus_price + build * e->depot_charger_price[c];
          opex = elec * price_e[c] + diesel * price_d[c] +
            n_k * km * e->maint_diesel + (n_e + n_t) * km * e->maint_electric;
          capex_cf = p_b * e->diesel_bus_price[c] + p_t * ebus_price;
          opex_cf = elec_cf * price_e[c] + diesel_cf * price_d[c] +
            (n_k + n_e - n_cf) * km * e->maint_diesel + (n_cf + n_t) * km * e->maint_electric;
          if (!base)
            f->cost_diff += (capex + opex) - (capex_cf + opex_cf);

          ROW (PUENTE_IND_TRANSIT_FLEET, region)[y] = fleet;
          ROW (PUENTE_IND_TRANSIT_CONVENTIONAL, region)[y] = n_k;
          ROW (PUENTE_IND_TRANSIT_EBUS, region)[y] = n_e;
          ROW (PUENTE_IND_TRANSIT_TROLLEYBUS, region)[y] = n_t;
          ROW (PUENTE_IND_TRANSIT_ZE_FLEET, region)[y] = n_e + n_t;
          ROW (PUENTE_IND_TRANSIT_PURCHASES, region)[y] = p_b + p_t;
          ROW (PUENTE_IND_TRANSIT_ZE_PURCHASES, region)[y] = z * p_b + p_t;
          ROW (PUENTE_IND_TRANSIT_RETIREMENTS, region)[y] = r_k + r_e + r_t;
          ROW (PUENTE_IND_TRANSIT_EBUS_RETIREMENTS, region)[y] = r_e;
          ROW (PUENTE_IND_TRANSIT_GROWTH, region)[y] = p_b + p_t - (r_k + r_e + r_t);
          ROW (PUENTE_IND_TRANSIT_KM, region)[y] = fleet * km / 1e6;
          ROW (PUENTE_IND_TRANSIT_ELECTRICITY_GWH, region)[y] = elec / 1e6;
          ROW (PUENTE_IND_TRANSIT_DIESEL_ML, region)[y] = diesel / 1e6;
          ROW (PUENTE_IND_TRANSIT_DEPOT_CHARGERS, region)[y] = f->chargers;
          ROW (PUENTE_IND_TRANSIT_DEPOT_MW, region)[y] = f->chargers * e->depot_charger_kw / 1000.0;
          ROW (PUENTE_IND_TRANSIT_CAPEX_MUSD, region)[y] = capex / 1e6;
          ROW (PUENTE_IND_TRANSIT_OPEX_MUSD, region)[y] = opex / 1e6;
          ROW (PUENTE_IND_TRANSIT_COST_DIFF_CUMULATIVE_MUSD, region)[y] = f->cost_diff / 1e6;
          ROW (PUENTE_IND_TRANSIT_CO2_MT, region)[y] = (diesel * kg_l + elec * grid) / 1e9;
          ROW (PUENTE_IND_TRANSIT_CO2_AVOIDED_MT, region)[y] =
                                                    ((n_e + n_t) * km * l_km * kg_l - elec * grid) / 1e9;
          /* Batteries: the e-buses bought carry this year's pack; those
           * retired were bought L years ago. */
          r->bus_demand_kwh[c][y] += z * p_b * r->bus_pack[year - PUENTE_FIRST_VINTAGE];
          r->bus_retired_kwh[c][y] += r_e * r->bus_pack[year - L - PUENTE_FIRST_VINTAGE];
        }
    }
}
