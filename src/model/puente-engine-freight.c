/* puente-engine-freight.c: trucks at the ports of entry (model.md §2)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * National heavy-truck stock per country: the vintage method of section 1
 * with its own Weibull survival (shape and median from the dataset, fitted
 * to published schedules and fleet ages). New sales grow by a lever; their
 * zero-emission share is
 *
 *   b_c(t) = z_max / (1 + exp (-k (t - t_mid)))   current policies: a
 *            logistic from the 2024 share that levels off at the long-run
 *            share of a published current-policies projection (lever)
 *   s_c(t) = max (b_c(t), p_c(t))                  p_c: a policy target's
 *            logistic, when one is set (a target is a floor, never a cap)
 *   US:     s = (1 - w) s_US + w max (s_US, a ACT(t))   California's share w
 *            of US sales meets a share a of ACT's year-by-year table
 *            (rules.json, "ca-act-tractors")
 *
 * Per port of entry p and year t:
 *
 *   C_p(t)  = C_p * (1 + g)^(t - 2024)                 crossings (lever g)
 *   f_k(t)  = m_k F_MX(t) + (1 - m_k) F_US(t)          zero-emission share of the
 *             fleet that crosses, for drayage and long haul: F the national
 *             stocks' ZE shares (California's own fleet for the US part at its
 *             ports, the rest of the US fleet elsewhere), m_k the share of
 *             crossings by Mexico-based trucks
 *   z_d, z_l = max (f_d, f_l, a target's logistic, when one is set)
 *   X_d     = C_p d_p z_d(t),  X_l = C_p (1 - d_p) z_l(t)  zero-emission crossings
 *   E_d/day = X_d k_d e / W,   E_l/day = X_l k_l e / W     kWh per working day
 *   N_k     = E_k / (S_k n_k u_k / u0_k)                    chargers of type k
 *   peak    = max (depot energy / 8 h, busiest-hour share of fast + MW energy)
 *
 * with d_p the drayage share, k_d and k_l the round trips, e the truck's
 * kWh/km, W = 300 working days, S_k the energy per session, n_k the
 * sessions per charger per day at the dataset utilisation u0_k and u_k the
 * utilisation lever. Diesel avoided = ZE km x L/100 km; CO2 avoided =
 * diesel x kg CO2/L - electricity x grid factor (mean of the two sides'
 * states).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"

static const char *const charger_ids[N_CHARGERS] = { "depot", "350kw", "mw" };

#define lever(values, index) puente_engine_lever ((values), (index))
#define ROW(ind, r) (puente_results_row (results, (ind), (r)))

/* The current-policies path through @z0 in the base year, levelling off
 * at @z_max and passing z_max / 2 in @t_mid. When the base-year share is
 * already at or above the plateau the path stays at it; when it is above
 * half the plateau (t_mid would lie in the past) the steepness is
 * PUENTE_SATURATING_K_FALLBACK and t_mid follows from z0. */
static void
sat_curve_init (SatCurve *c,
                double    z0,
                double    z_max,
                double    t_mid)
{
  double r;

  z0 = CLAMP (z0, 1e-6, 1.0);
  c->z0 = z0;
  c->z_max = MIN (z_max, 1.0);
  c->k = 0;
  c->t_mid = PUENTE_BASE_YEAR;
  if (c->z_max <= z0)
    return;
  /* z0 = z_max / (1 + exp (-k (2024 - t_mid))) */
  r = log (c->z_max / z0 - 1.0);
  if (r > 0 && t_mid > PUENTE_BASE_YEAR)
    {
      c->k = r / (t_mid - PUENTE_BASE_YEAR);
      c->t_mid = t_mid;
    }
  else
    {
      c->k = PUENTE_SATURATING_K_FALLBACK;
      c->t_mid = PUENTE_BASE_YEAR + r / c->k;
    }
}

