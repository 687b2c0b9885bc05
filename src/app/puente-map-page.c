/* puente-map-page.c: the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Wires the Map view's parts: one map pane (two for A | B, moving
 * together), the toolbar, the legend, the layers popover and the details
 * panel of the selected place. What the page shows (metric, layers, mode,
 * legend, fitted or placed view, selection) is the view state's: set from
 * it when the page is built, written to it on every change, followed when
 * it changes, so a rebuild of the window loses none of it.
 *
 * The map opens fitted to the US and Mexico, in the part of the map that
 * the toolbar, the titles and the legend leave clear, and fits them again
 * whenever its size changes, until the user moves it (Fit, or Home, fits
 * again). A place selected stays in view when the panel opens.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-a11y.h"
#include "puente-geo.h"
#include "puente-data-table.h"
#include "puente-map-details.h"
#include "puente-map-export.h"
#include "puente-map-keynav.h"
#include "puente-map-layers-popover.h"
#include "puente-map-stations.h"
#include "puente-map-legend.h"
#include "puente-map-page-private.h"
#include "puente-map-pane.h"
#include "puente-map-search.h"
#include "puente-map-table.h"
#include "puente-offline-source.h"
#include "puente-states-layer.h"

#define OSM_URL "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

/* The toolbar's .toolbar padding, on both sides in all; the space between
 * it (or the search under it) and the maps' titles, and the legend. */
#define TOOLBAR_PADDING 12
#define TITLE_GAP 2
#define LEGEND_GAP 10
/* Pixels kept clear around what a fit shows. */
#define FIT_MARGIN 8
/* A place found is flown to no closer than this, in this many ms. */
#define FLY_MAX_ZOOM 7.0
#define FLY_DURATION 600

struct _PuenteMapPage
{
  GtkWidget               parent_instance;

  PuenteWorkspace        *workspace;
  PuenteViewState        *state;
  PuenteLang              lang;
  PuenteBasemap          *basemap;
  PuenteMapBounds         home;
  PuenteOfflineSource    *source;
  ShumateMapSource       *online_source;
  GSettings              *settings;
  PuenteMapPane          *panes[2];
  PuenteMapDetails       *details;
  PuenteMapLayersPopover *layers_popover;
  PuenteMapSearch        *search;
  /* A place found, flown to after the next layout (the panel may open). */
  gboolean                fly_pending;
  PuenteMapBounds         fly_bounds;
  GBinding               *bindings[6];
  gboolean                syncing;
  /* Set while the page itself moves the map (a fit, a reveal). */
  gboolean                moving;
  int                     map_width;
  int                     map_height;

  AdwFlap                *flap;
  GtkOverlay             *overlay;
  GtkBox                 *maps_box;
  GtkDropDown            *metric_dropdown;
  GtkMenuButton          *layers_button;
  GtkBox                 *compare_box;
  GtkToggleButton        *single_button;
  GtkToggleButton        *split_button;
  GtkToggleButton        *difference_button;
  GtkWidget              *toolbar;
  GtkWidget              *toolbar_view_row;
  GtkWidget              *toolbar_compare_row;
  PuenteMapLegend        *legend;
  /* "Show as table": the metric by state over the maps. */
  GtkToggleButton        *table_button;
  PuenteDataTable        *table;
  GBinding               *table_binding;
  char                   *descriptions[2]; /* the maps' accessible ones */
  /* The stations last shown: the layer turns on when the first come. */
  PuenteStations         *stations_shown;
};

G_DEFINE_FINAL_TYPE (PuenteMapPage, puente_map_page, GTK_TYPE_WIDGET)

static PuenteBasemapStyle
basemap_style (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ()) ? PUENTE_BASEMAP_STYLE_DARK
                                                                       : PUENTE_BASEMAP_STYLE_LIGHT;
}

static gboolean
is_fitted (PuenteMapPage *self)
{
  gboolean fitted;

  g_object_get (self->state, "map-fitted", &fitted, NULL);
  return fitted;
}

/* ---- tiles -------------------------------------------------------------- */

static void
rebuild_tiles (PuenteMapPage *self)
{
  ShumateMapSource *online = NULL;

  /* Online tiles only if allowed and there is a network. */
  if (g_settings_get_boolean (self->settings, "online-tiles") &&
      g_network_monitor_get_network_available (g_network_monitor_get_default ()))
    {
      if (self->online_source == NULL)
        self->online_source = SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full_from_url (
          "osm-mapnik", "OpenStreetMap", "© OpenStreetMap contributors",
          "https://www.openstreetmap.org/copyright", PUENTE_BASEMAP_MIN_ZOOM, 19,
          PUENTE_TILE_SIZE, SHUMATE_MAP_PROJECTION_MERCATOR, OSM_URL));
      online = self->online_source;
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_pane_set_tiles (self->panes[i], SHUMATE_MAP_SOURCE (self->source), online);
}

static void
on_style_changed (PuenteMapPage *self)
{
  PuenteBasemapStyle style = basemap_style ();

  if (puente_offline_source_get_style (self->source) == style)
    return;
  puente_offline_source_set_style (self->source, style);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_context_set_style (puente_map_pane_get_context (self->panes[i]), style);
  rebuild_tiles (self);
}

static void
on_scale_factor_changed (PuenteMapPage *self)
{
  int scale = CLAMP (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1, 4);

  if (puente_offline_source_get_scale_factor (self->source) == scale)
    return;
  puente_offline_source_set_scale_factor (self->source, scale);
  rebuild_tiles (self);
}

/* ---- the view: fitted, or the selection kept in sight ------------------ */

/* The pane under the legend: B's in A | B. */
static PuenteMapPane *
legend_pane (PuenteMapPage *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->panes[1])) ? self->panes[1] : self->panes[0];
}

/* What the toolbar, the maps' titles and the legend leave clear of the
 * maps (both the same size, showing the same view). */
