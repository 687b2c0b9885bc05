/* puente-map-page.c: the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libshumate map of the offline basemap (or OpenStreetMap tiles when the
 * user allows the network) with Puente's data layers over it, a legend for
 * the layers shown, and a side panel for the selected state, port, city or
 * site. Comparing scenarios, it shows A and B side by side on two maps that
 * move together, or one map of B - A. What the page shows (metric,
 * layers, mode, legend, centre, zoom, selection) is the view state's: set
 * from it when the page is built, written to it on every change, followed
 * when it changes, so a rebuild of the window loses none of it.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart-view.h"
#include "puente-charging-layer.h"
#include "puente-labels-layer.h"
#include "puente-format.h"
#include "puente-geo.h"
#include "puente-map-export.h"
#include "puente-map-page-private.h"
#include "puente-observed.h"
#include "puente-offline-source.h"
#include "puente-ports-layer.h"
#include "puente-states-layer.h"
#include "puente-supply-layer.h"
#include "puente-transit-layer.h"
#include "puente-used-layer.h"

/* Bottom to top. */
enum {
  LAYER_STATES,
  LAYER_CHARGING,
  LAYER_USED,
  LAYER_TRANSIT,
  LAYER_PORTS,
  LAYER_SUPPLY,
  N_LAYERS
};

static const char * const layer_ids[N_LAYERS] = { "states", "charging", "used", "transit", "ports", "supply" };

/* The map starts on both countries whole: the contiguous US and Mexico. */
#define HOME_NORTH 49.5
#define HOME_SOUTH 14.3
#define HOME_WEST -125.0
#define HOME_EAST -66.9

#define OSM_URL "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

typedef struct _PuenteMapPage PuenteMapPage;

typedef struct
{
  PuenteMapPage    *page;
  guint             index;
  GtkWidget        *overlay;
  ShumateMap       *map;
  ShumateViewport  *viewport;
  ShumateMapLayer  *tile_layer;
  ShumateMapLayer  *online_layer;
  PuenteMapContext *context;
  PuenteMapLayer   *layers[N_LAYERS];
  GtkLabel         *label;
  ShumateLicense   *license;
  double            press_x;
  double            press_y;
} Pane;

struct _PuenteMapPage
{
  GtkWidget            parent_instance;

  PuenteWorkspace     *workspace;
  PuenteViewState     *state;
  PuenteLang           lang;
  PuenteBasemap       *basemap;
  PuenteOfflineSource *source;
  ShumateMapSource    *online_source;
  GSettings           *settings;
  Pane                 panes[2];
  GBinding            *bindings[3];
  GBinding            *legend_binding;
  gboolean             fitted;
  gboolean             syncing;
  guint                fit_tick;
  GtkFileChooserNative *chooser;
  GtkWidget           *layer_checks[N_LAYERS];
  GtkWidget           *legend_check;

  AdwFlap             *flap;
  GtkOverlay          *overlay;
  GtkBox              *maps_box;
  GtkDropDown         *metric_dropdown;
  GtkMenuButton       *layers_button;
  GtkBox              *compare_box;
  GtkToggleButton     *single_button;
  GtkToggleButton     *split_button;
  GtkToggleButton     *difference_button;
  GtkWidget           *toolbar;
  GtkWidget           *toolbar_view_row;
  GtkWidget           *toolbar_compare_row;
  GtkWidget           *legend_scroller;
  GtkDrawingArea      *legend_area;
  GtkLabel            *panel_title;
  GtkLabel            *panel_subtitle;
  GtkLabel            *panel_sources;
  GtkGrid             *figures_grid;
  PuenteChartView     *panel_chart;
};

G_DEFINE_FINAL_TYPE (PuenteMapPage, puente_map_page, GTK_TYPE_WIDGET)

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

/* ---- settings ----------------------------------------------------------- */

static gboolean
online_wanted (PuenteMapPage *self)
{
  return g_settings_get_boolean (self->settings, "online-tiles") &&
         g_network_monitor_get_network_available (g_network_monitor_get_default ());
}

/* ---- tiles -------------------------------------------------------------- */

static void
rebuild_tiles (Pane *pane)
{
  PuenteMapPage *self = pane->page;
  ShumateMapLayer *tiles;

  /* A new layer: the old one keeps tiles of the old style or language. */
  tiles = shumate_map_layer_new (SHUMATE_MAP_SOURCE (self->source), pane->viewport);
  shumate_map_insert_layer_behind (pane->map, SHUMATE_LAYER (tiles), SHUMATE_LAYER (pane->layers[0]));
  if (pane->tile_layer != NULL)
    shumate_map_remove_layer (pane->map, SHUMATE_LAYER (pane->tile_layer));
  pane->tile_layer = tiles;

  if (pane->online_layer != NULL)
    {
      shumate_map_remove_layer (pane->map, SHUMATE_LAYER (pane->online_layer));
      shumate_license_remove_map_source (pane->license, self->online_source);
      pane->online_layer = NULL;
    }
  /* Online tiles draw over the offline ones; where the network fails, the
   * offline basemap shows through. */
  if (online_wanted (self))
    {
      if (self->online_source == NULL)
        self->online_source = SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full_from_url (
          "osm-mapnik", "OpenStreetMap", "© OpenStreetMap contributors",
          "https://www.openstreetmap.org/copyright", PUENTE_BASEMAP_MIN_ZOOM, 19,
          PUENTE_TILE_SIZE, SHUMATE_MAP_PROJECTION_MERCATOR, OSM_URL));
      pane->online_layer = shumate_map_layer_new (self->online_source, pane->viewport);
      shumate_map_insert_layer_above (pane->map, SHUMATE_LAYER (pane->online_layer), SHUMATE_LAYER (tiles));
      shumate_license_append_map_source (pane->license, self->online_source);
    }
}

static void
rebuild_all_tiles (PuenteMapPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    rebuild_tiles (&self->panes[i]);
}

static void
on_style_changed (PuenteMapPage *self)
{
  PuenteBasemapStyle style = is_dark () ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT;

  if (puente_offline_source_get_style (self->source) == style)
    return;
  puente_offline_source_set_style (self->source, style);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_context_set_style (self->panes[i].context, style);
  rebuild_all_tiles (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->legend_area));
}

static void
on_scale_factor_changed (PuenteMapPage *self)
{
  int scale = CLAMP (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1, 4);

  if (puente_offline_source_get_scale_factor (self->source) == scale)
    return;
  puente_offline_source_set_scale_factor (self->source, scale);
  rebuild_all_tiles (self);
}

/* ---- legend ------------------------------------------------------------- */

