/* chart-test-util.c: synthetic chart data and file checks for the chart tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "chart-test-util.h"
#include "puente-chart-style.h"
#include "puente-engine.h"
#include "puente-levers.h"
#include "puente-scenario.h"

#define FIRST_YEAR 2024
#define N_YEARS 27

typedef struct
{
  PuenteChartSource source;
  GHashTable       *series;   /* "indicator|region" -> double[] */
  double            bump;
} TestSource;

static const char *const regions[] = {
  "US", "MX", "NA",
  "US-CA", "US-TX", "US-NY", "US-FL", "US-WA", "US-IL", "US-GA", "US-AZ",
  "MX-NLE", "MX-CMX", "MX-JAL", "MX-BCN", "MX-MEX", "MX-SON", "MX-CHH",
  "laredo-wtb", "otay-mesa", "pharr", "el-paso-ysleta", "brownsville-veterans", "columbus",
  "mx-cdmx", "mx-mty", "us-la", "us-hou",
  NULL
};

static const struct { const char *code, *en, *es; } names[] = {
  { "US-CA", "California", "California" },
  { "US-TX", "Texas", "Texas" },
  { "US-NY", "New York", "Nueva York" },
  { "US-FL", "Florida", "Florida" },
  { "US-WA", "Washington", "Washington" },
  { "US-IL", "Illinois", "Illinois" },
  { "US-GA", "Georgia", "Georgia" },
  { "US-AZ", "Arizona", "Arizona" },
  { "MX-NLE", "Nuevo León", "Nuevo León" },
  { "MX-CMX", "Mexico City", "Ciudad de México" },
  { "MX-JAL", "Jalisco", "Jalisco" },
  { "MX-BCN", "Baja California", "Baja California" },
  { "MX-MEX", "State of Mexico", "Estado de México" },
  { "MX-SON", "Sonora", "Sonora" },
  { "MX-CHH", "Chihuahua", "Chihuahua" },
  { "laredo-wtb", "Laredo – World Trade Bridge", "Nuevo Laredo – Puente Comercio Mundial" },
  { "otay-mesa", "San Diego – Otay Mesa", "Tijuana – Mesa de Otay" },
  { "pharr", "Pharr–Reynosa International Bridge", "Puente Internacional Reynosa–Pharr" },
  { "el-paso-ysleta", "El Paso – Ysleta–Zaragoza Bridge", "Ciudad Juárez – Puente Zaragoza–Ysleta" },
  { "brownsville-veterans", "Brownsville – Veterans International Bridge (Los Tomates)",
    "Matamoros – Puente Internacional Ignacio Zaragoza (Los Tomates)" },
  { "columbus", "Columbus", "Puerto Palomas" },
  { "mx-cdmx", "Mexico City", "Ciudad de México" },
  { "mx-mty", "Monterrey", "Monterrey" },
  { "us-la", "Los Angeles", "Los Ángeles" },
  { "us-hou", "Houston", "Houston" },
};

static PuenteChartRegionKinds
region_kind (const char *region)
{
  if (strcmp (region, "NA") == 0)
    return PUENTE_CHART_REGION_NA;
  if (strcmp (region, "US") == 0 || strcmp (region, "MX") == 0)
    return PUENTE_CHART_REGION_COUNTRY;
  if (g_ascii_isupper (region[0]))
    return PUENTE_CHART_REGION_STATE;
  if (g_str_has_prefix (region, "mx-") || g_str_has_prefix (region, "us-"))
    return PUENTE_CHART_REGION_CITY;
  return PUENTE_CHART_REGION_PORT;
}

/* Relative size of each region (US = 1). */
static double
weight (const char *region)
{
  if (strcmp (region, "US") == 0)
    return 1.0;
  if (strcmp (region, "MX") == 0)
    return 0.16;
  if (strcmp (region, "NA") == 0)
    return 1.16;
  return 0.02 + 0.11 * (double) (g_str_hash (region) % 97) / 97.0;
}

static double
adoption (const char *region,
          double      bump,
          int         i)
{
  double lead = g_str_has_prefix (region, "MX") ? -8 : strcmp (region, "US-CA") == 0 ? 4 : 0;
  double zmax = g_str_has_prefix (region, "MX") ? 0.7 : 0.95;

  return zmax / (1 + exp (-0.32 * (i - 8 - lead - bump)));
}

