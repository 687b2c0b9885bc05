/* puente-engine-ii.c: engine II set-up, uncertain inputs and run order
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the constants of model.md sections 2-4 from the dataset (ports,
 * transit cities, supply-chain sites and the supply parameters) when an
 * engine is made, and registers every one of them that carries a range
 * ("low"/"high") as an uncertain input for ensembles. A run calls the
 * freight, transit and supply steps after the light-duty loop.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"

static const char * const chem_ids[N_CHEM] = { "nmc811", "nmc622", "lfp" };
static const char * const charger_ids[N_CHARGERS] = { "depot", "350kw", "mw" };

void
puente_engine_add_slot (PuenteEngine       *self,
                        GPtrArray          *slots,
                        const char         *id,
                        const PuenteFigure *fig,
                        double             *slot)
{
  UncertainSlot *u;

  if (fig == NULL || !(fig->low < fig->high))
    return;
  u = g_new0 (UncertainSlot, 1);
  u->id = id;
  u->slot = slot;
  u->value = fig->value;
  u->low = fig->low;
  u->high = fig->high;
  g_ptr_array_add (slots, u);
}

/* Reads parameter @id into @field and registers it when uncertain. The
 * ids are interned by the dataset, so the slot keeps a stable pointer. */
static double
read_param (PuenteEngine *self,
            GPtrArray    *slots,
            double       *field,
            const char   *format,
            ...)
{
  g_autofree char *id = NULL;
  const PuenteFigure *fig;
  va_list args;
  guint n;
  const char **ids;

  va_start (args, format);
  id = g_strdup_vprintf (format, args);
  va_end (args);

  fig = puente_dataset_get_parameter (self->dataset, id);
  g_return_val_if_fail (fig != NULL, 0);
  *field = fig->value;

  /* Find the dataset's own copy of the id string. */
  ids = puente_dataset_list_parameters (self->dataset, &n);
  for (guint i = 0; i < n; i++)
    if (strcmp (ids[i], id) == 0)
      {
        puente_engine_add_slot (self, slots, ids[i], fig, field);
        break;
      }
  g_free (ids);
  return *field;
}

