/* puente-results.c: annual series per indicator and region
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dense table allocated once (see puente-results-private.h). Flows and
 * levels aggregate by summing states; ratios are recomputed from their
 * numerator and denominator so that, e.g., the US ZEV share is US ZEV sales
 * divided by US sales (a sales-weighted mean of state shares).
 *
 * Timing convention (docs/methodology.md): levels (stocks, needs, existing
 * ports) are at the end of the year; flows (sales, scrappage, trade,
 * energy, emissions, ports built, investment, retired batteries) are
 * totals over the year. For every state and aggregate and every year
 * t >= 2025:
 *   stock(t) = stock(t-1) + sales(t) - scrappage(t) - used_exports(t) + used_imports(t)
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-dataset.h"
#include "puente-results-private.h"

typedef struct
{
  PuenteIndicatorInfo info;
  int                 numerator;    /* ratios: indicator indices, else -1 */
  int                 denominator;
  double              scale;
} IndicatorDef;

#define FLOW(id, label, unit) { { id, label, unit, TRUE, FALSE }, -1, -1, 1 }
#define LEVEL(id, label, unit) { { id, label, unit, FALSE, FALSE }, -1, -1, 1 }
#define RATIO(id, label, unit, num, den, scale) { { id, label, unit, FALSE, TRUE }, num, den, scale }

