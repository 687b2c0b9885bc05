/* puente-units.h: metric and US customary units, converted in one place
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model computes in metric units. What is shown, in charts, cards and
 * lever rows, goes through puente_units_convert (): in US customary units
 * a distance is in miles, a volume in gallons, a mass in short tons.
 */
#pragma once

#include <glib.h>

#include "puente-i18n.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_UNITS_METRIC,
  PUENTE_UNITS_US_CUSTOMARY,
} PuenteUnitSystem;

typedef struct
{
  const char *unit;           /* the model's unit, e.g. "Mt CO2" */
  double      factor;         /* shown value = model value x factor */
  const char *shown;          /* the unit shown (N_() where it has words) */
  const char *axis_msgid;     /* a chart axis title for it (N_()), or NULL */
} PuenteUnitConversion;

/* The conversion of @unit in @system; NULL when @unit is shown as is
 * (counts, shares, energy, money, and every unit in metric). */
const PuenteUnitConversion *puente_units_lookup      (PuenteUnitSystem  system,
                                                      const char       *unit);
/* Multiplies @value in place and returns the unit to show. */
const char                 *puente_units_convert     (PuenteUnitSystem  system,
                                                      const char       *unit,
                                                      double           *value);
/* The system a language's readers expect: US customary for English (the
 * United States), metric for Spanish (Mexico). */
PuenteUnitSystem            puente_units_default_for (PuenteLang        lang);
gboolean                    puente_units_from_string (const char       *text,
                                                      PuenteUnitSystem *system);

/* The system the window shows (process-wide, main thread). */
PuenteUnitSystem            puente_units_get_current (void);
void                        puente_units_set_current (PuenteUnitSystem  system);

G_END_DECLS
