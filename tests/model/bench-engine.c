/* bench-engine.c: time per full engine run (both countries, all states)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-engine [N_RUNS] [DATASET_DIR]   (default: 1000, the shipped
 * dataset). Prints the median, 5th and 95th percentile time per run.
 */
#include "config.h"

#include <stdlib.h>

#include "puente-dataset.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-results.h"

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteEngine) engine = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autofree double *values = NULL;
  g_autofree double *times = NULL;
  int n = argc > 1 ? atoi (argv[1]) : 1000;

  if (n < 1)
    n = 1;
  dataset = argc > 2 ? puente_dataset_load_dir (argv[2], &error) : puente_dataset_load_default (&error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  engine = puente_engine_new (dataset);
  results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);
  values = g_new (double, puente_levers_get_n ());
  times = g_new (double, n);
  puente_levers_fill_baseline (dataset, values);

  /* Warm up caches. */
  for (int i = 0; i < 10; i++)
    puente_engine_run (engine, values, results);

  for (int i = 0; i < n; i++)
    {
      gint64 t0;

      /* Move a lever so no run is identical to the previous one. */
      values[puente_levers_find ("ldv.us.target_share")] = 0.2 + 0.6 * (i % 100) / 100.0;
      t0 = g_get_monotonic_time ();
      puente_engine_run (engine, values, results);
      times[i] = (double) (g_get_monotonic_time () - t0);
    }

  qsort (times, n, sizeof (double), compare_double);
  g_print ("engine run (%u states, %d-%d), %d runs: median %.1f us, p5 %.1f us, p95 %.1f us\n",
           puente_dataset_get_n_states (dataset), PUENTE_BASE_YEAR, PUENTE_DEFAULT_HORIZON, n,
           times[n / 2], times[n / 20], times[n - 1 - n / 20]);
  return 0;
}
