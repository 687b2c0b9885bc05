/* test-map-page.c: the Map view as a user drives it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (suite 'gui'): run under xvfb-run when there is none.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <math.h>

#include "puente-application.h"
#include "puente-charts-page-private.h"
#include "puente-format.h"
#include "puente-i18n.h"
#include "puente-main-view-private.h"
#include "puente-map-page-private.h"
#include "puente-states-layer.h"
#include "puente-window-private.h"

static void
flush_events (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
wait_for_size (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) < 100 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_cmpint (gtk_widget_get_width (widget), >=, 100);
}

static void
wait_for_width (GtkWidget *widget,
                int        width)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) < width && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_cmpint (gtk_widget_get_width (widget), >=, width);
}

typedef struct
{
  PuenteWorkspace *workspace;
  PuenteViewState *state;
  GtkWidget       *window;
  PuenteMapPage   *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);

  g_assert_no_error (error);
  f->workspace = puente_workspace_new (dataset);
  g_assert_true (puente_workspace_load_preset (f->workspace, "baseline", &error));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  f->state = puente_view_state_new ();
  f->page = PUENTE_MAP_PAGE (puente_map_page_new (f->workspace, f->state, PUENTE_LANG_EN));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_size (puente_map_page_get_map (f->page, 0));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  flush_events ();
  g_clear_object (&f->workspace);
  g_clear_object (&f->state);
}

/* Where a place is drawn on map @index, in the map widget's coordinates. */
static void
place_to_widget (PuenteMapPage *page,
                 guint          index,
                 double         lat,
                 double         lon,
                 double        *x,
                 double        *y)
{
  GtkWidget *map = puente_map_page_get_map (page, index);

  shumate_viewport_location_to_widget_coords (shumate_map_get_viewport (SHUMATE_MAP (map)), map, lat, lon, x, y);
}

static void
label_point (const char *code,
             double     *lat,
             double     *lon)
{
  g_autoptr(PuenteBasemap) basemap = puente_basemap_dup_default (NULL);

  puente_basemap_feature_get_label_point (puente_basemap_lookup (basemap, code), lat, lon);
}

/* The first widget under @widget with the style class @name. */
static GtkWidget *
find_by_class (GtkWidget  *widget,
               const char *name)
{
  if (gtk_widget_has_css_class (widget, name))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The toolbar and the search at the map's top, side by side or one under
 * the other, never one over the other. */
static void
assert_toolbar_clear_of_search (PuenteMapPage *page)
{
  GtkWidget *toolbar = find_by_class (GTK_WIDGET (page), "map-toolbar");
  GtkWidget *search = GTK_WIDGET (puente_map_page_get_search (page));
  graphene_rect_t toolbar_bounds, search_bounds;

  g_assert_true (gtk_widget_compute_bounds (toolbar, GTK_WIDGET (page), &toolbar_bounds));
  g_assert_true (gtk_widget_compute_bounds (search, GTK_WIDGET (page), &search_bounds));
  g_test_message ("search %.0f, %.0f, %.0f x %.0f; toolbar %.0f, %.0f, %.0f x %.0f", search_bounds.origin.x,
                  search_bounds.origin.y, search_bounds.size.width, search_bounds.size.height,
                  toolbar_bounds.origin.x, toolbar_bounds.origin.y, toolbar_bounds.size.width,
                  toolbar_bounds.size.height);
  g_assert_false (graphene_rect_intersection (&search_bounds, &toolbar_bounds, NULL));
}

/* The map starts on both countries whole, none of them under the legend
 * or the toolbar. */
static void
test_starts_on_border (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *map = puente_map_page_get_map (f->page, 0);
  GtkWidget *legend = find_by_class (GTK_WIDGET (f->page), "map-legend");
  GtkWidget *toolbar = find_by_class (GTK_WIDGET (f->page), "map-toolbar");
  graphene_rect_t legend_bounds, toolbar_bounds;
  double lat, lon, zoom, x, y;

  flush_events ();
  puente_map_page_get_view (f->page, &lat, &lon, &zoom);
  g_test_message ("start: %.2f, %.2f, zoom %.2f", lat, lon, zoom);
  g_assert_nonnull (legend);
  g_assert_true (gtk_widget_get_mapped (legend));
  g_assert_true (gtk_widget_compute_bounds (legend, map, &legend_bounds));
  g_assert_true (gtk_widget_compute_bounds (toolbar, map, &toolbar_bounds));
  for (guint i = 0; i < 6; i++)
    {
      static const char * const codes[] = { "US-WA", "US-FL", "US-ME", "MX-CHP", "MX-YUC", "MX-ROO" };

      label_point (codes[i], &lat, &lon);
      place_to_widget (f->page, 0, lat, lon, &x, &y);
      g_test_message ("%s at %.0f, %.0f", codes[i], x, y);
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, gtk_widget_get_width (map));
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, gtk_widget_get_height (map));
      g_assert_false (graphene_rect_contains_point (&legend_bounds, &GRAPHENE_POINT_INIT (x, y)));
      g_assert_false (graphene_rect_contains_point (&toolbar_bounds, &GRAPHENE_POINT_INIT (x, y)));
    }
}

