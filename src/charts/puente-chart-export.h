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
  PUENTE_CHART_ERROR_UNKNOWN_REGION,   /* the chart has no data for the region */
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
  PUENTE_CHART_UNIT_PX,             /* CSS pixels, 1/96 inch */
  PUENTE_CHART_UNIT_MM,
} PuenteChartUnit;

typedef struct
{
  double          width;
  double          height;
  PuenteChartUnit unit;
  double          dpi;              /* PNG resolution; 0: 96 */
} PuenteChartSize;

gboolean    puente_chart_format_from_string (const char          *text,
                                             PuenteChartFormat   *format,
                                             GError             **error);
const char *puente_chart_format_to_string   (PuenteChartFormat    format);
/* "png" for PUENTE_CHART_FORMAT_PNG... */
const char *puente_chart_format_extension   (PuenteChartFormat    format);
/* From a file name's extension; FALSE when it has none we know. */
gboolean    puente_chart_format_from_path   (const char          *path,
                                             PuenteChartFormat   *format);
/* "1600", "1600px", "180mm" */
gboolean    puente_chart_parse_length       (const char          *text,
                                             double              *value,
                                             PuenteChartUnit     *unit,
                                             GError             **error);

/* The layout size (in CSS pixels) and, for PNG, the image size in pixels. */
void        puente_chart_size_resolve       (const PuenteChartSize *size,
                                             double              *layout_width,
                                             double              *layout_height,
                                             int                 *png_width,
                                             int                 *png_height);

/* The file's bytes. */
GBytes     *puente_chart_render             (const PuenteChartData  *data,
                                             const PuenteChartStyle *style,
                                             PuenteChartFormat       format,
                                             const PuenteChartSize  *size,
                                             GError                **error);
gboolean    puente_chart_export             (const PuenteChartData  *data,
                                             const PuenteChartStyle *style,
                                             PuenteChartFormat       format,
                                             const PuenteChartSize  *size,
                                             const char             *path,
                                             GError                **error);

/* The generic part of puente_chart_render (): a picture @draw draws with
 * Cairo in CSS pixels (@width x @height of @size) as the bytes of a PNG,
 * SVG or PDF file (not CSV); @title, if any, goes in a PDF's metadata.
 * Maps are exported through it too. */
typedef void (*PuenteChartDrawFunc) (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gpointer  user_data);

GBytes     *puente_chart_render_drawing     (PuenteChartFormat       format,
                                             const PuenteChartSize  *size,
                                             const char             *title,
                                             PuenteChartDrawFunc     draw,
                                             gpointer                user_data,
                                             GError                **error);
/* Writes @bytes to @path atomically (a temporary file in the same folder,
 * then a rename): a failed export never leaves half a file where a good
 * one was. */
gboolean    puente_chart_write_bytes        (GBytes                 *bytes,
                                             const char             *path,
                                             GError                **error);

G_END_DECLS
