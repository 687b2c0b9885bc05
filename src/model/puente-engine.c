/* puente-engine.c: results = run (dataset, lever values)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * puente_engine_new () reads every constant the model needs from the
 * dataset and allocates all working memory. puente_engine_run () is then a
 * pure function of the lever values: no allocation, no I/O, no global
 * state, deterministic. It runs, in order: the light-duty year loop
 * (run_light_duty () below, with the stock equations in
 * puente-engine-ldv.c), trucks at the border (puente-engine-freight.c),
 * transit buses (puente-engine-transit.c), the battery supply chain
 * (puente-engine-supply.c), and aggregates states into US, MX and NA.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"
#include "puente-scenario.h"

static double
param (PuenteDataset *dataset,
       PuenteCountry  country,
       const char    *name)
{
  g_autofree char *id = g_strdup_printf ("%s.%s", puente_country_prefix (country), name);

  return puente_dataset_get_value (dataset, id);
}

/* A historical series by age in 2024: value for year 2024 - a. Years
 * before the first point repeat the first point's value (@before_first
 * FALSE) or are 0 (TRUE, for ZEV shares: no plug-ins were sold before the
 * series starts); gaps between points are filled linearly; years after the
 * last point repeat the last value. Without any point, @fallback. */
static void
series_by_age (PuenteDataset *dataset,
               PuenteCountry  country,
               const char    *name,
               gboolean       zero_before_first,
               double         fallback,
               double        *out)
{
  g_autofree char    *id = g_strdup_printf ("%s.%s", puente_country_prefix (country), name);
  const PuenteFigure *pts;
  guint               n;

  pts = puente_dataset_get_series (dataset, id, &n);

  for (guint a = 0; a < PUENTE_N_AGES; a++)
    {
      int    year = PUENTE_BASE_YEAR - (int) a;
      double v = fallback;

      if (n > 0)
        {
          if (year < pts[0].year)
            v = zero_before_first ? 0 : pts[0].value;
          else if (year >= pts[n - 1].year)
            v = pts[n - 1].value;
          else
            for (guint i = 0; i + 1 < n; i++)
              if (year >= pts[i].year && year < pts[i + 1].year)
                {
                  double f = (double) (year - pts[i].year) / (pts[i + 1].year - pts[i].year);

                  v = pts[i].value + f * (pts[i + 1].value - pts[i].value);
                  break;
                }
        }
      out[a] = v;
    }
}

/* Observed ZEV shares and sales after the base year (series points for
 * 2025, 2026, ...): the path every scenario follows before its curve.
 * Observed years run without a gap from the base year; sales may be
 * missing (0: the growth lever applies). */
static void
read_observed (PuenteDataset *dataset,
               PuenteCountry  country,
               CountryConst  *cc)
{
  const char      *p = puente_country_prefix (country);
  g_autofree char *share_id = g_strdup_printf ("%s.zev_share_sales", p);
  g_autofree char *sales_id = g_strdup_printf ("%s.ldv_sales", p);

  cc->n_observed = 0;
  for (int i = 0; i < PUENTE_MAX_OBSERVED_YEARS; i++)
    {
      int    year = PUENTE_BASE_YEAR + 1 + i;
      double share, sales;

      if (!puente_dataset_get_series_value (dataset, share_id, year, &share))
        break;
      cc->observed_share[i] = share;
      cc->observed_sales[i] = puente_dataset_get_series_value (dataset, sales_id, year, &sales)
        ? sales
        : 0;
      cc->n_observed = i + 1;
    }
}

/* Each state's share of its country's public ports, by type. */
static void
compute_port_shares (PuenteEngine *self)
{
  double ports[PUENTE_N_COUNTRIES][2] = {
    {
      0,
    },
  };

  for (guint s = 0; s < self->n_states; s++)
    {
      ports[self->states[s].country][0] += self->states[s].l2_2024;
      ports[self->states[s].country][1] += self->states[s].dcfc_2024;
    }
  for (guint s = 0; s < self->n_states; s++)
    {
      StateConst   *st = &self->states[s];
      const double *sum = ports[st->country];

      st->port_share[0] = sum[0] > 0 ? st->l2_2024 / sum[0] : 0;
      st->port_share[1] = sum[1] > 0 ? st->dcfc_2024 / sum[1] : 0;
    }
}

