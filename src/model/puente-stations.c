/* puente-stations.c: charging stations imported from the files users have
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list, and what every format shares once a record is read: where it
 * is (state and country from the record and its coordinates), whether it
 * is usable, and the texts that report it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-i18n.h"
#include "puente-stations-private.h"

struct _PuenteStations
{
  gatomicrefcount     ref_count;
  PuenteStateLocator *locator;
  GStringChunk       *strings;
  GArray             *stations; /* of PuenteStation */
  GHashTable         *ids;      /* id -> index + 1 */
  GPtrArray          *files;    /* of PuenteStationFile */
  GArray             *notes;    /* of PuenteStationNote */
};

G_DEFINE_BOXED_TYPE (PuenteStations, puente_stations, puente_stations_ref, puente_stations_unref)

G_DEFINE_QUARK (puente - stations - error - quark, puente_stations_error)

PuenteStations *
puente_stations_new (PuenteStateLocator *locator)
{
  PuenteStations *self;

  g_return_val_if_fail (locator != NULL, NULL);

  self = g_new0 (PuenteStations, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->locator = puente_state_locator_ref (locator);
  self->strings = g_string_chunk_new (64 * 1024);
  self->stations = g_array_new (FALSE, FALSE, sizeof (PuenteStation));
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->files = g_ptr_array_new_with_free_func (g_free);
  self->notes = g_array_new (FALSE, FALSE, sizeof (PuenteStationNote));
  return self;
}

PuenteStations *
puente_stations_ref (PuenteStations *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
puente_stations_unref (PuenteStations *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  puente_state_locator_unref (self->locator);
  g_string_chunk_free (self->strings);
  g_array_unref (self->stations);
  g_hash_table_unref (self->ids);
  g_ptr_array_unref (self->files);
  g_array_unref (self->notes);
  g_free (self);
}

/* ---- batches ------------------------------------------------------------ */

PuenteStationBatch *
puente_stations_batch_new (PuenteStations *self,
                           const char     *path,
                           const char     *name)
{
  PuenteStationBatch *batch = g_new0 (PuenteStationBatch, 1);

  batch->owner = self;
  batch->strings = self->strings;
  batch->file = g_new0 (PuenteStationFile, 1);
  batch->file->path = path != NULL ? g_string_chunk_insert (self->strings, path) : NULL;
  batch->file->name = g_string_chunk_insert (self->strings, name);
  batch->file_index = self->files->len;
  batch->stations = g_array_new (FALSE, FALSE, sizeof (PuenteStation));
  batch->notes = g_array_new (FALSE, FALSE, sizeof (PuenteStationNote));
  batch->ids = g_hash_table_new (g_str_hash, g_str_equal);
  return batch;
}

void
puente_stations_batch_free (PuenteStationBatch *batch)
{
  if (batch == NULL)
    return;
  g_free (batch->file);
  g_array_unref (batch->stations);
  g_array_unref (batch->notes);
  g_hash_table_unref (batch->ids);
  g_free (batch->data_date);
  g_free (batch);
}

char *
puente_station_file_describe_skips (const PuenteStationFile *file)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < PUENTE_STATION_N_SKIP_REASONS; r++)
    {
      g_autofree char *text = NULL;

      if (file->skipped[r] == 0)
        continue;
      text = puente_station_skip_describe (r, file->skipped[r]);
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

gboolean
puente_stations_batch_commit (PuenteStationBatch *batch,
                              GError            **error)
{
  PuenteStations *self = batch->owner;
  guint           offset = self->stations->len;

  if (batch->stations->len == 0)
    {
      g_autofree char *skips = puente_station_file_describe_skips (batch->file);

      if (batch->file->n_records == 0)
        g_set_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_NOTHING_USABLE,
                     _ ("%s: the file holds no station records."), batch->file->name);
      else
        g_set_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_NOTHING_USABLE,
                     _ ("%s: no usable charging station in the file (%s)."), batch->file->name, skips);
      return FALSE;
    }

  batch->file->data_date = batch->data_date != NULL ? g_string_chunk_insert (self->strings, batch->data_date) : NULL;
  batch->file->n_imported = batch->stations->len;
  g_ptr_array_add (self->files, g_steal_pointer (&batch->file));
  for (guint i = 0; i < batch->stations->len; i++)
    {
      PuenteStation *s = &g_array_index (batch->stations, PuenteStation, i);

      g_hash_table_insert (self->ids, (gpointer) s->id, GUINT_TO_POINTER (offset + i + 1));
    }
  g_array_append_vals (self->stations, batch->stations->data, batch->stations->len);
  for (guint i = 0; i < batch->notes->len; i++)
    {
      PuenteStationNote note = g_array_index (batch->notes, PuenteStationNote, i);

      note.station += offset;
      g_array_append_val (self->notes, note);
    }
  return TRUE;
}