static void
clear_insets (PuenteMapPage   *self,
              PuenteMapInsets *insets)
{
  double          width = gtk_widget_get_width (GTK_WIDGET (self->panes[0]));
  double          height = gtk_widget_get_height (GTK_WIDGET (self->panes[0]));
  PuenteMapPane  *under = legend_pane (self);
  graphene_rect_t bounds;

  *insets = (PuenteMapInsets){ FIT_MARGIN, FIT_MARGIN, FIT_MARGIN, FIT_MARGIN };
  /* Below the toolbar and the titles, across the whole width. */
  if (gtk_widget_get_mapped (self->toolbar) &&
      gtk_widget_compute_bounds (self->toolbar, GTK_WIDGET (self->panes[0]), &bounds))
    insets->top = MAX (insets->top, bounds.origin.y + bounds.size.height + FIT_MARGIN);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    if (gtk_widget_get_mapped (GTK_WIDGET (self->panes[i])) &&
        puente_map_pane_get_title_bounds (self->panes[i], &bounds))
      insets->top = MAX (insets->top, bounds.origin.y + bounds.size.height + FIT_MARGIN);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->legend)) && !puente_map_legend_get_folded (self->legend) &&
      gtk_widget_compute_bounds (GTK_WIDGET (self->legend), GTK_WIDGET (under), &bounds))
    insets->right = MAX (insets->right, gtk_widget_get_width (GTK_WIDGET (under)) - bounds.origin.x + FIT_MARGIN);
  /* A narrow window lays the panel over the maps. */
  if (adw_flap_get_reveal_flap (self->flap) && adw_flap_get_folded (self->flap) &&
      gtk_widget_compute_bounds (GTK_WIDGET (self->details), GTK_WIDGET (under), &bounds))
    insets->right = MAX (insets->right, gtk_widget_get_width (GTK_WIDGET (under)) - bounds.origin.x + FIT_MARGIN);
  /* Whatever covers the map, most of it stays usable. */
  insets->top = MIN (insets->top, height / 3);
  insets->right = MIN (insets->right, width / 2);
}

/* Returns whether the map moved. */
static gboolean
move_to (PuenteMapPage        *self,
         const PuenteMapFrame *frame)
{
  PuenteMapFrame now;

  puente_map_pane_get_frame (self->panes[0], &now);
  if (fabs (now.latitude - frame->latitude) < 1e-9 && fabs (now.longitude - frame->longitude) < 1e-9 &&
      fabs (now.zoom - frame->zoom) < 1e-9)
    return FALSE;
  self->moving = TRUE;
  puente_map_pane_set_frame (self->panes[0], frame);
  self->moving = FALSE;
  return TRUE;
}

/* The US and Mexico, whole, in the clear part of the maps. */
static gboolean
fit (PuenteMapPage *self)
{
  PuenteMapInsets insets;
  PuenteMapFrame  frame;

  if (self->map_width < 10 || self->map_height < 10)
    return FALSE;
  clear_insets (self, &insets);
  puente_map_frame_fit_clear (&frame, &self->home, self->map_width, self->map_height, &insets,
                              PUENTE_BASEMAP_MAX_ZOOM);
  return move_to (self, &frame);
}

/* The selected place inside the clear part, moving the map no more than
 * needed. */
static gboolean
reveal_selection (PuenteMapPage *self)
{
  const char      *id = puente_view_state_get_selection (self->state);
  PuentePlaceMatch place;
  PuenteMapBounds  bounds;
  PuenteMapInsets  insets;
  PuenteMapFrame   frame;

  if (self->map_width < 10 || id == NULL || !puente_map_search_lookup (self->search, id, &place))
    return FALSE;
  bounds = (PuenteMapBounds){ place.west, place.south, place.east, place.north };
  clear_insets (self, &insets);
  puente_map_pane_get_frame (self->panes[0], &frame);
  puente_map_frame_reveal (&frame, &bounds, &insets);
  return move_to (self, &frame);
}

/* Flies to the place found, in the maps as laid out now. */
static void
fly (PuenteMapPage *self)
{
  PuenteMapInsets insets;
  PuenteMapFrame  frame;
  gboolean        animate;

  self->fly_pending = FALSE;
  if (self->map_width < 10 || self->map_height < 10)
    return;
  /* In the clear part, no closer than FLY_MAX_ZOOM (a port is a point). */
  clear_insets (self, &insets);
  puente_map_frame_fit_clear (&frame, &self->fly_bounds, self->map_width, self->map_height, &insets,
                              FLY_MAX_ZOOM);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animate, NULL);
  /* Leaving the fitted view, on purpose. */
  g_object_set (self->state, "map-fitted", FALSE, NULL);
  shumate_map_go_to_full_with_duration (puente_map_pane_get_map (self->panes[0]), frame.latitude,
                                        frame.longitude, frame.zoom, animate ? FLY_DURATION : 0);
}

/* After every layout: a fitted view fits again (a new size, a title, the
 * legend folded or opened); otherwise a resized map keeps the selection
 * in sight. Returns whether the map moved. */
static gboolean
follow_layout (PuenteMapPage *self)
{
  int      width = gtk_widget_get_width (GTK_WIDGET (self->panes[0]));
  int      height = gtk_widget_get_height (GTK_WIDGET (self->panes[0]));
  gboolean resized = width != self->map_width || height != self->map_height;

  self->map_width = width;
  self->map_height = height;
  if (self->fly_pending)
    {
      fly (self);
      return FALSE;
    }
  if (is_fitted (self))
    return fit (self);
  return resized && reveal_selection (self);
}

static void
on_view_changed (PuenteMapPage *self)
{
  double lat, lon, zoom;

  if (self->syncing)
    return;
  puente_map_page_get_view (self, &lat, &lon, &zoom);
  self->syncing = TRUE;
  /* The user moved the map: it no longer follows the fit. */
  if (!self->moving)
    g_object_set (self->state, "map-fitted", FALSE, NULL);
  puente_view_state_set_map_view (self->state, lat, lon, zoom);
  self->syncing = FALSE;
}