PuenteEngine *
puente_engine_new (PuenteDataset *dataset)
{
  PuenteEngine *self;
  double        sales_sum[PUENTE_N_COUNTRIES] = {
           0,
  };
  double import_sum = 0;
  double grid_num[PUENTE_N_COUNTRIES] = {
    0,
  },
         grid_den[PUENTE_N_COUNTRIES] = {
           0,
         };
  guint n_in[PUENTE_N_COUNTRIES] = {
    0,
  };

  g_return_val_if_fail (dataset != NULL, NULL);

  self = g_new0 (PuenteEngine, 1);
  self->dataset = puente_dataset_ref (dataset);
  self->n_states = puente_dataset_get_n_states (dataset);
  self->ca_index = puente_dataset_find_state (dataset, "US-CA");
  self->rule_us = puente_dataset_get_rule (dataset, PUENTE_RULE_US_LDV);
  self->rule_ca = puente_dataset_get_rule (dataset, PUENTE_RULE_CA_LDV);
  self->gasoline_kg_co2_per_l = puente_dataset_get_value (dataset, "gasoline_kg_co2_per_l");

  self->states = g_new0 (StateConst, MAX (self->n_states, 1));
  self->fleet = g_new0 (Fleet, MAX (self->n_states, 1));
  self->zev_share = g_new0 (double, MAX (self->n_states, 1));
  self->built = g_new0 (double, 3 * MAX (self->n_states, 1));
  self->existing = g_new0 (double, 2 * MAX (self->n_states, 1));
  self->ev_now = g_new0 (double, MAX (self->n_states, 1));
  self->need = g_new0 (double, 2 * MAX (self->n_states, 1));
  self->need_prev = g_new0 (double, 2 * MAX (self->n_states, 1));
  self->exports = g_new0 (double, MAX (self->n_states, 1));
  self->ev_exports = g_new0 (double, MAX (self->n_states, 1));

  for (guint s = 0; s < self->n_states; s++)
    {
      const PuenteState *ds = puente_dataset_get_state (dataset, s);

      sales_sum[ds->country] += ds->sales_share.value;
      n_in[ds->country]++;
      if (ds->country == PUENTE_COUNTRY_MX)
        import_sum += ds->used_import_share.value;
      grid_num[ds->country] += ds->ldv_stock.value * ds->grid_factor.value;
      grid_den[ds->country] += ds->ldv_stock.value;
    }

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      CountryConst *cc = &self->countries[c];

      cc->sales_2024 = param (dataset, c, "ldv_sales_2024");
      cc->zev_share_2024 = param (dataset, c, "zev_share_2024");
      cc->bev_share_of_zev_2024 = param (dataset, c, "bev_share_of_zev_2024");
      cc->km_per_vehicle = param (dataset, c, "km_per_vehicle");
      cc->ice_l_per_100km = param (dataset, c, "ice_l_per_100km");
      cc->phev_l_per_100km = param (dataset, c, "phev_l_per_100km");
      cc->bev_kwh_per_km = param (dataset, c, "bev_kwh_per_km");
      cc->private_ports_per_ev = param (dataset, c, "private_ports_per_ev");
      cc->cost_public_l2 = param (dataset, c, "cost_public_l2");
      cc->cost_private = param (dataset, c, "cost_private");
      cc->bev_pack_kwh = param (dataset, c, "bev_pack_kwh");
      cc->phev_pack_kwh = param (dataset, c, "phev_pack_kwh");
      cc->pack_kwh_growth = param (dataset, c, "pack_kwh_growth");
      cc->grid_2024 = grid_den[c] > 0 ? grid_num[c] / grid_den[c] : 0;
      cc->weibull_shape = param (dataset, c, "weibull_shape");
      cc->latest_share = param (dataset, c, "zev_share_latest");
      /* Figures give calendar time (2025.875 = mid-November); a model
       * year's value is the year's average, centred at mid-year. */
      cc->latest_t0 = param (dataset, c, "zev_share_latest_time") - 0.5;
      cc->l2_added = param (dataset, c, "public_l2_added");
      cc->dcfc_added = param (dataset, c, "public_dcfc_added");
      read_observed (dataset, c, cc);

      series_by_age (dataset, c, "ldv_sales", FALSE, cc->sales_2024, cc->hist_sales);
      series_by_age (dataset, c, "zev_share_sales", TRUE, 0, cc->hist_zev_share);
      series_by_age (dataset, c, "bev_share_of_zev", FALSE, cc->bev_share_of_zev_2024, cc->hist_bev_of_zev);
      /* The base-year vintage follows the base-year parameters. */
      cc->hist_sales[0] = cc->sales_2024;
      cc->hist_zev_share[0] = cc->zev_share_2024;
      cc->hist_bev_of_zev[0] = cc->bev_share_of_zev_2024;
    }

  for (guint s = 0; s < self->n_states; s++)
    {
      const PuenteState *ds = puente_dataset_get_state (dataset, s);
      StateConst        *st = &self->states[s];
      CountryConst      *cc = &self->countries[ds->country];

      st->country = ds->country;
      /* Shares are normalised so country totals hold exactly. */
      st->sales_share = sales_sum[ds->country] > 0
        ? ds->sales_share.value / sales_sum[ds->country]
        : 1.0 / n_in[ds->country];
      st->adoption_index = ds->adoption_index.value;
      st->stock_2024 = ds->ldv_stock.value;
      st->bev_2024 = ds->bev_stock.value;
      st->phev_2024 = ds->phev_stock.value;
      st->l2_2024 = st->l2_data = ds->public_l2_ports.value;
      st->dcfc_2024 = st->dcfc_data = ds->public_dcfc_ports.value;
      if (ds->country == PUENTE_COUNTRY_MX)
        st->import_share = import_sum > 0
          ? ds->used_import_share.value / import_sum
          : 1.0 / n_in[PUENTE_COUNTRY_MX];
      st->grid_2024 = ds->grid_factor.value;
      st->grid_rel = cc->grid_2024 > 0 ? st->grid_2024 / cc->grid_2024 : 1.0;

      cc->adoption_mean += st->sales_share * st->adoption_index;
    }

  /* Each state's logit offset from its 2024 share z0 a_s / A (§3.3). */
  for (guint s = 0; s < self->n_states; s++)
    {
      StateConst         *st = &self->states[s];
      const CountryConst *cc = &self->countries[st->country];
      double              z0 = CLAMP (cc->zev_share_2024, 1e-6, 1 - 1e-6);
      double              zs = cc->adoption_mean > 0 ? z0 * st->adoption_index / cc->adoption_mean : z0;

      zs = CLAMP (zs, 1e-6, 1 - 1e-6);
      st->logit_offset = log (zs / (1 - zs)) - log (z0 / (1 - z0));
      st->odds_factor = exp (-st->logit_offset);
    }

  compute_port_shares (self);

  {
    g_autoptr(GPtrArray) slots = g_ptr_array_new ();

    puente_engine_ldv_register_uncertain (self, slots);
    puente_engine_read_param (self, slots, &self->diesel_kg_co2_per_l, "diesel_kg_co2_per_l");
    puente_engine_freight_init (self, slots);
    puente_engine_transit_init (self, slots);
    puente_engine_supply_init (self, slots);
    puente_engine_take_slots (self, slots);
  }

  return self;
}