/* Which kinds of region the model has an indicator for, as the engine. */
static gboolean
in_domain (const char *indicator,
           const char *region)
{
  PuenteChartRegionKinds kind = region_kind (region);

  if (g_str_has_prefix (indicator, "freight."))
    return kind & (PUENTE_CHART_REGION_PORT | PUENTE_CHART_REGION_NA);
  if (g_str_has_prefix (indicator, "transit."))
    return kind & (PUENTE_CHART_REGION_CITY | PUENTE_CHART_REGION_COUNTRY | PUENTE_CHART_REGION_NA);
  if (g_str_has_prefix (indicator, "supply.") || g_str_has_prefix (indicator, "hdv."))
    return kind & (PUENTE_CHART_REGION_COUNTRY | PUENTE_CHART_REGION_NA);
  if (g_str_has_prefix (indicator, "stations.dcfc_within_") || g_str_has_prefix (indicator, "stations.nearest_"))
    return kind & PUENTE_CHART_REGION_PORT;
  return kind & (PUENTE_CHART_REGION_STATE | PUENTE_CHART_REGION_COUNTRY | PUENTE_CHART_REGION_NA);
}

static double *
make_series (const char *indicator,
             const char *region,
             double      bump)
{
  double *v;
  double w = weight (region);

  if (!in_domain (indicator, region))
    return NULL;
  v = g_new0 (double, N_YEARS);

  for (int i = 0; i < N_YEARS; i++)
    {
      double share = adoption (region, bump, i);
      double stock = 3.0e8 * w * (1 + 0.004 * i);
      double ev = stock * (0.012 + 0.8 * adoption (region, bump, i - 7));
      double bev = ev * 0.78;

      if (strcmp (indicator, "ldv.zev_share_sales") == 0)
        v[i] = share;
      else if (strcmp (indicator, "ldv.bev_stock") == 0)
        v[i] = bev;
      else if (strcmp (indicator, "ldv.phev_stock") == 0)
        v[i] = ev - bev;
      else if (strcmp (indicator, "ldv.ice_stock") == 0)
        v[i] = stock - ev;
      else if (strcmp (indicator, "ldv.ev_stock") == 0)
        v[i] = ev;
      else if (strcmp (indicator, "charging.public_l2_need") == 0)
        v[i] = ev * 0.032;
      else if (strcmp (indicator, "charging.public_dcfc_need") == 0)
        v[i] = ev * 0.0055;
      else if (strcmp (indicator, "charging.public_l2_existing") == 0)
        v[i] = 1.5e5 * w * pow (1.12, i);
      else if (strcmp (indicator, "charging.public_dcfc_existing") == 0)
        v[i] = 4.5e4 * w * pow (1.15, i);
      else if (strcmp (indicator, "ldv.co2_mt") == 0)
        v[i] = 1100 * w * (1 - 0.7 * adoption (region, bump, i - 7));
      else if (strcmp (indicator, "ldv.co2_avoided_mt") == 0)
        v[i] = 700 * w * adoption (region, bump, i - 7);
      else if (strcmp (indicator, "ldv.electricity_gwh") == 0)
        v[i] = ev * 3.4;
      else if (strcmp (indicator, "battery.second_life_gwh") == 0)
        v[i] = 0.4 * w * 200 * adoption (region, bump, i - 14);
      else if (strcmp (indicator, "battery.recycled_gwh") == 0)
        v[i] = 0.5 * w * 200 * adoption (region, bump, i - 14);
      else if (strcmp (indicator, "battery.disposal_gwh") == 0)
        v[i] = 0.1 * w * 200 * adoption (region, bump, i - 14);
      else if (strcmp (indicator, "ldv.used_exports") == 0)
        v[i] = 4.5e5 * w * (1 + 0.01 * i);
      else if (strcmp (indicator, "ldv.used_ev_exports") == 0)
        v[i] = 4.5e5 * w * (1 + 0.01 * i) * 0.6 * adoption (region, bump, i - 10);
      /* Transit buses: a fleet of 1,000 to 6,000 turning electric. */
      else if (strcmp (indicator, "transit.ebus") == 0)
        v[i] = 2e4 * w * (1 + 0.01 * i) * (0.05 + 0.9 * adoption (region, bump, i - 6));
      else if (strcmp (indicator, "transit.trolleybus") == 0)
        v[i] = strcmp (region, "us-la") == 0 || strcmp (region, "us-hou") == 0 ? 0 : 2e4 * w * 0.15;
      else if (strcmp (indicator, "transit.conventional") == 0)
        v[i] = 2e4 * w * (1 + 0.01 * i) * (0.95 - 0.9 * adoption (region, bump, i - 6));
      /* Border trucks: shares and the peak charging power at each port. */
      else if (strcmp (indicator, "freight.ze_share") == 0)
        v[i] = 0.9 * adoption ("US", bump, i - 10);
      else if (strcmp (indicator, "freight.drayage_ze_share") == 0)
        v[i] = MIN (1.0, 1.1 * adoption ("US", bump, i - 8));
      else if (strcmp (indicator, "freight.peak_mw") == 0)
        v[i] = 200 * w * adoption ("US", bump, i - 10);
      /* Heavy trucks and the battery supply chain, countries and NA. */
      else if (strcmp (indicator, "hdv.ze_share_sales") == 0)
        v[i] = 0.9 * adoption (region, bump, i - 9);
      else if (strcmp (indicator, "supply.demand_ldv_gwh") == 0)
        v[i] = 100 * w * (1 + 0.5 * i);
      else if (strcmp (indicator, "supply.demand_truck_gwh") == 0)
        v[i] = 500 * w * adoption (region, bump, i - 12);
      else if (strcmp (indicator, "supply.demand_bus_gwh") == 0)
        v[i] = 20 * w * adoption (region, bump, i - 4);
      /* Imported stations, the same every year: about what the samples
       * count (synthetic). */
      else if (strcmp (indicator, "stations.imported_l2") == 0 || strcmp (indicator, "stations.dataset_l2") == 0)
        v[i] = 1.4e5 * w;
      else if (strcmp (indicator, "stations.imported_dcfc") == 0 || strcmp (indicator, "stations.dataset_dcfc") == 0)
        v[i] = 3.5e4 * w;
      else if (strcmp (indicator, "stations.dcfc_within_us") == 0)
        v[i] = round (40 * w);
      else if (strcmp (indicator, "stations.dcfc_within_mx") == 0)
        v[i] = round (12 * w);
      else if (g_str_has_prefix (indicator, "stations.nearest_"))
        v[i] = 5 + 30 * w;
      else if (strcmp (indicator, "supply.cells_outside_na_share") == 0)
        v[i] = 0.2 + 0.5 * fabs (cos (0.15 * i + (g_str_has_prefix (region, "MX") ? 0.5 : 0)));
      else
        {
          g_free (v);
          return NULL;
        }
    }
  return v;
}