/* On a narrow map next to the side panel, the toolbar takes two rows
 * rather than running off the map's left edge; the legend, folded to a
 * button or opened, stays below it. */
static void
test_narrow_toolbar (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *map = puente_map_page_get_map (f->page, 0);
  GtkWidget *toolbar = find_by_class (GTK_WIDGET (f->page), "map-toolbar");
  GtkWidget *legend = find_by_class (GTK_WIDGET (f->page), "map-legend");
  GtkWidget *button = find_by_class (GTK_WIDGET (f->page), "map-legend-button");
  g_autoptr(GError) error = NULL;
  graphene_rect_t bounds, legend_bounds;
  gint64 deadline;

  g_assert_true (puente_workspace_set_compare_preset (f->workspace, "ca-acc2-2035", &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 720, 560);
  puente_view_state_set_selection (f->state, "MX-NLE");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (f->page)) > 720 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->page)), <=, 720);
  g_assert_nonnull (puente_map_page_get_panel_title (f->page));

  g_assert_true (gtk_widget_compute_bounds (toolbar, map, &bounds));
  g_test_message ("map %d wide, toolbar at %.0f, %.0f wide", gtk_widget_get_width (map), bounds.origin.x,
                  bounds.size.width);
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (map));
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (toolbar)), ==, GTK_ORIENTATION_VERTICAL);
  assert_toolbar_clear_of_search (f->page);

  /* Without the panel, on a map this narrow, the legend is a button under
   * the toolbar; opened, it lies under the toolbar too. */
  puente_view_state_set_selection (f->state, NULL);
  flush_events ();
  g_assert_true (puente_map_legend_get_folded (puente_map_page_get_legend (f->page)));
  g_assert_false (gtk_widget_get_mapped (legend));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_compute_bounds (toolbar, map, &bounds));
  g_assert_true (gtk_widget_compute_bounds (button, map, &legend_bounds));
  g_assert_cmpfloat (legend_bounds.origin.y, >=, bounds.origin.y + bounds.size.height);

  g_signal_emit_by_name (button, "clicked");
  flush_events ();
  g_assert_true (gtk_widget_get_mapped (legend));
  g_assert_true (puente_map_page_get_legend_shown (f->page));
  g_assert_true (gtk_widget_compute_bounds (find_by_class (GTK_WIDGET (f->page), "map-legend-card"), map,
                                            &legend_bounds));
  g_assert_cmpfloat (legend_bounds.origin.y, >=, bounds.origin.y + bounds.size.height);
}

/* Clicking a state selects it: the view state, the side panel and the
 * Charts view follow. Clicking the sea clears the selection. */
static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *charts = puente_charts_page_new (f->workspace, f->state, PUENTE_LANG_EN);
  g_autofree char *tooltip = NULL;
  double lat, lon, x, y;

  g_object_ref_sink (charts);
  /* Only the states layer: nothing drawn over the state's middle. */
  for (guint i = 0; i < 6; i++)
    {
      static const char * const ids[] = { "states", "charging", "used", "ports", "transit", "supply" };

      puente_map_layer_set_enabled (puente_map_page_get_layer (f->page, ids[i]), i == 0);
    }
  puente_map_page_set_view (f->page, 27, -101, 5);
  flush_events ();

  label_point ("MX-NLE", &lat, &lon);
  place_to_widget (f->page, 0, lat, lon, &x, &y);
  g_assert_cmpstr (puente_map_page_click (f->page, 0, x, y), ==, "MX-NLE");
  g_assert_cmpstr (puente_view_state_get_selection (f->state), ==, "MX-NLE");
  flush_events ();
  g_assert_cmpstr (puente_map_page_get_panel_title (f->page), ==, "Nuevo León");
  g_assert_cmpstr (puente_charts_page_get_region (PUENTE_CHARTS_PAGE (charts)), ==, "MX-NLE");

  /* The side panel took room: where the state is now. */
  place_to_widget (f->page, 0, lat, lon, &x, &y);
  tooltip = puente_map_page_describe_at (f->page, 0, x, y);
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, "Nuevo León\n"));

  /* The Gulf of Mexico. */
  place_to_widget (f->page, 0, 25.0, -93.0, &x, &y);
  g_assert_null (puente_map_page_click (f->page, 0, x, y));
  g_assert_null (puente_view_state_get_selection (f->state));
  flush_events ();
  g_assert_null (puente_map_page_get_panel_title (f->page));
  g_object_unref (charts);
}

