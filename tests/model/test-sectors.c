/* test-sectors.c: trucks at the border, transit, supply chain, presets, ensembles
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model specification sections 2, 3, 4 and 7, on the fixture dataset
 * (tests/model/fixtures, TEST_DATASET_DIR) and in the `data` suite on the
 * shipped dataset. Each test checks something a user would notice: a flow
 * graph that does not add up, buses that appear from nowhere, chargers
 * that do not follow the trucks, a preset that misses its own target, an
 * ensemble that gives different answers for the same seed.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-ensemble.h"
#include "puente-flows.h"
#include "puente-indicators.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"

static PuenteDataset *dataset;

static double *
baseline (void)
{
  double *values = g_new (double, puente_levers_get_n ());

  puente_levers_fill_baseline (dataset, values);
  return values;
}

static void
set_lever (double     *values,
           const char *id,
           double      v)
{
  int i = puente_levers_find (id);

  if (i < 0)
    g_error ("no lever %s", id);
  values[i] = v;
}

static PuenteResults *
run (const double *values)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  PuenteResults *results = puente_results_new (dataset, PUENTE_MAX_HORIZON);

  puente_engine_run (engine, values, results);
  return results;
}

static double
value (PuenteResults *results,
       const char    *indicator,
       const char    *region,
       int            year)
{
  double v = puente_results_get_value (results, indicator, region, year);

  if (isnan (v))
    g_error ("no value for %s / %s / %d", indicator, region, year);
  return v;
}

static void
assert_close (double a,
              double b,
              double rel)
{
  if (fabs (a - b) > rel * MAX (1.0, MAX (fabs (a), fabs (b))))
    g_error ("%.17g != %.17g (relative tolerance %g)", a, b, rel);
}

/* ---- Supply chain: every node balances ------------------------------ */

static void
check_flows (PuenteResults *results)
{
  int first = puente_results_get_first_year (results);
  int last = puente_results_get_last_year (results);
  guint n_nodes = puente_flows_get_n_nodes ();
  guint n_links = puente_flows_get_n_links ();
  gboolean loop = FALSE;

  for (guint l = 0; l < n_links; l++)
    {
      g_autoptr(PuenteFlows) flows = puente_flows_new (results, first);
      const PuenteFlowLink *link = puente_flows_get_link (flows, l);

      /* The recycling loop: recovered material back to the materials stage. */
      if (puente_flows_get_node (link->target)->column < puente_flows_get_node (link->source)->column)
        loop = TRUE;
    }
  g_assert_true (loop);
  g_assert_null (puente_flows_new (results, first - 1));
  g_assert_null (puente_flows_new (results, last + 1));

  for (int year = first; year <= last; year++)
    {
      g_autoptr(PuenteFlows) flows = puente_flows_new (results, year);
      double scale = 0;

      g_assert_cmpint (puente_flows_get_year (flows), ==, year);
      for (guint l = 0; l < n_links; l++)
        {
          const PuenteFlowLink *link = puente_flows_get_link (flows, l);

          if (!(link->gwh >= -1e-12))
            g_error ("%d: link %s is %g GWh", year, link->id, link->gwh);
          for (guint m = 0; m < PUENTE_N_MATERIALS; m++)
            g_assert_cmpfloat (link->tonnes[m], >=, -1e-9);
          scale = MAX (scale, link->gwh);
        }
      g_assert_cmpfloat (scale, >, 0);

      for (guint n = 0; n < n_nodes; n++)
        {
          const PuenteFlowNode *node = puente_flows_get_node (n);
          double in = puente_flows_get_inflow (flows, n);
          double out = puente_flows_get_outflow (flows, n);

          switch (node->kind)
            {
            case PUENTE_FLOW_NODE_STAGE:
              if (fabs (in - out) > 1e-9 * scale)
                g_error ("%d: node %s takes %.12g GWh and gives %.12g GWh", year, node->id, in, out);
              break;
            case PUENTE_FLOW_NODE_SOURCE:
              g_assert_cmpfloat (in, ==, 0);
              break;
            case PUENTE_FLOW_NODE_SINK:
              g_assert_cmpfloat (out, ==, 0);
              break;
            default:
              g_assert_not_reached ();
            }
        }

      /* What enters the fleets is the battery demand of each country. */
      assert_close (puente_flows_get_inflow (flows, puente_flows_find_node ("sales-us")),
                    value (results, "supply.battery_demand_gwh", "US", year), 1e-9);
      assert_close (puente_flows_get_inflow (flows, puente_flows_find_node ("sales-mx")),
                    value (results, "supply.battery_demand_gwh", "MX", year), 1e-9);
      /* Fleet out = end of life + used exports + stock growth. */
      assert_close (puente_flows_get_outflow (flows, puente_flows_find_node ("fleet-us")) -
                    puente_flows_get_inflow (flows, puente_flows_find_node ("stock-growth-us")) -
                    puente_flows_get_inflow (flows, puente_flows_find_node ("used-trade")),
                    value (results, "supply.retired_gwh", "US", year), 1e-9);
      g_assert_cmpfloat (value (results, "supply.cells_outside_na_share", "NA", year), >=, 0);
      g_assert_cmpfloat (value (results, "supply.cells_outside_na_share", "NA", year), <=, 1 + 1e-12);
      g_assert_cmpfloat (value (results, "supply.recycled_content_share", "NA", year), <=, 1 + 1e-12);
    }
}

