/* test-stations.c: importing the station files users download
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the real AFDC and Open Charge Map samples in tests/fixtures/stations
 * (see its README for their licences), and on small files built from their
 * rows for the vintages, forms and bad input the samples lack.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "puente-engine.h"
#include "puente-geo.h"
#include "puente-levers.h"
#include "puente-results.h"
#include "puente-scenario.h"
#include "puente-state-locator.h"
#include "puente-stations-coverage.h"
#include "puente-stations.h"
#include "puente-test-stations.h"

static PuenteStations *
new_stations (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (&error);

  g_assert_no_error (error);
  return puente_stations_new (locator);
}

static const PuenteStation *
station (PuenteStations *stations,
         const char     *id)
{
  int index = puente_stations_find (stations, id);

  if (index < 0)
    g_error ("station %s not imported", id);
  return puente_stations_get_station (stations, (guint) index);
}

static PuenteStations *
import_text (const char *text,
             const char *name,
             GError    **error)
{
  PuenteStations *stations = new_stations ();

  if (!puente_stations_import_data (stations, text, strlen (text), name, error))
    g_clear_pointer (&stations, puente_stations_unref);
  return stations;
}

/* ---- the state locator -------------------------------------------------- */

static void
test_locator_points (void)
{
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (NULL);
  double d;

  g_assert_nonnull (locator);
  /* State capitals, and points near borders the map draws. */
  g_assert_cmpstr (puente_state_locator_find_state (locator, 42.6526, -73.7562), ==, "US-NY");
  g_assert_cmpstr (puente_state_locator_find_state (locator, 25.6866, -100.3161), ==, "MX-NLE");
  g_assert_cmpstr (puente_state_locator_find_state (locator, 19.4326, -99.1332), ==, "MX-CMX");
  g_assert_cmpstr (puente_state_locator_find_state (locator, 32.5149, -117.0382), ==, "MX-BCN");   /* Tijuana */
  g_assert_cmpstr (puente_state_locator_find_state (locator, 32.7157, -117.1611), ==, "US-CA");   /* San Diego */
  g_assert_cmpstr (puente_state_locator_find_state (locator, 31.7619, -106.4850), ==, "US-TX");   /* El Paso */
  g_assert_cmpstr (puente_state_locator_find_state (locator, 31.6904, -106.4245), ==, "MX-CHH");  /* Juárez */
  g_assert_cmpstr (puente_state_locator_find_state (locator, 38.8977, -77.0365), ==, "US-DC");
  g_assert_cmpstr (puente_state_locator_find_state (locator, 21.3069, -157.8583), ==, "US-HI");
  /* The sea, Canada, off the map. */
  g_assert_null (puente_state_locator_find_state (locator, 35.0, -50.0));
  g_assert_null (puente_state_locator_find_state (locator, 43.6532, -79.3832));
  g_assert_cmpstr (puente_state_locator_find_country (locator, 43.6532, -79.3832), ==, "CA");
  g_assert_cmpstr (puente_state_locator_find_country (locator, 14.6349, -90.5069), ==, "GT");
  g_assert_cmpstr (puente_state_locator_find_country (locator, 25.6866, -100.3161), ==, "MX");
  g_assert_null (puente_state_locator_find_state (locator, NAN, 0));
  g_assert_null (puente_state_locator_find_state (locator, 91, 0));

  /* Distances: inside is 0; Zitácuaro (Michoacán) is about 11 km from the
   * State of Mexico. */
  g_assert_cmpfloat (puente_state_locator_distance_to (locator, "US-NY", 42.6526, -73.7562, 1), ==, 0);
  d = puente_state_locator_distance_to (locator, "MX-MEX", 19.444941, -100.3157, 100);
  g_assert_cmpfloat (d, >, 5);
  g_assert_cmpfloat (d, <, 20);
  g_assert_cmpfloat (puente_state_locator_distance_to (locator, "MX-MEX", 19.444941, -100.3157, 2), ==, G_MAXDOUBLE);
  /* A pier in the Hudson lies off the simplified coast, near New York. */
  g_assert_null (puente_state_locator_find_state (locator, 40.749255, -74.005914));
  g_assert_cmpstr (puente_state_locator_nearest (locator, 40.749255, -74.005914, 5, &d), ==, "US-NY");
  g_assert_cmpfloat (d, <, 1);
}