/* The first GtkGrid under @widget. */
static GtkGrid *
find_grid (GtkWidget *widget)
{
  if (GTK_IS_GRID (widget))
    return GTK_GRID (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkGrid *found = find_grid (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The text in column @column of the details row titled @title. */
static const char *
details_cell (GtkGrid    *grid,
              const char *title,
              int         column)
{
  for (int row = 0; row < 40; row++)
    {
      GtkWidget *label = gtk_grid_get_child_at (grid, 0, row);

      if (GTK_IS_LABEL (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0)
        return gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, column, row)));
    }
  g_error ("no details row “%s”", title);
  return NULL;
}

/* The details panel writes numbers as the charts do: compact from 10,000,
 * no "0.00" beside "0", the same text as puente_format_value (). */
static void
test_details_numbers (Fixture       *f,
                      gconstpointer  data)
{
  static const struct { const char *title; const char *indicator; } rows[] = {
    { "ZEVs in operation", "ldv.ev_stock" },
    { "Electricity demand (GWh)", "ldv.electricity_gwh" },
    { "CO₂ emissions (Mt)", "ldv.co2_mt" },
    { "Used vehicles from the US", "ldv.used_imports" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) long_number = g_regex_new ("[0-9],[0-9]{3},[0-9]{3}", 0, 0, NULL);
  g_autoptr(GRegex) zero_decimals = g_regex_new ("^[+−]?0\\.0+( pp)?$", 0, 0, NULL);
  GtkGrid *grid;

  g_assert_true (puente_workspace_set_compare_preset (f->workspace, "us-lmdv-2032", &error));
  g_assert_no_error (error);
  puente_workspace_set_year (f->workspace, 2030);
  puente_view_state_set_selection (f->state, "MX-NLE");
  flush_events ();
  grid = find_grid (GTK_WIDGET (f->page));
  g_assert_nonnull (grid);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      double a = puente_results_get_value (puente_workspace_get_results (f->workspace), rows[i].indicator,
                                           "MX-NLE", 2030);
      g_autofree char *expected = puente_format_value (PUENTE_LANG_EN, a);

      g_test_message ("%s: %s", rows[i].title, details_cell (grid, rows[i].title, 1));
      g_assert_cmpstr (details_cell (grid, rows[i].title, 1), ==, expected);
    }
  /* A US rule leaves Nuevo León as it is: B − A is "0", not "0.00". */
  g_assert_cmpstr (details_cell (grid, "Electricity demand (GWh)", 3), ==, "0");
  g_assert_cmpstr (details_cell (grid, "ZEV share of new sales", 3), ==, "0 pp");

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        const char *text = gtk_label_get_text (GTK_LABEL (child));

        g_assert_false (g_regex_match (long_number, text, 0, NULL));
        g_assert_false (g_regex_match (zero_decimals, text, 0, NULL));
      }
}

/* Waits for the panel's animation: the map @width px wide at most. */
static void
wait_for_map_width (PuenteMapPage *page,
                    int            width)
{
  GtkWidget *map = puente_map_page_get_map (page, 0);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (map) > width && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_cmpint (gtk_widget_get_width (map), <=, width);
}

/* Waits for the map to stop moving (a flight). */
static void
wait_for_still_map (PuenteMapPage *page)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  double last_zoom = -1, lat, lon, zoom;
  guint still = 0;

  while (still < 5 && g_get_monotonic_time () < deadline)
    {
      g_usleep (20000);
      flush_events ();
      puente_map_page_get_view (page, &lat, &lon, &zoom);
      still = zoom == last_zoom ? still + 1 : 0;
      last_zoom = zoom;
    }
}

/* The selected state's box inside the map, below the toolbar. */
static void
assert_state_in_view (PuenteMapPage *page,
                      const char    *code)
{
  GtkWidget *map = puente_map_page_get_map (page, 0);
  GtkWidget *toolbar = find_by_class (GTK_WIDGET (page), "map-toolbar");
  g_autoptr(PuenteBasemap) basemap = puente_basemap_dup_default (NULL);
  double west, south, east, north, x0, y0, x1, y1;
  graphene_rect_t bounds;

  puente_basemap_feature_get_bbox (puente_basemap_lookup (basemap, code), &west, &south, &east, &north);
  place_to_widget (page, 0, north, west, &x0, &y0);
  place_to_widget (page, 0, south, east, &x1, &y1);
  g_assert_true (gtk_widget_compute_bounds (toolbar, map, &bounds));
  g_test_message ("%s at %.0f, %.0f to %.0f, %.0f in %d x %d", code, x0, y0, x1, y1,
                  gtk_widget_get_width (map), gtk_widget_get_height (map));
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_cmpfloat (x1, <=, gtk_widget_get_width (map));
  g_assert_cmpfloat (y0, >=, bounds.origin.y + bounds.size.height);
  g_assert_cmpfloat (y1, <=, gtk_widget_get_height (map));
  /* Close: the state fills much of the map. */
  g_assert_cmpfloat (x1 - x0, >, gtk_widget_get_width (map) / 4.0);
}

