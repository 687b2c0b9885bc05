/* puente-chart-catalogue.c: the charts users need, and their resolution
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only charts whose series the engine produces are listed: light-duty
 * vehicles and charging by state, transit buses by city, border trucks by
 * port of entry, the battery supply chain (as series and as the Sankey of
 * one year). Any line chart over years can be drawn as an ensemble fan
 * (PuenteChartOptions.fan) from a source with percentile bands.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-chart-export.h"
#include "puente-chart-flows.h"
#include "puente-chart-spec.h"
#include "puente-units.h"
#include "puente-chart-style.h"

/* xgettext does not look into macros: the sources are variables. */
static const char SOURCES_LDV[] = N_ ("Data: AFDC/NREL and Experian (US), INEGI and EMA (Mexico), IEA Global EV Outlook; projections: Puente model");
static const char SOURCES_CHARGING[] = N_ ("Data: AFDC/NREL (US ports), EMA (Mexico ports), NREL 2030 National Charging Network (ports per EV); projections: Puente model");
static const char SOURCES_ENERGY[] = N_ ("Data: U.S. EPA eGRID and SEMARNAT/CRE (grid emission factors), AFDC/NREL, INEGI; projections: Puente model");
static const char SOURCES_TRANSIT[] = N_ ("Data: transit agencies and city governments (bus fleets), FTA (bus lifetimes); projections: Puente model");
static const char SOURCES_FREIGHT[] = N_ ("Data: CBP northbound truck crossings (compiled by UNT CLSCM), TCEQ (drayage), NACFE and ICCT (truck charging); projections: Puente model");
static const char SOURCES_SUPPLY[] = N_ ("Data: company announcements (battery and vehicle plants), IEA, BloombergNEF; projections: Puente model");
/* The imported files' own attribution follows these words. */
static const char SOURCES_STATIONS[] = N_ ("Data: imported station files (open public stations); dataset counts: AFDC/NREL (US), EMA (Mexico); need: Puente model");
/* The same words as puente_chart_build_flows () uses. */
static const char SOURCES_FLOWS[] = N_ ("Data: Puente model; sites from company announcements; pack sizes and material intensities from the dataset");

#define REGIONS_STATES (PUENTE_CHART_REGION_STATE | PUENTE_CHART_REGION_COUNTRY | PUENTE_CHART_REGION_NA)
#define REGIONS_CITIES (PUENTE_CHART_REGION_CITY | PUENTE_CHART_REGION_COUNTRY | PUENTE_CHART_REGION_NA)
#define REGIONS_PORTS (PUENTE_CHART_REGION_PORT | PUENTE_CHART_REGION_NA)
#define REGIONS_COUNTRIES (PUENTE_CHART_REGION_COUNTRY | PUENTE_CHART_REGION_NA)