static void
test_supply_balance (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) base = NULL, extreme = NULL, nearshored = NULL;

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  base = run (values);
  check_flows (base);

  /* Everything electric, every plant built, batteries all recycled. */
  set_lever (values, "ldv.us.target_share", 1.0);
  set_lever (values, "ldv.mx.target_share", 1.0);
  set_lever (values, "freight.us.hd_target_share", 1.0);
  set_lever (values, "freight.mx.hd_target_share", 1.0);
  set_lever (values, "transit.mx.target_year", 2026);
  set_lever (values, "battery.second_life_share", 0);
  set_lever (values, "battery.recycling_share", 1);
  set_lever (values, "supply.recycling_recovery", 1.2);
  set_lever (values, "supply.plant_statuses", 3);
  set_lever (values, "ldv.used_exports", 3000000);
  set_lever (values, "ldv.used_max_age", 20);
  extreme = run (values);
  check_flows (extreme);

  /* More plants never means more imported cells. */
  set_lever (values, "supply.plant_statuses", 0);
  nearshored = run (values);
  for (int year = 2024; year <= PUENTE_MAX_HORIZON; year++)
    g_assert_cmpfloat (value (extreme, "supply.cells_outside_na_gwh", "NA", year), <=,
                       value (nearshored, "supply.cells_outside_na_gwh", "NA", year) + 1e-9);
}

/* Used EVs that cross into Mexico reappear in Mexico's end of life. */
static void
test_used_evs_end_of_life (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) none = NULL, trade = NULL;
  double imported = 0, imported_2045 = 0, d_mx = 0, d_us = 0;
  int eol_mx = puente_flows_find_node ("eol-mx");
  int eol_us = puente_flows_find_node ("eol-us");

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  set_lever (values, "ldv.us.target_share", 0.8);
  set_lever (values, "ldv.used_min_age", 3);
  set_lever (values, "ldv.used_max_age", 12);
  set_lever (values, "ldv.used_exports", 0);
  none = run (values);
  set_lever (values, "ldv.used_exports", 1000000);
  trade = run (values);

  for (int year = 2025; year <= PUENTE_MAX_HORIZON; year++)
    {
      g_autoptr(PuenteFlows) a = puente_flows_new (none, year);
      g_autoptr(PuenteFlows) b = puente_flows_new (trade, year);

      g_assert_cmpfloat (puente_flows_get_inflow (a, puente_flows_find_node ("used-trade")), ==, 0);
      imported += puente_flows_get_inflow (b, puente_flows_find_node ("used-trade"));
      if (year <= 2045)
        imported_2045 = imported;
      d_mx += puente_flows_get_inflow (b, eol_mx) - puente_flows_get_inflow (a, eol_mx);
      d_us += puente_flows_get_inflow (b, eol_us) - puente_flows_get_inflow (a, eol_us);
    }

  g_assert_cmpfloat (imported, >, 1);
  /* Mexico retires more batteries, the US fewer; no more than came in. */
  g_test_message ("used EV batteries imported %.1f GWh (%.1f by 2045); Mexico's end of life +%.1f GWh, the US's %.1f GWh",
                  imported, imported_2045, d_mx, d_us);
  /* Most of what arrived by 2045 (at ages 3-12, Mexico's median lifetime
   * is 25 in the data) has been retired in Mexico by 2060. */
  g_assert_cmpfloat (d_mx, >, 0.4 * imported_2045);
  g_assert_cmpfloat (d_mx, <=, imported * (1 + 1e-9));
  g_assert_cmpfloat (d_us, <, 0);
  /* Mexico's light-duty end of life is the engine's retired batteries. */
  assert_close (value (trade, "battery.retired_gwh", "MX", 2050) -
                value (none, "battery.retired_gwh", "MX", 2050),
                value (trade, "supply.retired_gwh", "MX", 2050) -
                value (none, "supply.retired_gwh", "MX", 2050), 1e-9);
}

/* ---- Ports of entry ---------------------------------------------------- */

static void
test_port_calibration (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = run (values);
  double sum = 0;

  for (guint p = 0; p < puente_dataset_get_n_ports (dataset); p++)
    {
      const PuentePort *port = puente_dataset_get_port (dataset, p);

      assert_close (value (results, "freight.crossings", port->id, 2024), port->crossings.value, 1e-12);
      sum += port->crossings.value;
      g_assert_null (puente_results_get_series (results, "ldv.stock", port->id));
    }
  assert_close (value (results, "freight.crossings", "NA", 2024), sum, 1e-12);
  g_assert_null (puente_results_get_series (results, "freight.crossings", "US"));
}

/* A port's chargers scale with its zero-emission share. */
static void
test_port_chargers_scale (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) low = NULL, high = NULL, busy = NULL;
  static const char * const kinds[] = {
    "freight.chargers_depot", "freight.chargers_350kw", "freight.chargers_mw",
    "freight.chargers", "freight.energy_mwh_day", "freight.peak_mw", "freight.co2_avoided_mt",
  };

  set_lever (values, "freight.drayage.target_share", 0.2);
  set_lever (values, "freight.longhaul.target_share", 0.2);
  set_lever (values, "freight.drayage.target_year", 2035);
  set_lever (values, "freight.longhaul.target_year", 2035);
  low = run (values);
  set_lever (values, "freight.drayage.target_share", 0.4);
  set_lever (values, "freight.longhaul.target_share", 0.4);
  high = run (values);

  for (guint p = 0; p < puente_dataset_get_n_ports (dataset); p++)
    {
      const char *id = puente_dataset_get_port (dataset, p)->id;

      assert_close (value (low, "freight.ze_share", id, 2035), 0.2, 1e-9);
      assert_close (value (high, "freight.ze_share", id, 2035), 0.4, 1e-9);
      /* Twice the zero-emission trucks: twice the chargers, energy and
       * peak power (chargers are not rounded), except CO2 avoided whose
       * grid part scales too. */
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          double a = value (low, kinds[k], id, 2035);
          double b = value (high, kinds[k], id, 2035);

          g_assert_cmpfloat (a, >, 0);
          assert_close (b, 2 * a, 1e-9);
        }
      /* A higher share never means fewer chargers in any year. */
      for (int year = 2024; year <= 2050; year++)
        g_assert_cmpfloat (value (high, "freight.chargers", id, year), >=,
                           value (low, "freight.chargers", id, year) * (1 - 1e-12));
    }

  /* Chargers follow utilisation inversely: busier chargers, fewer needed. */
  set_lever (values, "freight.depot_utilisation",
             2 * puente_dataset_get_value (dataset, "charger_depot_utilisation"));
  busy = run (values);
  assert_close (value (busy, "freight.chargers_depot", "NA", 2035),
                value (high, "freight.chargers_depot", "NA", 2035) / 2, 1e-9);
}