static const double *
test_get_series (gpointer    user_data,
                 const char *indicator,
                 const char *region)
{
  TestSource *self = user_data;
  g_autofree char *key = g_strconcat (indicator, "|", region, NULL);
  double *v = g_hash_table_lookup (self->series, key);
  gboolean known = FALSE;

  if (v != NULL)
    return v;
  for (guint i = 0; regions[i] != NULL; i++)
    known |= strcmp (regions[i], region) == 0;
  if (!known)
    return NULL;
  v = make_series (indicator, region, self->bump);
  if (v != NULL)
    g_hash_table_insert (self->series, g_steal_pointer (&key), v);
  return v;
}

static const char *
test_get_region_name (gpointer    user_data,
                      const char *code,
                      PuenteLang  lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i].code, code) == 0)
      return lang == PUENTE_LANG_ES ? names[i].es : names[i].en;
  return NULL;
}

static PuenteChartRegionKinds
test_get_region_kind (gpointer    user_data,
                      const char *code)
{
  for (guint i = 0; regions[i] != NULL; i++)
    if (strcmp (regions[i], code) == 0)
      return region_kind (code);
  return 0;
}

/* The stations charts' attribution: synthetic, and says so. */
static char *
test_describe_stations (gpointer   user_data,
                        PuenteLang lang)
{
  return g_strdup (lang == PUENTE_LANG_ES ? "Estaciones de carga: datos sintéticos de prueba"
                                          : "Charging stations: synthetic test data");
}

static PuenteChartData *
test_build_flows (gpointer user_data,
                  int      year)
{
  PuenteChartData *data = chart_test_sankey_data ();

  data->year = year;
  return data;
}

PuenteChartSource *
chart_test_source_new (double bump)
{
  TestSource *self = g_new0 (TestSource, 1);

  self->series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->bump = bump;
  self->source.first_year = FIRST_YEAR;
  self->source.n_years = N_YEARS;
  self->source.regions = regions;
  self->source.get_series = test_get_series;
  self->source.get_region_name = test_get_region_name;
  self->source.get_region_kind = test_get_region_kind;
  self->source.build_flows = test_build_flows;
  self->source.describe_stations = test_describe_stations;
  self->source.user_data = self;
  return &self->source;
}

