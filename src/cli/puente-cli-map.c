/* puente-cli-map.c: the “map” command, draw the map to a file
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same picture as the window's Export Map for the same choices: both
 * fill a PuenteMapDocument and draw it with puente_map_export ().
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "puente-cli-commands.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-i18n.h"
#include "puente-map-export.h"
#include "puente-scenario.h"

/* The layers the window shows until the user changes them (the
 * "map-layers" key's default in the settings schema). */
static const char *const default_layers[] = { "states", "charging", "ports", "transit", NULL };

typedef struct
{
  char    *preset;
  char    *scenario;
  char    *compare_preset;
  char    *compare;
  char    *metric;
  int      year;
  char    *layers;
  char    *mode;
  char    *lang;
  char    *size;
  double   dpi;
  char    *center;
  double   zoom;
  double   label_scale;
  gboolean dark;
  char    *format;
  char    *output;
  char   **stations;
} MapArgs;

static void
map_args_clear (MapArgs *args)
{
  g_free (args->preset);
  g_free (args->scenario);
  g_free (args->compare_preset);
  g_free (args->compare);
  g_free (args->metric);
  g_free (args->layers);
  g_free (args->mode);
  g_free (args->lang);
  g_free (args->size);
  g_free (args->center);
  g_free (args->format);
  g_free (args->output);
  g_strfreev (args->stations);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MapArgs, map_args_clear)

/* "1920x1080", "1920x1080px", "297x210mm". */
static gboolean
parse_size (const char      *text,
            PuenteChartSize *size,
            GError         **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", 2);
  g_autofree char *width = NULL;
  PuenteChartUnit  wu, hu;

  if (g_strv_length (parts) != 2)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE,
                   _ ("Invalid size “%s”: give WIDTHxHEIGHT in pixels (1920x1080) or millimetres (297x210mm)"), text);
      return FALSE;
    }
  /* A unit after the height is both sides'. */
  width = g_str_has_suffix (parts[1], "mm") && !g_str_has_suffix (parts[0], "mm")
    ? g_strconcat (parts[0], "mm", NULL)
    : g_strdup (parts[0]);
  if (!puente_chart_parse_length (width, &size->width, &wu, error) ||
      !puente_chart_parse_length (parts[1], &size->height, &hu, error))
    return FALSE;
  if (wu != hu)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE,
                   _ ("Invalid size “%s”: give the width and the height in the same unit"), text);
      return FALSE;
    }
  size->unit = wu;
  return TRUE;
}

static gboolean
parse_center (const char *text,
              double     *latitude,
              double     *longitude)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", 2);
  char *end;

  if (g_strv_length (parts) != 2)
    return FALSE;
  *latitude = g_ascii_strtod (parts[0], &end);
  if (end == parts[0] || *end != '\0' || !isfinite (*latitude) || fabs (*latitude) > 85)
    return FALSE;
  *longitude = g_ascii_strtod (parts[1], &end);
  return end != parts[1] && *end == '\0' && isfinite (*longitude) && fabs (*longitude) <= 180;
}

/* The layer ids of @text ("states,ports"), checked. */
static GStrv
parse_layers (const char *text,
              GError    **error)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *const *known = puente_map_painter_list_ids ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (*names[i] == '\0')
        continue;
      if (!g_strv_contains (known, names[i]))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) known);

          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _ ("Unknown map layer “%s”: use any of %s"), names[i], list);
          return NULL;
        }
      g_strv_builder_add (builder, names[i]);
    }
  return g_strv_builder_end (builder);
}

static gboolean
parse_metric (const char         *text,
              PuenteStatesMetric *metric,
              GError            **error)
{
  GString *list;

  if (puente_states_metric_from_string (text, metric))
    return TRUE;
  list = g_string_new (NULL);
  for (guint i = 0; i < PUENTE_N_STATES_METRICS; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", puente_states_metric_to_string (i));
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _ ("Unknown metric “%s”: use %s"), text, list->str);
  g_string_free (list, TRUE);
  return FALSE;
}