#define LEGEND_WIDTH 250.0
#define LEGEND_PADDING 12.0
/* Margins above the legend and the maps' labels, below a toolbar of one
 * row (its .toolbar padding on each side, TOOLBAR_PADDING in all). */
#define LEGEND_TOP 80
#define PANE_LABEL_TOP 72
#define TOOLBAR_PADDING 12
/* The side panel's width-request in the template. */
#define PANEL_WIDTH 340.0

static double
legend_content_height (PuenteMapPage              *self,
                       const PuenteMapLegendStyle *style)
{
  double height = 0;

  for (guint i = N_LAYERS; i-- > 0;)
    if (puente_map_layer_get_shown (self->panes[0].layers[i]))
      height += puente_map_layer_draw_legend (self->panes[0].layers[i], NULL, style, 0, 0,
                                              LEGEND_WIDTH - 2 * LEGEND_PADDING) + 10;
  return height;
}

static void
legend_style (PuenteMapLegendStyle *style)
{
  puente_map_legend_style_init (style, is_dark () ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT);
}

static void
draw_legend (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PuenteMapPage *self = user_data;
  PuenteMapLegendStyle style;
  double y = LEGEND_PADDING, r = 10;

  legend_style (&style);
  if (height <= 0)
    return;

  cairo_new_sub_path (cr);
  cairo_arc (cr, width - r, r, r, -G_PI / 2, 0);
  cairo_arc (cr, width - r, height - r, r, 0, G_PI / 2);
  cairo_arc (cr, r, height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, r, r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, style.background.r, style.background.g, style.background.b, 0.9);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, style.text.r, style.text.g, style.text.b, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  for (guint i = N_LAYERS; i-- > 0;)
    if (puente_map_layer_get_shown (self->panes[0].layers[i]))
      y += puente_map_layer_draw_legend (self->panes[0].layers[i], cr, &style, LEGEND_PADDING, y,
                                         width - 2 * LEGEND_PADDING) + 10;
}

static void
update_legend (PuenteMapPage *self)
{
  PuenteMapLegendStyle style;
  double height;

  gboolean wanted;

  g_object_get (self->state, "map-legend", &wanted, NULL);
  legend_style (&style);
  height = legend_content_height (self, &style);
  /* A narrow map next to the side panel: the panel's figures, not the
   * legend over most of the map. */
  gtk_widget_set_visible (self->legend_scroller,
                          wanted && height > 0 && !(adw_flap_get_reveal_flap (self->flap) &&
                                          gtk_widget_get_width (GTK_WIDGET (self)) - PANEL_WIDTH < 2.5 * LEGEND_WIDTH));
  gtk_drawing_area_set_content_width (self->legend_area, (int) LEGEND_WIDTH);
  gtk_drawing_area_set_content_height (self->legend_area, (int) ceil (height + 2 * LEGEND_PADDING - 10));
  gtk_widget_queue_draw (GTK_WIDGET (self->legend_area));
}

/* ---- side panel ---------------------------------------------------------- */

typedef enum {
  PLACE_NONE,
  PLACE_STATE,
  PLACE_PORT,
  PLACE_CITY,
  PLACE_SITE,
} PlaceKind;

static PlaceKind
place_kind (PuenteDataset *dataset,
            const char    *id,
            int           *index)
{
  if (id == NULL)
    return PLACE_NONE;
  if ((*index = puente_dataset_find_state (dataset, id)) >= 0)
    return PLACE_STATE;
  if ((*index = puente_dataset_find_port (dataset, id)) >= 0)
    return PLACE_PORT;
  if ((*index = puente_dataset_find_city (dataset, id)) >= 0)
    return PLACE_CITY;
  if ((*index = puente_dataset_find_site (dataset, id)) >= 0)
    return PLACE_SITE;
  return PLACE_NONE;
}

typedef char *(*FormatFunc) (double value, gboolean difference, PuenteLang lang);

static char *
format_share (double     value,
              gboolean   difference,
              PuenteLang lang)
{
  return puente_states_metric_format (PUENTE_STATES_METRIC_ZEV_SHARE, value, difference, lang);
}

static char *
format_count (double     value,
              gboolean   difference,
              PuenteLang lang)
{
  g_autofree char *text = isnan (value) ? g_strdup ("–") : puente_format_number (lang, value, 0);

  return difference && value > 0 ? g_strdup_printf ("+%s", text) : g_steal_pointer (&text);
}

static char *
format_decimal (double     value,
                gboolean   difference,
                PuenteLang lang)
{
  g_autofree char *text = NULL;

  if (isnan (value))
    return g_strdup ("–");
  text = puente_format_number (lang, value, fabs (value) < 10 ? 2 : 1);
  return difference && value > 0 ? g_strdup_printf ("+%s", text) : g_steal_pointer (&text);
}

static void
add_cell (PuenteMapPage *self,
          const char    *text,
          int            column,
          int            row,
          gboolean       header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  if (column == 0)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
      gtk_widget_set_hexpand (label, TRUE);
    }
  else
    gtk_widget_add_css_class (label, "numeric");
  if (header)
    gtk_widget_add_css_class (label, "heading");
  if (column == 1 && !header)
    gtk_widget_add_css_class (label, "legend-a");
  if (column == 2 && !header)
    gtk_widget_add_css_class (label, "legend-b");
  gtk_grid_attach (self->figures_grid, label, column, row, 1, 1);
}

/* A row of figures: A, and B and B - A when comparing. */
static void
add_row (PuenteMapPage *self,
         int           *row,
         const char    *label,
         double         a,
         double         b,
         gboolean       compare,
         FormatFunc     format)
{
  g_autofree char *a_text = format (a, FALSE, self->lang);

  add_cell (self, label, 0, *row, FALSE);
  add_cell (self, a_text, 1, *row, FALSE);
  if (compare)
    {
      g_autofree char *b_text = format (b, FALSE, self->lang);
      g_autofree char *d_text = format (b - a, TRUE, self->lang);

      add_cell (self, b_text, 2, *row, FALSE);
      add_cell (self, d_text, 3, *row, FALSE);
    }
  (*row)++;
}

static void
add_indicator_row (PuenteMapPage *self,
                   int           *row,
                   const char    *label,
                   const char    *indicator,
                   const char    *region,
                   FormatFunc     format)
{
  const PuenteResults *a = puente_workspace_get_results (self->workspace);
  const PuenteResults *b = puente_workspace_get_compare_results (self->workspace);
  int year = puente_workspace_get_year (self->workspace);
  double va = puente_results_get_value (a, indicator, region, year);

  if (isnan (va))
    return;
  add_row (self, row, label, va, b != NULL ? puente_results_get_value (b, indicator, region, year) : NAN,
           b != NULL, format);
}

