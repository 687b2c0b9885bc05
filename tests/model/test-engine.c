/* test-engine.c: the light-duty engine against model.md §8
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built twice: in the `model` suite on the fixture dataset
 * (tests/model/fixtures, TEST_DATASET_DIR) and in the `data` suite on the
 * shipped dataset from the GResource (TEST_DATASET_RESOURCE), so the same
 * conservation, calibration, target, monotonicity and determinism checks
 * hold for the real data.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-results.h"

static PuenteDataset *dataset;

/* Relative closeness with an absolute floor for values near zero. */
#define assert_close(a, b, rel) \
  G_STMT_START { \
    double _a = (a), _b = (b); \
    double _tol = (rel) * MAX (1.0, MAX (fabs (_a), fabs (_b))); \
    if (!(fabs (_a - _b) <= _tol)) \
      g_error ("%s:%d: %s = %.17g, expected %s = %.17g (tolerance %.3g)", \
               __FILE__, __LINE__, #a, _a, #b, _b, _tol); \
  } G_STMT_END

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
           double      value)
{
  int i = puente_levers_find (id);

  g_assert_cmpint (i, >=, 0);
  values[i] = value;
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

/* ---- Conservation --------------------------------------------------- */

static void
check_conservation (PuenteResults *results)
{
  int first = puente_results_get_first_year (results);
  int last = puente_results_get_last_year (results);
  guint n_regions = puente_results_get_n_regions (results);

  for (guint r = 0; r < n_regions; r++)
    {
      const char *region = puente_results_get_region (results, r);
      const double *stock = puente_results_get_series (results, "ldv.stock", region);
      const double *sales = puente_results_get_series (results, "ldv.sales", region);
      const double *scrap = puente_results_get_series (results, "ldv.scrappage", region);
      const double *exports = puente_results_get_series (results, "ldv.used_exports", region);
      const double *imports = puente_results_get_series (results, "ldv.used_imports", region);
      const double *ice = puente_results_get_series (results, "ldv.ice_stock", region);
      const double *bev = puente_results_get_series (results, "ldv.bev_stock", region);
      const double *phev = puente_results_get_series (results, "ldv.phev_stock", region);

      /* Ports and cities have no light-duty series. */
      if (stock == NULL)
        continue;

      for (int y = 1; y <= last - first; y++)
        {
          double expected = stock[y - 1] + sales[y] - scrap[y] - exports[y] + imports[y];

          if (fabs (stock[y] - expected) > 1e-9 * MAX (1.0, stock[y]))
            g_error ("%s %d: stock %.17g but stock(t-1) + sales - scrappage - exports + imports = %.17g",
                     region, first + y, stock[y], expected);
          assert_close (ice[y] + bev[y] + phev[y], stock[y], 1e-12);
          g_assert_cmpfloat (ice[y], >=, -1e-6);
          g_assert_cmpfloat (bev[y], >=, 0);
          g_assert_cmpfloat (phev[y], >=, 0);
        }
    }

  /* The used trade leaves the US and arrives in Mexico whole. */
  for (int year = first; year <= last; year++)
    {
      double us_out = value (results, "ldv.used_exports", "US", year);
      double mx_in = value (results, "ldv.used_imports", "MX", year);
      double us_ev_out = value (results, "ldv.used_ev_exports", "US", year);
      double mx_ev_in = value (results, "ldv.used_ev_imports", "MX", year);

      assert_close (us_out, mx_in, 1e-12);
      assert_close (us_ev_out, mx_ev_in, 1e-12);
      assert_close (value (results, "ldv.used_imports", "US", year), 0, 1e-12);
      assert_close (value (results, "ldv.used_exports", "MX", year), 0, 1e-12);
      assert_close (value (results, "ldv.used_exports", "NA", year),
                    value (results, "ldv.used_imports", "NA", year), 1e-12);
    }
}

static void
test_conservation_baseline (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = NULL;

  set_lever (values, "ldv.used_exports", 300000);
  results = run (values);
  check_conservation (results);

  /* The test is only meaningful if the trade actually moves vehicles, EVs
   * among them, and vehicles are scrapped. */
  g_assert_cmpfloat (value (results, "ldv.used_exports", "US", 2030), >, 1000);
  g_assert_cmpfloat (value (results, "ldv.used_ev_imports", "MX", 2040), >, 0);
  g_assert_cmpfloat (value (results, "ldv.scrappage", "NA", 2030), >, 1000);
}

static void
test_conservation_extreme (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = NULL;

  /* Full electrification, a wide trade window and fast sales growth. */
  set_lever (values, "ldv.us.target_share", 1.0);
  set_lever (values, "ldv.us.target_year", 2030);
  set_lever (values, "ldv.mx.target_share", 0.9);
  set_lever (values, "ldv.mx.target_year", 2035);
  set_lever (values, "ldv.ca.target_share", 1.0);
  set_lever (values, "ldv.used_exports", 3000000);
  set_lever (values, "ldv.used_min_age", 0);
  set_lever (values, "ldv.used_max_age", 40);
  set_lever (values, "ldv.us.sales_growth", 0.05);
  set_lever (values, "ldv.mx.median_lifetime", 8);
  results = run (values);
  check_conservation (results);
}

/* ---- Calibration ------------------------------------------------------ */

static void
test_calibration (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = run (values);
  double sales_sum[PUENTE_N_COUNTRIES] = { 0, };
  double adoption_mean[PUENTE_N_COUNTRIES] = { 0, };
  double stock[PUENTE_N_COUNTRIES] = { 0, };
  guint n = puente_dataset_get_n_states (dataset);

  for (guint s = 0; s < n; s++)
    sales_sum[puente_dataset_get_state (dataset, s)->country] +=
      puente_dataset_get_state (dataset, s)->sales_share.value;
  for (guint s = 0; s < n; s++)
    {
      const PuenteState *st = puente_dataset_get_state (dataset, s);

      adoption_mean[st->country] += st->sales_share.value / sales_sum[st->country] * st->adoption_index.value;
      stock[st->country] += st->ldv_stock.value;
    }

  for (guint s = 0; s < n; s++)
    {
      const PuenteState *st = puente_dataset_get_state (dataset, s);
      const char *cc = st->country == PUENTE_COUNTRY_US ? "us" : "mx";
      g_autofree char *sales_id = g_strdup_printf ("%s.ldv_sales_2024", cc);
      g_autofree char *zev_id = g_strdup_printf ("%s.zev_share_2024", cc);
      double sales = puente_dataset_get_value (dataset, sales_id) * st->sales_share.value / sales_sum[st->country];
      double z = puente_dataset_get_value (dataset, zev_id) * st->adoption_index.value / adoption_mean[st->country];

      assert_close (value (results, "ldv.stock", st->code, 2024), st->ldv_stock.value, 1e-9);
      assert_close (value (results, "ldv.bev_stock", st->code, 2024), st->bev_stock.value, 1e-9);
      assert_close (value (results, "ldv.phev_stock", st->code, 2024), st->phev_stock.value, 1e-9);
      assert_close (value (results, "ldv.ev_stock", st->code, 2024),
                    st->bev_stock.value + st->phev_stock.value, 1e-9);
      assert_close (value (results, "ldv.sales", st->code, 2024), sales, 1e-9);
      if (z < 1.0)
        assert_close (value (results, "ldv.zev_share_sales", st->code, 2024), z, 1e-9);
      assert_close (value (results, "charging.public_l2_existing", st->code, 2024),
                    st->public_l2_ports.value, 1e-9);
      assert_close (value (results, "charging.public_dcfc_existing", st->code, 2024),
                    st->public_dcfc_ports.value, 1e-9);
    }

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *code = puente_country_code (c);
      const char *cc = c == PUENTE_COUNTRY_US ? "us" : "mx";
      g_autofree char *sales_id = g_strdup_printf ("%s.ldv_sales_2024", cc);
      g_autofree char *zev_id = g_strdup_printf ("%s.zev_share_2024", cc);

      assert_close (value (results, "ldv.sales", code, 2024), puente_dataset_get_value (dataset, sales_id), 1e-9);
      assert_close (value (results, "ldv.zev_share_sales", code, 2024), puente_dataset_get_value (dataset, zev_id), 1e-12);
      assert_close (value (results, "ldv.stock", code, 2024), stock[c], 1e-9);
    }
}

