/* puente-cli-charts.c: chart listing, export and timing commands
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line draws the catalogue's charts exactly as the window does:
 * same specs, same drawing code, same files.
 */
#include "config.h"

#include <cairo.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "puente-chart-export.h"
#include "puente-chart-fan.h"
#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart.h"
#include "puente-cli-charts.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-ensemble.h"
#include "puente-format.h"
#include "puente-levers.h"
#include "puente-scenario.h"
#include "puente-units.h"

typedef struct
{
  char    *preset;
  char    *scenario;
  char    *compare_preset;
  char    *compare;
  char    *region;
  int      year;
  char    *lang;
  char    *style;
  char    *format;
  char    *width;
  char    *height;
  double   dpi;
  char    *output;
  char    *dir;
  char    *units;
  gboolean dark;
  gboolean difference;
} ChartArgs;

static void
chart_args_clear (ChartArgs *args)
{
  g_free (args->preset);
  g_free (args->scenario);
  g_free (args->compare_preset);
  g_free (args->compare);
  g_free (args->region);
  g_free (args->lang);
  g_free (args->style);
  g_free (args->units);
  g_free (args->format);
  g_free (args->width);
  g_free (args->height);
  g_free (args->output);
  g_free (args->dir);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartArgs, chart_args_clear)

static int
fail_message (const char *message)
{
  puente_cli_print_error (message);
  return PUENTE_CLI_EXIT_INVALID;
}

static int
fail (const GError *error)
{
  return fail_message (error->message);
}

/* Everything one rendering needs, resolved from the options. */
typedef struct
{
  PuenteDataset     *dataset;
  PuenteScenario    *a;
  PuenteScenario    *b;
  char              *a_label;
  char              *b_label;
  PuenteResults     *a_results;
  PuenteResults     *b_results;
  PuenteChartSource *a_source;
  PuenteChartSource *b_source;
  PuenteChartStyle   style;
  PuenteChartSize    size;
  PuenteUnitSystem   units;
  GArray            *formats;   /* PuenteChartFormat */
} ChartJob;

