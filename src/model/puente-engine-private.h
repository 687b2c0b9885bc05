/* puente-engine-private.h: engine state shared by the engine's files
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * puente-engine.c         life cycle, constants from the dataset, the run loop
 * puente-engine-ldv.c     adoption curves and the light-duty stock model
 * puente-engine-freight.c trucks at the ports of entry, national heavy trucks
 * puente-engine-transit.c transit buses per city
 * puente-engine-supply.c  battery supply chain and its flow graph
 * puente-engine-uncertain.c uncertain inputs (for ensembles)
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
#include "puente-flows-private.h"

G_BEGIN_DECLS

#define PUENTE_N_AGES (PUENTE_MAX_AGE + 1)
/* Vintages (model years) from BASE - MAX_AGE to MAX_HORIZON. */
#define PUENTE_FIRST_VINTAGE (PUENTE_BASE_YEAR - PUENTE_MAX_AGE)
#define PUENTE_N_VINTAGES (PUENTE_MAX_HORIZON - PUENTE_FIRST_VINTAGE + 1)
/* Weibull shape of the heavy-truck survival of puente-engine-freight.c
 * (ICCT Roadmap model); light duty reads its shape per country from the
 * dataset (c.weibull_shape). */
#define PUENTE_WEIBULL_SHAPE 5.0
/* Rule tables (rules.json) that the light-duty rule levers follow. */
#define PUENTE_RULE_US_LDV "us-epa-lmdv-2024"
#define PUENTE_RULE_CA_LDV "ca-acc2"
/* Years after the base year that may carry observed ZEV shares and sales
 * (2025, 2026, ...): the path follows them before the curve takes over. */
#define PUENTE_MAX_OBSERVED_YEARS 4
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
  double        sales_share; /* of the country's sales, normalised to sum 1 */
  double        adoption_index;
  double        stock_2024;
  double        bev_2024;
  double        phev_2024;
  double        l2_2024; /* the dataset's, or a scenario's base ports */
  double        dcfc_2024;
  double        l2_data; /* the dataset's */
  double        dcfc_data;
  double        port_share[2]; /* of the country's public L2, DCFC ports, 2024 */
  double        import_share;  /* of used imports; normalised to sum 1 over MX */
  double        grid_rel;      /* state grid factor / country average, 2024 */
  double        grid_2024;     /* kg CO2/kWh */
  double        logit_offset;  /* logit of its 2024 share - the country's */
  double        odds_factor;   /* exp (-logit_offset) */
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
  double grid_2024;     /* stock-weighted mean of the states' factors */
  double adoption_mean; /* sales-weighted mean adoption index */
  double weibull_shape; /* light-duty survival, s(a) = exp(-(a/lambda)^k) */
  /* Observed years after the base year: ZEV share and sales of base + 1 ..
   * base + n_observed (from the series), which every scenario follows. */
  int    n_observed;
  double observed_share[PUENTE_MAX_OBSERVED_YEARS];
  double observed_sales[PUENTE_MAX_OBSERVED_YEARS]; /* 0 when not published */
  /* The curve's first anchor: the latest observed share, at its time in
   * model years (a year's value is its average: mid-year is the year). */
  double latest_share;
  double latest_t0;
  /* Public ports added in the latest observed year, per type (the pace
   * the existing ports keep until they meet the need). */
  double l2_added;
  double dcfc_added;
  /* Historical series by age in 2024 (vintage 2024 - a). */
  double hist_sales[PUENTE_N_AGES];
  double hist_zev_share[PUENTE_N_AGES];
  double hist_bev_of_zev[PUENTE_N_AGES];
} CountryConst;

/* The ZEV share of new sales over time (see puente-engine-ldv.c). */
typedef enum {
  CURVE_LOGISTIC, /* plain logistic through both anchors */
  CURVE_HIGH,     /* target near 100 %: stretched logistic, capped at 1 */
  CURVE_LOW,      /* target near 0 %: stretched logistic, floored at 0 */
  CURVE_LINEAR,   /* degenerate anchors: straight line, then flat */
} CurveMode;

