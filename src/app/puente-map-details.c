/* puente-map-details.c: the figures of the place selected on the map
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart-view.h"
#include "puente-format.h"
#include "puente-map-details-private.h"
#include "puente-observed.h"
#include "puente-ports-layer.h"
#include "puente-states-layer.h"
#include "puente-supply-layer.h"
#include "puente-transit-layer.h"

struct _PuenteMapDetails
{
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  PuenteLang       lang;
  char            *place;

  GtkLabel        *title;
  GtkLabel        *subtitle;
  GtkLabel        *sources;
  GtkGrid         *grid;
  PuenteChartView *chart;
};

G_DEFINE_FINAL_TYPE (PuenteMapDetails, puente_map_details, GTK_TYPE_WIDGET)


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

/* Shares as the map writes them ("11%", "0.4%"); their differences in
 * percentage points, as amounts ("+2.5 pp", "0 pp"). */
static char *
format_share (double     value,
              gboolean   difference,
              PuenteLang lang)
{
  g_autofree char *points = NULL;

  if (isnan (value))
    return g_strdup (PUENTE_FORMAT_MISSING);
  if (!difference)
    return puente_format_percent (lang, value, value < 0.1 && value != 0 ? 1 : 0);
  points = puente_format_value (lang, value * 100);
  /* Translators: a difference of shares in percentage points */
  return g_strdup_printf (_ ("%s%s pp"), value > 0 ? "+" : "", points);
}

/* Amounts as the charts write them ("7,922", "13.2k", "12.9", "0"), with
 * a sign on differences. */
static char *
format_amount (double     value,
               gboolean   difference,
               PuenteLang lang)
{
  g_autofree char *text = puente_format_value (lang, value);

  return difference && value > 0 ? g_strdup_printf ("+%s", text) : g_steal_pointer (&text);
}

static void
add_cell (PuenteMapDetails *self,
          const char       *text,
          int               column,
          int               row,
          gboolean          header)
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
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
}

/* A row of figures: A, and B and B - A when comparing. */
static void
add_row (PuenteMapDetails *self,
         int              *row,
         const char       *label,
         double            a,
         double            b,
         gboolean          compare,
         FormatFunc        format)
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
add_indicator_row (PuenteMapDetails *self,
                   int              *row,
                   const char       *label,
                   const char       *indicator,
                   const char       *region,
                   FormatFunc        format)
{
  const PuenteResults *a = puente_workspace_get_results (self->workspace);
  const PuenteResults *b = puente_workspace_get_compare_results (self->workspace);
  int                  year = puente_workspace_get_year (self->workspace);
  double               va = puente_results_get_value (a, indicator, region, year);

  if (isnan (va))
    return;
  add_row (self, row, label, va, b != NULL ? puente_results_get_value (b, indicator, region, year) : NAN,
           b != NULL, format);
}

/* A metric of the states layer: shares as the map writes them, amounts
 * as the charts do. */
static void
add_metric_row (PuenteMapDetails  *self,
                int               *row,
                PuenteStatesMetric metric,
                const char        *region)
{
  const PuenteResults *a = puente_workspace_get_results (self->workspace);
  const PuenteResults *b = puente_workspace_get_compare_results (self->workspace);
  int                  year = puente_workspace_get_year (self->workspace);
  double               va = puente_states_metric_get_value (metric, a, region, year);

  if (isnan (va))
    return;
  add_row (self, row, puente_states_metric_get_title (metric, self->lang), va,
           b != NULL ? puente_states_metric_get_value (metric, b, region, year) : NAN, b != NULL,
           metric == PUENTE_STATES_METRIC_ZEV_SHARE ? format_share : format_amount);
}

static void
add_text_row (PuenteMapDetails *self,
              int              *row,
              const char       *label,
              const char       *value)
{
  GtkWidget *text;

  if (value == NULL || *value == '\0')
    return;
  add_cell (self, label, 0, *row, FALSE);
  text = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (text), 1);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 20);
  gtk_grid_attach (self->grid, text, 1, *row, 3, 1);
  (*row)++;
}

/* The region's observed figures of the selected year (else the latest
 * year with figures) beside the model's values of that year. */