/* A state near the map's right edge stays in sight when its panel opens
 * and narrows the map. */
static void
test_selection_stays_in_view (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *map = puente_map_page_get_map (f->page, 0);
  double x0, y0, x1, y1, zoom_before, lat, lon, zoom;
  graphene_rect_t legend;

  /* Texas whole, its east near the right edge. */
  zoom_before = 5.5;
  puente_map_page_set_view (f->page, 31, -104, zoom_before);
  flush_events ();
  place_to_widget (f->page, 0, 36.5, -106.6, &x0, &y0);
  place_to_widget (f->page, 0, 25.8, -93.5, &x1, &y1);
  g_test_message ("Texas at %.0f to %.0f of %d", x0, x1, gtk_widget_get_width (map));
  g_assert_cmpfloat (x1, <, gtk_widget_get_width (map));
  g_assert_cmpfloat (x1, >, gtk_widget_get_width (map) - 300);

  puente_view_state_set_selection (f->state, "US-TX");
  wait_for_map_width (f->page, gtk_widget_get_width (map) - 300);
  g_assert_cmpstr (puente_map_page_get_panel_title (f->page), ==, "Texas");
  assert_state_in_view (f->page, "US-TX");
  /* Clear of the legend, too. */
  place_to_widget (f->page, 0, 25.8, -93.5, &x1, &y1);
  g_assert_true (gtk_widget_compute_bounds (find_by_class (GTK_WIDGET (f->page), "map-legend-card"), map, &legend));
  g_assert_cmpfloat (x1, <=, legend.origin.x);
  /* Moved, not zoomed out. */
  puente_map_page_get_view (f->page, &lat, &lon, &zoom);
  g_assert_cmpfloat (zoom, ==, zoom_before);
}

/* Ctrl+F (its action), "nuevo leon", Enter: Nuevo León is selected and
 * flown to; Down picks the next place. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  PuenteMapSearch *search = puente_map_page_get_search (f->page);
  GtkEditable *entry = puente_map_search_get_entry (search);
  GtkWidget *focus;
  gint64 deadline;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.search", NULL));
  flush_events ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));

  gtk_editable_set_text (entry, "nuevo leon");
  deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (puente_map_search_get_n_results (search) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* Results as the user types, before any Enter. */
  g_assert_cmpuint (puente_map_search_get_n_results (search), >, 0);
  g_assert_cmpstr (puente_map_search_get_result (search, 0)->id, ==, "MX-NLE");
  g_assert_cmpint (puente_map_search_get_picked (search), ==, 0);

  /* What Enter does in the entry. */
  g_signal_emit_by_name (entry, "activate");
  flush_events ();
  g_assert_cmpstr (puente_view_state_get_selection (f->state), ==, "MX-NLE");
  g_assert_cmpstr (puente_map_page_get_panel_title (f->page), ==, "Nuevo León");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  wait_for_still_map (f->page);
  assert_state_in_view (f->page, "MX-NLE");

  /* Typed and entered at once, before the delayed search: still found.
   * Down picks the second place. */
  gtk_editable_set_text (entry, "baja");
  puente_map_search_move (search, 1);
  g_assert_cmpint (puente_map_search_get_picked (search), ==, 1);
  g_assert_cmpstr (puente_map_search_get_result (search, 1)->id, ==, "MX-BCS");
  g_assert_true (puente_map_search_activate (search));
  flush_events ();
  g_assert_cmpstr (puente_view_state_get_selection (f->state), ==, "MX-BCS");
  wait_for_still_map (f->page);
  assert_state_in_view (f->page, "MX-BCS");

  /* Nothing of that name: nothing happens. */
  gtk_editable_set_text (entry, "atlantis");
  g_assert_false (puente_map_search_activate (search));
  g_assert_cmpstr (puente_view_state_get_selection (f->state), ==, "MX-BCS");
}