void
puente_stations_batch_count_record (PuenteStationBatch *batch)
{
  batch->file->n_records++;
}

void
puente_stations_batch_skip (PuenteStationBatch *batch,
                            PuenteStationSkip   reason,
                            guint               row)
{
  g_assert (reason < PUENTE_STATION_N_SKIP_REASONS);

  if (batch->file->skipped[reason]++ == 0)
    batch->file->first_skipped[reason] = row;
}

void
puente_stations_batch_see_date (PuenteStationBatch *batch,
                                const char         *date,
                                gsize               length)
{
  /* "2025-04-21", with anything after it (a time). */
  if (date == NULL || length < 10)
    return;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? date[i] != '-' : !g_ascii_isdigit (date[i]))
      return;
  if (batch->data_date == NULL || strncmp (date, batch->data_date, 10) > 0)
    {
      g_free (batch->data_date);
      batch->data_date = g_strndup (date, 10);
    }
}

static const char *
keep (PuenteStationBatch *batch,
      const char         *text,
      gboolean            shared)
{
  if (text == NULL || *text == '\0')
    return NULL;
  return shared ? g_string_chunk_insert_const (batch->strings, text) : g_string_chunk_insert (batch->strings, text);
}

static void
add_note (PuenteStationBatch        *batch,
          PuenteStationNoteKind      kind,
          const PuenteStationRecord *record,
          const char                *record_code,
          double                     distance_km)
{
  PuenteStationNote note = { 0 };

  note.kind = kind;
  note.station = batch->stations->len;
  note.record_state = keep (batch, record->state, TRUE);
  note.record_code = record_code;
  note.distance_km = distance_km;
  note.points = record->points;
  note.connections = record->connections;
  g_array_append_val (batch->notes, note);
}

static gboolean
in_range (double latitude,
          double longitude)
{
  return isfinite (latitude) && isfinite (longitude) && fabs (latitude) <= 90 && fabs (longitude) <= 180;
}

static gboolean
country_of_code (const char *code,
                 const char *country)
{
  return code != NULL && country != NULL && strncmp (code, country, 2) == 0 && code[2] == '-';
}

/* Whether the coordinates make sense the other way round. */
static gboolean
swapped (PuenteStationBatch        *batch,
         const PuenteStationRecord *record)
{
  return in_range (record->longitude, record->latitude) &&
    puente_state_locator_find_state (batch->owner->locator, record->longitude, record->latitude) != NULL;
}