static void
test_heavy_trucks (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = NULL;

  set_lever (values, "freight.us.hd_target_share", 0.5);
  set_lever (values, "freight.us.hd_target_year", 2035);
  results = run (values);

  assert_close (value (results, "hdv.ze_share_sales", "US", 2035), 0.5, 1e-9);
  assert_close (value (results, "hdv.stock", "US", 2024),
                puente_dataset_get_value (dataset, "us.hd_truck_stock"), 1e-9);
  assert_close (value (results, "hdv.stock", "MX", 2024),
                puente_dataset_get_value (dataset, "mx.hd_truck_stock"), 1e-9);
  for (int year = 2025; year <= 2050; year++)
    for (guint c = 0; c < 3; c++)
      {
        const char *r = (const char *[]) { "US", "MX", "NA" }[c];

        assert_close (value (results, "hdv.stock", r, year),
                      value (results, "hdv.stock", r, year - 1) + value (results, "hdv.sales", r, year) -
                      value (results, "hdv.scrappage", r, year), 1e-9);
        assert_close (value (results, "hdv.ze_stock", r, year),
                      value (results, "hdv.ze_stock", r, year - 1) + value (results, "hdv.ze_sales", r, year) -
                      value (results, "hdv.ze_scrappage", r, year), 1e-9);
      }
}

/* ---- Transit ------------------------------------------------------------ */

static void
check_transit (PuenteResults *results,
               const double  *values)
{
  int last = puente_results_get_last_year (results);
  double g = values[puente_levers_find ("transit.fleet_growth")];

  /* Growth is the lever's share of last year's bus fleet (trolleybus
   * networks keep their size), and the 2024 fleet retires 1/L a year. */
  for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, i);
      double lifetime = values[puente_levers_find (city->country == PUENTE_COUNTRY_MX
                                                   ? "transit.mx.bus_lifetime" : "transit.us.bus_lifetime")];

      assert_close (value (results, "transit.retirements", city->id, 2025),
                    (city->bus_fleet.value + city->trolleybus.value) / lifetime, 1e-9);
      for (int year = 2025; year <= last; year++)
        {
          double growth = value (results, "transit.growth", city->id, year);
          double expected = g * (value (results, "transit.conventional", city->id, year - 1) +
                                 value (results, "transit.ebus", city->id, year - 1));

          /* A fleet shrinking faster than it retires buys nothing: purchases
           * are never negative, so the shrinkage is then smaller. */
          if (growth > expected + 1e-9 * MAX (1.0, fabs (expected)))
            g_assert_cmpfloat (g, <, 0);
          else
            assert_close (growth, expected, 1e-9);
        }
    }

  for (guint r = 0; r < puente_results_get_n_regions (results); r++)
    {
      const char *region = puente_results_get_region (results, r);

      if (puente_results_get_series (results, "transit.fleet", region) == NULL)
        continue;
      for (int year = 2025; year <= last; year++)
        {
          double fleet = value (results, "transit.fleet", region, year);
          double prev = value (results, "transit.fleet", region, year - 1);
          double bought = value (results, "transit.purchases", region, year);
          double retired = value (results, "transit.retirements", region, year);
          double growth = value (results, "transit.growth", region, year);

          /* Conservation: retirements = replacements - growth, and the
           * fleet changes by exactly the growth. */
          assert_close (retired, bought - growth, 1e-9);
          assert_close (fleet, prev + growth, 1e-9);
          assert_close (fleet, value (results, "transit.conventional", region, year) +
                               value (results, "transit.ebus", region, year) +
                               value (results, "transit.trolleybus", region, year), 1e-9);
          g_assert_cmpfloat (value (results, "transit.conventional", region, year), >=, -1e-9);
          g_assert_cmpfloat (value (results, "transit.ze_purchase_share", region, year), <=, 1 + 1e-12);
        }
    }
}

static void
test_transit_conservation (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) base = NULL, shrink = NULL, grow = NULL;

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  base = run (values);
  check_transit (base, values);

  /* Calibration: the 2024 fleets are the dataset's. */
  for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, i);

      assert_close (value (base, "transit.fleet", city->id, 2024),
                    city->bus_fleet.value + city->trolleybus.value, 1e-12);
      assert_close (value (base, "transit.ebus", city->id, 2024), city->battery_electric.value, 1e-12);
      g_assert_null (puente_results_get_series (base, "ldv.stock", city->id));
    }

  set_lever (values, "transit.fleet_growth", -0.05);
  set_lever (values, "transit.us.bus_lifetime", 20);
  set_lever (values, "transit.mx.bus_lifetime", 8);
  shrink = run (values);
  check_transit (shrink, values);
  set_lever (values, "transit.fleet_growth", 0.1);
  set_lever (values, "transit.us.target_year", 2026);
  grow = run (values);
  check_transit (grow, values);
  g_assert_cmpfloat (value (grow, "transit.fleet", "NA", 2040), >, value (shrink, "transit.fleet", "NA", 2040));
}

