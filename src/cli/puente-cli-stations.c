/* puente-cli-stations.c: the “stations” command, imported charging stations
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   puente-cli stations summary FILE... [--json] [--all-notes]
 *   puente-cli stations coverage FILE... [--radius KM] [--json]
 *   puente-cli stations compare FILE... [--year Y] [--preset ID | --scenario FILE] [--json]
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "puente-cli-commands.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-format.h"
#include "puente-results.h"
#include "puente-scenario.h"
#include "puente-state-locator.h"
#include "puente-stations-coverage.h"
#include "puente-stations.h"

/* Notes listed in the text summary unless --all-notes. */
#define MAX_NOTES 20

static const char *const level_keys[PUENTE_STATION_N_LEVELS] = { "level1", "level2", "dc_fast" };

/* A whole number with the language's grouping: "14,626". */
static char *
count_text (PuenteCli *cli,
            double     value)
{
  return puente_format_number (cli->lang, value, 0);
}

/* Imports every file; returns -1 to go on, else the exit code. */
static int
import_files (int                  argc,
              char               **argv,
              const char          *command,
              PuenteStations     **stations,
              PuenteStateLocator **locator)
{
  g_autoptr(GError) error = NULL;

  if (argc < 2)
    return puente_cli_usage_error (_ ("“%s” needs at least one station file (AFDC CSV or JSON, Open Charge Map JSON)."),
                                   command);
  *locator = puente_state_locator_dup_default (&error);
  if (*locator == NULL)
    return puente_cli_fail (error);
  *stations = puente_stations_new (*locator);
  for (int i = 1; i < argc; i++)
    if (!puente_stations_import_file (*stations, argv[i], &error))
      return puente_cli_fail (error);
  return -1;
}

static const char *
state_name (PuenteStateLocator *locator,
            PuenteCli          *cli,
            const char         *code)
{
  const char *name = puente_state_locator_get_name (locator, code, cli->lang);

  return name != NULL ? name : code;
}

/* @text right-aligned in @width characters (UTF-8 aware), after a space. */
static void
append_right (GString    *out,
              const char *text,
              int         width)
{
  glong pad = width - g_utf8_strlen (text, -1);

  g_string_append_c (out, ' ');
  for (glong p = 0; p < pad; p++)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
}

static int
column_width (const char *header)
{
  return MAX (10, (int) g_utf8_strlen (header, -1));
}

static void
append_sources (GString        *out,
                PuenteStations *stations)
{
  g_autofree char *sources = puente_stations_describe_sources (stations);

  g_string_append_printf (out, "%s\n", sources);
}

/* ---- summary ------------------------------------------------------------- */

/* Files listed one by one up to this many, else summed. */
#define MAX_FILES_LISTED 5

static void
append_file_lines (PuenteCli      *cli,
                   GString        *out,
                   PuenteStations *stations)
{
  guint             n_files = puente_stations_get_n_files (stations);
  gboolean          sum = n_files > MAX_FILES_LISTED;
  PuenteStationFile all = { 0 };

  for (guint f = 0; f <= n_files; f++)
    {
      const PuenteStationFile *file;
      g_autofree char         *records = NULL;
      g_autofree char         *imported = NULL;
      g_autofree char         *name = NULL;

      if (f < n_files)
        {
          file = puente_stations_get_file (stations, f);
          if (sum)
            {
              all.n_records += file->n_records;
              all.n_imported += file->n_imported;
              all.n_state_from_coordinates += file->n_state_from_coordinates;
              all.n_other_providers += file->n_other_providers;
              for (guint r = 0; r < PUENTE_STATION_N_SKIP_REASONS; r++)
                all.skipped[r] += file->skipped[r];
              continue;
            }
          name = g_strdup (file->name);
        }
      else if (sum)
        {
          file = &all;
          name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", n_files), n_files);
        }
      else
        break;

      records = count_text (cli, file->n_records);
      imported = count_text (cli, file->n_imported);
      /* Translators: a file's name, the rows or records read, the stations imported */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: %s record read, %s imported\n", "%s: %s records read, %s imported\n", file->n_records),
                              name, records, imported);
      for (guint r = 0; r < PUENTE_STATION_N_SKIP_REASONS; r++)
        {
          g_autofree char *text = NULL;

          if (file->skipped[r] == 0)
            continue;
          text = puente_station_skip_describe (r, file->skipped[r]);
          if (sum)
            g_string_append_printf (out, "  %s\n", text);
          else
            /* Translators: a reason for skipped rows, and the first of them */
            g_string_append_printf (out, _ ("  %s (first: row %u)\n"), text, file->first_skipped[r]);
        }
      if (file->n_state_from_coordinates > 0)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "  %u record names no state: placed by its coordinates\n", "  %u records name no state: placed by their coordinates\n", file->n_state_from_coordinates),
                                file->n_state_from_coordinates);
      if (file->n_other_providers > 0)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "  %u record comes from another data provider than Open Charge Map’s contributors: check its licence\n", "  %u records come from other data providers than Open Charge Map’s contributors: check their licences\n", file->n_other_providers),
                                file->n_other_providers);
    }
}