static void
add_metric_row (PuenteMapPage      *self,
                int                *row,
                PuenteStatesMetric  metric,
                const char         *region)
{
  const PuenteResults *a = puente_workspace_get_results (self->workspace);
  const PuenteResults *b = puente_workspace_get_compare_results (self->workspace);
  int year = puente_workspace_get_year (self->workspace);
  double va = puente_states_metric_get_value (metric, a, region, year);
  double vb = b != NULL ? puente_states_metric_get_value (metric, b, region, year) : NAN;
  g_autofree char *a_text = puente_states_metric_format (metric, va, FALSE, self->lang);

  if (isnan (va))
    return;
  add_cell (self, puente_states_metric_get_title (metric, self->lang), 0, *row, FALSE);
  add_cell (self, a_text, 1, *row, FALSE);
  if (b != NULL)
    {
      g_autofree char *b_text = puente_states_metric_format (metric, vb, FALSE, self->lang);
      g_autofree char *d_text = puente_states_metric_format (metric, vb - va, TRUE, self->lang);

      add_cell (self, b_text, 2, *row, FALSE);
      add_cell (self, d_text, 3, *row, FALSE);
    }
  (*row)++;
}

static void
add_text_row (PuenteMapPage *self,
              int           *row,
              const char    *label,
              const char    *value)
{
  GtkWidget *text;

  if (value == NULL || *value == '\0')
    return;
  add_cell (self, label, 0, *row, FALSE);
  text = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (text), 1);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 20);
  gtk_grid_attach (self->figures_grid, text, 1, *row, 3, 1);
  (*row)++;
}

/* The region's observed figures of the selected year (else the latest
 * year with figures) beside the model's values of that year. */
static void
add_observed_row (PuenteMapPage *self,
                  int           *row,
                  const char    *region)
{
  int year = 0;
  g_autofree char *text = puente_observed_region_text (puente_workspace_get_dataset (self->workspace),
                                                       puente_workspace_get_results (self->workspace),
                                                       region, puente_workspace_get_year (self->workspace),
                                                       self->lang, &year);
  g_autofree char *label = NULL;

  if (text == NULL)
    return;
  /* Translators: map details, heading of the observed figures of a year */
  label = g_strdup_printf (_("Observed, %d"), year);
  add_text_row (self, row, label, text);
}

static void
append_source (GString            *out,
               const char         *what,
               const PuenteFigure *figure)
{
  g_autofree char *text = NULL;

  if (figure == NULL || figure->publisher == NULL)
    return;
  if (out->len > 0)
    g_string_append (out, "\n");
  if (figure->url != NULL && *figure->url != '\0')
    /* Translators: a source line: what, publisher, title (a link), year */
    text = g_markup_printf_escaped (_("%s: %s, <a href=\"%s\">%s</a> (%d)"), what, figure->publisher,
                                    figure->url, figure->title != NULL ? figure->title : figure->publisher,
                                    figure->year);
  else
    text = g_markup_printf_escaped (_("%s: %s, %s (%d)"), what, figure->publisher,
                                    figure->title != NULL ? figure->title : "", figure->year);
  g_string_append (out, text);
}

static void
clear_grid (PuenteMapPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_grid))) != NULL)
    gtk_grid_remove (self->figures_grid, child);
}

static void
update_chart (PuenteMapPage *self,
              const char    *region)
{
  const PuenteChartSpec *spec = puente_chart_catalogue_find ("zev-share-sales");
  PuenteDataset *dataset = puente_workspace_get_dataset (self->workspace);
  const PuenteResults *compare = puente_workspace_get_compare_results (self->workspace);
  g_autoptr(PuenteChartSource) a = NULL;
  g_autoptr(PuenteChartSource) b = NULL;
  PuenteChartOptions options = { 0 };
  PuenteChartStyle style;
  PuenteChartData *data;

  if (region == NULL || spec == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->panel_chart), FALSE);
      puente_chart_view_set_data (self->panel_chart, NULL);
      return;
    }

  a = puente_chart_source_new_for_results (puente_workspace_get_results (self->workspace), dataset);
  if (compare != NULL)
    b = puente_chart_source_new_for_results (compare, dataset);
  options.region = region;
  options.year = puente_workspace_get_year (self->workspace);
  data = puente_chart_build (spec, a, b, &options, NULL);
  if (data != NULL)
    {
      puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A,
                                      puente_workspace_get_preset_id (self->workspace),
                                      puente_workspace_get_name (self->workspace, PUENTE_LANG_EN),
                                      puente_workspace_get_name (self->workspace, PUENTE_LANG_ES));
      if (compare != NULL)
        {
          const PuenteScenario *scenario = puente_workspace_get_compare (self->workspace);

          puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B,
                                          puente_workspace_get_compare_id (self->workspace),
                                          puente_scenario_get_name (scenario, PUENTE_LANG_EN),
                                          puente_scenario_get_name (scenario, PUENTE_LANG_ES));
        }
    }
  puente_chart_style_init (&style);
  style.lang = self->lang;
  style.preset = PUENTE_CHART_STYLE_REPORT;
  puente_chart_view_set_style (self->panel_chart, &style);
  puente_chart_view_set_data (self->panel_chart, data);
  gtk_widget_set_visible (GTK_WIDGET (self->panel_chart), data != NULL);
}

