/* puente-observed.h: "observed" beside "model" in the window
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dataset's observed figures (observed.json, the validation table of
 * `puente-cli check-model`) shown next to the model's value of the same
 * indicator, region and year: on the Overview's cards and in the map's
 * details panel.
 */
#pragma once

#include <glib.h>

#include "puente-dataset.h"
#include "puente-format.h"
#include "puente-results.h"

G_BEGIN_DECLS

/* "Observed 2025: 9.4 % · model 9.3 %" for @indicator in @region: the
 * figure of @year when there is one, else the latest observed year. NULL
 * when the dataset has none. Sets *@source (may be NULL) to a translated
 * "Observed: publisher, title (year)" line for a tooltip. */
char *puente_observed_text (const PuenteDataset *dataset,
                            const PuenteResults *results,
                            const char          *indicator,
                            const char          *region,
                            int                  year,
                            PuenteLang           lang,
                            char               **source);
/* Every indicator observed in @region in @year (else in the latest year
 * with figures for the region), one line each: "ZEV share of new
 * light-duty sales: 23.0 % (model 23.2 %)". NULL when none. */
char *puente_observed_region_text (const PuenteDataset *dataset,
                                   const PuenteResults *results,
                                   const char          *region,
                                   int                  year,
                                   PuenteLang           lang,
                                   int                 *shown_year);

G_END_DECLS