static void
test_locator_names (void)
{
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (NULL);
  const struct
  {
    const char *text;
    const char *country;
    const char *code;
  } cases[] = {
    { "Nuevo Leon", NULL, "MX-NLE" }, { "Nuevo León", "MX", "MX-NLE" }, { "N.L.", "MX", "MX-NLE" },
    { "CDMX", NULL, "MX-CMX" }, { "Ciudad de Mexico", "MX", "MX-CMX" }, { "Ciudad de México", "MX", "MX-CMX" },
    { "Estado de Mexico", "MX", "MX-MEX" }, { "NYR", "MX", "MX-NAY" }, { "Michoacan de Ocampo", "MX", "MX-MIC" },
    { "Baja California", "MX", "MX-BCN" }, { "Baja California Sur", "MX", "MX-BCS" }, { "MX-SON", NULL, "MX-SON" },
    { "NLE", NULL, "MX-NLE" }, { "CA", "US", "US-CA" }, { "California", NULL, "US-CA" }, { "ny", NULL, "US-NY" },
    { "Nueva York", NULL, "US-NY" }, { "Texas, USA", NULL, "US-TX" }, { "Washington DC", "US", "US-DC" },
    { "Washington", "US", "US-WA" }, { "New Mexico", NULL, "US-NM" }, { "  Arizona ", NULL, "US-AZ" },
    { "Cameron County", "US", NULL }, { "Mexico", "MX", NULL }, { "", NULL, NULL }, { "Ontario", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (puente_state_locator_lookup_name (locator, cases[i].text, cases[i].country), ==, cases[i].code);
  g_assert_cmpstr (puente_state_locator_get_name (locator, "MX-MEX", PUENTE_LANG_ES), ==, "Estado de México");
  g_assert_cmpstr (puente_state_locator_get_name (locator, "MX-MEX", PUENTE_LANG_EN), ==, "State of Mexico");
}

/* ---- AFDC ------------------------------------------------------------------ */

static void
test_afdc_new_york (void)
{
  g_autoptr(PuenteStations) stations = new_stations ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *skipped = NULL;
  g_autoptr(GArray) tallies = NULL;
  PuenteStationTally total;
  const PuenteStationFile *file;
  const PuenteStationTally *ny;
  const PuenteStation *s;
  gsize length;

  g_assert_true (puente_stations_import_file (stations, path, &error));
  g_assert_no_error (error);

  /* The file's own totals. */
  g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 4736);
  tallies = puente_stations_tally (stations, &total);
  g_assert_cmpuint (tallies->len, ==, 1);
  ny = &g_array_index (tallies, PuenteStationTally, 0);
  g_assert_cmpstr (ny->region, ==, "US-NY");
  g_assert_cmpuint (ny->stations, ==, 4736);
  g_assert_cmpuint (ny->ports[PUENTE_STATION_LEVEL_1], ==, 1);
  g_assert_cmpuint (ny->ports[PUENTE_STATION_LEVEL_2], ==, 14626);
  g_assert_cmpuint (ny->ports[PUENTE_STATION_DC_FAST], ==, 2161);
  g_assert_cmpuint (total.ports[PUENTE_STATION_DC_FAST], ==, 2161);

  /* The 121 rows of other fuels, with their reason and where. */
  file = puente_stations_get_file (stations, 0);
  g_assert_cmpuint (file->n_records, ==, 4857);
  g_assert_cmpuint (file->n_imported, ==, 4736);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_NOT_ELECTRIC], ==, 121);
  g_assert_cmpuint (file->first_skipped[PUENTE_STATION_SKIP_NOT_ELECTRIC], ==, 2);
  for (guint r = 0; r < PUENTE_STATION_N_SKIP_REASONS; r++)
    if (r != PUENTE_STATION_SKIP_NOT_ELECTRIC)
      g_assert_cmpuint (file->skipped[r], ==, 0);
  skipped = puente_station_skip_describe (PUENTE_STATION_SKIP_NOT_ELECTRIC, 121);
  g_assert_cmpstr (skipped, ==, "121 rows skipped: not an electric charging station");
  /* Every coordinate agrees with New York within the tolerance (piers,
   * Niagara Falls): no note. */
  g_assert_cmpuint (puente_stations_get_n_notes (stations), ==, 0);

  g_assert_cmpint (file->format, ==, PUENTE_STATION_FORMAT_AFDC_CSV);
  g_assert_cmpstr (file->data_date, ==, "2025-04-21");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  g_assert_cmpstr (file->checksum, ==, checksum);
  g_assert_cmpuint (file->size, ==, length);
  sources = puente_stations_describe_sources (stations);
  g_assert_cmpstr (sources, ==, "Charging stations: AFDC, April 2025");

  /* A quoted name with a comma; a quoted address with a line break (Six
   * Flags Darien Lake) does not break its row. */
  s = station (stations, "afdc:94851");
  g_assert_cmpstr (s->name, ==, "Exit 14, Park and Ride");
  g_assert_cmpstr (s->network, ==, "EV Connect");
  g_assert_cmpuint (s->ports[PUENTE_STATION_LEVEL_2], ==, 2);
  g_assert_cmpstr (s->open_date, ==, "2016-12-06");
  g_assert_cmpfloat_with_epsilon (s->latitude, 41.101628, 1e-9);
  g_assert_true (isnan (s->max_power_kw));
  s = station (stations, "afdc:322998");
  g_assert_cmpstr (s->name, ==, "Six Flags Darien Lake 9993 Alleghany Road Parking");
  g_assert_cmpstr (s->state, ==, "US-NY");
  s = station (stations, "afdc:358436");
  g_assert_cmpuint (s->ports[PUENTE_STATION_DC_FAST], ==, 25);
  g_assert_cmpint (puente_station_get_top_level (s), ==, PUENTE_STATION_DC_FAST);
  g_assert_cmpint (s->country, ==, PUENTE_COUNTRY_US);
  g_assert_true (puente_station_is_open_public (s));

  /* The same file again: every station is already there. */
  g_assert_false (puente_stations_import_file (stations, path, &error));
  g_assert_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_NOTHING_USABLE);
  g_assert_nonnull (strstr (error->message, "4736 rows skipped: a station already imported"));
  g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 4736);
  g_assert_cmpuint (puente_stations_get_n_files (stations), ==, 1);
}

/* The 2019 export's 33 columns (no Access Code, no Country), with rows of
 * the New York file; CRLF line ends, no BOM. */
