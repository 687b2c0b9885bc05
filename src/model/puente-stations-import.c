/* puente-stations-import.c: reading AFDC and Open Charge Map station files
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format comes from the contents: JSON (an object or an array) is
 * AFDC's API output ("fuel_stations") or Open Charge Map POIs; anything else
 * must be an AFDC CSV, whose columns are found by their header names since
 * every vintage of the export has a different set. See docs/stations.md
 * for what is read from each and how.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "puente-file.h"
#include "puente-json-tree.h"
#include "puente-stations-private.h"

/* JSON nested deeper than this is not a station file (and a recursive
 * parser must not meet a file of a million brackets). */
#define MAX_JSON_DEPTH 32
/* Port counts above this are errors in the file, not stations. */
#define MAX_PORTS 10000
#define MAX_POWER_KW 10000.0

/* ---- reading the file ---------------------------------------------------- */

/* The whole file, NUL-terminated, through Puente's bounded reader
 * (regular files only, a FIFO never blocks, at most
 * PUENTE_STATIONS_MAX_FILE_SIZE bytes counted on what is read), with its
 * error in the stations' domain. */
static char *
read_bounded (const char *path,
              gsize      *length,
              GError    **error)
{
  g_autoptr(GError) local = NULL;
  GBytes             *bytes = puente_file_read (path, PUENTE_STATIONS_MAX_FILE_SIZE, &local);
  PuenteStationsError code = PUENTE_STATIONS_ERROR_READ;

  if (bytes != NULL)
    /* puente_file_read () keeps a NUL byte after the data. */
    return g_bytes_unref_to_data (bytes, length);

  if (g_error_matches (local, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_NOT_FOUND))
    code = PUENTE_STATIONS_ERROR_NOT_FOUND;
  else if (g_error_matches (local, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_NOT_REGULAR))
    code = PUENTE_STATIONS_ERROR_NOT_REGULAR;
  else if (g_error_matches (local, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_TOO_LARGE))
    code = PUENTE_STATIONS_ERROR_TOO_LARGE;
  g_set_error_literal (error, PUENTE_STATIONS_ERROR, code, local->message);
  return NULL;
}

/* ---- values -------------------------------------------------------------- */

static const char *
trim (char *text)
{
  char *end;

  if (text == NULL)
    return NULL;
  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    *--end = '\0';
  return text;
}

/* A number that is the whole of @text (spaces around allowed). */
static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  while (g_ascii_isspace (*end))
    end++;
  return *end == '\0' && isfinite (*value);
}

static guint
parse_count (const char *text)
{
  double v;

  if (!parse_number (text, &v) || v < 0 || v > MAX_PORTS)
    return 0;
  return (guint) floor (v);
}

static gboolean
is_date (const char *text)
{
  if (text == NULL || strlen (text) < 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* ---- AFDC (CSV and JSON) ------------------------------------------------- */

typedef enum {
  COL_FUEL,
  COL_NAME,
  COL_STATE,
  COL_COUNTRY,
  COL_STATUS,
  COL_ACCESS,
  COL_GROUPS,
  COL_LEVEL1,
  COL_LEVEL2,
  COL_DC_FAST,
  COL_NETWORK,
  COL_LATITUDE,
  COL_LONGITUDE,
  COL_ID,
  COL_UPDATED,
  COL_CONFIRMED,
  COL_OPEN_DATE,
  N_COLS
} Column;

/* Header names, normalised (lower case, words joined by "_"); the CSV says
 * "EV DC Fast Count", the API "ev_dc_fast_num". */
static const char *const column_names[N_COLS][2] = {
  [COL_FUEL] = { "fuel_type_code" },
  [COL_NAME] = { "station_name" },
  [COL_STATE] = { "state" },
  [COL_COUNTRY] = { "country" },
  [COL_STATUS] = { "status_code" },
  [COL_ACCESS] = { "access_code" },
  [COL_GROUPS] = { "groups_with_access_code" },
  [COL_LEVEL1] = { "ev_level1_evse_num" },
  [COL_LEVEL2] = { "ev_level2_evse_num" },
  [COL_DC_FAST] = { "ev_dc_fast_count", "ev_dc_fast_num" },
  [COL_NETWORK] = { "ev_network" },
  [COL_LATITUDE] = { "latitude" },
  [COL_LONGITUDE] = { "longitude" },
  [COL_ID] = { "id" },
  [COL_UPDATED] = { "updated_at" },
  [COL_CONFIRMED] = { "date_last_confirmed" },
  [COL_OPEN_DATE] = { "open_date" },
};

static int
find_column (const char *normalised)
{
  for (int c = 0; c < N_COLS; c++)
    for (guint k = 0; k < G_N_ELEMENTS (column_names[c]); k++)
      if (column_names[c][k] != NULL && strcmp (column_names[c][k], normalised) == 0)
        return c;
  return -1;
}

static char *
normalise_header (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (gap && out->len > 0)
            g_string_append_c (out, '_');
          gap = FALSE;
          g_string_append_c (out, g_ascii_tolower (*p));
        }
      else
        gap = TRUE;
    }
  return g_string_free (out, FALSE);
}

