/* puente-engine-ldv.c: light-duty adoption curves and stock by vintage
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure numerical code: no allocation, no I/O. docs/methodology.md walks
 * through the same equations with the parameters and their sources.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"

/* Targets above SHARE_HIGH or below SHARE_LOW cannot be reached by a
 * logistic with saturation 1 (logit(1) is infinite); see CURVE_HIGH. */
#define SHARE_HIGH 0.99
#define SHARE_LOW 0.001
/* Shares at the anchors are kept strictly inside (0, 1). */
#define SHARE_EPS 1e-6

static inline double
logit (double z)
{
  return log (z / (1.0 - z));
}

static inline double
logistic (double x)
{
  return 1.0 / (1.0 + exp (-x));
}

/* The ZEV share of new sales, per country (model.md §1):
 *
 *   z(t) = z_max / (1 + exp (-k (t - t_mid)))
 *
 * through the anchors (t0, z0) and (T, Z), with the ceiling z_max a lever.
 * In units of the ceiling, u = z / z_max, and with l(u) = logit(u) the
 * closed form is
 *
 *   k     = (l(Z / z_max) - l(z0 / z_max)) / (T - t0)
 *   t_mid = t0 - l(z0 / z_max) / k
 *
 * and we evaluate u(t) = logistic (l(u0) + k (t - t0)), which is the same
 * curve written without t_mid (and valid for k = 0). In the baseline the
 * anchors are the latest observed share and a published current-policy
 * projection, and z_max keeps the curve from drifting to 100 %.
 *
 * A target above the ceiling lifts the ceiling to the target: the path
 * reaches the target in T and stays there (a standard that holds once
 * phased in). A target equal to the ceiling (u = 1) is out of reach of a
 * logistic (logit(1) is infinite): for U = Z / z_max > 0.99 the path is
 * the logistic L aimed at 0.99 in T, stretched so that it reaches U in T
 * exactly and capped at 1:
 *
 *   u(t) = min (1, u0 + (L(t) - u0) (U - u0) / (0.99 - u0))
 *
 * The stretch is 1 at U = 0.99, so the path is continuous in Z, and it
 * grows with Z, so a higher target never lowers the path. Targets under
 * 0.1 % of the ceiling (a phase-out) mirror this with a floor at 0.
 *
 * The incentive and price-parity levers move the curve earlier by
 * @shift_years: the second anchor becomes (T - shift, Z), which moves t_mid
 * earlier while keeping the first anchor (the calibration) fixed.
 */
void
puente_curve_init_full (Curve *curve,
                        double t0,
                        double z0,
                        double target,
                        int    target_year,
                        double shift_years,
                        double z_max)
{
  double span, zm, u0, u;

  memset (curve, 0, sizeof *curve);
  target = CLAMP (target, 0.0, 1.0);
  z0 = CLAMP (z0, 0.0, 1.0);
  /* The ceiling never lies below the target or today's share. */
  zm = MAX (MAX (CLAMP (z_max, SHARE_EPS, 1.0), target), z0);
  u0 = CLAMP (z0 / zm, SHARE_EPS, 1.0 - SHARE_EPS);
  u = target / zm;

  curve->t0 = t0;
  curve->z_max = zm;
  curve->z0 = u0;
  curve->target = u;
  curve->target_year = MAX ((double) target_year - shift_years, floor (t0) + 1.0);
  curve->logit0 = logit (u0);
  span = curve->target_year - t0;

  if (u > SHARE_HIGH && u0 < SHARE_HIGH)
    {
      curve->mode = CURVE_HIGH;
      curve->anchor = SHARE_HIGH;
    }
  else if (u < SHARE_LOW && u0 > SHARE_LOW)
    {
      curve->mode = CURVE_LOW;
      curve->anchor = SHARE_LOW;
    }
  else if (u >= SHARE_LOW && u <= SHARE_HIGH)
    {
      curve->mode = CURVE_LOGISTIC;
      curve->anchor = u;
    }
  else
    {
      /* Base share itself beyond the clamps: a straight line to the target. */
      curve->mode = CURVE_LINEAR;
      curve->anchor = u;
      return;
    }

  curve->k = (logit (curve->anchor) - curve->logit0) / span;
}

