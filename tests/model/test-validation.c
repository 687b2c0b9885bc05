/* test-validation.c: the shipped model against what happened and the law
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on the shipped dataset (data/dataset, SHIPPED_DATASET_DIR) and the
 * shipped presets, the numbers a working group sees:
 * - every observed figure of observed.json within its tolerance (the
 *   validation table of `puente-cli check-model` and docs/validation.md);
 * - the current-policies baseline at or below every policy preset, in
 *   every year and region, strictly below where the policy binds;
 * - ACC II's requirement met within 2 points in each model year;
 * - the US DC fast ports added in 2025 within 25 % of the observed;
 * - no state's share series has a kink.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"
#include "puente-validation.h"

static PuenteDataset *dataset;

static PuenteResults *
run_preset (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (id, &error);
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  PuenteResults *results;

  g_assert_no_error (error);
  puente_scenario_fill_values (scenario, dataset, values);
  results = puente_results_new (dataset, (int) values[puente_levers_find ("general.horizon")]);
  puente_engine_run (engine, values, results);
  return results;
}

static double
value (const PuenteResults *results,
       const char          *indicator,
       const char          *region,
       int                  year)
{
  double v = puente_results_get_value (results, indicator, region, year);

  if (isnan (v))
    g_error ("no value for %s / %s / %d", indicator, region, year);
  return v;
}

/* Every observed figure within its tolerance; at least 30 of them, both
 * countries, at least five states on each side. */
static void
test_table (void)
{
  g_autoptr(PuenteResults) results = run_preset ("baseline");
  g_autoptr(PuenteValidation) validation = puente_validation_new (dataset, results);
  g_autoptr(GHashTable) us_states = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) mx_states = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) failed = g_string_new (NULL);
  gboolean us = FALSE, mx = FALSE;

  for (guint i = 0; i < puente_validation_get_n_rows (validation); i++)
    {
      const PuenteValidationRow *row = puente_validation_get_row (validation, i);
      const PuenteObservation *obs = row->observation;

      if (row->status != PUENTE_VALIDATION_OK)
        g_string_append_printf (failed, "\n  %s %s %d: model %g, observed %g (±%g): %s",
                                obs->indicator, obs->region, obs->year, row->model,
                                obs->figure.value, obs->tolerance,
                                puente_validation_status_to_string (row->status));
      us |= g_str_equal (obs->region, "US");
      mx |= g_str_equal (obs->region, "MX");
      if (g_str_has_prefix (obs->region, "US-"))
        g_hash_table_add (us_states, (gpointer) obs->region);
      if (g_str_has_prefix (obs->region, "MX-"))
        g_hash_table_add (mx_states, (gpointer) obs->region);
    }
  if (failed->len > 0)
    g_error ("observed figures outside their tolerance:%s", failed->str);
  g_assert_cmpuint (puente_validation_get_n_rows (validation), >=, 30);
  g_assert_true (us && mx);
  g_assert_cmpuint (g_hash_table_size (us_states), >=, 5);
  g_assert_cmpuint (g_hash_table_size (mx_states), >=, 5);

  /* The lookup the app uses for "observed" beside "model". */
  g_assert_nonnull (puente_validation_find (dataset, "ldv.zev_share_sales", "US-CA", 2025));
  g_assert_null (puente_validation_find (dataset, "ldv.zev_share_sales", "US-CA", 2049));
  g_assert_true (puente_validation_has_any (dataset, "ldv.zev_share_sales", "US-CA"));
  g_assert_false (puente_validation_has_any (dataset, "ldv.zev_share_sales", "nowhere"));
}

/* A row that cannot be computed is a failure, not a pass: an unknown
 * indicator, an indicator the region does not have, a year outside the
 * run, and a figure the model misses. */
