/* test-levers.c: the lever registry
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-levers.h"

/* The ids other modules (scenarios, presets, CLI) rely on. */
static const char * const required_ids[] = {
  "general.horizon",
  "ldv.us.target_share", "ldv.us.target_year", "ldv.us.bev_share_of_zev",
  "ldv.us.sales_growth", "ldv.us.incentive_usd", "ldv.us.price_parity_year",
  "ldv.us.ice_efficiency_gain", "ldv.us.phev_utility_factor", "ldv.us.median_lifetime",
  "ldv.mx.target_share", "ldv.mx.target_year", "ldv.mx.bev_share_of_zev",
  "ldv.mx.sales_growth", "ldv.mx.incentive_usd", "ldv.mx.price_parity_year",
  "ldv.mx.ice_efficiency_gain", "ldv.mx.phev_utility_factor", "ldv.mx.median_lifetime",
  "ldv.ca.target_share", "ldv.ca.target_year",
  "ldv.used_exports", "ldv.used_min_age", "ldv.used_max_age",
  "charging.us.home_access_share", "charging.us.evs_per_public_l2",
  "charging.us.evs_per_public_dcfc", "charging.us.deployment_growth",
  "charging.us.cost_public_dcfc",
  "charging.mx.home_access_share", "charging.mx.evs_per_public_l2",
  "charging.mx.evs_per_public_dcfc", "charging.mx.deployment_growth",
  "charging.mx.cost_public_dcfc",
  "grid.us.factor_2050", "grid.mx.factor_2050",
  "battery.second_life_share", "battery.recycling_share",
};

static void
test_ids (void)
{
  guint n = puente_levers_get_n ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, G_N_ELEMENTS (required_ids));

  for (guint i = 0; i < n; i++)
    {
      const PuenteLever *lever = puente_levers_get (i);

      g_assert_nonnull (lever);
      g_assert_nonnull (lever->id);
      if (g_hash_table_contains (seen, lever->id))
        g_error ("lever id %s appears twice", lever->id);
      g_hash_table_add (seen, (gpointer) lever->id);
      g_assert_cmpint (puente_levers_find (lever->id), ==, (int) i);
      g_assert_nonnull (lever->label);
      g_assert_nonnull (lever->description);
      g_assert_cmpstr (lever->label, !=, "");
      g_assert_nonnull (lever->unit);
      g_assert_nonnull (lever->scope);
      g_assert_cmpint (lever->theme, <, PUENTE_N_THEMES);
      g_assert_nonnull (puente_lever_theme_label (lever->theme, PUENTE_LANG_ES));
    }

  for (guint i = 0; i < G_N_ELEMENTS (required_ids); i++)
    if (puente_levers_find (required_ids[i]) < 0)
      g_error ("required lever %s is not registered", required_ids[i]);

  g_assert_cmpint (puente_levers_find ("ldv.us.nonsense"), ==, -1);
  g_assert_cmpint (puente_levers_find (NULL), ==, -1);
}

static void
test_ranges (void)
{
  for (guint i = 0; i < puente_levers_get_n (); i++)
    {
      const PuenteLever *lever = puente_levers_get (i);

      g_assert_cmpfloat (lever->min, <, lever->max);
      g_assert_cmpfloat (lever->step, >, 0);
      g_assert_cmpfloat (lever->step, <=, lever->max - lever->min);
      if (!(lever->default_value >= lever->min && lever->default_value <= lever->max))
        g_error ("%s: fixed default %g outside %g..%g", lever->id, lever->default_value, lever->min, lever->max);
      if (strcmp (lever->unit, "share") == 0)
        {
          g_assert_cmpfloat (lever->min, >=, 0);
          g_assert_cmpfloat (lever->max, <=, 1);
        }
      if (strcmp (lever->unit, "year") == 0)
        {
          g_assert_true (lever->is_integer);
          /* A year lever may use 0 as "the default year" when it says so. */
          if (lever->min == 0)
            g_assert_nonnull (strstr (lever->description, "0 ="));
          else
            g_assert_cmpfloat (lever->min, >=, PUENTE_BASE_YEAR);
          g_assert_cmpfloat (lever->max, <=, PUENTE_MAX_HORIZON);
        }
      if (lever->is_integer)
        {
          g_assert_cmpfloat (lever->min, ==, floor (lever->min));
          g_assert_cmpfloat (lever->default_value, ==, floor (lever->default_value));
        }
    }
}

static void
test_defaults_from_dataset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_dir (TEST_DATASET_DIR, &error);
  g_autofree double *values = NULL;
  guint n = puente_levers_get_n ();

  g_assert_no_error (error);
  values = g_new (double, n);
  puente_levers_fill_baseline (dataset, values);

  for (guint i = 0; i < n; i++)
    {
      const PuenteLever *lever = puente_levers_get (i);

      if (lever->default_parameter != NULL)
        {
          /* Every named parameter exists in a contract-conforming dataset. */
          const PuenteFigure *fig = puente_dataset_get_parameter (dataset, lever->default_parameter);

          if (fig == NULL)
            g_error ("%s: default parameter %s is not in the dataset", lever->id, lever->default_parameter);
          g_assert_cmpfloat (values[i], ==, fig->value);
        }
      else
        g_assert_cmpfloat (values[i], ==, lever->default_value);

      if (!(values[i] >= lever->min && values[i] <= lever->max))
        g_error ("%s: baseline %g outside %g..%g", lever->id, values[i], lever->min, lever->max);
    }

  /* Without a dataset, the fixed defaults. */
  g_assert_cmpfloat (puente_lever_get_default (puente_levers_get (0), NULL), ==,
                     puente_levers_get (0)->default_value);
  g_assert_cmpfloat (values[puente_levers_find ("general.horizon")], ==, PUENTE_DEFAULT_HORIZON);
}

static void
test_closest (void)
{
  g_assert_cmpstr (puente_levers_closest ("ldv.us.target_shar"), ==, "ldv.us.target_share");
  g_assert_cmpstr (puente_levers_closest ("ldv.us.targetshare"), ==, "ldv.us.target_share");
  g_assert_cmpstr (puente_levers_closest ("ldv.mx.target_year"), ==, "ldv.mx.target_year");
  g_assert_cmpstr (puente_levers_closest ("ldv.MX.target_year"), ==, "ldv.mx.target_year");
  g_assert_cmpstr (puente_levers_closest ("grid.mx.factor2050"), ==, "grid.mx.factor_2050");
  g_assert_cmpstr (puente_levers_closest ("battery.recycle_share"), ==, "battery.recycling_share");
  g_assert_cmpstr (puente_levers_closest ("horizon"), ==, "general.horizon");
  g_assert_nonnull (puente_levers_closest (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/levers/ids", test_ids);
  g_test_add_func ("/model/levers/ranges", test_ranges);
  g_test_add_func ("/model/levers/defaults", test_defaults_from_dataset);
  g_test_add_func ("/model/levers/closest", test_closest);

  return g_test_run ();
}
