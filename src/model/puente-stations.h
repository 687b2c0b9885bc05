/* puente-stations.h: charging stations imported from the files users have
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Puente works offline, so it imports the station lists users download:
 * the US Alternative Fuels Data Center's "alt_fuel_stations" exports (CSV of
 * any vintage, or the API's JSON) and Open Charge Map's POI JSON (one POI
 * or an array, full or compact form). Every station lands in a US or
 * Mexican state: the record's state when its coordinates agree (within
 * PUENTE_STATIONS_STATE_TOLERANCE_KM of it), else the state its coordinates
 * are in, and the disagreement is kept as a note. Rows that cannot be used
 * are counted by reason, never fatal; a file with nothing usable is an
 * error that says why. See docs/stations.md.
 *
 * A PuenteStations grows by imports and is otherwise read-only; it is
 * reference counted and may be read from several threads once no import
 * runs. Planned for the app (Import Stations…, the details panel, export
 * footers): puente_stations_describe_sources () gives the attribution
 * line, PuenteStationFile the name, data date and checksum a scenario
 * records, and the notes what the details panel lists.
 */
#pragma once

#include <glib-object.h>

#include "puente-state-locator.h"
#include "puente-types.h"

G_BEGIN_DECLS

/* Files larger than this are refused: a national AFDC export of every
 * fuel is about 30 MB in 2025, so this admits many years of growth. */
#define PUENTE_STATIONS_MAX_FILE_SIZE (256 * 1024 * 1024)
/* How far a station may lie outside the state its record names and still
 * be taken to be in it: the basemap's borders and coasts are simplified
 * (New York's piers and Niagara Falls fall up to 0.9 km outside). */
#define PUENTE_STATIONS_STATE_TOLERANCE_KM 3.0
/* How far off the coast a station with no usable state may lie and still
 * be given the nearest state. */
#define PUENTE_STATIONS_COAST_TOLERANCE_KM 5.0

#define PUENTE_STATIONS_ERROR (puente_stations_error_quark ())
GQuark puente_stations_error_quark (void);

typedef enum {
  PUENTE_STATIONS_ERROR_NOT_FOUND,
  PUENTE_STATIONS_ERROR_NOT_REGULAR, /* a folder, a pipe, a device */
  PUENTE_STATIONS_ERROR_TOO_LARGE,
  PUENTE_STATIONS_ERROR_READ,
  PUENTE_STATIONS_ERROR_FORMAT, /* not a station file we know */
  PUENTE_STATIONS_ERROR_NOTHING_USABLE,
} PuenteStationsError;

typedef enum {
  PUENTE_STATION_SOURCE_AFDC,
  PUENTE_STATION_SOURCE_OCM,
  PUENTE_STATION_N_SOURCES
} PuenteStationSource;

typedef enum {
  PUENTE_STATION_FORMAT_AFDC_CSV,
  PUENTE_STATION_FORMAT_AFDC_JSON,
  PUENTE_STATION_FORMAT_OCM_JSON,
} PuenteStationFormat;

typedef enum {
  PUENTE_STATION_OPEN,        /* AFDC E; OCM operational */
  PUENTE_STATION_PLANNED,     /* AFDC P; OCM planned */
  PUENTE_STATION_UNAVAILABLE, /* AFDC T; OCM temporarily unavailable or not operational */
  PUENTE_STATION_STATUS_UNKNOWN,
  PUENTE_STATION_N_STATUSES
} PuenteStationStatus;

typedef enum {
  PUENTE_STATION_PUBLIC,
  PUENTE_STATION_PRIVATE,
  PUENTE_STATION_ACCESS_UNKNOWN,
} PuenteStationAccess;

typedef enum {
  PUENTE_STATION_LEVEL_1,
  PUENTE_STATION_LEVEL_2,
  PUENTE_STATION_DC_FAST, /* OCM level 3 */
  PUENTE_STATION_N_LEVELS
} PuenteStationLevel;

