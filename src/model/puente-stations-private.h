/* puente-stations-private.h: what the station importers share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each format's reader (puente-stations-import.c) turns a row or POI into
 * a PuenteStationRecord; puente_stations_batch_add () settles its state
 * and country, counts it or its reason for being skipped, and keeps it in
 * a batch that joins the list only when the file had something usable.
 */
#pragma once

#include "puente-stations.h"

G_BEGIN_DECLS

/* One row or POI as its file says it, before it is located. Strings are
 * borrowed for the call. */
typedef struct
{
  const char         *id; /* without the source prefix; NULL: none */
  const char         *name;
  const char         *network;
  gboolean            has_coordinates;
  double              latitude;
  double              longitude;
  const char         *state;   /* free text, or NULL */
  const char         *country; /* ISO alpha-2 as the record says, or NULL */
  guint               ports[PUENTE_STATION_N_LEVELS];
  double              max_power_kw;
  PuenteStationStatus status;
  PuenteStationAccess access;
  const char         *open_date;
  /* OCM: NumberOfPoints and the sum of the connections' quantities, when
   * they differ (else 0 and 0). */
  guint               points;
  guint               connections;
} PuenteStationRecord;

typedef struct
{
  PuenteStations    *owner;
  PuenteStationFile *file;
  guint              file_index;
  GArray            *stations;  /* of PuenteStation */
  GArray            *notes;     /* of PuenteStationNote, station indices into the batch */
  GHashTable        *ids;       /* ids added by this batch */
  GStringChunk      *strings;   /* the owner's */
  char              *data_date; /* newest so far */
} PuenteStationBatch;

/* A batch for the file at @path (NULL for data in memory) named @name.
 * The reader sets file->format and file->source. */
PuenteStationBatch *puente_stations_batch_new (PuenteStations *self,
                                               const char     *path,
                                               const char     *name);
void                puente_stations_batch_free (PuenteStationBatch *batch);
/* Adds the batch's stations and file to the list; FALSE (nothing added)
 * with an error that gives the reasons when nothing was usable. */
gboolean            puente_stations_batch_commit (PuenteStationBatch *batch,
                                                  GError            **error);

/* Counts one more row or record as read. */
void                puente_stations_batch_count_record (PuenteStationBatch *batch);
/* Counts @row (a CSV row, the header being 1, or a JSON record from 1)
 * as skipped for @reason. */
void                puente_stations_batch_skip (PuenteStationBatch *batch,
                                                PuenteStationSkip   reason,
                                                guint               row);
/* Locates and keeps @record (or skips it with its reason). */
void                puente_stations_batch_add (PuenteStationBatch        *batch,
                                               const PuenteStationRecord *record,
                                               guint                      row);
/* Keeps @date ("YYYY-MM-DD…") as the file's data date when newer. */
void                puente_stations_batch_see_date (PuenteStationBatch *batch,
                                                    const char         *date,
                                                    gsize               length);

/* The format readers: fill @batch from @data (NUL-terminated, @length
 * bytes, the caller's to modify). FALSE with @error when the data is not
 * that format at all. */
gboolean            puente_stations_read_afdc_csv (PuenteStationBatch *batch,
                                                   char               *data,
                                                   gsize               length,
                                                   GError            **error);
gboolean            puente_stations_read_json (PuenteStationBatch *batch,
                                               char               *data,
                                               gsize               length,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteStationBatch, puente_stations_batch_free)

G_END_DECLS
