/* puente-units.c: every unit Puente shows, in one table
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Factors: NIST Handbook 44 (1 mi = 1.609344 km, 1 US gal = 3.785411784 L,
 * 1 short ton = 907.18474 kg).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-format.h"
#include "puente-units.h"

#define KM_PER_MI 1.609344
#define L_PER_GAL 3.785411784
#define T_PER_SHORT_TON 0.90718474

/* A unit shown the same in both systems. */
#define SAME(label, factor)  \
  {                          \
    { label, factor, NULL }, \
    {                        \
      label, factor, NULL    \
    }                        \
  }

static const PuenteUnit units[] = {
  /* Shares and rates: percent. */
  { "share", PUENTE_UNIT_PERCENT, 1, SAME ("%", 100.0) },
  /* Translators: percent per year, after a number */
  { "1/year", PUENTE_UNIT_FIXED, 1, SAME (N_ ("%/yr"), 100.0) },
  /* Calendar years, indices and switches: no unit. */
  { "year", PUENTE_UNIT_FIXED, 0, SAME ("", 1.0) },
  { "index", PUENTE_UNIT_FIXED, 2, SAME ("", 1.0) },
  { "", PUENTE_UNIT_FIXED, 0, SAME ("", 1.0) },
  /* Translators: unit after a number of years */
  { "years", PUENTE_UNIT_FIXED, 1, SAME (N_ ("years"), 1.0) },

  /* Counts. */
  /* Translators: unit after a number of vehicles */
  { "vehicles", PUENTE_UNIT_COMPACT, 1, SAME (N_ ("vehicles"), 1.0) },
  /* Translators: vehicles per year, after a number */
  { "vehicles/year", PUENTE_UNIT_COMPACT, 1, SAME (N_ ("vehicles/yr"), 1.0) },
  /* Translators: unit after a number of charging ports */
  { "ports", PUENTE_UNIT_COMPACT, 1, SAME (N_ ("ports"), 1.0) },
  /* Translators: unit after a number of charging stations */
  { "stations", PUENTE_UNIT_FIXED, 0, SAME (N_ ("stations"), 1.0) },
  /* Translators: unit after a number of chargers */
  { "chargers", PUENTE_UNIT_COMPACT, 1, SAME (N_ ("chargers"), 1.0) },
  /* Translators: unit after a number of jobs */
  { "jobs", PUENTE_UNIT_COMPACT, 1, SAME (N_ ("jobs"), 1.0) },
  /* Translators: electric vehicles per charging port, after a number */
  { "EVs/port", PUENTE_UNIT_FIXED, 0, SAME (N_ ("EVs/port"), 1.0) },

  /* Money: US dollars everywhere (the dataset's currency). */
  { "USD", PUENTE_UNIT_COMPACT, 1, SAME ("USD", 1.0) },
  { "MUSD", PUENTE_UNIT_COMPACT, 1, SAME ("USD", 1e6) },
  /* Translators: US dollars per charging port, after a number */
  { "USD/port", PUENTE_UNIT_COMPACT, 1, SAME (N_ ("USD/port"), 1.0) },
  { "USD/kWh", PUENTE_UNIT_FIXED, 2, SAME ("USD/kWh", 1.0) },
  { "USD/L", PUENTE_UNIT_FIXED, 2, { { "USD/L", 1.0, NULL }, { "USD/gal", L_PER_GAL, NULL } } },
  { "USD/km", PUENTE_UNIT_FIXED, 3, { { "USD/km", 1.0, NULL }, { "USD/mi", KM_PER_MI, NULL } } },

  /* Energy and power: SI in both systems (as EIA and SENER publish). */
  { "kWh", PUENTE_UNIT_FIXED, 1, SAME ("kWh", 1.0) },
  { "GWh", PUENTE_UNIT_COMPACT, 1, SAME ("GWh", 1.0) },
  /* Translators: gigawatt-hours per year, after a number */
  { "GWh/year", PUENTE_UNIT_COMPACT, 1, SAME (N_ ("GWh/year"), 1.0) },
  { "TWh", PUENTE_UNIT_FIXED, 1, SAME ("TWh", 1.0) },
  { "MW", PUENTE_UNIT_FIXED, 1, SAME ("MW", 1.0) },
  /* Translators: megawatt-hours per day, after a number */
  { "MWh/day", PUENTE_UNIT_FIXED, 1, SAME (N_ ("MWh/day"), 1.0) },

  /* Emissions. */
  { "Mt CO2", PUENTE_UNIT_FIXED, 1, { { "Mt CO₂", 1.0, NULL },
                                      /* Translators: million short tons of CO₂, after a number */
                                      { N_ ("M short tons CO₂"), 1.0 / T_PER_SHORT_TON, N_ ("Million short tons of CO₂ per year") } } },
  { "kg CO2/kWh", PUENTE_UNIT_FIXED, 2, SAME ("kg CO₂/kWh", 1.0) },
  { "kg CO2/L", PUENTE_UNIT_FIXED, 2, { { "kg CO₂/L", 1.0, NULL }, { "kg CO₂/gal", L_PER_GAL, NULL } } },

  /* Mass. */
  { "t", PUENTE_UNIT_COMPACT, 1, { { "t", 1.0, NULL },
                                   /* Translators: short tons, after a number */
                                   { N_ ("short tons"), 1.0 / T_PER_SHORT_TON, NULL } } },
  /* Translators: metric tonnes per year, after a number */
  { "t/year", PUENTE_UNIT_COMPACT, 1, { { N_ ("t/year"), 1.0, NULL },
                                        /* Translators: short tons per year, after a number */
                                        { N_ ("short tons/year"), 1.0 / T_PER_SHORT_TON, NULL } } },

  /* Distance, volume and their rates. */
  { "km", PUENTE_UNIT_COMPACT, 1, { { "km", 1.0, NULL }, { "mi", 1.0 / KM_PER_MI, NULL } } },
  /* Translators: kilometres and miles per year, after a number */
  { "km/year", PUENTE_UNIT_COMPACT, 1, { { N_ ("km/year"), 1.0, NULL }, { N_ ("mi/year"), 1.0 / KM_PER_MI, NULL } } },
  /* Translators: kilometres and miles per day, after a number */
  { "km/day", PUENTE_UNIT_FIXED, 0, { { N_ ("km/day"), 1.0, NULL }, { N_ ("mi/day"), 1.0 / KM_PER_MI, NULL } } },
  /* Translators: million kilometres, after a number */
  { "million km", PUENTE_UNIT_COMPACT, 1, { { N_ ("million km"), 1.0, NULL },
                                            /* Translators: million miles, after a number */
                                            { N_ ("million mi"), 1.0 / KM_PER_MI, NULL } } },
  { "L", PUENTE_UNIT_COMPACT, 1, { { "L", 1.0, NULL }, { "gal", 1.0 / L_PER_GAL, NULL } } },
  { "ML", PUENTE_UNIT_COMPACT, 1, { { "ML", 1.0, NULL }, { "Mgal", 1.0 / L_PER_GAL, N_ ("Million gallons per year") } } },
  { "L/km", PUENTE_UNIT_FIXED, 3, { { "L/km", 1.0, NULL }, { "gal/mi", KM_PER_MI / L_PER_GAL, NULL } } },
  /* Fuel use stays a consumption figure (lower is better), as on EPA labels. */
  { "L/100 km", PUENTE_UNIT_FIXED, 1, { { "L/100 km", 1.0, NULL }, { "gal/100 mi", KM_PER_MI / L_PER_GAL, NULL } } },
  { "kWh/km", PUENTE_UNIT_FIXED, 3, { { "kWh/km", 1.0, NULL }, { "kWh/mi", KM_PER_MI, NULL } } },
  { "kWh/100 km", PUENTE_UNIT_FIXED, 1, { { "kWh/100 km", 1.0, NULL }, { "kWh/100 mi", KM_PER_MI, NULL } } },
};