/* Why a row or record was not imported. */
typedef enum {
  PUENTE_STATION_SKIP_NOT_ELECTRIC,
  PUENTE_STATION_SKIP_NOT_A_STATION,
  PUENTE_STATION_SKIP_TRUNCATED,
  PUENTE_STATION_SKIP_NO_COORDINATES,
  PUENTE_STATION_SKIP_OUT_OF_RANGE,
  PUENTE_STATION_SKIP_ZERO,
  PUENTE_STATION_SKIP_SWAPPED,
  PUENTE_STATION_SKIP_OUTSIDE,       /* outside the US and Mexico */
  PUENTE_STATION_SKIP_WRONG_COUNTRY, /* coordinates in the other country */
  PUENTE_STATION_SKIP_REMOVED,
  PUENTE_STATION_SKIP_DUPLICATE,
  PUENTE_STATION_N_SKIP_REASONS
} PuenteStationSkip;

typedef struct
{
  const char         *id; /* "afdc:44174", "ocm:117789" */
  const char         *name;
  const char         *network; /* network or operator, or NULL */
  double              latitude;
  double              longitude;
  PuenteCountry       country;
  const char         *state; /* ISO 3166-2: "US-NY", "MX-NLE" */
  guint               ports[PUENTE_STATION_N_LEVELS];
  double              max_power_kw; /* NAN when the record gives none (AFDC) */
  PuenteStationStatus status;
  PuenteStationAccess access;
  const char         *open_date; /* "YYYY-MM-DD", or NULL */
  guint               file;      /* index of its PuenteStationFile */
} PuenteStation;

typedef struct
{
  const char         *path;
  const char         *name; /* for messages: the base name */
  PuenteStationFormat format;
  PuenteStationSource source;
  /* The newest update in the file ("Updated At", OCM status dates) as
   * "YYYY-MM-DD", or NULL. */
  const char         *data_date;
  const char         *checksum; /* SHA-256 of the bytes, hex */
  guint64             size;
  guint               n_records; /* rows or POIs read */
  guint               n_imported;
  guint               skipped[PUENTE_STATION_N_SKIP_REASONS];
  /* Row (CSV, the header is row 1) or record (JSON, from 1) of the first
   * skip of each reason, 0 if none. */
  guint               first_skipped[PUENTE_STATION_N_SKIP_REASONS];
  guint               n_state_from_coordinates; /* records without a usable state */
  guint               n_other_providers;        /* OCM records not from OCM's contributors */
} PuenteStationFile;

typedef enum {
  /* The record names a state; its coordinates are in another, used. */
  PUENTE_STATION_NOTE_STATE_MISMATCH,
  /* The record's state text names no state ("Cameron County"). */
  PUENTE_STATION_NOTE_STATE_UNRECOGNISED,
  /* OCM: NumberOfPoints differs from the sum of connection quantities;
   * the ports follow NumberOfPoints (see docs/stations.md). */
  PUENTE_STATION_NOTE_POINTS_MISMATCH,
} PuenteStationNoteKind;

typedef struct
{
  PuenteStationNoteKind kind;
  guint                 station;
  const char           *record_state; /* the record's text (state notes) */
  const char           *record_code;  /* what it names, or NULL */
  double                distance_km;  /* from the record's state (mismatch) */
  guint                 points;       /* NumberOfPoints (points note) */
  guint                 connections;  /* sum of connection quantities */
} PuenteStationNote;

typedef struct _PuenteStations PuenteStations;

#define PUENTE_TYPE_STATIONS (puente_stations_get_type ())
GType                    puente_stations_get_type (void) G_GNUC_CONST;

/* An empty list that locates states with @locator. */
PuenteStations          *puente_stations_new (PuenteStateLocator *locator);
PuenteStations          *puente_stations_ref (PuenteStations *self);
void                     puente_stations_unref (PuenteStations *self);