static void
update_panel (PuenteMapPage *self)
{
  PuenteDataset *dataset = puente_workspace_get_dataset (self->workspace);
  const char *id = puente_view_state_get_selection (self->state);
  gboolean compare = puente_workspace_get_compare_results (self->workspace) != NULL;
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autofree char *year_text = g_strdup_printf ("%d", puente_workspace_get_year (self->workspace));
  gboolean es = self->lang == PUENTE_LANG_ES;
  PlaceKind kind;
  int index = -1, row = 1;

  kind = place_kind (dataset, id, &index);
  if (adw_flap_get_reveal_flap (self->flap) != (kind != PLACE_NONE))
    {
      adw_flap_set_reveal_flap (self->flap, kind != PLACE_NONE);
      update_legend (self);
    }
  clear_grid (self);
  if (kind == PLACE_NONE)
    {
      update_chart (self, NULL);
      return;
    }

  add_cell (self, year_text, 0, 0, TRUE);
  add_cell (self, compare ? C_("map", "A") : _("Value"), 1, 0, TRUE);
  if (compare)
    {
      add_cell (self, C_("map", "B"), 2, 0, TRUE);
      add_cell (self, C_("map", "B − A"), 3, 0, TRUE);
    }

  switch (kind)
    {
    case PLACE_STATE:
      {
        const PuenteState *state = puente_dataset_get_state (dataset, index);

        gtk_label_set_text (self->panel_title, es ? state->name_es : state->name_en);
        gtk_label_set_text (self->panel_subtitle, state->country == PUENTE_COUNTRY_MX
                                                  ? _("State, Mexico") : _("State, United States"));
        add_metric_row (self, &row, PUENTE_STATES_METRIC_ZEV_SHARE, state->code);
        add_indicator_row (self, &row, _("ZEVs in operation"), "ldv.ev_stock", state->code, format_count);
        add_indicator_row (self, &row, _("Public Level 2 ports (trend)"), "charging.public_l2_existing", state->code, format_count);
        add_indicator_row (self, &row, _("Public DC fast ports (trend)"), "charging.public_dcfc_existing", state->code, format_count);
        add_indicator_row (self, &row, _("Public ports needed"), "charging.public_l2_need", state->code, format_count);
        add_metric_row (self, &row, PUENTE_STATES_METRIC_EVS_PER_PORT, state->code);
        add_metric_row (self, &row, PUENTE_STATES_METRIC_CHARGING_GAP, state->code);
        add_indicator_row (self, &row, _("Electricity demand (GWh)"), "ldv.electricity_gwh", state->code, format_decimal);
        add_indicator_row (self, &row, _("CO2 emissions (Mt)"), "ldv.co2_mt", state->code, format_decimal);
        if (state->country == PUENTE_COUNTRY_MX)
          add_indicator_row (self, &row, _("Used vehicles from the US"), "ldv.used_imports", state->code, format_count);
        add_observed_row (self, &row, state->code);
        append_source (sources, _("ZEV share of sales"), &state->sales_share);
        append_source (sources, _("Vehicles in operation"), &state->ldv_stock);
        append_source (sources, _("Public Level 2 ports"), &state->public_l2_ports);
        append_source (sources, _("Public DC fast ports"), &state->public_dcfc_ports);
        append_source (sources, _("Grid emission factor"), &state->grid_factor);
        update_chart (self, state->code);
      }
      break;
    case PLACE_PORT:
      {
        const PuentePort *port = puente_dataset_get_port (dataset, index);
        g_autofree char *subtitle = NULL;

        gtk_label_set_text (self->panel_title, es ? port->name_es : port->name_en);
        /* Translators: subtitle of a port of entry: the Mexican city across */
        subtitle = g_strdup_printf (_("Port of entry, across from %s"), port->mx_city);
        gtk_label_set_text (self->panel_subtitle, subtitle);
        add_indicator_row (self, &row, _("Truck crossings a year"), PUENTE_PORTS_CROSSINGS, port->id, format_count);
        add_indicator_row (self, &row, _("Peak charging power (MW)"), PUENTE_PORTS_PEAK_MW, port->id, format_decimal);
        add_row (self, &row, _("Truck crossings, 2024 (data)"), port->crossings.value, NAN, FALSE, format_count);
        add_row (self, &row, _("Drayage share, 2024 (data)"), port->drayage_share.value, NAN, FALSE, format_share);
        add_observed_row (self, &row, port->id);
        append_source (sources, _("Crossings"), &port->crossings);
        append_source (sources, _("Drayage"), &port->drayage_share);
        update_chart (self, NULL);
      }
      break;
    case PLACE_CITY:
      {
        const PuenteCity *city = puente_dataset_get_city (dataset, index);

        gtk_label_set_text (self->panel_title, es ? city->name_es : city->name_en);
        gtk_label_set_text (self->panel_subtitle, city->agencies != NULL ? city->agencies : _("Transit city"));
        add_indicator_row (self, &row, _("Transit buses"), PUENTE_TRANSIT_FLEET, city->id, format_count);
        add_indicator_row (self, &row, _("Battery-electric share"), PUENTE_TRANSIT_EBUS_SHARE, city->id, format_share);
        add_row (self, &row, _("Buses, 2024 (data)"), city->bus_fleet.value, NAN, FALSE, format_count);
        add_row (self, &row, _("Battery-electric buses, 2024 (data)"), city->battery_electric.value, NAN, FALSE, format_count);
        add_observed_row (self, &row, city->id);
        append_source (sources, _("Bus fleet"), &city->bus_fleet);
        append_source (sources, _("Battery-electric buses"), &city->battery_electric);
        update_chart (self, NULL);
      }
      break;
    case PLACE_SITE:
      {
        const PuenteSite *site = puente_dataset_get_site (dataset, index);
        PuenteFigure figure = { 0 };
        g_autofree char *capacity = NULL;
        g_autofree char *start = site->start_year > 0 ? g_strdup_printf ("%d", site->start_year) : NULL;
        g_autofree char *status = puente_supply_status_label (site, self->lang);

        gtk_label_set_text (self->panel_title, site->name);
        gtk_label_set_text (self->panel_subtitle, site->company);
        add_text_row (self, &row, _("Stage"), puente_supply_type_name (site->type, self->lang));
        add_text_row (self, &row, _("Status"), status);
        add_text_row (self, &row, _("City"), site->city);
        add_text_row (self, &row, _("Products"), site->products);
        if (site->has_capacity)
          {
            g_autofree char *number = puente_format_number (self->lang, site->capacity.value, 0);

            capacity = g_strdup_printf ("%s %s", number, puente_site_type_capacity_unit (site->type));
            add_text_row (self, &row, _("Capacity"), capacity);
          }
        add_text_row (self, &row, _("Start"), start);
        figure.publisher = site->publisher;
        figure.title = site->title;
        figure.url = site->url;
        figure.year = site->status_date != NULL ? atoi (site->status_date) : 0;
        append_source (sources, _("Site"), &figure);
        update_chart (self, NULL);
      }
      break;
    case PLACE_NONE:
    default:
      break;
    }

  if (sources->len > 0)
    {
      g_autofree char *heading = g_markup_printf_escaped ("<b>%s</b>\n", _("Sources"));

      g_string_prepend (sources, heading);
    }
  gtk_label_set_markup (self->panel_sources, sources->str);
}

/* ---- panes ---------------------------------------------------------------- */

static const char *
scenario_b_name (PuenteMapPage *self)
{
  const PuenteScenario *compare = puente_workspace_get_compare (self->workspace);
  const char *name = compare != NULL ? puente_scenario_get_name (compare, self->lang) : NULL;

  return name != NULL && *name != '\0' ? name : puente_workspace_get_compare_id (self->workspace);
}