int
puente_cli_map (PuenteCli *cli,
                int        argc,
                char     **argv)
{
  g_auto(MapArgs) args = { .year = PUENTE_BASE_YEAR, .label_scale = 1 };
  GOptionEntry entries[] = {
    { "preset", 'p', 0, G_OPTION_ARG_STRING, &args.preset, N_ ("Scenario A: a preset id (default: baseline)"), N_ ("ID") },
    { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &args.scenario, N_ ("Scenario A: a scenario file"), N_ ("FILE") },
    { "compare-preset", 0, 0, G_OPTION_ARG_STRING, &args.compare_preset, N_ ("Scenario B to compare: a preset id"), N_ ("ID") },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &args.compare, N_ ("Scenario B to compare: a scenario file"), N_ ("FILE") },
    { "metric", 'm', 0, G_OPTION_ARG_STRING, &args.metric, N_ ("What colours the states: zev-share (default), evs-per-port, charging-gap, electricity or co2"), N_ ("METRIC") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &args.year, N_ ("Year shown (default: the base year)"), N_ ("YEAR") },
    { "layers", 'l', 0, G_OPTION_ARG_STRING, &args.layers, N_ ("Layers shown, comma-separated: states, charging, used, transit, stations, ports, supply (default: states,charging,ports,transit, as the window opens)"), N_ ("LIST") },
    { "stations", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args.stations, N_ ("Draw the charging stations of FILE (AFDC CSV or JSON, Open Charge Map JSON; repeat for more files), with their source in the footer"), N_ ("FILE") },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &args.mode, N_ ("single (scenario A), split (A | B side by side) or difference (B − A); split and difference need a scenario B"), N_ ("MODE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang, N_ ("Map language: en, es or both"), N_ ("LANG") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &args.size, N_ ("Size of the picture: WIDTHxHEIGHT in pixels (default 1920x1080) or millimetres (297x210mm)"), N_ ("SIZE") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &args.dpi, N_ ("PNG resolution in dots per inch (default 96)"), N_ ("DPI") },
    { "center", 0, 0, G_OPTION_ARG_STRING, &args.center, N_ ("Centre of the view, with --zoom (default: the US and Mexico fitted)"), N_ ("LAT,LON") },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &args.zoom, N_ ("Zoom level of the view, with --center (2 to 10)"), N_ ("ZOOM") },
    { "label-scale", 0, 0, G_OPTION_ARG_DOUBLE, &args.label_scale, N_ ("Size of the names on the map, 1 as in the window (Present mode: larger)"), N_ ("SCALE") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &args.dark, N_ ("Dark background"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format, N_ ("png, svg or pdf (default: from the file name)"), N_ ("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output, N_ ("Write to FILE (“-” for standard output)"), N_ ("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) a = NULL;
  g_autoptr(PuenteScenario) b = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) layers = NULL;
  g_autoptr(PuenteStations) stations = NULL;
  PuenteResults      *a_results = NULL, *b_results = NULL;
  PuenteChartSize     size = { 1920, 1080, PUENTE_CHART_UNIT_PX, 0 };
  PuenteChartFormat   format = PUENTE_CHART_FORMAT_PNG;
  PuenteMapDocument   doc;
  PuenteStatesMetric  metric = PUENTE_STATES_METRIC_ZEV_SHARE;
  PuenteLang          lang = cli->chart_lang;
  PuenteMapExportMode mode = PUENTE_MAP_EXPORT_SINGLE;
  double              latitude = 0, longitude = 0;
  gboolean            ok;
  int                 status;

  if ((status = puente_cli_parse_options ("map", NULL,
                                          _ ("Draw the map — states coloured by a metric, the layers, their names, legend, scenario status and sources — to a PNG, SVG or PDF file, as the window's Export Map does."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("map", argc, argv)) >= 0)
    return status;
  if (args.output == NULL)
    return puente_cli_usage_error ("%s", _ ("Give the output file with -o FILE."));
  if ((args.preset != NULL && args.scenario != NULL) || (args.compare_preset != NULL && args.compare != NULL))
    return puente_cli_usage_error ("%s", _ ("Give a preset or a scenario file, not both."));
  if (args.lang != NULL && !puente_lang_from_string (args.lang, &lang))
    return puente_cli_usage_error (_ ("Unknown map language “%s”: use en, es or both."), args.lang);
  if (!puente_i18n_check (lang == PUENTE_LANG_BOTH ? PUENTE_LANG_ES : lang, &error))
    return puente_cli_fail (error);
  if (args.mode != NULL)
    {
      if (g_str_equal (args.mode, "split"))
        mode = PUENTE_MAP_EXPORT_SPLIT;
      else if (g_str_equal (args.mode, "difference"))
        mode = PUENTE_MAP_EXPORT_DIFFERENCE;
      else if (!g_str_equal (args.mode, "single"))
        return puente_cli_usage_error (_ ("Unknown mode “%s”: use single, split or difference."), args.mode);
    }
  if (mode != PUENTE_MAP_EXPORT_SINGLE && args.compare_preset == NULL && args.compare == NULL)
    return puente_cli_usage_error ("%s", _ ("--mode split and --mode difference compare two scenarios: give scenario B with --compare-preset or --compare."));
  if (args.metric != NULL && !parse_metric (args.metric, &metric, &error))
    return puente_cli_fail (error);
  if (args.layers != NULL && (layers = parse_layers (args.layers, &error)) == NULL)
    return puente_cli_fail (error);
  if (args.size != NULL && !parse_size (args.size, &size, &error))
    return puente_cli_fail (error);
  if (args.dpi < 0 || args.dpi > 2400)
    return puente_cli_fail_message (_ ("--dpi must be between 1 and 2400."));
  size.dpi = args.dpi;
  if ((args.center != NULL) != (args.zoom != 0))
    return puente_cli_usage_error ("%s", _ ("Give --center and --zoom together."));
  if (args.center != NULL && !parse_center (args.center, &latitude, &longitude))
    return puente_cli_usage_error (_ ("Invalid centre “%s”: give LAT,LON in degrees, e.g. 25.7,-100.3."), args.center);
  if (args.center != NULL && (args.zoom < 2 || args.zoom > 10))
    return puente_cli_usage_error (_ ("--zoom must be between 2 and 10, not %g."), args.zoom);
  if (args.label_scale < 0.5 || args.label_scale > 4)
    return puente_cli_usage_error (_ ("--label-scale must be between 0.5 and 4, not %g."), args.label_scale);
  if (args.format != NULL)
    {
      if (!puente_chart_format_from_string (args.format, &format, &error))
        return puente_cli_fail (error);
    }
  else if (strcmp (args.output, "-") != 0 && !puente_chart_format_from_path (args.output, &format))
    {
      g_autofree char *message = g_strdup_printf (_ ("Cannot tell the format from “%s”: give --format png, svg or pdf."),
                                                  args.output);
      return puente_cli_fail_message (message);
    }

  if ((a = puente_cli_load_scenario (cli, args.preset, args.scenario, &error)) == NULL)
    return puente_cli_fail (error);
  if ((args.compare_preset != NULL || args.compare != NULL) &&
      (b = puente_cli_load_scenario (cli, args.compare_preset, args.compare, &error)) == NULL)
    return puente_cli_fail (error);
  /* Before the work: a refusal is immediate. */
  if (!puente_cli_check_output (cli, args.output, &error))
    return puente_cli_fail (error);
  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);
  if (args.stations != NULL && (stations = puente_cli_import_stations (args.stations, &error)) == NULL)
    return puente_cli_fail (error);
  if ((a_results = puente_cli_run_scenario (dataset, a, &error)) == NULL)
    return puente_cli_fail (error);
  if (args.year < puente_results_get_first_year (a_results) || args.year > puente_results_get_last_year (a_results))
    {
      g_autofree char *message = g_strdup_printf (_ ("No results for %d: give a year from %d to %d."), args.year,
                                                  puente_results_get_first_year (a_results),
                                                  puente_results_get_last_year (a_results));

      puente_results_free (a_results);
      return puente_cli_fail_message (message);
    }
  if (b != NULL && (b_results = puente_cli_run_scenario (dataset, b, &error)) == NULL)
    {
      puente_results_free (a_results);
      return puente_cli_fail (error);
    }

  puente_map_document_init (&doc, dataset, a, a_results);
  doc.b = b;
  doc.b_results = b_results;
  doc.year = args.year;
  doc.mode = mode;
  doc.metric = metric;
  doc.layers = layers != NULL ? (const char *const *) layers : default_layers;
  /* Stations asked for are drawn, whatever the layers named. */
  if (stations != NULL && !g_strv_contains (doc.layers, "stations"))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      g_strv_builder_addv (builder, (const char **) doc.layers);
      g_strv_builder_add (builder, "stations");
      g_strfreev (layers);
      layers = g_strv_builder_end (builder);
      doc.layers = (const char *const *) layers;
    }
  doc.stations = stations;
  doc.lang = lang;
  doc.style = args.dark ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT;
  doc.centred = args.center != NULL;
  doc.latitude = latitude;
  doc.longitude = longitude;
  doc.zoom = args.zoom;
  doc.label_scale = args.label_scale;

  if (strcmp (args.output, "-") == 0)
    {
      gconstpointer contents;
      gsize         length;

      ok = (bytes = puente_map_render (&doc, format, &size, &error)) != NULL;
      if (ok)
        {
          contents = g_bytes_get_data (bytes, &length);
          ok = puente_cli_write_output (cli, "-", contents, length, &error);
        }
    }
  else
    ok = puente_map_export (&doc, format, &size, args.output, &error);
  puente_results_free (a_results);
  g_clear_pointer (&b_results, puente_results_free);
  if (!ok)
    return puente_cli_fail (error);
  return PUENTE_CLI_EXIT_OK;
}
