/* puente-engine.h: results = run (dataset, lever values)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An engine holds the dataset and all working memory for runs; a run is a
 * pure function of the lever values, deterministic, with no I/O and no
 * allocation. One engine per thread.
 */
#pragma once

#include "puente-types.h"
#include "puente-results.h"
#include "puente-scenario.h"

G_BEGIN_DECLS

PuenteEngine  *puente_engine_new (PuenteDataset *dataset);
void           puente_engine_free (PuenteEngine *self);

/* Horizon comes from the lever "general.horizon". @results must have been
 * made by puente_results_new () for the same dataset and a horizon at least
 * as late. */
void           puente_engine_run (PuenteEngine  *self,
                                  const double  *lever_values,
                                  PuenteResults *results);

/* Runs @scenario (its levers over the baseline of @dataset) to its
 * horizon on a new engine; NULL with an error when the results fail
 * puente_results_check () (a non-finite or negative quantity). */
PuenteResults *puente_engine_run_scenario (PuenteDataset        *dataset,
                                           const PuenteScenario *scenario,
                                           GError              **error);
/* The base year's public level 2 and DC fast ports of the runs after:
 * @scenario's from imported stations where it has them
 * (puente_scenario_get_base_ports ()), the dataset's elsewhere; NULL: the
 * dataset's everywhere. */
void           puente_engine_set_base_ports (PuenteEngine         *self,
                                             const PuenteScenario *scenario);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteEngine, puente_engine_free)

G_END_DECLS
