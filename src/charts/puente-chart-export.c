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
#include "puente-chart-private.h"
#include "puente-file.h"

G_DEFINE_QUARK (puente - chart - error - quark, puente_chart_error)

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
               _ ("Unknown format “%s”: use png, svg, pdf or csv"), text != NULL ? text : "");
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
  char  *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL && unit != NULL, FALSE);

  if (text != NULL)
    v = g_ascii_strtod (text, &end);
  if (text == NULL || end == text || !isfinite (v) || v <= 0 ||
      (*end != '\0' && strcmp (end, "px") != 0 && strcmp (end, "mm") != 0))
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE,
                   _ ("Invalid size “%s”: give a positive number of pixels (1600) or millimetres (180mm)"),
                   text != NULL ? text : "");
      return FALSE;
    }
  *value = v;
  *unit = strcmp (end, "mm") == 0 ? PUENTE_CHART_UNIT_MM : PUENTE_CHART_UNIT_PX;
  return TRUE;
}

/* Pages: landscape, with the chart inside PAGE_MARGIN_MM. */
#define PAGE_MARGIN_MM 15.0

static const struct
{
  const char *name;
  double      width_mm, height_mm, margin_mm;
} named_sizes[] = {
  { "a4", 297, 210, PAGE_MARGIN_MM },
  { "a4-portrait", 210, 297, PAGE_MARGIN_MM },
  { "letter", 279.4, 215.9, PAGE_MARGIN_MM },
  { "letter-portrait", 215.9, 279.4, PAGE_MARGIN_MM },
  { "report", PUENTE_CHART_REPORT_WIDTH_MM, PUENTE_CHART_REPORT_HEIGHT_MM, 0 },
};

static gboolean
bad_size (const char *text,
          GError    **error)
{
  g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE,
               _ ("Invalid size “%s”: give a4, letter (landscape pages; a4-portrait, letter-portrait), report (160 × 100 mm), or a width and height such as 160x100mm, 6.3x4in or 1600x900 (pixels)"),
               text != NULL ? text : "");
  return FALSE;
}

gboolean
puente_chart_size_parse (const char      *text,
                         PuenteChartSize *size,
                         GError         **error)
{
  g_autofree char *copy = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GString) dims = NULL;
  char  *end = NULL, *unit;
  double w, h, factor = 1;

  g_return_val_if_fail (size != NULL, FALSE);

  if (text == NULL)
    return bad_size (text, error);
  copy = g_strstrip (g_strdup (text));
  lower = g_ascii_strdown (copy, -1);
  for (guint i = 0; i < G_N_ELEMENTS (named_sizes); i++)
    if (strcmp (lower, named_sizes[i].name) == 0)
      {
        size->width = named_sizes[i].width_mm;
        size->height = named_sizes[i].height_mm;
        size->margin = named_sizes[i].margin_mm;
        size->unit = PUENTE_CHART_UNIT_MM;
        return TRUE;
      }

  /* "160x100mm", "160 × 100 mm" */
  dims = g_string_new (lower);
  g_string_replace (dims, "×", "x", 0);
  g_string_replace (dims, " ", "", 0);
  w = g_ascii_strtod (dims->str, &end);
  if (end == dims->str || *end != 'x')
    return bad_size (text, error);
  unit = end + 1;
  h = g_ascii_strtod (unit, &end);
  if (end == unit)
    return bad_size (text, error);
  unit = end;
  if (strcmp (unit, "mm") == 0 || strcmp (unit, "cm") == 0 || strcmp (unit, "in") == 0)
    {
      factor = unit[0] == 'c' ? 10 : unit[0] == 'i' ? MM_PER_INCH
                                                    : 1;
      size->unit = PUENTE_CHART_UNIT_MM;
    }
  else if (*unit == '\0' || strcmp (unit, "px") == 0)
    size->unit = PUENTE_CHART_UNIT_PX;
  else
    return bad_size (text, error);
  if (!isfinite (w) || !isfinite (h) || w <= 0 || h <= 0)
    return bad_size (text, error);
  size->width = w * factor;
  size->height = h * factor;
  size->margin = 0;
  return TRUE;
}

