/* puente-chart-fan.h: a line chart over years drawn as an ensemble fan
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two steps, so the runs can happen off the main thread while the text
 * (which needs gettext, process-wide) is built on it:
 *   1. puente_chart_fan_prepare (): an ensemble asked for exactly the
 *      series the chart draws;
 *   2. puente_ensemble_run () on it (any thread);
 *   3. puente_chart_fan_build (): the chart with the median and the
 *      p25-p75 and p5-p95 bands.
 */
#pragma once

#include "puente-chart-spec.h"
#include "puente-ensemble.h"

G_BEGIN_DECLS

/* NULL with an error when @spec is not a line chart over years, or adds
 * indicators in one series (percentiles do not add up). */
PuenteEnsemble  *puente_chart_fan_prepare (const PuenteChartSpec    *spec,
                                           const PuenteChartSource  *a,
                                           const PuenteChartOptions *options,
                                           PuenteDataset            *dataset,
                                           GError                  **error);
/* @results: scenario A's deterministic results; @b may be NULL. */
PuenteChartData *puente_chart_fan_build (const PuenteChartSpec    *spec,
                                         const PuenteEnsemble     *ensemble,
                                         const PuenteResults      *results,
                                         const PuenteDataset      *dataset,
                                         const PuenteChartSource  *b,
                                         const PuenteChartOptions *options,
                                         GError                  **error);

/* The same with B's own ensemble (run on B's levers): B gets its band
 * and median too. */
PuenteChartData *puente_chart_fan_build_compare (const PuenteChartSpec    *spec,
                                                 const PuenteEnsemble     *ensemble,
                                                 const PuenteResults      *results,
                                                 const PuenteEnsemble     *b_ensemble,
                                                 const PuenteResults      *b_results,
                                                 const PuenteDataset      *dataset,
                                                 const PuenteChartOptions *options,
                                                 GError                  **error);

G_END_DECLS