void
puente_engine_free (PuenteEngine *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->dataset, puente_dataset_unref);
  g_free (self->states);
  g_free (self->fleet);
  g_free (self->zev_share);
  g_free (self->ev_now);
  g_free (self->need);
  g_free (self->need_prev);
  g_free (self->built);
  g_free (self->existing);
  g_free (self->exports);
  g_free (self->ev_exports);
  g_free (self->ports);
  g_free (self->cities);
  g_free (self->city_fleet);
  g_free (self->sites);
  g_free (self->slots);
  g_free (self);
}

/* A lever value, kept inside the registry's range (scenario files are
 * validated before they get here; this guards direct callers). */
double
puente_engine_lever (const double *values,
                     guint         index)
{
  const PuenteLever *l = puente_levers_get (index);
  double             v = values[index];

  if (!isfinite (v))
    v = l->default_value;
  return CLAMP (v, l->min, l->max);
}

#define lever(values, index) puente_engine_lever ((values), (index))

/* Where a country's existing public ports of one type stand against the
 * need: still on the deployment trend (below or above the need), or
 * following the need since the trend met it. */
enum {
  TREND_BELOW,
  TREND_ABOVE,
  TREND_MET,
};

double
puente_engine_grid_factor (const PuenteEngine *self,
                           const double       *values,
                           int                 s,
                           guint               y)
{
  const StateConst *st;
  double            frac = MIN (1.0, (double) y / (2050 - PUENTE_BASE_YEAR));

  if (s < 0)
    return 0;
  st = &self->states[s];
  return st->grid_2024 + (lever (values, puente_country_levers[st->country].grid_factor_2050) * st->grid_rel - st->grid_2024) * frac;
}

/* Everything a run derives from the levers before walking the years. */
static void
setup_run (PuenteEngine *self,
           const double *values)
{
  RunParams *rp = &self->params;

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const PuenteCountryLevers *cl = &puente_country_levers[c];
      const CountryConst        *cc = &self->countries[c];
      double                     median = lever (values, cl->median_lifetime);
      double                     shape = cc->weibull_shape > 0 ? cc->weibull_shape : PUENTE_WEIBULL_SHAPE;
      /* Weibull: s(a) = exp(-(a/lambda)^k), median = lambda (ln 2)^(1/k). */
      double                     lambda = median / pow (M_LN2, 1.0 / shape);
      double                     gain = lever (values, cl->ice_efficiency_gain);
      double                     target = lever (values, cl->target_share);
      int                        target_year = (int) lever (values, cl->target_year);
      double                     z_max = lever (values, cl->z_max);
      double                     shift = 0;

      for (int a = 0; a < PUENTE_MAX_AGE; a++)
        {
          double ln_s0 = -pow (a / lambda, shape);
          double ln_s1 = -pow ((a + 1) / lambda, shape);

          rp->survival[c][a] = exp (ln_s1 - ln_s0);
        }
      rp->survival[c][PUENTE_MAX_AGE] = 0;

      /* New ICE vintages use (1 - gain)^(v - 2024) of the 2024 fuel; older
       * vintages use the 2024 value. Pack sizes grow (and, looking back,
       * shrink) by the pack growth rate per vintage year. */
      for (int i = 0; i < PUENTE_N_VINTAGES; i++)
        {
          int    dv = PUENTE_FIRST_VINTAGE + i - PUENTE_BASE_YEAR;
          double growth = pow (1.0 + cc->pack_kwh_growth, dv);

          rp->fuel_ice[c][i] = cc->ice_l_per_100km * (dv > 0 ? pow (1.0 - gain, dv) : 1.0);
          rp->pack_bev[c][i] = cc->bev_pack_kwh * growth;
          rp->pack_phev[c][i] = cc->phev_pack_kwh * growth;
        }

      /* Incentive and parity move the curve earlier (growing targets only):
       *   shift = ln(1 + e I / 1000) / k0 + (P_base - P) * 1
       * where k0 is the curve's own steepness (at least 0.1/year): a 2.6 %
       * sales boost per 1000 USD equals ln(1.026)/k years of lead time on
       * the early, exponential part of a logistic. */
      if (target > cc->latest_share)
        {
          Curve  unshifted;
          double incentive = lever (values, cl->incentive_usd);
          double parity = lever (values, cl->price_parity_year);
          double parity_base = puente_levers_get (cl->price_parity_year)->default_value;

          puente_curve_init_full (&unshifted, cc->latest_t0, cc->latest_share, target, target_year, 0, z_max);
          shift = log1p (PUENTE_INCENTIVE_ELASTICITY * incentive / 1000.0) / MAX (unshifted.k, 0.1) + PUENTE_PARITY_SHIFT * (parity_base - parity);
        }
      /* From the latest observed share toward the target, with the ceiling. */
      puente_curve_init_full (&rp->curve[c], cc->latest_t0, cc->latest_share, target, target_year,
                              shift, z_max);
      rp->rule[c] = NULL;
      rp->state_shift[c] = 0;

      if (c == PUENTE_COUNTRY_US)
        {
          double ca_target = lever (values, PUENTE_LEVER_LDV_CA_TARGET_SHARE);

          if (lever (values, PUENTE_LEVER_LDV_US_RULE) >= 0.5)
            rp->rule[c] = self->rule_us;
          rp->ca_rule = lever (values, PUENTE_LEVER_LDV_CA_RULE) >= 0.5 && self->ca_index >= 0
            ? self->rule_ca
            : NULL;

          /* California: its own curve from its own latest share (the one
           * the country allocation gives it), same shift and ceiling. */
          rp->ca_own = self->ca_index >= 0 && ca_target > 0;
          if (rp->ca_own)
            {
              double z0_ca;

              puente_engine_share_states (self, PUENTE_COUNTRY_US, cc->latest_share, self->zev_share);
              rp->state_shift[c] = 0;
              z0_ca = self->zev_share[self->ca_index];
              puente_curve_init_full (&rp->ca_curve, cc->latest_t0, z0_ca, ca_target,
                                      (int) lever (values, PUENTE_LEVER_LDV_CA_TARGET_YEAR),
                                      ca_target > z0_ca ? shift : 0, z_max);
            }
        }

      rp->bev_target[c] = lever (values, cl->bev_share_of_zev);
      rp->bev_target_year[c] = target_year;
    }
}