/* One AFDC station from its values by column (NULL: absent or empty). */
static void
afdc_record (PuenteStationBatch *batch,
             char              **v,
             gboolean            has_fuel,
             guint               row)
{
  PuenteStationRecord record = { 0 };
  const char         *status, *access, *fuel, *country;
  char                country_code[3] = { 0 };
  double              lat, lon;

  puente_stations_batch_count_record (batch);
  puente_stations_batch_see_date (batch, v[COL_UPDATED], v[COL_UPDATED] != NULL ? strlen (v[COL_UPDATED]) : 0);
  if (v[COL_UPDATED] == NULL)
    puente_stations_batch_see_date (batch, v[COL_CONFIRMED], v[COL_CONFIRMED] != NULL ? strlen (v[COL_CONFIRMED]) : 0);

  fuel = trim (v[COL_FUEL]);
  if (has_fuel && g_ascii_strcasecmp (fuel != NULL ? fuel : "", "ELEC") != 0)
    {
      puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_NOT_ELECTRIC, row);
      return;
    }

  record.id = trim (v[COL_ID]);
  record.name = v[COL_NAME];
  record.network = trim (v[COL_NETWORK]);
  record.state = trim (v[COL_STATE]);
  country = trim (v[COL_COUNTRY]);
  if (country != NULL && strlen (country) == 2)
    {
      country_code[0] = g_ascii_toupper (country[0]);
      country_code[1] = g_ascii_toupper (country[1]);
      record.country = country_code;
    }
  record.has_coordinates = parse_number (v[COL_LATITUDE], &lat) && parse_number (v[COL_LONGITUDE], &lon);
  record.latitude = record.has_coordinates ? lat : NAN;
  record.longitude = record.has_coordinates ? lon : NAN;
  record.ports[PUENTE_STATION_LEVEL_1] = parse_count (v[COL_LEVEL1]);
  record.ports[PUENTE_STATION_LEVEL_2] = parse_count (v[COL_LEVEL2]);
  record.ports[PUENTE_STATION_DC_FAST] = parse_count (v[COL_DC_FAST]);
  record.max_power_kw = NAN;

  status = trim (v[COL_STATUS]);
  if (status != NULL && (*status == 'E' || *status == 'e') && status[1] == '\0')
    record.status = PUENTE_STATION_OPEN;
  else if (status != NULL && (*status == 'P' || *status == 'p') && status[1] == '\0')
    record.status = PUENTE_STATION_PLANNED;
  else if (status != NULL && (*status == 'T' || *status == 't') && status[1] == '\0')
    record.status = PUENTE_STATION_UNAVAILABLE;
  else
    record.status = PUENTE_STATION_STATUS_UNKNOWN;

  /* Older exports have no "Access Code": "Groups With Access Code" starts
   * with "Public" or "Private". */
  access = trim (v[COL_ACCESS]);
  if (access == NULL)
    access = trim (v[COL_GROUPS]);
  if (access != NULL && g_ascii_strncasecmp (access, "public", 6) == 0)
    record.access = PUENTE_STATION_PUBLIC;
  else if (access != NULL && g_ascii_strncasecmp (access, "private", 7) == 0)
    record.access = PUENTE_STATION_PRIVATE;
  else
    record.access = PUENTE_STATION_ACCESS_UNKNOWN;

  if (is_date (trim (v[COL_OPEN_DATE])))
    {
      v[COL_OPEN_DATE][10] = '\0';
      record.open_date = v[COL_OPEN_DATE];
    }
  puente_stations_batch_add (batch, &record, row);
}