static PuenteUnitSystem current = PUENTE_UNITS_METRIC;

const PuenteUnit *
puente_units_find (const char *unit)
{
  if (unit == NULL)
    unit = "";
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (strcmp (units[i].unit, unit) == 0)
      return &units[i];
  return NULL;
}

static PuenteUnitSystem
valid_system (PuenteUnitSystem system)
{
  return (guint) system < PUENTE_N_UNIT_SYSTEMS ? system : PUENTE_UNITS_METRIC;
}

double
puente_units_factor (const char      *unit,
                     PuenteUnitSystem system)
{
  const PuenteUnit *row = puente_units_find (unit);

  return row != NULL ? row->shown[valid_system (system)].factor : 1.0;
}

const char *
puente_units_label_msgid (const char      *unit,
                          PuenteUnitSystem system)
{
  const PuenteUnit *row = puente_units_find (unit);

  /* A unit the table lacks shows as it is: never lost. */
  if (row == NULL)
    return unit != NULL ? unit : "";
  return row->shown[valid_system (system)].label;
}

const char *
puente_units_label (const char      *unit,
                    PuenteUnitSystem system,
                    PuenteLang       lang)
{
  const char *label = puente_units_label_msgid (unit, system);

  /* Symbols ("GWh", "%") are not in the catalogue: gettext gives them back. */
  if (*label == '\0' || lang != PUENTE_LANG_ES)
    return label;
  return puente_gettext (PUENTE_LANG_ES, label);
}