/* A table, one entry per row as written: clang-format leaves it alone. */
/* clang-format off */
static const PuenteChartSpec catalogue[] = {
  {
    .id = "zev-share-sales",
    .title = N_("ZEV share of new light-duty sales"),
    .subtitle = N_("Battery-electric and plug-in hybrid share of new cars and light trucks"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_SHARE,
    .axis_title = N_("Share of new sales"),
    .unit = "share",
    .scale = 1,
    .regions = { "US", "MX" },
    .add_country = TRUE,
    .sources = SOURCES_LDV,
    .series = { { NULL, { "ldv.zev_share_sales" }, -1 } },
  },
  {
    .id = "zev-share-by-state",
    .title = N_("ZEV share of new light-duty sales by state"),
    .subtitle = N_("States with the highest shares"),
    .kind = PUENTE_CHART_HBARS,
    .value_kind = PUENTE_VALUE_SHARE,
    .axis_title = N_("Share of new sales"),
    .unit = "share",
    .scale = 1,
    .axis = PUENTE_CHART_X_STATES,
    .regions = { "NA" },
    .default_year = 2030,
    .max_categories = 15,
    .sources = SOURCES_LDV,
    .series = { { N_("ZEV share of new sales"), { "ldv.zev_share_sales" }, PUENTE_COLOUR_BLUE } },
  },
  {
    .id = "ldv-fleet-powertrain",
    .title = N_("Light-duty fleet by powertrain"),
    .subtitle = N_("Cars and light trucks on the road"),
    .kind = PUENTE_CHART_STACKED_AREA,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Vehicles"),
    .unit = "vehicles",
    .scale = 1,
    .regions = { "NA" },
    .sources = SOURCES_LDV,
    .series = {
      { N_("Battery-electric"), { "ldv.bev_stock" }, PUENTE_COLOUR_GREEN },
      { N_("Plug-in hybrid"), { "ldv.phev_stock" }, PUENTE_COLOUR_SKY },
      { N_("Combustion"), { "ldv.ice_stock" }, PUENTE_COLOUR_GREY },
    },
  },
  {
    .id = "ev-stock",
    .title = N_("Electric light-duty vehicles on the road"),
    .subtitle = N_("Battery-electric and plug-in hybrid cars and light trucks"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Vehicles"),
    .unit = "vehicles",
    .scale = 1,
    .regions = { "US", "MX" },
    .add_country = TRUE,
    .sources = SOURCES_LDV,
    .series = { { NULL, { "ldv.ev_stock" }, -1 } },
  },
  {
    .id = "charging-need",
    .title = N_("Public charging needed and existing"),
    .subtitle = N_("Public Level 2 and DC fast charging ports"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Charging ports"),
    .unit = "ports",
    .scale = 1,
    .regions = { "NA" },
    .sources = SOURCES_CHARGING,
    .series = {
      { N_("Level 2 needed"), { "charging.public_l2_need" }, PUENTE_COLOUR_BLUE },
      { N_("Level 2 existing"), { "charging.public_l2_existing" }, PUENTE_COLOUR_SKY },
      { N_("DC fast needed"), { "charging.public_dcfc_need" }, PUENTE_COLOUR_VERMILLION },
      { N_("DC fast existing"), { "charging.public_dcfc_existing" }, PUENTE_COLOUR_ORANGE },
    },
  },
  {
    .id = "charging-by-state",
    .title = N_("Public charging needed and existing by state"),
    .subtitle = N_("Public Level 2 and DC fast ports; states with the largest need"),
    .kind = PUENTE_CHART_HBARS,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Charging ports"),
    .unit = "ports",
    .scale = 1,
    .axis = PUENTE_CHART_X_STATES,
    .regions = { "US" },
    .default_year = 2030,
    .max_categories = 15,
    .sources = SOURCES_CHARGING,
    .series = {
      { N_("Needed"), { "charging.public_l2_need", "charging.public_dcfc_need" }, PUENTE_COLOUR_BLUE },
      { N_("Existing"), { "charging.public_l2_existing", "charging.public_dcfc_existing" }, PUENTE_COLOUR_ORANGE },
    },
  },
  {
    .id = "co2",
    .title = N_("CO₂ emissions and emissions avoided"),
    .subtitle = N_("Light-duty vehicles: tailpipe and power-plant CO₂, and CO₂ avoided by electric vehicles"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Million tonnes of CO₂ per year"),
    .unit = "Mt CO2",
    .scale = 1,
    .regions = { "NA" },
    .sources = SOURCES_ENERGY,
    .series = {
      { N_("CO₂ emitted"), { "ldv.co2_mt" }, PUENTE_COLOUR_VERMILLION },
      { N_("CO₂ avoided"), { "ldv.co2_avoided_mt" }, PUENTE_COLOUR_GREEN },
    },
  },
  {
    .id = "electricity-demand",
    .title = N_("Electricity demand from electric vehicles"),
    .subtitle = N_("Light-duty battery-electric and plug-in hybrid charging"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Terawatt-hours per year"),
    .unit = "TWh",
    .scale = 1e-3,
    .regions = { "US", "MX" },
    .add_country = TRUE,
    .sources = SOURCES_ENERGY,
    .series = { { NULL, { "ldv.electricity_gwh" }, -1 } },
  },
  {
    .id = "battery-retired",
    .title = N_("Electric-vehicle batteries reaching end of life"),
    .subtitle = N_("Battery capacity of scrapped light-duty EVs by destination, including used EVs imported into Mexico"),
    .kind = PUENTE_CHART_STACKED_AREA,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Gigawatt-hours per year"),
    .unit = "GWh",
    .scale = 1,
    .regions = { "NA" },
    .sources = SOURCES_LDV,
    .series = {
      { N_("Second life"), { "battery.second_life_gwh" }, PUENTE_COLOUR_GREEN },
      { N_("Recycled"), { "battery.recycled_gwh" }, PUENTE_COLOUR_BLUE },
      { N_("Stored or disposed of"), { "battery.disposal_gwh" }, PUENTE_COLOUR_GREY },
    },
  },
  {
    .id = "used-vehicle-exports",
    .title = N_("Used light-duty vehicles from the US to Mexico"),
    .subtitle = N_("Vehicles leaving the US fleet and entering Mexico's each year"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Vehicles per year"),
    .unit = "vehicles",
    .scale = 1,
    .regions = { "US" },
    .sources = SOURCES_LDV,
    .series = {
      { N_("All used vehicles"), { "ldv.used_exports" }, PUENTE_COLOUR_PURPLE },
      { N_("Used electric vehicles"), { "ldv.used_ev_exports" }, PUENTE_COLOUR_GREEN },
    },
  },
  {
    .id = "transit-fleet",
    .title = N_("Transit bus fleet by powertrain"),
    .subtitle = N_("Public transit buses in service"),
    .kind = PUENTE_CHART_STACKED_AREA,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Buses"),
    .unit = "vehicles",
    .scale = 1,
    .regions = { "mx-cdmx" },
    .region_kinds = REGIONS_CITIES,
    .sources = SOURCES_TRANSIT,
    .series = {
      { N_("Battery-electric"), { "transit.ebus" }, PUENTE_COLOUR_GREEN },
      { N_("Trolleybuses"), { "transit.trolleybus" }, PUENTE_COLOUR_SKY },
      { N_("Diesel, natural gas and hybrid"), { "transit.conventional" }, PUENTE_COLOUR_GREY },
    },
  },
  {
    .id = "charging-by-port",
    .title = N_("Truck charging power at the border by port of entry"),
    .subtitle = N_("Peak charging power of zero-emission trucks crossing northbound"),
    .kind = PUENTE_CHART_HBARS,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Megawatts"),
    .unit = "MW",
    .scale = 1,
    .axis = PUENTE_CHART_X_PORTS,
    .regions = { "NA" },
    .region_kinds = PUENTE_CHART_REGION_NA,
    .default_year = 2035,
    .sources = SOURCES_FREIGHT,
    .series = { { N_("Peak charging power"), { "freight.peak_mw" }, PUENTE_COLOUR_ORANGE } },
  },
  {
    .id = "freight-ze-share",
    .title = N_("Zero-emission share of truck crossings"),
    .subtitle = N_("Northbound commercial trucks at the ports of entry"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_SHARE,
    .axis_title = N_("Share of truck crossings"),
    .unit = "share",
    .scale = 1,
    .regions = { "NA" },
    /* No NA next to a port: in most scenarios its lines would lie on the
     * port's and hide them. */
    .region_kinds = REGIONS_PORTS,
    .sources = SOURCES_FREIGHT,
    .series = {
      { N_("All trucks"), { "freight.ze_share" }, PUENTE_COLOUR_BLUE },
      { N_("Drayage trucks"), { "freight.drayage_ze_share" }, PUENTE_COLOUR_ORANGE },
    },
  },
  {
    .id = "hdv-ze-share-sales",
    .title = N_("Zero-emission share of new heavy-truck sales"),
    .subtitle = N_("New heavy trucks in each country"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_SHARE,
    .axis_title = N_("Share of new sales"),
    .unit = "share",
    .scale = 1,
    .regions = { "US", "MX" },
    .region_kinds = REGIONS_COUNTRIES,
    .sources = SOURCES_SUPPLY,
    .series = { { NULL, { "hdv.ze_share_sales" }, -1 } },
  },
  {
    .id = "battery-demand",
    .title = N_("Battery demand by vehicle segment"),
    .subtitle = N_("Battery capacity of the zero-emission vehicles sold and the electric buses bought each year"),
    .kind = PUENTE_CHART_STACKED_AREA,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Gigawatt-hours per year"),
    .unit = "GWh",
    .scale = 1,
    .regions = { "NA" },
    .region_kinds = REGIONS_COUNTRIES,
    .sources = SOURCES_SUPPLY,
    .series = {
      { N_("Cars and light trucks"), { "supply.demand_ldv_gwh" }, PUENTE_COLOUR_BLUE },
      { N_("Heavy trucks"), { "supply.demand_truck_gwh" }, PUENTE_COLOUR_ORANGE },
      { N_("Transit buses"), { "supply.demand_bus_gwh" }, PUENTE_COLOUR_GREEN },
    },
  },
  {
    .id = "cells-outside-na",
    .title = N_("Share of battery cells made outside North America"),
    .subtitle = N_("Batteries of new zero-emission vehicles with cells made overseas, including in imported vehicles"),
    .kind = PUENTE_CHART_LINE,
    .value_kind = PUENTE_VALUE_SHARE,
    .axis_title = N_("Share of battery demand"),
    .unit = "share",
    .scale = 1,
    .regions = { "NA", "US", "MX" },
    .region_kinds = REGIONS_COUNTRIES,
    .sources = SOURCES_SUPPLY,
    .series = { { NULL, { "supply.cells_outside_na_share" }, -1 } },
  },
  {
    .id = PUENTE_CHART_SUPPLY_SANKEY,
    .title = N_("Battery flows in North America"),
    .kind = PUENTE_CHART_SANKEY,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("GWh"),
    .unit = "GWh",
    .scale = 1,
    .regions = { "NA" },
    .region_kinds = PUENTE_CHART_REGION_NA,
    .default_year = 2035,
    .sources = SOURCES_FLOWS,
  },
  {
    .id = "stations-l2",
    .title = N_("Level 2 ports: imported, counted and needed"),
    .subtitle = N_("Public Level 2 ports by state: the imported station files, the dataset's count and the model's need"),
    .kind = PUENTE_CHART_HBARS,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Charging ports"),
    .unit = "ports",
    .scale = 1,
    .axis = PUENTE_CHART_X_STATES,
    .regions = { "NA" },
    .default_year = 2030,
    .max_categories = 12,
    .sources = SOURCES_STATIONS,
    .needs_stations = TRUE,
    .series = {
      { N_("Imported"), { "stations.imported_l2" }, PUENTE_COLOUR_BLUE },
      { N_("Dataset count"), { "stations.dataset_l2" }, PUENTE_COLOUR_SKY },
      { N_("Needed"), { "charging.public_l2_need" }, PUENTE_COLOUR_VERMILLION },
    },
  },
  {
    .id = "stations-dcfc",
    .title = N_("DC fast ports: imported, counted and needed"),
    .subtitle = N_("Public DC fast ports by state: the imported station files, the dataset's count and the model's need"),
    .kind = PUENTE_CHART_HBARS,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("Charging ports"),
    .unit = "ports",
    .scale = 1,
    .axis = PUENTE_CHART_X_STATES,
    .regions = { "NA" },
    .default_year = 2030,
    .max_categories = 12,
    .sources = SOURCES_STATIONS,
    .needs_stations = TRUE,
    .series = {
      { N_("Imported"), { "stations.imported_dcfc" }, PUENTE_COLOUR_BLUE },
      { N_("Dataset count"), { "stations.dataset_dcfc" }, PUENTE_COLOUR_SKY },
      { N_("Needed"), { "charging.public_dcfc_need" }, PUENTE_COLOUR_VERMILLION },
    },
  },
  {
    .id = "stations-border",
    .title = N_("DC fast charging near the ports of entry"),
    .subtitle = N_("Open public DC fast stations within 80 km (50 mi) of each crossing, on each side; imported station files"),
    .kind = PUENTE_CHART_HBARS,
    .value_kind = PUENTE_VALUE_NUMBER,
    .axis_title = N_("DC fast stations"),
    .unit = "stations",
    .scale = 1,
    .axis = PUENTE_CHART_X_PORTS,
    .regions = { "NA" },
    .region_kinds = PUENTE_CHART_REGION_NA,
    .default_year = PUENTE_BASE_YEAR,
    .sources = SOURCES_STATIONS,
    .needs_stations = TRUE,
    .series = {
      { N_("US side"), { "stations.dcfc_within_us" }, PUENTE_COLOUR_BLUE },
      { N_("Mexican side"), { "stations.dcfc_within_mx" }, PUENTE_COLOUR_ORANGE },
    },
  },
};
/* clang-format on */

guint
puente_chart_catalogue_get_n (void)
{
  return G_N_ELEMENTS (catalogue);
}

const PuenteChartSpec *
puente_chart_catalogue_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (catalogue), NULL);
  return &catalogue[index];
}

const PuenteChartSpec *
puente_chart_catalogue_find (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (g_strcmp0 (catalogue[i].id, id) == 0)
      return &catalogue[i];
  return NULL;
}

/* Resolution */

static gboolean
is_country (const char *code)
{
  return g_strcmp0 (code, "US") == 0 || g_strcmp0 (code, "MX") == 0 || g_strcmp0 (code, "NA") == 0;
}

static gboolean
source_has_region (const PuenteChartSource *source,
                   const char              *code)
{
  if (source->regions == NULL)
    return TRUE;
  for (guint i = 0; source->regions[i] != NULL; i++)
    if (strcmp (source->regions[i], code) == 0)
      return TRUE;
  return FALSE;
}

PuenteChartRegionKinds
puente_chart_region_kind (const PuenteChartSource *source,
                          const char              *code)
{
  g_return_val_if_fail (source != NULL, 0);

  if (code == NULL || !source_has_region (source, code))
    return 0;
  if (source->get_region_kind != NULL)
    return source->get_region_kind (source->user_data, code);
  if (strcmp (code, "NA") == 0)
    return PUENTE_CHART_REGION_NA;
  if (is_country (code))
    return PUENTE_CHART_REGION_COUNTRY;
  if (strlen (code) > 3 && code[2] == '-' && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]))
    return PUENTE_CHART_REGION_STATE;
  return 0;
}

PuenteChartRegionKinds
puente_chart_spec_get_region_kinds (const PuenteChartSpec *spec)
{
  g_return_val_if_fail (spec != NULL, 0);

  if (spec->region_kinds != 0)
    return spec->region_kinds;
  switch (spec->axis)
    {
    case PUENTE_CHART_X_STATES:
      return PUENTE_CHART_REGION_COUNTRY | PUENTE_CHART_REGION_NA;
    case PUENTE_CHART_X_PORTS:
      return PUENTE_CHART_REGION_NA;
    case PUENTE_CHART_X_YEARS:
    default:
      return REGIONS_STATES;
    }
}

gboolean
puente_chart_spec_accepts_region (const PuenteChartSpec   *spec,
                                  const PuenteChartSource *source,
                                  const char              *code)
{
  g_return_val_if_fail (spec != NULL && source != NULL, FALSE);

  return (puente_chart_region_kind (source, code) & puente_chart_spec_get_region_kinds (spec)) != 0;
}

GPtrArray *
puente_chart_spec_list_regions (const PuenteChartSpec   *spec,
                                const PuenteChartSource *source)
{
  static const char *const aggregates[] = { "NA", "US", "MX" };
  GPtrArray               *out;

  g_return_val_if_fail (spec != NULL && source != NULL, NULL);

  out = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (aggregates); i++)
    if (puente_chart_spec_accepts_region (spec, source, aggregates[i]))
      g_ptr_array_add (out, (gpointer) aggregates[i]);
  for (guint i = 0; source->regions != NULL && source->regions[i] != NULL; i++)
    if (!is_country (source->regions[i]) && puente_chart_spec_accepts_region (spec, source, source->regions[i]))
      g_ptr_array_add (out, (gpointer) source->regions[i]);
  return out;
}

/* What a user may give instead, for an error message. */
static const char *
region_hint (PuenteChartRegionKinds kinds)
{
  if (kinds & PUENTE_CHART_REGION_PORT)
    return _ ("use NA or a port of entry id such as laredo-wtb or otay-mesa");
  if (kinds & PUENTE_CHART_REGION_CITY)
    return _ ("use US, MX, NA or a transit city id such as mx-cdmx or us-la");
  if (kinds & PUENTE_CHART_REGION_STATE)
    return _ ("use US, MX, NA or a state code such as US-CA or MX-NLE");
  if (kinds & PUENTE_CHART_REGION_COUNTRY)
    return _ ("use US, MX or NA");
  return _ ("use NA");
}

static const char *
region_kind_noun (PuenteChartRegionKinds kind)
{
  switch ((int) kind)
    {
    case PUENTE_CHART_REGION_STATE:
      return _ ("a state");
    case PUENTE_CHART_REGION_PORT:
      return _ ("a port of entry");
    case PUENTE_CHART_REGION_CITY:
      return _ ("a transit city");
    case PUENTE_CHART_REGION_COUNTRY:
      return _ ("a country");
    case PUENTE_CHART_REGION_NA:
    default:
      return _ ("both countries");
    }
}

/* FALSE, with a message that says what the chart takes, when @spec cannot
 * be drawn for @region. */
static gboolean
check_region (const PuenteChartSpec   *spec,
              const PuenteChartSource *source,
              const char              *region,
              GError                 **error)
{
  PuenteChartRegionKinds kinds = puente_chart_spec_get_region_kinds (spec);
  PuenteChartRegionKinds kind = puente_chart_region_kind (source, region);

  if (kind == 0)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                   _ ("Unknown region “%s”: %s"), region, region_hint (kinds));
      return FALSE;
    }
  if ((kind & kinds) != 0)
    return TRUE;
  if (spec->axis == PUENTE_CHART_X_STATES)
    g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                 _ ("Chart “%s” compares states: choose the region US, MX or NA, not “%s”"),
                 spec->id, region);
  else if (spec->axis == PUENTE_CHART_X_PORTS)
    g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                 _ ("Chart “%s” compares the ports of entry along the whole border: choose the region NA, not “%s”"),
                 spec->id, region);
  else
    g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                 /* Translators: "Chart “transit-fleet” is not drawn for “laredo-wtb” (a port of entry): use ..." */
                 _ ("Chart “%s” is not drawn for “%s” (%s): %s"),
                 spec->id, region, region_kind_noun (kind), region_hint (kinds));
  return FALSE;
}