/* The next field of a CSV record at *@p, unquoted in place and
 * NUL-terminated; *@last tells whether it ended the record, *@broken that
 * a quote never closed. */
static char *
next_field (char    **p,
            char     *end,
            gboolean *last,
            gboolean *broken)
{
  char *start = *p, *w, *r = *p;

  *last = FALSE;
  if (r < end && *r == '"')
    {
      w = start;
      r++;
      for (;;)
        {
          if (r >= end)
            {
              *broken = TRUE;
              *last = TRUE;
              *w = '\0';
              *p = end;
              return start;
            }
          if (*r == '"')
            {
              if (r + 1 < end && r[1] == '"')
                {
                  *w++ = '"';
                  r += 2;
                  continue;
                }
              r++;
              break;
            }
          *w++ = *r++;
        }
      /* Anything between the closing quote and the separator is dropped. */
      while (r < end && *r != ',' && *r != '\n')
        r++;
    }
  else
    {
      while (r < end && *r != ',' && *r != '\n')
        r++;
      w = r;
      if (w > start && w[-1] == '\r')
        w--;
    }
  if (r >= end || *r == '\n')
    *last = TRUE;
  *p = r < end ? r + 1 : end;
  *w = '\0';
  return start;
}

gboolean
puente_stations_read_afdc_csv (PuenteStationBatch *batch,
                               char               *data,
                               gsize               length,
                               GError            **error)
{
  char *p = data, *end = data + length;
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (int));
  int      found[N_COLS];
  char    *values[N_COLS];
  gboolean last = FALSE, broken = FALSE, valid_utf8;
  guint    n_header = 0, row = 1;

  batch->file->format = PUENTE_STATION_FORMAT_AFDC_CSV;
  batch->file->source = PUENTE_STATION_SOURCE_AFDC;
  valid_utf8 = g_utf8_validate (data, (gssize) length, NULL);

  for (int c = 0; c < N_COLS; c++)
    found[c] = -1;
  while (!last)
    {
      char            *field = next_field (&p, end, &last, &broken);
      g_autofree char *name = normalise_header (field);
      int              column = find_column (name);

      if (column >= 0 && found[column] >= 0)
        column = -1;
      if (column >= 0)
        found[column] = (int) n_header;
      g_array_append_val (map, column);
      n_header++;
    }
  if (found[COL_LATITUDE] < 0 || found[COL_LONGITUDE] < 0 ||
      (found[COL_FUEL] < 0 && found[COL_LEVEL2] < 0 && found[COL_DC_FAST] < 0))
    {
      g_set_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_FORMAT,
                   _ ("%s: not a station file. Puente reads AFDC station exports (CSV with the columns “Fuel Type Code” or “EV Level2 EVSE Num”, “Latitude” and “Longitude”) and AFDC or Open Charge Map JSON."),
                   batch->file->name);
      return FALSE;
    }

  while (p < end)
    {
      guint    n_fields = 0;
      gboolean empty = TRUE;
      g_autoptr(GPtrArray) fixed = NULL;

      row++;
      memset (values, 0, sizeof values);
      broken = FALSE;
      last = FALSE;
      while (!last)
        {
          char *field = next_field (&p, end, &last, &broken);

          if (*field != '\0')
            empty = FALSE;
          if (n_fields < n_header)
            {
              int column = g_array_index (map, int, n_fields);

              if (column >= 0 && *field != '\0')
                values[column] = field;
            }
          n_fields++;
        }
      if (n_fields == 1 && empty)
        continue;
      if (broken || n_fields < n_header)
        {
          puente_stations_batch_count_record (batch);
          puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_TRUNCATED, row);
          continue;
        }
      if (!valid_utf8)
        {
          fixed = g_ptr_array_new_with_free_func (g_free);
          for (int c = 0; c < N_COLS; c++)
            if (values[c] != NULL && !g_utf8_validate (values[c], -1, NULL))
              {
                values[c] = g_utf8_make_valid (values[c], -1);
                g_ptr_array_add (fixed, values[c]);
              }
        }
      afdc_record (batch, values, found[COL_FUEL] >= 0, row);
    }
  return TRUE;
}