static void
add_observed_row (PuenteMapDetails *self,
                  int              *row,
                  const char       *region)
{
  int              year = 0;
  g_autofree char *text = puente_observed_region_text (puente_workspace_get_dataset (self->workspace),
                                                       puente_workspace_get_results (self->workspace),
                                                       region, puente_workspace_get_year (self->workspace),
                                                       self->lang, &year);
  g_autofree char *label = NULL;

  if (text == NULL)
    return;
  /* Translators: map details, heading of the observed figures of a year */
  label = g_strdup_printf (_ ("Observed, %d"), year);
  add_text_row (self, row, label, text);
}

static void
append_source (GString            *out,
               const char         *what,
               const PuenteFigure *figure)
{
  g_autofree char *text = NULL;
  g_autofree char *publisher = NULL;

  if (figure == NULL || figure->publisher == NULL)
    return;
  if (out->len > 0)
    g_string_append (out, "\n");
  publisher = puente_format_source_via (figure->publisher, _ ("via"));
  if (figure->url != NULL && *figure->url != '\0')
    /* Translators: a source line: what, publisher, title (a link), year */
    text = g_markup_printf_escaped (_ ("%s: %s, <a href=\"%s\">%s</a> (%d)"), what, publisher,
                                    figure->url, figure->title != NULL ? figure->title : publisher,
                                    figure->year);
  else
    text = g_markup_printf_escaped (_ ("%s: %s, %s (%d)"), what, publisher,
                                    figure->title != NULL ? figure->title : "", figure->year);
  g_string_append (out, text);
}

static void
clear_grid (PuenteMapDetails *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

static void
update_chart (PuenteMapDetails *self,
              const char       *region)
{
  const PuenteChartSpec *spec = puente_chart_catalogue_find ("zev-share-sales");
  PuenteDataset         *dataset = puente_workspace_get_dataset (self->workspace);
  const PuenteResults   *compare = puente_workspace_get_compare_results (self->workspace);
  g_autoptr(PuenteChartSource) a = NULL;
  g_autoptr(PuenteChartSource) b = NULL;
  PuenteChartOptions options = { 0 };
  PuenteChartStyle   style;
  PuenteChartData   *data;

  if (region == NULL || spec == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->chart), FALSE);
      puente_chart_view_set_data (self->chart, NULL);
      return;
    }

  a = puente_chart_source_new_for_results (puente_workspace_get_results (self->workspace), dataset);
  if (compare != NULL)
    b = puente_chart_source_new_for_results (compare, dataset);
  options.region = region;
  options.year = puente_workspace_get_year (self->workspace);
  data = puente_chart_build (spec, a, b, &options, NULL);
  /* The names with their legal status, as every chart's footer. */
  if (data != NULL)
    puente_workspace_name_chart (self->workspace, data);
  puente_chart_style_init (&style);
  style.lang = self->lang;
  style.preset = PUENTE_CHART_STYLE_REPORT;
  puente_chart_view_set_style (self->chart, &style);
  puente_chart_view_set_data (self->chart, data);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), data != NULL);
}