static void
test_transit_targets (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = NULL, later = NULL;

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  set_lever (values, "transit.mx.target_year", 2032);
  set_lever (values, "transit.us.target_year", 2040);
  if (puente_levers_find ("transit.us-hou.target_year") >= 0)
    set_lever (values, "transit.us-hou.target_year", 2028);
  results = run (values);

  for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, i);
      int year = city->country == PUENTE_COUNTRY_MX ? 2032 : 2040;
      int lifetime = (int) values[puente_levers_find (city->country == PUENTE_COUNTRY_MX
                                                      ? "transit.mx.bus_lifetime" : "transit.us.bus_lifetime")];

      if (city->has_target_year)
        year = (int) city->target_year.value;
      if (strcmp (city->id, "us-hou") == 0)
        year = 2028;
      /* 100 % zero-emission purchases from the target year on, not before. */
      assert_close (value (results, "transit.ze_purchase_share", city->id, year), 1.0, 1e-12);
      assert_close (value (results, "transit.ze_purchase_share", city->id, PUENTE_MAX_HORIZON), 1.0, 1e-12);
      g_assert_cmpfloat (value (results, "transit.ze_purchase_share", city->id, year - 1), <, 1.0);
      /* Once the fleet has turned over (one lifetime later), every bus is
       * zero-emission, and not a year before. */
      if (year + lifetime <= PUENTE_MAX_HORIZON)
        {
          assert_close (value (results, "transit.ze_share", city->id, year + lifetime), 1.0, 1e-9);
          g_assert_cmpfloat (value (results, "transit.ze_share", city->id, year + lifetime - 2), <, 1.0);
        }
    }

  /* A later target leaves more diesel buses and more CO2. */
  set_lever (values, "transit.mx.target_year", 2045);
  later = run (values);
  g_assert_cmpfloat (value (later, "transit.co2_mt", "MX", 2040), >, value (results, "transit.co2_mt", "MX", 2040));
  g_assert_cmpfloat (value (later, "transit.ebus", "MX", 2040), <, value (results, "transit.ebus", "MX", 2040));
}

/* ---- Presets reach their targets -------------------------------------- */

static PuenteResults *
run_preset (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (id, &error);
  g_autofree double *values = g_new (double, puente_levers_get_n ());

  g_assert_no_error (error);
  puente_scenario_fill_values (scenario, dataset, values);
  values[puente_levers_find ("general.horizon")] = PUENTE_MAX_HORIZON;
  return run (values);
}

static void
test_presets (void)
{
  g_autoptr(PuenteResults) base = run_preset ("baseline");
  g_autoptr(PuenteResults) ca = run_preset ("ca-zero-emission-trucks-buses-2045");
  g_autoptr(PuenteResults) mx = run_preset ("mx-transit-electric-2035");
  g_autoptr(PuenteResults) na = run_preset ("na-battery-nearshoring");
  gboolean ca_port = FALSE;

  for (guint p = 0; p < puente_dataset_get_n_ports (dataset); p++)
    {
      const PuentePort *port = puente_dataset_get_port (dataset, p);

      if (strcmp (port->us_state, "US-CA") == 0)
        {
          /* ACT raises the share of zero-emission trucks in California's
           * fleet, part of what crosses there; Advanced Clean Fleets'
           * drayage rule does not cover land ports (nothing is forced to
           * 100 %). */
          g_assert_cmpfloat (value (ca, "freight.ze_share", port->id, 2035), >,
                             value (base, "freight.ze_share", port->id, 2035));
          g_assert_cmpfloat (value (ca, "freight.drayage_ze_share", port->id, 2035), <, 0.5);
          ca_port = TRUE;
        }
      else
        assert_close (value (ca, "freight.ze_share", port->id, 2035),
                      value (base, "freight.ze_share", port->id, 2035), 1e-12);
    }
  g_assert_true (ca_port);
  if (puente_dataset_find_city (dataset, "us-la") >= 0)
    assert_close (value (ca, "transit.ze_purchase_share", "us-la", 2029), 1.0, 1e-12);

  for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, i);

      if (city->country != PUENTE_COUNTRY_MX)
        continue;
      assert_close (value (mx, "transit.ze_purchase_share", city->id, 2035), 1.0, 1e-12);
      if (strcmp (city->id, "mx-cdmx") == 0)
        assert_close (value (mx, "transit.ze_purchase_share", city->id, 2025), 1.0, 1e-12);
    }
  g_assert_cmpfloat (value (mx, "transit.ebus", "MX", 2035), >, value (base, "transit.ebus", "MX", 2035));

  /* Every announced plant: more cell capacity, no more imported cells. */
  g_assert_cmpfloat (value (na, "supply.cell_capacity_gwh", "NA", 2035), >,
                     value (base, "supply.cell_capacity_gwh", "NA", 2035));
  g_assert_cmpfloat (value (na, "supply.cells_outside_na_share", "NA", 2035), <=,
                     value (base, "supply.cells_outside_na_share", "NA", 2035));
  g_assert_cmpfloat (value (na, "supply.jobs", "NA", 2035), >, value (base, "supply.jobs", "NA", 2035));
}


/* ---- Current-policies baselines ---------------------------------------- */

static const char * const hd_regions[] = { "US", "MX" };

/* No preset puts fewer zero-emission trucks on the road or across the
 * border than current policies, in any year or region; where a policy
 * binds (California's ACT) it puts strictly more. */
