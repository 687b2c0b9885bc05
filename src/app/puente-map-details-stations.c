/* puente-map-details-stations.c: imported stations in the details panel
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A station's own details; a state's imported ports beside the dataset's
 * and the model's need; a port of entry's nearest DC fast stations on
 * each side. Every figure from the imported files names them, with their
 * data date, under Sources.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-format.h"
#include "puente-map-details-private.h"
#include "puente-station-files.h"
#include "puente-stations-coverage.h"

static PuenteStations *
get_stations (PuenteMapDetails *self)
{
  PuenteWorkspace *workspace = puente_map_details_get_workspace (self);

  return puente_station_files_get_stations (puente_workspace_get_station_files (workspace));
}

/* The imported files' attribution under Sources. */
static void
append_stations_source (GString        *sources,
                        PuenteStations *stations)
{
  g_autofree char *line = puente_stations_describe_sources (stations);
  g_autofree char *escaped = NULL;

  if (line == NULL || sources == NULL)
    return;
  escaped = g_markup_escape_text (line, -1);
  if (sources->len > 0)
    g_string_append (sources, "\n");
  g_string_append (sources, escaped);
}

static char *
format_count (PuenteMapDetails *self,
              double            value)
{
  return puente_format_number (puente_map_details_get_lang (self), value, 0);
}

gboolean
puente_map_details_has_station (PuenteMapDetails *self,
                                const char       *id)
{
  PuenteStations *stations = get_stations (self);

  return stations != NULL && id != NULL && puente_stations_find (stations, id) >= 0;
}

static const char *
access_label (PuenteStationAccess access)
{
  switch (access)
    {
    case PUENTE_STATION_PUBLIC:
      /* Translators: who may use a charging station */
      return _ ("Public");
    case PUENTE_STATION_PRIVATE:
      /* Translators: who may use a charging station */
      return _ ("Private");
    case PUENTE_STATION_ACCESS_UNKNOWN:
    default:
      return NULL;
    }
}

gboolean
puente_map_details_show_station (PuenteMapDetails *self,
                                 const char       *id,
                                 GString          *sources)
{
  PuenteStations          *stations = get_stations (self);
  PuenteLang               lang = puente_map_details_get_lang (self);
  PuenteDataset           *dataset = puente_workspace_get_dataset (puente_map_details_get_workspace (self));
  const PuenteStation     *station;
  const PuenteStationFile *file;
  g_autofree char         *subtitle = NULL;
  g_autofree char         *power = NULL;
  g_autofree char         *file_text = NULL;
  const char              *state_name = NULL;
  const char              *source;
  int                      index, state;
  int                      row = 0;

  if (stations == NULL || id == NULL || (index = puente_stations_find (stations, id)) < 0)
    return FALSE;
  station = puente_stations_get_station (stations, (guint) index);
  file = puente_stations_get_file (stations, station->file);
  source = file->source == PUENTE_STATION_SOURCE_AFDC ? "AFDC" : "Open Charge Map";
  if ((state = puente_dataset_find_state (dataset, station->state)) >= 0)
    {
      const PuenteState *s = puente_dataset_get_state (dataset, state);

      state_name = lang == PUENTE_LANG_ES ? s->name_es : s->name_en;
    }

  /* Translators: subtitle of a charging station: its network or operator */
  subtitle = station->network != NULL ? g_strdup_printf (_ ("Charging station, %s"), station->network)
                                      : g_strdup (_ ("Charging station"));
  puente_map_details_set_titles (self, station->name != NULL ? station->name : station->id, subtitle);
  puente_map_details_add_text_row (self, &row, _ ("Status"), puente_station_status_label (station->status, lang));
  puente_map_details_add_text_row (self, &row, _ ("Access"), access_label (station->access));
  for (guint level = PUENTE_STATION_N_LEVELS; level-- > 0;)
    {
      g_autofree char *count = NULL;

      if (station->ports[level] == 0)
        continue;
      count = format_count (self, station->ports[level]);
      /* Translators: a row of a charging station's details: "DC fast ports" */
      puente_map_details_add_text_row (self, &row, puente_station_level_label (level), count);
    }
  if (!isnan (station->max_power_kw))
    {
      g_autofree char *kw = format_count (self, station->max_power_kw);

      /* Translators: a charging station's highest power, in kilowatts */
      power = g_strdup_printf (_ ("%s kW"), kw);
      puente_map_details_add_text_row (self, &row, _ ("Highest power"), power);
    }
  puente_map_details_add_text_row (self, &row, _ ("State"), state_name != NULL ? state_name : station->state);
  puente_map_details_add_text_row (self, &row, _ ("Opened"), station->open_date);
  /* Translators: where a station's record comes from: a source and its file */
  file_text = g_strdup_printf (_ ("%s, %s"), source, file->name);
  puente_map_details_add_text_row (self, &row, _ ("Record"), file_text);
  puente_map_details_add_text_row (self, &row, _ ("Id"), station->id);
  append_stations_source (sources, stations);
  return TRUE;
}