/* The state's centre and zoom changed from outside: go there. */
static void
on_state_view_changed (PuenteMapPage *self)
{
  double lat, lon, zoom;

  if (self->syncing || !puente_view_state_get_map_view (self->state, &lat, &lon, &zoom))
    return;
  self->syncing = TRUE;
  puente_map_page_set_view (self, lat, lon, zoom);
  self->syncing = FALSE;
}

static void
on_state_fitted_changed (PuenteMapPage *self)
{
  if (is_fitted (self))
    fit (self);
}

static void
fit_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PuenteMapPage *self = PUENTE_MAP_PAGE (widget);

  g_object_set (self->state, "map-fitted", TRUE, NULL);
}

/* ---- search ------------------------------------------------------------------ */

/* The layer a place found shows in. */
static const char *
place_layer (PuentePlaceKind kind)
{
  switch (kind)
    {
    case PUENTE_PLACE_PORT:
      return "ports";
    case PUENTE_PLACE_CITY:
      return "transit";
    case PUENTE_PLACE_SITE:
      return "supply";
    case PUENTE_PLACE_STATE:
    default:
      return "states";
    }
}

/* A place found: its layer shown, selected, flown to once the panel has
 * taken its room. */
static void
on_place_activated (PuenteMapPage          *self,
                    const PuentePlaceMatch *match)
{
  g_auto(GStrv) layers = NULL;

  g_object_get (self->state, "map-layers", &layers, NULL);
  if (layers == NULL || !g_strv_contains ((const char *const *) layers, place_layer (match->kind)))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) shown = NULL;

      if (layers != NULL)
        g_strv_builder_addv (builder, (const char **) layers);
      g_strv_builder_add (builder, place_layer (match->kind));
      shown = g_strv_builder_end (builder);
      g_object_set (self->state, "map-layers", shown, NULL);
    }
  self->fly_bounds = (PuenteMapBounds){ match->west, match->south, match->east, match->north };
  self->fly_pending = TRUE;
  puente_view_state_set_selection (self->state, match->id);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  puente_map_search_start (PUENTE_MAP_PAGE (widget)->search);
}

static void
focus_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (puente_map_pane_get_map (PUENTE_MAP_PAGE (widget)->panes[0])));
}

/* ---- legend, details ------------------------------------------------------ */

static void
update_legend (PuenteMapPage *self)
{
  gboolean wanted;

  g_object_get (self->state, "map-legend", &wanted, NULL);
  /* The table covers the maps: their legend goes with them. */
  if (self->table_button != NULL && gtk_toggle_button_get_active (self->table_button))
    wanted = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->legend), wanted);
  puente_map_legend_update (self->legend);
}

static void
update_details (PuenteMapPage *self)
{
  gboolean known = puente_map_details_set_place (self->details, puente_view_state_get_selection (self->state));

  if (adw_flap_get_reveal_flap (self->flap) != known)
    adw_flap_set_reveal_flap (self->flap, known);
}

static void
clear_selection_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  puente_view_state_set_selection (PUENTE_MAP_PAGE (widget)->state, NULL);
}

/* ---- mode ----------------------------------------------------------------- */

static const char *
scenario_b_name (PuenteMapPage *self)
{
  const PuenteScenario *compare = puente_workspace_get_compare (self->workspace);
  const char           *name = compare != NULL ? puente_scenario_get_name (compare, self->lang) : NULL;

  return name != NULL && *name != '\0' ? name : puente_workspace_get_compare_id (self->workspace);
}

static void
update_pane_titles (PuenteMapPage *self)
{
  const char      *a = puente_workspace_get_name (self->workspace, self->lang);
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  switch (puente_map_page_get_mode (self))
    {
    case PUENTE_MAP_MODE_SPLIT:
      /* Translators: label of the map of scenario A; %s is its name */
      text_a = g_strdup_printf (_ ("A: %s"), a);
      /* Translators: label of the map of scenario B; %s is its name */
      text_b = g_strdup_printf (_ ("B: %s"), scenario_b_name (self));
      break;
    case PUENTE_MAP_MODE_DIFFERENCE:
      /* Translators: label of the difference map: B's name minus A's */
      text_a = g_strdup_printf (_ ("B − A: %s − %s"), scenario_b_name (self), a);
      break;
    case PUENTE_MAP_MODE_SINGLE:
    default:
      break;
    }
  puente_map_pane_set_title (self->panes[0], text_a);
  puente_map_pane_set_title (self->panes[1], text_b);
}

static void
apply_mode (PuenteMapPage *self)
{
  gboolean      has_b = puente_workspace_get_compare_results (self->workspace) != NULL;
  PuenteMapMode mode = puente_map_page_get_mode (self);

  gtk_widget_set_visible (GTK_WIDGET (self->compare_box), has_b);

  puente_map_context_set_show (puente_map_pane_get_context (self->panes[0]),
                               mode == PUENTE_MAP_MODE_DIFFERENCE ? PUENTE_MAP_SHOW_DIFFERENCE : PUENTE_MAP_SHOW_A);
  puente_map_context_set_show (puente_map_pane_get_context (self->panes[1]), PUENTE_MAP_SHOW_B);
  gtk_widget_set_visible (GTK_WIDGET (self->panes[1]), mode == PUENTE_MAP_MODE_SPLIT);

  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->single_button, mode == PUENTE_MAP_MODE_SINGLE);
  gtk_toggle_button_set_active (self->split_button, mode == PUENTE_MAP_MODE_SPLIT);
  gtk_toggle_button_set_active (self->difference_button, mode == PUENTE_MAP_MODE_DIFFERENCE);
  self->syncing = FALSE;

  update_pane_titles (self);
  update_legend (self);
}