/* BEV share of ZEV sales: linear from the 2024 value to the lever value
 * in the target year, flat afterwards. */
static double
bev_share (const PuenteEngine *self,
           PuenteCountry       c,
           int                 year)
{
  double b0 = self->countries[c].bev_share_of_zev_2024;
  int    span = self->params.bev_target_year[c] - PUENTE_BASE_YEAR;
  double f = span > 0 ? MIN (1.0, (double) (year - PUENTE_BASE_YEAR) / span) : 1.0;

  return b0 + (self->params.bev_target[c] - b0) * f;
}

static void
puente_engine_prepare_year (PuenteEngine *self,
                            int           scrap_year,
                            int           stock_year)
{
  RunParams *rp = &self->params;

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    for (int a = 0; a < PUENTE_N_AGES; a++)
      {
        /* Scrapped in scrap_year: age a at the end of the year before,
         * vintage scrap_year - 1 - a. In the stock at the end of
         * stock_year: vintage stock_year - a. */
        int scrapped_v = scrap_year - 1 - a - PUENTE_FIRST_VINTAGE;
        int stock_v = stock_year - a - PUENTE_FIRST_VINTAGE;

        rp->pack_by_age[c][0][a] = rp->pack_bev[c][scrapped_v];
        rp->pack_by_age[c][1][a] = rp->pack_phev[c][scrapped_v];
        rp->fuel_by_age[c][a] = rp->fuel_ice[c][stock_v];
      }
}

#define ROW(ind, s) (puente_results_row (results, (ind), (s)))

/* The lever values the year loop reads, once per run. */
static void
read_run_levers (PuenteEngine *self,
                 const double *values)
{
  RunParams *rp = &self->params;

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const PuenteCountryLevers *cl = &puente_country_levers[c];

      rp->sales_growth[c] = lever (values, cl->sales_growth);
      rp->port_growth[c] = lever (values, cl->deployment_growth);
      rp->grid_2050[c] = lever (values, cl->grid_factor_2050);
      rp->home_access[c] = lever (values, cl->home_access_share);
      rp->utility_factor[c] = lever (values, cl->phev_utility_factor);
      rp->evs_per_l2[c] = lever (values, cl->evs_per_public_l2);
      rp->evs_per_dcfc[c] = lever (values, cl->evs_per_public_dcfc);
      rp->cost_dcfc[c] = lever (values, cl->cost_public_dcfc);
      rp->sales_factor[c] = 1.0;
    }
  rp->used_volume = lever (values, PUENTE_LEVER_LDV_USED_EXPORTS);
  rp->used_min_age = (int) lever (values, PUENTE_LEVER_LDV_USED_MIN_AGE);
  rp->used_max_age = (int) lever (values, PUENTE_LEVER_LDV_USED_MAX_AGE);
  rp->second_life = lever (values, PUENTE_LEVER_BATTERY_SECOND_LIFE_SHARE);
  rp->recycling = lever (values, PUENTE_LEVER_BATTERY_RECYCLING_SHARE);
  if (rp->second_life + rp->recycling > 1.0)
    {
      double sum = rp->second_life + rp->recycling;

      rp->second_life /= sum;
      rp->recycling /= sum;
    }
}

/* Every state's fleet and installed charging base as in the data. */
static void
init_states (PuenteEngine *self)
{
  for (guint s = 0; s < self->n_states; s++)
    {
      puente_engine_init_fleet (self, s);
      /* Installed base: public L2, public DCFC, private (see
       * state_charging ()). */
      self->built[3 * s + 0] = self->states[s].l2_2024;
      self->built[3 * s + 1] = self->states[s].dcfc_2024;
      self->built[3 * s + 2] = -1;
    }
}

/* Step 1, ageing and scrappage. In the base year the fleet is the data;
 * the flows shown for 2024 are the same equations applied to it without
 * changing it (estimates, outside the balance identity). */
static void
step_ageing (PuenteEngine  *self,
             PuenteResults *results,
             guint          y,
             gboolean       base)
{
  const RunParams *rp = &self->params;

  for (guint s = 0; s < self->n_states; s++)
    {
      double ev_scrapped, kwh;
      double scrapped = puente_engine_age_fleet (self, s, !base, &ev_scrapped, &kwh);
      double gwh = kwh / 1e6;

      ROW (PUENTE_IND_LDV_SCRAPPAGE, s)[y] = scrapped;
      ROW (PUENTE_IND_LDV_EV_SCRAPPAGE, s)[y] = ev_scrapped;
      ROW (PUENTE_IND_BATTERY_RETIRED_GWH, s)[y] = gwh;
      ROW (PUENTE_IND_BATTERY_SECOND_LIFE_GWH, s)[y] = gwh * rp->second_life;
      ROW (PUENTE_IND_BATTERY_RECYCLED_GWH, s)[y] = gwh * rp->recycling;
      ROW (PUENTE_IND_BATTERY_DISPOSAL_GWH, s)[y] = gwh * (1.0 - rp->second_life - rp->recycling);
    }
}

