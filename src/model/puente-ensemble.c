/* puente-ensemble.c: uncertainty by repeated runs (model.md §7)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each run r draws one quantile per uncertain input from its own
 * xoshiro256** stream seeded with (seed, r) and turns it into a value
 * with a two-piece triangular distribution on [low, high] whose median is
 * the dataset value (puente_triangular ()). Two kinds of inputs:
 *
 *   - dataset figures the engine uses directly (puente_engine_set_sample);
 *   - levers whose baseline is an uncertain figure: the scenario's value
 *     is multiplied by sample / dataset value, so a scenario that moved
 *     the lever keeps its choice and gets the relative uncertainty.
 *
 * Integer levers (years, ages) and policy levers without a dataset range
 * are not sampled. Workers (one engine and one results table each) take
 * runs w, w + T, w + 2T, ...; every run writes its own column, so the
 * percentiles do not depend on the number of threads. Percentiles are
 * linear interpolations between order statistics (type 7, as in R and
 * NumPy).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-engine-private.h"
#include "puente-ensemble.h"
#include "puente-random.h"

static const double levels[PUENTE_ENSEMBLE_N_PERCENTILES] = { 0.05, 0.25, 0.50, 0.75, 0.95 };

G_DEFINE_QUARK (puente - ensemble - error - quark, puente_ensemble_error)

typedef struct
{
  guint  lever;
  double value; /* dataset value (mode) */
  double low;
  double high;
} LeverInput;

typedef struct
{
  guint indicator;
  guint region;
} SeriesRef;

struct _PuenteEnsemble
{
  PuenteDataset *dataset;
  PuenteResults *layout;       /* for ids, units and domains */
  GArray        *series;       /* SeriesRef */
  GArray        *lever_inputs; /* LeverInput */
  guint          n_engine_inputs;
  guint          n_threads;

  /* Last run. */
  guint          n_runs;
  guint          n_years;
  double        *samples;     /* [(series * n_years + y) * n_runs + r] */
  double        *percentiles; /* [(series * n_years + y) * 5 + k] */
};

typedef struct
{
  PuenteEnsemble *ensemble;
  const double   *lever_values;
  guint64         seed;
  guint           worker;
  guint           n_workers;
  GCancellable   *cancellable;
  gboolean        cancelled;
} Worker;

PuenteEnsemble *
puente_ensemble_new (PuenteDataset *dataset)
{
  PuenteEnsemble *self;
  g_autoptr(PuenteEngine) engine = NULL;

  g_return_val_if_fail (dataset != NULL, NULL);

  self = g_new0 (PuenteEnsemble, 1);
  self->dataset = puente_dataset_ref (dataset);
  self->layout = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  self->series = g_array_new (FALSE, FALSE, sizeof (SeriesRef));
  self->lever_inputs = g_array_new (FALSE, FALSE, sizeof (LeverInput));

  for (guint i = 0; i < puente_levers_get_n (); i++)
    {
      const PuenteLever  *l = puente_levers_get (i);
      const PuenteFigure *fig;
      LeverInput          in;

      if (l->is_integer || l->default_parameter == NULL)
        continue;
      fig = puente_dataset_get_parameter (dataset, l->default_parameter);
      if (fig == NULL || !(fig->low < fig->high))
        continue;
      in.lever = i;
      in.value = fig->value;
      in.low = fig->low;
      in.high = fig->high;
      g_array_append_val (self->lever_inputs, in);
    }

  engine = puente_engine_new (dataset);
  self->n_engine_inputs = puente_engine_get_n_uncertain (engine);

  return self;
}

void
puente_ensemble_free (PuenteEnsemble *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->layout, puente_results_free);
  g_clear_pointer (&self->dataset, puente_dataset_unref);
  g_array_unref (self->series);
  g_array_unref (self->lever_inputs);
  g_free (self->samples);
  g_free (self->percentiles);
  g_free (self);
}