static void
test_baseline_below_presets (void)
{
  guint n_ids = 0;
  const char **ids = puente_scenario_list_presets (&n_ids);
  g_autoptr(PuenteResults) base = run_preset ("baseline");
  g_autoptr(PuenteResults) ca = run_preset ("ca-zero-emission-trucks-buses-2045");
  guint n_ports = puente_dataset_get_n_ports (dataset);

  g_assert_cmpuint (n_ids, >=, 2);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(PuenteResults) preset = run_preset (ids[i]);

      for (int year = 2024; year <= PUENTE_MAX_HORIZON; year++)
        {
          for (guint c = 0; c < G_N_ELEMENTS (hd_regions); c++)
            if (value (preset, "hdv.ze_share_sales", hd_regions[c], year) <
                value (base, "hdv.ze_share_sales", hd_regions[c], year) - 1e-12)
              g_error ("%s: heavy-truck ZE share %s %d below the baseline", ids[i], hd_regions[c], year);
          for (guint p = 0; p <= n_ports; p++)
            {
              const char *id = p < n_ports ? puente_dataset_get_port (dataset, p)->id : "NA";

              if (value (preset, "freight.ze_share", id, year) <
                  value (base, "freight.ze_share", id, year) - 1e-12)
                g_error ("%s: crossings ZE share at %s %d below the baseline", ids[i], id, year);
            }
          for (guint k = 0; k < puente_dataset_get_n_cities (dataset); k++)
            {
              const char *id = puente_dataset_get_city (dataset, k)->id;

              if (value (preset, "transit.ze_purchase_share", id, year) <
                  value (base, "transit.ze_purchase_share", id, year) - 1e-12)
                g_error ("%s: ZE bus purchases in %s %d below the baseline", ids[i], id, year);
            }
        }
    }

  /* ACT binds from model year 2025 on: the US share, and the fleet that
   * crosses at California's ports, are strictly higher. */
  for (int year = 2025; year <= PUENTE_MAX_HORIZON; year++)
    {
      g_assert_cmpfloat (value (ca, "hdv.ze_share_sales", "US", year), >,
                         value (base, "hdv.ze_share_sales", "US", year));
      for (guint p = 0; p < n_ports; p++)
        {
          const PuentePort *port = puente_dataset_get_port (dataset, p);

          if (strcmp (port->us_state, "US-CA") == 0)
            g_assert_cmpfloat (value (ca, "freight.ze_share", port->id, year), >,
                               value (base, "freight.ze_share", port->id, year));
          else
            assert_close (value (ca, "freight.ze_share", port->id, year),
                          value (base, "freight.ze_share", port->id, year), 1e-12);
        }
    }
}

/* ACT's table is met each model year: California's share of new heavy
 * trucks, recovered from the US share (California is w of US sales), is
 * the table's value or the national share if that is higher. */
static void
test_act_table (void)
{
  g_autoptr(PuenteResults) base = run_preset ("baseline");
  g_autoptr(PuenteResults) ca = run_preset ("ca-zero-emission-trucks-buses-2045");
  double w = puente_dataset_get_value (dataset, "ca_hd_truck_sales_share");
  const PuenteRule *act = puente_dataset_get_rule (dataset, "ca-act-tractors");

  g_assert_nonnull (act);
  g_assert_cmpuint (act->n_points, >=, 8);
  g_assert_cmpstr (act->region, ==, "US-CA");
  g_assert_cmpfloat (w, >, 0);
  for (int year = 2025; year <= PUENTE_MAX_HORIZON; year++)
    {
      double required = 0, us_base = value (base, "hdv.ze_share_sales", "US", year);
      double ca_share = (value (ca, "hdv.ze_share_sales", "US", year) - (1 - w) * us_base) / w;

      /* The table's value of the model year; the last one holds after. */
      for (guint i = 0; i < act->n_points; i++)
        if (act->points[i].year <= year)
          required = act->points[i].value;
      g_assert_cmpfloat (required, >, 0);
      if (ca_share < required - 1e-9)
        g_error ("%d: California's ZE heavy-truck share %.4f below ACT's %.2f", year, ca_share, required);
      assert_close (ca_share, MAX (required, us_base), 1e-9);
    }
}

/* Without a policy, zero-emission truck sales level off at the
 * current-policies projection's share instead of drifting to 100 %. */
static void
test_hd_baseline_levels_off (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) base = NULL, higher = NULL;
  double ceiling = 0;

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  base = run (values);
  for (guint c = 0; c < G_N_ELEMENTS (hd_regions); c++)
    {
      g_autofree char *id = g_strdup_printf ("freight.%s.hd_long_run_share", c == 0 ? "us" : "mx");
      double z_max = values[puente_levers_find (id)];

      ceiling = MAX (ceiling, z_max);
      for (int year = 2025; year <= PUENTE_MAX_HORIZON; year++)
        {
          double z = value (base, "hdv.ze_share_sales", hd_regions[c], year);

          g_assert_cmpfloat (z, <=, z_max + 1e-12);
          g_assert_cmpfloat (z, >=, value (base, "hdv.ze_share_sales", hd_regions[c], year - 1) - 1e-12);
        }
      /* Close to its plateau by 2050. */
      g_assert_cmpfloat (value (base, "hdv.ze_share_sales", hd_regions[c], 2050), >, 0.75 * z_max);
    }
  /* The border fleet is older than new sales: its share stays below the
   * plateau too. */
  for (int year = 2024; year <= PUENTE_MAX_HORIZON; year++)
    g_assert_cmpfloat (value (base, "freight.ze_share", "NA", year), <=, ceiling);

  /* The lever moves the plateau. */
  set_lever (values, "freight.us.hd_long_run_share", 0.4);
  higher = run (values);
  g_assert_cmpfloat (value (higher, "hdv.ze_share_sales", "US", 2050), >,
                     2 * value (base, "hdv.ze_share_sales", "US", 2050));
  g_assert_cmpfloat (value (higher, "freight.ze_share", "NA", 2050), >,
                     value (base, "freight.ze_share", "NA", 2050));
}

/* Heavy-truck stocks are consistent with their sales and survival: with
 * sales held at their 2024 level each stock stays within 10 % of its base
 * year through 2050 (the survival medians are calibrated to that steady
 * state; IDF counts Mexico's medium and heavy trucks "stable" at 1.1 M in
 * 2024-2025), and with the baseline's sales growth within 0.9-1.35 times
 * it (1 %/year compounds to 1.3 by 2050). */
static void
test_hd_stock_band (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) flat = NULL, base = NULL;

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  base = run (values);
  set_lever (values, "freight.hd_sales_growth", 0);
  flat = run (values);
  for (guint c = 0; c < G_N_ELEMENTS (hd_regions); c++)
    {
      const char *r = hd_regions[c];
      double s0 = value (base, "hdv.stock", r, 2024);

      g_assert_cmpfloat (s0, >, 0);
      for (int year = 2025; year <= 2050; year++)
        {
          double f = value (flat, "hdv.stock", r, year) / s0;
          double b = value (base, "hdv.stock", r, year) / s0;

          if (f < 0.9 || f > 1.1)
            g_error ("%s %d: stock at %.2f times 2024 with flat sales", r, year, f);
          if (b < 0.9 || b > 1.35)
            g_error ("%s %d: stock at %.2f times 2024 under the baseline", r, year, b);
        }
    }
}

