/* puente-engine-freight.c: trucks at the ports of entry (model.md §2)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per port of entry p and year t:
 *
 *   C_p(t)  = C_p * (1 + g)^(t - 2024)                 crossings (lever g)
 *   X_d     = C_p d_p z_d(t),  X_l = C_p (1 - d_p) z_l(t)  zero-emission crossings
 *   E_d/day = X_d k_d e / W,   E_l/day = X_l k_l e / W     kWh per working day
 *   N_k     = E_k / (S_k n_k u_k / u0_k)                    chargers of type k
 *   peak    = max (depot energy / 8 h, busiest-hour share of fast + MW energy)
 *
 * with d_p the drayage share, z_d and z_l logistic zero-emission shares
 * (separately for drayage and long haul), k_d and k_l the round trips, e
 * the truck's kWh/km, W = 300 working days, S_k the energy per session,
 * n_k the sessions per charger per day at the dataset utilisation u0_k and
 * u_k the utilisation lever. Diesel avoided = ZE km x L/100 km; CO2
 * avoided = diesel x kg CO2/L - electricity x grid factor (mean of the two
 * sides' states).
 *
 * National heavy-truck stock per country: the vintage method of section 1
 * with its own Weibull scale (median from the dataset, shape 5).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"

static const char * const charger_ids[N_CHARGERS] = { "depot", "350kw", "mw" };

#define lever(values, index) puente_engine_lever ((values), (index))
#define ROW(ind, r) (puente_results_row (results, (ind), (r)))

static void
init_hd_stock (PuenteEngine *self,
               PuenteCountry c,
               double        z0)
{
  FreightRun *r = &self->freight_run;
  const FreightConst *e = &self->freight;
  double lambda = e->hd_median_lifetime[c] / pow (M_LN2, 1.0 / PUENTE_WEIBULL_SHAPE);
  double s0 = 1.0, total = 0;
  double shape[PUENTE_N_AGES];

  for (int a = 0; a < PUENTE_MAX_AGE; a++)
    {
      double ln_s0 = -pow (a / lambda, PUENTE_WEIBULL_SHAPE);
      double ln_s1 = -pow ((a + 1) / lambda, PUENTE_WEIBULL_SHAPE);

      r->hd_survival[c][a] = exp (ln_s1 - ln_s0);
    }
  r->hd_survival[c][PUENTE_MAX_AGE] = 0;

  /* No sales history for heavy trucks: constant 2024 sales back in time,
   * survival from age 0, scaled to the stock. */
  for (int a = 0; a < PUENTE_N_AGES; a++)
    {
      shape[a] = s0;
      total += s0;
      s0 *= r->hd_survival[c][a];
    }
  for (int a = 0; a < PUENTE_N_AGES; a++)
    {
      double n = total > 0 ? e->hd_stock_2024[c] * shape[a] / total : 0;
      double ze = a < PUENTE_HD_ZE_VINTAGES_2024 ? n * z0 : 0;

      r->hd[c][1][a] = ze;
      r->hd[c][0][a] = n - ze;
    }
}

/* One year of ageing of the heavy-truck stock; returns the trucks
 * scrapped, with the zero-emission ones and their battery kWh (vintage
 * pack sizes). With @apply FALSE nothing moves (base-year estimate). */
static double
age_hd (PuenteEngine *self,
        PuenteCountry c,
        int           year,
        gboolean      apply,
        double       *ze_scrapped,
        double       *kwh)
{
  FreightRun *r = &self->freight_run;
  const double *p = r->hd_survival[c];
  double lost[2] = { 0, 0 };

  *kwh = 0;
  for (int pt = 0; pt < 2; pt++)
    {
      double *n = r->hd[c][pt];

      for (int a = PUENTE_MAX_AGE; a >= 0; a--)
        {
          double sv = a < PUENTE_MAX_AGE ? n[a] * p[a] : 0;
          double d = n[a] - sv;

          lost[pt] += d;
          if (pt == 1)
            /* Age a at the end of the previous year: vintage year - 1 - a. */
            *kwh += d * r->hd_pack[MAX (0, year - 1 - a - PUENTE_FIRST_VINTAGE)];
          if (apply && a < PUENTE_MAX_AGE)
            n[a + 1] = sv;
        }
      if (apply)
        n[0] = 0;
    }
  *ze_scrapped = lost[1];
  return lost[0] + lost[1];
}