static void
on_compare_toggled (PuenteMapPage *self)
{
  if (self->syncing)
    return;
  if (gtk_toggle_button_get_active (self->split_button))
    puente_map_page_set_mode (self, PUENTE_MAP_MODE_SPLIT);
  else if (gtk_toggle_button_get_active (self->difference_button))
    puente_map_page_set_mode (self, PUENTE_MAP_MODE_DIFFERENCE);
  else if (gtk_toggle_button_get_active (self->single_button))
    puente_map_page_set_mode (self, PUENTE_MAP_MODE_SINGLE);
}

/* ---- following the workspace --------------------------------------------- */

static void
on_results_changed (PuenteMapPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_context_set_results (puente_map_pane_get_context (self->panes[i]),
                                    puente_workspace_get_results (self->workspace),
                                    puente_workspace_get_compare_results (self->workspace));
  apply_mode (self);
  puente_map_details_refresh (self->details);
}

static void
on_year_changed (PuenteMapPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_context_set_year (puente_map_pane_get_context (self->panes[i]),
                                 puente_workspace_get_year (self->workspace));
  puente_map_legend_update (self->legend);
  puente_map_details_refresh (self->details);
}

/* ---- layers and metric ------------------------------------------------------ */

static void
load_layers (PuenteMapPage *self)
{
  g_auto(GStrv) ids = NULL;

  g_object_get (self->state, "map-layers", &ids, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_pane_set_layers (self->panes[i], (const char *const *) ids);
  puente_map_legend_update (self->legend);
}

static void
on_metric_selected (PuenteMapPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->metric_dropdown);

  if (self->workspace == NULL || selected >= PUENTE_N_STATES_METRICS)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_states_layer_set_metric (PUENTE_STATES_LAYER (puente_map_pane_get_layer (self->panes[i], "states")),
                                    selected);
  if (!self->syncing)
    g_object_set (self->state, "map-metric", puente_states_metric_to_string (selected), NULL);
  puente_map_legend_update (self->legend);
}

static void
on_state_metric_changed (PuenteMapPage *self)
{
  PuenteStatesMetric metric;

  if (puente_states_metric_from_string (puente_view_state_peek_string (self->state, "map-metric"), &metric) &&
      gtk_drop_down_get_selected (self->metric_dropdown) != metric)
    {
      self->syncing = TRUE;
      gtk_drop_down_set_selected (self->metric_dropdown, metric);
      self->syncing = FALSE;
    }
}

static void
setup_metric_label (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* The button's label gives way on a narrow map; the list shows it all. */
  if (GPOINTER_TO_INT (user_data))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_metric_label (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
metric_label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_metric_label), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_metric_label), NULL);
  return factory;
}

/* ---- imported stations --------------------------------------------------------- */

static void
show_stations (PuenteMapPage *self)
{
  PuenteStationFiles *files = puente_workspace_get_station_files (self->workspace);

  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_stations_show (self->panes[i], files, self->state);
  puente_map_layers_popover_update (self->layers_popover);
  puente_map_legend_update (self->legend);
}

/* The stations or their filters changed: a station selected may be gone,
 * a state's imported figures changed. */
static void
update_stations (PuenteMapPage *self)
{
  show_stations (self);
  update_details (self);
}

static void
on_stations_changed (PuenteMapPage *self)
{
  PuenteStations *stations = puente_station_files_get_stations (puente_workspace_get_station_files (self->workspace));
  g_auto(GStrv) layers = NULL;

  update_stations (self);
  /* Stations imported where there were none: show them. */
  g_object_get (self->state, "map-layers", &layers, NULL);
  if (stations != NULL && self->stations_shown == NULL &&
      (layers == NULL || !g_strv_contains ((const char *const *) layers, "stations")))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) shown = NULL;

      if (layers != NULL)
        g_strv_builder_addv (builder, (const char **) layers);
      g_strv_builder_add (builder, "stations");
      shown = g_strv_builder_end (builder);
      g_object_set (self->state, "map-layers", shown, NULL);
    }
  self->stations_shown = stations;
}

static void
setup_stations (PuenteMapPage *self)
{
  PuenteStationFiles *files = puente_workspace_get_station_files (self->workspace);
  const char         *keys[] = { "notify::stations-dc-fast-only", "notify::stations-network", "notify::stations-show" };

  puente_map_layers_popover_add_section (self->layers_popover, puente_map_stations_new (self->workspace, self->state, self->lang));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_signal_connect_object (self->state, keys[i], G_CALLBACK (update_stations), self, G_CONNECT_SWAPPED);
  /* The corner's credit follows the layer. */
  g_signal_connect_object (self->state, "notify::map-layers", G_CALLBACK (show_stations), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (files, "changed", G_CALLBACK (on_stations_changed), self, G_CONNECT_SWAPPED);
  self->stations_shown = puente_station_files_get_stations (files);
  /* The details wait for the view (puente_map_page_new () ends with them). */
  show_stations (self);
}

/* ---- export ------------------------------------------------------------------ */

/* What the map shows, from the view state (metric, layers, mode), not
 * from the screen: the US and Mexico fitted, whatever panels are open. */
gboolean
puente_map_page_export (PuenteMapPage *self,
                        const char    *path,
                        GError       **error)
{
  g_auto(GStrv) layers = NULL;
  PuenteStatesMetric metric = PUENTE_STATES_METRIC_ZEV_SHARE;
  PuenteMapDocument  doc;
  PuenteChartFormat  format;
  /* A slide's size; PNGs at twice the pixels for print. */
  PuenteChartSize    size = { 1920, 1080, PUENTE_CHART_UNIT_PX, 192 };

  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!puente_chart_format_from_path (path, &format) || format == PUENTE_CHART_FORMAT_CSV)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _ ("“%s” has no known extension: name the file .png, .svg or .pdf"), path);
      return FALSE;
    }
  g_object_get (self->state, "map-layers", &layers, NULL);
  puente_states_metric_from_string (puente_view_state_peek_string (self->state, "map-metric"), &metric);
  puente_map_document_init (&doc, puente_workspace_get_dataset (self->workspace),
                            puente_workspace_get_scenario (self->workspace),
                            puente_workspace_get_results (self->workspace));
  doc.b = puente_workspace_get_compare (self->workspace);
  doc.b_results = puente_workspace_get_compare_results (self->workspace);
  doc.year = puente_workspace_get_year (self->workspace);
  doc.metric = metric;
  doc.layers = (const char *const *) layers;
  doc.lang = self->lang;
  doc.stations = puente_station_files_get_stations (puente_workspace_get_station_files (self->workspace));
  g_object_get (self->state, "stations-dc-fast-only", &doc.stations_filter.dc_fast_only,
                "stations-show", &doc.stations_filter.show, NULL);
  doc.stations_filter.network = puente_view_state_peek_string (self->state, "stations-network");
  switch (puente_map_page_get_mode (self))
    {
    case PUENTE_MAP_MODE_SPLIT:
      doc.mode = PUENTE_MAP_EXPORT_SPLIT;
      break;
    case PUENTE_MAP_MODE_DIFFERENCE:
      doc.mode = PUENTE_MAP_EXPORT_DIFFERENCE;
      break;
    case PUENTE_MAP_MODE_SINGLE:
    default:
      doc.mode = PUENTE_MAP_EXPORT_SINGLE;
      break;
    }
  return puente_map_export (&doc, format, &size, path, error);
}