static void
show_place (PuenteMapDetails *self)
{
  PuenteDataset *dataset = puente_workspace_get_dataset (self->workspace);
  const char    *id = self->place;
  gboolean       compare = puente_workspace_get_compare_results (self->workspace) != NULL;
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autofree char *year_text = g_strdup_printf ("%d", puente_workspace_get_year (self->workspace));
  gboolean         es = self->lang == PUENTE_LANG_ES;
  PlaceKind        kind;
  int              index = -1, row = 1;

  kind = place_kind (dataset, id, &index);
  clear_grid (self);
  if (kind == PLACE_NONE)
    {
      update_chart (self, NULL);
      /* An imported charging station: its own rows, no year. */
      if (!puente_map_details_show_station (self, id, sources))
        return;
      goto out;
    }

  add_cell (self, year_text, 0, 0, TRUE);
  add_cell (self, compare ? C_ ("map", "A") : _ ("Value"), 1, 0, TRUE);
  if (compare)
    {
      add_cell (self, C_ ("map", "B"), 2, 0, TRUE);
      add_cell (self, C_ ("map", "B − A"), 3, 0, TRUE);
    }

  switch (kind)
    {
    case PLACE_STATE:
      {
        const PuenteState *state = puente_dataset_get_state (dataset, index);

        gtk_label_set_text (self->title, es ? state->name_es : state->name_en);
        gtk_label_set_text (self->subtitle, state->country == PUENTE_COUNTRY_MX ? _ ("State, Mexico") : _ ("State, United States"));
        add_metric_row (self, &row, PUENTE_STATES_METRIC_ZEV_SHARE, state->code);
        add_indicator_row (self, &row, _ ("ZEVs in operation"), "ldv.ev_stock", state->code, format_amount);
        add_indicator_row (self, &row, _ ("Public Level 2 ports (trend)"), "charging.public_l2_existing", state->code, format_amount);
        add_indicator_row (self, &row, _ ("Public DC fast ports (trend)"), "charging.public_dcfc_existing", state->code, format_amount);
        add_indicator_row (self, &row, _ ("Public ports needed"), "charging.public_l2_need", state->code, format_amount);
        add_metric_row (self, &row, PUENTE_STATES_METRIC_EVS_PER_PORT, state->code);
        add_metric_row (self, &row, PUENTE_STATES_METRIC_CHARGING_GAP, state->code);
        add_indicator_row (self, &row, _ ("Electricity demand (GWh)"), "ldv.electricity_gwh", state->code, format_amount);
        add_indicator_row (self, &row, _ ("CO₂ emissions (Mt)"), "ldv.co2_mt", state->code, format_amount);
        if (state->country == PUENTE_COUNTRY_MX)
          add_indicator_row (self, &row, _ ("Used vehicles from the US"), "ldv.used_imports", state->code, format_amount);
        add_observed_row (self, &row, state->code);
        puente_map_details_add_state_stations (self, &row, state->code, sources);
        append_source (sources, _ ("ZEV share of sales"), &state->sales_share);
        append_source (sources, _ ("Vehicles in operation"), &state->ldv_stock);
        append_source (sources, _ ("Public Level 2 ports"), &state->public_l2_ports);
        append_source (sources, _ ("Public DC fast ports"), &state->public_dcfc_ports);
        append_source (sources, _ ("Grid emission factor"), &state->grid_factor);
        update_chart (self, state->code);
      }
      break;
    case PLACE_PORT:
      {
        const PuentePort *port = puente_dataset_get_port (dataset, index);
        g_autofree char  *subtitle = NULL;

        gtk_label_set_text (self->title, es ? port->name_es : port->name_en);
        /* Translators: subtitle of a port of entry: the Mexican city across */
        subtitle = g_strdup_printf (_ ("Port of entry, across from %s"), port->mx_city);
        gtk_label_set_text (self->subtitle, subtitle);
        add_indicator_row (self, &row, _ ("Truck crossings a year"), PUENTE_PORTS_CROSSINGS, port->id, format_amount);
        add_indicator_row (self, &row, _ ("Peak charging power (MW)"), PUENTE_PORTS_PEAK_MW, port->id, format_amount);
        add_row (self, &row, _ ("Truck crossings, 2024 (data)"), port->crossings.value, NAN, FALSE, format_amount);
        add_row (self, &row, _ ("Drayage share, 2024 (data)"), port->drayage_share.value, NAN, FALSE, format_share);
        add_observed_row (self, &row, port->id);
        puente_map_details_add_port_coverage (self, &row, port->id, sources);
        append_source (sources, _ ("Crossings"), &port->crossings);
        append_source (sources, _ ("Drayage"), &port->drayage_share);
        update_chart (self, NULL);
      }
      break;
    case PLACE_CITY:
      {
        const PuenteCity *city = puente_dataset_get_city (dataset, index);

        gtk_label_set_text (self->title, es ? city->name_es : city->name_en);
        gtk_label_set_text (self->subtitle, city->agencies != NULL ? city->agencies : _ ("Transit city"));
        add_indicator_row (self, &row, _ ("Transit buses"), PUENTE_TRANSIT_FLEET, city->id, format_amount);
        add_indicator_row (self, &row, _ ("Battery-electric share"), PUENTE_TRANSIT_EBUS_SHARE, city->id, format_share);
        add_row (self, &row, _ ("Buses, 2024 (data)"), city->bus_fleet.value, NAN, FALSE, format_amount);
        add_row (self, &row, _ ("Battery-electric buses, 2024 (data)"), city->battery_electric.value, NAN, FALSE, format_amount);
        add_observed_row (self, &row, city->id);
        append_source (sources, _ ("Bus fleet"), &city->bus_fleet);
        append_source (sources, _ ("Battery-electric buses"), &city->battery_electric);
        update_chart (self, NULL);
      }
      break;
    case PLACE_SITE:
      {
        const PuenteSite *site = puente_dataset_get_site (dataset, index);
        PuenteFigure      figure = { 0 };
        g_autofree char  *capacity = NULL;
        g_autofree char  *start = site->start_year > 0 ? g_strdup_printf ("%d", site->start_year) : NULL;
        g_autofree char  *status = puente_supply_status_label (site, self->lang);

        gtk_label_set_text (self->title, site->name);
        gtk_label_set_text (self->subtitle, site->company);
        add_text_row (self, &row, _ ("Stage"), puente_supply_type_name (site->type, self->lang));
        add_text_row (self, &row, _ ("Status"), status);
        add_text_row (self, &row, _ ("City"), site->city);
        add_text_row (self, &row, _ ("Products"), site->products);
        if (site->has_capacity)
          {
            g_autofree char *number = puente_format_value (self->lang, site->capacity.value);

            capacity = g_strdup_printf ("%s %s", number, puente_site_type_capacity_unit (site->type));
            add_text_row (self, &row, _ ("Capacity"), capacity);
          }
        add_text_row (self, &row, _ ("Start"), start);
        figure.publisher = site->publisher;
        figure.title = site->title;
        figure.url = site->url;
        figure.year = site->status_date != NULL ? atoi (site->status_date) : 0;
        append_source (sources, _ ("Site"), &figure);
        update_chart (self, NULL);
      }
      break;
    case PLACE_NONE:
    default:
      break;
    }

out:
  if (sources->len > 0)
    {
      g_autofree char *heading = g_markup_printf_escaped ("<b>%s</b>\n", _ ("Sources"));

      g_string_prepend (sources, heading);
    }
  gtk_label_set_markup (self->sources, sources->str);
}