void
puente_curve_init (Curve *curve,
                   double z0,
                   double target,
                   int    target_year,
                   double shift_years)
{
  puente_curve_init_full (curve, PUENTE_BASE_YEAR, z0, target, target_year, shift_years, 1.0);
}

double
puente_curve_eval (const Curve *curve,
                   double       year)
{
  double t = year - curve->t0;
  double l, u;

  if (t <= 0)
    return curve->z0 * curve->z_max;

  if (curve->mode == CURVE_LINEAR)
    {
      double f = MIN (1.0, t / (curve->target_year - curve->t0));

      return curve->z_max * (curve->z0 + (curve->target - curve->z0) * f);
    }

  l = logistic (curve->logit0 + curve->k * t);

  switch (curve->mode)
    {
    case CURVE_HIGH:
      u = MIN (1.0, curve->z0 + (l - curve->z0) * (curve->target - curve->z0) / (curve->anchor - curve->z0));
      break;
    case CURVE_LOW:
      u = MAX (0.0, curve->z0 - (curve->z0 - l) * (curve->z0 - curve->target) / (curve->z0 - curve->anchor));
      break;
    case CURVE_LOGISTIC:
    case CURVE_LINEAR:
    default:
      u = l;
      break;
    }
  return curve->z_max * u;
}

/* State shares (model.md §1). Each state's logit is the country's logit
 * plus the state's own offset o_s, and one common shift d makes the
 * sales-weighted state shares equal the country share exactly:
 *
 *   z_s = logistic (logit (z_c) + o_s + d),   sum_s w_s z_s = z_c
 *
 * o_s = logit (z0 a_s / A) - logit (z0) comes from the state's 2024 share
 * (adoption index a_s, A = sum_s w_s a_s), so in 2024 d = 0 and each state
 * has its observed share. Every share approaches 100 % smoothly: no state
 * is capped with a kink. d solves an increasing function (its derivative
 * is sum_s w_s z_s (1 - z_s) > 0) by Newton's method from last year's d;
 * a bracket keeps the iteration safe. */
void
puente_engine_share_states (PuenteEngine *self,
                            PuenteCountry country,
                            double        z_country,
                            double       *z)
{
  guint             n = self->n_states;
  const StateConst *st = self->states;
  double           *shift = &self->params.state_shift[country];
  double            lc, d, lo = -60, hi = 60;

  if (z_country >= 1.0 || z_country <= 0.0)
    {
      double v = z_country >= 1.0 ? 1.0 : 0.0;

      for (guint s = 0; s < n; s++)
        if (st[s].country == country)
          z[s] = v;
      return;
    }

  lc = logit (z_country);
  d = *shift;
  for (int iter = 0; iter < 60; iter++)
    {
      double f = -z_country, df = 0, step;

      /* logistic (lc + o_s + d) = 1 / (1 + exp (-(lc + d)) exp (-o_s)):
       * one exp per iteration, not one per state. */
      double odds = exp (-(lc + d));

      for (guint s = 0; s < n; s++)
        if (st[s].country == country)
          {
            double zs = 1.0 / (1.0 + odds * st[s].odds_factor);

            z[s] = zs;
            f += st[s].sales_share * zs;
            df += st[s].sales_share * zs * (1.0 - zs);
          }
      if (fabs (f) <= 1e-14 * z_country)
        break;
      if (f > 0)
        hi = d;
      else
        lo = d;
      step = df > 0 ? f / df : 0;
      d -= step;
      /* Newton left the bracket (or stalled): bisect. */
      if (!(d > lo && d < hi) || step == 0)
        d = 0.5 * (lo + hi);
    }
  *shift = d;
}

/* Distributes @target vehicles over ages in proportion to @shape, without
 * passing @room at any age (water filling); whatever the shape cannot
 * take goes where room is left, in proportion to it. */