/* The plant-status lever adds, in order, plants under construction,
 * paused plants and announced plants, each from its start year; plants
 * count for the years their status history says they ran; storage-cell
 * plants never count. Checked against the sites dataset directly. */
static double
expected_cells (int year,
                int level)
{
  double sum = 0;

  for (guint i = 0; i < puente_dataset_get_n_sites (dataset); i++)
    {
      const PuenteSite *site = puente_dataset_get_site (dataset, i);
      int start = site->start_year;
      int need;

      if (site->type != PUENTE_SITE_CELLS || !site->has_capacity || site->stationary_storage)
        continue;
      switch (site->status)
        {
        case PUENTE_SITE_OPERATING:
          need = 0;
          if (start == 0)
            start = 2024;
          break;
        case PUENTE_SITE_UNDER_CONSTRUCTION:
          need = 1;
          if (start == 0)
            start = 2027;
          break;
        case PUENTE_SITE_PAUSED:
          need = 2;
          if (start == 0)
            start = 2028;
          break;
        case PUENTE_SITE_ANNOUNCED:
          need = 3;
          if (start == 0)
            start = 2028;
          break;
        case PUENTE_SITE_CANCELLED:
        case PUENTE_N_SITE_STATUSES:
        default:
          need = 99;
          break;
        }
      if (puente_site_operated_in (site, year) || (level >= need && year >= start))
        sum += site->capacity.value;
    }
  return sum;
}

static void
test_plant_statuses (void)
{
  g_autofree double *values = baseline ();
  PuenteResults *runs[4];
  gboolean history = FALSE;

  set_lever (values, "general.horizon", 2035);
  for (int level = 0; level < 4; level++)
    {
      set_lever (values, "supply.plant_statuses", level);
      runs[level] = run (values);
    }
  for (int year = 2024; year <= 2030; year++)
    for (int level = 0; level < 4; level++)
      {
        assert_close (value (runs[level], "supply.cell_capacity_gwh", "NA", year), expected_cells (year, level), 1e-9);
        if (level > 0)
          g_assert_cmpfloat (value (runs[level], "supply.cell_capacity_gwh", "NA", year), >=,
                             value (runs[level - 1], "supply.cell_capacity_gwh", "NA", year));
      }
  /* Each level adds capacity by 2030; more plants, fewer imported cells. */
  for (int level = 1; level < 4; level++)
    {
      g_assert_cmpfloat (value (runs[level], "supply.cell_capacity_gwh", "NA", 2030), >,
                         value (runs[level - 1], "supply.cell_capacity_gwh", "NA", 2030));
      g_assert_cmpfloat (value (runs[level], "supply.cells_outside_na_share", "NA", 2030), <=,
                         value (runs[level - 1], "supply.cells_outside_na_share", "NA", 2030));
    }
  g_assert_cmpfloat (value (runs[3], "supply.cells_outside_na_share", "NA", 2030), <,
                     value (runs[1], "supply.cells_outside_na_share", "NA", 2030));
  /* A plant paused or cancelled after it had started counts before. */
  for (guint i = 0; i < puente_dataset_get_n_sites (dataset); i++)
    {
      const PuenteSite *site = puente_dataset_get_site (dataset, i);

      if ((site->status == PUENTE_SITE_PAUSED || site->status == PUENTE_SITE_CANCELLED) &&
          puente_site_operated_in (site, 2024))
        {
          g_assert_false (puente_site_operated_in (site, puente_site_get_status_year (site)));
          history = TRUE;
        }
    }
  g_assert_true (history);
  /* The imported share moves smoothly: no year-to-year jump above 10
   * points while plants ramp up. */
  for (int year = 2025; year <= 2035; year++)
    g_assert_cmpfloat (fabs (value (runs[1], "supply.cells_outside_na_share", "NA", year) -
                             value (runs[1], "supply.cells_outside_na_share", "NA", year - 1)), <, 0.10);
  for (int level = 0; level < 4; level++)
    puente_results_free (runs[level]);
}

/* After the plant list (2030) capacity keeps pace with demand: the share
 * of cells made outside North America does not climb back. */
static void
test_cells_after_plant_list (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) base = NULL;

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  base = run (values);
  /* Capacity keeps its 2030 ratio to demand: the imported share only
   * converges to it (it climbed from 21 % to 87 % between 2030 and 2050
   * when capacity stayed flat). */
  for (int year = 2031; year <= PUENTE_MAX_HORIZON; year++)
    {
      double share = value (base, "supply.cells_outside_na_share", "NA", year);

      g_assert_cmpfloat (share, <=, value (base, "supply.cells_outside_na_share", "NA", 2031) + 0.05);
      if (year > 2035)
        g_assert_cmpfloat (fabs (share - value (base, "supply.cells_outside_na_share", "NA", year - 1)), <, 0.005);
      g_assert_cmpfloat (value (base, "supply.cell_capacity_gwh", "NA", year), >=,
                         value (base, "supply.cell_capacity_gwh", "NA", 2030) - 1e-9);
      g_assert_cmpfloat (value (base, "supply.recycling_capacity_t", "NA", year), >=,
                         value (base, "supply.recycling_capacity_t", "NA", 2030) - 1e-9);
    }
  /* Recycling capacity in t/year is the GWh figure at 6,250 t per GWh. */
  assert_close (value (base, "supply.recycling_capacity_t", "NA", 2024),
                6250 * value (base, "supply.recycling_capacity_gwh", "NA", 2024), 1e-9);
  g_assert_cmpfloat (value (base, "supply.recycling_capacity_t", "NA", 2024), >, 0);
}