/* Step 2, used trade US -> MX, and the battery kWh it carries (for the
 * supply chain). */
static void
step_used_trade (PuenteEngine  *self,
                 PuenteResults *results,
                 guint          y,
                 int            year,
                 gboolean       base)
{
  const RunParams *rp = &self->params;
  double           ev_moved = 0, moved;
  double           window = 0, kwh = 0;
  const double    *pb = rp->pack_bev[PUENTE_COUNTRY_US];
  const double    *pp = rp->pack_phev[PUENTE_COUNTRY_US];

  moved = puente_engine_used_trade (self, rp->used_volume, rp->used_min_age, rp->used_max_age, !base);
  for (guint s = 0; s < self->n_states; s++)
    ev_moved += self->ev_exports[s];

  /* Battery kWh of the used EVs moved: a fraction moved / window of
   * every cell of the window, vehicles of age a being vintage t - a. */
  for (int pt = 0; pt < N_PT; pt++)
    window += puente_sum (self->window.n[pt], PUENTE_N_AGES);
  for (int a = 0; a < PUENTE_N_AGES; a++)
    {
      int v = year - a - PUENTE_FIRST_VINTAGE;

      kwh += self->window.n[PT_BEV][a] * pb[v] + self->window.n[PT_PHEV][a] * pp[v];
    }
  self->supply_run.used_kwh[y] = window > 0 ? kwh * moved / window : 0;

  for (guint s = 0; s < self->n_states; s++)
    {
      double share = self->states[s].import_share;

      ROW (PUENTE_IND_LDV_USED_EXPORTS, s)[y] = self->exports[s];
      ROW (PUENTE_IND_LDV_USED_EV_EXPORTS, s)[y] = self->ev_exports[s];
      ROW (PUENTE_IND_LDV_USED_IMPORTS, s)[y] = share * moved;
      ROW (PUENTE_IND_LDV_USED_EV_IMPORTS, s)[y] = share * ev_moved;
    }
}

/* The country's ZEV share of new sales in @year: the observed share in
 * the base year and the observed years after it (every scenario follows
 * what happened), then the curve, with a rule table as a floor: a
 * regulation sets the least the market sells, the market may sell more. */
static double
country_share (const PuenteEngine *self,
               PuenteCountry       c,
               int                 year)
{
  const CountryConst *cc = &self->countries[c];
  const RunParams    *rp = &self->params;
  int                 i = year - PUENTE_BASE_YEAR - 1;
  double              z;

  if (i < 0)
    return cc->zev_share_2024;
  if (i < cc->n_observed)
    return cc->observed_share[i];
  z = puente_curve_eval (&rp->curve[c], year);
  if (rp->rule[c] != NULL)
    {
      double floor = puente_rule_value (rp->rule[c], year);

      if (!isnan (floor))
        z = MAX (z, floor);
    }
  return z;
}

/* Step 3, the year's ZEV shares: the country paths, the state shares
 * around them (California on its own curve or rule when it has one), the
 * BEV split. */
static void
step_zev_shares (PuenteEngine *self,
                 int           year)
{
  RunParams *rp = &self->params;
  gboolean   observed = year - PUENTE_BASE_YEAR <= self->countries[PUENTE_COUNTRY_US].n_observed;

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      rp->bev_of_zev[c] = bev_share (self, c, year);
      puente_engine_share_states (self, c, country_share (self, c, year), self->zev_share);
    }
  if (self->ca_index >= 0 && !observed && (rp->ca_own || rp->ca_rule != NULL))
    {
      double *z = &self->zev_share[self->ca_index];

      if (rp->ca_own)
        *z = puente_curve_eval (&rp->ca_curve, year);
      if (rp->ca_rule != NULL)
        {
          double floor = puente_rule_value (rp->ca_rule, year);

          if (!isnan (floor))
            *z = MAX (*z, floor);
        }
    }
}

/* A state's EV stock this year, for the charging step. */
typedef struct
{
  double bev;
  double phev;
} StateStock;

/* Steps 3 and 4 for one state: new sales enter the stock at age 0; stock,
 * energy and CO2. Returns the EV stock. */
