/* puente-map-export.c: the map view as PNG, SVG or PDF
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "puente-file.h"
#include "puente-geo.h"
#include "puente-i18n.h"
#include "puente-map-export.h"
#include "puente-map-labels.h"

#define LEGEND_WIDTH 280.0
#define MARGIN 16.0

gboolean
puente_map_format_from_path (const char      *path,
                             PuenteMapFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = PUENTE_MAP_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = PUENTE_MAP_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = PUENTE_MAP_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

static void
puente_map_draw_basemap (PuenteBasemap         *basemap,
                         cairo_t               *cr,
                         const PuenteMapFrame  *frame,
                         PuenteBasemapStyle     style)
{
  int zoom = CLAMP ((int) floor (frame->zoom), PUENTE_BASEMAP_MIN_ZOOM, PUENTE_BASEMAP_MAX_ZOOM);
  double scale = exp2 (frame->zoom - zoom);
  double size = PUENTE_TILE_SIZE * scale;
  double left, top;
  int n = 1 << zoom;
  int tx0, ty0, tx1, ty1;

  g_return_if_fail (PUENTE_IS_BASEMAP (basemap));

  puente_map_frame_get_origin (frame, &left, &top);
  tx0 = (int) floor (left / size);
  ty0 = MAX (0, (int) floor (top / size));
  tx1 = (int) floor ((left + frame->width) / size);
  ty1 = MIN (n - 1, (int) floor ((top + frame->height) / size));

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_clip (cr);
  {
    double r, g, b;

    puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_WATER, &r, &g, &b);
    cairo_set_source_rgb (cr, r, g, b);
    cairo_paint (cr);
  }
  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        cairo_save (cr);
        cairo_translate (cr, tx * size - left, ty * size - top);
        cairo_scale (cr, scale, scale);
        puente_basemap_render_tile (basemap, cr, zoom, ((tx % n) + n) % n, ty, style);
        cairo_restore (cr);
      }
  cairo_restore (cr);
}

static double
legend_height (GPtrArray                  *layers,
               const PuenteMapLegendStyle *legend)
{
  double height = 0;

  for (guint i = layers->len; i-- > 0;)
    {
      PuenteMapPainter *layer = g_ptr_array_index (layers, i);

      if (puente_map_painter_is_available (layer))
        height += puente_map_painter_draw_legend (layer, NULL, legend, 0, 0, LEGEND_WIDTH - 2 * MARGIN) + MARGIN;
    }
  return height;
}

static char *
source_line (GPtrArray                    *layers,
             const PuenteMapExportOptions *options)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < layers->len; i++)
    {
      PuenteMapPainter *layer = g_ptr_array_index (layers, i);
      const char *sources = puente_map_painter_get_sources (layer);

      if (!puente_map_painter_is_available (layer) || sources == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, sources);
    }
  if (options->attribution != NULL)
    {
      if (text->len > 0)
        g_string_append (text, "\n");
      /* Translators: credit for the map under the data: %s is its source */
      g_string_append_printf (text, puente_gettext (options->language, "Basemap: %s"), options->attribution);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static double
header_height (const PuenteMapExportOptions *options,
               const PuenteMapLegendStyle   *legend,
               double                        width)
{
  PuenteMapLegendStyle big = *legend;
  double h = MARGIN;

  big.font_size = 20;
  h += puente_map_legend_text (NULL, &big, options->title, 0, 0, width, TRUE, FALSE);
  h += puente_map_legend_text (NULL, legend, options->subtitle, 0, 0, width, FALSE, TRUE);
  return h + MARGIN / 2;
}

static void
puente_map_export_get_size (GPtrArray                    *layers,
                            const PuenteMapFrame         *frame,
                            const PuenteMapExportOptions *options,
                            double                       *width,
                            double                       *height)
{
  PuenteMapLegendStyle legend;
  g_autofree char *sources = NULL;
  double w;

  g_return_if_fail (layers != NULL && frame != NULL && options != NULL);

  puente_map_legend_style_init (&legend, options->style);
  sources = source_line (layers, options);
  w = frame->width + LEGEND_WIDTH;
  *width = w;
  *height = header_height (options, &legend, w - 2 * MARGIN)
            + MAX (frame->height, legend_height (layers, &legend))
            + MARGIN / 2 + puente_map_legend_text (NULL, &legend, sources, 0, 0, w - 2 * MARGIN, FALSE, TRUE)
            + MARGIN;
}