static void
test_rows_that_fail (void)
{
  static const char *const files[] = {
    "states.json", "grid.json", "parameters.json", "series.json", "supply.json",
    "ports.json", "transit.json", "sites.json", "rules.json",
  };
  static const char observed[] =
    "{\"format\": \"puente-dataset\", \"version\": 1, \"observations\": ["
    "{\"indicator\": \"ldv.nope\", \"region\": \"US\", \"year\": 2025, \"tolerance\": 0.1, \"figure\": F},"
    "{\"indicator\": \"freight.crossings\", \"region\": \"US-CA\", \"year\": 2025, \"tolerance\": 0.1, \"figure\": F},"
    "{\"indicator\": \"ldv.sales\", \"region\": \"US\", \"year\": 2040, \"tolerance\": 0.1, \"figure\": F},"
    "{\"indicator\": \"ldv.sales\", \"region\": \"US\", \"year\": 2025, \"tolerance\": 0.1, \"figure\": F},"
    "{\"indicator\": \"ldv.sales\", \"region\": \"US\", \"year\": 2025, \"tolerance\": 0.7, \"figure\": F}]}";
  static const char figure[] =
    "{\"value\": 10000000, \"unit\": \"vehicles\", \"year\": 2025, \"status\": \"assumption\","
    " \"assumption\": true, \"note\": \"test\", \"source\": {\"publisher\": \"p\", \"title\": \"t\", \"url\": \"u\"}}";
  static const PuenteValidationStatus expected[] = {
    PUENTE_VALIDATION_UNKNOWN_INDICATOR, PUENTE_VALIDATION_UNKNOWN_REGION,
    PUENTE_VALIDATION_NO_VALUE, PUENTE_VALIDATION_OUTSIDE, PUENTE_VALIDATION_OK,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("puente-validation-XXXXXX", &error);
  g_autofree char *text = NULL;
  g_autoptr(PuenteDataset) fixture = NULL;
  g_autoptr(PuenteEngine) engine = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(PuenteValidation) validation = NULL;
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  g_auto(GStrv) parts = NULL;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *src = g_build_filename (TEST_DATASET_DIR, files[i], NULL);
      g_autofree char *dst = g_build_filename (dir, files[i], NULL);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (src, &data, &length, &error));
      g_assert_true (g_file_set_contents (dst, data, length, &error));
    }
  parts = g_strsplit (observed, "F", -1);
  text = g_strjoinv (figure, parts);
  path = g_build_filename (dir, "observed.json", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, &error));

  fixture = puente_dataset_load_dir (dir, &error);
  g_assert_no_error (error);
  engine = puente_engine_new (fixture);
  puente_levers_fill_baseline (fixture, values);
  values[puente_levers_find ("general.horizon")] = 2030;
  results = puente_results_new (fixture, 2030);
  puente_engine_run (engine, values, results);
  validation = puente_validation_new (fixture, results);

  /* The fixture sells 16.2 M in 2025: 10 M is outside ±10 % of it and
   * inside ±70 %. */
  g_assert_cmpuint (puente_validation_get_n_rows (validation), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (puente_validation_get_row (validation, i)->status, ==, expected[i]);
  g_assert_cmpuint (puente_validation_get_n_failed (validation), ==, 4);
  g_assert_true (isnan (puente_validation_get_row (validation, 0)->model));
  g_assert_cmpfloat_with_epsilon (puente_validation_get_row (validation, 3)->model, 16.2e6, 1);
  g_assert_cmpfloat_with_epsilon (puente_validation_get_row (validation, 3)->ratio, 1.62, 1e-9);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *file = g_build_filename (dir, files[i], NULL);

      g_unlink (file);
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* Indicators of a zero-emission share that a policy preset raises. */
static const char * const share_indicators[] = { "ldv.zev_share_sales" };

/* Where each preset's policy binds: region prefix and first year. */
static const struct
{
  const char *preset;
  const char *region;        /* exact region, or a prefix ending in '-' */
  int         from;
} binds[] = {
  { "us-lmdv-2032", "US", 2027 },
  { "us-lmdv-2032", "US-", 2027 },
  { "ca-acc2-2035", "US-CA", 2026 },
  { "ca-acc2-2035", "US", 2026 },
  { "mx-electromobility", "MX", 2026 },
  { "mx-electromobility", "MX-", 2026 },
};

static gboolean
binds_here (const char *preset,
            const char *region,
            int         year)
{
  for (guint i = 0; i < G_N_ELEMENTS (binds); i++)
    {
      gboolean prefix = g_str_has_suffix (binds[i].region, "-");

      if (g_str_equal (binds[i].preset, preset) && year >= binds[i].from &&
          (prefix ? g_str_has_prefix (region, binds[i].region) : g_str_equal (region, binds[i].region)))
        return TRUE;
    }
  return FALSE;
}

/* The current-policies baseline stays at or below every policy preset in
 * every year and region, strictly below where the policy binds: no policy
 * case converges back to the baseline. */
static void
test_baseline_below_presets (void)
{
  g_autoptr(PuenteResults) base = run_preset ("baseline");
  guint n_presets, n_binding = 0;
  const char **presets = puente_scenario_list_presets (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(PuenteResults) policy = NULL;

      if (g_str_equal (presets[p], "baseline"))
        continue;
      policy = run_preset (presets[p]);
      for (guint i = 0; i < G_N_ELEMENTS (share_indicators); i++)
        for (guint r = 0; r < puente_results_get_n_regions (base); r++)
          {
            const char *region = puente_results_get_region (base, r);
            const double *b = puente_results_get_series (base, share_indicators[i], region);
            const double *q = puente_results_get_series (policy, share_indicators[i], region);

            if (b == NULL)
              continue;
            for (int year = 2024; year <= 2050; year++)
              {
                double vb = b[year - 2024], vq = q[year - 2024];

                if (vb > vq + 1e-12)
                  g_error ("%s: baseline %s of %s in %d is %.6f, above the preset's %.6f",
                           presets[p], share_indicators[i], region, year, vb, vq);
                if (binds_here (presets[p], region, year))
                  {
                    if (!(vb < vq - 1e-6))
                      g_error ("%s binds in %s in %d but is not above the baseline (%.6f vs %.6f)",
                               presets[p], region, year, vq, vb);
                    n_binding++;
                  }
              }
          }
    }
  /* 27 years x (1 + 51 US regions) for the EPA rule alone. */
  g_assert_cmpuint (n_binding, >, 1000);
}

/* ACC II: California's share meets each model year's requirement within
 * 2 points, 35 % in 2026 to 100 % in 2035, and holds 100 % afterwards. */
static void
test_acc2_each_model_year (void)
{
  g_autoptr(PuenteResults) results = run_preset ("ca-acc2-2035");
  const PuenteRule *rule = puente_dataset_get_rule (dataset, "ca-acc2");

  g_assert_nonnull (rule);
  g_assert_cmpuint (rule->n_points, ==, 10);
  for (guint i = 0; i < rule->n_points; i++)
    {
      int year = rule->points[i].year;
      double z = value (results, "ldv.zev_share_sales", "US-CA", year);

      g_test_message ("ACC II MY%d: requirement %.2f, model %.4f", year, rule->points[i].value, z);
      if (fabs (z - rule->points[i].value) > 0.02)
        g_error ("ACC II MY%d requires %.0f %%, the preset gives %.1f %%", year,
                 100 * rule->points[i].value, 100 * z);
    }
  g_assert_cmpfloat (rule->points[0].value, ==, 0.35);
  g_assert_cmpfloat (rule->points[rule->n_points - 1].value, ==, 1.0);
  for (int year = 2035; year <= 2050; year++)
    g_assert_cmpfloat (value (results, "ldv.zev_share_sales", "US-CA", year), >=, 1.0 - 1e-12);
}

/* The EPA rule's path: 32 % in 2027 ... 69 % in 2032, held after. */
static void
test_epa_each_model_year (void)
{
  g_autoptr(PuenteResults) results = run_preset ("us-lmdv-2032");
  const PuenteRule *rule = puente_dataset_get_rule (dataset, "us-epa-lmdv-2024");

  g_assert_nonnull (rule);
  for (int year = 2027; year <= 2050; year++)
    {
      double req = puente_rule_value (rule, MIN (year, 2032));
      double z = value (results, "ldv.zev_share_sales", "US", year);

      if (fabs (z - req) > 0.02)
        g_error ("EPA path MY%d: %.1f %% required, the preset gives %.1f %%", year, 100 * req, 100 * z);
    }
  g_assert_cmpfloat_with_epsilon (value (results, "ldv.bev_share_sales", "US", 2032), 0.56, 0.005);
}

/* US DC fast ports added in 2025 match the observed figure (Paren: more
 * than 18,000) within 25 %: a surplus over the NREL ratios no longer
 * freezes building. */
static void
test_dcfc_added_2025 (void)
{
  g_autoptr(PuenteResults) results = run_preset ("baseline");
  const PuenteObservation *obs = puente_validation_find (dataset, "charging.public_dcfc_added", "US", 2025);
  double added = value (results, "charging.public_dcfc_added", "US", 2025);

  g_assert_nonnull (obs);
  g_assert_cmpfloat (obs->figure.value, >=, 18000);
  g_test_message ("US DC fast ports added in 2025: model %.0f, observed %.0f", added, obs->figure.value);
  g_assert_cmpfloat (fabs (added / obs->figure.value - 1), <=, 0.25);
  /* The existing ports keep growing while they exceed the need. */
  g_assert_cmpfloat (value (results, "charging.public_dcfc_added", "US", 2026), >, 10000);
  g_assert_cmpfloat (value (results, "charging.public_dcfc_existing", "US", 2024), >,
                     value (results, "charging.public_dcfc_need", "US", 2024));
  /* Never negative. */
  for (int year = 2025; year <= 2050; year++)
    {
      g_assert_cmpfloat (value (results, "charging.public_dcfc_added", "US", year), >=, 0);
      g_assert_cmpfloat (value (results, "charging.ports_to_build", "US", year), >=, 0);
      g_assert_cmpfloat (value (results, "charging.gap", "MX", year), >=, 0);
    }
}

/* No state's share series has a kink: a state's change of slope stays
 * within a small multiple of its country curve's around the same year (a
 * state capped at 100 % while the country still rises changes slope by
 * several points a year while the country changes by a fraction of a
 * point). The country curve is the preset's own, or @reference's where
 * one state follows its own rule (the aggregate then mixes both). */
static void
check_kinks (const char *preset,
             const char *skip,
             const char *reference)
{
  g_autoptr(PuenteResults) results = run_preset (preset);
  g_autoptr(PuenteResults) ref = run_preset (reference != NULL ? reference : preset);
  guint n = puente_dataset_get_n_states (dataset);
  const int last = 2050 - 2024;

  for (guint s = 0; s < n; s++)
    {
      const PuenteState *st = puente_dataset_get_state (dataset, s);
      const double *z = puente_results_get_series (results, "ldv.zev_share_sales", st->code);
      const double *zc = puente_results_get_series (ref, "ldv.zev_share_sales",
                                                    puente_country_code (st->country));

      if (skip != NULL && g_str_equal (st->code, skip))
        continue;
      for (int y = 1; y < last; y++)
        {
          double d2 = z[y + 1] - 2 * z[y] + z[y - 1];
          double around = 0;

          for (int k = MAX (1, y - 1); k <= MIN (y + 1, last - 1); k++)
            around = MAX (around, fabs (zc[k + 1] - 2 * zc[k] + zc[k - 1]));
          if (fabs (d2) > 3 * around + 0.005)
            g_error ("%s: the share of %s changes slope by %.4f in %d; its country by at most %.4f",
                     preset, st->code, d2, 2024 + y, around);
        }
    }
}

static void
test_no_kinks (void)
{
  check_kinks ("baseline", NULL, NULL);
  check_kinks ("us-lmdv-2032", NULL, NULL);
  check_kinks ("mx-electromobility", NULL, NULL);
  /* California follows its own rule table there; the other states keep
   * the country curve (the baseline's). */
  check_kinks ("ca-acc2-2035", "US-CA", "baseline");
}

/* No state reaches 100 % without a 100 % policy: the baseline levels off. */
static void
test_baseline_levels_off (void)
{
  g_autoptr(PuenteResults) results = run_preset ("baseline");
  guint n = puente_dataset_get_n_states (dataset);

  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      const char *code = puente_country_code (c);
      g_autofree char *id = g_strdup_printf ("%s.zev_share_ceiling", c == PUENTE_COUNTRY_US ? "us" : "mx");
      double ceiling = puente_dataset_get_value (dataset, id);

      g_assert_cmpfloat (value (results, "ldv.zev_share_sales", code, 2050), <=, ceiling + 1e-9);
      /* Still rising toward the ceiling, not frozen. */
      g_assert_cmpfloat (value (results, "ldv.zev_share_sales", code, 2040), >,
                         value (results, "ldv.zev_share_sales", code, 2030));
    }
  for (guint s = 0; s < n; s++)
    g_assert_cmpfloat (value (results, "ldv.zev_share_sales", puente_dataset_get_state (dataset, s)->code, 2050),
                       <, 0.9);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = puente_dataset_load_dir (SHIPPED_DATASET_DIR, &error);
  g_assert_no_error (error);

  g_test_add_func ("/model/validation/table", test_table);
  g_test_add_func ("/model/validation/rows-that-fail", test_rows_that_fail);
  g_test_add_func ("/model/validation/baseline-below-presets", test_baseline_below_presets);
  g_test_add_func ("/model/validation/acc2-each-model-year", test_acc2_each_model_year);
  g_test_add_func ("/model/validation/epa-each-model-year", test_epa_each_model_year);
  g_test_add_func ("/model/validation/dcfc-added-2025", test_dcfc_added_2025);
  g_test_add_func ("/model/validation/no-kinks", test_no_kinks);
  g_test_add_func ("/model/validation/baseline-levels-off", test_baseline_levels_off);

  ret = g_test_run ();
  puente_dataset_unref (dataset);
  return ret;
}