void
puente_stations_batch_add (PuenteStationBatch        *batch,
                           const PuenteStationRecord *record,
                           guint                      row)
{
  PuenteStateLocator *locator = batch->owner->locator;
  const char         *prefix = batch->file->source == PUENTE_STATION_SOURCE_OCM ? "ocm" : "afdc";
  const char         *country = record->country;
  const char         *record_code = NULL, *at, *state = NULL;
  gboolean            has_state_text = record->state != NULL && *record->state != '\0';
  g_autofree char    *id = NULL;
  PuenteStation       station = { 0 };

  id = record->id != NULL && *record->id != '\0'
    ? g_strdup_printf ("%s:%s", prefix, record->id)
    : g_strdup_printf ("%s:%s:%u", prefix, batch->file->name, row);
  if (g_hash_table_contains (batch->ids, id) || g_hash_table_contains (batch->owner->ids, id))
    {
      puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_DUPLICATE, row);
      return;
    }

  if (!record->has_coordinates || isnan (record->latitude) || isnan (record->longitude))
    {
      puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_NO_COORDINATES, row);
      return;
    }
  if (record->latitude == 0 && record->longitude == 0)
    {
      puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_ZERO, row);
      return;
    }
  if (!in_range (record->latitude, record->longitude))
    {
      puente_stations_batch_skip (batch, swapped (batch, record) ? PUENTE_STATION_SKIP_SWAPPED : PUENTE_STATION_SKIP_OUT_OF_RANGE, row);
      return;
    }
  if (country != NULL && g_strcmp0 (country, "US") != 0 && g_strcmp0 (country, "MX") != 0)
    {
      puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_OUTSIDE, row);
      return;
    }

  if (has_state_text)
    record_code = puente_state_locator_lookup_name (locator, record->state, country);
  at = puente_state_locator_find_state (locator, record->latitude, record->longitude);
  if (record_code != NULL &&
      (g_strcmp0 (at, record_code) == 0 ||
       puente_state_locator_distance_to (locator, record_code, record->latitude, record->longitude,
                                         PUENTE_STATIONS_STATE_TOLERANCE_KM) <= PUENTE_STATIONS_STATE_TOLERANCE_KM))
    state = record_code;
  else
    {
      if (at == NULL)
        {
          /* In the sea off a coast (the basemap's coasts are simplified),
           * in another country, or nowhere near. */
          if (puente_state_locator_find_country (locator, record->latitude, record->longitude) == NULL)
            at = puente_state_locator_nearest (locator, record->latitude, record->longitude,
                                               PUENTE_STATIONS_COAST_TOLERANCE_KM, NULL);
          if (at == NULL)
            {
              puente_stations_batch_skip (batch, swapped (batch, record) ? PUENTE_STATION_SKIP_SWAPPED : PUENTE_STATION_SKIP_OUTSIDE, row);
              return;
            }
        }
      if (country != NULL && !country_of_code (at, country))
        {
          puente_stations_batch_skip (batch, PUENTE_STATION_SKIP_WRONG_COUNTRY, row);
          return;
        }
      state = at;
      if (record_code != NULL)
        add_note (batch, PUENTE_STATION_NOTE_STATE_MISMATCH, record, record_code,
                  puente_state_locator_distance_to (locator, record_code, record->latitude, record->longitude,
                                                    10000));
      else if (has_state_text)
        add_note (batch, PUENTE_STATION_NOTE_STATE_UNRECOGNISED, record, NULL, 0);
      else
        batch->file->n_state_from_coordinates++;
    }

  if (record->points != record->connections)
    add_note (batch, PUENTE_STATION_NOTE_POINTS_MISMATCH, record, NULL, 0);

  station.id = g_string_chunk_insert (batch->strings, id);
  station.name = keep (batch, record->name, FALSE);
  if (station.name == NULL)
    station.name = station.id;
  station.network = keep (batch, record->network, TRUE);
  station.latitude = record->latitude;
  station.longitude = record->longitude;
  station.country = state[0] == 'M' ? PUENTE_COUNTRY_MX : PUENTE_COUNTRY_US;
  station.state = state;
  memcpy (station.ports, record->ports, sizeof station.ports);
  station.max_power_kw = record->max_power_kw;
  station.status = record->status;
  station.access = record->access;
  station.open_date = keep (batch, record->open_date, TRUE);
  station.file = batch->file_index;
  g_array_append_val (batch->stations, station);
  g_hash_table_add (batch->ids, (gpointer) station.id);
}

/* ---- reading back ------------------------------------------------------- */

guint
puente_stations_get_n_stations (PuenteStations *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->stations->len;
}

const PuenteStation *
puente_stations_get_station (PuenteStations *self,
                             guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->stations->len, NULL);
  return &g_array_index (self->stations, PuenteStation, index);
}

int
puente_stations_find (PuenteStations *self,
                      const char     *id)
{
  g_return_val_if_fail (self != NULL, -1);

  if (id == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->ids, id)) - 1;
}

guint
puente_stations_get_n_files (PuenteStations *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->files->len;
}

const PuenteStationFile *
puente_stations_get_file (PuenteStations *self,
                          guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->files->len, NULL);
  return g_ptr_array_index (self->files, index);
}

guint
puente_stations_get_n_notes (PuenteStations *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->notes->len;
}

const PuenteStationNote *
puente_stations_get_note (PuenteStations *self,
                          guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->notes->len, NULL);
  return &g_array_index (self->notes, PuenteStationNote, index);
}