static const char old_vintage[] =
  "Fuel Type Code,Station Name,Street Address,Intersection Directions,City,State,ZIP,Plus4,Station Phone,Status Code,Expected Date,Groups With Access Code,Access Days Time,Cards Accepted,BD Blends,NG Fill Type Code,NG PSI,EV Level1 EVSE Num,EV Level2 EVSE Num,EV DC Fast Count,EV Other Info,EV Network,EV Network Web,Geocode Status,Latitude,Longitude,Date Last Confirmed,ID,Updated At,Owner Type Code,Federal Agency ID,Federal Agency Name,Open Date\r\n"
  "ELEC,Thruway Nissan,79 Route 17K,,Newburgh,NY,12550,,845-562-1000,E,,Public - Call ahead,Dealership business hours,,,,,,1,,,Non-Networked,,200-8,41.50406,-74.0684,2024-02-12,44174,2025-02-12 00:16:32 UTC,P,,,2011-11-30\r\n"
  "ELEC,\"Exit 14, Park and Ride\",367 NY-59,,Nanuet,NY,10954,,866-816-7584,P,,Private - Fleet use only,24 hours daily,,,,,,2,,,EV Connect,https://www.evconnect.com,GPS,41.101628,-74.02813,2025-04-21,94851,2025-04-21 03:08:38 UTC,,,,2016-12-06\r\n"
  "ELEC,Revel - Brooklyn Superhub,467 Marcy Ave,,Brooklyn,NY,11206,,949-945-2000,T,,Public,24 hours daily,A D Debit M V,,,,,,25,,REVEL,https://gorevel.com,GPS,40.69933379,-73.9496648,2024-11-06,358436,2025-02-12 00:16:32 UTC,P,,,2024-10-08\r\n"
  "CNG,Clean Energy - Greenpoint - National Grid,287 Maspeth Ave,\"I-278/Brooklyn Queens Expy, exit onto Vandervoort Ave S, left onto Maspeth Ave, and the station is on the left\",Brooklyn,NY,11211,,866-809-4869,E,,Public - Credit card at all times,24 hours daily; call 866-809-4869 for Clean Energy card,CleanEnergy D FuelMan M V Voyager Wright_Exp,,Q,3000 3600,,,,,,,200-8,40.718037,-73.932309,2024-12-10,108,2025-02-12 00:16:32 UTC,T,,,2016-07-15\r\n";

static void
test_afdc_old_vintage (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStations) stations = import_text (old_vintage, "alt_fuel_stations (Dec 2019).csv", &error);
  const PuenteStation *s;

  g_assert_no_error (error);
  g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 3);
  g_assert_cmpuint (puente_stations_get_skipped (stations, PUENTE_STATION_SKIP_NOT_ELECTRIC), ==, 1);

  s = station (stations, "afdc:44174");
  g_assert_cmpint (s->status, ==, PUENTE_STATION_OPEN);
  g_assert_cmpint (s->access, ==, PUENTE_STATION_PUBLIC);
  g_assert_cmpstr (s->network, ==, "Non-Networked");
  g_assert_cmpstr (s->open_date, ==, "2011-11-30");
  s = station (stations, "afdc:94851");
  g_assert_cmpint (s->status, ==, PUENTE_STATION_PLANNED);
  g_assert_cmpint (s->access, ==, PUENTE_STATION_PRIVATE);
  g_assert_false (puente_station_is_open_public (s));
  s = station (stations, "afdc:358436");
  g_assert_cmpint (s->status, ==, PUENTE_STATION_UNAVAILABLE);
  g_assert_cmpuint (s->ports[PUENTE_STATION_DC_FAST], ==, 25);
  g_assert_cmpstr (puente_stations_get_file (stations, 0)->data_date, ==, "2025-04-21");
}

/* AFDC's API JSON for the same rows: numbers as numbers, nulls, and a
 * count written as text. */
static const char afdc_json[] =
  "{\"station_locator_url\": \"https://afdc.energy.gov/stations/\", \"total_results\": 4,"
  " \"fuel_stations\": ["
  "  {\"access_code\": \"public\", \"fuel_type_code\": \"ELEC\", \"id\": 44174, \"station_name\": \"Thruway Nissan\","
  "   \"state\": \"NY\", \"country\": \"US\", \"status_code\": \"E\", \"latitude\": 41.50406, \"longitude\": -74.0684,"
  "   \"ev_level1_evse_num\": null, \"ev_level2_evse_num\": 1, \"ev_dc_fast_num\": null, \"ev_network\": \"Non-Networked\","
  "   \"open_date\": \"2011-11-30\", \"updated_at\": \"2025-02-12T00:16:32Z\"},"
  "  {\"access_code\": \"public\", \"fuel_type_code\": \"ELEC\", \"id\": 358436, \"station_name\": \"Revel - Brooklyn Superhub\","
  "   \"state\": \"NY\", \"country\": \"US\", \"status_code\": \"E\", \"latitude\": 40.69933379, \"longitude\": -73.9496648,"
  "   \"ev_level2_evse_num\": null, \"ev_dc_fast_num\": \"25\", \"ev_network\": \"REVEL\", \"updated_at\": \"2025-02-12T00:16:32Z\"},"
  "  {\"access_code\": \"public\", \"fuel_type_code\": \"CNG\", \"id\": 108, \"latitude\": 40.718037, \"longitude\": -73.932309},"
  "  42"
  " ]}";

static void
test_afdc_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStations) stations = import_text (afdc_json, "stations.json", &error);
  const PuenteStationFile *file;
  const PuenteStation *s;

  g_assert_no_error (error);
  file = puente_stations_get_file (stations, 0);
  g_assert_cmpint (file->format, ==, PUENTE_STATION_FORMAT_AFDC_JSON);
  g_assert_cmpint (file->source, ==, PUENTE_STATION_SOURCE_AFDC);
  g_assert_cmpuint (file->n_records, ==, 4);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_NOT_ELECTRIC], ==, 1);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_NOT_A_STATION], ==, 1);
  g_assert_cmpuint (file->first_skipped[PUENTE_STATION_SKIP_NOT_A_STATION], ==, 4);
  s = station (stations, "afdc:358436");
  g_assert_cmpuint (s->ports[PUENTE_STATION_DC_FAST], ==, 25);
  g_assert_cmpuint (s->ports[PUENTE_STATION_LEVEL_2], ==, 0);
  g_assert_cmpstr (s->state, ==, "US-NY");
  g_assert_cmpstr (station (stations, "afdc:44174")->name, ==, "Thruway Nissan");
  g_assert_cmpstr (file->data_date, ==, "2025-02-12");
}