static int
print_summary_text (PuenteCli          *cli,
                    PuenteStations     *stations,
                    PuenteStateLocator *locator,
                    gboolean            all_notes)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) tallies = NULL;
  PuenteStationTally total;
  guint              n_notes = puente_stations_get_n_notes (stations);
  g_autofree char   *n_stations = count_text (cli, puente_stations_get_n_stations (stations));
  g_autofree char   *n_open = NULL;

  tallies = puente_stations_tally (stations, &total);
  n_open = count_text (cli, total.stations);
  append_sources (out, stations);
  append_file_lines (cli, out, stations);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s station imported, %s of them open and public.\n", "%s stations imported, %s of them open and public.\n", puente_stations_get_n_stations (stations)),
                          n_stations, n_open);
  {
    g_autofree char *l1 = count_text (cli, total.ports[PUENTE_STATION_LEVEL_1]);
    g_autofree char *l2 = count_text (cli, total.ports[PUENTE_STATION_LEVEL_2]);
    g_autofree char *dc = count_text (cli, total.ports[PUENTE_STATION_DC_FAST]);

    /* Translators: open public ports by level */
    g_string_append_printf (out, _ ("Open public ports: %s level 1, %s level 2, %s DC fast.\n\n"), l1, l2, dc);
  }

  {
    const char *headers[] = { _ ("Stations"), _ ("Level 1"), _ ("Level 2"), _ ("DC fast") };

    puente_cli_append_padded (out, _ ("State"), 32);
    for (guint h = 0; h < G_N_ELEMENTS (headers); h++)
      append_right (out, headers[h], column_width (headers[h]));
    g_string_append_c (out, '\n');
    for (guint i = 0; i < tallies->len; i++)
      {
        const PuenteStationTally *t = &g_array_index (tallies, PuenteStationTally, i);
        g_autofree char          *label = g_strdup_printf ("%s  %s", t->region, state_name (locator, cli, t->region));
        double                    values[] = { t->stations, t->ports[PUENTE_STATION_LEVEL_1], t->ports[PUENTE_STATION_LEVEL_2],
                                               t->ports[PUENTE_STATION_DC_FAST] };

        puente_cli_append_padded (out, label, 32);
        for (guint h = 0; h < G_N_ELEMENTS (headers); h++)
          {
            g_autofree char *number = count_text (cli, values[h]);

            append_right (out, number, column_width (headers[h]));
          }
        g_string_append_c (out, '\n');
      }
  }

  if (n_notes > 0)
    {
      guint shown = all_notes ? n_notes : MIN (n_notes, MAX_NOTES);

      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u note on the records:\n", "%u notes on the records:\n", n_notes),
                              n_notes);
      for (guint i = 0; i < shown; i++)
        {
          g_autofree char *text = puente_stations_describe_note (stations, puente_stations_get_note (stations, i),
                                                                 cli->lang);

          g_string_append_printf (out, "  %s\n", text);
        }
      if (shown < n_notes)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "  … and %u more (--all-notes lists it)\n", "  … and %u more (--all-notes lists them)\n", n_notes - shown),
                                n_notes - shown);
    }
  return puente_cli_print_text (out->str);
}

