/* puente-chart-source.h: chart numbers from model results
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-chart-spec.h"
#include "puente-dataset.h"
#include "puente-ensemble.h"
#include "puente-results.h"
#include "puente-stations.h"

G_BEGIN_DECLS

/* A source reading @results: states, ports and cities named in English
 * and Spanish from the dataset, the supply-chain Sankey of any year.
 * @dataset may be NULL. Both must outlive the source. */
PuenteChartSource *puente_chart_source_new_for_results (const PuenteResults *results,
                                                        const PuenteDataset *dataset);
/* The same, with the percentiles of @ensemble (after a run) as bands, for
 * fans (PuenteChartOptions.fan). All three must outlive the source. */
PuenteChartSource *puente_chart_source_new_for_ensemble (const PuenteResults  *results,
                                                         const PuenteDataset  *dataset,
                                                         const PuenteEnsemble *ensemble);
void               puente_chart_source_free (PuenteChartSource *source);
/* Imported charging stations for the stations charts (NULL: none); a
 * source of puente_chart_source_new_for_results () only. */
void               puente_chart_source_set_stations (PuenteChartSource *source,
                                                     PuenteStations    *stations);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteChartSource, puente_chart_source_free)

G_END_DECLS