/* ---- JSON values ---------------------------------------------------------- */

/* The JSON readers' state: the tree of the file. */
typedef struct
{
  PuenteStationBatch   *batch;
  const PuenteJsonTree *tree;
} Json;

/* @name of @object unless absent or null: OCM's compact export drops keys
 * that its full form writes as null. */
static PuenteJsonNode
member (const Json    *json,
        PuenteJsonNode object,
        const char    *name)
{
  return puente_json_tree_member (json->tree, object, name);
}

static PuenteJsonNode
member_object (const Json    *json,
               PuenteJsonNode object,
               const char    *name)
{
  PuenteJsonNode node = member (json, object, name);

  return puente_json_tree_kind (json->tree, node) == PUENTE_JSON_OBJECT ? node : 0;
}

static const char *
member_string (const Json    *json,
               PuenteJsonNode object,
               const char    *name)
{
  return puente_json_tree_string (json->tree, member (json, object, name));
}

/* A number, or a string that is one ("41.5"): exports write both. */
static gboolean
member_number (const Json    *json,
               PuenteJsonNode object,
               const char    *name,
               double        *value)
{
  PuenteJsonNode node = member (json, object, name);

  return puente_json_tree_number (json->tree, node, value) ||
    parse_number (puente_json_tree_string (json->tree, node), value);
}

/* An id field (OCM's "StatusTypeID", or "ID" of the full form's object). */
static gboolean
reference_id (const Json    *json,
              PuenteJsonNode object,
              const char    *compact,
              const char    *full,
              gint64        *id)
{
  double v;

  if (member_number (json, object, compact, &v) ||
      member_number (json, member_object (json, object, full), "ID", &v))
    {
      *id = (gint64) CLAMP (v, G_MININT32, G_MAXINT32);
      return TRUE;
    }
  return FALSE;
}

static void
see_json_date (const Json    *json,
               PuenteJsonNode object,
               const char    *name)
{
  const char *text = member_string (json, object, name);

  if (text != NULL)
    puente_stations_batch_see_date (json->batch, text, strlen (text));
}

static void
afdc_json_record (const Json    *json,
                  PuenteJsonNode node,
                  guint          row)
{
  char *values[N_COLS] = { NULL };

  if (puente_json_tree_kind (json->tree, node) != PUENTE_JSON_OBJECT)
    {
      puente_stations_batch_count_record (json->batch);
      puente_stations_batch_skip (json->batch, PUENTE_STATION_SKIP_NOT_A_STATION, row);
      return;
    }
  for (int c = 0; c < N_COLS; c++)
    for (guint k = 0; values[c] == NULL && k < G_N_ELEMENTS (column_names[c]); k++)
      {
        char        buf[G_ASCII_DTOSTR_BUF_SIZE];
        const char *text = column_names[c][k] != NULL
          ? puente_json_tree_text (json->tree, member (json, node, column_names[c][k]), buf, sizeof buf)
          : NULL;

        /* Copied: afdc_record trims in place. */
        if (text != NULL && *text != '\0')
          values[c] = g_strdup (text);
      }
  afdc_record (json->batch, values, TRUE, row);
  for (int c = 0; c < N_COLS; c++)
    g_free (values[c]);
}

/* ---- Open Charge Map ------------------------------------------------------ */

/* OCM's reference data (data/referencedata.json of openchargemap/ocm-export)
 * for the ids compact records carry instead of objects. */
static const struct
{
  gint64      id;
  const char *iso;
} ocm_countries[] = {
  { 2, "US" },
  { 146, "MX" },
  { 44, "CA" },
  { 92, "GT" },
  { 27, "BZ" },
};

static const struct
{
  gint64      id;
  const char *title;
} ocm_operators[] = {
  { 23, "Tesla Motors (Worldwide)" },
};

/* Connection types that are DC whatever their level says: CHAdeMO, Tesla
 * Supercharger, CCS (Type 1), CCS (Type 2), GB-T DC. */
static const gint64 ocm_dc_connections[] = { 2, 27, 32, 33, 1040 };