static void
add_levels (JsonBuilder *b,
            const guint *ports)
{
  for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
    {
      json_builder_set_member_name (b, level_keys[l]);
      json_builder_add_int_value (b, ports[l]);
    }
}

static int
print_summary_json (PuenteStations *stations)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) tallies = NULL;
  PuenteStationTally total;

  tallies = puente_stations_tally (stations, &total);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "stations");
  json_builder_add_int_value (b, puente_stations_get_n_stations (stations));
  json_builder_set_member_name (b, "skipped");
  json_builder_begin_object (b);
  for (guint r = 0; r < PUENTE_STATION_N_SKIP_REASONS; r++)
    {
      guint n = puente_stations_get_skipped (stations, r);

      if (n == 0)
        continue;
      json_builder_set_member_name (b, puente_station_skip_to_string (r));
      json_builder_add_int_value (b, n);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "ports");
  json_builder_begin_object (b);
  add_levels (b, total.ports);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "regions");
  json_builder_begin_object (b);
  for (guint i = 0; i < tallies->len; i++)
    {
      const PuenteStationTally *t = &g_array_index (tallies, PuenteStationTally, i);

      json_builder_set_member_name (b, t->region);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "stations");
      json_builder_add_int_value (b, t->stations);
      add_levels (b, t->ports);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return puente_cli_print_json (root);
}

static int
stations_summary (PuenteCli *cli,
                  int        argc,
                  char     **argv)
{
  gboolean     json = FALSE, all_notes = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { "all-notes", 0, 0, G_OPTION_ARG_NONE, &all_notes, N_ ("List every note on the records, not only the first 20"), NULL },
    { NULL }
  };
  g_autoptr(PuenteStations) stations = NULL;
  g_autoptr(PuenteStateLocator) locator = NULL;
  int status;

  if ((status = puente_cli_parse_options ("stations summary", _ ("FILE…"),
                                          _ ("Import station files (AFDC CSV or JSON, Open Charge Map JSON) and count the open public stations and their ports by state. Rows that cannot be used are counted with their reason; records whose state disagrees with their coordinates are listed."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = import_files (argc, argv, "stations summary", &stations, &locator)) >= 0)
    return status;
  if (json)
    return print_summary_json (stations);
  return print_summary_text (cli, stations, locator, all_notes);
}

/* ---- coverage ------------------------------------------------------------ */

static const char *
port_name (PuenteCli        *cli,
           const PuentePort *port)
{
  return cli->lang == PUENTE_LANG_ES ? port->name_es : port->name_en;
}

static void
add_side_json (JsonBuilder              *b,
               PuenteStations           *stations,
               const PuenteCoverageSide *side)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "nearest");
  if (side->nearest >= 0)
    {
      const PuenteStation *s = puente_stations_get_station (stations, (guint) side->nearest);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, s->id);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, s->name);
      json_builder_set_member_name (b, "state");
      json_builder_add_string_value (b, s->state);
      json_builder_set_member_name (b, "distance_km");
      json_builder_add_double_value (b, round (side->distance_km * 10) / 10);
      json_builder_set_member_name (b, "dc_fast_ports");
      json_builder_add_int_value (b, s->ports[PUENTE_STATION_DC_FAST]);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "stations_within");
  json_builder_add_int_value (b, side->n_within);
  json_builder_set_member_name (b, "dc_fast_ports_within");
  json_builder_add_int_value (b, side->ports_within);
  json_builder_end_object (b);
}