/* "de " + @label, interned (labels are few and static). */
static const char *
puente_units_label_after_million (const char *label)
{
  g_autofree char *joined = g_strconcat ("de ", label, NULL);

  return g_intern_string (joined);
}

char *
puente_units_format (const char      *unit,
                     PuenteUnitSystem system,
                     PuenteLang       lang,
                     double           value,
                     gboolean         delta,
                     const char     **label)
{
  static const PuenteUnit unknown = { NULL, PUENTE_UNIT_COMPACT, 1, SAME (NULL, 1.0) };
  const PuenteUnit       *row = puente_units_find (unit);
  g_autofree char        *number = NULL;
  const char             *shown_label;
  double                  shown;

  system = valid_system (system);
  if (lang != PUENTE_LANG_ES)
    lang = PUENTE_LANG_EN;
  if (!isfinite (value))
    {
      if (label != NULL)
        *label = "";
      return g_strdup (PUENTE_FORMAT_MISSING);
    }

  if (row == NULL)
    row = &unknown;
  shown = fabs (value) * row->shown[system].factor;
  shown_label = puente_units_label (unit, system, lang);
  switch (row->style)
    {
    case PUENTE_UNIT_PERCENT:
      number = puente_format_number (lang, shown, row->decimals);
      if (delta)
        /* Translators: percentage points, after a number */
        shown_label = puente_gettext (lang, N_ ("pp"));
      else
        {
          /* "45.2%": the sign sticks to the number. */
          g_autofree char *with_sign = g_strconcat (number, shown_label, NULL);

          g_free (number);
          number = g_steal_pointer (&with_sign);
          shown_label = "";
        }
      break;
    case PUENTE_UNIT_FIXED:
      number = puente_format_number (lang, shown, shown < 100 ? row->decimals : 0);
      break;
    case PUENTE_UNIT_COMPACT:
    default:
      number = puente_format_si (lang, shown, row->decimals);
      break;
    }

  /* Spanish counts millions with a noun: "2.5 millones de vehículos",
   * but "131 mil empleos". */
  if (lang == PUENTE_LANG_ES && *shown_label != '\0' &&
      (g_str_has_suffix (number, "millones") || g_str_has_suffix (number, "millón")))
    shown_label = puente_units_label_after_million (shown_label);
  if (label != NULL)
    *label = shown_label;
  /* A value that rounds to zero has no sign. */
  if (strspn (number, "0.,") == strcspn (number, "%"))
    return g_steal_pointer (&number);
  if (value < 0)
    return g_strconcat ("−", number, NULL);
  if (delta && value > 0)
    return g_strconcat ("+", number, NULL);
  return g_steal_pointer (&number);
}

char *
puente_units_format_full (const char      *unit,
                          PuenteUnitSystem system,
                          PuenteLang       lang,
                          double           value,
                          gboolean         delta)
{
  const char      *label = "";
  g_autofree char *number = puente_units_format (unit, system, lang, value, delta, &label);

  if (*label == '\0')
    return g_steal_pointer (&number);
  return g_strconcat (number, " ", label, NULL);
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

const char *
puente_units_to_string (PuenteUnitSystem system)
{
  return system == PUENTE_UNITS_US_CUSTOMARY ? "us-customary" : "metric";
}

PuenteUnitSystem
puente_units_get_current (void)
{
  return current;
}

void
puente_units_set_current (PuenteUnitSystem system)
{
  current = valid_system (system);
}
