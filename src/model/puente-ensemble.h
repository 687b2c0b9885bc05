/* puente-ensemble.h: uncertainty by repeated runs (model.md §7)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An ensemble samples the uncertain inputs (dataset figures with "low" and
 * "high"), runs the engine N times and keeps the percentiles 5, 25, 50,
 * 75 and 95 of the series asked for, year by year, for fan charts.
 *
 * Sampling is seeded and deterministic: run r draws from its own stream
 * (seed, r), so the same seed gives the same percentiles whatever the
 * number of threads. Runs are spread over the processors, one engine per
 * thread. puente_ensemble_run () blocks; call it from a GTask thread in
 * the app, with a GCancellable.
 */
#pragma once

#include <gio/gio.h>

#include "puente-types.h"

G_BEGIN_DECLS

#define PUENTE_ENSEMBLE_ERROR (puente_ensemble_error_quark ())

typedef enum {
  PUENTE_ENSEMBLE_ERROR_UNKNOWN_SERIES,
  PUENTE_ENSEMBLE_ERROR_INVALID,
  PUENTE_ENSEMBLE_ERROR_TOO_LARGE, /* runs × series beyond the memory bound */
} PuenteEnsembleError;

/* The most memory an ensemble keeps its samples in (1 GiB): runs × series
 * × years × 8 bytes beyond it fail with PUENTE_ENSEMBLE_ERROR_TOO_LARGE. */
#define PUENTE_ENSEMBLE_MAX_BYTES ((gsize) 1 << 30)

#define PUENTE_ENSEMBLE_N_PERCENTILES 5

typedef struct _PuenteEnsemble PuenteEnsemble;

GQuark                         puente_ensemble_error_quark (void);

PuenteEnsemble                *puente_ensemble_new (PuenteDataset *dataset);
void                           puente_ensemble_free (PuenteEnsemble *self);

/* The series to keep. Without any, every indicator for US, MX and NA.
 * Fails (naming them) for an unknown indicator or region or a pair the
 * model does not produce. */
gboolean                       puente_ensemble_add_series (PuenteEnsemble *self,
                                                           const char     *indicator,
                                                           const char     *region,
                                                           GError        **error);
/* 0 (default): one thread per processor. */
void                           puente_ensemble_set_n_threads (PuenteEnsemble *self,
                                                              guint           n_threads);

/* Runs @n_runs samples around @lever_values (a scenario's values: policy
 * levers stay as given; levers whose baseline is an uncertain dataset
 * figure are scaled by a sample of its range). */
gboolean                       puente_ensemble_run (PuenteEnsemble *self,
                                                    const double   *lever_values,
                                                    guint           n_runs,
                                                    guint64         seed,
                                                    GCancellable   *cancellable,
                                                    GError        **error);

/* After a run. */
guint                          puente_ensemble_get_n_runs (const PuenteEnsemble *self);
int                            puente_ensemble_get_first_year (const PuenteEnsemble *self);
guint                          puente_ensemble_get_n_years (const PuenteEnsemble *self);
guint                          puente_ensemble_get_n_series (const PuenteEnsemble *self);
const char                    *puente_ensemble_get_indicator (const PuenteEnsemble *self,
                                                              guint                 series);
const char                    *puente_ensemble_get_region (const PuenteEnsemble *self,
                                                           guint                 series);
const char                    *puente_ensemble_get_unit (const PuenteEnsemble *self,
                                                         guint                 series);
/* n_years x PUENTE_ENSEMBLE_N_PERCENTILES values: [year * 5 + k] with k
 * the index of the percentile level (5, 25, 50, 75, 95). */
const double                  *puente_ensemble_get_percentiles (const PuenteEnsemble *self,
                                                                guint                 series);
int                            puente_ensemble_find_series (const PuenteEnsemble *self,
                                                            const char           *indicator,
                                                            const char           *region);
/* Inputs sampled: dataset figures used by the engine and levers whose
 * baseline is an uncertain figure. */
guint                          puente_ensemble_get_n_inputs (const PuenteEnsemble *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteEnsemble, puente_ensemble_free)

G_END_DECLS