static void
append_side_text (PuenteCli                *cli,
                  GString                  *out,
                  PuenteStations           *stations,
                  const char               *label,
                  int                       label_width,
                  const PuenteCoverageSide *side,
                  const char               *radius)
{
  puente_cli_append_padded (out, label, label_width);
  if (side->nearest < 0)
    {
      g_string_append_printf (out, "%s\n", _ ("no open public DC fast station imported"));
      return;
    }
  {
    const PuenteStation *s = puente_stations_get_station (stations, (guint) side->nearest);
    g_autofree char     *km = puente_format_number (cli->lang, side->distance_km, side->distance_km < 10 ? 1 : 0);
    g_autofree char     *ports = count_text (cli, side->ports_within);

    /* Translators: distance to the nearest station, its name and id */
    g_string_append_printf (out, _ ("nearest %s km, %s (%s); "), km, s->name, s->id);
    if (side->n_within == 0)
      /* Translators: %s is the radius in km */
      g_string_append_printf (out, _ ("none within %s km\n"), radius);
    else
      /* Translators: stations, DC fast ports, radius in km */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u station with %s DC fast ports within %s km\n", "%u stations with %s DC fast ports within %s km\n", side->n_within),
                              side->n_within, ports, radius);
  }
}

static int
stations_coverage (PuenteCli *cli,
                   int        argc,
                   char     **argv)
{
  gboolean     json = FALSE;
  double       radius = PUENTE_STATIONS_CORRIDOR_KM;
  GOptionEntry entries[] = {
    { "radius", 'r', 0, G_OPTION_ARG_DOUBLE, &radius, N_ ("Count DC fast stations within KM kilometres (default 80.47, 50 miles)"), N_ ("KM") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(PuenteStations) stations = NULL;
  g_autoptr(PuenteStateLocator) locator = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(GArray) coverage = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = puente_cli_parse_options ("stations coverage", _ ("FILE…"),
                                          _ ("For each port of entry on the US–Mexico border, the nearest open public DC fast charging station on each side and how many lie within 50 miles (80 km, the NEVI corridor spacing), as the crow flies from the US side of the crossing."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (!isfinite (radius) || radius <= 0 || radius > 1000)
    return puente_cli_usage_error (_ ("--radius must be between 0 and 1000 km."));
  if ((status = import_files (argc, argv, "stations coverage", &stations, &locator)) >= 0)
    return status;
  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);

  coverage = puente_stations_border_coverage (stations, dataset, radius);
  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *sources = puente_stations_describe_sources (stations);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "radius_km");
      json_builder_add_double_value (b, radius);
      json_builder_set_member_name (b, "stations");
      json_builder_add_int_value (b, puente_stations_get_n_stations (stations));
      json_builder_set_member_name (b, "sources");
      json_builder_add_string_value (b, sources);
      json_builder_set_member_name (b, "ports");
      json_builder_begin_array (b);
      for (guint i = 0; i < coverage->len; i++)
        {
          const PuentePortCoverage *c = &g_array_index (coverage, PuentePortCoverage, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, c->port->id);
          json_builder_set_member_name (b, "name");
          json_builder_add_string_value (b, port_name (cli, c->port));
          json_builder_set_member_name (b, "us");
          add_side_json (b, stations, &c->side[PUENTE_COUNTRY_US]);
          json_builder_set_member_name (b, "mx");
          add_side_json (b, stations, &c->side[PUENTE_COUNTRY_MX]);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      return puente_cli_print_json (root);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autofree char *radius_text = puente_format_number (cli->lang, radius, radius == floor (radius) ? 0 : 1);
      const char      *us_label = _ ("  US side:"), *mx_label = _ ("  Mexican side:");
      int              label_width = (int) MAX (g_utf8_strlen (us_label, -1), g_utf8_strlen (mx_label, -1)) + 1;

      append_sources (out, stations);
      if (radius == PUENTE_STATIONS_CORRIDOR_KM)
        {
          g_free (radius_text);
          radius_text = g_strdup ("80");
          g_string_append (out, _ ("Open public DC fast charging at the ports of entry, within 50 miles (80 km, the NEVI corridor spacing), in a straight line from the US side of the crossing:\n"));
        }
      else
        /* Translators: %s is the radius in km */
        g_string_append_printf (out, _ ("Open public DC fast charging at the ports of entry, within %s km, in a straight line from the US side of the crossing:\n"),
                                radius_text);
      for (guint i = 0; i < coverage->len; i++)
        {
          const PuentePortCoverage *c = &g_array_index (coverage, PuentePortCoverage, i);

          g_string_append_printf (out, "\n%s (%s)\n", port_name (cli, c->port), c->port->id);
          append_side_text (cli, out, stations, us_label, label_width, &c->side[PUENTE_COUNTRY_US], radius_text);
          append_side_text (cli, out, stations, mx_label, label_width, &c->side[PUENTE_COUNTRY_MX], radius_text);
        }
      return puente_cli_print_text (out->str);
    }
}

/* ---- compare ------------------------------------------------------------- */

static void
add_figure_json (JsonBuilder        *b,
                 const PuenteFigure *figure)
{
  if (figure == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "value");
  json_builder_add_double_value (b, figure->value);
  json_builder_set_member_name (b, "year");
  json_builder_add_int_value (b, figure->year);
  json_builder_set_member_name (b, "source");
  json_builder_add_string_value (b, figure->publisher);
  json_builder_end_object (b);
}

/* "@member": {"level2": @l2, "dc_fast": @dc}. */
static void
add_port_pair (JsonBuilder *b,
               const char  *member,
               gint64       l2,
               gint64       dc)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "level2");
  json_builder_add_int_value (b, l2);
  json_builder_set_member_name (b, "dc_fast");
  json_builder_add_int_value (b, dc);
  json_builder_end_object (b);
}

