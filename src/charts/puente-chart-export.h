/* puente-chart-export.h: PNG, SVG, PDF and CSV files of a chart
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing happens in memory; the file is written to a temporary file in
 * the same directory and renamed over the target, so a failed export never
 * leaves a half-written file where a good one was.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "puente-chart-data.h"
#include "puente-chart-style.h"

G_BEGIN_DECLS

#define PUENTE_CHART_ERROR (puente_chart_error_quark ())

typedef enum {
  PUENTE_CHART_ERROR_UNKNOWN_CHART,
  PUENTE_CHART_ERROR_UNKNOWN_REGION, /* the chart has no data for the region */
  PUENTE_CHART_ERROR_BAD_YEAR,
  PUENTE_CHART_ERROR_UNKNOWN_FORMAT,
  PUENTE_CHART_ERROR_BAD_SIZE,
  PUENTE_CHART_ERROR_NO_DATA,
  PUENTE_CHART_ERROR_RENDER,
  PUENTE_CHART_ERROR_WRITE,
} PuenteChartError;

GQuark puente_chart_error_quark (void);

typedef enum {
  PUENTE_CHART_FORMAT_PNG,
  PUENTE_CHART_FORMAT_SVG,
  PUENTE_CHART_FORMAT_PDF,
  PUENTE_CHART_FORMAT_CSV,
} PuenteChartFormat;

typedef enum {
  PUENTE_CHART_UNIT_PX, /* CSS pixels, 1/96 inch */
  PUENTE_CHART_UNIT_MM,
} PuenteChartUnit;

/* The size of an export: a screen's pixels, or a physical size where the
 * chart's type prints at its nominal size (the report style's smallest
 * text is 8.25 pt). A page (a4, letter) holds the chart inside margins.
 * Maps use the same sizes (src/map). */
typedef struct
{
  double          width; /* the page's, margins included */
  double          height;
  PuenteChartUnit unit;
  double          dpi;    /* PNG resolution; 0: 96 */
  double          margin; /* blank around the chart, in @unit */
} PuenteChartSize;

/* A chart in a report's column: 160 × 100 mm, the default of PDF and SVG
 * exports. */
#define PUENTE_CHART_REPORT_WIDTH_MM 160.0
#define PUENTE_CHART_REPORT_HEIGHT_MM 100.0
/* Bars by state: 15 rows, each named, need 130 mm. */
#define PUENTE_CHART_ROWS_HEIGHT_MM 130.0
/* The Sankey's twelve stages need a landscape page's text block (it fits
 * A4 and letter): 250 × 160 mm. */
#define PUENTE_CHART_WIDE_WIDTH_MM 250.0
#define PUENTE_CHART_WIDE_HEIGHT_MM 160.0
/* PNG's default: 1600 × 900 pixels. */
#define PUENTE_CHART_SCREEN_WIDTH_PX 1600.0
#define PUENTE_CHART_SCREEN_HEIGHT_PX 900.0

gboolean    puente_chart_format_from_string (const char        *text,
                                             PuenteChartFormat *format,
                                             GError           **error);
const char *puente_chart_format_to_string (PuenteChartFormat format);
/* "png" for PUENTE_CHART_FORMAT_PNG... */
const char *puente_chart_format_extension (PuenteChartFormat format);
/* From a file name's extension; FALSE when it has none we know. */
gboolean    puente_chart_format_from_path (const char        *path,
                                           PuenteChartFormat *format);
/* "1600", "1600px", "180mm" */
gboolean    puente_chart_parse_length (const char      *text,
                                       double          *value,
                                       PuenteChartUnit *unit,
                                       GError         **error);

/* A size by name or dimensions: "a4" and "letter" are landscape pages
 * (297 × 210 mm, 11 × 8.5 in) with the chart inside 15 mm margins,
 * "a4-portrait" and "letter-portrait" the same standing up; "report" is
 * 160 × 100 mm; "160x100mm", "6.3x4in", "1600x900" or "1600x900px" are
 * the chart's own size (× works for x). @size->dpi is left alone.
 * PUENTE_CHART_ERROR_BAD_SIZE when @text is none of these. */
gboolean    puente_chart_size_parse (const char      *text,
                                     PuenteChartSize *size,
                                     GError         **error);
/* The size an export of a chart of @kind in @format takes unless told:
 * for PDF and SVG, 160 × 100 mm (a report's column; bars by state 160 ×
 * 130 mm; the Sankey 250 × 160 mm); for PNG, 1600 × 900 pixels. */
void        puente_chart_size_init_default (PuenteChartSize  *size,
                                            PuenteChartFormat format,
                                            PuenteChartKind   kind);
/* "160 × 100 mm", "1600 × 900 px": for messages and dialogs. */
char       *puente_chart_size_to_string (const PuenteChartSize *size);

/* The layout size (in CSS pixels) of the chart inside the margins and,
 * for PNG, the image size in pixels (margins included). */
void        puente_chart_size_resolve (const PuenteChartSize *size,
                                       double                *layout_width,
                                       double                *layout_height,
                                       int                   *png_width,
                                       int                   *png_height);

/* The file's bytes. */
GBytes     *puente_chart_render (const PuenteChartData  *data,
                                 const PuenteChartStyle *style,
                                 PuenteChartFormat       format,
                                 const PuenteChartSize  *size,
                                 GError                **error);
gboolean    puente_chart_export (const PuenteChartData  *data,
                                 const PuenteChartStyle *style,
                                 PuenteChartFormat       format,
                                 const PuenteChartSize  *size,
                                 const char             *path,
                                 GError                **error);

/* The generic part of puente_chart_render (): a picture @draw draws with
 * Cairo in CSS pixels (@width x @height of @size, inside its margins: a4
 * and letter pages work here too) as the bytes of a PNG, SVG or PDF file
 * (not CSV); @title, if any, goes in a PDF's metadata. Maps are exported
 * through it too. */
typedef void (*PuenteChartDrawFunc) (cairo_t *cr,
                                     double   width,
                                     double   height,
                                     gpointer user_data);

GBytes  *puente_chart_render_drawing (PuenteChartFormat      format,
                                      const PuenteChartSize *size,
                                      const char            *title,
                                      PuenteChartDrawFunc    draw,
                                      gpointer               user_data,
                                      GError               **error);
/* Writes @bytes to @path atomically (a temporary file in the same folder,
 * then a rename): a failed export never leaves half a file where a good
 * one was. */
gboolean puente_chart_write_bytes (GBytes     *bytes,
                                   const char *path,
                                   GError    **error);

G_END_DECLS