static void
distribute (const double *shape,
            const double *room,
            double        target,
            double       *out)
{
  gboolean active[PUENTE_N_AGES];
  double   remaining = target;
  double   free_room = 0;

  for (guint a = 0; a < PUENTE_N_AGES; a++)
    {
      out[a] = 0;
      active[a] = shape[a] > 0 && room[a] > 0;
    }

  if (target <= 0)
    return;

  for (guint iter = 0; iter <= PUENTE_N_AGES; iter++)
    {
      double   weight = 0, f;
      gboolean new_caps = FALSE;

      for (guint a = 0; a < PUENTE_N_AGES; a++)
        if (active[a])
          weight += shape[a];
      if (weight <= 0)
        break;

      f = remaining / weight;
      for (guint a = 0; a < PUENTE_N_AGES; a++)
        if (active[a] && f * shape[a] >= room[a])
          {
            out[a] = room[a];
            remaining -= room[a];
            active[a] = FALSE;
            new_caps = TRUE;
          }

      if (!new_caps)
        {
          for (guint a = 0; a < PUENTE_N_AGES; a++)
            if (active[a])
              out[a] = f * shape[a];
          return;
        }
    }

  for (guint a = 0; a < PUENTE_N_AGES; a++)
    free_room += room[a] - out[a];
  if (free_room <= 0)
    return;
  remaining = MIN (remaining, free_room);
  for (guint a = 0; a < PUENTE_N_AGES; a++)
    out[a] += (room[a] - out[a]) * remaining / free_room;
}

/* The 2024 stock of a state by age and powertrain (model.md §1):
 *
 *   N(a) = N_2024 * h(a) / sum h,   h(a) = S(2024 - a) * s(a)
 *
 * with S the country's historical sales (constant before the first
 * published year) and s the Weibull survival from age 0. EVs per vintage
 * follow the historical ZEV share and BEV split of their sales year,
 *
 *   e_BEV(a) = N(a) z(2024 - a) b(2024 - a),  e_PHEV(a) = N(a) z (1 - b)
 *
 * scaled so the state's BEV and PHEV stock equal the dataset's exactly
 * (no vintage gets more EVs than vehicles). The rest is ICE. */
void
puente_engine_init_fleet (PuenteEngine *self,
                          guint         s)
{
  const StateConst   *st = &self->states[s];
  const CountryConst *cc = &self->countries[st->country];
  Fleet              *fleet = &self->fleet[s];
  double              survival_from_0 = 1.0;
  double              total = 0;
  double              shape[PUENTE_N_AGES], room[PUENTE_N_AGES];
  double             *n_ice = fleet->n[PT_ICE], *n_bev = fleet->n[PT_BEV], *n_phev = fleet->n[PT_PHEV];

  for (guint a = 0; a < PUENTE_N_AGES; a++)
    {
      /* Use n_ice as scratch for N(a) until the end. */
      n_ice[a] = cc->hist_sales[a] * survival_from_0;
      total += n_ice[a];
      survival_from_0 *= self->params.survival[st->country][a];
    }
  for (guint a = 0; a < PUENTE_N_AGES; a++)
    n_ice[a] = total > 0 ? st->stock_2024 * n_ice[a] / total : 0;

  for (guint a = 0; a < PUENTE_N_AGES; a++)
    {
      shape[a] = n_ice[a] * cc->hist_zev_share[a] * cc->hist_bev_of_zev[a];
      room[a] = n_ice[a];
    }
  distribute (shape, room, st->bev_2024, n_bev);

  for (guint a = 0; a < PUENTE_N_AGES; a++)
    {
      shape[a] = n_ice[a] * cc->hist_zev_share[a] * (1.0 - cc->hist_bev_of_zev[a]);
      room[a] = n_ice[a] - n_bev[a];
    }
  distribute (shape, room, st->phev_2024, n_phev);

  for (guint a = 0; a < PUENTE_N_AGES; a++)
    n_ice[a] = MAX (0.0, n_ice[a] - n_bev[a] - n_phev[a]);
}