static void
update_pane_labels (PuenteMapPage *self)
{
  const char *a = puente_workspace_get_name (self->workspace, self->lang);
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  switch (puente_map_page_get_mode (self))
    {
    case PUENTE_MAP_MODE_SPLIT:
      /* Translators: label of the map of scenario A; %s is its name */
      text_a = g_strdup_printf (_("A: %s"), a);
      /* Translators: label of the map of scenario B; %s is its name */
      text_b = g_strdup_printf (_("B: %s"), scenario_b_name (self));
      break;
    case PUENTE_MAP_MODE_DIFFERENCE:
      /* Translators: label of the difference map: B's name minus A's */
      text_a = g_strdup_printf (_("B − A: %s − %s"), scenario_b_name (self), a);
      break;
    case PUENTE_MAP_MODE_SINGLE:
    default:
      break;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->panes[0].label), text_a != NULL);
  gtk_label_set_text (self->panes[0].label, text_a != NULL ? text_a : "");
  gtk_widget_set_visible (GTK_WIDGET (self->panes[1].label), text_b != NULL);
  gtk_label_set_text (self->panes[1].label, text_b != NULL ? text_b : "");
}

static void
apply_mode (PuenteMapPage *self)
{
  gboolean has_b = puente_workspace_get_compare_results (self->workspace) != NULL;
  PuenteMapMode mode = puente_map_page_get_mode (self);

  gtk_widget_set_visible (GTK_WIDGET (self->compare_box), has_b);

  puente_map_context_set_show (self->panes[0].context, mode == PUENTE_MAP_MODE_DIFFERENCE
                                                       ? PUENTE_MAP_SHOW_DIFFERENCE : PUENTE_MAP_SHOW_A);
  puente_map_context_set_show (self->panes[1].context, PUENTE_MAP_SHOW_B);
  gtk_widget_set_visible (self->panes[1].overlay, mode == PUENTE_MAP_MODE_SPLIT);

  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->single_button, mode == PUENTE_MAP_MODE_SINGLE);
  gtk_toggle_button_set_active (self->split_button, mode == PUENTE_MAP_MODE_SPLIT);
  gtk_toggle_button_set_active (self->difference_button, mode == PUENTE_MAP_MODE_DIFFERENCE);
  self->syncing = FALSE;

  update_pane_labels (self);
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

static char *
hit_test (PuenteMapPage *self,
          guint          index,
          double         x,
          double         y,
          PuenteMapLayer **hit_layer)
{
  Pane *pane = &self->panes[index];
  PuenteMapFrame frame;
  double rotation = shumate_viewport_get_rotation (pane->viewport);

  puente_map_layer_get_frame (pane->layers[0], &frame);
  if (rotation != 0)
    {
      double dx = x - frame.width / 2, dy = y - frame.height / 2;

      x = cos (-rotation) * dx - sin (-rotation) * dy + frame.width / 2;
      y = sin (-rotation) * dx + cos (-rotation) * dy + frame.height / 2;
    }
  for (guint i = N_LAYERS; i-- > 0;)
    {
      char *id = puente_map_layer_hit_test (pane->layers[i], &frame, x, y);

      if (id != NULL)
        {
          if (hit_layer != NULL)
            *hit_layer = pane->layers[i];
          return id;
        }
    }
  return NULL;
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            Pane            *pane)
{
  pane->press_x = x;
  pane->press_y = y;
  gtk_widget_grab_focus (GTK_WIDGET (pane->map));
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             Pane            *pane)
{
  /* A click, not the end of a drag. */
  if (n_press != 1 || hypot (x - pane->press_x, y - pane->press_y) > 5)
    return;
  puente_map_page_click (pane->page, pane->index, x, y);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  Pane       *pane)
{
  g_autofree char *text = NULL;

  if (keyboard)
    return FALSE;
  text = puente_map_page_describe_at (pane->page, pane->index, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Pane                  *pane)
{
  double width = gtk_widget_get_width (GTK_WIDGET (pane->map));
  double height = gtk_widget_get_height (GTK_WIDGET (pane->map));
  double zoom = shumate_viewport_get_zoom_level (pane->viewport);
  double dx = 0, dy = 0;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = -width / 4;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = width / 4;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = -height / 4;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = height / 4;
      break;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      shumate_viewport_set_zoom_level (pane->viewport, floor (zoom + 1e-6) + 1);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      shumate_viewport_set_zoom_level (pane->viewport, ceil (zoom - 1e-6) - 1);
      return TRUE;
    case GDK_KEY_Escape:
      puente_view_state_set_selection (pane->page->state, NULL);
      return TRUE;
    default:
      return FALSE;
    }

  {
    PuenteMapFrame frame;
    double lat, lon;

    puente_map_frame_init (&frame, shumate_location_get_latitude (SHUMATE_LOCATION (pane->viewport)),
                           shumate_location_get_longitude (SHUMATE_LOCATION (pane->viewport)),
                           zoom, width, height);
    puente_map_frame_unproject (&frame, width / 2 + dx, height / 2 + dy, &lat, &lon);
    shumate_location_set_location (SHUMATE_LOCATION (pane->viewport), lat, lon);
  }
  return TRUE;
}