void
puente_chart_size_init_default (PuenteChartSize  *size,
                                PuenteChartFormat format,
                                PuenteChartKind   kind)
{
  g_return_if_fail (size != NULL);

  memset (size, 0, sizeof *size);
  if (format == PUENTE_CHART_FORMAT_PDF || format == PUENTE_CHART_FORMAT_SVG)
    {
      gboolean wide = kind == PUENTE_CHART_SANKEY;

      size->width = wide ? PUENTE_CHART_WIDE_WIDTH_MM : PUENTE_CHART_REPORT_WIDTH_MM;
      size->height = wide            ? PUENTE_CHART_WIDE_HEIGHT_MM
        : kind == PUENTE_CHART_HBARS ? PUENTE_CHART_ROWS_HEIGHT_MM
                                     : PUENTE_CHART_REPORT_HEIGHT_MM;
      size->unit = PUENTE_CHART_UNIT_MM;
    }
  else
    {
      size->width = PUENTE_CHART_SCREEN_WIDTH_PX;
      size->height = PUENTE_CHART_SCREEN_HEIGHT_PX;
      size->unit = PUENTE_CHART_UNIT_PX;
    }
}

char *
puente_chart_size_to_string (const PuenteChartSize *size)
{
  g_return_val_if_fail (size != NULL, NULL);

  return g_strdup_printf ("%g × %g %s", size->width, size->height,
                          size->unit == PUENTE_CHART_UNIT_MM ? "mm" : "px");
}

static double
to_css_px (const PuenteChartSize *size,
           double                 length)
{
  return size->unit == PUENTE_CHART_UNIT_MM ? length / MM_PER_INCH * CSS_DPI : length;
}

void
puente_chart_size_resolve (const PuenteChartSize *size,
                           double                *layout_width,
                           double                *layout_height,
                           int                   *png_width,
                           int                   *png_height)
{
  double dpi = size->dpi > 0 ? size->dpi : CSS_DPI;
  double w = to_css_px (size, size->width), h = to_css_px (size, size->height);
  double margin = to_css_px (size, size->margin);

  if (layout_width != NULL)
    *layout_width = w - 2 * margin;
  if (layout_height != NULL)
    *layout_height = h - 2 * margin;
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
               _ ("Could not draw the picture: %s"), cairo_status_to_string (status));
  return FALSE;
}

typedef struct
{
  const PuenteChartData  *data;
  const PuenteChartStyle *style;
  ChartDrawFlags          flags;
  PuenteChartLayout      *layout; /* what was drawn */
} ChartDrawing;

static void
draw_chart (cairo_t *cr,
            double   width,
            double   height,
            gpointer user_data)
{
  ChartDrawing *drawing = user_data;

  g_clear_pointer (&drawing->layout, puente_chart_layout_free);
  drawing->layout = chart_draw_full (drawing->data, drawing->style, cr, width, height, drawing->flags);
}

/* The chart's text as SVG elements (drawn with CHART_DRAW_TEXT_AS_ELEMENTS). */
static char *
chart_svg_text (gpointer user_data)
{
  ChartDrawing *drawing = user_data;

  return chart_texts_to_svg (drawing->layout);
}

/* Draws @width × @height (CSS pixels) at @margin from the surface's
 * corner, @scale surface units to a pixel; a page is white around it. */
static void
draw_on (cairo_surface_t    *surface,
         PuenteChartDrawFunc draw,
         gpointer            user_data,
         double              scale,
         double              margin,
         double              width,
         double              height)
{
  cairo_t *cr = cairo_create (surface);

  if (margin > 0)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, margin, margin);
  draw (cr, width, height, user_data);
  cairo_destroy (cr);
}

/* SVG: Cairo 1.16 writes text as glyph outlines, which no editor can
 * change. A drawing that records its text instead gives it as elements,
 * added after everything else (text lies over the drawing in every
 * chart), before the document's end. */
static GByteArray *
add_svg_elements (GByteArray *svg,
                  const char *elements)
{
  static const char end_tag[] = "</svg>";
  guint             at = svg->len;

  while (at >= sizeof end_tag - 1 && memcmp (svg->data + at - (sizeof end_tag - 1), end_tag, sizeof end_tag - 1) != 0)
    at--;
  if (at < sizeof end_tag - 1)
    return svg;
  at -= sizeof end_tag - 1;
  {
    g_autoptr(GByteArray) out = g_byte_array_sized_new (svg->len + strlen (elements));

    g_byte_array_append (out, svg->data, at);
    g_byte_array_append (out, (const guint8 *) elements, strlen (elements));
    g_byte_array_append (out, svg->data + at, svg->len - at);
    g_byte_array_unref (svg);
    return g_steal_pointer (&out);
  }
}