static PuenteStationLevel
ocm_connection_level (const Json    *json,
                      PuenteJsonNode connection)
{
  gint64 level, type, current;
  double kw;

  if (reference_id (json, connection, "LevelID", "Level", &level) && level >= 1 && level <= 3)
    return level == 1 ? PUENTE_STATION_LEVEL_1 : level == 2 ? PUENTE_STATION_LEVEL_2
                                                            : PUENTE_STATION_DC_FAST;
  /* No level: DC current or a DC connector is DC fast; under 2 kW is
   * level 1 (OCM's definition); anything else level 2. */
  if (reference_id (json, connection, "CurrentTypeID", "CurrentType", &current) && current == 30)
    return PUENTE_STATION_DC_FAST;
  if (reference_id (json, connection, "ConnectionTypeID", "ConnectionType", &type))
    for (guint i = 0; i < G_N_ELEMENTS (ocm_dc_connections); i++)
      if (ocm_dc_connections[i] == type)
        return PUENTE_STATION_DC_FAST;
  if (member_number (json, connection, "PowerKW", &kw) && kw > 0 && kw < 2)
    return PUENTE_STATION_LEVEL_1;
  return PUENTE_STATION_LEVEL_2;
}

/* Ports by level from the connections, reconciled with NumberOfPoints:
 * points are what can charge at once, connectors may share a point. */
static void
ocm_ports (const Json          *json,
           PuenteJsonNode       object,
           PuenteStationRecord *record)
{
  PuenteJsonNode connections = member (json, object, "Connections");
  guint          by_level[PUENTE_STATION_N_LEVELS] = { 0, 0, 0 };
  guint          sum = 0, points;
  double         v;

  record->max_power_kw = NAN;
  if (puente_json_tree_kind (json->tree, connections) == PUENTE_JSON_ARRAY)
    for (PuenteJsonNode connection = puente_json_tree_first (json->tree, connections); connection != 0;
         connection = puente_json_tree_next (json->tree, connection))
      {
        guint  quantity = 1;
        gint64 status;

        if (puente_json_tree_kind (json->tree, connection) != PUENTE_JSON_OBJECT)
          continue;
        /* A connection marked removed (200, 210) is not there. */
        if (reference_id (json, connection, "StatusTypeID", "StatusType", &status) && status >= 200)
          continue;
        if (member_number (json, connection, "Quantity", &v) && v >= 1 && v <= MAX_PORTS)
          quantity = (guint) v;
        by_level[ocm_connection_level (json, connection)] += quantity;
        sum += quantity;
        if (member_number (json, connection, "PowerKW", &v) && v > 0 && v <= MAX_POWER_KW &&
            (isnan (record->max_power_kw) || v > record->max_power_kw))
          record->max_power_kw = v;
      }

  memcpy (record->ports, by_level, sizeof by_level);
  if (!member_number (json, object, "NumberOfPoints", &v) || v < 1 || v > MAX_PORTS || (guint) v == sum)
    return;
  points = (guint) v;
  record->points = points;
  record->connections = sum;
  if (sum == 0)
    {
      /* Points without connections: their level is unknown; level 2 is
       * the common case (docs/stations.md). */
      record->ports[PUENTE_STATION_LEVEL_2] = points;
    }
  else if (points > sum)
    {
      /* More points than connectors listed: the others are like the
       * station's most common connector. */
      guint most = PUENTE_STATION_DC_FAST;

      for (int l = PUENTE_STATION_DC_FAST; l >= 0; l--)
        if (by_level[l] > by_level[most])
          most = (guint) l;
      record->ports[most] += points - sum;
    }
  else
    {
      /* Fewer points than connectors: connectors share points, and a point
       * with a DC connector is a DC fast point. */
      guint left = points;

      for (int l = PUENTE_STATION_DC_FAST; l >= 0; l--)
        {
          record->ports[l] = MIN (by_level[l], left);
          left -= record->ports[l];
        }
    }
}