gboolean
puente_ensemble_add_series (PuenteEnsemble *self,
                            const char     *indicator,
                            const char     *region,
                            GError        **error)
{
  SeriesRef ref;
  int       i, r;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (indicator != NULL && region != NULL, FALSE);

  i = puente_results_find_indicator (self->layout, indicator);
  if (i < 0)
    {
      g_set_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES,
                   _ ("Unknown indicator “%s”"), indicator);
      return FALSE;
    }
  r = puente_results_find_region (self->layout, region);
  if (r < 0)
    {
      g_set_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES,
                   _ ("Unknown region “%s”"), region);
      return FALSE;
    }
  if (puente_results_get_series_by_index (self->layout, i, r) == NULL)
    {
      g_set_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES,
                   _ ("The model does not produce “%s” for “%s”"), indicator, region);
      return FALSE;
    }
  ref.indicator = i;
  ref.region = r;
  g_array_append_val (self->series, ref);
  return TRUE;
}

void
puente_ensemble_set_n_threads (PuenteEnsemble *self,
                               guint           n_threads)
{
  g_return_if_fail (self != NULL);

  self->n_threads = n_threads;
}

static gpointer
worker_main (gpointer data)
{
  Worker         *w = data;
  PuenteEnsemble *self = w->ensemble;
  guint           n_lever_inputs = self->lever_inputs->len;
  guint           n_levers = puente_levers_get_n ();
  g_autoptr(PuenteEngine) engine = puente_engine_new (self->dataset);
  g_autoptr(PuenteResults) results = puente_results_new (self->dataset, PUENTE_MAX_HORIZON);
  g_autofree double *values = g_new (double, n_levers);
  g_autofree double *quantiles = g_new (double, MAX (self->n_engine_inputs, 1));
  guint              n_engine_inputs = puente_engine_get_n_uncertain (engine);

  g_assert (n_engine_inputs == self->n_engine_inputs);

  for (guint run = w->worker; run < self->n_runs; run += w->n_workers)
    {
      PuenteRandom rng;

      if (w->cancellable != NULL && g_cancellable_is_cancelled (w->cancellable))
        {
          w->cancelled = TRUE;
          break;
        }

      puente_random_seed (&rng, w->seed, run);
      memcpy (values, w->lever_values, n_levers * sizeof (double));
      for (guint k = 0; k < n_lever_inputs; k++)
        {
          const LeverInput *in = &g_array_index (self->lever_inputs, LeverInput, k);
          double            q = puente_random_double (&rng);
          double            v = puente_triangular (in->low, in->value, in->high, q);

          if (in->value != 0)
            values[in->lever] *= v / in->value;
          else
            values[in->lever] += v;
        }
      for (guint k = 0; k < n_engine_inputs; k++)
        quantiles[k] = puente_random_double (&rng);

      puente_engine_set_sample (engine, quantiles);
      puente_engine_run (engine, values, results);

      for (guint s = 0; s < self->series->len; s++)
        {
          const SeriesRef *ref = &g_array_index (self->series, SeriesRef, s);
          const double    *row = puente_results_row (results, ref->indicator, ref->region);
          double          *out = self->samples + (gsize) s * self->n_years * self->n_runs + run;

          for (guint y = 0; y < self->n_years; y++)
            out[(gsize) y * self->n_runs] = row[y];
        }
    }

  return NULL;
}

/* In-place sort of doubles (quicksort, median of three, insertion sort
 * for short ranges): ensembles sort thousands of short columns and a
 * comparison callback would dominate. */
static void
sort_doubles (double *x,
              gssize  n)
{
  while (n > 16)
    {
      double a = x[0], b = x[n / 2], c = x[n - 1];
      double pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
      gssize i = 0, j = n - 1;

      while (i <= j)
        {
          while (x[i] < pivot)
            i++;
          while (x[j] > pivot)
            j--;
          if (i <= j)
            {
              double t = x[i];

              x[i] = x[j];
              x[j] = t;
              i++;
              j--;
            }
        }
      /* Recurse into the smaller part, loop on the larger. */
      if (j + 1 < n - i)
        {
          sort_doubles (x, j + 1);
          x += i;
          n -= i;
        }
      else
        {
          sort_doubles (x + i, n - i);
          n = j + 1;
        }
    }
  for (gssize i = 1; i < n; i++)
    {
      double v = x[i];
      gssize j = i - 1;

      while (j >= 0 && x[j] > v)
        {
          x[j + 1] = x[j];
          j--;
        }
      x[j + 1] = v;
    }
}