/* Ages one column (one powertrain) of a fleet in place, downwards:
 * n[a + 1] takes the survivors of n[a], n[0] is emptied. Returns the
 * vehicles lost and adds the kWh of their packs (when @pack is given).
 * The sums run in four chains and are accumulated as the loop goes:
 * storing the losses and summing them afterwards stalls on store-to-load
 * forwarding. */
static inline double
age_column (double       *n,
            const double *p,
            const double *pack,
            gboolean      apply,
            double       *kwh)
{
  double l0 = n[PUENTE_MAX_AGE], l1 = 0, l2 = 0, l3 = 0;
  double k0 = pack ? n[PUENTE_MAX_AGE] * pack[PUENTE_MAX_AGE] : 0, k1 = 0, k2 = 0, k3 = 0;

  G_STATIC_ASSERT (PUENTE_MAX_AGE % 4 == 0);

#define STEP(a, l, k)     \
  {                       \
    double x = n[a];      \
    double sv = x * p[a]; \
    double d = x - sv;    \
    l += d;               \
    if (pack)             \
      k += d * pack[a];   \
    if (apply)            \
      n[(a) + 1] = sv;    \
  }

  for (int a = PUENTE_MAX_AGE - 1; a >= 3; a -= 4)
    {
      STEP (a, l0, k0);
      STEP (a - 1, l1, k1);
      STEP (a - 2, l2, k2);
      STEP (a - 3, l3, k3);
    }
#undef STEP

  if (apply)
    n[0] = 0;
  *kwh += (k0 + k1) + (k2 + k3);
  return (l0 + l1) + (l2 + l3);
}

/* One year of ageing: the vehicles of age a that survive to a + 1 are
 * N(a) s(a+1)/s(a); the others are scrapped; all vehicles of the last age
 * (40) are scrapped. Scrapped EV packs give retired battery kWh, with the
 * pack size of their vintage (pack_by_age, prepared for the year by
 * puente_engine_prepare_year ()). With @apply FALSE only the flows are
 * computed. */
double
puente_engine_age_fleet (PuenteEngine *self,
                         guint         s,
                         gboolean      apply,
                         double       *ev_scrapped,
                         double       *retired_kwh)
{
  PuenteCountry c = self->states[s].country;
  const double *p = self->params.survival[c];
  Fleet        *fleet = &self->fleet[s];
  double        kwh = 0, ice, bev, phev;

  if (apply)
    {
      ice = age_column (fleet->n[PT_ICE], p, NULL, TRUE, &kwh);
      bev = age_column (fleet->n[PT_BEV], p, self->params.pack_by_age[c][0], TRUE, &kwh);
      phev = age_column (fleet->n[PT_PHEV], p, self->params.pack_by_age[c][1], TRUE, &kwh);
    }
  else
    {
      ice = age_column (fleet->n[PT_ICE], p, NULL, FALSE, &kwh);
      bev = age_column (fleet->n[PT_BEV], p, self->params.pack_by_age[c][0], FALSE, &kwh);
      phev = age_column (fleet->n[PT_PHEV], p, self->params.pack_by_age[c][1], FALSE, &kwh);
    }

  *ev_scrapped = bev + phev;
  *retired_kwh = kwh;
  return ice + bev + phev;
}

/* Used-vehicle trade US -> MX (model.md §1). W(p, a) is the US stock of
 * powertrain p and age a inside the window [min_age, max_age]. The
 * exported volume is E = min(lever, sum W); a fraction phi = E / sum W of
 * every cell leaves every US state (so states give in proportion to their
 * stock in the window and the powertrain mix is that of the vintages), and
 * Mexican state m receives u_m * phi * W(p, a): same age, same vintage,
 * same powertrain. sum_m u_m = 1, so what leaves arrives. */
