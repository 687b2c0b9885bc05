/* puente-chart-catalogue.c: the charts users need, and their resolution
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only charts whose series the engine produces are listed. Transit fleets,
 * border charging, battery supply, the supply-chain Sankey and ensemble fans
 * join when the engine has their series; their drawing kinds exist already
 * (PUENTE_CHART_SANKEY, PUENTE_CHART_FAN, PUENTE_CHART_BARS).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-chart-export.h"
#include "puente-chart-spec.h"
#include "puente-units.h"
#include "puente-chart-style.h"

/* xgettext does not look into macros: the sources are variables. */
static const char SOURCES_LDV[] = N_("Data: AFDC/NREL and Experian (US), INEGI and EMA (Mexico), IEA Global EV Outlook; projections: Puente model");
static const char SOURCES_CHARGING[] = N_("Data: AFDC/NREL (US ports), EMA (Mexico ports), NREL 2030 National Charging Network (ports per EV); projections: Puente model");
static const char SOURCES_ENERGY[] = N_("Data: U.S. EPA eGRID and SEMARNAT/CRE (grid emission factors), AFDC/NREL, INEGI; projections: Puente model");

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
};

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

void
puente_chart_region_name (const PuenteChartSource *source,
                          const char              *code,
                          PuenteText              *name)
{
  const char *en = NULL, *es = NULL;

  g_return_if_fail (code != NULL && name != NULL);

  if (strcmp (code, "US") == 0)
    puente_text_set_msgid (name, NULL, N_("United States"));
  else if (strcmp (code, "MX") == 0)
    puente_text_set_msgid (name, NULL, N_("Mexico"));
  else if (strcmp (code, "NA") == 0)
    puente_text_set_msgid (name, NULL, N_("United States and Mexico"));
  else
    {
      if (source != NULL && source->get_region_name != NULL)
        {
          en = source->get_region_name (source->user_data, code, "en");
          es = source->get_region_name (source->user_data, code, "es");
        }
      puente_text_set (name, en != NULL ? en : code, es);
    }
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

static int
region_colour (const char *code,
               guint       index)
{
  if (g_strcmp0 (code, "US") == 0)
    return PUENTE_COLOUR_BLUE;
  if (g_strcmp0 (code, "MX") == 0)
    return PUENTE_COLOUR_VERMILLION;
  if (g_strcmp0 (code, "NA") == 0)
    return PUENTE_COLOUR_NEUTRAL;
  return index == 0 ? PUENTE_COLOUR_GREEN : PUENTE_COLOUR_PURPLE;
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
      int i = year - source->first_year;

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

static PuenteChartData *
build_years (const PuenteChartSpec    *spec,
             const PuenteChartSource  *a,
             const PuenteChartSource  *b,
             GPtrArray                *regions,
             const PuenteChartOptions *options,
             GError                  **error)
{
  g_autoptr(PuenteChartData) data = puente_chart_data_new (spec->id, spec->kind);
  guint n_specs = n_series_specs (spec);

  puente_chart_data_set_years (data, a->first_year, a->n_years);
  if (b != NULL)
    puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B, "B", "B", NULL);
  data->show_difference = b != NULL && options != NULL && options->difference;

  if (options != NULL && options->year != 0)
    {
      if (options->year < a->first_year || options->year >= a->first_year + (int) a->n_years)
        {
          g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_YEAR,
                       _("Year %d is outside the results (%d to %d)"), options->year,
                       a->first_year, a->first_year + (int) a->n_years - 1);
          return NULL;
        }
      data->year = options->year;
    }

  for (guint r = 0; r < regions->len; r++)
    for (guint s = 0; s < n_specs; s++)
      {
        const PuenteChartSeriesSpec *ss = &spec->series[s];
        const char *region = g_ptr_array_index (regions, r);
        PuenteText region_name = { 0 }, label = { 0 };
        g_autofree char *indicator = indicator_text (ss);
        PuenteChartSeries *series;
        int colour = ss->colour;
        double v;

        if (!series_value (a, ss, region, a->first_year, 1, &v))
          {
            g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                         _("Chart “%s” has no data for region “%s”"), spec->id, region);
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

static PuenteChartData *
build_states (const PuenteChartSpec    *spec,
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
  guint n_specs = n_series_specs (spec);
  int year = options != NULL && options->year != 0 ? options->year : spec->default_year;
  PuenteText name = { 0 }, sub = { 0 }, tmp = { 0 };
  g_autofree char *year_text = NULL;

  if (!is_country (scope))
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                   _("Chart “%s” compares states: choose the region US, MX or NA, not “%s”"),
                   spec->id, scope);
      return NULL;
    }
  if (year < a->first_year || year >= a->first_year + (int) a->n_years)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_BAD_YEAR,
                   _("Year %d is outside the results (%d to %d)"), year,
                   a->first_year, a->first_year + (int) a->n_years - 1);
      return NULL;
    }

  for (guint i = 0; a->regions != NULL && a->regions[i] != NULL; i++)
    {
      const char *code = a->regions[i];
      PuenteText state = { 0 };

      if (!((strcmp (scope, "NA") == 0 && (g_str_has_prefix (code, "US-") || g_str_has_prefix (code, "MX-"))) ||
            (strcmp (scope, "US") == 0 && g_str_has_prefix (code, "US-")) ||
            (strcmp (scope, "MX") == 0 && g_str_has_prefix (code, "MX-"))))
        continue;
      g_ptr_array_add (codes, (gpointer) code);
      puente_chart_region_name (a, code, &state);
      g_ptr_array_add (names_en, g_strdup (state.en));
      g_ptr_array_add (names_es, g_strdup (state.es != NULL ? state.es : state.en));
      puente_text_clear (&state);
    }
  if (codes->len == 0)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_NO_DATA,
                   _("Chart “%s” has no state data for region “%s”"), spec->id, scope);
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
      g_autofree char *indicator = indicator_text (ss);
      PuenteText label = { 0 };
      PuenteChartSeries *series;

      puente_text_set_msgid (&label, NULL, ss->label);
      series = puente_chart_data_add_series (data, label.en, label.es, indicator, NULL, ss->colour);
      puente_text_clear (&label);
      for (guint i = 0; i < codes->len; i++)
        {
          if (!series_value (a, ss, g_ptr_array_index (codes, i), year, spec->scale,
                             &series->values[PUENTE_SCENARIO_A][i]))
            series->values[PUENTE_SCENARIO_A][i] = NAN;
          if (b != NULL && !series_value (b, ss, g_ptr_array_index (codes, i), year, spec->scale,
                                          &series->values[PUENTE_SCENARIO_B][i]))
            series->values[PUENTE_SCENARIO_B][i] = NAN;
        }
    }
  puente_chart_data_sort_categories (data, spec->max_categories);

  /* "Public ... ports; states with the largest need · United States · 2030" */
  puente_text_set_msgid (&sub, NULL, spec->subtitle);
  puente_chart_region_name (a, scope, &name);
  set_text_joined (&tmp, &sub, " · ", &name);
  year_text = g_strdup_printf ("%d", year);
  {
    PuenteText y = { year_text, NULL };

    set_text_joined (&data->subtitle, &tmp, " · ", &y);
  }
  puente_text_clear (&tmp);
  puente_text_clear (&sub);
  puente_text_clear (&name);
  return g_steal_pointer (&data);
}