void
puente_chart_region_name (const PuenteChartSource *source,
                          const char              *code,
                          PuenteText              *name)
{
  const char *en = NULL, *es = NULL;

  g_return_if_fail (code != NULL && name != NULL);

  if (strcmp (code, "US") == 0)
    puente_text_set_msgid (name, NULL, N_ ("United States"));
  else if (strcmp (code, "MX") == 0)
    puente_text_set_msgid (name, NULL, N_ ("Mexico"));
  else if (strcmp (code, "NA") == 0)
    puente_text_set_msgid (name, NULL, N_ ("United States and Mexico"));
  else
    {
      if (source != NULL && source->get_region_name != NULL)
        {
          en = source->get_region_name (source->user_data, code, PUENTE_LANG_EN);
          es = source->get_region_name (source->user_data, code, PUENTE_LANG_ES);
        }
      puente_text_set (name, en != NULL ? en : code, es);
    }
}

static int
region_colour (const char *code,
               guint       index)
{
  static const int others[] = { PUENTE_COLOUR_GREEN, PUENTE_COLOUR_PURPLE, PUENTE_COLOUR_ORANGE, PUENTE_COLOUR_SKY };

  if (g_strcmp0 (code, "US") == 0)
    return PUENTE_COLOUR_BLUE;
  if (g_strcmp0 (code, "MX") == 0)
    return PUENTE_COLOUR_VERMILLION;
  if (g_strcmp0 (code, "NA") == 0)
    return PUENTE_COLOUR_NEUTRAL;
  return others[index % G_N_ELEMENTS (others)];
}