/* ---- text alternatives, table and keyboard ---------------------------------- */

/* The maps' descriptions (the metric by state in words, the selected
 * place) and the table, for the numbers shown now. */
static void
update_text_alternatives (PuenteMapPage *self)
{
  guint        metric = gtk_drop_down_get_selected (self->metric_dropdown);
  const char  *selection = puente_view_state_get_selection (self->state);
  PuenteTable *table;

  if (metric >= PUENTE_N_STATES_METRICS)
    return;
  table = puente_map_table_build (puente_map_pane_get_context (self->panes[0]), metric, self->lang);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    {
      PuenteMapContext *context = puente_map_pane_get_context (self->panes[i]);
      g_autofree char  *description = puente_map_table_describe (context, metric, table, selection, self->lang);
      const char       *place = selection != NULL ? puente_map_context_get_place_name (context, selection) : NULL;
      const char       *map = i == 0 ? _ ("Map") : _ ("Map of scenario B");
      /* Translators: accessible name of a map with a place selected:
       * "Map: Nuevo León" (a screen reader says it as the place changes) */
      g_autofree char  *label = place != NULL ? g_strdup_printf (_ ("%s: %s"), map, place) : g_strdup (map);

      gtk_accessible_update_property (GTK_ACCESSIBLE (puente_map_pane_get_map (self->panes[i])),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      g_free (self->descriptions[i]);
      self->descriptions[i] = g_steal_pointer (&description);
    }
  puente_data_table_set_table (self->table, table);
  puente_data_table_select_key (self->table, selection);
}

/* The table over the maps, or the maps (and their legend) alone. */
static void
apply_table (PuenteMapPage *self)
{
  gboolean shown = gtk_toggle_button_get_active (self->table_button);

  gtk_widget_set_visible (GTK_WIDGET (self->table), shown);
  gtk_widget_set_can_focus (GTK_WIDGET (self->maps_box), !shown);
  update_legend (self);
}

/* A row activated: its state selected, its details shown. */
static void
on_table_row_activated (PuenteMapPage *self,
                        const char    *key)
{
  puente_view_state_set_selection (self->state, key);
}

/* Ctrl+arrows: the next or previous place selected and kept in view;
 * Enter: the focus into its details. */
static void
on_keynav (int      step,
           gpointer user_data)
{
  PuenteMapPage *self = user_data;
  g_auto(GStrv) layers = NULL;
  g_auto(GStrv) order = NULL;
  const char *next;

  if (step == 0)
    {
      if (puente_view_state_get_selection (self->state) != NULL)
        gtk_widget_child_focus (GTK_WIDGET (self->details), GTK_DIR_TAB_FORWARD);
      return;
    }
  g_object_get (self->state, "map-layers", &layers, NULL);
  order = puente_map_keynav_order (puente_workspace_get_dataset (self->workspace), (const char *const *) layers);
  next = puente_map_keynav_step ((const char *const *) order, puente_view_state_get_selection (self->state), step);
  if (next == NULL)
    return;
  puente_view_state_set_selection (self->state, next);
  reveal_selection (self);
}

static void
setup_text_alternatives (PuenteMapPage *self)
{
  /* Translators: accessible name of the table of the map's metric by state */
  self->table = PUENTE_DATA_TABLE (puente_data_table_new (_ ("The map's metric by state")));
  gtk_widget_set_margin_start (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->table), 12);
  gtk_widget_set_halign (GTK_WIDGET (self->table), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "map-table");
  gtk_overlay_add_overlay (self->overlay, GTK_WIDGET (self->table));
  g_signal_connect_object (self->table, "row-activated", G_CALLBACK (on_table_row_activated), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->table_button, "toggled", G_CALLBACK (apply_table), self, G_CONNECT_SWAPPED);
  self->table_binding = g_object_bind_property (self->state, "map-table", self->table_button, "active",
                                                G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  apply_table (self);

  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    gtk_widget_add_controller (GTK_WIDGET (puente_map_pane_get_map (self->panes[i])),
                               puente_map_keynav_controller_new (on_keynav, self));

  /* After the page's own handlers: the contexts have the new numbers. */
  g_signal_connect_object (self->workspace, "results-changed", G_CALLBACK (update_text_alternatives), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "scenario-changed", G_CALLBACK (update_text_alternatives), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::year", G_CALLBACK (update_text_alternatives), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::selection", G_CALLBACK (update_text_alternatives), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::map-mode", G_CALLBACK (update_text_alternatives), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->metric_dropdown, "notify::selected", G_CALLBACK (update_text_alternatives), self,
                           G_CONNECT_SWAPPED);
  update_text_alternatives (self);
}

/* ---- building --------------------------------------------------------------- */

/* In Present mode the map's names take the room's type: the smallest,
 * a country's 11.5 px, becomes 18.4 px. */
#define PRESENT_LABEL_SCALE 1.6

static void
apply_label_scale (PuenteMapPage *self)
{
  gboolean present;

  g_object_get (self->state, "present", &present, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_pane_set_label_scale (self->panes[i], present ? PRESENT_LABEL_SCALE : 1.0);
}

static void
setup_panes (PuenteMapPage *self)
{
  PuenteDataset           *dataset = puente_workspace_get_dataset (self->workspace);
  static const char *const view_properties[] = { "latitude", "longitude", "zoom-level" };

  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    {
      PuenteMapContext *context;

      /* Translators: accessible names of the maps */
      self->panes[i] = PUENTE_MAP_PANE (puente_map_pane_new (dataset, self->basemap,
                                                             i == 0 ? _ ("Map") : _ ("Map of scenario B")));
      context = puente_map_pane_get_context (self->panes[i]);
      puente_map_context_set_language (context, self->lang);
      puente_map_context_set_style (context, basemap_style ());
      puente_map_context_set_year (context, puente_workspace_get_year (self->workspace));
      puente_map_context_set_results (context, puente_workspace_get_results (self->workspace),
                                      puente_workspace_get_compare_results (self->workspace));
      gtk_box_append (self->maps_box, GTK_WIDGET (self->panes[i]));
      /* Both maps show the view state's selection, and select into it. */
      self->bindings[i] = g_object_bind_property (self->state, "selection", self->panes[i], "selection",
                                                  G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
    }
  /* The B map moves with the A map. */
  for (guint i = 0; i < G_N_ELEMENTS (view_properties); i++)
    self->bindings[2 + i] = g_object_bind_property (puente_map_pane_get_viewport (self->panes[0]),
                                                    view_properties[i],
                                                    puente_map_pane_get_viewport (self->panes[1]),
                                                    view_properties[i],
                                                    G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  rebuild_tiles (self);
}

GtkWidget *
puente_map_page_new (PuenteWorkspace *workspace,
                     PuenteViewState *state,
                     PuenteLang       lang)
{
  PuenteMapPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) metrics = gtk_string_list_new (NULL);
  ShumateViewport *viewport;
  double           lat, lon, zoom;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (state), NULL);

  self = g_object_new (PUENTE_TYPE_MAP_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->state = g_object_ref (state);
  self->lang = lang;
  self->basemap = puente_basemap_dup_default (&error);
  if (self->basemap == NULL)
    g_error ("The built-in basemap could not be loaded: %s", error->message);
  self->home = (PuenteMapBounds){ PUENTE_MAP_HOME_WEST, PUENTE_MAP_HOME_SOUTH, PUENTE_MAP_HOME_EAST,
                                  PUENTE_MAP_HOME_NORTH };

  /* Online tiles or not (the schema is required). */
  self->settings = g_settings_new (APP_ID);
  self->source = puente_offline_source_new (self->basemap);
  /* The credit under the map, in the map's language. */
  shumate_map_source_set_license (SHUMATE_MAP_SOURCE (self->source), _ ("Natural Earth (public domain)"));
  puente_offline_source_set_style (self->source, basemap_style ());

  setup_panes (self);
  viewport = puente_map_pane_get_viewport (self->panes[0]);

  self->details = PUENTE_MAP_DETAILS (puente_map_details_new (workspace, lang));
  adw_flap_set_flap (self->flap, GTK_WIDGET (self->details));
  self->search = PUENTE_MAP_SEARCH (puente_map_search_new (puente_workspace_get_dataset (workspace), lang));
  gtk_widget_set_halign (GTK_WIDGET (self->search), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->search), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search), 12);
  gtk_overlay_add_overlay (self->overlay, GTK_WIDGET (self->search));
  g_signal_connect_object (self->search, "place-activated", G_CALLBACK (on_place_activated), self,
                           G_CONNECT_SWAPPED);

  for (guint i = 0; i < PUENTE_N_STATES_METRICS; i++)
    gtk_string_list_append (metrics, puente_states_metric_get_title (i, self->lang));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (metrics));
  self->syncing = FALSE;
  puente_a11y_name_drop_down (self->metric_dropdown, _ ("What Colours the States"));
  puente_map_legend_set_layers (self->legend, puente_map_pane_get_layers (self->panes[0]));
  self->bindings[5] = g_object_bind_property (state, "map-legend-fold", self->legend, "fold",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  load_layers (self);
  on_state_metric_changed (self);
  on_metric_selected (self);
  self->layers_popover = PUENTE_MAP_LAYERS_POPOVER (
    puente_map_layers_popover_new (state, puente_map_pane_get_layers (self->panes[0])));
  gtk_menu_button_set_popover (self->layers_button, GTK_WIDGET (self->layers_popover));
  setup_stations (self);

  /* A view placed by the user comes back; a fitted one fits again once
   * the map has its size. */
  if (puente_view_state_get_map_view (state, &lat, &lon, &zoom))
    {
      self->syncing = TRUE;
      self->moving = TRUE;
      puente_map_page_set_view (self, lat, lon, zoom);
      self->moving = FALSE;
      self->syncing = FALSE;
    }
  else
    {
      g_object_set (state, "map-fitted", TRUE, NULL);
      shumate_viewport_set_zoom_level (viewport, 4);
      shumate_location_set_location (SHUMATE_LOCATION (viewport), 31, -104);
    }
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::longitude", G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (workspace, "results-changed", G_CALLBACK (on_results_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scenario-changed", G_CALLBACK (on_results_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::year", G_CALLBACK (on_year_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed), NULL);
  g_signal_connect_object (self->settings, "changed::online-tiles", G_CALLBACK (rebuild_tiles), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (g_network_monitor_get_default (), "notify::network-available",
                           G_CALLBACK (rebuild_tiles), self, G_CONNECT_SWAPPED);

  /* Changes of the view state from outside (a prepared view) show. */
  g_signal_connect_object (state, "notify::selection", G_CALLBACK (update_details), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-mode", G_CALLBACK (apply_mode), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-metric", G_CALLBACK (on_state_metric_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-layers", G_CALLBACK (load_layers), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-legend", G_CALLBACK (update_legend), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::present", G_CALLBACK (apply_label_scale), self, G_CONNECT_SWAPPED);
  apply_label_scale (self);
  g_signal_connect_object (state, "notify::map-fitted", G_CALLBACK (on_state_fitted_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-latitude", G_CALLBACK (on_state_view_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-longitude", G_CALLBACK (on_state_view_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-zoom", G_CALLBACK (on_state_view_changed), self,
                           G_CONNECT_SWAPPED);

  apply_mode (self);
  update_details (self);
  setup_text_alternatives (self);
  return GTK_WIDGET (self);
}

/* ---- private API --------------------------------------------------------- */

PuenteMapPane *
puente_map_page_get_pane (PuenteMapPage *self,
                          guint          index)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->panes), NULL);

  return self->panes[index];
}

GtkWidget *
puente_map_page_get_map (PuenteMapPage *self,
                         guint          index)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->panes), NULL);

  return GTK_WIDGET (puente_map_pane_get_map (self->panes[index]));
}

PuenteMapLayer *
puente_map_page_get_layer (PuenteMapPage *self,
                           const char    *id)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return puente_map_pane_get_layer (self->panes[0], id);
}