/* ---- Targets ------------------------------------------------------------ */

static void
test_targets_country (void)
{
  static const double shares[] = { 0.05, 0.3, 0.5, 0.68, 0.9, 0.95, 0.99, 0.995, 1.0 };
  static const int years[] = { 2027, 2030, 2032, 2035, 2040, 2050 };
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autoptr(PuenteResults) results = puente_results_new (dataset, PUENTE_MAX_HORIZON);

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
      for (guint j = 0; j < G_N_ELEMENTS (years); j++)
        {
          g_autofree double *values = baseline ();
          const char *code = puente_country_code (c);
          const char *cc = c == PUENTE_COUNTRY_US ? "us" : "mx";
          g_autofree char *share_id = g_strdup_printf ("ldv.%s.target_share", cc);
          g_autofree char *year_id = g_strdup_printf ("ldv.%s.target_year", cc);
          double z;

          set_lever (values, share_id, shares[i]);
          set_lever (values, year_id, years[j]);
          set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
          puente_engine_run (engine, values, results);

          z = value (results, "ldv.zev_share_sales", code, years[j]);
          if (fabs (z - shares[i]) > 1e-9)
            g_error ("%s target %g in %d gives %.12g", code, shares[i], years[j], z);
          /* A 100 % mandate holds after its year. */
          if (shares[i] == 1.0)
            assert_close (value (results, "ldv.zev_share_sales", code, years[j] + 5), 1.0, 1e-12);
        }
}