static StateStock
state_sales_stock_energy (PuenteEngine  *self,
                          PuenteResults *results,
                          guint          s,
                          guint          y,
                          gboolean       base,
                          double         grid_frac)
{
  const RunParams    *rp = &self->params;
  const StateConst   *st = &self->states[s];
  PuenteCountry       c = st->country;
  const CountryConst *cc = &self->countries[c];
  Fleet              *fleet = &self->fleet[s];
  const double       *fuel = rp->fuel_by_age[c];
  double              uf = rp->utility_factor[c];
  double              sales = cc->sales_2024 * rp->sales_factor[c] * st->sales_share;
  double              zev = sales * self->zev_share[s];
  double              bev = zev * rp->bev_of_zev[c];
  double              n_ice, n_bev, n_phev, ice_l, ev_as_ice_l;
  double              km = cc->km_per_vehicle;
  double              fuel_l, kwh, grid, tail_kg, grid_kg, cf_kg, ev_kg;

  ROW (PUENTE_IND_LDV_SALES, s)[y] = sales;
  ROW (PUENTE_IND_LDV_ZEV_SALES, s)[y] = zev;
  ROW (PUENTE_IND_LDV_BEV_SALES, s)[y] = bev;
  ROW (PUENTE_IND_LDV_PHEV_SALES, s)[y] = zev - bev;

  /* Vehicles of age a are vintage t - a. The sums are taken before the
   * new sales are stored at age 0 (which is empty after ageing) and the
   * sales added after: a vector load right after a store to the same
   * place stalls. */
  n_ice = puente_sum (fleet->n[PT_ICE], PUENTE_N_AGES);
  n_bev = puente_sum (fleet->n[PT_BEV], PUENTE_N_AGES);
  n_phev = puente_sum (fleet->n[PT_PHEV], PUENTE_N_AGES);
  ice_l = puente_dot (fleet->n[PT_ICE], fuel, PUENTE_N_AGES);
  ev_as_ice_l = puente_dot (fleet->n[PT_BEV], fuel, PUENTE_N_AGES) + puente_dot (fleet->n[PT_PHEV], fuel, PUENTE_N_AGES);
  if (!base)
    {
      fleet->n[PT_ICE][0] = sales - zev;
      fleet->n[PT_BEV][0] = bev;
      fleet->n[PT_PHEV][0] = zev - bev;
      n_ice += sales - zev;
      n_bev += bev;
      n_phev += zev - bev;
      ice_l += (sales - zev) * fuel[0];
      ev_as_ice_l += zev * fuel[0];
    }

  ROW (PUENTE_IND_LDV_STOCK, s)[y] = n_ice + n_bev + n_phev;
  ROW (PUENTE_IND_LDV_ICE_STOCK, s)[y] = n_ice;
  ROW (PUENTE_IND_LDV_BEV_STOCK, s)[y] = n_bev;
  ROW (PUENTE_IND_LDV_PHEV_STOCK, s)[y] = n_phev;
  ROW (PUENTE_IND_LDV_EV_STOCK, s)[y] = n_bev + n_phev;

  /* Fuel (L) = km/100 * (sum ICE(a) f(v) + PHEV (1 - UF) f_PHEV)
   * Electricity (kWh) = km * kWh/km * (BEV + UF PHEV) */
  fuel_l = km / 100.0 * (ice_l + n_phev * (1.0 - uf) * cc->phev_l_per_100km);
  kwh = km * cc->bev_kwh_per_km * (n_bev + uf * n_phev);

  /* Grid factor: from the state's 2024 factor toward the 2050 lever
   * scaled by the state's ratio to the country, linear, flat after
   * 2050. */
  grid = st->grid_2024 + (rp->grid_2050[c] * st->grid_rel - st->grid_2024) * grid_frac;

  tail_kg = fuel_l * self->gasoline_kg_co2_per_l;
  grid_kg = kwh * grid;
  /* Avoided: the EVs' distance driven by ICE of the same vintage, minus
   * what the EVs emit (PHEV fuel + all EV electricity). */
  cf_kg = km / 100.0 * ev_as_ice_l * self->gasoline_kg_co2_per_l;
  ev_kg = km / 100.0 * n_phev * (1.0 - uf) * cc->phev_l_per_100km * self->gasoline_kg_co2_per_l + grid_kg;

  ROW (PUENTE_IND_LDV_ELECTRICITY_GWH, s)[y] = kwh / 1e6;
  ROW (PUENTE_IND_LDV_FUEL_ML, s)[y] = fuel_l / 1e6;
  ROW (PUENTE_IND_LDV_CO2_TAILPIPE_MT, s)[y] = tail_kg / 1e9;
  ROW (PUENTE_IND_LDV_CO2_GRID_MT, s)[y] = grid_kg / 1e9;
  ROW (PUENTE_IND_LDV_CO2_MT, s)[y] = (tail_kg + grid_kg) / 1e9;
  ROW (PUENTE_IND_LDV_CO2_AVOIDED_MT, s)[y] = (cf_kg - ev_kg) / 1e9;
  ROW (PUENTE_IND_LDV_CO2_CUMULATIVE_MT, s)[y] =
                                           (base ? 0 : ROW (PUENTE_IND_LDV_CO2_CUMULATIVE_MT, s)[y - 1]) + (tail_kg + grid_kg) / 1e9;
  ROW (PUENTE_IND_LDV_CO2_AVOIDED_CUMULATIVE_MT, s)[y] =
                                                   (base ? 0 : ROW (PUENTE_IND_LDV_CO2_AVOIDED_CUMULATIVE_MT, s)[y - 1]) + (cf_kg - ev_kg) / 1e9;

  return (StateStock){ n_bev, n_phev };
}


/* Existing public ports of one type in a country (model.md §1,
 * charging): the recent yearly additions continue (growing by the
 * deployment lever) until the trend meets the need, from below or from
 * above; from then on the existing ports follow the need (operators do
 * not build for cars that are not there), never shrinking. A surplus over
 * the NREL ratios (US DC fast ports in 2024) does not freeze building:
 * the pace goes on until the need catches up with it. */
static double
existing_ports (double  previous,
                double *added,
                guint8 *state,
                double  need,
                double  growth)
{
  double trend, ex;

  if (*state == TREND_MET)
    return MAX (previous, need);

  trend = previous + *added;
  *added *= 1.0 + growth;
  if (*state == TREND_BELOW)
    ex = trend < need ? trend : MAX (previous, need);
  else
    ex = trend > need ? trend : need;
  if ((*state == TREND_BELOW && trend >= need) || (*state == TREND_ABOVE && trend <= need))
    *state = TREND_MET;
  return ex;
}

/* Step 5, public ports per country and type. The trend is the country's
 * (the observed additions are national); a year's additions go to the
 * states by their share of the 2024 ports while on the trend, by their
 * share of the growth of the need once the ports follow it. */
