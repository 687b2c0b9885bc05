/* puente-cli-chart-job.h: what the chart commands share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line draws the catalogue's charts exactly as the window does:
 * same specs, same drawing code, same files. "chart" and "export-all" take
 * the same options (CHART_OPTIONS), resolve them into a ChartJob (scenarios
 * run, style, size, formats) and render charts from it.
 */
#pragma once

#include "puente-chart-export.h"
#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart.h"
#include "puente-cli.h"
#include "puente-units.h"

G_BEGIN_DECLS

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
  char    *size;
  double   dpi;
  char    *output;
  char    *dir;
  char    *units;
  gboolean dark;
  gboolean difference;
  char   **stations;
} ChartArgs;

void puente_cli_chart_args_clear (ChartArgs *args);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartArgs, puente_cli_chart_args_clear)

/* Everything one rendering needs, resolved from the options. */
typedef struct
{
  PuenteCli         *cli;
  PuenteDataset     *dataset;
  PuenteScenario    *a;
  PuenteScenario    *b;
  char              *a_label;
  char              *b_label;
  PuenteResults     *a_results;
  PuenteResults     *b_results;
  PuenteChartSource *a_source;
  PuenteChartSource *b_source;
  PuenteStations    *stations; /* --stations, or NULL */
  PuenteChartStyle   style;
  PuenteChartSize    size;
  gboolean           size_given; /* else each format's default size */
  PuenteUnitSystem   units;
  GArray            *formats; /* PuenteChartFormat */
} ChartJob;

void puente_cli_chart_job_clear (ChartJob *job);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartJob, puente_cli_chart_job_clear)

/* Resolves @args into @job: returns -1 to go on, else the exit code (the
 * error printed). @many_formats: export-all's format list. */
int              puente_cli_chart_job_prepare (PuenteCli *cli,
                                               ChartArgs *args,
                                               gboolean   many_formats,
                                               ChartJob  *job);
PuenteChartData *puente_cli_chart_job_build (const ChartJob        *job,
                                             const PuenteChartSpec *spec,
                                             const ChartArgs       *args,
                                             GError               **error);
/* The chart as a fan: the pairs it draws are run @n_runs times with the
 * uncertain inputs sampled; the median and bands replace scenario A's line. */
PuenteChartData *puente_cli_chart_job_build_fan (const ChartJob        *job,
                                                 const PuenteChartSpec *spec,
                                                 const ChartArgs       *args,
                                                 guint                  n_runs,
                                                 guint64                seed,
                                                 GError               **error);
/* Writes @data to @path ("-": the standard output) in @format, at the
 * size given or @format's default, never over an input, a folder, a
 * device, a FIFO or a read-only file. */
gboolean         puente_cli_chart_job_write (const ChartJob        *job,
                                             const PuenteChartData *data,
                                             PuenteChartFormat      format,
                                             const char            *path,
                                             GError               **error);

#define CHART_OPTIONS(args)                                                                                                                                                                                                                                                                              \
  { "preset", 'p', 0, G_OPTION_ARG_STRING, &(args).preset, N_ ("Scenario A: a preset id (default: baseline)"), N_ ("ID") },                                                                                                                                                                              \
    { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &(args).scenario, N_ ("Scenario A: a scenario file"), N_ ("FILE") },                                                                                                                                                                                    \
    { "compare-preset", 0, 0, G_OPTION_ARG_STRING, &(args).compare_preset, N_ ("Scenario B to compare: a preset id"), N_ ("ID") },                                                                                                                                                                       \
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &(args).compare, N_ ("Scenario B to compare: a scenario file"), N_ ("FILE") },                                                                                                                                                                             \
    { "region", 'r', 0, G_OPTION_ARG_STRING, &(args).region, N_ ("Region: US, MX, NA, a state code (US-CA, MX-NLE), a port of entry (laredo-wtb) or a transit city (mx-cdmx), as the chart takes"), N_ ("CODE") },                                                                                       \
    { "year", 'y', 0, G_OPTION_ARG_INT, &(args).year, N_ ("Year of charts by state or port and of the Sankey, or the year marked on charts over time"), N_ ("YEAR") },                                                                                                                                   \
    { "lang", 0, 0, G_OPTION_ARG_STRING, &(args).lang, N_ ("Chart language: en, es or both"), N_ ("LANG") },                                                                                                                                                                                             \
    { "style", 0, 0, G_OPTION_ARG_STRING, &(args).style, N_ ("presentation (large type) or report (default)"), N_ ("STYLE") },                                                                                                                                                                           \
    { "units", 0, 0, G_OPTION_ARG_STRING, &(args).units, N_ ("metric (default) or us (US customary), whatever the language"), N_ ("UNITS") },                                                                                                                                                            \
    { "dark", 0, 0, G_OPTION_ARG_NONE, &(args).dark, N_ ("Dark background"), NULL },                                                                                                                                                                                                                     \
    { "difference", 0, 0, G_OPTION_ARG_NONE, &(args).difference, N_ ("Add a B − A panel when comparing"), NULL },                                                                                                                                                                                        \
    { "size", 0, 0, G_OPTION_ARG_STRING, &(args).size, N_ ("a4 or letter (landscape pages; a4-portrait, letter-portrait), report (160 × 100 mm), or WxHmm, WxHin, WxH pixels (default: PDF and SVG 160x100mm, taller for bars by state, 250x160mm for the Sankey; PNG 1600x900 pixels)"), N_ ("SIZE") }, \
    { "width", 'W', 0, G_OPTION_ARG_STRING, &(args).width, N_ ("Width in pixels, or millimetres with “mm” (instead of --size)"), N_ ("W") },                                                                                                                                                             \
    { "height", 'H', 0, G_OPTION_ARG_STRING, &(args).height, N_ ("Height in pixels, or millimetres with “mm” (instead of --size)"), N_ ("H") },                                                                                                                                                          \
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &(args).dpi, N_ ("PNG resolution in dots per inch (default 96)"), N_ ("DPI") },                                                                                                                                                                                  \
  {                                                                                                                                                                                                                                                                                                      \
    "stations", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &(args).stations, N_ ("Imported charging stations for the stations charts (stations-l2, stations-dcfc, stations-border): an AFDC CSV or JSON or Open Charge Map JSON file; repeat for more files"), N_ ("FILE")                                       \
  }

G_END_DECLS