/* The colour at a state's middle, as the layer draws it. */
static guint32
colour_at (PuenteMapLayer *layer,
           const char     *code)
{
  PuenteMapFrame frame;
  cairo_surface_t *surface;
  cairo_t *cr;
  double lat, lon, x, y;
  guint32 pixel;

  puente_map_layer_get_frame (layer, &frame);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) frame.width, (int) frame.height);
  cr = cairo_create (surface);
  puente_map_layer_draw (layer, cr, &frame);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Off the label, still inside the state. */
  label_point (code, &lat, &lon);
  puente_map_frame_project (&frame, lat - 0.6, lon, &x, &y);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) y * cairo_image_surface_get_stride (surface) + 4 * (int) x);
  cairo_surface_destroy (surface);
  return pixel;
}

/* Another metric, or another year, recolours a state. */
static void
test_metric_and_year_recolour (Fixture       *f,
                               gconstpointer  data)
{
  PuenteMapLayer *states = puente_map_page_get_layer (f->page, "states");
  guint32 zev_2024, zev_2045, co2_2045;

  puente_map_page_set_view (f->page, 36, -115, 5);
  flush_events ();
  puente_states_layer_set_metric (PUENTE_STATES_LAYER (states), PUENTE_STATES_METRIC_ZEV_SHARE);
  puente_workspace_set_year (f->workspace, 2024);
  flush_events ();
  zev_2024 = colour_at (states, "US-NV");
  puente_workspace_set_year (f->workspace, 2045);
  flush_events ();
  zev_2045 = colour_at (states, "US-NV");
  puente_states_layer_set_metric (PUENTE_STATES_LAYER (states), PUENTE_STATES_METRIC_CO2);
  flush_events ();
  co2_2045 = colour_at (states, "US-NV");

  g_test_message ("US-NV: %08x (ZEV 2024), %08x (ZEV 2045), %08x (CO2 2045)", zev_2024, zev_2045, co2_2045);
  g_assert_cmpuint (zev_2024 >> 24, >, 0);
  g_assert_cmpuint (zev_2024, !=, zev_2045);
  g_assert_cmpuint (zev_2045, !=, co2_2045);
}

/* Comparing: two maps that move together, or one map of B - A. */
static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *map_b = puente_map_page_get_map (f->page, 1);
  ShumateViewport *a = shumate_map_get_viewport (SHUMATE_MAP (puente_map_page_get_map (f->page, 0)));
  ShumateViewport *b = shumate_map_get_viewport (SHUMATE_MAP (map_b));
  g_autoptr(GError) error = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (puente_map_page_get_pane (f->page, 1))));
  puente_map_page_set_mode (f->page, PUENTE_MAP_MODE_SPLIT);
  /* No B: stays one map. */
  g_assert_cmpint (puente_map_page_get_mode (f->page), ==, PUENTE_MAP_MODE_SINGLE);

  g_assert_true (puente_workspace_set_compare_preset (f->workspace, "ca-acc2-2035", &error));
  g_assert_no_error (error);
  puente_map_page_set_mode (f->page, PUENTE_MAP_MODE_SPLIT);
  flush_events ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (puente_map_page_get_pane (f->page, 1))));

  puente_map_page_set_view (f->page, 30.5, -106.4, 6);
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (b)), ==, 30.5);
  g_assert_cmpfloat (shumate_location_get_longitude (SHUMATE_LOCATION (b)), ==, -106.4);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (b), ==, 6);
  /* And the other way round. */
  shumate_viewport_set_zoom_level (b, 5);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (a), ==, 5);

  puente_map_page_set_mode (f->page, PUENTE_MAP_MODE_DIFFERENCE);
  flush_events ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (puente_map_page_get_pane (f->page, 1))));
  g_assert_true (puente_map_context_is_difference (
    puente_map_layer_get_context (puente_map_page_get_layer (f->page, "states"))));

  /* B gone: back to one map of A. */
  g_assert_true (puente_workspace_set_compare_preset (f->workspace, NULL, &error));
  flush_events ();
  g_assert_cmpint (puente_map_page_get_mode (f->page), ==, PUENTE_MAP_MODE_SINGLE);
}

