/* puente-chart-stations.h: chart series from imported charging stations
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "stations.*" indicators the stations charts read, the same in every
 * year (an import is one count at its data date):
 *
 *   stations.imported_l2, stations.imported_dcfc  open public ports of the
 *       imported files, per state and for US, MX and NA
 *   stations.dataset_l2, stations.dataset_dcfc    the dataset's public
 *       ports (with their own year), per state and summed
 *   stations.dcfc_within_us, stations.dcfc_within_mx  open public DC fast
 *       stations within 80 km (50 mi) of a port of entry, on each side
 *   stations.nearest_us_km, stations.nearest_mx_km    the nearest one's
 *       distance (NAN: none imported on that side)
 *
 * The model's need stays the model's ("charging.public_l2_need", ...).
 */
#pragma once

#include "puente-dataset.h"
#include "puente-stations.h"

G_BEGIN_DECLS

#define PUENTE_CHART_STATIONS_PREFIX "stations."

/* "indicator|region" -> double[@n_years]; free with g_hash_table_unref. */
GHashTable   *puente_chart_stations_series_new (PuenteStations      *stations,
                                                const PuenteDataset *dataset,
                                                guint                n_years);
/* The series of @indicator for @region in @series, or NULL. */
const double *puente_chart_stations_lookup (GHashTable *series,
                                            const char *indicator,
                                            const char *region);

G_END_DECLS
