/* puente-indicators.h: key indicators for comparing scenarios (model.md §6)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A key indicator is one number computed from a results table: a series'
 * value in a given year, or its sum from the base year to a given year.
 * Comparisons show A, B and B - A for each.
 */
#pragma once

#include "puente-types.h"
#include "puente-results.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_KEY_VALUE_AT,      /* series[year] */
  PUENTE_KEY_CUMULATIVE_TO, /* sum of series[base year .. year] */
} PuenteKeyMode;

/* year == 0 means the horizon of the results. */
#define PUENTE_KEY_AT_HORIZON 0

typedef struct
{
  const char   *id;    /* "key.ldv.zev_share_sales.us.2030" */
  const char   *label; /* untranslated (N_()); show it through
                               * puente_key_indicator_get_title () */
  const char   *unit;
  const char   *indicator; /* results indicator id */
  const char   *region;    /* results region code */
  int           year;      /* or PUENTE_KEY_AT_HORIZON */
  PuenteKeyMode mode;
} PuenteKeyIndicator;

guint                     puente_key_indicators_get_n (void);
const PuenteKeyIndicator *puente_key_indicators_get (guint index);
int                       puente_key_indicators_find (const char *id);
/* NAN when the year lies beyond the results' horizon. */
double                    puente_key_indicator_compute (const PuenteKeyIndicator *key,
                                                        const PuenteResults      *results);
/* The label in @lang, with the year of @results' horizon where the key
 * is at the horizon ("CO₂ avoided by light-duty ZEVs, 2024–2050"). */
char                     *puente_key_indicator_get_title (const PuenteKeyIndicator *key,
                                                          const PuenteResults      *results,
                                                          PuenteLang                lang);
/* Fills @values (puente_key_indicators_get_n () doubles). */
void                      puente_key_indicators_compute (const PuenteResults *results,
                                                         double              *values);

G_END_DECLS
