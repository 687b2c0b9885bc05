/* test-map-legend.c: the map legend's symbols, and nothing else
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (suite 'gui': map layers are widgets). The charging
 * legend draws its symbols (a disc, a ring, the size key's ring) among its
 * text. Text leaves cairo's current point where it started, and an arc
 * drawn after it starts with a line from there: a stray diagonal that
 * crossed "Needed by the fleet" on screen and in exported maps. Here every
 * connected patch of ink must be a symbol (a circle) or a piece of text
 * (no taller than a line): a stray line joins a symbol or a letter and
 * makes a patch that is neither.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "puente-charging-layer.h"
#include "puente-map-style.h"
#include "puente-workspace.h"

#define WIDTH 300
#define HEIGHT 260

/* Labels the ink (pixels unlike the background) by 8-connected component
 * and checks each is a symbol (a circle at least 0.7 @line_height wide: a
 * square bounding box with every pixel within its radius of the box's
 * centre) or text (no taller than @line_height). Returns the number of
 * symbols. */
static guint
check_circles_and_text (cairo_surface_t *surface,
                        double           line_height)
{
  const guint32 *pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  g_autofree int *label = g_new0 (int, WIDTH * HEIGHT);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
  guint n = 0, circles = 0;

  for (int start = 0; start < WIDTH * HEIGHT; start++)
    {
      int x0 = WIDTH, y0 = HEIGHT, x1 = -1, y1 = -1;
      double cx, cy, r;
      gboolean circle = TRUE;

      if (label[start] != 0 || (pixels[(start / WIDTH) * stride + start % WIDTH] & 0xffffff) == 0xffffff)
        continue;
      label[start] = (int) ++n;
      g_array_set_size (stack, 0);
      g_array_append_val (stack, start);
      for (guint k = 0; k < stack->len; k++)
        {
          int p = g_array_index (stack, int, k);
          int px = p % WIDTH, py = p / WIDTH;

          x0 = MIN (x0, px), x1 = MAX (x1, px), y0 = MIN (y0, py), y1 = MAX (y1, py);
          for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
              {
                int qx = px + dx, qy = py + dy, q = qy * WIDTH + qx;

                if (qx < 0 || qy < 0 || qx >= WIDTH || qy >= HEIGHT || label[q] != 0 ||
                    (pixels[qy * stride + qx] & 0xffffff) == 0xffffff)
                  continue;
                label[q] = (int) n;
                g_array_append_val (stack, q);
              }
        }

      circle = ABS ((x1 - x0) - (y1 - y0)) <= 2 && x1 - x0 + 1 >= line_height * 0.7;
      cx = (x0 + x1 + 1) / 2.0, cy = (y0 + y1 + 1) / 2.0, r = (x1 - x0 + 1) / 2.0;
      for (guint k = 0; k < stack->len && circle; k++)
        {
          int p = g_array_index (stack, int, k);

          circle = hypot (p % WIDTH + 0.5 - cx, p / WIDTH + 0.5 - cy) <= r + 1.0;
        }
      if (circle)
        {
          g_test_message ("symbol: %d×%d at (%d, %d)", x1 - x0 + 1, y1 - y0 + 1, x0, y0);
          circles++;
        }
      else
        {
          if (y1 - y0 + 1 > line_height)
            g_test_message ("neither a symbol nor text: %d×%d at (%d, %d)", x1 - x0 + 1, y1 - y0 + 1, x0, y0);
          g_assert_cmpint (y1 - y0 + 1, <=, line_height);
        }
    }
  return circles;
}

static void
test_charging_legend (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteBasemap) basemap = puente_basemap_dup_default (&error);
  g_autoptr(PuenteMapContext) context = NULL;
  g_autoptr(ShumateViewport) viewport = shumate_viewport_new ();
  g_autoptr(PuenteWorkspace) workspace = NULL;
  PuenteMapLayer *layer;
  PuenteMapLegendStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;

  g_assert_no_error (error);
  workspace = puente_workspace_new (dataset);
  g_assert_true (puente_workspace_load_preset (workspace, "baseline", &error));
  context = puente_map_context_new (dataset, basemap);
  puente_map_context_set_results (context, puente_workspace_get_results (workspace), NULL);
  puente_map_context_set_year (context, 2030);
  layer = g_object_ref_sink (puente_map_layer_new (PUENTE_TYPE_CHARGING_LAYER, viewport, context));

  puente_map_legend_style_init (&style, PUENTE_BASEMAP_STYLE_LIGHT);

  for (guint lang = PUENTE_LANG_EN; lang <= PUENTE_LANG_ES; lang++)
    {
      puente_map_context_set_language (context, lang);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      height = puente_map_layer_draw_legend (layer, cr, &style, 12, 12, WIDTH - 24);
      g_assert_cmpfloat (height, >, 60);
      g_assert_cmpfloat (height, <, HEIGHT - 24);
      cairo_surface_flush (surface);
      /* Existing (a disc), needed (a ring), and the size key's ring. */
      g_assert_cmpuint (check_circles_and_text (surface, style.font_size * 1.5), ==, 3);
      g_assert_false (cairo_has_current_point (cr));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_object_unref (layer);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/legend/charging-symbols-only", test_charging_legend);

  return g_test_run ();
}