typedef struct
{
  PuenteEnsemble *ensemble;
  gsize           first;
  gsize           last;
} SortJob;

static gpointer
sort_main (gpointer data)
{
  SortJob        *job = data;
  PuenteEnsemble *self = job->ensemble;
  guint           n = self->n_runs;

  for (gsize col = job->first; col < job->last; col++)
    {
      double *x = self->samples + col * n;
      double *p = self->percentiles + col * PUENTE_ENSEMBLE_N_PERCENTILES;

      sort_doubles (x, n);
      for (int k = 0; k < PUENTE_ENSEMBLE_N_PERCENTILES; k++)
        {
          double h = (n - 1) * levels[k];
          gsize  lo = (gsize) floor (h);
          gsize  hi = MIN (lo + 1, (gsize) n - 1);

          p[k] = x[lo] + (h - lo) * (x[hi] - x[lo]);
        }
    }
  return NULL;
}

gboolean
puente_ensemble_run (PuenteEnsemble *self,
                     const double   *lever_values,
                     guint           n_runs,
                     guint64         seed,
                     GCancellable   *cancellable,
                     GError        **error)
{
  guint                n_workers;
  g_autofree Worker   *workers = NULL;
  g_autofree GThread **threads = NULL;
  g_autofree SortJob  *jobs = NULL;
  gboolean             cancelled = FALSE;
  gsize                n_cols;
  int                  horizon;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lever_values != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_runs == 0)
    {
      g_set_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_INVALID,
                   _ ("An ensemble needs at least one run"));
      return FALSE;
    }

  if (self->series->len == 0)
    for (guint i = 0; i < puente_results_get_n_indicators (self->layout); i++)
      for (guint a = 0; a < PUENTE_N_AGGREGATES; a++)
        {
          SeriesRef ref = { i, puente_results_agg (self->layout, a) };

          if (puente_results_get_series_by_index (self->layout, ref.indicator, ref.region) != NULL)
            g_array_append_val (self->series, ref);
        }

  horizon = (int) puente_engine_lever (lever_values, PUENTE_LEVER_GENERAL_HORIZON);
  n_cols = (gsize) self->series->len * (gsize) (horizon - PUENTE_BASE_YEAR + 1);

  /* Every sample is kept for the percentiles: refuse what would not fit
   * rather than abort in the allocator. */
  if (n_cols * n_runs > PUENTE_ENSEMBLE_MAX_BYTES / sizeof (double))
    {
      g_autofree char *need = g_format_size ((guint64) n_cols * n_runs * sizeof (double));
      g_autofree char *limit = g_format_size (PUENTE_ENSEMBLE_MAX_BYTES);
      guint            max_runs = (guint) MAX (PUENTE_ENSEMBLE_MAX_BYTES / sizeof (double) / MAX (n_cols, 1), 1);

      g_set_error (error, PUENTE_ENSEMBLE_ERROR, PUENTE_ENSEMBLE_ERROR_TOO_LARGE,
                   /* Translators: "1000000 runs of 301 series would keep
                    * 65.0 GB of samples; an ensemble may use 1.1 GB: ..." */
                   _ ("%u runs of %u series would keep %s of samples; an ensemble may use %s: run at most %u times, or keep fewer series"),
                   n_runs, self->series->len, need, limit, max_runs);
      return FALSE;
    }

  self->n_runs = n_runs;
  self->n_years = horizon - PUENTE_BASE_YEAR + 1;
  g_free (self->samples);
  g_free (self->percentiles);
  self->samples = g_new0 (double, MAX (n_cols * n_runs, 1));
  self->percentiles = g_new0 (double, MAX (n_cols * PUENTE_ENSEMBLE_N_PERCENTILES, 1));

  n_workers = self->n_threads > 0 ? self->n_threads : (guint) g_get_num_processors ();
  n_workers = CLAMP (n_workers, 1, n_runs);
  workers = g_new0 (Worker, n_workers);
  threads = g_new0 (GThread *, n_workers);

  for (guint w = 0; w < n_workers; w++)
    {
      workers[w].ensemble = self;
      workers[w].lever_values = lever_values;
      workers[w].seed = seed;
      workers[w].worker = w;
      workers[w].n_workers = n_workers;
      workers[w].cancellable = cancellable;
    }
  /* Worker 0 runs on this thread. */
  for (guint w = 1; w < n_workers; w++)
    threads[w] = g_thread_new ("puente-ensemble", worker_main, &workers[w]);
  worker_main (&workers[0]);
  for (guint w = 1; w < n_workers; w++)
    g_thread_join (threads[w]);
  for (guint w = 0; w < n_workers; w++)
    cancelled |= workers[w].cancelled;

  if (cancelled)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _ ("The ensemble was cancelled"));
      self->n_runs = 0;
      return FALSE;
    }

  /* A sampled run that gives a value no run may produce (a NaN, a
   * negative stock) fails the ensemble, as a single run would. */
  for (guint s = 0; s < self->series->len; s++)
    {
      const SeriesRef *ref = &g_array_index (self->series, SeriesRef, s);
      gboolean         may_be_negative = puente_results_indicator_is_signed (self->layout, ref->indicator);
      const double    *column = self->samples + (gsize) s * self->n_years * self->n_runs;

      for (gsize k = 0; k < (gsize) self->n_years * self->n_runs; k++)
        if (!puente_results_value_is_valid (column[k], may_be_negative))
          {
            int year = PUENTE_BASE_YEAR + (int) (k / self->n_runs);

            puente_results_set_invalid_error (self->layout, ref->indicator, ref->region,
                                              year, column[k], error);
            g_prefix_error (error, _ ("In sampled run %u: "), (guint) (k % self->n_runs) + 1);
            self->n_runs = 0;
            return FALSE;
          }
    }

  /* Percentiles, columns split over the same number of threads. */
  jobs = g_new0 (SortJob, n_workers);
  for (guint w = 0; w < n_workers; w++)
    {
      jobs[w].ensemble = self;
      jobs[w].first = n_cols * w / n_workers;
      jobs[w].last = n_cols * (w + 1) / n_workers;
    }
  for (guint w = 1; w < n_workers; w++)
    threads[w] = g_thread_new ("puente-percentiles", sort_main, &jobs[w]);
  sort_main (&jobs[0]);
  for (guint w = 1; w < n_workers; w++)
    g_thread_join (threads[w]);

  return TRUE;
}