void
puente_engine_freight_init (PuenteEngine *self,
                            GPtrArray    *slots)
{
  PuenteDataset *ds = self->dataset;
  FreightConst *e = &self->freight;

  puente_engine_read_param (self, slots, &e->hd_kwh_per_km, "hd_truck_kwh_per_km");
  puente_engine_read_param (self, slots, &e->hd_diesel_l_per_100km, "hd_truck_diesel_l_per_100km");
  for (int k = 0; k < N_CHARGERS; k++)
    {
      puente_engine_read_param (self, slots, &e->charger_kw[k], "charger_%s_kw", charger_ids[k]);
      puente_engine_read_param (self, slots, &e->session_kwh[k], "charger_%s_session_kwh", charger_ids[k]);
      puente_engine_read_param (self, slots, &e->sessions_per_day[k], "charger_%s_sessions_per_day", charger_ids[k]);
      /* The utilisation is a lever; the dataset value is the reference
       * the sessions per day go with (not sampled here). */
      {
        g_autofree char *uid = g_strdup_printf ("charger_%s_utilisation", charger_ids[k]);

        e->utilisation[k] = puente_dataset_get_value (ds, uid);
      }
    }
  puente_engine_read_param (self, slots, &e->hd_pack_kwh, "hd_truck_pack_kwh");
  puente_engine_read_param (self, slots, &e->hd_pack_growth, "hd_truck_pack_kwh_growth");
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *p = puente_country_prefix (c);

      puente_engine_read_param (self, slots, &e->hd_sales_2024[c], "%s.hd_truck_sales_2024", p);
      puente_engine_read_param (self, slots, &e->hd_stock_2024[c], "%s.hd_truck_stock", p);
      puente_engine_read_param (self, slots, &e->hd_median_lifetime[c], "%s.hd_truck_median_lifetime", p);
    }

  /* Ports of entry. */
  self->n_ports = puente_dataset_get_n_ports (ds);
  self->ports = g_new0 (PortConst, MAX (self->n_ports, 1));
  for (guint p = 0; p < self->n_ports; p++)
    {
      const PuentePort *dp = puente_dataset_get_port (ds, p);
      PortConst *pc = &self->ports[p];

      pc->crossings = dp->crossings.value;
      pc->drayage_share = dp->drayage_share.value;
      pc->us_state = puente_dataset_find_state (ds, dp->us_state);
      pc->mx_state = puente_dataset_find_state (ds, dp->mx_state);
      pc->california = g_strcmp0 (dp->us_state, "US-CA") == 0;
      puente_engine_add_slot (self, slots, dp->id, &dp->crossings, &pc->crossings);
      puente_engine_add_slot (self, slots, dp->id, &dp->drayage_share, &pc->drayage_share);
    }

}