static double
sat_curve_eval (const SatCurve *c,
                double          year)
{
  if (c->k == 0)
    return c->z0;
  return c->z_max / (1.0 + exp (-c->k * (year - c->t_mid)));
}

static void
init_hd_stock (PuenteEngine *self,
               PuenteCountry c,
               double        median)
{
  FreightRun         *r = &self->freight_run;
  const FreightConst *e = &self->freight;
  double              k = e->hd_shape[c] > 0 ? e->hd_shape[c] : PUENTE_WEIBULL_SHAPE;
  double              lambda = median / pow (M_LN2, 1.0 / k);
  double              s0 = 1.0, total = 0;
  double              shape[PUENTE_N_AGES];

  for (int a = 0; a < PUENTE_MAX_AGE; a++)
    {
      double ln_s0 = -pow (a / lambda, k);
      double ln_s1 = -pow ((a + 1) / lambda, k);

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
      double ze = a < PUENTE_HD_ZE_VINTAGES_2024 ? n * e->hd_ze_share_2024[c] : 0;

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
  FreightRun   *r = &self->freight_run;
  const double *p = r->hd_survival[c];
  double        lost[2] = { 0, 0 };

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

/* Zero-emission share of California's heavy-truck fleet at the end of
 * @year: the US fleet's age profile with California's sales shares by
 * vintage (vintages up to the base year as in the national stock). */
static double
ca_fleet_share (const PuenteEngine *self,
                int                 year)
{
  const FreightRun *r = &self->freight_run;
  double            ze = 0, total = 0;

  for (int a = 0; a < PUENTE_N_AGES; a++)
    {
      double n_ice = r->hd[PUENTE_COUNTRY_US][0][a];
      double n_ze = r->hd[PUENTE_COUNTRY_US][1][a];
      int    v = year - a;

      total += n_ice + n_ze;
      ze += v > PUENTE_BASE_YEAR ? (n_ice + n_ze) * r->ca_share[v - PUENTE_FIRST_VINTAGE] : n_ze;
    }
  return total > 0 ? ze / total : 0;
}

void
puente_engine_freight_init (PuenteEngine *self,
                            GPtrArray    *slots)
{
  PuenteDataset    *ds = self->dataset;
  FreightConst     *e = &self->freight;
  const PuenteRule *act;

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
  puente_engine_read_param (self, slots, &e->ca_sales_share, "ca_hd_truck_sales_share");
  puente_engine_read_param (self, slots, &e->mx_share_drayage, "crossings_mx_share_drayage");
  puente_engine_read_param (self, slots, &e->mx_share_longhaul, "crossings_mx_share_longhaul");
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *p = puente_country_prefix (c);

      puente_engine_read_param (self, slots, &e->hd_sales_2024[c], "%s.hd_truck_sales_2024", p);
      puente_engine_read_param (self, slots, &e->hd_stock_2024[c], "%s.hd_truck_stock", p);
      puente_engine_read_param (self, slots, &e->hd_median_lifetime[c], "%s.hd_truck_median_lifetime", p);
      puente_engine_read_param (self, slots, &e->hd_shape[c], "%s.hd_truck_weibull_shape", p);
      puente_engine_read_param (self, slots, &e->hd_ze_share_2024[c], "%s.hd_ze_share_2024", p);
      puente_engine_read_param (self, slots, &e->hd_midpoint_year[c], "%s.hd_ze_midpoint_year", p);
    }

  /* ACT's schedule by model year (rules.json; none = no rule), 0 before
   * its first model year. */
  act = puente_dataset_get_rule (ds, "ca-act-tractors");
  for (int y = 0; y < PUENTE_MAX_YEARS; y++)
    {
      double v = act != NULL ? puente_rule_value (act, PUENTE_BASE_YEAR + y) : NAN;

      e->act[y] = isnan (v) ? 0 : v;
    }

  /* Ports of entry. */
  self->n_ports = puente_dataset_get_n_ports (ds);
  self->ports = g_new0 (PortConst, MAX (self->n_ports, 1));
  for (guint p = 0; p < self->n_ports; p++)
    {
      const PuentePort *dp = puente_dataset_get_port (ds, p);
      PortConst        *pc = &self->ports[p];

      pc->crossings = dp->crossings.value;
      pc->drayage_share = dp->drayage_share.value;
      pc->us_state = puente_dataset_find_state (ds, dp->us_state);
      pc->mx_state = puente_dataset_find_state (ds, dp->mx_state);
      pc->california = g_strcmp0 (dp->us_state, "US-CA") == 0;
      puente_engine_add_slot (self, slots, dp->id, &dp->crossings, &pc->crossings);
      puente_engine_add_slot (self, slots, dp->id, &dp->drayage_share, &pc->drayage_share);
    }
}

/* A crossing share: the fleet's, or a target's path when it is higher. */
static inline double
with_target (double       fleet,
             gboolean     own,
             const Curve *target,
             int          year)
{
  return own ? MAX (fleet, puente_curve_eval (target, year)) : fleet;
}

/* National heavy trucks of country @c in year index @y; returns the ZE
 * share of the stock at the end of the year. */
static double
run_hd_year (PuenteEngine  *self,
             PuenteResults *results,
             PuenteCountry  c,
             guint          y,
             double         factor,
             double         act_compliance)
{
  FreightRun         *r = &self->freight_run;
  const FreightConst *e = &self->freight;
  int                 year = PUENTE_BASE_YEAR + (int) y;
  gboolean            base = (y == 0);
  guint               region = puente_results_agg (results, c == PUENTE_COUNTRY_US ? PUENTE_AGG_US : PUENTE_AGG_MX);
  double              sales = e->hd_sales_2024[c] * factor;
  double              share = sat_curve_eval (&r->hd_base[c], year);
  double              ze_sales, ze_scrapped, kwh, scrapped, stock, ze_stock;

  if (r->hd_policy[c])
    share = MAX (share, puente_curve_eval (&r->hd_curve[c], year));
  if (c == PUENTE_COUNTRY_US)
    {
      /* California's sales meet ACT's schedule (as far as the lever
       * says) or the national share, whichever is higher. */
      double ca = base ? share : MAX (share, act_compliance * e->act[y]);
      double w = CLAMP (e->ca_sales_share, 0.0, 1.0);

      r->ca_share[year - PUENTE_FIRST_VINTAGE] = ca;
      share = (1.0 - w) * share + w * ca;
    }
  ze_sales = sales * share;

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
  return stock > 0 ? ze_stock / stock : 0;
}

void
puente_engine_freight_run (PuenteEngine  *self,
                           const double  *values,
                           PuenteResults *results,
                           guint          n_years)
{
  FreightRun         *r = &self->freight_run;
  const FreightConst *e = &self->freight;
  double              g = lever (values, PUENTE_LEVER_FREIGHT_GROWTH);
  double              g_hd = lever (values, PUENTE_LEVER_FREIGHT_HD_SALES_GROWTH);
  double              km_d = lever (values, PUENTE_LEVER_FREIGHT_DRAYAGE_ROUND_TRIP_KM);
  double              km_l = lever (values, PUENTE_LEVER_FREIGHT_LONGHAUL_ROUND_TRIP_KM);
  double              depot_share = lever (values, PUENTE_LEVER_FREIGHT_DRAYAGE_DEPOT_SHARE);
  double              mw_share = lever (values, PUENTE_LEVER_FREIGHT_LONGHAUL_MW_SHARE);
  double              act_compliance = lever (values, PUENTE_LEVER_FREIGHT_CA_ACT_COMPLIANCE);
  double              m_d = CLAMP (e->mx_share_drayage, 0.0, 1.0);
  double              m_l = CLAMP (e->mx_share_longhaul, 0.0, 1.0);
  double              w = CLAMP (e->ca_sales_share, 0.0, 1.0);
  double              util[N_CHARGERS] = {
                 lever (values, PUENTE_LEVER_FREIGHT_DEPOT_UTILISATION),
                 lever (values, PUENTE_LEVER_FREIGHT_FAST_UTILISATION),
                 lever (values, PUENTE_LEVER_FREIGHT_MW_UTILISATION),
  };
  double                        throughput[N_CHARGERS];
  double                        factor = 1.0, hd_factor = 1.0;
  static const PuenteLeverIndex hd_share[PUENTE_N_COUNTRIES] = {
    PUENTE_LEVER_FREIGHT_US_HD_TARGET_SHARE,
    PUENTE_LEVER_FREIGHT_MX_HD_TARGET_SHARE,
  };
  static const PuenteLeverIndex hd_year[PUENTE_N_COUNTRIES] = {
    PUENTE_LEVER_FREIGHT_US_HD_TARGET_YEAR,
    PUENTE_LEVER_FREIGHT_MX_HD_TARGET_YEAR,
  };
  static const PuenteLeverIndex hd_long_run[PUENTE_N_COUNTRIES] = {
    PUENTE_LEVER_FREIGHT_US_HD_LONG_RUN_SHARE,
    PUENTE_LEVER_FREIGHT_MX_HD_LONG_RUN_SHARE,
  };
  static const PuenteLeverIndex targets[4][2] = {
    { PUENTE_LEVER_FREIGHT_DRAYAGE_TARGET_SHARE, PUENTE_LEVER_FREIGHT_DRAYAGE_TARGET_YEAR },
    { PUENTE_LEVER_FREIGHT_LONGHAUL_TARGET_SHARE, PUENTE_LEVER_FREIGHT_LONGHAUL_TARGET_YEAR },
    { PUENTE_LEVER_FREIGHT_CA_DRAYAGE_TARGET_SHARE, PUENTE_LEVER_FREIGHT_CA_DRAYAGE_TARGET_YEAR },
    { PUENTE_LEVER_FREIGHT_CA_LONGHAUL_TARGET_SHARE, PUENTE_LEVER_FREIGHT_CA_LONGHAUL_TARGET_YEAR },
  };
  Curve    *curves[4] = { &r->drayage, &r->longhaul, &r->ca_drayage, &r->ca_longhaul };
  gboolean *own[4] = { &r->drayage_own, &r->longhaul_own, &r->ca_drayage_own, &r->ca_longhaul_own };

  /* Pack sizes by vintage: pack(v) = pack(2024) (1 + growth)^(v - 2024). */
  for (int i = 0; i < PUENTE_N_VINTAGES; i++)
    {
      int dv = PUENTE_FIRST_VINTAGE + i - PUENTE_BASE_YEAR;

      r->hd_pack[i] = e->hd_pack_kwh * pow (1.0 + e->hd_pack_growth, dv);
    }

  /* kWh one charger delivers per working day: energy per session x
   * sessions per day, the sessions scaled by the utilisation lever
   * against the dataset's utilisation (ICCT HDV charging approach). */
  for (int k = 0; k < N_CHARGERS; k++)
    throughput[k] = e->session_kwh[k] * e->sessions_per_day[k] *
      (e->utilisation[k] > 0 ? util[k] / e->utilisation[k] : 1.0);

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      double target = lever (values, hd_share[c]);

      init_hd_stock (self, c, e->hd_median_lifetime[c]);
      sat_curve_init (&r->hd_base[c], e->hd_ze_share_2024[c], lever (values, hd_long_run[c]),
                      e->hd_midpoint_year[c]);
      r->hd_policy[c] = target > 0;
      puente_curve_init (&r->hd_curve[c], e->hd_ze_share_2024[c], target, (int) lever (values, hd_year[c]), 0);
    }
  for (int i = 0; i < PUENTE_N_VINTAGES; i++)
    r->ca_share[i] = 0;

  for (guint y = 0; y < n_years; y++)
    {
      int      year = PUENTE_BASE_YEAR + (int) y;
      gboolean base = (y == 0);
      double   f_us, f_mx, f_ca, fleet_d, fleet_l, fleet_d_ca, fleet_l_ca;
      double   zd, zl, zd_ca, zl_ca;

      if (!base)
        {
          factor *= 1.0 + g;
          hd_factor *= 1.0 + g_hd;
        }

      /* National heavy-truck stocks, then the fleet that crosses. */
      f_us = run_hd_year (self, results, PUENTE_COUNTRY_US, y, hd_factor, act_compliance);
      f_mx = run_hd_year (self, results, PUENTE_COUNTRY_MX, y, hd_factor, act_compliance);
      /* California's trucks are w of the US fleet (same age profile):
       * they cross at California's ports, the rest of the US fleet at the
       * others. */
      if (act_compliance > 0 && w > 0 && w < 1)
        {
          f_ca = ca_fleet_share (self, year);
          f_us = (f_us - w * f_ca) / (1.0 - w);
        }
      else
        f_ca = f_us;
      fleet_d = m_d * f_mx + (1.0 - m_d) * f_us;
      fleet_l = m_l * f_mx + (1.0 - m_l) * f_us;
      fleet_d_ca = m_d * f_mx + (1.0 - m_d) * f_ca;
      fleet_l_ca = m_l * f_mx + (1.0 - m_l) * f_ca;

      /* Targets start from the base-year fleet shares. */
      if (base)
        {
          const double z0[4] = { fleet_d, fleet_l, fleet_d_ca, fleet_l_ca };

          for (int t = 0; t < 4; t++)
            {
              double target = lever (values, targets[t][0]);

              *own[t] = target > 0;
              puente_curve_init (curves[t], z0[t], target, (int) lever (values, targets[t][1]), 0);
            }
        }
      zd = with_target (fleet_d, r->drayage_own, &r->drayage, year);
      zl = with_target (fleet_l, r->longhaul_own, &r->longhaul, year);
      /* California's ports: their own target, else the border-wide one. */
      zd_ca = r->ca_drayage_own ? with_target (fleet_d_ca, TRUE, &r->ca_drayage, year)
                                : with_target (fleet_d_ca, r->drayage_own, &r->drayage, year);
      zl_ca = r->ca_longhaul_own ? with_target (fleet_l_ca, TRUE, &r->ca_longhaul, year)
                                 : with_target (fleet_l_ca, r->longhaul_own, &r->longhaul, year);

      for (guint p = 0; p < self->n_ports; p++)
        {
          const PortConst *pc = &self->ports[p];
          guint            region = results->first_port + p;
          double           crossings = pc->crossings * factor;
          double           d = pc->drayage_share;
          double           x_d = crossings * d * (pc->california ? zd_ca : zd);
          double           x_l = crossings * (1.0 - d) * (pc->california ? zl_ca : zl);
          double           ze_km = x_d * km_d + x_l * km_l;
          double           kwh_year = ze_km * e->hd_kwh_per_km;
          double           e_d = x_d * km_d * e->hd_kwh_per_km / PUENTE_FREIGHT_WORKING_DAYS;
          double           e_l = x_l * km_l * e->hd_kwh_per_km / PUENTE_FREIGHT_WORKING_DAYS;
          double           e_k[N_CHARGERS] = {
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
                     PUENTE_FREIGHT_BUSIEST_HOUR_SHARE * e_k[CHARGER_350KW]) +
            MIN (n_k[CHARGER_MW] * e->charger_kw[CHARGER_MW],
                 PUENTE_FREIGHT_BUSIEST_HOUR_SHARE * e_k[CHARGER_MW]);
          diesel_l = ze_km * e->hd_diesel_l_per_100km / 100.0;
          if (pc->us_state >= 0 && pc->mx_state >= 0)
            grid = 0.5 * (puente_engine_grid_factor (self, values, pc->us_state, y) + puente_engine_grid_factor (self, values, pc->mx_state, y));
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
    }
}