/* ---- Open Charge Map --------------------------------------------------------- */

/* Where each of the 89 records is: the record's state where it names the
 * right one, else the state of its town (README's manifest). */
static const struct
{
  const char *id;
  const char *state;
} ocm_states[] = {
  { "100018", "MX-GUA" },   /* Corralejo, Pénjamo; no state in the record */
  { "100384", "MX-MIC" },   /* Holiday Inn Morelia; no state */
  { "100579", "MX-CHH" }, { "100590", "MX-MIC" }, { "100604", "MX-COA" }, { "100809", "MX-CMX" },
  { "100817", "MX-QUE" }, { "100940", "MX-CMX" },
  { "100949", "MX-COA" },   /* Ramos Arizpe; no state */
  { "101055", "MX-AGU" },   /* Aguascalientes; no state */
  { "101067", "MX-CHP" }, { "101071", "MX-VER" }, { "101089", "MX-CMX" }, { "101100", "MX-CHP" },
  { "101197", "MX-CAM" },   /* Campeche; no state */
  { "101484", "MX-PUE" },
  { "101510", "MX-VER" },   /* Coatzacoalcos; no state, off the simplified coast */
  { "101538", "MX-YUC" },   /* Mérida; no state */
  { "101554", "MX-VER" }, { "101560", "MX-VER" },
  { "101921", "MX-QUE" },   /* Tequisquiapan; no state */
  { "101966", "MX-CHH" }, { "101968", "MX-VER" }, { "101976", "MX-MEX" }, { "101983", "MX-MEX" },
  { "102023", "MX-CMX" },
  { "103523", "MX-MIC" },   /* Zitácuaro is in Michoacán; the record says Estado de México */
  { "103536", "MX-PUE" }, { "103582", "MX-JAL" }, { "103627", "MX-MEX" }, { "103640", "MX-BCS" },
  { "103656", "MX-CMX" },   /* Chapultepec; no state */
  { "103667", "MX-MEX" },
  { "103671", "MX-NLE" },   /* Monterrey; no state */
  { "104240", "MX-BCN" }, { "104255", "MX-CHH" }, { "104299", "MX-CHH" }, { "104435", "MX-JAL" },
  { "104490", "MX-SON" },
  { "104954", "MX-CMX" },   /* Santa Fe, Cuajimalpa: 0.3 km from the simplified border */
  { "105505", "MX-JAL" },
  { "106519", "MX-SLP" },   /* Matehuala; no state */
  { "108991", "MX-NAY" },   /* "NYR" */
  { "113755", "MX-MEX" },
  { "113781", "MX-CMX" },   /* says Baja California Sur; its coordinates are in Mexico City */
  { "113843", "MX-CMX" }, { "113844", "MX-BCS" },
  { "113871", "MX-PUE" },   /* Puebla; no state */
  { "113890", "MX-CMX" },   /* Gran Sur, Coyoacán; no state */
  { "113904", "MX-MEX" },
  { "113936", "MX-NLE" },   /* Monterrey; no state */
  { "114027", "MX-BCN" }, { "114037", "MX-BCS" }, { "114043", "MX-BCN" }, { "114065", "MX-MEX" },
  { "114129", "MX-BCS" }, { "114176", "MX-BCS" }, { "114682", "MX-NLE" },
  { "116815", "MX-JAL" },   /* Lake Chapala; no state */
  { "117789", "MX-CMX" }, { "117975", "MX-BCS" },
  { "125560", "MX-CMX" },   /* Santa Fe: 0.1 km from the simplified border */
  { "126892", "MX-NLE" }, { "127552", "MX-ROO" }, { "127837", "MX-ROO" }, { "128032", "MX-COA" },
  { "128056", "MX-ROO" },   /* Mayakoba; no state */
  { "129354", "MX-NLE" },   /* China, Nuevo León; no state */
  { "129904", "MX-ROO" },   /* Mayakoba; no state */
  { "100006", "US-CA" }, { "100009", "US-CA" }, { "100011", "US-CA" }, { "100361", "US-CA" },
  { "100380", "US-CA" }, { "100391", "US-NM" }, { "100400", "US-CA" }, { "100402", "US-CA" },
  { "100408", "US-CA" },
  { "100442", "US-TX" },    /* Brownsville; the state field says "Cameron County" */
  { "100581", "US-AZ" },
  { "100582", "US-CA" },    /* Concord; no state */
  { "100584", "US-CA" }, { "100593", "US-AZ" }, { "100599", "US-TX" }, { "100601", "US-CA" },
  { "100606", "US-CA" }, { "100608", "US-TX" }, { "100609", "US-AZ" }, { "100802", "US-TX" },
};