void
puente_engine_freight_run (PuenteEngine  *self,
                           const double  *values,
                           PuenteResults *results,
                           guint          n_years)
{
  FreightRun *r = &self->freight_run;
  const FreightConst *e = &self->freight;
  double g = lever (values, PUENTE_LEVER_FREIGHT_GROWTH);
  double km_d = lever (values, PUENTE_LEVER_FREIGHT_DRAYAGE_ROUND_TRIP_KM);
  double km_l = lever (values, PUENTE_LEVER_FREIGHT_LONGHAUL_ROUND_TRIP_KM);
  double depot_share = lever (values, PUENTE_LEVER_FREIGHT_DRAYAGE_DEPOT_SHARE);
  double mw_share = lever (values, PUENTE_LEVER_FREIGHT_LONGHAUL_MW_SHARE);
  double util[N_CHARGERS] = {
    lever (values, PUENTE_LEVER_FREIGHT_DEPOT_UTILISATION),
    lever (values, PUENTE_LEVER_FREIGHT_FAST_UTILISATION),
    lever (values, PUENTE_LEVER_FREIGHT_MW_UTILISATION),
  };
  double throughput[N_CHARGERS];
  double factor = 1.0;
  static const double z0_hd[PUENTE_N_COUNTRIES] = { PUENTE_HD_US_ZE_SHARE_2024, PUENTE_HD_MX_ZE_SHARE_2024 };
  static const PuenteLeverIndex hd_share[PUENTE_N_COUNTRIES] = {
    PUENTE_LEVER_FREIGHT_US_HD_TARGET_SHARE, PUENTE_LEVER_FREIGHT_MX_HD_TARGET_SHARE,
  };
  static const PuenteLeverIndex hd_year[PUENTE_N_COUNTRIES] = {
    PUENTE_LEVER_FREIGHT_US_HD_TARGET_YEAR, PUENTE_LEVER_FREIGHT_MX_HD_TARGET_YEAR,
  };
  double ca_d = lever (values, PUENTE_LEVER_FREIGHT_CA_DRAYAGE_TARGET_SHARE);
  double ca_l = lever (values, PUENTE_LEVER_FREIGHT_CA_LONGHAUL_TARGET_SHARE);

  /* kWh one charger delivers per working day: energy per session x
   * sessions per day, the sessions scaled by the utilisation lever
   * against the dataset's utilisation (ICCT HDV charging approach). */
  /* Pack sizes by vintage: pack(v) = pack(2024) (1 + growth)^(v - 2024). */
  for (int i = 0; i < PUENTE_N_VINTAGES; i++)
    {
      int dv = PUENTE_FIRST_VINTAGE + i - PUENTE_BASE_YEAR;

      r->hd_pack[i] = e->hd_pack_kwh * pow (1.0 + e->hd_pack_growth, dv);
    }

  for (int k = 0; k < N_CHARGERS; k++)
    throughput[k] = e->session_kwh[k] * e->sessions_per_day[k] *
                    (e->utilisation[k] > 0 ? util[k] / e->utilisation[k] : 1.0);

  puente_curve_init (&r->drayage, PUENTE_FREIGHT_ZE_SHARE_2024,
                     lever (values, PUENTE_LEVER_FREIGHT_DRAYAGE_TARGET_SHARE),
                     (int) lever (values, PUENTE_LEVER_FREIGHT_DRAYAGE_TARGET_YEAR), 0);
  puente_curve_init (&r->longhaul, PUENTE_FREIGHT_ZE_SHARE_2024,
                     lever (values, PUENTE_LEVER_FREIGHT_LONGHAUL_TARGET_SHARE),
                     (int) lever (values, PUENTE_LEVER_FREIGHT_LONGHAUL_TARGET_YEAR), 0);
  r->ca_drayage_own = ca_d > 0;
  r->ca_longhaul_own = ca_l > 0;
  puente_curve_init (&r->ca_drayage, PUENTE_FREIGHT_ZE_SHARE_2024, ca_d,
                     (int) lever (values, PUENTE_LEVER_FREIGHT_CA_DRAYAGE_TARGET_YEAR), 0);
  puente_curve_init (&r->ca_longhaul, PUENTE_FREIGHT_ZE_SHARE_2024, ca_l,
                     (int) lever (values, PUENTE_LEVER_FREIGHT_CA_LONGHAUL_TARGET_YEAR), 0);

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      init_hd_stock (self, c, z0_hd[c]);
      puente_curve_init (&r->hd_curve[c], z0_hd[c], lever (values, hd_share[c]),
                         (int) lever (values, hd_year[c]), 0);
    }

  for (guint y = 0; y < n_years; y++)
    {
      int year = PUENTE_BASE_YEAR + (int) y;
      gboolean base = (y == 0);
      double zd = puente_curve_eval (&r->drayage, year);
      double zl = puente_curve_eval (&r->longhaul, year);
      double zd_ca = r->ca_drayage_own ? puente_curve_eval (&r->ca_drayage, year) : zd;
      double zl_ca = r->ca_longhaul_own ? puente_curve_eval (&r->ca_longhaul, year) : zl;

      if (!base)
        factor *= 1.0 + g;

      /* Ports of entry. */
      for (guint p = 0; p < self->n_ports; p++)
        {
          const PortConst *pc = &self->ports[p];
          guint region = results->first_port + p;
          double crossings = pc->crossings * factor;
          double d = pc->drayage_share;
          double x_d = crossings * d * (pc->california ? zd_ca : zd);
          double x_l = crossings * (1.0 - d) * (pc->california ? zl_ca : zl);
          double ze_km = x_d * km_d + x_l * km_l;
          double kwh_year = ze_km * e->hd_kwh_per_km;
          double e_d = x_d * km_d * e->hd_kwh_per_km / PUENTE_FREIGHT_WORKING_DAYS;
          double e_l = x_l * km_l * e->hd_kwh_per_km / PUENTE_FREIGHT_WORKING_DAYS;
          double e_k[N_CHARGERS] = {
            e_d * depot_share,
            e_d * (1.0 - depot_share) + e_l * (1.0 - mw_share),
            e_l * mw_share,
          };
          double n_k[N_CHARGERS], night, day, diesel_l, grid;

          for (int k = 0; k < N_CHARGERS; k++)
            n_k[k] = throughput[k] > 0 ? e_k[k] / throughput[k] : 0;
          /* Depot chargers work overnight, fast and megawatt chargers by
           * day: the port's peak is the larger of the two. */
          night = MIN (n_k[CHARGER_DEPOT] * e->charger_kw[CHARGER_DEPOT],
                       e_k[CHARGER_DEPOT] / PUENTE_FREIGHT_DEPOT_HOURS);
          day = MIN (n_k[CHARGER_350KW] * e->charger_kw[CHARGER_350KW],
                     PUENTE_FREIGHT_BUSIEST_HOUR_SHARE * e_k[CHARGER_350KW])
                + MIN (n_k[CHARGER_MW] * e->charger_kw[CHARGER_MW],
                       PUENTE_FREIGHT_BUSIEST_HOUR_SHARE * e_k[CHARGER_MW]);
          diesel_l = ze_km * e->hd_diesel_l_per_100km / 100.0;
          if (pc->us_state >= 0 && pc->mx_state >= 0)
            grid = 0.5 * (puente_engine_grid_factor (self, values, pc->us_state, y) +
                          puente_engine_grid_factor (self, values, pc->mx_state, y));
          else
            grid = puente_engine_grid_factor (self, values, MAX (pc->us_state, pc->mx_state), y);

          ROW (PUENTE_IND_FREIGHT_CROSSINGS, region)[y] = crossings;
          ROW (PUENTE_IND_FREIGHT_ZE_CROSSINGS, region)[y] = x_d + x_l;
          ROW (PUENTE_IND_FREIGHT_DRAYAGE_CROSSINGS, region)[y] = crossings * d;
          ROW (PUENTE_IND_FREIGHT_ZE_DRAYAGE_CROSSINGS, region)[y] = x_d;
          ROW (PUENTE_IND_FREIGHT_ENERGY_MWH_DAY, region)[y] = (e_d + e_l) / 1000.0;
          ROW (PUENTE_IND_FREIGHT_CHARGERS_DEPOT, region)[y] = n_k[CHARGER_DEPOT];
          ROW (PUENTE_IND_FREIGHT_CHARGERS_FAST, region)[y] = n_k[CHARGER_350KW];
          ROW (PUENTE_IND_FREIGHT_CHARGERS_MW, region)[y] = n_k[CHARGER_MW];
          ROW (PUENTE_IND_FREIGHT_CHARGERS, region)[y] = n_k[0] + n_k[1] + n_k[2];
          ROW (PUENTE_IND_FREIGHT_PEAK_MW, region)[y] = MAX (night, day) / 1000.0;
          ROW (PUENTE_IND_FREIGHT_DIESEL_AVOIDED_ML, region)[y] = diesel_l / 1e6;
          ROW (PUENTE_IND_FREIGHT_CO2_AVOIDED_MT, region)[y] =
            (diesel_l * self->diesel_kg_co2_per_l - kwh_year * grid) / 1e9;
        }

      /* National heavy-truck stock. */
      for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
        {
          guint region = puente_results_agg (results, c == PUENTE_COUNTRY_US ? PUENTE_AGG_US : PUENTE_AGG_MX);
          double sales = e->hd_sales_2024[c] * factor;
          double ze_sales = sales * puente_curve_eval (&r->hd_curve[c], year);
          double ze_scrapped, kwh, scrapped, stock, ze_stock;

          scrapped = age_hd (self, c, year, !base, &ze_scrapped, &kwh);
          if (!base)
            {
              r->hd[c][0][0] = sales - ze_sales;
              r->hd[c][1][0] = ze_sales;
            }
          ze_stock = puente_sum (r->hd[c][1], PUENTE_N_AGES);
          stock = puente_sum (r->hd[c][0], PUENTE_N_AGES) + ze_stock;

          ROW (PUENTE_IND_HDV_SALES, region)[y] = sales;
          ROW (PUENTE_IND_HDV_ZE_SALES, region)[y] = ze_sales;
          ROW (PUENTE_IND_HDV_STOCK, region)[y] = stock;
          ROW (PUENTE_IND_HDV_ZE_STOCK, region)[y] = ze_stock;
          ROW (PUENTE_IND_HDV_SCRAPPAGE, region)[y] = scrapped;
          ROW (PUENTE_IND_HDV_ZE_SCRAPPAGE, region)[y] = ze_scrapped;
          ROW (PUENTE_IND_HDV_RETIRED_GWH, region)[y] = kwh / 1e6;
        }
    }
}