PuenteMapMode
puente_map_page_get_mode (PuenteMapPage *self)
{
  PuenteMapMode mode;

  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), PUENTE_MAP_MODE_SINGLE);

  /* Without B there is one map of A, whatever the state asks for. */
  if (puente_workspace_get_compare_results (self->workspace) == NULL)
    return PUENTE_MAP_MODE_SINGLE;
  g_object_get (self->state, "map-mode", &mode, NULL);
  return mode;
}

void
puente_map_page_set_mode (PuenteMapPage *self,
                          PuenteMapMode  mode)
{
  g_return_if_fail (PUENTE_IS_MAP_PAGE (self));

  /* The state's notification applies it. */
  g_object_set (self->state, "map-mode", mode, NULL);
}

const char *
puente_map_page_click (PuenteMapPage *self,
                       guint          index,
                       double         x,
                       double         y)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->panes), NULL);

  puente_map_pane_click (self->panes[index], x, y);
  return puente_view_state_get_selection (self->state);
}

char *
puente_map_page_describe_at (PuenteMapPage *self,
                             guint          index,
                             double         x,
                             double         y)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->panes), NULL);

  return puente_map_pane_describe_at (self->panes[index], x, y);
}

void
puente_map_page_get_view (PuenteMapPage *self,
                          double        *latitude,
                          double        *longitude,
                          double        *zoom)
{
  ShumateViewport *viewport;

  g_return_if_fail (PUENTE_IS_MAP_PAGE (self));

  viewport = puente_map_pane_get_viewport (self->panes[0]);
  *latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  *longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  *zoom = shumate_viewport_get_zoom_level (viewport);
}