typedef struct
{
  CurveMode mode;
  double    t0;    /* time of the first anchor (model years: a year's
                             * value is its average, so 2025.0 is mid-2025) */
  double    z_max; /* ceiling the curve approaches (>= target) */
  /* In units of the ceiling, u = z / z_max: */
  double    z0;          /* share at t0 */
  double    target;      /* Z */
  double    target_year; /* T after the incentive / parity shift */
  double    logit0;
  double    k;      /* steepness, 1/year */
  double    anchor; /* share the logistic passes at T (Z or the clamp) */
} Curve;

typedef struct
{
  /* Per country, from the levers. */
  double            survival[PUENTE_N_COUNTRIES][PUENTE_N_AGES];     /* s(a+1)/s(a); 0 at the last age */
  double            fuel_ice[PUENTE_N_COUNTRIES][PUENTE_N_VINTAGES]; /* L/100 km by vintage */
  double            pack_bev[PUENTE_N_COUNTRIES][PUENTE_N_VINTAGES]; /* kWh by vintage */
  double            pack_phev[PUENTE_N_COUNTRIES][PUENTE_N_VINTAGES];
  Curve             curve[PUENTE_N_COUNTRIES];
  Curve             ca_curve;
  gboolean          ca_own;
  /* Rule tables followed as floors on the share (NULL: none). */
  const PuenteRule *rule[PUENTE_N_COUNTRIES];
  const PuenteRule *ca_rule;
  /* Common logit shift of the state shares, per country (warm start). */
  double            state_shift[PUENTE_N_COUNTRIES];
  /* For the current year, by age: pack kWh of the vintages being scrapped
   * (BEV, PHEV) and ICE fuel use of the vintages in the stock. */
  double            pack_by_age[PUENTE_N_COUNTRIES][2][PUENTE_N_AGES];
  double            fuel_by_age[PUENTE_N_COUNTRIES][PUENTE_N_AGES];
  double            bev_target[PUENTE_N_COUNTRIES];
  int               bev_target_year[PUENTE_N_COUNTRIES];
  /* Lever values the year loop reads (kept in range). */
  double            sales_growth[PUENTE_N_COUNTRIES];
  double            port_growth[PUENTE_N_COUNTRIES]; /* growth of the yearly additions */
  /* Public ports per country and type (L2, DCFC): existing, this year's
   * additions on the trend, and whether the trend has met the need. */
  double            ports[PUENTE_N_COUNTRIES][2];
  double            ports_added[PUENTE_N_COUNTRIES][2];
  guint8            ports_trend[PUENTE_N_COUNTRIES][2];
  double            home_access[PUENTE_N_COUNTRIES];
  double            utility_factor[PUENTE_N_COUNTRIES];
  double            evs_per_l2[PUENTE_N_COUNTRIES];
  double            evs_per_dcfc[PUENTE_N_COUNTRIES];
  double            cost_dcfc[PUENTE_N_COUNTRIES];
  double            grid_2050[PUENTE_N_COUNTRIES];
  double            used_volume;
  int               used_min_age;
  int               used_max_age;
  double            second_life; /* shares of retired batteries, sum <= 1 */
  double            recycling;
  /* State of the year loop. */
  double            sales_factor[PUENTE_N_COUNTRIES]; /* sales / 2024 sales */
  double            bev_of_zev[PUENTE_N_COUNTRIES];   /* BEV share of ZEV sales this year */
} RunParams;


/* ---- Trucks, transit buses, supply chain (model.md sections 2-4) ----- */

/* Charger types at the ports (section 2). */
typedef enum {
  CHARGER_DEPOT,
  CHARGER_350KW,
  CHARGER_MW,
  N_CHARGERS
} ChargerType;

/* Chemistries of the material intensities (section 4). */
typedef enum {
  CHEM_NMC811,
  CHEM_NMC622,
  CHEM_LFP,
  N_CHEM
} Chemistry;

/* Longest bus lifetime the transit cohorts hold (lever maximum). */
#define PUENTE_MAX_BUS_LIFETIME 20
/* Northbound commercial lanes work about 300 days a year (Monday to
 * Saturday, less holidays): daily energy is annual / 300. Assumption. */