static void
check_ocm_sample (PuenteStations *stations)
{
  guint n_mx = 0, n_notes[3] = { 0, 0, 0 };
  const PuenteStation *s;

  g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 89);
  g_assert_cmpuint (G_N_ELEMENTS (ocm_states), ==, 89);
  for (guint i = 0; i < G_N_ELEMENTS (ocm_states); i++)
    {
      g_autofree char *id = g_strconcat ("ocm:", ocm_states[i].id, NULL);

      s = station (stations, id);
      g_assert_cmpstr (s->state, ==, ocm_states[i].state);
      g_assert_cmpint (s->country, ==, g_str_has_prefix (s->state, "MX") ? PUENTE_COUNTRY_MX : PUENTE_COUNTRY_US);
      if (s->country == PUENTE_COUNTRY_MX)
        n_mx++;
    }
  g_assert_cmpuint (n_mx, ==, 69);

  /* The mismatches are reported, each once. */
  for (guint i = 0; i < puente_stations_get_n_notes (stations); i++)
    {
      const PuenteStationNote *note = puente_stations_get_note (stations, i);
      g_autofree char *text = puente_stations_describe_note (stations, note, PUENTE_LANG_EN);

      s = puente_stations_get_station (stations, note->station);
      n_notes[note->kind]++;
      switch (note->kind)
        {
        case PUENTE_STATION_NOTE_STATE_MISMATCH:
          if (g_str_equal (s->id, "ocm:113781"))
            {
              g_assert_cmpstr (note->record_code, ==, "MX-BCS");
              g_assert_cmpfloat (note->distance_km, >, 1000);
              g_assert_nonnull (strstr (text, "the record says “Baja California Sur”, but its coordinates are in Mexico City"));
            }
          else
            {
              g_assert_cmpstr (s->id, ==, "ocm:103523");
              g_assert_cmpstr (note->record_code, ==, "MX-MEX");
              g_assert_nonnull (strstr (text, "coordinates are in Michoacán, 11 km from it"));
            }
          break;
        case PUENTE_STATION_NOTE_STATE_UNRECOGNISED:
          g_assert_cmpstr (s->id, ==, "ocm:100442");
          g_assert_cmpstr (text, ==, "Tipotex Chevrolet Inc. (ocm:100442): “Cameron County” is not a US or Mexican state; its coordinates are in Texas.");
          break;
        case PUENTE_STATION_NOTE_POINTS_MISMATCH:
          g_assert_true (g_str_equal (s->id, "ocm:100582") || g_str_equal (s->id, "ocm:117789"));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (n_notes[PUENTE_STATION_NOTE_STATE_MISMATCH], ==, 2);
  g_assert_cmpuint (n_notes[PUENTE_STATION_NOTE_STATE_UNRECOGNISED], ==, 1);
  g_assert_cmpuint (n_notes[PUENTE_STATION_NOTE_POINTS_MISMATCH], ==, 2);

  /* Level 3 is DC fast; NumberOfPoints (19) wins over the connections (16). */
  s = station (stations, "ocm:100582");
  g_assert_cmpuint (s->ports[PUENTE_STATION_DC_FAST], ==, 19);
  g_assert_cmpuint (puente_station_get_n_ports (s), ==, 19);
  g_assert_cmpfloat (s->max_power_kw, ==, 120);
  g_assert_cmpstr (s->network, ==, "Tesla Motors (Worldwide)");
  g_assert_cmpint (s->access, ==, PUENTE_STATION_PUBLIC);   /* public, membership required */
  g_assert_cmpint (s->status, ==, PUENTE_STATION_OPEN);
  /* Seven connectors, some without level or quantity, share one point:
   * the point is counted once, at the fastest level among them. */
  s = station (stations, "ocm:117789");
  g_assert_cmpuint (puente_station_get_n_ports (s), ==, 1);
  g_assert_cmpuint (s->ports[PUENTE_STATION_DC_FAST], ==, 1);
  g_assert_cmpfloat (s->max_power_kw, ==, 12);
  g_assert_null (s->network);   /* OperatorID 1: unknown operator */
  /* "Private - For Staff, Visitors or Customers": not in the summaries. */
  s = station (stations, "ocm:100442");
  g_assert_cmpint (s->access, ==, PUENTE_STATION_PRIVATE);
  g_assert_false (puente_station_is_open_public (s));
  s = station (stations, "ocm:103640");
  g_assert_cmpstr (s->name, ==, "Viceroy los Cabos");
  g_assert_cmpuint (s->ports[PUENTE_STATION_LEVEL_2], ==, 2);
}

static void
test_ocm_files (void)
{
  g_autoptr(PuenteStations) stations = new_stations ();
  g_autoptr(GPtrArray) paths = puente_test_stations_ocm_paths ();
  g_autofree char *sources = NULL;

  g_assert_cmpuint (paths->len, ==, 89);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (puente_stations_import_file (stations, g_ptr_array_index (paths, i), &error));
      g_assert_no_error (error);
      g_assert_cmpint (puente_stations_get_file (stations, i)->format, ==, PUENTE_STATION_FORMAT_OCM_JSON);
    }
  check_ocm_sample (stations);
  sources = puente_stations_describe_sources (stations);
  g_assert_cmpstr (sources, ==, "Charging stations: Open Charge Map, January 2024, © Open Charge Map contributors, CC BY-SA 4.0");
}

static char *
ocm_array (void)
{
  g_autoptr(GPtrArray) paths = puente_test_stations_ocm_paths ();
  GString *out = g_string_new ("[");

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (g_ptr_array_index (paths, i), &text, NULL, NULL));
      g_string_append (out, i > 0 ? ",\n" : "\n");
      g_string_append (out, text);
    }
  g_string_append (out, "\n]\n");
  return g_string_free (out, FALSE);
}

static void
test_ocm_array (void)
{
  g_autofree char *text = ocm_array ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStations) stations = import_text (text, "ocm-border.json", &error);
  const PuenteStationFile *file;

  g_assert_no_error (error);
  check_ocm_sample (stations);
  file = puente_stations_get_file (stations, 0);
  g_assert_cmpuint (file->n_records, ==, 89);
  g_assert_cmpuint (file->n_imported, ==, 89);
  g_assert_cmpstr (file->data_date, ==, "2024-01-30");
  /* 18 MX records and 1 US record name no state: found from their
   * coordinates. */
  g_assert_cmpuint (file->n_state_from_coordinates, ==, 19);
  g_assert_cmpuint (file->n_other_providers, ==, 0);
}

/* OCM-126892 (San Pedro Garza García) in the API's full form: reference
 * objects instead of ids, nulls where the compact form drops keys. */
