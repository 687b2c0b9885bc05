/* puente-chart-spec.h: the catalogue of charts, as data
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A spec says what a chart shows (indicators, regions, years, unit, kind);
 * puente_chart_build () resolves it against scenario results into a
 * PuenteChartData, which the window and the command line draw alike.
 */
#pragma once

#include <glib.h>

#include "puente-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  const char *label;            /* N_(); NULL: the region's name */
  const char *indicators[4];    /* summed; NULL-terminated */
  int         colour;           /* palette slot, or -1: by region */
} PuenteChartSeriesSpec;

typedef enum {
  PUENTE_CHART_X_YEARS,
  PUENTE_CHART_X_STATES,        /* one category per state, for one year */
} PuenteChartAxis;

#define PUENTE_CHART_MAX_SERIES 5
#define PUENTE_CHART_MAX_REGIONS 4

typedef struct
{
  const char           *id;
  const char           *title;          /* N_() */
  const char           *subtitle;       /* N_() */
  PuenteChartKind       kind;
  PuenteValueKind       value_kind;
  const char           *axis_title;     /* N_(), without the unit scale */
  const char           *unit;           /* CSV unit after scaling: "vehicles", "TWh" */
  double                scale;          /* multiplies the model's values */
  PuenteChartAxis       axis;
  /* Default regions (NULL-terminated); each series spec is drawn per region.
   * --region replaces them (for states: with the state's country too when
   * add_country). For PUENTE_CHART_X_STATES: "US", "MX" or "NA". */
  const char           *regions[PUENTE_CHART_MAX_REGIONS];
  gboolean              add_country;
  int                   default_year;   /* X_STATES: the year shown */
  guint                 max_categories; /* X_STATES: the largest N */
  const char           *sources;        /* N_() */
  PuenteChartSeriesSpec series[PUENTE_CHART_MAX_SERIES];
} PuenteChartSpec;

/* Where the numbers come from: scenario results, or anything with the
 * same shape (tests use synthetic series). */
typedef struct _PuenteChartSource PuenteChartSource;

struct _PuenteChartSource
{
  int                first_year;
  guint              n_years;
  /* NULL-terminated region codes the source has ("US", "MX", "NA", states). */
  const char *const *regions;
  /* n_years values, or NULL when the source lacks the pair. */
  const double     *(*get_series)      (gpointer    user_data,
                                        const char *indicator,
                                        const char *region);
  /* A state's name in "en" or "es"; NULL to use the code. */
  const char       *(*get_region_name) (gpointer    user_data,
                                        const char *code,
                                        const char *lang);
  gpointer           user_data;
};

typedef struct
{
  const char *region;           /* NULL: the spec's regions */
  int         year;             /* 0: default (X_STATES) or no marker (years) */
  gboolean    difference;       /* the B - A panel (with B only) */
  int         units;            /* PuenteUnitSystem; 0: metric */
} PuenteChartOptions;

guint                  puente_chart_catalogue_get_n  (void);
const PuenteChartSpec *puente_chart_catalogue_get    (guint                     index);
const PuenteChartSpec *puente_chart_catalogue_find   (const char               *id);

/* Resolves @spec against @a (and @b to compare). Scenario names default to
 * "A" and "B": set them with puente_chart_data_set_scenario (). Errors:
 * PUENTE_CHART_ERROR_UNKNOWN_REGION, _BAD_YEAR, _NO_DATA. */
PuenteChartData       *puente_chart_build            (const PuenteChartSpec    *spec,
                                                      const PuenteChartSource  *a,
                                                      const PuenteChartSource  *b,
                                                      const PuenteChartOptions *options,
                                                      GError                  **error);

/* Names of countries and "NA"; states through the source. */
void                   puente_chart_region_name      (const PuenteChartSource  *source,
                                                      const char               *code,
                                                      PuenteText               *name);

G_END_DECLS