/* Non-binding goals do not drive the baseline; binding rules do. */
static void
test_transit_goals (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) base = NULL, goals = NULL;
  gboolean seen_goal = FALSE, seen_rule = FALSE;

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  base = run (values);
  set_lever (values, "transit.nonbinding_goals", 1);
  goals = run (values);
  for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, i);

      if (!city->has_target_year)
        continue;
      if (city->target_binding)
        {
          /* A binding rule holds in the baseline, from its year. */
          assert_close (value (base, "transit.ze_purchase_share", city->id, (int) city->target_year.value), 1.0, 1e-12);
          seen_rule = TRUE;
        }
      else
        {
          int y = (int) city->target_year.value;

          g_assert_cmpfloat (value (base, "transit.ze_purchase_share", city->id, y), <, 1.0);
          assert_close (value (goals, "transit.ze_purchase_share", city->id, y), 1.0, 1e-12);
          if (city->has_ze_purchase_share)
            for (int year = 2025; year <= PUENTE_MAX_HORIZON; year++)
              assert_close (value (base, "transit.ze_purchase_share", city->id, year),
                            city->ze_purchase_share.value, 1e-12);
          seen_goal = TRUE;
        }
      if (city->purchase_rule != NULL)
        {
          const PuenteRule *rule = puente_dataset_get_rule (dataset, city->purchase_rule);

          g_assert_nonnull (rule);
          for (guint k = 0; k < rule->n_points; k++)
            if (rule->points[k].year > 2024)
              g_assert_cmpfloat (value (base, "transit.ze_purchase_share", city->id, rule->points[k].year), >=,
                                 rule->points[k].value - 1e-12);
        }
    }
  g_assert_true (seen_goal);
  g_assert_true (seen_rule);
}

/* ---- Ensembles -------------------------------------------------------- */

static PuenteEnsemble *
ensemble_for (const char * const *series,
              guint               n)
{
  PuenteEnsemble *ensemble = puente_ensemble_new (dataset);

  for (guint i = 0; i < n; i += 2)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (puente_ensemble_add_series (ensemble, series[i], series[i + 1], &error));
      g_assert_no_error (error);
    }
  return ensemble;
}

static const char * const ensemble_series[] = {
  "ldv.ev_stock", "NA", "ldv.zev_share_sales", "US", "ldv.co2_mt", "NA",
  "charging.public_dcfc_need", "US", "freight.chargers", "NA", "hdv.ze_stock", "US",
  "transit.ebus", "NA", "transit.co2_mt", "MX", "supply.battery_demand_gwh", "NA",
  "supply.jobs", "NA", "battery.retired_gwh", "MX", "hdv.stock", "MX",
};

/* Every series of @a equals @b's, bit for bit. */
static gboolean
results_equal (PuenteResults *a,
               PuenteResults *b)
{
  guint n_years = puente_results_get_n_years (a);

  if (n_years != puente_results_get_n_years (b))
    return FALSE;
  for (guint i = 0; i < puente_results_get_n_indicators (a); i++)
    for (guint r = 0; r < puente_results_get_n_regions (a); r++)
      {
        const double *sa = puente_results_get_series_by_index (a, i, r);
        const double *sb = puente_results_get_series_by_index (b, i, r);

        if ((sa == NULL) != (sb == NULL))
          return FALSE;
        if (sa != NULL && memcmp (sa, sb, n_years * sizeof (double)) != 0)
          return FALSE;
      }
  return TRUE;
}