double
puente_engine_used_trade (PuenteEngine *self,
                          double        volume,
                          int           min_age,
                          int           max_age,
                          gboolean      apply)
{
  Fleet *w = &self->window;
  double total = 0, phi;

  memset (w, 0, sizeof *w);
  for (guint s = 0; s < self->n_states; s++)
    {
      self->exports[s] = 0;
      self->ev_exports[s] = 0;
    }

  min_age = MAX (min_age, 0);
  max_age = MIN (max_age, PUENTE_MAX_AGE);
  if (volume <= 0 || min_age > max_age)
    return 0;

  for (guint s = 0; s < self->n_states; s++)
    {
      const Fleet *f = &self->fleet[s];

      if (self->states[s].country != PUENTE_COUNTRY_US)
        continue;
      for (int pt = 0; pt < N_PT; pt++)
        for (int a = min_age; a <= max_age; a++)
          w->n[pt][a] += f->n[pt][a];
    }
  for (int pt = 0; pt < N_PT; pt++)
    for (int a = min_age; a <= max_age; a++)
      total += w->n[pt][a];
  if (total <= 0)
    return 0;

  volume = MIN (volume, total);
  phi = volume / total;

  for (guint s = 0; s < self->n_states; s++)
    {
      Fleet            *f = &self->fleet[s];
      const StateConst *st = &self->states[s];

      if (st->country == PUENTE_COUNTRY_US)
        {
          for (int pt = 0; pt < N_PT; pt++)
            for (int a = min_age; a <= max_age; a++)
              {
                double out = phi * f->n[pt][a];

                self->exports[s] += out;
                if (pt != PT_ICE)
                  self->ev_exports[s] += out;
                if (apply)
                  f->n[pt][a] -= out;
              }
        }
      else if (apply && st->import_share > 0)
        {
          double in = st->import_share * phi;

          for (int pt = 0; pt < N_PT; pt++)
            for (int a = min_age; a <= max_age; a++)
              f->n[pt][a] += in * w->n[pt][a];
        }
    }

  return volume;
}

/* Light-duty constants read by puente_engine_new () that carry ranges
 * and are not behind a lever: registered as uncertain inputs. */
void
puente_engine_ldv_register_uncertain (PuenteEngine *self,
                                      GPtrArray    *slots)
{
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      CountryConst *cc = &self->countries[c];
      const char   *p = puente_country_prefix (c);

      puente_engine_read_param (self, slots, &cc->zev_share_2024, "%s.zev_share_2024", p);
      puente_engine_read_param (self, slots, &cc->bev_share_of_zev_2024, "%s.bev_share_of_zev_2024", p);
      puente_engine_read_param (self, slots, &cc->km_per_vehicle, "%s.km_per_vehicle", p);
      puente_engine_read_param (self, slots, &cc->ice_l_per_100km, "%s.ice_l_per_100km", p);
      puente_engine_read_param (self, slots, &cc->phev_l_per_100km, "%s.phev_l_per_100km", p);
      puente_engine_read_param (self, slots, &cc->bev_kwh_per_km, "%s.bev_kwh_per_km", p);
      puente_engine_read_param (self, slots, &cc->private_ports_per_ev, "%s.private_ports_per_ev", p);
      puente_engine_read_param (self, slots, &cc->cost_public_l2, "%s.cost_public_l2", p);
      puente_engine_read_param (self, slots, &cc->cost_private, "%s.cost_private", p);
      puente_engine_read_param (self, slots, &cc->bev_pack_kwh, "%s.bev_pack_kwh", p);
      puente_engine_read_param (self, slots, &cc->phev_pack_kwh, "%s.phev_pack_kwh", p);
      puente_engine_read_param (self, slots, &cc->pack_kwh_growth, "%s.pack_kwh_growth", p);
      puente_engine_read_param (self, slots, &cc->weibull_shape, "%s.weibull_shape", p);
      puente_engine_read_param (self, slots, &cc->latest_share, "%s.zev_share_latest", p);
      puente_engine_read_param (self, slots, &cc->l2_added, "%s.public_l2_added", p);
      puente_engine_read_param (self, slots, &cc->dcfc_added, "%s.public_dcfc_added", p);
    }
}