void
puente_map_page_set_view (PuenteMapPage *self,
                          double         latitude,
                          double         longitude,
                          double         zoom)
{
  ShumateViewport *viewport;

  g_return_if_fail (PUENTE_IS_MAP_PAGE (self));

  /* A view placed from outside is the user's, not a fit. */
  if (!self->moving)
    g_object_set (self->state, "map-fitted", FALSE, NULL);
  viewport = puente_map_pane_get_viewport (self->panes[0]);
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), latitude, longitude);
}

const char *
puente_map_page_get_panel_title (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  if (!adw_flap_get_reveal_flap (self->flap))
    return NULL;
  return puente_map_details_get_title (self->details);
}

const char *
puente_map_page_get_description (PuenteMapPage *self,
                                 guint          index)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->descriptions), NULL);

  return self->descriptions[index];
}

GtkToggleButton *
puente_map_page_get_table_button (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return self->table_button;
}

GtkWidget *
puente_map_page_get_table (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return GTK_WIDGET (self->table);
}

GtkToggleButton *
puente_map_page_get_mode_button (PuenteMapPage *self,
                                 PuenteMapMode  mode)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  switch (mode)
    {
    case PUENTE_MAP_MODE_SPLIT:
      return self->split_button;
    case PUENTE_MAP_MODE_DIFFERENCE:
      return self->difference_button;
    case PUENTE_MAP_MODE_SINGLE:
    default:
      return self->single_button;
    }
}

GtkDropDown *
puente_map_page_get_metric_dropdown (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return self->metric_dropdown;
}

GtkCheckButton *
puente_map_page_get_layer_check (PuenteMapPage *self,
                                 const char    *id)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return puente_map_layers_popover_get_check (self->layers_popover, id);
}

GtkCheckButton *
puente_map_page_get_legend_check (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return puente_map_layers_popover_get_legend_check (self->layers_popover);
}

PuenteMapLegend *
puente_map_page_get_legend (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return self->legend;
}

PuenteMapSearch *
puente_map_page_get_search (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return self->search;
}

gboolean
puente_map_page_get_legend_shown (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->legend)) && puente_map_legend_has_content (self->legend) &&
    !puente_map_legend_get_folded (self->legend);
}

/* ---- GtkWidget -------------------------------------------------------------- */

/* A page being replaced (a language switch) neither follows the state
 * the new page writes nor writes it: it would take the new page's fits,
 * written to the state, for a view placed from outside, and stop the fit
 * the two share. */
static void
stop_following_state (PuenteMapPage *self)
{
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->panes[0] != NULL)
    g_signal_handlers_disconnect_by_data (puente_map_pane_get_viewport (self->panes[0]), self);
  for (guint i = 0; i < G_N_ELEMENTS (self->bindings); i++)
    g_clear_pointer (&self->bindings[i], g_binding_unbind);
  g_clear_pointer (&self->table_binding, g_binding_unbind);
}

