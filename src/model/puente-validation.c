/* puente-validation.c: the model's results against observed figures
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row is within its tolerance when |model - observed| <= tolerance x
 * |observed| (an observed 0 needs a model 0). The ratio is model /
 * observed.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-validation.h"

struct _PuenteValidation
{
  GArray *rows; /* PuenteValidationRow */
  guint   n_failed;
};

static PuenteValidationRow
compare (const PuenteObservation *obs,
         const PuenteResults     *results)
{
  PuenteValidationRow row = { obs, NAN, NAN, PUENTE_VALIDATION_NO_VALUE };
  double              observed = obs->figure.value;
  int                 ind = puente_results_find_indicator (results, obs->indicator);
  int                 reg = puente_results_find_region (results, obs->region);

  if (ind < 0)
    {
      row.status = PUENTE_VALIDATION_UNKNOWN_INDICATOR;
      return row;
    }
  if (reg < 0 || puente_results_get_series_by_index (results, ind, reg) == NULL)
    {
      row.status = PUENTE_VALIDATION_UNKNOWN_REGION;
      return row;
    }

  row.model = puente_results_get_value (results, obs->indicator, obs->region, obs->year);
  if (!isfinite (row.model))
    {
      row.model = NAN;
      return row;
    }
  if (observed != 0)
    row.ratio = row.model / observed;
  row.status = fabs (row.model - observed) <= obs->tolerance * fabs (observed)
    ? PUENTE_VALIDATION_OK
    : PUENTE_VALIDATION_OUTSIDE;
  return row;
}

PuenteValidation *
puente_validation_new (const PuenteDataset *dataset,
                       const PuenteResults *results)
{
  PuenteValidation *self;
  guint             n;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (results != NULL, NULL);

  n = puente_dataset_get_n_observations (dataset);
  self = g_new0 (PuenteValidation, 1);
  self->rows = g_array_sized_new (FALSE, FALSE, sizeof (PuenteValidationRow), n);
  for (guint i = 0; i < n; i++)
    {
      PuenteValidationRow row = compare (puente_dataset_get_observation (dataset, i), results);

      if (row.status != PUENTE_VALIDATION_OK)
        self->n_failed++;
      g_array_append_val (self->rows, row);
    }
  return self;
}

void
puente_validation_free (PuenteValidation *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_free (self);
}

guint
puente_validation_get_n_rows (const PuenteValidation *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

const PuenteValidationRow *
puente_validation_get_row (const PuenteValidation *self,
                           guint                   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, PuenteValidationRow, index);
}

guint
puente_validation_get_n_failed (const PuenteValidation *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_failed;
}

const char *
puente_validation_status_to_string (PuenteValidationStatus status)
{
  switch (status)
    {
    case PUENTE_VALIDATION_OK:
      return "ok";
    case PUENTE_VALIDATION_OUTSIDE:
      return "outside";
    case PUENTE_VALIDATION_UNKNOWN_INDICATOR:
      return "unknown indicator";
    case PUENTE_VALIDATION_UNKNOWN_REGION:
      return "unknown region";
    case PUENTE_VALIDATION_NO_VALUE:
    default:
      return "no value";
    }
}

const PuenteObservation *
puente_validation_find (const PuenteDataset *dataset,
                        const char          *indicator,
                        const char          *region,
                        int                  year)
{
  g_return_val_if_fail (dataset != NULL, NULL);

  for (guint i = 0; i < puente_dataset_get_n_observations (dataset); i++)
    {
      const PuenteObservation *obs = puente_dataset_get_observation (dataset, i);

      if (obs->year == year && g_strcmp0 (obs->indicator, indicator) == 0 &&
          g_strcmp0 (obs->region, region) == 0)
        return obs;
    }
  return NULL;
}

gboolean
puente_validation_has_any (const PuenteDataset *dataset,
                           const char          *indicator,
                           const char          *region)
{
  g_return_val_if_fail (dataset != NULL, FALSE);

  for (guint i = 0; i < puente_dataset_get_n_observations (dataset); i++)
    {
      const PuenteObservation *obs = puente_dataset_get_observation (dataset, i);

      if (g_strcmp0 (obs->indicator, indicator) == 0 && g_strcmp0 (obs->region, region) == 0)
        return TRUE;
    }
  return FALSE;
}