static void
on_view_changed (PuenteMapPage *self)
{
  double lat, lon, zoom;

  if (self->syncing)
    return;
  puente_map_page_get_view (self, &lat, &lon, &zoom);
  self->syncing = TRUE;
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
setup_pane (PuenteMapPage *self,
            guint          index)
{
  Pane *pane = &self->panes[index];
  GtkGesture *click;
  GtkEventController *keys;
  ShumateScale *scale;
  PuenteLang language = self->lang;

  pane->page = self;
  pane->index = index;
  pane->context = puente_map_context_new (puente_workspace_get_dataset (self->workspace), self->basemap);
  puente_map_context_set_language (pane->context, language);
  puente_map_context_set_style (pane->context, is_dark () ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT);
  puente_map_context_set_year (pane->context, puente_workspace_get_year (self->workspace));
  puente_map_context_set_selection (pane->context, puente_view_state_get_selection (self->state));
  puente_map_context_set_results (pane->context, puente_workspace_get_results (self->workspace),
                                  puente_workspace_get_compare_results (self->workspace));

  pane->map = shumate_map_new ();
  pane->viewport = shumate_map_get_viewport (pane->map);
  shumate_viewport_set_reference_map_source (pane->viewport, SHUMATE_MAP_SOURCE (self->source));
  shumate_map_set_animate_zoom (pane->map, FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (pane->map), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (pane->map), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (pane->map), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (pane->map), TRUE);
  /* Translators: accessible name of the map */
  gtk_accessible_update_property (GTK_ACCESSIBLE (pane->map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  index == 0 ? _("Map") : _("Map of scenario B"), -1);

  for (guint i = 0; i < N_LAYERS; i++)
    {
      pane->layers[i] = puente_map_layer_new_for_id (layer_ids[i], pane->viewport, pane->context);
      shumate_map_add_layer (pane->map, SHUMATE_LAYER (pane->layers[i]));
    }
  /* The names, above every layer and clear of their symbols. */
  shumate_map_add_layer (pane->map, SHUMATE_LAYER (puente_labels_layer_new (pane->viewport, pane->context,
                                                                            pane->layers, N_LAYERS)));

  pane->overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (pane->overlay), GTK_WIDGET (pane->map));

  pane->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (pane->label), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (pane->label), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (pane->label), 12);
  /* Under the page's toolbar. */
  gtk_widget_set_margin_top (GTK_WIDGET (pane->label), PANE_LABEL_TOP);
  gtk_widget_add_css_class (GTK_WIDGET (pane->label), "osd");
  gtk_widget_add_css_class (GTK_WIDGET (pane->label), "toolbar");
  gtk_widget_add_css_class (GTK_WIDGET (pane->label), "heading");
  gtk_widget_set_can_target (GTK_WIDGET (pane->label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (pane->label), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (pane->overlay), GTK_WIDGET (pane->label));

  pane->license = shumate_license_new ();
  shumate_license_append_map_source (pane->license, SHUMATE_MAP_SOURCE (self->source));
  gtk_widget_set_halign (GTK_WIDGET (pane->license), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (pane->license), GTK_ALIGN_END);
  gtk_overlay_add_overlay (GTK_OVERLAY (pane->overlay), GTK_WIDGET (pane->license));

  scale = shumate_scale_new (pane->viewport);
  gtk_widget_set_halign (GTK_WIDGET (scale), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (scale), GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (GTK_WIDGET (scale), 8);
  gtk_widget_set_margin_start (GTK_WIDGET (scale), 8);
  gtk_widget_set_can_target (GTK_WIDGET (scale), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (pane->overlay), GTK_WIDGET (scale));

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), pane);
  g_signal_connect (click, "released", G_CALLBACK (on_released), pane);
  gtk_widget_add_controller (GTK_WIDGET (pane->map), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), pane);
  gtk_widget_add_controller (GTK_WIDGET (pane->map), keys);

  g_signal_connect (pane->map, "query-tooltip", G_CALLBACK (on_query_tooltip), pane);

  rebuild_tiles (pane);
  gtk_box_append (self->maps_box, pane->overlay);
}

/* ---- following the workspace --------------------------------------------- */

static void
on_results_changed (PuenteMapPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_context_set_results (self->panes[i].context, puente_workspace_get_results (self->workspace),
                                    puente_workspace_get_compare_results (self->workspace));
  apply_mode (self);
  update_panel (self);
}

static void
on_year_changed (PuenteMapPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_context_set_year (self->panes[i].context, puente_workspace_get_year (self->workspace));
  update_legend (self);
  update_panel (self);
}

static void
on_selection_changed (PuenteMapPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    puente_map_context_set_selection (self->panes[i].context, puente_view_state_get_selection (self->state));
  update_panel (self);
}

static void
on_panel_close (PuenteMapPage *self)
{
  puente_view_state_set_selection (self->state, NULL);
}

/* ---- layers and metric ------------------------------------------------------ */

static void
save_layers (PuenteMapPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < N_LAYERS; i++)
    if (puente_map_layer_get_enabled (self->panes[0].layers[i]))
      g_strv_builder_add (builder, layer_ids[i]);
  ids = g_strv_builder_end (builder);
  g_object_set (self->state, "map-layers", ids, NULL);
}

static void
set_layer_enabled (PuenteMapPage *self,
                   guint          index,
                   gboolean       enabled)
{
  for (guint p = 0; p < G_N_ELEMENTS (self->panes); p++)
    puente_map_layer_set_enabled (self->panes[p].layers[index], enabled);
  if (self->layer_checks[index] != NULL &&
      gtk_check_button_get_active (GTK_CHECK_BUTTON (self->layer_checks[index])) != enabled)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->layer_checks[index]), enabled);
  update_legend (self);
}

static void
on_layer_toggled (GtkCheckButton *check,
                  PuenteMapPage  *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "layer-index"));
  gboolean active = gtk_check_button_get_active (check);

  if (puente_map_layer_get_enabled (self->panes[0].layers[index]) == active)
    return;
  set_layer_enabled (self, index, active);
  save_layers (self);
}

static void
load_layers (PuenteMapPage *self)
{
  g_auto(GStrv) ids = NULL;

  g_object_get (self->state, "map-layers", &ids, NULL);
  for (guint i = 0; i < N_LAYERS; i++)
    set_layer_enabled (self, i, ids != NULL && g_strv_contains ((const char * const *) ids, layer_ids[i]));
}

static void
build_layers_popover (PuenteMapPage *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (_("Layers"));

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_margin_bottom (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  /* Top layer first, as they stack. */
  for (guint i = N_LAYERS; i-- > 0;)
    {
      PuenteMapLayer *layer = self->panes[0].layers[i];
      GtkWidget *check = gtk_check_button_new_with_label (puente_map_layer_get_title (layer));

      g_object_set_data (G_OBJECT (check), "layer-index", GUINT_TO_POINTER (i));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), puente_map_layer_get_enabled (layer));
      if (!puente_map_layer_is_available (layer))
        {
          gtk_widget_set_sensitive (check, FALSE);
          gtk_widget_set_tooltip_text (check, _("The model does not compute this yet"));
        }
      g_signal_connect (check, "toggled", G_CALLBACK (on_layer_toggled), self);
      self->layer_checks[i] = check;
      gtk_box_append (GTK_BOX (box), check);
    }

  /* The legend can give its room back to the map, on a projector. */
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  self->legend_check = gtk_check_button_new_with_mnemonic (_("Show _Legend"));
  self->legend_binding = g_object_bind_property (self->state, "map-legend", self->legend_check, "active",
                                                 G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_box_append (GTK_BOX (box), self->legend_check);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->layers_button, popover);
}

static void
on_metric_selected (PuenteMapPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->metric_dropdown);

  if (self->workspace == NULL || selected >= PUENTE_N_STATES_METRICS)
    return;
  for (guint p = 0; p < G_N_ELEMENTS (self->panes); p++)
    puente_states_layer_set_metric (PUENTE_STATES_LAYER (self->panes[p].layers[LAYER_STATES]), selected);
  if (!self->syncing)
    g_object_set (self->state, "map-metric", puente_states_metric_to_string (selected), NULL);
  update_legend (self);
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

/* ---- export ------------------------------------------------------------------ */

