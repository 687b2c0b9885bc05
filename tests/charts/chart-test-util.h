/* chart-test-util.h: synthetic chart data and file checks for the chart tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-chart-data.h"
#include "puente-chart-export.h"
#include "puente-chart-spec.h"
#include "puente-chart.h"
#include "puente-dataset.h"
#include "puente-results.h"

G_BEGIN_DECLS

/* A source with every indicator the catalogue uses, for US, MX, NA, a
 * dozen states, six ports of entry and four transit cities, 2024-2050,
 * shaped like the model's output (each indicator for the kinds of region
 * the engine has it for), with a synthetic Sankey for any year. @bump
 * raises the ZEV path (a "B" scenario). */
PuenteChartSource *chart_test_source_new       (double                 bump);
void               chart_test_source_free      (PuenteChartSource     *source);
/* A balanced supply-chain graph with a recycling loop. */
PuenteSankey      *chart_test_sankey_new       (void);
PuenteChartData   *chart_test_sankey_data      (void);
PuenteChartData   *chart_test_fan_data         (gboolean               with_b);

/* Checks one rendered file: PNG (size, not blank, has @colour), SVG
 * (rsvg-convert reads it), PDF (one page; pdftotext holds @title), CSV
 * (holds every series label in @lang and every year). */
void               chart_test_check_file       (const PuenteChartData *data,
                                                PuenteLang             lang,
                                                PuenteChartFormat      format,
                                                const char            *path,
                                                int                    png_width,
                                                int                    png_height);
/* Exports @data in English, Spanish and both to PNG, SVG, PDF and CSV in
 * @dir, checks each file (chart_test_check_file) and removes it. */
void               chart_test_render_all       (const char            *name,
                                                const PuenteChartData *data,
                                                const char            *dir);
/* The engine's results of @preset on @dataset, to its horizon. */
PuenteResults     *chart_test_run_preset       (PuenteDataset         *dataset,
                                                const char            *preset);
/* Checks every text @layout drew: inside the @width × @height chart, not
 * cut short with an ellipsis, overlapping no other text. @what names the
 * drawing in messages. Returns the number of texts. */
guint              chart_test_check_texts      (const PuenteChartLayout *layout,
                                                double                 width,
                                                double                 height,
                                                const char            *what);
/* TRUE when a text of @layout holds @text whole (no-break spaces read as
 * spaces). */
gboolean           chart_test_has_text         (const PuenteChartLayout *layout,
                                                const char            *text);
/* Runs @argv (a program on the PATH), returns its standard output, and
 * 0 or 1 in @status; chart_test_require_tool () fails the test, saying
 * what installs it, when @name is not on the PATH. */
char              *chart_test_run_tool         (const char *const     *argv,
                                                int                   *status);
void               chart_test_require_tool     (const char            *name);
/* A chart CSV's column names and rows, after its "# " lines. */
const char        *chart_test_csv_body         (const char            *csv);
/* Checks that every font of the PDF at @path is at least @min_points
 * (as pdftohtml reads them, to a third of a point). */
void               chart_test_check_pdf_type   (const char            *path,
                                                double                 min_points);
/* Writes @data as PNG to $PUENTE_CHART_TEST_KEEP/@name.png when set. */
void               chart_test_keep_png         (const PuenteChartData *data,
                                                const char            *name,
                                                PuenteLang             lang,
                                                PuenteChartPreset      preset,
                                                gboolean               dark,
                                                double                 width,
                                                double                 height);

G_END_DECLS