void
chart_test_source_free (PuenteChartSource *source)
{
  TestSource *self = (TestSource *) source;

  g_hash_table_unref (self->series);
  g_free (self);
}

PuenteSankey *
chart_test_sankey_new (void)
{
  PuenteSankey *sk = puente_sankey_new (6);
  guint mined, imported_m, recovered, cells_na, cells_imp, packs, veh_us, veh_mx;
  guint sold_us, sold_mx, exported, retired, second, recycling, disposal, fleet, losses;

  puente_sankey_set_column (sk, 0, "Materials", "Materiales");
  puente_sankey_set_column (sk, 1, "Cells", "Celdas");
  puente_sankey_set_column (sk, 2, "Packs", "Paquetes");
  puente_sankey_set_column (sk, 3, "Vehicles", "Vehículos");
  puente_sankey_set_column (sk, 4, "Sales", "Ventas");
  puente_sankey_set_column (sk, 5, "End of life", "Fin de vida");

  mined = puente_sankey_add_node (sk, "materials.na", "North American materials", "Materiales de Norteamérica", 0, PUENTE_SANKEY_NODE_SOURCE);
  imported_m = puente_sankey_add_node (sk, "materials.imported", "Imported materials", "Materiales importados", 0, PUENTE_SANKEY_NODE_SOURCE);
  recovered = puente_sankey_add_node (sk, "materials.recovered", "Recovered materials", "Materiales recuperados", 0, PUENTE_SANKEY_NODE_FLOW);
  cells_na = puente_sankey_add_node (sk, "cells.na", "Cells made in North America", "Celdas hechas en Norteamérica", 1, PUENTE_SANKEY_NODE_FLOW);
  cells_imp = puente_sankey_add_node (sk, "cells.imported", "Imported cells", "Celdas importadas", 1, PUENTE_SANKEY_NODE_SOURCE);
  packs = puente_sankey_add_node (sk, "packs", "Battery packs", "Paquetes de baterías", 2, PUENTE_SANKEY_NODE_FLOW);
  veh_us = puente_sankey_add_node (sk, "vehicles.us", "Assembled in the US", "Ensamblados en EE. UU.", 3, PUENTE_SANKEY_NODE_FLOW);
  veh_mx = puente_sankey_add_node (sk, "vehicles.mx", "Assembled in Mexico", "Ensamblados en México", 3, PUENTE_SANKEY_NODE_FLOW);
  sold_us = puente_sankey_add_node (sk, "sales.us", "Sold in the US", "Vendidos en EE. UU.", 4, PUENTE_SANKEY_NODE_FLOW);
  sold_mx = puente_sankey_add_node (sk, "sales.mx", "Sold in Mexico", "Vendidos en México", 4, PUENTE_SANKEY_NODE_FLOW);
  exported = puente_sankey_add_node (sk, "exports", "Exported", "Exportados", 4, PUENTE_SANKEY_NODE_SINK);
  fleet = puente_sankey_add_node (sk, "fleet", "Added to the fleet", "Agregados a la flota", 5, PUENTE_SANKEY_NODE_SINK);
  retired = puente_sankey_add_node (sk, "retired", "Retired batteries", "Baterías retiradas", 4, PUENTE_SANKEY_NODE_SOURCE);
  second = puente_sankey_add_node (sk, "second_life", "Second life", "Segunda vida", 5, PUENTE_SANKEY_NODE_SINK);
  recycling = puente_sankey_add_node (sk, "recycling", "Recycling", "Reciclaje", 5, PUENTE_SANKEY_NODE_FLOW);
  disposal = puente_sankey_add_node (sk, "disposal", "Disposal", "Disposición final", 5, PUENTE_SANKEY_NODE_SINK);
  losses = puente_sankey_add_node (sk, "losses", "Recycling losses", "Pérdidas del reciclaje", 5, PUENTE_SANKEY_NODE_SINK);

  puente_sankey_add_link (sk, mined, cells_na, 60, FALSE);
  puente_sankey_add_link (sk, imported_m, cells_na, 90, FALSE);
  puente_sankey_add_link (sk, recovered, cells_na, 12, FALSE);
  puente_sankey_add_link (sk, cells_na, packs, 162, FALSE);
  puente_sankey_add_link (sk, cells_imp, packs, 110, FALSE);
  puente_sankey_add_link (sk, packs, veh_us, 190, FALSE);
  puente_sankey_add_link (sk, packs, veh_mx, 82, FALSE);
  puente_sankey_add_link (sk, veh_us, sold_us, 190, FALSE);
  puente_sankey_add_link (sk, veh_mx, sold_us, 50, FALSE);
  puente_sankey_add_link (sk, veh_mx, sold_mx, 12, FALSE);
  puente_sankey_add_link (sk, veh_mx, exported, 20, FALSE);
  puente_sankey_add_link (sk, sold_us, fleet, 240, FALSE);
  puente_sankey_add_link (sk, sold_mx, fleet, 12, FALSE);
  puente_sankey_add_link (sk, retired, second, 8, FALSE);
  puente_sankey_add_link (sk, retired, recycling, 15, FALSE);
  puente_sankey_add_link (sk, retired, disposal, 3, FALSE);
  puente_sankey_add_link (sk, recycling, recovered, 12, TRUE);
  puente_sankey_add_link (sk, recycling, losses, 3, FALSE);
  return sk;
}