/* Sum of the spec's indicators for @region at @year; NAN when the source
 * lacks one; FALSE when the source has no such series at all. */
static gboolean
series_value (const PuenteChartSource     *source,
              const PuenteChartSeriesSpec *series,
              const char                  *region,
              int                          year,
              double                       scale,
              double                      *value)
{
  double sum = 0;

  for (guint k = 0; k < G_N_ELEMENTS (series->indicators) && series->indicators[k] != NULL; k++)
    {
      const double *values = source->get_series (source->user_data, series->indicators[k], region);
      int           i = year - source->first_year;

      if (values == NULL)
        return FALSE;
      if (i < 0 || i >= (int) source->n_years)
        {
          *value = NAN;
          return TRUE;
        }
      sum += values[i];
    }
  *value = sum * scale;
  return TRUE;
}

static char *
indicator_text (const PuenteChartSeriesSpec *series)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint k = 0; k < G_N_ELEMENTS (series->indicators) && series->indicators[k] != NULL; k++)
    {
      if (k > 0)
        g_string_append_c (out, '+');
      g_string_append (out, series->indicators[k]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
n_series_specs (const PuenteChartSpec *spec)
{
  guint n = 0;

  while (n < PUENTE_CHART_MAX_SERIES && spec->series[n].indicators[0] != NULL)
    n++;
  return n;
}

static void
set_text_joined (PuenteText       *out,
                 const PuenteText *a,
                 const char       *sep,
                 const PuenteText *b)
{
  g_autofree char *en = g_strconcat (a->en, sep, b->en, NULL);
  g_autofree char *es = g_strconcat (a->es != NULL ? a->es : a->en, sep,
                                     b->es != NULL ? b->es : b->en, NULL);

  puente_text_set (out, en, es);
}

static gboolean
colour_used (const PuenteChartData *data,
             int                    colour)
{
  for (guint i = 0; i < data->series->len; i++)
    if (((PuenteChartSeries *) g_ptr_array_index (data->series, i))->colour == colour)
      return TRUE;
  return FALSE;
}

/* A fan's bands and median of @slot from the source's ensemble
 * percentiles. */
static gboolean
fill_bands (const PuenteChartSpec       *spec,
            const PuenteChartSource     *source,
            const PuenteChartSeriesSpec *ss,
            const char                  *region,
            PuenteChartSeries           *series,
            guint                        slot,
            guint                        n_points,
            GError                     **error)
{
  double **bands = puente_chart_series_get_bands (series, slot);

  if (ss->indicators[1] != NULL)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                   _ ("Chart “%s” adds several indicators in one series; their percentiles do not add up, so it cannot be drawn as a fan"),
                   spec->id);
      return FALSE;
    }
  for (guint p = 0; p < PUENTE_N_PERCENTILES; p++)
    {
      const double *band = source->get_band (source->user_data, ss->indicators[0], region, p);

      if (band == NULL)
        {
          g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                       _ ("No ensemble percentiles of %s for region “%s”"), ss->indicators[0], region);
          return FALSE;
        }
      g_free (bands[p]);
      bands[p] = g_new (double, MAX (n_points, 1));
      for (guint i = 0; i < n_points; i++)
        bands[p][i] = band[i] * spec->scale;
    }
  /* The line of a fan is the median of the runs. */
  if (series->values[slot] != NULL)
    memcpy (series->values[slot], bands[PUENTE_P50], n_points * sizeof (double));
  return TRUE;
}