guint
puente_stations_get_skipped (PuenteStations   *self,
                             PuenteStationSkip reason)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (reason < PUENTE_STATION_N_SKIP_REASONS, 0);

  for (guint i = 0; i < self->files->len; i++)
    n += ((const PuenteStationFile *) g_ptr_array_index (self->files, i))->skipped[reason];
  return n;
}

PuenteStationLevel
puente_station_get_top_level (const PuenteStation *station)
{
  g_return_val_if_fail (station != NULL, PUENTE_STATION_LEVEL_2);

  if (station->ports[PUENTE_STATION_DC_FAST] > 0)
    return PUENTE_STATION_DC_FAST;
  if (station->ports[PUENTE_STATION_LEVEL_2] > 0 || station->ports[PUENTE_STATION_LEVEL_1] == 0)
    return PUENTE_STATION_LEVEL_2;
  return PUENTE_STATION_LEVEL_1;
}

guint
puente_station_get_n_ports (const PuenteStation *station)
{
  g_return_val_if_fail (station != NULL, 0);

  return station->ports[0] + station->ports[1] + station->ports[2];
}

gboolean
puente_station_is_open_public (const PuenteStation *station)
{
  g_return_val_if_fail (station != NULL, FALSE);

  return station->status == PUENTE_STATION_OPEN && station->access == PUENTE_STATION_PUBLIC;
}

/* ---- texts -------------------------------------------------------------- */

static const struct
{
  const char *id;
  const char *label;
} skip_reasons[PUENTE_STATION_N_SKIP_REASONS] = {
  [PUENTE_STATION_SKIP_NOT_ELECTRIC] = { "not_electric", N_ ("not an electric charging station") },
  [PUENTE_STATION_SKIP_NOT_A_STATION] = { "not_a_station", N_ ("not a station record") },
  [PUENTE_STATION_SKIP_TRUNCATED] = { "truncated", N_ ("truncated (fewer fields than the header)") },
  [PUENTE_STATION_SKIP_NO_COORDINATES] = { "no_coordinates", N_ ("no coordinates") },
  [PUENTE_STATION_SKIP_OUT_OF_RANGE] = { "coordinates_out_of_range", N_ ("coordinates out of range") },
  [PUENTE_STATION_SKIP_ZERO] = { "coordinates_at_zero", N_ ("coordinates at 0, 0") },
  [PUENTE_STATION_SKIP_SWAPPED] = { "coordinates_swapped", N_ ("latitude and longitude swapped") },
  [PUENTE_STATION_SKIP_OUTSIDE] = { "outside_us_mexico", N_ ("outside the US and Mexico") },
  [PUENTE_STATION_SKIP_WRONG_COUNTRY] = { "wrong_country", N_ ("coordinates in another country than the record says") },
  [PUENTE_STATION_SKIP_REMOVED] = { "removed", N_ ("removed or a duplicate listing (Open Charge Map)") },
  [PUENTE_STATION_SKIP_DUPLICATE] = { "duplicate", N_ ("a station already imported") },
};

const char *
puente_station_skip_to_string (PuenteStationSkip reason)
{
  g_return_val_if_fail (reason < PUENTE_STATION_N_SKIP_REASONS, NULL);
  return skip_reasons[reason].id;
}

char *
puente_station_skip_describe (PuenteStationSkip reason,
                              guint             n_rows)
{
  g_return_val_if_fail (reason < PUENTE_STATION_N_SKIP_REASONS, NULL);

  /* Translators: "121 rows skipped: not an electric charging station" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row skipped: %s", "%u rows skipped: %s", n_rows), n_rows,
                          _ (skip_reasons[reason].label));
}

const char *
puente_station_status_to_string (PuenteStationStatus status)
{
  static const char *const ids[] = { "open", "planned", "unavailable", "unknown" };

  g_return_val_if_fail (status < PUENTE_STATION_N_STATUSES, NULL);
  return ids[status];
}

const char *
puente_station_status_label (PuenteStationStatus status,
                             PuenteLang          lang)
{
  g_return_val_if_fail (status < PUENTE_STATION_N_STATUSES, NULL);

  switch (status)
    {
    case PUENTE_STATION_OPEN:
      /* Translators: a charging station's status */
      return puente_gettext (lang, "open");
    case PUENTE_STATION_PLANNED:
      /* Translators: a charging station's status */
      return puente_gettext (lang, "planned");
    case PUENTE_STATION_UNAVAILABLE:
      /* Translators: a charging station's status */
      return puente_gettext (lang, "temporarily unavailable");
    case PUENTE_STATION_STATUS_UNKNOWN:
    default:
      /* Translators: a charging station's status */
      return puente_gettext (lang, "status unknown");
    }
}

