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
  const char *label;         /* N_(); NULL: the region's name */
  const char *indicators[4]; /* summed; NULL-terminated */
  int         colour;        /* palette slot, or -1: by region */
} PuenteChartSeriesSpec;

typedef enum {
  PUENTE_CHART_X_YEARS,
  PUENTE_CHART_X_STATES, /* one category per state of US, MX or NA, for one year */
  PUENTE_CHART_X_PORTS,  /* one category per port of entry (NA), for one year */
} PuenteChartAxis;

/* Kinds of region, as flags: what a chart's --region may be. */
typedef enum {
  PUENTE_CHART_REGION_STATE = 1 << 0,   /* "US-CA", "MX-NLE" */
  PUENTE_CHART_REGION_PORT = 1 << 1,    /* "laredo-wtb" (ports.json) */
  PUENTE_CHART_REGION_CITY = 1 << 2,    /* "mx-cdmx" (transit.json) */
  PUENTE_CHART_REGION_COUNTRY = 1 << 3, /* "US", "MX" */
  PUENTE_CHART_REGION_NA = 1 << 4,      /* "NA": both countries */
} PuenteChartRegionKinds;

#define PUENTE_CHART_MAX_SERIES 5
#define PUENTE_CHART_MAX_REGIONS 4

typedef struct
{
  const char            *id;
  const char            *title;    /* N_() */
  const char            *subtitle; /* N_() */
  PuenteChartKind        kind;
  PuenteValueKind        value_kind;
  const char            *axis_title; /* N_(), without the unit scale */
  const char            *unit;       /* CSV unit after scaling: "vehicles", "TWh" */
  double                 scale;      /* multiplies the model's values */
  PuenteChartAxis        axis;
  /* Default regions (NULL-terminated); each series spec is drawn per region.
   * --region replaces them (with its context too when add_country: a
   * state's country, NA for a port). For PUENTE_CHART_X_STATES: "US", "MX"
   * or "NA"; for PUENTE_CHART_X_PORTS: "NA". */
  const char            *regions[PUENTE_CHART_MAX_REGIONS];
  /* The kinds of region --region may name; 0: states, countries and NA. */
  PuenteChartRegionKinds region_kinds;
  gboolean               add_country;
  int                    default_year;   /* categories and Sankey: the year shown */
  guint                  max_categories; /* categories: the largest N (0: all) */
  const char            *sources;        /* N_() */
  PuenteChartSeriesSpec  series[PUENTE_CHART_MAX_SERIES];
  /* The chart shows imported charging stations ("stations." indicators,
   * puente-chart-stations.h): it needs a source with stations, and their
   * attribution joins its sources. */
  gboolean               needs_stations;
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
  const double *(*get_series) (gpointer    user_data,
                               const char *indicator,
                               const char *region);
  /* A state's, port's or city's name in English or Spanish; NULL to use
   * the code. */
  const char *(*get_region_name) (gpointer    user_data,
                                  const char *code,
                                  PuenteLang  lang);
  /* One PuenteChartRegionKinds flag for @code, 0 when unknown. Optional:
   * without it, "US", "MX", "NA" and "XX-..." state codes are told apart. */
  PuenteChartRegionKinds (*get_region_kind) (gpointer    user_data,
                                             const char *code);
  /* Optional: the supply-chain Sankey of @year (PUENTE_CHART_SANKEY data),
   * or NULL when the source has no flows for it. */
  PuenteChartData *(*build_flows) (gpointer user_data,
                                   int      year);
  /* Optional, for fans: a percentile (PUENTE_P5 ... PUENTE_P95) of an
   * ensemble, n_years values like get_series, or NULL. */
  const double *(*get_band) (gpointer    user_data,
                             const char *indicator,
                             const char *region,
                             guint       percentile);
  /* Optional: the attribution of the imported stations the "stations."
   * series come from ("Charging stations: AFDC, April 2025"), in @lang
   * (free it); NULL when the source has none. */
  char *(*describe_stations) (gpointer   user_data,
                              PuenteLang lang);
  gpointer user_data;
};

typedef struct
{
  const char *region;     /* NULL: the spec's regions */
  int         year;       /* 0: default (categories, Sankey) or no marker (years) */
  gboolean    difference; /* the B - A panel (with B only) */
  int         units;      /* PuenteUnitSystem; 0: metric */
  /* A line chart over years drawn as a fan: the median and the p25-p75 and
   * p5-p95 bands from the source's get_band. */
  gboolean    fan;
} PuenteChartOptions;

guint                  puente_chart_catalogue_get_n (void);
const PuenteChartSpec *puente_chart_catalogue_get (guint index);
const PuenteChartSpec *puente_chart_catalogue_find (const char *id);

/* Resolves @spec against @a (and @b to compare: a Sankey shows A | B, or
 * B − A with options->difference).
 * Scenario names default to "A" and "B": set them with
 * puente_chart_data_set_scenario (). Errors:
 * PUENTE_CHART_ERROR_UNKNOWN_REGION, _BAD_YEAR, _NO_DATA. */
PuenteChartData       *puente_chart_build (const PuenteChartSpec    *spec,
                                           const PuenteChartSource  *a,
                                           const PuenteChartSource  *b,
                                           const PuenteChartOptions *options,
                                           GError                  **error);

/* Names of countries and "NA"; states, ports and cities through the source. */
void                   puente_chart_region_name (const PuenteChartSource *source,
                                                 const char              *code,
                                                 PuenteText              *name);
/* The kind of @code in @source (one flag), 0 when the source lacks it. */
PuenteChartRegionKinds puente_chart_region_kind (const PuenteChartSource *source,
                                                 const char              *code);
/* The kinds of region @spec's --region may name. */
PuenteChartRegionKinds puente_chart_spec_get_region_kinds (const PuenteChartSpec *spec);
/* TRUE when @spec can be drawn for @code of @source. */
gboolean               puente_chart_spec_accepts_region (const PuenteChartSpec   *spec,
                                                         const PuenteChartSource *source,
                                                         const char              *code);
/* The regions of @source a region chooser offers for @spec, in the
 * source's order (countries and NA first); the codes belong to @source.
 * Free with g_ptr_array_unref. */
GPtrArray             *puente_chart_spec_list_regions (const PuenteChartSpec   *spec,
                                                       const PuenteChartSource *source);

G_END_DECLS