/* Export Map writes PNG, SVG and PDF files. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("puente-map-XXXXXX", NULL);
  static const char * const names[] = { "map.png", "map.svg", "map.pdf" };

  puente_workspace_set_year (f->workspace, 2035);
  flush_events ();
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (puente_map_page_export (f->page, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 10000);
      if (i == 0)
        {
          cairo_surface_t *png = cairo_image_surface_create_from_png (path);
          g_autofree char *again = NULL;
          gsize again_length;

          /* A slide's size at twice the pixels, whatever the window is. */
          g_assert_cmpint (cairo_image_surface_get_width (png), ==, 3840);
          g_assert_cmpint (cairo_image_surface_get_height (png), ==, 2160);
          cairo_surface_destroy (png);
          /* With the details panel open, and the map moved: the same
           * picture. */
          puente_view_state_set_selection (f->state, "MX-NLE");
          puente_map_page_set_view (f->page, 25.7, -100.3, 7);
          flush_events ();
          g_assert_true (puente_map_page_export (f->page, path, &error));
          g_assert_true (g_file_get_contents (path, &again, &again_length, NULL));
          g_assert_true (again_length == length && memcmp (again, contents, length) == 0);
        }
      if (i == 1)
        g_assert_nonnull (strstr (contents, "<svg"));
      g_unlink (path);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (dir, "map.bmp", NULL);

    g_assert_false (puente_map_page_export (f->page, path, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  }
  {
    /* A FIFO named like a map stays a FIFO; a link's target is written. */
    g_autoptr(GError) error = NULL;
    g_autofree char *fifo = g_build_filename (dir, "pipe.svg", NULL);
    g_autofree char *target = g_build_filename (dir, "real.svg", NULL);
    g_autofree char *linked = g_build_filename (dir, "link.svg", NULL);
    GStatBuf st;

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    g_assert_false (puente_map_page_export (f->page, fifo, &error));
    g_assert_nonnull (strstr (error->message, "a pipe (FIFO)"));
    g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
    g_assert_true (S_ISFIFO (st.st_mode));

    g_assert_cmpint (symlink ("real.svg", linked), ==, 0);
    g_assert_true (puente_map_page_export (f->page, linked, NULL));
    g_assert_cmpint (g_lstat (linked, &st), ==, 0);
    g_assert_true (S_ISLNK (st.st_mode));
    g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
    g_unlink (fifo);
    g_unlink (linked);
    g_unlink (target);
  }
  g_rmdir (dir);
}

/* ---- in the window: the language switch keeps the map ------------------ */

static PuenteMapPage *
window_map_page (PuenteWindow *window)
{
  GtkWidget *view = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkBox *box = puente_main_view_get_page (PUENTE_MAIN_VIEW (view), "map");

  return PUENTE_MAP_PAGE (gtk_widget_get_first_child (GTK_WIDGET (box)));
}

typedef struct
{
  PuenteApplication *app;
  GSourceFunc        check;
  gboolean           ran;
} Run;

static gboolean
check_language_switch (gpointer user_data)
{
  Run *run = user_data;
  PuenteWindow *window = PUENTE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (run->app)));
  PuenteMapPage *page;
  double lat, lon, zoom;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  puente_window_set_visible_view (window, "map");
  flush_events ();
  page = window_map_page (window);
  wait_for_size (puente_map_page_get_map (page, 0));
  puente_map_page_set_view (page, 19.4, -99.1, 7.0);
  puente_view_state_set_selection (puente_window_get_view_state (window), "MX-CMX");
  flush_events ();
  g_assert_cmpstr (puente_map_page_get_panel_title (page), ==, "Mexico City");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  flush_events ();
  page = window_map_page (window);
  wait_for_size (puente_map_page_get_map (page, 0));
  puente_map_page_get_view (page, &lat, &lon, &zoom);
  g_assert_cmpfloat_with_epsilon (lat, 19.4, 1e-6);
  g_assert_cmpfloat_with_epsilon (lon, -99.1, 1e-6);
  g_assert_cmpfloat (zoom, ==, 7.0);
  g_assert_cmpstr (puente_view_state_get_selection (puente_window_get_view_state (window)), ==, "MX-CMX");
  g_assert_cmpstr (puente_map_page_get_panel_title (page), ==, "Ciudad de México");
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "map");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  flush_events ();
  run->ran = TRUE;
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static gboolean
view_is (PuenteMapPage *page,
         double         lat,
         double         lon,
         double         zoom)
{
  double lat2, lon2, zoom2;

  puente_map_page_get_view (page, &lat2, &lon2, &zoom2);
  return fabs (lat2 - lat) < 1e-6 && fabs (lon2 - lon) < 1e-6 && zoom2 == zoom;
}

/* Waits for the layouts to come (a loaded machine draws fewer frames)
 * until @page's map shows, or leaves, the view given. */
static void
wait_for_view (PuenteMapPage *page,
               gboolean       shown,
               double         lat,
               double         lon,
               double         zoom)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (view_is (page, lat, lon, zoom) != shown && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  flush_events ();
  g_assert_cmpint (view_is (page, lat, lon, zoom), ==, shown);
}

static gboolean
map_fitted (PuenteWindow *window)
{
  gboolean fitted;

  g_object_get (puente_window_get_view_state (window), "map-fitted", &fitted, NULL);
  return fitted;
}

/* Issue 15's steps: click a state on the Map, go to Supply Chain, press
 * Ctrl+L, go back to the Map: the legend is there, and still there after
 * switching back. */