const char *
puente_station_level_label (PuenteStationLevel level)
{
  switch (level)
    {
    case PUENTE_STATION_LEVEL_1:
      return _ ("Level 1");
    case PUENTE_STATION_LEVEL_2:
      return _ ("Level 2");
    case PUENTE_STATION_DC_FAST:
    default:
      return _ ("DC fast");
    }
}

char *
puente_stations_describe_note (PuenteStations          *self,
                               const PuenteStationNote *note,
                               PuenteLang               lang)
{
  const PuenteStation *station;
  const char          *located;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (note != NULL, NULL);
  g_return_val_if_fail (note->station < self->stations->len, NULL);

  station = &g_array_index (self->stations, PuenteStation, note->station);
  located = puente_state_locator_get_name (self->locator, station->state, lang);
  switch (note->kind)
    {
    case PUENTE_STATION_NOTE_STATE_MISMATCH:
      if (note->distance_km < 10000)
        /* Translators: station name (id): the record's state text, the
         * state of the coordinates, kilometres, that state again */
        return g_strdup_printf (_ ("%s (%s): the record says “%s”, but its coordinates are in %s, %.0f km from it; %s is used."),
                                station->name, station->id, note->record_state, located, note->distance_km, located);
      return g_strdup_printf (_ ("%s (%s): the record says “%s”, but its coordinates are in %s; %s is used."),
                              station->name, station->id, note->record_state, located, located);
    case PUENTE_STATION_NOTE_STATE_UNRECOGNISED:
      /* Translators: station name (id), the record's state text, the
       * state of the coordinates */
      return g_strdup_printf (_ ("%s (%s): “%s” is not a US or Mexican state; its coordinates are in %s."),
                              station->name, station->id, note->record_state, located);
    case PUENTE_STATION_NOTE_POINTS_MISMATCH:
    default:
      {
        guint ports = puente_station_get_n_ports (station);

        /* Translators: station name (id), Open Charge Map's NumberOfPoints,
         * the sum of its connections, the ports counted */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%s): NumberOfPoints says %u, its connections add up to %u; %u port is counted.",
                                             "%s (%s): NumberOfPoints says %u, its connections add up to %u; %u ports are counted.",
                                             ports),
                                station->name, station->id, note->points, note->connections, ports);
      }
    }
}

/* The calling thread's language (_()), for describe_sources (). */
#define THREAD_LANG ((PuenteLang) -1)

static const char *translate (PuenteLang  lang,
                              const char *msgid) G_GNUC_FORMAT (2);

static const char *
translate (PuenteLang  lang,
           const char *msgid)
{
  return lang == THREAD_LANG ? _ (msgid) : puente_gettext (lang, msgid);
}

static char *
format_month (const char *date,
              PuenteLang  lang)
{
  static const char *const months[] = {
    N_ ("January"),
    N_ ("February"),
    N_ ("March"),
    N_ ("April"),
    N_ ("May"),
    N_ ("June"),
    N_ ("July"),
    N_ ("August"),
    N_ ("September"),
    N_ ("October"),
    N_ ("November"),
    N_ ("December"),
  };
  int month = (date[5] - '0') * 10 + (date[6] - '0');
  int year = (int) g_ascii_strtoll (date, NULL, 10);

  if (month < 1 || month > 12)
    return g_strdup_printf ("%d", year);
  /* Translators: a month and its year, "April 2025" */
  return g_strdup_printf (translate (lang, N_ ("%s %d")), translate (lang, months[month - 1]), year);
}