/* The year of the newest data in the files, or 0. */
static int
data_year (PuenteStations *stations)
{
  int year = 0;

  for (guint f = 0; f < puente_stations_get_n_files (stations); f++)
    {
      const char *date = puente_stations_get_file (stations, f)->data_date;

      if (date != NULL)
        year = MAX (year, (int) g_ascii_strtoll (date, NULL, 10));
    }
  return year;
}

static int
stations_compare (PuenteCli *cli,
                  int        argc,
                  char     **argv)
{
  gboolean         json = FALSE;
  int              year = 0;
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  GOptionEntry     entries[] = {
        { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_ ("Year of the need (default: the year of the newest station data)"), N_ ("YEAR") },
        { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_ ("Run the preset ID (default: baseline)"), N_ ("ID") },
        { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_ ("Run the scenario in FILE"), N_ ("FILE") },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
        { NULL }
  };
  g_autoptr(PuenteStations) stations = NULL;
  g_autoptr(PuenteStateLocator) locator = NULL;
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  int              status;

  if ((status = puente_cli_parse_options ("stations compare", _ ("FILE…"),
                                          _ ("For each state with imported stations: the imported open public level 2 and DC fast ports, the dataset’s counts (with their year and source) and the ports the scenario needs in the year."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if ((status = import_files (argc, argv, "stations compare", &stations, &locator)) >= 0)
    return status;
  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;

  if ((results = puente_cli_run_scenario (dataset, scenario, &error)) == NULL)
    return puente_cli_fail (error);
  if (year == 0)
    year = CLAMP (data_year (stations), puente_results_get_first_year (results),
                  puente_results_get_last_year (results));
  if (year < puente_results_get_first_year (results) || year > puente_results_get_last_year (results))
    return puente_cli_usage_error (_ ("--year %d is outside the scenario’s years (%d–%d)."), year,
                                   puente_results_get_first_year (results), puente_results_get_last_year (results));
  rows = puente_stations_compare (stations, dataset, results, year);

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "scenario");
      json_builder_add_string_value (b, label);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, year);
      json_builder_set_member_name (b, "regions");
      json_builder_begin_object (b);
      for (guint i = 0; i < rows->len; i++)
        {
          const PuenteStationsComparison *r = &g_array_index (rows, PuenteStationsComparison, i);

          json_builder_set_member_name (b, r->region);
          json_builder_begin_object (b);
          add_port_pair (b, "imported", r->imported_l2, r->imported_dcfc);
          json_builder_set_member_name (b, "dataset");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "level2");
          add_figure_json (b, r->dataset_l2);
          json_builder_set_member_name (b, "dc_fast");
          add_figure_json (b, r->dataset_dcfc);
          json_builder_end_object (b);
          add_port_pair (b, "need", (gint64) round (r->need_l2), (gint64) round (r->need_dcfc));
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      return puente_cli_print_json (root);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);
      const char *l2_header = _ ("Level 2: imported / dataset / need");
      int         l2_width = (int) MAX (g_utf8_strlen (l2_header, -1), 26) + 2;

      append_sources (out, stations);
      /* Translators: the scenario and the year of the need */
      g_string_append_printf (out, _ ("Public charging ports: imported (open and public), in the dataset, and needed by %s in %d\n\n"),
                              label, year);
      puente_cli_append_padded (out, _ ("State"), 32);
      puente_cli_append_padded (out, l2_header, l2_width);
      g_string_append_printf (out, "%s\n", _ ("DC fast: imported / dataset / need"));
      for (guint i = 0; i < rows->len; i++)
        {
          const PuenteStationsComparison *r = &g_array_index (rows, PuenteStationsComparison, i);
          g_autofree char                *name = g_strdup_printf ("%s  %s", r->region, state_name (locator, cli, r->region));
          g_autofree char                *il2 = count_text (cli, r->imported_l2);
          g_autofree char                *dl2 = r->dataset_l2 != NULL ? count_text (cli, r->dataset_l2->value) : g_strdup (PUENTE_FORMAT_MISSING);
          g_autofree char                *nl2 = count_text (cli, r->need_l2);
          g_autofree char                *idc = count_text (cli, r->imported_dcfc);
          g_autofree char                *ddc = r->dataset_dcfc != NULL ? count_text (cli, r->dataset_dcfc->value) : g_strdup (PUENTE_FORMAT_MISSING);
          g_autofree char                *ndc = count_text (cli, r->need_dcfc);
          g_autofree char                *l2 = g_strdup_printf ("%s / %s / %s", il2, dl2, nl2);
          g_autofree char                *dc = g_strdup_printf ("%s / %s / %s", idc, ddc, ndc);

          puente_cli_append_padded (out, name, 32);
          puente_cli_append_padded (out, l2, l2_width);
          g_string_append_printf (out, "%s\n", dc);
        }
      if (rows->len > 0)
        {
          const PuenteStationsComparison *r = &g_array_index (rows, PuenteStationsComparison, 0);

          if (r->dataset_l2 != NULL)
            /* Translators: the dataset's source and year of its port counts */
            g_string_append_printf (out, _ ("\nDataset: %s, %d.\n"), r->dataset_l2->publisher, r->dataset_l2->year);
        }
      return puente_cli_print_text (out->str);
    }
}