/* Imports the stations of @path (format found from the contents). On
 * error nothing is added. Reads regular files only, at most
 * PUENTE_STATIONS_MAX_FILE_SIZE, without blocking on pipes. */
gboolean                 puente_stations_import_file (PuenteStations *self,
                                                      const char     *path,
                                                      GError        **error);
/* The same for bytes in memory; @name says where they come from. */
gboolean                 puente_stations_import_data (PuenteStations *self,
                                                      const char     *data,
                                                      gsize           length,
                                                      const char     *name,
                                                      GError        **error);

guint                    puente_stations_get_n_stations (PuenteStations *self);
const PuenteStation     *puente_stations_get_station (PuenteStations *self,
                                                      guint           index);
/* Index of the station with @id, or -1. */
int                      puente_stations_find (PuenteStations *self,
                                               const char     *id);
guint                    puente_stations_get_n_files (PuenteStations *self);
const PuenteStationFile *puente_stations_get_file (PuenteStations *self,
                                                   guint           index);
guint                    puente_stations_get_n_notes (PuenteStations *self);
const PuenteStationNote *puente_stations_get_note (PuenteStations *self,
                                                   guint           index);
/* Rows skipped for @reason over every file. */
guint                    puente_stations_get_skipped (PuenteStations   *self,
                                                      PuenteStationSkip reason);
PuenteStationLevel       puente_station_get_top_level (const PuenteStation *station);
guint                    puente_station_get_n_ports (const PuenteStation *station);
/* Whether the station counts in summaries: open and public. */
gboolean                 puente_station_is_open_public (const PuenteStation *station);

/* Stable ids for JSON: "not_electric", "no_coordinates", ... */
const char              *puente_station_skip_to_string (PuenteStationSkip reason);
/* "121 rows skipped: not an electric station" (translated). */
char                    *puente_station_skip_describe (PuenteStationSkip reason,
                                                       guint             n_rows);
/* Every reason rows of @file were skipped, "; "-separated ("12 rows
 * skipped: no coordinates; ..."), translated; "" when none. */
char                    *puente_station_file_describe_skips (const PuenteStationFile *file);
const char              *puente_station_status_to_string (PuenteStationStatus status);
/* Translated: "open", "planned", ... */
const char              *puente_station_status_label (PuenteStationStatus status,
                                                      PuenteLang          lang);
/* Translated: "Level 1", "Level 2", "DC fast". */
const char              *puente_station_level_label (PuenteStationLevel level);
/* A note as a sentence (translated), with the state names in @lang. */
char                    *puente_stations_describe_note (PuenteStations          *self,
                                                        const PuenteStationNote *note,
                                                        PuenteLang               lang);
/* The line every view and export of the stations carries, translated:
 * "Charging stations: AFDC, April 2025; © Open Charge Map contributors,
 * CC BY-SA 4.0". NULL when nothing is imported. */
char                    *puente_stations_describe_sources (PuenteStations *self);
/* The same in @lang (English or Spanish), whatever the thread's. */
char                    *puente_stations_describe_sources_in (PuenteStations *self,
                                                              PuenteLang      lang);

/* A network and how many stations it has, for filters. */
typedef struct
{
  const char *network;
  guint       stations;
} PuenteStationNetwork;

/* Every network (or operator) of the stations, most stations first;
 * stations without one are not counted. Free with g_array_unref (). */
GArray *puente_stations_list_networks (PuenteStations *self);

/* Open public stations and their ports, per region and in total. */
typedef struct
{
  const char *region; /* ISO 3166-2, or NULL for all */
  guint       stations;
  guint       ports[PUENTE_STATION_N_LEVELS];
} PuenteStationTally;

/* The tallies of every region with an open public station, sorted by
 * code, and the total in *@total. Free with g_array_unref (). */
GArray *puente_stations_tally (PuenteStations     *self,
                               PuenteStationTally *total);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteStations, puente_stations_unref)

G_END_DECLS