static PuenteChartData *
build_years (const PuenteChartSpec    *spec,
             const PuenteChartSource  *a,
             const PuenteChartSource  *b,
             GPtrArray                *regions,
             const PuenteChartOptions *options,
             GError                  **error)
{
  gboolean fan = options != NULL && options->fan;
  g_autoptr(PuenteChartData) data = NULL;
  guint n_specs = n_series_specs (spec);

  if (fan && spec->kind != PUENTE_CHART_LINE)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                   _ ("Chart “%s” is not a line chart over years: only those can be drawn as fans"), spec->id);
      return NULL;
    }
  if (fan && a->get_band == NULL)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                   _ ("Chart “%s” cannot be drawn as a fan: the results have no ensemble percentiles"), spec->id);
      return NULL;
    }

  data = puente_chart_data_new (spec->id, fan ? PUENTE_CHART_FAN : spec->kind);
  puente_chart_data_set_years (data, a->first_year, a->n_years);
  if (b != NULL)
    puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "B", "B", NULL);
  data->show_difference = b != NULL && options != NULL && options->difference && !fan;

  if (options != NULL && options->year != 0)
    {
      if (options->year < a->first_year || options->year >= a->first_year + (int) a->n_years)
        {
          g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_YEAR,
                       _ ("Year %d is outside the results (%d to %d)"), options->year,
                       a->first_year, a->first_year + (int) a->n_years - 1);
          return NULL;
        }
      data->year = options->year;
    }

  for (guint r = 0; r < regions->len; r++)
    for (guint s = 0; s < n_specs; s++)
      {
        const PuenteChartSeriesSpec *ss = &spec->series[s];
        const char                  *region = g_ptr_array_index (regions, r);
        PuenteText                   region_name = { 0 }, label = { 0 };
        g_autofree char             *indicator = indicator_text (ss);
        PuenteChartSeries           *series;
        int                          colour = ss->colour;
        double                       v;

        if (!series_value (a, ss, region, a->first_year, 1, &v))
          {
            g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                         _ ("Chart “%s” has no data for region “%s”"), spec->id, region);
            return NULL;
          }
        puente_chart_region_name (a, region, &region_name);
        if (ss->label == NULL)
          label = region_name, memset (&region_name, 0, sizeof region_name);
        else
          {
            puente_text_set_msgid (&label, NULL, ss->label);
            if (regions->len > 1)
              {
                PuenteText joined = { 0 };

                set_text_joined (&joined, &label, " — ", &region_name);
                puente_text_clear (&label);
                label = joined;
              }
          }
        if (colour < 0 || (regions->len > 1 && n_specs > 1 && r > 0))
          colour = colour < 0 ? region_colour (region, r) : (colour + 3 * r) % PUENTE_N_CYCLE_COLOURS;
        /* Every line its own colour: the next free one on a clash. */
        for (guint k = 0; k < PUENTE_N_CYCLE_COLOURS && colour_used (data, colour); k++)
          colour = (colour + 1) % PUENTE_N_CYCLE_COLOURS;
        series = puente_chart_data_add_series (data, label.en, label.es, indicator, region, colour);
        puente_text_clear (&label);
        puente_text_clear (&region_name);

        for (guint i = 0; i < data->n_points; i++)
          {
            int year = data->first_year + (int) i;

            series_value (a, ss, region, year, spec->scale, &series->values[PUENTE_SCENARIO_A][i]);
            if (b != NULL && !series_value (b, ss, region, year, spec->scale, &series->values[PUENTE_SCENARIO_B][i]))
              series->values[PUENTE_SCENARIO_B][i] = NAN;
          }
        if (fan && !fill_bands (spec, a, ss, region, series, PUENTE_SCENARIO_A, data->n_points, error))
          return NULL;
        /* B's ensemble, when it ran too: B's band and median. */
        if (fan && b != NULL && b->get_band != NULL &&
            !fill_bands (spec, b, ss, region, series, PUENTE_SCENARIO_B, data->n_points, error))
          return NULL;
      }

  /* The subtitle names the region when there is one. */
  if (regions->len == 1)
    {
      PuenteText sub = { 0 }, name = { 0 };

      puente_text_set_msgid (&sub, NULL, spec->subtitle);
      puente_chart_region_name (a, g_ptr_array_index (regions, 0), &name);
      set_text_joined (&data->subtitle, &name, " · ", &sub);
      puente_text_clear (&sub);
      puente_text_clear (&name);
    }
  else
    puente_text_set_msgid (&data->subtitle, NULL, spec->subtitle);
  return g_steal_pointer (&data);
}