static void
test_targets_california (void)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autoptr(PuenteResults) with_ca = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  g_autoptr(PuenteResults) without = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  g_autofree double *values = baseline ();
  static const double shares[] = { 0.68, 0.9, 1.0 };

  if (puente_dataset_find_state (dataset, "US-CA") < 0)
    {
      g_test_skip ("no California in this dataset");
      return;
    }

  set_lever (values, "general.horizon", PUENTE_MAX_HORIZON);
  puente_engine_run (engine, values, without);

  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    {
      double us_sales, us_zev;
      guint n = puente_dataset_get_n_states (dataset);

      set_lever (values, "ldv.ca.target_share", shares[i]);
      set_lever (values, "ldv.ca.target_year", 2035);
      puente_engine_run (engine, values, with_ca);

      assert_close (value (with_ca, "ldv.zev_share_sales", "US-CA", 2035), shares[i], 1e-9);
      /* Calibration is untouched. */
      assert_close (value (with_ca, "ldv.zev_share_sales", "US-CA", 2024),
                    value (without, "ldv.zev_share_sales", "US-CA", 2024), 1e-12);
      assert_close (value (with_ca, "ldv.zev_share_sales", "US", 2024),
                    value (without, "ldv.zev_share_sales", "US", 2024), 1e-12);
      if (shares[i] == 1.0)
        for (int year = 2035; year <= 2060; year++)
          assert_close (value (with_ca, "ldv.zev_share_sales", "US-CA", year), 1.0, 1e-12);

      /* Other states keep the country curve; the US total is the
       * sales-weighted result. */
      us_sales = us_zev = 0;
      for (guint s = 0; s < n; s++)
        {
          const PuenteState *st = puente_dataset_get_state (dataset, s);

          if (st->country != PUENTE_COUNTRY_US)
            continue;
          if (strcmp (st->code, "US-CA") != 0)
            assert_close (value (with_ca, "ldv.zev_share_sales", st->code, 2035),
                          value (without, "ldv.zev_share_sales", st->code, 2035), 1e-12);
          us_sales += value (with_ca, "ldv.sales", st->code, 2035);
          us_zev += value (with_ca, "ldv.sales", st->code, 2035) *
                    value (with_ca, "ldv.zev_share_sales", st->code, 2035);
        }
      assert_close (value (with_ca, "ldv.zev_share_sales", "US", 2035), us_zev / us_sales, 1e-12);
      /* California's own target moves the US total in its direction. */
      if (shares[i] > value (without, "ldv.zev_share_sales", "US-CA", 2035))
        g_assert_cmpfloat (value (with_ca, "ldv.zev_share_sales", "US", 2035), >,
                           value (without, "ldv.zev_share_sales", "US", 2035));
      else
        g_assert_cmpfloat (value (with_ca, "ldv.zev_share_sales", "US", 2035), <=,
                           value (without, "ldv.zev_share_sales", "US", 2035));
    }
}

static void
test_incentive_moves_earlier (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) base = run (values);
  g_autoptr(PuenteResults) pushed = NULL;

  set_lever (values, "ldv.us.incentive_usd", 7500);
  set_lever (values, "ldv.us.price_parity_year", 2026);
  pushed = run (values);

  assert_close (value (pushed, "ldv.zev_share_sales", "US", 2024),
                value (base, "ldv.zev_share_sales", "US", 2024), 1e-12);
  g_assert_cmpfloat (value (pushed, "ldv.zev_share_sales", "US", 2030), >,
                     value (base, "ldv.zev_share_sales", "US", 2030) + 0.01);
}

/* ---- Monotonicity ------------------------------------------------------- */