gboolean
puente_map_page_export (PuenteMapPage *self,
                        const char    *path,
                        GError       **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) layers = NULL;
  PuenteMapDocument doc;
  PuenteChartFormat format;
  /* A slide's size; PNGs at twice the pixels for print. */
  PuenteChartSize size = { 1920, 1080, PUENTE_CHART_UNIT_PX, 192 };

  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!puente_chart_format_from_path (path, &format) || format == PUENTE_CHART_FORMAT_CSV)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” has no known extension: name the file .png, .svg or .pdf"), path);
      return FALSE;
    }

  /* What the map shows, not what the window shows: the US and Mexico
   * fitted, whatever panels are open. */
  for (guint i = 0; i < N_LAYERS; i++)
    if (puente_map_layer_get_enabled (self->panes[0].layers[i]))
      g_strv_builder_add (builder, layer_ids[i]);
  layers = g_strv_builder_end (builder);
  puente_map_document_init (&doc, puente_workspace_get_dataset (self->workspace),
                            puente_workspace_get_scenario (self->workspace),
                            puente_workspace_get_results (self->workspace));
  doc.b = puente_workspace_get_compare (self->workspace);
  doc.b_results = puente_workspace_get_compare_results (self->workspace);
  doc.year = puente_workspace_get_year (self->workspace);
  doc.metric = puente_states_layer_get_metric (PUENTE_STATES_LAYER (self->panes[0].layers[LAYER_STATES]));
  doc.layers = (const char * const *) layers;
  doc.lang = self->lang;
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

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    PuenteMapPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot save to “%s”: choose a folder on this computer"), uri);
    }
  else if (puente_map_page_export (self, path, &error))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-message", "s", _("Map exported"));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-message", "s", error->message);
}

static void
export_map_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PuenteMapPage *self = PUENTE_MAP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  struct { const char *name; const char *suffix; } filters[] = {
    { N_("PNG Images"), "png" }, { N_("SVG Images"), "svg" }, { N_("PDF Documents"), "pdf" },
  };

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(filters[i].name));
      gtk_file_filter_add_suffix (filter, filters[i].suffix);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  /* Translators: default file name of an exported map; keep .png */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("puente-map.png"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- the view ------------------------------------------------------------------ */

static void
fit_home (PuenteMapPage *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self->panes[0].map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->panes[0].map));
  double top = 0, right = 0;
  PuenteMapFrame unit;
  double x0, y0, x1, y1, zoom, scale, lat, lon;
  graphene_rect_t bounds;

  /* The region goes below the toolbar and left of the legend. */
  if (gtk_widget_compute_bounds (self->toolbar, GTK_WIDGET (self->panes[0].map), &bounds))
    top = CLAMP (bounds.origin.y + bounds.size.height, 0, height / 3);
  if (gtk_widget_get_visible (self->legend_scroller) &&
      gtk_widget_compute_bounds (self->legend_scroller, GTK_WIDGET (self->panes[0].map), &bounds))
    right = CLAMP (width - bounds.origin.x, 0, width / 2);

  /* At zoom 0, how big the region is; then the zoom that fits it. */
  puente_map_frame_init (&unit, 0, 0, 0, 0, 0);
  puente_map_frame_project (&unit, HOME_NORTH, HOME_WEST, &x0, &y0);
  puente_map_frame_project (&unit, HOME_SOUTH, HOME_EAST, &x1, &y1);
  zoom = log2 (MIN ((width - right) / (x1 - x0), (height - top) / (y1 - y0)));
  zoom = CLAMP (floor (zoom * 4) / 4, PUENTE_BASEMAP_MIN_ZOOM, 8);
  /* The map's centre, where the region's centre is in the clear part. */
  scale = exp2 (zoom);
  puente_map_frame_unproject (&unit, (x0 + x1) / 2 + right / 2 / scale, (y0 + y1) / 2 - top / 2 / scale, &lat, &lon);
  puente_map_page_set_view (self, lat, lon, zoom);
}

static gboolean
fit_on_first_frame (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  PuenteMapPage *self = PUENTE_MAP_PAGE (widget);

  if (gtk_widget_get_width (GTK_WIDGET (self->panes[0].map)) < 10)
    return G_SOURCE_CONTINUE;
  self->fit_tick = 0;
  if (!self->fitted)
    fit_home (self);
  self->fitted = TRUE;
  return G_SOURCE_REMOVE;
}

GtkWidget *
puente_map_page_new (PuenteWorkspace *workspace,
                     PuenteViewState *state,
                     PuenteLang       lang)
{
  PuenteMapPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) metrics = gtk_string_list_new (NULL);
  double lat, lon, zoom;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (state), NULL);

  self = g_object_new (PUENTE_TYPE_MAP_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->state = g_object_ref (state);
  self->lang = lang;
  self->basemap = puente_basemap_dup_default (&error);
  if (self->basemap == NULL)
    g_error ("The built-in basemap could not be loaded: %s", error->message);

  /* Online tiles or not (the schema is required). */
  self->settings = g_settings_new (APP_ID);
  self->source = puente_offline_source_new (self->basemap);
  puente_offline_source_set_style (self->source, is_dark () ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    setup_pane (self, i);
  /* The B map moves with the A map. */
  self->bindings[0] = g_object_bind_property (self->panes[0].viewport, "latitude", self->panes[1].viewport,
                                              "latitude", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->bindings[1] = g_object_bind_property (self->panes[0].viewport, "longitude", self->panes[1].viewport,
                                              "longitude", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->bindings[2] = g_object_bind_property (self->panes[0].viewport, "zoom-level", self->panes[1].viewport,
                                              "zoom-level", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  for (guint i = 0; i < PUENTE_N_STATES_METRICS; i++)
    gtk_string_list_append (metrics, puente_states_metric_get_title (i, self->lang));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (metrics));
  self->syncing = FALSE;
  load_layers (self);
  on_state_metric_changed (self);
  on_metric_selected (self);
  build_layers_popover (self);

  if (puente_view_state_get_map_view (state, &lat, &lon, &zoom))
    {
      self->syncing = TRUE;
      puente_map_page_set_view (self, lat, lon, zoom);
      self->syncing = FALSE;
    }
  else
    {
      shumate_viewport_set_zoom_level (self->panes[0].viewport, 4);
      shumate_location_set_location (SHUMATE_LOCATION (self->panes[0].viewport), 31, -104);
      self->fit_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), fit_on_first_frame, NULL, NULL);
    }
  g_signal_connect_object (self->panes[0].viewport, "notify::latitude", G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panes[0].viewport, "notify::longitude", G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panes[0].viewport, "notify::zoom-level", G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (workspace, "results-changed", G_CALLBACK (on_results_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scenario-changed", G_CALLBACK (on_results_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::year", G_CALLBACK (on_year_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed), NULL);
  g_signal_connect_object (self->settings, "changed::online-tiles", G_CALLBACK (rebuild_all_tiles), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (g_network_monitor_get_default (), "notify::network-available",
                           G_CALLBACK (rebuild_all_tiles), self, G_CONNECT_SWAPPED);

  /* Changes of the view state from outside (a prepared view) show. */
  g_signal_connect_object (state, "notify::selection", G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-mode", G_CALLBACK (apply_mode), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-metric", G_CALLBACK (on_state_metric_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-layers", G_CALLBACK (load_layers), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-legend", G_CALLBACK (update_legend), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-latitude", G_CALLBACK (on_state_view_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-longitude", G_CALLBACK (on_state_view_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::map-zoom", G_CALLBACK (on_state_view_changed), self,
                           G_CONNECT_SWAPPED);

  apply_mode (self);
  update_panel (self);
  return GTK_WIDGET (self);
}

GtkWidget *
puente_map_page_get_map (PuenteMapPage *self,
                         guint          index)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->panes), NULL);

  return GTK_WIDGET (self->panes[index].map);
}

PuenteMapLayer *
puente_map_page_get_layer (PuenteMapPage *self,
                           const char    *id)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  for (guint i = 0; i < N_LAYERS; i++)
    if (g_strcmp0 (layer_ids[i], id) == 0)
      return self->panes[0].layers[i];
  return NULL;
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
  g_autofree char *id = NULL;

  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->panes), NULL);

  id = hit_test (self, index, x, y, NULL);
  puente_view_state_set_selection (self->state, id);
  return puente_view_state_get_selection (self->state);
}