#define PUENTE_FREIGHT_WORKING_DAYS 300.0
/* Share of a day's fast and megawatt charging in the busiest hour
 * (commercial lanes open 10-16 hours; assumption), and the overnight
 * window of depot charging in hours (assumption). */
#define PUENTE_FREIGHT_BUSIEST_HOUR_SHARE 0.10
#define PUENTE_FREIGHT_DEPOT_HOURS 8.0
/* Zero-emission trucks in the 2024 stock: the 2022-2024 vintages at the
 * 2024 share. */
#define PUENTE_HD_ZE_VINTAGES_2024 3
/* Steepness of a current-policies path whose midpoint year lies in the
 * past (the base-year share is already above half the plateau), 1/year. */
#define PUENTE_SATURATING_K_FALLBACK 0.3
/* Battery-electric buses per depot charger (sequential overnight
 * charging; assumption). */
#define PUENTE_BUSES_PER_DEPOT_CHARGER 2.0
/* Share of US zero-emission vehicle sales built outside North America in
 * 2024 (assumption: imports from Korea, Japan and Europe). */
#define PUENTE_US_ZEV_IMPORT_SHARE 0.20
/* A new plant reaches its nameplate capacity over its first years:
 * 1/4, 2/4, 3/4, then all of it (assumption; plants take 3-5 years to
 * ramp up). */
#define PUENTE_SITE_RAMP_YEARS 4.0
/* The share of North American-assembled vehicles' cells made in North
 * America moves each year a third of the way towards what the counted
 * capacity can supply (supply contracts and cell qualification take years;
 * assumption). */
#define PUENTE_CELL_ADJUST_RATE (1.0 / 3.0)
/* Plant announcements reach about 2030: after this year capacity (cells,
 * cathode, recycling) grows with the demand it serves, keeping the
 * North American shares of 2030 (assumption). */
#define PUENTE_SITE_LIST_HORIZON 2030
/* Pack mass per energy: 6,250 t per GWh (about 160 Wh/kg at pack level;
 * assumption), to turn recycling capacity in t/year into GWh/year. */
#define PUENTE_PACK_T_PER_GWH 6250.0
/* NMC split between NMC811 and NMC622 (assumption). */
#define PUENTE_NMC811_SHARE 0.6
/* Year the LFP lever is reached. */
#define PUENTE_LFP_TARGET_YEAR 2035
/* Start year assumed for sites without one: under construction 2027,
 * announced or paused 2028. */
#define PUENTE_SITE_START_UNDER_CONSTRUCTION 2027
#define PUENTE_SITE_START_ANNOUNCED 2028

/* A current-policies path (model.md section 1): a logistic that levels
 * off at z_max, z(t) = z_max / (1 + exp (-k (t - t_mid))), through the
 * observed base-year share. */
typedef struct
{
  double z0;
  double z_max;
  double k;
  double t_mid;
} SatCurve;

typedef struct
{
  double   crossings; /* vehicles/year, taken as the 2024 level */
  double   drayage_share;
  int      us_state; /* state indices for the grid factor, or -1 */
  int      mx_state;
  gboolean california;
} PortConst;

typedef struct
{
  PuenteCountry country;
  int           state;     /* state index, or -1 */
  double        bus_fleet; /* incl. battery-electric */
  double        ebus;
  double        trolleybus;
  int           published_year; /* 0 when none */
  gboolean      binding;        /* the published year is a binding rule */
  int           lever;          /* its target-year lever, or -1 */
  double        ze_purchase;    /* recent ZE share of purchases (else of the fleet) */
  gboolean      has_rule;
  double        rule[PUENTE_MAX_YEARS]; /* a rule's minimum ZE share of purchases by year */
} CityConst;

typedef struct
{
  PuenteSiteType type;
  PuenteCountry  country;
  double         capacity;     /* GWh/year (t/year for recycling, converted) */
  double         tonnes;       /* recycling: t/year; else 0 */
  int            start_year;   /* published, or PUENTE_SITE_START_* */
  int            status_level; /* the plant_statuses lever value from which it counts */
  int            ran_from;     /* years it ran by its status history: [from, until) */
  int            ran_until;
} SiteConst;

