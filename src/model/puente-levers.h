/* puente-levers.h: the registry of policy levers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry is static data in code, in the order the app shows it. A set
 * of lever values is a plain array of doubles indexed by the registry index
 * (puente_levers_get_n () entries); the baseline fills it from the dataset.
 */
#pragma once

#include "puente-types.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_THEME_LIGHT_DUTY,
  PUENTE_THEME_HEAVY_DUTY,
  PUENTE_THEME_TRANSIT,
  PUENTE_THEME_CHARGING,
  PUENTE_THEME_SUPPLY_CHAIN,
  PUENTE_THEME_GRID,
  PUENTE_THEME_GENERAL,
  PUENTE_N_THEMES
} PuenteLeverTheme;

struct _PuenteLever
{
  const char      *id; /* "ldv.us.target_share" */
  PuenteLeverTheme theme;
  const char      *label;       /* untranslated (N_()); translate with _() */
  const char      *description; /* untranslated (N_()) */
  const char      *unit;        /* "share", "year", "vehicles/year", ... */
  double           min;
  double           max;
  double           step;
  /* Baseline: the dataset parameter it comes from, or NULL for a fixed default. */
  const char      *default_parameter;
  double           default_value;
  const char      *scope;      /* "US", "MX", "US+MX", a city or port code */
  gboolean         is_integer; /* years, ages */
};

guint              puente_levers_get_n (void);
const PuenteLever *puente_levers_get (guint index);
/* Index of the lever with @id, or -1. */
int                puente_levers_find (const char *id);
/* The registered id closest to @id (edit distance), for "did you mean";
 * NULL for an id longer than 128 bytes (no lever id is that long). */
const char        *puente_levers_closest (const char *id);
double             puente_lever_get_default (const PuenteLever   *lever,
                                             const PuenteDataset *dataset);
/* Fills @values (puente_levers_get_n () doubles) with the baseline. */
void               puente_levers_fill_baseline (const PuenteDataset *dataset,
                                                double              *values);
/* The theme's name in @lang. */
const char        *puente_lever_theme_label (PuenteLeverTheme theme,
                                             PuenteLang       lang);

G_END_DECLS
