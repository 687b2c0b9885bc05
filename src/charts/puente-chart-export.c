/* puente-chart-export.c: PNG, SVG, PDF and CSV files of a chart
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "puente-chart-export.h"
#include "puente-chart.h"
#include "puente-file.h"

G_DEFINE_QUARK (puente-chart-error-quark, puente_chart_error)

#define MM_PER_INCH 25.4
#define CSS_DPI 96.0
#define MAX_PIXELS 16384

static const char *const format_names[] = { "png", "svg", "pdf", "csv" };

gboolean
puente_chart_format_from_string (const char        *text,
                                 PuenteChartFormat *format,
                                 GError           **error)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (text != NULL && g_ascii_strcasecmp (text, format_names[i]) == 0)
      {
        *format = (PuenteChartFormat) i;
        return TRUE;
      }
  g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_FORMAT,
               _("Unknown format “%s”: use png, svg, pdf or csv"), text != NULL ? text : "");
  return FALSE;
}

const char *
puente_chart_format_to_string (PuenteChartFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (format_names), "png");
  return format_names[format];
}

const char *
puente_chart_format_extension (PuenteChartFormat format)
{
  return puente_chart_format_to_string (format);
}

gboolean
puente_chart_format_from_path (const char        *path,
                               PuenteChartFormat *format)
{
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL || (dot = strrchr (path, '.')) == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  return puente_chart_format_from_string (dot + 1, format, NULL);
}

gboolean
puente_chart_parse_length (const char      *text,
                           double          *value,
                           PuenteChartUnit *unit,
                           GError         **error)
{
  char *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL && unit != NULL, FALSE);

  if (text != NULL)
    v = g_ascii_strtod (text, &end);
  if (text == NULL || end == text || !isfinite (v) || v <= 0 ||
      (*end != '\0' && strcmp (end, "px") != 0 && strcmp (end, "mm") != 0))
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE,
                   _("Invalid size “%s”: give a positive number of pixels (1600) or millimetres (180mm)"),
                   text != NULL ? text : "");
      return FALSE;
    }
  *value = v;
  *unit = strcmp (end, "mm") == 0 ? PUENTE_CHART_UNIT_MM : PUENTE_CHART_UNIT_PX;
  return TRUE;
}

void
puente_chart_size_resolve (const PuenteChartSize *size,
                           double                *layout_width,
                           double                *layout_height,
                           int                   *png_width,
                           int                   *png_height)
{
  double dpi = size->dpi > 0 ? size->dpi : CSS_DPI;
  double w = size->width, h = size->height;

  if (size->unit == PUENTE_CHART_UNIT_MM)
    {
      w = w / MM_PER_INCH * CSS_DPI;
      h = h / MM_PER_INCH * CSS_DPI;
    }
  if (layout_width != NULL)
    *layout_width = w;
  if (layout_height != NULL)
    *layout_height = h;
  /* Saturated: a double beyond G_MAXINT cast to int is undefined. */
  if (png_width != NULL)
    *png_width = (int) CLAMP (ceil (w * dpi / CSS_DPI - 1e-6), 0, G_MAXINT);
  if (png_height != NULL)
    *png_height = (int) CLAMP (ceil (h * dpi / CSS_DPI - 1e-6), 0, G_MAXINT);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t status,
              GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_RENDER,
               _("Could not draw the picture: %s"), cairo_status_to_string (status));
  return FALSE;
}

typedef struct
{
  const PuenteChartData  *data;
  const PuenteChartStyle *style;
} ChartDrawing;

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  ChartDrawing *drawing = user_data;
  PuenteChartLayout *layout = puente_chart_draw (drawing->data, drawing->style, cr, width, height);

  puente_chart_layout_free (layout);
}

static void
draw_on (cairo_surface_t     *surface,
         PuenteChartDrawFunc  draw,
         gpointer             user_data,
         double               scale,
         double               width,
         double               height)
{
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  draw (cr, width, height, user_data);
  cairo_destroy (cr);
}

GBytes *
puente_chart_render_drawing (PuenteChartFormat       format,
                             const PuenteChartSize  *size,
                             const char             *title,
                             PuenteChartDrawFunc     draw,
                             gpointer                user_data,
                             GError                **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  double w, h;
  int pw, ph;

  g_return_val_if_fail (size != NULL && draw != NULL, NULL);
  g_return_val_if_fail (format != PUENTE_CHART_FORMAT_CSV, NULL);

  puente_chart_size_resolve (size, &w, &h, &pw, &ph);
  /* Every format: an SVG or PDF 1e12 pixels wide is as empty as a PNG. */
  if (!(w >= 16 && h >= 16) || !(w <= MAX_PIXELS && h <= MAX_PIXELS) ||
      pw > MAX_PIXELS || ph > MAX_PIXELS || (size->dpi != 0 && size->dpi < 1))
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE,
                   _("Invalid size %g × %g: each side must be at least 16 pixels and the image at most %d pixels wide and tall"),
                   size->width, size->height, MAX_PIXELS);
      return NULL;
    }

  bytes = g_byte_array_new ();
  switch (format)
    {
    case PUENTE_CHART_FORMAT_SVG:
      /* SVG and PDF sizes are in points (1/72 inch). */
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, w * 0.75, h * 0.75);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      draw_on (surface, draw, user_data, 0.75, w, h);
      break;
    case PUENTE_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, w * 0.75, h * 0.75);
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Puente " PACKAGE_VERSION);
      draw_on (surface, draw, user_data, 0.75, w, h);
      break;
    case PUENTE_CHART_FORMAT_CSV:
    case PUENTE_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, pw, ph);
      status = cairo_surface_status (surface);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          cairo_surface_destroy (surface);
          check_status (status, error);
          return NULL;
        }
      draw_on (surface, draw, user_data, (double) pw / w, w, h);
      break;
    }

  cairo_surface_flush (surface);
  if (format == PUENTE_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (!check_status (status, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
puente_chart_render (const PuenteChartData  *data,
                     const PuenteChartStyle *style,
                     PuenteChartFormat       format,
                     const PuenteChartSize  *size,
                     GError                **error)
{
  ChartDrawing drawing = { data, style };
  g_autofree char *title = NULL;

  g_return_val_if_fail (data != NULL && style != NULL && size != NULL, NULL);

  if (format == PUENTE_CHART_FORMAT_CSV)
    {
      char *csv = puente_chart_data_to_csv (data, style->lang);

      return g_bytes_new_take (csv, strlen (csv));
    }
  title = puente_text_get (&data->title, style->lang);
  return puente_chart_render_drawing (format, size, title, draw_chart, &drawing, error);
}

gboolean
puente_chart_write_bytes (GBytes      *bytes,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gconstpointer contents;
  gsize length;

  g_return_val_if_fail (bytes != NULL && path != NULL, FALSE);

  contents = g_bytes_get_data (bytes, &length);
  /* Temporary file in the same directory, then rename: all or nothing;
   * never over a folder, a device, a FIFO or a read-only file. */
  if (!puente_file_write (path, contents, length, PUENTE_FILE_WRITE_NONE, &local_error))
    {
      if (g_error_matches (local_error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_WRITE))
        g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_WRITE,
                     _("Could not write “%s”: %s. Choose another folder or free some space."), path,
                     local_error->message);
      else
        g_set_error_literal (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
puente_chart_export (const PuenteChartData  *data,
                     const PuenteChartStyle *style,
                     PuenteChartFormat       format,
                     const PuenteChartSize  *size,
                     const char             *path,
                     GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = puente_chart_render (data, style, format, size, error);
  return bytes != NULL && puente_chart_write_bytes (bytes, path, error);
}