/* Trucks at the border and the national heavy-truck stocks (section 2). */
typedef struct
{
  double hd_kwh_per_km;
  double hd_diesel_l_per_100km;
  double charger_kw[N_CHARGERS];
  double session_kwh[N_CHARGERS];
  double sessions_per_day[N_CHARGERS];
  double utilisation[N_CHARGERS]; /* dataset values the sessions go with */
  double hd_sales_2024[PUENTE_N_COUNTRIES];
  double hd_stock_2024[PUENTE_N_COUNTRIES];
  double hd_median_lifetime[PUENTE_N_COUNTRIES];
  double hd_shape[PUENTE_N_COUNTRIES];         /* Weibull shape of heavy trucks */
  double hd_ze_share_2024[PUENTE_N_COUNTRIES]; /* ZE share of new sales, 2024 */
  double hd_midpoint_year[PUENTE_N_COUNTRIES]; /* current-policies path: half its plateau */
  double hd_pack_kwh;
  double hd_pack_growth;
  double ca_sales_share;   /* California's share of US heavy-truck sales */
  double mx_share_drayage; /* share of crossings by Mexico-based trucks */
  double mx_share_longhaul;
  /* California's Advanced Clean Trucks schedule (Class 7-8 tractors) by
   * model year from the base year; 0 before its first year, its last
   * value after. */
  double act[PUENTE_MAX_YEARS];
} FreightConst;

/* Transit buses (section 3). */
typedef struct
{
  double bus_kwh_per_km[PUENTE_N_COUNTRIES];
  double bus_diesel_l_per_km[PUENTE_N_COUNTRIES];
  double bus_km_per_year[PUENTE_N_COUNTRIES];
  double ebus_price[PUENTE_N_COUNTRIES];
  double diesel_bus_price[PUENTE_N_COUNTRIES];
  double depot_charger_price[PUENTE_N_COUNTRIES];
  double depot_charger_kw;
  double maint_diesel;
  double maint_electric;
  double bus_pack_kwh;
  double bus_pack_growth;
} TransitConst;

/* The battery supply chain (section 4). */
typedef struct
{
  double intensity[N_CHEM][PUENTE_N_MATERIALS]; /* kg/kWh */
  double lfp_share_2024[PUENTE_N_COUNTRIES];
  double cells_imported_2024[PUENTE_N_COUNTRIES];
  double jobs_per_gwh_cells;
  double jobs_per_thousand_assembled;
  double recovery[PUENTE_N_MATERIALS];
  double battery_cost_2024; /* USD/kWh; buses' prices follow it */
  double mx_lv_production;
  double mx_lv_exports;
  double mx_lv_exports_to_us;
} SupplyConst;

/* An uncertain input (a dataset figure with "low" and "high") that the
 * engine uses directly: where it lives in the engine and its range. */
typedef struct
{
  const char *id; /* parameter id, or "port:<id>", "city:<id>" */
  double     *slot;
  double      value;
  double      low;
  double      high;
} UncertainSlot;

/* Per-run working memory of the freight step. */
typedef struct
{
  /* National heavy trucks by powertrain (0 diesel, 1 zero-emission) and age. */
  double   hd[PUENTE_N_COUNTRIES][2][PUENTE_N_AGES];
  double   hd_survival[PUENTE_N_COUNTRIES][PUENTE_N_AGES];
  SatCurve hd_base[PUENTE_N_COUNTRIES];  /* current policies */
  Curve    hd_curve[PUENTE_N_COUNTRIES]; /* a policy target, when set */
  gboolean hd_policy[PUENTE_N_COUNTRIES];
  Curve    drayage, longhaul, ca_drayage, ca_longhaul;
  gboolean drayage_own, longhaul_own, ca_drayage_own, ca_longhaul_own;
  /* ZE share of California's new heavy trucks by vintage year
   * (PUENTE_FIRST_VINTAGE ...), for the California fleet's turnover. */
  double   ca_share[PUENTE_N_VINTAGES];
  /* Pack kWh of heavy trucks by vintage (PUENTE_FIRST_VINTAGE ...). */
  double   hd_pack[PUENTE_N_VINTAGES];
} FreightRun;

