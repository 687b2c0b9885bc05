/* puente-validation.h: the model's results against observed figures
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dataset's observed.json holds figures that happened (sales, shares,
 * stocks, ports, crossings, fleets, capacities), each with the indicator,
 * region and year of the results it corresponds to and a relative
 * tolerance. A validation compares them with a run: the validation table
 * of `puente-cli check-model`, docs/validation.md and the app's
 * "observed" beside "model".
 */
#pragma once

#include "puente-dataset.h"
#include "puente-results.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_VALIDATION_OK,                /* within the tolerance */
  PUENTE_VALIDATION_OUTSIDE,           /* outside the tolerance */
  PUENTE_VALIDATION_UNKNOWN_INDICATOR, /* no such indicator in the results */
  PUENTE_VALIDATION_UNKNOWN_REGION,    /* the indicator has no such region */
  PUENTE_VALIDATION_NO_VALUE,          /* year outside the run, or no number */
} PuenteValidationStatus;

typedef struct
{
  const PuenteObservation *observation;
  double                   model; /* NAN unless computed */
  double                   ratio; /* model / observed; NAN when undefined */
  PuenteValidationStatus   status;
} PuenteValidationRow;

typedef struct _PuenteValidation PuenteValidation;

/* Compares every observation of @dataset with @results (a run on the
 * same dataset). */
PuenteValidation                *puente_validation_new (const PuenteDataset *dataset,
                                                        const PuenteResults *results);
void                             puente_validation_free (PuenteValidation *self);
guint                            puente_validation_get_n_rows (const PuenteValidation *self);
const PuenteValidationRow       *puente_validation_get_row (const PuenteValidation *self,
                                                            guint                   index);
/* Rows whose status is not PUENTE_VALIDATION_OK. */
guint                            puente_validation_get_n_failed (const PuenteValidation *self);
const char                      *puente_validation_status_to_string (PuenteValidationStatus status);

/* The observation of @indicator in @region and @year, or NULL: for
 * showing "observed" beside "model". */
const PuenteObservation         *puente_validation_find (const PuenteDataset *dataset,
                                                         const char          *indicator,
                                                         const char          *region,
                                                         int                  year);
/* Whether @dataset has any observation of @indicator in @region. */
gboolean                         puente_validation_has_any (const PuenteDataset *dataset,
                                                            const char          *indicator,
                                                            const char          *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteValidation, puente_validation_free)

G_END_DECLS