static void
ocm_record (const Json    *json,
            PuenteJsonNode object,
            guint          row)
{
  PuenteStationBatch *batch = json->batch;
  PuenteStationRecord record = { 0 };
  PuenteJsonNode      address;
  char                id_buf[G_ASCII_DTOSTR_BUF_SIZE];
  gint64              status, usage, operator_id, country_id, provider;
  double              lat, lon;

  puente_stations_batch_count_record (batch);
  if (puente_json_tree_kind (json->tree, object) != PUENTE_JSON_OBJECT)
    {
      puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_NOT_A_STATION, row);
      return;
    }
  address = member_object (json, object, "AddressInfo");
  if (address == 0 && member (json, object, "ID") == 0 && member (json, object, "Connections") == 0)
    {
      puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_NOT_A_STATION, row);
      return;
    }
  see_json_date (json, object, "DateLastStatusUpdate");
  see_json_date (json, object, "DateLastVerified");
  see_json_date (json, object, "DateCreated");

  record.status = PUENTE_STATION_STATUS_UNKNOWN;
  if (reference_id (json, object, "StatusTypeID", "StatusType", &status))
    {
      if (status == 200 || status == 210)
        {
          puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_REMOVED, row);
          return;
        }
      if (status == 10 || status == 20 || status == 50 || status == 75)
        record.status = PUENTE_STATION_OPEN;
      else if (status == 30 || status == 100)
        record.status = PUENTE_STATION_UNAVAILABLE;
      else if (status == 150)
        record.status = PUENTE_STATION_PLANNED;
    }
  record.access = PUENTE_STATION_ACCESS_UNKNOWN;
  if (reference_id (json, object, "UsageTypeID", "UsageType", &usage))
    {
      if (usage == 1 || usage == 4 || usage == 5 || usage == 7)
        record.access = PUENTE_STATION_PUBLIC;
      else if (usage == 2 || usage == 3 || usage == 6)
        record.access = PUENTE_STATION_PRIVATE;
    }
  if (reference_id (json, object, "DataProviderID", "DataProvider", &provider) && provider != 1)
    batch->file->n_other_providers++;

  record.id = puente_json_tree_text (json->tree, member (json, object, "ID"), id_buf, sizeof id_buf);
  if (record.id == NULL)
    record.id = member_string (json, object, "UUID");
  record.name = member_string (json, address, "Title");
  record.network = member_string (json, member_object (json, object, "OperatorInfo"), "Title");
  if (record.network == NULL && reference_id (json, object, "OperatorID", "OperatorInfo", &operator_id))
    for (guint i = 0; i < G_N_ELEMENTS (ocm_operators); i++)
      if (ocm_operators[i].id == operator_id)
        record.network = ocm_operators[i].title;

  record.has_coordinates = member_number (json, address, "Latitude", &lat) &&
    member_number (json, address, "Longitude", &lon);
  record.latitude = record.has_coordinates ? lat : NAN;
  record.longitude = record.has_coordinates ? lon : NAN;
  record.state = member_string (json, address, "StateOrProvince");
  record.country = member_string (json, member_object (json, address, "Country"), "ISOCode");
  if (record.country == NULL && reference_id (json, address, "CountryID", "Country", &country_id))
    {
      /* A country the table does not know is not the US or Mexico. */
      record.country = "ZZ";
      for (guint i = 0; i < G_N_ELEMENTS (ocm_countries); i++)
        if (ocm_countries[i].id == country_id)
          record.country = ocm_countries[i].iso;
    }

  ocm_ports (json, object, &record);
  puente_stations_batch_add (batch, &record, row);
}

/* ---- JSON files ----------------------------------------------------------- */

static gboolean
has_any (const Json        *json,
         PuenteJsonNode     object,
         const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (member (json, object, names[i]) != 0)
      return TRUE;
  return FALSE;
}

static const char *const ocm_keys[] = { "AddressInfo", "Connections", "NumberOfPoints", "UUID", NULL };
static const char *const afdc_keys[] = { "fuel_type_code", "station_name", "ev_level2_evse_num", NULL };