/* "14,626 (AFDC, open public)" */
void
puente_map_details_add_state_stations (PuenteMapDetails *self,
                                       int              *row,
                                       const char       *region,
                                       GString          *sources)
{
  PuenteStations  *stations = get_stations (self);
  PuenteWorkspace *workspace = puente_map_details_get_workspace (self);
  int              year = puente_workspace_get_year (workspace);
  g_autoptr(GArray) rows = NULL;
  const PuenteStationsComparison *c = NULL;
  struct
  {
    const char         *label;
    guint               imported;
    const PuenteFigure *dataset;
    double              need;
  } levels[2];

  if (stations == NULL)
    return;
  rows = puente_stations_compare (stations, puente_workspace_get_dataset (workspace),
                                  puente_workspace_get_results (workspace), year);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (g_array_index (rows, PuenteStationsComparison, i).region, region) == 0)
      c = &g_array_index (rows, PuenteStationsComparison, i);
  if (c == NULL)
    return;

  levels[0].label = _ ("Public Level 2 ports");
  levels[0].imported = c->imported_l2;
  levels[0].dataset = c->dataset_l2;
  levels[0].need = c->need_l2;
  levels[1].label = _ ("Public DC fast ports");
  levels[1].imported = c->imported_dcfc;
  levels[1].dataset = c->dataset_dcfc;
  levels[1].need = c->need_dcfc;

  puente_map_details_add_heading_row (self, row, _ ("Imported charging stations"));
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autofree char *imported = format_count (self, levels[i].imported);
      g_autofree char *label = NULL;

      /* Translators: map details: ports counted in the imported station files */
      label = g_strdup_printf (_ ("%s, imported"), levels[i].label);
      puente_map_details_add_text_row (self, row, label, imported);
      if (levels[i].dataset != NULL)
        {
          g_autofree char *value = format_count (self, levels[i].dataset->value);
          g_autofree char *dataset_label = NULL;

          /* Translators: map details: the dataset's count and its year */
          dataset_label = g_strdup_printf (_ ("%s, dataset (%d)"), levels[i].label, levels[i].dataset->year);
          puente_map_details_add_text_row (self, row, dataset_label, value);
        }
      if (!isnan (levels[i].need))
        {
          g_autofree char *value = format_count (self, levels[i].need);
          g_autofree char *need_label = NULL;

          /* Translators: map details: the model's need for ports in a year */
          need_label = g_strdup_printf (_ ("%s needed, %d"), levels[i].label, year);
          puente_map_details_add_text_row (self, row, need_label, value);
        }
    }
  append_stations_source (sources, stations);
}

/* "Texas DC Fast, 12 km", or "none imported". */
static char *
describe_side (PuenteMapDetails         *self,
               PuenteStations           *stations,
               const PuenteCoverageSide *side)
{
  const PuenteStation *station;
  g_autofree char     *km = NULL;

  if (side->nearest < 0)
    return g_strdup (_ ("none imported"));
  station = puente_stations_get_station (stations, (guint) side->nearest);
  km = format_count (self, side->distance_km);
  /* Translators: the nearest DC fast station and how far it is, "Pilot, 12 km" */
  return g_strdup_printf (_ ("%s, %s km"), station->name != NULL ? station->name : station->id, km);
}

void
puente_map_details_add_port_coverage (PuenteMapDetails *self,
                                      int              *row,
                                      const char       *port,
                                      GString          *sources)
{
  PuenteStations *stations = get_stations (self);
  PuenteDataset  *dataset = puente_workspace_get_dataset (puente_map_details_get_workspace (self));
  g_autoptr(GArray) coverage = NULL;
  const PuentePortCoverage *c;
  g_autofree char          *us = NULL;
  g_autofree char          *mx = NULL;
  g_autofree char          *within = NULL;
  int                       index;

  if (stations == NULL || (index = puente_dataset_find_port (dataset, port)) < 0)
    return;
  coverage = puente_stations_border_coverage (stations, dataset, PUENTE_STATIONS_CORRIDOR_KM);
  c = &g_array_index (coverage, PuentePortCoverage, index);
  us = describe_side (self, stations, &c->side[PUENTE_COUNTRY_US]);
  mx = describe_side (self, stations, &c->side[PUENTE_COUNTRY_MX]);
  /* Translators: DC fast stations within 80 km of a port: on the US side / on the Mexican side */
  within = g_strdup_printf (_ ("%u in the US, %u in Mexico"), c->side[PUENTE_COUNTRY_US].n_within,
                            c->side[PUENTE_COUNTRY_MX].n_within);

  puente_map_details_add_heading_row (self, row, _ ("DC fast charging at the crossing (imported)"));
  puente_map_details_add_text_row (self, row, _ ("Nearest, US side"), us);
  puente_map_details_add_text_row (self, row, _ ("Nearest, Mexican side"), mx);
  puente_map_details_add_text_row (self, row, _ ("Within 80 km (50 mi)"), within);
  append_stations_source (sources, stations);
}