PuenteChartData *
chart_test_sankey_data (void)
{
  PuenteChartData *data = puente_chart_data_new ("supply-chain-sankey", PUENTE_CHART_SANKEY);

  puente_text_set (&data->title, "Battery supply chain, 2035", "Cadena de suministro de baterías, 2035");
  puente_text_set (&data->subtitle, "Flows in gigawatt-hours of battery capacity", "Flujos en gigawatts-hora de capacidad de batería");
  puente_text_set (&data->sources, "Synthetic test data", "Datos sintéticos de prueba");
  g_free (data->unit);
  data->unit = g_strdup ("GWh");
  data->year = 2035;
  data->sankey = chart_test_sankey_new ();
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies", "Políticas actuales");
  return data;
}

PuenteChartData *
chart_test_fan_data (gboolean with_b)
{
  PuenteChartData *data = puente_chart_data_new ("zev-share-fan", PUENTE_CHART_FAN);
  const char *regions_[] = { "US", "MX" };
  const char *en[] = { "United States", "Mexico" };
  const char *es[] = { "Estados Unidos", "México" };

  puente_text_set (&data->title, "ZEV share of new sales: uncertainty", "Participación de VCE en ventas nuevas: incertidumbre");
  puente_text_set (&data->subtitle, "Median of 200 runs with the middle 50% and 90%", "Mediana de 200 corridas con el 50% y el 90% centrales");
  puente_text_set (&data->axis_title, "Share of new sales", "Participación en ventas nuevas");
  puente_text_set (&data->sources, "Synthetic test data", "Datos sintéticos de prueba");
  data->value_kind = PUENTE_VALUE_SHARE;
  puente_chart_data_set_years (data, 2024, 27);
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "baseline", "Current policies", "Políticas actuales");
  if (with_b)
    puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "mx-electromobility", "Mexico electromobility", "Electromovilidad en México");
  for (guint r = 0; r < 2; r++)
    {
      PuenteChartSeries *s = puente_chart_data_add_series (data, en[r], es[r], "ldv.zev_share_sales", regions_[r],
                                                           r == 0 ? PUENTE_COLOUR_BLUE : PUENTE_COLOUR_VERMILLION);

      puente_chart_series_alloc_bands (s, data->n_points);
      for (guint i = 0; i < data->n_points; i++)
        {
          double mid = (r == 0 ? 0.9 : 0.6) / (1 + exp (-0.3 * ((double) i - (r == 0 ? 9 : 15))));
          double spread = 0.02 + 0.2 * mid * i / 26.0;

          s->bands[PUENTE_P5][i] = MAX (0, mid - spread);
          s->bands[PUENTE_P25][i] = MAX (0, mid - spread * 0.45);
          s->bands[PUENTE_P50][i] = mid;
          s->bands[PUENTE_P75][i] = MIN (1, mid + spread * 0.45);
          s->bands[PUENTE_P95][i] = MIN (1, mid + spread);
          s->values[PUENTE_SCENARIO_A][i] = mid;
          if (with_b)
            s->values[PUENTE_SCENARIO_B][i] = MIN (1, mid * (r == 1 ? 1.35 : 1.02));
        }
    }
  return data;
}