char *
puente_map_page_describe_at (PuenteMapPage *self,
                             guint          index,
                             double         x,
                             double         y)
{
  PuenteMapLayer *layer = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (self->panes), NULL);

  id = hit_test (self, index, x, y, &layer);
  return id != NULL ? puente_map_layer_describe (layer, id) : NULL;
}

void
puente_map_page_get_view (PuenteMapPage *self,
                          double        *latitude,
                          double        *longitude,
                          double        *zoom)
{
  ShumateViewport *viewport;

  g_return_if_fail (PUENTE_IS_MAP_PAGE (self));

  viewport = self->panes[0].viewport;
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
  g_return_if_fail (PUENTE_IS_MAP_PAGE (self));

  self->fitted = TRUE;
  shumate_viewport_set_zoom_level (self->panes[0].viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (self->panes[0].viewport), latitude, longitude);
}

const char *
puente_map_page_get_panel_title (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  if (!adw_flap_get_reveal_flap (self->flap))
    return NULL;
  return gtk_label_get_text (self->panel_title);
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

  for (guint i = 0; i < N_LAYERS; i++)
    if (g_strcmp0 (layer_ids[i], id) == 0)
      return GTK_CHECK_BUTTON (self->layer_checks[i]);
  return NULL;
}

GtkCheckButton *
puente_map_page_get_legend_check (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), NULL);

  return GTK_CHECK_BUTTON (self->legend_check);
}

gboolean
puente_map_page_get_legend_shown (PuenteMapPage *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PAGE (self), FALSE);

  return gtk_widget_get_visible (self->legend_scroller);
}

static void
puente_map_page_dispose (GObject *object)
{
  PuenteMapPage *self = PUENTE_MAP_PAGE (object);

  if (self->fit_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_tick);
  self->fit_tick = 0;
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  for (guint i = 0; i < G_N_ELEMENTS (self->bindings); i++)
    g_clear_pointer (&self->bindings[i], g_binding_unbind);
  g_clear_pointer (&self->legend_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAP_PAGE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    g_clear_object (&self->panes[i].context);
  g_clear_object (&self->online_source);
  g_clear_object (&self->source);
  g_clear_object (&self->basemap);
  g_clear_object (&self->settings);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_map_page_parent_class)->dispose (object);
}

static void
puente_map_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (PUENTE_MAP_PAGE (widget)->flap), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* The toolbar in one row where the map is wide enough, else in two; what
 * sits below it (the maps' labels, the legend) moves down with it. */
static void
lay_out_toolbar (PuenteMapPage *self,
                 int            width)
{
  GtkOrientation orientation = GTK_ORIENTATION_HORIZONTAL;
  int view_row, compare_row, row_height, map_width = width;

  if (adw_flap_get_reveal_flap (self->flap) && !adw_flap_get_folded (self->flap))
    map_width -= PANEL_WIDTH + 1;
  gtk_widget_measure (self->toolbar_view_row, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &view_row, NULL, NULL);
  gtk_widget_measure (self->toolbar_compare_row, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &compare_row, NULL, NULL);
  gtk_widget_measure (self->toolbar_view_row, GTK_ORIENTATION_VERTICAL, -1, NULL, &row_height, NULL, NULL);
  /* The rows, their spacing, the toolbar's padding and margins. */
  if (view_row + compare_row + 6 + TOOLBAR_PADDING + 24 > map_width)
    orientation = GTK_ORIENTATION_VERTICAL;
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->toolbar)) == orientation)
    return;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar), orientation);
  for (guint i = 0; i < G_N_ELEMENTS (self->panes); i++)
    gtk_widget_set_margin_top (GTK_WIDGET (self->panes[i].label),
                               PANE_LABEL_TOP + (orientation == GTK_ORIENTATION_VERTICAL ? row_height + 6 : 0));
  gtk_widget_set_margin_top (self->legend_scroller,
                             LEGEND_TOP + (orientation == GTK_ORIENTATION_VERTICAL ? row_height + 6 : 0));
}

static void
puente_map_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PuenteMapPage *self = PUENTE_MAP_PAGE (widget);

  lay_out_toolbar (self, width);
  gtk_widget_allocate (GTK_WIDGET (self->flap), width, height, baseline, NULL);
}

static void
puente_map_page_class_init (PuenteMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_map_page_dispose;
  widget_class->measure = puente_map_page_measure;
  widget_class->size_allocate = puente_map_page_size_allocate;

  g_type_ensure (PUENTE_TYPE_CHART_VIEW);
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
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, legend_scroller);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, legend_area);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, panel_title);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, panel_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, panel_sources);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, figures_grid);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPage, panel_chart);
  gtk_widget_class_bind_template_callback (widget_class, on_metric_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_panel_close);

  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-map", NULL);
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

static void
puente_map_page_init (PuenteMapPage *self)
{
  g_autoptr(GtkListItemFactory) factory = metric_label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = metric_label_factory (FALSE);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_factory (self->metric_dropdown, factory);
  gtk_drop_down_set_list_factory (self->metric_dropdown, list_factory);
  gtk_drawing_area_set_draw_func (self->legend_area, draw_legend, self, NULL);
  /* Drawn as if wider, scaled down to the panel: legible, not cramped. */
  puente_chart_view_set_virtual_width (self->panel_chart, 560);
}