gboolean
puente_stations_read_json (PuenteStationBatch *batch,
                           char               *data,
                           gsize               length,
                           GError            **error)
{
  g_autoptr(PuenteJsonTree) tree = NULL;
  g_autoptr(GError) local_error = NULL;
  PuenteJsonNode root, records = 0, single = 0;
  gboolean       ocm = FALSE;
  Json           json = { batch, NULL };
  guint          row = 0;

  tree = puente_json_tree_parse (data, length, MAX_JSON_DEPTH, &local_error);
  if (tree == NULL)
    {
      g_set_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_FORMAT,
                   _ ("%s: not valid JSON: %s"), batch->file->name, local_error->message);
      return FALSE;
    }
  json.tree = tree;
  root = puente_json_tree_root (tree);
  if (puente_json_tree_kind (tree, root) == PUENTE_JSON_OBJECT)
    {
      PuenteJsonNode stations = member (&json, root, "fuel_stations");

      if (puente_json_tree_kind (tree, stations) == PUENTE_JSON_ARRAY)
        records = stations;
      else if ((single = member_object (&json, root, "alt_fuel_station")) != 0)
        ;
      else if (has_any (&json, root, ocm_keys))
        {
          single = root;
          ocm = TRUE;
        }
      else if (has_any (&json, root, afdc_keys))
        single = root;
    }
  else if (puente_json_tree_kind (tree, root) == PUENTE_JSON_ARRAY)
    {
      records = root;
      ocm = TRUE;
      for (PuenteJsonNode node = puente_json_tree_first (tree, root); node != 0; node = puente_json_tree_next (tree, node))
        if (puente_json_tree_kind (tree, node) == PUENTE_JSON_OBJECT)
          {
            ocm = !has_any (&json, node, afdc_keys);
            break;
          }
    }
  if (records == 0 && single == 0)
    {
      g_set_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_FORMAT,
                   _ ("%s: not a station file. Puente reads AFDC’s JSON (“fuel_stations”) and Open Charge Map POIs (one, or an array), and AFDC CSV exports."),
                   batch->file->name);
      return FALSE;
    }

  batch->file->format = ocm ? PUENTE_STATION_FORMAT_OCM_JSON : PUENTE_STATION_FORMAT_AFDC_JSON;
  batch->file->source = ocm ? PUENTE_STATION_SOURCE_OCM : PUENTE_STATION_SOURCE_AFDC;
  if (single != 0)
    {
      if (ocm)
        ocm_record (&json, single, 1);
      else
        afdc_json_record (&json, single, 1);
      return TRUE;
    }
  for (PuenteJsonNode node = puente_json_tree_first (tree, records); node != 0; node = puente_json_tree_next (tree, node))
    {
      if (ocm)
        ocm_record (&json, node, ++row);
      else
        afdc_json_record (&json, node, ++row);
    }
  return TRUE;
}

/* ---- importing ------------------------------------------------------------ */

static gboolean
import_buffer (PuenteStations *self,
               const char     *path,
               const char     *name,
               char           *data,
               gsize           length,
               GError        **error)
{
  g_autoptr(PuenteStationBatch) batch = puente_stations_batch_new (self, path, name);
  g_autofree char *checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  char            *text = data;
  gsize            text_length = length;
  const char      *first;
  gboolean         ok;

  batch->file->checksum = g_string_chunk_insert_const (batch->strings, checksum);
  batch->file->size = length;
  if (text_length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      text_length -= 3;
    }
  first = text;
  while (first < text + text_length && g_ascii_isspace (*first))
    first++;
  if (first < text + text_length && (*first == '{' || *first == '['))
    ok = puente_stations_read_json (batch, text, text_length, error);
  else
    ok = puente_stations_read_afdc_csv (batch, text, text_length, error);
  return ok && puente_stations_batch_commit (batch, error);
}

gboolean
puente_stations_import_file (PuenteStations *self,
                             const char     *path,
                             GError        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_path_get_basename (path);
  data = read_bounded (path, &length, error);
  if (data == NULL)
    return FALSE;
  return import_buffer (self, path, name, data, length, error);
}

gboolean
puente_stations_import_data (PuenteStations *self,
                             const char     *data,
                             gsize           length,
                             const char     *name,
                             GError        **error)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length > PUENTE_STATIONS_MAX_FILE_SIZE)
    {
      g_set_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_TOO_LARGE,
                   _ ("%s: station files may be at most %u MiB."), name, PUENTE_STATIONS_MAX_FILE_SIZE >> 20);
      return FALSE;
    }
  /* The readers modify the text in place and need it NUL-terminated. */
  copy = g_malloc (length + 1);
  if (length > 0)
    memcpy (copy, data, length);
  copy[length] = '\0';
  return import_buffer (self, NULL, name, copy, length, error);
}
