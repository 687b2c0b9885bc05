/* puente-stations-coverage.h: how the imported network serves the border
 * and the need
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two questions working groups ask of an imported station list:
 *
 * - Coverage at the border: for each port of entry (ports.json), the
 *   nearest open public DC fast station on the US side and on the Mexican
 *   side, and how many lie within 50 miles (80.47 km, the spacing of the
 *   US NEVI corridor rule). Distances are great-circle, from the port's
 *   point (the US side of the crossing), not along roads.
 * - Imported vs dataset vs need: for each state with imported open public
 *   stations, the imported level 2 and DC fast ports beside the dataset's
 *   counts (with their source and year) and the model's need in a year.
 */
#pragma once

#include "puente-dataset.h"
#include "puente-results.h"
#include "puente-stations.h"

G_BEGIN_DECLS

/* 50 miles. */
#define PUENTE_STATIONS_CORRIDOR_KM 80.4672

typedef struct
{
  int    nearest;      /* station index, or -1 when the side has none */
  double distance_km;  /* to the nearest; G_MAXDOUBLE when none */
  guint  n_within;     /* DC fast stations within the radius */
  guint  ports_within; /* their DC fast ports */
} PuenteCoverageSide;

typedef struct
{
  const PuentePort  *port;
  PuenteCoverageSide side[PUENTE_N_COUNTRIES]; /* [PUENTE_COUNTRY_US], [PUENTE_COUNTRY_MX] */
} PuentePortCoverage;

/* One PuentePortCoverage per port of @dataset, in its order, counting open
 * public stations with DC fast ports within @radius_km. Free with
 * g_array_unref (). */
GArray *puente_stations_border_coverage (PuenteStations      *stations,
                                         const PuenteDataset *dataset,
                                         double               radius_km);

typedef struct
{
  const char         *region;        /* ISO 3166-2 */
  guint               stations;      /* open public stations imported */
  guint               imported_l2;   /* their level 2 ports */
  guint               imported_dcfc; /* their DC fast ports */
  const PuenteFigure *dataset_l2;    /* the dataset's public level 2 ports */
  const PuenteFigure *dataset_dcfc;  /* the dataset's public DC fast ports */
  double              need_l2;       /* the model's need in the year; NAN without results */
  double              need_dcfc;
} PuenteStationsComparison;

/* One row per state with imported open public stations, sorted by code;
 * @results may be NULL (no need then). Free with g_array_unref (). */
GArray *puente_stations_compare (PuenteStations      *stations,
                                 const PuenteDataset *dataset,
                                 const PuenteResults *results,
                                 int                  year);

G_END_DECLS