/* ---- dispatch ------------------------------------------------------------ */

static const struct
{
  const char *name;
  int (*run) (PuenteCli *cli, int argc, char **argv);
  const char *summary;
} subcommands[] = {
  { "summary", stations_summary, N_ ("Open public stations and ports by state, and what could not be used") },
  { "coverage", stations_coverage, N_ ("DC fast charging near each port of entry, on both sides of the border") },
  { "compare", stations_compare, N_ ("Imported ports beside the dataset’s counts and the model’s need") },
};

static void
print_stations_help (gboolean to_stderr)
{
  void (*print) (const char *format, ...) G_GNUC_PRINTF (1, 2) = to_stderr ? g_printerr : g_print;

  print ("%s\n  puente-cli stations %s %s\n\n", _ ("Usage:"), _ ("COMMAND"), _ ("FILE…"));
  print ("%s\n\n", _ ("Import charging-station files (AFDC CSV or JSON, Open Charge Map JSON) and report on them."));
  print ("%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    print ("  %-10s %s\n", subcommands[i].name, _ (subcommands[i].summary));
  print ("\n%s\n", _ ("Run “puente-cli stations COMMAND --help” for the options of a command."));
}

int
puente_cli_stations (PuenteCli *cli,
                     int        argc,
                     char     **argv)
{
  if (argc < 2)
    {
      print_stations_help (TRUE);
      return PUENTE_CLI_EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_stations_help (FALSE);
      return PUENTE_CLI_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].run (cli, argc - 1, argv + 1);
  return puente_cli_usage_error (_ ("Unknown command “stations %s”; use summary, coverage or compare."), argv[1]);
}
