/* puente-engine-supply.c: battery supply chain and circularity (model.md §4)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per year, in GWh of battery capacity (GWh-equivalent for materials):
 *
 *   demand D_c      = ZEV sales x pack (light duty, BEV and PHEV by
 *                     vintage) + e-buses bought x bus pack + zero-emission
 *                     heavy trucks sold x truck pack
 *   where the vehicles sold in the US are made: Mexico x = Mexico's light
 *   vehicle exports to the US / US sales; outside North America y (20 %,
 *   assumption); the US the rest. Mexico's sales: made in Mexico
 *   m = (production - exports) / sales; imported the rest. Mexico's
 *   exports outside North America follow its exports to the US in the
 *   ratio of the 2024 trade.
 *   NA assembly A = D_US (1 - x - y) + D_US x (1 + r) + D_MX m
 *   NA cells  P(t)  = min (A(t), u(t) C(t)),  u(2024) = P(2024) / C(2024),
 *                     P(2024) = A(2024) (1 - i_2024), and u(t) moving
 *                     linearly to 80 % in 2030 (plants ramp up)
 *   with C the cell capacity of the sites dataset (operating and under
 *   construction from their start year; announced and paused times the
 *   nearshoring lever) and i_2024 the dataset's imported cell shares.
 *   imported cells = A - P; recycled = min (retired x recycling share,
 *   recycling capacity); recovered = recycled x rho (rho: the recovered
 *   mass share of the chemistry mix); recovered material feeds the
 *   materials stage; North American materials min (P - recovered,
 *   cathode capacity); imported materials the rest.
 *
 * Every stage node balances by construction; stock growth and drawdown
 * nodes close the "vehicles in use" nodes.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"

static const char *const chem_ids[N_CHEM] = { "nmc811", "nmc622", "lfp" };

#define lever(values, index) puente_engine_lever ((values), (index))
#define ROW(ind, r) (puente_results_row (results, (ind), (r)))

/* Material intensity (kg/kWh) of a chemistry mix with LFP share @lfp. */
static void
mix_intensity (const SupplyConst *e,
               double             lfp,
               double            *out)
{
  for (int m = 0; m < PUENTE_N_MATERIALS; m++)
    out[m] = lfp * e->intensity[CHEM_LFP][m] +
      (1.0 - lfp) * (PUENTE_NMC811_SHARE * e->intensity[CHEM_NMC811][m] + (1.0 - PUENTE_NMC811_SHARE) * e->intensity[CHEM_NMC622][m]);
}

/* The level of the supply.plant_statuses lever from which a site's
 * status counts (beyond the years its status history says it ran). */
static int
status_level (PuenteSiteStatus status)
{
  switch (status)
    {
    case PUENTE_SITE_OPERATING:
      return 0;
    case PUENTE_SITE_UNDER_CONSTRUCTION:
      return 1;
    case PUENTE_SITE_PAUSED:
      return 2;
    case PUENTE_SITE_ANNOUNCED:
      return 3;
    case PUENTE_SITE_CANCELLED:
    case PUENTE_N_SITE_STATUSES:
    default:
      return G_MAXINT;
    }
}

/* Capacities of the counted plants in one year, per country (GWh/year;
 * recycling also in t/year): nameplate, and effective with the ramp of
 * new plants. */
typedef struct
{
  double cells[PUENTE_N_COUNTRIES];
  double cells_effective[PUENTE_N_COUNTRIES];
  double cathode;
  double recycling[PUENTE_N_COUNTRIES];
  double recycling_t[PUENTE_N_COUNTRIES];
} Capacities;

/* Sums the sites that count in @year with plants of status level @level
 * (the supply.plant_statuses lever): the years a site ran by its status
 * history, and from its start year when its status counts at this level.
 * A plant reaches its nameplate over PUENTE_SITE_RAMP_YEARS. */