static void
step_public_ports (PuenteEngine *self,
                   gboolean      base)
{
  RunParams *rp = &self->params;
  double     need[PUENTE_N_COUNTRIES][2] = {
        {
          0,
    },
  };
  double growth[PUENTE_N_COUNTRIES][2] = {
    {
      0,
    },
  };
  double delta[PUENTE_N_COUNTRIES][2] = {
    {
      0,
    },
  };

  for (guint s = 0; s < self->n_states; s++)
    {
      PuenteCountry c = self->states[s].country;
      double       *n = &self->need[2 * s];
      const double *prev = &self->need_prev[2 * s];

      n[0] = self->ev_now[s] / rp->evs_per_l2[c];
      n[1] = self->ev_now[s] / rp->evs_per_dcfc[c];
      for (int j = 0; j < 2; j++)
        {
          need[c][j] += n[j];
          growth[c][j] += MAX (0.0, n[j] - prev[j]);
        }
    }

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    for (int j = 0; j < 2; j++)
      {
        double *ports = &rp->ports[c][j];

        if (base)
          {
            const CountryConst *cc = &self->countries[c];

            *ports = 0;
            for (guint s = 0; s < self->n_states; s++)
              if (self->states[s].country == (PuenteCountry) c)
                *ports += j == 0 ? self->states[s].l2_2024 : self->states[s].dcfc_2024;
            rp->ports_added[c][j] = j == 0 ? cc->l2_added : cc->dcfc_added;
            rp->ports_trend[c][j] = *ports < need[c][j] ? TREND_BELOW
              : *ports > need[c][j]                     ? TREND_ABOVE
                                                        : TREND_MET;
          }
        else
          {
            double ex = existing_ports (*ports, &rp->ports_added[c][j], &rp->ports_trend[c][j],
                                        need[c][j], rp->port_growth[c]);

            delta[c][j] = ex - *ports;
            *ports = ex;
          }
      }

  for (guint s = 0; s < self->n_states; s++)
    {
      const StateConst *st = &self->states[s];
      PuenteCountry     c = st->country;
      double           *ex = &self->existing[2 * s];

      for (int j = 0; j < 2; j++)
        {
          double w = st->port_share[j];

          if (rp->ports_trend[c][j] == TREND_MET && growth[c][j] > 0)
            w = MAX (0.0, self->need[2 * s + j] - self->need_prev[2 * s + j]) / growth[c][j];
          ex[j] = base ? (j == 0 ? st->l2_2024 : st->dcfc_2024) : ex[j] + delta[c][j] * w;
          self->need_prev[2 * s + j] = self->need[2 * s + j];
        }
    }
}

/* Step 5 for one state, charging outputs. Needs from the EV stock (NREL
 * 2030 ratios by lever); existing public ports from step_public_ports ();
 * gap = max(0, need - existing), the shortfall of the current pace. Ports
 * to build are what the need requires: the installed base R(t) =
 * max(R(t-1), need(t)) never shrinks, starts from R(2023) = the 2024
 * ports, and build(t) = R(t) - R(t-1) (so 2024 builds the 2024
 * shortfall). Investment = build x cost per port. Private ports: R(2023)
 * = the 2024 private need (2024 EVs already have their home chargers). */
static void
state_charging (PuenteEngine  *self,
                PuenteResults *results,
                guint          s,
                guint          y,
                gboolean       base)
{
  const RunParams    *rp = &self->params;
  const StateConst   *st = &self->states[s];
  PuenteCountry       c = st->country;
  const CountryConst *cc = &self->countries[c];
  double             *inst = &self->built[3 * s];
  double              ev = self->ev_now[s];
  double              need_private = ev * rp->home_access[c] * cc->private_ports_per_ev;
  double              need_l2 = self->need[2 * s];
  double              need_dcfc = self->need[2 * s + 1];
  double              ex_l2 = self->existing[2 * s];
  double              ex_dcfc = self->existing[2 * s + 1];
  double              added_l2 = base ? 0 : ex_l2 - ROW (PUENTE_IND_CHARGING_PUBLIC_L2_EXISTING, s)[y - 1];
  double added_dcfc = base ? 0 : ex_dcfc - ROW (PUENTE_IND_CHARGING_PUBLIC_DCFC_EXISTING, s)[y - 1];
  double r_l2, r_dcfc, r_priv, build_l2, build_dcfc, build_priv;

  if (inst[2] < 0)
    inst[2] = need_private;

  r_l2 = MAX (inst[0], need_l2);
  r_dcfc = MAX (inst[1], need_dcfc);
  r_priv = MAX (inst[2], need_private);
  build_l2 = r_l2 - inst[0];
  build_dcfc = r_dcfc - inst[1];
  build_priv = r_priv - inst[2];
  inst[0] = r_l2;
  inst[1] = r_dcfc;
  inst[2] = r_priv;

  ROW (PUENTE_IND_CHARGING_PRIVATE_NEED, s)[y] = need_private;
  ROW (PUENTE_IND_CHARGING_PUBLIC_L2_NEED, s)[y] = need_l2;
  ROW (PUENTE_IND_CHARGING_PUBLIC_DCFC_NEED, s)[y] = need_dcfc;
  ROW (PUENTE_IND_CHARGING_PUBLIC_L2_EXISTING, s)[y] = ex_l2;
  ROW (PUENTE_IND_CHARGING_PUBLIC_DCFC_EXISTING, s)[y] = ex_dcfc;
  ROW (PUENTE_IND_CHARGING_PUBLIC_L2_ADDED, s)[y] = added_l2;
  ROW (PUENTE_IND_CHARGING_PUBLIC_DCFC_ADDED, s)[y] = added_dcfc;
  ROW (PUENTE_IND_CHARGING_GAP_L2, s)[y] = MAX (0.0, need_l2 - ex_l2);
  ROW (PUENTE_IND_CHARGING_GAP_DCFC, s)[y] = MAX (0.0, need_dcfc - ex_dcfc);
  ROW (PUENTE_IND_CHARGING_GAP, s)[y] = MAX (0.0, need_l2 - ex_l2) + MAX (0.0, need_dcfc - ex_dcfc);
  ROW (PUENTE_IND_CHARGING_L2_TO_BUILD, s)[y] = build_l2;
  ROW (PUENTE_IND_CHARGING_DCFC_TO_BUILD, s)[y] = build_dcfc;
  ROW (PUENTE_IND_CHARGING_PORTS_TO_BUILD, s)[y] = build_l2 + build_dcfc;
  ROW (PUENTE_IND_CHARGING_INVESTMENT_MUSD, s)[y] =
                                              (build_l2 * cc->cost_public_l2 + build_dcfc * rp->cost_dcfc[c]) / 1e6;
  ROW (PUENTE_IND_CHARGING_PRIVATE_INVESTMENT_MUSD, s)[y] = build_priv * cc->cost_private / 1e6;
}

