/* puente-units.h: every unit Puente shows, in one table
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model computes in metric units and names each quantity's unit with
 * a short id ("share", "Mt CO2", "km"). What a reader sees, in charts,
 * cards, lever rows and the command line, comes from this one table: the
 * label after a number, the factor from the model's value, the decimals,
 * and a chart axis title where the unit changes it. The unit system is a
 * meeting-wide choice (metric unless someone chooses US customary) and
 * never follows the language: a language switch changes words, never
 * numbers.
 */
#pragma once

#include <glib.h>

#include "puente-i18n.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_UNITS_METRIC,
  PUENTE_UNITS_US_CUSTOMARY,
  PUENTE_N_UNIT_SYSTEMS
} PuenteUnitSystem;

/* How a value of the unit is written. */
typedef enum {
  PUENTE_UNIT_COMPACT, /* 1.2k, 3.4 million (puente_format_si) */
  PUENTE_UNIT_FIXED,   /* "decimals" below 100, none from 100 on */
  PUENTE_UNIT_PERCENT, /* shares 0..1 as 45.2%; differences in pp */
} PuenteUnitStyle;

typedef struct
{
  const char *label;      /* after a number (N_() where it has words) */
  double      factor;     /* shown value = model value x factor */
  const char *axis_title; /* N_() axis title, or NULL: the chart's own */
} PuenteUnitShown;

typedef struct
{
  const char     *unit; /* the model's id: "Mt CO2" */
  PuenteUnitStyle style;
  int             decimals;
  PuenteUnitShown shown[PUENTE_N_UNIT_SYSTEMS];
} PuenteUnit;

/* The row of @unit, or NULL when the table lacks it (the functions below
 * then show it as it is: its own label, factor 1, compact). */
const PuenteUnit *puente_units_find (const char *unit);
double            puente_units_factor (const char      *unit,
                                       PuenteUnitSystem system);
/* The label after a number, in @lang (English or Spanish; "" for none). */
const char       *puente_units_label (const char      *unit,
                                      PuenteUnitSystem system,
                                      PuenteLang       lang);
/* The msgid of the label, untranslated (a CSV's unit column). */
const char       *puente_units_label_msgid (const char      *unit,
                                            PuenteUnitSystem system);
/* Formats @value (in the model's unit) as the table says, in @lang: the
 * number, with "−" before a negative one and, when @delta, "+" before a
 * positive one (a share's difference is then in percentage points). The
 * label to write after it goes to @label ("" for none). NAN gives
 * PUENTE_FORMAT_MISSING and an empty label. */
char             *puente_units_format (const char      *unit,
                                       PuenteUnitSystem system,
                                       PuenteLang       lang,
                                       double           value,
                                       gboolean         delta,
                                       const char     **label);
/* The same with the label joined: "5,093 Mt CO₂". */
char             *puente_units_format_full (const char      *unit,
                                            PuenteUnitSystem system,
                                            PuenteLang       lang,
                                            double           value,
                                            gboolean         delta);

/* "metric" and "us" (or "us-customary"). */
gboolean          puente_units_from_string (const char       *text,
                                            PuenteUnitSystem *system);
const char       *puente_units_to_string (PuenteUnitSystem system);

/* The system the window shows (main thread); metric until set. */
PuenteUnitSystem  puente_units_get_current (void);
void              puente_units_set_current (PuenteUnitSystem system);

G_END_DECLS
