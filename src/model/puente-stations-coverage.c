/* puente-stations-coverage.c: how the imported network serves the border
 * and the need
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "puente-geo.h"
#include "puente-stations-coverage.h"

/* A degree of latitude is at least this long, so a station more than
 * radius / KM_PER_DEGREE degrees of latitude away is out of the radius. */
#define KM_PER_DEGREE 110.5

GArray *
puente_stations_border_coverage (PuenteStations      *stations,
                                 const PuenteDataset *dataset,
                                 double               radius_km)
{
  guint   n_ports, n_stations;
  GArray *coverage;

  g_return_val_if_fail (stations != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  n_ports = puente_dataset_get_n_ports (dataset);
  n_stations = puente_stations_get_n_stations (stations);
  coverage = g_array_sized_new (FALSE, TRUE, sizeof (PuentePortCoverage), n_ports);
  for (guint p = 0; p < n_ports; p++)
    {
      PuentePortCoverage c = { puente_dataset_get_port (dataset, p) };

      for (guint s = 0; s < PUENTE_N_COUNTRIES; s++)
        {
          c.side[s].nearest = -1;
          c.side[s].distance_km = G_MAXDOUBLE;
        }
      g_array_append_val (coverage, c);
    }

  for (guint i = 0; i < n_stations; i++)
    {
      const PuenteStation *station = puente_stations_get_station (stations, i);
      guint                dc = station->ports[PUENTE_STATION_DC_FAST];

      if (dc == 0 || !puente_station_is_open_public (station))
        continue;
      for (guint p = 0; p < n_ports; p++)
        {
          PuentePortCoverage *c = &g_array_index (coverage, PuentePortCoverage, p);
          PuenteCoverageSide *side = &c->side[station->country];
          double              d;

          /* Cheap rejection before the great circle, once a nearer
           * station is known on that side. */
          if (fabs (station->latitude - c->port->lat) * KM_PER_DEGREE > MAX (radius_km, side->distance_km))
            continue;
          d = puente_geo_distance_km (c->port->lat, c->port->lon, station->latitude, station->longitude);
          if (d < side->distance_km)
            {
              side->distance_km = d;
              side->nearest = (int) i;
            }
          if (d <= radius_km)
            {
              side->n_within++;
              side->ports_within += dc;
            }
        }
    }
  return coverage;
}

GArray *
puente_stations_compare (PuenteStations      *stations,
                         const PuenteDataset *dataset,
                         const PuenteResults *results,
                         int                  year)
{
  g_autoptr(GArray) tallies = NULL;
  GArray *rows;

  g_return_val_if_fail (stations != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  tallies = puente_stations_tally (stations, NULL);
  rows = g_array_sized_new (FALSE, TRUE, sizeof (PuenteStationsComparison), tallies->len);
  for (guint i = 0; i < tallies->len; i++)
    {
      const PuenteStationTally *t = &g_array_index (tallies, PuenteStationTally, i);
      int                       index = puente_dataset_find_state (dataset, t->region);
      PuenteStationsComparison  row = { t->region, t->stations, t->ports[PUENTE_STATION_LEVEL_2],
                                        t->ports[PUENTE_STATION_DC_FAST], NULL, NULL, NAN, NAN };

      if (index >= 0)
        {
          const PuenteState *state = puente_dataset_get_state (dataset, (guint) index);

          row.dataset_l2 = &state->public_l2_ports;
          row.dataset_dcfc = &state->public_dcfc_ports;
        }
      if (results != NULL)
        {
          row.need_l2 = puente_results_get_value (results, "charging.public_l2_need", t->region, year);
          row.need_dcfc = puente_results_get_value (results, "charging.public_dcfc_need", t->region, year);
        }
      g_array_append_val (rows, row);
    }
  return rows;
}