static gboolean
check_legend_after_switch (gpointer user_data)
{
  Run *run = user_data;
  PuenteWindow *window = PUENTE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (run->app)));
  PuenteMapPage *page;
  PuenteMapPage *old_page;
  double lat, lon, zoom, x, y;

  /* A projector's screen: room for the legend beside the panel. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  puente_window_set_visible_view (window, "map");
  flush_events ();
  page = window_map_page (window);
  wait_for_width (GTK_WIDGET (page), 1500);
  g_assert_true (puente_map_page_get_legend_shown (page));

  label_point ("US-TX", &lat, &lon);
  place_to_widget (page, 0, lat, lon, &x, &y);
  g_assert_cmpstr (puente_map_page_click (page, 0, x, y), ==, "US-TX");
  flush_events ();
  g_assert_cmpstr (puente_map_page_get_panel_title (page), ==, "Texas");

  puente_window_set_visible_view (window, "supply");
  flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-language", NULL));
  flush_events ();
  puente_window_set_visible_view (window, "map");
  page = window_map_page (window);
  wait_for_size (puente_map_page_get_map (page, 0));
  g_assert_cmpstr (puente_map_page_get_panel_title (page), ==, "Texas");
  g_assert_true (puente_map_page_get_legend_shown (page));
  g_assert_true (gtk_widget_get_mapped (find_by_class (GTK_WIDGET (page), "map-legend")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-language", NULL));
  flush_events ();
  page = window_map_page (window);
  wait_for_size (puente_map_page_get_map (page, 0));
  g_assert_true (puente_map_page_get_legend_shown (page));
  g_assert_true (gtk_widget_get_mapped (find_by_class (GTK_WIDGET (page), "map-legend")));

  /* Folded by the user, it stays folded across a switch; the map stays
   * fitted, to the same view. GTK lets go of the replaced page only in
   * a later frame (later still on a loaded machine): held here, it must
   * not take the new page's fits for the user's moves. */
  puente_map_page_get_view (page, &lat, &lon, &zoom);
  puente_map_legend_set_fold (puente_map_page_get_legend (page), PUENTE_LEGEND_FOLD_COLLAPSED);
  g_assert_false (puente_map_page_get_legend_shown (page));
  wait_for_view (page, FALSE, lat, lon, zoom);
  puente_map_page_get_view (page, &lat, &lon, &zoom);
  old_page = g_object_ref (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-language", NULL));
  flush_events ();
  page = window_map_page (window);
  g_assert_true (page != old_page);
  wait_for_size (puente_map_page_get_map (page, 0));
  g_assert_true (puente_map_legend_get_folded (puente_map_page_get_legend (page)));
  g_assert_true (gtk_widget_get_mapped (find_by_class (GTK_WIDGET (page), "map-legend-button")));
  wait_for_view (page, TRUE, lat, lon, zoom);
  g_assert_true (map_fitted (window));

  /* Opened again, the legend takes room: the map fits to what is left,
   * and keeps following its fit. */
  puente_map_legend_set_fold (puente_map_page_get_legend (page), PUENTE_LEGEND_FOLD_EXPANDED);
  g_assert_true (puente_map_page_get_legend_shown (page));
  wait_for_view (page, FALSE, lat, lon, zoom);
  g_assert_true (map_fitted (window));
  g_object_unref (old_page);

  run->ran = TRUE;
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

/* The US and Mexican states' box lies in the part of @pane's map below
 * the toolbar and the titles. */
static void
assert_home_in_view (PuenteMapPage *page,
                     guint          index)
{
  GtkWidget *map = puente_map_page_get_map (page, index);
  GtkWidget *toolbar = find_by_class (GTK_WIDGET (page), "map-toolbar");
  PuenteMapBounds home = { PUENTE_MAP_HOME_WEST, PUENTE_MAP_HOME_SOUTH, PUENTE_MAP_HOME_EAST, PUENTE_MAP_HOME_NORTH };
  graphene_rect_t bounds;
  double x0, y0, x1, y1, top = 0;

  g_assert_true (gtk_widget_compute_bounds (toolbar, map, &bounds));
  top = bounds.origin.y + bounds.size.height;
  for (guint i = 0; i < 2; i++)
    if (puente_map_pane_get_title_bounds (puente_map_page_get_pane (page, i), &bounds))
      top = MAX (top, bounds.origin.y + bounds.size.height);
  place_to_widget (page, index, home.north, home.west, &x0, &y0);
  place_to_widget (page, index, home.south, home.east, &x1, &y1);
  g_test_message ("map %u (%d x %d): home at %.0f, %.0f to %.0f, %.0f; clear below %.0f", index,
                  gtk_widget_get_width (map), gtk_widget_get_height (map), x0, y0, x1, y1, top);
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_cmpfloat (x1, <=, gtk_widget_get_width (map));
  g_assert_cmpfloat (y0, >=, top);
  g_assert_cmpfloat (y1, <=, gtk_widget_get_height (map));
  /* Fitted, not lost in the middle of the continent. */
  g_assert_cmpfloat (x1 - x0, >, 0.8 * gtk_widget_get_width (map));
}

/* A | B on a laptop: both maps show California to Yucatán, B's title fits
 * (ellipsized, whole in its tooltip), and the legend is a button, not
 * over most of map B. */
static gboolean
check_split_on_laptop (gpointer user_data)
{
  Run *run = user_data;
  PuenteWindow *window = PUENTE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (run->app)));
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  PuenteMapPage *page;
  PuenteMapPane *pane_b;
  graphene_rect_t bounds;
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  flush_events ();
  g_assert_true (puente_workspace_set_compare_preset (workspace, "us-lmdv-2032", &error));
  g_assert_no_error (error);
  puente_window_set_visible_view (window, "map");
  page = window_map_page (window);
  puente_map_page_set_mode (page, PUENTE_MAP_MODE_SPLIT);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((gtk_widget_get_width (GTK_WIDGET (window)) > 1366 ||
          gtk_widget_get_width (puente_map_page_get_map (page, 1)) < 100) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1366);

  assert_home_in_view (page, 0);
  assert_home_in_view (page, 1);
  assert_toolbar_clear_of_search (page);

  pane_b = puente_map_page_get_pane (page, 1);
  g_assert_true (puente_map_pane_get_title_bounds (pane_b, &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (pane_b)));
  g_assert_true (g_str_has_suffix (puente_map_pane_get_title (pane_b), "(as finalised in 2024)"));
  g_assert_true (puente_map_legend_get_folded (puente_map_page_get_legend (page)));
  g_assert_true (gtk_widget_get_mapped (find_by_class (GTK_WIDGET (page), "map-legend-button")));

  /* The panel opened: still both whole, in the narrower maps. */
  puente_view_state_set_selection (puente_window_get_view_state (window), "US-CA");
  wait_for_map_width (page, gtk_widget_get_width (puente_map_page_get_map (page, 0)) - 150);
  g_assert_cmpstr (puente_map_page_get_panel_title (page), ==, "California");
  assert_home_in_view (page, 0);
  assert_home_in_view (page, 1);
  assert_toolbar_clear_of_search (page);

  /* In Spanish the metric's name is longer: still clear. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  flush_events ();
  page = window_map_page (window);
  wait_for_size (puente_map_page_get_map (page, 1));
  assert_toolbar_clear_of_search (page);
  assert_home_in_view (page, 0);
  assert_home_in_view (page, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  flush_events ();

  run->ran = TRUE;
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  Run *run = user_data;

  g_idle_add (run->check, run);
}

static void
run_in_window (GSourceFunc check)
{
  Run run = { 0 };

  run.check = check;
  run.app = puente_application_new ();
  g_application_set_flags (G_APPLICATION (run.app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_signal_connect_after (run.app, "activate", G_CALLBACK (on_activate), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (run.app), 0, NULL), ==, 0);
  g_assert_true (run.ran);
  g_object_unref (run.app);
  flush_events ();
}

static void
test_language_switch (void)
{
  run_in_window (check_language_switch);
}

static void
test_legend_after_switch (void)
{
  run_in_window (check_legend_after_switch);
}

static void
test_split_on_laptop (void)
{
  run_in_window (check_split_on_laptop);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  puente_i18n_init (NULL);

  g_test_add ("/map/page/starts-on-border", Fixture, NULL, fixture_set_up, test_starts_on_border, fixture_tear_down);
  g_test_add ("/map/page/narrow-toolbar", Fixture, NULL, fixture_set_up, test_narrow_toolbar, fixture_tear_down);
  g_test_add ("/map/page/click-selects", Fixture, NULL, fixture_set_up, test_click_selects, fixture_tear_down);
  g_test_add ("/map/page/metric-and-year-recolour", Fixture, NULL, fixture_set_up, test_metric_and_year_recolour, fixture_tear_down);
  g_test_add ("/map/page/selection-stays-in-view", Fixture, NULL, fixture_set_up, test_selection_stays_in_view, fixture_tear_down);
  g_test_add ("/map/page/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/map/page/details-numbers", Fixture, NULL, fixture_set_up, test_details_numbers, fixture_tear_down);
  g_test_add ("/map/page/compare", Fixture, NULL, fixture_set_up, test_compare, fixture_tear_down);
  g_test_add ("/map/page/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add_func ("/map/page/language-switch", test_language_switch);
  g_test_add_func ("/map/page/legend-after-switch", test_legend_after_switch);
  g_test_add_func ("/map/page/split-on-laptop", test_split_on_laptop);

  return g_test_run ();
}
