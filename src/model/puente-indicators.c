/* puente-indicators.c: key indicators for comparing scenarios
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-indicators.h"
#include "puente-i18n.h"

static const PuenteKeyIndicator keys[] = {
  { "key.ldv.zev_share_sales.us.2030", N_ ("US ZEV share of new light-duty sales, 2030"), "share",
    "ldv.zev_share_sales", "US", 2030, PUENTE_KEY_VALUE_AT },
  { "key.ldv.zev_share_sales.mx.2030", N_ ("Mexico ZEV share of new light-duty sales, 2030"), "share",
    "ldv.zev_share_sales", "MX", 2030, PUENTE_KEY_VALUE_AT },
  { "key.ldv.zev_share_sales.us.2032", N_ ("US ZEV share of new light-duty sales, 2032"), "share",
    "ldv.zev_share_sales", "US", 2032, PUENTE_KEY_VALUE_AT },
  { "key.ldv.zev_share_sales.mx.2032", N_ ("Mexico ZEV share of new light-duty sales, 2032"), "share",
    "ldv.zev_share_sales", "MX", 2032, PUENTE_KEY_VALUE_AT },
  { "key.ldv.ev_stock.na.2035", N_ ("ZEVs in operation in North America, 2035"), "vehicles",
    "ldv.ev_stock", "NA", 2035, PUENTE_KEY_VALUE_AT },
  { "key.ldv.ev_stock.na.2045", N_ ("ZEVs in operation in North America, 2045"), "vehicles",
    "ldv.ev_stock", "NA", 2045, PUENTE_KEY_VALUE_AT },
  { "key.charging.gap.na.2030", N_ ("Public charging port gap, 2030"), "ports",
    "charging.gap", "NA", 2030, PUENTE_KEY_VALUE_AT },
  { "key.charging.investment_musd.na.2035", N_ ("Public charging investment 2024–2035"), "MUSD",
    "charging.investment_musd", "NA", 2035, PUENTE_KEY_CUMULATIVE_TO },
  /* Translators: %d is the last year of the scenario, e.g. 2050 */
  { "key.ldv.co2_avoided_mt.na.horizon", N_ ("CO₂ avoided by light-duty ZEVs, 2024–%d"), "Mt CO2",
    "ldv.co2_avoided_mt", "NA", PUENTE_KEY_AT_HORIZON, PUENTE_KEY_CUMULATIVE_TO },
  /* Transit and the supply chain (model.md sections 3 and 4). */
  { "key.transit.ebus.na.2035", N_ ("Battery-electric transit buses, 2035"), "vehicles",
    "transit.ebus", "NA", 2035, PUENTE_KEY_VALUE_AT },
  { "key.supply.battery_demand_gwh.na.2035", N_ ("Battery demand of new zero-emission vehicles, 2035"), "GWh",
    "supply.battery_demand_gwh", "NA", 2035, PUENTE_KEY_VALUE_AT },
  { "key.supply.cells_outside_na_share.na.2030", N_ ("Share of battery cells made outside North America, 2030"), "share",
    "supply.cells_outside_na_share", "NA", 2030, PUENTE_KEY_VALUE_AT },
  { "key.supply.jobs.na.2035", N_ ("Jobs in battery cells and zero-emission vehicle assembly, 2035"), "jobs",
    "supply.jobs", "NA", 2035, PUENTE_KEY_VALUE_AT },
};

guint
puente_key_indicators_get_n (void)
{
  return G_N_ELEMENTS (keys);
}

const PuenteKeyIndicator *
puente_key_indicators_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (keys), NULL);

  return &keys[index];
}

int
puente_key_indicators_find (const char *id)
{
  if (id == NULL)
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (strcmp (keys[i].id, id) == 0)
      return (int) i;
  return -1;
}

double
puente_key_indicator_compute (const PuenteKeyIndicator *key,
                              const PuenteResults      *results)
{
  const double *series;
  int           first, year;
  double        sum = 0;

  g_return_val_if_fail (key != NULL, NAN);
  g_return_val_if_fail (results != NULL, NAN);

  first = puente_results_get_first_year (results);
  year = key->year == PUENTE_KEY_AT_HORIZON ? puente_results_get_last_year (results) : key->year;
  series = puente_results_get_series (results, key->indicator, key->region);
  if (series == NULL || year < first || year > puente_results_get_last_year (results))
    return NAN;

  if (key->mode == PUENTE_KEY_VALUE_AT)
    return series[year - first];

  for (int y = first; y <= year; y++)
    sum += series[y - first];
  return sum;
}

char *
puente_key_indicator_get_title (const PuenteKeyIndicator *key,
                                const PuenteResults      *results,
                                PuenteLang                lang)
{
  const char *label;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (results != NULL, NULL);

  label = puente_gettext (lang, key->label);
  if (key->year != PUENTE_KEY_AT_HORIZON)
    return g_strdup (label);
    /* The label's only conversion is the year (see the table above). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (label, puente_results_get_last_year (results));
#pragma GCC diagnostic pop
}

void
puente_key_indicators_compute (const PuenteResults *results,
                               double              *values)
{
  g_return_if_fail (results != NULL);
  g_return_if_fail (values != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    values[i] = puente_key_indicator_compute (&keys[i], results);
}