static void
check_sweep (const char *share_id,
             const char *year_id,
             int         year,
             double      from)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autoptr(PuenteResults) prev = NULL;
  guint n_regions;

  for (double z = from; z <= 1.0 + 1e-9; z += 0.05)
    {
      g_autofree double *values = baseline ();
      g_autoptr(PuenteResults) cur = puente_results_new (dataset, PUENTE_MAX_HORIZON);

      set_lever (values, share_id, MIN (z, 1.0));
      set_lever (values, year_id, year);
      puente_engine_run (engine, values, cur);
      n_regions = puente_results_get_n_regions (cur);

      if (prev != NULL)
        for (guint r = 0; r < n_regions; r++)
          {
            const char *region = puente_results_get_region (cur, r);
            const double *ev0 = puente_results_get_series (prev, "ldv.ev_stock", region);
            const double *ev1 = puente_results_get_series (cur, "ldv.ev_stock", region);
            const double *co0 = puente_results_get_series (prev, "ldv.co2_mt", region);
            const double *co1 = puente_results_get_series (cur, "ldv.co2_mt", region);

            if (ev0 == NULL)
              continue;

            for (guint y = 0; y < puente_results_get_n_years (cur); y++)
              {
                if (ev1[y] < ev0[y] * (1 - 1e-12) - 1e-9)
                  g_error ("%s = %.2f lowers the ZEV stock of %s in %d: %.17g < %.17g",
                           share_id, z, region, PUENTE_BASE_YEAR + y, ev1[y], ev0[y]);
                if (co1[y] > co0[y] * (1 + 1e-12) + 1e-12)
                  g_error ("%s = %.2f raises the CO2 of %s in %d: %.17g > %.17g",
                           share_id, z, region, PUENTE_BASE_YEAR + y, co1[y], co0[y]);
              }
          }

      g_clear_pointer (&prev, puente_results_free);
      prev = g_steal_pointer (&cur);
    }
}

static void
test_monotonic (void)
{
  check_sweep ("ldv.us.target_share", "ldv.us.target_year", 2035, 0.0);
  check_sweep ("ldv.mx.target_share", "ldv.mx.target_year", 2032, 0.0);
  /* 0 means "follow the US curve", so California's sweep starts above. */
  if (puente_dataset_find_state (dataset, "US-CA") >= 0)
    check_sweep ("ldv.ca.target_share", "ldv.ca.target_year", 2035, 0.05);
}

static void
test_higher_target_effect (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) low = NULL, high = NULL;

  set_lever (values, "ldv.us.target_share", 0.3);
  low = run (values);
  set_lever (values, "ldv.us.target_share", 0.6);
  high = run (values);

  /* More ZEVs, less CO2, more used EVs flowing south, more charging. */
  g_assert_cmpfloat (value (high, "ldv.ev_stock", "US", 2040), >, value (low, "ldv.ev_stock", "US", 2040));
  g_assert_cmpfloat (value (high, "ldv.co2_mt", "NA", 2040), <, value (low, "ldv.co2_mt", "NA", 2040));
  g_assert_cmpfloat (value (high, "ldv.co2_avoided_mt", "NA", 2040), >, value (low, "ldv.co2_avoided_mt", "NA", 2040));
  g_assert_cmpfloat (value (high, "ldv.electricity_gwh", "US", 2040), >, value (low, "ldv.electricity_gwh", "US", 2040));
  g_assert_cmpfloat (value (high, "ldv.fuel_ml", "US", 2040), <, value (low, "ldv.fuel_ml", "US", 2040));
  g_assert_cmpfloat (value (high, "charging.public_dcfc_need", "US", 2040), >, value (low, "charging.public_dcfc_need", "US", 2040));
  g_assert_cmpfloat (value (high, "battery.retired_gwh", "NA", 2050), >, value (low, "battery.retired_gwh", "NA", 2050));
}

/* ---- Consistency of derived series ------------------------------------------- */