/* Metric or US customary: values, the CSV unit and the axis title. */
static void
convert_units (PuenteChartData  *data,
               PuenteUnitSystem  system)
{
  const PuenteUnitConversion *conversion = puente_units_lookup (system, data->unit);

  if (conversion == NULL)
    return;

  for (guint s = 0; s < data->series->len; s++)
    {
      PuenteChartSeries *series = g_ptr_array_index (data->series, s);

      for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
        for (guint i = 0; series->values[slot] != NULL && i < data->n_points; i++)
          series->values[slot][i] *= conversion->factor;
      for (guint p = 0; p < PUENTE_N_PERCENTILES; p++)
        for (guint i = 0; series->bands[p] != NULL && i < data->n_points; i++)
          series->bands[p][i] *= conversion->factor;
    }

  g_free (data->unit);
  data->unit = g_strdup (conversion->shown);
  if (conversion->axis_msgid != NULL)
    puente_text_set_msgid (&data->axis_title, NULL, conversion->axis_msgid);
}

PuenteChartData *
puente_chart_build (const PuenteChartSpec    *spec,
                    const PuenteChartSource  *a,
                    const PuenteChartSource  *b,
                    const PuenteChartOptions *options,
                    GError                  **error)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  g_autofree char *country = NULL;
  const char *region = options != NULL ? options->region : NULL;
  PuenteChartData *data;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (a != NULL && a->get_series != NULL, NULL);

  if (region != NULL && !source_has_region (a, region))
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_REGION,
                   _("Unknown region “%s”: use US, MX, NA or a state code such as US-CA or MX-NLE"),
                   region);
      return NULL;
    }

  if (spec->axis == PUENTE_CHART_X_STATES)
    data = build_states (spec, a, b, region != NULL ? region : spec->regions[0], options, error);
  else
    {
      if (region == NULL)
        for (guint i = 0; i < PUENTE_CHART_MAX_REGIONS && spec->regions[i] != NULL; i++)
          g_ptr_array_add (regions, (gpointer) spec->regions[i]);
      else
        {
          g_ptr_array_add (regions, (gpointer) region);
          /* A state next to its country, for context. */
          if (spec->add_country && !is_country (region) && strlen (region) > 3 && region[2] == '-')
            {
              country = g_strndup (region, 2);
              if (source_has_region (a, country))
                g_ptr_array_add (regions, country);
            }
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
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, "A", "A", NULL);
  return data;
}