static char *
describe_sources (PuenteStations *self,
                  PuenteLang      lang)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint s = 0; s < PUENTE_STATION_N_SOURCES; s++)
    {
      const char      *newest = NULL;
      gboolean         any = FALSE;
      g_autofree char *when = NULL;
      const char      *name = s == PUENTE_STATION_SOURCE_AFDC ? "AFDC" : "Open Charge Map";

      for (guint i = 0; i < self->files->len; i++)
        {
          const PuenteStationFile *file = g_ptr_array_index (self->files, i);

          if (file->source != s)
            continue;
          any = TRUE;
          if (file->data_date != NULL && (newest == NULL || strcmp (file->data_date, newest) > 0))
            newest = file->data_date;
        }
      if (!any)
        continue;
      if (list->len > 0)
        g_string_append (list, "; ");
      when = newest != NULL ? format_month (newest, lang) : NULL;
      if (when != NULL)
        /* Translators: a source of station data and the month of its data, "AFDC, April 2025" */
        g_string_append_printf (list, translate (lang, N_ ("%s, %s")), name, when);
      else
        g_string_append (list, name);
      if (s == PUENTE_STATION_SOURCE_OCM)
        {
          g_string_append (list, ", ");
          /* Translators: the attribution Open Charge Map's licence requires */
          g_string_append (list, translate (lang, N_ ("© Open Charge Map contributors, CC BY-SA 4.0")));
        }
    }
  if (list->len == 0)
    return NULL;
  /* Translators: the sources of imported stations, "AFDC, April 2025" */
  return g_strdup_printf (translate (lang, N_ ("Charging stations: %s")), list->str);
}

char *
puente_stations_describe_sources (PuenteStations *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return describe_sources (self, THREAD_LANG);
}

char *
puente_stations_describe_sources_in (PuenteStations *self,
                                     PuenteLang      lang)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lang == PUENTE_LANG_EN || lang == PUENTE_LANG_ES, NULL);

  return describe_sources (self, lang);
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const PuenteStationTally *) a)->region, ((const PuenteStationTally *) b)->region);
}

GArray *
puente_stations_tally (PuenteStations     *self,
                       PuenteStationTally *total)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GArray            *tallies = g_array_new (FALSE, TRUE, sizeof (PuenteStationTally));
  PuenteStationTally all = { 0 };

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->stations->len; i++)
    {
      const PuenteStation *s = &g_array_index (self->stations, PuenteStation, i);
      gpointer             slot;
      PuenteStationTally  *t;

      if (!puente_station_is_open_public (s))
        continue;
      slot = g_hash_table_lookup (index, s->state);
      if (slot == NULL)
        {
          PuenteStationTally fresh = { s->state, 0, { 0, 0, 0 } };

          g_array_append_val (tallies, fresh);
          slot = GUINT_TO_POINTER (tallies->len);
          g_hash_table_insert (index, (gpointer) s->state, slot);
        }
      t = &g_array_index (tallies, PuenteStationTally, GPOINTER_TO_UINT (slot) - 1);
      t->stations++;
      all.stations++;
      for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
        {
          t->ports[l] += s->ports[l];
          all.ports[l] += s->ports[l];
        }
    }
  g_array_sort (tallies, compare_tallies);
  if (total != NULL)
    *total = all;
  return tallies;
}

static int
compare_networks (gconstpointer a,
                  gconstpointer b)
{
  const PuenteStationNetwork *x = a, *y = b;

  if (x->stations != y->stations)
    return x->stations > y->stations ? -1 : 1;
  return g_utf8_collate (x->network, y->network);
}

GArray *
puente_stations_list_networks (PuenteStations *self)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *networks = g_array_new (FALSE, FALSE, sizeof (PuenteStationNetwork));

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->stations->len; i++)
    {
      const PuenteStation *s = &g_array_index (self->stations, PuenteStation, i);
      gpointer             slot;

      if (s->network == NULL)
        continue;
      slot = g_hash_table_lookup (index, s->network);
      if (slot == NULL)
        {
          PuenteStationNetwork fresh = { s->network, 0 };

          g_array_append_val (networks, fresh);
          slot = GUINT_TO_POINTER (networks->len);
          g_hash_table_insert (index, (gpointer) s->network, slot);
        }
      g_array_index (networks, PuenteStationNetwork, GPOINTER_TO_UINT (slot) - 1).stations++;
    }
  g_array_sort (networks, compare_networks);
  return networks;
}