/* File checks */

char *
chart_test_run_tool (const char *const *argv,
                     int                *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &wait_status, &error))
    g_error ("could not run %s: %s", argv[0], error->message);
  *status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : 1;
  if (*status != 0)
    g_test_message ("%s: %s", argv[0], err);
  return g_steal_pointer (&out);
}

void
chart_test_require_tool (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_error ("%s is needed by the chart tests (tools/install-deps installs it)", name);
}

/* Whitespace folded to single spaces, for text that may wrap. */
static char *
fold_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The words of an SVG's <text> elements, one space between lines, with
 * entities read and no-break spaces as spaces. */
static char *
svg_words (const char *svg)
{
  g_autoptr(GRegex) tspan = g_regex_new ("<tspan[^>]*>([^<]*)</tspan>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *folded = NULL;

  g_regex_match (tspan, svg, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *word = g_match_info_fetch (match, 1);

      g_string_append_printf (words, "%s ", word);
      g_match_info_next (match, NULL);
    }
  g_string_replace (words, "&lt;", "<", 0);
  g_string_replace (words, "&gt;", ">", 0);
  g_string_replace (words, "&quot;", "\"", 0);
  g_string_replace (words, "&apos;", "'", 0);
  g_string_replace (words, "&amp;", "&", 0);
  g_string_replace (words, "\u00a0", " ", 0);
  return fold_space (words->str);
}

void
chart_test_check_pdf_type (const char *path,
                           double      min_points)
{
  /* pdftohtml's sizes are points times its zoom, rounded: at zoom 3, a
   * third of a point. */
  const char *argv[] = { "pdftohtml", "-xml", "-i", "-stdout", "-zoom", "3", path, NULL };
  g_autoptr(GRegex) fontspec = g_regex_new ("<fontspec [^>]*size=\"([0-9]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *xml = NULL;
  guint n = 0;
  int status;

  chart_test_require_tool ("pdftohtml");
  xml = chart_test_run_tool (argv, &status);
  g_assert_cmpint (status, ==, 0);
  g_regex_match (fontspec, xml, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *size = g_match_info_fetch (match, 1);

      if (g_ascii_strtod (size, NULL) / 3 < min_points)
        g_error ("%s: text at %.2f pt, under %g pt", path, g_ascii_strtod (size, NULL) / 3, min_points);
      n++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n, >, 0);
}

static gboolean
near (guint32   pixel,
      PuenteRgb c,
      int       tolerance)
{
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  return abs (r - (int) lround (c.r * 255)) <= tolerance &&
         abs (g - (int) lround (c.g * 255)) <= tolerance &&
         abs (b - (int) lround (c.b * 255)) <= tolerance;
}

static void
check_png (const PuenteChartData *data,
           const char            *path,
           int                    width,
           int                    height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);
  PuenteChartStyle style;
  PuenteRgb colour;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  guint matches = 0;
  const guchar *pixels;
  int stride;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);

  puente_chart_style_init (&style);
  if (data->kind == PUENTE_CHART_SANKEY)
    colour = puente_chart_style_get_colour (&style, PUENTE_COLOUR_BLUE);   /* the cells column */
  else
    colour = puente_chart_style_get_colour (&style, ((PuenteChartSeries *) g_ptr_array_index (data->series, 0))->colour);

  cairo_surface_flush (image);
  pixels = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (pixels + y * stride + x * 4) & 0xffffff;

        if (g_hash_table_size (colours) < 64)
          g_hash_table_add (colours, GUINT_TO_POINTER (pixel + 1));
        if (near (pixel, colour, 10))
          matches++;
      }
  /* Not blank, and the first series' colour is drawn (more than a legend
   * swatch's worth of it). */
  g_assert_cmpuint (g_hash_table_size (colours), >, 8);
  if (matches <= 400)
    g_error ("%s: the first series' colour covers %u pixels, not more than 400", path, matches);
  cairo_surface_destroy (image);
}