/* The light-duty year loop (model.md section 1):
 *
 *   for each year t (2024 = base year, calibrated to the dataset):
 *     1. age every state's fleet one year (scrappage, retired batteries)
 *     2. move used vehicles US -> MX
 *     3. ZEV shares: country curves, state shares, BEV split
 *     then per state:
 *     3-4. new sales at age 0; stock, energy and CO2
 *     5. public ports per country (trend, then need), then per state:
 *        charging needs, existing ports, ports to build, investment */
static void
run_light_duty (PuenteEngine  *self,
                PuenteResults *results,
                guint          n_years)
{
  RunParams *rp = &self->params;

  init_states (self);

  for (guint y = 0; y < n_years; y++)
    {
      int      year = PUENTE_BASE_YEAR + (int) y;
      gboolean base = (y == 0);
      double   grid_frac = MIN (1.0, (double) (year - PUENTE_BASE_YEAR) / (2050 - PUENTE_BASE_YEAR));

      /* Sales: the observed years' sales where published, then growth. */
      if (!base)
        for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
          {
            const CountryConst *cc = &self->countries[c];
            int                 i = year - PUENTE_BASE_YEAR - 1;

            if (i < cc->n_observed && cc->observed_sales[i] > 0 && cc->sales_2024 > 0)
              rp->sales_factor[c] = cc->observed_sales[i] / cc->sales_2024;
            else
              rp->sales_factor[c] *= 1.0 + rp->sales_growth[c];
          }

      /* In the base year, the flows shown are those of the step into 2025. */
      puente_engine_prepare_year (self, base ? year + 1 : year, year);

      step_ageing (self, results, y, base);
      step_used_trade (self, results, y, year, base);
      step_zev_shares (self, year);
      for (guint s = 0; s < self->n_states; s++)
        {
          StateStock stock = state_sales_stock_energy (self, results, s, y, base, grid_frac);

          self->ev_now[s] = stock.bev + stock.phev;
        }
      step_public_ports (self, base);
      for (guint s = 0; s < self->n_states; s++)
        state_charging (self, results, s, y, base);
    }
}

void
puente_engine_run (PuenteEngine  *self,
                   const double  *values,
                   PuenteResults *results)
{
  int   horizon;
  guint n_years;

  g_return_if_fail (self != NULL);
  g_return_if_fail (values != NULL);
  g_return_if_fail (results != NULL);
  g_return_if_fail (results->n_states == self->n_states);

  horizon = (int) lever (values, PUENTE_LEVER_GENERAL_HORIZON);
  g_return_if_fail (horizon - PUENTE_BASE_YEAR + 1 <= (int) results->capacity);
  n_years = horizon - PUENTE_BASE_YEAR + 1;
  results->last_year = horizon;

  setup_run (self, values);
  read_run_levers (self, values);

  run_light_duty (self, results, n_years);
  puente_engine_freight_run (self, values, results, n_years);
  puente_engine_transit_run (self, values, results, n_years);
  puente_engine_supply_run (self, values, results, n_years);
  puente_results_aggregate (results, n_years);
}

PuenteResults *
puente_engine_run_scenario (PuenteDataset        *dataset,
                            const PuenteScenario *scenario,
                            GError              **error)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  int                horizon_index = puente_levers_find ("general.horizon");
  int                horizon = PUENTE_DEFAULT_HORIZON;
  PuenteResults     *results;

  puente_scenario_fill_values (scenario, dataset, values);
  if (horizon_index >= 0)
    horizon = (int) values[horizon_index];

  results = puente_results_new (dataset, horizon);
  puente_engine_set_base_ports (engine, scenario);
  puente_engine_run (engine, values, results);
  if (!puente_results_check (results, error))
    {
      puente_results_free (results);
      return NULL;
    }
  return results;
}

void
puente_engine_set_base_ports (PuenteEngine         *self,
                              const PuenteScenario *scenario)
{
  g_return_if_fail (self != NULL);

  for (guint s = 0; s < self->n_states; s++)
    {
      StateConst *st = &self->states[s];
      const char *code = puente_dataset_get_state (self->dataset, s)->code;
      double      l2, dcfc;

      if (scenario != NULL && puente_scenario_get_base_ports (scenario, code, &l2, &dcfc))
        {
          st->l2_2024 = l2;
          st->dcfc_2024 = dcfc;
        }
      else
        {
          st->l2_2024 = st->l2_data;
          st->dcfc_2024 = st->dcfc_data;
        }
    }
  compute_port_shares (self);
}