static const char ocm_full[] =
  "{\"ID\": 126892, \"UUID\": \"X\", \"DataProvider\": {\"ID\": 1, \"Title\": \"Open Charge Map Contributors\"},"
  " \"OperatorInfo\": {\"ID\": 23, \"Title\": \"Tesla Motors (Worldwide)\"}, \"OperatorID\": null,"
  " \"UsageType\": {\"ID\": 4, \"Title\": \"Public - Membership Required\"}, \"UsageTypeID\": null,"
  " \"StatusType\": {\"ID\": 50, \"IsOperational\": true, \"Title\": \"Operational\"}, \"StatusTypeID\": null,"
  " \"AddressInfo\": {\"Title\": \"San Pedro Garza Garcia, NL\", \"Town\": \"San Pedro Garza García\","
  "   \"StateOrProvince\": \"Nuevo León\", \"Postcode\": null, \"Latitude\": 25.659054, \"Longitude\": -100.354133,"
  "   \"Country\": {\"ID\": 146, \"ISOCode\": \"MX\", \"Title\": \"Mexico\"}, \"CountryID\": null},"
  " \"Connections\": [{\"ConnectionType\": {\"ID\": 27, \"Title\": \"Tesla Supercharger\"},"
  "   \"Level\": {\"ID\": 3, \"IsFastChargeCapable\": true}, \"LevelID\": null, \"PowerKW\": 120,"
  "   \"CurrentType\": {\"ID\": 30, \"Title\": \"DC\"}, \"Quantity\": 8, \"StatusType\": null}],"
  " \"NumberOfPoints\": 8, \"GeneralComments\": null, \"DateLastStatusUpdate\": \"2019-07-30T09:18:00Z\"}";

static void
test_ocm_full_form (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStations) stations = import_text (ocm_full, "OCM-126892-full.json", &error);
  const PuenteStation *s;

  g_assert_no_error (error);
  s = station (stations, "ocm:126892");
  g_assert_cmpstr (s->state, ==, "MX-NLE");
  g_assert_cmpint (s->country, ==, PUENTE_COUNTRY_MX);
  g_assert_cmpuint (s->ports[PUENTE_STATION_DC_FAST], ==, 8);
  g_assert_cmpint (s->status, ==, PUENTE_STATION_OPEN);
  g_assert_cmpint (s->access, ==, PUENTE_STATION_PUBLIC);
  g_assert_cmpstr (s->network, ==, "Tesla Motors (Worldwide)");
  g_assert_cmpuint (puente_stations_get_n_notes (stations), ==, 0);
}

/* ---- bad rows ------------------------------------------------------------- */

static void
test_bad_rows (void)
{
  /* Rows of the New York file with their coordinates and fields broken the
   * ways exports break. */
  static const char text[] =
    "\xef\xbb\xbf" "Fuel Type Code,Station Name,State,Status Code,EV Level2 EVSE Num,EV DC Fast Count,Latitude,Longitude,ID,Country,Access Code\n"
    "ELEC,Good,NY,E,2,,41.101628,-74.02813,1,US,public\n"
    "ELEC,No coordinates,NY,E,2,,,,2,US,public\n"
    "ELEC,No latitude,NY,E,2,,,-74.02813,3,US,public\n"
    "ELEC,Text,NY,E,2,,north,-74.02813,4,US,public\n"
    "ELEC,Zero,NY,E,2,,0,0,5,US,public\n"
    "ELEC,Out of range,NY,E,2,,141.1,-74.02813,6,US,public\n"
    "ELEC,Swapped,NY,E,2,,-74.02813,41.101628,7,US,public\n"
    "ELEC,Swapped out of range,NY,E,2,,-122.4194,37.7749,8,US,public\n"
    "ELEC,Toronto,ON,E,2,,43.6532,-79.3832,9,CA,public\n"
    "ELEC,Toronto as US,NY,E,2,,43.6532,-79.3832,10,US,public\n"
    "ELEC,Monterrey as US,TX,E,,4,25.6866,-100.3161,11,US,public\n"
    "ELEC,Mid-Atlantic,NY,E,2,,35.0,-50.0,12,,public\n"
    "ELEC,Truncated,NY,E,2\n"
    "ELEC,Good again,NY,E,2,,41.101628,-74.02813,1,US,public\n"
    "\n"
    "ELEC,\"Unterminated,NY,E,2,,41.1,-74.0,13,US,public\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStations) stations = import_text (text, "broken.csv", &error);
  const PuenteStationFile *file;
  g_autofree char *no_coordinates = NULL;

  g_assert_no_error (error);
  file = puente_stations_get_file (stations, 0);
  g_assert_cmpuint (file->n_imported, ==, 1);
  g_assert_cmpuint (file->n_records, ==, 15);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_NO_COORDINATES], ==, 3);
  g_assert_cmpuint (file->first_skipped[PUENTE_STATION_SKIP_NO_COORDINATES], ==, 3);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_ZERO], ==, 1);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_OUT_OF_RANGE], ==, 1);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_SWAPPED], ==, 2);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_OUTSIDE], ==, 3);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_WRONG_COUNTRY], ==, 1);
  g_assert_cmpuint (file->first_skipped[PUENTE_STATION_SKIP_WRONG_COUNTRY], ==, 12);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_TRUNCATED], ==, 2);
  g_assert_cmpuint (file->skipped[PUENTE_STATION_SKIP_DUPLICATE], ==, 1);
  no_coordinates = puente_station_skip_describe (PUENTE_STATION_SKIP_NO_COORDINATES, 3);
  g_assert_cmpstr (no_coordinates, ==, "3 rows skipped: no coordinates");
  g_assert_cmpstr (puente_station_skip_to_string (PUENTE_STATION_SKIP_NO_COORDINATES), ==, "no_coordinates");
}

static void
test_nothing_usable (void)
{
  static const char text[] =
    "Fuel Type Code,Station Name,Latitude,Longitude,ID\n"
    "ELEC,A,,,1\nELEC,B,,,2\nCNG,C,40.7,-73.9,3\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStations) stations = import_text (text, "empty-coordinates.csv", &error);

  g_assert_null (stations);
  g_assert_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_NOTHING_USABLE);
  g_assert_cmpstr (error->message, ==,
                   "empty-coordinates.csv: no usable charging station in the file (1 row skipped: not an electric charging station; 2 rows skipped: no coordinates).");
}