static void
chart_job_clear (ChartJob *job)
{
  g_clear_pointer (&job->a_source, puente_chart_source_free);
  g_clear_pointer (&job->b_source, puente_chart_source_free);
  g_clear_pointer (&job->a_results, puente_results_free);
  g_clear_pointer (&job->b_results, puente_results_free);
  g_clear_pointer (&job->a, puente_scenario_free);
  g_clear_pointer (&job->b, puente_scenario_free);
  g_clear_pointer (&job->a_label, g_free);
  g_clear_pointer (&job->b_label, g_free);
  g_clear_pointer (&job->dataset, puente_dataset_unref);
  g_clear_pointer (&job->formats, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartJob, chart_job_clear)

static int
prepare_job (PuenteCli *cli,
             ChartArgs *args,
             gboolean   many_formats,
             ChartJob  *job)
{
  g_autoptr(GError) error = NULL;
  const char *lang = args->lang != NULL ? args->lang : (cli->chart_lang != NULL ? cli->chart_lang : cli->lang);
  double w = 1600, h = 900;
  PuenteChartUnit wu = PUENTE_CHART_UNIT_PX, hu = PUENTE_CHART_UNIT_PX;

  memset (job, 0, sizeof *job);
  puente_chart_style_init (&job->style);
  if (!puente_lang_from_string (lang, &job->style.lang))
    return puente_cli_usage_error (_("Unknown chart language “%s”: use en, es or both."), lang);
  if (args->style != NULL && !puente_chart_preset_from_string (args->style, &job->style.preset))
    return puente_cli_usage_error (_("Unknown style “%s”: use presentation or report."), args->style);
  /* Units follow the chart's language unless given: US customary for
   * English, metric for Spanish and bilingual charts. */
  job->units = puente_units_default_for (job->style.lang);
  if (args->units != NULL && !puente_units_from_string (args->units, &job->units))
    return puente_cli_usage_error (_("Unknown units “%s”: use metric or us."), args->units);
  job->style.dark = args->dark;

  if ((args->preset != NULL && args->scenario != NULL) ||
      (args->compare_preset != NULL && args->compare != NULL))
    return puente_cli_usage_error ("%s", _("Give a preset or a scenario file, not both."));

  if (args->width != NULL && !puente_chart_parse_length (args->width, &w, &wu, &error))
    return fail (error);
  if (args->height != NULL && !puente_chart_parse_length (args->height, &h, &hu, &error))
    return fail (error);
  if (wu != hu)
    return fail_message (_("Give the width and the height in the same unit (both pixels or both millimetres)."));
  if (args->dpi < 0 || args->dpi > 2400)
    return fail_message (_("--dpi must be between 1 and 2400."));
  job->size.width = w;
  job->size.height = h;
  job->size.unit = wu;
  job->size.dpi = args->dpi;

  job->formats = g_array_new (FALSE, FALSE, sizeof (PuenteChartFormat));
  if (args->format != NULL)
    {
      g_auto(GStrv) names = g_strsplit (args->format, ",", -1);

      if (many_formats && g_strcmp0 (args->format, "all") == 0)
        {
          for (PuenteChartFormat f = PUENTE_CHART_FORMAT_PNG; f <= PUENTE_CHART_FORMAT_CSV; f++)
            g_array_append_val (job->formats, f);
        }
      else
        for (guint i = 0; names[i] != NULL; i++)
          {
            PuenteChartFormat f;

            if (!puente_chart_format_from_string (names[i], &f, &error))
              return fail (error);
            if (!many_formats && i > 0)
              return puente_cli_usage_error ("%s", _("“chart” writes one file: give one --format."));
            g_array_append_val (job->formats, f);
          }
    }
  else
    {
      PuenteChartFormat f = PUENTE_CHART_FORMAT_PNG;

      if (!many_formats && args->output != NULL && strcmp (args->output, "-") != 0 &&
          !puente_chart_format_from_path (args->output, &f))
        {
          g_autofree char *message = g_strdup_printf (_("Cannot tell the format from “%s”: give --format png, svg, pdf or csv."),
                                                      args->output);
          return fail_message (message);
        }
      g_array_append_val (job->formats, f);
    }

  if ((job->a = puente_cli_load_scenario (args->preset, args->scenario, &error)) == NULL)
    return fail (error);
  if ((args->compare_preset != NULL || args->compare != NULL) &&
      (job->b = puente_cli_load_scenario (args->compare_preset, args->compare, &error)) == NULL)
    return fail (error);
  if ((job->dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return fail (error);

  job->a_label = puente_cli_scenario_label (job->a, args->scenario);
  job->a_results = puente_cli_run_scenario (job->dataset, job->a);
  job->a_source = puente_chart_source_new_for_results (job->a_results, job->dataset);
  if (job->b != NULL)
    {
      job->b_label = puente_cli_scenario_label (job->b, args->compare);
      job->b_results = puente_cli_run_scenario (job->dataset, job->b);
      job->b_source = puente_chart_source_new_for_results (job->b_results, job->dataset);
    }
  return -1;
}

static void
set_scenario_names (PuenteChartData      *data,
                    guint                 slot,
                    const PuenteScenario *scenario,
                    const char           *label)
{
  const char *en = puente_scenario_get_name (scenario, "en");
  const char *es = puente_scenario_get_name (scenario, "es");

  puente_chart_data_set_scenario (data, slot, label, en != NULL ? en : label, es);
}

static PuenteChartData *
build_for_job (const ChartJob        *job,
               const PuenteChartSpec *spec,
               const ChartArgs       *args,
               GError               **error)
{
  PuenteChartOptions options = { args->region, args->year, args->difference, job->units, FALSE };
  g_autofree char *country = NULL;
  PuenteChartData *data;

  /* export-all with a region some charts do not take: charts by state show
   * a state's country; the others keep their own regions (a city's transit
   * chart, the ports, the Sankey of both countries). */
  if (args->dir != NULL && args->region != NULL &&
      !puente_chart_spec_accepts_region (spec, job->a_source, args->region))
    {
      if (puente_chart_region_kind (job->a_source, args->region) == PUENTE_CHART_REGION_STATE)
        country = g_strndup (args->region, 2);
      options.region = country != NULL && puente_chart_spec_accepts_region (spec, job->a_source, country)
                         ? country : NULL;
    }

  data = puente_chart_build (spec, job->a_source, job->b_source, &options, error);
  if (data == NULL)
    return NULL;
  set_scenario_names (data, PUENTE_SCENARIO_A, job->a, job->a_label);
  if (job->b != NULL)
    set_scenario_names (data, PUENTE_SCENARIO_B, job->b, job->b_label);
  return data;
}

/* The chart as a fan: the pairs it draws are run @n_runs times with the
 * uncertain inputs sampled; the median and bands replace scenario A's line. */
static PuenteChartData *
build_fan (const ChartJob        *job,
           const PuenteChartSpec *spec,
           const ChartArgs       *args,
           guint                  n_runs,
           guint64                seed,
           GError               **error)
{
  g_autoptr(PuenteEnsemble) ensemble = NULL;
  g_autofree double *values = NULL;
  PuenteChartOptions options = { args->region, args->year, FALSE, job->units, TRUE };
  PuenteChartData *data;

  if ((ensemble = puente_chart_fan_prepare (spec, job->a_source, &options, job->dataset, error)) == NULL)
    return NULL;
  values = g_new0 (double, puente_levers_get_n ());
  puente_scenario_fill_values (job->a, job->dataset, values);
  if (!puente_ensemble_run (ensemble, values, n_runs, seed, NULL, error))
    return NULL;

  data = puente_chart_fan_build (spec, ensemble, job->a_results, job->dataset, job->b_source, &options, error);
  if (data == NULL)
    return NULL;
  set_scenario_names (data, PUENTE_SCENARIO_A, job->a, job->a_label);
  if (job->b != NULL)
    set_scenario_names (data, PUENTE_SCENARIO_B, job->b, job->b_label);
  return data;
}

static gboolean
write_chart (const ChartJob        *job,
             const PuenteChartData *data,
             PuenteChartFormat      format,
             const char            *path,
             GError               **error)
{
  if (strcmp (path, "-") == 0)
    {
      g_autoptr(GBytes) bytes = puente_chart_render (data, &job->style, format, &job->size, error);
      gsize length;
      gconstpointer contents;

      if (bytes == NULL)
        return FALSE;
      contents = g_bytes_get_data (bytes, &length);
      return puente_cli_write_output ("-", contents, length, error);
    }
  return puente_chart_export (data, &job->style, format, &job->size, path, error);
}

#define CHART_OPTIONS(args)                                                                          \
  { "preset", 'p', 0, G_OPTION_ARG_STRING, &(args).preset, N_("Scenario A: a preset id (default: baseline)"), N_("ID") }, \
  { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &(args).scenario, N_("Scenario A: a scenario file"), N_("FILE") }, \
  { "compare-preset", 0, 0, G_OPTION_ARG_STRING, &(args).compare_preset, N_("Scenario B to compare: a preset id"), N_("ID") }, \
  { "compare", 0, 0, G_OPTION_ARG_FILENAME, &(args).compare, N_("Scenario B to compare: a scenario file"), N_("FILE") }, \
  { "region", 'r', 0, G_OPTION_ARG_STRING, &(args).region, N_("Region: US, MX, NA, a state code (US-CA, MX-NLE), a port of entry (laredo-wtb) or a transit city (mx-cdmx), as the chart takes"), N_("CODE") }, \
  { "year", 'y', 0, G_OPTION_ARG_INT, &(args).year, N_("Year of charts by state or port and of the Sankey, or the year marked on charts over time"), N_("YEAR") }, \
  { "lang", 0, 0, G_OPTION_ARG_STRING, &(args).lang, N_("Chart language: en, es or both"), N_("LANG") }, \
  { "style", 0, 0, G_OPTION_ARG_STRING, &(args).style, N_("presentation (large type) or report (default)"), N_("STYLE") }, \
  { "units", 0, 0, G_OPTION_ARG_STRING, &(args).units, N_("metric or us (US customary); default: from the chart language"), N_("UNITS") }, \
  { "dark", 0, 0, G_OPTION_ARG_NONE, &(args).dark, N_("Dark background"), NULL }, \
  { "difference", 0, 0, G_OPTION_ARG_NONE, &(args).difference, N_("Add a B − A panel when comparing"), NULL }, \
  { "width", 'W', 0, G_OPTION_ARG_STRING, &(args).width, N_("Width in pixels, or millimetres with “mm” (default 1600)"), N_("W") }, \
  { "height", 'H', 0, G_OPTION_ARG_STRING, &(args).height, N_("Height in pixels, or millimetres with “mm” (default 900)"), N_("H") }, \
  { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &(args).dpi, N_("PNG resolution in dots per inch (default 96)"), N_("DPI") }

/* charts */

int
puente_cli_charts (PuenteCli  *cli,
                   int         argc,
                   char      **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  static const char *const kinds[] = { "line", "stacked-area", "bars", "hbars", "sankey", "fan" };
  /* In the order of the PuenteChartRegionKinds flags. */
  static const char *const region_kinds[] = { "state", "port", "city", "country", "NA" };
  int status;

  if ((status = puente_cli_parse_options ("charts", NULL, _("List the charts that “chart” and “export-all” draw."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return puente_cli_usage_error (_("“%s” takes no arguments, but “%s” was given."), "charts", argv[1]);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
        {
          const PuenteChartSpec *spec = puente_chart_catalogue_get (i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, spec->id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, puente_i18n_gettext_for (cli->lang, spec->title));
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, kinds[spec->kind]);
          json_builder_set_member_name (builder, "by");
          json_builder_add_string_value (builder, spec->kind == PUENTE_CHART_SANKEY ? "flow"
                                                  : spec->axis == PUENTE_CHART_X_STATES ? "state"
                                                  : spec->axis == PUENTE_CHART_X_PORTS ? "port" : "year");
          json_builder_set_member_name (builder, "regions");
          json_builder_begin_array (builder);
          for (guint r = 0; r < PUENTE_CHART_MAX_REGIONS && spec->regions[r] != NULL; r++)
            json_builder_add_string_value (builder, spec->regions[r]);
          json_builder_end_array (builder);
          /* What --region may be. */
          json_builder_set_member_name (builder, "region_kinds");
          json_builder_begin_array (builder);
          for (guint k = 0; k < G_N_ELEMENTS (region_kinds); k++)
            if (puente_chart_spec_get_region_kinds (spec) & (1u << k))
              json_builder_add_string_value (builder, region_kinds[k]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      text = puente_cli_json_to_string (root);
      g_print ("%s", text);
      return PUENTE_CLI_EXIT_OK;
    }

  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);

      g_print ("%-24s %s\n", spec->id, puente_i18n_gettext_for (cli->lang, spec->title));
    }
  return PUENTE_CLI_EXIT_OK;
}

/* chart */

int
puente_cli_chart (PuenteCli  *cli,
                  int         argc,
                  char      **argv)
{
  g_auto(ChartArgs) args = { 0 };
  int ensemble_runs = 0;
  gint64 seed = 1;
  GOptionEntry entries[] = {
    CHART_OPTIONS (args),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format, N_("png, svg, pdf or csv (default: from the file name)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output, N_("Write to FILE (“-” for standard output)"), N_("FILE") },
    { "ensemble-runs", 0, 0, G_OPTION_ARG_INT, &ensemble_runs, N_("Draw a line chart as a fan: the median of N runs with sampled inputs, with the bands from the 25th to the 75th and from the 5th to the 95th percentile"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the sampling for --ensemble-runs (default 1); the same seed gives the same fan"), N_("S") },
    { NULL }
  };
  g_auto(ChartJob) job = { 0 };
  g_autoptr(PuenteChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  const PuenteChartSpec *spec;
  int status;

  if ((status = puente_cli_parse_options ("chart", _("ID"),
                                          _("Draw one chart of the catalogue (see “puente-cli charts”) to a PNG, SVG, PDF or CSV file."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return puente_cli_usage_error ("%s", _("Give one chart id, e.g. “puente-cli chart zev-share-sales -o chart.png”."));
  if (args.output == NULL)
    return puente_cli_usage_error ("%s", _("Give the output file with -o FILE."));

  if ((spec = puente_chart_catalogue_find (argv[1])) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown chart “%s”: run “puente-cli charts” for the list."), argv[1]);
      return fail_message (message);
    }
  if (ensemble_runs < 0 || ensemble_runs > 1000000)
    return puente_cli_usage_error (_("--ensemble-runs must be a whole number from 1 to 1000000, not %d."), ensemble_runs);
  if ((status = prepare_job (cli, &args, FALSE, &job)) >= 0)
    return status;
  if ((data = build_for_job (&job, spec, &args, &error)) == NULL)
    return fail (error);
  if (ensemble_runs > 0)
    {
      g_clear_pointer (&data, puente_chart_data_free);
      if ((data = build_fan (&job, spec, &args, (guint) ensemble_runs, (guint64) seed, &error)) == NULL)
        return fail (error);
    }
  if (!write_chart (&job, data, g_array_index (job.formats, PuenteChartFormat, 0), args.output, &error))
    return fail (error);
  return PUENTE_CLI_EXIT_OK;
}

/* export-all */

int
puente_cli_export_all (PuenteCli  *cli,
                       int         argc,
                       char      **argv)
{
  g_auto(ChartArgs) args = { 0 };
  GOptionEntry entries[] = {
    CHART_OPTIONS (args),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format, N_("png, svg, pdf, csv, a list (png,pdf) or all (default png)"), N_("FORMAT") },
    { "dir", 'd', 0, G_OPTION_ARG_FILENAME, &args.dir, N_("Write the files into DIR (created if needed)"), N_("DIR") },
    { NULL }
  };
  g_auto(ChartJob) job = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean progress = isatty (STDERR_FILENO);
  guint n_charts = puente_chart_catalogue_get_n ();
  guint done = 0, total;
  int status;

  if ((status = puente_cli_parse_options ("export-all", NULL,
                                          _("Draw every chart of the catalogue into a directory, one file per chart and format (ID.png, ID.pdf...)."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return puente_cli_usage_error (_("“%s” takes no arguments, but “%s” was given."), "export-all", argv[1]);
  if (args.dir == NULL)
    return puente_cli_usage_error ("%s", _("Give the output directory with --dir DIR."));
  if ((status = prepare_job (cli, &args, TRUE, &job)) >= 0)
    return status;
  if (g_mkdir_with_parents (args.dir, 0777) != 0)
    {
      int saved = errno;
      g_autofree char *message = g_strdup_printf (_("Could not create the directory “%s”: %s"), args.dir, g_strerror (saved));
      return fail_message (message);
    }

  total = n_charts * job.formats->len;
  for (guint i = 0; i < n_charts; i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autoptr(PuenteChartData) data = build_for_job (&job, spec, &args, &error);

      if (data == NULL)
        {
          if (progress)
            g_printerr ("\n");
          return fail (error);
        }
      for (guint f = 0; f < job.formats->len; f++)
        {
          PuenteChartFormat format = g_array_index (job.formats, PuenteChartFormat, f);
          g_autofree char *name = g_strconcat (spec->id, ".", puente_chart_format_extension (format), NULL);
          g_autofree char *path = g_build_filename (args.dir, name, NULL);

          if (!write_chart (&job, data, format, path, &error))
            {
              if (progress)
                g_printerr ("\n");
              return fail (error);
            }
          done++;
          if (progress)
            g_printerr ("\r\033[K[%u/%u] %s", done, total, path);
        }
    }
  if (progress)
    g_printerr ("\r\033[K");
  g_print (_("Wrote %u files to %s\n"), total, args.dir);
  return PUENTE_CLI_EXIT_OK;
}

/* bench --charts */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
puente_cli_bench_charts (PuenteCli  *cli,
                         int         argc,
                         char      **argv)
{
  gboolean charts = FALSE, json = FALSE, dark = FALSE;
  int runs = 20;
  char *style_name = NULL;
  GOptionEntry entries[] = {
    { "charts", 0, 0, G_OPTION_ARG_NONE, &charts, N_("Time chart drawing instead of model runs"), NULL },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_("Number of timed renderings per chart (default 20)"), N_("N") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &style_name, N_("presentation or report (default)"), N_("STYLE") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Dark background"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autofree char *style_owned = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(PuenteChartSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  cairo_surface_t *surface;
  PuenteChartStyle style;
  gboolean all_fast = TRUE;
  int status;

  if ((status = puente_cli_parse_options ("bench --charts", NULL,
                                          _("Time drawing each chart of the catalogue on a 1920×1080 image (median and slowest of N, in milliseconds; the target is under 16 ms)."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  style_owned = style_name;
  if (argc > 1)
    return puente_cli_usage_error (_("“%s” takes no arguments, but “%s” was given."), "bench", argv[1]);
  if (runs < 1 || runs > 100000)
    return puente_cli_usage_error (_("--runs must be a whole number from 1 to 100000, not %d."), runs);

  puente_chart_style_init (&style);
  style.dark = dark;
  if (!puente_lang_from_string (cli->lang, &style.lang))
    style.lang = PUENTE_LANG_EN;
  if (style_name != NULL && !puente_chart_preset_from_string (style_name, &style.preset))
    return puente_cli_usage_error (_("Unknown style “%s”: use presentation or report."), style_name);

  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return fail (error);
  if ((scenario = puente_scenario_load_preset ("baseline", &error)) == NULL)
    return fail (error);
  results = puente_cli_run_scenario (dataset, scenario);
  source = puente_chart_source_new_for_results (results, dataset);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);

  json_builder_begin_array (builder);
  if (!json)
    g_print ("%-22s %10s %10s\n", "chart", "median_ms", "max_ms");
  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autoptr(PuenteChartData) data = puente_chart_build (spec, source, NULL, NULL, &error);
      g_autofree double *times = g_new (double, runs);
      double median, worst;

      if (data == NULL)
        {
          cairo_surface_destroy (surface);
          return fail (error);
        }
      for (int r = -1; r < runs; r++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 start = g_get_monotonic_time ();
          PuenteChartLayout *layout = puente_chart_draw (data, &style, cr, 1920, 1080);

          cairo_surface_flush (surface);
          if (r >= 0)
            times[r] = (g_get_monotonic_time () - start) / 1000.0;
          puente_chart_layout_free (layout);
          cairo_destroy (cr);
        }
      qsort (times, (size_t) runs, sizeof (double), compare_doubles);
      median = runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
      worst = times[runs - 1];
      all_fast &= median < 16;
      if (json)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "chart");
          json_builder_add_string_value (builder, spec->id);
          json_builder_set_member_name (builder, "median_ms");
          json_builder_add_double_value (builder, round (median * 100) / 100);
          json_builder_set_member_name (builder, "max_ms");
          json_builder_add_double_value (builder, round (worst * 100) / 100);
          json_builder_end_object (builder);
        }
      else
        g_print ("%-22s %10.2f %10.2f%s\n", spec->id, median, worst, median < 16 ? "" : "  (over 16 ms)");
    }
  json_builder_end_array (builder);
  cairo_surface_destroy (surface);

  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      g_autofree char *text = puente_cli_json_to_string (root);

      g_print ("%s", text);
    }
  if (!all_fast && !json)
    g_print ("%s\n", _("Some charts took 16 ms or more to draw."));
  return PUENTE_CLI_EXIT_OK;
}
