/* puente-chart-stations.c: chart series from imported charging stations
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "puente-chart-stations.h"
#include "puente-stations-coverage.h"

static void
put (GHashTable *series,
     const char *indicator,
     const char *region,
     double      value,
     guint       n_years)
{
  double *values = g_new (double, MAX (n_years, 1));

  for (guint i = 0; i < n_years; i++)
    values[i] = value;
  g_hash_table_insert (series, g_strdup_printf ("%s|%s", indicator, region), values);
}

/* Adds @value to @region's and its country's and NA's running sums. */
static void
add_sums (double      sums[3],
          const char *region,
          double      value)
{
  if (isnan (value))
    return;
  sums[g_str_has_prefix (region, "MX-") ? 1 : 0] += value;
  sums[2] += value;
}

static void
put_sums (GHashTable *series,
          const char *indicator,
          double      sums[3],
          guint       n_years)
{
  put (series, indicator, "US", sums[0], n_years);
  put (series, indicator, "MX", sums[1], n_years);
  put (series, indicator, "NA", sums[2], n_years);
}

static double
figure_value (const PuenteFigure *figure)
{
  return figure->publisher != NULL ? figure->value : NAN;
}

GHashTable *
puente_chart_stations_series_new (PuenteStations      *stations,
                                  const PuenteDataset *dataset,
                                  guint                n_years)
{
  GHashTable *series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) tallies = NULL;
  g_autoptr(GArray) coverage = NULL;
  g_autoptr(GHashTable) by_region = g_hash_table_new (g_str_hash, g_str_equal);
  double             imported[2][3] = { { 0 } }, published[2][3] = { { 0 } };
  PuenteStationTally total;

  g_return_val_if_fail (stations != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  tallies = puente_stations_tally (stations, &total);
  for (guint i = 0; i < tallies->len; i++)
    {
      PuenteStationTally *t = &g_array_index (tallies, PuenteStationTally, i);

      g_hash_table_insert (by_region, (gpointer) t->region, t);
    }
  for (guint i = 0; i < puente_dataset_get_n_states (dataset); i++)
    {
      const PuenteState        *state = puente_dataset_get_state (dataset, i);
      const PuenteStationTally *t = g_hash_table_lookup (by_region, state->code);
      double                    l2 = t != NULL ? t->ports[PUENTE_STATION_LEVEL_2] : 0;
      double                    dcfc = t != NULL ? t->ports[PUENTE_STATION_DC_FAST] : 0;

      put (series, "stations.imported_l2", state->code, l2, n_years);
      put (series, "stations.imported_dcfc", state->code, dcfc, n_years);
      put (series, "stations.dataset_l2", state->code, figure_value (&state->public_l2_ports), n_years);
      put (series, "stations.dataset_dcfc", state->code, figure_value (&state->public_dcfc_ports), n_years);
      add_sums (imported[0], state->code, l2);
      add_sums (imported[1], state->code, dcfc);
      add_sums (published[0], state->code, figure_value (&state->public_l2_ports));
      add_sums (published[1], state->code, figure_value (&state->public_dcfc_ports));
    }
  put_sums (series, "stations.imported_l2", imported[0], n_years);
  put_sums (series, "stations.imported_dcfc", imported[1], n_years);
  put_sums (series, "stations.dataset_l2", published[0], n_years);
  put_sums (series, "stations.dataset_dcfc", published[1], n_years);

  coverage = puente_stations_border_coverage (stations, dataset, PUENTE_STATIONS_CORRIDOR_KM);
  for (guint i = 0; i < coverage->len; i++)
    {
      const PuentePortCoverage *c = &g_array_index (coverage, PuentePortCoverage, i);
      const PuenteCoverageSide *us = &c->side[PUENTE_COUNTRY_US];
      const PuenteCoverageSide *mx = &c->side[PUENTE_COUNTRY_MX];

      put (series, "stations.dcfc_within_us", c->port->id, us->n_within, n_years);
      put (series, "stations.dcfc_within_mx", c->port->id, mx->n_within, n_years);
      put (series, "stations.nearest_us_km", c->port->id, us->nearest >= 0 ? us->distance_km : NAN, n_years);
      put (series, "stations.nearest_mx_km", c->port->id, mx->nearest >= 0 ? mx->distance_km : NAN, n_years);
    }
  return series;
}

const double *
puente_chart_stations_lookup (GHashTable *series,
                              const char *indicator,
                              const char *region)
{
  g_autofree char *key = NULL;

  if (series == NULL || indicator == NULL || region == NULL)
    return NULL;
  key = g_strdup_printf ("%s|%s", indicator, region);
  return g_hash_table_lookup (series, key);
}