static void
test_ensemble_determinism (void)
{
  g_autofree double *values = baseline ();
  g_autofree double *values_before = g_memdup2 (values, puente_levers_get_n () * sizeof (double));
  g_autoptr(PuenteResults) before = run (values);
  g_autoptr(PuenteEnsemble) a = ensemble_for (ensemble_series, G_N_ELEMENTS (ensemble_series));
  g_autoptr(PuenteEnsemble) b = ensemble_for (ensemble_series, G_N_ELEMENTS (ensemble_series));
  g_autoptr(GError) error = NULL;
  gsize size;
  gboolean differs = FALSE;

  g_assert_cmpuint (puente_ensemble_get_n_inputs (a), >, 20);
  puente_ensemble_set_n_threads (a, 1);
  puente_ensemble_set_n_threads (b, 3);
  g_assert_true (puente_ensemble_run (a, values, 60, 42, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (puente_ensemble_run (b, values, 60, 42, NULL, &error));
  g_assert_no_error (error);

  size = puente_ensemble_get_n_years (a) * PUENTE_ENSEMBLE_N_PERCENTILES * sizeof (double);
  /* Same seed: the same percentiles, bit for bit, whatever the threads. */
  for (guint s = 0; s < puente_ensemble_get_n_series (a); s++)
    g_assert_true (memcmp (puente_ensemble_get_percentiles (a, s), puente_ensemble_get_percentiles (b, s), size) == 0);

  /* Another seed: other samples. */
  g_assert_true (puente_ensemble_run (b, values, 60, 43, NULL, &error));
  for (guint s = 0; s < puente_ensemble_get_n_series (a); s++)
    if (memcmp (puente_ensemble_get_percentiles (a, s), puente_ensemble_get_percentiles (b, s), size) != 0)
      differs = TRUE;
  g_assert_true (differs);

  /* Sampling leaves nothing behind: the scenario's values are untouched
   * and a plain run afterwards is the plain run from before the ensembles,
   * every series of it. */
  {
    g_autoptr(PuenteResults) after = run (values);

    g_assert_cmpmem (values, puente_levers_get_n () * sizeof (double),
                     values_before, puente_levers_get_n () * sizeof (double));
    g_assert_true (results_equal (before, after));
  }
}

static void
test_ensemble_percentiles (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteEnsemble) ensemble = ensemble_for (ensemble_series, G_N_ELEMENTS (ensemble_series));
  g_autoptr(PuenteResults) central = run (values);
  g_autoptr(GError) error = NULL;
  guint n_years;
  guint spread = 0;

  g_assert_true (puente_ensemble_run (ensemble, values, 400, 7, NULL, &error));
  g_assert_no_error (error);
  n_years = puente_ensemble_get_n_years (ensemble);
  g_assert_cmpuint (puente_ensemble_get_n_runs (ensemble), ==, 400);

  for (guint s = 0; s < puente_ensemble_get_n_series (ensemble); s++)
    {
      const double *p = puente_ensemble_get_percentiles (ensemble, s);
      const char *indicator = puente_ensemble_get_indicator (ensemble, s);
      const char *region = puente_ensemble_get_region (ensemble, s);

      g_assert_cmpint (puente_ensemble_find_series (ensemble, indicator, region), ==, (int) s);
      for (guint y = 0; y < n_years; y++)
        {
          const double *q = p + y * PUENTE_ENSEMBLE_N_PERCENTILES;
          double det = value (central, indicator, region, PUENTE_BASE_YEAR + (int) y);
          double tol = 1e-9 * MAX (1.0, fabs (q[4]));

          for (int k = 0; k + 1 < PUENTE_ENSEMBLE_N_PERCENTILES; k++)
            if (!(q[k] <= q[k + 1]))
              g_error ("%s %s %d: percentiles out of order", indicator, region, PUENTE_BASE_YEAR + y);
          /* The deterministic run lies inside the 5-95 % band. */
          if (y >= 6 && (det < q[0] - tol || det > q[4] + tol))
            g_error ("%s %s %d: the deterministic %.6g is outside p5..p95 = %.6g..%.6g",
                     indicator, region, PUENTE_BASE_YEAR + y, det, q[0], q[4]);
          if (q[4] > q[0] * (1 + 1e-6) + 1e-12)
            spread++;

        }
    }
  /* Uncertainty actually spreads the results. */
  g_assert_cmpuint (spread, >, n_years * 5);
}

static void
test_ensemble_errors (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteEnsemble) ensemble = puente_ensemble_new (dataset);
  g_autoptr(GError) error = NULL;

  g_assert_false (puente_ensemble_add_series (ensemble, "ldv.nonsense", "NA", &error));
  g_assert_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES);
  g_clear_error (&error);
  g_assert_false (puente_ensemble_add_series (ensemble, "ldv.stock", "XX", &error));
  g_assert_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES);
  g_clear_error (&error);
  /* Light-duty series do not exist for a port. */
  g_assert_false (puente_ensemble_add_series (ensemble, "ldv.stock",
                                              puente_dataset_get_port (dataset, 0)->id, &error));
  g_assert_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES);
  g_clear_error (&error);
  g_assert_false (puente_ensemble_run (ensemble, values, 0, 1, NULL, &error));
  g_assert_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_INVALID);
  g_clear_error (&error);

  /* Without series: every indicator for US, MX and NA. */
  g_assert_true (puente_ensemble_run (ensemble, values, 4, 1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (puente_ensemble_find_series (ensemble, "supply.jobs", "MX"), >=, 0);
  g_assert_cmpint (puente_ensemble_find_series (ensemble, "ldv.stock", "US-CA"), ==, -1);
}

static void
test_key_indicators (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = run (values);
  static const char * const keys[] = {
    "key.transit.ebus.na.2035", "key.supply.battery_demand_gwh.na.2035",
    "key.supply.cells_outside_na_share.na.2030", "key.supply.jobs.na.2035",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      int k = puente_key_indicators_find (keys[i]);
      const PuenteKeyIndicator *key;

      g_assert_cmpint (k, >=, 0);
      key = puente_key_indicators_get (k);
      g_assert_cmpfloat (puente_key_indicator_compute (key, results), ==,
                         value (results, key->indicator, key->region, key->year));
      g_assert_cmpfloat (puente_key_indicator_compute (key, results), >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

#if defined(TEST_DATASET_DIR)
  dataset = puente_dataset_load_dir (TEST_DATASET_DIR, &error);
#else
  dataset = puente_dataset_load_default (&error);
#endif
  g_assert_no_error (error);

  g_test_add_func ("/model/supply/node-balance", test_supply_balance);
  g_test_add_func ("/model/supply/used-evs-end-of-life-in-mexico", test_used_evs_end_of_life);
  g_test_add_func ("/model/freight/calibration", test_port_calibration);
  g_test_add_func ("/model/freight/chargers-scale-with-ze-share", test_port_chargers_scale);
  g_test_add_func ("/model/freight/heavy-truck-stock", test_heavy_trucks);
  g_test_add_func ("/model/transit/conservation", test_transit_conservation);
  g_test_add_func ("/model/transit/targets", test_transit_targets);
  g_test_add_func ("/model/presets/targets", test_presets);
  g_test_add_func ("/model/baseline/below-every-preset", test_baseline_below_presets);
  g_test_add_func ("/model/freight/act-table-met", test_act_table);
  g_test_add_func ("/model/freight/baseline-levels-off", test_hd_baseline_levels_off);
  g_test_add_func ("/model/freight/heavy-truck-stock-band", test_hd_stock_band);
  g_test_add_func ("/model/supply/plant-statuses", test_plant_statuses);
  g_test_add_func ("/model/supply/after-the-plant-list", test_cells_after_plant_list);
  g_test_add_func ("/model/transit/goals-and-rules", test_transit_goals);
  g_test_add_func ("/model/ensemble/determinism", test_ensemble_determinism);
  g_test_add_func ("/model/ensemble/percentiles", test_ensemble_percentiles);
  g_test_add_func ("/model/ensemble/errors", test_ensemble_errors);
  g_test_add_func ("/model/sectors/key-indicators", test_key_indicators);

  ret = g_test_run ();
  puente_dataset_unref (dataset);
  return ret;
}
