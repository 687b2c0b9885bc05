/* puente-units.c: metric and US customary units, converted in one place
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Factors: NIST Handbook 44 (1 mi = 1.609344 km, 1 US gal = 3.785411784 L,
 * 1 short ton = 907.18474 kg).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-units.h"

#define KM_PER_MI 1.609344
#define L_PER_GAL 3.785411784
#define KG_PER_SHORT_TON 907.18474

static const PuenteUnitConversion us_customary[] = {
  { "km", 1.0 / KM_PER_MI, "mi", NULL },
  { "km/year", 1.0 / KM_PER_MI, "mi/year", NULL },
  { "km/day", 1.0 / KM_PER_MI, "mi/day", NULL },
  { "L", 1.0 / L_PER_GAL, "gal", NULL },
  { "ML", 1.0 / L_PER_GAL, "Mgal", N_("Million gallons per year") },
  { "L/km", KM_PER_MI / L_PER_GAL, "gal/mi", NULL },
  /* Fuel use stays a consumption figure (lower is better), as on EPA labels. */
  { "L/100 km", KM_PER_MI / L_PER_GAL, "gal/100 mi", NULL },
  { "kWh/km", KM_PER_MI, "kWh/mi", NULL },
  { "kWh/100 km", KM_PER_MI, "kWh/100 mi", NULL },
  { "t", 1000.0 / KG_PER_SHORT_TON, N_("short tons"), NULL },
  { "t/year", 1000.0 / KG_PER_SHORT_TON, N_("short tons/year"), NULL },
  { "Mt CO2", 1000.0 / KG_PER_SHORT_TON, N_("M short tons CO2"), N_("Million short tons of CO₂ per year") },
  { "kg CO2/L", L_PER_GAL, "kg CO2/gal", NULL },
  { "USD/L", L_PER_GAL, "USD/gal", NULL },
  { "USD/km", KM_PER_MI, "USD/mi", NULL },
};

static PuenteUnitSystem current = PUENTE_UNITS_METRIC;

const PuenteUnitConversion *
puente_units_lookup (PuenteUnitSystem  system,
                     const char       *unit)
{
  if (system != PUENTE_UNITS_US_CUSTOMARY || unit == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (us_customary); i++)
    if (strcmp (us_customary[i].unit, unit) == 0)
      return &us_customary[i];

  return NULL;
}

const char *
puente_units_convert (PuenteUnitSystem  system,
                      const char       *unit,
                      double           *value)
{
  const PuenteUnitConversion *conversion = puente_units_lookup (system, unit);

  if (conversion == NULL)
    return unit;

  if (value != NULL)
    *value *= conversion->factor;
  return conversion->shown;
}

PuenteUnitSystem
puente_units_default_for (PuenteLang lang)
{
  return lang == PUENTE_LANG_EN ? PUENTE_UNITS_US_CUSTOMARY : PUENTE_UNITS_METRIC;
}

gboolean
puente_units_from_string (const char       *text,
                          PuenteUnitSystem *system)
{
  g_return_val_if_fail (system != NULL, FALSE);

  if (g_strcmp0 (text, "metric") == 0)
    *system = PUENTE_UNITS_METRIC;
  else if (g_strcmp0 (text, "us") == 0 || g_strcmp0 (text, "us-customary") == 0)
    *system = PUENTE_UNITS_US_CUSTOMARY;
  else
    return FALSE;

  return TRUE;
}

PuenteUnitSystem
puente_units_get_current (void)
{
  return current;
}

void
puente_units_set_current (PuenteUnitSystem system)
{
  current = system;
}