static void
puente_map_page_dispose (GObject *object)
{
  PuenteMapPage *self = PUENTE_MAP_PAGE (object);

  stop_following_state (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->descriptions); i++)
    g_clear_pointer (&self->descriptions[i], g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAP_PAGE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  /* Gone with the template's widgets. */
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    self->panes[i] = NULL;
  g_clear_object (&self->online_source);
  g_clear_object (&self->source);
  g_clear_object (&self->basemap);
  g_clear_object (&self->settings);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_map_page_parent_class)->dispose (object);
}

static void
puente_map_page_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (PUENTE_MAP_PAGE (widget)->flap), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* The width the maps get: the page's, less the panel's beside them (and
 * its separator). */
static int
maps_width (PuenteMapPage *self,
            int            width)
{
  int panel;

  if (!adw_flap_get_reveal_flap (self->flap) || adw_flap_get_folded (self->flap))
    return width;
  gtk_widget_measure (GTK_WIDGET (self->details), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &panel, NULL, NULL);
  return width - panel - 1;
}

/* The toolbar in one row where the map is wide enough, else in two; the
 * search at its left, or under it on a map too narrow for both side by
 * side. What sits below them (the maps' titles, the legend) moves down
 * with them. */
static void
lay_out_toolbar (PuenteMapPage *self,
                 int            map_width)
{
  GtkOrientation orientation = GTK_ORIENTATION_HORIZONTAL;
  int            view_row, view_row_min, compare_row, compare_row_min, row_height, search, below;
  gboolean       stacked;

  gtk_widget_measure (self->toolbar_view_row, GTK_ORIENTATION_HORIZONTAL, -1, &view_row_min, &view_row, NULL, NULL);
  gtk_widget_measure (self->toolbar_compare_row, GTK_ORIENTATION_HORIZONTAL, -1, &compare_row_min, &compare_row,
                      NULL, NULL);
  gtk_widget_measure (self->toolbar_view_row, GTK_ORIENTATION_VERTICAL, -1, NULL, &row_height, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->search), GTK_ORIENTATION_HORIZONTAL, -1, &search, NULL, NULL, NULL);
  /* The rows, their spacing, the toolbar's padding and margins, and the
   * search at the left. */
  if (search + 12 + view_row + compare_row + 6 + TOOLBAR_PADDING + 24 > map_width)
    orientation = GTK_ORIENTATION_VERTICAL;
  /* Under the toolbar only if it cannot give way enough (the metric's
   * name ellipsized). */
  stacked = search + 12 + MAX (view_row_min, compare_row_min) + TOOLBAR_PADDING + 24 > map_width;

  /* Never over the search: what is left of the width, the metric's name
   * ellipsized if need be. */
  gtk_widget_set_margin_start (self->toolbar, stacked ? 12 : 12 + search + 12);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar), orientation);
  /* Its height with its top margin: where it ends. */
  gtk_widget_measure (self->toolbar, GTK_ORIENTATION_VERTICAL, -1, NULL, &below, NULL, NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search), stacked ? below + 6 : 12);
  /* The search's bar is one toolbar row high. */
  if (stacked)
    below += 6 + row_height + TOOLBAR_PADDING;
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_pane_set_title_top (self->panes[i], below + TITLE_GAP);
  gtk_widget_set_margin_top (GTK_WIDGET (self->legend), below + LEGEND_GAP);
  gtk_widget_set_margin_top (GTK_WIDGET (self->table), below + LEGEND_GAP);
}

/* Out of its window, the page is done: the window builds a new one (a
 * language switch) at once, while GTK may keep this one a few frames
 * more (until a later layout on a loaded machine), long enough to see
 * the new page fit. */
static void
puente_map_page_unroot (GtkWidget *widget)
{
  stop_following_state (PUENTE_MAP_PAGE (widget));

  GTK_WIDGET_CLASS (puente_map_page_parent_class)->unroot (widget);
}

static void
puente_map_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PuenteMapPage *self = PUENTE_MAP_PAGE (widget);
  int            map_width = maps_width (self, width);

  lay_out_toolbar (self, map_width);
  /* The legend lies on one map: B's, in A | B. */
  puente_map_legend_set_room (self->legend, puente_map_page_get_mode (self) == PUENTE_MAP_MODE_SPLIT ? (map_width - 2) / 2 : map_width);
  gtk_widget_allocate (GTK_WIDGET (self->flap), width, height, baseline, NULL);
  /* The maps' layers place themselves again for the new view, now. */
  if (follow_layout (self))
    gtk_widget_allocate (GTK_WIDGET (self->flap), width, height, baseline, NULL);
}

static void
puente_map_page_class_init (PuenteMapPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_map_page_dispose;
  widget_class->measure = puente_map_page_measure;
  widget_class->size_allocate = puente_map_page_size_allocate;
  widget_class->unroot = puente_map_page_unroot;

  g_type_ensure (PUENTE_TYPE_MAP_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, flap);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, overlay);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, maps_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, metric_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, layers_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, compare_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, single_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, split_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, difference_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, toolbar_view_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, toolbar_compare_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, legend);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, table_button);
  gtk_widget_class_bind_template_callback (widget_class, on_metric_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_toggled);

  gtk_widget_class_install_action (widget_class, "map.fit", NULL, fit_activated);
  gtk_widget_class_install_action (widget_class, "map.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "map.focus", NULL, focus_activated);
  gtk_widget_class_install_action (widget_class, "map.clear-selection", NULL, clear_selection_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "map.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "map.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "map.clear-selection", NULL);
}

static void
puente_map_page_init (PuenteMapPage *self)
{
  g_autoptr(GtkListItemFactory) factory = metric_label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = metric_label_factory (FALSE);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Ctrl+F finds a place wherever the focus is, while the map shows
   * (shortcuts of an unmapped widget do not run). */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("map.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_drop_down_set_factory (self->metric_dropdown, factory);
  gtk_drop_down_set_list_factory (self->metric_dropdown, list_factory);
}