GtkWidget *
puente_map_details_new (PuenteWorkspace *workspace,
                        PuenteLang       lang)
{
  PuenteMapDetails *self;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PUENTE_TYPE_MAP_DETAILS, NULL);
  self->workspace = g_object_ref (workspace);
  self->lang = lang;
  return GTK_WIDGET (self);
}

gboolean
puente_map_details_set_place (PuenteMapDetails *self,
                              const char       *id)
{
  int index;

  g_return_val_if_fail (PUENTE_IS_MAP_DETAILS (self), FALSE);

  if (g_strcmp0 (self->place, id) != 0)
    {
      g_free (self->place);
      self->place = g_strdup (id);
    }
  show_place (self);
  if (place_kind (puente_workspace_get_dataset (self->workspace), self->place, &index) != PLACE_NONE)
    return TRUE;
  return puente_map_details_has_station (self, self->place);
}

PuenteWorkspace *
puente_map_details_get_workspace (PuenteMapDetails *self)
{
  return self->workspace;
}

PuenteLang
puente_map_details_get_lang (PuenteMapDetails *self)
{
  return self->lang;
}

void
puente_map_details_set_titles (PuenteMapDetails *self,
                               const char       *title,
                               const char       *subtitle)
{
  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->subtitle, subtitle != NULL ? subtitle : "");
}

void
puente_map_details_add_text_row (PuenteMapDetails *self,
                                 int              *row,
                                 const char       *label,
                                 const char       *value)
{
  add_text_row (self, row, label, value);
}

void
puente_map_details_add_heading_row (PuenteMapDetails *self,
                                    int              *row,
                                    const char       *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_grid_attach (self->grid, label, 0, *row, 4, 1);
  (*row)++;
}

void
puente_map_details_refresh (PuenteMapDetails *self)
{
  g_return_if_fail (PUENTE_IS_MAP_DETAILS (self));

  show_place (self);
}

const char *
puente_map_details_get_title (PuenteMapDetails *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_DETAILS (self), NULL);

  return gtk_label_get_text (self->title);
}

static void
puente_map_details_dispose (GObject *object)
{
  PuenteMapDetails *self = PUENTE_MAP_DETAILS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAP_DETAILS);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->place, g_free);

  G_OBJECT_CLASS (puente_map_details_parent_class)->dispose (object);
}

static void
puente_map_details_class_init (PuenteMapDetailsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_map_details_dispose;

  g_type_ensure (PUENTE_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-map-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteMapDetails, title);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapDetails, subtitle);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapDetails, sources);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapDetails, grid);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapDetails, chart);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
puente_map_details_init (PuenteMapDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Drawn as if wider, scaled down to the panel: legible, not cramped. */
  puente_chart_view_set_virtual_width (self->chart, 560);
}