static const char *
cc_prefix (PuenteCountry c)
{
  return c == PUENTE_COUNTRY_US ? "us" : "mx";
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
puente_engine_ii_init (PuenteEngine *self)
{
  PuenteDataset *ds = self->dataset;
  Engine2Const *e = &self->e2;
  g_autoptr(GPtrArray) slots = g_ptr_array_new ();
  guint n_sites = puente_dataset_get_n_sites (ds);

  /* Light-duty constants read by puente_engine_new () that carry ranges
   * and are not behind a lever. */
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      CountryConst *cc = &self->countries[c];
      const char *p = cc_prefix (c);

      read_param (self, slots, &cc->zev_share_2024, "%s.zev_share_2024", p);
      read_param (self, slots, &cc->bev_share_of_zev_2024, "%s.bev_share_of_zev_2024", p);
      read_param (self, slots, &cc->km_per_vehicle, "%s.km_per_vehicle", p);
      read_param (self, slots, &cc->ice_l_per_100km, "%s.ice_l_per_100km", p);
      read_param (self, slots, &cc->phev_l_per_100km, "%s.phev_l_per_100km", p);
      read_param (self, slots, &cc->bev_kwh_per_km, "%s.bev_kwh_per_km", p);
      read_param (self, slots, &cc->private_ports_per_ev, "%s.private_ports_per_ev", p);
      read_param (self, slots, &cc->cost_public_l2, "%s.cost_public_l2", p);
      read_param (self, slots, &cc->cost_private, "%s.cost_private", p);
      read_param (self, slots, &cc->bev_pack_kwh, "%s.bev_pack_kwh", p);
      read_param (self, slots, &cc->phev_pack_kwh, "%s.phev_pack_kwh", p);
      read_param (self, slots, &cc->pack_kwh_growth, "%s.pack_kwh_growth", p);
    }

  /* Trucks. */
  read_param (self, slots, &e->hd_kwh_per_km, "hd_truck_kwh_per_km");
  read_param (self, slots, &e->hd_diesel_l_per_100km, "hd_truck_diesel_l_per_100km");
  read_param (self, slots, &e->diesel_kg_co2_per_l, "diesel_kg_co2_per_l");
  for (int k = 0; k < N_CHARGERS; k++)
    {
      read_param (self, slots, &e->charger_kw[k], "charger_%s_kw", charger_ids[k]);
      read_param (self, slots, &e->session_kwh[k], "charger_%s_session_kwh", charger_ids[k]);
      read_param (self, slots, &e->sessions_per_day[k], "charger_%s_sessions_per_day", charger_ids[k]);
      /* The utilisation is a lever; the dataset value is the reference
       * the sessions per day go with (not sampled here). */
      {
        g_autofree char *uid = g_strdup_printf ("charger_%s_utilisation", charger_ids[k]);

        e->utilisation[k] = puente_dataset_get_value (ds, uid);
      }
    }
  read_param (self, slots, &e->hd_pack_kwh, "hd_truck_pack_kwh");
  read_param (self, slots, &e->hd_pack_growth, "hd_truck_pack_kwh_growth");
  read_param (self, slots, &e->depot_charger_kw, "depot_charger_kw");
  read_param (self, slots, &e->maint_diesel, "bus_maint_usd_per_km_diesel");
  read_param (self, slots, &e->maint_electric, "bus_maint_usd_per_km_electric");
  read_param (self, slots, &e->bus_pack_kwh, "bus_pack_kwh");
  read_param (self, slots, &e->bus_pack_growth, "bus_pack_kwh_growth");
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *p = cc_prefix (c);

      read_param (self, slots, &e->hd_sales_2024[c], "%s.hd_truck_sales_2024", p);
      read_param (self, slots, &e->hd_stock_2024[c], "%s.hd_truck_stock", p);
      read_param (self, slots, &e->hd_median_lifetime[c], "%s.hd_truck_median_lifetime", p);
      read_param (self, slots, &e->bus_kwh_per_km[c], "%s.bus_kwh_per_km", p);
      read_param (self, slots, &e->bus_diesel_l_per_km[c], "%s.bus_diesel_l_per_km", p);
      read_param (self, slots, &e->bus_km_per_year[c], "%s.bus_km_per_year", p);
      read_param (self, slots, &e->ebus_price[c], "%s.ebus_price_usd", p);
      read_param (self, slots, &e->diesel_bus_price[c], "%s.diesel_bus_price_usd", p);
      read_param (self, slots, &e->depot_charger_price[c], "%s.depot_charger_price_usd", p);
      read_param (self, slots, &e->lfp_share_2024[c], "%s.lfp_share_2024", p);
      read_param (self, slots, &e->cells_imported_2024[c], "%s.cells_imported_share_2024", p);
    }

  /* Supply chain. */
  for (int k = 0; k < N_CHEM; k++)
    for (int m = 0; m < PUENTE_N_MATERIALS; m++)
      read_param (self, slots, &e->intensity[k][m], "intensity.%s.%s", chem_ids[k], puente_material_id (m));
  for (int m = 0; m < PUENTE_N_MATERIALS; m++)
    read_param (self, slots, &e->recovery[m], "recycling_recovery_%s", puente_material_id (m));
  read_param (self, slots, &e->jobs_per_gwh_cells, "jobs_per_gwh_cells");
  read_param (self, slots, &e->jobs_per_thousand_assembled, "jobs_per_thousand_vehicles_assembly");
  read_param (self, slots, &e->battery_cost_2024, "battery_cost_usd_per_kwh_2024");
  read_param (self, slots, &e->mx_lv_production, "mx.lv_production_2024");
  read_param (self, slots, &e->mx_lv_exports, "mx.lv_exports_2024");
  read_param (self, slots, &e->mx_lv_exports_to_us, "mx.lv_exports_to_us_2024");

  /* Ports. */
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

  /* Cities. */
  self->n_cities = puente_dataset_get_n_cities (ds);
  self->cities = g_new0 (CityConst, MAX (self->n_cities, 1));
  self->city_fleet = g_new0 (CityFleet, MAX (self->n_cities, 1));
  for (guint i = 0; i < self->n_cities; i++)
    {
      const PuenteCity *dc = puente_dataset_get_city (ds, i);
      CityConst *ci = &self->cities[i];

      ci->country = dc->country;
      ci->state = puente_dataset_find_state (ds, dc->state);
      ci->bus_fleet = dc->bus_fleet.value;
      ci->ebus = dc->battery_electric.value;
      ci->trolleybus = dc->trolleybus.value;
      ci->published_year = dc->has_target_year ? (int) dc->target_year.value : 0;
      ci->lever = puente_levers_find_city_target_year (dc->id);
      puente_engine_add_slot (self, slots, dc->id, &dc->bus_fleet, &ci->bus_fleet);
      puente_engine_add_slot (self, slots, dc->id, &dc->battery_electric, &ci->ebus);
    }

  /* Sites with a capacity, for the stages the model uses. */
  self->sites = g_new0 (SiteConst, MAX (n_sites, 1));
  self->n_sites = 0;
  for (guint i = 0; i < n_sites; i++)
    {
      const PuenteSite *site = puente_dataset_get_site (ds, i);
      SiteConst *sc;

      if (!site->has_capacity || site->status == PUENTE_SITE_CANCELLED)
        continue;
      if (site->type != PUENTE_SITE_CELLS && site->type != PUENTE_SITE_CATHODE &&
          site->type != PUENTE_SITE_RECYCLING)
        continue;
      sc = &self->sites[self->n_sites++];
      sc->type = site->type;
      sc->country = site->country;
      sc->capacity = site->capacity.value;
      if (site->type == PUENTE_SITE_RECYCLING)
        sc->capacity /= PUENTE_PACK_T_PER_GWH;
      sc->start_year = site_start (site);
      sc->firm = site->status == PUENTE_SITE_OPERATING || site->status == PUENTE_SITE_UNDER_CONSTRUCTION;
    }

  self->n_slots = slots->len;
  self->slots = g_new0 (UncertainSlot, MAX (slots->len, 1));
  for (guint i = 0; i < slots->len; i++)
    {
      self->slots[i] = *(UncertainSlot *) slots->pdata[i];
      g_free (slots->pdata[i]);
    }
}