guint
puente_ensemble_get_n_runs (const PuenteEnsemble *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_runs;
}

int
puente_ensemble_get_first_year (const PuenteEnsemble *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return PUENTE_BASE_YEAR;
}

guint
puente_ensemble_get_n_years (const PuenteEnsemble *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_years;
}

guint
puente_ensemble_get_n_series (const PuenteEnsemble *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->series->len;
}

const char *
puente_ensemble_get_indicator (const PuenteEnsemble *self,
                               guint                 series)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  return puente_results_get_indicator (self->layout,
                                       g_array_index (self->series, SeriesRef, series).indicator)
    ->id;
}

const char *
puente_ensemble_get_region (const PuenteEnsemble *self,
                            guint                 series)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  return puente_results_get_region (self->layout, g_array_index (self->series, SeriesRef, series).region);
}

const char *
puente_ensemble_get_unit (const PuenteEnsemble *self,
                          guint                 series)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  return puente_results_get_indicator (self->layout,
                                       g_array_index (self->series, SeriesRef, series).indicator)
    ->unit;
}

const double *
puente_ensemble_get_percentiles (const PuenteEnsemble *self,
                                 guint                 series)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  g_return_val_if_fail (self->n_runs > 0, NULL);

  return self->percentiles + (gsize) series * self->n_years * PUENTE_ENSEMBLE_N_PERCENTILES;
}

int
puente_ensemble_find_series (const PuenteEnsemble *self,
                             const char           *indicator,
                             const char           *region)
{
  int i, r;

  g_return_val_if_fail (self != NULL, -1);

  i = puente_results_find_indicator (self->layout, indicator);
  r = puente_results_find_region (self->layout, region);
  for (guint s = 0; s < self->series->len; s++)
    {
      const SeriesRef *ref = &g_array_index (self->series, SeriesRef, s);

      if ((int) ref->indicator == i && (int) ref->region == r)
        return (int) s;
    }
  return -1;
}

guint
puente_ensemble_get_n_inputs (const PuenteEnsemble *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lever_inputs->len + self->n_engine_inputs;
}