void
chart_test_check_file (const PuenteChartData *data,
                       PuenteLang             lang,
                       PuenteChartFormat      format,
                       const char            *path,
                       int                    png_width,
                       int                    png_height)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  int status;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);

  switch (format)
    {
    case PUENTE_CHART_FORMAT_PNG:
      check_png (data, path, png_width, png_height);
      break;
    case PUENTE_CHART_FORMAT_SVG:
      {
        const char *argv[] = { "rsvg-convert", path, NULL };
        g_autofree char *out = NULL;
        g_autofree char *words = svg_words (contents);
        g_autofree char *title = puente_text_get (&data->title, lang);
        g_autofree char *title_folded = fold_space (title);

        chart_test_require_tool ("rsvg-convert");
        g_assert_nonnull (strstr (contents, "<svg"));
        out = chart_test_run_tool (argv, &status);
        g_assert_cmpint (status, ==, 0);
        /* Text as text: the title in <text>, no glyph outlines. */
        if (strstr (words, title_folded) == NULL)
          g_error ("the SVG's <text> does not hold the title “%s”:\n%s", title_folded, words);
        g_assert_null (strstr (contents, "xlink:href=\"#glyph"));
        break;
      }
    case PUENTE_CHART_FORMAT_PDF:
      {
        const char *info_argv[] = { "pdfinfo", path, NULL };
        const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
        g_autofree char *info = NULL;
        g_autofree char *text = NULL;
        g_autofree char *folded = NULL;
        g_autofree char *title = NULL;
        g_autofree char *title_folded = NULL;

        chart_test_require_tool ("pdfinfo");
        chart_test_require_tool ("pdftotext");
        info = chart_test_run_tool (info_argv, &status);
        g_assert_cmpint (status, ==, 0);
        g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", info, G_REGEX_MULTILINE, 0));
        text = chart_test_run_tool (text_argv, &status);
        g_assert_cmpint (status, ==, 0);
        folded = fold_space (text);
        title = puente_text_get (&data->title, lang);
        title_folded = fold_space (title);
        if (strstr (folded, title_folded) == NULL)
          g_error ("the PDF's text does not hold the title “%s”:\n%s", title_folded, folded);
        /* Print-ready: every font at 8 pt or more (the exports here are
         * 0.75 pt a pixel). */
        chart_test_check_pdf_type (path, 8.0);
        break;
      }
    case PUENTE_CHART_FORMAT_CSV:
    default:
      {
        g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
        guint header = 0, rows = 0;

        /* What the rows are, in "# " lines, then the column names. */
        while (lines[header] != NULL && g_str_has_prefix (lines[header], "# "))
          header++;
        g_assert_cmpuint (header, >=, 4);
        g_assert_true (g_str_has_prefix (lines[header], "scenario,"));
        for (guint i = header + 1; lines[i] != NULL; i++)
          rows += lines[i][0] != '\0';
        if (data->kind == PUENTE_CHART_SANKEY)
          {
            guint flows = 0;

            /* One row per flow drawn, A's and B's. */
            for (guint l = 0; l < data->sankey->links->len; l++)
              {
                const PuenteSankeyLink *link = &g_array_index (data->sankey->links, PuenteSankeyLink, l);

                flows += (link->value > 0) + (data->has_b && data->sankey->has_b && link->value_b > 0);
              }
            g_assert_cmpuint (rows, ==, flows);
            break;
          }
        for (guint s = 0; s < data->series->len; s++)
          {
            const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
            g_autofree char *label = puente_text_get (&series->label, lang);

            g_assert_nonnull (strstr (contents, label));
          }
        if (data->category_codes == NULL)
          for (guint i = 0; i < data->n_points; i++)
            {
              g_autofree char *year = g_strdup_printf (",%d,", data->first_year + (int) i);

              g_assert_nonnull (strstr (contents, year));
            }
        else
          for (guint i = 0; i < data->n_points; i++)
            g_assert_nonnull (strstr (contents, data->category_codes[i]));
        break;
      }
    }
}

void
chart_test_keep_png (const PuenteChartData *data,
                     const char            *name,
                     PuenteLang             lang,
                     PuenteChartPreset      preset,
                     gboolean               dark,
                     double                 width,
                     double                 height)
{
  const char *dir = g_getenv ("PUENTE_CHART_TEST_KEEP");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PuenteChartStyle style;
  PuenteChartSize size = { width, height, PUENTE_CHART_UNIT_PX, 0 };

  if (dir == NULL || *dir == '\0')
    return;
  puente_chart_style_init (&style);
  style.lang = lang;
  style.preset = preset;
  style.dark = dark;
  path = g_build_filename (dir, name, NULL);
  if (!puente_chart_export (data, &style, PUENTE_CHART_FORMAT_PNG, &size, path, &error))
    g_error ("%s", error->message);
}