/* Whether @code is one of the categories of @spec's axis within @scope. */
static gboolean
category_in_scope (const PuenteChartSpec   *spec,
                   const PuenteChartSource *source,
                   const char              *code,
                   const char              *scope)
{
  PuenteChartRegionKinds kind = puente_chart_region_kind (source, code);

  if (spec->axis == PUENTE_CHART_X_PORTS)
    return kind == PUENTE_CHART_REGION_PORT;
  if (kind != PUENTE_CHART_REGION_STATE)
    return FALSE;
  return strcmp (scope, "NA") == 0 || (strncmp (code, scope, 2) == 0 && code[2] == '-');
}

static char *
describe_stations (const PuenteChartSource *source,
                   PuenteLang               lang)
{
  return source->describe_stations != NULL ? source->describe_stations (source->user_data, lang) : NULL;
}

/* How many categories a chart keeps: the spec's, and of imported stations
 * by state only the states with some imported (sorted first). */
static guint
stations_categories (const PuenteChartSpec *spec,
                     PuenteChartData       *data)
{
  guint n = 0;

  if (!spec->needs_stations || spec->axis != PUENTE_CHART_X_STATES || data->series->len == 0)
    return spec->max_categories;
  for (guint i = 0; i < data->n_points; i++)
    n += puente_chart_data_get_value (data, 0, i, PUENTE_SCENARIO_A) > 0;
  if (n == 0)
    return spec->max_categories;
  return spec->max_categories > 0 ? MIN (n, spec->max_categories) : n;
}