void
puente_engine_ii_clear (PuenteEngine *self)
{
  g_clear_pointer (&self->ports, g_free);
  g_clear_pointer (&self->cities, g_free);
  g_clear_pointer (&self->city_fleet, g_free);
  g_clear_pointer (&self->sites, g_free);
  g_clear_pointer (&self->slots, g_free);
}

guint
puente_engine_get_n_uncertain (PuenteEngine *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_slots;
}

const char *
puente_engine_get_uncertain_id (PuenteEngine *self,
                                guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_slots, NULL);

  return self->slots[index].id;
}

/* Two-piece triangular distribution on [low, high] whose median is the
 * dataset value: half the mass on [low, value] with a density rising to
 * the value, half on [value, high] with a density falling from it. The
 * dataset value is the central estimate, so a sampled input is as likely
 * below it as above it even when the range is lopsided (some figures are
 * at one end of their range). Inverse CDF of the quantile @q in [0, 1). */
double
puente_triangular (double low,
                   double mode,
                   double high,
                   double q)
{
  if (!(high > low))
    return mode;
  if (q < 0.5)
    return low + (mode - low) * sqrt (2.0 * q);
  return high - (high - mode) * sqrt (2.0 * (1.0 - q));
}

void
puente_engine_set_sample (PuenteEngine *self,
                          const double *quantiles)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->n_slots; i++)
    {
      UncertainSlot *u = &self->slots[i];

      *u->slot = quantiles != NULL
                 ? puente_triangular (u->low, u->value, u->high, quantiles[i])
                 : u->value;
    }

  /* The base-year vintage follows the base-year parameters. */
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      CountryConst *cc = &self->countries[c];

      cc->hist_zev_share[0] = cc->zev_share_2024;
      cc->hist_bev_of_zev[0] = cc->bev_share_of_zev_2024;
    }
  /* A city cannot have more e-buses than buses. */
  for (guint i = 0; i < self->n_cities; i++)
    self->cities[i].ebus = MIN (self->cities[i].ebus, self->cities[i].bus_fleet);
}

void
puente_engine_ii_run (PuenteEngine  *self,
                      const double  *values,
                      PuenteResults *results,
                      guint          n_years)
{
  puente_engine_freight_run (self, values, results, n_years);
  puente_engine_transit_run (self, values, results, n_years);
  puente_engine_supply_run (self, values, results, n_years);
}
