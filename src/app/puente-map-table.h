/* puente-map-table.h: the map's metric by state, as a table and in words
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the states layer colours, for "Show as table" on the Map view and
 * for the map's accessible description: every state with its value for A
 * (and B and B − A with B set), written as the legend writes it.
 */
#pragma once

#include "puente-map-context.h"
#include "puente-states-painter.h"
#include "puente-table.h"

G_BEGIN_DECLS

/* Columns: State, Country, then the metric for A (and B, B − A). Rows
 * keyed by the state's code ("US-TX"), in the dataset's order. */
PuenteTable *puente_map_table_build (PuenteMapContext  *context,
                                     PuenteStatesMetric metric,
                                     PuenteLang         lang);
/* The column of what @context's map shows: A, B, or B − A. */
guint        puente_map_table_shown_column (const PuenteTable *table,
                                            PuenteMapContext  *context);
/* The map in words: "ZEV share of new sales, 2030. Highest: …; lowest: ….
 * Selected: Texas, 12% (A), 15% (B)." @selected may be NULL, or a port,
 * city or site (read by its name and kind). */
char        *puente_map_table_describe (PuenteMapContext  *context,
                                        PuenteStatesMetric metric,
                                        const PuenteTable *table,
                                        const char        *selected,
                                        PuenteLang         lang);

G_END_DECLS
