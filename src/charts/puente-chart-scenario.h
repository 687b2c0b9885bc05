/* puente-chart-scenario.h: the scenarios a drawing shows, with their status
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart's and map's footer names the scenarios it shows, each with
 * its legal status as of its date, so a repealed rule never reads as law
 * in force: "Scenarios: A = Current policies (baseline) (Reference, as of
 * 2026-12-07); B = US light-duty standards 2027–2032 (Repealed, as of
 * 2026-12-07)". The window, the exports and the command line all write it
 * through here.
 */
#pragma once

#include "puente-chart-data.h"
#include "puente-scenario.h"

G_BEGIN_DECLS

/* Names slot @slot of @data after @scenario, in English and Spanish,
 * with its legal status; @id is the CSV's scenario column (a preset id,
 * a file name) and stands in for a missing name. */
void  puente_chart_data_name_scenario (PuenteChartData      *data,
                                       guint                 slot,
                                       const char           *id,
                                       const PuenteScenario *scenario);
/* The footer's scenario line in @lang (English, Spanish or both) for
 * @names and @statuses (PUENTE_N_SCENARIO_SLOTS each; a status with a
 * NULL en is left out), B only when @has_b. */
char *puente_chart_scenarios_line (const PuenteText *names,
                                   const PuenteText *statuses,
                                   gboolean          has_b,
                                   PuenteLang        lang);

G_END_DECLS