/* puente_chart_render_drawing (), and for SVG the elements @svg_text
 * gives once @draw has drawn. */
static GBytes *
render_full (PuenteChartFormat      format,
             const PuenteChartSize *size,
             const char            *title,
             PuenteChartDrawFunc    draw,
             char *(*svg_text) (gpointer user_data),
             gpointer user_data,
             GError **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface = NULL;
  cairo_status_t   status;
  double           w, h, margin, page_w, page_h;
  int              pw, ph;

  g_return_val_if_fail (size != NULL && draw != NULL, NULL);
  g_return_val_if_fail (format != PUENTE_CHART_FORMAT_CSV, NULL);

  puente_chart_size_resolve (size, &w, &h, &pw, &ph);
  margin = size->unit == PUENTE_CHART_UNIT_MM ? size->margin / MM_PER_INCH * CSS_DPI : size->margin;
  page_w = w + 2 * margin, page_h = h + 2 * margin;
  /* Every format: an SVG or PDF 1e12 pixels wide is as empty as a PNG. */
  if (!(w >= 16 && h >= 16) || !(page_w <= MAX_PIXELS && page_h <= MAX_PIXELS) ||
      pw > MAX_PIXELS || ph > MAX_PIXELS || (size->dpi != 0 && size->dpi < 1))
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_SIZE,
                   _ ("Invalid size %g × %g: each side must be at least 16 pixels and the image at most %d pixels wide and tall"),
                   size->width, size->height, MAX_PIXELS);
      return NULL;
    }

  bytes = g_byte_array_new ();
  switch (format)
    {
    case PUENTE_CHART_FORMAT_SVG:
      /* SVG and PDF sizes are in points (1/72 inch). */
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, page_w * 0.75, page_h * 0.75);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      draw_on (surface, draw, user_data, 0.75, margin, w, h);
      break;
    case PUENTE_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, page_w * 0.75, page_h * 0.75);
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Puente " PACKAGE_VERSION);
      draw_on (surface, draw, user_data, 0.75, margin, w, h);
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
      draw_on (surface, draw, user_data, (double) pw / page_w, margin, w, h);
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
  if (format == PUENTE_CHART_FORMAT_SVG && svg_text != NULL)
    {
      g_autofree char *elements = svg_text (user_data);

      bytes = add_svg_elements (g_steal_pointer (&bytes), elements);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
puente_chart_render_drawing (PuenteChartFormat      format,
                             const PuenteChartSize *size,
                             const char            *title,
                             PuenteChartDrawFunc    draw,
                             gpointer               user_data,
                             GError               **error)
{
  return render_full (format, size, title, draw, NULL, user_data, error);
}

GBytes *
puente_chart_render (const PuenteChartData  *data,
                     const PuenteChartStyle *style,
                     PuenteChartFormat       format,
                     const PuenteChartSize  *size,
                     GError                **error)
{
  /* SVG: text as <text>, not outlines (puente-chart-svg.c). */
  ChartDrawing     drawing = { data, style, format == PUENTE_CHART_FORMAT_SVG ? CHART_DRAW_TEXT_AS_ELEMENTS : 0, NULL };
  g_autofree char *title = NULL;
  GBytes          *bytes;

  g_return_val_if_fail (data != NULL && style != NULL && size != NULL, NULL);

  if (format == PUENTE_CHART_FORMAT_CSV)
    {
      char *csv = puente_chart_data_to_csv (data, style->lang);

      return g_bytes_new_take (csv, strlen (csv));
    }
  title = puente_text_get (&data->title, style->lang);
  bytes = render_full (format, size, title, draw_chart, chart_svg_text, &drawing, error);
  g_clear_pointer (&drawing.layout, puente_chart_layout_free);
  return bytes;
}

gboolean
puente_chart_write_bytes (GBytes     *bytes,
                          const char *path,
                          GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  gconstpointer contents;
  gsize         length;

  g_return_val_if_fail (bytes != NULL && path != NULL, FALSE);

  contents = g_bytes_get_data (bytes, &length);
  /* Temporary file in the same directory, then rename: all or nothing;
   * never over a folder, a device, a FIFO or a read-only file. */
  if (!puente_file_write (path, contents, length, PUENTE_FILE_WRITE_NONE, &local_error))
    {
      if (g_error_matches (local_error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_WRITE))
        g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_WRITE,
                     _ ("Could not write “%s”: %s. Choose another folder or free some space."), path,
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
