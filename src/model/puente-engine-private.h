/* puente-engine-private.h: engine state shared by the engine's files
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * puente-engine.c     life cycle, constants from the dataset, the run loop
 * puente-engine-ldv.c adoption curves and the light-duty stock model
 *
 * Everything a run touches is allocated in puente_engine_new (); a run only
 * overwrites it. Equations are documented next to the code and in
 * docs/methodology.md.
 */
#pragma once

#include "puente-engine.h"
#include "puente-dataset.h"
#include "puente-levers-private.h"
#include "puente-results-private.h"

G_BEGIN_DECLS

#define PUENTE_N_AGES (PUENTE_MAX_AGE + 1)
/* Vintages (model years) from BASE - MAX_AGE to MAX_HORIZON. */
#define PUENTE_FIRST_VINTAGE (PUENTE_BASE_YEAR - PUENTE_MAX_AGE)
#define PUENTE_N_VINTAGES (PUENTE_MAX_HORIZON - PUENTE_FIRST_VINTAGE + 1)
/* Weibull shape of light-duty survival (ICCT Roadmap model). */
#define PUENTE_WEIBULL_SHAPE 5.0
/* Sales response to a purchase incentive: +2.6 % ZEV sales per 1000 USD
 * (Jenn, Springel and Gopal 2018, Energy Policy 119:349-356). */
#define PUENTE_INCENTIVE_ELASTICITY 0.026
/* Years the adoption curve moves per year of earlier price parity. */
#define PUENTE_PARITY_SHIFT 1.0

typedef enum {
  PT_ICE,
  PT_BEV,
  PT_PHEV,
  N_PT
} Powertrain;

/* Vehicles by powertrain and age, end of year. */
typedef struct
{
  double n[N_PT][PUENTE_N_AGES];
} Fleet;

typedef struct
{
  PuenteCountry country;
  double        sales_share;        /* of the country's sales, normalised to sum 1 */
  double        adoption_index;
  double        stock_2024;
  double        bev_2024;
  double        phev_2024;
  double        l2_2024;
  double        dcfc_2024;
  double        import_share;       /* of used imports; normalised to sum 1 over MX */
  double        grid_rel;           /* state grid factor / country average, 2024 */
  double        grid_2024;          /* kg CO2/kWh */
} StateConst;

typedef struct
{
  double sales_2024;
  double zev_share_2024;
  double bev_share_of_zev_2024;
  double km_per_vehicle;
  double ice_l_per_100km;
  double phev_l_per_100km;
  double bev_kwh_per_km;
  double private_ports_per_ev;
  double cost_public_l2;
  double cost_private;
  double bev_pack_kwh;
  double phev_pack_kwh;
  double pack_kwh_growth;
  double grid_2024;                 /* stock-weighted mean of the states' factors */
  double adoption_mean;             /* sales-weighted mean adoption index */
  /* Historical series by age in 2024 (vintage 2024 - a). */
  double hist_sales[PUENTE_N_AGES];
  double hist_zev_share[PUENTE_N_AGES];
  double hist_bev_of_zev[PUENTE_N_AGES];
} CountryConst;

/* The ZEV share of new sales over time (see puente-engine-ldv.c). */
typedef enum {
  CURVE_LOGISTIC,   /* plain logistic through both anchors */
  CURVE_HIGH,       /* target near 100 %: stretched logistic, capped at 1 */
  CURVE_LOW,        /* target near 0 %: stretched logistic, floored at 0 */
  CURVE_LINEAR,     /* degenerate anchors: straight line, then flat */
} CurveMode;

typedef struct
{
  CurveMode mode;
  double    z0;             /* share in the base year */
  double    target;         /* Z */
  double    target_year;    /* T after the incentive / parity shift */
  double    logit0;
  double    k;              /* steepness, 1/year */
  double    anchor;         /* share the logistic passes at T (Z or the clamp) */
} Curve;