/* Bars: one category per state or port of @scope, for one year. */
static PuenteChartData *
build_categories (const PuenteChartSpec    *spec,
                  const PuenteChartSource  *a,
                  const PuenteChartSource  *b,
                  const char               *scope,
                  const PuenteChartOptions *options,
                  GError                  **error)
{
  g_autoptr(PuenteChartData) data = puente_chart_data_new (spec->id, spec->kind);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GPtrArray) names_en = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names_es = g_ptr_array_new_with_free_func (g_free);
  guint            n_specs = n_series_specs (spec);
  int              year = options != NULL && options->year != 0 ? options->year : spec->default_year;
  PuenteText       sub = { 0 }, tmp = { 0 };
  g_autofree char *year_text = NULL;

  if (!check_region (spec, a, scope, error))
    return NULL;
  if (year < a->first_year || year >= a->first_year + (int) a->n_years)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_YEAR,
                   _ ("Year %d is outside the results (%d to %d)"), year,
                   a->first_year, a->first_year + (int) a->n_years - 1);
      return NULL;
    }

  for (guint i = 0; a->regions != NULL && a->regions[i] != NULL; i++)
    {
      const char *code = a->regions[i];
      PuenteText  name = { 0 };

      if (!category_in_scope (spec, a, code, scope))
        continue;
      g_ptr_array_add (codes, (gpointer) code);
      puente_chart_region_name (a, code, &name);
      g_ptr_array_add (names_en, g_strdup (name.en));
      g_ptr_array_add (names_es, g_strdup (name.es != NULL ? name.es : name.en));
      puente_text_clear (&name);
    }
  if (codes->len == 0)
    {
      if (spec->axis == PUENTE_CHART_X_PORTS)
        g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                     _ ("Chart “%s” has no data for the ports of entry"), spec->id);
      else
        g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                     _ ("Chart “%s” has no state data for region “%s”"), spec->id, scope);
      return NULL;
    }

  puente_chart_data_set_categories (data, codes->len, (const char *const *) codes->pdata,
                                    (const char *const *) names_en->pdata,
                                    (const char *const *) names_es->pdata);
  if (b != NULL)
    puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "B", "B", NULL);
  data->year = year;

  for (guint s = 0; s < n_specs; s++)
    {
      const PuenteChartSeriesSpec *ss = &spec->series[s];
      g_autofree char             *indicator = indicator_text (ss);
      PuenteText                   label = { 0 };
      PuenteChartSeries           *series;

      puente_text_set_msgid (&label, NULL, ss->label);
      series = puente_chart_data_add_series (data, label.en, label.es, indicator, NULL, ss->colour);
      puente_text_clear (&label);
      for (guint i = 0; i < codes->len; i++)
        {
          if (!series_value (a, ss, g_ptr_array_index (codes, i), year, spec->scale,
                             &series->values[PUENTE_SCENARIO_A][i]))
            series->values[PUENTE_SCENARIO_A][i] = NAN;
          if (b != NULL && !series_value (b, ss, g_ptr_array_index (codes, i), year, spec->scale, &series->values[PUENTE_SCENARIO_B][i]))
            series->values[PUENTE_SCENARIO_B][i] = NAN;
        }
    }
  puente_chart_data_sort_categories (data, stations_categories (spec, data));

  /* "Public ... ports; states with the largest need · United States · 2030";
   * ports span the whole border, so their subtitle names the year only. */
  puente_text_set_msgid (&sub, NULL, spec->subtitle);
  if (spec->axis == PUENTE_CHART_X_STATES)
    {
      PuenteText name = { 0 };

      puente_chart_region_name (a, scope, &name);
      set_text_joined (&tmp, &sub, " · ", &name);
      puente_text_clear (&name);
    }
  else
    puente_text_set (&tmp, sub.en, sub.es);
  year_text = g_strdup_printf ("%d", year);
  /* Stations at the border are the files' count, of no model year. */
  if (spec->needs_stations && spec->axis == PUENTE_CHART_X_PORTS)
    puente_text_set (&data->subtitle, tmp.en, tmp.es);
  else
    {
      PuenteText y = { year_text, NULL };

      set_text_joined (&data->subtitle, &tmp, " · ", &y);
    }
  puente_text_clear (&tmp);
  puente_text_clear (&sub);
  return g_steal_pointer (&data);
}

/* The supply-chain Sankey of one year, from the source's flows; with @b,
 * B's flows too: A | B, or B − A with options->difference. */