static void
sum_capacities (const PuenteEngine *self,
                int                 year,
                int                 level,
                Capacities         *out)
{
  memset (out, 0, sizeof *out);
  for (guint i = 0; i < self->n_sites; i++)
    {
      const SiteConst *sc = &self->sites[i];
      gboolean         ran = year >= sc->ran_from && year < sc->ran_until;
      double           ramp;

      if (!ran && (sc->status_level > level || year < sc->start_year))
        continue;
      /* Plants that started before the base year are part of its
       * calibration: at nameplate. */
      ramp = sc->start_year < PUENTE_BASE_YEAR
        ? 1.0
        : CLAMP ((year - sc->start_year + 1) / PUENTE_SITE_RAMP_YEARS, 0.0, 1.0);
      switch (sc->type)
        {
        case PUENTE_SITE_CELLS:
          out->cells[sc->country] += sc->capacity;
          out->cells_effective[sc->country] += sc->capacity * ramp;
          break;
        case PUENTE_SITE_CATHODE:
          out->cathode += sc->capacity * ramp;
          break;
        case PUENTE_SITE_RECYCLING:
          out->recycling[sc->country] += sc->capacity * ramp;
          out->recycling_t[sc->country] += sc->tonnes * ramp;
          break;
        default:
          break;
        }
    }
}

static void
set_link (PuenteResults *results,
          guint          link,
          guint          y,
          double         gwh,
          const double  *intensity)
{
  puente_results_flow_row (results, link)[y] = gwh;
  for (int m = 0; m < PUENTE_N_MATERIALS; m++)
    /* GWh x kg/kWh = 10^6 kg = 1000 t per GWh per kg/kWh. */
    puente_results_tonnes_row (results, link, m)[y] = intensity ? gwh * intensity[m] * 1000.0 : 0;
}

/* Start year of a site for the capacity sum (see PUENTE_SITE_START_*). */
static int
site_start (const PuenteSite *site)
{
  if (site->start_year > 0)
    return site->start_year;
  switch (site->status)
    {
    case PUENTE_SITE_OPERATING:
      return PUENTE_BASE_YEAR;
    case PUENTE_SITE_UNDER_CONSTRUCTION:
      return PUENTE_SITE_START_UNDER_CONSTRUCTION;
    case PUENTE_SITE_ANNOUNCED:
    case PUENTE_SITE_PAUSED:
    case PUENTE_SITE_CANCELLED:
    case PUENTE_N_SITE_STATUSES:
    default:
      return PUENTE_SITE_START_ANNOUNCED;
    }
}

void
puente_engine_supply_init (PuenteEngine *self,
                           GPtrArray    *slots)
{
  PuenteDataset *ds = self->dataset;
  SupplyConst   *e = &self->supply;
  guint          n_sites = puente_dataset_get_n_sites (ds);

  for (int k = 0; k < N_CHEM; k++)
    for (int m = 0; m < PUENTE_N_MATERIALS; m++)
      puente_engine_read_param (self, slots, &e->intensity[k][m], "intensity.%s.%s", chem_ids[k], puente_material_id (m));
  for (int m = 0; m < PUENTE_N_MATERIALS; m++)
    puente_engine_read_param (self, slots, &e->recovery[m], "recycling_recovery_%s", puente_material_id (m));
  puente_engine_read_param (self, slots, &e->jobs_per_gwh_cells, "jobs_per_gwh_cells");
  puente_engine_read_param (self, slots, &e->jobs_per_thousand_assembled, "jobs_per_thousand_vehicles_assembly");
  puente_engine_read_param (self, slots, &e->battery_cost_2024, "battery_cost_usd_per_kwh_2024");
  puente_engine_read_param (self, slots, &e->mx_lv_production, "mx.lv_production_2024");
  puente_engine_read_param (self, slots, &e->mx_lv_exports, "mx.lv_exports_2024");
  puente_engine_read_param (self, slots, &e->mx_lv_exports_to_us, "mx.lv_exports_to_us_2024");

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *p = puente_country_prefix (c);

      puente_engine_read_param (self, slots, &e->lfp_share_2024[c], "%s.lfp_share_2024", p);
      puente_engine_read_param (self, slots, &e->cells_imported_2024[c], "%s.cells_imported_share_2024", p);
    }

  /* Sites with a capacity, for the stages the model uses. */
  self->sites = g_new0 (SiteConst, MAX (n_sites, 1));
  self->n_sites = 0;
  for (guint i = 0; i < n_sites; i++)
    {
      const PuenteSite *site = puente_dataset_get_site (ds, i);
      SiteConst        *sc;

      /* Cancelled plants still count for the years they ran; plants
       * making cells for stationary storage do not supply EVs. */
      if (!site->has_capacity || site->stationary_storage)
        continue;
      if (site->type != PUENTE_SITE_CELLS && site->type != PUENTE_SITE_CATHODE &&
          site->type != PUENTE_SITE_RECYCLING)
        continue;
      sc = &self->sites[self->n_sites++];
      sc->type = site->type;
      sc->country = site->country;
      sc->capacity = site->capacity.value;
      if (site->type == PUENTE_SITE_RECYCLING)
        {
          sc->tonnes = sc->capacity;
          sc->capacity /= PUENTE_PACK_T_PER_GWH;
        }
      sc->start_year = site_start (site);
      sc->status_level = status_level (site->status);
      /* The years its status history says it ran: [ran_from, ran_until). */
      sc->ran_from = G_MAXINT;
      sc->ran_until = G_MININT;
      for (int year = PUENTE_BASE_YEAR; year <= PUENTE_MAX_HORIZON; year++)
        if (puente_site_operated_in (site, year))
          {
            sc->ran_from = MIN (sc->ran_from, year);
            sc->ran_until = year + 1;
          }
    }
}