static void
puente_map_export_draw (cairo_t                      *cr,
                        PuenteBasemap                *basemap,
                        GPtrArray                    *layers,
                        const PuenteMapFrame         *frame,
                        const PuenteMapExportOptions *options)
{
  PuenteMapLegendStyle legend, big;
  g_autofree char *sources = NULL;
  double width, height, y, map_top, ly;

  g_return_if_fail (cr != NULL && layers != NULL && frame != NULL && options != NULL);

  puente_map_export_get_size (layers, frame, options, &width, &height);
  puente_map_legend_style_init (&legend, options->style);
  big = legend;
  big.font_size = 20;

  cairo_save (cr);
  cairo_set_source_rgb (cr, legend.background.r, legend.background.g, legend.background.b);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  y = MARGIN;
  y += puente_map_legend_text (cr, &big, options->title, MARGIN, y, width - 2 * MARGIN, TRUE, FALSE);
  y += puente_map_legend_text (cr, &legend, options->subtitle, MARGIN, y, width - 2 * MARGIN, FALSE, TRUE);
  y += MARGIN / 2;
  map_top = y;

  /* The map, clipped to its frame. */
  cairo_save (cr);
  cairo_translate (cr, 0, map_top);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_clip (cr);
  puente_map_draw_basemap (basemap, cr, frame, options->style);
  for (guint i = 0; i < layers->len; i++)
    {
      PuenteMapPainter *layer = g_ptr_array_index (layers, i);

      if (puente_map_painter_is_available (layer))
        puente_map_painter_draw (layer, cr, frame);
    }
  /* The names, as the window's labels layer draws them. */
  if (layers->len > 0)
    {
      PuenteMapLabels *labels = puente_map_labels_new ();

      puente_map_labels_draw (labels, puente_map_painter_get_context (g_ptr_array_index (layers, 0)),
                              (PuenteMapPainter **) layers->pdata, layers->len, cr, frame);
      puente_map_labels_free (labels);
    }
  cairo_restore (cr);

  /* Legends, top layer first. */
  ly = map_top;
  for (guint i = layers->len; i-- > 0;)
    {
      PuenteMapPainter *layer = g_ptr_array_index (layers, i);

      if (puente_map_painter_is_available (layer))
        ly += puente_map_painter_draw_legend (layer, cr, &legend, frame->width + MARGIN, ly,
                                            LEGEND_WIDTH - 2 * MARGIN) + MARGIN;
    }

  sources = source_line (layers, options);
  y = map_top + MAX (frame->height, ly - map_top) + MARGIN / 2;
  puente_map_legend_text (cr, &legend, sources, MARGIN, y, width - 2 * MARGIN, FALSE, TRUE);
  cairo_restore (cr);
}

gboolean
puente_map_export_to_file (const char                   *path,
                           PuenteMapFormat               format,
                           PuenteBasemap                *basemap,
                           GPtrArray                    *layers,
                           const PuenteMapFrame         *frame,
                           const PuenteMapExportOptions *options,
                           GError                      **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *target = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  int scale = MAX (options->png_scale, 1);

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (PUENTE_IS_BASEMAP (basemap), FALSE);

  /* Never over a folder, a device, a FIFO or a read-only file; through a
   * link, the file linked to. */
  target = puente_file_resolve_output (path, PUENTE_FILE_WRITE_NONE, error);
  if (target == NULL)
    return FALSE;

  puente_map_export_get_size (layers, frame, options, &width, &height);
  tmp = g_strdup_printf ("%s.tmp", target);

  switch (format)
    {
    case PUENTE_MAP_FORMAT_SVG:
      surface = cairo_svg_surface_create (tmp, width, height);
      break;
    case PUENTE_MAP_FORMAT_PDF:
      /* PDF points are 1/72 inch; user units are CSS pixels (1/96). */
      surface = cairo_pdf_surface_create (tmp, width * 0.75, height * 0.75);
      break;
    case PUENTE_MAP_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (height * scale));
      break;
    }

  cr = cairo_create (surface);
  if (format == PUENTE_MAP_FORMAT_PDF)
    cairo_scale (cr, 0.75, 0.75);
  else if (format == PUENTE_MAP_FORMAT_PNG)
    cairo_scale (cr, scale, scale);
  puente_map_export_draw (cr, basemap, layers, frame, options);
  cairo_destroy (cr);

  if (format == PUENTE_MAP_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, tmp);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The map could not be written to “%s”: %s. Choose another folder or free some space."),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (tmp, target) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The map could not be written to “%s”: %s. Choose another folder or free some space."),
                   path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