static PuenteChartData *
build_sankey (const PuenteChartSpec    *spec,
              const PuenteChartSource  *a,
              const PuenteChartSource  *b,
              const PuenteChartOptions *options,
              GError                  **error)
{
  int              year = options != NULL && options->year != 0 ? options->year : spec->default_year;
  PuenteChartData *data;

  if (year < a->first_year || year >= a->first_year + (int) a->n_years)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_YEAR,
                   _ ("Year %d is outside the results (%d to %d)"), year,
                   a->first_year, a->first_year + (int) a->n_years - 1);
      return NULL;
    }
  if (a->build_flows == NULL || (data = a->build_flows (a->user_data, year)) == NULL)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                   _ ("Chart “%s” needs the supply-chain flows of the results, which are missing for %d"),
                   spec->id, year);
      return NULL;
    }
  g_free (data->id);
  data->id = g_strdup (spec->id);
  data->kind = PUENTE_CHART_SANKEY;
  data->year = year;
  if (b != NULL && b->build_flows != NULL)
    {
      g_autoptr(PuenteChartData) data_b = b->build_flows (b->user_data, year);

      if (data_b != NULL && data_b->sankey != NULL)
        {
          puente_sankey_set_b (data->sankey, data_b->sankey);
          puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "B", "B", NULL);
          data->show_difference = options != NULL && options->difference;
        }
    }
  return data;
}

/* Metric or US customary: values, the CSV unit and the axis title, as the
 * units table says. A chart whose unit is shown the same in both systems
 * is left as it is. */
static void
convert_units (PuenteChartData *data,
               PuenteUnitSystem system)
{
  const PuenteUnit      *unit = puente_units_find (data->unit);
  const PuenteUnitShown *shown, *metric;

  if (unit == NULL || system == PUENTE_UNITS_METRIC)
    return;
  shown = &unit->shown[system];
  metric = &unit->shown[PUENTE_UNITS_METRIC];
  if (shown->factor == metric->factor && shown->axis_title == NULL)
    return;

  for (guint s = 0; s < data->series->len; s++)
    {
      PuenteChartSeries *series = g_ptr_array_index (data->series, s);

      for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
        for (guint i = 0; series->values[slot] != NULL && i < data->n_points; i++)
          series->values[slot][i] *= shown->factor / metric->factor;
      for (guint p = 0; p < PUENTE_N_PERCENTILES; p++)
        for (guint i = 0; i < data->n_points; i++)
          {
            if (series->bands[p] != NULL)
              series->bands[p][i] *= shown->factor / metric->factor;
            if (series->b_bands[p] != NULL)
              series->b_bands[p][i] *= shown->factor / metric->factor;
          }
    }

  g_free (data->unit);
  data->unit = g_strdup (shown->label);
  if (shown->axis_title != NULL)
    puente_text_set_msgid (&data->axis_title, NULL, shown->axis_title);
}

PuenteChartData *
puente_chart_build (const PuenteChartSpec    *spec,
                    const PuenteChartSource  *a,
                    const PuenteChartSource  *b,
                    const PuenteChartOptions *options,
                    GError                  **error)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  g_autofree char *context = NULL;
  g_autofree char *stations_en = NULL;
  const char      *region = options != NULL ? options->region : NULL;
  PuenteChartData *data;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (a != NULL && a->get_series != NULL, NULL);

  if (region != NULL && !check_region (spec, a, region, error))
    return NULL;
  if (spec->needs_stations && (stations_en = describe_stations (a, PUENTE_LANG_EN)) == NULL)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                   _ ("Chart “%s” shows imported charging stations: import a station file first (Import Stations…, or --stations FILE)"),
                   spec->id);
      return NULL;
    }

  if (spec->kind == PUENTE_CHART_SANKEY)
    {
      if (options != NULL && options->fan)
        {
          g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                       _ ("Chart “%s” is not a line chart over years: only those can be drawn as fans"), spec->id);
          return NULL;
        }
      data = build_sankey (spec, a, b, options, error);
    }
  else if (spec->axis == PUENTE_CHART_X_STATES || spec->axis == PUENTE_CHART_X_PORTS)
    {
      if (options != NULL && options->fan)
        {
          g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                       _ ("Chart “%s” is not a line chart over years: only those can be drawn as fans"), spec->id);
          return NULL;
        }
      data = build_categories (spec, a, b, region != NULL ? region : spec->regions[0], options, error);
    }
  else
    {
      if (region == NULL)
        for (guint i = 0; i < PUENTE_CHART_MAX_REGIONS && spec->regions[i] != NULL; i++)
          g_ptr_array_add (regions, (gpointer) spec->regions[i]);
      else
        {
          PuenteChartRegionKinds kind = puente_chart_region_kind (a, region);

          g_ptr_array_add (regions, (gpointer) region);
          /* A state next to its country, a port next to the whole border,
           * for context. */
          if (spec->add_country && kind == PUENTE_CHART_REGION_STATE)
            context = g_strndup (region, 2);
          else if (spec->add_country && kind == PUENTE_CHART_REGION_PORT)
            context = g_strdup ("NA");
          if (context != NULL && puente_chart_spec_accepts_region (spec, a, context))
            g_ptr_array_add (regions, context);
        }
      data = build_years (spec, a, b, regions, options, error);
    }
  if (data == NULL)
    return NULL;

  data->value_kind = spec->value_kind;
  g_free (data->unit);
  data->unit = g_strdup (spec->unit);
  puente_text_set_msgid (&data->title, NULL, spec->title);
  puente_text_set_msgid (&data->axis_title, NULL, spec->axis_title);
  convert_units (data, options != NULL ? (PuenteUnitSystem) options->units : PUENTE_UNITS_METRIC);
  puente_text_set_msgid (&data->sources, NULL, spec->sources);
  if (stations_en != NULL)
    {
      g_autofree char *stations_es = describe_stations (a, PUENTE_LANG_ES);
      g_autofree char *en = g_strconcat (data->sources.en, ". ", stations_en, NULL);
      g_autofree char *es = g_strconcat (data->sources.es != NULL ? data->sources.es : data->sources.en, ". ",
                                         stations_es, NULL);

      puente_text_set (&data->sources, en, es);
    }
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "A", "A", NULL);
  return data;
}