void
puente_engine_supply_run (PuenteEngine  *self,
                          const double  *values,
                          PuenteResults *results,
                          guint          n_years)
{
  const SupplyConst *e = &self->supply;
  const RunParams   *rp = &self->params;
  int                level = (int) lever (values, PUENTE_LEVER_SUPPLY_PLANT_STATUSES);
  double             lfp_2035 = lever (values, PUENTE_LEVER_SUPPLY_LFP_SHARE_2035);
  double             recovery_scale = lever (values, PUENTE_LEVER_SUPPLY_RECYCLING_RECOVERY);
  double             decline = lever (values, PUENTE_LEVER_SUPPLY_BATTERY_COST_DECLINE);
  double             second_life = lever (values, PUENTE_LEVER_BATTERY_SECOND_LIFE_SHARE);
  double             recycling = lever (values, PUENTE_LEVER_BATTERY_RECYCLING_SHARE);
  double             us_sales_2024 = self->countries[PUENTE_COUNTRY_US].sales_2024;
  double             mx_sales_2024 = self->countries[PUENTE_COUNTRY_MX].sales_2024;
  /* Where vehicles are made (shares of sales; see the header comment). */
  double             x = us_sales_2024 > 0 ? CLAMP (e->mx_lv_exports_to_us / us_sales_2024, 0.0, 1.0) : 0;
  double             y_us = MIN (PUENTE_US_ZEV_IMPORT_SHARE, 1.0 - x);
  double             m_mx = mx_sales_2024 > 0
                ? CLAMP ((e->mx_lv_production - e->mx_lv_exports) / mx_sales_2024, 0.0, 1.0)
                : 0;
  double             r_exp = e->mx_lv_exports_to_us > 0
                ? MAX (0.0, (e->mx_lv_exports - e->mx_lv_exports_to_us) / e->mx_lv_exports_to_us)
                : 0;
  double             recovery[PUENTE_N_MATERIALS];
  double             u0 = 0, share_na = 0, cost = e->battery_cost_2024;
  /* At PUENTE_SITE_LIST_HORIZON: what the counted plants served, for the
   * growth of capacity after it. */
  double             h_assembly = 0, h_produced = 0, h_recycle = 0;
  gboolean           past_horizon = FALSE;
  guint              us = puente_results_agg (results, PUENTE_AGG_US);
  guint              mx = puente_results_agg (results, PUENTE_AGG_MX);
  guint              na = puente_results_agg (results, PUENTE_AGG_NA);

  if (second_life + recycling > 1.0)
    {
      double sum = second_life + recycling;

      second_life /= sum;
      recycling /= sum;
    }
  for (int m = 0; m < PUENTE_N_MATERIALS; m++)
    recovery[m] = MIN (1.0, recovery_scale * e->recovery[m]);

  for (guint y = 0; y < n_years; y++)
    {
      int        year = PUENTE_BASE_YEAR + (int) y;
      double     f = MIN (1.0, (double) y / (PUENTE_LFP_TARGET_YEAR - PUENTE_BASE_YEAR));
      double     demand[PUENTE_N_COUNTRIES], ldv[PUENTE_N_COUNTRIES], bus[PUENTE_N_COUNTRIES];
      double     truck[PUENTE_N_COUNTRIES], retired[PUENTE_N_COUNTRIES], zev[PUENTE_N_COUNTRIES];
      double     mix[PUENTE_N_COUNTRIES][PUENTE_N_MATERIALS], mix_na[PUENTE_N_MATERIALS];
      double     cells_cap[PUENTE_N_COUNTRIES], rec_cap, cam_cap, cells_effective;
      double     grow_cells = 1, grow_rec = 1, grow_cam = 1;
      Capacities cap;
      double     asm_us, asm_mx, assembly, produced, imported_cells, share_imported;
      double     to_recycle[PUENTE_N_COUNTRIES], to_recycle_total, recycled, frac;
      double     mass = 0, recovered_mass = 0, rho, recovered, to_materials, surplus, na_materials;
      double     used, growth_us, growth_mx, zev_asm[PUENTE_N_COUNTRIES];
      double     dsum;

      if (y > 0)
        cost *= 1.0 - decline;
      sum_capacities (self, MIN (year, PUENTE_SITE_LIST_HORIZON), level, &cap);

      for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
        {
          double bev = 0, phev = 0, ret = 0;
          int    v = year - PUENTE_FIRST_VINTAGE;
          double lfp = e->lfp_share_2024[c] + (lfp_2035 - e->lfp_share_2024[c]) * f;
          guint  agg = c == PUENTE_COUNTRY_US ? us : mx;

          for (guint s = 0; s < self->n_states; s++)
            if (self->states[s].country == (PuenteCountry) c)
              {
                bev += ROW (PUENTE_IND_LDV_BEV_SALES, s)[y];
                phev += ROW (PUENTE_IND_LDV_PHEV_SALES, s)[y];
                ret += ROW (PUENTE_IND_BATTERY_RETIRED_GWH, s)[y];
              }
          zev[c] = bev + phev;
          ldv[c] = (bev * rp->pack_bev[c][v] + phev * rp->pack_phev[c][v]) / 1e6;
          bus[c] = self->transit_run.bus_demand_kwh[c][y] / 1e6;
          truck[c] = ROW (PUENTE_IND_HDV_ZE_SALES, agg)[y] * self->freight_run.hd_pack[v] / 1e6;
          demand[c] = ldv[c] + bus[c] + truck[c];
          retired[c] = ret + self->transit_run.bus_retired_kwh[c][y] / 1e6 + ROW (PUENTE_IND_HDV_RETIRED_GWH, agg)[y];
          mix_intensity (e, lfp, mix[c]);
        }
      dsum = demand[0] + demand[1];
      for (int m = 0; m < PUENTE_N_MATERIALS; m++)
        mix_na[m] = dsum > 0 ? (demand[0] * mix[0][m] + demand[1] * mix[1][m]) / dsum
                             : 0.5 * (mix[0][m] + mix[1][m]);

      /* Vehicle assembly and cells. */
      asm_us = demand[0] * (1.0 - x - y_us);
      asm_mx = demand[0] * x * (1.0 + r_exp) + demand[1] * m_mx;
      assembly = asm_us + asm_mx;
      for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
        to_recycle[c] = retired[c] * recycling;
      to_recycle_total = to_recycle[0] + to_recycle[1];

      /* The plant list reaches about 2030; after it, capacity grows with
       * the demand it serves (never shrinks below the list). */
      if (past_horizon)
        {
          grow_cells = h_assembly > 0 ? MAX (1.0, assembly / h_assembly) : 1.0;
          grow_rec = h_recycle > 0 ? MAX (1.0, to_recycle_total / h_recycle) : 1.0;
        }
      for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
        cells_cap[c] = cap.cells[c] * grow_cells;
      cells_effective = (cap.cells_effective[0] + cap.cells_effective[1]) * grow_cells;

      /* Share of the cells of NA-assembled vehicles made in NA: calibrated
       * in 2024 (1 - i_2024), then moving each year part of the way to
       * what the counted plants supply at the 2024 output per GWh of
       * effective capacity. */
      if (y == 0)
        {
          double i0 = assembly > 0
            ? (asm_us * e->cells_imported_2024[0] + asm_mx * e->cells_imported_2024[1]) / assembly
            : 1.0;

          share_na = 1.0 - i0;
          u0 = cells_effective > 0 ? share_na * assembly / cells_effective : 0;
        }
      else if (assembly > 0)
        {
          double target = MIN (1.0, u0 * cells_effective / assembly);

          share_na += (target - share_na) * PUENTE_CELL_ADJUST_RATE;
        }
      produced = assembly * share_na;
      imported_cells = assembly - produced;
      share_imported = assembly > 0 ? imported_cells / assembly : 0;

      /* End of life and recycling. */
      rec_cap = (cap.recycling[0] + cap.recycling[1]) * grow_rec;
      recycled = MIN (to_recycle_total, rec_cap);
      frac = to_recycle_total > 0 ? recycled / to_recycle_total : 0;
      for (int m = 0; m < PUENTE_N_MATERIALS; m++)
        {
          mass += mix_na[m];
          recovered_mass += mix_na[m] * recovery[m];
        }
      rho = mass > 0 ? recovered_mass / mass : 0;
      recovered = recycled * rho;
      to_materials = MIN (recovered, produced);
      surplus = recovered - to_materials;
      if (past_horizon)
        grow_cam = h_produced > 0 ? MAX (1.0, produced / h_produced) : 1.0;
      cam_cap = cap.cathode * grow_cam;
      na_materials = MIN (produced - to_materials, cam_cap);
      if (year == PUENTE_SITE_LIST_HORIZON)
        {
          past_horizon = TRUE;
          h_assembly = assembly;
          h_produced = produced;
          h_recycle = to_recycle_total;
        }

      /* Vehicles in use: what is not retired or exported stays. */
      used = self->supply_run.used_kwh[y] / 1e6;
      growth_us = demand[0] - used - retired[0];
      growth_mx = demand[1] + used - retired[1];

      /* ---- Flow graph ---- */
      set_link (results, FL_NA_MATERIALS, y, na_materials, mix_na);
      set_link (results, FL_IMPORTED_MATERIALS, y, produced - to_materials - na_materials, mix_na);
      set_link (results, FL_MATERIALS_CELLS, y, produced, mix_na);
      set_link (results, FL_CELLS_PACKS, y, produced, mix_na);
      set_link (results, FL_IMPORTED_CELLS, y, imported_cells, mix_na);
      set_link (results, FL_PACKS_US, y, asm_us, mix_na);
      set_link (results, FL_PACKS_MX, y, asm_mx, mix_na);
      set_link (results, FL_US_SALES_US, y, asm_us, mix_na);
      set_link (results, FL_MX_SALES_US, y, demand[0] * x, mix_na);
      set_link (results, FL_MX_SALES_MX, y, demand[1] * m_mx, mix_na);
      set_link (results, FL_MX_EXPORTS, y, demand[0] * x * r_exp, mix_na);
      set_link (results, FL_IMPORTED_SALES_US, y, demand[0] * y_us, mix_na);
      set_link (results, FL_IMPORTED_SALES_MX, y, demand[1] * (1.0 - m_mx), mix_na);
      set_link (results, FL_SALES_FLEET_US, y, demand[0], mix_na);
      set_link (results, FL_SALES_FLEET_MX, y, demand[1], mix_na);
      set_link (results, FL_FLEET_US_USED, y, used, mix_na);
      set_link (results, FL_USED_FLEET_MX, y, used, mix_na);
      set_link (results, FL_GROWTH_US, y, MAX (0.0, growth_us), mix_na);
      set_link (results, FL_DRAWDOWN_US, y, MAX (0.0, -growth_us), mix_na);
      set_link (results, FL_GROWTH_MX, y, MAX (0.0, growth_mx), mix_na);
      set_link (results, FL_DRAWDOWN_MX, y, MAX (0.0, -growth_mx), mix_na);
      set_link (results, FL_FLEET_EOL_US, y, retired[0], mix_na);
      set_link (results, FL_FLEET_EOL_MX, y, retired[1], mix_na);
      set_link (results, FL_EOL_US_SECOND_LIFE, y, retired[0] * second_life, mix_na);
      set_link (results, FL_EOL_US_RECYCLING, y, to_recycle[0] * frac, mix_na);
      set_link (results, FL_EOL_US_RECYCLING_EXPORTS, y, to_recycle[0] * (1.0 - frac), mix_na);
      set_link (results, FL_EOL_US_DISPOSAL, y, retired[0] * (1.0 - second_life - recycling), mix_na);
      set_link (results, FL_EOL_MX_SECOND_LIFE, y, retired[1] * second_life, mix_na);
      set_link (results, FL_EOL_MX_RECYCLING, y, to_recycle[1] * frac, mix_na);
      set_link (results, FL_EOL_MX_RECYCLING_EXPORTS, y, to_recycle[1] * (1.0 - frac), mix_na);
      set_link (results, FL_EOL_MX_DISPOSAL, y, retired[1] * (1.0 - second_life - recycling), mix_na);
      /* Recycling outputs: per material, recovered = in x recovery. */
      puente_results_flow_row (results, FL_RECOVERED)[y] = to_materials;
      puente_results_flow_row (results, FL_RECOVERED_SURPLUS)[y] = surplus;
      puente_results_flow_row (results, FL_RECYCLING_LOSSES)[y] = recycled - recovered;
      for (int m = 0; m < PUENTE_N_MATERIALS; m++)
        {
          double in_t = recycled * mix_na[m] * 1000.0;
          double rec_t = in_t * recovery[m];
          double to_mat = recovered > 0 ? to_materials / recovered : 0;

          puente_results_tonnes_row (results, FL_RECOVERED, m)[y] = rec_t * to_mat;
          puente_results_tonnes_row (results, FL_RECOVERED_SURPLUS, m)[y] = rec_t * (1.0 - to_mat);
          puente_results_tonnes_row (results, FL_RECYCLING_LOSSES, m)[y] = in_t - rec_t;
        }

      /* ---- Indicators ---- */
      zev_asm[0] = zev[0] * (1.0 - x - y_us);
      zev_asm[1] = zev[0] * x * (1.0 + r_exp) + zev[1] * m_mx;
      for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
        {
          guint  agg = c == PUENTE_COUNTRY_US ? us : mx;
          double outside = c == PUENTE_COUNTRY_US
            ? demand[0] * (1.0 - y_us) * share_imported + demand[0] * y_us
            : demand[1] * m_mx * share_imported + demand[1] * (1.0 - m_mx);
          double jobs_cells = e->jobs_per_gwh_cells * cells_cap[c];
          double jobs_asm = e->jobs_per_thousand_assembled * zev_asm[c] / 1000.0;

          ROW (PUENTE_IND_SUPPLY_BATTERY_DEMAND_GWH, agg)[y] = demand[c];
          ROW (PUENTE_IND_SUPPLY_DEMAND_LDV_GWH, agg)[y] = ldv[c];
          ROW (PUENTE_IND_SUPPLY_DEMAND_BUS_GWH, agg)[y] = bus[c];
          ROW (PUENTE_IND_SUPPLY_DEMAND_TRUCK_GWH, agg)[y] = truck[c];
          ROW (PUENTE_IND_SUPPLY_CELLS_OUTSIDE_NA_GWH, agg)[y] = outside;
          ROW (PUENTE_IND_SUPPLY_CELL_CAPACITY_GWH, agg)[y] = cells_cap[c];
          ROW (PUENTE_IND_SUPPLY_CELL_PRODUCTION_GWH, agg)[y] =
                                                        cells_cap[0] + cells_cap[1] > 0 ? produced * cells_cap[c] / (cells_cap[0] + cells_cap[1]) : 0;
          ROW (PUENTE_IND_SUPPLY_RECYCLING_CAPACITY_GWH, agg)[y] = cap.recycling[c] * grow_rec;
          ROW (PUENTE_IND_SUPPLY_RECYCLING_CAPACITY_T, agg)[y] = cap.recycling_t[c] * grow_rec;
          ROW (PUENTE_IND_SUPPLY_RETIRED_GWH, agg)[y] = retired[c];
          ROW (PUENTE_IND_SUPPLY_ZEV_ASSEMBLED, agg)[y] = zev_asm[c];
          ROW (PUENTE_IND_SUPPLY_JOBS_CELLS, agg)[y] = jobs_cells;
          ROW (PUENTE_IND_SUPPLY_JOBS_ASSEMBLY, agg)[y] = jobs_asm;
          ROW (PUENTE_IND_SUPPLY_JOBS, agg)[y] = jobs_cells + jobs_asm;
          for (int m = 0; m < PUENTE_N_MATERIALS; m++)
            ROW (PUENTE_IND_SUPPLY_LITHIUM_T + m, agg)[y] = demand[c] * mix[c][m] * 1000.0;
        }
      ROW (PUENTE_IND_SUPPLY_RECOVERED_GWH, na)[y] = to_materials;
      ROW (PUENTE_IND_SUPPLY_BATTERY_COST, na)[y] = cost;
    }
}