void
chart_test_render_all (const char            *name,
                       const PuenteChartData *data,
                       const char            *dir)
{
  const PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_ES, PUENTE_LANG_BOTH };
  const PuenteChartFormat formats[] = { PUENTE_CHART_FORMAT_PNG, PUENTE_CHART_FORMAT_SVG,
                                        PUENTE_CHART_FORMAT_PDF, PUENTE_CHART_FORMAT_CSV };
  PuenteChartSize size = { 1000, 600, PUENTE_CHART_UNIT_PX, 144 };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *file = g_strdup_printf ("%s-%s.%s", name, puente_lang_to_string (langs[l]),
                                                 puente_chart_format_extension (formats[f]));
        g_autofree char *path = g_build_filename (dir, file, NULL);
        g_autoptr(GError) error = NULL;
        PuenteChartStyle style;

        puente_chart_style_init (&style);
        style.lang = langs[l];
        style.preset = l == 1 ? PUENTE_CHART_STYLE_PRESENTATION : PUENTE_CHART_STYLE_REPORT;
        g_assert_true (puente_chart_export (data, &style, formats[f], &size, path, &error));
        g_assert_no_error (error);
        chart_test_check_file (data, langs[l], formats[f], path, 1500, 900);
        if (g_getenv ("PUENTE_CHART_TEST_KEEP_ALL") == NULL)
          g_remove (path);
      }
}

PuenteResults *
chart_test_run_preset (PuenteDataset *dataset,
                       const char    *preset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (preset, &error);
  g_autoptr(PuenteEngine) engine = puente_engine_new (dataset);
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  int horizon = puente_levers_find ("general.horizon");
  PuenteResults *results;

  g_assert_no_error (error);
  puente_scenario_fill_values (scenario, dataset, values);
  results = puente_results_new (dataset, horizon >= 0 ? (int) values[horizon] : PUENTE_DEFAULT_HORIZON);
  puente_engine_run (engine, values, results);
  return results;
}

guint
chart_test_check_texts (const PuenteChartLayout *layout,
                        double                   width,
                        double                   height,
                        const char              *what)
{
  guint n = puente_chart_layout_get_n_texts (layout);

  for (guint i = 0; i < n; i++)
    {
      PuenteChartText a;

      puente_chart_layout_get_text (layout, i, &a);
      if (a.ellipsized)
        g_error ("%s: “%s” is cut short", what, a.text);
      if (a.ink_x < -0.5 || a.ink_y < -0.5 || a.ink_x + a.ink_width > width + 0.5 ||
          a.ink_y + a.ink_height > height + 0.5)
        g_error ("%s: “%s” (%.1f, %.1f, %.1f × %.1f) runs off the %g × %g chart",
                 what, a.text, a.ink_x, a.ink_y, a.ink_width, a.ink_height, width, height);
      for (guint j = 0; j < i; j++)
        {
          PuenteChartText b;
          double dx, dy;

          /* Ink, not line boxes: leading may touch, glyphs may not. */
          puente_chart_layout_get_text (layout, j, &b);
          dx = MIN (a.ink_x + a.ink_width, b.ink_x + b.ink_width) - MAX (a.ink_x, b.ink_x);
          dy = MIN (a.ink_y + a.ink_height, b.ink_y + b.ink_height) - MAX (a.ink_y, b.ink_y);
          if (dx > 0.5 && dy > 0.5)
            g_error ("%s: “%s” (%.1f, %.1f, %.1f × %.1f) overlaps “%s” (%.1f, %.1f, %.1f × %.1f)", what,
                     a.text, a.ink_x, a.ink_y, a.ink_width, a.ink_height, b.text, b.ink_x, b.ink_y, b.ink_width, b.ink_height);
        }
    }
  return n;
}

gboolean
chart_test_has_text (const PuenteChartLayout *layout,
                     const char              *text)
{
  for (guint i = 0; i < puente_chart_layout_get_n_texts (layout); i++)
    {
      PuenteChartText t;

      g_autoptr(GString) spaced = NULL;

      puente_chart_layout_get_text (layout, i, &t);
      /* No-break spaces keep "EE. UU." on one line. */
      spaced = g_string_new (t.text);
      g_string_replace (spaced, "\u00a0", " ", 0);
      if (strstr (spaced->str, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

const char *
chart_test_csv_body (const char *csv)
{
  while (g_str_has_prefix (csv, "# ") && strchr (csv, '\n') != NULL)
    csv = strchr (csv, '\n') + 1;
  return csv;
}