static void
test_bad_files (void)
{
  const struct
  {
    const char *text;
    int         code;
    const char *message;
  } cases[] = {
    { "scenario,indicator,region,year,value\nbaseline,ldv.sales,US,2024,1\n", PUENTE_STATIONS_ERROR_FORMAT,
      "f.csv: not a station file. Puente reads AFDC station exports" },
    { "", PUENTE_STATIONS_ERROR_FORMAT, "f.csv: not a station file" },
    { "\x89PNG\r\n\x1a\n\0\0\0", PUENTE_STATIONS_ERROR_FORMAT, "f.csv: not a station file" },
    { "Fuel Type Code,Latitude,Longitude\n", PUENTE_STATIONS_ERROR_NOTHING_USABLE, "f.csv: the file holds no station records." },
    { "{\"fuel_stations\": [", PUENTE_STATIONS_ERROR_FORMAT, "f.csv: not valid JSON:" },
    { "{\"levers\": {}}", PUENTE_STATIONS_ERROR_FORMAT, "f.csv: not a station file. Puente reads AFDC’s JSON" },
    { "[]", PUENTE_STATIONS_ERROR_NOTHING_USABLE, "f.csv: the file holds no station records." },
    { "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", PUENTE_STATIONS_ERROR_FORMAT,
      "f.csv: not valid JSON: line 1: nested too deeply" },
    { "{\"fuel_stations\": [\n{\"id\": 1,\n \"latitude\" 41.1}]}", PUENTE_STATIONS_ERROR_FORMAT,
      "f.csv: not valid JSON: line 3: expected ':'" },
    { "[{\"ID\": 1} 2]", PUENTE_STATIONS_ERROR_FORMAT, "f.csv: not valid JSON: line 1: expected ',' or ']'" },
    { "[\"\xc3\x28\"]", PUENTE_STATIONS_ERROR_FORMAT, "f.csv: not valid JSON: the text is not UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PuenteStations) stations = new_stations ();
      g_autoptr(GError) error = NULL;
      gsize length = i == 2 ? 11 : strlen (cases[i].text);

      g_assert_false (puente_stations_import_data (stations, cases[i].text, length, "f.csv", &error));
      g_assert_error (error, PUENTE_STATIONS_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” not in “%s”", i, cases[i].message, error->message);
      g_assert_cmpuint (puente_stations_get_n_files (stations), ==, 0);
    }
}

static void
test_bad_paths (void)
{
  g_autoptr(PuenteStations) stations = new_stations ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("puente-stations-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "stations.csv", NULL);
  g_autofree char *big = g_build_filename (dir, "big.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  gint64 start;
  int fd;

  g_assert_false (puente_stations_import_file (stations, missing, &error));
  g_assert_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_suffix (error->message, "missing.csv: no such file; check the name and the folder"));
  g_clear_error (&error);

  g_assert_false (puente_stations_import_file (stations, dir, &error));
  g_assert_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  /* A FIFO nobody writes to: refused at once, not waited on. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  start = g_get_monotonic_time ();
  g_assert_false (puente_stations_import_file (stations, fifo, &error));
  g_assert_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_NOT_REGULAR);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* Larger than the limit (sparse: nothing is written). */
  fd = g_open (big, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 300 * 1024 * 1024), ==, 0);
  close (fd);
  g_assert_false (puente_stations_import_file (stations, big, &error));
  g_assert_error (error, PUENTE_STATIONS_ERROR, PUENTE_STATIONS_ERROR_TOO_LARGE);
  /* g_format_size () puts a no-break space before the unit. */
  g_assert_nonnull (strstr (error->message, "big.csv: the file is larger than 256.0\u00a0MiB"));
  g_clear_error (&error);

  g_unlink (fifo);
  g_unlink (big);
  g_rmdir (dir);
  g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 0);
}

/* ---- coverage and need ---------------------------------------------------- */

static const PuentePortCoverage *
port_coverage (GArray     *coverage,
               const char *id)
{
  for (guint i = 0; i < coverage->len; i++)
    if (g_str_equal (g_array_index (coverage, PuentePortCoverage, i).port->id, id))
      return &g_array_index (coverage, PuentePortCoverage, i);
  g_error ("no port %s", id);
  return NULL;
}

static void
test_border_coverage (void)
{
  /* Around Laredo World Trade Bridge (27.597208, -99.536873): two DC fast
   * stations on the US side 0.1 and 0.9 degrees of latitude north, a
   * planned one next to the bridge, a level 2 one; and the OCM sample's
   * China, N.L. Supercharger on the Mexican side. */
  static const char text[] =
    "Fuel Type Code,Station Name,State,Status Code,Access Code,EV Level2 EVSE Num,EV DC Fast Count,Latitude,Longitude,ID,Country\n"
    "ELEC,North 0.1,TX,E,public,,4,27.697208,-99.536873,1,US\n"
    "ELEC,North 0.9,TX,E,public,2,6,28.497208,-99.536873,2,US\n"
    "ELEC,Planned,TX,P,public,,8,27.600000,-99.536873,3,US\n"
    "ELEC,Level 2,TX,E,public,4,,27.598000,-99.536873,4,US\n"
    "ELEC,Private,TX,E,private,,2,27.598000,-99.530000,5,US\n";
  g_autoptr(PuenteStations) stations = new_stations ();
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (NULL);
  g_autofree char *china = puente_test_stations_path ("ocm", "MX", "OCM-129354.json", NULL);
  g_autoptr(GArray) coverage = NULL;
  g_autoptr(GError) error = NULL;
  const PuentePortCoverage *laredo, *otay;
  const PuentePort *port;

  g_assert_nonnull (dataset);
  g_assert_true (puente_stations_import_data (stations, text, strlen (text), "laredo.csv", &error));
  g_assert_no_error (error);
  g_assert_true (puente_stations_import_file (stations, china, &error));
  g_assert_no_error (error);

  coverage = puente_stations_border_coverage (stations, dataset, PUENTE_STATIONS_CORRIDOR_KM);
  g_assert_cmpuint (coverage->len, ==, puente_dataset_get_n_ports (dataset));
  laredo = port_coverage (coverage, "laredo-wtb");
  port = laredo->port;
  g_assert_cmpstr (puente_stations_get_station (stations, laredo->side[PUENTE_COUNTRY_US].nearest)->id, ==, "afdc:1");
  g_assert_cmpfloat_with_epsilon (laredo->side[PUENTE_COUNTRY_US].distance_km, 11.1, 0.1);
  /* 0.9 degrees (100 km) is beyond 50 miles: one station, four ports. */
  g_assert_cmpuint (laredo->side[PUENTE_COUNTRY_US].n_within, ==, 1);
  g_assert_cmpuint (laredo->side[PUENTE_COUNTRY_US].ports_within, ==, 4);
  g_assert_cmpstr (puente_stations_get_station (stations, laredo->side[PUENTE_COUNTRY_MX].nearest)->id, ==, "ocm:129354");
  g_assert_cmpfloat_with_epsilon (laredo->side[PUENTE_COUNTRY_MX].distance_km,
                                  puente_geo_distance_km (port->lat, port->lon, 25.756565, -99.377525), 1e-9);
  g_assert_cmpfloat (laredo->side[PUENTE_COUNTRY_MX].distance_km, >, 200);
  g_assert_cmpuint (laredo->side[PUENTE_COUNTRY_MX].n_within, ==, 0);
  /* A wider radius takes the second US station in. */
  g_clear_pointer (&coverage, g_array_unref);
  coverage = puente_stations_border_coverage (stations, dataset, 150);
  laredo = port_coverage (coverage, "laredo-wtb");
  g_assert_cmpuint (laredo->side[PUENTE_COUNTRY_US].n_within, ==, 2);
  g_assert_cmpuint (laredo->side[PUENTE_COUNTRY_US].ports_within, ==, 10);
  /* Far from every station on the US side, nearer China on the other. */
  otay = port_coverage (coverage, "otay-mesa");
  g_assert_cmpfloat (otay->side[PUENTE_COUNTRY_US].distance_km, >, 1000);
  g_assert_cmpuint (otay->side[PUENTE_COUNTRY_US].n_within, ==, 0);
}

static void
test_compare_need (void)
{
  g_autoptr(PuenteStations) stations = new_stations ();
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (NULL);
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset ("baseline", NULL);
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autoptr(PuenteResults) results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  g_autofree char *path = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  g_autoptr(GArray) rows = NULL;
  const PuenteStationsComparison *ny;
  const PuenteState *state;

  g_assert_true (puente_stations_import_file (stations, path, NULL));
  puente_scenario_fill_values (scenario, dataset, values);
  puente_engine_run (engine, values, results);

  rows = puente_stations_compare (stations, dataset, results, 2030);
  g_assert_cmpuint (rows->len, ==, 1);
  ny = &g_array_index (rows, PuenteStationsComparison, 0);
  state = puente_dataset_get_state (dataset, (guint) puente_dataset_find_state (dataset, "US-NY"));
  g_assert_cmpstr (ny->region, ==, "US-NY");
  g_assert_cmpuint (ny->stations, ==, 4736);
  g_assert_cmpuint (ny->imported_l2, ==, 14626);
  g_assert_cmpuint (ny->imported_dcfc, ==, 2161);
  g_assert_true (ny->dataset_l2 == &state->public_l2_ports);
  g_assert_true (ny->dataset_dcfc == &state->public_dcfc_ports);
  g_assert_cmpfloat (ny->need_l2, ==, puente_results_get_value (results, "charging.public_l2_need", "US-NY", 2030));
  g_assert_cmpfloat (ny->need_dcfc, ==, puente_results_get_value (results, "charging.public_dcfc_need", "US-NY", 2030));
  g_assert_cmpfloat (ny->need_l2, >, ny->imported_l2);
  g_clear_pointer (&rows, g_array_unref);

  /* Without results: the dataset's figures, no need. */
  rows = puente_stations_compare (stations, dataset, NULL, 2030);
  ny = &g_array_index (rows, PuenteStationsComparison, 0);
  g_assert_true (isnan (ny->need_l2));
  g_assert_cmpfloat (ny->dataset_dcfc->value, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/stations/locator/points", test_locator_points);
  g_test_add_func ("/model/stations/locator/names", test_locator_names);
  g_test_add_func ("/model/stations/afdc/new-york", test_afdc_new_york);
  g_test_add_func ("/model/stations/afdc/old-vintage", test_afdc_old_vintage);
  g_test_add_func ("/model/stations/afdc/json", test_afdc_json);
  g_test_add_func ("/model/stations/ocm/files", test_ocm_files);
  g_test_add_func ("/model/stations/ocm/array", test_ocm_array);
  g_test_add_func ("/model/stations/ocm/full-form", test_ocm_full_form);
  g_test_add_func ("/model/stations/bad-rows", test_bad_rows);
  g_test_add_func ("/model/stations/nothing-usable", test_nothing_usable);
  g_test_add_func ("/model/stations/bad-files", test_bad_files);
  g_test_add_func ("/model/stations/bad-paths", test_bad_paths);
  g_test_add_func ("/model/stations/border-coverage", test_border_coverage);
  g_test_add_func ("/model/stations/compare-need", test_compare_need);

  return g_test_run ();
}