static const IndicatorDef indicators[PUENTE_N_INDICATORS] = {
  [PUENTE_IND_LDV_SALES] = FLOW ("ldv.sales", N_("New light-duty sales"), "vehicles"),
  [PUENTE_IND_LDV_ZEV_SALES] = FLOW ("ldv.zev_sales", N_("New ZEV sales (BEV + PHEV)"), "vehicles"),
  [PUENTE_IND_LDV_BEV_SALES] = FLOW ("ldv.bev_sales", N_("New battery-electric sales"), "vehicles"),
  [PUENTE_IND_LDV_PHEV_SALES] = FLOW ("ldv.phev_sales", N_("New plug-in hybrid sales"), "vehicles"),
  [PUENTE_IND_LDV_ZEV_SHARE_SALES] = RATIO ("ldv.zev_share_sales", N_("ZEV share of new light-duty sales"), "share",
                                           PUENTE_IND_LDV_ZEV_SALES, PUENTE_IND_LDV_SALES, 1),
  [PUENTE_IND_LDV_BEV_SHARE_SALES] = RATIO ("ldv.bev_share_sales", N_("Battery-electric share of new light-duty sales"), "share",
                                           PUENTE_IND_LDV_BEV_SALES, PUENTE_IND_LDV_SALES, 1),
  [PUENTE_IND_LDV_STOCK] = LEVEL ("ldv.stock", N_("Light-duty vehicles in operation"), "vehicles"),
  [PUENTE_IND_LDV_ICE_STOCK] = LEVEL ("ldv.ice_stock", N_("Combustion vehicles in operation"), "vehicles"),
  [PUENTE_IND_LDV_BEV_STOCK] = LEVEL ("ldv.bev_stock", N_("Battery-electric vehicles in operation"), "vehicles"),
  [PUENTE_IND_LDV_PHEV_STOCK] = LEVEL ("ldv.phev_stock", N_("Plug-in hybrids in operation"), "vehicles"),
  [PUENTE_IND_LDV_EV_STOCK] = LEVEL ("ldv.ev_stock", N_("ZEVs in operation (BEV + PHEV)"), "vehicles"),
  [PUENTE_IND_LDV_EV_SHARE_STOCK] = RATIO ("ldv.ev_share_stock", N_("ZEV share of vehicles in operation"), "share",
                                          PUENTE_IND_LDV_EV_STOCK, PUENTE_IND_LDV_STOCK, 1),
  [PUENTE_IND_LDV_SCRAPPAGE] = FLOW ("ldv.scrappage", N_("Light-duty vehicles scrapped"), "vehicles"),
  [PUENTE_IND_LDV_EV_SCRAPPAGE] = FLOW ("ldv.ev_scrappage", N_("ZEVs scrapped"), "vehicles"),
  [PUENTE_IND_LDV_USED_EXPORTS] = FLOW ("ldv.used_exports", N_("Used vehicles exported to Mexico"), "vehicles"),
  [PUENTE_IND_LDV_USED_IMPORTS] = FLOW ("ldv.used_imports", N_("Used vehicles imported from the US"), "vehicles"),
  [PUENTE_IND_LDV_USED_EV_EXPORTS] = FLOW ("ldv.used_ev_exports", N_("Used ZEVs exported to Mexico"), "vehicles"),
  [PUENTE_IND_LDV_USED_EV_IMPORTS] = FLOW ("ldv.used_ev_imports", N_("Used ZEVs imported from the US"), "vehicles"),
  [PUENTE_IND_LDV_ELECTRICITY_GWH] = FLOW ("ldv.electricity_gwh", N_("Light-duty electricity use"), "GWh"),
  [PUENTE_IND_LDV_FUEL_ML] = FLOW ("ldv.fuel_ml", N_("Light-duty gasoline use"), "ML"),
  [PUENTE_IND_LDV_CO2_TAILPIPE_MT] = FLOW ("ldv.co2_tailpipe_mt", N_("Light-duty tailpipe CO2"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_GRID_MT] = FLOW ("ldv.co2_grid_mt", N_("Light-duty CO2 from electricity generation"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_MT] = FLOW ("ldv.co2_mt", N_("Light-duty CO2 (tailpipe + grid)"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_AVOIDED_MT] = FLOW ("ldv.co2_avoided_mt", N_("CO2 avoided by ZEVs"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_CUMULATIVE_MT] = LEVEL ("ldv.co2_cumulative_mt", N_("Light-duty CO2 since 2024"), "Mt CO2"),
  [PUENTE_IND_LDV_CO2_AVOIDED_CUMULATIVE_MT] = LEVEL ("ldv.co2_avoided_cumulative_mt", N_("CO2 avoided by ZEVs since 2024"), "Mt CO2"),
  [PUENTE_IND_LDV_GRID_FACTOR] = RATIO ("ldv.grid_factor", N_("Grid emission factor of light-duty charging"), "kg CO2/kWh",
                                       PUENTE_IND_LDV_CO2_GRID_MT, PUENTE_IND_LDV_ELECTRICITY_GWH, 1000),
  [PUENTE_IND_CHARGING_PRIVATE_NEED] = LEVEL ("charging.private_need", N_("Private charging ports needed"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_L2_NEED] = LEVEL ("charging.public_l2_need", N_("Public Level 2 ports needed"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_DCFC_NEED] = LEVEL ("charging.public_dcfc_need", N_("Public DC fast ports needed"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_L2_EXISTING] = LEVEL ("charging.public_l2_existing", N_("Public Level 2 ports (existing trend)"), "ports"),
  [PUENTE_IND_CHARGING_PUBLIC_DCFC_EXISTING] = LEVEL ("charging.public_dcfc_existing", N_("Public DC fast ports (existing trend)"), "ports"),
  [PUENTE_IND_CHARGING_GAP_L2] = LEVEL ("charging.gap_l2", N_("Public Level 2 port gap"), "ports"),
  [PUENTE_IND_CHARGING_GAP_DCFC] = LEVEL ("charging.gap_dcfc", N_("Public DC fast port gap"), "ports"),
  [PUENTE_IND_CHARGING_GAP] = LEVEL ("charging.gap", N_("Public charging port gap"), "ports"),
  [PUENTE_IND_CHARGING_L2_TO_BUILD] = FLOW ("charging.l2_to_build", N_("Public Level 2 ports to build"), "ports"),
  [PUENTE_IND_CHARGING_DCFC_TO_BUILD] = FLOW ("charging.dcfc_to_build", N_("Public DC fast ports to build"), "ports"),
  [PUENTE_IND_CHARGING_PORTS_TO_BUILD] = FLOW ("charging.ports_to_build", N_("Public charging ports to build"), "ports"),
  [PUENTE_IND_CHARGING_INVESTMENT_MUSD] = FLOW ("charging.investment_musd", N_("Public charging investment"), "MUSD"),
  [PUENTE_IND_CHARGING_PRIVATE_INVESTMENT_MUSD] = FLOW ("charging.private_investment_musd", N_("Private charging investment"), "MUSD"),
  [PUENTE_IND_BATTERY_RETIRED_GWH] = FLOW ("battery.retired_gwh", N_("EV batteries retired"), "GWh"),
  [PUENTE_IND_BATTERY_SECOND_LIFE_GWH] = FLOW ("battery.second_life_gwh", N_("Retired batteries to second life"), "GWh"),
  [PUENTE_IND_BATTERY_RECYCLED_GWH] = FLOW ("battery.recycled_gwh", N_("Retired batteries recycled"), "GWh"),
  [PUENTE_IND_BATTERY_DISPOSAL_GWH] = FLOW ("battery.disposal_gwh", N_("Retired batteries stored or disposed of"), "GWh"),
};

static const char * const aggregate_codes[PUENTE_N_AGGREGATES] = { "US", "MX", "NA" };

PuenteResults *
puente_results_new (const PuenteDataset *dataset,
                    int                  horizon)
{
  PuenteResults *self;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (horizon >= PUENTE_BASE_YEAR && horizon <= PUENTE_MAX_HORIZON, NULL);

  self = g_new0 (PuenteResults, 1);
  /* The dataset is immutable and reference counted: results keep the state
   * codes alive through it. */
  self->dataset = puente_dataset_ref ((PuenteDataset *) dataset);
  self->n_states = puente_dataset_get_n_states (dataset);
  self->n_regions = self->n_states + PUENTE_N_AGGREGATES;
  self->first_year = PUENTE_BASE_YEAR;
  self->last_year = horizon;
  self->capacity = horizon - PUENTE_BASE_YEAR + 1;
  self->state_country = g_new (guint8, MAX (self->n_states, 1));
  for (guint s = 0; s < self->n_states; s++)
    self->state_country[s] = puente_dataset_get_state (dataset, s)->country;
  self->values = g_new0 (double, (gsize) PUENTE_N_INDICATORS * self->n_regions * self->capacity);

  return self;
}

void
puente_results_free (PuenteResults *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->dataset, puente_dataset_unref);
  g_free (self->state_country);
  g_free (self->values);
  g_free (self);
}

PuenteResults *
puente_results_copy (const PuenteResults *self)
{
  PuenteResults *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->dataset = puente_dataset_ref (self->dataset);
  copy->state_country = g_memdup2 (self->state_country, MAX (self->n_states, 1));
  copy->values = g_memdup2 (self->values,
                            sizeof (double) * PUENTE_N_INDICATORS * self->n_regions * self->capacity);
  return copy;
}

int
puente_results_get_first_year (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->first_year;
}

int
puente_results_get_last_year (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_year;
}

guint
puente_results_get_n_years (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_year - self->first_year + 1;
}

guint
puente_results_get_n_indicators (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return PUENTE_N_INDICATORS;
}

const PuenteIndicatorInfo *
puente_results_get_indicator (const PuenteResults *self,
                              guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < PUENTE_N_INDICATORS, NULL);

  return &indicators[index].info;
}

int
puente_results_find_indicator (const PuenteResults *self,
                               const char          *id)
{
  g_return_val_if_fail (self != NULL, -1);

  if (id == NULL)
    return -1;
  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    if (strcmp (indicators[i].info.id, id) == 0)
      return (int) i;
  return -1;
}

guint
puente_results_get_n_regions (const PuenteResults *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_regions;
}

const char *
puente_results_get_region (const PuenteResults *self,
                           guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_regions, NULL);

  if (index < self->n_states)
    return puente_dataset_get_state (self->dataset, index)->code;
  return aggregate_codes[index - self->n_states];
}

int
puente_results_find_region (const PuenteResults *self,
                            const char          *code)
{
  g_return_val_if_fail (self != NULL, -1);

  if (code == NULL)
    return -1;
  for (guint a = 0; a < PUENTE_N_AGGREGATES; a++)
    if (strcmp (aggregate_codes[a], code) == 0)
      return (int) (self->n_states + a);
  return puente_dataset_find_state (self->dataset, code);
}

const double *
puente_results_get_series_by_index (const PuenteResults *self,
                                    guint                indicator,
                                    guint                region)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (indicator >= PUENTE_N_INDICATORS || region >= self->n_regions)
    return NULL;
  return puente_results_row ((PuenteResults *) self, indicator, region);
}

const double *
puente_results_get_series (const PuenteResults *self,
                           const char          *indicator,
                           const char          *region)
{
  int i, r;

  g_return_val_if_fail (self != NULL, NULL);

  i = puente_results_find_indicator (self, indicator);
  r = puente_results_find_region (self, region);
  if (i < 0 || r < 0)
    return NULL;
  return puente_results_get_series_by_index (self, i, r);
}

double
puente_results_get_value (const PuenteResults *self,
                          const char          *indicator,
                          const char          *region,
                          int                  year)
{
  const double *series;

  g_return_val_if_fail (self != NULL, NAN);

  series = puente_results_get_series (self, indicator, region);
  if (series == NULL || year < self->first_year || year > self->last_year)
    return NAN;
  return series[year - self->first_year];
}

void
puente_results_aggregate (PuenteResults *self,
                          guint          n_years)
{
  guint us = self->n_states + PUENTE_AGG_US;
  guint mx = self->n_states + PUENTE_AGG_MX;
  guint na = self->n_states + PUENTE_AGG_NA;

  g_assert (n_years <= self->capacity);

  /* Sums first (ratio rows are overwritten below). */
  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    {
      double *row_c[PUENTE_N_COUNTRIES] = {
        puente_results_row (self, i, us),
        puente_results_row (self, i, mx),
      };
      double *row_na = puente_results_row (self, i, na);

      if (indicators[i].info.is_ratio)
        continue;

      memset (row_c[0], 0, n_years * sizeof (double));
      memset (row_c[1], 0, n_years * sizeof (double));
      for (guint s = 0; s < self->n_states; s++)
        {
          const double *row = puente_results_row (self, i, s);
          double *dst = row_c[self->state_country[s]];

          for (guint y = 0; y < n_years; y++)
            dst[y] += row[y];
        }
      for (guint y = 0; y < n_years; y++)
        row_na[y] = row_c[0][y] + row_c[1][y];
    }

  /* Ratios, for every region, from their numerator and denominator. */
  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    {
      const IndicatorDef *def = &indicators[i];

      if (!def->info.is_ratio)
        continue;

      for (guint r = 0; r < self->n_regions; r++)
        {
          const double *num = puente_results_row (self, def->numerator, r);
          const double *den = puente_results_row (self, def->denominator, r);
          double *dst = puente_results_row (self, i, r);

          for (guint y = 0; y < n_years; y++)
            dst[y] = den[y] > 0 ? def->scale * num[y] / den[y] : 0;
        }
    }
}

static void
append_csv_field (GString    *out,
                  const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

gboolean
puente_results_write_csv (const PuenteResults *self,
                          const char          *scenario_id,
                          GString             *out,
                          GError             **error)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  guint n_years;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (scenario_id == NULL)
    scenario_id = "";

  n_years = puente_results_get_n_years (self);
  g_string_append (out, "scenario,indicator,region,year,value,unit\n");

  for (guint i = 0; i < PUENTE_N_INDICATORS; i++)
    {
      const PuenteIndicatorInfo *info = &indicators[i].info;

      for (guint r = 0; r < self->n_regions; r++)
        {
          const double *row = puente_results_row ((PuenteResults *) self, i, r);
          const char *region = puente_results_get_region (self, r);

          for (guint y = 0; y < n_years; y++)
            {
              append_csv_field (out, scenario_id);
              g_string_append_c (out, ',');
              g_string_append (out, info->id);
              g_string_append_c (out, ',');
              g_string_append (out, region);
              g_string_append_printf (out, ",%d,", self->first_year + (int) y);
              /* 15 significant digits: exact enough to check conservation
               * from the file, locale-independent. */
              g_string_append (out, g_ascii_formatd (number, sizeof number, "%.15g", row[y]));
              g_string_append_c (out, ',');
              append_csv_field (out, info->unit);
              g_string_append_c (out, '\n');
            }
        }
    }

  return TRUE;
}