static void
test_derived_series (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteResults) results = NULL;
  guint n_regions;

  set_lever (values, "ldv.us.target_share", 0.7);
  /* Shares that differ, so that swapping them shows. */
  set_lever (values, "battery.second_life_share", 0.9);
  set_lever (values, "battery.recycling_share", 0.6);
  results = run (values);
  n_regions = puente_results_get_n_regions (results);

  for (guint r = 0; r < n_regions; r++)
    {
      const char *region = puente_results_get_region (results, r);
      double cum = 0, cum_avoided = 0;

      if (puente_results_get_series (results, "ldv.stock", region) == NULL)
        continue;

      for (int year = 2024; year <= puente_results_get_last_year (results); year++)
        {
          double gap = value (results, "charging.gap", region, year);
          double retired = value (results, "battery.retired_gwh", region, year);

          g_assert_cmpfloat (gap, >=, 0);
          g_assert_cmpfloat (value (results, "charging.ports_to_build", region, year), >=, 0);
          g_assert_cmpfloat (value (results, "charging.investment_musd", region, year), >=, 0);
          assert_close (value (results, "ldv.co2_mt", region, year),
                        value (results, "ldv.co2_tailpipe_mt", region, year) +
                        value (results, "ldv.co2_grid_mt", region, year), 1e-12);
          cum += value (results, "ldv.co2_mt", region, year);
          cum_avoided += value (results, "ldv.co2_avoided_mt", region, year);
          assert_close (value (results, "ldv.co2_cumulative_mt", region, year), cum, 1e-9);
          assert_close (value (results, "ldv.co2_avoided_cumulative_mt", region, year), cum_avoided, 1e-9);
          /* 0.9 + 0.6 > 1: both are scaled down to 0.6 and 0.4, and nothing
           * is disposed of. */
          assert_close (value (results, "battery.second_life_gwh", region, year), retired * 0.6, 1e-12);
          assert_close (value (results, "battery.recycled_gwh", region, year), retired * 0.4, 1e-12);
          assert_close (value (results, "battery.disposal_gwh", region, year), 0, 1e-12);
          g_assert_cmpfloat (value (results, "ldv.zev_share_sales", region, year), <=, 1.0 + 1e-12);
        }
    }

  /* Shares under 1 apply as they are; the rest is disposed of. */
  {
    g_autoptr(PuenteResults) split = NULL;

    set_lever (values, "battery.second_life_share", 0.3);
    set_lever (values, "battery.recycling_share", 0.5);
    split = run (values);
    for (int year = 2024; year <= puente_results_get_last_year (split); year++)
      {
        double retired = value (split, "battery.retired_gwh", "NA", year);

        assert_close (value (split, "battery.second_life_gwh", "NA", year), retired * 0.3, 1e-12);
        assert_close (value (split, "battery.recycled_gwh", "NA", year), retired * 0.5, 1e-12);
        assert_close (value (split, "battery.disposal_gwh", "NA", year), retired * 0.2, 1e-12);
      }
    g_assert_cmpfloat (value (split, "battery.retired_gwh", "NA", 2050), >, 0);
  }

  /* A grid without emissions in 2050 (each country's lever) leaves no grid
   * CO2 from electric vehicles in 2050, and some the year before. */
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      g_autoptr(PuenteResults) clean = NULL;
      g_autofree char *grid_id = g_strdup_printf ("grid.%s.factor_2050", c == PUENTE_COUNTRY_US ? "us" : "mx");
      const char *code = puente_country_code (c);

      g_free (values);
      values = baseline ();
      set_lever (values, grid_id, 0);
      clean = run (values);
      assert_close (value (clean, "ldv.co2_grid_mt", code, 2050), 0, 1e-12);
      g_assert_cmpfloat (value (clean, "ldv.co2_grid_mt", code, 2049), >, 0);
      g_assert_cmpfloat (value (clean, "ldv.co2_grid_mt", c == PUENTE_COUNTRY_US ? "MX" : "US", 2050), >, 0);
    }

  /* Grid factor reaches the 2050 lever (country average, by construction
   * for Mexico's single region). */
  assert_close (value (results, "ldv.grid_factor", "MX", 2050),
                puente_dataset_get_value (dataset, "mx.grid_factor_2050"), 1e-9);
}

/* ---- Determinism -------------------------------------------------------- */