typedef struct
{
  /* Per country, from the levers. */
  double  survival[PUENTE_N_COUNTRIES][PUENTE_N_AGES]; /* s(a+1)/s(a); 0 at the last age */
  double  fuel_ice[PUENTE_N_COUNTRIES][PUENTE_N_VINTAGES];  /* L/100 km by vintage */
  double  pack_bev[PUENTE_N_COUNTRIES][PUENTE_N_VINTAGES];  /* kWh by vintage */
  double  pack_phev[PUENTE_N_COUNTRIES][PUENTE_N_VINTAGES];
  Curve   curve[PUENTE_N_COUNTRIES];
  Curve   ca_curve;
  gboolean ca_own;
  /* For the current year, by age: pack kWh of the vintages being scrapped
   * (BEV, PHEV) and ICE fuel use of the vintages in the stock. */
  double  pack_by_age[PUENTE_N_COUNTRIES][2][PUENTE_N_AGES];
  double  fuel_by_age[PUENTE_N_COUNTRIES][PUENTE_N_AGES];
  double  bev_target[PUENTE_N_COUNTRIES];
  int     bev_target_year[PUENTE_N_COUNTRIES];
} RunParams;

struct _PuenteEngine
{
  PuenteDataset *dataset;
  guint          n_states;
  StateConst    *states;
  CountryConst   countries[PUENTE_N_COUNTRIES];
  int            ca_index;          /* US-CA, or -1 */
  double         gasoline_kg_co2_per_l;

  /* Working memory, overwritten by every run. */
  RunParams      params;
  Fleet         *fleet;             /* per state */
  double        *zev_share;         /* per state, current year */
  guint8        *capped;            /* per state, share allocation */
  double        *built;             /* per state: installed public L2, DCFC, private */
  double        *exports;           /* per state: used exports this year */
  double        *ev_exports;
  Fleet          window;            /* US vehicles in the export window */
};

/* Sums with four accumulators: a serial sum is bound by the latency of
 * one addition per element; four independent chains are not. */
static inline double
puente_sum (const double *x,
            int           n)
{
  double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  int i = 0;

  for (; i + 4 <= n; i += 4)
    {
      s0 += x[i];
      s1 += x[i + 1];
      s2 += x[i + 2];
      s3 += x[i + 3];
    }
  for (; i < n; i++)
    s0 += x[i];
  return (s0 + s1) + (s2 + s3);
}

static inline double
puente_dot (const double *x,
            const double *y,
            int           n)
{
  double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  int i = 0;

  for (; i + 4 <= n; i += 4)
    {
      s0 += x[i] * y[i];
      s1 += x[i + 1] * y[i + 1];
      s2 += x[i + 2] * y[i + 2];
      s3 += x[i + 3] * y[i + 3];
    }
  for (; i < n; i++)
    s0 += x[i] * y[i];
  return (s0 + s1) + (s2 + s3);
}

/* Fills pack_by_age (vehicles scrapped in @scrap_year) and fuel_by_age
 * (stock at the end of @stock_year). */
void    puente_engine_prepare_year (PuenteEngine       *self,
                                    int                 scrap_year,
                                    int                 stock_year);

/* puente-engine-ldv.c */
void    puente_curve_init          (Curve              *curve,
                                    double              z0,
                                    double              target,
                                    int                 target_year,
                                    double              shift_years);
double  puente_curve_eval          (const Curve        *curve,
                                    double              year);
void    puente_engine_share_states (PuenteEngine       *self,
                                    PuenteCountry       country,
                                    double              country_share,
                                    double             *state_shares);
void    puente_engine_init_fleet   (PuenteEngine       *self,
                                    guint               state);
/* Ages a state's fleet by one year; returns scrapped vehicles and fills
 * the EV scrappage and the kWh of the scrapped packs. With @apply FALSE the
 * fleet is left untouched (base-year estimate). */
double  puente_engine_age_fleet    (PuenteEngine       *self,
                                    guint               state,
                                    gboolean            apply,
                                    double             *ev_scrapped,
                                    double             *retired_kwh);
/* Moves @exports used vehicles from US to MX; fills self->exports,
 * self->ev_exports (per US state) and returns the volume moved. */
double  puente_engine_used_trade   (PuenteEngine       *self,
                                    double              exports,
                                    int                 min_age,
                                    int                 max_age,
                                    gboolean            apply);

G_END_DECLS
