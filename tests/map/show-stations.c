/* show-stations.c: a window with the stations layer, for looking at it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a harness to see the stations layer as the map will show
 * it, before the app's Import Stations… exists (issue 17, later round).
 * The offline basemap, the layer with the imported files, its legend in a
 * corner, and a tooltip for what the pointer is on (or --select ID).
 *
 *   show-stations [--lat L --lon L --zoom Z] [--dark] [--select ID]
 *                 [--dc-fast-only] [--network NAME] FILE...
 *
 * Without --lat/--lon/--zoom the view fits the stations. Text follows the
 * environment's language (LANGUAGE, LANG), from the build's catalogues.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>

#include "puente-geo.h"
#include "puente-i18n.h"
#include "puente-map-style.h"
#include "puente-offline-source.h"
#include "puente-stations-layer.h"

#define LEGEND_WIDTH 300

typedef struct
{
  ShumateMap          *map;
  PuenteStationsLayer *layer;
  GtkWidget           *legend;
  GtkLabel            *details;
} Harness;

static void
draw_legend (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  Harness *h = data;
  PuenteMapLegendStyle style;
  PuenteMapContext *context = puente_map_layer_get_context (PUENTE_MAP_LAYER (h->layer));

  puente_map_legend_style_init (&style, puente_map_context_get_style (context));
  cairo_set_source_rgba (cr, style.background.r, style.background.g, style.background.b, 0.92);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  puente_map_layer_draw_legend (PUENTE_MAP_LAYER (h->layer), cr, &style, 12, 10, width - 24);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           Harness                  *h)
{
  PuenteMapFrame frame;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;

  puente_map_layer_get_frame (PUENTE_MAP_LAYER (h->layer), &frame);
  id = puente_map_layer_hit_test (PUENTE_MAP_LAYER (h->layer), &frame, x, y);
  text = puente_map_layer_describe (PUENTE_MAP_LAYER (h->layer), id);
  if (text != NULL)
    gtk_label_set_text (h->details, text);
}

int
main (int   argc,
      char *argv[])
{
  double lat = NAN, lon = NAN, zoom = NAN;
  gboolean dark = FALSE, dc_fast_only = FALSE;
  g_autofree char *select = NULL;
  g_autofree char *network = NULL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "lat", 0, 0, G_OPTION_ARG_DOUBLE, &lat, "Latitude of the centre", "L" },
    { "lon", 0, 0, G_OPTION_ARG_DOUBLE, &lon, "Longitude of the centre", "L" },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, "Zoom level", "Z" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark map", NULL },
    { "select", 0, 0, G_OPTION_ARG_STRING, &select, "Outline the station ID and describe it", "ID" },
    { "dc-fast-only", 0, 0, G_OPTION_ARG_NONE, &dc_fast_only, "Only stations with DC fast ports", NULL },
    { "network", 0, 0, G_OPTION_ARG_STRING, &network, "Only this network", "NAME" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("FILE… — the stations layer in a window");
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStateLocator) locator = NULL;
  g_autoptr(PuenteStations) stations = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteBasemap) basemap = NULL;
  g_autoptr(PuenteMapContext) context = NULL;
  g_autoptr(PuenteOfflineSource) source = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  Harness h = { 0 };
  GtkWidget *window, *overlay, *box;
  ShumateViewport *viewport;
  GtkEventController *motion;
  PuenteLang lang;

  /* As puente's main () does: the locale settled once, then a language
   * per thread. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);
  g_unsetenv ("LANGUAGE");
  lang = puente_i18n_get_system_lang ();
  puente_i18n_set_thread_lang (lang);

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || files == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "give station files");
      return 2;
    }
  gtk_init ();

  locator = puente_state_locator_dup_default (&error);
  dataset = puente_dataset_load_default (&error);
  basemap = puente_basemap_dup_default (&error);
  if (locator == NULL || dataset == NULL || basemap == NULL)
    g_error ("%s", error->message);
  stations = puente_stations_new (locator);
  for (guint i = 0; files[i] != NULL; i++)
    if (!puente_stations_import_file (stations, files[i], &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }

  /* Fit the stations when no view is given. */
  if (isnan (lat) || isnan (lon) || isnan (zoom))
    {
      double south = 90, north = -90, west = 180, east = -180, x0, y0, x1, y1;

      for (guint i = 0; i < puente_stations_get_n_stations (stations); i++)
        {
          const PuenteStation *s = puente_stations_get_station (stations, i);

          south = MIN (south, s->latitude);
          north = MAX (north, s->latitude);
          west = MIN (west, s->longitude);
          east = MAX (east, s->longitude);
        }
      puente_geo_project (north, west, 0, &x0, &y0);
      puente_geo_project (south, east, 0, &x1, &y1);
      lat = isnan (lat) ? (south + north) / 2 : lat;
      lon = isnan (lon) ? (west + east) / 2 : lon;
      /* With room for the legend, on a window about 1300 pixels wide. */
      zoom = isnan (zoom) ? floor (log2 (MIN (900 / MAX (x1 - x0, 1e-6), 650 / MAX (y1 - y0, 1e-6))) * 2) / 2 : zoom;
    }

  context = puente_map_context_new (dataset, basemap);
  puente_map_context_set_style (context, dark ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT);
  puente_map_context_set_language (context, lang);
  puente_map_context_set_selection (context, select);
  source = puente_offline_source_new (basemap);
  puente_offline_source_set_style (source, puente_map_context_get_style (context));

  h.map = shumate_map_new ();
  viewport = shumate_map_get_viewport (h.map);
  shumate_viewport_set_reference_map_source (viewport, SHUMATE_MAP_SOURCE (source));
  shumate_map_add_layer (h.map, SHUMATE_LAYER (shumate_map_layer_new (SHUMATE_MAP_SOURCE (source), viewport)));
  h.layer = PUENTE_STATIONS_LAYER (puente_map_layer_new (PUENTE_TYPE_STATIONS_LAYER, viewport, context));
  g_object_set (puente_map_layer_get_painter (PUENTE_MAP_LAYER (h.layer)), "stations", stations, "dc-fast-only", dc_fast_only, "network", network, NULL);
  shumate_map_add_layer (h.map, SHUMATE_LAYER (h.layer));
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);
  gtk_widget_set_hexpand (GTK_WIDGET (h.map), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (h.map), TRUE);

  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (h.map));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_can_target (box, FALSE);
  h.legend = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (h.legend), LEGEND_WIDTH);
  {
    PuenteMapLegendStyle style;

    puente_map_legend_style_init (&style, puente_map_context_get_style (context));
    gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (h.legend),
                                         (int) ceil (puente_map_layer_draw_legend (PUENTE_MAP_LAYER (h.layer), NULL, &style,
                                                                                   12, 10, LEGEND_WIDTH - 24)) + 20);
  }
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (h.legend), draw_legend, &h, NULL);
  gtk_box_append (GTK_BOX (box), h.legend);
  h.details = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (h.details, 0);
  gtk_label_set_wrap (h.details, TRUE);
  gtk_label_set_max_width_chars (h.details, 36);
  gtk_widget_add_css_class (GTK_WIDGET (h.details), "osd");
  gtk_widget_add_css_class (GTK_WIDGET (h.details), "toolbar");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (h.details));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), box);
  if (select != NULL)
    {
      g_autofree char *text = puente_map_layer_describe (PUENTE_MAP_LAYER (h.layer), select);

      gtk_label_set_text (h.details, text != NULL ? text : select);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (h.details), FALSE);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), &h);
  gtk_widget_add_controller (GTK_WIDGET (h.map), motion);

  window = gtk_window_new ();
  title = g_strdup_printf ("Puente — %s", puente_map_layer_get_sources (PUENTE_MAP_LAYER (h.layer)));
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 800);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_maximize (GTK_WINDOW (window));
  loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_main_loop_quit), loop);
  gtk_window_present (GTK_WINDOW (window));
  g_main_loop_run (loop);
  return 0;
}