static gboolean
results_equal (PuenteResults *a,
               PuenteResults *b)
{
  guint n_ind = puente_results_get_n_indicators (a);
  guint n_reg = puente_results_get_n_regions (a);
  guint n_years = puente_results_get_n_years (a);

  if (n_years != puente_results_get_n_years (b))
    return FALSE;
  for (guint i = 0; i < n_ind; i++)
    for (guint r = 0; r < n_reg; r++)
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
test_determinism (void)
{
  g_autofree double *values = baseline ();
  g_autofree double *other = baseline ();
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autoptr(PuenteEngine) engine2 = puente_engine_new (dataset);
  g_autoptr(PuenteResults) a = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  g_autoptr(PuenteResults) b = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  g_autoptr(PuenteResults) c = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  g_autoptr(PuenteResults) copy = NULL;

  set_lever (values, "ldv.us.target_share", 0.5);
  set_lever (other, "ldv.us.target_share", 1.0);
  set_lever (other, "ldv.ca.target_share", 1.0);
  set_lever (other, "general.horizon", 2040);

  puente_engine_run (engine, values, a);
  /* A different run in between must leave nothing behind. */
  puente_engine_run (engine, other, b);
  g_assert_false (results_equal (a, b));
  g_assert_cmpint (puente_results_get_last_year (b), ==, 2040);
  puente_engine_run (engine, values, b);
  puente_engine_run (engine2, values, c);

  g_assert_true (results_equal (a, b));
  g_assert_true (results_equal (a, c));

  copy = puente_results_copy (a);
  g_assert_true (results_equal (a, copy));
}

/* Every lever moves the results: a slider that changes nothing is a bug a
 * user notices. Each lever goes to the end of its range farther from its
 * baseline value. A target year acts through its target share, which is
 * set to 1 in both runs; a city's lever needs the city in the dataset. */
static void
test_every_lever_moves_results (void)
{
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autoptr(PuenteResults) base = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  g_autoptr(PuenteResults) moved = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  g_autoptr(GString) inert = g_string_new (NULL);
  guint n_checked = 0;

  for (guint i = 0; i < puente_levers_get_n (); i++)
    {
      const PuenteLever *lever = puente_levers_get (i);
      g_autofree double *values = baseline ();
      g_autofree char *share_id = NULL;
      double from;

      if (g_str_has_prefix (lever->id, "transit.") && strchr (lever->scope, '-') != NULL &&
          puente_dataset_find_city (dataset, lever->scope) < 0)
        continue;
      if (g_str_has_suffix (lever->id, "target_year"))
        {
          g_autofree char *stem = g_strndup (lever->id, strlen (lever->id) - strlen ("year"));

          share_id = g_strconcat (stem, "share", NULL);
          if (puente_levers_find (share_id) >= 0)
            set_lever (values, share_id, 1.0);
        }
      puente_engine_run (engine, values, base);
      from = values[i];
      values[i] = from - lever->min > lever->max - from ? lever->min : lever->max;
      puente_engine_run (engine, values, moved);
      if (results_equal (base, moved))
        g_string_append_printf (inert, " %s (%g -> %g)", lever->id, from, values[i]);
      n_checked++;
    }
  if (inert->len > 0)
    g_error ("levers that change no result:%s", inert->str);
  g_assert_cmpuint (n_checked, >, 40);
}

static void
test_horizon (void)
{
  g_autofree double *values = baseline ();
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autoptr(PuenteResults) results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);

  puente_engine_run (engine, values, results);
  g_assert_cmpint (puente_results_get_first_year (results), ==, 2024);
  g_assert_cmpint (puente_results_get_last_year (results), ==, 2050);
  g_assert_cmpuint (puente_results_get_n_years (results), ==, 27);
  g_assert_true (isnan (puente_results_get_value (results, "ldv.stock", "US", 2051)));

  set_lever (values, "general.horizon", 2035);
  puente_engine_run (engine, values, results);
  g_assert_cmpint (puente_results_get_last_year (results), ==, 2035);
  g_assert_true (isnan (puente_results_get_value (results, "ldv.stock", "US", 2036)));
  g_assert_false (isnan (puente_results_get_value (results, "ldv.stock", "US", 2035)));
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

  g_test_add_func ("/model/ldv/conservation", test_conservation_baseline);
  g_test_add_func ("/model/ldv/conservation-extreme", test_conservation_extreme);
  g_test_add_func ("/model/ldv/calibration", test_calibration);
  g_test_add_func ("/model/ldv/targets/country", test_targets_country);
  g_test_add_func ("/model/ldv/targets/california", test_targets_california);
  g_test_add_func ("/model/ldv/targets/incentive-and-parity", test_incentive_moves_earlier);
  g_test_add_func ("/model/ldv/monotonic/sweep", test_monotonic);
  g_test_add_func ("/model/ldv/monotonic/effects", test_higher_target_effect);
  g_test_add_func ("/model/ldv/derived-series", test_derived_series);
  g_test_add_func ("/model/engine/determinism", test_determinism);
  g_test_add_func ("/model/engine/horizon", test_horizon);
  g_test_add_func ("/model/engine/every-lever-moves-results", test_every_lever_moves_results);

  ret = g_test_run ();
  puente_dataset_unref (dataset);
  return ret;
}