/* Per-run working memory of the transit step. */
typedef struct
{
  /* Pack kWh of buses by vintage (PUENTE_FIRST_VINTAGE ...). */
  double bus_pack[PUENTE_N_VINTAGES];
  /* Per country and year: kWh of batteries in the e-buses bought and
   * retired (read by the supply step). */
  double bus_demand_kwh[PUENTE_N_COUNTRIES][PUENTE_MAX_YEARS];
  double bus_retired_kwh[PUENTE_N_COUNTRIES][PUENTE_MAX_YEARS];
} TransitRun;

/* What the supply step takes from the light-duty loop. */
typedef struct
{
  /* Per year: kWh of the used EVs moved US -> MX. */
  double used_kwh[PUENTE_MAX_YEARS];
} SupplyRun;

/* Transit cohorts per city: buses of each type by age. */
typedef struct
{
  double conventional[PUENTE_MAX_BUS_LIFETIME];
  double ebus[PUENTE_MAX_BUS_LIFETIME];
  double trolleybus[PUENTE_MAX_BUS_LIFETIME];
  double ebus_cf[PUENTE_MAX_BUS_LIFETIME]; /* all-diesel counterfactual: only the 2024 e-buses */
  double chargers;                         /* installed depot chargers */
  double cost_diff;                        /* cumulative, USD */
} CityFleet;

struct _PuenteEngine
{
  PuenteDataset    *dataset;
  guint             n_states;
  StateConst       *states;
  CountryConst      countries[PUENTE_N_COUNTRIES];
  int               ca_index; /* US-CA, or -1 */
  /* Rule tables the light-duty rule levers turn on (NULL when the
   * dataset has none). */
  const PuenteRule *rule_us;
  const PuenteRule *rule_ca;
  double            gasoline_kg_co2_per_l;
  double            diesel_kg_co2_per_l;

  /* Working memory, overwritten by every run. */
  RunParams         params;
  Fleet            *fleet;     /* per state */
  double           *zev_share; /* per state, current year */
  double           *built;     /* per state: installed public L2, DCFC, private */
  double           *existing;  /* per state: existing public L2, DCFC on the deployment trend */
  double           *ev_now;    /* per state: EV stock this year (for charging) */
  double           *need;      /* per state: public L2, DCFC need this year and */
  double           *need_prev; /* the year before */
  double           *exports;   /* per state: used exports this year */
  double           *ev_exports;
  Fleet             window; /* US vehicles in the export window */

  /* Trucks, transit and supply-chain constants (from the dataset;
   * sampled by ensembles). */
  guint             n_ports;
  PortConst        *ports;
  guint             n_cities;
  CityConst        *cities;
  guint             n_sites;
  SiteConst        *sites;
  FreightConst      freight;
  TransitConst      transit;
  SupplyConst       supply;
  /* Uncertain inputs: the slots above (and in countries[]) with ranges. */
  guint             n_slots;
  UncertainSlot    *slots;

  /* Their working memory. */
  FreightRun        freight_run;
  TransitRun        transit_run;
  SupplyRun         supply_run;
  CityFleet        *city_fleet;
};

/* "us" or "mx": the prefix of a country's dataset ids. */
static inline const char *
puente_country_prefix (PuenteCountry c)
{
  return c == PUENTE_COUNTRY_US ? "us" : "mx";
}

/* Sums with four accumulators: a serial sum is bound by the latency of
 * one addition per element; four independent chains are not. */
