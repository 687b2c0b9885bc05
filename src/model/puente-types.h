/* puente-types.h: forward declarations for the model layer
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "puente-lang.h"

G_BEGIN_DECLS

/* Base year of every dataset figure the engine calibrates to. */
#define PUENTE_BASE_YEAR 2024
/* Horizon bounds: default and the largest a scenario may ask for. */
#define PUENTE_DEFAULT_HORIZON 2050
#define PUENTE_MAX_HORIZON 2060
#define PUENTE_MAX_YEARS (PUENTE_MAX_HORIZON - PUENTE_BASE_YEAR + 1)
/* Vehicle ages tracked by vintage: 0..40. */
#define PUENTE_MAX_AGE 40

typedef enum {
  PUENTE_COUNTRY_US,
  PUENTE_COUNTRY_MX,
  PUENTE_N_COUNTRIES
} PuenteCountry;

typedef struct _PuenteDataset  PuenteDataset;
typedef struct _PuenteFigure   PuenteFigure;
typedef struct _PuenteState    PuenteState;
typedef struct _PuenteLever    PuenteLever;
typedef struct _PuenteScenario PuenteScenario;
typedef struct _PuenteResults  PuenteResults;
typedef struct _PuenteEngine   PuenteEngine;

G_END_DECLS
