/* puente-results.h: annual series per indicator and region
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Results are a dense table of doubles: one row per (indicator, region) pair
 * that the model produces, one column per year from PUENTE_BASE_YEAR to the
 * horizon. All storage is allocated once by puente_results_new (); a run
 * overwrites it in place, so the inner loops never allocate.
 *
 * Region codes: ISO 3166-2 state codes ("US-CA"), port ids ("otay-mesa"),
 * transit city ids ("mx-cdmx"), country codes ("US", "MX") and "NA" for
 * both countries together. Not every indicator exists for every region:
 * light-duty series exist for states, countries and NA; port series for
 * ports and NA; transit series for cities, countries and NA; supply-chain
 * series for countries and NA (a few for NA only). The getters return
 * NULL (or NAN) outside an indicator's regions.
 */
#pragma once

#include "puente-types.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;       /* "ldv.zev_share_sales" */
  const char *label;    /* untranslated (N_()) */
  const char *unit;     /* "share", "vehicles", "GWh", "Mt CO2", ... */
  gboolean    is_flow;  /* per-year flow (sum over regions) vs level */
  gboolean    is_ratio; /* shares/ratios: regional aggregates are weighted, not summed */
} PuenteIndicatorInfo;

typedef enum {
  PUENTE_REGION_STATE,
  PUENTE_REGION_PORT,
  PUENTE_REGION_CITY,
  PUENTE_REGION_COUNTRY,
  PUENTE_REGION_NORTH_AMERICA,
} PuenteRegionKind;

PuenteResults             *puente_results_new (const PuenteDataset *dataset,
                                               int                  horizon);
void                       puente_results_free (PuenteResults *self);
PuenteResults             *puente_results_copy (const PuenteResults *self);

int                        puente_results_get_first_year (const PuenteResults *self);
int                        puente_results_get_last_year (const PuenteResults *self);
guint                      puente_results_get_n_years (const PuenteResults *self);

guint                      puente_results_get_n_indicators (const PuenteResults *self);
const PuenteIndicatorInfo *puente_results_get_indicator (const PuenteResults *self,
                                                         guint                index);
int                        puente_results_find_indicator (const PuenteResults *self,
                                                          const char          *id);
guint                      puente_results_get_n_regions (const PuenteResults *self);
const char                *puente_results_get_region (const PuenteResults *self,
                                                      guint                index);
int                        puente_results_find_region (const PuenteResults *self,
                                                       const char          *code);
PuenteRegionKind           puente_results_get_region_kind (const PuenteResults *self,
                                                           guint                index);
/* The region's name in @lang (PUENTE_LANG_BOTH reads English). */
const char                *puente_results_get_region_name (const PuenteResults *self,
                                                           guint                index,
                                                           PuenteLang           lang);

/* The series for (indicator, region): n_years doubles, or NULL when the
 * model does not produce that indicator for that region. */
const double              *puente_results_get_series (const PuenteResults *self,
                                                      const char          *indicator,
                                                      const char          *region);
const double              *puente_results_get_series_by_index (const PuenteResults *self,
                                                               guint                indicator,
                                                               guint                region);
/* One value; NAN when absent or the year is out of range. */
double                     puente_results_get_value (const PuenteResults *self,
                                                     const char          *indicator,
                                                     const char          *region,
                                                     int                  year);

#define PUENTE_RESULTS_ERROR (puente_results_error_quark ())

typedef enum {
  PUENTE_RESULTS_ERROR_INVALID, /* a value no run may produce */
} PuenteResultsError;

GQuark   puente_results_error_quark (void);
/* TRUE for indicators that may be negative: differences and amounts
 * avoided. Every other indicator is a physical quantity (vehicles,
 * energy, ports, money spent, shares...). */
gboolean puente_results_indicator_is_signed (const PuenteResults *self,
                                             guint                indicator);
/* A value a run may produce: finite, and not below zero (beyond rounding
 * noise) unless @may_be_negative. */
gboolean puente_results_value_is_valid (double   value,
                                        gboolean may_be_negative);
/* Checks every value of the run: finite, and not negative unless the
 * indicator is signed. FALSE with PUENTE_RESULTS_ERROR_INVALID naming the
 * first bad value (indicator, region, year) and the dataset figures it
 * comes from, so a run on a broken dataset fails instead of printing
 * NaN or negative CO2. */
gboolean puente_results_check (const PuenteResults *self,
                               GError             **error);
/* The error of puente_results_check () for one value: @value of
 * @indicator for region @region in @year. */
void     puente_results_set_invalid_error (const PuenteResults *self,
                                           guint                indicator,
                                           guint                region,
                                           int                  year,
                                           double               value,
                                           GError             **error);

/* Long CSV: scenario,indicator,region,year,value,unit (header included). */
gboolean puente_results_write_csv (const PuenteResults *self,
                                   const char          *scenario_id,
                                   GString             *out,
                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteResults, puente_results_free)

G_END_DECLS