static inline double
puente_sum (const double *x,
            int           n)
{
  double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  int    i = 0;

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
  int    i = 0;

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

/* puente-engine-ldv.c */
/* A logistic with ceiling 1 from (base year, @z0) to (@target_year, @target). */
void   puente_curve_init (Curve *curve,
                          double z0,
                          double target,
                          int    target_year,
                          double shift_years);
/* The same with a ceiling @z_max and a first anchor at time @t0. */
void   puente_curve_init_full (Curve *curve,
                               double t0,
                               double z0,
                               double target,
                               int    target_year,
                               double shift_years,
                               double z_max);
double puente_curve_eval (const Curve *curve,
                          double       year);
void   puente_engine_share_states (PuenteEngine *self,
                                   PuenteCountry country,
                                   double        country_share,
                                   double       *state_shares);
void   puente_engine_init_fleet (PuenteEngine *self,
                                 guint         state);
/* Ages a state's fleet by one year; returns scrapped vehicles and fills
 * the EV scrappage and the kWh of the scrapped packs. With @apply FALSE the
 * fleet is left untouched (base-year estimate). */
double puente_engine_age_fleet (PuenteEngine *self,
                                guint         state,
                                gboolean      apply,
                                double       *ev_scrapped,
                                double       *retired_kwh);
/* Moves @exports used vehicles from US to MX; fills self->exports,
 * self->ev_exports (per US state) and returns the volume moved. */
double puente_engine_used_trade (PuenteEngine *self,
                                 double        exports,
                                 int           min_age,
                                 int           max_age,
                                 gboolean      apply);

/* Sections 2-4. Each _init reads its constants from the dataset (called
 * by puente_engine_new, registering uncertain inputs in @slots); each _run
 * runs its section for years 0 .. n_years-1 after the light-duty loop
 * (which left its state rows and supply_run.used_kwh), in the order
 * freight, transit, supply, before aggregation. */
void   puente_engine_freight_init (PuenteEngine *self,
                                   GPtrArray    *slots);
void   puente_engine_transit_init (PuenteEngine *self,
                                   GPtrArray    *slots);
void   puente_engine_supply_init (PuenteEngine *self,
                                  GPtrArray    *slots);
/* Light-duty constants that carry ranges (not behind a lever). */
void   puente_engine_ldv_register_uncertain (PuenteEngine *self,
                                             GPtrArray    *slots);
/* Reads parameter @format... into @field and registers it as an uncertain
 * input when the dataset gives it a range. Returns the value. */
G_GNUC_PRINTF (4, 5)
double puente_engine_read_param (PuenteEngine *self,
                                 GPtrArray    *slots,
                                 double       *field,
                                 const char   *format,
                                 ...);
/* Moves the registered slots into the engine (frees @slots' items). */
void   puente_engine_take_slots (PuenteEngine *self,
                                 GPtrArray    *slots);
void   puente_engine_freight_run (PuenteEngine  *self,
                                  const double  *values,
                                  PuenteResults *results,
                                  guint          n_years);
void   puente_engine_transit_run (PuenteEngine  *self,
                                  const double  *values,
                                  PuenteResults *results,
                                  guint          n_years);
void   puente_engine_supply_run (PuenteEngine  *self,
                                 const double  *values,
                                 PuenteResults *results,
                                 guint          n_years);
/* A lever value kept inside its range. */
double puente_engine_lever (const double *values,
                            guint         index);
/* Grid factor (kg CO2/kWh) of state @s in year index @y (section 7 of the
 * light-duty methodology). */
double puente_engine_grid_factor (const PuenteEngine *self,
                                  const double       *values,
                                  int                 s,
                                  guint               y);
/* Uncertain inputs (ensembles): quantiles in [0, 1) per slot give each
 * input a value from a two-piece triangular distribution on [low, high]
 * with its median (and mode) at the dataset value; NULL restores the
 * dataset values. */
guint  puente_engine_get_n_uncertain (PuenteEngine *self);
void   puente_engine_set_sample (PuenteEngine *self,
                                 const double *quantiles);
double puente_triangular (double low,
                          double mode,
                          double high,
                          double q);
/* Registers an uncertain input when the dataset figure @id has a range. */
void   puente_engine_add_slot (PuenteEngine       *self,
                               GPtrArray          *slots,
                               const char         *id,
                               const PuenteFigure *fig,
                               double             *slot);

G_END_DECLS
